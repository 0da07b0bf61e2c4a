// Seeded chaos: several client processes, each with several sessions, write and remove random
// keys while a seeded injector throws network faults at each client's proxy (and now and then
// SIGKILLs and restarts the server). Then everything heals, every client uploads, then
// downloads, and the oracle checks that nothing was lost:
//  - every write()/remove() that returned true is reflected on the server and on every
//    replica, or superseded by a later write to the same key (last writer wins);
//  - every replica equals the server; no key appears that nobody wrote;
//  - no session ended Invalid, no process crashed.
//
// Environment (docs/reliability.md): SYNCSCOPE_CHAOS_SEEDS="1,2,3" or "random",
// SYNCSCOPE_CHAOS_SECONDS (writing time per seed, default 5), SYNCSCOPE_CHAOS_CLIENTS
// (default 3), SYNCSCOPE_CHAOS_SERVER_KILLS=0 to keep the server alive,
// SYNCSCOPE_CHAOS_NODES=2 for several server nodes on one PostgreSQL database (needs
// SYNCSCOPE_TEST_POSTGRES=1): each client has a proxy to every node, starts on its own node and
// fails over to the others, and a killed node comes back only after a while.

#include "faultproxy.h"
#include "syncfixture.h"

#include <syncscope/testsupport/postgrescluster.h>

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QProcess>
#include <QRandomGenerator>
#include <QTest>
#include <QTimer>

#include <map>
#include <set>

using namespace std::chrono_literals;
using namespace syncscope;
using namespace syncscope::reliability;
using namespace Qt::StringLiterals;

namespace {

const QStringList kRealms = {u"/chaos/r0"_s, u"/chaos/r1"_s, u"/chaos/r2"_s};

int envInt(const char *name, int fallback)
{
    bool ok = false;
    const int value = qEnvironmentVariableIntValue(name, &ok);
    return ok ? value : fallback;
}

// One chaos client process and what it reported.
struct ChaosClient
{
    QString name;
    std::unique_ptr<FaultProxy> proxy;                     // to the client's own node
    std::vector<std::unique_ptr<FaultProxy>> otherProxies; // to the other nodes, in order
    std::unique_ptr<QProcess> process;
    QByteArray output;
    QList<QByteArrayList> lines; // split lines, in order

    void collect()
    {
        output += process->readAllStandardOutput();
        qsizetype newline;
        while ((newline = output.indexOf('\n')) >= 0) {
            if (qEnvironmentVariableIsSet("SYNCSCOPE_CHAOS_VERBOSE"))
                qInfo().noquote() << name << QString::fromUtf8(output.left(newline));
            lines.append(output.left(newline).split(' '));
            output.remove(0, newline + 1);
        }
    }
    bool said(const QByteArray &word) const
    {
        for (const QByteArrayList &line : lines) {
            if (line.value(0) == word)
                return true;
        }
        return false;
    }
};

struct FaultCounts
{
    std::map<QString, int> byKind;
    void add(const QString &kind) { ++byKind[kind]; }
    QString summary() const
    {
        QStringList parts;
        for (const auto &[kind, count] : byKind)
            parts << QStringLiteral("%1=%2").arg(kind).arg(count);
        return parts.join(u' ');
    }
};

} // namespace

// Which keys a replica holds differently from the server (the first few), so that a failed
// run says what to look for in the clients' output.
QString describeDifference(const std::map<QByteArray, QByteArray> &replica,
                           const std::map<QByteArray, QByteArray> &server)
{
    QStringList differences;
    const auto note = [&](const QByteArray &key) {
        const auto r = replica.find(key);
        const auto s = server.find(key);
        differences.append(QStringLiteral("%1 replica %2 server %3")
                               .arg(QString::fromUtf8(key),
                                    r == replica.end() ? u"-"_s : QString::fromLatin1(r->second),
                                    s == server.end() ? u"-"_s : QString::fromLatin1(s->second)));
    };
    for (const auto &[key, digest] : replica) {
        if (differences.size() < 5 && (!server.count(key) || server.at(key) != digest))
            note(key);
    }
    for (const auto &[key, digest] : server) {
        if (differences.size() < 5 && !replica.count(key))
            note(key);
    }
    return differences.join(u"; "_s);
}

class TestChaos final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void seededChaosLosesNothing_data()
    {
        QTest::addColumn<quint32>("seed");
        QByteArray seeds = qgetenv("SYNCSCOPE_CHAOS_SEEDS");
        if (seeds.isEmpty())
            seeds = "1,2,3";
        if (seeds == "random") {
            const quint32 seed = QRandomGenerator::system()->generate();
            QTest::newRow(qPrintable(QStringLiteral("seed %1").arg(seed))) << seed;
            return;
        }
        for (const QByteArray &seed : seeds.split(','))
            QTest::newRow(qPrintable(u"seed "_s + QString::fromLatin1(seed))) << seed.toUInt();
    }

    void seededChaosLosesNothing()
    {
        QFETCH(quint32, seed);
        const QString context = QStringLiteral("[chaos seed %1] ").arg(seed);
        qInfo().noquote() << context << "starting (rerun with SYNCSCOPE_CHAOS_SEEDS=" << seed
                          << ")";
        const int writeMs = envInt("SYNCSCOPE_CHAOS_SECONDS", 5) * 1000;
        const int clientCount = envInt("SYNCSCOPE_CHAOS_CLIENTS", 3);
        const bool serverKills = envInt("SYNCSCOPE_CHAOS_SERVER_KILLS", 1) != 0;
        const int nodeCount = std::max(1, envInt("SYNCSCOPE_CHAOS_NODES", 1));
        if (nodeCount > 1 && !testsupport::PostgresCluster::testsUseShared())
            QSKIP(
                "several nodes share one database only on PostgreSQL (SYNCSCOPE_TEST_POSTGRES=1)");

        SyncFixture fx;
        QVERIFY2(fx.server.start(), qPrintable(fx.server.errorString()));
        // Node 0 is the fixture's server; the others share its data directory (hence its
        // PostgreSQL database) and its secret.
        std::vector<std::unique_ptr<testsupport::ServerProcess>> otherNodes;
        for (int n = 1; n < nodeCount; ++n) {
            auto node = std::make_unique<testsupport::ServerProcess>();
            node->setDataDir(fx.dataDir());
            node->setSecretFile(fx.server.secretFile());
            QVERIFY2(node->start(), qPrintable(node->errorString()));
            otherNodes.push_back(std::move(node));
        }
        auto node = [&](int n) -> testsupport::ServerProcess & {
            return n == 0 ? fx.server : *otherNodes.at(size_t(n - 1));
        };
        std::vector<FaultProxy *> proxies; // every client's proxies, the injector's targets
        std::vector<std::unique_ptr<ChaosClient>> clients;
        for (int i = 0; i < clientCount; ++i) {
            auto client = std::make_unique<ChaosClient>();
            client->name = QStringLiteral("c%1").arg(i);
            // Clients spread over the nodes: each starts on its own and has the others after it.
            client->proxy = std::make_unique<FaultProxy>();
            QVERIFY(client->proxy->start(node(i % nodeCount).port()));
            proxies.push_back(client->proxy.get());
            QStringList otherUrls;
            for (int n = 1; n < nodeCount; ++n) {
                auto other = std::make_unique<FaultProxy>();
                QVERIFY(other->start(node((i + n) % nodeCount).port()));
                otherUrls.append(other->url().toString());
                proxies.push_back(other.get());
                client->otherProxies.push_back(std::move(other));
            }
            const QString dir = fx.temp.filePath(client->name);
            QVERIFY(QDir().mkpath(dir));
            client->process = std::make_unique<QProcess>();
            ChaosClient *raw = client.get();
            connect(client->process.get(), &QProcess::readyReadStandardOutput, this,
                    [raw] { raw->collect(); });
            client->process->setProcessChannelMode(QProcess::ForwardedErrorChannel);
            client->process->start(QStringLiteral(SYNCSCOPE_RELIABILITY_CLIENT),
                                   {u"chaos"_s, u"--url"_s, client->proxy->url().toString(),
                                    u"--token"_s,
                                    fx.server.mintToken(u"user-"_s + client->name, {u"/chaos/*"_s}),
                                    u"--realms"_s, kRealms.join(u','), u"--dir"_s, dir, u"--seed"_s,
                                    QString::number(seed * 1000 + quint32(i)), u"--duration-ms"_s,
                                    QString::number(writeMs), u"--client"_s, client->name,
                                    u"--other-urls"_s, otherUrls.join(u',')});
            clients.push_back(std::move(client));
        }

        // The injector: one random fault on one random proxy every 50–400 ms.
        QRandomGenerator random(seed);
        FaultCounts faults;
        int serverKillsDone = 0;
        int restartsPending = 0;
        QObject timersOfThisRun; // cancels delayed restarts when the run ends early
        // A killed node restarts at once when it is the only one; with several, it stays down a
        // while so that its clients run on the others meanwhile.
        auto killNode = [&](int n) {
            node(n).kill();
            faults.add(u"server-sigkill"_s);
            auto restart = [&, n] {
                if (!node(n).restart())
                    qWarning().noquote()
                        << context << "node" << n << "restart failed:" << node(n).errorString();
            };
            if (nodeCount == 1) {
                restart();
                return;
            }
            ++restartsPending;
            QTimer::singleShot(random.bounded(300, 1500), &timersOfThisRun, [&, restart] {
                restart();
                --restartsPending;
            });
        };
        QTimer injector;
        injector.setSingleShot(true);
        std::function<void()> inject = [&] {
            FaultProxy &proxy = *proxies[size_t(random.bounded(int(proxies.size())))];
            const auto direction = random.bounded(2) ? FaultProxy::Direction::ClientToServer
                                                     : FaultProxy::Direction::ServerToClient;
            const int dice = random.bounded(100);
            if (dice < 25) {
                proxy.pass();
                faults.add(u"heal"_s);
            } else if (dice < 35) {
                proxy.setDelay(std::chrono::milliseconds(random.bounded(10, 150)));
                faults.add(u"delay"_s);
            } else if (dice < 45) {
                proxy.setThrottle(random.bounded(20'000, 500'000));
                faults.add(u"throttle"_s);
            } else if (dice < 57) {
                proxy.resetConnections();
                faults.add(u"reset"_s);
            } else if (dice < 65) {
                proxy.closeConnections();
                faults.add(u"close"_s);
            } else if (dice < 75) {
                proxy.setBlackhole(true);
                faults.add(u"blackhole"_s);
            } else if (dice < 85) {
                proxy.cutInsideNextFrame(direction, random.bounded(1, 2000));
                faults.add(u"cut-frame"_s);
            } else if (dice < 92) {
                proxy.cutAfterBytes(direction, random.bounded(1, 20'000));
                faults.add(u"cut-bytes"_s);
            } else if (dice < 98 || !serverKills || serverKillsDone >= 2) {
                proxy.setRefuseConnections(true);
                faults.add(u"refuse"_s);
            } else {
                const int victim = nodeCount > 1 ? random.bounded(nodeCount) : 0;
                if (node(victim).isRunning()) {
                    ++serverKillsDone;
                    killNode(victim);
                }
            }
            injector.start(random.bounded(50, 400));
        };
        connect(&injector, &QTimer::timeout, this, inject);
        injector.start(100);
        // Besides the random ones, one server SIGKILL + restart halfway through every run.
        QTimer::singleShot(writeMs / 2, &timersOfThisRun, [&] {
            if (serverKills && fx.server.isRunning())
                killNode(0);
        });

        auto allSaid = [&](const QByteArray &word) {
            for (const auto &client : clients) {
                if (!client->said(word) && !(word == "uploaded" && client->said("upload-failed")))
                    return false;
            }
            return true;
        };
        // On a timeout: where each client got stuck.
        auto diagnostics = [&] {
            QString text = context;
            for (const auto &client : clients) {
                text += u'\n' + client->name + u" running="_s +
                        QString::number(client->process->state() == QProcess::Running) +
                        u" last: "_s;
                for (qsizetype i = std::max<qsizetype>(0, client->lines.size() - 3);
                     i < client->lines.size(); ++i)
                    text += QString::fromUtf8(client->lines[i].join(' ').left(120)) + u" | "_s;
            }
            return text;
        };
        auto anyExited = [&] {
            for (const auto &client : clients) {
                if (client->process->state() == QProcess::NotRunning)
                    return true;
            }
            return false;
        };
        QTRY_VERIFY2_WITH_TIMEOUT(allSaid("writing-done") || anyExited(),
                                  qPrintable(diagnostics() + u"\nwriters did not finish"_s),
                                  writeMs + 20000);
        injector.stop();
        QTRY_VERIFY_WITH_TIMEOUT(restartsPending == 0, 30000);
        // Every SIGKILL above is followed by a restart, so a server that is not running now
        // crashed by itself.
        for (int n = 0; n < nodeCount; ++n)
            QVERIFY2(node(n).isRunning(),
                     qPrintable(context + QStringLiteral("node %1 crashed: ").arg(n) +
                                node(n).standardError().right(2000)));
        for (FaultProxy *proxy : proxies)
            proxy->pass();

        QTRY_VERIFY2_WITH_TIMEOUT(allSaid("uploaded") || anyExited(),
                                  qPrintable(diagnostics() + u"\nuploads did not finish"_s), 45000);
        for (const auto &client : clients)
            client->process->write("download\n");
        QTRY_VERIFY2_WITH_TIMEOUT(allSaid("end") || anyExited(),
                                  qPrintable(diagnostics() + u"\ndownloads did not finish"_s),
                                  70000);
        for (const auto &client : clients) {
            // Not waitForFinished(): the proxies in this process must keep forwarding while
            // the client shuts down.
            QTRY_VERIFY2_WITH_TIMEOUT(client->process->state() == QProcess::NotRunning,
                                      qPrintable(context + client->name + u" did not exit"_s),
                                      20000);
            client->collect();
            QVERIFY2(client->process->exitStatus() == QProcess::NormalExit &&
                         client->process->exitCode() == 0,
                     qPrintable(context + client->name + u" crashed or failed"_s));
        }

        for (int n = 0; n < nodeCount; ++n)
            QVERIFY2(node(n).isRunning(),
                     qPrintable(context + QStringLiteral("node %1 crashed").arg(n)));

        // The oracle.
        struct Expectation
        {
            std::optional<QByteArray> lastOwnDigest; // nullopt + removed: must be absent
            bool removed = false;
            std::set<QByteArray> anyOf; // shared keys: any value someone wrote
        };
        std::map<QString, std::map<QByteArray, Expectation>> expected; // realm → key →
        int writes = 0;
        int removes = 0;
        for (const auto &client : clients) {
            for (const QByteArrayList &line : std::as_const(client->lines)) {
                const QByteArray word = line.value(0);
                QVERIFY2(word != "invalid" && word != "write-failed" && word != "upload-failed" &&
                             word != "download-failed" && word != "error",
                         qPrintable(context + client->name + u": "_s +
                                    QString::fromUtf8(line.join(' '))));
                const QString realm = QString::fromUtf8(line.value(1));
                const QByteArray key = line.value(2);
                if (word == "w") {
                    ++writes;
                    Expectation &e = expected[realm][key];
                    if (key.startsWith("shared-")) {
                        e.anyOf.insert(line.value(3));
                    } else {
                        e.lastOwnDigest = line.value(3);
                        e.removed = false;
                    }
                } else if (word == "r") {
                    ++removes;
                    Expectation &e = expected[realm][key];
                    e.lastOwnDigest.reset();
                    e.removed = true;
                } else if (word == "session") {
                    QVERIFY2(line.value(2) == "active",
                             qPrintable(context + client->name + u" session "_s + realm +
                                        u" ended "_s + QString::fromUtf8(line.value(2))));
                }
            }
        }
        QVERIFY2(writes > 50,
                 qPrintable(context + u"too few writes: "_s + QString::number(writes)));

        for (const QString &realm : kRealms) {
            QString error;
            const auto content = fx.serverContent(realm, &error);
            QVERIFY2(error.isEmpty(), qPrintable(context + error));
            // Every node serves the same content.
            for (int n = 1; n < nodeCount; ++n) {
                const auto onNode = fx.serverContent(realm, &error, node(n).url());
                QVERIFY2(error.isEmpty(), qPrintable(context + error));
                QVERIFY2(onNode == content,
                         qPrintable(context + realm +
                                    QStringLiteral(" differs between node 0 and node %1").arg(n)));
            }
            std::map<QByteArray, QByteArray> serverDigests;
            for (const auto &[key, value] : content)
                serverDigests[key.toUtf8()] =
                    QCryptographicHash::hash(value, QCryptographicHash::Sha1).toHex();

            for (const auto &[key, e] : expected[realm]) {
                const auto it = serverDigests.find(key);
                const QString where = context + realm + u' ' + QString::fromUtf8(key);
                if (!e.anyOf.empty()) {
                    QVERIFY2(it != serverDigests.end(), qPrintable(where + u" lost"_s));
                    QVERIFY2(e.anyOf.count(it->second),
                             qPrintable(where + u" holds a value nobody wrote"_s));
                } else if (e.removed) {
                    QVERIFY2(it == serverDigests.end(), qPrintable(where + u" not removed"_s));
                } else {
                    QVERIFY2(it != serverDigests.end(), qPrintable(where + u" lost"_s));
                    QVERIFY2(it->second == *e.lastOwnDigest,
                             qPrintable(where + u" is not the last write"_s));
                }
            }
            for (const auto &[key, digest] : serverDigests)
                QVERIFY2(expected[realm].count(key),
                         qPrintable(context + realm + u" has a key nobody wrote: "_s +
                                    QString::fromUtf8(key)));
            // Every replica equals the server.
            for (const auto &client : clients) {
                std::map<QByteArray, QByteArray> replica;
                for (const QByteArrayList &line : std::as_const(client->lines)) {
                    if (line.value(0) == "state" && QString::fromUtf8(line.value(1)) == realm)
                        replica[line.value(2)] = line.value(3);
                }
                QVERIFY2(replica == serverDigests,
                         qPrintable(context + client->name + u" replica of "_s + realm +
                                    u" differs from the server: "_s +
                                    describeDifference(replica, serverDigests)));
            }
        }
        int connections = 0;
        for (const FaultProxy *proxy : proxies)
            connections += proxy->acceptedConnections();
        int failovers = 0; // connections through a proxy to another node than the client's own
        for (const auto &client : clients) {
            for (const auto &other : client->otherProxies)
                failovers += other->acceptedConnections();
        }
        qInfo().noquote() << context << "nodes" << nodeCount << "writes" << writes << "removes"
                          << removes << "faults" << faults.summary() << "connections" << connections
                          << "to another node" << failovers << "lost 0";
    }
};

QTEST_GUILESS_MAIN(TestChaos)
#include "tst_chaos.moc"
