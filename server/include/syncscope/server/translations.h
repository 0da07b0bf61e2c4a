#pragma once

#include <QLocale>

namespace syncscope::server {

// Installs syncscope-server's translation (compiled into this library, :/i18n) and Qt's own
// (--help headings) for `locale`'s language. Returns whether the server's messages are now in
// that language: true for English, which needs no translation, false when none is shipped.
// The monitor does not call this: its own translation carries the server's messages too.
bool installServerTranslations(const QLocale &locale = QLocale::system());

} // namespace syncscope::server
