#pragma once

#include <QLocale>
#include <QStringList>

namespace syncscope::platform {

// Installs, for `locale`'s language, Qt's own translation (dialog buttons, --help headings)
// and each named Syncscope catalogue that is compiled into this program
// (":/i18n/syncscope-<name>_<lang>.qm"; one catalogue per library, see
// cmake/SyncscopeTranslations.cmake). A catalogue of a library the program does not link is
// skipped. Returns true for English, which needs no translation, and otherwise whether at
// least one catalogue was found.
bool installTranslations(const QLocale &locale, const QStringList &catalogues);

// QCommandLineParser's texts (usage, headings, the -h/-v lines, its errors) in the current
// language. The platform catalogue carries them, so both executables' --help is translated
// even where Qt's own catalogue lacks a line.
QStringList qtCommandLineStrings();

} // namespace syncscope::platform
