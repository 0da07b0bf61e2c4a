#pragma once

#include "monitor/sessionfacts.h"
#include "monitor/sessionstatus.h"

#include <QString>

#include <array>

namespace syncscope::monitor {

enum class StateFilter {
    All,
    Active,
    Paused,
    Inactive,
    Invalid,
    Connected,
    NotConnected,
    WithError
};
inline constexpr std::array kAllStateFilters{StateFilter::All,          StateFilter::Active,
                                             StateFilter::Paused,       StateFilter::Inactive,
                                             StateFilter::Invalid,      StateFilter::Connected,
                                             StateFilter::NotConnected, StateFilter::WithError};

QString stateFilterText(StateFilter filter); // translated, without the count

// The session list's filter, free of widgets so it is unit-tested and reused headless (as
// qBittorrent's TorrentFilter). Text matches name, realm, user or server, case-insensitively.
class SessionFilter final
{
public:
    void setText(const QString &text) { m_text = text.trimmed(); }
    QString text() const { return m_text; }
    void setState(StateFilter state) { m_state = state; }
    StateFilter state() const { return m_state; }

    bool matches(const SessionFacts &facts) const;
    bool matchesText(const SessionFacts &facts) const;
    static bool matchesState(StateFilter filter, const SessionFacts &facts);
    static bool matchesState(StateFilter filter, StateBadge state, ConnectionBadge connection,
                             bool hasError);

private:
    QString m_text;
    StateFilter m_state = StateFilter::All;
};

// Live counts per state filter, for labels like "Invalid (2)".
class StateFilterCounts final
{
public:
    void clear() { m_counts.fill(0); }
    void add(const SessionFacts &facts);
    // The same without building SessionFacts (no strings copied): the per-tick path.
    void add(StateBadge state, ConnectionBadge connection, bool hasError);
    // Takes back an add() with the same values: counts follow a session's change of state.
    void remove(StateBadge state, ConnectionBadge connection, bool hasError);
    int count(StateFilter filter) const { return m_counts.at(std::size_t(filter)); }
    bool operator==(const StateFilterCounts &) const = default;

private:
    std::array<int, kAllStateFilters.size()> m_counts{};
};

} // namespace syncscope::monitor
