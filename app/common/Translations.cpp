#include "Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

namespace rectrack::app {

QString installTranslations(const QString& language) {
    const QString lang = language == u"en" ? QStringLiteral("en") : QStringLiteral("zh_CN");
    if (lang == u"en") {
        auto* ours = new QTranslator(QCoreApplication::instance());
        if (ours->load(QStringLiteral(":/i18n/rectrack_en.qm")))
            QCoreApplication::installTranslator(ours);
    } else {
        auto* qt = new QTranslator(QCoreApplication::instance());
        if (qt->load(QStringLiteral("qtbase_zh_CN"), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
            QCoreApplication::installTranslator(qt);
    }
    return lang;
}

} // namespace rectrack::app
