#pragma once

#include "monitor/settingvalue.h"

#include <QByteArray>
#include <QString>

namespace syncscope::ui::settings {

// Every key the window keeps in QSettings, named once.
inline const monitor::SettingValue<QString> lastWorkspace{"workspace/last", {}};
inline const monitor::SettingValue<QByteArray> windowGeometry{"window/geometry", {}};
inline const monitor::SettingValue<QByteArray> windowState{"window/state", {}};
inline const monitor::SettingValue<QByteArray> splitterState{"window/splitter", {}};
inline const monitor::SettingValue<int> currentTab{"window/tab", 0};
inline const monitor::SettingValue<QByteArray> sessionHeader{"sessions/header", {}};
// The font height the saved column widths were made for: a larger font makes them too narrow.
inline const monitor::SettingValue<int> sessionHeaderFontHeight{"sessions/headerFontHeight", 0};
inline const monitor::SettingValue<QString> chartRange{"charts/range", {}}; // timeRangeKey()
inline const monitor::SettingValue<bool> chartClockTime{"charts/clockTime", false};
inline const monitor::SettingValue<bool> notificationsEnabled{"notifications/enabled", true};
inline const monitor::SettingValue<int> stallSeconds{"notifications/stallSeconds", 60};

} // namespace syncscope::ui::settings
