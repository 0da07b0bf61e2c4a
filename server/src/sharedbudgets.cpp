#include "sharedbudgets.h"

#include "clientconnection.h"

namespace syncscope::server {

ClientConnection *SharedBudgets::setPartial(ClientConnection *connection, qint64 bytes)
{
    m_partialTotal += bytes - m_partial.value(connection);
    if (bytes > 0)
        m_partial.insert(connection, bytes);
    else
        m_partial.remove(connection);
    if (m_partialTotal <= m_limits.partialMessageBudget)
        return nullptr;
    ClientConnection *biggest = nullptr;
    qint64 most = -1;
    for (auto it = m_partial.cbegin(); it != m_partial.cend(); ++it) {
        if (it.value() > most) {
            most = it.value();
            biggest = it.key();
        }
    }
    return biggest;
}

void SharedBudgets::setQueued(ClientConnection *connection, qint64 bytes)
{
    const bool hadBudget = sendBudgetLeft();
    m_queuedTotal += bytes - m_queued.value(connection);
    if (bytes > 0)
        m_queued.insert(connection, bytes);
    else
        m_queued.remove(connection);
    if (!hadBudget && sendBudgetLeft()) {
        const QSet<ClientConnection *> waiting = std::exchange(m_waiting, {});
        for (ClientConnection *waiter : waiting)
            waiter->resumeDownloads();
    }
}

void SharedBudgets::shedStalledReaders(qint64 stalledMs)
{
    while (!sendBudgetLeft()) {
        ClientConnection *slowest = nullptr;
        qint64 most = 0;
        for (auto it = m_queued.cbegin(); it != m_queued.cend(); ++it) {
            if (it.value() > most && it.key()->stalledMs() >= stalledMs) {
                most = it.value();
                slowest = it.key();
            }
        }
        if (!slowest)
            return;
        // drop() forgets the connection here, so the loop ends.
        slowest->drop(QStringLiteral("the send queues of all connections exceed %1 bytes, it "
                                     "holds the most (%2) and read nothing for %3 ms")
                          .arg(m_limits.sendQueueBudget)
                          .arg(most)
                          .arg(slowest->stalledMs()));
    }
}

void SharedBudgets::forget(ClientConnection *connection)
{
    setPartial(connection, 0);
    m_waiting.remove(connection);
    setQueued(connection, 0);
}

} // namespace syncscope::server
