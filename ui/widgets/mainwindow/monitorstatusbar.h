#pragma once

#include <QStatusBar>

class QLabel;

namespace syncscope::monitor {
class SessionMonitor;
}

namespace syncscope::ui {

// Sessions by state, total rates and a connection summary, refreshed with every sample.
class MonitorStatusBar final : public QStatusBar
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MonitorStatusBar)

public:
    explicit MonitorStatusBar(monitor::SessionMonitor *monitor, QWidget *parent = nullptr);

    // An extra line about the embedded server, when there is one.
    void setServerDescription(const QString &text);
    void refresh();

    QString statesText() const;
    QString ratesText() const;
    QString connectionText() const;

private:
    monitor::SessionMonitor *m_monitor;
    QLabel *m_states;
    QLabel *m_rates;
    QLabel *m_connections;
    QString m_serverDescription;
};

} // namespace syncscope::ui
