#include "ZipPackage.h"

#include "model/Error.h"

#include <QXmlStreamReader>
#include <zip.h>

namespace rectrack {

namespace {
constexpr zip_uint64_t Chunk = 64 * 1024;
}

ZipPackage::ZipPackage(const QByteArray& bytes, Words words)
    : m_words(std::move(words)) {
    zip_error_t error;
    zip_error_init(&error);
    zip_source_t* source = zip_source_buffer_create(bytes.constData(), static_cast<zip_uint64_t>(bytes.size()), 0, &error);
    if (!source) {
        zip_error_fini(&error);
        throw Error(Error::Kind::Invalid, m_words.damaged);
    }
    m_archive = zip_open_from_source(source, ZIP_RDONLY | ZIP_CHECKCONS, &error);
    zip_error_fini(&error);
    if (!m_archive) {
        zip_source_free(source);
        throw Error(Error::Kind::Invalid, m_words.damaged);
    }
}

ZipPackage::~ZipPackage() {
    zip_discard(m_archive);
}

bool ZipPackage::has(const QString& part) const {
    return zip_name_locate(m_archive, part.toUtf8().constData(), 0) >= 0;
}

void ZipPackage::stream(const QString& part, qint64 limit, const QString& missing,
                        const std::function<bool(const QByteArray&)>& consume) const {
    const QByteArray name = part.toUtf8();
    zip_stat_t stat;
    if (zip_stat(m_archive, name.constData(), 0, &stat) != 0)
        throw Error(Error::Kind::Invalid, missing);
    if ((stat.valid & ZIP_STAT_SIZE) && stat.size > static_cast<zip_uint64_t>(limit))
        throw Error(Error::Kind::Invalid, m_words.tooLarge);
    zip_file_t* file = zip_fopen(m_archive, name.constData(), 0);
    if (!file)
        throw Error(Error::Kind::Invalid, m_words.damaged);
    qint64 total = 0;
    try {
        // The declared size is not trusted: the bytes are counted as they come.
        while (true) {
            QByteArray chunk(static_cast<qsizetype>(Chunk), Qt::Uninitialized);
            const zip_int64_t read = zip_fread(file, chunk.data(), Chunk);
            if (read < 0)
                throw Error(Error::Kind::Invalid, m_words.damaged);
            if (read == 0)
                break;
            total += read;
            if (total > limit)
                throw Error(Error::Kind::Invalid, m_words.tooLarge);
            chunk.resize(static_cast<qsizetype>(read));
            if (!consume(chunk))
                break;
        }
    } catch (...) {
        zip_fclose(file);
        throw;
    }
    zip_fclose(file);
}

QByteArray ZipPackage::read(const QString& part, qint64 limit, const QString& missing) const {
    QByteArray whole;
    stream(part, limit, missing, [&](const QByteArray& chunk) {
        whole += chunk;
        return true;
    });
    return whole;
}

void ZipPackage::parseXml(const QString& part, qint64 limit, const QString& missing,
                          const std::function<void(QXmlStreamReader&)>& token,
                          const std::function<QString(const QString&)>& broken) const {
    QXmlStreamReader xml;
    const auto drain = [&] { // what has arrived, up to where more is needed
        while (true) {
            xml.readNext();
            if (xml.hasError() || xml.atEnd())
                return;
            token(xml);
        }
    };
    stream(part, limit, missing, [&](const QByteArray& chunk) {
        xml.addData(chunk);
        drain();
        // atEnd() is true at the end of what has arrived too, with PrematureEndOfDocumentError:
        // then more is wanted
        return xml.hasError() ? xml.error() == QXmlStreamReader::PrematureEndOfDocumentError : !xml.atEnd();
    });
    if (!xml.atEnd() && !xml.hasError())
        drain(); // an empty or cut-off part stays an error
    if (xml.hasError())
        throw Error(Error::Kind::Invalid, broken(xml.errorString()));
}

} // namespace rectrack
