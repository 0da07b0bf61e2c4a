#pragma once

#include <QLoggingCategory>

namespace syncscope::detail {

Q_DECLARE_LOGGING_CATEGORY(lcStore)      // syncscope.client.store: the local SQLite file
Q_DECLARE_LOGGING_CATEGORY(lcConnection) // syncscope.client.connection: sockets, ping, back-off
Q_DECLARE_LOGGING_CATEGORY(lcTrace)      // syncscope.client.trace: stage stamps for the bench
Q_DECLARE_LOGGING_CATEGORY(lcSession)    // syncscope.client.session: bind, upload, download, waits

} // namespace syncscope::detail
