#pragma once

#include <QAbstractEventDispatcher>
#include <QHash>
#include <QPointer>

#include <atomic>
#include <chrono>
#include <functional>
#include <set>
#include <vector>

namespace syncscope::server {

// The server's event loop on Linux's epoll instead of Qt's poll()-based dispatchers (glib's or
// Qt's own). Those hand the kernel every socket of every connection in every event-loop turn,
// so a turn costs O(connections) however few of them are readable: with 100 connections and
// thousands of turns a second, `poll` alone was 13 % of the server's CPU at 10,000 sessions.
// epoll keeps the watched set in the kernel, and a turn costs what is ready.
//
// Semantics follow Qt's UNIX dispatcher: posted events first, then level-triggered socket
// notifiers (read, write, exception), then the timers that are due, each at most once a turn.
// Interest changes are applied just before the next wait, so a write notifier that Qt enables
// and disables again within one turn (every flushed acknowledgement) costs no system call.
// All timers run as precise timers.
class EpollEventDispatcher final : public QAbstractEventDispatcher
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EpollEventDispatcher)

public:
    explicit EpollEventDispatcher(QObject *parent = nullptr);
    ~EpollEventDispatcher() override;

    // False if the kernel refused an epoll or eventfd descriptor: use Qt's dispatcher then.
    bool isValid() const { return m_epoll >= 0 && m_wakeFd >= 0; }

    bool processEvents(QEventLoop::ProcessEventsFlags flags) override;
    void registerSocketNotifier(QSocketNotifier *notifier) override;
    void unregisterSocketNotifier(QSocketNotifier *notifier) override;
    void registerTimer(int timerId, qint64 interval, Qt::TimerType timerType,
                       QObject *object) override;
    bool unregisterTimer(int timerId) override;
    bool unregisterTimers(QObject *object) override;
    QList<TimerInfo> registeredTimers(QObject *object) const override;
    int remainingTime(int timerId) override;
    void wakeUp() override;
    void interrupt() override;

    // Lets `take` read `fd` ahead of its read notifier: each time epoll reports `fd` readable
    // while a read notifier is registered for it, `take` runs first, and when it returns true
    // (it left nothing the notifier must see this turn) the notifier is not activated. A
    // socket's own reader would otherwise cost a notifier event, a FIONREAD and a copy through
    // Qt's buffer per read. One taker a descriptor; it ends with `owner`, or clearReadTaker().
    // `take` must check that `fd` still is the descriptor it means: numbers are reused.
    void setReadTaker(int fd, QObject *owner, std::function<bool()> take);
    void clearReadTaker(int fd, const QObject *owner);
    // The dispatcher of `thread` if it is an EpollEventDispatcher, else null.
    static EpollEventDispatcher *of(QThread *thread);

private:
    using Clock = std::chrono::steady_clock;

    struct Watched
    {
        QSocketNotifier *read = nullptr;
        QSocketNotifier *write = nullptr;
        QSocketNotifier *exception = nullptr;
        quint32 inKernel = 0;     // the events epoll watches for this descriptor now
        bool dirty = false;       // listed in m_dirty
        bool notPollable = false; // a regular file: epoll refuses it, poll calls it ready
        quint32 wanted() const;
    };
    struct ReadTaker
    {
        QPointer<QObject> owner;
        std::function<bool()> take;
    };
    struct Timer
    {
        qint64 intervalMs = 0;
        Qt::TimerType type = Qt::CoarseTimer;
        QObject *object = nullptr;
        Clock::time_point due;
        bool firing = false; // its event is being delivered (a nested loop must not fire it)
    };

    QSocketNotifier *&slot(Watched &watched, int type);
    void markDirty(int fd, Watched &watched);
    // Hands the interest changes of this turn to the kernel.
    void applyInterest();
    // Waits (up to `timeout`, forever if null) and delivers what became ready; returns how many
    // notifiers were activated.
    int waitAndActivate(const timespec *timeout, bool includeNotifiers);
    void activate(int fd, int type);
    // Runs the read taker of `fd`, if any, while Qt would read it; true: skip the notifier.
    bool takenAhead(int fd);
    int activateTimers();
    void drainWakeUps();
    // How long the next timer is away; false if there is none.
    bool timeToNextTimer(timespec *wait) const;

    int m_epoll = -1;
    int m_wakeFd = -1;
    std::atomic<bool> m_wakeUpPending{false};
    std::atomic<bool> m_interrupted{false};
    QHash<int, Watched> m_watched;
    QHash<int, ReadTaker> m_readTakers;
    std::vector<int> m_dirty;
    int m_notPollable = 0; // descriptors with notPollable set
    QHash<int, Timer> m_timers;
    std::set<std::pair<Clock::time_point, int>> m_timersByDue;
};

} // namespace syncscope::server
