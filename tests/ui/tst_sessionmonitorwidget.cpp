// SessionMonitorWidget, the embeddable monitor, as an application uses it: its own App with
// sessions against a real in-process server, the widget built in one line under
// QT_QPA_PLATFORM=offscreen. Sessions the app opens later appear, closed ones leave, a pause
// or a simulated slow network set in the widget reaches the app's own listeners, and the
// widget's translations load.
#include "embeddedtestserver.h"

#include <syncscope/testsupport/futures.h>

#include "charts/detailpane.h"
#include "inspector/networkconditionsdialog.h"
#include "monitor/monitoredsession.h"
#include "sessions/sessionactions.h"
#include "sessions/sessionlistmodel.h"
#include "sessions/sessionlistpanel.h"

#include <syncscope/app.h>
#include <syncscope/inspectorclient.h>
#include <syncscope/realm.h>
#include <syncscope/syncsession.h>
#include <syncscope/user.h>
#include <syncscope/widgets/sessionmonitorwidget.h>

#include <QAction>
#include <QApplication>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolBar>
#include <QTranslator>

#include <memory>

using namespace syncscope;
using namespace syncscope::monitor;
using namespace syncscope::ui;
using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

class SessionMonitorWidgetTest final : public QObject
{
    Q_OBJECT

    std::unique_ptr<EmbeddedTestServer> m_server;
    std::unique_ptr<QTemporaryDir> m_dir;

    std::shared_ptr<Realm> open(App &app, const std::shared_ptr<User> &user, const QString &path)
    {
        return app.openRealm(
            user, SyncConfig{m_server->url(), path, m_dir->filePath(path.mid(1) + u".realm"_s)});
    }

    static SessionListPanel *listOf(SessionMonitorWidget &widget)
    {
        return widget.findChild<SessionListPanel *>();
    }

    static QStringList rowNames(SessionMonitorWidget &widget)
    {
        SessionListModel *model = listOf(widget)->model();
        QStringList names;
        for (int row = 0; row < model->rowCount(); ++row) {
            if (MonitoredSession *session = model->sessionAt(row))
                names.append(session->name());
        }
        names.sort();
        return names;
    }

    static MonitoredSession *rowNamed(SessionMonitorWidget &widget, const QString &name)
    {
        SessionListModel *model = listOf(widget)->model();
        for (int row = 0; row < model->rowCount(); ++row) {
            MonitoredSession *session = model->sessionAt(row);
            if (session && session->name() == name)
                return session;
        }
        return nullptr;
    }

private Q_SLOTS:
    void init()
    {
        m_server = std::make_unique<EmbeddedTestServer>();
        QVERIFY(m_server->start());
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
    }

    void cleanup()
    {
        m_server.reset();
        m_dir.reset();
    }

    void showsTheAppsSessionsAsTheyComeAndGo()
    {
        App app;
        const auto alice = app.logIn(m_server->token(u"alice"_s, {u"/embed/*"_s}));
        QVERIFY(alice);
        auto tasks = open(app, alice, u"/embed/tasks"_s);
        auto notes = open(app, alice, u"/embed/notes"_s);
        QVERIFY2(tasks && notes, qPrintable(app.lastError()));

        // The two lines an application writes.
        auto *widget = new SessionMonitorWidget(&app);
        std::unique_ptr<SessionMonitorWidget> owner(widget);
        widget->resize(900, 600);
        widget->show();

        QTRY_COMPARE(rowNames(*widget), QStringList({u"/embed/notes"_s, u"/embed/tasks"_s}));
        QTRY_COMPARE_WITH_TIMEOUT(rowNamed(*widget, u"/embed/tasks"_s)->facts().connection,
                                  ConnectionBadge::Connected, 20'000);
        QCOMPARE(rowNamed(*widget, u"/embed/tasks"_s)->facts().userId, u"alice"_s);

        // A session the app opens later appears.
        auto later = open(app, alice, u"/embed/later"_s);
        QVERIFY(later);
        QTRY_COMPARE(rowNames(*widget),
                     QStringList({u"/embed/later"_s, u"/embed/notes"_s, u"/embed/tasks"_s}));

        // One the app closes leaves, once the SDK has removed it (its uploads done).
        QVERIFY(notes->write(u"k"_s, "v"));
        notes.reset();
        QTRY_COMPARE_WITH_TIMEOUT(rowNames(*widget),
                                  QStringList({u"/embed/later"_s, u"/embed/tasks"_s}), 20'000);

        // The widget never keeps a session open: the app's own count is what it opened.
        QCOMPARE(app.allSessions().size(), 2);

        // Closing the debug window leaves the app's sessions syncing, with no listener of the
        // widget behind in them (a progress callback into a deleted row would crash here).
        owner.reset();
        QSignalSpy progress(tasks->syncSession(), &SyncSession::progressChanged);
        QVERIFY(tasks->write(u"after"_s, QByteArray(64 * 1024, 'x')));
        const auto uploaded =
            testsupport::awaitFuture(tasks->syncSession()->uploadAllLocalChanges(), 20'000ms);
        QVERIFY2(uploaded.succeeded(), qPrintable(uploaded.description()));
        QVERIFY(!progress.isEmpty());
        QVERIFY(!tasks->syncSession()->isPaused());
    }

    void pauseFromTheWidgetReachesTheAppsListener()
    {
        App app;
        const auto alice = app.logIn(m_server->token(u"alice"_s, {u"/embed/*"_s}));
        auto tasks = open(app, alice, u"/embed/tasks"_s);
        auto notes = open(app, alice, u"/embed/notes"_s);
        QVERIFY2(tasks && notes, qPrintable(app.lastError()));
        SyncSession *session = tasks->syncSession();
        QSignalSpy appListener(session, &SyncSession::stateChanged);

        SessionMonitorWidget widget(&app);
        widget.show();
        QTRY_VERIFY(rowNamed(widget, u"/embed/tasks"_s));
        QTRY_COMPARE_WITH_TIMEOUT(session->connectionState(), ConnectionState::Connected, 20'000);

        auto *actions = widget.findChild<SessionActions *>();
        QVERIFY(actions);
        // The widget's toolbar carries the monitor's actions.
        const QList<QAction *> toolbar = widget.findChild<QToolBar *>()->actions();
        QVERIFY(toolbar.contains(actions->pause()));
        QVERIFY(toolbar.contains(actions->resume()));
        QVERIFY(toolbar.contains(actions->reconnect()));
        QVERIFY(toolbar.contains(actions->pauseAll()));

        listOf(widget)->selectSessions({rowNamed(widget, u"/embed/tasks"_s)});
        QTRY_VERIFY(actions->pause()->isEnabled());
        actions->pause()->trigger();

        // What the app's own listener sees: the session went Inactive, paused.
        QTRY_VERIFY(!appListener.isEmpty());
        QCOMPARE(appListener.last().at(0).value<SessionState>(), SessionState::Inactive);
        QVERIFY(session->isPaused());
        QVERIFY(!notes->syncSession()->isPaused()); // only the selection
        QTRY_COMPARE(rowNamed(widget, u"/embed/tasks"_s)->facts().state, StateBadge::Paused);

        appListener.clear();
        QTRY_VERIFY(actions->resume()->isEnabled());
        actions->resume()->trigger();
        QTRY_VERIFY(!appListener.isEmpty());
        QCOMPARE(appListener.last().at(0).value<SessionState>(), SessionState::Active);
        QVERIFY(!session->isPaused());

        // A pause the app sets itself shows in the widget as well.
        notes->syncSession()->pause();
        QTRY_COMPARE(rowNamed(widget, u"/embed/notes"_s)->facts().state, StateBadge::Paused);
    }

    void simulatedSlowNetworkReachesTheSession()
    {
        App app;
        const auto alice = app.logIn(m_server->token(u"alice"_s, {u"/embed/*"_s}));
        auto tasks = open(app, alice, u"/embed/tasks"_s);
        QVERIFY(tasks);
        SyncSession *session = tasks->syncSession();
        QSignalSpy appListener(session, &SyncSession::networkConditionsChanged);

        SessionMonitorWidget widget(&app);
        widget.show();
        QTRY_VERIFY(rowNamed(widget, u"/embed/tasks"_s));
        QAction *slow = nullptr;
        for (QAction *action : widget.findChild<QToolBar *>()->actions()) {
            if (action->text().contains(u"network"_s))
                slow = action;
        }
        QVERIFY(slow);
        QVERIFY(!slow->isEnabled()); // nothing selected: the dialog is about one session
        listOf(widget)->selectSessions({rowNamed(widget, u"/embed/tasks"_s)});
        QTRY_VERIFY(slow->isEnabled());

        // The action's dialog, filled in and accepted as a person would.
        bool filled = false;
        QTimer poll;
        connect(&poll, &QTimer::timeout, this, [&] {
            auto *dialog =
                qobject_cast<NetworkConditionsDialog *>(QApplication::activeModalWidget());
            if (!dialog)
                return;
            poll.stop();
            dialog->uploadKiB()->setValue(100);
            dialog->latencyMs()->setValue(250);
            filled = true;
            dialog->accept();
        });
        poll.start(10);
        slow->trigger(); // returns when the dialog is closed
        QVERIFY(filled);

        QTRY_COMPARE(appListener.size(), 1);
        const NetworkConditions set = session->networkConditions();
        QCOMPARE(set.uploadBytesPerSecond, 100u * 1024u);
        QCOMPARE(set.addedLatency, std::chrono::milliseconds(250));
        QVERIFY(!set.offline);
    }

    void theAppGoingAwayTakesItsRows()
    {
        auto app = std::make_unique<App>();
        const auto alice = app->logIn(m_server->token(u"alice"_s, {u"/embed/*"_s}));
        auto tasks = open(*app, alice, u"/embed/tasks"_s);
        QVERIFY(tasks);
        SessionMonitorWidget widget(app.get());
        QTRY_COMPARE(rowNames(widget), QStringList({u"/embed/tasks"_s}));
        app.reset(); // ~App removes its sessions without a signal
        QCOMPARE(rowNames(widget), QStringList());
        tasks.reset();
    }

    void startsNoInspectorOfItsOwn()
    {
        // The developer runs the app with SYNCSCOPE_INSPECT=1: the app's inspector must stay
        // the one a tool attaches to, with the app's sessions (a second App inside the widget
        // would take over the process's inspector socket, with none).
        qputenv("SYNCSCOPE_INSPECT", "1");
        const auto restore = qScopeGuard([] { qunsetenv("SYNCSCOPE_INSPECT"); });
        App app;
        QVERIFY(app.isInspectorEnabled());
        const auto alice = app.logIn(m_server->token(u"alice"_s, {u"/embed/*"_s}));
        auto tasks = open(app, alice, u"/embed/tasks"_s);
        QVERIFY(tasks);
        SessionMonitorWidget widget(&app);
        QTRY_VERIFY(rowNamed(widget, u"/embed/tasks"_s));

        InspectorClient client;
        QSignalSpy attached(&client, &InspectorClient::attached);
        QVERIFY2(client.attach(QCoreApplication::applicationPid()),
                 qPrintable(client.errorString()));
        QVERIFY(attached.wait(20'000));
        QCOMPARE(client.sessions().size(), 1);
        QCOMPARE(client.sessions().constFirst().realmPath, u"/embed/tasks"_s);
    }

    // Last: it installs translators into the application.
    void translationsLoad()
    {
        App app;
        QVERIFY(SessionMonitorWidget::installTranslations(QLocale(QLocale::German)));
        SessionMonitorWidget widget(&app);
        auto *actions = widget.findChild<SessionActions *>();
        QVERIFY(actions);
        const QString german = actions->pause()->text();
        QVERIFY2(german != u"&Pause"_s, qPrintable(german));
        QCOMPARE(german, QCoreApplication::translate("syncscope::ui::SessionActions", "&Pause"));
        QVERIFY(!SessionMonitorWidget::installTranslations(QLocale(QLocale::Japanese)));
    }
};

QTEST_MAIN(SessionMonitorWidgetTest)
#include "tst_sessionmonitorwidget.moc"
