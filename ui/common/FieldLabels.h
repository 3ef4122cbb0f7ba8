#pragma once
// The words for a record's fields and their stored values, as the history and the conflict
// message show them.

#include <QString>

namespace rectrack::ui {

QString fieldLabel(const QString& field);                          // "status" → 整改状态
QString fieldValueText(const QString& field, const QString& value); // "completed" → 已完成

} // namespace rectrack::ui
