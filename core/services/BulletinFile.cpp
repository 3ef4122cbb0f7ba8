#include "BulletinFile.h"

#include "BulletinImport.h"
#include "Ledger.h"
#include "import/BulletinParser.h"
#include "import/ledger/SheetBulletin.h"
#include "import/readers/DocumentReader.h"
#include "model/Error.h"

#include <QCoreApplication>
#include <QFile>

namespace rectrack {

BulletinFile readBulletinFile(const QString& path, const QString& map) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw Error(Error::Kind::Invalid, QCoreApplication::translate("rectrack::BulletinFile", "无法读取 %1：%2")
                                              .arg(path, file.errorString()));
    const QByteArray bytes = file.readAll();
    BulletinFile read;
    read.hash = contentHash(bytes);
    if (isSheetFile(path)) { // an office's own ledger, in a workbook or CSV
        read.bulletin = readSheetBulletin(path, bytes, map);
        return read;
    }
    const ExtractedText extracted = readDocument(path, bytes);
    read.bulletin = parseBulletin(extracted.text);
    read.bulletin.format = extracted.format;
    read.bulletin.encoding = extracted.encoding;
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
