#include <syncscope/widgets/sessionmonitorwidget.h>

#include "charts/detailpane.h"
#include "inspector/networkconditionsdialog.h"
#include "log/eventlogpanel.h"
#include "monitor/appsessions.h"
#include "monitor/localsessionsource.h"
#include "monitor/monitoredsession.h"
#include "monitor/sessionmonitor.h"
#include "sessions/sessionactions.h"
#include "sessions/sessionlistmodel.h"
#include "sessions/sessionlistpanel.h"

#include <syncscope/app.h>
#include <syncscope/platform/translations.h>

#include <QAction>
#include <QMenu>
#include <QSplitter>
#include <QTabWidget>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>

namespace syncscope {

using namespace monitor;
using namespace ui;

// The widget's parts: the monitor's own, around a SessionMonitor that shows only the App's
// sessions (AppSessions) and never opens one itself.
class SessionMonitorWidgetPrivate final
{
    Q_DECLARE_TR_FUNCTIONS(syncscope::SessionMonitorWidget)

public:
    explicit SessionMonitorWidgetPrivate(SessionMonitorWidget *q, App *app);

    LocalSessionSource *selectedSource() const;
    void refreshNetworkAction();
    void editNetworkConditions();
    void showContextMenu(const QPoint &position);

    SessionMonitorWidget *q;
    SessionMonitor *monitor;
    AppSessions *appSessions;
    SessionListPanel *list;
    DetailPane *details;
    EventLogPanel *eventLog;
    SessionActions *actions;
    QAction *slowNetwork;
};

SessionMonitorWidgetPrivate::SessionMonitorWidgetPrivate(SessionMonitorWidget *q, App *app)
    : q(q)
    , monitor(new SessionMonitor({}, q))
    , appSessions(new AppSessions(app, monitor, q))
    , list(new SessionListPanel(monitor, q))
    , details(new DetailPane(monitor, q))
    , eventLog(new EventLogPanel(monitor, q))
    , actions(new SessionActions(
          monitor, [this] { return list->selectedSessions(); }, q))
    , slowNetwork(new QAction(tr("Simulate slo&w network…"), q))
{
    // The application owns its window's shortcuts (Ctrl+P may well be its Print): ours work
    // only while the focus is in this widget.
    for (QAction *action : {actions->pause(), actions->resume(), actions->pauseAll(),
                            actions->resumeAll(), actions->reconnect()})
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    actions->logIn()->setVisible(false); // the application logs its users in, not this widget

    auto *bar = new QToolBar(q);
    bar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    bar->setAccessibleName(tr("Session actions"));
    bar->addAction(actions->pause());
    bar->addAction(actions->resume());
    auto *pauseFor = new QToolButton(bar);
    pauseFor->setMenu(actions->pauseForMenu());
    pauseFor->setDefaultAction(actions->pauseForMenu()->menuAction());
    pauseFor->setPopupMode(QToolButton::InstantPopup);
    pauseFor->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    bar->addWidget(pauseFor);
    bar->addAction(actions->reconnect());
    bar->addAction(slowNetwork);
    bar->addSeparator();
    bar->addAction(actions->pauseAll());
    bar->addAction(actions->resumeAll());

    auto *tabs = new QTabWidget(q);
    tabs->addTab(details, tr("&Details"));
    tabs->addTab(eventLog, tr("Event &log"));
    auto *splitter = new QSplitter(Qt::Vertical, q);
    splitter->addWidget(list);
    splitter->addWidget(tabs);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setChildrenCollapsible(false);
    auto *layout = new QVBoxLayout(q);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(bar);
    layout->addWidget(splitter, 1);
    // Every action also on the list, so its shortcuts work while the list has the focus.
    list->view()->addActions({actions->pause(), actions->resume(), actions->reconnect(),
                              actions->pauseAll(), actions->resumeAll()});

    QObject::connect(slowNetwork, &QAction::triggered, q, [this] { editNetworkConditions(); });
    QObject::connect(list, &SessionListPanel::selectionChanged, q, [this] {
        details->setSessions(list->selectedSessions());
        actions->refresh();
        refreshNetworkAction();
    });
    QObject::connect(list, &SessionListPanel::shownChanged, q,
                     [this] { details->setShownSessions(list->shownSessions()); });
    QObject::connect(list->model(), &SessionListModel::flushed, q, [this] {
        actions->refresh();
        refreshNetworkAction();
    });
    QObject::connect(monitor, &SessionMonitor::allPausedChanged, actions, &SessionActions::refresh);
    QObject::connect(list->view(), &QWidget::customContextMenuRequested, q,
                     [this](const QPoint &position) { showContextMenu(position); });
    actions->refresh();
    refreshNetworkAction();
}

LocalSessionSource *SessionMonitorWidgetPrivate::selectedSource() const
{
    const QList<MonitoredSession *> selected = list->selectedSessions();
    if (selected.size() != 1)
        return nullptr;
    return qobject_cast<LocalSessionSource *>(selected.constFirst()->source());
}

void SessionMonitorWidgetPrivate::refreshNetworkAction()
{
    const LocalSessionSource *source = selectedSource();
    const CommandSupport support =
        source ? source->supportsNetworkConditions() : CommandSupport::no(tr("Select one session"));
    slowNetwork->setEnabled(support.available);
    slowNetwork->setToolTip(support.available
                                ? tr("Limit bandwidth, add latency or go offline for this "
                                     "session's connection")
                                : support.whyNot);
}

void SessionMonitorWidgetPrivate::editNetworkConditions()
{
    LocalSessionSource *source = selectedSource();
    if (!source || !source->supportsNetworkConditions().available)
        return;
    NetworkConditionsDialog dialog(source->facts().name, source->networkConditions(), q);
    // The selection may change (or the session go away) while the dialog is open.
    if (dialog.exec() == QDialog::Accepted && source == selectedSource())
        source->setNetworkConditions(dialog.conditions());
}

void SessionMonitorWidgetPrivate::showContextMenu(const QPoint &position)
{
    QMenu menu(q);
    menu.addAction(actions->pause());
    menu.addAction(actions->resume());
    menu.addMenu(actions->pauseForMenu());
    menu.addAction(actions->reconnect());
    menu.addAction(slowNetwork);
    menu.addSeparator();
    menu.addAction(actions->pauseAll());
    menu.addAction(actions->resumeAll());
    menu.exec(list->view()->viewport()->mapToGlobal(position));
}

SessionMonitorWidget::SessionMonitorWidget(App *app, QWidget *parent)
    : QWidget(parent)
    , d(std::make_unique<SessionMonitorWidgetPrivate>(this, app))
{
    setObjectName(QStringLiteral("SyncscopeSessionMonitorWidget"));
}

SessionMonitorWidget::~SessionMonitorWidget()
{
    // The views and actions hold the monitor: they go first, then the rows of the App's
    // sessions, then the monitor (QWidget would delete the children in creation order, the
    // monitor first).
    qDeleteAll(findChildren<QWidget *>(Qt::FindDirectChildrenOnly));
    delete d->actions;
    delete d->appSessions;
    delete d->monitor;
}

bool SessionMonitorWidget::installTranslations(const QLocale &locale)
{
    return platform::installTranslations(
        locale, {QStringLiteral("core"), QStringLiteral("monitor"), QStringLiteral("widgets")});
}

} // namespace syncscope
