#include "CsvReader.h"

#include "import/TextDecoding.h"
#include "model/Error.h"

#include <QCoreApplication>

namespace rectrack {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(rectrack::CsvReader)
};

constexpr int MaxRows = 1'000'000;

// The separator the first line uses most, outside quotes: comma, tab or semicolon.
QChar separatorOf(const QString& text) {
    int commas = 0, tabs = 0, semicolons = 0;
    bool quoted = false;
    for (const QChar c : text) {
        if (c == u'"')
            quoted = !quoted;
        else if (!quoted && (c == u'\n' || c == u'\r'))
            break;
        else if (!quoted && c == u',')
            ++commas;
        else if (!quoted && c == u'\t')
            ++tabs;
        else if (!quoted && c == u';')
            ++semicolons;
    }
    if (tabs > commas && tabs >= semicolons)
        return u'\t';
    if (semicolons > commas)
        return u';';
    return u',';
}
} // namespace

CsvSheet readCsv(const QByteArray& bytes, const QString& name) {
    const DecodedText decoded = decodeText(bytes);
    const QString& text = decoded.text;
    const QChar separator = separatorOf(text);
    CsvSheet result{{name, {}, false}, decoded.encoding};
    QStringList cells;
    QString cell;
    int row = 1;
    bool quoted = false;
    bool wasQuoted = false; // the cell began with a quote: what follows its closing quote is kept as written
    const auto endCell = [&] {
        cells << (wasQuoted ? cell : cell.trimmed());
        cell.clear();
        wasQuoted = false;
    };
    const auto endRow = [&] {
        endCell();
        while (!cells.isEmpty() && cells.last().trimmed().isEmpty())
            cells.removeLast();
        if (!cells.isEmpty())
            result.sheet.rows.append({row, cells, {}});
        cells.clear();
        if (++row >= MaxRows)
            throw Error(Error::Kind::Invalid,
                        Text::tr("CSV 文件超过 %1 行，无法导入：请分成几个文件。").arg(MaxRows));
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (quoted) {
            if (c == u'"') {
                if (i + 1 < text.size() && text[i + 1] == u'"') {
                    cell += u'"';
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                cell += c;
            }
        } else if (c == u'"' && cell.trimmed().isEmpty() && !wasQuoted) {
            quoted = true;
            wasQuoted = true;
            cell.clear();
        } else if (c == separator) {
            endCell();
        } else if (c == u'\r' || c == u'\n') {
            if (c == u'\r' && i + 1 < text.size() && text[i + 1] == u'\n')
                ++i;
            endRow();
        } else {
            cell += c;
        }
    }
    if (!cell.isEmpty() || !cells.isEmpty() || wasQuoted)
        endRow();
    return result;
}

} // namespace rectrack
