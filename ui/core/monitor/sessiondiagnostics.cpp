#include "monitor/sessiondiagnostics.h"

#include "monitor/eventlog.h"
#include "monitor/monitoredsession.h"
#include "monitor/sessionhealth.h"
#include "workspace/tokenfacts.h"

#include <QCoreApplication>

namespace syncscope::monitor {

namespace {

QString progressLine(const DirectionProgress &p)
{
    if (!p.known)
        return SessionDiagnostics::tr("no report yet");
    return SessionDiagnostics::tr("%1 of %2")
        .arg(formatBytes(double(p.transferred)), formatBytes(double(p.transferable)));
}

QString timeText(const QDateTime &time)
{
    return time.isValid() ? time.toOffsetFromUtc(time.offsetFromUtc()).toString(Qt::ISODate)
                          : QStringLiteral("—");
}

// The newest `limit` entries of the session that `wanted` accepts, oldest first.
QList<EventEntry> lastEntries(const EventLog &log, int sessionId, qsizetype limit,
                              bool (*wanted)(EventKind))
{
    QList<EventEntry> out;
    for (qsizetype i = log.size() - 1; i >= 0 && out.size() < limit; --i) {
        const EventEntry &e = log.at(i);
        if (e.sessionId == sessionId && wanted(e.kind))
            out.prepend(e);
    }
    return out;
}

} // namespace

QString SessionDiagnostics::text(const MonitoredSession &session, const EventLog &log,
                                 const QDateTime &now)
{
    const SessionDefinition d = session.definition();
    const SessionFacts &f = session.facts();
    QString out;
    auto line = [&out](const QString &text) { out += text + u'\n'; };

    line(tr("Syncscope diagnostics for \"%1\", %2").arg(session.name(), timeText(now)));
    line(tr("Monitor version: %1").arg(QCoreApplication::applicationVersion()));
    line({});
    line(tr("Configuration"));
    line(tr("  Server: %1").arg(d.serverUrl.isEmpty() ? f.server : d.serverUrl.toString()));
    for (const QUrl &node : d.additionalServerUrls)
        line(tr("  Further server node: %1").arg(node.toString()));
    line(tr("  Realm: %1").arg(f.realmPath));
    line(tr("  User: %1").arg(f.userId));
    line(tr("  Local file: %1").arg(d.localPath.isEmpty() ? f.localPath : d.localPath));
    // The token is a bearer secret: only what it says about itself goes into a bug report.
    line(tr("  Access token: omitted (%1)")
             .arg(d.token.isEmpty() ? tr("none in the configuration")
                                    : TokenFacts::of(d.token).summary()));
    line(tr("  Expected to fail: %1").arg(d.expectedToFail ? tr("yes") : tr("no")));
    line(tr("  Synthetic traffic: %1").arg(trafficKindKey(d.traffic.kind)));
    line({});
    line(tr("Now"));
    line(tr("  Health: %1").arg(healthText(f, now)));
    line(tr("  State: %1: %2").arg(stateBadgeText(f.state), session.stateExplanation()));
    line(tr("  Connection: %1: %2")
             .arg(connectionBadgeText(f.connection), session.connectionExplanation()));
    line(tr("  Upload: %1, %2").arg(progressLine(f.upload), formatRate(session.uploadRate())));
    line(
        tr("  Download: %1, %2").arg(progressLine(f.download), formatRate(session.downloadRate())));
    line(tr("  Last error: %1 (at %2)")
             .arg(f.hasError() ? f.lastError.text() : tr("none"), timeText(f.lastError.time)));
    line(tr("  Disconnected since: %1").arg(timeText(f.disconnectedSince)));
    line(tr("  Next connection attempt: %1").arg(timeText(f.nextAttempt)));
    line(tr("  Stalled: %1").arg(session.isStalled() ? tr("yes") : tr("no")));
    line({});
    line(tr("State history (newest last)"));
    out += EventLog::toText(lastEntries(log, session.id(), kMaxHistoryLines, [](EventKind k) {
        return k == EventKind::State || k == EventKind::Connection || k == EventKind::Pause ||
               k == EventKind::Stall;
    }));
    line({});
    line(tr("Last errors (newest last)"));
    out += EventLog::toText(lastEntries(log, session.id(), kMaxErrorLines,
                                        [](EventKind k) { return k == EventKind::Error; }));
    return out;
}

} // namespace syncscope::monitor
