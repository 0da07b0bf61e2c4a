#include "tasklist.h"

#include <syncscope/syncscope.h>
#include <syncscope/widgets/sessionmonitorwidget.h>

#include <QAction>
#include <QDateTime>
#include <QLineEdit>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QVBoxLayout>

TaskList::TaskList(syncscope::App *sdk, std::shared_ptr<syncscope::User> user, const QUrl &server,
                   const QString &dataFolder)
    : m_sdk(sdk)
    , m_user(std::move(user))
    , m_server(server)
    , m_dataFolder(dataFolder)
    , m_list(new QListWidget(this))
    , m_entry(new QLineEdit(this))
{
    setWindowTitle(tr("Tasks"));
    m_tasks = m_sdk->openRealm(m_user, {m_server, QStringLiteral("/demo/tasks"),
                                        m_dataFolder + QStringLiteral("/tasks.realm")});
    m_notes = m_sdk->openRealm(m_user, {m_server, QStringLiteral("/demo/notes"),
                                        m_dataFolder + QStringLiteral("/notes.realm")});
    if (!m_tasks || !m_notes)
        QMessageBox::warning(this, tr("Tasks"), m_sdk->lastError());

    m_entry->setPlaceholderText(tr("New task, then Enter"));
    connect(m_entry, &QLineEdit::returnPressed, this, &TaskList::addTask);
    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->addWidget(m_entry);
    layout->addWidget(m_list);
    setCentralWidget(central);
    if (m_tasks)
        connect(m_tasks.get(), &syncscope::Realm::changed, this, &TaskList::reload);
    reload();

    // The debug menu: what this example is about.
    QMenu *debug = menuBar()->addMenu(tr("&Debug"));
    QAction *sessions = debug->addAction(tr("&Sync sessions…"), this, &TaskList::showSyncSessions);
    sessions->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D));
    debug->addAction(tr("Open or close a &scratch session"), this, &TaskList::toggleScratchSession);
    resize(480, 360);
}

TaskList::~TaskList() = default;

void TaskList::addTask()
{
    if (!m_tasks || m_entry->text().isEmpty())
        return;
    const QString key = QString::number(QDateTime::currentMSecsSinceEpoch());
    if (!m_tasks->write(key, m_entry->text().toUtf8()))
        QMessageBox::warning(this, tr("Tasks"), m_tasks->lastError());
    m_entry->clear();
    reload();
}

void TaskList::reload()
{
    m_list->clear();
    if (!m_tasks)
        return;
    for (const QString &key : m_tasks->keys())
        m_list->addItem(QString::fromUtf8(m_tasks->value(key).value_or(QByteArray())));
}

void TaskList::showSyncSessions()
{
    if (!m_debugWindow) {
        m_debugWindow = new QWidget(this, Qt::Window);
        m_debugWindow->setWindowTitle(tr("Sync sessions"));
        auto *layout = new QVBoxLayout(m_debugWindow);
        // The two lines: the monitor's view of this application's own sessions.
        auto *monitor = new syncscope::SessionMonitorWidget(m_sdk, m_debugWindow);
        layout->addWidget(monitor);
        m_debugWindow->resize(960, 600);
    }
    m_debugWindow->show();
    m_debugWindow->raise();
}

void TaskList::toggleScratchSession()
{
    // Opened: it appears in the debug window; closed: it leaves once its uploads are done.
    if (m_scratch) {
        m_scratch->close();
        m_scratch.reset();
        return;
    }
    m_scratch = m_sdk->openRealm(m_user, {m_server, QStringLiteral("/demo/scratch"),
                                          m_dataFolder + QStringLiteral("/scratch.realm")});
    if (!m_scratch)
        QMessageBox::warning(this, tr("Tasks"), m_sdk->lastError());
}
