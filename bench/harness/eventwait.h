#pragma once

#include <chrono>
#include <functional>

namespace syncscope::bench {

// Runs the event loop until `done` returns true or `timeout` passes; false on timeout.
// Figures take their timestamps inside the signal or callback that marks an event, so how
// quickly this loop notices does not enter any measurement.
bool waitUntil(const std::function<bool()> &done, std::chrono::milliseconds timeout);

} // namespace syncscope::bench
