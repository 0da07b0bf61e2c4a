#pragma once

#include "monitor/eventlog.h"

#include <QString>

namespace syncscope::monitor {

// Which event log lines are shown: one session or all, any set of kinds, and a text that must
// appear (case-insensitive) in the message, the session's name or the kind.
class EventFilter final
{
public:
    static constexpr quint32 kAllKinds = (1u << kEventKindCount) - 1;

    void setSessionId(int sessionId) { m_sessionId = sessionId; } // -1: every session
    int sessionId() const { return m_sessionId; }
    void setKinds(quint32 kinds) { m_kinds = kinds & kAllKinds; } // bit i: EventKind(i)
    quint32 kinds() const { return m_kinds; }
    void setKindShown(EventKind kind, bool shown);
    bool isKindShown(EventKind kind) const { return m_kinds & (1u << int(kind)); }
    void setText(const QString &text) { m_text = text.trimmed(); }
    QString text() const { return m_text; }

    bool accepts(const EventEntry &entry) const;

private:
    int m_sessionId = -1;
    quint32 m_kinds = kAllKinds;
    QString m_text;
};

} // namespace syncscope::monitor
