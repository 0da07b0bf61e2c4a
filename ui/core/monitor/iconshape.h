#pragma once

namespace syncscope::monitor {

// The monitor's icons by meaning. The state table names the badge icons here, free of
// widgets; the window draws them (ui/widgets/common/paintedicon.h).
enum class IconShape {
    Play,  // active / resume
    Pause, // paused / pause
    PauseAll,
    PlayAll,
    PauseTimer, // pause for…
    Stop,       // inactive
    Cross,      // invalid
    Connected,
    Connecting,
    Disconnected,
    Reconnect,
    Export,
    Add,
    Save,
    Open,
    Copy,
    Warning,
    App,
};

} // namespace syncscope::monitor
