#pragma once

#include <QLocale>
#include <QString>

namespace syncscope::monitor {

// Loads the translation catalogues of every library the monitor is made of (compiled into the
// binary) and Qt's own for the language: `language` like "de" or "fr_FR"; empty means the
// system locale. Returns whether a translation was found (English needs none and returns true).
bool installTranslations(const QString &language);

// The locale installTranslations() chose; QLocale::setDefault() is set to it as well.
QLocale monitorLocale(const QString &language);

} // namespace syncscope::monitor
