#include "Guard.h"

#include "storage/Error.h"

#include <QCoreApplication>
#include <QMessageBox>

namespace rectrack::ui {

bool guarded(QWidget* parent, const std::function<void()>& work) {
    try {
        work();
        return true;
    } catch (const Error& e) {
        const QString title = e.kind() == Error::Kind::Conflict
                                  ? QCoreApplication::translate("rectrack::ui", "内容已被他人修改")
                                  : QCoreApplication::translate("rectrack::ui", "无法完成操作");
        QMessageBox::warning(parent, title, e.message());
        return false;
    }
}

} // namespace rectrack::ui
