#include "mainwindow/alertbanner.h"

#include "common/paintedicon.h"
#include "monitor/sessionmonitor.h"
#include "monitor/sessionstatus.h"
#include "sessions/badgestyle.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>

namespace syncscope::ui {

AlertBanner::AlertBanner(monitor::SessionMonitor *monitor, QWidget *parent)
    : QFrame(parent)
    , m_text(new QLabel(this))
    , m_dismiss(new QPushButton(tr("Dis&miss"), this))
{
    setFrameShape(QFrame::StyledPanel);
    setAccessibleName(tr("Alerts"));
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_dismiss->setToolTip(tr("Hide these alerts; the event log keeps them"));
    auto *icon = new QLabel(this);
    const QColor red = BadgeStyle::of(monitor::StateBadge::Invalid).colour(palette());
    icon->setPixmap(paintedIcon(IconShape::Warning, red).pixmap(fontMetrics().height()));
    auto *layout = new QHBoxLayout(this);
    layout->addWidget(icon, 0, Qt::AlignTop);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_dismiss, 0, Qt::AlignTop);
    connect(m_dismiss, &QPushButton::clicked, this, &AlertBanner::dismiss);
    connect(monitor, &monitor::SessionMonitor::serverLost, this,
            [this](const QString &server, const QDateTime &since) {
                const QString text =
                    tr("Lost the connection to server %1 at %2.")
                        .arg(server, QLocale().toString(since.time(), QLocale::ShortFormat));
                add(text);
                Q_EMIT alerted(tr("Server lost"), text);
            });
    connect(monitor, &monitor::SessionMonitor::serverRegained, this,
            [this](const QString &server, const QDateTime &lostSince) {
                const QDateTime now = QDateTime::currentDateTime();
                const QString text =
                    tr("Server %1 is back; it was unreachable from %2 to %3 (%4).")
                        .arg(server, QLocale().toString(lostSince.time(), QLocale::ShortFormat),
                             QLocale().toString(now.time(), QLocale::ShortFormat),
                             monitor::formatDuration(lostSince.secsTo(now)));
                add(text);
                Q_EMIT alerted(tr("Server back"), text);
            });
    refreshText();
}

void AlertBanner::add(const QString &text)
{
    m_alerts.prepend(text);
    constexpr qsizetype kShown = 20; // older ones are in the event log
    if (m_alerts.size() > kShown)
        m_alerts.resize(kShown);
    refreshText();
}

void AlertBanner::dismiss()
{
    m_alerts.clear();
    refreshText();
}

void AlertBanner::refreshText()
{
    m_text->setText(m_alerts.join(u'\n'));
    setVisible(!m_alerts.isEmpty());
}

} // namespace syncscope::ui
