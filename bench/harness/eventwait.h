#pragma once

// Benchmarks wait on the event loop with the same helper as the tests (Syncscope::TestSupport):
// figures take their timestamps inside the signal or callback that marks an event, so how
// quickly the loop notices does not enter any measurement.
#include <syncscope/testsupport/waiting.h>

namespace syncscope::bench {
using testsupport::waitUntil;
} // namespace syncscope::bench
