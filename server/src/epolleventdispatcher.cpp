#include "epolleventdispatcher.h"

#include <syncscope/server/eventloop.h>

#include <QCoreApplication>
#include <QSocketNotifier>
#include <QTimerEvent>

#include <cerrno>
#include <memory>

#include <poll.h>
#include <sys/epoll.h>
#include <sys/eventfd.h>
#include <unistd.h>

namespace syncscope::server {

namespace {

constexpr int kMaxEventsPerWait = 256;

timespec toTimespec(std::chrono::nanoseconds span)
{
    if (span.count() < 0)
        span = std::chrono::nanoseconds(0);
    timespec ts;
    ts.tv_sec = time_t(span.count() / 1'000'000'000);
    ts.tv_nsec = long(span.count() % 1'000'000'000);
    return ts;
}

} // namespace

quint32 EpollEventDispatcher::Watched::wanted() const
{
    return (read ? quint32(EPOLLIN) : 0u) | (write ? quint32(EPOLLOUT) : 0u) |
           (exception ? quint32(EPOLLPRI) : 0u);
}

EpollEventDispatcher::EpollEventDispatcher(QObject *parent)
    : QAbstractEventDispatcher(parent)
    , m_epoll(epoll_create1(EPOLL_CLOEXEC))
    , m_wakeFd(eventfd(0, EFD_CLOEXEC | EFD_NONBLOCK))
{
    if (!isValid())
        return;
    epoll_event event{};
    event.events = EPOLLIN;
    event.data.fd = m_wakeFd;
    if (epoll_ctl(m_epoll, EPOLL_CTL_ADD, m_wakeFd, &event) != 0) {
        ::close(m_wakeFd);
        m_wakeFd = -1;
    }
}

EpollEventDispatcher::~EpollEventDispatcher()
{
    if (m_wakeFd >= 0)
        ::close(m_wakeFd);
    if (m_epoll >= 0)
        ::close(m_epoll);
}

QSocketNotifier *&EpollEventDispatcher::slot(Watched &watched, int type)
{
    switch (type) {
    case QSocketNotifier::Read:
        return watched.read;
    case QSocketNotifier::Write:
        return watched.write;
    default:
        return watched.exception;
    }
}

void EpollEventDispatcher::markDirty(int fd, Watched &watched)
{
    if (!std::exchange(watched.dirty, true))
        m_dirty.push_back(fd);
}

void EpollEventDispatcher::registerSocketNotifier(QSocketNotifier *notifier)
{
    const int fd = int(notifier->socket());
    Watched &watched = m_watched[fd];
    slot(watched, notifier->type()) = notifier;
    markDirty(fd, watched);
}

void EpollEventDispatcher::unregisterSocketNotifier(QSocketNotifier *notifier)
{
    const int fd = int(notifier->socket());
    const auto it = m_watched.find(fd);
    if (it == m_watched.end())
        return;
    QSocketNotifier *&registered = slot(*it, notifier->type());
    if (registered != notifier)
        return;
    registered = nullptr;
    if (it->wanted() == 0 && it->inKernel != 0) {
        // The descriptor may be closed right after this and its number reused by the next
        // socket: the kernel must forget it now, not at the next wait.
        epoll_ctl(m_epoll, EPOLL_CTL_DEL, fd, nullptr);
        it->inKernel = 0;
    }
    markDirty(fd, *it);
}

void EpollEventDispatcher::applyInterest()
{
    for (const int fd : m_dirty) {
        const auto it = m_watched.find(fd);
        if (it == m_watched.end())
            continue;
        Watched &watched = *it;
        watched.dirty = false;
        const quint32 wanted = watched.wanted();
        if (wanted == 0) {
            if (watched.notPollable)
                --m_notPollable;
            m_watched.erase(it);
            continue;
        }
        if (wanted == watched.inKernel || watched.notPollable)
            continue;
        epoll_event event{};
        event.events = wanted;
        event.data.fd = fd;
        int op = watched.inKernel == 0 ? EPOLL_CTL_ADD : EPOLL_CTL_MOD;
        int result = epoll_ctl(m_epoll, op, fd, &event);
        if (result != 0 && (errno == EEXIST || errno == ENOENT)) {
            op = op == EPOLL_CTL_ADD ? EPOLL_CTL_MOD : EPOLL_CTL_ADD;
            result = epoll_ctl(m_epoll, op, fd, &event);
        }
        if (result == 0) {
            watched.inKernel = wanted;
        } else if (errno == EPERM) {
            // A regular file or directory: poll() reports it ready at once, and so does this.
            watched.notPollable = true;
            ++m_notPollable;
        } else {
            qWarning("EpollEventDispatcher: cannot watch descriptor %d: %s", fd,
                     qPrintable(qt_error_string(errno)));
        }
    }
    m_dirty.clear();
}

bool EpollEventDispatcher::processEvents(QEventLoop::ProcessEventsFlags flags)
{
    m_interrupted.store(false, std::memory_order_relaxed);
    Q_EMIT awake();
    QCoreApplication::sendPostedEvents();

    const bool includeTimers = !(flags & QEventLoop::X11ExcludeTimers);
    const bool includeNotifiers = !(flags & QEventLoop::ExcludeSocketNotifiers);
    // Events posted from now on (by this thread or another) write the wake-up descriptor, so
    // the wait below returns at once for them.
    const bool canWait =
        (flags & QEventLoop::WaitForMoreEvents) && !m_interrupted.load(std::memory_order_relaxed);
    if (canWait)
        Q_EMIT aboutToBlock();
    if (m_interrupted.load(std::memory_order_relaxed))
        return false;

    timespec wait{0, 0};
    const timespec *timeout = &wait;
    if (canWait && !(includeNotifiers && m_notPollable > 0)) {
        if (!includeTimers || !timeToNextTimer(&wait))
            timeout = nullptr; // nothing but an event or a descriptor wakes it
    }
    int events = waitAndActivate(timeout, includeNotifiers);
    if (includeTimers)
        events += activateTimers();
    return events > 0;
}

int EpollEventDispatcher::waitAndActivate(const timespec *timeout, bool includeNotifiers)
{
    if (!includeNotifiers) {
        // Sockets stay untouched; only a wake-up (or the timeout) ends the wait.
        pollfd wake{m_wakeFd, POLLIN, 0};
        const int ready = ppoll(&wake, 1, timeout, nullptr);
        if (ready > 0) {
            drainWakeUps();
            return 1;
        }
        return 0;
    }
    applyInterest();
    epoll_event ready[kMaxEventsPerWait];
    int count = epoll_pwait2(m_epoll, ready, kMaxEventsPerWait, timeout, nullptr);
    if (count < 0 && errno == ENOSYS) {
        // Kernels before 5.11: millisecond timeouts, rounded up so that no timer fires early.
        const int ms =
            timeout ? int((qint64(timeout->tv_sec) * 1'000'000'000 + timeout->tv_nsec + 999'999) /
                          1'000'000)
                    : -1;
        count = epoll_wait(m_epoll, ready, kMaxEventsPerWait, ms);
    }
    if (count < 0) {
        if (errno != EINTR)
            qWarning("EpollEventDispatcher: epoll_wait failed: %s",
                     qPrintable(qt_error_string(errno)));
        count = 0;
    }
    int activated = 0;
    // What became ready is taken first: a handler may add, remove or replace notifiers, so each
    // one is looked up again just before it is activated.
    std::vector<std::pair<int, quint32>> pending;
    pending.reserve(size_t(count));
    for (int i = 0; i < count; ++i) {
        if (ready[i].data.fd == m_wakeFd) {
            drainWakeUps();
            ++activated;
            continue;
        }
        pending.emplace_back(int(ready[i].data.fd), quint32(ready[i].events));
    }
    if (m_notPollable > 0) {
        for (auto it = m_watched.cbegin(); it != m_watched.cend(); ++it) {
            if (it->notPollable)
                pending.emplace_back(it.key(), it->wanted());
        }
    }
    for (const auto &[fd, revents] : pending) {
        // As Qt's poll() dispatcher maps poll's flags to notifier types.
        if (revents & (EPOLLIN | EPOLLHUP | EPOLLERR | EPOLLRDHUP)) {
            if (!takenAhead(fd))
                activate(fd, QSocketNotifier::Read);
            ++activated;
        }
        if (revents & (EPOLLOUT | EPOLLERR)) {
            activate(fd, QSocketNotifier::Write);
            ++activated;
        }
        if (revents & EPOLLPRI) {
            activate(fd, QSocketNotifier::Exception);
            ++activated;
        }
    }
    return activated;
}

void EpollEventDispatcher::activate(int fd, int type)
{
    const auto it = m_watched.find(fd);
    if (it == m_watched.end())
        return;
    QSocketNotifier *notifier = slot(*it, type);
    if (!notifier)
        return;
    QEvent event(QEvent::SockAct);
    QCoreApplication::sendEvent(notifier, &event);
}

bool EpollEventDispatcher::takenAhead(int fd)
{
    if (m_readTakers.isEmpty())
        return false;
    const auto taker = m_readTakers.constFind(fd);
    if (taker == m_readTakers.cend())
        return false;
    if (!taker->owner) {
        m_readTakers.erase(taker);
        return false;
    }
    // Only while Qt would read: a socket that stopped reading (its buffer is full, or it is
    // closing) has no read notifier.
    const auto watched = m_watched.constFind(fd);
    if (watched == m_watched.cend() || !watched->read)
        return false;
    // A copy: the taker may change the table (a connection it closes, one it accepts).
    const std::function<bool()> take = taker->take;
    return take();
}

void EpollEventDispatcher::setReadTaker(int fd, QObject *owner, std::function<bool()> take)
{
    m_readTakers.insert(fd, ReadTaker{owner, std::move(take)});
}

void EpollEventDispatcher::clearReadTaker(int fd, const QObject *owner)
{
    const auto taker = m_readTakers.find(fd);
    if (taker != m_readTakers.end() && (!taker->owner || taker->owner == owner))
        m_readTakers.erase(taker);
}

EpollEventDispatcher *EpollEventDispatcher::of(QThread *thread)
{
    return qobject_cast<EpollEventDispatcher *>(QAbstractEventDispatcher::instance(thread));
}

void EpollEventDispatcher::drainWakeUps()
{
    // Read before the flag is cleared: a wake-up that comes in between finds it still set and
    // writes nothing, and what was posted before it is sent at the start of the next turn
    // (processEvents() sends posted events before it waits). Cleared first, a wake-up in
    // between wrote the descriptor and this read took it: the flag then stayed set with nothing
    // to read, and no later post from another thread woke the loop again.
    eventfd_t value = 0;
    eventfd_read(m_wakeFd, &value);
    m_wakeUpPending.store(false, std::memory_order_release);
}

void EpollEventDispatcher::wakeUp()
{
    if (!m_wakeUpPending.exchange(true, std::memory_order_acq_rel))
        eventfd_write(m_wakeFd, 1);
}

void EpollEventDispatcher::interrupt()
{
    m_interrupted.store(true, std::memory_order_relaxed);
    wakeUp();
}

void EpollEventDispatcher::registerTimer(int timerId, qint64 interval, Qt::TimerType timerType,
                                         QObject *object)
{
    unregisterTimer(timerId);
    Timer timer;
    timer.intervalMs = std::max<qint64>(0, interval);
    timer.type = timerType;
    timer.object = object;
    timer.due = Clock::now() + std::chrono::milliseconds(timer.intervalMs);
    m_timersByDue.emplace(timer.due, timerId);
    m_timers.insert(timerId, timer);
}

bool EpollEventDispatcher::unregisterTimer(int timerId)
{
    const auto it = m_timers.find(timerId);
    if (it == m_timers.end())
        return false;
    m_timersByDue.erase({it->due, timerId});
    m_timers.erase(it);
    return true;
}

bool EpollEventDispatcher::unregisterTimers(QObject *object)
{
    bool any = false;
    for (auto it = m_timers.begin(); it != m_timers.end();) {
        if (it->object == object) {
            m_timersByDue.erase({it->due, it.key()});
            it = m_timers.erase(it);
            any = true;
        } else {
            ++it;
        }
    }
    return any;
}

QList<QAbstractEventDispatcher::TimerInfo>
EpollEventDispatcher::registeredTimers(QObject *object) const
{
    QList<TimerInfo> timers;
    for (auto it = m_timers.cbegin(); it != m_timers.cend(); ++it) {
        if (it->object == object)
            timers.append(TimerInfo(it.key(), int(it->intervalMs), it->type));
    }
    return timers;
}

int EpollEventDispatcher::remainingTime(int timerId)
{
    const auto it = m_timers.constFind(timerId);
    if (it == m_timers.cend())
        return -1;
    const auto left =
        std::chrono::duration_cast<std::chrono::milliseconds>(it->due - Clock::now()).count();
    return int(std::max<qint64>(0, left));
}

bool EpollEventDispatcher::timeToNextTimer(timespec *wait) const
{
    for (const auto &[due, id] : m_timersByDue) {
        if (m_timers.value(id).firing)
            continue; // delivering its event: it cannot fire in a nested loop anyway
        *wait = toTimespec(due - Clock::now());
        return true;
    }
    return false;
}

int EpollEventDispatcher::activateTimers()
{
    if (m_timersByDue.empty())
        return 0;
    const Clock::time_point now = Clock::now();
    // The timers due now, each fired once: one that is due again at once (0 ms) waits for the
    // next turn, so that sockets and posted events get theirs in between.
    std::vector<int> due;
    for (const auto &[when, id] : m_timersByDue) {
        if (when > now)
            break;
        due.push_back(id);
    }
    int fired = 0;
    for (const int id : due) {
        auto it = m_timers.find(id);
        if (it == m_timers.end() || it->firing || it->due > now)
            continue; // stopped, restarted or being delivered by an outer loop
        // Re-armed before its event, as in Qt: the handler may stop or restart it.
        m_timersByDue.erase({it->due, id});
        it->due += std::chrono::milliseconds(it->intervalMs);
        if (it->due < now)
            it->due = now + std::chrono::milliseconds(it->intervalMs);
        m_timersByDue.emplace(it->due, id);
        it->firing = true;
        QObject *object = it->object;
        QTimerEvent event(id);
        QCoreApplication::sendEvent(object, &event);
        ++fired;
        // The handler may have unregistered it and a new timer may have taken its id.
        it = m_timers.find(id);
        if (it != m_timers.end())
            it->firing = false;
    }
    return fired;
}

QAbstractEventDispatcher *createServerEventDispatcher()
{
    // Qt's own dispatcher on request: the same binary measured both ways (docs/performance.md).
    if (qEnvironmentVariable("SYNCSCOPE_SERVER_EVENT_LOOP") == QLatin1String("qt"))
        return nullptr;
    auto dispatcher = std::make_unique<EpollEventDispatcher>();
    if (!dispatcher->isValid())
        return nullptr;
    return dispatcher.release();
}

} // namespace syncscope::server
