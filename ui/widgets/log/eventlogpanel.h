#pragma once

#include <QWidget>

class QComboBox;
class QTableView;
class QPushButton;

namespace syncscope::monitor {
class MonitoredSession;
class SessionMonitor;
} // namespace syncscope::monitor

namespace syncscope::ui {

class EventLogFilterProxy;
class EventLogModel;

// The event log tab: filter by session and kind, copy the selected lines, export to a file.
class EventLogPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EventLogPanel)

public:
    explicit EventLogPanel(monitor::SessionMonitor *monitor, QWidget *parent = nullptr);

    QTableView *view() const { return m_view; }
    QComboBox *sessionCombo() const { return m_sessionCombo; }
    QComboBox *kindCombo() const { return m_kindCombo; }
    EventLogFilterProxy *proxy() const { return m_proxy; }

    QString selectedText() const; // tab-separated lines of the selected (or all shown) rows
    void copySelection() const;
    bool exportTo(const QString &path, QString *error) const;

protected:
    void showEvent(QShowEvent *event) override;

private:
    void addSession(monitor::MonitoredSession *session);
    void exportInteractively();

    monitor::SessionMonitor *m_monitor;
    EventLogModel *m_model;
    EventLogFilterProxy *m_proxy;
    QComboBox *m_sessionCombo;
    QComboBox *m_kindCombo;
    QTableView *m_view;
};

} // namespace syncscope::ui
