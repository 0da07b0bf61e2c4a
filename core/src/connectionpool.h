#pragma once

#include <syncscope/types.h>

#include <QHash>
#include <QObject>
#include <QPair>
#include <QUrl>

#include <memory>

namespace syncscope::detail {

class Connection;
struct ServerSlot;

// The connections of one App, one per (server nodes, user id): every session of a user on a
// server shares it. A server is the list of its node URLs as the session lists them
// (SyncConfig::serverUrls(); one URL for a single server, so the rule is unchanged there):
// sessions naming the same nodes in the same order share one connection, which moves between
// the nodes for all of them together. A connection leaves the pool when it reports idle (linger
// expired, nothing attached, or fatal failure).
class ConnectionPool final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectionPool)

public:
    explicit ConnectionPool(const ClientConfig &config, QObject *parent = nullptr);
    ~ConnectionPool() override;

    Connection *connectionFor(const QList<QUrl> &nodes, const QString &userId);
    Connection *existingConnection(const QList<QUrl> &nodes, const QString &userId) const;
    int connectionCount() const { return int(m_connections.size()); }

    // The simulated network of the connection for (nodes, user), now and for later
    // connections.
    void setNetworkConditions(const QList<QUrl> &nodes, const QString &userId,
                              const NetworkConditions &conditions);
    NetworkConditions networkConditions(const QList<QUrl> &nodes, const QString &userId) const;

private:
    using Key = QPair<QString, QString>;
    static Key keyFor(const QList<QUrl> &nodes, const QString &userId);
    std::shared_ptr<ServerSlot> slotFor(const Key &key, const QList<QUrl> &nodes);

    ClientConfig m_config;
    QHash<Key, Connection *> m_connections;
    // Outlive the connections: a new Connection for the same key continues the back-off.
    QHash<Key, std::shared_ptr<ServerSlot>> m_slots;
};

} // namespace syncscope::detail
