#include "log/eventlogpanel.h"

#include "common/paintedicon.h"
#include "log/eventlogmodel.h"
#include "monitor/eventlog.h"
#include "monitor/monitoredsession.h"
#include "monitor/sessiondiagnostics.h"
#include "monitor/sessionmonitor.h"
#include "operator/operatorsessionsource.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QSaveFile>
#include <QScrollBar>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace syncscope::ui {

using namespace monitor;

EventLogPanel::EventLogPanel(SessionMonitor *monitor, QWidget *parent)
    : QWidget(parent)
    , m_monitor(monitor)
    , m_model(new EventLogModel(monitor->eventLog(), this))
    , m_proxy(new EventLogFilterProxy(this))
    , m_sessionCombo(new QComboBox(this))
    , m_kindButton(new QToolButton(this))
    , m_kindMenu(new QMenu(this))
    , m_searchEdit(new QLineEdit(this))
    , m_followBox(new QCheckBox(tr("Follo&w newest"), this))
    , m_diagnosticsButton(new QPushButton(tr("Copy dia&gnostics"), this))
    , m_view(new QTableView(this))
{
    m_proxy->setSourceModel(m_model);
    m_sessionCombo->addItem(tr("All sessions"), -1);
    m_sessionCombo->setAccessibleName(tr("Event log session filter"));
    m_sessionCombo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    for (MonitoredSession *s : monitor->sessions())
        addSession(s);
    connect(monitor, &SessionMonitor::sessionAdded, this, &EventLogPanel::addSession);

    // Several kinds at once: a menu of check boxes that stays open while they are ticked.
    for (int kind = 0; kind < kEventKindCount; ++kind) {
        QAction *action = m_kindMenu->addAction(eventKindText(EventKind(kind)));
        action->setCheckable(true);
        action->setChecked(true);
        action->setData(kind);
        connect(action, &QAction::toggled, this, [this, kind](bool shown) {
            m_proxy->setKindShown(EventKind(kind), shown);
            updateKindButton();
        });
    }
    m_kindMenu->addSeparator();
    m_kindMenu->addAction(tr("Show all kinds"), this, [this] {
        for (int kind = 0; kind < kEventKindCount; ++kind)
            kindAction(kind)->setChecked(true);
    });
    m_kindMenu->installEventFilter(this); // ticking a kind keeps the menu open for the next
    m_kindButton->setMenu(m_kindMenu);
    m_kindButton->setPopupMode(QToolButton::InstantPopup);
    m_kindButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_kindButton->setAccessibleName(tr("Event log kind filter"));
    updateKindButton();

    m_searchEdit->setPlaceholderText(tr("Text in the message or session"));
    m_searchEdit->setClearButtonEnabled(true);
    m_searchEdit->setAccessibleName(tr("Search the event log"));
    m_followBox->setChecked(true);
    m_followBox->setToolTip(
        tr("Keep the newest line in view; scrolling up to read turns this off"));
    m_diagnosticsButton->setToolTip(
        tr("Copy the chosen session's configuration (without the access token), state history "
           "and last errors, for a bug report"));

    auto *sessionLabel = new QLabel(tr("Sess&ion:"), this);
    sessionLabel->setBuddy(m_sessionCombo);
    auto *kindLabel = new QLabel(tr("&Kind:"), this);
    kindLabel->setBuddy(m_kindButton);
    auto *searchLabel = new QLabel(tr("Sea&rch:"), this);
    searchLabel->setBuddy(m_searchEdit);
    auto *copyButton = new QPushButton(paintedIcon(IconShape::Copy), tr("&Copy"), this);
    copyButton->setToolTip(tr("Copy the selected lines (all shown lines if none is selected)"));
    auto *exportButton = new QPushButton(paintedIcon(IconShape::Export), tr("E&xport log…"), this);
    exportButton->setToolTip(tr("Save the shown lines to a text file"));

    m_view->setModel(m_proxy);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setWordWrap(false);
    m_view->setAlternatingRowColors(true);
    m_view->setAccessibleName(tr("Event log"));
    const int em = fontMetrics().horizontalAdvance(u'M');
    m_view->setColumnWidth(EventLogModel::TimeColumn,
                           fontMetrics().horizontalAdvance(QStringLiteral("00:00:00.000")) +
                               2 * em);
    m_view->setColumnWidth(EventLogModel::SessionColumn, 20 * em);
    m_view->setColumnWidth(EventLogModel::KindColumn, 11 * em);
    m_view->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 6);

    auto *copyAction = new QAction(this);
    copyAction->setShortcut(QKeySequence::Copy);
    copyAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_view->addAction(copyAction);
    connect(copyAction, &QAction::triggered, this, &EventLogPanel::copySelection);

    auto *row = new QHBoxLayout;
    row->addWidget(sessionLabel);
    row->addWidget(m_sessionCombo);
    row->addWidget(kindLabel);
    row->addWidget(m_kindButton);
    row->addWidget(searchLabel);
    row->addWidget(m_searchEdit, 1);
    row->addWidget(m_followBox);
    row->addWidget(copyButton);
    row->addWidget(m_diagnosticsButton);
    row->addWidget(exportButton);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(row);
    layout->addWidget(m_view, 1);

    connect(m_sessionCombo, &QComboBox::currentIndexChanged, this, [this](int index) {
        m_proxy->setSessionFilter(m_sessionCombo->itemData(index).toInt());
        updateDiagnosticsButton();
    });
    connect(m_searchEdit, &QLineEdit::textChanged, m_proxy, &EventLogFilterProxy::setSearchText);
    connect(m_diagnosticsButton, &QPushButton::clicked, this, &EventLogPanel::copyDiagnostics);
    updateDiagnosticsButton();
    connect(copyButton, &QPushButton::clicked, this, &EventLogPanel::copySelection);
    connect(exportButton, &QPushButton::clicked, this, &EventLogPanel::exportInteractively);
    // Follow the newest line while asked to; a reader scrolling up stops it, scrolling back to
    // the bottom (or ticking the box) starts it again.
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &EventLogPanel::followIfAsked);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &EventLogPanel::followIfAsked);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &EventLogPanel::followIfAsked);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &EventLogPanel::followIfAsked);
    connect(m_followBox, &QCheckBox::toggled, this, &EventLogPanel::followIfAsked);
    connect(m_view->verticalScrollBar(), &QScrollBar::valueChanged, this, [this](int value) {
        if (m_scrollingToNewest)
            return;
        const bool atBottom = value >= m_view->verticalScrollBar()->maximum() - 2;
        if (atBottom != m_followBox->isChecked())
            m_followBox->setChecked(atBottom);
    });
}

bool EventLogPanel::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_kindMenu && event->type() == QEvent::MouseButtonRelease) {
        if (QAction *action = m_kindMenu->activeAction(); action && action->isCheckable()) {
            action->trigger(); // toggles it; swallowing the release keeps the menu open
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void EventLogPanel::followIfAsked()
{
    if (!m_followBox->isChecked())
        return;
    m_scrollingToNewest = true;
    m_view->scrollToBottom();
    m_scrollingToNewest = false;
}

QAction *EventLogPanel::kindAction(int kind) const
{
    for (QAction *action : m_kindMenu->actions()) {
        if (action->isCheckable() && action->data().toInt() == kind)
            return action;
    }
    return nullptr;
}

void EventLogPanel::updateKindButton()
{
    QStringList shown;
    for (int kind = 0; kind < kEventKindCount; ++kind) {
        if (m_proxy->filter().isKindShown(EventKind(kind)))
            shown << eventKindText(EventKind(kind));
    }
    QString text;
    if (shown.size() == kEventKindCount)
        text = tr("All kinds");
    else if (shown.isEmpty())
        text = tr("No kinds");
    else if (shown.size() <= 2)
        text = shown.join(QStringLiteral(", "));
    else
        text = tr("%n kind(s)", nullptr, int(shown.size()));
    m_kindButton->setText(text);
    m_kindButton->setToolTip(shown.isEmpty() ? text : shown.join(u'\n'));
}

void EventLogPanel::updateDiagnosticsButton()
{
    m_diagnosticsButton->setEnabled(m_monitor->sessionById(m_sessionCombo->currentData().toInt()));
}

QString EventLogPanel::diagnosticsText() const
{
    const MonitoredSession *session = m_monitor->sessionById(m_sessionCombo->currentData().toInt());
    return session ? SessionDiagnostics::text(*session, *m_monitor->eventLog()) : QString();
}

void EventLogPanel::copyDiagnostics() const
{
    copyDiagnosticsOf(m_monitor->sessionById(m_sessionCombo->currentData().toInt()));
}

void EventLogPanel::copyDiagnosticsOf(const MonitoredSession *session) const
{
    if (session)
        QApplication::clipboard()->setText(
            SessionDiagnostics::text(*session, *m_monitor->eventLog()));
}

void EventLogPanel::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    followIfAsked();
}

void EventLogPanel::addSession(MonitoredSession *session)
{
    // A session of an attached server gets no entry: there may be 10,000s of them (an entry
    // costs about 200 bytes, and a combo box that long is no use). The search box finds their
    // lines by name.
    if (qobject_cast<const OperatorSessionSource *>(session->source()))
        return;
    m_sessionCombo->addItem(session->name(), session->id());
}

QString EventLogPanel::selectedText() const
{
    QList<int> rows;
    const QModelIndexList selected = m_view->selectionModel()->selectedRows();
    for (const QModelIndex &index : selected)
        rows.append(m_proxy->mapToSource(index).row());
    if (rows.isEmpty()) {
        for (int r = 0; r < m_proxy->rowCount(); ++r)
            rows.append(m_proxy->mapToSource(m_proxy->index(r, 0)).row());
    }
    std::sort(rows.begin(), rows.end());
    QList<EventEntry> entries;
    for (int r : std::as_const(rows))
        entries.append(m_model->entry(r));
    return EventLog::toText(entries);
}

void EventLogPanel::copySelection() const
{
    QApplication::clipboard()->setText(selectedText());
}

bool EventLogPanel::exportTo(const QString &path, QString *error) const
{
    QList<EventEntry> entries;
    for (int r = 0; r < m_proxy->rowCount(); ++r)
        entries.append(m_model->entry(m_proxy->mapToSource(m_proxy->index(r, 0)).row()));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) ||
        file.write(EventLog::toFileText(entries).toUtf8()) < 0 || !file.commit()) {
        *error = tr("Cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

void EventLogPanel::exportInteractively()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export event log"),
                                                      QStringLiteral("syncscope-events.txt"),
                                                      tr("Text files (*.txt);;All files (*)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!exportTo(path, &error))
        QMessageBox::warning(this, tr("Export event log"), error);
}

} // namespace syncscope::ui
