#pragma once

// The monitor tests' real server in the test process: Syncscope::TestSupport's
// InProcessServer (127.0.0.1, free port, data in a temporary folder, tokens signed with its
// secret).

#include <syncscope/testsupport/inprocessserver.h>

using EmbeddedTestServer = syncscope::testsupport::InProcessServer;
