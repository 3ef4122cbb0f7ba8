#include "LedgerColumns.h"

#include <QCryptographicHash>

#include "import/readers/XlsxReader.h"
#include "model/Error.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSet>

#include <tuple>

namespace rectrack {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(rectrack::LedgerColumns)
};

constexpr int RowsSearched = 15; // a header is near the top: under a title and a unit/date row

struct Words {
    LedgerField field;
    QStringList words;
};

// The words each field's header is written with, as offices write them. The longest word found
// in a header decides (具体责任人 is a person, 责任单位 a unit, 问题类别 a category, not a problem).
const QList<Words>& vocabulary() {
    static const QList<Words> words = {
        {LedgerField::Number, {QStringLiteral("序号"), QStringLiteral("编号"), QStringLiteral("问题编号")}},
        {LedgerField::Category,
         {QStringLiteral("问题类别"), QStringLiteral("问题类型"), QStringLiteral("问题分类"), QStringLiteral("方面"),
          QStringLiteral("类别"), QStringLiteral("板块"), QStringLiteral("反馈问题类别")}},
        {LedgerField::Problem,
         {QStringLiteral("反馈问题"), QStringLiteral("问题"), QStringLiteral("问题表现"), QStringLiteral("具体表现"),
          QStringLiteral("问题描述"), QStringLiteral("存在问题"), QStringLiteral("存在的问题"), QStringLiteral("主要问题"),
          QStringLiteral("问题清单"), QStringLiteral("具体问题"), QStringLiteral("问题内容")}},
        {LedgerField::Measure,
         {QStringLiteral("整改措施"), QStringLiteral("整改任务"), QStringLiteral("整改举措"), QStringLiteral("措施内容"),
          QStringLiteral("具体措施"), QStringLiteral("主要措施"), QStringLiteral("整改内容"), QStringLiteral("措施")}},
        {LedgerField::Leader,
         {QStringLiteral("责任领导"), QStringLiteral("牵头领导"), QStringLiteral("分管领导"), QStringLiteral("责任校领导"),
          QStringLiteral("牵头校领导"), QStringLiteral("领导")}},
        {LedgerField::LeadUnit,
         {QStringLiteral("牵头单位"), QStringLiteral("牵头部门"), QStringLiteral("责任单位"), QStringLiteral("责任部门"),
          QStringLiteral("责任科室"), QStringLiteral("牵头科室"), QStringLiteral("主责单位"), QStringLiteral("整改单位")}},
        {LedgerField::CoUnits,
         {QStringLiteral("配合单位"), QStringLiteral("协同单位"), QStringLiteral("配合部门"), QStringLiteral("协办单位"),
          QStringLiteral("协同部门"), QStringLiteral("参与单位")}},
        {LedgerField::Person,
         {QStringLiteral("责任人"), QStringLiteral("具体责任人"), QStringLiteral("经办人"), QStringLiteral("联系人"),
          QStringLiteral("直接责任人")}},
        {LedgerField::Deadline,
         {QStringLiteral("整改时限"), QStringLiteral("完成时限"), QStringLiteral("整改期限"), QStringLiteral("时限"),
          QStringLiteral("完成时间"), QStringLiteral("整改时间"), QStringLiteral("完成期限")}},
        {LedgerField::Progress,
         {QStringLiteral("整改进展"), QStringLiteral("完成情况"), QStringLiteral("整改状态"), QStringLiteral("是否完成"),
          QStringLiteral("进展情况"), QStringLiteral("整改情况"), QStringLiteral("整改进度"), QStringLiteral("进展")}},
        {LedgerField::Outcome, {QStringLiteral("整改成效"), QStringLiteral("成效"), QStringLiteral("整改效果")}},
        {LedgerField::Remark, {QStringLiteral("备注"), QStringLiteral("说明")}},
        {LedgerField::DeadlineDate,
         {QStringLiteral("时限日期"), QStringLiteral("截止日期"), QStringLiteral("到期日期"), QStringLiteral("完成时限日期")}},
        {LedgerField::CompletedOn,
         {QStringLiteral("完成日期"), QStringLiteral("办结日期"), QStringLiteral("销号日期"), QStringLiteral("实际完成时间"),
          QStringLiteral("实际完成日期")}},
    };
    return words;
}

// A header's words as compared: no spaces or line breaks, nothing in brackets (（万元）, (必填)).
QString normalised(const QString& header) {
    static const QRegularExpression bracketed(QStringLiteral(R"([（(【\[][^）)】\]]*[）)】\]])"));
    static const QRegularExpression blank(QStringLiteral(R"([\s　:：*＊])"));
    return QString(header).remove(bracketed).remove(blank);
}

// A row whose filled cells all say the same thing: a title or a category spanning the table
// (a merged cell read into each of its columns), not a header.
bool spansTheTable(const QStringList& cells) {
    QSet<QString> distinct;
    for (const QString& cell : cells)
        if (!cell.trimmed().isEmpty())
            distinct.insert(cell.trimmed());
    return distinct.size() <= 1;
}

QList<std::optional<LedgerField>> fieldsOf(const QStringList& cells) {
    QList<std::optional<LedgerField>> fields;
    for (const QString& cell : cells)
        fields << (cell.size() > 20 ? std::nullopt : fieldOfHeader(cell)); // a long cell is content
    return fields;
}

int distinctFields(const QList<std::optional<LedgerField>>& fields) {
    QSet<int> seen;
    for (const auto& field : fields)
        if (field)
            seen.insert(static_cast<int>(*field));
    return static_cast<int>(seen.size());
}

bool holdsContent(const QList<std::optional<LedgerField>>& fields) {
    return std::any_of(fields.cbegin(), fields.cend(), [](const auto& f) {
        return f == LedgerField::Problem || f == LedgerField::Measure;
    });
}
} // namespace

QString fieldKey(LedgerField field) {
    switch (field) {
    case LedgerField::Number: return QStringLiteral("number");
    case LedgerField::Category: return QStringLiteral("category");
    case LedgerField::Problem: return QStringLiteral("title");
    case LedgerField::Measure: return QStringLiteral("measure");
    case LedgerField::Leader: return QStringLiteral("leader");
    case LedgerField::LeadUnit: return QStringLiteral("lead_unit");
    case LedgerField::CoUnits: return QStringLiteral("co_units");
    case LedgerField::Person: return QStringLiteral("person");
    case LedgerField::Deadline: return QStringLiteral("deadline");
    case LedgerField::Progress: return QStringLiteral("progress");
    case LedgerField::Outcome: return QStringLiteral("outcome");
    case LedgerField::Remark: return QStringLiteral("remark");
    case LedgerField::DeadlineDate: return QStringLiteral("deadline_date");
    case LedgerField::CompletedOn: return QStringLiteral("completed_on");
    case LedgerField::Ignored: break;
    }
    return QStringLiteral("ignored");
}

std::optional<LedgerField> fieldOfKey(const QString& key) {
    for (int f = static_cast<int>(LedgerField::Ignored); f <= static_cast<int>(LedgerField::CompletedOn); ++f)
        if (fieldKey(static_cast<LedgerField>(f)) == key)
            return static_cast<LedgerField>(f);
    return std::nullopt;
}

QString fieldLabel(LedgerField field) {
    switch (field) {
    case LedgerField::Number: return Text::tr("序号");
    case LedgerField::Category: return Text::tr("问题类别");
    case LedgerField::Problem: return Text::tr("反馈问题");
    case LedgerField::Measure: return Text::tr("整改措施");
    case LedgerField::Leader: return Text::tr("责任领导");
    case LedgerField::LeadUnit: return Text::tr("牵头单位");
    case LedgerField::CoUnits: return Text::tr("配合单位");
    case LedgerField::Person: return Text::tr("责任人");
    case LedgerField::Deadline: return Text::tr("整改时限");
    case LedgerField::Progress: return Text::tr("整改进展");
    case LedgerField::Outcome: return Text::tr("整改成效");
    case LedgerField::Remark: return Text::tr("备注");
    case LedgerField::DeadlineDate: return Text::tr("时限日期");
    case LedgerField::CompletedOn: return Text::tr("完成日期");
    case LedgerField::Ignored: break;
    }
    return Text::tr("（不导入）");
}

QList<LedgerField> allLedgerFields() {
    QList<LedgerField> fields;
    for (int f = static_cast<int>(LedgerField::Ignored); f <= static_cast<int>(LedgerField::CompletedOn); ++f)
        fields << static_cast<LedgerField>(f);
    return fields;
}

QString columnLetters(int column) {
    QString letters;
    for (int c = column + 1; c > 0; c = (c - 1) / 26)
        letters.prepend(QChar(u'A' + (c - 1) % 26));
    return letters;
}

QString headerSignature(const QStringList& headers) {
    QStringList normalisedHeaders;
    for (const QString& h : headers)
        normalisedHeaders << normalised(h);
    while (!normalisedHeaders.isEmpty() && normalisedHeaders.last().isEmpty())
        normalisedHeaders.removeLast();
    return QString::fromLatin1(
        QCryptographicHash::hash(normalisedHeaders.join(u'\x1f').toUtf8(), QCryptographicHash::Sha1).toHex());
}

int LedgerColumns::recognised() const {
    return static_cast<int>(std::count_if(fields.cbegin(), fields.cend(), [](LedgerField f) { return f != LedgerField::Ignored; }));
}

std::optional<LedgerField> fieldOfHeader(const QString& header) {
    const QString words = normalised(header);
    if (words.isEmpty())
        return std::nullopt;
    // An exact header first; then the longest word; then the word nearest the end, where a
    // Chinese compound keeps its head (整改措施完成情况 is about the 情况, not the 措施).
    std::optional<LedgerField> best;
    std::tuple<bool, qsizetype, qsizetype> bestScore{false, 0, -1};
    for (const Words& w : vocabulary())
        for (const QString& word : w.words) {
            const qsizetype at = words.lastIndexOf(word);
            if (at < 0)
                continue;
            const std::tuple<bool, qsizetype, qsizetype> score{words == word, word.size(), at + word.size()};
            if (score > bestScore) {
                best = w.field;
                bestScore = score;
            }
        }
    return best;
}

std::optional<LedgerColumns> recogniseColumns(const Sheet& sheet) {
    const int searched = std::min<int>(RowsSearched, static_cast<int>(sheet.rows.size()));
    for (int r = 0; r < searched; ++r) {
        const QStringList& cells = sheet.rows[r].cells;
        if (spansTheTable(cells))
            continue;
        const auto fields = fieldsOf(cells);
        if (distinctFields(fields) < 2)
            continue;
        // a second header row right under it: 整改措施 over 措施内容 | 完成时限
        LedgerColumns columns;
        columns.headerFirst = columns.headerLast = r;
        QStringList lower;
        QList<std::optional<LedgerField>> lowerFields;
        if (r + 1 < sheet.rows.size() && sheet.rows[r + 1].number == sheet.rows[r].number + 1 &&
            !spansTheTable(sheet.rows[r + 1].cells)) {
            lower = sheet.rows[r + 1].cells;
            lowerFields = fieldsOf(lower);
            // a row of content says more than header words: it is not a header
            bool allShort = std::all_of(lower.cbegin(), lower.cend(), [](const QString& c) { return c.size() <= 20; });
            if (distinctFields(lowerFields) == 0 || !allShort) {
                lower.clear();
                lowerFields.clear();
            }
        }
        const qsizetype width = std::max(cells.size(), lower.size());
        QList<std::optional<LedgerField>> merged;
        for (qsizetype c = 0; c < width; ++c) {
            const QString upperText = cells.value(c).trimmed();
            const QString lowerText = lower.value(c).trimmed();
            const auto upperField = c < fields.size() ? fields[c] : std::nullopt;
            const auto lowerField = c < lowerFields.size() ? lowerFields[c] : std::nullopt;
            merged << (lowerField ? lowerField : upperField); // the lower row is the more precise
            columns.headers << (lowerText.isEmpty() || lowerText == upperText
                                    ? upperText
                                    : upperText.isEmpty() ? lowerText : upperText + QStringLiteral(" / ") + lowerText);
        }
        if (!holdsContent(merged))
            continue;
        if (!lower.isEmpty())
            columns.headerLast = r + 1;
        // a field named twice: the first column keeps it (a second 问题 column is likely a note)
        QSet<int> taken;
        for (const auto& field : merged) {
            const bool repeat = field && taken.contains(static_cast<int>(*field));
            if (field)
                taken.insert(static_cast<int>(*field));
            columns.fields << (field && !repeat ? *field : LedgerField::Ignored);
        }
        return columns;
    }
    return std::nullopt;
}

LedgerColumns mappedByHand(const QString& map, const std::optional<LedgerColumns>& columns, const Sheet& sheet) {
    LedgerColumns mapped;
    if (columns) {
        mapped = *columns;
    } else if (!sheet.rows.isEmpty()) { // the first row is taken for the header
        mapped.headerFirst = mapped.headerLast = 0;
        mapped.headers = sheet.rows[0].cells;
        mapped.fields = QList<LedgerField>(mapped.headers.size(), LedgerField::Ignored);
    }
    for (const QString& item : map.split(u',', Qt::SkipEmptyParts)) {
        const qsizetype equals = item.indexOf(u'=');
        const QString letters = item.left(equals).trimmed().toUpper();
        const auto [column, row] = cellPosition(QString(letters + QStringLiteral("1")));
        const auto field = equals > 0 ? fieldOfKey(item.mid(equals + 1).trimmed()) : std::nullopt;
        if (equals <= 0 || column < 0 || !field)
            throw Error(Error::Kind::Invalid,
                        Text::tr("--map 中的“%1”看不懂：应为“列字母=字段”，如 C=title,E=measure,F=lead_unit。"
                                 "字段可以是 number, category, title, measure, leader, lead_unit, co_units, person, "
                                 "deadline, progress, outcome, remark, deadline_date, completed_on, ignored")
                            .arg(item));
        while (mapped.fields.size() <= column) {
            mapped.fields << LedgerField::Ignored;
            mapped.headers << QString();
        }
        // a field given to one column by hand is taken away from any other
        if (*field != LedgerField::Ignored)
            for (LedgerField& other : mapped.fields)
                if (other == *field)
                    other = LedgerField::Ignored;
        mapped.fields[column] = *field;
    }
    return mapped;
}

} // namespace rectrack
