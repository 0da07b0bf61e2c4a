// Session states and errors: pause/resume, fatal errors (permission denied, bad signature,
// protocol violations) → Invalid with failing waits, expired token → setAccessToken, close
// with outstanding uploads (Dying), local file errors.

#include "coretestsupport.h"

#include <syncscope/protocol/codec.h>
#include <syncscope/protocol/errorcodes.h>

#include <QCryptographicHash>
#include <QFile>
#include <QSignalSpy>
#include <QWebSocket>
#include <QWebSocketServer>

using namespace coretest;
using namespace syncscope;

namespace {

// A WebSocket server speaking syncscope.v1 framing that answers each client frame with
// whatever `reply` returns: for testing how the client treats a server that breaks the rules.
class HostileServer
{
public:
    using Reply = std::function<QList<QByteArray>(const protocol::Frame &)>;

    explicit HostileServer(Reply reply, bool offerSubprotocol = true)
        : m_server(u"hostile"_s, QWebSocketServer::NonSecureMode)
        , m_reply(std::move(reply))
    {
        if (offerSubprotocol)
            m_server.setSupportedSubprotocols({QString::fromLatin1(protocol::kSubprotocol)});
        m_server.listen(QHostAddress::LocalHost);
        QObject::connect(&m_server, &QWebSocketServer::newConnection, &m_server, [this] {
            while (QWebSocket *socket = m_server.nextPendingConnection()) {
                ++connections;
                socket->setParent(&m_server);
                QObject::connect(socket, &QWebSocket::binaryMessageReceived, socket,
                                 [this, socket](const QByteArray &bytes) {
                                     auto decoded = protocol::decode(
                                         bytes, protocol::Direction::ClientToServer);
                                     if (!decoded.frame)
                                         return;
                                     for (const QByteArray &out : m_reply(*decoded.frame))
                                         socket->sendBinaryMessage(out);
                                 });
            }
        });
    }

    QUrl url() const { return QUrl(u"ws://127.0.0.1:%1"_s.arg(m_server.serverPort())); }
    int connections = 0;

private:
    QWebSocketServer m_server;
    Reply m_reply;
};

QByteArray frame(quint32 session, const protocol::Message &message)
{
    return protocol::encode(protocol::Frame{session, message});
}

// Behaves like a server up to DOWNLOAD; `onMark` decides what a MARK gets.
HostileServer::Reply wellBehavedUntilMark(std::function<QList<QByteArray>(quint32, quint64)> onMark)
{
    return [onMark](const protocol::Frame &f) -> QList<QByteArray> {
        if (const auto *bind = std::get_if<protocol::BindMessage>(&f.message)) {
            if (bind->needClientFileId)
                return {frame(f.sessionId, protocol::ServerIdentMessage{42})};
            return {};
        }
        if (std::holds_alternative<protocol::ClientIdentMessage>(f.message))
            return {frame(f.sessionId, protocol::DownloadMessage{})};
        if (const auto *mark = std::get_if<protocol::MarkMessage>(&f.message))
            return onMark(f.sessionId, mark->requestId);
        if (std::holds_alternative<protocol::PingMessage>(f.message))
            return {frame(
                0, protocol::PongMessage{std::get<protocol::PingMessage>(f.message).timestamp})};
        return {};
    };
}

QByteArray fileHash(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

} // namespace

class SessionStatesTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<server::SyncServer> m_server;
    int m_counter = 0;
    QString local() { return m_dir.filePath(u"s%1.realm"_s.arg(++m_counter)); }
    QString realmPath() { return u"/states/r%1"_s.arg(m_counter); }

    void verifyInvalid(Realm &realm, int code, QFuture<void> pendingWait, QSignalSpy &errors)
    {
        SyncSession *session = realm.syncSession();
        QTRY_COMPARE(session->state(), SessionState::Invalid);
        QCOMPARE(settle(pendingWait), code);
        QCOMPARE(session->lastError().code(), code);
        QVERIFY(session->lastError().isFatal());
        QVERIFY(!session->lastError().message().isEmpty());
        QCOMPARE(errors.count(), 1);
        QCOMPARE(errors.first().first().value<SyncError>().code(), code);
        QVERIFY(errors.first().first().value<SyncError>().isFatal());
        QCOMPARE(session->connectionState(), ConnectionState::Disconnected);
        // Never syncs again: later waits fail at once, resume() does nothing.
        QCOMPARE(settle(session->downloadAllServerChanges()), code);
        session->pause();
        session->resume();
        QTest::qWait(100);
        QCOMPARE(session->state(), SessionState::Invalid);
        QCOMPARE(session->connectionState(), ConnectionState::Disconnected);
    }

private Q_SLOTS:
    void initTestCase()
    {
        qRegisterMetaType<SyncError>();
        m_server = startServer(m_dir.filePath(u"server"_s));
        QVERIFY(m_server);
    }

    void pauseAndResume()
    {
        App app(fastConfig());
        auto realm = app.openRealm(app.logIn(token(u"alice"_s)),
                                   syncConfig(m_server->url(), u"/pause"_s, local()));
        SyncSession *session = realm->syncSession();
        QTRY_VERIFY(session->isConnected());
        QSignalSpy states(session, &SyncSession::stateChanged);
        QSignalSpy connections(session, &SyncSession::connectionStateChanged);

        session->pause();
        QCOMPARE(session->connectionState(), ConnectionState::Disconnected); // at once
        QVERIFY(!session->isConnected());
        QCOMPARE(session->state(), SessionState::Inactive);
        QVERIFY(session->isPaused());
        session->pause(); // idempotent
        QCOMPARE(states.count(), 1);
        QCOMPARE(connections.count(), 1);

        // Waits made while paused stay pending...
        QVERIFY(realm->write(u"offline"_s, "1"));
        auto upload = session->uploadAllLocalChanges();
        auto download = session->downloadAllServerChanges();
        QTest::qWait(300);
        QVERIFY(!upload.isFinished());
        QVERIFY(!download.isFinished());
        // It was the connection's only session and the linger time is 0: the server sees
        // alice's connection go, so the pause really stopped talking to it.
        QTRY_COMPARE(connectionCount(*m_server), 0);

        // ...and complete after resume().
        session->resume();
        session->resume(); // idempotent
        QCOMPARE(session->state(), SessionState::Active);
        QCOMPARE(settle(upload), 0);
        QCOMPARE(settle(download), 0);
        QVERIFY(session->isConnected());
        QCOMPARE(states.count(), 2);
        QCOMPARE(states.last().at(0).value<SessionState>(), SessionState::Active);
        QCOMPARE(states.last().at(1).value<SessionState>(), SessionState::Inactive);
    }

    void closedSessionIgnoresPauseAndResume()
    {
        App app(fastConfig());
        QSignalSpy removed(&app, &App::sessionRemoved);
        auto realm = app.openRealm(app.logIn(token(u"alice"_s)),
                                   syncConfig(m_server->url(), u"/closed"_s, local()));
        SyncSession *session = realm->syncSession();
        QTRY_VERIFY(session->isConnected());
        realm->close(); // nothing outstanding: closed at once, the App drops the session
        QCOMPARE(session->state(), SessionState::Inactive);
        QCOMPARE(removed.count(), 1);
        QVERIFY(app.allSessions().isEmpty());

        QSignalSpy states(session, &SyncSession::stateChanged);
        QList<ConnectionState> seen;
        session->addConnectionNotification(
            [&](ConnectionState now, ConnectionState) { seen.append(now); });
        session->pause();
        QVERIFY(!session->isPaused()); // a closed session is not paused...
        session->resume();             // ...and nothing brings it back
        QCOMPARE(session->state(), SessionState::Inactive);
        QTest::qWait(200); // a revived protocol session would start on the next iteration
        QCOMPARE(states.count(), 0);
        QVERIFY(seen.isEmpty());
        QCOMPARE(session->connectionState(), ConnectionState::Disconnected);
        QCOMPARE(removed.count(), 1);
        QCOMPARE(settle(session->downloadAllServerChanges()), int(ClientErrorCode::SessionClosed));
    }

    void fatalErrorIsReportedOnceBeforeTheStateChange()
    {
        App app(fastConfig());
        auto realm = app.openRealm(app.logIn(token(u"alice"_s, {u"/elsewhere/*"_s})),
                                   syncConfig(m_server->url(), u"/order"_s, local()));
        SyncSession *session = realm->syncSession();
        QStringList events;
        connect(session, &SyncSession::errorOccurred, this,
                [&](const SyncError &error) { events.append(u"error %1"_s.arg(error.code())); });
        connect(session, &SyncSession::stateChanged, this, [&](SessionState now, SessionState) {
            events.append(u"state %1"_s.arg(int(now)));
        });
        QTRY_COMPARE(session->state(), SessionState::Invalid);
        QTest::qWait(200); // nothing reports it a second time
        const QStringList expected = {u"error %1"_s.arg(int(protocol::ErrorCode::PermissionDenied)),
                                      u"state %1"_s.arg(int(SessionState::Invalid))};
        QCOMPARE(events, expected);
    }

    void permissionDeniedMakesTheSessionInvalid()
    {
        App app(fastConfig());
        auto realm = app.openRealm(app.logIn(token(u"alice"_s, {u"/elsewhere/*"_s})),
                                   syncConfig(m_server->url(), u"/denied"_s, local()));
        QVERIFY(realm);
        QSignalSpy errors(realm->syncSession(), &SyncSession::errorOccurred);
        auto wait = realm->syncSession()->downloadAllServerChanges();
        verifyInvalid(*realm, int(protocol::ErrorCode::PermissionDenied), wait, errors);
        QVERIFY(realm->write(u"still"_s, "writable locally"));
    }

    void badSignatureMakesTheSessionInvalid()
    {
        App app(fastConfig());
        auto user = app.logIn(token(u"alice"_s, {u"/*"_s}, std::chrono::hours(1), "wrong secret"));
        QVERIFY(user); // the client cannot check signatures; the server does
        auto realm = app.openRealm(user, syncConfig(m_server->url(), u"/badsig"_s, local()));
        QSignalSpy errors(realm->syncSession(), &SyncSession::errorOccurred);
        QVERIFY(realm->write(u"k"_s, "v"));
        auto wait = realm->syncSession()->uploadAllLocalChanges();
        verifyInvalid(*realm, int(protocol::ErrorCode::BadAuthentication), wait, errors);
    }

    void clientFileUnknownToTheServerMakesTheSessionInvalid()
    {
        const QString path = local();
        {
            App app(fastConfig());
            auto realm = app.openRealm(app.logIn(token(u"alice"_s)),
                                       syncConfig(m_server->url(), u"/moved"_s, path));
            QVERIFY(realm->write(u"k"_s, "v"));
            QCOMPARE(settle(realm->syncSession()->uploadAllLocalChanges()), 0);
        }
        // The same local file (with its client file id) against a server that never saw it.
        QTemporaryDir otherData;
        auto other = startServer(otherData.path());
        App app(fastConfig());
        auto realm = app.openRealm(app.logIn(token(u"alice"_s)),
                                   syncConfig(other->url(), u"/moved"_s, path));
        QVERIFY2(realm, qPrintable(app.lastError()));
        QSignalSpy errors(realm->syncSession(), &SyncSession::errorOccurred);
        auto wait = realm->syncSession()->downloadAllServerChanges();
        verifyInvalid(*realm, int(protocol::ErrorCode::BadClientFileIdent), wait, errors);
    }

    void expiredTokenWaitsForANewOne()
    {
        App app(fastConfig());
        auto user = app.logIn(token(u"alice"_s, {u"/*"_s}, std::chrono::seconds(-60)));
        auto realm = app.openRealm(user, syncConfig(m_server->url(), u"/expired"_s, local()));
        SyncSession *session = realm->syncSession();
        QSignalSpy errors(session, &SyncSession::errorOccurred);
        QVERIFY(realm->write(u"k"_s, "v"));
        auto upload = session->uploadAllLocalChanges();
        QTRY_COMPARE(errors.count(), 1);
        const auto error = errors.first().first().value<SyncError>();
        QCOMPARE(error.code(), int(protocol::ErrorCode::TokenExpired));
        QVERIFY(!error.isFatal());
        QCOMPARE(session->state(), SessionState::Active);
        QCOMPARE(session->connectionState(), ConnectionState::Disconnected);
        QTest::qWait(300); // it does not retry with the same token by itself
        QCOMPARE(errors.count(), 1);
        QVERIFY(!upload.isFinished());

        user->setAccessToken(token(u"alice"_s));
        QCOMPARE(settle(upload), 0);
        QVERIFY(session->isConnected());
        QCOMPARE(session->state(), SessionState::Active);
    }

    void closeUploadsWhatIsOutstandingFirst()
    {
        const QString path = realmPath();
        App app(fastConfig());
        QSignalSpy removed(&app, &App::sessionRemoved);
        auto realm = app.openRealm(app.logIn(token(u"alice"_s)),
                                   syncConfig(m_server->url(), u"/dying"_s, local()));
        SyncSession *session = realm->syncSession();
        for (int i = 0; i < 100; ++i)
            QVERIFY(realm->write(u"k%1"_s.arg(i), QByteArray(1000, 'd')));
        QSignalSpy states(session, &SyncSession::stateChanged);
        realm->close();
        QVERIFY(realm->isClosed());
        QVERIFY(!realm->write(u"after"_s, "close"));
        QVERIFY(!realm->lastError().isEmpty());
        QCOMPARE(session->state(), SessionState::Active); // dying: still uploading
        QCOMPARE(removed.count(), 0);
        QTRY_COMPARE(session->state(), SessionState::Inactive);
        QCOMPARE(states.count(), 1);
        QCOMPARE(removed.count(), 1);

        App other(fastConfig());
        auto check = other.openRealm(other.logIn(token(u"bob"_s)),
                                     syncConfig(m_server->url(), u"/dying"_s, local()));
        QCOMPARE(settle(check->syncSession()->downloadAllServerChanges()), 0);
        QCOMPARE(check->keys().size(), 100);
    }

    void reopeningADyingRealmRevivesItsSession()
    {
        QTemporaryDir data;
        auto server = startServer(data.path());
        const QUrl url = server->url();
        const quint16 port = quint16(url.port());
        server.reset(); // down for now: the closed realm's change stays outstanding

        App app(fastConfig());
        auto user = app.logIn(token(u"alice"_s));
        const QString path = local();
        auto realm = app.openRealm(user, syncConfig(url, u"/revive"_s, path));
        SyncSession *session = realm->syncSession();
        QVERIFY(realm->write(u"k"_s, "v"));
        realm->close();
        QCOMPARE(session->state(), SessionState::Active); // dying
        QCOMPARE(app.allSessions().size(), 1);

        auto again = app.openRealm(user, syncConfig(url, u"/revive"_s, path));
        QVERIFY2(again, qPrintable(app.lastError()));
        QVERIFY(again != realm);
        QCOMPARE(again->syncSession(), session); // the same session lives on
        QCOMPARE(again->value(u"k"_s), std::optional<QByteArray>("v"));
        QVERIFY(again->write(u"k2"_s, "v2"));

        server = startServer(data.path(), port);
        QVERIFY(server);
        QCOMPARE(settle(session->uploadAllLocalChanges()), 0);
        QTest::qWait(50);
        QCOMPARE(session->state(), SessionState::Active); // revived: not closed by the upload
        QCOMPARE(app.allSessions().size(), 1);
    }

    void corruptLocalFileIsRefusedAndLeftUntouched()
    {
        const QString path = local();
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray(8192, '\x42'));
        file.close();
        const QByteArray before = fileHash(path);
        App app(fastConfig());
        QSignalSpy added(&app, &App::sessionAdded);
        auto realm = app.openRealm(app.logIn(token(u"alice"_s)),
                                   syncConfig(m_server->url(), u"/corrupt"_s, path));
        QVERIFY(!realm);
        QVERIFY2(app.lastError().contains(path), qPrintable(app.lastError()));
        QVERIFY2(app.lastError().contains(u"untouched"_s), qPrintable(app.lastError()));
        QCOMPARE(fileHash(path), before);
        QCOMPARE(added.count(), 0);
        QVERIFY(app.allSessions().isEmpty());
    }

    void invalidConfigurationsAreRefused()
    {
        App app(fastConfig());
        auto user = app.logIn(token(u"alice"_s));
        QVERIFY(!app.openRealm(user, syncConfig(QUrl(u"http://127.0.0.1:1"_s), u"/x"_s, local())));
        QVERIFY(app.lastError().contains(u"ws://"_s));
        QVERIFY(!app.openRealm(user, syncConfig(m_server->url(), u"/../x"_s, local())));
        QVERIFY(!app.openRealm(user, syncConfig(m_server->url(), u"/x"_s, QString())));
        QVERIFY(!app.openRealm(nullptr, syncConfig(m_server->url(), u"/x"_s, local())));
        const QString path = local();
        QVERIFY(app.openRealm(user, syncConfig(m_server->url(), u"/one"_s, path)));
        QVERIFY(!app.openRealm(user, syncConfig(m_server->url(), u"/two"_s, path)));
    }

    void undecodableFrameIsAProtocolViolation()
    {
        HostileServer hostile([](const protocol::Frame &) -> QList<QByteArray> {
            return {QByteArray("\xff\x00garbage", 9)};
        });
        App app(fastConfig());
        auto realm = app.openRealm(app.logIn(token(u"alice"_s)),
                                   syncConfig(hostile.url(), u"/hostile"_s, local()));
        QSignalSpy errors(realm->syncSession(), &SyncSession::errorOccurred);
        auto wait = realm->syncSession()->downloadAllServerChanges();
        verifyInvalid(*realm, int(ClientErrorCode::ProtocolViolation), wait, errors);
        QCOMPARE(hostile.connections, 1); // a fatal error stops reconnecting
    }

    void unrequestedMarkEchoIsAProtocolViolation()
    {
        HostileServer hostile(wellBehavedUntilMark([](quint32 session, quint64 id) {
            return QList<QByteArray>{frame(session, protocol::MarkMessage{id + 5})};
        }));
        App app(fastConfig());
        auto realm = app.openRealm(app.logIn(token(u"alice"_s)),
                                   syncConfig(hostile.url(), u"/mark"_s, local()));
        QSignalSpy errors(realm->syncSession(), &SyncSession::errorOccurred);
        auto wait = realm->syncSession()->downloadAllServerChanges();
        verifyInvalid(*realm, int(ClientErrorCode::ProtocolViolation), wait, errors);
        QVERIFY(realm->syncSession()->lastError().message().contains(u"MARK"_s));
    }

    void correctMarkEchoCompletesTheDownloadWait()
    {
        // The same fake server with a correct echo: proves the previous test's failure came
        // from the bad echo and not from the fake server.
        HostileServer honest(wellBehavedUntilMark([](quint32 session, quint64 id) {
            return QList<QByteArray>{frame(session, protocol::MarkMessage{id})};
        }));
        App app(fastConfig());
        auto realm = app.openRealm(app.logIn(token(u"alice"_s)),
                                   syncConfig(honest.url(), u"/mark"_s, local()));
        QCOMPARE(settle(realm->syncSession()->downloadAllServerChanges()), 0);
        QCOMPARE(settle(realm->syncSession()->downloadAllServerChanges()), 0);
        QCOMPARE(realm->syncSession()->state(), SessionState::Active);
    }

    void aBulkUploadWaitsForAcknowledgementsBeyondItsAllowance()
    {
        // A server that acknowledges nothing until the client's MARK: the session stops with
        // at most 48 MiB of UPLOADs unacknowledged (plus the one that crossed it) instead of
        // sending its whole backlog, which a real server holds in a shared budget and sheds
        // the connection over; acknowledged, it sends the rest.
        constexpr qint64 kAllowance = 48 * 1024 * 1024;
        constexpr qint64 kLargestUpload = 1024 * 1024 + 64 * 1024;
        constexpr int kValues = 96; // 96 MiB
        qint64 received = 0;
        qint64 receivedAtMark = -1;
        quint64 lastVersion = 0;
        int changesets = 0;
        HostileServer server([&](const protocol::Frame &f) -> QList<QByteArray> {
            if (const auto *upload = std::get_if<protocol::UploadMessage>(&f.message)) {
                received += protocol::encode(f).size();
                changesets += int(upload->changesets.size());
                lastVersion = upload->changesets.constLast().clientVersion;
                if (receivedAtMark < 0)
                    return {};
                protocol::DownloadMessage ack;
                ack.uploadAckClientVersion = lastVersion;
                return {frame(f.sessionId, ack)};
            }
            if (const auto *mark = std::get_if<protocol::MarkMessage>(&f.message)) {
                receivedAtMark = received; // every UPLOAD sent before the MARK is in
                protocol::DownloadMessage ack;
                ack.uploadAckClientVersion = lastVersion;
                return {frame(f.sessionId, ack),
                        frame(f.sessionId, protocol::MarkMessage{mark->requestId})};
            }
            return wellBehavedUntilMark({})(f);
        });
        ClientConfig config = fastConfig();
        config.pingInterval = 60s; // one connection throughout, however slow the machine
        config.pongTimeout = 60s;
        App app(config);
        auto realm = app.openRealm(app.logIn(token(u"alice"_s)),
                                   syncConfig(server.url(), u"/bulk"_s, local()));
        QVERIFY(realm);
        SyncSession *session = realm->syncSession();
        session->pause();
        for (int i = 0; i < kValues; ++i)
            QVERIFY(realm->write(u"v%1"_s.arg(i), QByteArray(1024 * 1024, char('a' + i % 26))));
        session->resume();
        QTRY_VERIFY_WITH_TIMEOUT(received >= kAllowance, 60'000);
        QCOMPARE(settle(session->downloadAllServerChanges(), 60'000), 0);
        QVERIFY2(receivedAtMark <= kAllowance + kLargestUpload,
                 qPrintable(u"%1 bytes unacknowledged"_s.arg(receivedAtMark)));
        QCOMPARE(settle(session->uploadAllLocalChanges(), 60'000), 0);
        QCOMPARE(changesets, kValues);
        QCOMPARE(server.connections, 1);
    }

    void serverWithoutOurSubprotocolIsRefused()
    {
        HostileServer other([](const protocol::Frame &) { return QList<QByteArray>{}; }, false);
        App app(fastConfig());
        auto realm = app.openRealm(app.logIn(token(u"alice"_s)),
                                   syncConfig(other.url(), u"/sub"_s, local()));
        QSignalSpy errors(realm->syncSession(), &SyncSession::errorOccurred);
        auto wait = realm->syncSession()->uploadAllLocalChanges(); // nothing to upload: done
        QCOMPARE(settle(wait), 0);
        wait = realm->syncSession()->downloadAllServerChanges();
        verifyInvalid(*realm, int(ClientErrorCode::SubprotocolRejected), wait, errors);
    }

    void fatalConnectionErrorStopsRetrying()
    {
        HostileServer refusing([](const protocol::Frame &f) -> QList<QByteArray> {
            if (std::holds_alternative<protocol::BindMessage>(f.message))
                return {frame(
                    0, protocol::ErrorMessage{quint16(protocol::ErrorCode::WrongProtocolVersion),
                                              false, true, u"go away"_s})};
            return {};
        });
        App app(fastConfig());
        auto realm = app.openRealm(app.logIn(token(u"alice"_s)),
                                   syncConfig(refusing.url(), u"/fatal"_s, local()));
        QSignalSpy errors(realm->syncSession(), &SyncSession::errorOccurred);
        auto wait = realm->syncSession()->downloadAllServerChanges();
        verifyInvalid(*realm, int(protocol::ErrorCode::WrongProtocolVersion), wait, errors);
        QTest::qWait(300); // several back-off periods
        QCOMPARE(refusing.connections, 1);
    }

    void retryableSessionErrorRebinds()
    {
        int binds = 0;
        HostileServer flaky([&binds](const protocol::Frame &f) -> QList<QByteArray> {
            if (std::holds_alternative<protocol::BindMessage>(f.message) && ++binds == 1)
                return {frame(f.sessionId, protocol::ErrorMessage{
                                               quint16(protocol::ErrorCode::OtherSessionError),
                                               true, false, u"try later"_s})};
            return wellBehavedUntilMark([](quint32 session, quint64 id) {
                return QList<QByteArray>{frame(session, protocol::MarkMessage{id})};
            })(f);
        });
        App app(fastConfig());
        auto realm = app.openRealm(app.logIn(token(u"alice"_s)),
                                   syncConfig(flaky.url(), u"/flaky"_s, local()));
        QSignalSpy errors(realm->syncSession(), &SyncSession::errorOccurred);
        QCOMPARE(settle(realm->syncSession()->downloadAllServerChanges()), 0);
        QCOMPARE(binds, 2);
        QCOMPARE(errors.count(), 1);
        QVERIFY(!errors.first().first().value<SyncError>().isFatal());
        QCOMPARE(realm->syncSession()->state(), SessionState::Active);
        QCOMPARE(flaky.connections, 1); // the session retried, the connection stayed
    }
};

QTEST_GUILESS_MAIN(SessionStatesTest)
#include "tst_sessionstates.moc"
