// The operator API's actions as a real SDK client sees them: a disconnect and a suspended
// session are retried after the back-off, a fatally ended session goes Invalid.

#include "coretestsupport.h"

#include <syncscope/protocol/accesstoken.h>
#include <syncscope/protocol/errorcodes.h>
#include <syncscope/testsupport/waiting.h>

#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QWebSocket>
#include <QWebSocketHandshakeOptions>

using namespace coretest;
using namespace syncscope;

namespace {

QString operatorToken()
{
    protocol::AccessTokenClaims claims;
    claims.subject = u"oncall"_s;
    claims.issuedAt = QDateTime::currentDateTimeUtc();
    claims.expiresAt = claims.issuedAt.addSecs(3600);
    claims.role = QString::fromLatin1(protocol::kOperatorRole);
    return protocol::signAccessToken(claims, kSecret);
}

// Sends one operator action after "hello" and waits for its answer ("done" or "error").
QJsonObject act(const QUrl &url, const QJsonObject &action)
{
    QWebSocket socket;
    QList<QJsonObject> received;
    QObject::connect(&socket, &QWebSocket::textMessageReceived, [&](const QString &text) {
        received.append(QJsonDocument::fromJson(text.toUtf8()).object());
    });
    QWebSocketHandshakeOptions options;
    options.setSubprotocols({u"syncscope-operator.v1"_s});
    socket.open(QNetworkRequest(url), options);
    if (!testsupport::waitUntil([&] { return socket.state() == QAbstractSocket::ConnectedState; },
                                20s))
        return {};
    const auto sendJson = [&](const QJsonObject &message) {
        socket.sendTextMessage(QString::fromUtf8(QJsonDocument(message).toJson()));
    };
    sendJson({{u"type"_s, u"hello"_s}, {u"token"_s, operatorToken()}});
    sendJson(action);
    testsupport::waitUntil(
        [&] {
            return std::any_of(received.cbegin(), received.cend(), [](const QJsonObject &m) {
                const QString type = m.value(u"type"_s).toString();
                return type == u"done"_s || type == u"error"_s;
            });
        },
        20s);
    for (const QJsonObject &m : std::as_const(received)) {
        const QString type = m.value(u"type"_s).toString();
        if (type == u"done"_s || type == u"error"_s)
            return m;
    }
    return {};
}

} // namespace

class OperatorActionsTest : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<server::SyncServer> m_server;
    int m_counter = 0;

    QString local() { return m_dir.filePath(u"l%1.realm"_s.arg(++m_counter)); }

    // The bound session of that realm on the server: {connection id, session id}.
    std::optional<std::pair<quint64, quint32>> boundSession(const QString &realm) const
    {
        const auto connections = m_server->statistics()->connections();
        for (const auto &c : connections) {
            for (const auto &s : c.sessions) {
                if (s.clientFileId != 0 && s.realmPath == realm)
                    return std::pair{c.connectionId, s.sessionId};
            }
        }
        return std::nullopt;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        server::ServerConfig config;
        config.dataDir = m_dir.filePath(u"server"_s);
        config.secret = kSecret;
        config.operatorEnabled = true;
        m_server = std::make_unique<server::SyncServer>(config);
        QVERIFY2(m_server->start(), qPrintable(m_server->errorString()));
    }

    void cleanupTestCase() { m_server.reset(); }

    void suspendedSessionBindsAgain()
    {
        App app(fastConfig());
        auto realm = app.openRealm(app.logIn(token(u"alice"_s)),
                                   syncConfig(m_server->url(), u"/op/suspend"_s, local()));
        QVERIFY(realm);
        SyncSession *session = realm->syncSession();
        QSignalSpy errors(session, &SyncSession::errorOccurred);
        QVERIFY(testsupport::waitUntil([&] { return boundSession(u"/op/suspend"_s).has_value(); },
                                       20s));
        const auto [connectionId, sessionId] = *boundSession(u"/op/suspend"_s);

        const QJsonObject answer =
            act(m_server->operatorUrl(), {{u"type"_s, u"endSession"_s},
                                          {u"connection"_s, double(connectionId)},
                                          {u"session"_s, double(sessionId)},
                                          {u"reason"_s, u"maintenance"_s}});
        QCOMPARE(answer.value(u"type"_s).toString(), u"done"_s);
        QTRY_VERIFY_WITH_TIMEOUT(!errors.isEmpty(), 20'000);
        const SyncError error = errors.first().first().value<SyncError>();
        QCOMPARE(error.code(), int(protocol::ErrorCode::SessionClosed));
        QVERIFY(!error.isFatal());
        QVERIFY(error.message().contains(u"suspended by an operator"_s));
        // It binds again by itself (a new session id) and syncs.
        QVERIFY(testsupport::waitUntil(
            [&] {
                const auto again = boundSession(u"/op/suspend"_s);
                return again && again->second != sessionId;
            },
            30s));
        QVERIFY(session->state() != SessionState::Invalid);
        QCOMPARE(settle(session->uploadAllLocalChanges(), 30'000), 0);
    }

    void fatallyEndedSessionGoesInvalid()
    {
        App app(fastConfig());
        auto realm = app.openRealm(app.logIn(token(u"alice"_s)),
                                   syncConfig(m_server->url(), u"/op/fatal"_s, local()));
        QVERIFY(realm);
        SyncSession *session = realm->syncSession();
        QSignalSpy errors(session, &SyncSession::errorOccurred);
        QVERIFY(
            testsupport::waitUntil([&] { return boundSession(u"/op/fatal"_s).has_value(); }, 20s));
        const auto [connectionId, sessionId] = *boundSession(u"/op/fatal"_s);
        const QJsonObject answer =
            act(m_server->operatorUrl(), {{u"type"_s, u"endSession"_s},
                                          {u"connection"_s, double(connectionId)},
                                          {u"session"_s, double(sessionId)},
                                          {u"fatal"_s, true}});
        QCOMPARE(answer.value(u"type"_s).toString(), u"done"_s);
        QTRY_COMPARE_WITH_TIMEOUT(session->state(), SessionState::Invalid, 20'000);
        QVERIFY(!errors.isEmpty());
        QVERIFY(errors.last().first().value<SyncError>().isFatal());
    }

    void disconnectedClientReconnects()
    {
        App app(fastConfig());
        auto realm = app.openRealm(app.logIn(token(u"alice"_s)),
                                   syncConfig(m_server->url(), u"/op/disconnect"_s, local()));
        QVERIFY(realm);
        SyncSession *session = realm->syncSession();
        QSignalSpy connectionErrors(session, &SyncSession::connectionErrorOccurred);
        QVERIFY(testsupport::waitUntil(
            [&] { return boundSession(u"/op/disconnect"_s).has_value(); }, 20s));
        const auto [connectionId, sessionId] = *boundSession(u"/op/disconnect"_s);
        Q_UNUSED(sessionId);
        const QJsonObject answer =
            act(m_server->operatorUrl(), {{u"type"_s, u"disconnect"_s},
                                          {u"connection"_s, double(connectionId)},
                                          {u"reason"_s, u"maintenance"_s}});
        QCOMPARE(answer.value(u"type"_s).toString(), u"done"_s);
        QTRY_VERIFY_WITH_TIMEOUT(!connectionErrors.isEmpty(), 20'000);
        const SyncError error = connectionErrors.first().first().value<SyncError>();
        QCOMPARE(error.code(), int(protocol::ErrorCode::ConnectionClosed));
        QVERIFY(!error.isFatal());
        // A new connection carries the session again.
        QVERIFY(testsupport::waitUntil(
            [&] {
                const auto again = boundSession(u"/op/disconnect"_s);
                return again && again->first != connectionId;
            },
            30s));
        QCOMPARE(settle(session->uploadAllLocalChanges(), 30'000), 0);
    }
};

QTEST_GUILESS_MAIN(OperatorActionsTest)
#include "tst_operatoractions.moc"
