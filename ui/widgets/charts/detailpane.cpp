#include "charts/detailpane.h"

#include "charts/historychart.h"
#include "monitor/monitoredsession.h"
#include "monitor/sessionmonitor.h"
#include "sessions/badgestyle.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTime>
#include <QHBoxLayout>
#include <QLabel>
#include <QSplitter>
#include <QVBoxLayout>

namespace syncscope::ui {

using namespace monitor;

namespace {
// Blue and orange: told apart with any colour vision, and named in the legend. Solid lines: dashed
// antialiased strokes were most of a chart refresh (docs/performance.md).
const QColor kUpload(0x1f, 0x6f, 0xeb);      // blue
const QColor kUploadLight(0x8c, 0xb4, 0xf5); // its "transferable" companion
const QColor kDownload(0xe0, 0x7b, 0x00);    // orange
const QColor kDownloadLight(0xf5, 0xc2, 0x80);
} // namespace

DetailPane::DetailPane(SessionMonitor *monitor, QWidget *parent)
    : QWidget(parent)
    , m_monitor(monitor)
    , m_title(new QLabel(this))
    , m_config(new QLabel(this))
    , m_rangeCombo(new QComboBox(this))
    , m_clockTime(new QCheckBox(tr("Cloc&k time"), this))
{
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_config->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_config->setWordWrap(true);
    m_config->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_config->setAccessibleName(tr("Session configuration"));
    m_config->setMinimumWidth(fontMetrics().horizontalAdvance(u'M') * 18);

    for (TimeRange range : kAllTimeRanges)
        m_rangeCombo->addItem(timeRangeLabel(range), int(range));
    m_rangeCombo->setCurrentIndex(int(m_range));
    m_rangeCombo->setAccessibleName(tr("Chart time range"));
    auto *rangeLabel = new QLabel(tr("&Range:"), this);
    rangeLabel->setBuddy(m_rangeCombo);

    m_rateChart = new HistoryChart(tr("Transfer rate"), true,
                                   {{tr("Upload"), kUpload, Qt::SolidLine,
                                     [](const HistorySample &s) { return s.uploadRate; }},
                                    {tr("Download"), kDownload, Qt::SolidLine,
                                     [](const HistorySample &s) { return s.downloadRate; }}},
                                   this);
    m_transferChart =
        new HistoryChart(tr("Transferred vs transferable"), false,
                         {{tr("Uploaded"), kUpload, Qt::SolidLine,
                           [](const HistorySample &s) { return s.uploadTransferred; }},
                          {tr("Upload transferable"), kUploadLight, Qt::SolidLine,
                           [](const HistorySample &s) { return s.uploadTransferable; }},
                          {tr("Downloaded"), kDownload, Qt::SolidLine,
                           [](const HistorySample &s) { return s.downloadTransferred; }},
                          {tr("Download transferable"), kDownloadLight, Qt::SolidLine,
                           [](const HistorySample &s) { return s.downloadTransferable; }}},
                         this);
    m_rateChart->setClipOutliers(true); // a start-up spike must not flatten the rest
    m_clockTime->setToolTip(tr("Label the time axis with the time of day instead of "
                               "\"seconds ago\""));

    auto *top = new QHBoxLayout;
    top->addWidget(m_title, 1);
    top->addWidget(rangeLabel);
    top->addWidget(m_rangeCombo);
    top->addWidget(m_clockTime);
    auto *charts = new QHBoxLayout;
    charts->addWidget(m_config);
    charts->addWidget(m_rateChart, 2);
    charts->addWidget(m_transferChart, 2);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addLayout(charts, 1);

    connect(m_rangeCombo, &QComboBox::currentIndexChanged, this,
            [this](int index) { setTimeRange(TimeRange(m_rangeCombo->itemData(index).toInt())); });
    connect(m_clockTime, &QCheckBox::toggled, this, [this](bool clock) {
        const TimeAxisMode mode = clock ? TimeAxisMode::WallClock : TimeAxisMode::Ago;
        m_rateChart->setTimeAxisMode(mode);
        m_transferChart->setTimeAxisMode(mode);
        refresh();
        Q_EMIT timeAxisModeChanged(mode);
    });
    connect(monitor, &SessionMonitor::sampled, this, &DetailPane::refresh);
    setSessions({});
}

void DetailPane::setTimeRange(TimeRange range)
{
    if (m_range == range)
        return;
    m_range = range;
    m_rangeCombo->setCurrentIndex(m_rangeCombo->findData(int(range)));
    refresh();
    Q_EMIT timeRangeChanged(range);
}

void DetailPane::setTimeAxisMode(TimeAxisMode mode)
{
    m_clockTime->setChecked(mode == TimeAxisMode::WallClock);
}

TimeAxisMode DetailPane::timeAxisMode() const
{
    return m_rateChart->timeAxisMode();
}

void DetailPane::setSessions(const QList<MonitoredSession *> &sessions)
{
    m_sessions.clear();
    for (MonitoredSession *s : sessions) {
        s->keepHistory(); // a server's session is charted from when it is first selected
        m_sessions.append(s);
    }
    updateConfig();
    refresh();
}

void DetailPane::setShownSessions(const std::optional<QList<MonitoredSession *>> &shown)
{
    if (!shown) {
        m_shown.reset();
    } else {
        m_shown.emplace();
        for (MonitoredSession *s : *shown)
            m_shown->append(s);
    }
    updateConfig();
    refresh();
}

QString DetailPane::titleText() const
{
    return m_title->text();
}

QString DetailPane::configText() const
{
    return m_config->text();
}

void DetailPane::updateConfig()
{
    QList<MonitoredSession *> live;
    for (const auto &s : std::as_const(m_sessions)) {
        if (s)
            live.append(s);
    }
    if (live.isEmpty() && m_shown) {
        QStringList names;
        for (const auto &s : std::as_const(*m_shown)) {
            if (s)
                names << s->name();
        }
        m_title->setText(tr("%n shown session(s) (sum)", nullptr, int(names.size())));
        m_config->setText(tr("The sessions the list shows with its filter:") + u'\n' +
                          names.join(QStringLiteral(", ")));
        return;
    }
    if (live.isEmpty()) {
        m_title->setText(tr("All sessions (sum) — %1").arg(m_monitor->title()));
        m_config->setText(tr("%n session(s) on %1 server(s).\nSelect sessions to see only "
                             "theirs.",
                             nullptr, int(m_monitor->count()))
                              .arg(m_monitor->serverCount()));
        return;
    }
    if (live.size() == 1) {
        const MonitoredSession *s = live.constFirst();
        const SessionDefinition d = s->definition();
        m_title->setText(s->name());
        // Another process's session has no definition here; its facts carry the app's file.
        const QString localPath = d.localPath.isEmpty() ? s->facts().localPath : d.localPath;
        QString text = tr("Server: %1\nRealm: %2\nUser: %3\nLocal file: %4")
                           .arg(d.serverUrl.toString(), d.realmPath, s->userId(), localPath);
        if (d.expectedToFail)
            text += u'\n' + tr("Expected to fail (does not count against a headless run).");
        m_config->setText(text);
        return;
    }
    m_title->setText(tr("%n selected session(s) (sum)", nullptr, int(live.size())));
    QStringList names;
    for (const MonitoredSession *s : live)
        names << s->name();
    m_config->setText(names.join(u'\n'));
}

void DetailPane::refresh()
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    QList<HistorySample> samples;
    QList<QList<HistorySample>> parts;
    const auto &summed = m_sessions.isEmpty() && m_shown ? *m_shown : m_sessions;
    for (const auto &s : summed) {
        if (s)
            parts.append(s->history().samples(m_range, now));
    }
    if (m_sessions.isEmpty() && !m_shown)
        samples = m_monitor->aggregateHistory().samples(m_range, now);
    else if (parts.isEmpty())
        samples = {};
    else if (parts.size() == 1)
        samples = parts.constFirst();
    else
        samples = RateHistory::sum(parts);
    m_rateChart->setSamples(samples, m_range, now);
    m_transferChart->setSamples(samples, m_range, now);
    if (m_sessions.isEmpty())
        updateConfig(); // counts change as sessions are added
}

} // namespace syncscope::ui
