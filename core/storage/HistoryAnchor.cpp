#include "HistoryAnchor.h"

#include "Query.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSaveFile>
#include <QStandardPaths>

namespace rectrack {

QString HistoryAnchor::text() const {
    return QStringLiteral("rectrack-anchor:%1:%2").arg(entry).arg(hash);
}

std::optional<HistoryAnchor> HistoryAnchor::find(const QString& text) {
    static const QRegularExpression full(QStringLiteral("(?:rectrack-anchor:)?(\\d+):([0-9a-f]{64})\\b"));
    if (const auto m = full.match(text); m.hasMatch())
        return HistoryAnchor{m.captured(1).toLongLong(), m.captured(2)};
    static const QRegularExpression bare(QStringLiteral("\\b([0-9a-f]{64})\\b"));
    if (const auto m = bare.match(text); m.hasMatch())
        return HistoryAnchor{0, m.captured(1)};
    return std::nullopt;
}

HistoryAnchor historyHead(const QSqlDatabase& db) {
    Query q(db, QStringLiteral("SELECT id, hash FROM history ORDER BY id DESC LIMIT 1"));
    q.exec();
    if (!q.next())
        return {};
    return {q.value(0).toLongLong(), q.value(1).toString()};
}

AnchorCheck checkAnchor(const QSqlDatabase& db, const HistoryAnchor& anchor) {
    if (anchor.entry == 0 && anchor.hash.isEmpty())
        return AnchorCheck::Passes; // the empty history every chain starts from
    if (anchor.entry == 0) {
        Query any(db, QStringLiteral("SELECT count(*) FROM history WHERE hash = ?"));
        return any.add(anchor.hash).scalar().toLongLong() > 0 ? AnchorCheck::Passes : AnchorCheck::Diverged;
    }
    Query q(db, QStringLiteral("SELECT hash FROM history WHERE id = ?"));
    const QVariant hash = q.add(anchor.entry).scalar();
    if (!hash.isValid())
        return AnchorCheck::Missing;
    return hash.toString() == anchor.hash ? AnchorCheck::Passes : AnchorCheck::Diverged;
}

namespace AnchorStore {

namespace {
constexpr int Kept = 20;

QString fileFor(const QString& ledgerPath) {
    const QByteArray key =
        QCryptographicHash::hash(QFileInfo(ledgerPath).absoluteFilePath().toUtf8(), QCryptographicHash::Sha256).toHex();
    return QDir(folder()).filePath(QString::fromLatin1(key.left(32)) + QStringLiteral(".anchors"));
}
} // namespace

QString folder() {
    const QString configured = qEnvironmentVariable("RECTRACK_ANCHORS_DIR");
    if (!configured.isEmpty())
        return configured;
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).filePath(QStringLiteral("anchors"));
}

QList<Seen> seen(const QString& ledgerPath) {
    QList<Seen> all;
    QFile file(fileFor(ledgerPath));
    if (!file.open(QIODevice::ReadOnly))
        return all;
    for (const QByteArray& line : file.readAll().split('\n')) {
        const QList<QByteArray> parts = line.split('\t'); // time, anchor, ledger path
        if (parts.size() < 2)
            continue;
        if (const auto anchor = HistoryAnchor::find(QString::fromUtf8(parts[1])))
            all.append({*anchor, QDateTime::fromString(QString::fromUtf8(parts[0]), Qt::ISODate)});
    }
    return all;
}

void remember(const QString& ledgerPath, const HistoryAnchor& anchor, const QDateTime& at) {
    if (anchor.entry == 0)
        return;
    QList<Seen> all = seen(ledgerPath);
    if (!all.isEmpty() && all.last().anchor == anchor)
        return;
    all.append({anchor, at});
    while (all.size() > Kept)
        all.removeFirst();
    QDir().mkpath(folder());
    QSaveFile file(fileFor(ledgerPath)); // the store is a convenience: a failure to write it is no error
    if (!file.open(QIODevice::WriteOnly))
        return;
    for (const Seen& s : all)
        file.write(s.at.toString(Qt::ISODate).toUtf8() + '\t' + s.anchor.text().toUtf8() + '\t' +
                   QFileInfo(ledgerPath).absoluteFilePath().toUtf8() + '\n');
    file.commit();
}

void forget(const QString& ledgerPath) {
    QFile::remove(fileFor(ledgerPath));
}

QStringList problems(const QSqlDatabase& db, const QString& ledgerPath) {
    QStringList found;
    for (const Seen& s : seen(ledgerPath)) {
        const AnchorCheck check = checkAnchor(db, s.anchor);
        if (check == AnchorCheck::Passes)
            continue;
        found << (check == AnchorCheck::Diverged
                      ? QCoreApplication::translate("rectrack::HistoryAnchor",
                                                    "修改记录第 %1 条与 %2 时所见的不同：修改记录被改写过（哈希链被重新计算）。")
                      : QCoreApplication::translate("rectrack::HistoryAnchor",
                                                    "修改记录比 %2 时所见的少（那时已有第 %1 条）：记录被删除，或这是一份更早的副本。"))
                     .arg(s.anchor.entry)
                     .arg(s.at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")));
    }
    return found;
}

} // namespace AnchorStore

} // namespace rectrack
