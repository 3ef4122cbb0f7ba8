#include "LedgerLocation.h"

#include "storage/Database.h"
#include "storage/postgres/PostgresDatabase.h"

#include <QFileInfo>
#include <QSettings>

namespace rectrack::ui {

namespace {
const QString Key = QStringLiteral("ledger/chosenPath");
}

QString ledgerToOpen(const QString& commandLinePath) {
    if (!commandLinePath.isEmpty())
        return commandLinePath;
    const QString chosen = QSettings().value(Key).toString();
    if (!chosen.isEmpty() && (ServerLocation::isServer(chosen) || QFileInfo(chosen).isFile()))
        return chosen;
    return Database::defaultPath();
}

void rememberLedger(const QString& path) {
    QSettings settings;
    if (ServerLocation::isServer(path)) { // as shown: no password in it
        settings.setValue(Key, path);
        return;
    }
    const QString absolute = QFileInfo(path).absoluteFilePath();
    if (absolute == QFileInfo(Database::defaultPath()).absoluteFilePath())
        settings.remove(Key);
    else
        settings.setValue(Key, absolute);
}

} // namespace rectrack::ui
