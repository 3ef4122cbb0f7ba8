#pragma once
// 单位与人员: the hierarchy of responsible units and the people who answer for things.

#include "domain/Entities.h"

#include <QDialog>

class QTreeWidget;

namespace rectrack::ui {

class Editor;

class UnitsDialog : public QDialog {
    Q_OBJECT
public:
    UnitsDialog(Editor& editor, QWidget* parent = nullptr);

private:
    void reload();
    void addUnit(bool asChild);
    void renameUnit();
    void removeUnit();
    void addPerson();
    void editPerson();
    void removePerson();
    bool editPersonFields(rectrack::Person& person);

    Editor& m_editor;
    QTreeWidget* m_units;
    QTreeWidget* m_persons;
};

} // namespace rectrack::ui
