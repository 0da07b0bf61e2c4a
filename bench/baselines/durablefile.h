#pragma once

#include <QList>
#include <QString>
#include <QtGlobal>

#include <optional>

namespace syncscope::bench {

// The disk's side of the same-run baselines. The disks of these machines change speed up to 20×
// from one minute to the next, so a figure is only compared with a baseline taken right beside
// it, on the same file system as the data directories.

// Seconds to make `totalBytes` durable in a new file in `directory`: writes of `chunkBytes`,
// each followed by fdatasync. The file is removed afterwards. nullopt (and `error`) on failure.
std::optional<double> durableWriteSeconds(const QString &directory, qint64 totalBytes,
                                          qint64 chunkBytes, QString *error);

// One 4 KiB write + fdatasync at the end of a file, the step a durable commit of a small
// changeset cannot avoid, taken one sample at a time between the measured operations. The file
// is created once (in `directory`, on the same file system as the data directories) and
// removed when the probe goes away: creating and removing a file for every sample made each
// sample a file creation as well, and left the removal (its journal entry and, on a file
// system mounted with `discard`, the freed block's trim) to the next sync of whatever was
// measured right after it.
class SmallSyncProbe final
{
    Q_DISABLE_COPY_MOVE(SmallSyncProbe)

public:
    explicit SmallSyncProbe(const QString &directory);
    ~SmallSyncProbe();
    bool isOpen() const { return m_fd >= 0; }
    QString filePath() const { return m_path; }
    QString errorString() const { return m_error; }
    // Microseconds of one more 4 KiB appended and synced; nullopt (and errorString()) on failure.
    std::optional<double> sampleMicroseconds();

private:
    QString m_path;
    int m_fd = -1;
    QString m_error;
};

} // namespace syncscope::bench
