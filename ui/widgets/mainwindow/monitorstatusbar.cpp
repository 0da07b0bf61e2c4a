#include "mainwindow/monitorstatusbar.h"

#include "monitor/sessionhealth.h"
#include "monitor/sessionmonitor.h"
#include "monitor/sessionstatus.h"

#include <QLabel>
#include <QLocale>
#include <QTime>
#include <QTimer>

#include <array>

namespace syncscope::ui {

using namespace monitor;

MonitorStatusBar::MonitorStatusBar(SessionMonitor *monitor, QWidget *parent)
    : QStatusBar(parent)
    , m_monitor(monitor)
    , m_notice(new QLabel(this))
    , m_noticeTimer(new QTimer(this))
    , m_states(new QLabel(this))
    , m_rates(new QLabel(this))
    , m_connections(new QLabel(this))
{
    m_states->setAccessibleName(tr("Sessions by state"));
    m_rates->setAccessibleName(tr("Total transfer rates"));
    m_connections->setAccessibleName(tr("Connection summary"));
    m_notice->setAccessibleName(tr("Latest notice"));
    m_notice->setMinimumWidth(0);
    m_notice->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_noticeTimer->setSingleShot(true);
    connect(m_noticeTimer, &QTimer::timeout, m_notice, &QLabel::clear);
    addWidget(m_notice, 1);
    addPermanentWidget(m_states);
    addPermanentWidget(m_rates);
    addPermanentWidget(m_connections);
    connect(monitor, &SessionMonitor::sampled, this, &MonitorStatusBar::refresh);
    // Not on every sessionChanged: during a download that is hundreds of times a second.
    connect(monitor, &SessionMonitor::allPausedChanged, this, &MonitorStatusBar::refresh);
    refresh();
}

void MonitorStatusBar::notify(const QString &text, std::chrono::milliseconds shownFor)
{
    const QString stamped =
        QLocale().toString(QTime::currentTime(), QLocale::ShortFormat) + u' ' + text;
    m_notices.prepend(stamped);
    if (m_notices.size() > kKeptNotices)
        m_notices.resize(kKeptNotices);
    m_noticeTimer->start(std::max<std::chrono::milliseconds>(shownFor, std::chrono::seconds(10)));
    showNotice();
}

void MonitorStatusBar::showNotice()
{
    if (m_notices.isEmpty())
        return;
    const QString full = m_notices.constFirst();
    m_notice->setText(
        m_notice->fontMetrics().elidedText(full, Qt::ElideRight, qMax(0, m_notice->width())));
    m_notice->setToolTip(m_notices.join(u'\n'));
}

void MonitorStatusBar::resizeEvent(QResizeEvent *event)
{
    QStatusBar::resizeEvent(event);
    if (!m_notice->text().isEmpty())
        showNotice();
}

void MonitorStatusBar::setServerDescription(const QString &text)
{
    m_serverDescription = text;
    refresh();
}

QString MonitorStatusBar::statesText() const
{
    // Health first: "9 Offline" is what an operator must see, not "10 Active".
    std::array<int, kHealthCount> health{};
    const QDateTime now = QDateTime::currentDateTime();
    for (const MonitoredSession *s : m_monitor->sessions())
        ++health.at(std::size_t(healthOf(s->facts(), now)));
    QStringList healthParts;
    for (int h = 0; h < kHealthCount; ++h) {
        if (health.at(h) > 0)
            healthParts << tr("%1 %2").arg(health.at(h)).arg(healthName(Health(h)));
    }
    const StateFilterCounts counts = m_monitor->stateCounts();
    QStringList parts;
    for (StateFilter filter :
         {StateFilter::Active, StateFilter::Paused, StateFilter::Inactive, StateFilter::Invalid}) {
        if (counts.count(filter) > 0)
            parts << tr("%1 %2").arg(counts.count(filter)).arg(stateFilterText(filter));
    }
    if (parts.isEmpty())
        return tr("No sessions");
    if (const int stalled = m_monitor->stalledCount(); stalled > 0)
        healthParts << tr("⚠ %n stalled", nullptr, stalled);
    return tr("%1 (%2)").arg(healthParts.join(QStringLiteral(" · ")),
                             parts.join(QStringLiteral(" · ")));
}

QString MonitorStatusBar::ratesText() const
{
    return tr("Up %1 · Down %2")
        .arg(formatRate(m_monitor->totalUploadRate()), formatRate(m_monitor->totalDownloadRate()));
}

QString MonitorStatusBar::connectionText() const
{
    QString text = tr("Connected to %1 of %n server(s)", nullptr, m_monitor->serverCount())
                       .arg(m_monitor->connectedServerCount());
    if (!m_serverDescription.isEmpty())
        text += QStringLiteral(" · ") + m_serverDescription;
    return text;
}

void MonitorStatusBar::refresh()
{
    m_states->setText(statesText());
    m_rates->setText(ratesText());
    m_connections->setText(connectionText());
}

} // namespace syncscope::ui
