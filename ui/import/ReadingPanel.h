#pragma once
// How the import preview reads a bulletin's structure, for the user to correct when the parser
// guessed wrong: which numbering level holds the problems and which the categories, and what
// was marked by hand (a heading that is a problem, one that is not, one that belongs to the
// problem before it). What the parser doubts is said at the top in plain words. Each change
// asks for the document to be read again at once (readingChanged).

#include "import/ParsedBulletin.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;

namespace rectrack::ui {

class ReadingPanel : public QWidget {
    Q_OBJECT
public:
    explicit ReadingPanel(QWidget* parent = nullptr);

    // What the last reading found (its chosen levels, its doubts) and what the user set.
    void show(const ParsedBulletin& bulletin);
    const BulletinReading& reading() const { return m_reading; }

    // The user's marks on one heading, by its offset in the cleaned text.
    void markProblem(int offset);
    void markNotProblem(int offset);
    void mergeWithPrevious(int offset);

    QComboBox* problemLevelBox() const { return m_problemLevel; }
    QComboBox* categoryLevelBox() const { return m_categoryLevel; }

signals:
    void readingChanged();

private:
    void levelsChosen();

    BulletinReading m_reading;
    QLabel* m_doubts;
    QComboBox* m_problemLevel;
    QComboBox* m_categoryLevel;
    QLabel* m_marks;
    QPushButton* m_reset;
    bool m_filling = false;
};

} // namespace rectrack::ui
