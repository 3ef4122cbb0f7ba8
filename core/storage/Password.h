#pragma once
// Password hashing for local accounts: PBKDF2-HMAC-SHA256 with a random 16-byte salt and a
// stored iteration count (so it can be raised later without locking anyone out).

#include <QByteArray>
#include <QString>

namespace rectrack::Password {

constexpr int DefaultIterations = 600000; // OWASP's 2023 figure for PBKDF2-HMAC-SHA256

struct Hashed {
    QString salt; // hex
    QString hash; // hex, 32 bytes
    int iterations = DefaultIterations;
};

Hashed hash(const QString& password, int iterations = DefaultIterations);
// Constant-time comparison of the derived key with the stored one.
bool matches(const QString& password, const Hashed& stored);

} // namespace rectrack::Password
