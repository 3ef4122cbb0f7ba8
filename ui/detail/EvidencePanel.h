#pragma once

#include "domain/Entities.h"

#include <QWidget>

class QDragEnterEvent;
class QDropEvent;
class QPushButton;
class QTreeWidget;

namespace rectrack::ui {

class Editor;

// 佐证材料: files attached to the finding, stored inside the database.
class EvidencePanel : public QWidget {
    Q_OBJECT
public:
    EvidencePanel(Editor& editor, QWidget* parent = nullptr);
    void setFinding(std::optional<Id> findingId, OptionalId measureId = std::nullopt);
    // Attaches files from disk (used by the dialog and by tests).
    void attachFiles(const QStringList& paths);

protected:
    // Files dropped from the desktop or a file manager are attached like chosen ones.
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    void reload();
    void exportSelected();
    void openSelected();
    void removeSelected();
    std::optional<Id> selectedEvidence() const;

    Editor& m_editor;
    std::optional<Id> m_findingId;
    OptionalId m_measureId;
    QTreeWidget* m_list;
};

} // namespace rectrack::ui
