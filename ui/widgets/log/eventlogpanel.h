#pragma once

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLineEdit;
class QMenu;
class QTableView;
class QPushButton;
class QToolButton;

namespace syncscope::monitor {
class MonitoredSession;
class SessionMonitor;
} // namespace syncscope::monitor

namespace syncscope::ui {

class EventLogFilterProxy;
class EventLogModel;

// The event log tab: filter by session, any set of kinds and a search text; follow the newest
// line or stay where the reader is; copy the selected lines, export them to a file, and copy a
// session's diagnostics for a bug report.
class EventLogPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EventLogPanel)

public:
    explicit EventLogPanel(monitor::SessionMonitor *monitor, QWidget *parent = nullptr);

    QTableView *view() const { return m_view; }
    QComboBox *sessionCombo() const { return m_sessionCombo; }
    QToolButton *kindButton() const { return m_kindButton; }
    QAction *kindAction(int kind) const; // checkable, one per monitor::EventKind
    QLineEdit *searchEdit() const { return m_searchEdit; }
    QCheckBox *followBox() const { return m_followBox; }
    QPushButton *diagnosticsButton() const { return m_diagnosticsButton; }
    EventLogFilterProxy *proxy() const { return m_proxy; }

    // The diagnostics of the session chosen in the session filter; empty with "All sessions".
    QString diagnosticsText() const;
    void copyDiagnostics() const;
    // The same for any session (the session list's context menu).
    void copyDiagnosticsOf(const monitor::MonitoredSession *session) const;

    QString selectedText() const; // tab-separated lines of the selected (or all shown) rows
    void copySelection() const;
    bool exportTo(const QString &path, QString *error) const;

protected:
    void showEvent(QShowEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void addSession(monitor::MonitoredSession *session);
    void exportInteractively();
    void updateKindButton();
    void updateDiagnosticsButton();
    void followIfAsked();

    monitor::SessionMonitor *m_monitor;
    EventLogModel *m_model;
    EventLogFilterProxy *m_proxy;
    QComboBox *m_sessionCombo;
    QToolButton *m_kindButton;
    QMenu *m_kindMenu;
    QLineEdit *m_searchEdit;
    QCheckBox *m_followBox;
    QPushButton *m_diagnosticsButton;
    QTableView *m_view;
    bool m_scrollingToNewest = false; // our own scroll, not the reader's
};

} // namespace syncscope::ui
