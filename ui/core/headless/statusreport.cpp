#include "headless/statusreport.h"

#include "headless/headlessconsole.h"
#include "monitor/monitoredsession.h"
#include "monitor/serveroverview.h"
#include "monitor/sessionhealth.h"
#include "monitor/sessionmonitor.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <algorithm>

namespace syncscope::monitor {

namespace {

struct Column
{
    QString header;
    int minWidth = 0;  // name and error: kept this wide before other columns are left out
    int maxWidth = 0;  // 0: as wide as its widest cell
    int dropOrder = 0; // 0: never left out; else left out first the higher it is
};

enum ColumnIndex {
    Name,
    HealthColumn,
    State,
    Connection,
    Node,
    Upload,
    Download,
    UpRate,
    DownRate,
    Error
};

QString progressText(const DirectionProgress &p)
{
    if (!p.known)
        return QStringLiteral("-");
    return formatBytes(double(p.transferred)) + u'/' + formatBytes(double(p.transferable));
}

QJsonValue progressObject(const DirectionProgress &p)
{
    if (!p.known)
        return QJsonValue::Null;
    return QJsonObject{{QStringLiteral("transferred"), qint64(p.transferred)},
                       {QStringLiteral("transferable"), qint64(p.transferable)}};
}

// Stable identifiers for scripts: never translated.
QString healthKey(Health health)
{
    switch (health) {
    case Health::Syncing:
        return QStringLiteral("syncing");
    case Health::Connecting:
        return QStringLiteral("connecting");
    case Health::Retrying:
        return QStringLiteral("retrying");
    case Health::Offline:
        return QStringLiteral("offline");
    case Health::Paused:
        return QStringLiteral("paused");
    case Health::NotSyncing:
        return QStringLiteral("not_syncing");
    case Health::Failed:
        return QStringLiteral("failed");
    }
    return {};
}

QString stateKey(StateBadge state)
{
    switch (state) {
    case StateBadge::Active:
        return QStringLiteral("active");
    case StateBadge::Paused:
        return QStringLiteral("paused");
    case StateBadge::Inactive:
        return QStringLiteral("inactive");
    case StateBadge::Invalid:
        return QStringLiteral("invalid");
    }
    return {};
}

QString connectionKey(ConnectionBadge connection)
{
    switch (connection) {
    case ConnectionBadge::Disconnected:
        return QStringLiteral("disconnected");
    case ConnectionBadge::Connecting:
        return QStringLiteral("connecting");
    case ConnectionBadge::Connected:
        return QStringLiteral("connected");
    }
    return {};
}

QString reachKey(ServerReach reach)
{
    switch (reach) {
    case ServerReach::Reachable:
        return QStringLiteral("reachable");
    case ServerReach::Unreachable:
        return QStringLiteral("unreachable");
    case ServerReach::Connecting:
        return QStringLiteral("connecting");
    case ServerReach::Unused:
        return QStringLiteral("unused");
    }
    return {};
}

QString utcText(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODateWithMs) : QString();
}

} // namespace

StatusReport::StatusReport(const SessionMonitor *monitor, qint64 elapsedSeconds,
                           const QDateTime &now)
    : m_monitor(monitor)
    , m_elapsedSeconds(elapsedSeconds)
    , m_now(now)
{}

namespace {

// Lays out a header and rows in columns that fit `columns` (0: no limit): the `elastic` columns
// are cut with "…" down to their minimum width before any column is left out; then the columns
// with the highest dropOrder go first, and what remains wide is given back to the elastic ones.
QStringList fittedLines(const QList<Column> &layout, const QList<QStringList> &rows, int columns,
                        const QList<int> &elastic)
{
    // Natural widths: the widest cell, at most the column's maximum.
    QList<int> natural;
    for (qsizetype c = 0; c < layout.size(); ++c) {
        int widest = int(layout[c].header.size());
        for (const QStringList &row : rows)
            widest = std::max(widest, int(row[c].size()));
        if (layout[c].maxWidth > 0)
            widest = std::min(widest, std::max(layout[c].maxWidth, int(layout[c].header.size())));
        natural.append(widest);
    }
    QList<int> widths = natural;
    QList<bool> shown(layout.size(), true);
    const auto lineWidth = [&] {
        int total = 0;
        int count = 0;
        for (qsizetype c = 0; c < layout.size(); ++c) {
            if (shown[c]) {
                total += widths[c];
                ++count;
            }
        }
        return total + std::max(0, count - 1); // one space between columns
    };
    if (columns > 0) {
        for (const int c : elastic)
            widths[c] = std::min(natural[c], layout[c].minWidth);
        while (lineWidth() > columns) {
            qsizetype drop = -1;
            for (qsizetype c = 0; c < layout.size(); ++c) {
                if (shown[c] && layout[c].dropOrder > 0 &&
                    (drop < 0 || layout[c].dropOrder > layout[drop].dropOrder))
                    drop = c;
            }
            if (drop < 0)
                break; // even the minimum is too wide: each line is cut below
            shown[drop] = false;
        }
        for (const int c : elastic)
            widths[c] =
                std::max(widths[c], std::min(natural[c], widths[c] + columns - lineWidth()));
    }

    const auto formatRow = [&](const QStringList &cells) {
        QString line;
        for (qsizetype c = 0; c < layout.size(); ++c) {
            if (!shown[c])
                continue;
            if (c > 0)
                line += u' ';
            line += elideToColumns(cells[c], widths[c]).leftJustified(widths[c], u' ');
        }
        // Text after the last column would wrap a terminal line: cut whatever is still over.
        line = elideToColumns(line, columns);
        while (line.endsWith(u' '))
            line.chop(1);
        return line;
    };
    QStringList headers;
    for (const Column &column : layout)
        headers << column.header;
    QStringList lines{formatRow(headers)};
    for (const QStringList &row : rows)
        lines << formatRow(row);
    return lines;
}

enum ServerColumnIndex { ServerName, Reach, Since, Sessions, RoundTrip, ConnectError };

} // namespace

QStringList StatusReport::tableLines(int columns) const
{
    // dropOrder: the server node in use goes first (it matters only with several nodes), then
    // the progress columns (the rates say whether it moves), then the state (the health says
    // more), the rates, and the connection; name, health and the last error stay, because they
    // say what is wrong.
    const QList<Column> layout{{tr("NAME"), 22, 30, 0},   {tr("HEALTH"), 0, 24, 0},
                               {tr("STATE"), 0, 0, 4},    {tr("CONNECTION"), 0, 0, 1},
                               {tr("NODE"), 0, 0, 7},     {tr("UPLOAD"), 0, 0, 6},
                               {tr("DOWNLOAD"), 0, 0, 5}, {tr("UP/S"), 0, 0, 2},
                               {tr("DOWN/S"), 0, 0, 3},   {tr("LAST ERROR"), 20, 0, 0}};
    QList<QStringList> rows;
    for (const MonitoredSession *session : m_monitor->sessions()) {
        const SessionFacts &facts = session->facts();
        // The stall marker of the window, in front of the name.
        const QString name =
            session->isStalled() ? QStringLiteral("\u26A0 ") + facts.name : facts.name;
        rows.append(
            {name, healthText(facts, m_now), stateBadgeText(facts.state),
             connectionBadgeText(facts.connection),
             facts.currentNodeText().isEmpty() ? QStringLiteral("-") : facts.currentNodeText(),
             progressText(facts.upload), progressText(facts.download),
             formatRate(session->uploadRate()), formatRate(session->downloadRate()),
             facts.lastError.text().simplified()});
    }

    QStringList lines;
    lines << elideToColumns(tr("[%1 s] %2 sessions, up %3, down %4")
                                .arg(m_elapsedSeconds)
                                .arg(m_monitor->count())
                                .arg(formatRate(m_monitor->totalUploadRate()),
                                     formatRate(m_monitor->totalDownloadRate())),
                            columns);
    lines << fittedLines(layout, rows, columns, {int(Name), int(Error)});
    lines << serverLines(columns);
    return lines;
}

QStringList StatusReport::serverLines(int columns) const
{
    const QList<ServerRow> servers = m_monitor->serverOverview()->rows(m_now);
    if (servers.isEmpty())
        return {};
    // The server, whether it answers and since when, and why not stay; the sessions per
    // health go first, then the round trip.
    const QList<Column> layout{{tr("SERVER"), 16, 40, 0}, {tr("REACH"), 0, 0, 0},
                               {tr("SINCE"), 0, 0, 0},    {tr("SESSIONS"), 0, 40, 2},
                               {tr("PING RTT"), 0, 0, 1}, {tr("LAST CONNECT ERROR"), 20, 0, 0}};
    QList<QStringList> rows;
    for (const ServerRow &server : servers) {
        rows.append({server.server, ServerOverview::reachText(server.reach),
                     server.since.isValid() ? ServerOverview::sinceText(server.since, m_now)
                                            : QStringLiteral("-"),
                     QString::number(server.sessions) + QStringLiteral(": ") +
                         ServerOverview::healthCountsText(server),
                     ServerOverview::roundTripText(server.pingRoundTrip),
                     server.lastConnectError.text().simplified()});
    }
    QStringList lines{QString()};
    lines << fittedLines(layout, rows, columns, {int(ServerName), int(ConnectError)});
    return lines;
}

QJsonObject StatusReport::sessionObject(const MonitoredSession *session, const QDateTime &now)
{
    const SessionFacts &facts = session->facts();
    QJsonObject error;
    if (!facts.lastError.isEmpty()) {
        error = QJsonObject{{QStringLiteral("code"), facts.lastError.code},
                            {QStringLiteral("message"), facts.lastError.text()},
                            {QStringLiteral("fatal"), facts.lastError.fatal},
                            {QStringLiteral("time"), utcText(facts.lastError.time)}};
    }
    return QJsonObject{
        {QStringLiteral("name"), facts.name},
        {QStringLiteral("realm_path"), facts.realmPath},
        {QStringLiteral("user"), facts.userId},
        {QStringLiteral("server"), facts.server},
        {QStringLiteral("node"), facts.currentServerUrl.isEmpty()
                                     ? QJsonValue(QJsonValue::Null)
                                     : QJsonValue(facts.currentServerUrl.toString())},
        {QStringLiteral("health"), healthKey(healthOf(facts, now))},
        {QStringLiteral("health_text"), healthText(facts, now)},
        {QStringLiteral("state"), stateKey(facts.state)},
        {QStringLiteral("connection"), connectionKey(facts.connection)},
        {QStringLiteral("disconnected_since"),
         facts.connection == ConnectionBadge::Connected ? QJsonValue(QJsonValue::Null)
         : facts.disconnectedSince.isValid() ? QJsonValue(utcText(facts.disconnectedSince))
                                             : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("stalled"), session->isStalled()},
        {QStringLiteral("upload"), progressObject(facts.upload)},
        {QStringLiteral("download"), progressObject(facts.download)},
        {QStringLiteral("upload_rate"), session->uploadRate()},
        {QStringLiteral("download_rate"), session->downloadRate()},
        {QStringLiteral("last_error"), error.isEmpty() ? QJsonValue(QJsonValue::Null) : error},
    };
}

QJsonObject StatusReport::serverObject(const ServerRow &server)
{
    QJsonObject health;
    for (int h = 0; h < kHealthCount; ++h)
        health.insert(healthKey(Health(h)), server.perHealth[size_t(h)]);
    const QJsonObject states{{QStringLiteral("active"), server.count(SessionState::Active)},
                             {QStringLiteral("inactive"), server.count(SessionState::Inactive)},
                             {QStringLiteral("invalid"), server.count(SessionState::Invalid)}};
    QJsonValue error = QJsonValue::Null;
    if (!server.lastConnectError.isEmpty()) {
        error = QJsonObject{{QStringLiteral("code"), server.lastConnectError.code},
                            {QStringLiteral("message"), server.lastConnectError.text()},
                            {QStringLiteral("time"), utcText(server.lastConnectError.time)}};
    }
    return QJsonObject{
        {QStringLiteral("server"), server.server},
        {QStringLiteral("url"), server.url.toString()},
        {QStringLiteral("reach"), reachKey(server.reach)},
        {QStringLiteral("since"),
         server.since.isValid() ? QJsonValue(utcText(server.since)) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("sessions"), server.sessions},
        {QStringLiteral("health"), health},
        {QStringLiteral("states"), states},
        {QStringLiteral("ping_rtt_ms"),
         server.pingRoundTrip ? QJsonValue(double(server.pingRoundTrip->count()) / 1000.0)
                              : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("last_connect_error"), error},
    };
}

QJsonObject StatusReport::tickObject() const
{
    QJsonArray sessions;
    for (const MonitoredSession *session : m_monitor->sessions())
        sessions.append(sessionObject(session, m_now));
    QJsonArray servers;
    for (const ServerRow &server : m_monitor->serverOverview()->rows(m_now))
        servers.append(serverObject(server));
    return QJsonObject{{QStringLiteral("type"), QStringLiteral("tick")},
                       {QStringLiteral("time"), utcText(m_now)},
                       {QStringLiteral("elapsed_s"), m_elapsedSeconds},
                       {QStringLiteral("upload_rate"), m_monitor->totalUploadRate()},
                       {QStringLiteral("download_rate"), m_monitor->totalDownloadRate()},
                       {QStringLiteral("sessions"), sessions},
                       {QStringLiteral("servers"), servers}};
}

} // namespace syncscope::monitor
