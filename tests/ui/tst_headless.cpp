// `syncscope --headless` end to end: the built binary against a real in-process server, its
// exit codes (docs/api.md), the export it writes, and a clean end on SIGINT.
#include "embeddedtestserver.h"

#include <syncscope/testsupport/waiting.h>

#include "workspace/workspacefile.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

#include <csignal>

using namespace syncscope;
using namespace syncscope::monitor;

namespace {

// Prints every sample of the exposition on standard input, parsed by prometheus_client, as
// JSON: {"name{label=value,...}": value}, the labels sorted by name.
const char kParserScript[] = R"(
import json, sys
from prometheus_client.parser import text_string_to_metric_families
out = {}
for family in text_string_to_metric_families(sys.stdin.read()):
    for s in family.samples:
        labels = ",".join(k + "=" + v for k, v in sorted(s.labels.items()))
        out[s.name + ("{" + labels + "}" if labels else "")] = s.value
print(json.dumps(out))
)";

// Debian's interpreter first: that is where python3-prometheus-client installs the module.
QString pythonWithPrometheusClient()
{
    QStringList candidates = {QStringLiteral("/usr/bin/python3"),
                              QStandardPaths::findExecutable(QStringLiteral("python3"))};
    for (const QString &python : std::as_const(candidates)) {
        if (python.isEmpty() || !QFileInfo(python).isExecutable())
            continue;
        QProcess probe;
        probe.start(python, {QStringLiteral("-c"), QStringLiteral("import prometheus_client")});
        if (probe.waitForFinished(30'000) && probe.exitStatus() == QProcess::NormalExit &&
            probe.exitCode() == 0)
            return python;
    }
    return {};
}

} // namespace

class TestHeadless final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<EmbeddedTestServer> m_server;
    std::unique_ptr<QTemporaryDir> m_home;

    // The server lives in this process: wait with an event loop, never with waitForFinished().
    struct Run
    {
        int exitCode = -1;
        QString out;
        QString err;
    };

    std::unique_ptr<QProcess> start(const QStringList &args,
                                    const QString &program = QStringLiteral(SYNCSCOPE_MONITOR_BIN),
                                    const QStringList &environment = {})
    {
        auto process = std::make_unique<QProcess>();
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("HOME"), m_home->path());
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_home->filePath(QStringLiteral("data")));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home->filePath(QStringLiteral("config")));
        env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
        env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
        env.remove(QStringLiteral("DISPLAY")); // headless must not need one
        env.remove(QStringLiteral("WAYLAND_DISPLAY"));
        env.remove(QStringLiteral("QT_QPA_PLATFORM"));
        env.remove(QStringLiteral("COLUMNS"));
        for (const QString &variable : environment)
            env.insert(variable.section(u'=', 0, 0), variable.section(u'=', 1));
        process->setProcessEnvironment(env);
        process->start(program, args);
        return process;
    }

    Run finish(QProcess &process, int timeoutMs = 30000)
    {
        QSignalSpy finished(&process, &QProcess::finished);
        if (process.state() != QProcess::NotRunning)
            finished.wait(timeoutMs);
        Run run;
        run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
        run.out = QString::fromUtf8(process.readAllStandardOutput());
        run.err = QString::fromUtf8(process.readAllStandardError());
        return run;
    }

    Run run(const QStringList &args, const QStringList &environment = {})
    {
        auto process = start(args, QStringLiteral(SYNCSCOPE_MONITOR_BIN), environment);
        return finish(*process);
    }

    // The lines of the status tables: everything before the summary.
    static QStringList tableLines(const QString &out)
    {
        return out.left(out.indexOf(QStringLiteral("Summary after"))).split(u'\n');
    }

    QString writeWorkspace(const QList<SessionDefinition> &sessions)
    {
        Workspace w;
        w.title = QStringLiteral("headless test");
        w.sessions = sessions;
        const QString path = m_home->filePath(QStringLiteral("ws.json"));
        QString error;
        if (!WorkspaceFile::save(w, path, &error))
            qWarning() << error;
        return path;
    }

    SessionDefinition session(const QString &name, const QString &realm, const QStringList &grants,
                              bool expectedToFail = false)
    {
        SessionDefinition d;
        d.name = name;
        d.serverUrl = m_server->url();
        d.token = m_server->token(QStringLiteral("u"), grants);
        d.realmPath = realm;
        d.localPath = m_home->filePath(name + QStringLiteral(".realm"));
        d.expectedToFail = expectedToFail;
        d.traffic.kind = TrafficSpec::Kind::Steady;
        d.traffic.intervalMs = 100;
        d.traffic.valueBytes = 256;
        return d;
    }

    // GET /metrics of the headless monitor, read with Prometheus' own parser.
    std::optional<QJsonObject> scrape(const QString &python, const QUrl &url)
    {
        QTcpSocket socket;
        QByteArray received;
        connect(&socket, &QTcpSocket::readyRead, this, [&] { received += socket.readAll(); });
        socket.connectToHost(url.host(), quint16(url.port()));
        socket.write("GET /metrics HTTP/1.1\r\nHost: localhost\r\n\r\n");
        // The monitor is another process: waiting with an event loop keeps the test's server
        // running.
        if (!testsupport::waitUntil(
                [&] { return socket.state() == QAbstractSocket::UnconnectedState; },
                std::chrono::seconds(30)))
            return std::nullopt;
        received += socket.readAll();
        const qsizetype headerEnd = received.indexOf("\r\n\r\n");
        if (headerEnd < 0 || !received.startsWith("HTTP/1.1 200") ||
            !received.left(headerEnd).contains("Content-Type: text/plain; version=0.0.4"))
            return std::nullopt;
        QProcess parser;
        parser.start(python, {QStringLiteral("-c"), QString::fromLatin1(kParserScript)});
        parser.write(received.mid(headerEnd + 4));
        parser.closeWriteChannel();
        if (!parser.waitForFinished(60'000) || parser.exitCode() != 0) {
            qWarning() << "the Prometheus parser refused the exposition:"
                       << parser.readAllStandardError() << received;
            return std::nullopt;
        }
        return QJsonDocument::fromJson(parser.readAllStandardOutput()).object();
    }

private Q_SLOTS:
    void init()
    {
        m_server = std::make_unique<EmbeddedTestServer>();
        QVERIFY(m_server->start());
        m_home = std::make_unique<QTemporaryDir>();
    }

    void cleanup() { m_server.reset(); }

    void helpAndVersion()
    {
        Run help = run({QStringLiteral("--help")});
        QCOMPARE(help.exitCode, 0);
        QVERIFY(help.out.contains(QStringLiteral("--headless")));
        QVERIFY(help.out.contains(QStringLiteral("--workspace")));
        Run version = run({QStringLiteral("--version")});
        QCOMPARE(version.exitCode, 0);
        QVERIFY(version.out.contains(QStringLiteral("syncscope")));
    }

    void badUsageExitsTwo_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("message");
        QTest::newRow("unknown") << QStringList{QStringLiteral("--headless"),
                                                QStringLiteral("--frobnicate")}
                                 << QStringLiteral("frobnicate");
        QTest::newRow("duration") << QStringList{QStringLiteral("--headless"),
                                                 QStringLiteral("--duration"), QStringLiteral("-3")}
                                  << QStringLiteral("--duration");
        QTest::newRow("export") << QStringList{QStringLiteral("--headless"),
                                               QStringLiteral("--export"),
                                               QStringLiteral("out.xml")}
                                << QStringLiteral(".csv");
        QTest::newRow("missing-workspace")
            << QStringList{QStringLiteral("--headless"), QStringLiteral("--workspace"),
                           QStringLiteral("/nonexistent/ws.json")}
            << QStringLiteral("/nonexistent/ws.json");
        QTest::newRow("metrics-bad-address")
            << QStringList{QStringLiteral("--headless"), QStringLiteral("--metrics-listen"),
                           QStringLiteral("nowhere:99999")}
            << QStringLiteral("--metrics-listen");
    }

    void badUsageExitsTwo()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, message);
        const Run r = run(args);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
    }

    void malformedWorkspaceNamesLineAndFieldAndExitsTwo()
    {
        const QString path = m_home->filePath(QStringLiteral("bad.json"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("{\n  \"syncscopeWorkspace\": 1,\n  \"sessions\": [\n    { \"name\": \"x\",\n"
                "      \"serverUrl\": 42 }\n  ]\n}\n");
        f.close();
        const Run r = run({QStringLiteral("--headless"), QStringLiteral("--workspace"), path});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QStringLiteral("line 5")), qPrintable(r.err));
        QVERIFY2(r.err.contains(QStringLiteral("sessions[0].serverUrl")), qPrintable(r.err));
    }

    void healthyRunExitsZeroAndWritesTheExport()
    {
        const QString ws = writeWorkspace(
            {session(QStringLiteral("Good"), QStringLiteral("/h/good"), {QStringLiteral("/h/*")}),
             session(QStringLiteral("Denied on purpose"), QStringLiteral("/secret"),
                     {QStringLiteral("/h/*")}, true)});
        const QString exportPath = m_home->filePath(QStringLiteral("progress.jsonl"));
        const Run r = run({QStringLiteral("--headless"), QStringLiteral("--workspace"), ws,
                           QStringLiteral("--duration"), QStringLiteral("2.5"),
                           QStringLiteral("--export"), exportPath});
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        // A status table a second, then the summary.
        QVERIFY(r.out.count(QStringLiteral("NAME")) >= 2);
        QVERIFY(r.out.contains(QStringLiteral("(expected)")));
        QVERIFY(r.out.contains(QStringLiteral("Result: healthy")));
        QFile f(exportPath);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = f.readAll().trimmed().split('\n');
        QVERIFY(lines.size() >= 2);
        bool sawUpload = false;
        for (const QByteArray &line : lines) {
            const QJsonObject o = QJsonDocument::fromJson(line).object();
            QCOMPARE(o.value(QStringLiteral("session")).toString(), QStringLiteral("Good"));
            QCOMPARE(o.value(QStringLiteral("realm_path")).toString(), QStringLiteral("/h/good"));
            sawUpload |= o.value(QStringLiteral("direction")).toString() == u"upload" &&
                         o.value(QStringLiteral("transferred")).toInteger() > 0;
        }
        QVERIFY(sawUpload);
    }

    void unexpectedInvalidExitsOne()
    {
        const QString ws = writeWorkspace(
            {session(QStringLiteral("Good"), QStringLiteral("/h/good"), {QStringLiteral("/h/*")}),
             session(QStringLiteral("Denied"), QStringLiteral("/secret"),
                     {QStringLiteral("/h/*")})});
        const Run r = run({QStringLiteral("--headless"), QStringLiteral("--workspace"), ws,
                           QStringLiteral("--duration"), QStringLiteral("2")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.out.contains(QStringLiteral("(UNEXPECTED)")));
    }

    void failedExportSaysTheExitCodeItReturns()
    {
        const QString ws = writeWorkspace(
            {session(QStringLiteral("Good"), QStringLiteral("/h/good"), {QStringLiteral("/h/*")})});
        const Run r =
            run({QStringLiteral("--headless"), QStringLiteral("--workspace"), ws,
                 QStringLiteral("--duration"), QStringLiteral("1"), QStringLiteral("--export"),
                 m_home->filePath(QStringLiteral("no/such/folder/p.csv"))});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.out.contains(QStringLiteral("Export failed")), qPrintable(r.out));
        QVERIFY2(r.out.contains(QStringLiteral("the export failed (exit code 1)")),
                 qPrintable(r.out));
        QVERIFY(!r.out.contains(QStringLiteral("exit code 0")));
    }

    void failOnDisconnectedFailsOnASessionThatNeverConnects()
    {
        QTcpServer probe; // nobody listens there
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        SessionDefinition unreachable =
            session(QStringLiteral("Nowhere"), QStringLiteral("/h/n"), {QStringLiteral("/h/*")});
        QUrl url = unreachable.serverUrl;
        url.setPort(probe.serverPort());
        probe.close();
        unreachable.serverUrl = url;
        const QString ws = writeWorkspace(
            {session(QStringLiteral("Good"), QStringLiteral("/h/good"), {QStringLiteral("/h/*")}),
             unreachable});
        const QStringList base{QStringLiteral("--headless"), QStringLiteral("--workspace"), ws,
                               QStringLiteral("--duration"), QStringLiteral("2")};
        const Run plain = run(base);
        QVERIFY2(plain.exitCode == 0, qPrintable(plain.out)); // as before: not asked for
        const Run strict = run(base + QStringList{QStringLiteral("--fail-on-disconnected")});
        QVERIFY2(strict.exitCode == 1, qPrintable(strict.out));
        QVERIFY2(strict.out.contains(QStringLiteral("1 session(s) disconnected for 0 s or longer "
                                                    "(exit code 1)")),
                 qPrintable(strict.out));
        // Longer than the run: the session has not been down that long yet.
        const Run patient = run(
            base + QStringList{QStringLiteral("--fail-on-disconnected"), QStringLiteral("600")});
        QVERIFY2(patient.exitCode == 0, qPrintable(patient.out));
        QCOMPARE(run({QStringLiteral("--headless"), QStringLiteral("--fail-on-disconnected=x")})
                     .exitCode,
                 2);
    }

    void aWorkspaceOthersCanReadIsWrittenPrivateAndWarnedAbout()
    {
        // The file holds bearer tokens: saved 0600 whatever the umask, and one that others can
        // read (made by hand or by an older version) is opened with a warning.
        const QString ws = writeWorkspace(
            {session(QStringLiteral("Good"), QStringLiteral("/h/good"), {QStringLiteral("/h/*")})});
        QCOMPARE(QFileInfo(ws).permissions() & ~(QFileDevice::ReadUser | QFileDevice::WriteUser),
                 WorkspaceFile::kPrivatePermissions);
        QVERIFY(WorkspaceFile::permissionWarning(ws).isEmpty());
        Run r = run({QStringLiteral("--headless"), QStringLiteral("--workspace"), ws,
                     QStringLiteral("--duration"), QStringLiteral("1")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(!r.err.contains(QStringLiteral("other users can read")), qPrintable(r.err));

        QVERIFY(QFile::setPermissions(ws, WorkspaceFile::kPrivatePermissions |
                                              QFileDevice::ReadGroup | QFileDevice::ReadOther));
        QVERIFY(!WorkspaceFile::permissionWarning(ws).isEmpty());
        r = run({QStringLiteral("--headless"), QStringLiteral("--workspace"), ws,
                 QStringLiteral("--duration"), QStringLiteral("1")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.err.contains(QStringLiteral("other users can read")), qPrintable(r.err));

        // Saving again over it makes it private, also when the old file was not.
        writeWorkspace(
            {session(QStringLiteral("Good"), QStringLiteral("/h/good"), {QStringLiteral("/h/*")})});
        QCOMPARE(QFileInfo(ws).permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther),
                 QFileDevice::Permissions());
    }

    // --metrics-listen: the monitor's own sessions as Prometheus metrics, checked against a
    // run with one healthy session that uploads, one refused on purpose, and a server restart
    // that makes the healthy one reconnect.
    void metricsListenExposesTheSessions()
    {
        const QString python = pythonWithPrometheusClient();
        if (python.isEmpty()) {
            if (qEnvironmentVariableIsSet("CI"))
                QFAIL("python3 with prometheus_client is missing; scripts/setup installs "
                      "python3-prometheus-client");
            QSKIP("python3 with prometheus_client not found (run scripts/setup)");
        }
        const QString ws = writeWorkspace(
            {session(QStringLiteral("Good"), QStringLiteral("/h/good"), {QStringLiteral("/h/*")}),
             session(QStringLiteral("Denied on purpose"), QStringLiteral("/secret"),
                     {QStringLiteral("/h/*")}, true)});
        auto process = start({QStringLiteral("--headless"), QStringLiteral("--workspace"), ws,
                              QStringLiteral("--metrics-listen"), QStringLiteral("127.0.0.1:0")});
        QVERIFY(process->waitForStarted(10000));
        QUrl url;
        QString err;
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                err += QString::fromUtf8(process->readAllStandardError());
                static const QRegularExpression line(
                    QStringLiteral("metrics at (http://127\\.0\\.0\\.1:\\d+/metrics)"));
                const auto match = line.match(err);
                if (match.hasMatch())
                    url = QUrl(match.captured(1));
                return url.isValid() && !url.isEmpty();
            }(),
            20'000);

        const QString good = QStringLiteral("id=1,session=Good");
        const QString denied = QStringLiteral("id=2,session=Denied on purpose");
        std::optional<QJsonObject> m;
        const auto value = [&](const QString &name, const QString &labels) {
            return m ? m->value(name + u'{' + labels + u'}').toDouble(-1) : -1;
        };
        // Connected, uploading, and the denied session Invalid.
        QTRY_VERIFY_WITH_TIMEOUT(
            (m = scrape(python, url)) &&
                value(QStringLiteral("syncscope_monitor_session_connection"),
                      QStringLiteral("connection=connected,") + good) == 1 &&
                value(QStringLiteral("syncscope_monitor_session_transferred_bytes"),
                      QStringLiteral("direction=upload,") + good) > 0 &&
                value(QStringLiteral("syncscope_monitor_session_state"),
                      denied + QStringLiteral(",state=invalid")) == 1,
            30'000);
        QCOMPARE(
            value(QStringLiteral("syncscope_monitor_sessions"), QStringLiteral("state=active")),
            1.0);
        QCOMPARE(
            value(QStringLiteral("syncscope_monitor_sessions"), QStringLiteral("state=invalid")),
            1.0);
        QCOMPARE(value(QStringLiteral("syncscope_monitor_session_state"),
                       good + QStringLiteral(",state=active")),
                 1.0);
        QCOMPARE(value(QStringLiteral("syncscope_monitor_session_reconnects_total"), good), 0.0);
        QVERIFY(value(QStringLiteral("syncscope_monitor_session_transferable_bytes"),
                      QStringLiteral("direction=download,") + good) >= 0);
        // docs/monitor.md lists every metric.
        QFile doc(QStringLiteral(QT_TESTCASE_SOURCEDIR "/../../docs/monitor.md"));
        QVERIFY(doc.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(doc.readAll());
        QSet<QString> names;
        for (const QString &key : m->keys())
            names.insert(key.left(key.indexOf(u'{')));
        QCOMPARE(names.size(), 7);
        for (const QString &name : std::as_const(names))
            QVERIFY2(text.contains(u'`' + name),
                     qPrintable(QStringLiteral("docs/monitor.md does not list ") + name));

        // The server goes away and comes back on the same port with the same data: one
        // reconnect.
        const quint16 port = quint16(m_server->url().port());
        QSignalSpy stopped(m_server->server(), &server::SyncServer::stopped);
        m_server->server()->stop();
        QVERIFY(!stopped.isEmpty() || stopped.wait(20'000));
        QTRY_VERIFY_WITH_TIMEOUT((m = scrape(python, url)) &&
                                     value(QStringLiteral("syncscope_monitor_session_connection"),
                                           QStringLiteral("connection=connected,") + good) == 0,
                                 30'000);
        QVERIFY(m_server->start(port));
        QTRY_VERIFY_WITH_TIMEOUT(
            (m = scrape(python, url)) &&
                value(QStringLiteral("syncscope_monitor_session_reconnects_total"), good) == 1 &&
                value(QStringLiteral("syncscope_monitor_session_connection"),
                      QStringLiteral("connection=connected,") + good) == 1,
            60'000);

        ::kill(pid_t(process->processId()), SIGINT);
        const Run r = finish(*process);
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
    }

    void sigintEndsCleanlyWithTheExport()
    {
        const QString ws = writeWorkspace(
            {session(QStringLiteral("Good"), QStringLiteral("/h/good"), {QStringLiteral("/h/*")})});
        const QString exportPath = m_home->filePath(QStringLiteral("progress.csv"));
        auto process = start({QStringLiteral("--headless"), QStringLiteral("--workspace"), ws,
                              QStringLiteral("--export"), exportPath});
        QVERIFY(process->waitForStarted(10000));
        // Wait (with the server's event loop running) for the first status table.
        QTRY_VERIFY_WITH_TIMEOUT(process->peek(4096).contains("Connected"), 15000);
        ::kill(pid_t(process->processId()), SIGINT);
        const Run r = finish(*process);
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        QVERIFY(r.out.contains(QStringLiteral("Summary")));
        QFile f(exportPath);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readLine().trimmed(),
                 QByteArray("timestamp_ms,session,realm_path,direction,transferred,transferable"));
        QVERIFY(f.readLine().startsWith(
            QByteArray::number(QDateTime::currentMSecsSinceEpoch()).left(5)));
    }

    void embeddedDemoRunsHealthy()
    {
        // No --workspace: the embedded server and the demo, its denied session expected.
        const QString exportPath = m_home->filePath(QStringLiteral("demo.csv"));
        const Run r = run({QStringLiteral("--headless"), QStringLiteral("--duration"),
                           QStringLiteral("4"), QStringLiteral("--export"), exportPath});
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        for (const char *name : {"Notes (alice)", "Photos (alice, bursty)", "Archive seeder (bob)",
                                 "Archive download (alice, slow link)", "Chat (bob)",
                                 "Drafts (bob): Paused", "Admin settings (bob, denied): Invalid"}) {
            QVERIFY2(r.out.contains(QString::fromUtf8(name)), name);
        }
        QVERIFY(r.out.contains(QStringLiteral("(expected)")));
        QVERIFY(r.out.contains(QStringLiteral("Result: healthy")));
        QFile f(exportPath);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray csv = f.readAll();
        QVERIFY(
            csv.contains("\"Archive download (alice, slow link)\",/demo/shared/archive,download,"));
        // The server's data went to the app-data folder of this (temporary) home.
        QVERIFY(QFile::exists(
            m_home->filePath(QStringLiteral("data/Syncscope/syncscope/embedded-server/secret"))));
    }

    // Piped (not a terminal): plain appended tables without an escape code, each line within
    // COLUMNS, the long name and error cut with "…", and the SDK's log lines on standard error.
    void pipedOutputIsPlainFitsColumnsAndKeepsLogsOnStderr()
    {
        const QString ws =
            writeWorkspace({session(QStringLiteral("Good, with a name much longer than the column"),
                                    QStringLiteral("/h/good"), {QStringLiteral("/h/*")}),
                            session(QStringLiteral("Denied"), QStringLiteral("/secret"),
                                    {QStringLiteral("/h/*")}, true)});
        const Run r = run(
            {QStringLiteral("--headless"), QStringLiteral("--workspace"), ws,
             QStringLiteral("--duration"), QStringLiteral("2.5"),
             QStringLiteral("--watch")}, // a pipe is no terminal: no redraw
            {QStringLiteral("COLUMNS=72"), QStringLiteral("QT_LOGGING_RULES=syncscope.*=true")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        QVERIFY2(!r.out.contains(u'\x1b'), qPrintable(r.out));
        const QStringList lines = tableLines(r.out);
        int tables = 0;
        bool deniedWithReason = false;
        for (const QString &line : lines) {
            QVERIFY2(line.size() <= 72, qPrintable(line));
            tables += line.startsWith(QStringLiteral("NAME "));
            deniedWithReason |= line.startsWith(QStringLiteral("Denied")) &&
                                line.contains(QStringLiteral("the access token")) &&
                                line.endsWith(QChar(0x2026));
            // Only the table: no log line (category: message) among its rows.
            QVERIFY2(!line.startsWith(QStringLiteral("syncscope.")), qPrintable(line));
        }
        QVERIFY(tables >= 2);
        QVERIFY2(deniedWithReason, qPrintable(r.out));
        QVERIFY(r.out.contains(QStringLiteral("Good, with a name much longer") + QChar(0x2026)));
        // The SDK said something, and said it on standard error.
        QVERIFY2(r.err.contains(QStringLiteral("syncscope.")), qPrintable(r.err));
        // Without COLUMNS a pipe has no width: the reason is whole.
        const Run wide = run({QStringLiteral("--headless"), QStringLiteral("--workspace"), ws,
                              QStringLiteral("--duration"), QStringLiteral("1.5")});
        QVERIFY2(
            wide.out.contains(QStringLiteral("does not grant the realm \"/secret\" (code 206)")),
            qPrintable(wide.out));
    }

    // --format json: every line of standard output is one JSON object, a "tick" a second and a
    // "summary" at the end with the exit code the process returns.
    void jsonFormatPrintsOneObjectALine()
    {
        const QString ws = writeWorkspace(
            {session(QStringLiteral("Good"), QStringLiteral("/h/good"), {QStringLiteral("/h/*")}),
             session(QStringLiteral("Denied"), QStringLiteral("/secret"),
                     {QStringLiteral("/h/*")})});
        const Run r = run({QStringLiteral("--headless"), QStringLiteral("--workspace"), ws,
                           QStringLiteral("--duration"), QStringLiteral("2.5"),
                           QStringLiteral("--format"), QStringLiteral("json")},
                          {QStringLiteral("QT_LOGGING_RULES=syncscope.*=true")});
        QCOMPARE(r.exitCode, 1); // Denied is not expected to fail
        const QStringList lines = r.out.trimmed().split(u'\n');
        QVERIFY2(lines.size() >= 3, qPrintable(r.out));
        int ticks = 0;
        for (qsizetype i = 0; i < lines.size(); ++i) {
            QJsonParseError error;
            const QJsonDocument document = QJsonDocument::fromJson(lines[i].toUtf8(), &error);
            QVERIFY2(error.error == QJsonParseError::NoError && document.isObject(),
                     qPrintable(lines[i]));
            const QJsonObject o = document.object();
            const QString type = o.value(QStringLiteral("type")).toString();
            if (i + 1 < lines.size()) {
                QCOMPARE(type, QStringLiteral("tick"));
                ++ticks;
                QCOMPARE(o.value(QStringLiteral("sessions")).toArray().size(), 2);
                continue;
            }
            QCOMPARE(type, QStringLiteral("summary"));
            QCOMPARE(o.value(QStringLiteral("exit_code")).toInt(), 1);
            const QJsonArray sessions = o.value(QStringLiteral("sessions")).toArray();
            QCOMPARE(sessions.size(), 2);
            QCOMPARE(sessions[0].toObject().value(QStringLiteral("health")).toString(),
                     QStringLiteral("syncing"));
            const QJsonObject denied = sessions[1].toObject();
            QCOMPARE(denied.value(QStringLiteral("state")).toString(), QStringLiteral("invalid"));
            QCOMPARE(denied.value(QStringLiteral("last_error"))
                         .toObject()
                         .value(QStringLiteral("code"))
                         .toInt(),
                     206);
            QCOMPARE(o.value(QStringLiteral("failures")).toArray().size(), 1);
        }
        QVERIFY(ticks >= 2);
        QVERIFY2(r.err.contains(QStringLiteral("syncscope.")), qPrintable(r.err));
        QCOMPARE(
            run({QStringLiteral("--headless"), QStringLiteral("--format"), QStringLiteral("xml")})
                .exitCode,
            2);
    }

    // --watch on a terminal (a pseudo-terminal of script(1), 64 columns): the table is redrawn
    // in place with cursor movements, and each line fits the terminal's width.
    void watchRedrawsInPlaceOnATerminal()
    {
        const QString script = QStandardPaths::findExecutable(QStringLiteral("script"));
        if (script.isEmpty())
            QSKIP("script(1) (Debian package bsdutils) is not installed");
        const QString ws =
            writeWorkspace({session(QStringLiteral("Good, with a name much longer than the column"),
                                    QStringLiteral("/h/good"), {QStringLiteral("/h/*")})});
        const QString command =
            QStringLiteral("stty cols 64 rows 40; exec '%1' --headless --watch --workspace '%2' "
                           "--duration 3.5")
                .arg(QStringLiteral(SYNCSCOPE_MONITOR_BIN), ws);
        auto process =
            start({QStringLiteral("-qec"), command, QStringLiteral("/dev/null")}, script);
        const Run r = finish(*process);
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        // Each later table starts by moving up over the previous one (6F: its six lines, the
        // title, the header and the session, then an empty line, the server header and the
        // server) and clearing to the end of the screen.
        QVERIFY2(r.out.contains(QStringLiteral("\x1b[6F\x1b[J[")), qPrintable(r.out));
        static const QRegularExpression escape(QStringLiteral("\x1b\\[[0-9]*[A-Za-z]"));
        QString plain = r.out;
        plain.remove(escape).remove(u'\r');
        QVERIFY(plain.count(QStringLiteral("NAME ")) >= 2);
        for (const QString &line : tableLines(plain)) // the summary may wrap: it stays
            QVERIFY2(line.size() <= 64, qPrintable(line));
        QVERIFY(plain.contains(QStringLiteral("Summary after")));
    }

    void germanHelpFollowsLang()
    {
        const Run r =
            run({QStringLiteral("--lang"), QStringLiteral("de"), QStringLiteral("--headless"),
                 QStringLiteral("--duration"), QStringLiteral("nix")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QStringLiteral("Sekunden")), qPrintable(r.err));
    }
};

QTEST_GUILESS_MAIN(TestHeadless)
#include "tst_headless.moc"
