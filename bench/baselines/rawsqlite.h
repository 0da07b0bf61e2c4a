#pragma once

#include <QString>

#include <optional>

namespace syncscope::bench {

// The local-write baseline: a plain SQLite file with the pragmas of the SDK's local file
// (journal_mode=WAL, synchronous=FULL), one transaction per INSERT OR REPLACE of a 1 KiB value.
// Returns writes per second, or nullopt (and `error`) on failure.
std::optional<double> rawSqliteWritesPerSecond(const QString &path, int writes, QString *error);

} // namespace syncscope::bench
