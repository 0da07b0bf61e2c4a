#include "monitor/logging.h"

Q_LOGGING_CATEGORY(lcMonitor, "syncscope.monitor")
Q_LOGGING_CATEGORY(lcDemo, "syncscope.monitor.demo")
Q_LOGGING_CATEGORY(lcHeadless, "syncscope.monitor.headless")
Q_LOGGING_CATEGORY(lcUi, "syncscope.monitor.ui")
