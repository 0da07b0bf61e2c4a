#pragma once

#include <QLocale>
#include <QString>

namespace syncscope::monitor {

// Loads the monitor's translation (compiled into the binary) and Qt's own for the language:
// `language` like "de" or "fr_FR"; empty means the system locale. Returns whether a monitor
// translation was found (English needs none and returns true).
bool installTranslations(const QString &language);

// The locale installTranslations() chose; QLocale::setDefault() is set to it as well.
QLocale monitorLocale(const QString &language);

} // namespace syncscope::monitor
