#pragma once

#include <QList>
#include <QtGlobal>

#include <chrono>
#include <optional>

namespace syncscope::bench {

// Resident set size of a process, from /proc/PID/status (VmRSS). pid 0: this process.
std::optional<qint64> residentBytes(qint64 pid = 0);

// User + system CPU time a process has used so far, from /proc/PID/stat. pid 0: this process.
std::optional<std::chrono::nanoseconds> cpuTime(qint64 pid = 0);
// cpuTime() of a process plus that of its direct children alive now (a PostgreSQL postmaster
// and its backends); nullopt when the process itself is gone.
std::optional<std::chrono::nanoseconds> cpuTimeWithChildren(qint64 pid);

// CPU time the calling thread has used so far (CLOCK_THREAD_CPUTIME_ID), in ns: an event that
// took long on the wall clock but little here waited for a core, it did not compute for long.
qint64 threadCpuNs();

// Bytes this process has allocated on the heap and not freed (glibc mallinfo2: arena bytes in
// use plus mmap'd blocks). Unlike VmRSS it does not stay flat when new allocations reuse
// memory that earlier work freed, so deltas are fair whatever ran before.
qint64 heapBytesInUse();

// Bytes SQLite has allocated in this process (its page caches, schema, statements). The bench
// links the same shared libsqlite3 as Qt's QSQLITE driver, so this covers the SDK's files too.
qint64 sqliteMemoryUsed();

// Binds a process (all its threads; pid 0: this thread) to one CPU, as `taskset -a -p -c CPU
// PID` would, so that a load generator and the process under test do not fight for the same
// core. False when the machine has no such CPU or the call fails; the caller runs unpinned and
// says so.
bool pinToCpu(qint64 pid, int cpu);
// The number of CPUs this process may run on.
int usableCpuCount();

// Binds this whole process (every thread) to one CPU while it lives, then gives every thread
// back the CPUs the process could use before: the bench's own work during one figure (an
// operator subscriber reading megabytes of JSON) must not land on the server's core.
class ScopedCpuPin final
{
    Q_DISABLE_COPY_MOVE(ScopedCpuPin)

public:
    explicit ScopedCpuPin(int cpu);
    ~ScopedCpuPin();
    bool pinned() const { return m_pinned; }

private:
    QList<int> m_before; // the CPUs of the process's mask before
    bool m_pinned = false;
};

} // namespace syncscope::bench
