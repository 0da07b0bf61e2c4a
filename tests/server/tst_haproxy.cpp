// docs/examples/haproxy.cfg, run for real: HAProxy on 127.0.0.1 in front of two
// syncscope-server nodes, with the example's timeouts and health check and only its addresses
// replaced by the test's ports. A client syncs through the proxy; the node it uses is
// SIGKILLed and the client reconnects through the proxy to the other node and syncs on.
//
// The two nodes share one data directory, one after the other (SQLite locks it, so two nodes
// cannot serve it at once): the stand-in for shared storage until the PostgreSQL back end, so
// that the session can really continue on the second node. Skipped only when haproxy is not
// installed (scripts/setup installs it).

#include <syncscope/syncscope.h>
#include <syncscope/testsupport/futures.h>
#include <syncscope/testsupport/serverprocess.h>
#include <syncscope/testsupport/waiting.h>

#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace syncscope;
using namespace std::chrono_literals;
using namespace Qt::StringLiterals;
using testsupport::ServerProcess;

namespace {

QString haproxyProgram()
{
    // Debian installs it in /usr/sbin, which a non-root PATH may lack.
    const QString inPath = QStandardPaths::findExecutable(u"haproxy"_s);
    if (!inPath.isEmpty())
        return inPath;
    return QStandardPaths::findExecutable(u"haproxy"_s, {u"/usr/sbin"_s, u"/usr/local/sbin"_s});
}

// The example with the test's addresses (the frontend's bind line and the two server lines)
// and a small maxconn. Everything else (timeouts, balancing, health check) is the example's own.
// Empty if the example no longer has the lines this replaces.
QString configFromExample(quint16 frontend, quint16 node1, quint16 node2)
{
    QFile example(QStringLiteral(SYNCSCOPE_SOURCE_DIR "/docs/examples/haproxy.cfg"));
    if (!example.open(QIODevice::ReadOnly))
        return {};
    QString config = QString::fromUtf8(example.readAll());
    const struct
    {
        QRegularExpression pattern;
        QString replacement;
    } edits[] = {
        {QRegularExpression(u"^(\\s*)bind \\S+$"_s, QRegularExpression::MultilineOption),
         u"\\1bind 127.0.0.1:%1"_s.arg(frontend)},
        {QRegularExpression(u"^(\\s*)server node1 \\S+"_s, QRegularExpression::MultilineOption),
         u"\\1server node1 127.0.0.1:%1"_s.arg(node1)},
        {QRegularExpression(u"^(\\s*)server node2 \\S+"_s, QRegularExpression::MultilineOption),
         u"\\1server node2 127.0.0.1:%1"_s.arg(node2)},
        // HAProxy wants two descriptors per connection up front; a test machine's descriptor
        // limit may be below what the example's maxconn asks for a production host.
        {QRegularExpression(u"^(\\s*)maxconn \\d+"_s, QRegularExpression::MultilineOption),
         u"\\1maxconn 256"_s},
    };
    for (const auto &edit : edits) {
        if (!edit.pattern.match(config).hasMatch())
            return {};
        config.replace(edit.pattern, edit.replacement);
    }
    return config;
}

int settle(QFuture<void> future)
{
    const auto outcome = testsupport::awaitFuture(future, 60s);
    using Result = testsupport::FutureOutcome::Result;
    return outcome.result == Result::Succeeded    ? 0
           : outcome.result == Result::SyncFailed ? outcome.code
                                                  : -1;
}

} // namespace

class HaproxyTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private Q_SLOTS:
    void theExampleIsAValidConfiguration()
    {
        const QString haproxy = haproxyProgram();
        if (haproxy.isEmpty())
            QSKIP("haproxy is not installed (scripts/setup installs it)");
        const QString path = m_dir.filePath(u"check.cfg"_s);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        const QString config = configFromExample(1, 2, 3);
        QVERIFY2(!config.isEmpty(), "the example lost its bind or server lines");
        file.write(config.toUtf8());
        file.close();
        QProcess check;
        check.start(haproxy, {u"-c"_s, u"-f"_s, path});
        QVERIFY(check.waitForFinished(30'000));
        const QString output =
            QString::fromLocal8Bit(check.readAllStandardOutput() + check.readAllStandardError());
        QCOMPARE(check.exitCode(), 0);
        QVERIFY2(!output.contains(u"WARNING"_s), qPrintable(output));
    }

    void aClientFailsOverThroughHaproxyWhenItsNodeIsKilled()
    {
        const QString haproxy = haproxyProgram();
        if (haproxy.isEmpty())
            QSKIP("haproxy is not installed (scripts/setup installs it)");

        ServerProcess node1;
        QVERIFY2(node1.start(), qPrintable(node1.errorString()));
        ServerProcess node2; // node1's storage and secret, started once node1 is gone
        node2.setDataDir(node1.dataDir());
        node2.setSecretFile(node1.secretFile());
        const quint16 node2Port = ServerProcess::reserveFreePort();
        const quint16 frontend = ServerProcess::reserveFreePort();
        QVERIFY(node2Port != 0 && frontend != 0 && node2Port != frontend);
        node2.setPort(node2Port);

        const QString path = m_dir.filePath(u"haproxy.cfg"_s);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        const QString config = configFromExample(frontend, node1.port(), node2Port);
        QVERIFY(!config.isEmpty());
        file.write(config.toUtf8());
        file.close();
        QProcess proxy;
        proxy.setProcessChannelMode(QProcess::MergedChannels);
        proxy.start(haproxy, {u"-db"_s, u"-f"_s, path});
        QVERIFY2(proxy.waitForStarted(10'000), qPrintable(proxy.errorString()));
        const auto proxyOutput = [&proxy] {
            return QString::fromLocal8Bit(proxy.readAllStandardOutput());
        };
        QVERIFY2(testsupport::waitUntil(
                     [&] {
                         QTcpSocket probe;
                         probe.connectToHost(QHostAddress::LocalHost, frontend);
                         return probe.waitForConnected(200) ||
                                proxy.state() == QProcess::NotRunning;
                     },
                     30s) &&
                     proxy.state() == QProcess::Running,
                 qPrintable(proxyOutput()));

        ClientConfig timing;
        timing.connectTimeout = 10s;
        timing.pingInterval = 1s;
        timing.pongTimeout = 5s;
        timing.reconnectDelayMin = 100ms;
        timing.reconnectDelayMax = 1s;
        App app(timing);
        const QUrl viaProxy(u"ws://127.0.0.1:%1"_s.arg(frontend));
        auto writer = app.openRealm(app.logIn(node1.mintToken(u"alice"_s, {u"/*"_s})),
                                    SyncConfig{viaProxy, u"/ha"_s, m_dir.filePath(u"w.realm"_s)});
        auto reader = app.openRealm(app.logIn(node1.mintToken(u"bob"_s, {u"/*"_s})),
                                    SyncConfig{viaProxy, u"/ha"_s, m_dir.filePath(u"r.realm"_s)});
        QVERIFY(writer && reader);
        SyncSession *w = writer->syncSession();
        SyncSession *r = reader->syncSession();
        QVERIFY(writer->write(u"before"_s, "through node1"));
        QCOMPARE(settle(w->uploadAllLocalChanges()), 0);
        QCOMPARE(settle(r->downloadAllServerChanges()), 0);
        QCOMPARE(reader->value(u"before"_s), std::optional<QByteArray>("through node1"));
        QVERIFY(w->isConnected());
        QCOMPARE(w->currentServerUrl(), viaProxy);

        QSignalSpy lost(w, &SyncSession::connectionErrorOccurred);
        node1.kill();
        QVERIFY2(node2.start(), qPrintable(node2.errorString()));
        QVERIFY(writer->write(u"after"_s, "through node2"));
        QTRY_VERIFY_WITH_TIMEOUT(!lost.isEmpty(), 30'000); // the proxy passed the loss on
        QCOMPARE(settle(w->uploadAllLocalChanges()), 0);
        QCOMPARE(settle(r->downloadAllServerChanges()), 0);
        QCOMPARE(reader->value(u"after"_s), std::optional<QByteArray>("through node2"));
        QCOMPARE(reader->keys().size(), 2);
        QCOMPARE(w->state(), SessionState::Active);
        QCOMPARE(w->lastError().code(), 0); // the client file went on on node2
        QVERIFY(w->isConnected());
        QVERIFY2(node2.standardError().contains(u"bound to"_s), qPrintable(node2.standardError()));

        proxy.terminate();
        QVERIFY(proxy.waitForFinished(10'000));
    }
};

QTEST_GUILESS_MAIN(HaproxyTest)
#include "tst_haproxy.moc"
