#pragma once

#include "localstore.h"

#include <syncscope/types.h>

#include <functional>
#include <map>
#include <optional>

namespace syncscope::detail {

// Progress callbacks with Realm's rules (docs/api.md, "Progress rules"): nothing is reported until
// progress is known (the first DOWNLOAD); a callback registered afterwards is called at once;
// identical consecutive values of a direction are not repeated; ForCurrentlyOutstandingWork
// captures `transferable` (it may shrink, never grow), is called for the final state and then
// removed, and if already done at registration is called once and gets token 0. Callbacks may add
// and remove registrations, and may cause new updates, from inside a call.
class ProgressNotifier final
{
public:
    using Callback = std::function<void(quint64 transferred, quint64 transferable)>;
    // Told about every reported change, for SyncSession::progressChanged.
    using Reporter = std::function<void(ProgressDirection, quint64, quint64)>;

    explicit ProgressNotifier(Reporter reporter = {});

    NotificationToken add(ProgressDirection direction, ProgressMode mode, Callback callback);
    void remove(NotificationToken token);

    // From now on progress is known (the session received a DOWNLOAD); reports the values
    // of the last update().
    void markKnown();
    bool isKnown() const { return m_known; }
    // New counter values; reports what changed if progress is known.
    void update(const ProgressCounters &counters);

    static std::pair<quint64, quint64> valuesFor(ProgressDirection direction,
                                                 const ProgressCounters &counters);

private:
    struct Registration
    {
        ProgressDirection direction;
        ProgressMode mode;
        Callback callback;
        std::optional<quint64> capturedTransferable;
    };

    void deliver();
    // Calls one registration with the current values; returns false when it has expired.
    bool call(NotificationToken token, Registration &registration);

    Reporter m_reporter;
    std::map<NotificationToken, Registration> m_registrations;
    NotificationToken m_lastToken = 0;
    ProgressCounters m_counters;
    bool m_known = false;
    std::optional<std::pair<quint64, quint64>> m_lastReported[2];
    bool m_delivering = false;
    bool m_redeliver = false;
};

} // namespace syncscope::detail
