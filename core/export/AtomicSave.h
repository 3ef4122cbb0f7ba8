#pragma once
// Writes a whole file beside its target and renames it over the target when complete, so a
// failure leaves no half-written file (and an older file as it was).

#include <QByteArray>
#include <QString>

namespace rectrack {

// Throws Error (Storage) saying which file and why.
void saveFileAtomically(const QString& path, const QByteArray& bytes);

} // namespace rectrack
