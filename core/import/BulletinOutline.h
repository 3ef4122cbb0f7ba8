#pragma once
// The heading structure of a bulletin: each paragraph with its numbering marker (一、 （一）
// 1. (1) ① 反馈问题一：) and what its words suggest it is — a problem, a category of problems,
// a group by status, a measure, a label (整改措施：) — so the parser can choose which level
// holds the problems instead of assuming one layout.

#include <QList>
#include <QString>

namespace rectrack {

// Numbering levels in the order official documents nest them (GB/T 9704: 一、 （一） 1. （1）).
enum class HeadingLevel { None = -1, Section = 0, Paren = 1, Feedback = 2, Number = 3, ParenNumber = 4, Circled = 5 };

inline int depthOf(HeadingLevel level) {
    return static_cast<int>(level);
}

QString headingLevelName(HeadingLevel level); // "一、", "（一）", "反馈问题一：", "1.", "（1）", "①"
HeadingLevel headingLevelOfName(const QString& name);

struct OutlineLine {
    HeadingLevel level = HeadingLevel::None;
    QString number; // as written, without its brackets: 一, 3
    QString text;   // after the marker
    int offset = 0; // of the paragraph in the cleaned text
    bool looksLikeProblem = false;  // 关于“…”问题的整改, …不到位, 反馈问题一：
    bool namesProblem = false;      // says outright it is a problem: 关于“…”, 反馈问题, 问题N：
    bool looksLikeCategory = false; // …方面, 在…方面
    bool looksLikeMeasure = false;  // starts with a verb of doing: 建立, 制定, 开展 …
    bool isStatusGroup = false;     // 已整改完成的问题, 正在推进整改的问题, 意见建议
    bool isShort = false;           // a heading's length (a title, not a paragraph of prose)
};

// The marker and words of one paragraph.
OutlineLine outlineLine(const QString& paragraph, int offset);

// "整改措施：…" → the label and what follows; empty label when the paragraph has none.
struct LabelledText {
    QString label;
    QString text;
};
LabelledText labelOf(const QString& paragraph);
// The label's kind under one name: 整改措施, 整改时限, 存在的困难, 问题表现, 责任 or 整改成效
// (outcomes and progress).
QString canonicalLabel(const QString& label);

} // namespace rectrack
