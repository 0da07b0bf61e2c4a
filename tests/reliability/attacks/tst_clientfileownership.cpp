// One user taking over another user's client file, and timestamps from the far future
// (issue "the server under attack", point 2). A client file belongs to the token subject that
// allocated it: IDENT with someone else's file is refused with client_file_user_mismatch (223)
// and moves nothing. Origin timestamps are clamped to the server's clock plus the allowed skew
// (5 minutes), so a write or remove stamped INT64_MAX no longer wins forever.

#include "attackkit.h"
#include "protocolpeer.h"

#include <QDateTime>

#include <algorithm>
#include <limits>

using namespace syncscope;
using namespace syncscope::attacks;
using namespace syncscope::reliability;
using namespace Qt::StringLiterals;
namespace proto = syncscope::protocol;

namespace {

constexpr qint64 kSkewMs = 300'000; // docs/protocol.md, section 8

proto::UploadMessage upload(quint64 clientVersion, qint64 timestamp, const QString &key,
                            const QByteArray &value, bool remove = false)
{
    proto::Operation op;
    op.kind = remove ? proto::Operation::Kind::Remove : proto::Operation::Kind::Set;
    op.key = key;
    op.value = remove ? QByteArray() : value;
    return {{proto::UploadChangeset{clientVersion, timestamp, {op}}}};
}

quint64 lastAck(const ProtocolPeer &peer, quint32 session)
{
    quint64 ack = 0;
    for (const proto::Frame &frame : peer.frames) {
        if (const auto *d = std::get_if<proto::DownloadMessage>(&frame.message);
            d && frame.sessionId == session)
            ack = std::max(ack, d->uploadAckClientVersion);
    }
    return ack;
}

quint64 serverIdent(const ProtocolPeer &peer, quint32 session)
{
    for (const proto::Frame &frame : peer.frames) {
        if (const auto *s = std::get_if<proto::ServerIdentMessage>(&frame.message);
            s && frame.sessionId == session)
            return s->clientFileId;
    }
    return 0;
}

// The state a client builds from what it downloaded on `session`: per key the operation that
// wins last-writer-wins on (origin timestamp, origin file id), as docs/protocol.md section 8 says.
struct Seen
{
    QByteArray value;
    bool removed = false;
    qint64 timestamp = 0;
    quint64 fileId = 0;
};
std::map<QString, Seen> downloaded(const ProtocolPeer &peer, quint32 session)
{
    std::map<QString, Seen> seen;
    for (const proto::Frame &frame : peer.frames) {
        const auto *d = std::get_if<proto::DownloadMessage>(&frame.message);
        if (!d || frame.sessionId != session)
            continue;
        for (const proto::DownloadChangeset &c : d->changesets) {
            for (const proto::Operation &op : c.operations) {
                const auto found = seen.find(op.key);
                if (found != seen.end() &&
                    std::pair(c.originTimestamp, c.originFileId) <
                        std::pair(found->second.timestamp, found->second.fileId))
                    continue;
                seen[op.key] = {op.value, op.kind == proto::Operation::Kind::Remove,
                                c.originTimestamp, c.originFileId};
            }
        }
    }
    return seen;
}

} // namespace

class TestClientFileOwnership final : public QObject
{
    Q_OBJECT

private:
    testsupport::ServerProcess server;

    // BIND (asking for a new client file) and IDENT: returns the file id, 0 on failure.
    quint64 identify(ProtocolPeer &peer, const QString &user, quint32 session)
    {
        peer.open(server.url());
        if (!QTest::qWaitFor([&] { return peer.connected; }, 20000))
            return 0;
        peer.send({session, proto::BindMessage{u"/rel/shared"_s,
                                               server.mintToken(user, {u"/rel/*"_s}), true}});
        if (!QTest::qWaitFor([&] { return serverIdent(peer, session) != 0; }, 20000))
            return 0;
        const quint64 file = serverIdent(peer, session);
        peer.send({session, proto::ClientIdentMessage{file, 0}});
        return file;
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY2(server.start(), qPrintable(server.errorString())); }

    void anotherUsersClientFileIsRefused()
    {
        ProtocolPeer alice;
        const quint64 aliceFile = identify(alice, u"alice"_s, 1);
        QVERIFY(aliceFile != 0);
        alice.send({1, upload(1, QDateTime::currentMSecsSinceEpoch(), u"a1"_s, "alice")});
        QTRY_COMPARE(lastAck(alice, 1), quint64(1));

        // Bob may use the realm, but not Alice's client file.
        ProtocolPeer bob;
        bob.open(server.url());
        QTRY_VERIFY(bob.connected);
        bob.send({1, proto::BindMessage{u"/rel/shared"_s, server.mintToken(u"bob"_s, {u"/rel/*"_s}),
                                        false}});
        bob.send({1, proto::ClientIdentMessage{aliceFile, 0}});
        bob.send({1, upload(1'000'000, QDateTime::currentMSecsSinceEpoch(), u"b"_s, "bob")});
        QTRY_VERIFY(bob.hasError(1, proto::ErrorCode::ClientFileUserMismatch));
        const proto::ErrorMessage refusal = bob.errors(1).constFirst();
        QCOMPARE(refusal.code, quint16(223));
        QVERIFY(!refusal.tryAgain);
        QVERIFY(!refusal.connectionLevel);
        QCOMPARE(bob.count<proto::DownloadMessage>(1), 0);
        QTRY_VERIFY(server.standardError().contains(u"client_file_user_mismatch"_s));

        // Alice's next write is stored and acknowledged as version 2, not swallowed behind
        // Bob's version 1,000,000; a fresh reader sees it.
        alice.send({1, upload(2, QDateTime::currentMSecsSinceEpoch(), u"a2"_s, "alice again")});
        QTRY_COMPARE(lastAck(alice, 1), quint64(2));
        ProtocolPeer reader;
        QVERIFY(identify(reader, u"carol"_s, 1) != 0);
        QTRY_VERIFY(downloaded(reader, 1).count(u"a2"_s) == 1);
        QCOMPARE(downloaded(reader, 1).at(u"a2"_s).value, QByteArray("alice again"));
        QVERIFY(downloaded(reader, 1).count(u"b"_s) == 0);
    }

    void clientFileIdsAreNotSequential()
    {
        std::vector<quint64> ids;
        for (int i = 0; i < 4; ++i) {
            ProtocolPeer peer;
            ids.push_back(identify(peer, u"dave"_s, 1));
            QVERIFY(ids.back() != 0);
        }
        int consecutive = 0;
        for (size_t i = 1; i < ids.size(); ++i)
            consecutive += ids[i] == ids[i - 1] + 1;
        QCOMPARE(consecutive, 0);
    }

    void timestampsFromTheFarFutureAreClamped()
    {
        ProtocolPeer alice;
        QVERIFY(identify(alice, u"alice"_s, 1) != 0);
        alice.send({1, upload(1, QDateTime::currentMSecsSinceEpoch(), u"doomed"_s, "keep me")});
        QTRY_COMPARE(lastAck(alice, 1), quint64(1));

        ProtocolPeer mallory;
        QVERIFY(identify(mallory, u"mallory"_s, 1) != 0);
        constexpr qint64 forever = std::numeric_limits<qint64>::max();
        mallory.send({1, upload(1, forever, u"forever"_s, "mallory wins")});
        mallory.send({1, upload(2, forever, u"doomed"_s, {}, true)});
        QTRY_COMPARE(lastAck(mallory, 1), quint64(2));
        const qint64 uploadedBy = QDateTime::currentMSecsSinceEpoch();

        // What the others download carries the clamped stamp, never INT64_MAX.
        QTRY_VERIFY(downloaded(alice, 1).count(u"forever"_s) == 1 &&
                    downloaded(alice, 1).count(u"doomed"_s) == 1 &&
                    downloaded(alice, 1).at(u"doomed"_s).removed);
        const qint64 stamp = downloaded(alice, 1).at(u"forever"_s).timestamp;
        const qint64 removedStamp = downloaded(alice, 1).at(u"doomed"_s).timestamp;
        QVERIFY2(stamp <= uploadedBy + kSkewMs, qPrintable(QString::number(stamp)));
        QVERIFY2(removedStamp <= uploadedBy + kSkewMs, qPrintable(QString::number(removedStamp)));

        // So an honest later write wins again, for a set and for a removed key alike. (The two
        // uploads were clamped to the server's clock when each was integrated, which on a busy
        // machine may be a few milliseconds apart: later is later than both.)
        const qint64 later = std::max(stamp, removedStamp) + 1;
        QTRY_VERIFY(QDateTime::currentMSecsSinceEpoch() + kSkewMs >= later);
        alice.send({1, upload(2, later, u"forever"_s, "alice wins")});
        alice.send({1, upload(3, later, u"doomed"_s, "back again")});
        QTRY_COMPARE(lastAck(alice, 1), quint64(3));
        ProtocolPeer reader;
        QVERIFY(identify(reader, u"carol"_s, 1) != 0);
        QTRY_VERIFY(downloaded(reader, 1).count(u"doomed"_s) == 1 &&
                    !downloaded(reader, 1).at(u"doomed"_s).removed);
        QCOMPARE(downloaded(reader, 1).at(u"forever"_s).value, QByteArray("alice wins"));
        QCOMPARE(downloaded(reader, 1).at(u"doomed"_s).value, QByteArray("back again"));
    }
};

QTEST_GUILESS_MAIN(TestClientFileOwnership)
#include "tst_clientfileownership.moc"
