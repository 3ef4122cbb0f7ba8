#include "OfficialFrame.h"

#include <QRegularExpression>

namespace rectrack {

QString normalisedDocumentNumber(const QString& text) {
    static const QRegularExpression year(QStringLiteral("[\\[【（(〔［]\\s*((?:19|20)\\d\\d)\\s*[\\]】）)〕］]"));
    QString out = text.trimmed();
    out.replace(year, QStringLiteral("〔\\1〕"));
    return out;
}

QString copiesToLine(const QString& copiesTo) {
    QString text = copiesTo.trimmed();
    if (text.isEmpty())
        return {};
    if (!text.startsWith(QStringLiteral("抄送")))
        text = QStringLiteral("抄送：") + text;
    if (!text.endsWith(u'。'))
        text += u'。';
    return text;
}

QString printedOn(QDate date) {
    return date.isValid() ? QStringLiteral("%1年%2月%3日印发").arg(date.year()).arg(date.month()).arg(date.day()) : QString();
}

} // namespace rectrack
