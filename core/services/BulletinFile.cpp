#include "BulletinFile.h"

#include "BulletinImport.h"
#include "Ledger.h"
#include "import/BulletinParser.h"
#include "import/readers/DocumentReader.h"
#include "model/Error.h"

#include <QCoreApplication>
#include <QFile>

namespace rectrack {

BulletinFile readBulletinFile(const QString& path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw Error(Error::Kind::Invalid, QCoreApplication::translate("rectrack::BulletinFile", "无法读取 %1：%2")
                                              .arg(path, file.errorString()));
    const QByteArray bytes = file.readAll();
    const ExtractedText extracted = readDocument(path, bytes);
    BulletinFile read;
    read.bulletin = parseBulletin(extracted.text);
    read.bulletin.format = extracted.format;
    read.bulletin.encoding = extracted.encoding;
    read.hash = contentHash(bytes);
    return read;
}

std::optional<EarlierImport> earlierImport(Ledger& ledger, const QString& hash, const QString& title) {
    if (const auto same = ledger.inspections().inspectionWithSource(hash))
        return EarlierImport{*same, true};
    const QList<Id> titled = ledger.inspections().inspectionsTitled(title);
    if (titled.size() == 1)
        return EarlierImport{titled.first(), false};
    return std::nullopt;
}

} // namespace rectrack
