#include <syncscope/platform/translations.h>

#include <QCoreApplication>

namespace syncscope::platform {

// QCommandLineParser's own texts, in its context, so that our catalogue translates them: Qt's
// qtbase_*.qm has them for German, but French and Spanish lack "Displays help on commandline
// options." and the --help-all line, and without qt6-translations-l10n every language lacks
// all of them. Our catalogues are installed after Qt's and so are asked first.
QStringList qtCommandLineStrings()
{
    static const char *const strings[] = {
        QT_TRANSLATE_NOOP("QCommandLineParser", "Usage: %1"),
        QT_TRANSLATE_NOOP("QCommandLineParser", "[options]"),
        QT_TRANSLATE_NOOP("QCommandLineParser", "Options:"),
        QT_TRANSLATE_NOOP("QCommandLineParser", "Arguments:"),
        QT_TRANSLATE_NOOP("QCommandLineParser", "Displays help on commandline options."),
        QT_TRANSLATE_NOOP("QCommandLineParser", "Displays help including Qt specific options."),
        QT_TRANSLATE_NOOP("QCommandLineParser", "Displays this help."),
        QT_TRANSLATE_NOOP("QCommandLineParser", "Displays version information."),
        QT_TRANSLATE_NOOP("QCommandLineParser", "Unknown option '%1'."),
        QT_TRANSLATE_NOOP("QCommandLineParser", "Unknown options: %1."),
        QT_TRANSLATE_NOOP("QCommandLineParser", "Missing value after '%1'."),
        QT_TRANSLATE_NOOP("QCommandLineParser", "Unexpected value after '%1'."),
    };
    QStringList translated;
    for (const char *source : strings)
        translated << QCoreApplication::translate("QCommandLineParser", source);
    return translated;
}

} // namespace syncscope::platform
