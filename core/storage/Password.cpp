#include "Password.h"

#include "model/Error.h"

#include <QRandomGenerator>
#include <openssl/crypto.h>
#include <openssl/evp.h>

namespace rectrack::Password {

namespace {
QByteArray derive(const QString& password, const QByteArray& salt, int iterations) {
    const QByteArray utf8 = password.toUtf8();
    QByteArray key(32, '\0');
    if (PKCS5_PBKDF2_HMAC(utf8.constData(), static_cast<int>(utf8.size()),
                          reinterpret_cast<const unsigned char*>(salt.constData()), static_cast<int>(salt.size()),
                          iterations, EVP_sha256(), static_cast<int>(key.size()),
                          reinterpret_cast<unsigned char*>(key.data())) != 1)
        throw Error(Error::Kind::Storage, QStringLiteral("PBKDF2 failed"));
    return key;
}
} // namespace

Hashed hash(const QString& password, int iterations) {
    QByteArray salt(16, '\0');
    QRandomGenerator::system()->generate(salt.begin(), salt.end());
    return {QString::fromLatin1(salt.toHex()), QString::fromLatin1(derive(password, salt, iterations).toHex()),
            iterations};
}

bool matches(const QString& password, const Hashed& stored) {
    const QByteArray expected = QByteArray::fromHex(stored.hash.toLatin1());
    if (expected.size() != 32 || stored.iterations <= 0)
        return false;
    const QByteArray key = derive(password, QByteArray::fromHex(stored.salt.toLatin1()), stored.iterations);
    return CRYPTO_memcmp(key.constData(), expected.constData(), 32) == 0;
}

} // namespace rectrack::Password
