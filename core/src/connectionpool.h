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

// The connections of one App, one per (server URL, user id): every session of a user on a
// server shares it. A connection leaves the pool when it reports idle (linger expired, nothing
// attached, or fatal failure).
class ConnectionPool final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectionPool)

public:
    explicit ConnectionPool(const ClientConfig &config, QObject *parent = nullptr);
    ~ConnectionPool() override;

    Connection *connectionFor(const QUrl &url, const QString &userId);
    Connection *existingConnection(const QUrl &url, const QString &userId) const;
    int connectionCount() const { return int(m_connections.size()); }

    // The simulated network of the connection for (url, user), now and for later connections.
    void setNetworkConditions(const QUrl &url, const QString &userId,
                              const NetworkConditions &conditions);
    NetworkConditions networkConditions(const QUrl &url, const QString &userId) const;

private:
    using Key = QPair<QString, QString>;
    static Key keyFor(const QUrl &url, const QString &userId);
    std::shared_ptr<ServerSlot> slotFor(const Key &key);

    ClientConfig m_config;
    QHash<Key, Connection *> m_connections;
    // Outlive the connections: a new Connection for the same key continues the back-off.
    QHash<Key, std::shared_ptr<ServerSlot>> m_slots;
};

} // namespace syncscope::detail
