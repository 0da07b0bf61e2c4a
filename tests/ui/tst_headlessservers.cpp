// The server section of `syncscope --headless` (the table and "servers" of --format json),
// end to end: the built monitor against a real syncscope-server process that is killed with
// SIGKILL and restarted on the same port while the monitor runs.

#include "workspace/workspacefile.h"

#include <syncscope/testsupport/serverprocess.h>
#include <syncscope/testsupport/waiting.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using namespace Qt::StringLiterals;
using namespace syncscope;
using namespace syncscope::monitor;
using namespace std::chrono_literals;

namespace {

// Collects the monitor's standard output line by line as it comes.
class OutputLines final : public QObject
{
public:
    explicit OutputLines(QProcess *process)
    {
        connect(process, &QProcess::readyReadStandardOutput, this, [this, process] {
            m_pending += process->readAllStandardOutput();
            qsizetype end = 0;
            while ((end = m_pending.indexOf('\n')) >= 0) {
                lines.append(QString::fromUtf8(m_pending.left(end)));
                m_pending.remove(0, end + 1);
            }
        });
    }
    QStringList lines;

private:
    QByteArray m_pending;
};

// The "servers" entry for `server` of the last tick printed, if any.
std::optional<QJsonObject> lastServerEntry(const QStringList &lines, const QString &server)
{
    for (qsizetype i = lines.size() - 1; i >= 0; --i) {
        const QJsonObject tick = QJsonDocument::fromJson(lines[i].toUtf8()).object();
        if (tick.value(u"type"_s).toString() != u"tick"_s)
            continue;
        for (const QJsonValue &entry : tick.value(u"servers"_s).toArray()) {
            if (entry.toObject().value(u"server"_s).toString() == server)
                return entry.toObject();
        }
        return std::nullopt;
    }
    return std::nullopt;
}

} // namespace

class HeadlessServersTest final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_home;

    std::unique_ptr<QProcess> startMonitor(const QStringList &args)
    {
        auto process = std::make_unique<QProcess>();
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"HOME"_s, m_home.path());
        env.insert(u"XDG_DATA_HOME"_s, m_home.filePath(u"data"_s));
        env.insert(u"XDG_CONFIG_HOME"_s, m_home.filePath(u"config"_s));
        env.insert(u"LANG"_s, u"C.UTF-8"_s);
        env.insert(u"LC_ALL"_s, u"C.UTF-8"_s);
        env.remove(u"DISPLAY"_s);
        env.remove(u"QT_QPA_PLATFORM"_s);
        env.remove(u"COLUMNS"_s);
        process->setProcessEnvironment(env);
        process->start(QStringLiteral(SYNCSCOPE_MONITOR_BIN), args);
        return process;
    }

    QString workspaceFor(const testsupport::ServerProcess &server, const QString &fileName)
    {
        Workspace w;
        w.title = u"servers"_s;
        for (const QString &name : {u"one"_s, u"two"_s}) {
            SessionDefinition d;
            d.name = name;
            d.serverUrl = server.url();
            d.token = server.mintToken(name, {u"/*"_s});
            d.realmPath = u"/"_s + name;
            d.localPath = m_home.filePath(fileName + u"-"_s + name + u".realm"_s);
            w.sessions.append(d);
        }
        const QString path = m_home.filePath(fileName);
        QString error;
        if (!WorkspaceFile::save(w, path, &error))
            qWarning() << error;
        return path;
    }

    static QString hostPort(const QUrl &url) { return u"%1:%2"_s.arg(url.host()).arg(url.port()); }

private Q_SLOTS:
    void jsonServersFollowAKilledAndRestartedServer()
    {
        testsupport::ServerProcess server;
        QVERIFY2(server.start(), qPrintable(server.errorString()));
        const QString ws = workspaceFor(server, u"json.json"_s);
        auto monitor = startMonitor({u"--headless"_s, u"--workspace"_s, ws, u"--format"_s,
                                     u"json"_s, u"--duration"_s, u"300"_s});
        OutputLines out(monitor.get());
        const QString name = hostPort(server.url());
        const auto entry = [&] { return lastServerEntry(out.lines, name); };
        const auto reach = [&] {
            const auto e = entry();
            return e ? e->value(u"reach"_s).toString() : QString();
        };

        QVERIFY2(testsupport::waitUntil([&] { return reach() == u"reachable"_s; }, 30s),
                 qPrintable(out.lines.join(u'\n')));
        // The monitor pings every 5 s: the round trip comes within that (and a loaded machine).
        QVERIFY2(testsupport::waitUntil(
                     [&] { return entry() && entry()->value(u"ping_rtt_ms"_s).isDouble(); }, 30s),
                 qPrintable(out.lines.join(u'\n')));
        QJsonObject up = *entry();
        QCOMPARE(up.value(u"url"_s).toString(), server.url().toString());
        QCOMPARE(up.value(u"sessions"_s).toInt(), 2);
        QCOMPARE(up.value(u"health"_s).toObject().value(u"syncing"_s).toInt(), 2);
        QCOMPARE(up.value(u"states"_s).toObject().value(u"active"_s).toInt(), 2);
        QVERIFY(up.value(u"last_connect_error"_s).isNull());
        QVERIFY(up.value(u"ping_rtt_ms"_s).toDouble() >= 0.0);

        const QDateTime killedAt = QDateTime::currentDateTimeUtc();
        server.kill();
        QVERIFY2(testsupport::waitUntil(
                     [&] {
                         return reach() == u"unreachable"_s &&
                                entry()->value(u"last_connect_error"_s).isObject();
                     },
                     30s),
                 qPrintable(out.lines.join(u'\n')));
        const QJsonObject down = *entry();
        const QDateTime since =
            QDateTime::fromString(down.value(u"since"_s).toString(), Qt::ISODateWithMs);
        QVERIFY2(since.isValid() && since >= killedAt.addSecs(-1),
                 qPrintable(down.value(u"since"_s).toString()));
        QVERIFY(!down.value(u"last_connect_error"_s)
                     .toObject()
                     .value(u"message"_s)
                     .toString()
                     .isEmpty());
        QVERIFY(down.value(u"ping_rtt_ms"_s).isNull());
        QCOMPARE(down.value(u"health"_s).toObject().value(u"syncing"_s).toInt(), 0);

        QVERIFY2(server.restart(), qPrintable(server.errorString()));
        QVERIFY2(testsupport::waitUntil([&] { return reach() == u"reachable"_s; }, 60s),
                 qPrintable(out.lines.join(u'\n')));
        // Back, and the failure that took it down is still there to read.
        QVERIFY(entry()->value(u"last_connect_error"_s).isObject());

        ::kill(pid_t(monitor->processId()), SIGINT);
        QVERIFY(
            testsupport::waitUntil([&] { return monitor->state() == QProcess::NotRunning; }, 30s));
        QCOMPARE(monitor->exitCode(), 0);
    }

    void tableHasAServerSection()
    {
        testsupport::ServerProcess server;
        QVERIFY2(server.start(), qPrintable(server.errorString()));
        const QString ws = workspaceFor(server, u"table.json"_s);
        auto monitor =
            startMonitor({u"--headless"_s, u"--workspace"_s, ws, u"--duration"_s, u"300"_s});
        OutputLines out(monitor.get());
        const QString name = hostPort(server.url());
        const auto serverRow = [&] {
            for (qsizetype i = out.lines.size() - 1; i >= 0; --i) {
                if (out.lines[i].startsWith(name))
                    return out.lines[i];
            }
            return QString();
        };
        QVERIFY2(
            testsupport::waitUntil([&] { return serverRow().contains(u" Reachable "_s); }, 30s),
            qPrintable(out.lines.join(u'\n')));
        QVERIFY(std::any_of(out.lines.cbegin(), out.lines.cend(), [](const QString &line) {
            return line.startsWith(u"SERVER "_s) && line.contains(u"PING RTT"_s);
        }));
        QVERIFY2(serverRow().contains(u"2: Syncing 2"_s), qPrintable(serverRow()));

        server.kill();
        QVERIFY2(
            testsupport::waitUntil([&] { return serverRow().contains(u" Unreachable "_s); }, 30s),
            qPrintable(out.lines.join(u'\n')));
        // Why, as the SDK says it, once a failed attempt has been reported.
        QVERIFY2(testsupport::waitUntil([&] { return serverRow().contains(u"(code 10"_s); }, 30s),
                 qPrintable(serverRow()));
        ::kill(pid_t(monitor->processId()), SIGINT);
        QVERIFY(
            testsupport::waitUntil([&] { return monitor->state() == QProcess::NotRunning; }, 30s));
    }
};

QTEST_GUILESS_MAIN(HeadlessServersTest)
#include "tst_headlessservers.moc"
