// wss://: the server certificate is verified; ClientConfig::caCertificates adds trust.

#include "coretestsupport.h"

#include <QProcess>
#include <QSignalSpy>
#include <QSslCertificate>
#include <QStandardPaths>

using namespace coretest;
using namespace syncscope;

class TlsTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<server::SyncServer> m_server;
    QString m_certificate;

private Q_SLOTS:
    void initTestCase()
    {
        const QString openssl = QStandardPaths::findExecutable(u"openssl"_s);
        if (openssl.isEmpty())
            QSKIP("openssl is needed to make a test certificate");
        m_certificate = m_dir.filePath(u"cert.pem"_s);
        const QString key = m_dir.filePath(u"key.pem"_s);
        QProcess process;
        process.start(openssl,
                      {u"req"_s, u"-x509"_s, u"-newkey"_s, u"rsa:2048"_s, u"-nodes"_s, u"-keyout"_s,
                       key, u"-out"_s, m_certificate, u"-days"_s, u"2"_s, u"-subj"_s,
                       u"/CN=127.0.0.1"_s, u"-addext"_s, u"subjectAltName=IP:127.0.0.1"_s});
        QVERIFY(process.waitForFinished(30'000));
        QCOMPARE(process.exitCode(), 0);

        server::ServerConfig config;
        config.dataDir = m_dir.filePath(u"server"_s);
        config.secret = kSecret;
        config.tlsCertificateFile = m_certificate;
        config.tlsKeyFile = key;
        m_server = std::make_unique<server::SyncServer>(config);
        QVERIFY2(m_server->start(), qPrintable(m_server->errorString()));
        QCOMPARE(m_server->url().scheme(), u"wss"_s);
    }

    void untrustedCertificateIsRefused()
    {
        App app(fastConfig());
        auto realm =
            app.openRealm(app.logIn(token(u"alice"_s)),
                          syncConfig(m_server->url(), u"/tls"_s, m_dir.filePath(u"a.realm"_s)));
        SyncSession *session = realm->syncSession();
        QSignalSpy errors(session, &SyncSession::errorOccurred);
        QList<ConnectionState> seen;
        session->addConnectionNotification(
            [&](ConnectionState now, ConnectionState) { seen.append(now); });
        // Several attempts, none gets through.
        QTRY_VERIFY_WITH_TIMEOUT(seen.count(ConnectionState::Disconnected) >= 3, 10'000);
        QVERIFY(!seen.contains(ConnectionState::Connected));
        // Not fatal (the certificate may be fixed): still Active, still retrying...
        QCOMPARE(session->state(), SessionState::Active);
        // ...but the app is told why, once for the unchanged reason, not on every retry.
        QCOMPARE(errors.size(), 1);
        const auto error = errors.first().first().value<SyncError>();
        QCOMPARE(error.code(), int(ClientErrorCode::TlsVerificationFailed));
        QCOMPARE(error.code(), 1009); // documented in docs/client.md
        QVERIFY(!error.isFatal());
        const QString expectedStart =
            u"The TLS certificate of 127.0.0.1:%1 is not trusted: "_s.arg(m_server->url().port());
        QVERIFY2(error.message().startsWith(expectedStart), qPrintable(error.message()));
        QVERIFY2(error.message().contains(u"self-signed"_s), qPrintable(error.message()));
        QCOMPARE(session->lastError().code(), error.code());
        QCOMPARE(session->lastError().message(), error.message());
    }

    void anUntrustedNodeIsNamedAndTheNextNodeIsUsed()
    {
        QTemporaryDir plainDir;
        auto plain = startServer(plainDir.path());
        QVERIFY(plain);
        App app(fastConfig());
        SyncConfig config = syncConfig(m_server->url(), u"/tls"_s, m_dir.filePath(u"n.realm"_s));
        config.additionalServerUrls = {plain->url()};
        auto realm = app.openRealm(app.logIn(token(u"alice"_s)), config);
        SyncSession *session = realm->syncSession();
        QSignalSpy errors(session, &SyncSession::errorOccurred);
        QTRY_VERIFY_WITH_TIMEOUT(session->isConnected(), 10'000);
        QCOMPARE(session->currentServerUrl(), plain->url());
        // The message names the node whose certificate failed, not the one tried after it.
        QCOMPARE(errors.size(), 1);
        const QString message = errors.first().first().value<SyncError>().message();
        const QString expectedStart =
            u"The TLS certificate of 127.0.0.1:%1 is not trusted: "_s.arg(m_server->url().port());
        QVERIFY2(message.startsWith(expectedStart), qPrintable(message));
    }

    void addedCertificateAuthorityIsTrusted()
    {
        ClientConfig config = fastConfig();
        config.caCertificates = QSslCertificate::fromPath(m_certificate);
        QCOMPARE(config.caCertificates.size(), 1);
        App app(config);
        auto realm =
            app.openRealm(app.logIn(token(u"alice"_s)),
                          syncConfig(m_server->url(), u"/tls"_s, m_dir.filePath(u"b.realm"_s)));
        QVERIFY(realm->write(u"secret"_s, "over tls"));
        QCOMPARE(settle(realm->syncSession()->uploadAllLocalChanges()), 0);
        QVERIFY(realm->syncSession()->isConnected());
    }
};

QTEST_GUILESS_MAIN(TlsTest)
#include "tst_tls.moc"
