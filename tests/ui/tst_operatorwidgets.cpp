// The window's side of the operator API under QT_QPA_PLATFORM=offscreen: the Attach to server
// dialog's checks, and the server pane and the Operator actions against a real syncscope-server
// process with --operator-listen and a real SDK session of this test.

#include "mainwindow/mainwindow.h"
#include "monitor/monitoredsession.h"
#include "monitor/sessionmonitor.h"
#include "operator/attachedserver.h"
#include "operator/attachserverdialog.h"
#include "operator/operatoractions.h"
#include "operator/serverpane.h"
#include "sessions/sessionactions.h"
#include "sessions/sessionlistpanel.h"
#include "workspace/workspacefile.h"

#include <syncscope/testsupport/serverprocess.h>
#include <syncscope/testsupport/waiting.h>

#include <QAction>
#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QProcess>
#include <QPushButton>
#include <QRadioButton>
#include <QTabWidget>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace Qt::StringLiterals;
using namespace syncscope;
using namespace syncscope::monitor;
using namespace syncscope::ui;
using namespace std::chrono_literals;

class OperatorWidgetsTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    static bool okEnabled(const AttachServerDialog &dialog)
    {
        return dialog.buttons()->button(QDialogButtonBox::Ok)->isEnabled();
    }

private Q_SLOTS:
    void dialogSaysWhatIsMissing()
    {
        AttachServerDialog dialog;
        QVERIFY(!okEnabled(dialog));
        QCOMPARE(dialog.problem(), u"Give the server's operator API URL."_s);

        dialog.urlEdit()->setText(u"http://127.0.0.1:7801"_s);
        QVERIFY(!okEnabled(dialog));
        QVERIFY(dialog.problem().contains(u"ws://"_s));

        dialog.urlEdit()->setText(u"ws://127.0.0.1:7801"_s);
        QCOMPARE(dialog.problem(), u"Choose the operator token file."_s);
        const QString missing = m_dir.filePath(u"missing.token"_s);
        dialog.tokenFileEdit()->setText(missing);
        QVERIFY(!okEnabled(dialog));
        QVERIFY(dialog.problem().contains(u"missing.token"_s));

        const QString tokenFile = m_dir.filePath(u"operator.token"_s);
        QFile file(tokenFile);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("token");
        file.close();
        dialog.tokenFileEdit()->setText(tokenFile);
        QVERIFY(okEnabled(dialog));
        QCOMPARE(dialog.attachment().url, QUrl(u"ws://127.0.0.1:7801"_s));
        QCOMPARE(dialog.attachment().tokenFile, tokenFile);
        QVERIFY(dialog.attachment().token.isEmpty());

        // Typing a token chooses "Paste token"; it is kept as the token, never as a file.
        QTest::keyClicks(dialog.tokenEdit(), u"eyJ.abc.def"_s);
        QVERIFY(dialog.pasteChoice()->isChecked());
        QVERIFY(okEnabled(dialog));
        QCOMPARE(dialog.attachment().token, u"eyJ.abc.def"_s);
        QVERIFY(dialog.attachment().tokenFile.isEmpty());
        QCOMPARE(dialog.tokenEdit()->echoMode(), QLineEdit::Password);
        dialog.tokenEdit()->clear();
        QCOMPARE(dialog.problem(), u"Paste the operator token."_s);
    }

    void paneAndActionsFollowARealServer()
    {
        testsupport::ServerProcess server;
        quint16 port = 0;
        {
            QTcpServer probe;
            QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
            port = probe.serverPort();
        }
        server.setExtraArguments({u"--operator-listen"_s, QString::number(port)});
        QVERIFY2(server.start(), qPrintable(server.errorString()));
        QVERIFY(testsupport::waitUntil(
            [&] { return server.standardError().contains(u"operator API at"_s); }, 20s));
        QProcess mint;
        mint.start(testsupport::ServerProcess::serverBinary(),
                   {u"token"_s, u"--operator"_s, u"--secret-file"_s, server.secretFile()});
        QVERIFY(mint.waitForFinished(30'000));
        const QString token = QString::fromLatin1(mint.readAllStandardOutput()).trimmed();
        QVERIFY(!token.isEmpty());

        // One app session of this test on /p.
        SessionMonitor apps;
        apps.setDefaultLocalDirectory(m_dir.path());
        SessionDefinition app;
        app.name = u"app"_s;
        app.serverUrl = server.url();
        app.token = server.mintToken(u"carol"_s, {u"/*"_s});
        app.realmPath = u"/p"_s;
        MonitoredSession *appSession = apps.addSession(app);
        QTRY_COMPARE_WITH_TIMEOUT(appSession->connectionBadge(), ConnectionBadge::Connected,
                                  30'000);

        SessionMonitor monitor;
        MainWindow window(&monitor);
        window.show();
        auto *pane = window.tabs()->findChild<ServerPane *>();
        QVERIFY(pane);
        QVERIFY(!pane->currentServer());
        auto *empty = pane->findChild<QLabel *>(QString(), Qt::FindDirectChildrenOnly);
        QVERIFY(empty && empty->isVisibleTo(pane));
        QVERIFY(empty->text().contains(u"Attach to server"_s));

        AttachedServer *attached =
            monitor.attachServer({QUrl(u"ws://127.0.0.1:%1"_s.arg(port)), QString(), token});
        QCOMPARE(pane->currentServer(), attached);
        QTRY_COMPARE_WITH_TIMEOUT(monitor.count(), 1, 30'000);
        QTRY_VERIFY_WITH_TIMEOUT(pane->healthLabel()->text().startsWith(u"Reachable since"_s),
                                 30'000);
        QTRY_COMPARE_WITH_TIMEOUT(pane->realmsBySize()->topLevelItemCount(), 1, 30'000);
        QCOMPARE(pane->realmsBySize()->topLevelItem(0)->text(0), u"/p"_s);
        QCOMPARE(pane->realmsBehind()->topLevelItem(0)->text(0), u"/p"_s);
        QTRY_VERIFY_WITH_TIMEOUT(pane->sessionsLabel()->text().contains(u"Syncing: 1"_s), 30'000);
        QVERIFY(pane->figuresLabel()->text().contains(u"1 connections, 1 sessions"_s));
        // "Show its sessions": the list filters on the server, the Details tab charts them.
        pane->showSessionsButton()->click();
        QCOMPARE(window.sessionList()->filterEdit()->text(), attached->label());
        QCOMPARE(window.tabs()->currentIndex(), 0);

        // A server's session keeps no chart history until it is selected (10,000 of them would
        // otherwise cost over a GiB): only from then on does the Details tab chart it.
        MonitoredSession *remoteRow = monitor.sessions().constFirst();
        monitor.sampleNow();
        QVERIFY(!remoteRow->keepsHistory());
        QVERIFY(remoteRow->history()
                    .samples(TimeRange::FiveMinutes, QDateTime::currentMSecsSinceEpoch())
                    .isEmpty());
        window.sessionList()->selectSessions({remoteRow});
        QTRY_VERIFY(remoteRow->keepsHistory());
        QTRY_VERIFY_WITH_TIMEOUT(
            !remoteRow->history()
                 .samples(TimeRange::FiveMinutes, QDateTime::currentMSecsSinceEpoch())
                 .isEmpty(),
            30'000);
        window.sessionList()->selectSessions({});

        // Operator actions: only with the server's session selected; local commands say why not.
        OperatorActions *actions = window.operatorActions();
        QAction *suspend = actions->action(OperatorAction::SuspendSession);
        QVERIFY(!suspend->isEnabled());
        QVERIFY(suspend->toolTip().contains(u"Select one session of an attached server"_s));
        window.sessionList()->selectSessions({monitor.sessions().constFirst()});
        QTRY_VERIFY(suspend->isEnabled());
        QTRY_VERIFY(!window.actions()->pause()->isEnabled());
        QVERIFY2(window.actions()->pause()->toolTip().contains(attached->label()),
                 qPrintable(window.actions()->pause()->toolTip()));
        QVERIFY(!window.actions()->reconnect()->isEnabled());
        QVERIFY(window.actions()->reconnect()->toolTip().contains(u"Disconnecting"_s));
        const qint64 suspendedId =
            qobject_cast<OperatorSessionSource *>(monitor.sessions().constFirst()->source())
                ->sessionId();
        suspend->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(
            appSession->lastErrorText().contains(u"suspended by an operator"_s), 30'000);
        // The app binds again: a new session on the server, a new row.
        QTRY_VERIFY_WITH_TIMEOUT(
            monitor.count() == 1 &&
                qobject_cast<OperatorSessionSource *>(monitor.sessions().constFirst()->source())
                        ->sessionId() != suspendedId,
            60'000);
        QVERIFY(!empty->isVisibleTo(pane));

        // The server goes away: the pane says so, with the error; the row is stale.
        server.kill();
        QTRY_VERIFY_WITH_TIMEOUT(pane->healthLabel()->text().startsWith(u"Unreachable since"_s),
                                 30'000);
        QVERIFY(pane->errorLabel()->text() != u"none"_s);
        QTRY_VERIFY_WITH_TIMEOUT(pane->sessionsLabel()->text().contains(u"Stale: 1"_s), 30'000);
        window.sessionList()->selectSessions({monitor.sessions().constFirst()});
        QTRY_VERIFY(!suspend->isEnabled());
        QVERIFY(suspend->toolTip().contains(u"is down"_s));

        // Detach: the server and its rows go.
        actions->detach()->trigger();
        QCOMPARE(monitor.count(), 0);
        QVERIFY(monitor.attachedServers().isEmpty());
        QVERIFY(!pane->currentServer());
    }
};

QTEST_MAIN(OperatorWidgetsTest)
#include "tst_operatorwidgets.moc"
