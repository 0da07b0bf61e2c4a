#pragma once

#include <QList>
#include <QObject>

#include <chrono>
#include <functional>

class QAction;
class QMenu;

namespace syncscope::monitor {
class MonitoredSession;
class SessionMonitor;
} // namespace syncscope::monitor

namespace syncscope::ui {

// The session commands, shared by toolbar, menus and the context menu. Each action is enabled
// only when it applies to the current selection (refresh() re-evaluates that).
class SessionActions final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SessionActions)

public:
    using SelectionProvider = std::function<QList<monitor::MonitoredSession *>()>;

    SessionActions(monitor::SessionMonitor *monitor, SelectionProvider selection,
                   QObject *parent = nullptr);
    ~SessionActions() override;

    QAction *pause() const { return m_pause; }
    QAction *resume() const { return m_resume; }
    QAction *pauseAll() const { return m_pauseAll; }
    QAction *resumeAll() const { return m_resumeAll; }
    QAction *reconnect() const { return m_reconnect; }
    QAction *logIn() const { return m_logIn; }
    QMenu *pauseForMenu() const { return m_pauseForMenu; }
    QList<QAction *> pauseForActions() const { return m_pauseFor; }

    void refresh();

private:
    void pauseSelectionFor(std::chrono::seconds duration);

    monitor::SessionMonitor *m_monitor;
    SelectionProvider m_selection;
    QAction *m_pause;
    QAction *m_resume;
    QAction *m_pauseAll;
    QAction *m_resumeAll;
    QAction *m_reconnect;
    QAction *m_logIn;
    QMenu *m_pauseForMenu;
    QList<QAction *> m_pauseFor;
};

} // namespace syncscope::ui
