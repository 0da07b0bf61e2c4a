#pragma once

#include "operator/operatorclient.h"
#include "workspace/workspace.h"

#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QPointer>

namespace syncscope::monitor {

class MonitoredSession;
class OperatorSessionSource;
class SessionMonitor;

// One syncscope-server the monitor is attached to: an OperatorClient whose sessions become
// OperatorSessionSource rows of the SessionMonitor (added as they bind, removed as they end),
// and the server-wide figures the server pane shows. Losing the operator connection is logged
// as an error, its rows keep their last known facts marked stale, and the client retries with
// back-off; the next snapshot brings them up to date.
class AttachedServer final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AttachedServer)

public:
    AttachedServer(SessionMonitor *monitor, const ServerAttachment &attachment,
                   QObject *parent = nullptr);
    ~AttachedServer() override;

    // Reads the token (file) and connects; a token file that cannot be read is an error shown
    // like a refused token.
    void start();

    const ServerAttachment &attachment() const { return m_attachment; }
    // host:port of the operator API. One string that every row's facts share.
    QString label() const { return m_label; }
    OperatorClient *client() { return &m_client; }
    const OperatorClient *client() const { return &m_client; }
    bool isReachable() const { return m_client.status() == OperatorClient::Status::Attached; }
    QString startError() const { return m_startError; }
    QString statusText() const; // translated: "Reachable", "Unreachable, retrying at …", …
    QList<MonitoredSession *> sessions() const { return m_rows.values(); }
    MonitoredSession *row(qint64 connection, qint64 session) const;

    // For the server pane.
    struct RealmFigures
    {
        QString path;
        qint64 headVersion = 0; // the realm's size in changesets: the newest server version
        int sessions = 0;
        int sessionsBehind = 0; // sessions whose download cursor is behind the head
        qint64 mostVersionsBehind = 0;
    };
    QList<RealmFigures> realms() const;
    // Mean duration of the group commits between the latest two server reports that had
    // commits between them (what the server's counters allow); the mean since the server
    // started until then; nullopt while the server has committed nothing.
    std::optional<double> commitLatencySeconds() const { return m_commitLatency; }
    double commitsPerSecond() const { return m_commitsPerSecond; }

Q_SIGNALS:
    void changed(); // status, figures or sessions

private:
    void onStatusChanged(OperatorClient::Status status);
    void onConnectionsChanged(const QList<qint64> &changed, const QList<qint64> &removed);
    void onServerChanged();
    void removeRow(quint64 key, const QString &why);
    void log(int kind, const QString &message);
    static QString labelOf(const QUrl &url);

    static quint64 keyOf(qint64 connection, qint64 session)
    {
        return (quint64(connection) << 32) ^ quint64(session);
    }

    QPointer<SessionMonitor> m_monitor;
    ServerAttachment m_attachment;
    QString m_label;
    OperatorClient m_client;
    QHash<quint64, MonitoredSession *> m_rows; // (connection, session) -> row
    QHash<qint64, QList<quint64>> m_rowsOfConnection;
    OperatorServerFacts m_previousServer;
    std::optional<double> m_commitLatency;
    double m_commitsPerSecond = 0;
    QString m_startError; // the token file could not be read
    QDateTime m_lostSince;
    bool m_everAttached = false;
};

} // namespace syncscope::monitor
