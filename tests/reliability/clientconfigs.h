#pragma once

#include <syncscope/types.h>

#include <chrono>

namespace syncscope::reliability {

// Short timings so that a blackhole is noticed by the pong timeout in under a second and
// reconnects are quick; shared by the test processes and reliability-client.
inline ClientConfig fastClientConfig()
{
    using namespace std::chrono_literals;
    ClientConfig config;
    config.connectTimeout = 2s;
    config.pingInterval = 200ms;
    config.pongTimeout = 600ms;
    config.reconnectDelayMin = 50ms;
    config.reconnectDelayMax = 400ms;
    config.connectionLingerTime = 1s;
    return config;
}

} // namespace syncscope::reliability
