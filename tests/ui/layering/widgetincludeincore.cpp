// Compiled against Syncscope::MonitorCore alone by tst_monitorcore_has_no_widgets, which passes
// only when this fails for the right reason: the widget library's headers are not on the core
// library's include path.
#include "sessions/sessionlistmodel.h"
