#include "monitor/sessionfilter.h"

#include <QCoreApplication>

namespace syncscope::monitor {

QString stateFilterText(StateFilter filter)
{
    switch (filter) {
    case StateFilter::All:
        return QCoreApplication::translate("SessionFilter", "All");
    case StateFilter::Active:
        return stateBadgeText(StateBadge::Active);
    case StateFilter::Paused:
        return stateBadgeText(StateBadge::Paused);
    case StateFilter::Inactive:
        return stateBadgeText(StateBadge::Inactive);
    case StateFilter::Invalid:
        return stateBadgeText(StateBadge::Invalid);
    case StateFilter::Connected:
        return connectionBadgeText(ConnectionBadge::Connected);
    case StateFilter::NotConnected:
        return QCoreApplication::translate("SessionFilter", "Not connected");
    case StateFilter::WithError:
        return QCoreApplication::translate("SessionFilter", "With errors");
    }
    return {};
}

bool SessionFilter::matches(const SessionFacts &facts) const
{
    return matchesState(m_state, facts) && matchesText(facts);
}

bool SessionFilter::matchesText(const SessionFacts &facts) const
{
    if (m_text.isEmpty())
        return true;
    for (const QString *field : {&facts.name, &facts.realmPath, &facts.userId, &facts.server}) {
        if (field->contains(m_text, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

bool SessionFilter::matchesState(StateFilter filter, const SessionFacts &facts)
{
    return matchesState(filter, facts.state, facts.connection, facts.hasError());
}

bool SessionFilter::matchesState(StateFilter filter, StateBadge state, ConnectionBadge connection,
                                 bool hasError)
{
    switch (filter) {
    case StateFilter::All:
        return true;
    case StateFilter::Active:
        return state == StateBadge::Active;
    case StateFilter::Paused:
        return state == StateBadge::Paused;
    case StateFilter::Inactive:
        return state == StateBadge::Inactive;
    case StateFilter::Invalid:
        return state == StateBadge::Invalid;
    case StateFilter::Connected:
        return connection == ConnectionBadge::Connected;
    case StateFilter::NotConnected:
        return connection != ConnectionBadge::Connected;
    case StateFilter::WithError:
        return hasError;
    }
    return false;
}

void StateFilterCounts::add(StateBadge state, ConnectionBadge connection, bool hasError)
{
    for (StateFilter filter : kAllStateFilters) {
        if (SessionFilter::matchesState(filter, state, connection, hasError))
            ++m_counts.at(std::size_t(filter));
    }
}

void StateFilterCounts::remove(StateBadge state, ConnectionBadge connection, bool hasError)
{
    for (StateFilter filter : kAllStateFilters) {
        if (SessionFilter::matchesState(filter, state, connection, hasError))
            --m_counts.at(std::size_t(filter));
    }
}

void StateFilterCounts::add(const SessionFacts &facts)
{
    add(facts.state, facts.connection, facts.hasError());
}

} // namespace syncscope::monitor
