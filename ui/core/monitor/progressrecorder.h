#pragma once

#include "monitor/ringbuffer.h"

#include <syncscope/types.h>

#include <QHash>
#include <QList>
#include <QObject>
#include <QSet>
#include <QString>

namespace syncscope::monitor {

// One progress report as the SDK delivered it.
struct ProgressRecord
{
    qint64 timestampMs = 0; // ms since the epoch, UTC
    int sessionId = 0;
    ProgressDirection direction = ProgressDirection::Upload;
    quint64 transferred = 0;
    quint64 transferable = 0;
};

// What the export needs to know about a session besides its id.
struct SessionLabel
{
    QString name;
    QString realmPath;
};

// Every progress report of every session, in arrival order. Memory is bounded: at most
// kDefaultCapacity records (about 32 bytes each, so ~16 MiB); past that the oldest are dropped
// and droppedCount() says how many. docs/monitor.md documents the limit.
class ProgressRecorder final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProgressRecorder)

public:
    static constexpr qsizetype kDefaultCapacity = 500'000;

    explicit ProgressRecorder(qsizetype capacity = kDefaultCapacity, QObject *parent = nullptr);

    // The labels of sessions no longer listed (SessionMonitor::progressLabels() adds the rest):
    // a label per listed row would cost each of an attached server's 10,000s of rows ~70 bytes.
    void setLabel(int sessionId, const SessionLabel &label);
    SessionLabel label(int sessionId) const { return m_labels.value(sessionId); }
    QHash<int, SessionLabel> labels() const { return m_labels; }

    void record(const ProgressRecord &record);

    qsizetype size() const { return m_records.size(); }
    qsizetype capacity() const { return m_records.capacity(); }
    quint64 droppedCount() const { return m_records.droppedCount(); }

    // A copy to hand to a worker thread; an empty filter means every session.
    QList<ProgressRecord> snapshot(const QSet<int> &sessionIds = {}) const;

private:
    RingBuffer<ProgressRecord> m_records;
    QHash<int, SessionLabel> m_labels;
};

} // namespace syncscope::monitor
