// Why a connection failed, told to every session of the connection: refused, timed out, name
// not resolved, TLS handshake, WebSocket upgrade refused with an HTTP status, closed by the
// server with a close code. And when the next attempt comes, since when the connection has
// been down, and that the back-off of a (server, user) outlives its Connection object.

#include "coretestsupport.h"

#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>

using namespace coretest;
using namespace syncscope;

namespace {

// Answers every TCP connection with `reply` once the client said something, then closes.
class CannedServer
{
public:
    explicit CannedServer(QByteArray reply)
        : m_reply(std::move(reply))
    {
        QObject::connect(&m_server, &QTcpServer::newConnection, &m_server, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection()) {
                ++connections;
                QObject::connect(socket, &QTcpSocket::readyRead, socket, [this, socket] {
                    socket->readAll();
                    socket->write(m_reply);
                    socket->disconnectFromHost();
                });
                QObject::connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            }
        });
        m_server.listen(QHostAddress::LocalHost);
    }
    quint16 port() const { return m_server.serverPort(); }
    int connections = 0;

private:
    QTcpServer m_server;
    QByteArray m_reply;
};

// A port on 127.0.0.1 where nothing listens.
quint16 closedPort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost);
    return probe.serverPort();
}

// Records what one session reports about its connection's failures.
struct FailureLog
{
    QList<SyncError> errors;
    QList<ConnectionState> states;
    int fatalOrSessionErrors = 0;

    void attach(SyncSession *session)
    {
        QObject::connect(session, &SyncSession::connectionErrorOccurred, session,
                         [this](const SyncError &error) { errors.append(error); });
        QObject::connect(session, &SyncSession::errorOccurred, session,
                         [this](const SyncError &) { ++fatalOrSessionErrors; });
        session->addConnectionNotification(
            [this](ConnectionState now, ConnectionState) { states.append(now); });
    }
};

} // namespace

class ConnectionFailuresTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_counter = 0;
    QString local() { return m_dir.filePath(u"c%1.realm"_s.arg(++m_counter)); }

    std::shared_ptr<Realm> open(App &app, const QUrl &url, const QString &user = u"alice"_s)
    {
        return app.openRealm(app.logIn(token(user)), syncConfig(url, u"/failures"_s, local()));
    }

    // Opens a session against `url`, waits for its first reported failure and checks that it
    // is non-fatal, has `code`, reached lastConnectionError() and left the session Active.
    SyncError firstFailure(const QUrl &url, ClientErrorCode code,
                           ClientConfig config = fastConfig())
    {
        App app(config);
        auto realm = open(app, url);
        SyncSession *session = realm->syncSession();
        FailureLog log;
        log.attach(session);
        if (!QTest::qWaitFor([&] { return !log.errors.isEmpty(); }, 20'000))
            return SyncError(-1, u"no failure reported"_s, false);
        const SyncError error = log.errors.first();
        [&] {
            QCOMPARE(error.code(), int(code));
            QVERIFY(!error.isFatal());
            QVERIFY(!error.message().isEmpty());
            QCOMPARE(session->lastConnectionError().code(), error.code());
            QCOMPARE(session->lastConnectionError().message(), error.message());
            QCOMPARE(session->state(), SessionState::Active); // still retrying
            QCOMPARE(log.fatalOrSessionErrors, 0);
            QVERIFY(session->nextConnectionAttempt().isValid());
            QVERIFY(session->disconnectedSince().isValid());
        }();
        return error;
    }

private Q_SLOTS:
    void initTestCase() { qRegisterMetaType<SyncError>(); }

    void refusedConnection()
    {
        const quint16 port = closedPort();
        const SyncError error = firstFailure(QUrl(u"ws://127.0.0.1:%1"_s.arg(port)),
                                             ClientErrorCode::ConnectionRefused);
        QVERIFY2(error.message().contains(u"127.0.0.1:%1"_s.arg(port)),
                 qPrintable(error.message()));
    }

    void connectTimeout()
    {
        QTcpServer silent; // accepts, never answers the upgrade
        QVERIFY(silent.listen(QHostAddress::LocalHost));
        ClientConfig config = fastConfig();
        config.connectTimeout = 300ms;
        firstFailure(QUrl(u"ws://127.0.0.1:%1"_s.arg(silent.serverPort())),
                     ClientErrorCode::ConnectTimeout, config);
    }

    void unresolvableHostName()
    {
        // .invalid never resolves (RFC 2606); a resolver without network fails as well.
        ClientConfig config = fastConfig();
        config.connectTimeout = 15'000ms;
        const SyncError error = firstFailure(QUrl(u"ws://syncscope-test.invalid:9"_s),
                                             ClientErrorCode::HostNotFound, config);
        QVERIFY2(error.message().contains(u"syncscope-test.invalid"_s),
                 qPrintable(error.message()));
    }

    void tlsHandshakeWithAPlainServer()
    {
        CannedServer plain("HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\n\r\n");
        firstFailure(QUrl(u"wss://127.0.0.1:%1"_s.arg(plain.port())),
                     ClientErrorCode::TlsHandshakeFailed);
    }

    void upgradeRefusedWithAnHttpStatus()
    {
        CannedServer refusing("HTTP/1.1 403 Forbidden\r\nContent-Length: 0\r\n\r\n");
        const SyncError error = firstFailure(QUrl(u"ws://127.0.0.1:%1"_s.arg(refusing.port())),
                                             ClientErrorCode::HandshakeRejected);
        QVERIFY2(error.message().contains(u"403"_s), qPrintable(error.message()));
    }

    void closedByTheServerWithACloseCode()
    {
        QTemporaryDir data;
        auto server = startServer(data.path());
        App app(fastConfig());
        auto a = open(app, server->url());
        auto b = app.openRealm(a->syncSession()->user(),
                               syncConfig(server->url(), u"/failures-b"_s, local()));
        FailureLog logA, logB;
        logA.attach(a->syncSession());
        logB.attach(b->syncSession());
        QTRY_VERIFY(a->syncSession()->isConnected() && b->syncSession()->isConnected());
        QVERIFY(!a->syncSession()->disconnectedSince().isValid());
        QVERIFY(!a->syncSession()->nextConnectionAttempt().isValid());

        QSignalSpy stopped(server.get(), &server::SyncServer::stopped);
        server->stop(); // going away: close code 1001 "server shutting down"
        QVERIFY(stopped.count() > 0 || stopped.wait(10'000));
        // Both sessions of the one connection are told, with the code and the reason.
        QTRY_VERIFY(!logA.errors.isEmpty() && !logB.errors.isEmpty());
        for (const SyncError &error : {logA.errors.first(), logB.errors.first()}) {
            QCOMPARE(error.code(), int(ClientErrorCode::ClosedByServer));
            QVERIFY2(error.message().contains(u"1001"_s), qPrintable(error.message()));
            QVERIFY2(error.message().contains(u"shutting down"_s), qPrintable(error.message()));
        }
        QCOMPARE(logA.fatalOrSessionErrors, 0);
    }

    void retryTimeIsPublishedAndDownTimeIsNotResetByRetries()
    {
        ClientConfig config = fastConfig();
        config.reconnectDelayMin = 100ms;
        config.reconnectDelayMax = 400ms;
        App app(config);
        auto realm = open(app, QUrl(u"ws://127.0.0.1:%1"_s.arg(closedPort())));
        SyncSession *session = realm->syncSession();
        QSignalSpy retries(session, &SyncSession::nextConnectionAttemptChanged);
        FailureLog log;
        log.attach(session);
        QTRY_VERIFY(!log.errors.isEmpty());
        const QDateTime downSince = session->disconnectedSince();
        QVERIFY(downSince.isValid());
        QVERIFY(downSince <= QDateTime::currentDateTimeUtc());
        QTRY_VERIFY(log.errors.size() >= 4);
        QCOMPARE(session->disconnectedSince(), downSince); // failed retries do not move it
        // Each failure published its retry time, each attempt cleared it.
        bool sawScheduled = false, sawCleared = false;
        for (const auto &args : retries) {
            const QDateTime at = args.first().toDateTime();
            sawScheduled |= at.isValid() && at > downSince;
            sawCleared |= !at.isValid();
        }
        QVERIFY(sawScheduled);
        QVERIFY(sawCleared);

        // Pausing stops retrying: nothing is scheduled for a session that does not sync.
        session->pause();
        QVERIFY(!session->nextConnectionAttempt().isValid());
        QVERIFY(!session->disconnectedSince().isValid());
    }

    void backoffOutlivesTheConnectionObject()
    {
        ClientConfig config = fastConfig();
        config.reconnectDelayMin = 60'000ms; // without the slot's memory: an attempt at once
        config.reconnectDelayMax = 60'000ms;
        App app(config);
        auto realm = open(app, QUrl(u"ws://127.0.0.1:%1"_s.arg(closedPort())));
        SyncSession *session = realm->syncSession();
        FailureLog log;
        log.attach(session);
        QTRY_COMPARE(log.errors.size(), 1);
        const QDateTime next = session->nextConnectionAttempt();
        QVERIFY(next > QDateTime::currentDateTimeUtc().addSecs(30));

        // The only session leaves and comes back: the pool builds a new Connection for the
        // same server and user, which waits out the same delay instead of trying again now.
        session->pause();
        log.states.clear();
        session->resume();
        QTest::qWait(500);
        QCOMPARE(log.states, QList<ConnectionState>{});
        QCOMPARE(log.errors.size(), 1);
        QCOMPARE(session->nextConnectionAttempt(), next);

        // reconnect() still skips it.
        session->reconnect();
        QTRY_VERIFY(log.states.contains(ConnectionState::Connecting));
        QTRY_COMPARE(log.errors.size(), 2);
    }

    void anotherUserHasItsOwnBackoff()
    {
        ClientConfig config = fastConfig();
        config.reconnectDelayMin = 60'000ms;
        config.reconnectDelayMax = 60'000ms;
        App app(config);
        const QUrl url(u"ws://127.0.0.1:%1"_s.arg(closedPort()));
        auto alice = open(app, url, u"alice"_s);
        FailureLog aliceLog;
        aliceLog.attach(alice->syncSession());
        QTRY_COMPARE(aliceLog.errors.size(), 1);
        auto bob = open(app, url, u"bob"_s);
        FailureLog bobLog;
        bobLog.attach(bob->syncSession());
        QTRY_COMPARE(bobLog.errors.size(), 1); // tried at once
        QCOMPARE(bobLog.errors.first().code(), int(ClientErrorCode::ConnectionRefused));
    }
};

QTEST_GUILESS_MAIN(ConnectionFailuresTest)
#include "tst_connectionfailures.moc"
