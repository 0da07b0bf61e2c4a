#include "localfilebudget.h"

#include <QMutexLocker>
#include <QThread>

#include <sys/resource.h>

namespace syncscope::detail {

namespace {

// How many of the least recently used members are looked at for an idle one before the least
// recently used one that can close is taken: keeps the choice O(1) when thousands are busy.
constexpr int kIdleSearchDepth = 32;

} // namespace

LocalFileBudget &LocalFileBudget::instance()
{
    // Never destroyed: a store owned by a static object may close after every function-local
    // static of this library is gone.
    static auto *budget = new LocalFileBudget;
    return *budget;
}

qint64 LocalFileBudget::limit() const
{
    {
        QMutexLocker lock(&m_mutex);
        if (m_limit > 0)
            return m_limit;
    }
    rlimit descriptors{};
    if (::getrlimit(RLIMIT_NOFILE, &descriptors) != 0)
        return kMinimumFiles;
    // RLIM_INFINITY, or a limit larger than any count of realms an app opens: no practical cap.
    const rlim_t soft = qMin<rlim_t>(descriptors.rlim_cur, rlim_t(1) << 30);
    return qBound<qint64>(
        kMinimumFiles, qint64(soft) / kShareOfDescriptorLimit / kDescriptorsPerFile, kMaximumFiles);
}

void LocalFileBudget::setLimit(qint64 files)
{
    QMutexLocker lock(&m_mutex);
    m_limit = qMax<qint64>(0, files);
}

qint64 LocalFileBudget::openCount() const
{
    QMutexLocker lock(&m_mutex);
    return m_open;
}

void LocalFileBudget::opened(Member *member)
{
    const qint64 budget = limit();
    {
        QMutexLocker lock(&m_mutex);
        if (!member->m_listed) {
            member->m_thread = QThread::currentThreadId();
            ++m_open;
        } else {
            unlink(member);
        }
        linkAsNewest(member);
    }
    // Closed outside the lock: closing runs SQLite (and may take a moment), and a member that
    // closes never calls back into the budget for itself.
    while (openCount() > budget) {
        Member *victim = nullptr;
        {
            QMutexLocker lock(&m_mutex);
            victim = takeVictim(member);
        }
        if (!victim)
            break; // everything else is busy or another thread's: over budget for now
        victim->closeForBudget();
    }
}

void LocalFileBudget::used(Member *member)
{
    QMutexLocker lock(&m_mutex);
    if (!member->m_listed || m_newest == member)
        return;
    unlink(member);
    linkAsNewest(member);
}

void LocalFileBudget::closed(Member *member)
{
    QMutexLocker lock(&m_mutex);
    if (!member->m_listed)
        return;
    unlink(member);
    --m_open;
}

void LocalFileBudget::unlink(Member *member)
{
    (member->m_older ? member->m_older->m_newer : m_oldest) = member->m_newer;
    (member->m_newer ? member->m_newer->m_older : m_newest) = member->m_older;
    member->m_older = member->m_newer = nullptr;
    member->m_listed = false;
}

void LocalFileBudget::linkAsNewest(Member *member)
{
    member->m_older = m_newest;
    member->m_newer = nullptr;
    (m_newest ? m_newest->m_newer : m_oldest) = member;
    m_newest = member;
    member->m_listed = true;
}

LocalFileBudget::Member *LocalFileBudget::takeVictim(const Member *keep)
{
    const Qt::HANDLE thread = QThread::currentThreadId();
    Member *fallback = nullptr;
    Member *chosen = nullptr;
    int looked = 0;
    for (Member *candidate = m_oldest; candidate; candidate = candidate->m_newer) {
        if (candidate == keep || candidate->m_thread != thread || !candidate->canClose())
            continue;
        if (candidate->isIdle()) {
            chosen = candidate;
            break;
        }
        if (!fallback)
            fallback = candidate;
        if (++looked >= kIdleSearchDepth)
            break;
    }
    if (!chosen)
        chosen = fallback;
    if (chosen) {
        unlink(chosen);
        --m_open;
    }
    return chosen;
}

} // namespace syncscope::detail
