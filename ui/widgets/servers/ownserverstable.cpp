#include "servers/ownserverstable.h"

#include "monitor/serveroverview.h"
#include "monitor/sessionmonitor.h"

#include <QBrush>
#include <QHeaderView>
#include <QLabel>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace syncscope::ui {

using namespace monitor;

namespace {

// The server pane's colours: green answers, red does not; the others keep the palette's text.
std::optional<QColor> reachColour(ServerReach reach)
{
    switch (reach) {
    case ServerReach::Reachable:
        return QColor(0x2e, 0x7d, 0x32);
    case ServerReach::Unreachable:
        return QColor(0xc6, 0x28, 0x28);
    case ServerReach::Connecting:
    case ServerReach::Unused:
        return std::nullopt;
    }
    return std::nullopt;
}

} // namespace

OwnServersTable::OwnServersTable(SessionMonitor *monitor, QWidget *parent)
    : QWidget(parent)
    , m_monitor(monitor)
    , m_empty(new QLabel(this))
    , m_table(new QTreeWidget(this))
{
    m_empty->setWordWrap(true);
    m_empty->setAlignment(Qt::AlignCenter);
    m_table->setRootIsDecorated(false);
    m_table->setAlternatingRowColors(true);
    m_table->setAccessibleName(tr("Servers your sessions use"));
    m_table->setHeaderLabels({tr("Server"), tr("Reach"), tr("Since"), tr("Sessions"),
                              tr("Active / Inactive / Invalid"), tr("Ping round trip"),
                              tr("Last connect error")});
    m_table->headerItem()->setToolTip(
        Reach, tr("Reachable: at least one of your sessions is connected to it. Unreachable: "
                  "sessions want to sync and none can connect."));
    m_table->headerItem()->setToolTip(
        RoundTrip, tr("How long the slowest of its connections took to answer the last "
                      "keep-alive ping (one every few seconds)"));
    m_table->headerItem()->setToolTip(
        LastConnectError, tr("Why the last attempt to connect failed, kept after the server is "
                             "back"));
    QHeaderView *header = m_table->header();
    header->setStretchLastSection(true);
    for (int c = Server; c < LastConnectError; ++c)
        header->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    m_table->setToolTip(tr("Double-click a server to list its sessions"));
    connect(m_table, &QTreeWidget::itemActivated, this,
            [this](QTreeWidgetItem *item) { Q_EMIT showSessionsRequested(item->text(Server)); });

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins({});
    layout->addWidget(m_empty);
    layout->addWidget(m_table, 1);

    m_throttle.setSingleShot(true);
    m_throttle.setInterval(250);
    connect(&m_throttle, &QTimer::timeout, this, &OwnServersTable::refresh);
    connect(m_monitor->serverOverview(), &ServerOverview::changed, this,
            &OwnServersTable::scheduleRefresh);
    // Durations, counts and round trips move with every sample.
    connect(m_monitor, &SessionMonitor::sampled, this, &OwnServersTable::scheduleRefresh);
    // The empty table's text says where the listed sessions come from.
    connect(m_monitor, &SessionMonitor::serverAttached, this, &OwnServersTable::scheduleRefresh);
    connect(m_monitor, &SessionMonitor::serverAboutToBeDetached, this,
            &OwnServersTable::scheduleRefresh);
    refresh();
}

bool OwnServersTable::isEmpty() const
{
    return m_table->topLevelItemCount() == 0;
}

void OwnServersTable::scheduleRefresh()
{
    if (!m_throttle.isActive())
        m_throttle.start();
}

void OwnServersTable::refresh()
{
    const QDateTime now = QDateTime::currentDateTime();
    const QList<ServerRow> rows = m_monitor->serverOverview()->rows(now);
    const bool wasEmpty = isEmpty();
    // Attached to a server, the list shows its sessions, none of them this window's own: saying
    // only "none of your sessions" there read as if the listed ones used no server.
    m_empty->setText(m_monitor->attachedServers().isEmpty()
                         ? tr("None of your sessions uses a server yet. Add a session to see its "
                              "server here.")
                         : tr("This window opened no sessions of its own: the sessions listed "
                              "are those of the attached server, shown below."));
    m_empty->setVisible(rows.isEmpty());
    m_table->setVisible(!rows.isEmpty());
    // Rows are kept and updated in place, so the selection and scroll position stay.
    while (m_table->topLevelItemCount() > rows.size())
        delete m_table->takeTopLevelItem(m_table->topLevelItemCount() - 1);
    for (qsizetype i = 0; i < rows.size(); ++i) {
        const ServerRow &row = rows[i];
        QTreeWidgetItem *item = m_table->topLevelItem(int(i));
        if (!item)
            item = new QTreeWidgetItem(m_table);
        const QString error = row.lastConnectError.text().simplified();
        const QString since = ServerOverview::sinceText(row.since, now);
        item->setText(Server, row.server);
        item->setText(Reach, ServerOverview::reachText(row.reach));
        item->setText(Since, since.isEmpty() ? QStringLiteral("\u2014") : since);
        item->setText(Sessions, QString::number(row.sessions) + QStringLiteral(": ") +
                                    ServerOverview::healthCountsText(row));
        item->setText(RealmStates, tr("%1 / %2 / %3")
                                       .arg(row.count(SessionState::Active))
                                       .arg(row.count(SessionState::Inactive))
                                       .arg(row.count(SessionState::Invalid)));
        item->setText(RoundTrip, ServerOverview::roundTripText(row.pingRoundTrip));
        item->setText(LastConnectError, error.isEmpty() ? tr("none") : error);
        item->setTextAlignment(RoundTrip, Qt::AlignRight | Qt::AlignVCenter);
        if (const std::optional<QColor> colour = reachColour(row.reach)) {
            item->setForeground(Reach, *colour);
        } else {
            item->setForeground(Reach, m_table->palette().brush(QPalette::Text));
        }
        QFont bold = m_table->font();
        bold.setBold(row.reach == ServerReach::Unreachable);
        item->setFont(Reach, bold);
        const QString errorLine =
            error.isEmpty() ? QString()
                            : u'\n' + tr("Last connect error (%1): %2")
                                          .arg(row.lastConnectError.time.toLocalTime().toString(
                                                   u"yyyy-MM-dd HH:mm:ss"),
                                               error);
        const QString tip =
            tr("%1\n%2 since %3\n%4")
                .arg(row.url.toDisplayString(), ServerOverview::reachText(row.reach),
                     since.isEmpty() ? QStringLiteral("\u2014") : since,
                     ServerOverview::realmStateCountsText(row)) +
            errorLine;
        for (int c = Server; c <= LastConnectError; ++c)
            item->setToolTip(c, tip);
    }
    if (wasEmpty != rows.isEmpty())
        Q_EMIT emptyChanged(rows.isEmpty());
}

} // namespace syncscope::ui
