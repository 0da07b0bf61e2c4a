#pragma once

#include <QLoggingCategory>

#include <chrono>

namespace syncscope::protocol {

// Stamps for the bench's latency breakdown (docs/performance.md): one debug line per stage a
// changeset passes on its way from one client to another,
//     stage NAME file CLIENT-FILE-ID version VERSION at NANOSECONDS
// with the time read from the monotonic clock that every process on the machine shares, so
// that the stamps of the clients and of the server process line up. The categories are off
// unless enabled (QT_LOGGING_RULES="syncscope.*.trace.debug=true"); off, a stamp costs one check.
inline void traceStage(const QLoggingCategory &category, const char *stage, quint64 file,
                       quint64 version)
{
    if (Q_LIKELY(!category.isDebugEnabled()))
        return;
    const long long nanoseconds = std::chrono::duration_cast<std::chrono::nanoseconds>(
                                      std::chrono::steady_clock::now().time_since_epoch())
                                      .count();
    QMessageLogger().debug(category, "stage %s file %llu version %llu at %lld", stage,
                           static_cast<unsigned long long>(file),
                           static_cast<unsigned long long>(version), nanoseconds);
}

} // namespace syncscope::protocol
