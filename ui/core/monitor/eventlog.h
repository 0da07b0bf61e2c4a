#pragma once

#include "monitor/ringbuffer.h"

#include <QDateTime>
#include <QObject>
#include <QString>

namespace syncscope::monitor {

enum class EventKind { State, Connection, Error, Pause, Stall, Monitor };
inline constexpr int kEventKindCount = 6;
QString eventKindText(EventKind kind); // translated

struct EventEntry
{
    quint64 sequence = 0; // grows by one per event, survives the ring dropping old ones
    QDateTime time;
    int sessionId = -1; // -1: about the monitor itself
    QString sessionName;
    EventKind kind = EventKind::Monitor;
    QString message; // translated
};

// Everything that happened to the sessions, newest last, at most kCapacity entries (the oldest
// are dropped). Feeds the event log view and its export.
class EventLog final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EventLog)

public:
    static constexpr qsizetype kCapacity = 20'000;

    explicit EventLog(qsizetype capacity = kCapacity, QObject *parent = nullptr);

    void append(int sessionId, const QString &sessionName, EventKind kind, const QString &message);

    qsizetype size() const { return m_entries.size(); }
    const EventEntry &at(qsizetype index) const { return m_entries.at(index); } // 0 = oldest
    QList<EventEntry> entries() const { return m_entries.toList(); }
    quint64 droppedCount() const { return m_entries.droppedCount(); }

    // One line per entry: ISO time with its UTC offset, session, kind, message; tab separated.
    static QString toText(const QList<EventEntry> &entries);
    // toText() under a header line, for a file.
    static QString toFileText(const QList<EventEntry> &entries);

Q_SIGNALS:
    // The ring is full: the oldest entry is about to go (at(0) still holds it). appended(true)
    // follows once it is gone and the new one is in.
    void aboutToDropOldest();
    // The entry is at(size() - 1); when the ring was full the oldest one went first.
    void appended(bool droppedOldest);

private:
    RingBuffer<EventEntry> m_entries;
    quint64 m_nextSequence = 1;
};

} // namespace syncscope::monitor
