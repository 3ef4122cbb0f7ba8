#include "DocumentFrame.h"

#include <QRegularExpression>
#include <QStringList>

namespace rectrack {

namespace {
using Re = QRegularExpression;

// How many lines from each end are looked at: a 版头 has at most six, a 版记 three or four
// (a long 抄送 wraps).
constexpr qsizetype HeadLines = 8;
constexpr qsizetype RecordLines = 6;

bool isHeadLine(const QString& line, QString* number) {
    static const Re copyNumber(QStringLiteral("^\\d{6}$"));
    static const Re secrecy(QStringLiteral("^(?:绝密|机密|秘密)(?:\\s*★\\s*\\S{1,8})?$"));
    static const Re urgency(QStringLiteral("^(?:特急|加急|特提|平急)$"));
    static const Re mark(QStringLiteral("^\\S{2,30}文件$"));
    static const Re documentNumber(QStringLiteral(
        "^(\\S{1,20}[〔\\[［(（]\\s*(?:19|20)\\d\\d\\s*[〕\\]］)）]\\s*\\d{1,4}\\s*号)(?:\\s*签发人[:：]\\s*\\S{2,12})?$"));
    static const Re signer(QStringLiteral("^签发人[:：]\\s*\\S{2,12}$"));
    if (const auto m = documentNumber.match(line); m.hasMatch()) {
        *number = m.captured(1);
        return true;
    }
    return copyNumber.match(line).hasMatch() || secrecy.match(line).hasMatch() || urgency.match(line).hasMatch() ||
           mark.match(line).hasMatch() || signer.match(line).hasMatch();
}

bool isCopiesLine(const QString& line) {
    static const Re copiesTo(QStringLiteral("^抄\\s*送[:：]"));
    return copiesTo.match(line).hasMatch();
}

bool isPrintedLine(const QString& line) {
    static const Re printed(QStringLiteral("^.{0,40}\\d{4}\\s*年\\s*\\d{1,2}\\s*月\\s*\\d{1,2}\\s*日\\s*印\\s*发$"));
    return printed.match(line).hasMatch();
}
} // namespace

DocumentFrameLines removeDocumentFrame(const QString& text) {
    DocumentFrameLines out;
    QStringList lines = text.split(u'\n');
    // 版头: from the first line on, only while every line read is one of its parts
    qsizetype seen = 0;
    for (qsizetype i = 0; i < lines.size() && seen < HeadLines; ++i) {
        const QString line = lines[i].trimmed();
        if (line.isEmpty())
            continue;
        ++seen;
        QString number;
        QString packed = line; // a PDF's words come with spaces between them
        packed.remove(QRegularExpression(QStringLiteral("\\s+")));
        if (!isHeadLine(packed, &number))
            break;
        if (!number.isEmpty())
            out.documentNumber = number;
        lines[i].clear();
        ++out.removedLines;
    }
    // 版记: the last lines, from a 抄送 (wrapped onto short lines perhaps) to a "…印发" line, or
    // either alone
    QList<qsizetype> tail; // the last non-empty lines, last first
    for (qsizetype i = lines.size() - 1; i >= 0 && tail.size() < RecordLines; --i)
        if (!lines[i].trimmed().isEmpty())
            tail << i;
    qsizetype from = -1;
    if (!tail.isEmpty() && isPrintedLine(lines[tail.first()].trimmed()))
        from = tail.first();
    for (qsizetype k = 0; k < tail.size(); ++k) {
        const QString line = lines[tail[k]].trimmed();
        if (isCopiesLine(line)) {
            from = tail[k];
            break;
        }
        // between a 抄送 and the end only its wrapped rest and the 印发 line
        if (line.size() > 60 || (k > 0 && isPrintedLine(line)) || (k == 0 && !isPrintedLine(line) && !line.endsWith(u'。')))
            break;
    }
    if (from >= 0)
        for (qsizetype i = from; i < lines.size(); ++i)
            if (!lines[i].trimmed().isEmpty()) {
                lines[i].clear();
                ++out.removedLines;
            }
    out.text = lines.join(u'\n');
    return out;
}

} // namespace rectrack
