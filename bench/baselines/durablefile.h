#pragma once

#include <QString>

#include <optional>

namespace syncscope::bench {

// The disk's side of the same-run baselines. The disks of these machines change speed up to 20×
// from one minute to the next, so a figure is only compared with a baseline taken right beside
// it, on the same file system as the data directories.

// Seconds to make `totalBytes` durable in a new file in `directory`: writes of `chunkBytes`,
// each followed by fdatasync. The file is removed afterwards. nullopt (and `error`) on failure.
std::optional<double> durableWriteSeconds(const QString &directory, qint64 totalBytes,
                                          qint64 chunkBytes, QString *error);

// Microseconds of one 4 KiB write + fdatasync at the end of a file in `directory`, the step a
// durable commit of a small changeset cannot avoid. Takes `samples` and returns them all.
std::optional<QList<double>> smallSyncMicroseconds(const QString &directory, int samples,
                                                   QString *error);

} // namespace syncscope::bench
