#pragma once

#include "noderotation.h"
#include "reconnectbackoff.h"

#include <QDateTime>
#include <QDeadlineTimer>

#include <syncscope/types.h>

namespace syncscope::detail {

// What the client remembers about one (server, user) beyond a single Connection object, as
// realm-core's ServerSlot does: the back-off goes on when the pool builds a new Connection for
// the same server and user (after every session left and came back, or after a linger), so a
// flapping server is not hammered; and the connection counts as down since its first failure.
// The node in use is remembered with it, so a rebuilt Connection goes on where the last one was.
struct ServerSlot
{
    ServerSlot(QList<QUrl> serverNodes, std::chrono::milliseconds minimum,
               std::chrono::milliseconds maximum)
        : nodes(std::move(serverNodes))
        , backoff(minimum, maximum)
    {}

    NodeRotation nodes;
    ReconnectBackoff backoff;
    QDeadlineTimer retryDeadline{QDeadlineTimer::Forever}; // Forever: no retry pending
    QDateTime nextAttempt;                                 // the same moment, for the API
    QDateTime downSince;
    // Simulated network of this (server, user); kept when the Connection object is rebuilt.
    NetworkConditions conditions;

    void connected()
    {
        nodes.connected();
        backoff.reset();
        retryDeadline = QDeadlineTimer(QDeadlineTimer::Forever);
        nextAttempt = {};
        downSince = {};
    }
};

} // namespace syncscope::detail
