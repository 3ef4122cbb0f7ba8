#include "DashboardPalette.h"

#include <QFontDatabase>

namespace rectrack::ui::palette {

QFont font(int pointSize, bool bold) {
    static const QString family = [] {
        for (const QString& wanted : {QStringLiteral("WenQuanYi Micro Hei"), QStringLiteral("WenQuanYi Zen Hei")})
            if (QFontDatabase::families().contains(wanted))
                return wanted;
        return QString();
    }();
    QFont f;
    if (!family.isEmpty())
        f.setFamily(family);
    f.setPointSize(pointSize);
    f.setBold(bold);
    return f;
}

} // namespace rectrack::ui::palette
