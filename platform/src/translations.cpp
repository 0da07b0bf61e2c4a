#include <syncscope/platform/translations.h>

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

namespace syncscope::platform {

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

bool installTranslations(const QLocale &locale, const QStringList &catalogues)
{
    installTranslator(locale, QStringLiteral("qtbase"),
                      QLibraryInfo::path(QLibraryInfo::TranslationsPath));
    if (locale.language() == QLocale::English || locale.language() == QLocale::C)
        return true;
    bool found = false;
    for (const QString &catalogue : catalogues)
        found |= installTranslator(locale, QStringLiteral("syncscope-") + catalogue,
                                   QStringLiteral(":/i18n"));
    return found;
}

} // namespace syncscope::platform
