// sessions: N realms of one user in one client process, from the first openRealm until every
// downloadAllServerChanges has completed. Each realm was seeded with one 1 KiB changeset by
// the protocol-level load client. Memory per session over the N sessions: client = heap in
// use of this process minus what SQLite itself allocated; server = VmRSS of the server
// process (fresh for each repetition), all of it.
#include "groups.h"
#include "harness/loadprocess.h"
#include "syncfixture.h"

#include "harness/context.h"
#include "harness/eventwait.h"
#include "harness/figurenames.h"
#include "harness/processmetrics.h"

#include <QCoreApplication>
#include <QFutureWatcher>

#include <sys/resource.h>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace syncscope::bench {

namespace {

struct SessionSample
{
    double readyMs = 0;
    double clientKiBPerSession = 0;
    double clientSqliteKiBPerSession = 0;
    double serverKiBPerSession = 0;
};

bool seed(BenchContext &context, const BenchServer &server, const QString &prefix, int realms)
{
    LoadProcess load(context.options().loadBin);
    load.start({u"seed"_s, u"--url"_s, server.url().toString(), u"--token"_s, server.token(),
                u"--prefix"_s, prefix, u"--sessions"_s, QString::number(realms), u"--connections"_s,
                u"1"_s, u"--value-bytes"_s, u"1024"_s});
    return load.waitForLine(u"seeded"_s, 300s).has_value() && load.waitForExit(30s);
}

// Opens every realm and asks for its download wait; returns when all have completed.
std::optional<double> openAll(BenchClient &client, const QString &prefix, int count,
                              std::vector<std::shared_ptr<Realm>> &realms)
{
    QElapsedTimer clock;
    clock.start();
    int finished = 0;
    int failed = 0;
    qint64 lastNs = 0;
    std::vector<std::unique_ptr<QFutureWatcher<void>>> watchers;
    for (int i = 0; i < count; ++i) {
        std::shared_ptr<Realm> realm = client.open(prefix + QString::number(i));
        if (!realm)
            return std::nullopt;
        auto watcher = std::make_unique<QFutureWatcher<void>>();
        QFutureWatcher<void> *raw = watcher.get();
        QObject::connect(raw, &QFutureWatcher<void>::finished, raw, [&, raw] {
            lastNs = clock.nsecsElapsed();
            ++finished;
            try {
                raw->future().waitForFinished();
            } catch (const QException &) {
                ++failed;
            }
        });
        watcher->setFuture(realm->syncSession()->downloadAllServerChanges());
        watchers.push_back(std::move(watcher));
        realms.push_back(std::move(realm));
    }
    if (!waitUntil([&] { return finished == count; }, 600s) || failed > 0) {
        qCWarning(lcBench) << "sessions:" << finished << "of" << count << "finished," << failed
                           << "failed";
        return std::nullopt;
    }
    return double(lastNs) / 1e6;
}

// An open local file holds three descriptors (its SQLite file, WAL and WAL index). The SDK keeps
// at most half the soft limit's worth of files open and closes the least recently used beyond
// that, so any count of sessions runs; the limit is raised as far as this process may (the hard
// limit; higher only with CAP_SYS_RESOURCE), as an app that expects thousands of sessions would,
// so that up to a few thousand stay open.
void raiseOpenFileLimit(rlim_t wanted)
{
    rlimit limit{};
    if (::getrlimit(RLIMIT_NOFILE, &limit) != 0 || limit.rlim_cur >= wanted)
        return;
    rlimit raised = limit;
    raised.rlim_cur = wanted;
    raised.rlim_max = std::max(limit.rlim_max, wanted);
    if (::setrlimit(RLIMIT_NOFILE, &raised) == 0)
        return;
    raised.rlim_cur = limit.rlim_max;
    raised.rlim_max = limit.rlim_max;
    ::setrlimit(RLIMIT_NOFILE, &raised);
    qCInfo(lcBench) << "sessions: open-file limit" << limit.rlim_max << "instead of" << wanted
                    << "; the SDK closes idle local files beyond its share of it";
}

std::optional<SessionSample> measureOnce(BenchContext &context, int count, int repetition)
{
    raiseOpenFileLimit(rlim_t(count) * 3 + 1024);
    // One client process pools all its sessions on one connection: allow them all.
    BenchServer server(context, u"sessions-%1"_s.arg(count),
                       {u"--max-sessions-per-connection"_s, QString::number(count + 1)});
    if (!server.start()) {
        qCWarning(lcBench) << "sessions:" << server.errorString();
        return std::nullopt;
    }
    const QString prefix = u"/bench/sessions/%1/%2/r"_s.arg(count).arg(repetition);
    if (!seed(context, server, prefix, count))
        return std::nullopt;
    // Restart on the same data, so that memory the seeding connection freed cannot be reused
    // by the measured sessions and hide their cost.
    server.process().terminate(30s);
    if (!server.process().restart(30s)) {
        qCWarning(lcBench) << "sessions: restart failed:" << server.process().errorString();
        return std::nullopt;
    }
    BenchClient client(server.url(), server.token(), context.newDirectory(u"sessions"_s));
    // One warm session first, so one-time costs (driver, connection) stay out of the deltas.
    std::vector<std::shared_ptr<Realm>> realms;
    if (!openAll(client, u"/bench/sessions/warm-up/"_s, 1, realms))
        return std::nullopt;

    const qint64 heapBefore = heapBytesInUse();
    const qint64 sqliteBefore = sqliteMemoryUsed();
    const auto serverBefore = residentBytes(server.process().pid());
    const std::optional<double> readyMs = openAll(client, prefix, count, realms);
    if (!readyMs)
        return std::nullopt;
    const qint64 heapAfter = heapBytesInUse();
    const qint64 sqliteAfter = sqliteMemoryUsed();
    const auto serverAfter = residentBytes(server.process().pid());
    if (!serverBefore || !serverAfter)
        return std::nullopt;

    SessionSample sample;
    sample.readyMs = *readyMs;
    const double sqliteDelta = double(sqliteAfter - sqliteBefore);
    sample.clientSqliteKiBPerSession = sqliteDelta / 1024.0 / count;
    // Heap in use rather than VmRSS: after earlier figures freed hundreds of MiB, new sessions
    // reuse that memory and the RSS delta reads ~0 (or less). SQLite allocates through malloc,
    // so it is inside the heap delta and taken out again.
    sample.clientKiBPerSession = (double(heapAfter - heapBefore) - sqliteDelta) / 1024.0 / count;
    sample.serverKiBPerSession = double(*serverAfter - *serverBefore) / 1024.0 / count;
    for (const std::shared_ptr<Realm> &realm : realms)
        realm->close();
    // Released realms and sessions are deleted by the event loop (deleteLater), and nothing here
    // returns to one: without this they lived on through the next repetitions, whose sessions
    // then closed them for the open-file budget inside the measured interval (and counted
    // their freed memory against the new sessions').
    realms.clear();
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    return sample;
}

} // namespace

QList<Figure> measureSessions(BenchContext &context)
{
    const BenchOptions &options = context.options();
    QList<Figure> figures;
    for (int count : options.sessionCounts) {
        QList<double> ready, client, clientSqlite, clientTotal, server;
        for (int repetition = 0; repetition < options.repetitions; ++repetition) {
            const std::optional<SessionSample> sample = measureOnce(context, count, repetition);
            if (!sample)
                return figures;
            ready.append(sample->readyMs);
            client.append(sample->clientKiBPerSession);
            clientSqlite.append(sample->clientSqliteKiBPerSession);
            clientTotal.append(sample->clientKiBPerSession + sample->clientSqliteKiBPerSession);
            server.append(sample->serverKiBPerSession);
            qCInfo(lcBench,
                   "sessions %d %d/%d: ready in %.0f ms; per session: client %.1f KiB "
                   "(+ SQLite %.1f KiB), server %.1f KiB",
                   count, repetition + 1, options.repetitions, sample->readyMs,
                   sample->clientKiBPerSession, sample->clientSqliteKiBPerSession,
                   sample->serverKiBPerSession);
        }
        Figure readyFigure = makeFigure(names::sessionsReady(count), u"ms"_s, false, ready);
        readyFigure.goal = count >= 10000  ? u"≤ 20,000 ms at 10,000"_s
                           : count >= 1000 ? u"≤ 1,500 ms at 1,000"_s
                                           : QString();
        Figure clientFigure =
            makeFigure(names::clientMemoryPerSession(count), u"KiB"_s, false, client);
        clientFigure.goal = u"≤ 64 KiB beyond SQLite"_s;
        Figure sqliteFigure =
            makeFigure(names::clientSqliteMemoryPerSession(count), u"KiB"_s, false, clientSqlite);
        Figure serverFigure =
            makeFigure(names::serverMemoryPerSession(count), u"KiB"_s, false, server);
        serverFigure.goal = u"≤ 32 KiB beyond SQLite"_s;
        // What an open, idle session costs the app in all: the goal is on this one.
        Figure totalFigure =
            makeFigure(names::clientTotalMemoryPerSession(count), u"KiB"_s, false, clientTotal);
        totalFigure.goal = u"≤ 64 KiB"_s;
        figures << readyFigure << clientFigure << sqliteFigure << totalFigure << serverFigure;
    }
    return figures;
}

} // namespace syncscope::bench
