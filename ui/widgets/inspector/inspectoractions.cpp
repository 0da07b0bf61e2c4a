#include "inspector/inspectoractions.h"

#include "inspector/attachprocessdialog.h"
#include "inspector/networkconditionsdialog.h"
#include "monitor/inspectedprocesssessions.h"
#include "monitor/inspectorsessionsource.h"
#include "monitor/monitoredsession.h"
#include "monitor/sessionmonitor.h"
#include "sessions/sessionlistpanel.h"

#include <QAction>
#include <QMessageBox>
#include <QWidget>

namespace syncscope::ui {

using namespace monitor;

InspectorActions::InspectorActions(SessionMonitor *monitor, SessionListPanel *sessions,
                                   QWidget *window)
    : QObject(window)
    , m_monitor(monitor)
    , m_sessions(sessions)
    , m_window(window)
    , m_attach(new QAction(tr("A&ttach to process…"), this))
    , m_slowNetwork(new QAction(tr("Simulate slo&w network…"), this))
{
    m_attach->setToolTip(tr("Watch the sessions of a running app that has the inspector on"));
    connect(m_attach, &QAction::triggered, this, &InspectorActions::chooseProcesses);
    connect(m_slowNetwork, &QAction::triggered, this, &InspectorActions::editNetworkConditions);
    connect(m_sessions, &SessionListPanel::selectionChanged, this, &InspectorActions::refresh);
    // Only the selected row's changes matter; an attached server's rows change thousands of
    // times a second.
    connect(m_monitor, &SessionMonitor::sessionChanged, this, [this](MonitoredSession *session) {
        if (session == m_selected)
            refresh();
    });
    refresh();
}

InspectorActions::~InspectorActions() = default;

bool InspectorActions::attach(qint64 pid)
{
    auto *process = new InspectedProcessSessions(m_monitor, this); // owned: lives as long as us
    if (!process->attach(pid)) {
        m_monitor->eventLog()->append(
            -1, QString(), EventKind::Monitor,
            tr("Cannot attach to process %1: %2").arg(pid).arg(process->errorString()));
        delete process;
        return false;
    }
    connect(process, &InspectedProcessSessions::failed, this, [this, pid](const QString &error) {
        m_monitor->eventLog()->append(-1, QString(), EventKind::Monitor,
                                      tr("Cannot attach to process %1: %2").arg(pid).arg(error));
    });
    connect(process, &InspectedProcessSessions::gone, this, &InspectorActions::refresh);
    return true;
}

QList<qint64> InspectorActions::attachedPids() const
{
    // From the rows, so processes attached from the command line count too.
    QList<qint64> pids;
    for (const MonitoredSession *session : m_monitor->sessions()) {
        const auto *source = qobject_cast<const InspectorSessionSource *>(session->source());
        if (source && !source->isGone() && !pids.contains(source->pid()))
            pids.append(source->pid());
    }
    return pids;
}

InspectorSessionSource *InspectorActions::selectedInspected() const
{
    const QList<MonitoredSession *> selected = m_sessions->selectedSessions();
    if (selected.size() != 1)
        return nullptr;
    return qobject_cast<InspectorSessionSource *>(selected.constFirst()->source());
}

void InspectorActions::refresh()
{
    const QList<MonitoredSession *> selected = m_sessions->selectedSessions();
    m_selected = selected.size() == 1 ? selected.constFirst() : nullptr;
    const InspectorSessionSource *source = selectedInspected();
    if (!source) {
        m_slowNetwork->setEnabled(false);
        m_slowNetwork->setToolTip(tr("Select one session of an attached process"));
        return;
    }
    const CommandSupport support = source->supportsNetworkConditions();
    m_slowNetwork->setEnabled(support.available);
    m_slowNetwork->setToolTip(support.available
                                  ? tr("Limit bandwidth, add latency or go offline in the app")
                                  : support.whyNot);
}

void InspectorActions::chooseProcesses()
{
    AttachProcessDialog dialog(attachedPids(), m_window);
    if (dialog.exec() != QDialog::Accepted)
        return;
    QStringList failures;
    for (const qint64 pid : dialog.selectedPids()) {
        if (!attach(pid))
            failures.append(QString::number(pid));
    }
    if (!failures.isEmpty()) {
        QMessageBox::warning(m_window, tr("Attach to process"),
                             tr("Cannot attach to %1; the event log says why.")
                                 .arg(failures.join(QStringLiteral(", "))));
    }
}

void InspectorActions::editNetworkConditions()
{
    InspectorSessionSource *source = selectedInspected();
    if (!source || !source->supportsNetworkConditions().available)
        return;
    NetworkConditionsDialog dialog(source->facts().name, source->networkConditions(), m_window);
    if (dialog.exec() == QDialog::Accepted && source == selectedInspected())
        source->setNetworkConditions(dialog.conditions());
}

} // namespace syncscope::ui
