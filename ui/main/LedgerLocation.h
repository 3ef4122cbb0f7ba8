#pragma once
// Which ledger file the program opens at start: the one named on the command line; else the
// one the user chose the last time the usual file could not be opened (remembered in the
// settings, for as long as that file exists); else the default file in the user's data folder.

#include <QString>

namespace rectrack::ui {

QString ledgerToOpen(const QString& commandLinePath);

// Called once a ledger the user chose at start (another file, a new one) has opened: the next
// start opens it again. Choosing the default file forgets the choice.
void rememberLedger(const QString& path);

} // namespace rectrack::ui
