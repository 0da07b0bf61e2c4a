#pragma once

#include <QHash>
#include <QObject>
#include <QString>
#include <QThread>

#include <chrono>
#include <functional>
#include <memory>

namespace syncscope::server {

class ClusterListenerWorker;

// Hears other nodes' commits: one dedicated PostgreSQL connection per node LISTENs on the
// heads channel (PostgresRealmStorage::kHeadsChannel), on a thread of its own, since Qt's driver
// needs an event loop for notifications and a connection belongs to the thread that opened it.
// The connection never runs a transaction (that would hold notifications back).
//
// Notifications are a hint, never the truth: one that arrives while the connection is down is
// lost for good. So the connection is checked every `checkInterval`; a lost one is reopened
// and subscribed again by hand (the driver forgets its subscriptions when it closes), and then
// resubscribed() asks the server to re-read the heads it serves.
//
// Lives on the server's thread; its callbacks run there.
class ClusterListener final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ClusterListener)

public:
    using HeadsCallback = std::function<void(const QHash<qint64, quint64> &heads)>;
    using ResubscribedCallback = std::function<void()>;

    ClusterListener(HeadsCallback heads, ResubscribedCallback resubscribed,
                    QObject *parent = nullptr);
    ~ClusterListener() override; // stop()s

    // Connects and LISTENs on its thread; false and *error if the first connection fails.
    bool start(const QString &conninfo, const QString &password, const QString &nodeId,
               std::chrono::milliseconds checkInterval, QString *error);
    void stop();

    // "<node> <realm>:<head> ..." -> heads; notifications of `ownNode` and malformed items
    // give nothing.
    static QHash<qint64, quint64> parsePayload(const QString &payload, const QString &ownNode);

private:
    friend class ClusterListenerWorker;
    HeadsCallback m_heads;
    ResubscribedCallback m_resubscribed;
    std::unique_ptr<QThread> m_thread;
    ClusterListenerWorker *m_worker = nullptr; // lives on m_thread
};

} // namespace syncscope::server
