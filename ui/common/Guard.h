#pragma once

#include <functional>

class QWidget;

namespace rectrack::ui {

// Runs work; a rectrack::Error it throws is shown to the user in a message box.
// Returns whether the work succeeded.
bool guarded(QWidget* parent, const std::function<void()>& work);

} // namespace rectrack::ui
