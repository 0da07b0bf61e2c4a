// A user of the installed Syncscope::Widgets, run offscreen: the SessionMonitorWidget shows the
// application's session (no server needed: it shows it trying to connect), and its compiled-in
// translations load from the installed static libraries.
#include <syncscope/syncscope.h>
#include <syncscope/widgets/sessionmonitorwidget.h>

#include <QAction>
#include <QApplication>
#include <QDateTime>
#include <QDeadlineTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTreeView>

#include <cstdio>

namespace {
// An unsigned token is enough for the client, which only reads its subject.
QString tokenFor(const QString &user)
{
    auto part = [](const QJsonObject &o) {
        return QJsonDocument(o)
            .toJson(QJsonDocument::Compact)
            .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    };
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    const QByteArray header = part({{QStringLiteral("alg"), QStringLiteral("HS256")},
                                    {QStringLiteral("typ"), QStringLiteral("JWT")}});
    const QByteArray payload = part({{QStringLiteral("sub"), user},
                                     {QStringLiteral("iat"), now},
                                     {QStringLiteral("exp"), now + 3600}});
    return QString::fromLatin1(header + '.' + payload + ".c2lnbmF0dXJl");
}

int rowsShown(const QWidget &widget)
{
    // The session list is the one tree (the event log is a table, the combo boxes' lists).
    const auto views = widget.findChildren<QTreeView *>();
    return views.size() == 1 && views.constFirst()->model()
               ? views.constFirst()->model()->rowCount()
               : -1;
}

bool hasActionText(const QWidget &widget, const QString &text)
{
    const auto actions = widget.findChildren<QAction *>();
    for (const QAction *action : actions) {
        if (action->text() == text)
            return true;
    }
    return false;
}
} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    if (argc < 2) {
        std::fprintf(stderr, "usage: syncscope-widgets-consumer LOCAL_FILE\n");
        return 2;
    }
    syncscope::App sdk;
    const auto user = sdk.logIn(tokenFor(QStringLiteral("consumer")));
    const auto realm =
        user ? sdk.openRealm(user, {QUrl(QStringLiteral("ws://127.0.0.1:1")),
                                    QStringLiteral("/consumer"), QString::fromLocal8Bit(argv[1])})
             : nullptr;
    if (!realm) {
        std::fprintf(stderr, "openRealm failed: %s\n", qPrintable(sdk.lastError()));
        return 1;
    }

    syncscope::SessionMonitorWidget english(&sdk);
    const QDeadlineTimer deadline(30'000);
    while (rowsShown(english) != 1 && !deadline.hasExpired())
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
    if (rowsShown(english) != 1) {
        std::fprintf(stderr, "the widget shows %d sessions, not 1\n", rowsShown(english));
        return 1;
    }
    if (!hasActionText(english, QStringLiteral("&Pause"))) {
        std::fprintf(stderr, "the widget has no Pause action\n");
        return 1;
    }
    if (!syncscope::SessionMonitorWidget::installTranslations(QLocale(QLocale::German))) {
        std::fprintf(stderr, "the installed package has no German translations\n");
        return 1;
    }
    const syncscope::SessionMonitorWidget german(&sdk);
    if (!hasActionText(german, QStringLiteral("&Pausieren"))) {
        std::fprintf(stderr, "the German translation did not load\n");
        return 1;
    }
    std::printf("widgets consumer: ok\n");
    return 0;
}
