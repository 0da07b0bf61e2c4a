#include "logging.h"

namespace syncscope::detail {

Q_LOGGING_CATEGORY(lcStore, "syncscope.client.store", QtWarningMsg)
Q_LOGGING_CATEGORY(lcConnection, "syncscope.client.connection", QtWarningMsg)
Q_LOGGING_CATEGORY(lcSession, "syncscope.client.session", QtWarningMsg)
Q_LOGGING_CATEGORY(lcTrace, "syncscope.client.trace", QtWarningMsg)

} // namespace syncscope::detail
