#pragma once

#include <syncscope/server/serverconfig.h>

#include <QHash>
#include <QSet>

namespace syncscope::server {

class ClientConnection;

// Memory that all connections draw from together, so that the server's total stays bounded
// however many peers there are: bytes of partly received messages, and bytes queued for
// sending. Each connection reports its own figures; the budgets pick whom to drop or pause.
class SharedBudgets final
{
    Q_DISABLE_COPY_MOVE(SharedBudgets)

public:
    explicit SharedBudgets(const ServerLimits &limits)
        : m_limits(limits)
    {}

    // Partly received message bytes of `connection`. Returns the connection to drop (the one
    // holding the most) when the total is over the budget, else nullptr.
    ClientConnection *setPartial(ClientConnection *connection, qint64 bytes);
    qint64 partialTotal() const { return m_partialTotal; }

    // Bytes queued for `connection` and not yet written. When the total falls back under the
    // budget, the connections that waited for it are asked to send again.
    void setQueued(ClientConnection *connection, qint64 bytes);
    bool sendBudgetLeft() const { return m_queuedTotal < m_limits.sendQueueBudget; }
    void waitForSendBudget(ClientConnection *connection) { m_waiting.insert(connection); }
    // While the total is over the budget, drops the connection holding the most queued bytes
    // among those that took nothing for `stalledMs`: the slowest readers go first.
    void shedStalledReaders(qint64 stalledMs);
    qint64 queuedTotal() const { return m_queuedTotal; }

    void forget(ClientConnection *connection);

private:
    ServerLimits m_limits;
    QHash<ClientConnection *, qint64> m_partial;
    QHash<ClientConnection *, qint64> m_queued;
    QSet<ClientConnection *> m_waiting;
    qint64 m_partialTotal = 0;
    qint64 m_queuedTotal = 0;
};

} // namespace syncscope::server
