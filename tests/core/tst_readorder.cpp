// The order in which a client thread handles what its connections received in one turn of the
// event loop, against a real syncscope-server process (this thread blocks while the server
// sends, so the server cannot run in it).

#include "coretestsupport.h"

#include <syncscope/testsupport/serverprocess.h>

#include <QSignalSpy>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <poll.h>
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
};

QTEST_GUILESS_MAIN(ReadOrderTest)
#include "tst_readorder.moc"
