#include "ReadingPanel.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSignalBlocker>
#include <QVBoxLayout>

namespace rectrack::ui {

namespace {

const HeadingLevel Levels[] = {HeadingLevel::Section, HeadingLevel::Paren, HeadingLevel::Feedback, HeadingLevel::Number,
                               HeadingLevel::ParenNumber};

// "一、", "（一）" …: a level by the way its headings are numbered.
QString levelText(HeadingLevel level) {
    switch (level) {
    case HeadingLevel::Section:
        return ReadingPanel::tr("“一、”级标题");
    case HeadingLevel::Paren:
        return ReadingPanel::tr("“（一）”级标题");
    case HeadingLevel::Feedback:
        return ReadingPanel::tr("“反馈问题一：”");
    case HeadingLevel::Number:
        return ReadingPanel::tr("“1.”级标题");
    case HeadingLevel::ParenNumber:
        return ReadingPanel::tr("“（1）”级标题");
    case HeadingLevel::Circled:
    case HeadingLevel::None:
        break;
    }
    return ReadingPanel::tr("无");
}

} // namespace

ReadingPanel::ReadingPanel(QWidget* parent)
    : QWidget(parent)
    , m_doubts(new QLabel(this))
    , m_problemLevel(new QComboBox(this))
    , m_categoryLevel(new QComboBox(this))
    , m_marks(new QLabel(this))
    , m_reset(new QPushButton(tr("恢复自动识别"), this)) {
    setObjectName(QStringLiteral("importReadingPanel"));
    m_doubts->setObjectName(QStringLiteral("importDoubtsLabel"));
    m_problemLevel->setObjectName(QStringLiteral("importProblemLevelComboBox"));
    m_categoryLevel->setObjectName(QStringLiteral("importCategoryLevelComboBox"));
    m_reset->setObjectName(QStringLiteral("importResetReadingButton"));
    m_doubts->setWordWrap(true);
    m_doubts->setStyleSheet(QStringLiteral("QLabel { background: #fff4d6; border: 1px solid #e0b252; padding: 6px; }"));
    m_doubts->hide();
    m_problemLevel->setToolTip(tr("通报中哪一级标题是一个个问题；其下一级视为整改措施"));
    m_categoryLevel->setToolTip(tr("哪一级标题是问题类别（方面）"));

    auto* row = new QHBoxLayout;
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(new QLabel(tr("问题所在："), this));
    row->addWidget(m_problemLevel);
    row->addSpacing(12);
    row->addWidget(new QLabel(tr("类别所在："), this));
    row->addWidget(m_categoryLevel);
    row->addSpacing(12);
    row->addWidget(m_marks, 1);
    row->addWidget(m_reset);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_doubts);
    layout->addLayout(row);

    connect(m_problemLevel, &QComboBox::currentIndexChanged, this, [this] { levelsChosen(); });
    connect(m_categoryLevel, &QComboBox::currentIndexChanged, this, [this] { levelsChosen(); });
    connect(m_reset, &QPushButton::clicked, this, [this] {
        m_reading = {};
        emit readingChanged();
    });
}

void ReadingPanel::show(const ParsedBulletin& bulletin) {
    m_filling = true;
    const QSignalBlocker blockProblems(m_problemLevel);
    const QSignalBlocker blockCategories(m_categoryLevel);
    QList<HeadingLevel> present;
    for (const OutlineLine& h : bulletin.headings)
        if (!present.contains(h.level))
            present.append(h.level);
    const auto fill = [&](QComboBox* box, HeadingLevel chosen, bool chosenByUser, bool offerNone) {
        box->clear();
        box->addItem(chosenByUser ? tr("自动识别") : tr("自动识别（%1）").arg(levelText(chosen)), -2);
        if (offerNone)
            box->addItem(tr("没有类别"), static_cast<int>(HeadingLevel::None));
        for (HeadingLevel l : Levels)
            if (present.contains(l))
                box->addItem(levelText(l), static_cast<int>(l));
        box->setCurrentIndex(chosenByUser ? std::max(0, box->findData(static_cast<int>(chosen))) : 0);
    };
    fill(m_problemLevel, bulletin.problemLevel, m_reading.problemLevel.has_value(), false);
    fill(m_categoryLevel, bulletin.categoryLevel, m_reading.categoryLevel.has_value(), true);
    m_doubts->setText(bulletin.doubts.isEmpty() ? QString()
                                                : QStringLiteral("⚠ ") + bulletin.doubts.join(QStringLiteral("\n⚠ ")));
    m_doubts->setVisible(!bulletin.doubts.isEmpty());
    const qsizetype marks =
        m_reading.problems.size() + m_reading.notProblems.size() + m_reading.mergedWithPrevious.size();
    m_marks->setText(marks > 0 ? tr("手工标记 %1 处").arg(marks) : QString());
    m_reset->setEnabled(!m_reading.isEmpty());
    m_filling = false;
}

void ReadingPanel::levelsChosen() {
    if (m_filling)
        return;
    const int problem = m_problemLevel->currentData().toInt();
    const int category = m_categoryLevel->currentData().toInt();
    m_reading.problemLevel = problem == -2 ? std::nullopt : std::optional(static_cast<HeadingLevel>(problem));
    m_reading.categoryLevel = category == -2 ? std::nullopt : std::optional(static_cast<HeadingLevel>(category));
    emit readingChanged();
}

void ReadingPanel::markProblem(int offset) {
    m_reading.notProblems.remove(offset);
    m_reading.mergedWithPrevious.remove(offset);
    m_reading.problems.insert(offset);
    emit readingChanged();
}

void ReadingPanel::markNotProblem(int offset) {
    m_reading.problems.remove(offset);
    m_reading.mergedWithPrevious.remove(offset);
    m_reading.notProblems.insert(offset);
    emit readingChanged();
}

void ReadingPanel::mergeWithPrevious(int offset) {
    m_reading.problems.remove(offset);
    m_reading.notProblems.remove(offset);
    m_reading.mergedWithPrevious.insert(offset);
    emit readingChanged();
}

} // namespace rectrack::ui
