// EpollEventDispatcher, the event loop syncscope-server runs on: installed here before the
// application as the server's main() does, so every QTRY wait below runs on it too. Timers,
// posted events from other threads, socket notifiers (and a descriptor number that is closed
// and reused within one turn), and TCP and WebSocket traffic through Qt's own sockets.

#include "epolleventdispatcher.h"

#include <syncscope/testsupport/servereventloop.h>

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QSignalSpy>
#include <QSocketNotifier>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QThread>
#include <QTimer>
#include <QWebSocket>
#include <QWebSocketServer>

#include <atomic>
#include <chrono>
#include <semaphore>
#include <thread>

#include <fcntl.h>
#include <sys/syscall.h>
#include <unistd.h>

using syncscope::server::EpollEventDispatcher;

namespace {

struct Pipe
{
    int read = -1;
    int write = -1;
    bool open()
    {
        int fds[2];
        if (::pipe2(fds, O_CLOEXEC | O_NONBLOCK) != 0)
            return false;
        read = fds[0];
        write = fds[1];
        return true;
    }
    void close()
    {
        if (read >= 0)
            ::close(read);
        if (write >= 0)
            ::close(write);
        read = write = -1;
    }
    ~Pipe() { close(); }
};

// Waits (up to 5 s) until the thread `tid` of this process is inside an epoll wait, as the
// kernel reports its current system call; false if it never is, or that cannot be read.
bool waitUntilInEpollWait(pid_t tid)
{
    const QByteArray path = "/proc/self/task/" + QByteArray::number(tid) + "/syscall";
    QElapsedTimer clock;
    clock.start();
    while (clock.elapsed() < 5000) {
        QFile file(QString::fromLatin1(path));
        if (!file.open(QIODevice::ReadOnly))
            return false;
        const long call = file.readLine().split(' ').value(0).trimmed().toLong();
        if (call == SYS_epoll_wait || call == SYS_epoll_pwait || call == SYS_epoll_pwait2)
            return true;
        std::this_thread::yield();
    }
    return false;
}

} // namespace

class TestEpollDispatcher : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void isTheApplicationsDispatcher();
    void singleShotTimersFireInOrderAndNotEarly();
    void repeatingTimerFiresUntilStopped();
    void zeroTimerDoesNotStarveSockets();
    void remainingTimeAndRegisteredTimers();
    void postedEventFromAnotherThreadWakesTheLoop();
    void aWakeUpDuringTheDrainIsNotLost();
    void interruptEndsProcessEvents();
    void readNotifierFiresWhileDataIsUnread();
    void reusedDescriptorNumberIsWatchedAgain();
    void readTakerRunsBeforeTheReadNotifier();
    void tcpTransferOfManyMegabytesArrivesWhole();
    void peerCloseIsSeen();
    void webSocketRoundTrip();
};

void TestEpollDispatcher::isTheApplicationsDispatcher()
{
    QVERIFY(qobject_cast<EpollEventDispatcher *>(QAbstractEventDispatcher::instance()));
}

void TestEpollDispatcher::singleShotTimersFireInOrderAndNotEarly()
{
    QList<int> fired;
    QElapsedTimer clock;
    clock.start();
    qint64 secondAt = -1;
    QTimer::singleShot(60, Qt::PreciseTimer, this, [&] {
        fired.append(2);
        secondAt = clock.elapsed();
    });
    QTimer::singleShot(10, Qt::PreciseTimer, this, [&] { fired.append(1); });
    QTimer::singleShot(0, this, [&] { fired.append(0); });
    QTRY_COMPARE_WITH_TIMEOUT(fired.size(), 3, 10'000);
    QCOMPARE(fired, (QList<int>{0, 1, 2}));
    QVERIFY2(secondAt >= 60, qPrintable(QString::number(secondAt)));
}

void TestEpollDispatcher::repeatingTimerFiresUntilStopped()
{
    QTimer timer;
    timer.setInterval(5);
    int ticks = 0;
    connect(&timer, &QTimer::timeout, this, [&] {
        if (++ticks == 5)
            timer.stop();
    });
    timer.start();
    QTRY_VERIFY_WITH_TIMEOUT(!timer.isActive(), 10'000);
    // Stopped: a later turn fires it no more.
    QTest::qWait(50);
    QCOMPARE(ticks, 5);
}

void TestEpollDispatcher::zeroTimerDoesNotStarveSockets()
{
    // A 0 ms timer that restarts itself forever (as a busy batcher's flush might) must leave
    // every turn's sockets their turn.
    QTimer busy;
    busy.setInterval(0);
    int spins = 0;
    connect(&busy, &QTimer::timeout, this, [&] { ++spins; });
    busy.start();
    Pipe pipe;
    QVERIFY(pipe.open());
    QSocketNotifier notifier(pipe.read, QSocketNotifier::Read);
    QSignalSpy activated(&notifier, &QSocketNotifier::activated);
    QCOMPARE(::write(pipe.write, "x", 1), 1);
    QTRY_VERIFY_WITH_TIMEOUT(!activated.isEmpty(), 10'000);
    busy.stop();
    QVERIFY(spins > 0);
}

void TestEpollDispatcher::remainingTimeAndRegisteredTimers()
{
    QTimer timer;
    timer.setTimerType(Qt::PreciseTimer);
    timer.start(10'000);
    const int left = timer.remainingTime();
    QVERIFY2(left > 9'000 && left <= 10'000, qPrintable(QString::number(left)));
    const auto registered = QAbstractEventDispatcher::instance()->registeredTimers(&timer);
    QCOMPARE(registered.size(), 1);
    QCOMPARE(registered.constFirst().interval, 10'000);
    timer.stop();
    QVERIFY(QAbstractEventDispatcher::instance()->registeredTimers(&timer).isEmpty());
}

void TestEpollDispatcher::postedEventFromAnotherThreadWakesTheLoop()
{
    int received = 0;
    std::unique_ptr<QThread> thread(QThread::create([this, &received] {
        for (int i = 0; i < 100; ++i) {
            QMetaObject::invokeMethod(
                this, [&received] { ++received; }, Qt::QueuedConnection);
            QThread::usleep(200);
        }
    }));
    thread->start();
    // No timer runs meanwhile: only the wake-ups end the waits.
    QTRY_COMPARE_WITH_TIMEOUT(received, 100, 20'000);
    QVERIFY(thread->wait(10'000));
}

// A wake-up from another thread that came while the loop drained the last one used to leave
// the dispatcher believing a wake-up was pending with none in the descriptor: from then on no
// event posted from another thread woke it, only a timer or a socket did (the server's storage
// results waited for its 100 ms statistics timer; a download ran at 3-6 MiB/s).
void TestEpollDispatcher::aWakeUpDuringTheDrainIsNotLost()
{
    // A storm of posts from another thread while this one drains them, turn after turn.
    std::atomic<bool> storming = true;
    std::atomic<int> posted = 0;
    int received = 0;
    std::unique_ptr<QThread> storm(QThread::create([this, &storming, &posted, &received] {
        while (storming.load()) {
            QMetaObject::invokeMethod(
                this, [&received] { ++received; }, Qt::QueuedConnection);
            posted.fetch_add(1);
        }
    }));
    storm->start();
    QElapsedTimer clock;
    clock.start();
    while (clock.elapsed() < 500)
        QCoreApplication::processEvents(QEventLoop::AllEvents);
    storming.store(false);
    QVERIFY(storm->wait(10'000));
    QCoreApplication::sendPostedEvents();
    QCOMPARE(received, posted.load());

    // Then a post from another thread must end a wait that nothing else ends (no timer runs):
    // that thread gives it 5 s, then ends the wait itself through a pipe, and says whether
    // the post was handled by then.
    Pipe ended;
    QVERIFY(ended.open());
    for (int round = 0; round < 20; ++round) {
        std::binary_semaphore woken(0);
        std::atomic<bool> late = false;
        bool done = false;
        QSocketNotifier end(ended.read, QSocketNotifier::Read);
        connect(&end, &QSocketNotifier::activated, this, [&done, &ended] {
            char byte = 0;
            (void)!::read(ended.read, &byte, 1);
            done = true;
        });
        const pid_t loopThread = pid_t(::gettid());
        std::atomic<bool> waited = false;
        std::unique_ptr<QThread> poster(QThread::create([&, this] {
            // The loop must be inside its wait first: a post before the wait tests nothing.
            waited.store(waitUntilInEpollWait(loopThread));
            QMetaObject::invokeMethod(
                this, [&woken] { woken.release(); }, Qt::QueuedConnection);
            late.store(!woken.try_acquire_for(std::chrono::seconds(5)));
            (void)!::write(ended.write, "!", 1);
        }));
        poster->start();
        while (!done)
            QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
        QVERIFY(poster->wait(10'000));
        QVERIFY2(waited.load(), "the loop was never seen waiting in epoll");
        QVERIFY2(!late.load(), qPrintable(QStringLiteral("round %1: a post from another thread "
                                                         "did not wake the loop within 5 s")
                                              .arg(round)));
    }
    ended.close();
}

void TestEpollDispatcher::interruptEndsProcessEvents()
{
    QEventLoop loop;
    std::unique_ptr<QThread> thread(QThread::create([&loop] {
        QThread::msleep(20);
        // From another thread, as QEventLoop::exit does it.
        QMetaObject::invokeMethod(
            &loop, [&loop] { loop.exit(7); }, Qt::QueuedConnection);
    }));
    thread->start();
    QTimer guard;
    guard.setSingleShot(true);
    connect(&guard, &QTimer::timeout, &loop, [&loop] { loop.exit(-1); });
    guard.start(20'000);
    QCOMPARE(loop.exec(), 7);
    QVERIFY(thread->wait(10'000));
}

void TestEpollDispatcher::readNotifierFiresWhileDataIsUnread()
{
    // Level-triggered, as poll(): what nobody read is reported again in the next turn.
    Pipe pipe;
    QVERIFY(pipe.open());
    QSocketNotifier notifier(pipe.read, QSocketNotifier::Read);
    int activations = 0;
    connect(&notifier, &QSocketNotifier::activated, this, [&] { ++activations; });
    QCOMPARE(::write(pipe.write, "abc", 3), 3);
    QTRY_VERIFY_WITH_TIMEOUT(activations >= 3, 10'000);
    char buffer[8];
    QCOMPARE(::read(pipe.read, buffer, sizeof buffer), 3);
    notifier.setEnabled(false);
    const int before = activations;
    QTest::qWait(30);
    QCOMPARE(activations, before);
}

void TestEpollDispatcher::reusedDescriptorNumberIsWatchedAgain()
{
    // A socket closed and another opened in one turn get the same descriptor number: the
    // kernel must watch the new one, although the dispatcher's table saw the number all along.
    Pipe first;
    QVERIFY(first.open());
    auto notifier = std::make_unique<QSocketNotifier>(first.read, QSocketNotifier::Read);
    // One turn applies the registration: the first descriptor is in the kernel's set now.
    QCoreApplication::processEvents();
    const int number = first.read;
    notifier.reset();
    first.close();
    Pipe second;
    QVERIFY(second.open());
    if (second.read != number)
        QSKIP("the kernel did not reuse the descriptor number");
    QSocketNotifier reused(second.read, QSocketNotifier::Read);
    QSignalSpy activated(&reused, &QSocketNotifier::activated);
    QCOMPARE(::write(second.write, "y", 1), 1);
    QVERIFY(activated.wait(10'000));
}

void TestEpollDispatcher::readTakerRunsBeforeTheReadNotifier()
{
    auto *dispatcher = EpollEventDispatcher::of(QThread::currentThread());
    QVERIFY(dispatcher);
    Pipe pipe;
    QVERIFY(pipe.open());
    QSocketNotifier notifier(pipe.read, QSocketNotifier::Read);
    QList<QByteArray> order;
    connect(&notifier, &QSocketNotifier::activated, this, [&] {
        order.append("notifier");
        char buffer[16];
        QVERIFY(::read(pipe.read, buffer, sizeof buffer) > 0);
    });
    auto owner = std::make_unique<QObject>();
    bool leaveItToTheNotifier = false;
    dispatcher->setReadTaker(pipe.read, owner.get(), [&] {
        order.append("taker");
        if (leaveItToTheNotifier)
            return false;
        char buffer[16];
        return ::read(pipe.read, buffer, sizeof buffer) > 0;
    });

    // The taker read it all and said so: the notifier is not activated.
    QCOMPARE(::write(pipe.write, "a", 1), 1);
    QTRY_COMPARE_WITH_TIMEOUT(order.size(), 1, 10'000);
    QTest::qWait(30);
    QCOMPARE(order, QList<QByteArray>{"taker"});

    // It left the bytes: the notifier reads them in the same turn.
    order.clear();
    leaveItToTheNotifier = true;
    QCOMPARE(::write(pipe.write, "b", 1), 1);
    QTRY_COMPARE_WITH_TIMEOUT(order.size(), 2, 10'000);
    QCOMPARE(order, (QList<QByteArray>{"taker", "notifier"}));

    // Without an enabled read notifier nothing is read: the taker is not asked either.
    order.clear();
    notifier.setEnabled(false);
    QCOMPARE(::write(pipe.write, "c", 1), 1);
    QTest::qWait(30);
    QVERIFY(order.isEmpty());

    // Its owner gone, the taker is never asked again.
    notifier.setEnabled(true);
    owner.reset();
    QTRY_COMPARE_WITH_TIMEOUT(order.size(), 1, 10'000);
    QCOMPARE(order, QList<QByteArray>{"notifier"});
}

void TestEpollDispatcher::tcpTransferOfManyMegabytesArrivesWhole()
{
    // Write notifiers switch on and off as the send buffer fills and drains.
    QTcpServer server;
    QVERIFY(server.listen(QHostAddress::LocalHost));
    QTcpSocket client;
    client.connectToHost(QHostAddress::LocalHost, server.serverPort());
    QTRY_VERIFY_WITH_TIMEOUT(server.hasPendingConnections(), 10'000);
    std::unique_ptr<QTcpSocket> accepted(server.nextPendingConnection());
    QTRY_COMPARE_WITH_TIMEOUT(client.state(), QAbstractSocket::ConnectedState, 10'000);
    constexpr qint64 kBytes = 32 * 1024 * 1024;
    QByteArray chunk(1024 * 1024, '\0');
    for (qsizetype i = 0; i < chunk.size(); ++i)
        chunk[i] = char(i * 7);
    for (qint64 sent = 0; sent < kBytes; sent += chunk.size())
        client.write(chunk);
    qint64 received = 0;
    bool intact = true;
    connect(accepted.get(), &QTcpSocket::readyRead, this, [&] {
        const QByteArray bytes = accepted->readAll();
        for (qsizetype i = 0; i < bytes.size() && intact; ++i)
            intact = bytes[i] == char((received + i) % chunk.size() * 7);
        received += bytes.size();
    });
    QTRY_COMPARE_WITH_TIMEOUT(received, kBytes, 60'000);
    QVERIFY(intact);
    QCOMPARE(client.bytesToWrite(), 0);
}

void TestEpollDispatcher::peerCloseIsSeen()
{
    QTcpServer server;
    QVERIFY(server.listen(QHostAddress::LocalHost));
    QTcpSocket client;
    client.connectToHost(QHostAddress::LocalHost, server.serverPort());
    QTRY_VERIFY_WITH_TIMEOUT(server.hasPendingConnections(), 10'000);
    std::unique_ptr<QTcpSocket> accepted(server.nextPendingConnection());
    QSignalSpy disconnected(accepted.get(), &QTcpSocket::disconnected);
    QTRY_COMPARE_WITH_TIMEOUT(client.state(), QAbstractSocket::ConnectedState, 10'000);
    client.disconnectFromHost();
    QVERIFY(disconnected.wait(10'000));
}

void TestEpollDispatcher::webSocketRoundTrip()
{
    QWebSocketServer server(QStringLiteral("test"), QWebSocketServer::NonSecureMode);
    QVERIFY(server.listen(QHostAddress::LocalHost));
    QList<QWebSocket *> peers;
    connect(&server, &QWebSocketServer::newConnection, this, [&] {
        QWebSocket *peer = server.nextPendingConnection();
        peers.append(peer);
        connect(peer, &QWebSocket::binaryMessageReceived, peer,
                [peer](const QByteArray &message) { peer->sendBinaryMessage(message + "!"); });
    });
    QWebSocket client;
    QList<QByteArray> echoes;
    connect(&client, &QWebSocket::binaryMessageReceived, this,
            [&](const QByteArray &message) { echoes.append(message); });
    client.open(QUrl(QStringLiteral("ws://127.0.0.1:%1").arg(server.serverPort())));
    QTRY_COMPARE_WITH_TIMEOUT(client.state(), QAbstractSocket::ConnectedState, 10'000);
    for (int i = 0; i < 1000; ++i)
        client.sendBinaryMessage(QByteArray::number(i));
    QTRY_COMPARE_WITH_TIMEOUT(echoes.size(), 1000, 30'000);
    QCOMPARE(echoes.constFirst(), QByteArray("0!"));
    QCOMPARE(echoes.constLast(), QByteArray("999!"));
    client.close();
    qDeleteAll(peers);
}

int main(int argc, char *argv[])
{
    return syncscope::testsupport::execOnServerEventLoop<TestEpollDispatcher>(argc, argv);
}

#include "tst_epolldispatcher.moc"
