#include "monitor/translations.h"

#include "monitor/logging.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

namespace syncscope::monitor {

QLocale monitorLocale(const QString &language)
{
    return language.isEmpty() ? QLocale::system() : QLocale(language);
}

bool installTranslations(const QString &language)
{
    const QLocale locale = monitorLocale(language);
    QLocale::setDefault(locale);
    auto *app = QCoreApplication::instance();

    // Qt's own strings (dialog buttons, --help headings) in the same language, when installed.
    auto *qtTranslator = new QTranslator(app);
    if (qtTranslator->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                           QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qtTranslator);
    } else {
        delete qtTranslator;
    }

    if (locale.language() == QLocale::English || locale.language() == QLocale::C)
        return true;
    auto *translator = new QTranslator(app);
    if (translator->load(locale, QStringLiteral("syncscope"), QStringLiteral("_"),
                         QStringLiteral(":/i18n"))) {
        QCoreApplication::installTranslator(translator);
        return true;
    }
    delete translator;
    qCInfo(lcMonitor) << "no translation for" << locale.name() << "- using English";
    return false;
}

} // namespace syncscope::monitor
