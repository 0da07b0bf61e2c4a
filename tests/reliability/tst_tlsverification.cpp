// TLS end to end with certificates made at run time by the openssl CLI: a test CA signs the
// server's certificate; syncscope-server serves wss:// with it; the client SDK trusts it only
// through ClientConfig::caCertificates, verifies by default, and refuses a wrong host name.

#include "logcapture.h"
#include "syncfixture.h"

#include <QFile>
#include <QLoggingCategory>
#include <QProcess>
#include <QSignalSpy>
#include <QSslSocket>
#include <QStandardPaths>
#include <QTest>

using namespace std::chrono_literals;
using namespace syncscope;
using namespace syncscope::reliability;
using namespace Qt::StringLiterals;

class TestTlsVerification final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_certs;
    QString m_openssl;

    bool openssl(const QStringList &arguments)
    {
        QProcess process;
        process.setWorkingDirectory(m_certs.path());
        process.start(m_openssl, arguments);
        if (!process.waitForFinished(30000) || process.exitCode() != 0) {
            qWarning() << "openssl" << arguments << process.readAllStandardError();
            return false;
        }
        return true;
    }
    QString cert(const QString &name) const { return m_certs.filePath(name); }

    // A CA, a server certificate for localhost/127.0.0.1 signed by it, and one for another
    // host name signed by it too.
    bool makeCertificates()
    {
        const QStringList ec = {u"-newkey"_s, u"ec"_s, u"-pkeyopt"_s,
                                u"ec_paramgen_curve:prime256v1"_s, u"-nodes"_s};
        if (!openssl(QStringList{u"req"_s, u"-x509"_s} + ec +
                     QStringList{u"-keyout"_s, u"ca.key"_s, u"-out"_s, u"ca.pem"_s, u"-days"_s,
                                 u"2"_s, u"-subj"_s, u"/CN=Syncscope Test CA"_s, u"-addext"_s,
                                 u"basicConstraints=critical,CA:TRUE"_s, u"-addext"_s,
                                 u"keyUsage=critical,keyCertSign,cRLSign"_s}))
            return false;
        for (const auto &[name, san] :
             {std::pair{u"server"_s, u"subjectAltName=DNS:localhost,IP:127.0.0.1"_s},
              std::pair{u"elsewhere"_s, u"subjectAltName=DNS:elsewhere.example"_s}}) {
            QFile ext(cert(name + u".ext"_s));
            if (!ext.open(QIODevice::WriteOnly))
                return false;
            ext.write(san.toUtf8() + '\n');
            ext.close();
            if (!openssl(QStringList{u"req"_s} + ec +
                         QStringList{u"-keyout"_s, name + u".key"_s, u"-out"_s, name + u".csr"_s,
                                     u"-subj"_s, u"/CN="_s + name}) ||
                !openssl({u"x509"_s, u"-req"_s, u"-in"_s, name + u".csr"_s, u"-CA"_s, u"ca.pem"_s,
                          u"-CAkey"_s, u"ca.key"_s, u"-CAcreateserial"_s, u"-out"_s,
                          name + u".pem"_s, u"-days"_s, u"2"_s, u"-extfile"_s, name + u".ext"_s}))
                return false;
        }
        return true;
    }

    ClientConfig trusting() const
    {
        ClientConfig config = fastClientConfig();
        config.caCertificates = QSslCertificate::fromPath(cert(u"ca.pem"_s));
        return config;
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (!QSslSocket::supportsSsl())
            QSKIP("Qt has no TLS backend here");
        m_openssl = QStandardPaths::findExecutable(u"openssl"_s);
        if (m_openssl.isEmpty())
            QSKIP("the openssl command is not installed");
        QVERIFY(m_certs.isValid());
        QVERIFY(makeCertificates());
    }

    void clientWithTheCustomCaSyncsOverWss()
    {
        SyncFixture fx;
        fx.server.setExtraArguments(
            {u"--tls-cert"_s, cert(u"server.pem"_s), u"--tls-key"_s, cert(u"server.key"_s)});
        QVERIFY2(fx.server.start(), qPrintable(fx.server.errorString()));
        QCOMPARE(fx.server.url().scheme(), u"wss"_s); // from "listening on wss://..."
        QCOMPARE(fx.server.url().host(), u"127.0.0.1"_s);

        App writerApp(trusting());
        const auto writer = fx.logIn(writerApp);
        const auto a = fx.open(writerApp, writer, fx.server.url(), u"/rel/tls"_s, u"a"_s);
        QVERIFY2(a, qPrintable(writerApp.lastError()));
        QVERIFY(a->write(u"over"_s, "tls"));
        QCOMPARE(waitForFuture(a->syncSession()->uploadAllLocalChanges(20s), 25s), QString());
        QVERIFY(a->syncSession()->isConnected());

        App readerApp(trusting());
        const auto reader = fx.logIn(readerApp, u"bob"_s);
        const auto b = fx.open(readerApp, reader, fx.server.url(), u"/rel/tls"_s, u"b"_s);
        QVERIFY2(b, qPrintable(readerApp.lastError()));
        QCOMPARE(waitForFuture(b->syncSession()->downloadAllServerChanges(20s), 25s), QString());
        QCOMPARE(b->value(u"over"_s), std::optional<QByteArray>("tls"));
    }

    void clientVerifiesByDefault_data()
    {
        QTest::addColumn<QString>("certificate");
        QTest::addColumn<bool>("trustCa");
        // The CA is not trusted: the server's certificate cannot be verified.
        QTest::newRow("unknown CA") << u"server"_s << false;
        // The CA is trusted, but the certificate names another host.
        QTest::newRow("wrong host name") << u"elsewhere"_s << true;
    }
    void clientVerifiesByDefault()
    {
        QFETCH(QString, certificate);
        QFETCH(bool, trustCa);
        SyncFixture fx;
        fx.server.setExtraArguments({u"--tls-cert"_s, cert(certificate + u".pem"_s), u"--tls-key"_s,
                                     cert(certificate + u".key"_s)});
        QVERIFY2(fx.server.start(), qPrintable(fx.server.errorString()));
        LogCapture log(u"syncscope.client.connection"_s);
        App app(trustCa ? trusting() : fastClientConfig());
        const auto user = fx.logIn(app);
        const auto realm = fx.open(app, user, fx.server.url(), u"/rel/tls"_s, u"refused"_s);
        QVERIFY2(realm, qPrintable(app.lastError()));
        SyncSession *session = realm->syncSession();
        QSignalSpy errors(session, &SyncSession::errorOccurred);
        QVERIFY(realm->write(u"never"_s, "sent"));
        bool everConnected = false;
        session->addConnectionNotification([&](ConnectionState state, ConnectionState) {
            everConnected |= state == ConnectionState::Connected;
        });
        // Several attempts fail verification (the log names the reason, code 1009)...
        QTRY_VERIFY_WITH_TIMEOUT(log.text().count(u"1009"_s) >= 2, 15000);
        QVERIFY(!everConnected); // so the write was never sent
        QVERIFY(!session->isConnected());
        const QString text = log.text();
        QVERIFY2(text.contains(u"certificate"_s, Qt::CaseInsensitive) ||
                     text.contains(u"host name"_s, Qt::CaseInsensitive) || text.contains(u"SSL"_s),
                 qPrintable(text));
        // ...and the user of the SDK gets told why, not only the log: once per reason, not
        // once per retry, and the session keeps retrying (an admin may fix the certificate).
        QCOMPARE(errors.size(), 1);
        const auto reported = errors.first().first().value<SyncError>();
        QCOMPARE(reported.code(), int(ClientErrorCode::TlsVerificationFailed));
        QVERIFY(!reported.isFatal());
        const QString server = u"%1:%2"_s.arg(fx.server.url().host()).arg(fx.server.url().port());
        QVERIFY2(reported.message().startsWith(u"The TLS certificate of "_s + server +
                                               u" is not trusted: "_s),
                 qPrintable(reported.message()));
        QVERIFY2(reported.message().contains(trustCa ? u"host name"_s : u"certificate"_s,
                                             Qt::CaseInsensitive),
                 qPrintable(reported.message()));
        QCOMPARE(session->lastError().code(), int(ClientErrorCode::TlsVerificationFailed));
        QCOMPARE(session->lastError().message(), reported.message());
        QCOMPARE(session->state(), SessionState::Active);
    }
};

QTEST_GUILESS_MAIN(TestTlsVerification)
#include "tst_tlsverification.moc"
