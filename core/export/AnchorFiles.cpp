#include "AnchorFiles.h"

#include "model/Error.h"
#include "storage/sqlite/SqliteFile.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

#include <poppler-qt6.h>
#include <zip.h>

namespace rectrack {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(rectrack::AnchorFiles)
};

QByteArray zipEntry(const QString& path, const char* name) {
    int error = 0;
    zip_t* archive = zip_open(QFile::encodeName(path).constData(), ZIP_RDONLY, &error);
    if (!archive)
        return {};
    QByteArray bytes;
    zip_stat_t stat;
    if (zip_stat(archive, name, 0, &stat) == 0 && (stat.valid & ZIP_STAT_SIZE) && stat.size < 1024 * 1024) {
        if (zip_file_t* file = zip_fopen(archive, name, 0)) {
            bytes.resize(static_cast<qsizetype>(stat.size));
            if (zip_fread(file, bytes.data(), stat.size) != static_cast<zip_int64_t>(stat.size))
                bytes.clear();
            zip_fclose(file);
        }
    }
    zip_discard(archive);
    return bytes;
}
} // namespace

HistoryAnchor anchorInFile(const QString& path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw Error(Error::Kind::NotFound, Text::tr("无法读取 %1：%2").arg(path, file.errorString()));
    const QByteArray head = file.read(16);
    file.close();
    std::optional<HistoryAnchor> anchor;
    if (head == QByteArray("SQLite format 3", 16)) { // a backup, or another copy of a ledger
        const SqliteFile ledger(path, SqliteFile::Mode::ReadOnly);
        HistoryAnchor own;
        ledger.each("SELECT id, hash FROM history ORDER BY id DESC LIMIT 1", [&](const QVariantList& row) {
            own = {row.value(0).toLongLong(), row.value(1).toString()};
        });
        anchor = own;
    } else if (head.startsWith("%PDF")) {
        const std::unique_ptr<Poppler::Document> pdf = Poppler::Document::load(path);
        if (pdf)
            anchor = HistoryAnchor::find(pdf->info(QStringLiteral("Creator")) + u' ' + pdf->info(QStringLiteral("Keywords")));
    } else if (head.startsWith("PK")) {
        anchor = HistoryAnchor::find(QString::fromUtf8(zipEntry(path, "docProps/core.xml")));
    } else {
        QFile text(path);
        if (text.open(QIODevice::ReadOnly))
            anchor = HistoryAnchor::find(QString::fromUtf8(text.read(4 * 1024 * 1024)));
    }
    if (!anchor)
        throw Error(Error::Kind::Invalid, Text::tr("%1 中没有修改记录的锚点。").arg(path));
    return *anchor;
}

} // namespace rectrack
