#include "OfficialFrame.h"

#include <QRegularExpression>

namespace rectrack {

QString normalisedDocumentNumber(const QString& text) {
    static const QRegularExpression year(QStringLiteral("[\\[【（(〔［]\\s*((?:19|20)\\d\\d)\\s*[\\]】）)〕］]"));
    QString out = text.trimmed();
    out.replace(year, QStringLiteral("〔\\1〕"));
    return out;
}

QString printedOn(QDate date) {
    return date.isValid() ? QStringLiteral("%1年%2月%3日印发").arg(date.year()).arg(date.month()).arg(date.day()) : QString();
}

} // namespace rectrack
