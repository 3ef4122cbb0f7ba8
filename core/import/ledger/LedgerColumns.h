#pragma once
// Which column of an office's ledger sheet holds what, read from its header words (序号, 反馈问题,
// 整改措施, 牵头单位, 完成时限 …), wherever the header is: below a title row and a unit/date row,
// over one row or two (整改措施 over 措施内容 | 完成时限). The user sees the mapping in the preview
// and may change it; `--map` on the command line says it where the words are not recognised.

#include "import/readers/Sheet.h"

#include <QList>
#include <QString>
#include <optional>

namespace rectrack {

enum class LedgerField {
    Ignored,
    Number,   // 序号
    Category, // 问题类别 / 方面
    Problem,  // 反馈问题 / 问题表现 / 问题描述
    Measure,  // 整改措施 / 整改任务
    Leader,   // 责任领导 / 牵头领导
    LeadUnit, // 牵头单位 / 责任部门
    CoUnits,  // 配合单位
    Person,   // 责任人 / 经办人
    Deadline, // 整改时限 / 完成时限
    Progress, // 整改进展 / 完成情况 / 是否完成
    Outcome,  // 整改成效
    Remark,   // 备注
    DeadlineDate, // 时限日期 / 截止日期: the date, beside a 整改时限 that says its kind
    CompletedOn,  // 完成日期 / 办结日期 / 销号日期
};

// The field's name in `--map` and in JSON: number, category, title, measure, leader, lead_unit,
// co_units, person, deadline, progress, outcome, remark, deadline_date, completed_on; "ignored".
QString fieldKey(LedgerField field);
std::optional<LedgerField> fieldOfKey(const QString& key);
// The field as the user reads it (序号, 反馈问题 … （不导入）), and every field, Ignored first.
QString fieldLabel(LedgerField field);
QList<LedgerField> allLedgerFields();
// A column's letters as a sheet shows them: 0 → A, 26 → AA.
QString columnLetters(int column);
// What identifies a header's layout (its words, blanks and brackets left out): files with the same
// headers have the same signature, so a mapping confirmed once is used for them again.
QString headerSignature(const QStringList& headers);

struct LedgerColumns {
    QList<LedgerField> fields; // per column, from the first
    QStringList headers;       // per column, as the header says it (two rows joined by " / ")
    int headerFirst = -1;      // indexes into the sheet's rows: the header's rows
    int headerLast = -1;
    int recognised() const; // how many columns hold a field
};

// The header and its mapping; nullopt when no row reads as a ledger's header (neither a
// problem nor a measure column among two or more recognised ones in the first rows).
std::optional<LedgerColumns> recogniseColumns(const Sheet& sheet);

// The field one header's words name, if any.
std::optional<LedgerField> fieldOfHeader(const QString& header);

// A mapping given by hand, as `C=title,E=measure,F=lead_unit` (columns by letter; the rest
// ignored), applied over `columns` (or over the first row when none were recognised). Throws
// Error(Invalid) naming what it does not understand.
LedgerColumns mappedByHand(const QString& map, const std::optional<LedgerColumns>& columns, const Sheet& sheet);

} // namespace rectrack
