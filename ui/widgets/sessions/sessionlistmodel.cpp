#include "sessions/sessionlistmodel.h"

#include "monitor/monitoredsession.h"
#include "monitor/sessionhealth.h"
#include "monitor/sessionmonitor.h"
#include "sessions/badgestyle.h"
#include "workspace/tokenfacts.h"

#include <QGuiApplication>
#include <QLocale>

#include <algorithm>

namespace syncscope::ui {

using namespace monitor;

namespace {

// A direction with nothing in flight says so in words instead of a full "0 of 0 (100 %)" bar,
// and one that cannot move says why instead of "waiting" forever.
QString idleText(const MonitoredSession &s, const DirectionProgress &p, ProgressDirection direction)
{
    if (p.outstanding())
        return {}; // the bar says how far it got, whatever the state
    switch (s.stateBadge()) {
    case StateBadge::Paused:
        return SessionListModel::tr("Paused");
    case StateBadge::Inactive:
    case StateBadge::Invalid:
        return QStringLiteral("—");
    case StateBadge::Active:
        break;
    }
    if (!p.known)
        return {};
    if (p.transferable == 0 && direction == ProgressDirection::Upload)
        return SessionListModel::tr("Nothing to upload");
    return SessionListModel::tr("Up to date");
}

// The later of the two directions' estimates: the session is done when both are. Unknown when
// either direction in progress has no estimate.
std::optional<std::chrono::seconds> longestEta(const MonitoredSession &s)
{
    std::optional<std::chrono::seconds> longest;
    for (ProgressDirection d : {ProgressDirection::Upload, ProgressDirection::Download}) {
        if (!s.etaEstimator(d).inProgress())
            continue;
        const auto eta = s.eta(d);
        if (!eta)
            return std::nullopt;
        longest = longest ? qMax(*longest, *eta) : *eta;
    }
    return longest;
}

bool transferInProgress(const MonitoredSession &s)
{
    return s.etaEstimator(ProgressDirection::Upload).inProgress() ||
           s.etaEstimator(ProgressDirection::Download).inProgress();
}

QString etaColumnText(const MonitoredSession &s)
{
    return etaText(longestEta(s), transferInProgress(s));
}

QString etaTooltip(const MonitoredSession &s)
{
    if (!transferInProgress(s))
        return SessionListModel::tr("Nothing in progress");
    QStringList lines;
    for (ProgressDirection d : {ProgressDirection::Upload, ProgressDirection::Download}) {
        const EtaEstimator &e = s.etaEstimator(d);
        if (!e.inProgress())
            continue;
        const QString what = d == ProgressDirection::Upload ? SessionListModel::tr("Upload")
                                                            : SessionListModel::tr("Download");
        lines << (e.remaining()
                      ? SessionListModel::tr("%1: %2 left at %3")
                            .arg(what, formatDuration(e.remaining()->count()),
                                 formatRate(e.smoothedRate()))
                      : SessionListModel::tr("%1: unknown (no steady progress)").arg(what));
    }
    return lines.join(u'\n');
}

QString progressText(const DirectionProgress &p)
{
    if (!p.known)
        return SessionListModel::tr("waiting");
    return SessionListModel::tr("%1 of %2 (%3 %)")
        .arg(formatBytes(double(p.transferred)), formatBytes(double(p.transferable)))
        .arg(int(p.fraction() * 100));
}

QString progressTooltip(const DirectionProgress &p, ProgressDirection direction)
{
    if (!p.known)
        return SessionListModel::tr("No progress reported yet: the SDK reports once the "
                                    "session has exchanged its first download.");
    const QLocale locale;
    const QString bytes = SessionListModel::tr("%1 of %2 bytes")
                              .arg(locale.toString(p.transferred), locale.toString(p.transferable));
    if (direction == ProgressDirection::Upload)
        return SessionListModel::tr("Uploaded and acknowledged by the server: %1.").arg(bytes);
    return SessionListModel::tr("Downloaded and integrated: %1.").arg(bytes);
}

} // namespace

SessionListModel::SessionListModel(SessionMonitor *monitor, QObject *parent)
    : QAbstractTableModel(parent)
    , m_monitor(monitor)
{
    m_flush.setInterval(std::chrono::milliseconds(250));
    connect(&m_flush, &QTimer::timeout, this, &SessionListModel::flush);
    m_flush.start();
    // In the order of their ids, as every later session is appended (rowOf() relies on it).
    QList<MonitoredSession *> existing = monitor->sessions();
    std::ranges::sort(existing, {}, &MonitoredSession::id);
    for (MonitoredSession *session : std::as_const(existing))
        appendRow(session);
    connect(monitor, &SessionMonitor::sessionAdded, this, &SessionListModel::onSessionAdded);
    connect(monitor, &SessionMonitor::batchEnded, this, &SessionListModel::onBatchEnded);
    connect(monitor, &SessionMonitor::sessionAboutToBeRemoved, this,
            &SessionListModel::onSessionAboutToBeRemoved);
    connect(monitor, &SessionMonitor::sessionChanged, this, &SessionListModel::markDirty);
    connect(monitor, &SessionMonitor::sessionStateChanged, this, &SessionListModel::markStateDirty);
    // Rates move every sample even when nothing else does.
    connect(monitor, &SessionMonitor::sampled, this, [this] {
        m_dirty.fill(true);
        m_dirtyCount = m_dirty.size();
    });
}

void SessionListModel::appendRow(MonitoredSession *session)
{
    const int row = int(m_rows.size());
    Q_ASSERT(m_rowIds.isEmpty() || m_rowIds.constLast() < session->id());
    m_rowIds.append(session->id());
    m_rows.append(session);
    m_dirty.append(false);
    m_stateDirty.append(false);
    if (sortCanMove())
        m_sortValues.append(sortValue(row, m_sortColumn));
}

void SessionListModel::onSessionAdded(MonitoredSession *session)
{
    m_pendingRows.append(session);
    if (!m_monitor->isInBatch())
        onBatchEnded();
}

void SessionListModel::onSessionAboutToBeRemoved(MonitoredSession *session)
{
    if (m_pendingRows.removeOne(session))
        return; // removed before its batch ended: it never became a row
    const int row = rowOf(session);
    if (row < 0)
        return;
    // In a batch the session lives until the batch has ended: its row goes with the others.
    m_pendingRemovals.append(row);
    if (!m_monitor->isInBatch())
        onBatchEnded();
}

// The rows a batch removed go as one range per run of neighbours and the rows it added as one
// range, so the proxy re-sorts once and the window's counts refresh once (flushed()), not once
// a row: with 10,000 rows either cost seconds.
void SessionListModel::onBatchEnded()
{
    if (m_pendingRemovals.isEmpty() && m_pendingRows.isEmpty())
        return;
    std::ranges::sort(m_pendingRemovals, std::greater{});
    for (qsizetype i = 0; i < m_pendingRemovals.size();) {
        const int last = m_pendingRemovals.at(i);
        int first = last;
        for (++i; i < m_pendingRemovals.size() && m_pendingRemovals.at(i) == first - 1; ++i)
            first = m_pendingRemovals.at(i);
        dropRows(first, last);
    }
    m_pendingRemovals.clear();
    if (!m_pendingRows.isEmpty()) {
        const int first = int(m_rows.size());
        beginInsertRows({}, first, first + int(m_pendingRows.size()) - 1);
        for (MonitoredSession *session : std::as_const(m_pendingRows))
            appendRow(session);
        m_pendingRows.clear();
        endInsertRows();
    }
    Q_EMIT flushed();
}

void SessionListModel::dropRows(int first, int last)
{
    beginRemoveRows({}, first, last);
    const qsizetype count = last - first + 1;
    m_dirtyCount -= std::count(m_dirty.cbegin() + first, m_dirty.cbegin() + last + 1, true);
    m_rows.remove(first, count);
    m_dirty.remove(first, count);
    m_stateDirty.remove(first, count);
    if (sortCanMove())
        m_sortValues.remove(first, count);
    m_rowIds.remove(first, count);
    endRemoveRows();
}

void SessionListModel::setSortColumn(int column)
{
    if (column == m_sortColumn)
        return;
    m_sortColumn = column;
    m_sortValues.clear();
    if (!sortCanMove())
        return;
    m_sortValues.reserve(m_rows.size());
    for (int row = 0; row < m_rows.size(); ++row)
        m_sortValues.append(sortValue(row, column));
}

void SessionListModel::markDirty(MonitoredSession *session)
{
    const int row = rowOf(session);
    if (row >= 0 && !m_dirty.at(row)) {
        m_dirty[row] = true;
        ++m_dirtyCount;
    }
}

void SessionListModel::markStateDirty(MonitoredSession *session)
{
    const int row = rowOf(session);
    if (row >= 0)
        m_stateDirty[row] = true;
    markDirty(session); // also when the sampler, not a report, noticed the change
}

void SessionListModel::flush()
{
    if (m_dirtyCount == 0)
        return;
    const bool canMove = sortCanMove();
    QList<int> filterRows;
    bool sortValuesChanged = false;
    int first = -1;
    int last = -1;
    for (int row = 0; row < m_rows.size(); ++row) {
        if (!m_dirty.at(row))
            continue;
        if (first < 0)
            first = row;
        last = row;
        if (m_stateDirty.at(row))
            filterRows.append(row);
        if (canMove) {
            QVariant value = sortValue(row, m_sortColumn);
            if (value != m_sortValues.at(row)) {
                m_sortValues[row] = std::move(value);
                sortValuesChanged = true;
            }
        }
    }
    if (!filterRows.isEmpty() || sortValuesChanged)
        Q_EMIT orderingDataChanged(filterRows, sortValuesChanged);
    publish(first, last);
    m_dirty.fill(false);
    m_stateDirty.fill(false);
    m_dirtyCount = 0;
    Q_EMIT flushed();
}

void SessionListModel::publish(int first, int last)
{
    const int lastColumn = ColumnCount - 1;
    if (!m_viewport.visibleRows) {
        Q_EMIT dataChanged(index(first, 0), index(last, lastColumn));
        return;
    }
    // Every changed row gets exactly one dataChanged() per flush, so a second view or a model
    // tester sees every change. The on-screen rows go first, one signal per run of rows that
    // follow each other both on screen and here (so the proxy maps it to the same run); then
    // the rest, one signal per run in model order. The session view ignores the off-screen ones
    // cheaply (SessionTreeView), instead of walking thousands of rows for nothing.
    //
    // A run covers only the columns that can have changed: a row's name, realm and user never
    // do (the sort relies on it too), and its server (the node in use) only with its state or
    // connection. The view repaints just that rectangle of the run's rows: the text columns on
    // the left were much of what a tick repainted, and a tick changes most rows on screen.
    const QList<int> visible = m_viewport.visibleRows();
    QList<bool> published(m_rows.size(), false);
    int runFirst = -1;
    int runLast = -1;
    auto publishRun = [&] {
        if (runFirst >= 0) {
            const bool state = m_stateDirty.at(runFirst);
            Q_EMIT dataChanged(index(runFirst, state ? ServerColumn : HealthColumn),
                               index(runLast, lastColumn));
        }
        runFirst = runLast = -1;
    };
    // Whether `row` continues the run: next to its last row, and changed the same way.
    auto continuesRun = [&](int row) {
        return runFirst >= 0 && row == runLast + 1 &&
               m_stateDirty.at(row) == m_stateDirty.at(runFirst);
    };
    for (int row : visible) {
        if (row < 0 || row >= m_rows.size() || !m_dirty.at(row) || published.at(row)) {
            publishRun();
            continue;
        }
        published[row] = true;
        if (continuesRun(row)) {
            runLast = row;
        } else {
            publishRun();
            runFirst = runLast = row;
        }
    }
    publishRun();
    for (int row = first; row <= last; ++row) {
        if (!m_dirty.at(row) || published.at(row)) {
            publishRun();
        } else if (continuesRun(row)) {
            runLast = row;
        } else {
            publishRun();
            runFirst = runLast = row;
        }
    }
    publishRun();
}

QVariant SessionListModel::sortValue(int row, int column) const
{
    const MonitoredSession *s = sessionAt(row);
    if (!s)
        return {};
    switch (column) {
    case NameColumn:
        return s->name();
    case RealmColumn:
        return s->realmPath();
    case UserColumn:
        return s->userId();
    case ServerColumn:
        return s->serverText();
    case HealthColumn:
        return int(healthOf(s->facts(), QDateTime::currentDateTime()));
    case StateColumn:
        return int(s->stateBadge());
    case ConnectionColumn:
        return int(s->connectionBadge());
    case UploadColumn:
    case DownloadColumn: {
        const DirectionProgress p = s->progress(
            column == UploadColumn ? ProgressDirection::Upload : ProgressDirection::Download);
        return p.known ? p.fraction() : -1.0;
    }
    case UploadRateColumn:
        return s->uploadRate();
    case DownloadRateColumn:
        return s->downloadRate();
    case EtaColumn: {
        const auto eta = longestEta(*s);
        return eta ? double(eta->count()) : -1.0;
    }
    case LastErrorColumn:
        return s->lastErrorText();
    default:
        return {};
    }
}

QIcon SessionListModel::badgeIcon(int column, int badge) const
{
    // Painted icons are cheap to draw but not to create; one per badge is enough.
    const QPalette palette = QGuiApplication::palette();
    const bool dark = BadgeStyle::isDark(palette);
    const int key = (column << 8) | (badge << 1) | int(dark);
    auto it = m_icons.constFind(key);
    if (it != m_icons.constEnd())
        return *it;
    const QIcon icon = column == StateColumn ? BadgeStyle::of(StateBadge(badge)).icon(palette)
                                             : BadgeStyle::of(ConnectionBadge(badge)).icon(palette);
    m_icons.insert(key, icon);
    return icon;
}

int SessionListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int SessionListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

MonitoredSession *SessionListModel::sessionAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row) : nullptr;
}

int SessionListModel::rowOf(const MonitoredSession *session) const
{
    if (!session)
        return -1;
    const auto it = std::ranges::lower_bound(m_rowIds, session->id());
    const auto row = qsizetype(it - m_rowIds.cbegin());
    return it != m_rowIds.cend() && m_rows.at(row) == session ? int(row) : -1;
}

QVariant SessionListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || (role != Qt::DisplayRole && role != Qt::ToolTipRole))
        return {};
    switch (section) {
    case NameColumn:
        return tr("Name");
    case RealmColumn:
        return tr("Realm");
    case UserColumn:
        return tr("User");
    case ServerColumn:
        return tr("Server");
    case HealthColumn:
        return role == Qt::ToolTipRole ? tr("Is it syncing? (from the state and the connection)")
                                       : tr("Health");
    case StateColumn:
        return tr("State");
    case ConnectionColumn:
        return tr("Connection");
    case UploadColumn:
        return tr("Upload");
    case DownloadColumn:
        return tr("Download");
    case UploadRateColumn:
        return role == Qt::ToolTipRole ? tr("Upload rate") : tr("Up rate");
    case DownloadRateColumn:
        return role == Qt::ToolTipRole ? tr("Download rate") : tr("Down rate");
    case EtaColumn:
        return role == Qt::ToolTipRole
                   ? tr("Time left for the transfers in progress, at the recent rate")
                   : tr("ETA");
    case LastErrorColumn:
        return tr("Last error");
    default:
        return {};
    }
}

QVariant SessionListModel::data(const QModelIndex &index, int role) const
{
    const MonitoredSession *s = sessionAt(index.row());
    if (!s || index.column() < 0 || index.column() >= ColumnCount)
        return {};
    if (role == SessionIdRole)
        return s->id();
    if (role == SortRole)
        return sortValue(index.row(), index.column());

    const DirectionProgress up = s->progress(ProgressDirection::Upload);
    const DirectionProgress down = s->progress(ProgressDirection::Download);
    const QPalette palette = QGuiApplication::palette();

    switch (index.column()) {
    case NameColumn:
        if (role == Qt::DisplayRole || role == SortRole)
            return s->name();
        if (role == Qt::ToolTipRole) {
            const QString expiry = TokenFacts::of(s->definition().token).expiryText();
            QString file = tr("%1\nLocal file: %2").arg(s->name(), s->definition().localPath);
            if (s->isStalled())
                file = tr("⚠ Stalled: connected, with work outstanding, but no progress for "
                          "%1 s or more.")
                           .arg(m_monitor->stallThreshold().count() / 1000) +
                       u'\n' + file;
            return expiry.isEmpty() ? file : file + tr("\nAccess token: %1").arg(expiry);
        }
        if (role == Qt::DecorationRole && s->isStalled())
            return paintedIcon(IconShape::Warning,
                               BadgeStyle::of(StateBadge::Paused).colour(palette));
        break;
    case RealmColumn:
        if (role == Qt::DisplayRole || role == SortRole || role == Qt::ToolTipRole)
            return s->realmPath();
        break;
    case UserColumn:
        if (role == Qt::DisplayRole || role == SortRole)
            return s->userId();
        if (role == Qt::ToolTipRole) {
            const QString expiry = TokenFacts::of(s->definition().token).expiryText();
            return expiry.isEmpty() ? s->userId()
                                    : tr("%1\nAccess token: %2").arg(s->userId(), expiry);
        }
        break;
    case ServerColumn:
        // With several nodes the cell names the one in use, the tooltip all of them.
        if (role == Qt::DisplayRole && s->facts().hasSeveralNodes() &&
            !s->facts().currentNodeText().isEmpty())
            return s->facts().currentNodeText();
        if (role == Qt::DisplayRole || role == SortRole)
            return s->serverText();
        if (role == Qt::ToolTipRole)
            return s->facts().hasSeveralNodes() ? s->facts().nodesDescription()
                                                : s->definition().serverUrl.toString();
        break;
    case HealthColumn:
        if (role == Qt::DisplayRole || role == Qt::AccessibleTextRole)
            return healthText(s->facts(), QDateTime::currentDateTime());
        if (role == Qt::ToolTipRole)
            return QString(s->stateExplanation() + u'\n' + s->connectionExplanation());
        break;
    case StateColumn: {
        const BadgeStyle style = BadgeStyle::of(s->stateBadge());
        switch (role) {
        case Qt::DisplayRole:
        case Qt::AccessibleTextRole:
            return style.text;
        case Qt::DecorationRole:
            return badgeIcon(StateColumn, int(s->stateBadge()));
        case BadgeColourRole:
            return style.colour(palette);
        case SortRole:
        case BadgeKindRole:
            return int(s->stateBadge());
        case Qt::ToolTipRole:
            return s->stateExplanation();
        default:
            break;
        }
        break;
    }
    case ConnectionColumn: {
        const BadgeStyle style = BadgeStyle::of(s->connectionBadge());
        switch (role) {
        case Qt::DisplayRole:
        case Qt::AccessibleTextRole:
            return style.text;
        case Qt::DecorationRole:
            return badgeIcon(ConnectionColumn, int(s->connectionBadge()));
        case BadgeColourRole:
            return style.colour(palette);
        case SortRole:
        case BadgeKindRole:
            return int(s->connectionBadge());
        case Qt::ToolTipRole:
            return s->connectionExplanation();
        default:
            break;
        }
        break;
    }
    case UploadColumn:
    case DownloadColumn: {
        const bool isUp = index.column() == UploadColumn;
        const DirectionProgress &p = isUp ? up : down;
        const ProgressDirection direction =
            isUp ? ProgressDirection::Upload : ProgressDirection::Download;
        const QString idle = idleText(*s, p, direction);
        if (role == Qt::DisplayRole || role == Qt::AccessibleTextRole)
            return idle.isEmpty() ? progressText(p) : idle;
        if (role == ProgressFractionRole)
            return idle.isEmpty() && p.known ? p.fraction() : -1.0; // no bar for words
        if (role == SortRole)
            return p.known ? p.fraction() : -1.0;
        if (role == Qt::ToolTipRole)
            return progressTooltip(p,
                                   isUp ? ProgressDirection::Upload : ProgressDirection::Download);
        break;
    }
    case UploadRateColumn:
    case DownloadRateColumn: {
        const double rate =
            index.column() == UploadRateColumn ? s->uploadRate() : s->downloadRate();
        if (role == Qt::DisplayRole)
            return formatRate(rate);
        if (role == SortRole)
            return rate;
        if (role == Qt::TextAlignmentRole)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        break;
    }
    case EtaColumn:
        if (role == Qt::DisplayRole || role == Qt::AccessibleTextRole)
            return etaColumnText(*s);
        if (role == Qt::ToolTipRole)
            return etaTooltip(*s);
        if (role == Qt::TextAlignmentRole)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case LastErrorColumn:
        if (role == Qt::DisplayRole || role == SortRole)
            return s->lastErrorText();
        if (role == Qt::ToolTipRole && !s->lastErrorText().isEmpty())
            return tr("%1\nat %2")
                .arg(s->lastErrorText(),
                     QLocale().toString(s->lastErrorTime(), QLocale::ShortFormat));
        break;
    default:
        break;
    }
    return {};
}

} // namespace syncscope::ui
