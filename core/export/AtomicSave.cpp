#include "AtomicSave.h"

#include "model/Error.h"
#include "storage/OutputGuard.h"

#include <QCoreApplication>
#include <QSaveFile>

namespace rectrack {

void saveFileAtomically(const QString& path, const QByteArray& bytes) {
    OutputGuard::requireSafeOutput(path);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        throw Error(Error::Kind::Storage,
                    QCoreApplication::translate("rectrack::AtomicSave", "无法写入 %1：%2").arg(path, file.errorString()));
}

} // namespace rectrack
