#pragma once

#include <QLocale>

namespace syncscope::server {

// Installs the translation catalogues syncscope-server is made of (platform, protocol, server;
// compiled into the libraries at :/i18n) and Qt's own (--help headings) for `locale`'s
// language. Returns whether the server's messages are now in that language: true for English,
// which needs no translation, false when none is shipped. The monitor loads these catalogues
// among its own.
bool installServerTranslations(const QLocale &locale = QLocale::system());

} // namespace syncscope::server
