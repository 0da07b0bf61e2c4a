#include "logging.h"

Q_LOGGING_CATEGORY(lcServer, "syncscope.server", QtInfoMsg)
Q_LOGGING_CATEGORY(lcConnection, "syncscope.server.connection", QtInfoMsg)
Q_LOGGING_CATEGORY(lcSession, "syncscope.server.session", QtInfoMsg)
Q_LOGGING_CATEGORY(lcAuth, "syncscope.server.auth", QtInfoMsg)
Q_LOGGING_CATEGORY(lcStorage, "syncscope.server.storage", QtInfoMsg)
Q_LOGGING_CATEGORY(lcTrace, "syncscope.server.trace", QtWarningMsg)
