#include "monitor/translations.h"

#include "monitor/logging.h"

#include <syncscope/platform/translations.h>

namespace syncscope::monitor {

QLocale monitorLocale(const QString &language)
{
    return language.isEmpty() ? QLocale::system() : QLocale(language);
}

bool installTranslations(const QString &language)
{
    const QLocale locale = monitorLocale(language);
    QLocale::setDefault(locale);
    // One catalogue per library the monitor is made of; "widgets" is absent (and skipped) in
    // programs that link only the widget-free libraries.
    const QStringList catalogues{QStringLiteral("platform"), QStringLiteral("protocol"),
                                 QStringLiteral("core"),     QStringLiteral("server"),
                                 QStringLiteral("monitor"),  QStringLiteral("widgets")};
    if (platform::installTranslations(locale, catalogues))
        return true;
    qCInfo(lcMonitor) << "no translation for" << locale.name() << "- using English";
    return false;
}

} // namespace syncscope::monitor
