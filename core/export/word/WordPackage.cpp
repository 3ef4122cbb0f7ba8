#include "WordPackage.h"

#include "model/Error.h"

#include <QCoreApplication>
#include <QXmlStreamWriter>

#include <zip.h>

#include <memory>

namespace rectrack {

namespace {
const QString PackageRelationships = QStringLiteral("http://schemas.openxmlformats.org/package/2006/relationships");
const QString OfficeRelationships =
    QStringLiteral("http://schemas.openxmlformats.org/officeDocument/2006/relationships/");
const QString WordContent = QStringLiteral("application/vnd.openxmlformats-officedocument.wordprocessingml.");

[[noreturn]] void fail(const QString& why) {
    throw Error(Error::Kind::Storage,
                QCoreApplication::translate("rectrack::WordPackage", "无法生成 Word 文件：%1").arg(why));
}

struct Part {
    QString name;
    QByteArray bytes;
};

QByteArray contentTypes(qsizetype footers, bool fontTable) {
    QByteArray out;
    QXmlStreamWriter xml(&out);
    xml.writeStartDocument(QStringLiteral("1.0"), true);
    xml.writeStartElement(QStringLiteral("Types"));
    xml.writeDefaultNamespace(QStringLiteral("http://schemas.openxmlformats.org/package/2006/content-types"));
    const auto fallback = [&](const QString& extension, const QString& type) {
        xml.writeEmptyElement(QStringLiteral("Default"));
        xml.writeAttribute(QStringLiteral("Extension"), extension);
        xml.writeAttribute(QStringLiteral("ContentType"), type);
    };
    fallback(QStringLiteral("rels"), QStringLiteral("application/vnd.openxmlformats-package.relationships+xml"));
    fallback(QStringLiteral("xml"), QStringLiteral("application/xml"));
    const auto override = [&](const QString& part, const QString& type) {
        xml.writeEmptyElement(QStringLiteral("Override"));
        xml.writeAttribute(QStringLiteral("PartName"), u'/' + part);
        xml.writeAttribute(QStringLiteral("ContentType"), type);
    };
    override(QStringLiteral("word/document.xml"), WordContent + QStringLiteral("document.main+xml"));
    override(QStringLiteral("word/styles.xml"), WordContent + QStringLiteral("styles+xml"));
    override(QStringLiteral("word/settings.xml"), WordContent + QStringLiteral("settings+xml"));
    if (fontTable)
        override(QStringLiteral("word/fontTable.xml"), WordContent + QStringLiteral("fontTable+xml"));
    for (qsizetype i = 0; i < footers; ++i)
        override(QStringLiteral("word/footer%1.xml").arg(i + 1), WordContent + QStringLiteral("footer+xml"));
    override(QStringLiteral("docProps/core.xml"), QStringLiteral("application/vnd.openxmlformats-package.core-properties+xml"));
    override(QStringLiteral("docProps/app.xml"),
             QStringLiteral("application/vnd.openxmlformats-officedocument.extended-properties+xml"));
    xml.writeEndDocument();
    return out;
}

struct Relationship {
    QString id;
    QString type; // a full URI, or the last word of an officeDocument relationship's
    QString target;
};

QByteArray relationships(const QList<Relationship>& targets) {
    QByteArray out;
    QXmlStreamWriter xml(&out);
    xml.writeStartDocument(QStringLiteral("1.0"), true);
    xml.writeStartElement(QStringLiteral("Relationships"));
    xml.writeDefaultNamespace(PackageRelationships);
    for (const Relationship& r : targets) {
        xml.writeEmptyElement(QStringLiteral("Relationship"));
        xml.writeAttribute(QStringLiteral("Id"), r.id);
        xml.writeAttribute(QStringLiteral("Type"), r.type.startsWith(QStringLiteral("http")) ? r.type : OfficeRelationships + r.type);
        xml.writeAttribute(QStringLiteral("Target"), r.target);
    }
    xml.writeEndDocument();
    return out;
}

QByteArray coreProperties(const QString& title, const QString& keywords) {
    QByteArray out;
    QXmlStreamWriter xml(&out);
    xml.writeStartDocument(QStringLiteral("1.0"), true);
    const QString cp = QStringLiteral("http://schemas.openxmlformats.org/package/2006/metadata/core-properties");
    const QString dc = QStringLiteral("http://purl.org/dc/elements/1.1/");
    xml.writeNamespace(cp, QStringLiteral("cp"));
    xml.writeNamespace(dc, QStringLiteral("dc"));
    xml.writeStartElement(cp, QStringLiteral("coreProperties"));
    xml.writeTextElement(dc, QStringLiteral("title"), title);
    xml.writeTextElement(dc, QStringLiteral("creator"), QStringLiteral("Rectrack"));
    if (!keywords.isEmpty())
        xml.writeTextElement(cp, QStringLiteral("keywords"), keywords);
    xml.writeEndDocument();
    return out;
}

QByteArray appProperties() {
    QByteArray out;
    QXmlStreamWriter xml(&out);
    xml.writeStartDocument(QStringLiteral("1.0"), true);
    xml.writeStartElement(QStringLiteral("Properties"));
    xml.writeDefaultNamespace(
        QStringLiteral("http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"));
    xml.writeTextElement(QStringLiteral("Application"), QStringLiteral("Rectrack"));
    xml.writeEndDocument();
    return out;
}

struct ArchiveDeleter {
    void operator()(zip_t* archive) const { zip_discard(archive); }
};
struct SourceDeleter {
    void operator()(zip_source_t* source) const { zip_source_free(source); }
};

QByteArray zipped(const QList<Part>& parts) {
    zip_error_t error;
    zip_error_init(&error);
    std::unique_ptr<zip_source_t, SourceDeleter> memory(zip_source_buffer_create(nullptr, 0, 0, &error));
    if (!memory)
        fail(QString::fromUtf8(zip_error_strerror(&error)));
    zip_source_keep(memory.get()); // still ours once the archive is closed
    std::unique_ptr<zip_t, ArchiveDeleter> archive(zip_open_from_source(memory.get(), ZIP_TRUNCATE, &error));
    if (!archive) {
        zip_source_free(memory.get()); // the reference the archive did not take
        fail(QString::fromUtf8(zip_error_strerror(&error)));
    }
    for (const Part& part : parts) {
        // The bytes stay in `parts` until the archive is closed: no copy.
        zip_source_t* source = zip_source_buffer(archive.get(), part.bytes.constData(),
                                                 static_cast<zip_uint64_t>(part.bytes.size()), 0);
        const QByteArray name = part.name.toUtf8();
        const zip_int64_t index = source ? zip_file_add(archive.get(), name.constData(), source, ZIP_FL_ENC_UTF_8) : -1;
        if (index < 0) {
            zip_source_free(source);
            fail(QString::fromUtf8(zip_strerror(archive.get())));
        }
        // 1980-01-01, the first time a zip entry can hold: the same parts give the same bytes.
        zip_file_set_dostime(archive.get(), static_cast<zip_uint64_t>(index), 0, (0 << 9) | (1 << 5) | 1, 0);
    }
    if (zip_close(archive.get()) != 0)
        fail(QString::fromUtf8(zip_strerror(archive.get())));
    archive.release(); // closed: freed by zip_close

    if (zip_source_open(memory.get()) != 0)
        fail(QString::fromUtf8(zip_error_strerror(zip_source_error(memory.get()))));
    QByteArray bytes;
    char buffer[64 * 1024];
    zip_int64_t n = 0;
    while ((n = zip_source_read(memory.get(), buffer, sizeof buffer)) > 0)
        bytes.append(buffer, static_cast<qsizetype>(n));
    zip_source_close(memory.get());
    if (n < 0)
        fail(QString::fromUtf8(zip_error_strerror(zip_source_error(memory.get()))));
    return bytes;
}
} // namespace

QString WordPackage::footerRelationship(int index) { return QStringLiteral("rIdFooter%1").arg(index + 1); }

QByteArray WordPackage::zip() const {
    QList<Relationship> documentTargets{{QStringLiteral("rIdStyles"), QStringLiteral("styles"), QStringLiteral("styles.xml")},
                                        {QStringLiteral("rIdSettings"), QStringLiteral("settings"), QStringLiteral("settings.xml")}};
    if (!fontTable.isEmpty())
        documentTargets.append({QStringLiteral("rIdFonts"), QStringLiteral("fontTable"), QStringLiteral("fontTable.xml")});
    for (qsizetype i = 0; i < footers.size(); ++i)
        documentTargets.append({footerRelationship(static_cast<int>(i)), QStringLiteral("footer"),
                                QStringLiteral("footer%1.xml").arg(i + 1)});

    QList<Part> parts;
    parts.append({QStringLiteral("[Content_Types].xml"), {}});
    parts.append({QStringLiteral("_rels/.rels"),
                  relationships({{QStringLiteral("rId1"), QStringLiteral("officeDocument"), QStringLiteral("word/document.xml")},
                                 {QStringLiteral("rId2"),
                                  QStringLiteral("http://schemas.openxmlformats.org/package/2006/relationships/"
                                                 "metadata/core-properties"),
                                  QStringLiteral("docProps/core.xml")},
                                 {QStringLiteral("rId3"), QStringLiteral("extended-properties"),
                                  QStringLiteral("docProps/app.xml")}})});
    parts.append({QStringLiteral("docProps/core.xml"), coreProperties(title, keywords)});
    parts.append({QStringLiteral("docProps/app.xml"), appProperties()});
    parts.append({QStringLiteral("word/document.xml"), document});
    parts.append({QStringLiteral("word/_rels/document.xml.rels"), relationships(documentTargets)});
    parts.append({QStringLiteral("word/styles.xml"), styles});
    parts.append({QStringLiteral("word/settings.xml"), settings});
    if (!fontTable.isEmpty())
        parts.append({QStringLiteral("word/fontTable.xml"), fontTable});
    for (qsizetype i = 0; i < footers.size(); ++i)
        parts.append({QStringLiteral("word/footer%1.xml").arg(i + 1), footers[i]});
    parts[0].bytes = contentTypes(footers.size(), !fontTable.isEmpty());
    return zipped(parts);
}

} // namespace rectrack
