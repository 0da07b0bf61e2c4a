// The SDK's inspector (docs/inspector.md). In-process: off by default costs nothing, the files
// are the user's only, another user cannot connect. With real processes (a syncscope-server,
// an application process with two users and the inspector on, and an inspector client process):
// commands reach the application's own listeners, a network limit shows in its upload rate,
// a SIGKILLed client's pause and limit are undone, and bad messages are refused with a clear
// error while the application goes on.

#include <syncscope/inspectorclient.h>
#include <syncscope/syncscope.h>
#include <syncscope/testsupport/serverprocess.h>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocalServer>
#include <QLocalSocket>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QtEndian>

#include <cstring>
#include <optional>

#include <csignal>
#include <fcntl.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <sys/wait.h>
#include <unistd.h>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;
using namespace syncscope;

namespace {

QByteArray frame(const QByteArray &body)
{
    QByteArray bytes(4, Qt::Uninitialized);
    qToBigEndian(quint32(body.size()), bytes.data());
    return bytes + body;
}

QByteArray frame(const QJsonObject &object)
{
    return frame(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

// A raw client of the wire format, for messages InspectorClient would never send.
class RawInspectorSocket
{
public:
    bool connectTo(const QString &path)
    {
        m_socket.connectToServer(path);
        return m_socket.waitForConnected(10'000);
    }
    void write(const QByteArray &bytes)
    {
        m_socket.write(bytes);
        m_socket.flush();
    }
    // The next message from the app, or nullopt if none came within the time.
    std::optional<QJsonObject> next(int timeoutMs = 10'000)
    {
        QDeadlineTimer deadline(timeoutMs);
        while (!deadline.hasExpired()) {
            if (m_buffer.size() >= 4) {
                const quint32 length = qFromBigEndian<quint32>(m_buffer.constData());
                if (m_buffer.size() >= 4 + qsizetype(length)) {
                    const QByteArray body = m_buffer.mid(4, length);
                    m_buffer.remove(0, 4 + length);
                    return QJsonDocument::fromJson(body).object();
                }
            }
            if (m_socket.state() != QLocalSocket::ConnectedState && !m_socket.bytesAvailable())
                return std::nullopt;
            m_socket.waitForReadyRead(50);
            m_buffer.append(m_socket.readAll());
        }
        return std::nullopt;
    }
    // The next message of the given type (deltas in between are skipped).
    std::optional<QJsonObject> nextOfType(const QString &type)
    {
        while (auto message = next()) {
            if (message->value(u"type"_s).toString() == type)
                return message;
        }
        return std::nullopt;
    }
    bool waitClosed()
    {
        QDeadlineTimer deadline(10'000);
        while (m_socket.state() != QLocalSocket::UnconnectedState && !deadline.hasExpired()) {
            m_socket.waitForDisconnected(50);
            m_buffer.append(m_socket.readAll());
        }
        return m_socket.state() == QLocalSocket::UnconnectedState;
    }

private:
    QLocalSocket m_socket;
    QByteArray m_buffer;
};

QString readSecret(qint64 pid)
{
    QFile file(QStandardPaths::writableLocation(QStandardPaths::RuntimeLocation) +
               u"/syncscope-inspector/%1.secret"_s.arg(pid));
    return file.open(QIODevice::ReadOnly) ? QString::fromLatin1(file.readAll()) : QString();
}

} // namespace

class InspectorTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_runtime; // the tests' own $XDG_RUNTIME_DIR (0700)
    QTemporaryDir m_data;
    testsupport::ServerProcess m_server;
    QProcess m_app;
    QStringList m_appLines;
    QByteArray m_appStderr;
    qint64 m_appPid = 0;

    qsizetype lineCount() const { return m_appLines.size(); }
    // Waits for a line of the app from index `from` on that starts with `prefix`.
    std::optional<QString> waitForLine(const QString &prefix, qsizetype from = 0,
                                       int timeoutMs = 30'000)
    {
        QDeadlineTimer deadline(timeoutMs);
        for (;;) {
            for (qsizetype i = from; i < m_appLines.size(); ++i) {
                if (m_appLines.at(i).startsWith(prefix))
                    return m_appLines.at(i);
            }
            if (deadline.hasExpired() || m_app.state() == QProcess::NotRunning)
                return std::nullopt;
            QTest::qWait(20);
        }
    }
    int sessionId(InspectorClient &client, const QString &realmPath)
    {
        for (const InspectedSession &session : client.sessions()) {
            if (session.realmPath == realmPath)
                return session.id;
        }
        return 0;
    }
    bool attach(InspectorClient &client)
    {
        QSignalSpy attached(&client, &InspectorClient::attached);
        return client.attach(m_appPid) && attached.wait(20'000);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_runtime.isValid() && m_data.isValid());
        qputenv("XDG_RUNTIME_DIR", m_runtime.path().toLocal8Bit());
        qunsetenv("SYNCSCOPE_INSPECT");
        QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));

        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(u"SYNCSCOPE_INSPECT"_s, u"1"_s);
        environment.insert(u"XDG_RUNTIME_DIR"_s, m_runtime.path());
        m_app.setProcessEnvironment(environment);
        connect(&m_app, &QProcess::readyReadStandardOutput, this, [this] {
            while (m_app.canReadLine())
                m_appLines.append(QString::fromUtf8(m_app.readLine()).trimmed());
        });
        connect(&m_app, &QProcess::readyReadStandardError, this,
                [this] { m_appStderr.append(m_app.readAllStandardError()); });
        m_app.start(QStringLiteral(INSPECTED_PROCESS_BIN),
                    {u"app"_s, m_server.url().toString(), m_server.mintToken(u"alice"_s, {u"/a"_s}),
                     m_server.mintToken(u"bob"_s, {u"/b"_s}), m_data.path()});
        const auto ready = waitForLine(u"ready "_s);
        QVERIFY2(ready, qPrintable(QString::fromLocal8Bit(m_appStderr) + m_appLines.join(u'\n')));
        m_appPid = ready->section(u' ', 1).toLongLong();
        QCOMPARE(m_appPid, m_app.processId());
    }

    void cleanupTestCase()
    {
        if (m_app.state() == QProcess::Running) {
            m_app.closeWriteChannel(); // the app quits when its stdin ends
            if (!m_app.waitForFinished(20'000))
                m_app.kill();
        }
    }

    void offByDefaultCostsNothing()
    {
        App app;
        const QList<QObject *> before = app.findChildren<QObject *>();
        QVERIFY(!app.isInspectorEnabled());
        QVERIFY(app.inspectorSocketPath().isEmpty());
        QVERIFY(app.findChildren<QLocalServer *>().isEmpty());
        QVERIFY(app.findChildren<QTimer *>().isEmpty());
        QVERIFY(!QFileInfo::exists(m_runtime.filePath(
            u"syncscope-inspector/%1.sock"_s.arg(QCoreApplication::applicationPid()))));

        QVERIFY(app.setInspectorEnabled(true));
        QCOMPARE(app.findChildren<QLocalServer *>().size(), 1);
        const QString socketPath = app.inspectorSocketPath();
        QVERIFY(socketPath.startsWith(m_runtime.path()));
        QVERIFY(QFileInfo::exists(socketPath));
        bool listed = false;
        for (const InspectedProcess &process : InspectorClient::discover())
            listed = listed || process.pid == QCoreApplication::applicationPid();
        QVERIFY(listed);

        app.setInspectorEnabled(false);
        QCOMPARE(app.findChildren<QObject *>(), before);
        QVERIFY(!QFileInfo::exists(socketPath));
        QVERIFY(!QFileInfo::exists(QString(socketPath).replace(u".sock"_s, u".secret"_s)));
    }

    void turnedOnByConfigOrEnvironment()
    {
        ClientConfig config;
        config.inspectorEnabled = true;
        {
            App app(config);
            QVERIFY(app.isInspectorEnabled());
        }
        qputenv("SYNCSCOPE_INSPECT", "1");
        {
            App app;
            QVERIFY(app.isInspectorEnabled());
        }
        qunsetenv("SYNCSCOPE_INSPECT");
        App app;
        QVERIFY(!app.isInspectorEnabled());
    }

    // Without $XDG_RUNTIME_DIR the socket goes to a private folder in the temporary directory
    // (Qt's runtime-USER folder there, created 0700 and checked to be the user's own).
    void withoutARuntimeDirectoryAPrivateTemporaryFolder()
    {
        QTemporaryDir temporary;
        QVERIFY(temporary.isValid());
        const QByteArray runtime = qgetenv("XDG_RUNTIME_DIR");
        const QByteArray tmpdir = qgetenv("TMPDIR");
        qunsetenv("XDG_RUNTIME_DIR");
        qputenv("TMPDIR", temporary.path().toLocal8Bit());
        const auto restore = qScopeGuard([&] {
            qputenv("XDG_RUNTIME_DIR", runtime);
            if (tmpdir.isNull())
                qunsetenv("TMPDIR");
            else
                qputenv("TMPDIR", tmpdir);
        });
        App app;
        QVERIFY(app.setInspectorEnabled(true));
        const QString socketPath = app.inspectorSocketPath();
        QVERIFY2(socketPath.startsWith(temporary.path() + u'/'), qPrintable(socketPath));
        const QFileInfo socket(socketPath);
        QCOMPARE(socket.fileName(), u"%1.sock"_s.arg(QCoreApplication::applicationPid()));
        for (QString folder = socket.absolutePath(); folder != temporary.path();
             folder = QFileInfo(folder).absolutePath()) {
            struct stat info
            {};
            QCOMPARE(::stat(QFile::encodeName(folder).constData(), &info), 0);
            QVERIFY2((info.st_mode & 0777) == 0700, qPrintable(folder));
            QCOMPARE(info.st_uid, ::getuid());
        }
        InspectorClient client;
        QSignalSpy attached(&client, &InspectorClient::attached);
        QVERIFY2(client.attach(QCoreApplication::applicationPid()),
                 qPrintable(client.errorString()));
        QVERIFY(attached.wait(20'000));
    }

    // The event history the app keeps for a client that attaches later is bounded: the oldest
    // events go, the newest stay.
    void theHistoryIsBounded()
    {
        QTemporaryDir files;
        App app;
        auto user = app.logIn(m_server.mintToken(u"historian"_s, {u"/*"_s}));
        auto realm = app.openRealm(
            user, SyncConfig{QUrl(u"ws://127.0.0.1:1"_s), u"/h"_s, files.filePath(u"h"_s)});
        QVERIFY(realm);
        QVERIFY(app.setInspectorEnabled(true));
        for (int i = 0; i < 1500; ++i) { // 3,000 state events, and connection events
            realm->syncSession()->pause();
            realm->syncSession()->resume();
        }
        InspectorClient client;
        QSignalSpy attached(&client, &InspectorClient::attached);
        QVERIFY(client.attach(QCoreApplication::applicationPid()));
        QVERIFY(attached.wait(20'000));
        const QList<InspectorEvent> events = client.events();
        QCOMPARE(events.size(), 2000);
        for (const InspectorEvent &event : events)
            QVERIFY(event.kind != u"added"_s); // the oldest, long gone
        const auto lastState = std::find_if(events.crbegin(), events.crend(),
                                            [](const auto &e) { return e.kind == u"state"_s; });
        QVERIFY(lastState != events.crend());
        QVERIFY2(lastState->detail.contains(u"Active"_s), qPrintable(lastState->detail));
    }

    // An app with many sessions sends its snapshot in chunks of at most 100 sessions, the rest
    // with the next deltas; InspectorClient reports attached() once it has all of them.
    void aBigSnapshotComesInChunks()
    {
        QTemporaryDir files;
        App app;
        const QString token = m_server.mintToken(u"chunked"_s, {u"/*"_s});
        auto user = app.logIn(token);
        std::vector<std::shared_ptr<Realm>> realms;
        const QUrl nowhere(u"ws://127.0.0.1:1"_s); // the sessions need no server for this
        for (int i = 0; i < 250; ++i) {
            realms.push_back(app.openRealm(
                user, SyncConfig{nowhere, u"/c%1"_s.arg(i), files.filePath(u"c%1"_s.arg(i))}));
            QVERIFY(realms.back());
        }
        QVERIFY(app.setInspectorEnabled(true));

        RawInspectorSocket raw;
        QVERIFY(raw.connectTo(app.inspectorSocketPath()));
        raw.write(
            frame(QJsonObject{{u"type"_s, u"hello"_s},
                              {u"secret"_s, readSecret(QCoreApplication::applicationPid())}}));
        QSet<int> received;
        bool complete = false;
        while (!complete) {
            // The raw socket blocks; the app (this thread) must run meanwhile.
            QTest::qWait(10);
            const auto message = raw.next(50);
            if (!message)
                continue;
            // The config goes out without the token (the user holds it, not the session).
            QVERIFY(!QJsonDocument(*message).toJson().contains(token.toUtf8()));
            QVERIFY(!QJsonDocument(*message).toJson().contains(token.section(u'.', 2).toUtf8()));
            const QJsonArray sessions = message->value(u"sessions"_s).toArray();
            QVERIFY2(sessions.size() <= 100, qPrintable(QString::number(sessions.size())));
            for (const QJsonValue &session : sessions)
                received.insert(session[u"id"_s].toInt());
            complete = message->value(u"complete"_s).toBool();
            if (message->value(u"type"_s).toString() == u"snapshot"_s)
                QVERIFY(!complete); // 250 do not fit in one message
        }
        QCOMPARE(received.size(), 250);

        InspectorClient client;
        QSignalSpy attached(&client, &InspectorClient::attached);
        client.attachToSocket(app.inspectorSocketPath(),
                              readSecret(QCoreApplication::applicationPid()).toLatin1());
        QVERIFY(attached.wait(20'000));
        QCOMPARE(client.sessions().size(), 250);
        QVERIFY(client.isAttached());
    }

    void filesAreTheUsersOnly()
    {
        const QString folder = m_runtime.filePath(u"syncscope-inspector"_s);
        const QString base = folder + u'/' + QString::number(m_appPid);
        struct stat info
        {};
        QCOMPARE(::stat(QFile::encodeName(folder).constData(), &info), 0);
        QCOMPARE(info.st_mode & 0777, 0700u);
        QCOMPARE(::stat(QFile::encodeName(base + u".secret"_s).constData(), &info), 0);
        QCOMPARE(info.st_mode & 0777, 0600u);
        QCOMPARE(::stat(QFile::encodeName(base + u".sock"_s).constData(), &info), 0);
        QVERIFY(S_ISSOCK(info.st_mode));
        QCOMPARE(info.st_mode & 0077, 0u); // no group or other access
        QCOMPARE(info.st_uid, ::getuid());
    }

    // Another user (uid 65534) tries the socket and the secret file. The folders are opened
    // for traversal meanwhile, so that the socket's and the secret's own permissions are what
    // is tested, not only the private folder around them.
    void anotherUserCannotConnect()
    {
        if (::geteuid() != 0)
            QSKIP("needs root to run a child process as another user (filesAreTheUsersOnly "
                  "checks the permissions instead)");
        const QString folder = m_runtime.filePath(u"syncscope-inspector"_s);
        const QByteArray socketPath = QFile::encodeName(folder + u"/%1.sock"_s.arg(m_appPid));
        const QByteArray secretPath = QFile::encodeName(folder + u"/%1.secret"_s.arg(m_appPid));
        QVERIFY(socketPath.size() < qsizetype(sizeof(sockaddr_un::sun_path)));
        const QByteArray runtime = QFile::encodeName(m_runtime.path());
        QCOMPARE(::chmod(runtime.constData(), 0711), 0);
        QCOMPARE(::chmod(QFile::encodeName(folder).constData(), 0711), 0);
        const pid_t child = ::fork();
        if (child == 0) {
            // Only async-signal-safe calls from here: no Qt in the child.
            if (::setgid(65534) != 0 || ::setuid(65534) != 0 || ::getuid() != 65534)
                ::_exit(99);
            int result = 0;
            const int fd = ::socket(AF_UNIX, SOCK_STREAM, 0);
            sockaddr_un address{};
            address.sun_family = AF_UNIX;
            std::memcpy(address.sun_path, socketPath.constData(), socketPath.size());
            if (::connect(fd, reinterpret_cast<sockaddr *>(&address), sizeof address) == 0)
                result |= 1;
            if (::open(secretPath.constData(), O_RDONLY) >= 0)
                result |= 2;
            ::_exit(result);
        }
        int status = 0;
        QCOMPARE(::waitpid(child, &status, 0), child);
        ::chmod(QFile::encodeName(folder).constData(), 0700);
        ::chmod(runtime.constData(), 0700);
        QVERIFY(WIFEXITED(status));
        QCOMPARE(WEXITSTATUS(status), 0); // neither the socket nor the secret opened
        // The same calls as this user succeed: the test can fail.
        RawInspectorSocket own;
        QVERIFY(own.connectTo(QString::fromLocal8Bit(socketPath)));
    }

    void snapshotHasTheProcessItsUsersAndSessions()
    {
        InspectorClient client;
        QVERIFY(attach(client));
        QCOMPARE(client.process().pid, m_appPid);
        QCOMPARE(client.process().name, u"inspectedprocess"_s);
        QCOMPARE(QFileInfo(client.process().executable).canonicalFilePath(),
                 QFileInfo(QStringLiteral(INSPECTED_PROCESS_BIN)).canonicalFilePath());
        QCOMPARE(client.process().sdkVersion, QStringLiteral(SYNCSCOPE_VERSION));
        QCOMPARE(client.users().size(), 2);
        QTRY_COMPARE_WITH_TIMEOUT(client.sessions().size(), 2, 10'000);
        const int a = sessionId(client, u"/a"_s);
        QVERIFY(a != 0);
        QTRY_COMPARE_WITH_TIMEOUT(client.session(a).connectionState, ConnectionState::Connected,
                                  20'000);
        QCOMPARE(client.session(a).userId, u"alice"_s);
        QCOMPARE(client.session(a).serverUrl, m_server.url());
        QCOMPARE(client.session(a).currentServerUrl, m_server.url()); // the node in use
        QVERIFY(client.session(a).additionalServerUrls.isEmpty());
        bool added = false;
        for (const InspectorEvent &event : client.events())
            added = added || (event.kind == u"added"_s && event.sessionId == a);
        QVERIFY(added); // history from before the attach
        // The listing's session count follows within one delta interval (250 ms).
        const auto listedSessions = [this] {
            for (const InspectedProcess &process : InspectorClient::discover()) {
                if (process.pid == m_appPid)
                    return process.sessionCount;
            }
            return -1;
        };
        QTRY_COMPARE_WITH_TIMEOUT(listedSessions(), 2, 10'000);
    }

    void pauseFromTheClientReachesTheAppsListeners()
    {
        InspectorClient client;
        QVERIFY(attach(client));
        const int a = sessionId(client, u"/a"_s);
        QSignalSpy finished(&client, &InspectorClient::commandFinished);
        qsizetype from = lineCount();
        const int request = client.pause(a);
        QVERIFY(waitForLine(u"state /a Inactive paused=1"_s, from));
        QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty(), 10'000);
        QCOMPARE(finished.first().at(0).toInt(), request);
        QVERIFY(finished.first().at(1).toBool());
        QTRY_VERIFY_WITH_TIMEOUT(client.session(a).paused, 10'000);
        QCOMPARE(client.session(a).state, SessionState::Inactive);

        from = lineCount();
        client.resume(a);
        QVERIFY(waitForLine(u"state /a Active paused=0"_s, from));
        QTRY_VERIFY_WITH_TIMEOUT(!client.session(a).paused, 10'000);

        // Timed pause: the app resumes the session by itself.
        from = lineCount();
        client.pauseFor(a, 1s);
        QVERIFY(waitForLine(u"state /a Inactive paused=1"_s, from));
        QVERIFY(waitForLine(u"state /a Active paused=0"_s, from));
        QTRY_VERIFY_WITH_TIMEOUT(client.session(a).connectionState == ConnectionState::Connected,
                                 20'000);
    }

    // Reconnect goes through SyncSession::reconnect() in the app.
    void reconnectFromTheClientReachesTheAppsSession()
    {
        InspectorClient client;
        QVERIFY(attach(client));
        const int a = sessionId(client, u"/a"_s);
        QTRY_VERIFY_WITH_TIMEOUT(client.session(a).connectionState == ConnectionState::Connected,
                                 20'000);
        const qsizetype from = lineCount();
        QSignalSpy finished(&client, &InspectorClient::commandFinished);
        const int request = client.reconnect(a);
        // SyncSession::reconnect() on a connected session is Realm's urgent ping: the app's
        // own listener sees a PONG long before the next keep-alive one (every 60 s).
        const auto ping = waitForLine(u"ping /a "_s, from, 20'000);
        QVERIFY(ping);
        // The round trip the app measured reaches the client as it is.
        const std::chrono::microseconds roundTrip(ping->section(u' ', 2).toLongLong());
        QTRY_COMPARE_WITH_TIMEOUT(client.session(a).pingRoundTrip.value_or(-1us), roundTrip,
                                  10'000);
        QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty(), 10'000);
        QCOMPARE(finished.first().at(0).toInt(), request);
        QVERIFY(finished.first().at(1).toBool());
        QTRY_VERIFY_WITH_TIMEOUT(client.session(a).connectionState == ConnectionState::Connected,
                                 20'000);
        const auto logged = [&] {
            for (const InspectorEvent &event : client.events()) {
                if (event.kind == u"command"_s && event.sessionId == a &&
                    event.detail.contains(u"reconnect"_s))
                    return true;
            }
            return false;
        };
        QTRY_VERIFY_WITH_TIMEOUT(logged(), 10'000); // in the app's history, with the next delta
    }

    void networkLimitShowsInTheAppsUploadRate()
    {
        InspectorClient client;
        QVERIFY(attach(client));
        const int a = sessionId(client, u"/a"_s);
        QTRY_VERIFY_WITH_TIMEOUT(client.session(a).connectionState == ConnectionState::Connected,
                                 20'000);
        NetworkConditions slow;
        slow.uploadBytesPerSecond = 100 * 1024;
        qsizetype from = lineCount();
        client.setNetworkConditions(a, slow);
        QVERIFY(waitForLine(u"network /a 102400 0 0 0"_s, from));
        QTRY_COMPARE_WITH_TIMEOUT(client.session(a).networkConditions, slow, 10'000);

        from = lineCount();
        m_app.write("write /a 48 16384\n"); // 768 KiB: about 7.5 s at the limit
        QVERIFY(waitForLine(u"written"_s, from));
        // The app's own upload progress, as it printed it: (ms, bytes) per change.
        QList<std::pair<qint64, qint64>> points;
        QDeadlineTimer deadline(120'000);
        qint64 target = -1;
        while (!deadline.hasExpired()) {
            points.clear();
            for (qsizetype i = from; i < m_appLines.size(); ++i) {
                const QStringList words = m_appLines.at(i).split(u' ');
                if (words.size() == 4 && words.at(0) == u"upload"_s && words.at(1) == u"/a"_s) {
                    const qint64 bytes = words.at(3).toLongLong();
                    if (points.isEmpty() || points.constLast().second != bytes)
                        points.append({words.at(2).toLongLong(), bytes});
                }
            }
            if (target < 0 && !points.isEmpty())
                target = points.constFirst().second + 48 * 16384;
            if (target > 0 && points.constLast().second >= target)
                break;
            QTest::qWait(100);
        }
        QVERIFY2(points.size() >= 20, qPrintable(QString::number(points.size())));
        const auto first = points.at(1);
        const auto last = points.constLast();
        const double rate = double(last.second - first.second) * 1000.0 /
                            double(std::max<qint64>(1, last.first - first.first));
        qInfo("the app's upload rate under a 102400 B/s limit: %.0f B/s", rate);
        QVERIFY2(rate >= 0.85 * 102400 && rate <= 1.15 * 102400, qPrintable(QString::number(rate)));
        from = lineCount();
        client.setNetworkConditions(a, {});
        QVERIFY(waitForLine(u"network /a 0 0 0 0"_s, from));
    }

    void aKilledClientLeavesNothingBehind()
    {
        QProcess clientProcess;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(u"XDG_RUNTIME_DIR"_s, m_runtime.path());
        clientProcess.setProcessEnvironment(environment);
        const qsizetype from = lineCount();
        m_appStderr.clear();
        clientProcess.start(QStringLiteral(INSPECTED_PROCESS_BIN),
                            {u"client"_s, QString::number(m_appPid)});
        QVERIFY(clientProcess.waitForStarted());
        QByteArray clientOutput;
        connect(&clientProcess, &QProcess::readyReadStandardOutput, this,
                [&] { clientOutput.append(clientProcess.readAllStandardOutput()); });
        QTRY_VERIFY2_WITH_TIMEOUT(
            clientOutput.contains("applied"),
            qPrintable(QString::fromLocal8Bit(clientOutput + clientProcess.readAllStandardError())),
            20'000);
        QVERIFY(waitForLine(u"state /b Inactive paused=1"_s, from));
        QVERIFY(waitForLine(u"network /a 102400 102400 0 0"_s, from));

        const qsizetype afterApply = lineCount();
        const qint64 killedAt = QDateTime::currentMSecsSinceEpoch();
        ::kill(pid_t(clientProcess.processId()), SIGKILL);
        QVERIFY(clientProcess.waitForFinished(10'000));
        QVERIFY(waitForLine(u"state /b Active paused=0"_s, afterApply));
        QVERIFY(waitForLine(u"network /a 0 0 0 0"_s, afterApply));
        const auto resumed = waitForLine(u"resumed /b"_s, afterApply);
        QVERIFY(resumed);
        const qint64 reaction = resumed->section(u' ', 2).toLongLong() - killedAt;
        QVERIFY2(reaction < 2000, qPrintable(QString::number(reaction)));
        QTRY_VERIFY_WITH_TIMEOUT(m_appStderr.contains("inspector client went away"), 10'000);
    }

    void badMessagesAreRefusedAndTheAppGoesOn_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("error");
        QTest::newRow("garbage") << QByteArray("this is not the inspector protocol")
                                 << u"exceeds the limit"_s;
        QTest::newRow("huge length")
            << QByteArray::fromHex("fffffff0") + QByteArray(64, 'x') << u"exceeds the limit"_s;
        QTest::newRow("not json") << frame(QByteArray("{not json")) << u"not a JSON object"_s;
        QTest::newRow("no hello") << frame(QJsonObject{{u"type"_s, u"command"_s}})
                                  << u"must be a hello"_s;
        QTest::newRow("wrong secret")
            << frame(QJsonObject{{u"type"_s, u"hello"_s}, {u"secret"_s, u"0123"_s}})
            << u"Wrong secret"_s;
    }

    void badMessagesAreRefusedAndTheAppGoesOn()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, error);
        RawInspectorSocket raw;
        QVERIFY(raw.connectTo(m_runtime.filePath(u"syncscope-inspector/%1.sock"_s.arg(m_appPid))));
        raw.write(bytes);
        const auto answer = raw.next();
        QVERIFY(answer);
        QCOMPARE(answer->value(u"type"_s).toString(), u"error"_s);
        QVERIFY2(answer->value(u"error"_s).toString().contains(error),
                 qPrintable(answer->value(u"error"_s).toString()));
        QVERIFY(raw.waitClosed());

        // The app goes on, and a proper client still attaches.
        QCOMPARE(m_app.state(), QProcess::Running);
        InspectorClient client;
        QVERIFY(attach(client));
        QCOMPARE(client.sessions().size(), 2);
    }

    void badCommandsGetAClearReply()
    {
        RawInspectorSocket raw;
        QVERIFY(raw.connectTo(m_runtime.filePath(u"syncscope-inspector/%1.sock"_s.arg(m_appPid))));
        raw.write(frame(QJsonObject{{u"type"_s, u"hello"_s}, {u"secret"_s, readSecret(m_appPid)}}));
        QVERIFY(raw.nextOfType(u"snapshot"_s));
        const auto ask = [&](const QJsonObject &command) -> QString {
            raw.write(frame(command));
            const auto reply = raw.nextOfType(u"reply"_s);
            if (!reply)
                return u"<no reply>"_s;
            return reply->value(u"ok"_s).toBool() ? u"ok"_s : reply->value(u"error"_s).toString();
        };
        QVERIFY(ask({{u"type"_s, u"command"_s},
                     {u"id"_s, 1},
                     {u"command"_s, u"explode"_s},
                     {u"session"_s, 1}})
                    .contains(u"Unknown command"_s));
        QVERIFY(ask({{u"type"_s, u"chat"_s}, {u"id"_s, 2}}).contains(u"Unknown message type"_s));
        QVERIFY(ask({{u"type"_s, u"command"_s},
                     {u"id"_s, 3},
                     {u"command"_s, u"pause"_s},
                     {u"session"_s, 9999}})
                    .contains(u"No session"_s));
        QVERIFY(ask({{u"type"_s, u"command"_s},
                     {u"id"_s, 4},
                     {u"command"_s, u"pauseFor"_s},
                     {u"session"_s, 1},
                     {u"seconds"_s, -5}})
                    .contains(u"86,400"_s));
        QVERIFY(ask({{u"type"_s, u"command"_s},
                     {u"id"_s, 5},
                     {u"command"_s, u"network"_s},
                     {u"session"_s, 1},
                     {u"conditions"_s, QJsonObject{{u"addedLatencyMs"_s, -1}}}})
                    .contains(u"out of range"_s));
        // Too big for a command, even after the hello: refused before it is buffered.
        raw.write(QByteArray::fromHex("00100000"));
        const auto error = raw.nextOfType(u"error"_s);
        QVERIFY(error);
        QVERIFY(error->value(u"error"_s).toString().contains(u"exceeds the limit"_s));
        QVERIFY(raw.waitClosed());
        QCOMPARE(m_app.state(), QProcess::Running);
    }
};

QTEST_GUILESS_MAIN(InspectorTest)
#include "tst_inspector.moc"
