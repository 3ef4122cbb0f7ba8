#pragma once
// Base of the detail forms: tracks whether the user changed anything since the record was
// loaded, and offers Save / Revert. The window saves a dirty form before the selection moves,
// so nothing typed is lost.

#include <QWidget>

class QAbstractButton;
class QComboBox;
class QDateEdit;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QListWidget;

namespace rectrack::ui {

class RecordForm : public QWidget {
    Q_OBJECT
public:
    using QWidget::QWidget;

    bool isDirty() const { return m_dirty; }
    // Applies pending changes; true when there were none or they were stored.
    bool save();
    void revert() { reload(); }

signals:
    void dirtyChanged(bool dirty);

protected:
    virtual bool apply() = 0;  // write the form through the Editor
    virtual void reload() = 0; // re-read the record (must call loaded())

    void watch(QLineEdit* edit);
    void watch(QPlainTextEdit* edit);
    void watch(QComboBox* combo);
    void watch(QDateEdit* edit);
    void watch(QSpinBox* spin);
    void watch(QListWidget* list);
    void markDirty();
    // Call around filling the fields so that filling does not count as editing.
    void beginLoading() { m_loading = true; }
    void loaded();
    // A row with Save and Revert buttons named <prefix>SaveButton / <prefix>RevertButton.
    QWidget* makeButtonRow(const QString& prefix);

private:
    bool m_dirty = false;
    bool m_loading = false;
    bool m_saving = false;
    QPushButton* m_saveButton = nullptr;
    QPushButton* m_revertButton = nullptr;
};

} // namespace rectrack::ui
