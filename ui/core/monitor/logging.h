#pragma once

#include <QLoggingCategory>

// One category per area of the monitor.
Q_DECLARE_LOGGING_CATEGORY(lcMonitor)  // syncscope.monitor: sessions and their bookkeeping
Q_DECLARE_LOGGING_CATEGORY(lcDemo)     // syncscope.monitor.demo: the embedded server and demo
Q_DECLARE_LOGGING_CATEGORY(lcHeadless) // syncscope.monitor.headless
Q_DECLARE_LOGGING_CATEGORY(lcUi)       // syncscope.monitor.ui: the window
