#include "Guard.h"

#include "FieldLabels.h"
#include "model/Error.h"

#include <QCoreApplication>
#include <QMessageBox>

namespace rectrack::ui {

namespace {
QString shown(const QString& field, const QString& value) {
    QString text = fieldValueText(field, value);
    if (text.size() > 300)
        text = text.left(300) + u'…';
    return text.isEmpty() ? QCoreApplication::translate("rectrack::ui", "（空）") : text.toHtmlEscaped();
}

// The message with a table of what differs: the stored value beside the one not saved.
QString conflictText(const Error& e) {
    QString html = QStringLiteral("<p>%1</p><table border=\"1\" cellspacing=\"0\" cellpadding=\"4\">"
                                  "<tr><th>%2</th><th>%3</th><th>%4</th></tr>")
                       .arg(e.message().toHtmlEscaped(), QCoreApplication::translate("rectrack::ui", "字段"),
                            QCoreApplication::translate("rectrack::ui", "他人已保存的"),
                            QCoreApplication::translate("rectrack::ui", "您这次填写的（未保存）"));
    for (const Error::Difference& d : e.differences())
        html += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td></tr>")
                    .arg(fieldLabel(d.field).toHtmlEscaped(), shown(d.field, d.theirs), shown(d.field, d.yours));
    return html + QStringLiteral("</table>");
}
} // namespace

bool guarded(QWidget* parent, const std::function<void()>& work) {
    try {
        work();
        return true;
    } catch (const Error& e) {
        const QString title = e.kind() == Error::Kind::Conflict
                                  ? QCoreApplication::translate("rectrack::ui", "内容已被他人修改")
                                  : QCoreApplication::translate("rectrack::ui", "无法完成操作");
        QMessageBox::warning(parent, title, e.differences().isEmpty() ? e.message() : conflictText(e));
        return false;
    }
}

} // namespace rectrack::ui
