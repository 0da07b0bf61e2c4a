#include "processmetrics.h"

#include <QDir>
#include <QFile>
#include <QString>

#include <malloc.h>
#include <sched.h>
#include <sqlite3.h>
#include <time.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace syncscope::bench {

namespace {

QString procPath(qint64 pid, const char *file)
{
    return pid == 0 ? u"/proc/self/"_s + QLatin1StringView(file)
                    : u"/proc/%1/%2"_s.arg(pid).arg(QLatin1StringView(file));
}

} // namespace

std::optional<qint64> residentBytes(qint64 pid)
{
    QFile status(procPath(pid, "status"));
    if (!status.open(QIODevice::ReadOnly))
        return std::nullopt;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (!line.startsWith("VmRSS:"))
            continue;
        // "VmRSS:	   12345 kB"
        const QList<QByteArray> parts = line.mid(6).simplified().split(' ');
        bool ok = false;
        const qint64 kib = parts.value(0).toLongLong(&ok);
        if (ok)
            return kib * 1024;
    }
    return std::nullopt;
}

std::optional<std::chrono::nanoseconds> cpuTime(qint64 pid)
{
    QFile stat(procPath(pid, "stat"));
    if (!stat.open(QIODevice::ReadOnly))
        return std::nullopt;
    const QByteArray text = stat.readAll();
    // The command name (field 2) may contain spaces; fields after its closing ')' are fixed.
    const qsizetype close = text.lastIndexOf(')');
    if (close < 0)
        return std::nullopt;
    const QList<QByteArray> fields = text.mid(close + 2).split(' ');
    // After ')': state is field 3 (index 0), utime is field 14 (index 11), stime 15 (index 12).
    if (fields.size() < 13)
        return std::nullopt;
    bool userOk = false;
    bool systemOk = false;
    const qint64 ticks = fields.at(11).toLongLong(&userOk) + fields.at(12).toLongLong(&systemOk);
    if (!userOk || !systemOk)
        return std::nullopt;
    const long ticksPerSecond = sysconf(_SC_CLK_TCK);
    return std::chrono::nanoseconds(ticks * 1'000'000'000 / ticksPerSecond);
}

std::optional<std::chrono::nanoseconds> cpuTimeWithChildren(qint64 pid)
{
    std::optional<std::chrono::nanoseconds> total = cpuTime(pid);
    if (!total)
        return std::nullopt;
    const QStringList entries = QDir(QStringLiteral("/proc")).entryList(QDir::Dirs);
    for (const QString &entry : entries) {
        bool isPid = false;
        const qint64 child = entry.toLongLong(&isPid);
        if (!isPid || child == pid)
            continue;
        QFile stat(QStringLiteral("/proc/%1/stat").arg(child));
        if (!stat.open(QIODevice::ReadOnly))
            continue; // gone meanwhile
        const QByteArray text = stat.readAll();
        const qsizetype close = text.lastIndexOf(')');
        // After ')': state (index 0), ppid (index 1).
        if (close < 0 || text.mid(close + 2).split(' ').value(1).toLongLong() != pid)
            continue;
        if (const auto childTime = cpuTime(child))
            *total += *childTime;
    }
    return total;
}

qint64 threadCpuNs()
{
    timespec now{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return qint64(now.tv_sec) * 1'000'000'000 + now.tv_nsec;
}

qint64 heapBytesInUse()
{
    const struct mallinfo2 info = mallinfo2();
    return qint64(info.uordblks + info.hblkhd);
}

qint64 sqliteMemoryUsed()
{
    return sqlite3_memory_used();
}

namespace {

bool setAffinityOfEveryThread(qint64 pid, const cpu_set_t &set)
{
    // Every thread, as `taskset -a` does: a thread started before the call (the server's
    // storage thread) keeps its own mask otherwise and runs on the other core.
    const QStringList tasks =
        QDir(u"/proc/%1/task"_s.arg(pid)).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    if (tasks.isEmpty())
        return sched_setaffinity(pid_t(pid), sizeof(set), &set) == 0;
    bool all = true;
    for (const QString &task : tasks)
        all = sched_setaffinity(pid_t(task.toLongLong()), sizeof(set), &set) == 0 && all;
    return all;
}

} // namespace

bool pinToCpu(qint64 pid, int cpu)
{
    if (cpu < 0 || cpu >= CPU_SETSIZE)
        return false;
    cpu_set_t set;
    CPU_ZERO(&set);
    CPU_SET(cpu, &set);
    if (pid == 0)
        return sched_setaffinity(0, sizeof(set), &set) == 0;
    return setAffinityOfEveryThread(pid, set);
}

ScopedCpuPin::ScopedCpuPin(int cpu)
{
    cpu_set_t before;
    CPU_ZERO(&before);
    if (sched_getaffinity(0, sizeof(before), &before) != 0)
        return;
    for (int i = 0; i < CPU_SETSIZE; ++i) {
        if (CPU_ISSET(i, &before))
            m_before.append(i);
    }
    m_pinned = pinToCpu(getpid(), cpu);
}

ScopedCpuPin::~ScopedCpuPin()
{
    if (m_before.isEmpty())
        return;
    cpu_set_t set;
    CPU_ZERO(&set);
    for (int cpu : std::as_const(m_before))
        CPU_SET(cpu, &set);
    setAffinityOfEveryThread(getpid(), set);
}

int usableCpuCount()
{
    cpu_set_t set;
    CPU_ZERO(&set);
    if (sched_getaffinity(0, sizeof(set), &set) != 0)
        return 1;
    return CPU_COUNT(&set);
}

} // namespace syncscope::bench
