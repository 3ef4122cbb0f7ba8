#include "Integrity.h"

#include "model/Error.h"
#include "SqliteFile.h"

#include <QCryptographicHash>
#include <QVariant>

namespace rectrack {

IntegrityReport checkIntegrity(const QString& path, IntegrityDepth depth, const std::atomic_bool* cancel) {
    IntegrityReport report;
    try {
        SqliteFile file(path, SqliteFile::Mode::ReadOnly);
        if (cancel)
            file.stopWhen(cancel);
        file.each(depth == IntegrityDepth::Quick ? "PRAGMA quick_check(100)" : "PRAGMA integrity_check(100)",
                  [&](const QVariantList& row) {
                      const QString line = row.value(0).toString();
                      if (line != QLatin1String("ok"))
                          report.problems << line;
                  });
        if (depth == IntegrityDepth::Full)
            file.each("PRAGMA foreign_key_check", [&](const QVariantList& row) {
                report.problems << QStringLiteral("foreign key: %1 row %2 refers to a missing %3 row")
                                       .arg(row.value(0).toString(), row.value(1).toString(), row.value(2).toString());
            });
    } catch (const Error& e) {
        report.cancelled = cancel && cancel->load();
        report.problems << e.message();
    }
    report.ok = report.problems.isEmpty();
    return report;
}

QByteArray contentDigest(const QString& path) {
    const SqliteFile file(path, SqliteFile::Mode::ReadOnly);
    return contentDigest(file, QStringLiteral("main"));
}

QByteArray contentDigest(const SqliteFile& file, const QString& schema) {
    const auto quotedName = [](QString name) { return u'"' + name.replace(u'"', QStringLiteral("\"\"")) + u'"'; };
    const QString in = quotedName(schema);
    // Virtual tables are left out: what they hold is in their shadow tables, which are read.
    QStringList tables;
    QStringList withoutRowid;
    const QByteArray list =
        QStringLiteral("SELECT name, sql FROM %1.sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite\\_%' "
                       "ESCAPE '\\' AND sql NOT LIKE 'CREATE VIRTUAL TABLE%' ORDER BY name")
            .arg(in)
            .toUtf8();
    file.each(list.constData(), [&](const QVariantList& row) {
        tables << row.value(0).toString();
        if (row.value(1).toString().contains(QLatin1String("WITHOUT ROWID"), Qt::CaseInsensitive))
            withoutRowid << row.value(0).toString();
    });
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const QString& table : tables) {
        hash.addData(table.toUtf8());
        hash.addData(QByteArrayView("\0", 1));
        QString order = QStringLiteral("rowid");
        if (withoutRowid.contains(table)) {
            QStringList keys;
            const QByteArray columns =
                QStringLiteral("SELECT name FROM pragma_table_info('%1', '%2') WHERE pk > 0 ORDER BY pk")
                    .arg(QString(table).replace(u'\'', QStringLiteral("''")),
                         QString(schema).replace(u'\'', QStringLiteral("''")))
                    .toUtf8();
            file.each(columns.constData(), [&](const QVariantList& row) { keys << quotedName(row.value(0).toString()); });
            order = keys.join(u',');
        }
        const QByteArray sql = QStringLiteral("SELECT * FROM %1.%2 ORDER BY %3").arg(in, quotedName(table), order).toUtf8();
        file.each(sql.constData(), [&](const QVariantList& row) {
            for (const QVariant& value : row) {
                const QByteArray type = QByteArray::number(value.isNull() ? 0 : value.typeId());
                const QByteArray bytes = value.typeId() == QMetaType::QByteArray ? value.toByteArray()
                                                                                 : value.toString().toUtf8();
                hash.addData(type);
                hash.addData(QByteArray::number(bytes.size()));
                hash.addData(QByteArrayView(":", 1));
                hash.addData(bytes);
            }
            hash.addData(QByteArrayView("\n", 1));
        });
    }
    return hash.result();
}

} // namespace rectrack
