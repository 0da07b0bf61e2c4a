#pragma once

#include <syncscope/app.h> // complete: held in a QPointer

#include <QHash>
#include <QObject>
#include <QPointer>

namespace syncscope::monitor {

class MonitoredSession;
class SessionMonitor;

// The sessions of an App that another part of this process owns (the application that embeds
// the monitor widget), as rows of a SessionMonitor: every session the App has now or opens
// later becomes a row (a LocalSessionSource that watches it), a session the App removes loses
// its row, and when the App itself is destroyed every row goes. The sessions stay the App's:
// a row never keeps one open.
class AppSessions final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AppSessions)

public:
    AppSessions(App *app, SessionMonitor *monitor, QObject *parent = nullptr);
    ~AppSessions() override;

    App *app() const { return m_app; }
    MonitoredSession *rowOf(const SyncSession *session) const;

private:
    void add(SyncSession *session);
    void remove(SyncSession *session);
    void removeAll();

    QPointer<App> m_app;
    QPointer<SessionMonitor> m_monitor;
    QHash<const SyncSession *, MonitoredSession *> m_rows;
};

} // namespace syncscope::monitor
