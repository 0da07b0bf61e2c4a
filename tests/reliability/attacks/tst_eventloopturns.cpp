// Point 7 of the adversary round: heavy legal requests must not freeze the other clients. A
// flood of BINDs (refused ones, BIND/UNBIND pairs, new realms) used to be handled in the one
// event-loop turn that read it: 20 000 BIND/UNBIND pairs held every client for 2.4 s. Now one
// connection handles at most ServerLimits::messagesPerTurn BINDs and UNBINDs per turn and its
// further messages wait, in order, for the next turn.
//
// The server runs in-process so the test can read the deterministic quantity, the most BINDs
// one connection handled in one turn (ServerTotals::maxBindsInOneTurn), instead of timing
// anything. A bystander, connected and bound, pings throughout; its worst round trip is
// printed (docs/reliability.md records it). It is not asserted: client and server share this
// process's event loop, and timing is not a policy.

#include "protocolpeer.h"

#include <syncscope/protocol/codec.h>
#include <syncscope/server/syncserver.h>
#include <syncscope/testsupport/tokens.h>

#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <functional>
#include <memory>

using namespace syncscope;
using namespace syncscope::reliability;
using namespace Qt::StringLiterals;
namespace proto = syncscope::protocol;

namespace {

const QByteArray kSecret = QByteArrayLiteral("secret of the event-loop turn attack tests....");
constexpr int kFlood = 2000;

QString token(const QStringList &realms)
{
    return testsupport::mintToken(kSecret, u"mallory"_s, realms, std::chrono::hours(1));
}

// UNBOUND answers on any session.
int unbounds(const ProtocolPeer &peer)
{
    return int(std::count_if(peer.frames.cbegin(), peer.frames.cend(), [](const proto::Frame &f) {
        return std::holds_alternative<proto::UnboundMessage>(f.message);
    }));
}

} // namespace

class TestEventLoopTurns final : public QObject
{
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<server::SyncServer> m_server;
    server::ServerLimits m_limits;

    bool startServer()
    {
        m_server.reset();
        m_dir = std::make_unique<QTemporaryDir>();
        server::ServerConfig config;
        config.dataDir = m_dir->filePath(u"data"_s);
        config.secret = kSecret;
        config.limits = m_limits;
        m_server = std::make_unique<server::SyncServer>(config);
        return m_server->start();
    }

    // Opens the attacker and a bound bystander, lets `flood` send its messages in one go, and
    // pings from the bystander until `done` says the attacker got all its answers.
    void runFlood(const std::function<void(ProtocolPeer &)> &flood,
                  const std::function<bool(const ProtocolPeer &)> &done, const char *what)
    {
        QVERIFY(startServer());
        ProtocolPeer bystander;
        bystander.open(m_server->url());
        QTRY_VERIFY_WITH_TIMEOUT(bystander.connected, 20000);
        bystander.bind(1, u"/bystander"_s, token({u"/bystander"_s}));
        ProtocolPeer attacker;
        attacker.open(m_server->url());
        QTRY_VERIFY_WITH_TIMEOUT(attacker.connected, 20000);

        flood(attacker);
        qint64 timestamp = 0;
        int pongs = 0;
        int duringFlood = 0;
        qint64 worstMs = 0;
        QElapsedTimer roundTrip;
        const auto ping = [&] {
            roundTrip.start();
            bystander.send({0, proto::PingMessage{++timestamp}});
        };
        ping();
        QTRY_VERIFY_WITH_TIMEOUT(([&] {
                                     const int now = bystander.count<proto::PongMessage>(0);
                                     if (now > pongs) {
                                         pongs = now;
                                         worstMs = std::max(worstMs, roundTrip.elapsed());
                                         duringFlood += !done(attacker);
                                         ping();
                                     }
                                     return done(attacker);
                                 }()),
                                 120000);
        QVERIFY(!attacker.disconnected);
        qInfo("%s: %d bystander round trips during the flood (%d answered before the flood was "
              "worked off), the worst %lld ms; at most %llu BINDs/UNBINDs in one turn",
              what, pongs, duringFlood, qlonglong(worstMs),
              qulonglong(m_server->statistics()->totals().maxBindsInOneTurn));
        QVERIFY(m_server->statistics()->totals().maxBindsInOneTurn > 0);
        QCOMPARE_LE(m_server->statistics()->totals().maxBindsInOneTurn,
                    quint64(m_limits.messagesPerTurn));
    }

private Q_SLOTS:
    void initTestCase()
    {
        // One line per refused BIND or created realm would drown the result lines.
        QLoggingCategory::setFilterRules(u"syncscope.server.*.info=false"_s);
    }

    // 300 000 refused BINDs held the loop for 2.5 s.
    void refusedBinds()
    {
        runFlood(
            [](ProtocolPeer &attacker) {
                for (quint32 id = 1; id <= kFlood; ++id)
                    attacker.bind(id, u"/victim"_s, u"not.a.token"_s);
            },
            [](const ProtocolPeer &attacker) { return attacker.frames.size() >= kFlood; },
            "refused BINDs");
    }

    // 20 000 BIND/UNBIND pairs held it for 2.4 s.
    void bindUnbindPairs()
    {
        runFlood(
            [](ProtocolPeer &attacker) {
                const QString t = token({u"/flood"_s});
                for (quint32 id = 1; id <= kFlood; ++id) {
                    attacker.bind(id, u"/flood"_s, t);
                    attacker.send({id, proto::UnbindMessage{}});
                }
            },
            [](const ProtocolPeer &attacker) { return unbounds(attacker) >= kFlood; },
            "BIND/UNBIND pairs");
    }

    // 10 000 new realms held it for 2.0 s.
    void newRealms()
    {
        runFlood(
            [](ProtocolPeer &attacker) {
                const QString t = token({u"/new/*"_s});
                for (quint32 id = 1; id <= kFlood / 4; ++id) {
                    attacker.bind(id, u"/new/%1"_s.arg(id), t);
                    attacker.send({id, proto::UnbindMessage{}});
                }
            },
            [](const ProtocolPeer &attacker) { return unbounds(attacker) >= kFlood / 4; },
            "new realms");
    }
};

QTEST_GUILESS_MAIN(TestEventLoopTurns)
#include "tst_eventloopturns.moc"
