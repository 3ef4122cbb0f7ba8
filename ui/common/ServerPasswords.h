#pragma once
// A server account's password kept in the desktop's keyring (the Secret Service: GNOME Keyring,
// KWallet) through qtkeychain, when the user asks for it; never in a settings file. Keyed by
// the server's URL as shown (user@host:port/database, no password in it). Each call waits for
// the keyring, a moment at most.

#include <QString>
#include <optional>

namespace rectrack::ui::ServerPasswords {

// The kept password; nullopt when none is kept or the keyring cannot be reached.
std::optional<QString> read(const QString& server);
// Keeps it; the keyring's error in words when it cannot (empty on success).
QString write(const QString& server, const QString& password);
// Forgets it (nothing when none is kept).
void forget(const QString& server);

} // namespace rectrack::ui::ServerPasswords
