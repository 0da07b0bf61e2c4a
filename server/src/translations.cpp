#include <syncscope/server/translations.h>

#include "logging.h"

#include <syncscope/platform/translations.h>

namespace syncscope::server {

bool installServerTranslations(const QLocale &locale)
{
    // The catalogues of the libraries syncscope-server is made of.
    if (platform::installTranslations(
            locale,
            {QStringLiteral("platform"), QStringLiteral("protocol"), QStringLiteral("server")}))
        return true;
    qCInfo(lcServer) << "no translation for" << locale.name() << "- using English";
    return false;
}

} // namespace syncscope::server
