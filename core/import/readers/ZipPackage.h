#pragma once
// An Office Open XML package (.docx, .xlsx): a zip archive read from memory with libzip. Each
// part is read as it inflates, and refused as soon as it grows past its limit, never held
// whole (a 700 KB archive can expand to 200 MB). Errors are Error(Invalid), in the words the
// caller gives for its kind of file.

#include <QByteArray>
#include <QString>

#include <functional>

class QXmlStreamReader;
struct zip;
struct zip_file;

namespace rectrack {

class ZipPackage {
public:
    // What to tell the user, per kind of failure, for this kind of file.
    struct Words {
        QString damaged;  // not a zip archive, or cut off
        QString tooLarge; // a part inflates past its limit
    };
    // The archive is read in place: `bytes` must outlive the package.
    ZipPackage(const QByteArray& bytes, Words words);
    ZipPackage(QByteArray&&, Words) = delete; // a temporary would be gone before the first read
    ~ZipPackage();
    ZipPackage(const ZipPackage&) = delete;
    ZipPackage& operator=(const ZipPackage&) = delete;

    bool has(const QString& part) const;
    // The part, read piece by piece into `consume` (which may stop early by returning false),
    // at most `limit` bytes inflated; a missing part throws `missing`.
    void stream(const QString& part, qint64 limit, const QString& missing,
                const std::function<bool(const QByteArray&)>& consume) const;
    // The whole part, at most `limit` bytes; a missing part throws `missing`.
    QByteArray read(const QString& part, qint64 limit, const QString& missing) const;
    // The part's XML, each token handed to `token` as the part inflates; XML that is broken or
    // cut off throws what `broken` says of the reader's error.
    void parseXml(const QString& part, qint64 limit, const QString& missing,
                  const std::function<void(QXmlStreamReader&)>& token,
                  const std::function<QString(const QString&)>& broken) const;

private:
    zip* m_archive = nullptr;
    Words m_words;
};

} // namespace rectrack
