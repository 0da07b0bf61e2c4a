// The order in which a client thread handles what its connections received in one turn of the
// event loop, against a real syncscope-server process (this thread blocks while the server
// sends, so the server cannot run in it).

#include "coretestsupport.h"

#include <syncscope/testsupport/serverprocess.h>

#include <QSignalSpy>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/ioctl.h>
#include <sys/socket.h>

using namespace coretest;
using namespace syncscope;
using testsupport::ServerProcess;

namespace {

// This process's TCP sockets connected to `port` on the loopback: the clients' connections.
QList<int> socketsConnectedTo(quint16 port)
{
    QList<int> sockets;
    for (int fd = 0; fd < 4096; ++fd) {
        sockaddr_in peer{};
        socklen_t length = sizeof peer;
        if (getpeername(fd, reinterpret_cast<sockaddr *>(&peer), &length) == 0 &&
            peer.sin_family == AF_INET && ntohs(peer.sin_port) == port)
            sockets.append(fd);
    }
    return sockets;
}

// Blocks the thread, without turning the event loop, until every socket has bytes to read.
bool waitUntilAllReadable(QList<int> sockets, std::chrono::milliseconds limit)
{
    QDeadlineTimer deadline(limit);
    while (!sockets.isEmpty()) {
        QList<pollfd> fds;
        for (int fd : std::as_const(sockets))
            fds.append({fd, POLLIN, 0});
        const int left = int(std::max<qint64>(1, deadline.remainingTime()));
        if (deadline.hasExpired() || ::poll(fds.data(), nfds_t(fds.size()), left) < 0)
            return false;
        for (const pollfd &fd : std::as_const(fds)) {
            if (fd.revents & POLLIN)
                sockets.removeOne(fd.fd); // stays readable: nobody reads it meanwhile
        }
    }
    return true;
}

// Has the kernel stamp what arrives on `fd` (SO_TIMESTAMPNS): set before the bytes come.
bool stampArrivals(int fd)
{
    const int on = 1;
    return ::setsockopt(fd, SOL_SOCKET, SO_TIMESTAMPNS, &on, sizeof on) == 0;
}

// When the first unread byte of `fd` arrived (the kernel's stamp), without reading it: the
// client's own read stays as it was. Nanoseconds; -1 if unknown.
qint64 firstUnreadArrivedNs(int fd)
{
    char byte = 0;
    iovec vector{&byte, 1};
    alignas(cmsghdr) char control[CMSG_SPACE(sizeof(timespec))] = {};
    msghdr message{};
    message.msg_iov = &vector;
    message.msg_iovlen = 1;
    message.msg_control = control;
    message.msg_controllen = sizeof control;
    if (::recvmsg(fd, &message, MSG_PEEK | MSG_DONTWAIT) != 1)
        return -1;
    for (cmsghdr *header = CMSG_FIRSTHDR(&message); header;
         header = CMSG_NXTHDR(&message, header)) {
        if (header->cmsg_level == SOL_SOCKET && header->cmsg_type == SCM_TIMESTAMPNS) {
            timespec stamp{};
            memcpy(&stamp, CMSG_DATA(header), sizeof stamp);
            return qint64(stamp.tv_sec) * 1'000'000'000 + stamp.tv_nsec;
        }
    }
    return -1;
}

qsizetype unreadBytes(int fd)
{
    int bytes = 0;
    return ::ioctl(fd, FIONREAD, &bytes) == 0 ? bytes : -1;
}

} // namespace

class ReadOrderTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_counter = 0;
    QString local() { return m_dir.filePath(u"r%1.realm"_s.arg(++m_counter)); }

private Q_SLOTS:
    // A writer's bare acknowledgement and the DOWNLOAD that carries its change to a reader in
    // another App of the same thread leave the server in the same instant. Both readable in
    // one turn, the reader stores the change first: it does not wait for the writer's
    // acknowledgement transaction (handled one turn later), as it did when the writer's
    // connection was read first.
    void readerStoresBeforeTheWritersAcknowledgementIsHandled()
    {
        ServerProcess server;
        QVERIFY2(server.start(), qPrintable(server.errorString()));
        // Default timings: no keep-alive PING (and PONG) within the test.
        App writerApp{ClientConfig{}};
        App readerApp{ClientConfig{}};
        const QString token = server.mintToken(u"alice"_s, {u"/*"_s});
        auto writer = writerApp.openRealm(writerApp.logIn(token),
                                          syncConfig(server.url(), u"/order"_s, local()));
        auto reader = readerApp.openRealm(readerApp.logIn(token),
                                          syncConfig(server.url(), u"/order"_s, local()));
        QVERIFY(writer && reader);
        QCOMPARE(settle(writer->syncSession()->downloadAllServerChanges()), 0);
        QCOMPARE(settle(reader->syncSession()->downloadAllServerChanges()), 0);
        const QList<int> sockets = socketsConnectedTo(quint16(server.url().port()));
        QCOMPARE(sockets.size(), 2);

        QStringList handled;
        connect(reader.get(), &Realm::changed, this, [&](const QStringList &keys) {
            if (keys.contains(u"k"_s))
                handled << u"reader stored the change"_s;
        });
        QVERIFY(writer->write(u"k"_s, "v")); // durable and uploaded on return
        connect(writer->syncSession(), &SyncSession::progressChanged, this,
                [&](ProgressDirection direction, quint64 transferred, quint64 transferable) {
                    if (direction == ProgressDirection::Upload && transferred == transferable)
                        handled << u"writer's upload acknowledged"_s;
                });
        QVERIFY(waitUntilAllReadable(sockets, 30s));
        QTRY_COMPARE_WITH_TIMEOUT(handled.size(), 2, 30'000);
        QCOMPARE(handled,
                 (QStringList{u"reader stored the change"_s, u"writer's upload acknowledged"_s}));
    }

    // After a group commit the server sends to the connections without an uploader of the
    // group first: the reader's DOWNLOAD reaches the machine before the writer's
    // acknowledgement, whichever connection writes (in a set's order one of two writers would
    // always come before a reader). The kernel's arrival stamps show the order of the server's
    // writes without reading anything.
    void fanOutLeavesTheServerBeforeTheWritersAcknowledgement()
    {
        ServerProcess server;
        QVERIFY2(server.start(), qPrintable(server.errorString()));
        const QString token = server.mintToken(u"alice"_s, {u"/*"_s});
        // Four Apps, four connections, one realm; each of the first two writes in turn.
        std::vector<std::unique_ptr<App>> apps;
        std::vector<std::shared_ptr<Realm>> realms;
        QList<int> sockets;
        for (int i = 0; i < 4; ++i) {
            apps.push_back(std::make_unique<App>(ClientConfig{}));
            realms.push_back(apps.back()->openRealm(
                apps.back()->logIn(token), syncConfig(server.url(), u"/fan-out"_s, local())));
            QVERIFY(realms.back());
            QCOMPARE(settle(realms.back()->syncSession()->downloadAllServerChanges()), 0);
            const QList<int> connected = socketsConnectedTo(quint16(server.url().port()));
            QCOMPARE(connected.size(), i + 1);
            for (int fd : connected) {
                if (!sockets.contains(fd))
                    sockets.append(fd); // apps[i]'s connection
            }
            QVERIFY(stampArrivals(sockets.last()));
        }
        for (int writer = 0; writer < 2; ++writer) {
            for (const auto &realm : realms) {
                QCOMPARE(settle(realm->syncSession()->uploadAllLocalChanges()), 0);
                QCOMPARE(settle(realm->syncSession()->downloadAllServerChanges()), 0);
            }
            for (int fd : std::as_const(sockets))
                QTRY_COMPARE(unreadBytes(fd), qsizetype(0));

            const QString key = u"k%1"_s.arg(writer);
            QVERIFY(realms.at(writer)->write(key, "v")); // durable and uploaded on return
            QVERIFY(waitUntilAllReadable(sockets, 30s));
            const qint64 acknowledged = firstUnreadArrivedNs(sockets.at(writer));
            QVERIFY(acknowledged > 0);
            for (qsizetype other = 0; other < sockets.size(); ++other) {
                if (other == writer)
                    continue;
                const qint64 fannedOut = firstUnreadArrivedNs(sockets.at(other));
                QVERIFY(fannedOut > 0);
                QVERIFY2(fannedOut <= acknowledged,
                         qPrintable(u"writer %1: app %2's DOWNLOAD arrived %3 ns after the "
                                    u"writer's acknowledgement"_s.arg(writer)
                                        .arg(other)
                                        .arg(fannedOut - acknowledged)));
            }
            for (qsizetype other = 0; other < qsizetype(realms.size()); ++other) {
                if (other != writer)
                    QTRY_VERIFY(realms.at(other)->value(key).has_value());
            }
        }
    }
};

QTEST_GUILESS_MAIN(ReadOrderTest)
#include "tst_readorder.moc"
