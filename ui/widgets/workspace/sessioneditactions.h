#pragma once

#include <QObject>

#include <functional>

class QAction;
class QWidget;

namespace syncscope::monitor {
class MonitoredSession;
class SessionMonitor;
} // namespace syncscope::monitor

namespace syncscope::ui {

// Changing the workspace's sessions from the window: Edit… (the Add dialog, prefilled),
// Duplicate…, Remove… (after a confirmation) and Reopen (an Invalid session, once its cause is
// fixed). Each action is enabled when it applies to the selection; changed() tells the window
// that the workspace now differs from its file.
class SessionEditActions final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SessionEditActions)

public:
    using SelectionProvider = std::function<QList<monitor::MonitoredSession *>()>;

    SessionEditActions(monitor::SessionMonitor *monitor, SelectionProvider selection,
                       QWidget *dialogParent);

    QAction *edit() const { return m_edit; }
    QAction *duplicate() const { return m_duplicate; }
    QAction *remove() const { return m_remove; }
    QAction *reopen() const { return m_reopen; }

    void refresh();

    void editSession(monitor::MonitoredSession *session);
    void duplicateSession(monitor::MonitoredSession *session);
    void removeSessions(const QList<monitor::MonitoredSession *> &sessions);
    void reopenSessions(const QList<monitor::MonitoredSession *> &sessions);

Q_SIGNALS:
    void changed();
    // A session added or put in another's place: the window selects it.
    void sessionOpened(syncscope::monitor::MonitoredSession *session);

private:
    monitor::SessionMonitor *m_monitor;
    SelectionProvider m_selection;
    QWidget *m_dialogParent;
    QAction *m_edit;
    QAction *m_duplicate;
    QAction *m_remove;
    QAction *m_reopen;
};

} // namespace syncscope::ui
