#include "workspace/sessioneditactions.h"

#include "monitor/monitoredsession.h"
#include "monitor/sessionmonitor.h"
#include "workspace/addsessiondialog.h"

#include <QAction>
#include <QMessageBox>

namespace syncscope::ui {

using monitor::MonitoredSession;
using monitor::SessionDefinition;

SessionEditActions::SessionEditActions(monitor::SessionMonitor *monitor,
                                       SelectionProvider selection, QWidget *dialogParent)
    : QObject(dialogParent)
    , m_monitor(monitor)
    , m_selection(std::move(selection))
    , m_dialogParent(dialogParent)
    , m_edit(new QAction(tr("E&dit…"), this))
    , m_duplicate(new QAction(tr("Dupli&cate…"), this))
    , m_remove(new QAction(tr("Re&move…"), this))
    , m_reopen(new QAction(tr("Re&open"), this))
{
    m_edit->setToolTip(tr("Change the selected session; it is closed and opened again"));
    m_duplicate->setToolTip(tr("Add a copy of the selected session with a file of its own"));
    m_remove->setShortcut(QKeySequence::Delete);
    m_remove->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_remove->setToolTip(tr("Stop watching the selected sessions and close them"));
    m_reopen->setToolTip(tr("Open the selected Invalid sessions again, once the cause is fixed"));
    connect(m_edit, &QAction::triggered, this, [this] {
        const auto selected = m_selection();
        if (selected.size() == 1)
            editSession(selected.constFirst());
    });
    connect(m_duplicate, &QAction::triggered, this, [this] {
        const auto selected = m_selection();
        if (selected.size() == 1)
            duplicateSession(selected.constFirst());
    });
    connect(m_remove, &QAction::triggered, this, [this] { removeSessions(m_selection()); });
    connect(m_reopen, &QAction::triggered, this, [this] { reopenSessions(m_selection()); });
    refresh();
}

void SessionEditActions::refresh()
{
    const auto selected = m_selection();
    bool anyInvalid = false;
    for (const MonitoredSession *s : selected)
        anyInvalid |= s->stateBadge() == monitor::StateBadge::Invalid;
    m_edit->setEnabled(selected.size() == 1);
    m_duplicate->setEnabled(selected.size() == 1);
    m_remove->setEnabled(!selected.isEmpty());
    m_reopen->setEnabled(anyInvalid);
}

void SessionEditActions::editSession(MonitoredSession *session)
{
    const QString ownName = session->name();
    AddSessionDialog dialog(
        [this, ownName](const QString &name) {
            return name != ownName && m_monitor->hasSessionNamed(name);
        },
        session->definition().serverUrl, m_dialogParent);
    dialog.setPurpose(tr("Edit session"), tr("&Save"));
    dialog.setDefinition(session->definition());
    if (dialog.exec() != QDialog::Accepted || dialog.definition() == session->definition())
        return;
    MonitoredSession *replacement = m_monitor->replaceSession(session, dialog.definition());
    Q_EMIT changed();
    Q_EMIT sessionOpened(replacement);
}

void SessionEditActions::duplicateSession(MonitoredSession *session)
{
    SessionDefinition copy = session->definition();
    QString name = tr("%1 (copy)").arg(copy.name);
    for (int n = 2; m_monitor->hasSessionNamed(name); ++n)
        name = tr("%1 (copy %2)").arg(copy.name).arg(n);
    copy.name = name;
    copy.localPath.clear(); // two sessions never share a local file
    AddSessionDialog dialog([this](const QString &n) { return m_monitor->hasSessionNamed(n); },
                            copy.serverUrl, m_dialogParent);
    dialog.setPurpose(tr("Duplicate session"), tr("&Add"));
    dialog.setDefinition(copy);
    if (dialog.exec() != QDialog::Accepted)
        return;
    MonitoredSession *added = m_monitor->addSession(dialog.definition());
    Q_EMIT changed();
    Q_EMIT sessionOpened(added);
}

void SessionEditActions::removeSessions(const QList<MonitoredSession *> &sessions)
{
    if (sessions.isEmpty())
        return;
    const QString question =
        sessions.size() == 1
            ? tr("Remove the session \"%1\" from the workspace? Its local file stays on disk.")
                  .arg(sessions.constFirst()->name())
            : tr("Remove %n sessions from the workspace? Their local files stay on disk.", nullptr,
                 int(sessions.size()));
    const auto answer =
        QMessageBox::question(m_dialogParent, tr("Remove sessions"), question,
                              QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Yes)
        return;
    for (MonitoredSession *s : sessions)
        m_monitor->removeSession(s);
    Q_EMIT changed();
}

void SessionEditActions::reopenSessions(const QList<MonitoredSession *> &sessions)
{
    MonitoredSession *last = nullptr;
    for (MonitoredSession *s : sessions) {
        if (s->stateBadge() == monitor::StateBadge::Invalid)
            last = m_monitor->replaceSession(s, s->definition());
    }
    if (last)
        Q_EMIT sessionOpened(last);
}

} // namespace syncscope::ui
