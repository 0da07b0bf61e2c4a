#include "operator/serverpane.h"

#include "monitor/monitoredsession.h"
#include "monitor/sessionhealth.h"
#include "monitor/sessionmonitor.h"
#include "operator/attachedserver.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace syncscope::ui {

using namespace monitor;

namespace {

// Rows in each realm list: the biggest and the furthest behind matter, not the long tail.
constexpr int kRealmRows = 20;

QTreeWidget *realmList(const QStringList &headers, const QString &name, QWidget *parent)
{
    auto *list = new QTreeWidget(parent);
    list->setRootIsDecorated(false);
    list->setHeaderLabels(headers);
    list->setAccessibleName(name);
    list->header()->setStretchLastSection(false);
    list->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    return list;
}

} // namespace

ServerPane::ServerPane(SessionMonitor *monitor, QWidget *parent)
    : QWidget(parent)
    , m_monitor(monitor)
    , m_servers(new QComboBox(this))
    , m_empty(new QLabel(this))
    , m_body(new QWidget(this))
    , m_health(new QLabel(m_body))
    , m_lastError(new QLabel(m_body))
    , m_figures(new QLabel(m_body))
    , m_sessionStates(new QLabel(m_body))
    , m_showSessions(new QPushButton(tr("Show its sessions and their charts"), m_body))
    , m_bySize(realmList({tr("Realm"), tr("Head version"), tr("Sessions")}, tr("Realms by size"),
                         m_body))
    , m_behind(realmList({tr("Realm"), tr("Sessions behind"), tr("Most versions behind")},
                         tr("Realms by sessions behind"), m_body))
{
    m_servers->setAccessibleName(tr("Attached server"));
    m_empty->setText(tr("Not attached to any server. File > Attach to server… shows the sessions "
                        "of a syncscope-server through its operator API."));
    m_empty->setWordWrap(true);
    m_empty->setAlignment(Qt::AlignCenter);
    for (QLabel *label : {m_health, m_lastError, m_figures, m_sessionStates}) {
        label->setWordWrap(true);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    }

    auto *form = new QFormLayout;
    form->addRow(tr("Health:"), m_health);
    form->addRow(tr("Last error:"), m_lastError);
    form->addRow(tr("Server:"), m_figures);
    form->addRow(tr("Sessions:"), m_sessionStates);
    auto *showRow = new QHBoxLayout;
    showRow->addWidget(m_showSessions);
    showRow->addStretch(1);
    form->addRow(QString(), showRow);
    m_showSessions->setToolTip(tr("Filter the list on this server, so that the Details tab charts "
                                  "its sessions together"));
    connect(m_showSessions, &QPushButton::clicked, this, [this] {
        if (AttachedServer *server = currentServer())
            Q_EMIT showSessionsRequested(server->label());
    });
    auto *size = new QGroupBox(tr("Realms by size"), m_body);
    (new QVBoxLayout(size))->addWidget(m_bySize);
    auto *behind = new QGroupBox(tr("Realms by sessions behind"), m_body);
    (new QVBoxLayout(behind))->addWidget(m_behind);
    auto *lists = new QHBoxLayout;
    lists->addWidget(size);
    lists->addWidget(behind);
    auto *body = new QVBoxLayout(m_body);
    body->setContentsMargins({});
    body->addLayout(form);
    body->addLayout(lists, 1);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_servers);
    layout->addWidget(m_empty, 1);
    layout->addWidget(m_body, 1);

    m_throttle.setSingleShot(true);
    m_throttle.setInterval(250);
    connect(&m_throttle, &QTimer::timeout, this, &ServerPane::refresh);
    connect(m_servers, &QComboBox::currentIndexChanged, this, &ServerPane::refresh);
    connect(m_monitor, &SessionMonitor::serverAttached, this, [this](AttachedServer *server) {
        connect(server, &AttachedServer::changed, this, &ServerPane::scheduleRefresh);
        rebuildServerList();
        setCurrentServer(server);
    });
    connect(m_monitor, &SessionMonitor::serverAboutToBeDetached, this,
            [this](AttachedServer *server) {
                const int index = m_servers->findData(QVariant::fromValue<QObject *>(server));
                if (index >= 0)
                    m_servers->removeItem(index);
                refresh();
            });
    // Stale marks and states come with the rows' changes; the timer keeps "since" fresh.
    connect(m_monitor, &SessionMonitor::sampled, this, &ServerPane::scheduleRefresh);
    for (AttachedServer *server : m_monitor->attachedServers())
        connect(server, &AttachedServer::changed, this, &ServerPane::scheduleRefresh);
    rebuildServerList();
}

AttachedServer *ServerPane::currentServer() const
{
    return qobject_cast<AttachedServer *>(m_servers->currentData().value<QObject *>());
}

void ServerPane::setCurrentServer(AttachedServer *server)
{
    const int index = m_servers->findData(QVariant::fromValue<QObject *>(server));
    if (index >= 0)
        m_servers->setCurrentIndex(index);
    refresh();
}

void ServerPane::rebuildServerList()
{
    AttachedServer *current = currentServer();
    const QSignalBlocker blocker(m_servers);
    m_servers->clear();
    for (AttachedServer *server : m_monitor->attachedServers())
        m_servers->addItem(server->attachment().url.toString(),
                           QVariant::fromValue<QObject *>(server));
    const int index = m_servers->findData(QVariant::fromValue<QObject *>(current));
    m_servers->setCurrentIndex(index >= 0 ? index : 0);
    refresh();
}

void ServerPane::scheduleRefresh()
{
    if (!m_throttle.isActive())
        m_throttle.start();
}

void ServerPane::refresh()
{
    AttachedServer *server = currentServer();
    m_servers->setVisible(m_servers->count() > 1);
    m_empty->setVisible(!server);
    m_body->setVisible(server != nullptr);
    if (!server)
        return;
    const QLocale locale;
    const OperatorClient *client = server->client();
    m_health->setText(server->statusText());
    const QColor healthColour =
        server->isReachable() ? QColor(0x2e, 0x7d, 0x32) : QColor(0xc6, 0x28, 0x28);
    m_health->setStyleSheet(
        QStringLiteral("color: %1; font-weight: bold").arg(healthColour.name()));
    m_lastError->setText(
        client->lastError().isEmpty()
            ? tr("none")
            : tr("%1 (at %2)")
                  .arg(client->lastError(),
                       client->lastErrorTime().toLocalTime().toString(QStringLiteral("HH:mm:ss"))));

    const OperatorServerFacts &facts = client->server();
    const std::optional<double> latency = server->commitLatencySeconds();
    const QString latencyText = latency
                                    ? tr("%1 ms").arg(locale.toString(*latency * 1000.0, 'f', 2))
                                    : tr("no commits yet");
    m_figures->setText(
        tr("version %1, up since %2\n%3 connections, %4 sessions, %5 realms\ncommit latency %6 "
           "(mean), %7 commits/s, %8 changesets integrated, send queue %9")
            .arg(facts.version.isEmpty() ? tr("unknown") : facts.version,
                 facts.startedAt.toLocalTime().toString(Qt::ISODate))
            .arg(facts.connections)
            .arg(facts.sessions)
            .arg(facts.realms)
            .arg(latencyText, locale.toString(server->commitsPerSecond(), 'f', 1))
            .arg(facts.changesetsIntegrated)
            .arg(locale.formattedDataSize(facts.sendQueueBytes)));

    // Sessions per state, as the list's Health column names them (Stale while unreachable).
    QMap<QString, int> perState;
    int behind = 0;
    const QDateTime now = QDateTime::currentDateTime();
    for (const MonitoredSession *row : server->sessions()) {
        const Health health = healthOf(row->facts(), now);
        ++perState[row->facts().stale ? tr("Stale") : healthName(health)];
    }
    for (const AttachedServer::RealmFigures &realm : server->realms())
        behind += realm.sessionsBehind;
    QStringList states;
    for (auto it = perState.cbegin(); it != perState.cend(); ++it)
        states.append(tr("%1: %2").arg(it.key()).arg(it.value()));
    if (states.isEmpty())
        states.append(tr("none"));
    m_sessionStates->setText(states.join(QStringLiteral(", ")) +
                             tr("; %n behind the realm's head", nullptr, behind));

    QList<AttachedServer::RealmFigures> realms = server->realms();
    std::sort(realms.begin(), realms.end(), [](const auto &a, const auto &b) {
        return a.headVersion != b.headVersion ? a.headVersion > b.headVersion : a.path < b.path;
    });
    m_bySize->clear();
    for (const auto &realm : realms.mid(0, kRealmRows)) {
        new QTreeWidgetItem(m_bySize, {realm.path, QString::number(realm.headVersion),
                                       QString::number(realm.sessions)});
    }
    std::sort(realms.begin(), realms.end(), [](const auto &a, const auto &b) {
        return a.sessionsBehind != b.sessionsBehind ? a.sessionsBehind > b.sessionsBehind
                                                    : a.mostVersionsBehind > b.mostVersionsBehind;
    });
    m_behind->clear();
    for (const auto &realm : realms.mid(0, kRealmRows)) {
        new QTreeWidgetItem(m_behind, {realm.path, QString::number(realm.sessionsBehind),
                                       QString::number(realm.mostVersionsBehind)});
    }
}

} // namespace syncscope::ui
