#pragma once

#include "monitor/iconshape.h"
#include "monitor/sessionfacts.h"
#include "monitor/sessionstatus.h"

#include <QCoreApplication>
#include <QString>

namespace syncscope::monitor {

// What an explanation may look at: the session's facts and what the monitor derived.
struct StateContext
{
    const SessionFacts &facts;
    bool stalled = false;
    bool expectedToFail = false;
    bool reconnectAccepted = false; // the source takes "Reconnect now"
};

// A badge colour for light and for dark palettes, as 0xRRGGBB. Never colour alone: the text
// and the icon shape carry the meaning too.
struct BadgeColours
{
    unsigned onLight = 0;
    unsigned onDark = 0;
};

// One row of the table: everything the monitor shows for one state.
struct BadgeRow
{
    const char *text; // untranslated, context "SessionStatus"
    IconShape icon;
    BadgeColours colours;
    QString (*explain)(const StateContext &context); // the tooltip: why the badge reads so
};

// The one table from session and connection state to text, icon, colour and explanation —
// nothing else in the monitor decides what a state looks like or how it is explained.
class StateTable final
{
    Q_DECLARE_TR_FUNCTIONS(StateTable)

public:
    static const BadgeRow &row(StateBadge state);
    static const BadgeRow &row(ConnectionBadge connection);

    static QString text(StateBadge state);
    static QString text(ConnectionBadge connection);
    static QString explain(StateBadge state, const StateContext &context)
    {
        return row(state).explain(context);
    }
    static QString explain(ConnectionBadge connection, const StateContext &context)
    {
        return row(connection).explain(context);
    }
};

} // namespace syncscope::monitor
