#pragma once

#include <QLoggingCategory>

// One category per area, so --log-level and QT_LOGGING_RULES can single one out.
Q_DECLARE_LOGGING_CATEGORY(lcServer)     // syncscope.server: start, stop, listening
Q_DECLARE_LOGGING_CATEGORY(lcConnection) // syncscope.server.connection: sockets, frames
Q_DECLARE_LOGGING_CATEGORY(lcSession)    // syncscope.server.session: bind, ident, upload, download
Q_DECLARE_LOGGING_CATEGORY(lcAuth)       // syncscope.server.auth: token checks
Q_DECLARE_LOGGING_CATEGORY(lcTrace)      // syncscope.server.trace: stage stamps for the bench
Q_DECLARE_LOGGING_CATEGORY(lcStorage)    // syncscope.server.storage: SQLite
