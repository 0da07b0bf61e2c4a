#include "operator/attachedserver.h"

#include "monitor/monitoredsession.h"
#include "monitor/sessionmonitor.h"
#include "operator/operatorsessionsource.h"

#include <QFile>
#include <QMap>

using namespace Qt::StringLiterals;

namespace syncscope::monitor {

namespace {

OperatorSessionSource *sourceOf(MonitoredSession *row)
{
    return qobject_cast<OperatorSessionSource *>(row->source());
}

// A token file holds one token; anything much bigger is the wrong file.
constexpr qint64 kMaxTokenFileBytes = 64 * 1024;

} // namespace

AttachedServer::AttachedServer(SessionMonitor *monitor, const ServerAttachment &attachment,
                               QObject *parent)
    : QObject(parent)
    , m_monitor(monitor)
    , m_attachment(attachment)
    , m_label(labelOf(attachment.url))
{
    connect(&m_client, &OperatorClient::statusChanged, this, &AttachedServer::onStatusChanged);
    connect(&m_client, &OperatorClient::connectionsChanged, this,
            &AttachedServer::onConnectionsChanged);
    connect(&m_client, &OperatorClient::serverChanged, this, &AttachedServer::onServerChanged);
    connect(&m_client, &OperatorClient::actionDone, this, [this](const QJsonObject &answer) {
        log(int(EventKind::Monitor),
            tr("%1 did %2").arg(label(), answer.value("action"_L1).toString()));
    });
    connect(&m_client, &OperatorClient::actionFailed, this,
            [this](const QString &code, const QString &message) {
                log(int(EventKind::Error),
                    tr("%1 refused the action: %2 (%3)").arg(label(), message, code));
            });
}

AttachedServer::~AttachedServer()
{
    // The rows may outlive us in the monitor; their sources hold only a weak pointer to the
    // client, so they turn read-only.
    const QSignalBlocker blocker(&m_client);
    m_client.close();
}

QString AttachedServer::labelOf(const QUrl &url)
{
    return url.port() > 0 ? u"%1:%2"_s.arg(url.host()).arg(url.port()) : url.host();
}

void AttachedServer::start()
{
    QString token = m_attachment.token.trimmed();
    if (!m_attachment.tokenFile.isEmpty()) {
        QFile file(m_attachment.tokenFile);
        QString error;
        if (!file.open(QIODevice::ReadOnly))
            error = file.errorString();
        else if (file.size() > kMaxTokenFileBytes)
            error = tr("larger than %1 KiB, not a token").arg(kMaxTokenFileBytes / 1024);
        else
            token = QString::fromUtf8(file.readAll()).trimmed();
        if (error.isEmpty() && token.isEmpty())
            error = tr("the file is empty");
        if (!error.isEmpty()) {
            log(int(EventKind::Error), tr("Cannot attach to %1: cannot read the operator token "
                                          "file %2: %3")
                                           .arg(label(), m_attachment.tokenFile, error));
            m_startError =
                tr("cannot read the operator token file %1: %2").arg(m_attachment.tokenFile, error);
            Q_EMIT changed();
            return;
        }
    }
    log(int(EventKind::Monitor), tr("Attaching to %1").arg(m_attachment.url.toString()));
    m_client.open(m_attachment.url, token);
}

QString AttachedServer::statusText() const
{
    if (!m_startError.isEmpty())
        return tr("Not attached: %1").arg(m_startError);
    const QString since = m_client.statusSince().toLocalTime().toString(u"HH:mm:ss");
    switch (m_client.status()) {
    case OperatorClient::Status::Idle:
        return tr("Not attached");
    case OperatorClient::Status::Connecting:
        return m_everAttached ? tr("Unreachable since %1, reconnecting")
                                    .arg(m_lostSince.toLocalTime().toString(u"HH:mm:ss"))
                              : tr("Connecting since %1").arg(since);
    case OperatorClient::Status::Attached:
        return tr("Reachable since %1").arg(since);
    case OperatorClient::Status::Retrying:
        return tr("Unreachable since %1, next attempt at %2")
            .arg((m_lostSince.isValid() ? m_lostSince : m_client.statusSince())
                     .toLocalTime()
                     .toString(u"HH:mm:ss"),
                 m_client.nextAttempt().toLocalTime().toString(u"HH:mm:ss"));
    case OperatorClient::Status::Refused:
        return tr("Refused: %1").arg(m_client.lastError());
    }
    return {};
}

MonitoredSession *AttachedServer::row(qint64 connection, qint64 session) const
{
    return m_rows.value(keyOf(connection, session));
}

void AttachedServer::log(int kind, const QString &message)
{
    if (m_monitor)
        m_monitor->eventLog()->append(-1, QString(), EventKind(kind), message);
}

void AttachedServer::onStatusChanged(OperatorClient::Status status)
{
    switch (status) {
    case OperatorClient::Status::Attached:
        if (m_lostSince.isValid()) {
            log(int(EventKind::Connection),
                tr("Reattached to %1 after %2 s: %n sessions", nullptr,
                   int(m_client.server().sessions))
                    .arg(label())
                    .arg(m_lostSince.secsTo(QDateTime::currentDateTimeUtc())));
        } else {
            log(int(EventKind::Monitor),
                tr("Attached to %1 as %2: %n sessions", nullptr, int(m_client.server().sessions))
                    .arg(label(), m_client.subject()));
        }
        m_lostSince = {};
        m_everAttached = true;
        break;
    case OperatorClient::Status::Retrying: {
        const bool firstFailure = !m_lostSince.isValid();
        if (firstFailure)
            m_lostSince = m_client.lastErrorTime().isValid() ? m_client.lastErrorTime()
                                                             : QDateTime::currentDateTimeUtc();
        const qint64 wait = QDateTime::currentDateTimeUtc().secsTo(m_client.nextAttempt());
        if (firstFailure && m_everAttached) {
            log(int(EventKind::Error),
                tr("Lost the operator connection to %1: %2. Its %n sessions show their last "
                   "known state; retrying in %3 s",
                   nullptr, int(m_rows.size()))
                    .arg(label(), m_client.lastError())
                    .arg(std::max<qint64>(wait, 0)));
        } else {
            log(int(EventKind::Error), tr("Cannot reach %1: %2; retrying in %3 s")
                                           .arg(label(), m_client.lastError())
                                           .arg(std::max<qint64>(wait, 0)));
        }
        for (MonitoredSession *row : std::as_const(m_rows)) {
            if (OperatorSessionSource *source = sourceOf(row))
                source->markStale(m_lostSince, m_client.nextAttempt(), m_client.lastError());
        }
        break;
    }
    case OperatorClient::Status::Refused:
        log(int(EventKind::Error),
            tr("Cannot attach to %1: %2; not retried (give a valid operator token)")
                .arg(label(), m_client.lastError()));
        for (MonitoredSession *row : std::as_const(m_rows)) {
            if (OperatorSessionSource *source = sourceOf(row))
                source->markStale(QDateTime::currentDateTimeUtc(), {}, m_client.lastError());
        }
        break;
    case OperatorClient::Status::Idle:
    case OperatorClient::Status::Connecting:
        break;
    }
    Q_EMIT changed();
}

void AttachedServer::onConnectionsChanged(const QList<qint64> &changed,
                                          const QList<qint64> &removed)
{
    if (!m_monitor)
        return;
    // A page brings hundreds of new sessions at once: one insertion for the session list.
    const SessionMonitor::Batch batch(m_monitor);
    for (const qint64 connectionId : removed) {
        for (const quint64 key : m_rowsOfConnection.take(connectionId))
            removeRow(key, tr("Its connection closed on the server"));
    }
    const auto &connections = m_client.connections();
    for (const qint64 connectionId : changed) {
        const auto it = connections.constFind(connectionId);
        if (it == connections.cend())
            continue;
        const OperatorConnection &connection = *it;
        QList<quint64> present;
        present.reserve(connection.sessions.size());
        QHash<quint64, int> endCodes;
        for (const OperatorSession &session : connection.sessions) {
            const quint64 key = keyOf(connection.id, session.id);
            if (session.ended) {
                // Kept by the server so that an operator sees how it ended; not a live row.
                endCodes.insert(key, session.endCode);
                continue;
            }
            present.append(key);
            if (MonitoredSession *existing = m_rows.value(key)) {
                if (OperatorSessionSource *source = sourceOf(existing))
                    source->update(session, connection.since);
                continue;
            }
            auto source = std::make_unique<OperatorSessionSource>(&m_client, label(), session,
                                                                  connection.since);
            SessionDefinition definition; // not saved: the attachment is (savedInWorkspace())
            definition.name = source->facts().name;
            definition.realmPath = session.realm;
            definition.serverUrl = m_attachment.url;
            m_rows.insert(key, m_monitor->addSource(std::move(source), definition));
        }
        // Sessions the connection no longer has ended on the server (unbound, or by an action).
        for (const quint64 key : m_rowsOfConnection.value(connection.id)) {
            if (present.contains(key))
                continue;
            const int code = endCodes.value(key);
            removeRow(key, code != 0 ? tr("Ended on the server with error %1").arg(code)
                                     : tr("Ended on the server"));
        }
        m_rowsOfConnection.insert(connection.id, present);
    }
    Q_EMIT this->changed();
}

void AttachedServer::removeRow(quint64 key, const QString &why)
{
    MonitoredSession *row = m_rows.take(key);
    if (!row || !m_monitor)
        return;
    m_monitor->eventLog()->append(row->id(), row->name(), EventKind::State, why);
    m_monitor->removeSession(row);
}

void AttachedServer::onServerChanged()
{
    const OperatorServerFacts &now = m_client.server();
    const OperatorServerFacts &before = m_previousServer;
    if (before.startedAt.isValid() && before.startedAt != now.startedAt) {
        // A restarted server numbers its connections afresh: the old rows are other sessions.
        log(int(EventKind::Monitor),
            tr("%1 restarted at %2")
                .arg(label(), now.startedAt.toLocalTime().toString(Qt::ISODate)));
        for (const quint64 key : m_rows.keys())
            removeRow(key, tr("The server restarted"));
        m_rowsOfConnection.clear();
        m_commitLatency.reset();
    }
    if (!m_commitLatency && now.commits > 0) // first report: the mean since the server started
        m_commitLatency = now.commitSecondsSum / double(now.commits);
    if (before.receivedAt.isValid() && before.startedAt == now.startedAt) {
        const qint64 commits = now.commits - before.commits;
        const double seconds = double(before.receivedAt.msecsTo(now.receivedAt)) / 1000.0;
        if (commits > 0)
            m_commitLatency = (now.commitSecondsSum - before.commitSecondsSum) / double(commits);
        if (seconds > 0)
            m_commitsPerSecond = double(commits) / seconds;
    }
    m_previousServer = now;
    Q_EMIT changed();
}

QList<AttachedServer::RealmFigures> AttachedServer::realms() const
{
    QMap<QString, RealmFigures> byPath;
    for (const OperatorConnection &connection : m_client.connections()) {
        for (const OperatorSession &session : connection.sessions) {
            RealmFigures &realm = byPath[session.realm];
            realm.path = session.realm;
            realm.headVersion = std::max(realm.headVersion, session.serverHead);
            ++realm.sessions;
            if (session.versionsBehind > 0)
                ++realm.sessionsBehind;
            realm.mostVersionsBehind = std::max(realm.mostVersionsBehind, session.versionsBehind);
        }
    }
    return byPath.values();
}

} // namespace syncscope::monitor
