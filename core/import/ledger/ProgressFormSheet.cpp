#include "ProgressFormSheet.h"

#include "SheetBulletin.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace rectrack {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(rectrack::ProgressFormSheet)
};

const QString KeyPrefix = QStringLiteral("rectrack-form/1");
constexpr Status AllStatuses[] = {Status::NotStarted, Status::InProgress, Status::Completed, Status::Ongoing};

QString squeezed(const QString& text) {
    QString s = text;
    s.remove(u' ').remove(u'\u3000').remove(u'\n').remove(u'\r').remove(u'\t');
    return s;
}

// Where each column of the form is, by the header words (the first word of each header: the
// writer adds a hint after it, in brackets).
struct Columns {
    int header = -1; // index of the header row in the sheet
    int key = -1, progress = -1, status = -1, completed = -1;
};

bool startsWithOne(const QString& cell, const QString& header) {
    const QString c = squeezed(cell);
    QString h = squeezed(header);
    for (const QChar open : {QChar(u'（'), QChar(u'(')})
        if (const qsizetype bracket = h.indexOf(open); bracket > 0)
            h = h.left(bracket);
    return !h.isEmpty() && c.startsWith(h);
}

// A header as this program's language writes it, or as the Chinese form does (a form written
// by an office working in English and read back in Chinese, or the other way round).
bool startsWithHeader(const QString& cell, const QString& header, const char16_t* chinese) {
    return startsWithOne(cell, header) || startsWithOne(cell, QString::fromUtf16(chinese));
}

Columns findColumns(const Sheet& sheet) {
    Columns found;
    for (int r = 0; r < sheet.rows.size() && r < 20; ++r) {
        const QStringList& cells = sheet.rows[r].cells;
        Columns c;
        for (int i = 0; i < cells.size(); ++i) {
            if (startsWithHeader(cells[i], ProgressFormLayout::keyHeader(), u"校验键"))
                c.key = i;
            else if (startsWithHeader(cells[i], ProgressFormLayout::progressHeader(), u"本次进展"))
                c.progress = i;
            else if (startsWithHeader(cells[i], ProgressFormLayout::statusHeader(), u"整改状态"))
                c.status = i;
            else if (startsWithHeader(cells[i], ProgressFormLayout::completedHeader(), u"完成日期"))
                c.completed = i;
        }
        if (c.key >= 0) {
            c.header = r;
            return c;
        }
    }
    return found;
}

QString cell(const QStringList& cells, int column) {
    return column >= 0 && column < cells.size() ? cells[column].trimmed() : QString();
}
} // namespace

QString FormKey::text() const {
    return QStringLiteral("%1 m=%2 v=%3 u=%4 s=%5").arg(KeyPrefix).arg(measure).arg(version).arg(unit).arg(code(sent));
}

std::optional<FormKey> FormKey::parse(const QString& text) {
    static const QRegularExpression shape(
        QStringLiteral("^\\s*rectrack-form/1\\s+m=(\\d+)\\s+v=(\\d+)\\s+u=(\\d+)\\s+s=([a-z_]+)\\s*$"));
    const QRegularExpressionMatch m = shape.match(text);
    if (!m.hasMatch())
        return std::nullopt;
    const auto sent = parseCode<Status>(m.captured(4));
    FormKey key{m.captured(1).toLongLong(), m.captured(2).toInt(), m.captured(3).toLongLong(), sent.value_or(Status::NotStarted)};
    if (!sent || key.measure <= 0 || key.unit <= 0)
        return std::nullopt;
    return key;
}

namespace ProgressFormLayout {
QString progressHeader() { return Text::tr("本次进展（请填写）"); }
QString statusHeader() { return Text::tr("整改状态（请选择）"); }
QString completedHeader() { return Text::tr("完成日期（完成时填写）"); }
QString keyHeader() { return Text::tr("校验键（请勿修改）"); }
QStringList statusChoices() {
    QStringList choices;
    for (Status s : AllStatuses)
        choices << label(s);
    return choices;
}
} // namespace ProgressFormLayout

std::optional<Status> statusOfFormWords(const QString& words) {
    const QString w = squeezed(words);
    if (w.isEmpty())
        return std::nullopt;
    static const char16_t* const chinese[] = {u"未启动", u"正在推进", u"已完成", u"长期坚持"};
    for (int i = 0; i < 4; ++i)
        if (w == squeezed(label(AllStatuses[i])) || w == QStringView(chinese[i]))
            return AllStatuses[i];
    if (w == u"未开始" || w == u"尚未启动")
        return Status::NotStarted;
    const ParsedFinding::Status said = statusOfWords(words);
    return said == ParsedFinding::Status::Unknown ? std::nullopt : std::optional<Status>(ledgerStatus(said));
}

std::optional<ReturnedForm> readReturnedForm(const Workbook& workbook) {
    for (const Sheet& sheet : workbook.sheets) {
        const Columns columns = findColumns(sheet);
        if (columns.header < 0)
            continue;
        ReturnedForm form;
        form.sheet = sheet.name;
        if (columns.progress < 0 || columns.status < 0)
            form.warnings << Text::tr("表“%1”缺少“本次进展”或“整改状态”列：这两列的内容无法导入。").arg(sheet.name);
        for (int r = columns.header + 1; r < sheet.rows.size(); ++r) {
            const SheetRow& row = sheet.rows[r];
            const QString keyText = cell(row.cells, columns.key);
            const auto key = FormKey::parse(keyText);
            ReturnedRow returned{row.number, key.value_or(FormKey{}), cell(row.cells, columns.progress),
                                 cell(row.cells, columns.status), cell(row.cells, columns.completed)};
            if (!key) {
                const bool filled = !returned.progress.isEmpty() || !returned.completedText.isEmpty();
                if (!keyText.isEmpty())
                    form.warnings << Text::tr("第 %1 行的校验键被改动过，读不出是哪条措施，未导入。").arg(row.number);
                else if (filled)
                    form.warnings << Text::tr("第 %1 行没有校验键（可能是填报单位新加的行），未导入：新的措施请在台账中添加。")
                                         .arg(row.number);
                continue;
            }
            form.rows.append(returned);
        }
        return form;
    }
    return std::nullopt;
}

} // namespace rectrack
