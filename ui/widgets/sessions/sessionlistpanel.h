#pragma once

#include "monitor/sessionfilter.h"

#include "sessions/sessiontreeview.h"

#include <QWidget>

#include <optional>

class QComboBox;
class QMenu;
class QLineEdit;

namespace syncscope::monitor {
class MonitoredSession;
class SessionMonitor;
} // namespace syncscope::monitor

namespace syncscope::ui {

class SessionFilterProxy;
class SessionListModel;

// The session list with its filter row: a text filter, a state filter with live counts
// ("Invalid (1)"), and the view with badge and progress delegates.
class SessionListPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SessionListPanel)

public:
    explicit SessionListPanel(monitor::SessionMonitor *monitor, QWidget *parent = nullptr);

    QList<monitor::MonitoredSession *> selectedSessions() const;
    void selectSessions(const QList<monitor::MonitoredSession *> &sessions);

    SessionTreeView *view() const { return m_view; }
    QLineEdit *filterEdit() const { return m_filterEdit; }
    QComboBox *stateCombo() const { return m_stateCombo; }
    SessionListModel *model() const { return m_model; }
    SessionFilterProxy *proxy() const { return m_proxy; }

    void updateCounts();
    // The header's context menu: a checkable entry per column (as qBittorrent's).
    QMenu *columnMenu() const { return m_columnMenu; }
    // What the list shows when a filter is on (text or state), in the list's order; nullopt
    // when every session is shown.
    std::optional<QList<monitor::MonitoredSession *>> shownSessions() const;
    // Widths for the longest texts of the current language and font, then narrowed (names,
    // realms, progress) until the last error starts on screen: at once when the list is shown,
    // else when it is first shown unless the user's saved widths replaced them by then.
    void setDefaultColumnWidths();
    // The model's rows on screen, top to bottom (empty while the list is hidden).
    QList<int> visibleSourceRows() const;

protected:
    void showEvent(QShowEvent *event) override;

Q_SIGNALS:
    void selectionChanged();
    void shownChanged(); // the filter changed, or rows came or went

private:
    monitor::SessionMonitor *m_monitor;
    SessionListModel *m_model;
    SessionFilterProxy *m_proxy;
    QLineEdit *m_filterEdit;
    QComboBox *m_stateCombo;
    SessionTreeView *m_view;
    monitor::StateFilterCounts m_shownCounts; // what the state filter box shows
    bool m_countsLabelled = false;
    QMenu *m_columnMenu;
    QList<int> m_defaultWidths; // what setDefaultColumnWidths() set, before fitting
    bool m_fitPending = false;
    void fitColumnsToView();
};

} // namespace syncscope::ui
