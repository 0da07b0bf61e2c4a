#include "monitor/eventfilter.h"

namespace syncscope::monitor {

void EventFilter::setKindShown(EventKind kind, bool shown)
{
    const quint32 bit = 1u << int(kind);
    m_kinds = shown ? (m_kinds | bit) : (m_kinds & ~bit);
}

bool EventFilter::accepts(const EventEntry &entry) const
{
    if (m_sessionId != -1 && entry.sessionId != m_sessionId)
        return false;
    if (!isKindShown(entry.kind))
        return false;
    if (m_text.isEmpty())
        return true;
    return entry.message.contains(m_text, Qt::CaseInsensitive) ||
           entry.sessionName.contains(m_text, Qt::CaseInsensitive) ||
           eventKindText(entry.kind).contains(m_text, Qt::CaseInsensitive);
}

} // namespace syncscope::monitor
