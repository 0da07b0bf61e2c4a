// debug-menu: a small Qt Widgets application on the Syncscope SDK whose Debug menu shows its
// own sync sessions with SessionMonitorWidget (docs/embedding.md).
//
//   syncscope-server --listen 127.0.0.1:7800 --data-dir /tmp/demo-server &
//   debug-menu --server ws://127.0.0.1:7800 \
//       --token "$(syncscope-server token --secret-file /tmp/demo-server/secret.key \
//                  --user alice --realm '/demo/*')"
#include "tasklist.h"

#include <syncscope/syncscope.h>
#include <syncscope/widgets/sessionmonitorwidget.h>

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QStandardPaths>

int main(int argc, char **argv)
{
    QApplication application(argc, argv);
    QApplication::setApplicationName(QStringLiteral("syncscope-debug-menu"));
    syncscope::SessionMonitorWidget::installTranslations(); // the widget in the user's language

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("A task list whose Debug menu shows its own sync sessions."));
    parser.addHelpOption();
    const QCommandLineOption server(QStringLiteral("server"), QStringLiteral("The sync server."),
                                    QStringLiteral("url"), QStringLiteral("ws://127.0.0.1:7800"));
    const QCommandLineOption token(QStringLiteral("token"),
                                   QStringLiteral("An access token granting /demo/*."),
                                   QStringLiteral("token"));
    const QCommandLineOption data(
        QStringLiteral("data"), QStringLiteral("Where the local files go."), QStringLiteral("dir"),
        QStandardPaths::writableLocation(QStandardPaths::AppDataLocation));
    parser.addOptions({server, token, data});
    parser.process(application);
    if (!parser.isSet(token))
        parser.showHelp(2);

    syncscope::App sdk; // the application's own SDK entry point
    const auto user = sdk.logIn(parser.value(token));
    if (!user) {
        qCritical("%s", qPrintable(sdk.lastError()));
        return 1;
    }
    QDir().mkpath(parser.value(data));
    TaskList window(&sdk, user, QUrl(parser.value(server)), parser.value(data));
    window.show();
    return application.exec();
}
