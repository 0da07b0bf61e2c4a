#pragma once

#include <QList>
#include <QUrl>

namespace syncscope::detail {

// The server nodes one connection may use (SyncConfig::serverUrls()) and which of them it uses
// now. A failure moves on to the next node at once; only when every node of the round failed
// in turn does the caller wait out the reconnect back-off. So one dead node costs a session no
// back-off delay, while a cluster that is down entirely is retried no faster than a single
// server: one back-off step per full round, N attempts per step, N being the number of nodes
// the application configured. With one node every failure completes a round, which is the
// single-server behaviour unchanged.
class NodeRotation final
{
public:
    explicit NodeRotation(QList<QUrl> nodes);

    QUrl current() const { return m_nodes.value(m_current); }
    QList<QUrl> nodes() const { return m_nodes; }
    int currentIndex() const { return m_current; }

    // The current node failed (an attempt, or a connection that was up): moves to the next
    // node. Returns true when that completes a round — every node has failed since the last
    // success or since the round began — and the caller should back off before trying again.
    bool advanceAfterFailure();
    // The current node accepted the connection: the next round starts with it.
    void connected() { m_roundStart = m_current; }

private:
    QList<QUrl> m_nodes;
    int m_current = 0;
    int m_roundStart = 0;
};

} // namespace syncscope::detail
