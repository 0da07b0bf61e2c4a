// "Attach to process…" and "Simulate slow network…" in the window, offscreen, against a real
// application process with the inspector on (inspectedapp.h) and a real server process.

#include "charts/detailpane.h"
#include "inspector/attachprocessdialog.h"
#include "inspector/inspectoractions.h"
#include "inspector/networkconditionsdialog.h"
#include "mainwindow/mainwindow.h"
#include "monitor/inspectedprocesssessions.h"
#include "monitor/inspectorsessionsource.h"
#include "monitor/monitoredsession.h"
#include "monitor/sessionmonitor.h"
#include "sessions/sessionlistpanel.h"

#include "inspectedapp.h"

#include <QAction>
#include <QCheckBox>
#include <QLabel>
#include <QMenuBar>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTest>
#include <QTreeWidget>

using namespace Qt::StringLiterals;
using namespace syncscope;
using namespace syncscope::monitor;
using namespace syncscope::ui;

class InspectorDialogsTest : public QObject
{
    Q_OBJECT

private:
    InspectedApp m_app;

    static MonitoredSession *row(SessionMonitor &monitor, const QString &realmPath)
    {
        for (MonitoredSession *session : monitor.sessions()) {
            if (session->realmPath() == realmPath)
                return session;
        }
        return nullptr;
    }
    static QAction *actionNamed(QWidget *window, const QString &text)
    {
        for (QAction *action : window->findChildren<QAction *>()) {
            if (action->text() == text)
                return action;
        }
        return nullptr;
    }

private Q_SLOTS:
    void initTestCase()
    {
        const QString error = m_app.start();
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }

    void attachDialogListsTheProcessAndAttachesToIt()
    {
        AttachProcessDialog dialog;
        QTreeWidgetItem *item = nullptr;
        auto find = [&] {
            item = nullptr;
            for (int i = 0; i < dialog.list()->topLevelItemCount(); ++i) {
                if (dialog.list()->topLevelItem(i)->text(0) == QString::number(m_app.pid()))
                    item = dialog.list()->topLevelItem(i);
            }
            return item;
        };
        QVERIFY(find());
        QCOMPARE(item->text(1), u"inspectedprocess"_s);
        // The app publishes its session count as it opens them: Refresh shows the new one.
        auto sessionsShown = [&] {
            dialog.refresh();
            return find() ? item->text(2) : QString();
        };
        QTRY_COMPARE_WITH_TIMEOUT(sessionsShown(), u"2"_s, 20'000);
        QVERIFY(!item->text(3).isEmpty());
        QVERIFY(dialog.selectedPids().isEmpty());
        item->setSelected(true);
        QCOMPARE(dialog.selectedPids(), QList<qint64>{m_app.pid()});

        // Already attached: listed, not selectable again.
        AttachProcessDialog again({m_app.pid()});
        QCOMPARE(again.list()->topLevelItemCount(), dialog.list()->topLevelItemCount());
        QVERIFY(!(again.list()->topLevelItem(dialog.list()->indexOfTopLevelItem(item))->flags() &
                  Qt::ItemIsSelectable));
    }

    // Two application processes: the dialog lists both, the window attaches to both, their
    // sessions are grouped by process, and a pause reaches only the process of its row.
    void windowAttachesToSeveralProcesses()
    {
        InspectedApp second;
        const QString error = second.start(m_app.runtimeDir());
        QVERIFY2(error.isEmpty(), qPrintable(error));
        AttachProcessDialog dialog;
        const auto listed = [&] {
            dialog.refresh();
            QList<qint64> pids;
            for (int i = 0; i < dialog.list()->topLevelItemCount(); ++i)
                pids.append(dialog.list()->topLevelItem(i)->text(0).toLongLong());
            return pids.contains(m_app.pid()) && pids.contains(second.pid());
        };
        QTRY_VERIFY_WITH_TIMEOUT(listed(), 20'000);

        SessionMonitor monitor;
        MainWindow window(&monitor);
        auto *inspector = window.findChild<InspectorActions *>();
        QVERIFY(inspector);
        QVERIFY(inspector->attach(m_app.pid()));
        QVERIFY(inspector->attach(second.pid()));
        QTRY_COMPARE_WITH_TIMEOUT(monitor.count(), 4, 20'000);
        QList<qint64> attached = inspector->attachedPids();
        std::sort(attached.begin(), attached.end());
        QList<qint64> expected{m_app.pid(), second.pid()};
        std::sort(expected.begin(), expected.end());
        QCOMPARE(attached, expected);
        MonitoredSession *secondsA = nullptr;
        for (const qint64 pid : expected) {
            qsizetype rows = 0;
            for (MonitoredSession *session : monitor.sessions()) {
                if (session->name().contains(u"[%1]"_s.arg(pid))) {
                    ++rows;
                    if (pid == second.pid() && session->realmPath() == u"/a"_s)
                        secondsA = session;
                }
            }
            QCOMPARE(rows, 2);
        }
        QVERIFY(secondsA);
        QTRY_VERIFY_WITH_TIMEOUT(secondsA->canPause(), 20'000);
        const qsizetype fromFirst = m_app.lineCount();
        const qsizetype fromSecond = second.lineCount();
        secondsA->pauseByUser();
        QVERIFY(second.waitForLine(u"state /a Inactive paused=1"_s, fromSecond));
        QVERIFY(!m_app.saw(u"state /a Inactive"_s, fromFirst)); // the other process's /a
        QTRY_COMPARE_WITH_TIMEOUT(secondsA->stateBadge(), StateBadge::Paused, 20'000);
        secondsA->resumeByUser();
        QVERIFY(second.waitForLine(u"state /a Active paused=0"_s, fromSecond));
    }

    void windowAttachesAndSimulatesASlowNetwork()
    {
        SessionMonitor monitor;
        MainWindow window(&monitor);
        window.show();
        QAction *attach = actionNamed(&window, u"A&ttach to process…"_s);
        QAction *slow = actionNamed(&window, u"Simulate slo&w network…"_s);
        QVERIFY(attach && slow);
        QVERIFY(attach->isEnabled());
        QVERIFY(!slow->isEnabled()); // nothing selected
        QVERIFY(!slow->toolTip().isEmpty());

        auto *inspector = window.findChild<InspectorActions *>();
        QVERIFY(inspector);
        QVERIFY(!inspector->attach(QCoreApplication::applicationPid())); // no inspector here
        QVERIFY(inspector->attach(m_app.pid()));
        QTRY_COMPARE_WITH_TIMEOUT(monitor.count(), 2, 20'000);
        QCOMPARE(inspector->attachedPids(), QList<qint64>{m_app.pid()});

        // A process attached elsewhere (as --attach-pid does) counts as attached too.
        SessionMonitor other;
        MainWindow otherWindow(&other);
        InspectedProcessSessions fromCommandLine(&other);
        QSignalSpy attached(&fromCommandLine, &InspectedProcessSessions::attached);
        QVERIFY(fromCommandLine.attach(m_app.pid()));
        QVERIFY(attached.wait(20'000));
        QCOMPARE(otherWindow.findChild<InspectorActions *>()->attachedPids(),
                 QList<qint64>{m_app.pid()});
        MonitoredSession *b = row(monitor, u"/b"_s);
        QVERIFY(b);

        window.sessionList()->selectSessions({b});
        QTRY_VERIFY(slow->isEnabled());
        // The details say which file the app keeps the session in.
        const auto detailsShow = [&](const QString &text) {
            for (const QLabel *label : window.detailPane()->findChildren<QLabel *>()) {
                if (label->text().contains(text))
                    return true;
            }
            return false;
        };
        QVERIFY(!b->facts().localPath.isEmpty());
        QTRY_VERIFY(detailsShow(u"Local file: "_s + b->facts().localPath));
        auto *source = qobject_cast<InspectorSessionSource *>(b->source());
        QCOMPARE(inspector->selectedInspected(), source);

        NetworkConditionsDialog dialog(b->name(), source->networkConditions());
        QCOMPARE(dialog.uploadKiB()->value(), 0);
        dialog.uploadKiB()->setValue(100);
        dialog.downloadKiB()->setValue(50);
        dialog.latencyMs()->setValue(200);
        dialog.offline()->setChecked(true);
        const NetworkConditions chosen = dialog.conditions();
        QCOMPARE(chosen.uploadBytesPerSecond, 100u * 1024u);
        QCOMPARE(chosen.downloadBytesPerSecond, 50u * 1024u);
        QCOMPARE(chosen.addedLatency, std::chrono::milliseconds(200));
        QVERIFY(chosen.offline);
        const qsizetype from = m_app.lineCount();
        source->setNetworkConditions(chosen);
        QVERIFY(m_app.waitForLine(u"network /b 102400 51200 200 1"_s, from));
        QTRY_COMPARE_WITH_TIMEOUT(source->networkConditions(), chosen, 20'000);

        // The dialog opens with what the app has now.
        NetworkConditionsDialog reopened(b->name(), source->networkConditions());
        QCOMPARE(reopened.conditions(), chosen);

        // Two sessions selected: the dialog is about one session.
        window.sessionList()->selectSessions(monitor.sessions());
        QTRY_VERIFY(!slow->isEnabled());

        // The app exits: the action says the process is gone.
        window.sessionList()->selectSessions({b});
        m_app.kill();
        QTRY_VERIFY_WITH_TIMEOUT(!slow->isEnabled(), 20'000);
        QVERIFY2(slow->toolTip().contains(QString::number(m_app.pid())),
                 qPrintable(slow->toolTip()));
        QVERIFY(inspector->attachedPids().isEmpty());
    }
};

QTEST_MAIN(InspectorDialogsTest)
#include "tst_inspectordialogs.moc"
