#pragma once

// Rows for the model tests: sessions of a ManualSessionSource, watched by a real SessionMonitor,
// so every model is driven without a server.
#include "monitor/manualsessionsource.h"
#include "monitor/monitoredsession.h"
#include "monitor/sessionmonitor.h"

#include <memory>

namespace syncscope::monitor::testing {

inline SessionFacts factsNamed(const QString &name, const QString &user = QStringLiteral("ann"))
{
    SessionFacts facts;
    facts.name = name;
    facts.realmPath = QStringLiteral("/fake/") + name;
    facts.userId = user;
    facts.server = QStringLiteral("elsewhere:1");
    facts.state = StateBadge::Active;
    return facts;
}

struct FakeRow
{
    ManualSessionSource *source = nullptr;
    MonitoredSession *session = nullptr;
};

inline FakeRow addFake(SessionMonitor &monitor, const SessionFacts &facts,
                       bool expectedToFail = false)
{
    auto source = std::make_unique<ManualSessionSource>(facts);
    ManualSessionSource *raw = source.get();
    SessionDefinition definition;
    definition.name = facts.name;
    definition.realmPath = facts.realmPath;
    definition.expectedToFail = expectedToFail;
    return {raw, monitor.addSource(std::move(source), definition)};
}

inline FakeRow addFake(SessionMonitor &monitor, const QString &name, bool expectedToFail = false)
{
    return addFake(monitor, factsNamed(name), expectedToFail);
}

} // namespace syncscope::monitor::testing
