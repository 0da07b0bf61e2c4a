#include <syncscope/server/translations.h>

#include "logging.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

namespace syncscope::server {

namespace {

bool installTranslator(const QLocale &locale, const QString &name, const QString &directory)
{
    auto *translator = new QTranslator(QCoreApplication::instance());
    if (translator->load(locale, name, QStringLiteral("_"), directory)) {
        QCoreApplication::installTranslator(translator);
        return true;
    }
    delete translator;
    return false;
}

} // namespace

bool installServerTranslations(const QLocale &locale)
{
    installTranslator(locale, QStringLiteral("qtbase"),
                      QLibraryInfo::path(QLibraryInfo::TranslationsPath));
    if (locale.language() == QLocale::English || locale.language() == QLocale::C)
        return true;
    if (installTranslator(locale, QStringLiteral("syncscope-server"), QStringLiteral(":/i18n")))
        return true;
    qCInfo(lcServer) << "no translation for" << locale.name() << "- using English";
    return false;
}

} // namespace syncscope::server
