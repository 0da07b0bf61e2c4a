#pragma once

#include <QStatusBar>
#include <QStringList>

#include <chrono>

class QLabel;
class QTimer;

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

    // A notice on the left, in its own label so it never covers the counters: elided to the
    // room there, the full text and the previous notices in its tooltip. It stays until the
    // next one or until `shownFor` has passed, whichever is later than 10 s.
    void notify(const QString &text, std::chrono::milliseconds shownFor = std::chrono::seconds(30));
    QLabel *noticeLabel() const { return m_notice; }
    QStringList notices() const { return m_notices; } // newest first, at most kKeptNotices

    QString statesText() const;
    QString ratesText() const;
    QString connectionText() const;

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    static constexpr qsizetype kKeptNotices = 5;
    void showNotice();

    monitor::SessionMonitor *m_monitor;
    QLabel *m_notice;
    QStringList m_notices;
    QTimer *m_noticeTimer;
    QLabel *m_states;
    QLabel *m_rates;
    QLabel *m_connections;
    QString m_serverDescription;
};

} // namespace syncscope::ui
