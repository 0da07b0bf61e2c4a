#include "sessions/sessionactions.h"

#include "common/paintedicon.h"
#include "monitor/monitoredsession.h"
#include "monitor/sessionmonitor.h"

#include <QAction>
#include <QMenu>

namespace syncscope::ui {

using monitor::MonitoredSession;
using namespace std::chrono_literals;

namespace {

// An action's tooltip while it is enabled; a disabled one says why instead.
constexpr char kUsualToolTip[] = "syncscopeUsualToolTip";

// Disabled for the selection: the reason its first session gives (say, "the session lives on
// a server"), so a greyed-out action is never a riddle; enabled, or no reason: the usual tip.
void explain(QAction *action, bool enabled, monitor::SessionCommand command,
             const QList<MonitoredSession *> &selection)
{
    QString why;
    for (const MonitoredSession *s : selection) {
        if (enabled || !why.isEmpty())
            break;
        why = s->source()->supports(command).whyNot;
    }
    action->setToolTip(why.isEmpty() ? action->property(kUsualToolTip).toString() : why);
}

} // namespace

SessionActions::SessionActions(monitor::SessionMonitor *monitor, SelectionProvider selection,
                               QObject *parent)
    : QObject(parent)
    , m_monitor(monitor)
    , m_selection(std::move(selection))
{
    auto make = [this](const QString &text, IconShape shape, const QKeySequence &keys,
                       const QString &tip) {
        auto *action = new QAction(paintedIcon(shape), text, this);
        action->setShortcut(keys);
        action->setShortcutContext(Qt::WindowShortcut);
        action->setToolTip(keys.isEmpty() ? tip
                                          : tip + QStringLiteral(" (") +
                                                keys.toString(QKeySequence::NativeText) + u')');
        action->setStatusTip(tip);
        action->setProperty(kUsualToolTip, action->toolTip());
        return action;
    };
    m_pause = make(tr("&Pause"), IconShape::Pause, QKeySequence(Qt::CTRL | Qt::Key_P),
                   tr("Pause the selected sessions"));
    m_resume = make(tr("&Resume"), IconShape::Play, QKeySequence(Qt::CTRL | Qt::Key_R),
                    tr("Resume the selected sessions you paused"));
    m_pauseAll =
        make(tr("Pause &all"), IconShape::PauseAll, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P),
             tr("Pause every session; Resume all restores each one's own state"));
    m_resumeAll =
        make(tr("Resume a&ll"), IconShape::PlayAll, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R),
             tr("Undo Pause all; sessions you paused yourself stay paused"));
    m_reconnect = make(tr("Reconnect &now"), IconShape::Reconnect, QKeySequence(Qt::Key_F5),
                       tr("Skip the reconnect delay of the selected sessions"));
    m_logIn = make(tr("Log &in again"), IconShape::Play, QKeySequence(),
                   tr("Log the user of the selected sessions in again with the workspace's token"));

    m_pauseForMenu = new QMenu(tr("Pause &for…"));
    m_pauseForMenu->setIcon(paintedIcon(IconShape::PauseTimer));
    m_pauseForMenu->menuAction()->setToolTip(
        tr("Pause the selected sessions; they resume by themselves"));
    const std::pair<QString, std::chrono::seconds> choices[] = {
        {tr("&5 minutes"), 5min}, {tr("&30 minutes"), 30min}, {tr("&1 hour"), 1h}};
    for (const auto &[label, duration] : choices) {
        QAction *action = m_pauseForMenu->addAction(label);
        const std::chrono::seconds d = duration;
        connect(action, &QAction::triggered, this, [this, d] { pauseSelectionFor(d); });
        m_pauseFor.append(action);
    }

    connect(m_pause, &QAction::triggered, this, [this] {
        for (MonitoredSession *s : m_selection()) {
            if (s->canPause())
                s->pauseByUser();
        }
        refresh();
    });
    connect(m_resume, &QAction::triggered, this, [this] {
        for (MonitoredSession *s : m_selection()) {
            if (s->canResume())
                s->resumeByUser();
        }
        refresh();
    });
    connect(m_reconnect, &QAction::triggered, this, [this] {
        for (MonitoredSession *s : m_selection())
            s->reconnectNow();
        refresh();
    });
    connect(m_logIn, &QAction::triggered, this, [this] {
        for (MonitoredSession *s : m_selection())
            s->logInAgain();
        refresh();
    });
    connect(m_pauseAll, &QAction::triggered, this, [this] {
        m_monitor->pauseAll();
        refresh();
    });
    connect(m_resumeAll, &QAction::triggered, this, [this] {
        m_monitor->resumeAll();
        refresh();
    });
    refresh();
}

SessionActions::~SessionActions()
{
    // Menus and tool buttons that show the menu do not own it.
    delete m_pauseForMenu;
}

void SessionActions::pauseSelectionFor(std::chrono::seconds duration)
{
    for (MonitoredSession *s : m_selection()) {
        if (s->canPauseFor()) // a new "for…" replaces an earlier deadline
            s->pauseByUser(duration);
    }
    refresh();
}

void SessionActions::refresh()
{
    bool anyPausable = false;
    bool anyResumable = false;
    bool anyReconnectable = false;
    bool anyPausableFor = false;
    bool anyLoggedOut = false;
    const QList<MonitoredSession *> selection = m_selection();
    for (const MonitoredSession *s : selection) {
        anyPausableFor |= s->canPauseFor();
        anyPausable |= s->canPause();
        anyResumable |= s->canResume();
        anyReconnectable |= s->canReconnect();
        anyLoggedOut |= s->canLogIn();
    }
    m_logIn->setEnabled(anyLoggedOut);
    m_pause->setEnabled(anyPausable);
    m_resume->setEnabled(anyResumable);
    m_reconnect->setEnabled(anyReconnectable);
    m_pauseForMenu->setEnabled(anyPausableFor);
    for (QAction *action : std::as_const(m_pauseFor))
        action->setEnabled(anyPausableFor);
    explain(m_pause, anyPausable, monitor::SessionCommand::Pause, selection);
    explain(m_resume, anyResumable, monitor::SessionCommand::Resume, selection);
    explain(m_reconnect, anyReconnectable, monitor::SessionCommand::Reconnect, selection);
    explain(m_logIn, anyLoggedOut, monitor::SessionCommand::LogIn, selection);
    const bool haveSessions = m_monitor->count() > 0;
    m_pauseAll->setEnabled(haveSessions && !m_monitor->isAllPaused());
    m_resumeAll->setEnabled(m_monitor->isAllPaused());
}

} // namespace syncscope::ui
