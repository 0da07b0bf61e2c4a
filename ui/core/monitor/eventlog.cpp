#include "monitor/eventlog.h"

#include <QCoreApplication>

namespace syncscope::monitor {

QString eventKindText(EventKind kind)
{
    switch (kind) {
    case EventKind::State:
        return QCoreApplication::translate("EventLog", "State");
    case EventKind::Connection:
        return QCoreApplication::translate("EventLog", "Connection");
    case EventKind::Error:
        return QCoreApplication::translate("EventLog", "Error");
    case EventKind::Pause:
        return QCoreApplication::translate("EventLog", "Pause/resume");
    case EventKind::Stall:
        return QCoreApplication::translate("EventLog", "Stall");
    case EventKind::Monitor:
        return QCoreApplication::translate("EventLog", "Monitor");
    }
    return {};
}

EventLog::EventLog(qsizetype capacity, QObject *parent)
    : QObject(parent)
    , m_entries(capacity)
{}

void EventLog::append(int sessionId, const QString &sessionName, EventKind kind,
                      const QString &message)
{
    const bool full = m_entries.size() == m_entries.capacity();
    if (full)
        Q_EMIT aboutToDropOldest();
    m_entries.push(EventEntry{m_nextSequence++, QDateTime::currentDateTime(), sessionId,
                              sessionName, kind, message});
    Q_EMIT appended(full);
}

QString EventLog::toText(const QList<EventEntry> &entries)
{
    QString text;
    for (const EventEntry &entry : entries) {
        // With the UTC offset ("2026-12-06T10:41:05.123+01:00"): a log read elsewhere or after
        // a change of daylight saving time still says when.
        const QDateTime time = entry.time.toOffsetFromUtc(entry.time.offsetFromUtc());
        text += time.toString(Qt::ISODateWithMs) + u'\t' + entry.sessionName + u'\t' +
                eventKindText(entry.kind) + u'\t' + entry.message + u'\n';
    }
    return text;
}

QString EventLog::toFileText(const QList<EventEntry> &entries)
{
    return tr("time\tsession\tkind\tmessage") + u'\n' + toText(entries);
}

} // namespace syncscope::monitor
