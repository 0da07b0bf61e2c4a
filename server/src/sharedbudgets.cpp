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
            static_cast<SessionSink *>(waiter)->scheduleDownloads();
    }
}

ClientConnection *SharedBudgets::biggestQueue() const
{
    ClientConnection *biggest = nullptr;
    qint64 most = 0;
    for (auto it = m_queued.cbegin(); it != m_queued.cend(); ++it) {
        if (it.value() > most) {
            most = it.value();
            biggest = it.key();
        }
    }
    return biggest;
}

void SharedBudgets::forget(ClientConnection *connection)
{
    setPartial(connection, 0);
    m_waiting.remove(connection);
    setQueued(connection, 0);
}

} // namespace syncscope::server
