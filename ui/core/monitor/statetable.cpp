#include "monitor/statetable.h"

#include <QLocale>

#include <array>

namespace syncscope::monitor {

namespace {

// GitHub's Primer palette: chosen for contrast on both its light and dark themes.
constexpr BadgeColours kGreen{0x1a7f37, 0x3fb950};
constexpr BadgeColours kAmber{0x9a6700, 0xd29922};
constexpr BadgeColours kGrey{0x57606a, 0x8b949e};
constexpr BadgeColours kRed{0xcf222e, 0xf85149};
constexpr BadgeColours kBlue{0x0969da, 0x58a6ff};

QString shortTime(const QDateTime &time)
{
    return QLocale().toString(time.time(), QLocale::ShortFormat);
}

QString explainActive(const StateContext &c)
{
    if (c.stalled)
        return StateTable::tr("Active, but no progress for a while although work is outstanding.");
    if (c.facts.connection != ConnectionBadge::Connected)
        return StateTable::tr("Active (Realm's word: it wants to sync), but not connected: no "
                              "change goes up or comes down until the connection is back.");
    return StateTable::tr("Syncing: changes go up and come down as they happen.");
}

QString explainPaused(const StateContext &c)
{
    const PauseFacts &pause = c.facts.pause;
    QStringList lines;
    if (pause.byPerson)
        lines << StateTable::tr("Paused by you at %1.").arg(shortTime(pause.since));
    if (pause.until.isValid())
        lines << StateTable::tr("Resumes by itself at %1.").arg(shortTime(pause.until));
    if (pause.byMonitor)
        lines << StateTable::tr("Paused by \"Pause all\"; \"Resume all\" resumes it.");
    if (lines.isEmpty())
        lines << StateTable::tr("Paused.");
    return lines.join(u'\n');
}

QString explainInactive(const StateContext &c)
{
    if (c.facts.userLoggedOut)
        return StateTable::tr("Not syncing: user %1 logged out. \"Log in again\" resumes it.")
            .arg(c.facts.userId);
    return StateTable::tr("Not syncing: the realm was closed or its user logged out.");
}

QString explainInvalid(const StateContext &c)
{
    const SessionError &error = c.facts.lastError;
    QString text = error.origin == SessionError::Origin::Opening
                       ? StateTable::tr("Could not be opened: %1").arg(error.message)
                       : StateTable::tr("Stopped for good after a fatal error at %1: %2. Open "
                                        "the session again once the cause is fixed.")
                             .arg(shortTime(error.time), error.text());
    if (c.expectedToFail)
        text += u'\n' + StateTable::tr("This session is expected to fail (it is marked so in "
                                       "the workspace).");
    return text;
}

QString explainConnected(const StateContext &c)
{
    return StateTable::tr("Connected to %1 since %2.")
        .arg(c.facts.server, shortTime(c.facts.connectionSince));
}

QString explainConnecting(const StateContext &c)
{
    return StateTable::tr("Connecting to %1 since %2.")
        .arg(c.facts.server, shortTime(c.facts.connectionSince));
}

QString explainDisconnected(const StateContext &c)
{
    const SessionFacts &f = c.facts;
    if (f.state == StateBadge::Invalid)
        return StateTable::tr("Disconnected for good: the session is Invalid.");
    if (f.state == StateBadge::Paused)
        return StateTable::tr("Disconnected because the session is paused.");
    // The outage began when the SDK says (failed retries do not move it).
    const QDateTime since = f.disconnectedSince.isValid() ? f.disconnectedSince : f.connectionSince;
    QString text =
        StateTable::tr("Disconnected since %1 (for %2).")
            .arg(shortTime(since), formatDuration(since.secsTo(QDateTime::currentDateTime())));
    if (f.lastError.origin != SessionError::Origin::Opening && !f.lastError.message.isEmpty())
        text += u'\n' + StateTable::tr("Last error at %1: %2")
                            .arg(shortTime(f.lastError.time), f.lastError.text());
    if (f.nextAttempt.isValid() && f.nextAttempt > QDateTime::currentDateTime())
        text +=
            u'\n' + StateTable::tr("Next attempt at %1.")
                        .arg(QLocale().toString(f.nextAttempt.time(), QStringLiteral("HH:mm:ss")));
    if (c.reconnectAccepted)
        text += u'\n' + StateTable::tr("The SDK retries by itself, waiting longer after each "
                                       "failure. \"Reconnect now\" skips the wait.");
    return text;
}

// Indexed by the enums' values; the static_asserts below keep them in step.
const std::array<BadgeRow, kStateBadgeCount> kStates{{
    {QT_TRANSLATE_NOOP("SessionStatus", "Active"), IconShape::Play, kGreen, explainActive},
    {QT_TRANSLATE_NOOP("SessionStatus", "Paused"), IconShape::Pause, kAmber, explainPaused},
    {QT_TRANSLATE_NOOP("SessionStatus", "Inactive"), IconShape::Stop, kGrey, explainInactive},
    {QT_TRANSLATE_NOOP("SessionStatus", "Invalid"), IconShape::Cross, kRed, explainInvalid},
}};
static_assert(int(StateBadge::Active) == 0 && int(StateBadge::Paused) == 1 &&
              int(StateBadge::Inactive) == 2 && int(StateBadge::Invalid) == 3);

const std::array<BadgeRow, kConnectionBadgeCount> kConnections{{
    {QT_TRANSLATE_NOOP("SessionStatus", "Disconnected"), IconShape::Disconnected, kGrey,
     explainDisconnected},
    {QT_TRANSLATE_NOOP("SessionStatus", "Connecting"), IconShape::Connecting, kBlue,
     explainConnecting},
    {QT_TRANSLATE_NOOP("SessionStatus", "Connected"), IconShape::Connected, kGreen,
     explainConnected},
}};
static_assert(int(ConnectionBadge::Disconnected) == 0 && int(ConnectionBadge::Connecting) == 1 &&
              int(ConnectionBadge::Connected) == 2);

} // namespace

const BadgeRow &StateTable::row(StateBadge state)
{
    return kStates.at(std::size_t(state));
}

const BadgeRow &StateTable::row(ConnectionBadge connection)
{
    return kConnections.at(std::size_t(connection));
}

QString StateTable::text(StateBadge state)
{
    return QCoreApplication::translate("SessionStatus", row(state).text);
}

QString StateTable::text(ConnectionBadge connection)
{
    return QCoreApplication::translate("SessionStatus", row(connection).text);
}

} // namespace syncscope::monitor
