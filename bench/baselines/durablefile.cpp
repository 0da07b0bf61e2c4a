#include "durablefile.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QList>

#include <cerrno>
#include <cstring>

#include <fcntl.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace syncscope::bench {

namespace {

// A file opened with POSIX calls: QFile::flush() does not reach the disk, and the baseline must
// pay for exactly what a durable commit pays for (write + fdatasync), no more.
class SyncedFile final
{
    Q_DISABLE_COPY_MOVE(SyncedFile)

public:
    explicit SyncedFile(const QString &path)
        : m_path(path)
        , m_fd(::open(QFile::encodeName(path).constData(), O_WRONLY | O_CREAT | O_TRUNC, 0600))
    {}
    ~SyncedFile()
    {
        if (m_fd >= 0)
            ::close(m_fd);
        QFile::remove(m_path);
    }
    bool isOpen() const { return m_fd >= 0; }

    // Writes all of `data`, then fdatasync. False (errno set) on failure.
    bool writeDurably(const QByteArray &data)
    {
        qsizetype done = 0;
        while (done < data.size()) {
            const ssize_t written =
                ::write(m_fd, data.constData() + done, size_t(data.size() - done));
            if (written < 0) {
                if (errno == EINTR)
                    continue;
                return false;
            }
            done += written;
        }
        return ::fdatasync(m_fd) == 0;
    }

private:
    QString m_path;
    int m_fd = -1;
};

QString failure(const QString &what, const QString &path)
{
    return u"%1 %2: %3"_s.arg(what, path, QString::fromLocal8Bit(std::strerror(errno)));
}

} // namespace

std::optional<double> durableWriteSeconds(const QString &directory, qint64 totalBytes,
                                          qint64 chunkBytes, QString *error)
{
    const QString path = QDir(directory).filePath(u"durable-baseline.bin"_s);
    SyncedFile file(path);
    if (!file.isOpen()) {
        *error = failure(u"cannot create"_s, path);
        return std::nullopt;
    }
    const QByteArray chunk(qsizetype(std::min(chunkBytes, totalBytes)), 'b');
    QElapsedTimer clock;
    clock.start();
    for (qint64 written = 0; written < totalBytes; written += chunk.size()) {
        const QByteArray piece =
            written + chunk.size() <= totalBytes ? chunk : chunk.left(totalBytes - written);
        if (!file.writeDurably(piece)) {
            *error = failure(u"cannot write"_s, path);
            return std::nullopt;
        }
    }
    return double(clock.nsecsElapsed()) / 1e9;
}

SmallSyncProbe::SmallSyncProbe(const QString &directory)
    : m_path(QDir(directory).filePath(u"sync-baseline.bin"_s))
    , m_fd(::open(QFile::encodeName(m_path).constData(), O_WRONLY | O_CREAT | O_TRUNC, 0600))
{
    if (m_fd < 0)
        m_error = failure(u"cannot create"_s, m_path);
}

SmallSyncProbe::~SmallSyncProbe()
{
    if (m_fd >= 0) {
        ::close(m_fd);
        QFile::remove(m_path);
    }
}

std::optional<double> SmallSyncProbe::sampleMicroseconds()
{
    if (m_fd < 0)
        return std::nullopt;
    static const QByteArray page(4096, 's');
    QElapsedTimer clock;
    clock.start();
    qsizetype done = 0;
    while (done < page.size()) {
        const ssize_t written = ::write(m_fd, page.constData() + done, size_t(page.size() - done));
        if (written < 0 && errno == EINTR)
            continue;
        if (written < 0) {
            m_error = failure(u"cannot write"_s, m_path);
            return std::nullopt;
        }
        done += written;
    }
    if (::fdatasync(m_fd) != 0) {
        m_error = failure(u"cannot sync"_s, m_path);
        return std::nullopt;
    }
    return double(clock.nsecsElapsed()) / 1e3;
}

} // namespace syncscope::bench
