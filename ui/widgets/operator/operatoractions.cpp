#include "operator/operatoractions.h"

#include "common/paintedicon.h"
#include "monitor/monitoredsession.h"
#include "monitor/sessionmonitor.h"
#include "operator/attachedserver.h"
#include "operator/attachserverdialog.h"
#include "sessions/sessionlistpanel.h"

#include <QAction>
#include <QInputDialog>
#include <QMenu>
#include <QMessageBox>
#include <QWidget>

namespace syncscope::ui {

using namespace monitor;

OperatorActions::OperatorActions(SessionMonitor *monitor, SessionListPanel *sessions,
                                 QWidget *window)
    : QObject(window)
    , m_monitor(monitor)
    , m_sessions(sessions)
    , m_window(window)
    , m_attach(new QAction(paintedIcon(IconShape::Reconnect), tr("Attach to se&rver…"), this))
    , m_menu(new QMenu(tr("O&perator"), window))
    , m_detach(new QAction(tr("De&tach from this server"), this))
{
    m_attach->setToolTip(tr("Watch every session of a syncscope-server through its operator API"));
    m_attach->setStatusTip(m_attach->toolTip());
    connect(m_attach, &QAction::triggered, this, &OperatorActions::chooseServer);

    const std::tuple<OperatorAction, QString, QString> actions[] = {
        {OperatorAction::DisconnectConnection, tr("&Disconnect connection"),
         tr("Close the selected session's connection on the server; the app reconnects after "
            "its back-off")},
        {OperatorAction::SuspendSession, tr("&Suspend session"),
         tr("End the session with a non-fatal error; the app backs off and binds again")},
        {OperatorAction::EndSession, tr("&End session (fatal)…"),
         tr("End the session with a fatal error; the app's session goes Invalid")},
        {OperatorAction::RefuseUser, tr("&Refuse user for…"),
         tr("End every session of the selected session's user and refuse its binds for a while")},
    };
    for (const auto &[kind, text, tip] : actions) {
        auto *action = m_menu->addAction(text);
        action->setStatusTip(tip);
        const OperatorAction which = kind;
        connect(action, &QAction::triggered, this, [this, which] { run(which); });
        m_actions.insert(kind, action);
        m_tips.insert(kind, tip);
    }
    m_menu->addSeparator();
    m_menu->addAction(m_detach);
    m_menu->setToolTipsVisible(true);
    connect(m_detach, &QAction::triggered, this, &OperatorActions::detachSelected);
    connect(m_sessions, &SessionListPanel::selectionChanged, this, &OperatorActions::refresh);
    // Only the selected row's changes matter; an attached server's rows change thousands of
    // times a second.
    connect(m_monitor, &SessionMonitor::sessionChanged, this, [this](MonitoredSession *session) {
        if (session == m_selected)
            refresh();
    });
    refresh();
}

OperatorSessionSource *OperatorActions::selectedRemote() const
{
    const QList<MonitoredSession *> selected = m_sessions->selectedSessions();
    if (selected.size() != 1)
        return nullptr;
    return qobject_cast<OperatorSessionSource *>(selected.constFirst()->source());
}

void OperatorActions::refresh()
{
    const QList<MonitoredSession *> selected = m_sessions->selectedSessions();
    m_selected = selected.size() == 1 ? selected.constFirst() : nullptr;
    const OperatorSessionSource *source = selectedRemote();
    for (auto it = m_actions.cbegin(); it != m_actions.cend(); ++it) {
        const CommandSupport support =
            source ? source->supportsOperatorAction(it.key())
                   : CommandSupport::no(tr("Select one session of an attached server; the "
                                           "monitor's own sessions are not on a server it "
                                           "operates."));
        it.value()->setEnabled(support.available);
        it.value()->setToolTip(support.available ? m_tips.value(it.key()) : support.whyNot);
    }
    m_detach->setEnabled(source != nullptr);
    m_detach->setToolTip(source ? tr("Stop watching %1 and remove its sessions from the list")
                                      .arg(source->facts().server)
                                : tr("Select a session of the server to detach from"));
}

void OperatorActions::chooseServer()
{
    AttachServerDialog dialog(m_window);
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_monitor->attachServer(dialog.attachment());
}

void OperatorActions::run(OperatorAction action)
{
    OperatorSessionSource *source = selectedRemote();
    if (!source || !source->supportsOperatorAction(action).available)
        return;
    const QString name = source->facts().name;
    QString reason = tr("by an operator of Syncscope");
    QDateTime until;
    if (action == OperatorAction::EndSession) {
        if (QMessageBox::question(m_window, tr("End session"),
                                  tr("End %1 for good? The app's session goes Invalid and does "
                                     "not sync again until the app opens it anew.")
                                      .arg(name)) != QMessageBox::Yes)
            return;
    } else if (action == OperatorAction::RefuseUser) {
        bool ok = false;
        const int minutes = QInputDialog::getInt(
            m_window, tr("Refuse user"),
            tr("Refuse %1 for how many minutes? Its sessions end now and cannot bind again "
               "until then.")
                .arg(source->facts().userId),
            15, 1, 7 * 24 * 60, 1, &ok);
        if (!ok)
            return;
        until = QDateTime::currentDateTimeUtc().addSecs(qint64(minutes) * 60);
    }
    if (source == selectedRemote()) // a dialog ran the event loop: the row may be gone
        source->act(action, reason, until);
}

void OperatorActions::detachSelected()
{
    OperatorSessionSource *source = selectedRemote();
    if (!source)
        return;
    for (AttachedServer *server : m_monitor->attachedServers()) {
        if (server->label() == source->facts().server) {
            m_monitor->detachServer(server);
            return;
        }
    }
}

} // namespace syncscope::ui
