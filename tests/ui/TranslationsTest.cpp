// The desktop program in Chinese: Qt's own words (standard buttons, the file chooser) come from
// Debian's qt6-translations-l10n, so a dialog's 取消 is not "Cancel".

#include "common/Translations.h"

#include <QCoreApplication>
#include <QTranslator>

#include <catch2/catch.hpp>

TEST_CASE("In Chinese, Qt's standard buttons are in Chinese too", "[ui][translations]") {
    const QString before = QCoreApplication::translate("QPlatformTheme", "Cancel");
    REQUIRE(rectrack::app::installTranslations(QStringLiteral("zh_CN")) == QStringLiteral("zh_CN"));
    CHECK(QCoreApplication::translate("QPlatformTheme", "Cancel") == QStringLiteral("取消"));
    CHECK(QCoreApplication::translate("QPlatformTheme", "Save") == QStringLiteral("保存"));
    // the other tests go on with the words they expect
    for (QTranslator* translator : QCoreApplication::instance()->findChildren<QTranslator*>()) {
        QCoreApplication::removeTranslator(translator);
        delete translator;
    }
    CHECK(QCoreApplication::translate("QPlatformTheme", "Cancel") == before);
}
