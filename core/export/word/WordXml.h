#pragma once
// Writing WordprocessingML: a QXmlStreamWriter that knows the w: namespace, text that Word
// keeps as typed (spaces, tabs, line breaks; characters XML cannot hold dropped), and the units
// Word measures in.

#include <QByteArray>
#include <QString>
#include <QXmlStreamWriter>

#include <initializer_list>
#include <utility>

namespace rectrack::word {

// Twentieths of a point, Word's unit of length.
constexpr int twips(double millimetres) { return static_cast<int>(millimetres / 25.4 * 1440 + 0.5); }

using Attributes = std::initializer_list<std::pair<QString, QString>>;

class WordXml {
public:
    // Starts a part whose root element is w:`root` (document, styles, settings, ftr, fonts).
    WordXml(QByteArray* out, const QString& root);

    void start(const QString& name, Attributes attributes = {}); // <w:name w:a="v">
    void end();
    void empty(const QString& name, Attributes attributes = {}); // <w:name w:a="v"/>
    // <w:name w:val="value"/>
    void value(const QString& name, const QString& value) { empty(name, {{QStringLiteral("val"), value}}); }
    // The content of a run: w:t (spaces kept), w:tab for a tab, w:br for a line break.
    void text(const QString& text);
    // A run: its properties' children written by `properties`, then its text.
    template <typename Properties>
    void run(const QString& text, Properties properties) {
        start(QStringLiteral("r"));
        start(QStringLiteral("rPr"));
        properties();
        end();
        this->text(text);
        end();
    }
    void run(const QString& text);
    void finish(); // closes every open element
    QXmlStreamWriter& stream() { return m_xml; }

    static const QString Main;          // the w: namespace
    static const QString Relationships; // the r: namespace

private:
    QXmlStreamWriter m_xml;
};

// word/settings.xml: the default tab stop (twips), odd and even pages with footers of their own
// (the page number at the outer side), punctuation kept at full width (characters on a grid),
// and Word 2013's compatibility mode. Word wants the settings in the schema's order.
QByteArray settingsPart(int defaultTabStop, bool evenAndOddHeaders, bool fullWidthPunctuation);

// Text as XML 1.0 may hold it: control characters other than tab and line breaks dropped,
// unpaired surrogates dropped.
QString xmlSafe(const QString& text);

} // namespace rectrack::word
