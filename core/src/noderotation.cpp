#include "noderotation.h"

namespace syncscope::detail {

NodeRotation::NodeRotation(QList<QUrl> nodes)
    : m_nodes(std::move(nodes))
{
    Q_ASSERT(!m_nodes.isEmpty());
}

bool NodeRotation::advanceAfterFailure()
{
    m_current = (m_current + 1) % int(m_nodes.size());
    return m_current == m_roundStart;
}

} // namespace syncscope::detail
