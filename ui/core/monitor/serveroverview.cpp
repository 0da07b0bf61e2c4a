#include "monitor/serveroverview.h"

#include "monitor/localsessionsource.h"
#include "monitor/monitoredsession.h"
#include "monitor/sessionmonitor.h"

#include <QLocale>
#include <QMap>

#include <algorithm>

namespace syncscope::monitor {

namespace {

// Realm's own word for a badge: Paused is Realm's Inactive.
SessionState realmStateOf(StateBadge badge)
{
    switch (badge) {
    case StateBadge::Active:
        return SessionState::Active;
    case StateBadge::Paused:
    case StateBadge::Inactive:
        return SessionState::Inactive;
    case StateBadge::Invalid:
        return SessionState::Invalid;
    }
    return SessionState::Inactive;
}

QDateTime earlier(const QDateTime &a, const QDateTime &b)
{
    if (!a.isValid())
        return b;
    if (!b.isValid())
        return a;
    return std::min(a, b);
}

} // namespace

ServerOverview::ServerOverview(SessionMonitor *monitor)
    : QObject(monitor)
    , m_monitor(monitor)
{
    connect(monitor, &SessionMonitor::sessionAdded, this,
            [this](const MonitoredSession *session) { observe(session); });
    // Errors and round trips change without a state change: every change is looked at, and
    // only its own server is recomputed.
    connect(monitor, &SessionMonitor::sessionChanged, this,
            [this](const MonitoredSession *session) { observe(session); });
    connect(monitor, &SessionMonitor::sessionAboutToBeRemoved, this,
            [this](const MonitoredSession *session) {
                const QString server = session->serverText();
                // Once the session has left the list.
                QMetaObject::invokeMethod(
                    this, [this, server] { update(server); }, Qt::QueuedConnection);
            });
}

bool ServerOverview::isOwnSession(const MonitoredSession *session)
{
    return qobject_cast<const LocalSessionSource *>(session->source()) != nullptr;
}

void ServerOverview::observe(const MonitoredSession *session)
{
    if (!isOwnSession(session) || session->serverText().isEmpty())
        return;
    const SessionError &error = session->facts().lastError;
    bool errorChanged = false;
    if (error.origin == SessionError::Origin::Connection && !error.isEmpty()) {
        Memory &memory = m_memory[session->serverText()];
        if (memory.lastConnectError != error &&
            (!memory.lastConnectError.time.isValid() || !error.time.isValid() ||
             error.time >= memory.lastConnectError.time)) {
            memory.lastConnectError = error;
            errorChanged = true;
        }
    }
    const ServerReach before = m_memory.value(session->serverText()).reach;
    update(session->serverText());
    const auto it = m_memory.constFind(session->serverText());
    if (errorChanged && it != m_memory.cend() && it->reach == before)
        Q_EMIT changed(); // update() told about a reach change already
}

std::optional<ServerReach> ServerOverview::reachNow(const QString &server, QDateTime *outageStart,
                                                    QDateTime *firstConnected) const
{
    bool any = false;
    bool connected = false;
    bool wantsToSync = false;
    bool failed = false;
    for (const MonitoredSession *session : m_monitor->sessions()) {
        if (session->serverText() != server || !isOwnSession(session))
            continue;
        any = true;
        const SessionFacts &facts = session->facts();
        if (facts.connection == ConnectionBadge::Connected) {
            connected = true;
            if (firstConnected)
                *firstConnected = earlier(*firstConnected, facts.connectionSince);
            continue;
        }
        if (facts.state != StateBadge::Active)
            continue;
        wantsToSync = true;
        if (facts.disconnectedSince.isValid() ||
            facts.lastError.origin == SessionError::Origin::Connection) {
            failed = true;
            if (outageStart)
                *outageStart = earlier(*outageStart, facts.disconnectedSince);
        }
    }
    if (!any)
        return std::nullopt;
    if (connected)
        return ServerReach::Reachable;
    if (!wantsToSync)
        return ServerReach::Unused;
    return failed ? ServerReach::Unreachable : ServerReach::Connecting;
}

void ServerOverview::update(const QString &server)
{
    QDateTime firstConnected;
    const std::optional<ServerReach> now = reachNow(server, nullptr, &firstConnected);
    if (!now) {
        if (m_memory.remove(server) > 0)
            Q_EMIT changed();
        return;
    }
    const ServerReach reach = *now;
    const bool known = m_memory.contains(server);
    Memory &memory = m_memory[server];
    if (known && memory.reach == reach && memory.since.isValid())
        return;
    const bool reachChanged = !known || memory.reach != reach;
    memory.reach = reach;
    // Seen for the first time while connected: since its first session connected.
    memory.since = !known && reach == ServerReach::Reachable && firstConnected.isValid()
                       ? firstConnected
                       : QDateTime::currentDateTime();
    if (reachChanged)
        Q_EMIT changed();
}

QList<ServerRow> ServerOverview::rows(const QDateTime &now) const
{
    QMap<QString, ServerRow> rows; // ordered by host:port
    for (const MonitoredSession *session : m_monitor->sessions()) {
        if (!isOwnSession(session) || session->serverText().isEmpty())
            continue;
        const SessionFacts &facts = session->facts();
        ServerRow &row = rows[facts.server];
        row.server = facts.server;
        row.url = facts.serverUrl;
        ++row.sessions;
        ++row.perHealth[size_t(healthOf(facts, now))];
        ++row.perRealmState[size_t(realmStateOf(facts.state))];
        if (facts.connection == ConnectionBadge::Connected && facts.pingRoundTrip)
            row.pingRoundTrip = std::max(row.pingRoundTrip.value_or(std::chrono::microseconds(0)),
                                         *facts.pingRoundTrip);
    }
    QList<ServerRow> out;
    out.reserve(rows.size());
    for (ServerRow &row : rows) {
        QDateTime outageStart;
        row.reach = reachNow(row.server, &outageStart, nullptr).value_or(ServerReach::Unused);
        const Memory memory = m_memory.value(row.server);
        row.lastConnectError = memory.lastConnectError;
        // The SDK knows when the outage began, also from before the monitor noticed.
        row.since = row.reach == ServerReach::Unreachable && outageStart.isValid() ? outageStart
                    : memory.reach == row.reach                                    ? memory.since
                                                                                   : QDateTime();
        out.append(row);
    }
    return out;
}

std::optional<ServerRow> ServerOverview::row(const QString &server, const QDateTime &now) const
{
    for (const ServerRow &row : rows(now)) {
        if (row.server == server)
            return row;
    }
    return std::nullopt;
}

QString ServerOverview::reachText(ServerReach reach)
{
    switch (reach) {
    case ServerReach::Reachable:
        return tr("Reachable");
    case ServerReach::Unreachable:
        return tr("Unreachable");
    case ServerReach::Connecting:
        return tr("Connecting");
    case ServerReach::Unused:
        return tr("Not in use");
    }
    return {};
}

QString ServerOverview::roundTripText(const std::optional<std::chrono::microseconds> &roundTrip)
{
    if (!roundTrip)
        return QStringLiteral("\u2014");
    const double ms = double(roundTrip->count()) / 1000.0;
    // Two significant digits below 10 ms, whole milliseconds above.
    return tr("%1 ms").arg(QLocale().toString(ms, 'f', ms < 10.0 ? 1 : 0));
}

QString ServerOverview::sinceText(const QDateTime &since, const QDateTime &now)
{
    if (!since.isValid())
        return {};
    return tr("%1 (%2)").arg(since.toLocalTime().toString(u"HH:mm:ss"),
                             formatDuration(std::max<qint64>(0, since.secsTo(now))));
}

QString ServerOverview::healthCountsText(const ServerRow &row)
{
    QStringList parts;
    for (int h = 0; h < kHealthCount; ++h) {
        if (row.perHealth[size_t(h)] > 0)
            parts.append(tr("%1 %2").arg(healthName(Health(h))).arg(row.perHealth[size_t(h)]));
    }
    return parts.isEmpty() ? tr("none") : parts.join(QStringLiteral(", "));
}

QString ServerOverview::realmStateCountsText(const ServerRow &row)
{
    return tr("Active %1, Inactive %2, Invalid %3")
        .arg(row.count(SessionState::Active))
        .arg(row.count(SessionState::Inactive))
        .arg(row.count(SessionState::Invalid));
}

} // namespace syncscope::monitor
