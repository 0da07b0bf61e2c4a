// The window under QT_QPA_PLATFORM=offscreen, with real widgets and a real in-process server:
// badges per state, the Pause button pausing exactly the selection, Pause all / Resume all,
// filter counts, batched model updates, export from the window, workspace save, charts.
#include "embeddedtestserver.h"

#include "charts/detailpane.h"
#include "charts/historychart.h"
#include "export/exportcontroller.h"
#include "log/eventlogmodel.h"
#include "log/eventlogpanel.h"
#include "mainwindow/mainwindow.h"
#include "mainwindow/monitorstatusbar.h"
#include "mainwindow/traynotifier.h"
#include "monitor/localsessionsource.h"
#include "monitor/sessionmonitor.h"
#include "monitor/translations.h"
#include "sessions/badgestyle.h"
#include "sessions/sessionactions.h"
#include "sessions/sessionfilterproxy.h"
#include "sessions/sessionlistmodel.h"
#include "sessions/sessionlistpanel.h"
#include "workspace/addsessiondialog.h"
#include "workspace/workspacefile.h"

#include <syncscope/realm.h>
#include <syncscope/user.h>

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QHeaderView>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPainter>
#include <QRegularExpression>
#include <QScreen>
#include <QSet>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QTreeView>

using namespace syncscope;
using namespace syncscope::monitor;
using namespace syncscope::ui;
using namespace std::chrono_literals;

class TestMonitorWindow final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<EmbeddedTestServer> m_server;
    std::unique_ptr<QTemporaryDir> m_local;
    std::unique_ptr<SessionMonitor> m_monitor;
    std::unique_ptr<MainWindow> m_window;
    MonitoredSession *m_a = nullptr;
    MonitoredSession *m_b = nullptr;
    MonitoredSession *m_c = nullptr;
    MonitoredSession *m_denied = nullptr;

    MonitoredSession *add(const QString &name, const QString &user, const QString &realm,
                          const QStringList &grants, bool expectedToFail = false)
    {
        SessionDefinition d;
        d.name = name;
        d.serverUrl = m_server->url();
        d.token = m_server->token(user, grants);
        d.realmPath = realm;
        d.localPath = m_local->filePath(name + QStringLiteral(".realm"));
        d.expectedToFail = expectedToFail;
        return m_monitor->addSession(d);
    }

    static bool connected(const MonitoredSession *s)
    {
        return s->connectionBadge() == ConnectionBadge::Connected;
    }

    SessionListModel *model() const { return m_window->sessionList()->model(); }
    QModelIndex cell(const MonitoredSession *s, int column) const
    {
        return model()->index(model()->rowOf(s), column);
    }
    QString stateText(const MonitoredSession *s) const
    {
        model()->flush();
        return cell(s, SessionListModel::StateColumn).data().toString();
    }

    QWidget *toolButtonFor(QAction *action) const
    {
        for (QToolBar *bar : m_window->findChildren<QToolBar *>()) {
            if (QWidget *w = bar->widgetForAction(action))
                return w;
        }
        return nullptr;
    }

    void select(const QList<MonitoredSession *> &sessions)
    {
        m_window->sessionList()->selectSessions(sessions);
        QCOMPARE(m_window->sessionList()->selectedSessions().size(), sessions.size());
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        // Settings of the tests stay apart from a person's own.
        QCoreApplication::setOrganizationName(QStringLiteral("SyncscopeTests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_monitorwindow"));
    }

    void init()
    {
        m_server = std::make_unique<EmbeddedTestServer>();
        QVERIFY(m_server->start());
        m_local = std::make_unique<QTemporaryDir>();
        m_monitor = std::make_unique<SessionMonitor>();
        m_monitor->setSampleInterval(200ms);
        const QStringList grants{QStringLiteral("/w/*")};
        m_a = add(QStringLiteral("Alpha"), QStringLiteral("alice"), QStringLiteral("/w/a"), grants);
        m_b = add(QStringLiteral("Bravo"), QStringLiteral("alice"), QStringLiteral("/w/b"), grants);
        m_c =
            add(QStringLiteral("Charlie"), QStringLiteral("carol"), QStringLiteral("/w/c"), grants);
        m_denied = add(QStringLiteral("Denied"), QStringLiteral("bob"), QStringLiteral("/admin"),
                       grants, true);
        m_window = std::make_unique<MainWindow>(m_monitor.get());
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QTRY_VERIFY_WITH_TIMEOUT(connected(m_a) && connected(m_b) && connected(m_c), 10000);
        QTRY_COMPARE_WITH_TIMEOUT(m_denied->stateBadge(), StateBadge::Invalid, 10000);
    }

    void cleanup()
    {
        m_window.reset();
        m_monitor.reset();
        m_server.reset();
    }

    void badgesShowTheRightTextIconAndColourPerState()
    {
        m_b->pauseByUser();
        model()->flush();
        const QPalette palette = QApplication::palette();
        struct Expect
        {
            MonitoredSession *session;
            StateBadge state;
            ConnectionBadge connection;
        };
        QImage previous;
        for (const Expect &e :
             {Expect{m_a, StateBadge::Active, ConnectionBadge::Connected},
              Expect{m_b, StateBadge::Paused, ConnectionBadge::Disconnected},
              Expect{m_denied, StateBadge::Invalid, ConnectionBadge::Disconnected}}) {
            const QModelIndex state = cell(e.session, SessionListModel::StateColumn);
            QCOMPARE(state.data().toString(), stateBadgeText(e.state));
            QCOMPARE(state.data(Qt::AccessibleTextRole).toString(), stateBadgeText(e.state));
            QCOMPARE(state.data(SessionListModel::BadgeColourRole).value<QColor>(),
                     BadgeStyle::of(e.state).colour(palette));
            const QIcon icon = state.data(Qt::DecorationRole).value<QIcon>();
            QVERIFY(!icon.isNull());
            // Each state has its own glyph, not just its own colour.
            const QImage image = icon.pixmap(32, 32).toImage();
            QVERIFY(image != previous);
            previous = image;
            const QModelIndex conn = cell(e.session, SessionListModel::ConnectionColumn);
            QCOMPARE(conn.data().toString(), connectionBadgeText(e.connection));
        }
        // Tooltips say why.
        QVERIFY(cell(m_b, SessionListModel::StateColumn)
                    .data(Qt::ToolTipRole)
                    .toString()
                    .contains(QStringLiteral("Paused by you at")));
        const QString why =
            cell(m_denied, SessionListModel::StateColumn).data(Qt::ToolTipRole).toString();
        QVERIFY2(why.contains(QStringLiteral("/admin")), qPrintable(why));
        QVERIFY(why.contains(QStringLiteral("expected to fail")));
        QVERIFY(cell(m_denied, SessionListModel::LastErrorColumn)
                    .data()
                    .toString()
                    .contains(QStringLiteral("206")));
        // Light and dark variants differ, both exist.
        for (int i = 0; i < kStateBadgeCount; ++i) {
            const BadgeStyle style = BadgeStyle::of(StateBadge(i));
            QVERIFY(style.onLight.isValid() && style.onDark.isValid());
            QVERIFY(style.onLight.lightness() < style.onDark.lightness());
        }
    }

    void clickingPausePausesExactlyTheSelection()
    {
        SessionActions *actions = m_window->actions();
        select({m_a, m_c});
        QVERIFY(actions->pause()->isEnabled());
        QVERIFY(!actions->resume()->isEnabled());
        QWidget *button = toolButtonFor(actions->pause());
        QVERIFY(button);
        QTest::mouseClick(button, Qt::LeftButton);
        QCOMPARE(m_a->stateBadge(), StateBadge::Paused);
        QCOMPARE(m_c->stateBadge(), StateBadge::Paused);
        QCOMPARE(m_b->stateBadge(), StateBadge::Active);
        QCOMPARE(stateText(m_a), stateBadgeText(StateBadge::Paused));
        QCOMPARE(stateText(m_c), stateBadgeText(StateBadge::Paused));
        QCOMPARE(stateText(m_b), stateBadgeText(StateBadge::Active));
        QVERIFY(!actions->pause()->isEnabled());
        QVERIFY(actions->resume()->isEnabled());

        // Resume by keyboard (Ctrl+R) on the same selection.
        m_window->sessionList()->view()->setFocus();
        QTest::keyClick(m_window.get(), Qt::Key_R, Qt::ControlModifier);
        QTRY_VERIFY_WITH_TIMEOUT(connected(m_a) && connected(m_c), 10000);
        QCOMPARE(stateText(m_a), stateBadgeText(StateBadge::Active));
    }

    void logInAgainFromTheWindowRevivesBothSessionsOfTheUser()
    {
        SessionActions *actions = m_window->actions();
        select({m_a});
        QVERIFY(!actions->logIn()->isEnabled());
        qobject_cast<LocalSessionSource *>(m_a->source())->user()->logOut();
        QTRY_VERIFY(m_a->stateBadge() == StateBadge::Inactive &&
                    m_b->stateBadge() == StateBadge::Inactive);
        QCOMPARE(m_c->stateBadge(), StateBadge::Active); // carol was not logged out
        QTRY_VERIFY(actions->logIn()->isEnabled());
        actions->logIn()->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(connected(m_a) && connected(m_b), 10000);
        QCOMPARE(stateText(m_a), stateBadgeText(StateBadge::Active));
        QTRY_VERIFY(!actions->logIn()->isEnabled());
    }

    void pauseAllAndResumeAllRestoreIndividualStates()
    {
        SessionActions *actions = m_window->actions();
        select({m_b});
        QTest::mouseClick(toolButtonFor(actions->pause()), Qt::LeftButton);
        QVERIFY(!actions->resumeAll()->isEnabled());
        QTest::mouseClick(toolButtonFor(actions->pauseAll()), Qt::LeftButton);
        for (MonitoredSession *s : {m_a, m_b, m_c})
            QCOMPARE(stateText(s), stateBadgeText(StateBadge::Paused));
        QVERIFY(!actions->pauseAll()->isEnabled());
        QVERIFY(actions->resumeAll()->isEnabled());
        QTest::mouseClick(toolButtonFor(actions->resumeAll()), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(connected(m_a) && connected(m_c), 10000);
        QCOMPARE(stateText(m_a), stateBadgeText(StateBadge::Active));
        QCOMPARE(stateText(m_c), stateBadgeText(StateBadge::Active));
        QCOMPARE(stateText(m_b), stateBadgeText(StateBadge::Paused)); // paused by you before
        QCOMPARE(stateText(m_denied), stateBadgeText(StateBadge::Invalid));
    }

    void filterBoxAndStateFilterWithLiveCounts()
    {
        SessionListPanel *panel = m_window->sessionList();
        QComboBox *states = panel->stateCombo();
        auto itemText = [&](StateFilter f) { return states->itemText(states->findData(int(f))); };
        panel->updateCounts();
        QCOMPARE(itemText(StateFilter::All), QStringLiteral("All (4)"));
        QCOMPARE(itemText(StateFilter::Invalid), QStringLiteral("Invalid (1)"));
        QCOMPARE(itemText(StateFilter::Active), QStringLiteral("Active (3)"));

        m_a->pauseByUser();
        model()->flush(); // the batched update refreshes the counts
        QCOMPARE(itemText(StateFilter::Paused), QStringLiteral("Paused (1)"));
        QCOMPARE(itemText(StateFilter::Active), QStringLiteral("Active (2)"));

        QTest::keyClicks(panel->filterEdit(), QStringLiteral("alice"));
        QCOMPARE(panel->proxy()->rowCount(), 2);
        panel->filterEdit()->clear();
        states->setCurrentIndex(states->findData(int(StateFilter::Invalid)));
        QCOMPARE(panel->proxy()->rowCount(), 1);
        QCOMPARE(panel->proxy()->index(0, 0).data().toString(), QStringLiteral("Denied"));
        states->setCurrentIndex(states->findData(int(StateFilter::All)));
        QCOMPARE(panel->proxy()->rowCount(), 4);
    }

    void modelUpdatesAreBatchedIntoOneDataChanged()
    {
        model()->flush();
        QSignalSpy changed(model(), &QAbstractItemModel::dataChanged);
        m_monitor->pauseAll();       // every row changes, several times (state, connection, events)
        QCOMPARE(changed.size(), 0); // nothing until the tick
        model()->flush();
        QCOMPARE(changed.size(), 1);
        const QModelIndex topLeft = changed.at(0).at(0).value<QModelIndex>();
        const QModelIndex bottomRight = changed.at(0).at(1).value<QModelIndex>();
        QCOMPARE(topLeft.row(), 0);
        QCOMPARE(bottomRight.row(), 2); // the Invalid session (row 3) cannot be paused
        QCOMPARE(bottomRight.column(), SessionListModel::ColumnCount - 1);
        m_monitor->resumeAll();
    }

    void sortStaysRightWhenASortedValueChanges()
    {
        // The proxy does not sort dynamically: the model tells it when a sorted value moved.
        SessionListPanel *panel = m_window->sessionList();
        QSortFilterProxyModel *proxy = panel->proxy();
        auto order = [&] {
            QStringList names;
            for (int row = 0; row < proxy->rowCount(); ++row)
                names << proxy->index(row, SessionListModel::NameColumn).data().toString();
            return names;
        };
        panel->view()->sortByColumn(SessionListModel::StateColumn, Qt::AscendingOrder);
        model()->flush();
        QCOMPARE(order(), (QStringList{QStringLiteral("Alpha"), QStringLiteral("Bravo"),
                                       QStringLiteral("Charlie"), QStringLiteral("Denied")}));
        m_a->pauseByUser(); // Active -> Paused: Alpha moves behind the active ones
        model()->flush();
        QCOMPARE(order(), (QStringList{QStringLiteral("Bravo"), QStringLiteral("Charlie"),
                                       QStringLiteral("Alpha"), QStringLiteral("Denied")}));
        panel->view()->sortByColumn(SessionListModel::StateColumn, Qt::DescendingOrder);
        QCOMPARE(order().mid(0, 2),
                 (QStringList{QStringLiteral("Denied"), QStringLiteral("Alpha")}));
        m_a->resumeByUser(); // Paused -> Active: Alpha leaves the Paused place
        QTRY_COMPARE_WITH_TIMEOUT(m_a->stateBadge(), StateBadge::Active, 5000);
        model()->flush();
        QCOMPARE(order().constFirst(), QStringLiteral("Denied"));
        QVERIFY2(order().indexOf(QStringLiteral("Alpha")) >= 1, qPrintable(order().join(u',')));
        for (int row = 1; row < proxy->rowCount(); ++row) {
            const QModelIndex state = proxy->index(row, SessionListModel::StateColumn);
            QCOMPARE(state.data(SessionListModel::SortRole).toInt(), int(StateBadge::Active));
        }
        panel->view()->sortByColumn(SessionListModel::NameColumn, Qt::AscendingOrder);
        QCOMPARE(order(), (QStringList{QStringLiteral("Alpha"), QStringLiteral("Bravo"),
                                       QStringLiteral("Charlie"), QStringLiteral("Denied")}));
    }

    void stateFilterFollowsStateChangesAndNewRowsSortIn()
    {
        SessionListPanel *panel = m_window->sessionList();
        QComboBox *states = panel->stateCombo();
        states->setCurrentIndex(states->findData(int(StateFilter::Paused)));
        QCOMPARE(panel->proxy()->rowCount(), 0);
        m_b->pauseByUser();
        model()->flush();
        QCOMPARE(panel->proxy()->rowCount(), 1);
        QCOMPARE(panel->proxy()->index(0, 0).data().toString(), QStringLiteral("Bravo"));
        m_b->resumeByUser();
        QTRY_COMPARE_WITH_TIMEOUT(m_b->stateBadge(), StateBadge::Active, 5000);
        model()->flush();
        QCOMPARE(panel->proxy()->rowCount(), 0);
        states->setCurrentIndex(states->findData(int(StateFilter::All)));

        // A session added later lands in sorted place (names sort ascending).
        SessionDefinition definition;
        definition.name = QStringLiteral("Able");
        definition.serverUrl = QUrl(QStringLiteral("ws://127.0.0.1:9"));
        definition.token = QStringLiteral("malformed");
        definition.realmPath = QStringLiteral("/w/able");
        m_monitor->addSession(definition);
        QCOMPARE(panel->proxy()->rowCount(), 5);
        QCOMPARE(panel->proxy()->index(0, 0).data().toString(), QStringLiteral("Able"));
        QCOMPARE(panel->proxy()->index(1, 0).data().toString(), QStringLiteral("Alpha"));
    }

    void stateCountsStayRightAcrossStateChanges()
    {
        auto recount = [&] {
            StateFilterCounts counts;
            for (const MonitoredSession *s : m_monitor->sessions())
                counts.add(s->stateBadge(), s->connectionBadge(), s->hasError());
            return counts;
        };
        auto same = [&] {
            const StateFilterCounts kept = m_monitor->stateCounts();
            const StateFilterCounts counted = recount();
            for (StateFilter filter : kAllStateFilters) {
                if (kept.count(filter) != counted.count(filter))
                    return false;
            }
            return true;
        };
        QVERIFY(same());
        m_a->pauseByUser();
        QVERIFY(same());
        QCOMPARE(m_monitor->stateCounts().count(StateFilter::Paused), 1);
        m_monitor->pauseAll();
        QVERIFY(same());
        QCOMPARE(m_monitor->stateCounts().count(StateFilter::Paused), 3);
        QCOMPARE(m_monitor->stateCounts().count(StateFilter::Active), 0);
        m_monitor->resumeAll();
        QTRY_VERIFY_WITH_TIMEOUT(m_b->stateBadge() == StateBadge::Active &&
                                     m_c->stateBadge() == StateBadge::Active,
                                 5000);
        QVERIFY(same());
        QCOMPARE(m_monitor->stateCounts().count(StateFilter::Paused), 1); // Alpha, by the user
        m_a->resumeByUser();
        QTRY_VERIFY_WITH_TIMEOUT(connected(m_a), 10000);
        QTRY_VERIFY_WITH_TIMEOUT(same(), 5000);
        QCOMPARE(m_monitor->stateCounts().count(StateFilter::Active), 3);
        QCOMPARE(m_monitor->stateCounts().count(StateFilter::All), 4);
    }

    void rowsOnScreenArePublishedFirstAndNoRowIsLost()
    {
        // On-screen rows come first, in runs as the view shows them; the off-screen row still
        // gets its dataChanged() (for other views), which the session view skips cheaply.
        SessionListPanel *panel = m_window->sessionList();
        QCOMPARE(panel->visibleSourceRows().size(), 4);
        panel->view()->setFixedHeight(panel->view()->header()->height() +
                                      panel->view()->sizeHintForRow(0) * 2);
        QTRY_VERIFY_WITH_TIMEOUT(panel->visibleSourceRows().size() < 4, 5000);
        const QList<int> visible = panel->visibleSourceRows();
        QCOMPARE(visible.constFirst(), 0); // sorted by name: Alpha, Bravo, ...
        model()->flush();
        QSignalSpy changed(model(), &QAbstractItemModel::dataChanged);
        m_monitor->pauseAll(); // rows 0, 1 and 2 change; row 2 is off screen
        model()->flush();
        QCOMPARE(changed.size(), 2);
        QCOMPARE(changed.at(0).at(0).value<QModelIndex>().row(), 0);
        QCOMPARE(changed.at(0).at(1).value<QModelIndex>().row(), visible.constLast());
        QVERIFY(visible.constLast() < 2);
        QCOMPARE(changed.at(1).at(0).value<QModelIndex>().row(), visible.constLast() + 1);
        QCOMPARE(changed.at(1).at(1).value<QModelIndex>().row(), 2);
        m_monitor->resumeAll();
    }

    void exportWritesTheDocumentedFormatWithoutBlocking()
    {
        QVERIFY(localRealmOf(m_a)->write(QStringLiteral("k"), QByteArray(2048, 'a')));
        QVERIFY(localRealmOf(m_c)->write(QStringLiteral("k"), QByteArray(1024, 'c')));
        QTRY_VERIFY_WITH_TIMEOUT(m_a->progress(ProgressDirection::Upload).transferred >= 2048 &&
                                     m_c->progress(ProgressDirection::Upload).transferred >= 1024,
                                 10000);
        QTemporaryDir dir;
        QSignalSpy finished(m_window->exportController(), &ExportController::finished);

        // Selected sessions only, as CSV.
        select({m_a});
        const QString csvPath = dir.filePath(QStringLiteral("selected.csv"));
        m_window->exportProgressLog(csvPath, true);
        QVERIFY(finished.wait(10000));
        QCOMPARE(finished.constLast().at(2).toString(), QString());
        QFile csv(csvPath);
        QVERIFY(csv.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = csv.readAll().trimmed().split('\n');
        QCOMPARE(lines.constFirst(),
                 QByteArray("timestamp_ms,session,realm_path,direction,transferred,transferable"));
        QVERIFY(lines.size() >= 3);
        quint64 lastUpload = 0;
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const QList<QByteArray> f = lines.at(i).split(',');
            QCOMPARE(f.size(), 6);
            QVERIFY(f.at(0).toLongLong() > 1'600'000'000'000);
            QCOMPARE(f.at(1), QByteArray("Alpha"));
            QCOMPARE(f.at(2), QByteArray("/w/a"));
            QVERIFY(f.at(3) == "upload" || f.at(3) == "download");
            if (f.at(3) == "upload")
                lastUpload = f.at(4).toULongLong();
        }
        QCOMPARE(lastUpload, m_a->progress(ProgressDirection::Upload).transferred);

        // All sessions, as JSON Lines.
        const QString jsonPath = dir.filePath(QStringLiteral("all.jsonl"));
        m_window->exportProgressLog(jsonPath, false);
        QVERIFY(finished.wait(10000));
        QFile jsonl(jsonPath);
        QVERIFY(jsonl.open(QIODevice::ReadOnly));
        QSet<QString> sessions;
        const QList<QByteArray> objects = jsonl.readAll().trimmed().split('\n');
        QCOMPARE(objects.size(), m_monitor->recorder()->snapshot().size());
        for (const QByteArray &line : objects) {
            const QJsonObject o = QJsonDocument::fromJson(line).object();
            QCOMPARE(o.size(), 6);
            sessions.insert(o.value(QStringLiteral("session")).toString());
        }
        QVERIFY(sessions.contains(QStringLiteral("Alpha")));
        QVERIFY(sessions.contains(QStringLiteral("Charlie")));
    }

    void largeExportRunsOffTheGuiThread()
    {
        // 400,000 synthetic reports on top of the real ones: the event loop must keep turning
        // while the file is written.
        ProgressRecorder *recorder = m_monitor->recorder();
        const qsizetype before = recorder->size();
        for (int i = 0; i < 400'000; ++i) {
            recorder->record(ProgressRecord{1'700'000'000'000 + i, m_a->id(),
                                            ProgressDirection::Download, quint64(i), 400'000});
        }
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("big.csv"));
        QSignalSpy finished(m_window->exportController(), &ExportController::finished);
        int ticks = 0;
        QTimer ticker;
        connect(&ticker, &QTimer::timeout, this, [&] { ++ticks; });
        ticker.start(5);
        m_window->exportProgressLog(path, false);
        QVERIFY(m_window->exportController()->isRunning()); // returned at once
        QVERIFY(finished.wait(30000));
        QCOMPARE(finished.constLast().at(2).toString(), QString());
        QVERIFY2(ticks >= 2, qPrintable(QString::number(ticks)));
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        qsizetype lines = 0;
        while (!f.atEnd()) {
            f.readLine();
            ++lines;
        }
        QCOMPARE(lines, before + 400'000 + 1);
    }

    void badgeDelegatePaintsTheStateColour()
    {
        QTreeView *view = m_window->sessionList()->view();
        QAbstractItemDelegate *delegate =
            view->itemDelegateForColumn(SessionListModel::StateColumn);
        QVERIFY(delegate);
        model()->flush();
        for (MonitoredSession *s : {m_a, m_denied}) {
            const QModelIndex proxyIndex = m_window->sessionList()->proxy()->mapFromSource(
                cell(s, SessionListModel::StateColumn));
            QStyleOptionViewItem option;
            option.initFrom(view);
            option.rect = QRect(0, 0, 160, 30);
            option.font = view->font();
            QImage image(160, 30, QImage::Format_ARGB32);
            image.fill(Qt::white);
            {
                QPainter painter(&image);
                delegate->paint(&painter, option, proxyIndex);
            }
            const QColor want = BadgeStyle::of(s->stateBadge()).colour(view->palette());
            bool found = false;
            for (int y = 0; y < image.height() && !found; ++y) {
                for (int x = 0; x < image.width() && !found; ++x) {
                    const QColor c = image.pixelColor(x, y);
                    found = qAbs(c.red() - want.red()) < 24 &&
                            qAbs(c.green() - want.green()) < 24 &&
                            qAbs(c.blue() - want.blue()) < 24;
                }
            }
            QVERIFY2(found, qPrintable(s->name()));
        }
    }

    void workspaceSavedFromTheWindowRoundTrips()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("ws.json"));
        QString error;
        QVERIFY2(m_window->saveWorkspaceTo(path, &error), qPrintable(error));
        QCOMPARE(m_window->workspacePath(), path);
        WorkspaceError loadError;
        const auto loaded = WorkspaceFile::load(path, &loadError);
        QVERIFY2(loaded, qPrintable(loadError.toString()));
        QCOMPARE(loaded->sessions, m_monitor->workspace().sessions);
    }

    void detailChartsDrawABoundedLiveSeries()
    {
        DetailPane *details = m_window->detailPane();
        QTRY_VERIFY_WITH_TIMEOUT(details->rateChart()->pointCount(0) >= 3, 5000);
        for (TimeRange range : kAllTimeRanges) {
            details->setTimeRange(range);
            QVERIFY(details->rateChart()->pointCount(0) <= HistoryChart::kMaxPoints);
            QVERIFY(details->transferChart()->pointCount(3) <= HistoryChart::kMaxPoints);
        }
        select({m_a, m_b});
        QVERIFY(details->rateChart()->pointCount(0) >= 1);
    }

    void eventLogFiltersBySessionAndKindAndCopies()
    {
        m_a->pauseByUser();
        EventLogPanel *log = m_window->eventLog();
        QComboBox *sessions = log->sessionCombo();
        sessions->setCurrentIndex(sessions->findData(m_a->id()));
        QVERIFY(log->proxy()->rowCount() > 0);
        for (int r = 0; r < log->proxy()->rowCount(); ++r)
            QCOMPARE(log->proxy()->index(r, EventLogModel::SessionColumn).data().toString(),
                     QStringLiteral("Alpha"));
        for (int kind = 0; kind < kEventKindCount; ++kind)
            log->kindAction(kind)->setChecked(kind == int(EventKind::Pause));
        QCOMPARE(log->proxy()->rowCount(), 1);
        QVERIFY(log->selectedText().contains(QStringLiteral("Paused by you")));
        QTemporaryDir dir;
        QString error;
        QVERIFY(log->exportTo(dir.filePath(QStringLiteral("events.txt")), &error));
    }

    void detailsAndShowCountsFollowTheTextFilter()
    {
        SessionListPanel *list = m_window->sessionList();
        DetailPane *details = m_window->detailPane();
        QVERIFY(details->titleText().startsWith(QStringLiteral("All sessions")));
        list->filterEdit()->setText(QStringLiteral("alice")); // Alpha and Bravo
        QCOMPARE(list->proxy()->rowCount(), 2);
        QVERIFY2(details->titleText().contains(QStringLiteral("2 shown session(s)")),
                 qPrintable(details->titleText()));
        QVERIFY(details->configText().contains(QStringLiteral("Alpha")));
        QVERIFY(!details->configText().contains(QStringLiteral("Charlie")));
        // "All (2)", not "All (4)"; the Invalid one does not match the text.
        QCOMPARE(list->stateCombo()->itemText(0), QStringLiteral("All (2)"));
        bool sawInvalid = false;
        for (int i = 0; i < list->stateCombo()->count(); ++i) {
            if (list->stateCombo()->itemText(i).startsWith(stateBadgeText(StateBadge::Invalid))) {
                QCOMPARE(list->stateCombo()->itemText(i),
                         stateBadgeText(StateBadge::Invalid) + QStringLiteral(" (0)"));
                sawInvalid = true;
            }
        }
        QVERIFY(sawInvalid);
        list->filterEdit()->clear();
        QVERIFY(details->titleText().startsWith(QStringLiteral("All sessions")));
        QCOMPARE(list->stateCombo()->itemText(0), QStringLiteral("All (4)"));
    }

    void everyDocumentedShortcutExists()
    {
        QFile doc(QStringLiteral(QT_TESTCASE_SOURCEDIR "/../../docs/monitor.md"));
        QVERIFY(doc.open(QIODevice::ReadOnly | QIODevice::Text));
        const QString text = QString::fromUtf8(doc.readAll());
        const qsizetype start = text.indexOf(QStringLiteral("### Keyboard"));
        QVERIFY(start >= 0);
        QSet<QString> bound;
        for (const QAction *action : m_window->findChildren<QAction *>()) {
            for (const QKeySequence &keys : action->shortcuts())
                bound.insert(keys.toString(QKeySequence::PortableText));
        }
        static const QRegularExpression key(
            QStringLiteral(R"(\b((?:Ctrl\+|Shift\+|Alt\+)+[A-Z0-9]|F[0-9]+|Esc)\b)"));
        int checked = 0;
        for (const QString &line : text.mid(start).split(u'\n')) {
            if (!line.startsWith(QStringLiteral("| ")) || line.startsWith(QStringLiteral("| keys")))
                continue;
            const QString keysCell = line.section(u'|', 1, 1);
            for (auto it = key.globalMatch(keysCell); it.hasNext();) {
                const QString documented = it.next().captured(1);
                QVERIFY2(
                    bound.contains(QKeySequence(documented).toString(QKeySequence::PortableText)),
                    qPrintable(documented));
                ++checked;
            }
        }
        QVERIFY(checked >= 15);
    }

    void importantColumnsFitAndTheToolbarDoesNotOverflow_data()
    {
        QTest::addColumn<QSize>("size");
        QTest::newRow("1280x800") << QSize(1280, 800);
        QTest::newRow("1024x700") << QSize(1024, 700);
    }

    void importantColumnsFitAndTheToolbarDoesNotOverflow()
    {
        QFETCH(QSize, size);
        m_window->resize(size);
        m_window->sessionList()->setDefaultColumnWidths();
        QCoreApplication::processEvents();
        QHeaderView *header = m_window->sessionList()->view()->header();
        const int viewport = m_window->sessionList()->view()->viewport()->width();
        if (size.width() >= 1280) {
            // The reason a session is Invalid must be visible on first launch.
            QVERIFY(!header->isSectionHidden(SessionListModel::LastErrorColumn));
            const int lastErrorLeft =
                header->sectionViewportPosition(SessionListModel::LastErrorColumn);
            QVERIFY2(lastErrorLeft + 40 < viewport,
                     qPrintable(QStringLiteral("%1 of %2").arg(lastErrorLeft).arg(viewport)));
        }
        for (QToolBar *bar : m_window->findChildren<QToolBar *>()) {
            for (QToolButton *b : bar->findChildren<QToolButton *>()) {
                if (b->objectName() == QStringLiteral("qt_toolbar_ext_button"))
                    QVERIFY2(!b->isVisible(), "the toolbar overflows");
            }
        }
    }

    void headerContextMenuShowsAndHidesColumns()
    {
        SessionListPanel *list = m_window->sessionList();
        QMenu *menu = list->columnMenu();
        QAction *realm = nullptr;
        for (QAction *a : menu->actions()) {
            if (a->text() == SessionListModel::tr("Realm"))
                realm = a;
        }
        QVERIFY(realm && realm->isCheckable() && realm->isChecked());
        realm->trigger();
        QVERIFY(list->view()->header()->isSectionHidden(SessionListModel::RealmColumn));
        realm->trigger();
        QVERIFY(!list->view()->header()->isSectionHidden(SessionListModel::RealmColumn));
    }

    void statusBarSummarises()
    {
        MonitorStatusBar *bar = m_window->monitorStatusBar();
        bar->refresh();
        QVERIFY2(bar->statesText().contains(QStringLiteral("3 Active")),
                 qPrintable(bar->statesText()));
        QVERIFY(bar->statesText().contains(QStringLiteral("1 Invalid")));
        QVERIFY2(bar->connectionText().contains(QStringLiteral("1 of 1")),
                 qPrintable(bar->connectionText()));
    }

    void everyControlHasAnAccessibleName()
    {
        for (QWidget *w : m_window->findChildren<QWidget *>()) {
            if (qobject_cast<QLineEdit *>(w) || qobject_cast<QComboBox *>(w) ||
                qobject_cast<QAbstractItemView *>(w)) {
                if (w->parentWidget() && qobject_cast<QComboBox *>(w->parentWidget()))
                    continue; // a combo box's own popup view
                if (!w->isVisibleTo(m_window.get()) || qobject_cast<QHeaderView *>(w))
                    continue;
                QVERIFY2(!w->accessibleName().isEmpty(), w->metaObject()->className());
            }
        }
    }

    void addSessionDialogRefusesWhatAWorkspaceWouldAndAdds()
    {
        AddSessionDialog dialog([this](const QString &n) { return m_monitor->hasSessionNamed(n); },
                                m_server->url());
        SessionDefinition d;
        d.name = QStringLiteral("Alpha"); // taken
        d.serverUrl = m_server->url();
        d.token = m_server->token(QStringLiteral("dave"), {QStringLiteral("/w/*")});
        d.realmPath = QStringLiteral("/w/d");
        dialog.setDefinition(d);
        QVERIFY(dialog.validationError().contains(QStringLiteral("Alpha")));
        d.name = QStringLiteral("Delta");
        d.serverUrl = QUrl(QStringLiteral("http://127.0.0.1:1"));
        dialog.setDefinition(d);
        QVERIFY(dialog.validationError().contains(QStringLiteral("ws://")));
        d.serverUrl = m_server->url();
        d.realmPath = QStringLiteral("w/../d");
        dialog.setDefinition(d);
        QVERIFY(dialog.validationError().contains(QStringLiteral("realm path")));
        d.realmPath = QStringLiteral("/w/d");
        d.localPath = m_local->filePath(QStringLiteral("delta.realm"));
        dialog.setDefinition(d);
        QCOMPARE(dialog.validationError(), QString());
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        MonitoredSession *added = m_monitor->addSession(dialog.definition());
        QTRY_VERIFY_WITH_TIMEOUT(connected(added), 10000);
        QCOMPARE(model()->rowCount(), 5);
        QCOMPARE(cell(added, SessionListModel::UserColumn).data().toString(),
                 QStringLiteral("dave"));
    }

    void unexpectedInvalidNotifiesExpectedDoesNot()
    {
        QSignalSpy notified(m_window->tray(), &TrayNotifier::notified);
        MonitoredSession *bad = add(QStringLiteral("Forbidden"), QStringLiteral("eve"),
                                    QStringLiteral("/x/y"), {QStringLiteral("/w/*")});
        QTRY_COMPARE_WITH_TIMEOUT(notified.size(), 1, 10000);
        QCOMPARE(notified.at(0).at(0).toString(), QStringLiteral("Session invalid"));
        QVERIFY(notified.at(0).at(1).toString().contains(bad->name()));
        // The denied demo-like session of init() is expected to fail: it did not notify.
        QVERIFY(!notified.at(0).at(1).toString().contains(m_denied->name()));
        m_window->tray()->setNotificationsEnabled(false);
        add(QStringLiteral("Forbidden 2"), QStringLiteral("eve"), QStringLiteral("/x/z"),
            {QStringLiteral("/w/*")});
        QTRY_COMPARE_WITH_TIMEOUT(m_monitor->unexpectedInvalidCount(), 2, 10000);
        QCOMPARE(notified.size(), 1);
    }

    void settingsPersistTimeRangeTabAndStallTime()
    {
        m_window->detailPane()->setTimeRange(TimeRange::ThreeHours);
        m_window->tabs()->setCurrentIndex(1);
        m_monitor->setStallThreshold(std::chrono::minutes(5));
        m_window->saveSettings();
        m_monitor->setStallThreshold(std::chrono::seconds(60));
        MainWindow other(m_monitor.get());
        other.restoreSettings();
        QCOMPARE(other.detailPane()->timeRange(), TimeRange::ThreeHours);
        QCOMPARE(other.tabs()->currentIndex(), 1);
        QCOMPARE(m_monitor->stallThreshold(), std::chrono::milliseconds(std::chrono::minutes(5)));
        QSettings().clear();
    }

    void restoredWindowFitsTheScreenAndWidthsFollowALargerFont()
    {
        const QRect available = m_window->screen()->availableGeometry();
        m_window->resize(available.size() * 2); // saved at 200 % on a bigger screen
        m_window->sessionList()->view()->header()->resizeSection(SessionListModel::NameColumn, 30);
        m_window->saveSettings();

        MainWindow other(m_monitor.get());
        QFont big = other.sessionList()->view()->font();
        big.setPointSizeF(big.pointSizeF() * 2);
        other.sessionList()->view()->setFont(big);
        other.restoreSettings();
        QVERIFY2(other.width() <= available.width() && other.height() <= available.height(),
                 qPrintable(QStringLiteral("%1x%2").arg(other.width()).arg(other.height())));
        QVERIFY(available.contains(other.geometry()));
        const int name =
            other.sessionList()->view()->header()->sectionSize(SessionListModel::NameColumn);
        QVERIFY2(name > 60, qPrintable(QString::number(name))); // measured again, not the saved 30
        QSettings().clear();
    }

    // Last: switches the application's language (English, then German, French, Spanish).
    void mnemonicsAreUniqueAndTranslationsLoad()
    {
        auto mnemonic = [](const QString &text) { return QKeySequence::mnemonic(text); };
        auto checkUnique = [&](const QStringList &texts, const QString &where) {
            QHash<QKeySequence, QString> seen;
            for (const QString &text : texts) {
                const QKeySequence key = mnemonic(text);
                if (key.isEmpty())
                    continue;
                QVERIFY2(!seen.contains(key), qPrintable(where + QStringLiteral(": ") + text +
                                                         QStringLiteral(" / ") + seen.value(key)));
                seen.insert(key, text);
            }
        };
        for (const QString &language : {QStringLiteral("en"), QStringLiteral("de"),
                                        QStringLiteral("fr"), QStringLiteral("es")}) {
            QVERIFY(installTranslations(language));
            MainWindow window(m_monitor.get());
            window.show();
            QStringList topLevel;
            for (QAction *menuAction : window.menuBar()->actions()) {
                topLevel << menuAction->text();
                QStringList items;
                for (QAction *a : menuAction->menu()->actions())
                    items << a->text();
                checkUnique(items, language + u' ' + menuAction->text());
            }
            for (int tab = 0; tab < window.tabs()->count(); ++tab) {
                window.tabs()->setCurrentIndex(tab);
                QStringList visible = topLevel;
                for (int t = 0; t < window.tabs()->count(); ++t)
                    visible << window.tabs()->tabText(t);
                for (QLabel *label : window.findChildren<QLabel *>()) {
                    if (label->buddy() && label->isVisibleTo(&window))
                        visible << label->text();
                }
                for (QAbstractButton *button : window.findChildren<QAbstractButton *>()) {
                    if (button->isVisibleTo(&window) && !qobject_cast<QToolButton *>(button))
                        visible << button->text();
                }
                checkUnique(visible, language + QStringLiteral(" window"));
            }
            if (language == u"de") {
                QCOMPARE(window.actions()->pauseAll()->text(), QStringLiteral("&Alle pausieren"));
                QCOMPARE(window.sessionList()->model()->headerData(SessionListModel::StateColumn,
                                                                   Qt::Horizontal, Qt::DisplayRole),
                         QVariant(QStringLiteral("Status")));
            }
            if (language == u"fr")
                QCOMPARE(window.actions()->resume()->text(), QStringLiteral("&Reprendre"));
            if (language == u"es")
                QCOMPARE(window.actions()->pause()->text(), QStringLiteral("&Pausar"));
        }
    }
};

QTEST_MAIN(TestMonitorWindow)
#include "tst_monitorwindow.moc"
