#include "sessions/sessionlistpanel.h"

#include "monitor/sessionhealth.h"

#include "monitor/monitoredsession.h"
#include "monitor/sessionmonitor.h"
#include "sessions/badgedelegate.h"
#include "sessions/progressdelegate.h"
#include "sessions/sessionfilterproxy.h"
#include "sessions/sessionlistmodel.h"
#include "sessions/sessiontreeview.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QVBoxLayout>

namespace syncscope::ui {

using namespace monitor;

SessionListPanel::SessionListPanel(SessionMonitor *monitor, QWidget *parent)
    : QWidget(parent)
    , m_monitor(monitor)
    , m_model(new SessionListModel(monitor, this))
    , m_proxy(new SessionFilterProxy(m_model, this))
    , m_filterEdit(new QLineEdit(this))
    , m_stateCombo(new QComboBox(this))
    , m_view(new SessionTreeView(this))
{
    m_filterEdit->setPlaceholderText(tr("Filter by name, realm, user or server"));
    m_filterEdit->setClearButtonEnabled(true);
    m_filterEdit->setAccessibleName(tr("Session filter"));
    m_stateCombo->setAccessibleName(tr("State filter"));
    m_stateCombo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    for (StateFilter filter : kAllStateFilters)
        m_stateCombo->addItem(stateFilterText(filter), int(filter));

    auto *filterLabel = new QLabel(tr("Filt&er:"), this);
    filterLabel->setBuddy(m_filterEdit);
    auto *stateLabel = new QLabel(tr("Sh&ow:"), this);
    stateLabel->setBuddy(m_stateCombo);

    m_view->setModel(m_proxy);
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(SessionListModel::NameColumn, Qt::AscendingOrder);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setAllColumnsShowFocus(true);
    m_view->setAlternatingRowColors(true);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    m_view->setAccessibleName(tr("Sessions"));
    m_view->setAccessibleDescription(
        tr("Sync sessions with their state, connection, progress and rates"));
    m_view->setItemDelegateForColumn(SessionListModel::StateColumn, new BadgeDelegate(m_view));
    m_view->setItemDelegateForColumn(SessionListModel::ConnectionColumn, new BadgeDelegate(m_view));
    m_view->setItemDelegateForColumn(SessionListModel::UploadColumn, new ProgressDelegate(m_view));
    m_view->setItemDelegateForColumn(SessionListModel::DownloadColumn,
                                     new ProgressDelegate(m_view));
    QHeaderView *header = m_view->header();
    header->setSectionsMovable(true);
    header->setStretchLastSection(true);
    m_columnMenu = new QMenu(tr("Columns"), this);
    for (int column = SessionListModel::NameColumn + 1; column < SessionListModel::ColumnCount;
         ++column) {
        QAction *action = m_columnMenu->addAction(
            m_model->headerData(column, Qt::Horizontal, Qt::DisplayRole).toString());
        action->setCheckable(true);
        action->setChecked(true);
        connect(action, &QAction::toggled, this,
                [header, column](bool shown) { header->setSectionHidden(column, !shown); });
    }
    connect(m_columnMenu, &QMenu::aboutToShow, this, [this, header] {
        const QList<QAction *> actions = m_columnMenu->actions();
        for (int i = 0; i < actions.size(); ++i) {
            const QSignalBlocker quiet(actions.at(i));
            actions.at(i)->setChecked(!header->isSectionHidden(i + 1));
        }
    });
    header->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(header, &QWidget::customContextMenuRequested, this,
            [this, header](const QPoint &at) { m_columnMenu->exec(header->mapToGlobal(at)); });
    setDefaultColumnWidths();

    auto *filterRow = new QHBoxLayout;
    filterRow->addWidget(filterLabel);
    filterRow->addWidget(m_filterEdit, 1);
    filterRow->addWidget(stateLabel);
    filterRow->addWidget(m_stateCombo);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(filterRow);
    layout->addWidget(m_view, 1);

    connect(m_filterEdit, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_proxy->setFilterText(text);
        updateCounts(); // the counts follow the text filter
        Q_EMIT shownChanged();
    });
    connect(m_stateCombo, &QComboBox::currentIndexChanged, this, [this](int index) {
        m_proxy->setStateFilter(StateFilter(m_stateCombo->itemData(index).toInt()));
        Q_EMIT shownChanged();
    });
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &SessionListPanel::shownChanged);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &SessionListPanel::shownChanged);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &SessionListPanel::selectionChanged);
    // Every tick, but relabelling an adjust-to-contents combo box re-measures it: only on change.
    connect(m_model, &SessionListModel::flushed, this, [this] {
        if (!m_proxy->filter().text().isEmpty() || m_monitor->stateCounts() != m_shownCounts)
            updateCounts();
    });
    m_model->setViewport({[this] { return visibleSourceRows(); }});
    updateCounts();
}

QList<int> SessionListPanel::visibleSourceRows() const
{
    QList<int> rows;
    const auto [first, last] = m_view->visibleRowRange();
    if (first < 0)
        return rows;
    rows.reserve(last - first + 1);
    for (int row = first; row <= last; ++row)
        rows.append(m_proxy->mapToSource(m_proxy->index(row, 0)).row());
    return rows;
}

void SessionListPanel::setDefaultColumnWidths()
{
    // Wide enough for the longest text each column can show in the current language and font,
    // so nothing is cut at 200 % scaling or in German.
    const QFontMetrics metrics(m_view->font());
    auto widest = [&](const QStringList &texts) {
        int width = 0;
        for (const QString &text : texts)
            width = qMax(width, metrics.horizontalAdvance(text));
        return width;
    };
    QStringList states;
    for (int i = 0; i < kStateBadgeCount; ++i)
        states << stateBadgeText(StateBadge(i));
    QStringList connections;
    for (int i = 0; i < kConnectionBadgeCount; ++i)
        connections << connectionBadgeText(ConnectionBadge(i));
    const int badgeExtra = metrics.height() + 36; // icon, paddings, margins
    const int em = metrics.horizontalAdvance(u'M');
    const QString progressSample =
        SessionListModel::tr("%1 of %2 (%3 %)")
            .arg(formatBytes(1023.9 * 1024 * 1024), formatBytes(1023.9 * 1024 * 1024))
            .arg(100);
    const int rate = metrics.horizontalAdvance(formatRate(1023.9 * 1024)) + em;
    SessionFacts offlineSample; // "Offline for 3 h 59 min", or in Spanish "Sincronizando"
    QStringList healths;
    for (int i = 0; i < kHealthCount; ++i)
        healths << healthName(Health(i));
    offlineSample.disconnectedSince = QDateTime::currentDateTime();
    QStringList names;
    for (const MonitoredSession *s : m_monitor->sessions())
        names << s->name();
    const int nameWidth = qBound(12 * em, widest(names) + 2 * em, 30 * em);
    const int widths[SessionListModel::ColumnCount] = {
        nameWidth, 11 * em, 5 * em,
        metrics.horizontalAdvance(QStringLiteral("127.0.0.1:65535")) + em,
        qMax(metrics.horizontalAdvance(healthText(
                 offlineSample, offlineSample.disconnectedSince.addSecs(3 * 3600 + 59 * 60))),
             widest(healths)) +
            em,
        widest(states) + badgeExtra, widest(connections) + badgeExtra,
        // Enough for "12.3 MiB of 24.0 MiB (51 %)"; longer texts elide, the tooltip is exact.
        qMin(metrics.horizontalAdvance(progressSample) + 2 * em, 15 * em),
        qMin(metrics.horizontalAdvance(progressSample) + 2 * em, 15 * em), rate, rate,
        // ETA: "59 min" fits; a longer estimate elides, its tooltip is exact.
        metrics.horizontalAdvance(formatDuration(59 * 60)) + em, 24 * em};
    const QFontMetrics headerMetrics(m_view->header()->font());
    for (int column = 0; column < SessionListModel::ColumnCount; ++column) {
        // Never narrower than the header text plus room for the sort arrow.
        const QString title =
            m_model->headerData(column, Qt::Horizontal, Qt::DisplayRole).toString();
        // Short titles ("ETA") get less: the arrow fits beside them.
        const int header =
            headerMetrics.horizontalAdvance(title) + (title.size() <= 4 ? 2 : 3) * em;
        m_view->header()->resizeSection(column, qMax(widths[column], header));
    }
    m_defaultWidths.clear();
    for (int column = 0; column < SessionListModel::ColumnCount; ++column)
        m_defaultWidths << m_view->header()->sectionSize(column);
    fitColumnsToView();
}

void SessionListPanel::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (!m_fitPending)
        return;
    // After the layout gave the view its width.
    QMetaObject::invokeMethod(
        this,
        [this] {
            QList<int> now;
            for (int column = 0; column < SessionListModel::ColumnCount; ++column)
                now << m_view->header()->sectionSize(column);
            if (now == m_defaultWidths) // not replaced by the user's saved widths
                fitColumnsToView();
            m_fitPending = false;
        },
        Qt::QueuedConnection);
}

void SessionListPanel::fitColumnsToView()
{
    const int available = m_view->viewport()->width();
    if (!m_view->isVisible() || available <= 0) {
        m_fitPending = true;
        return;
    }
    m_fitPending = false;
    QHeaderView *header = m_view->header();
    const int em = m_view->fontMetrics().horizontalAdvance(u'M');
    if (header->isSectionHidden(SessionListModel::LastErrorColumn))
        return;
    // The last error takes what is left of the width, at least its start (the rest elides, the
    // tooltip has it whole), so the list needs no horizontal scroll bar on first launch.
    const auto fitLastError = [&] {
        const int left = header->sectionPosition(SessionListModel::LastErrorColumn);
        header->resizeSection(
            SessionListModel::LastErrorColumn,
            qMax(10 * em,
                 qMin(header->sectionSize(SessionListModel::LastErrorColumn), available - left)));
    };
    const int errorLeft = header->sectionPosition(SessionListModel::LastErrorColumn);
    int overflow = errorLeft + 10 * em - available; // the error's start, the rest in its tooltip
    if (overflow <= 0) {
        fitLastError();
        return;
    }
    // Paths elide and a narrow bar reads "51 %": they give way first, the name only after
    // them. The badges and rates keep their width; no column gets narrower than its header.
    const QFontMetrics headerMetrics(header->font());
    const std::pair<int, int> giving[] = {
        {SessionListModel::RealmColumn, 7},    {SessionListModel::UploadColumn, 8},
        {SessionListModel::DownloadColumn, 8}, {SessionListModel::ServerColumn, 9},
        {SessionListModel::NameColumn, 16},    {SessionListModel::HealthColumn, 9},
        {SessionListModel::UserColumn, 5},     {SessionListModel::NameColumn, 12},
    };
    for (const auto &[column, minimumEm] : giving) {
        if (overflow <= 0)
            break;
        if (header->isSectionHidden(column))
            continue;
        const QString title =
            m_model->headerData(column, Qt::Horizontal, Qt::DisplayRole).toString();
        int minimum = qMax(minimumEm * em, headerMetrics.horizontalAdvance(title) + 2 * em);
        if (column == SessionListModel::HealthColumn) {
            // "Sincronizando" whole; only "Offline for 3 h 59 min" may elide.
            for (int health = 0; health < kHealthCount; ++health)
                minimum =
                    qMax(minimum,
                         m_view->fontMetrics().horizontalAdvance(healthName(Health(health))) + em);
        }
        const int size = header->sectionSize(column);
        const int narrower = qMax(minimum, size - overflow);
        if (narrower < size) {
            header->resizeSection(column, narrower);
            overflow -= size - narrower;
        }
    }
    fitLastError();
}

std::optional<QList<MonitoredSession *>> SessionListPanel::shownSessions() const
{
    const SessionFilter &filter = m_proxy->filter();
    if (filter.text().isEmpty() && filter.state() == StateFilter::All)
        return std::nullopt;
    QList<MonitoredSession *> out;
    for (int row = 0; row < m_proxy->rowCount(); ++row) {
        if (MonitoredSession *s =
                m_model->sessionAt(m_proxy->mapToSource(m_proxy->index(row, 0)).row()))
            out.append(s);
    }
    return out;
}

void SessionListPanel::updateCounts()
{
    // Without a text filter the monitor's running counts; with one, the matching sessions'.
    StateFilterCounts counts = m_monitor->stateCounts();
    if (!m_proxy->filter().text().isEmpty()) {
        counts.clear();
        for (const MonitoredSession *s : m_monitor->sessions()) {
            if (m_proxy->filter().matchesText(s->facts()))
                counts.add(s->facts());
        }
    }
    if (m_countsLabelled && counts == m_shownCounts)
        return; // relabelling an adjust-to-contents combo box re-measures it
    m_countsLabelled = true;
    m_shownCounts = counts;
    for (int i = 0; i < m_stateCombo->count(); ++i) {
        const auto filter = StateFilter(m_stateCombo->itemData(i).toInt());
        m_stateCombo->setItemText(
            i, tr("%1 (%2)").arg(stateFilterText(filter)).arg(counts.count(filter)));
    }
}

QList<MonitoredSession *> SessionListPanel::selectedSessions() const
{
    QList<MonitoredSession *> out;
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    for (const QModelIndex &proxyIndex : rows) {
        if (MonitoredSession *s = m_model->sessionAt(m_proxy->mapToSource(proxyIndex).row()))
            out.append(s);
    }
    return out;
}

void SessionListPanel::selectSessions(const QList<MonitoredSession *> &sessions)
{
    QItemSelection selection;
    for (const MonitoredSession *s : sessions) {
        const QModelIndex source = m_model->index(m_model->rowOf(s), 0);
        const QModelIndex proxyIndex = m_proxy->mapFromSource(source);
        if (proxyIndex.isValid())
            selection.select(proxyIndex, proxyIndex);
    }
    m_view->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect |
                                                    QItemSelectionModel::Rows);
}

} // namespace syncscope::ui
