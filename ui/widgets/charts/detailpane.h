#pragma once

#include "monitor/chartscale.h"
#include "monitor/ratehistory.h"

#include <QList>
#include <QPointer>

#include <QWidget>
#include <optional>

class QCheckBox;
class QComboBox;
class QLabel;

namespace syncscope::monitor {
class MonitoredSession;
class SessionMonitor;
} // namespace syncscope::monitor

namespace syncscope::ui {

class HistoryChart;

// Details of the selected session(s) — all sessions summed when none is selected: the
// configuration, and live charts of the rates and of transferred vs transferable bytes over a
// chosen range (1 min … 24 h).
class DetailPane final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DetailPane)

public:
    explicit DetailPane(monitor::SessionMonitor *monitor, QWidget *parent = nullptr);

    void setSessions(const QList<monitor::MonitoredSession *> &sessions);
    // With nothing selected the pane sums what the list shows: these sessions when a filter
    // is on, every session when nullopt.
    void setShownSessions(const std::optional<QList<monitor::MonitoredSession *>> &shown);
    QString titleText() const;
    QString configText() const;
    void setTimeRange(monitor::TimeRange range);
    monitor::TimeRange timeRange() const { return m_range; }
    // "Clock time": the charts' time axis in time of day instead of "… ago".
    void setTimeAxisMode(monitor::TimeAxisMode mode);
    monitor::TimeAxisMode timeAxisMode() const;

    HistoryChart *rateChart() const { return m_rateChart; }
    HistoryChart *transferChart() const { return m_transferChart; }
    QComboBox *rangeCombo() const { return m_rangeCombo; }
    QCheckBox *clockTimeBox() const { return m_clockTime; }

    void refresh();

Q_SIGNALS:
    void timeRangeChanged(monitor::TimeRange range);
    void timeAxisModeChanged(monitor::TimeAxisMode mode);

private:
    void updateConfig();

    monitor::SessionMonitor *m_monitor;
    QList<QPointer<monitor::MonitoredSession>> m_sessions;
    std::optional<QList<QPointer<monitor::MonitoredSession>>> m_shown;
    monitor::TimeRange m_range = monitor::TimeRange::FiveMinutes;
    QLabel *m_title;
    QLabel *m_config;
    QComboBox *m_rangeCombo;
    QCheckBox *m_clockTime;
    HistoryChart *m_rateChart;
    HistoryChart *m_transferChart;
};

} // namespace syncscope::ui
