// The processes of the inspector tests, one executable with two roles:
//
//   inspectedprocess app URL TOKEN_A TOKEN_B DIR
//     An application built on the SDK with the inspector on (SYNCSCOPE_INSPECT=1 from the
//     test) and two users, each with one session (/a and /b). It prints what its own listeners
//     see, one line each, so the test can tell that the inspector's commands reach them:
//       ready PID
//       state REALM STATE paused=0|1
//       network REALM UP DOWN LATENCY_MS OFFLINE
//       upload REALM MSECS_SINCE_EPOCH BYTES
//       resumed REALM MSECS_SINCE_EPOCH   (state back to Active after a pause)
//       ping REALM MICROSECONDS           (a PONG came back: SyncSession::lastPingRoundTrip())
//     and reads commands from stdin: "write REALM COUNT SIZE" writes COUNT values of SIZE bytes.
//
//   inspectedprocess client PID
//     An inspector client in its own process: attaches to PID, pauses /b, slows /a to
//     100 KiB/s both ways, prints "applied", then waits to be killed.

#include <syncscope/inspectorclient.h>
#include <syncscope/syncscope.h>

#include <QCoreApplication>
#include <QDateTime>
#include <QSocketNotifier>
#include <QTextStream>

#include <cstdio>
#include <unistd.h>

using namespace Qt::StringLiterals;
using namespace syncscope;

namespace {

void say(const QString &line)
{
    std::fputs(qPrintable(line + u'\n'), stdout);
    std::fflush(stdout);
}

int runApp(const QStringList &args)
{
    if (args.size() < 6)
        return 2;
    const QUrl url(args.at(2));
    auto *app = new App(ClientConfig{}, qApp);
    QHash<QString, std::shared_ptr<Realm>> realms;
    const QList<std::pair<QString, QString>> owners{{u"/a"_s, args.at(3)}, {u"/b"_s, args.at(4)}};
    for (const auto &[realmPath, token] : owners) {
        auto user = app->logIn(token);
        auto realm =
            app->openRealm(user, SyncConfig{url, realmPath, args.at(5) + realmPath + u".realm"_s});
        if (!realm) {
            say(u"error "_s + app->lastError());
            return 1;
        }
        SyncSession *session = realm->syncSession();
        QObject::connect(
            session, &SyncSession::stateChanged, qApp, [session, realmPath](SessionState state) {
                say(u"state %1 %2 paused=%3"_s.arg(realmPath)
                        .arg(state == SessionState::Active     ? u"Active"_s
                             : state == SessionState::Inactive ? u"Inactive"_s
                                                               : u"Invalid"_s)
                        .arg(session->isPaused() ? 1 : 0));
                if (state == SessionState::Active)
                    say(u"resumed %1 %2"_s.arg(realmPath).arg(QDateTime::currentMSecsSinceEpoch()));
            });
        QObject::connect(session, &SyncSession::pingRoundTripMeasured, qApp,
                         [realmPath](std::chrono::microseconds roundTrip) {
                             say(u"ping %1 %2"_s.arg(realmPath).arg(roundTrip.count()));
                         });
        QObject::connect(session, &SyncSession::networkConditionsChanged, qApp,
                         [realmPath](const NetworkConditions &c) {
                             say(u"network %1 %2 %3 %4 %5"_s.arg(realmPath)
                                     .arg(c.uploadBytesPerSecond)
                                     .arg(c.downloadBytesPerSecond)
                                     .arg(c.addedLatency.count())
                                     .arg(c.offline ? 1 : 0));
                         });
        session->addProgressNotification(ProgressDirection::Upload,
                                         ProgressMode::ReportIndefinitely,
                                         [realmPath](quint64 transferred, quint64) {
                                             say(u"upload %1 %2 %3"_s.arg(realmPath)
                                                     .arg(QDateTime::currentMSecsSinceEpoch())
                                                     .arg(transferred));
                                         });
        realms.insert(realmPath, realm);
    }
    if (!app->isInspectorEnabled()) {
        say(u"error the inspector is off"_s);
        return 1;
    }
    auto *input = new QSocketNotifier(STDIN_FILENO, QSocketNotifier::Read, qApp);
    QObject::connect(input, &QSocketNotifier::activated, qApp, [realms, input] {
        char buffer[256];
        if (!std::fgets(buffer, sizeof buffer, stdin)) {
            input->setEnabled(false);
            QCoreApplication::quit(); // the test went away
            return;
        }
        const QStringList words = QString::fromUtf8(buffer).simplified().split(u' ');
        if (words.size() == 4 && words.at(0) == u"write"_s && realms.contains(words.at(1))) {
            const QByteArray value(words.at(3).toInt(), 'v');
            for (int i = 0; i < words.at(2).toInt(); ++i)
                realms.value(words.at(1))->write(u"key%1"_s.arg(i), value);
            say(u"written"_s);
        }
    });
    say(u"ready %1"_s.arg(QCoreApplication::applicationPid()));
    const int code = QCoreApplication::exec();
    realms.clear();
    delete app;
    return code;
}

int runClient(const QStringList &args)
{
    if (args.size() < 3)
        return 2;
    auto *client = new InspectorClient(qApp);
    QObject::connect(client, &InspectorClient::errorOccurred, qApp, [](const QString &error) {
        say(u"error "_s + error);
        QCoreApplication::exit(1);
    });
    QObject::connect(client, &InspectorClient::attached, qApp, [client] {
        int outstanding = 0;
        for (const InspectedSession &session : client->sessions()) {
            if (session.realmPath == u"/b"_s) {
                client->pause(session.id);
                ++outstanding;
            } else if (session.realmPath == u"/a"_s) {
                NetworkConditions slow;
                slow.uploadBytesPerSecond = 100 * 1024;
                slow.downloadBytesPerSecond = 100 * 1024;
                client->setNetworkConditions(session.id, slow);
                ++outstanding;
            }
        }
        auto remaining = std::make_shared<int>(outstanding);
        QObject::connect(client, &InspectorClient::commandFinished, qApp,
                         [remaining](int, bool ok, const QString &error) {
                             if (!ok)
                                 say(u"error "_s + error);
                             if (--*remaining == 0)
                                 say(u"applied"_s);
                         });
    });
    if (!client->attach(args.at(2).toLongLong())) {
        say(u"error "_s + client->errorString());
        return 1;
    }
    return QCoreApplication::exec();
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication application(argc, argv);
    QCoreApplication::setApplicationName(u"inspectedprocess"_s);
    const QStringList args = QCoreApplication::arguments();
    if (args.value(1) == u"app"_s)
        return runApp(args);
    if (args.value(1) == u"client"_s)
        return runClient(args);
    return 2;
}
