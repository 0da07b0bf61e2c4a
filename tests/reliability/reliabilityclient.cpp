// A client process that the reliability tests start, fault and SIGKILL. It speaks a tiny line
// protocol on standard output (the test parses it) and standard input (the test drives it):
//
//   reliability-client write --url U --token T --realm R --file F --key K --value V
//       writes once; prints "written K" once write() returned true, then idles until killed.
//   reliability-client chaos --url U --token T --realms R1,R2 --dir D --seed S
//                            --duration-ms N --client C [--other-urls U2,U3]
//       writes and removes random keys for N ms (prints "w REALM KEY SHA1" / "r REALM KEY"
//       for every write()/remove() that returned true) while pausing and resuming sessions at
//       random; then "writing-done", waits for upload ("uploaded" or "upload-failed REALM
//       WHY"); then waits for the line "download" on stdin, downloads, and dumps every realm:
//       "state REALM KEY SHA1", "session REALM STATE", then "end" and exits 0. --other-urls are
//       further nodes of the same server (SyncConfig::additionalServerUrls).
//   Any session that becomes Invalid prints "invalid REALM CODE MESSAGE".

#include "clientconfigs.h"
#include "syncwait.h"

#include <syncscope/syncscope.h>

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QSocketNotifier>
#include <QTextStream>
#include <QTimer>

#include <unistd.h>

#include <cstdio>

using namespace std::chrono_literals;
using namespace syncscope;

namespace {

void say(const QString &line)
{
    std::fputs(qPrintable(line + u'\n'), stdout);
    std::fflush(stdout);
}

// Values are compared by digest: some are tens of kilobytes.
QString digest(const QByteArray &value)
{
    return QString::fromLatin1(QCryptographicHash::hash(value, QCryptographicHash::Sha1).toHex());
}

QString stateName(SessionState state)
{
    switch (state) {
    case SessionState::Active:
        return QStringLiteral("active");
    case SessionState::Inactive:
        return QStringLiteral("inactive");
    case SessionState::Invalid:
        return QStringLiteral("invalid");
    }
    return QStringLiteral("unknown");
}

int runWrite(App &app, const QCommandLineParser &args)
{
    const auto user = app.logIn(args.value(QStringLiteral("token")));
    if (!user) {
        say(QStringLiteral("error login"));
        return 1;
    }
    SyncConfig config;
    config.serverUrl = QUrl(args.value(QStringLiteral("url")));
    config.realmPath = args.value(QStringLiteral("realm"));
    config.localPath = args.value(QStringLiteral("file"));
    const auto realm = app.openRealm(user, config);
    if (!realm) {
        say(QStringLiteral("error open ") + app.lastError());
        return 1;
    }
    const QString key = args.value(QStringLiteral("key"));
    if (!realm->write(key, args.value(QStringLiteral("value")).toUtf8())) {
        say(QStringLiteral("error write ") + realm->lastError());
        return 1;
    }
    say(QStringLiteral("written ") + key);
    return QCoreApplication::exec(); // until SIGKILL
}

class ChaosWriter final : public QObject
{
public:
    ChaosWriter(App &app, const QCommandLineParser &args)
        : m_random(args.value(QStringLiteral("seed")).toUInt())
        , m_client(args.value(QStringLiteral("client")))
        , m_duration(args.value(QStringLiteral("duration-ms")).toInt())
    {
        m_user = app.logIn(args.value(QStringLiteral("token")));
        const QDir dir(args.value(QStringLiteral("dir")));
        const QStringList paths =
            args.value(QStringLiteral("realms")).split(u',', Qt::SkipEmptyParts);
        QList<QUrl> otherNodes;
        for (const QString &url :
             args.value(QStringLiteral("other-urls")).split(u',', Qt::SkipEmptyParts))
            otherNodes.append(QUrl(url));
        for (const QString &path : paths) {
            SyncConfig config;
            config.serverUrl = QUrl(args.value(QStringLiteral("url")));
            config.additionalServerUrls = otherNodes;
            config.realmPath = path;
            config.localPath = dir.filePath(QString(path).replace(u'/', u'_') + u".realm");
            auto realm = m_user ? app.openRealm(m_user, config) : nullptr;
            if (!realm) {
                say(QStringLiteral("error open %1 %2").arg(path, app.lastError()));
                continue;
            }
            SyncSession *session = realm->syncSession();
            connect(session, &SyncSession::stateChanged, this, [session, path](SessionState s) {
                if (s == SessionState::Invalid)
                    say(QStringLiteral("invalid %1 %2 %3")
                            .arg(path)
                            .arg(session->lastError().code())
                            .arg(session->lastError().message()));
            });
            m_realms.append({path, realm});
        }
    }

    bool ok() const { return m_user && !m_realms.isEmpty(); }

    void start()
    {
        m_elapsed.start();
        step();
    }

private:
    struct OpenRealm
    {
        QString path;
        std::shared_ptr<Realm> realm;
    };

    void step()
    {
        if (m_elapsed.elapsed() >= m_duration) {
            finishWriting();
            return;
        }
        const OpenRealm &target = m_realms[m_random.bounded(int(m_realms.size()))];
        const int dice = m_random.bounded(100);
        if (dice < 4) {
            // Pausing and resuming is a fault the user injects; both must be harmless.
            SyncSession *session = target.realm->syncSession();
            if (session->isPaused())
                session->resume();
            else
                session->pause();
        } else if (dice < 12) {
            const QString key = ownKey();
            if (target.realm->remove(key))
                say(QStringLiteral("r %1 %2").arg(target.path, key));
        } else {
            const QString key = m_random.bounded(4) == 0
                                    ? QStringLiteral("shared-%1").arg(m_random.bounded(8))
                                    : ownKey();
            const QString value = QStringLiteral("%1-%2").arg(m_client).arg(++m_sequence);
            // Some values are big, so that frames are long enough to be cut in the middle.
            QByteArray bytes = value.toUtf8();
            if (m_random.bounded(10) == 0)
                bytes += QByteArray(m_random.bounded(2000, 60000), 'x');
            if (target.realm->write(key, bytes))
                say(QStringLiteral("w %1 %2 %3").arg(target.path, key, digest(bytes)));
            else
                say(QStringLiteral("write-failed %1 %2")
                        .arg(target.path, target.realm->lastError()));
        }
        QTimer::singleShot(m_random.bounded(2, 25), this, [this] { step(); });
    }

    QString ownKey() { return QStringLiteral("%1-k%2").arg(m_client).arg(m_random.bounded(24)); }

    void finishWriting()
    {
        say(QStringLiteral("writing-done"));
        for (const OpenRealm &open : std::as_const(m_realms))
            open.realm->syncSession()->resume();
        bool allUploaded = true;
        for (const OpenRealm &open : std::as_const(m_realms)) {
            const QString why = reliability::waitForFuture(
                open.realm->syncSession()->uploadAllLocalChanges(30s), 35s);
            if (!why.isEmpty()) {
                say(QStringLiteral("upload-failed %1 %2").arg(open.path, why));
                allUploaded = false;
            }
        }
        if (allUploaded)
            say(QStringLiteral("uploaded"));
        m_stdin = new QSocketNotifier(STDIN_FILENO, QSocketNotifier::Read, this);
        connect(m_stdin, &QSocketNotifier::activated, this, [this] { readCommand(); });
    }

    void readCommand()
    {
        char buffer[256];
        const ssize_t n = ::read(STDIN_FILENO, buffer, sizeof buffer);
        if (n <= 0) { // the test went away
            QCoreApplication::exit(3);
            return;
        }
        m_input.append(buffer, n);
        if (!m_input.contains("download\n"))
            return;
        m_stdin->setEnabled(false);
        for (const OpenRealm &open : std::as_const(m_realms)) {
            const QString why = reliability::waitForFuture(
                open.realm->syncSession()->downloadAllServerChanges(30s), 35s);
            if (!why.isEmpty())
                say(QStringLiteral("download-failed %1 %2").arg(open.path, why));
        }
        for (const OpenRealm &open : std::as_const(m_realms)) {
            QStringList keys = open.realm->keys();
            keys.sort();
            for (const QString &key : std::as_const(keys))
                say(QStringLiteral("state %1 %2 %3")
                        .arg(open.path, key,
                             digest(open.realm->value(key).value_or(QByteArray()))));
            say(QStringLiteral("session %1 %2")
                    .arg(open.path, stateName(open.realm->syncSession()->state())));
        }
        say(QStringLiteral("end"));
        QCoreApplication::exit(0);
    }

    QRandomGenerator m_random;
    QString m_client;
    int m_duration;
    std::shared_ptr<User> m_user;
    QList<OpenRealm> m_realms;
    QElapsedTimer m_elapsed;
    quint64 m_sequence = 0;
    QSocketNotifier *m_stdin = nullptr;
    QByteArray m_input;
};

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication application(argc, argv);
    QCommandLineParser args;
    for (const char *name : {"url", "token", "realm", "file", "key", "value", "realms", "dir",
                             "seed", "duration-ms", "client", "other-urls"})
        args.addOption(
            QCommandLineOption(QString::fromLatin1(name), QString(), QStringLiteral("v")));
    args.process(application);
    const QString mode = args.positionalArguments().value(0);

    App app(reliability::fastClientConfig());
    if (mode == QLatin1StringView("write"))
        return runWrite(app, args);
    if (mode == QLatin1StringView("chaos")) {
        ChaosWriter writer(app, args);
        if (!writer.ok())
            return 1;
        writer.start();
        return QCoreApplication::exec();
    }
    std::fputs("usage: reliability-client write|chaos ...\n", stderr);
    return 2;
}
