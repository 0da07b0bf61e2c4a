// syncscope-server with --tls-cert/--tls-key serves wss:// and says so on its first line.

#include <syncscope/protocol/accesstoken.h>
#include <syncscope/testsupport/rawclient.h>
#include <syncscope/testsupport/serverprocess.h>
#include <syncscope/testsupport/waiting.h>

#include <QProcess>
#include <QRegularExpression>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QWebSocket>
#include <QWebSocketHandshakeOptions>

using namespace syncscope;
using namespace syncscope::protocol;
using syncscope::testsupport::RawClient;
using syncscope::testsupport::ServerProcess;

class TlsTest final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_certificate;
    QString m_key;

private Q_SLOTS:
    void initTestCase()
    {
        if (!QSslSocket::supportsSsl())
            QSKIP("Qt has no TLS backend here");
        const QString openssl = QStandardPaths::findExecutable(QStringLiteral("openssl"));
        if (openssl.isEmpty())
            QSKIP("the openssl command is needed to make a test certificate");
        m_certificate = m_dir.filePath(QStringLiteral("cert.pem"));
        m_key = m_dir.filePath(QStringLiteral("key.pem"));
        QProcess process;
        process.start(openssl,
                      {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                       QStringLiteral("ec"), QStringLiteral("-pkeyopt"),
                       QStringLiteral("ec_paramgen_curve:prime256v1"), QStringLiteral("-nodes"),
                       QStringLiteral("-keyout"), m_key, QStringLiteral("-out"), m_certificate,
                       QStringLiteral("-days"), QStringLiteral("2"), QStringLiteral("-subj"),
                       QStringLiteral("/CN=localhost"), QStringLiteral("-addext"),
                       QStringLiteral("subjectAltName=IP:127.0.0.1,DNS:localhost")});
        QVERIFY(process.waitForFinished(30'000));
        QCOMPARE(process.exitCode(), 0);
    }

    void servesWssWithTheCertificate()
    {
        ServerProcess server;
        server.setExtraArguments(
            {QStringLiteral("--tls-cert"), m_certificate, QStringLiteral("--tls-key"), m_key});
        QVERIFY2(server.start(), qPrintable(server.errorString()));
        QCOMPARE(server.url().scheme(), QStringLiteral("wss"));

        RawClient client;
        QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
        ssl.setCaCertificates(QSslCertificate::fromPath(m_certificate));
        client.socket().setSslConfiguration(ssl);
        QVERIFY(client.connectTo(server.url()));
        const QString token = server.mintToken(QStringLiteral("tls"), {QStringLiteral("/secure")});
        QVERIFY(client.bindAndIdent(1, QStringLiteral("/secure"), token) > 0);
        client.send(
            {1, UploadMessage{{{1, 1, {{Operation::Kind::Set, QStringLiteral("k"), "v"}}}}}});
        QVERIFY(client.waitFor([](const Frame &f) {
            const auto *d = std::get_if<DownloadMessage>(&f.message);
            return d && d->uploadAckClientVersion == 1;
        }));
    }

    void operatorApiUsesTheSameCertificate()
    {
        ServerProcess server;
        server.setExtraArguments({QStringLiteral("--tls-cert"), m_certificate,
                                  QStringLiteral("--tls-key"), m_key,
                                  QStringLiteral("--operator-listen"), QStringLiteral("0")});
        QVERIFY2(server.start(), qPrintable(server.errorString()));
        QUrl operatorUrl;
        QVERIFY(testsupport::waitUntil(
            [&] {
                static const QRegularExpression line(
                    QStringLiteral("operator API at (wss://127\\.0\\.0\\.1:\\d+)"));
                const auto match = line.match(server.standardError());
                if (match.hasMatch())
                    operatorUrl = QUrl(match.captured(1));
                return !operatorUrl.isEmpty();
            },
            std::chrono::seconds(20)));

        QWebSocket socket;
        QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
        ssl.setCaCertificates(QSslCertificate::fromPath(m_certificate));
        socket.setSslConfiguration(ssl);
        QString welcome;
        connect(&socket, &QWebSocket::textMessageReceived, this,
                [&](const QString &text) { welcome += text; });
        QWebSocketHandshakeOptions options;
        options.setSubprotocols({QStringLiteral("syncscope-operator.v1")});
        socket.open(QNetworkRequest(operatorUrl), options);
        QVERIFY(testsupport::waitUntil(
            [&] { return socket.state() == QAbstractSocket::ConnectedState; },
            std::chrono::seconds(20)));
        AccessTokenClaims claims;
        claims.subject = QStringLiteral("oncall");
        claims.issuedAt = QDateTime::currentDateTimeUtc();
        claims.expiresAt = claims.issuedAt.addSecs(600);
        claims.role = QString::fromLatin1(kOperatorRole);
        socket.sendTextMessage(QStringLiteral("{\"type\":\"hello\",\"token\":\"%1\"}")
                                   .arg(signAccessToken(claims, server.secret())));
        QVERIFY(testsupport::waitUntil([&] { return welcome.contains(QStringLiteral("welcome")); },
                                       std::chrono::seconds(20)));
    }

    void plainWebSocketIsNotServed()
    {
        ServerProcess server;
        server.setExtraArguments(
            {QStringLiteral("--tls-cert"), m_certificate, QStringLiteral("--tls-key"), m_key});
        QVERIFY2(server.start(), qPrintable(server.errorString()));
        QUrl plain = server.url();
        plain.setScheme(QStringLiteral("ws"));
        RawClient client;
        QVERIFY(
            !client.connectTo(plain, {QStringLiteral("syncscope.v1")}, std::chrono::seconds(5)));
    }

    void unreadableCertificateIsAClearStartError()
    {
        ServerProcess server;
        server.setExtraArguments({QStringLiteral("--tls-cert"),
                                  m_dir.filePath(QStringLiteral("missing.pem")),
                                  QStringLiteral("--tls-key"), m_key});
        QVERIFY(!server.start());
        QVERIFY2(server.standardError().contains(QStringLiteral("missing.pem")),
                 qPrintable(server.standardError()));
    }
};

QTEST_GUILESS_MAIN(TlsTest)
#include "tst_tls.moc"
