#pragma once

#include <QDeadlineTimer>

#include <chrono>
#include <functional>

namespace syncscope::testsupport {

// Runs the event loop until `condition` holds or `timeout` passes; returns the condition's
// last value. Never sleeps blindly: it wakes on every event, like QTRY_VERIFY.
bool waitUntil(const std::function<bool()> &condition,
               std::chrono::milliseconds timeout = std::chrono::seconds(10));

} // namespace syncscope::testsupport
