// ServerStatistics reads a connection's statistics from the connection only when asked: what
// one read costs decides what the operator API costs the server per page.
#include <syncscope/server/serverstatistics.h>

#include <QTest>

using namespace Qt::StringLiterals;
using namespace syncscope::server;

namespace {

// A connection whose statistics say how often they were taken.
class CountingSource final : public ConnectionStatisticsSource
{
public:
    explicit CountingSource(quint64 id) { m_statistics.connectionId = id; }
    ConnectionStatistics takeStatistics() override
    {
        ++taken;
        m_statistics.messagesReceived = quint64(taken);
        return m_statistics;
    }
    int taken = 0;

private:
    ConnectionStatistics m_statistics;
};

} // namespace

class TestServerStatistics final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void oneConnectionIsReadWithoutTheOthers()
    {
        ServerStatistics statistics;
        std::vector<std::unique_ptr<CountingSource>> sources;
        for (quint64 id = 1; id <= 100; ++id) {
            sources.push_back(std::make_unique<CountingSource>(id));
            statistics.connectionChanged(id, sources.back().get());
        }
        const auto first = statistics.connection(1);
        QVERIFY(first.has_value());
        QCOMPARE(first->messagesReceived, 1u);
        QCOMPARE(sources.at(0)->taken, 1);
        for (size_t i = 1; i < sources.size(); ++i)
            QCOMPARE(sources.at(i)->taken, 0);

        // Unchanged since: not read again.
        QCOMPARE(statistics.connection(1)->messagesReceived, 1u);
        QCOMPARE(sources.at(0)->taken, 1);
        QVERIFY(!statistics.connection(1000).has_value());

        // All of them, once each, when all are asked for; then the first again after it changed.
        QCOMPARE(statistics.connections().size(), 100);
        for (const auto &source : sources)
            QCOMPARE(source->taken, 1);
        statistics.connectionChanged(1, sources.at(0).get());
        QCOMPARE(statistics.connection(1)->messagesReceived, 2u);
        QCOMPARE(statistics.connections().first().messagesReceived, 2u);
        QCOMPARE(sources.at(0)->taken, 2);
        statistics.removeConnection(1);
        QVERIFY(!statistics.connection(1).has_value());
    }

    // Integrated uploads find their realm's figures by id, not by a walk over the paths; the
    // figures stay right when a reader holds a copy of the realms (which moves them on the
    // next write) and when more realms are registered in between.
    void realmFiguresFollowUploadsWhileReadersHoldCopies()
    {
        ServerStatistics statistics;
        statistics.registerRealm(1, {u"/a"_s, 5, 100, 1});
        statistics.realmIntegrated(1, 6, 10);
        QCOMPARE(statistics.realms().value(u"/a"_s).headVersion, 6u);

        const QMap<QString, RealmStatistics> copy = statistics.realms();
        statistics.realmIntegrated(1, 7, 10);
        statistics.realmClientFileAdded(1);
        QCOMPARE(copy.value(u"/a"_s).headVersion, 6u); // the reader's copy is its own
        QCOMPARE(statistics.realms().value(u"/a"_s).headVersion, 7u);
        QCOMPARE(statistics.realms().value(u"/a"_s).historyBytes, 120u);
        QCOMPARE(statistics.realms().value(u"/a"_s).clientFiles, 2u);

        for (qint64 id = 2; id <= 50; ++id)
            statistics.registerRealm(id, {u"/r%1"_s.arg(id), 0, 0, 0});
        const QMap<QString, RealmStatistics> another = statistics.realms();
        statistics.registerRealm(51, {u"/0-first-by-path"_s, 0, 0, 0});
        statistics.realmIntegrated(1, 8, 1);
        statistics.realmIntegrated(51, 1, 2);
        statistics.realmIntegrated(999, 1, 2); // never registered: ignored
        QCOMPARE(statistics.realms().value(u"/a"_s).headVersion, 8u);
        QCOMPARE(statistics.realms().value(u"/0-first-by-path"_s).historyBytes, 2u);
        QCOMPARE(another.size(), 50);
        QCOMPARE(statistics.realms().size(), 51);
    }

    // A session keeps where its realm's figures are (RealmHandle) and reports through it
    // without a lookup; a reader's copy of the realms moves every value on the next write, and
    // the handle must follow instead of writing into the reader's copy.
    void realmHandleFollowsTheFiguresWhenTheyMove()
    {
        ServerStatistics statistics;
        statistics.registerRealm(1, {u"/a"_s, 5, 100, 1});
        statistics.registerRealm(2, {u"/b"_s, 0, 0, 0});
        ServerStatistics::RealmHandle handle;
        statistics.realmIntegrated(1, 6, 10, &handle);
        QVERIFY(handle.realm);
        statistics.realmIntegrated(1, 7, 10, &handle); // through the handle
        QCOMPARE(statistics.realms().value(u"/a"_s).headVersion, 7u);

        const QMap<QString, RealmStatistics> copy = statistics.realms();
        statistics.realmIntegrated(1, 8, 10, &handle);
        QCOMPARE(copy.value(u"/a"_s).headVersion, 7u); // the reader's copy is its own
        QCOMPARE(copy.value(u"/a"_s).historyBytes, 120u);
        QCOMPARE(statistics.realms().value(u"/a"_s).headVersion, 8u);
        QCOMPARE(statistics.realms().value(u"/a"_s).historyBytes, 130u);

        // Moved by a registration while a copy is held, then reported through the old handle.
        const QMap<QString, RealmStatistics> another = statistics.realms();
        statistics.registerRealm(3, {u"/0-first-by-path"_s, 0, 0, 0});
        statistics.realmIntegrated(1, 9, 1, &handle);
        QCOMPARE(another.value(u"/a"_s).headVersion, 8u);
        QCOMPARE(statistics.realms().value(u"/a"_s).headVersion, 9u);
        QCOMPARE(statistics.realms().value(u"/a"_s).historyBytes, 131u);
        QCOMPARE(statistics.realms().value(u"/b"_s).headVersion, 0u);
    }

    // What an operator round starts from: every open connection, read or not yet, in id order,
    // without reading anyone's statistics (the round reads them a slice at a time).
    void connectionIdsReadNothing()
    {
        ServerStatistics statistics;
        CountingSource three(3);
        CountingSource one(1);
        CountingSource two(2);
        statistics.connectionChanged(3, &three);
        statistics.connectionChanged(1, &one);
        QVERIFY(statistics.connection(1).has_value()); // read once: listed as read
        statistics.connectionChanged(2, &two);
        QCOMPARE(statistics.connectionIds(), (QList<quint64>{1, 2, 3}));
        QCOMPARE(one.taken, 1);
        QCOMPARE(two.taken, 0);
        QCOMPARE(three.taken, 0);
        // Read and changed again: listed once.
        statistics.connectionChanged(1, &one);
        QCOMPARE(statistics.connectionIds(), (QList<quint64>{1, 2, 3}));
        statistics.removeConnection(2);
        QCOMPARE(statistics.connectionIds(), (QList<quint64>{1, 3}));
        QCOMPARE(one.taken, 1);
    }
};

QTEST_GUILESS_MAIN(TestServerStatistics)
#include "tst_serverstatistics.moc"
