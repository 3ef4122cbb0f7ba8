#pragma once

#include <QString>

namespace rectrack::app {

// Installs the translation for `language` ("zh_CN" — the source language — or "en") on the
// running application, with Qt's own strings for standard dialogs. Returns the language used.
QString installTranslations(const QString& language);

} // namespace rectrack::app
