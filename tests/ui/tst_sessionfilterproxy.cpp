// SessionFilterProxy alone, under QAbstractItemModelTester (Fatal), over a SessionListModel fed
// by ManualSessionSource: text and state filters, and rows that move in and out of the state
// filter or the sort order when their facts change.
#include "fakesessions.h"

#include "sessions/sessionfilterproxy.h"
#include "sessions/sessionlistmodel.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QSignalSpy>
#include <QTest>

using namespace syncscope;
using namespace syncscope::monitor;
using namespace syncscope::monitor::testing;
using namespace syncscope::ui;

class TestSessionFilterProxy : public QObject
{
    Q_OBJECT

    static QStringList names(const QAbstractItemModel &model)
    {
        QStringList out;
        for (int row = 0; row < model.rowCount(); ++row)
            out << model.index(row, SessionListModel::NameColumn).data().toString();
        return out;
    }

private Q_SLOTS:
    void filtersByTextAndState()
    {
        SessionMonitor monitor;
        SessionListModel model(&monitor);
        SessionFilterProxy proxy(&model);
        QAbstractItemModelTester tester(&proxy,
                                        QAbstractItemModelTester::FailureReportingMode::Fatal);
        proxy.sort(SessionListModel::NameColumn, Qt::AscendingOrder);
        const FakeRow tasks =
            addFake(monitor, factsNamed(QStringLiteral("Tasks"), QStringLiteral("alice")));
        const FakeRow drafts =
            addFake(monitor, factsNamed(QStringLiteral("Drafts"), QStringLiteral("bob")));
        addFake(monitor, factsNamed(QStringLiteral("Admin"), QStringLiteral("bob")));
        QCOMPARE(names(proxy), (QStringList{QStringLiteral("Admin"), QStringLiteral("Drafts"),
                                            QStringLiteral("Tasks")}));

        proxy.setFilterText(QStringLiteral("BOB"));
        QCOMPARE(names(proxy), (QStringList{QStringLiteral("Admin"), QStringLiteral("Drafts")}));
        proxy.setFilterText(QString());

        proxy.setStateFilter(StateFilter::Paused);
        QCOMPARE(proxy.rowCount(), 0);
        drafts.session->pauseByUser();
        QCOMPARE(proxy.rowCount(), 0); // the model publishes on its tick
        model.flush();
        QCOMPARE(names(proxy), QStringList{QStringLiteral("Drafts")});
        drafts.session->resumeByUser();
        model.flush();
        QCOMPARE(proxy.rowCount(), 0);

        proxy.setStateFilter(StateFilter::WithError);
        tasks.source->setError(3, QStringLiteral("refused"), false);
        model.flush();
        QCOMPARE(names(proxy), QStringList{QStringLiteral("Tasks")});
        proxy.setStateFilter(StateFilter::All);
        QCOMPARE(proxy.rowCount(), 3);
    }

    void resortsWhenASortedValueChanges()
    {
        SessionMonitor monitor;
        SessionListModel model(&monitor);
        SessionFilterProxy proxy(&model);
        QAbstractItemModelTester tester(&proxy,
                                        QAbstractItemModelTester::FailureReportingMode::Fatal);
        const FakeRow a = addFake(monitor, QStringLiteral("A"));
        const FakeRow b = addFake(monitor, QStringLiteral("B"));
        a.source->setProgress(ProgressDirection::Upload, 1, 10);
        b.source->setProgress(ProgressDirection::Upload, 5, 10);
        model.flush();
        proxy.sort(SessionListModel::UploadColumn, Qt::AscendingOrder);
        QCOMPARE(names(proxy), (QStringList{QStringLiteral("A"), QStringLiteral("B")}));
        a.source->setProgress(ProgressDirection::Upload, 9, 10);
        model.flush();
        QCOMPARE(names(proxy), (QStringList{QStringLiteral("B"), QStringLiteral("A")}));
    }

    void aBatchOfNewSessionsIsOneInsertionAndOneSort()
    {
        // An attached server's page brings hundreds of sessions at once; a sort per row made
        // 10,000 of them take a minute to appear.
        SessionMonitor monitor;
        SessionListModel model(&monitor);
        SessionFilterProxy proxy(&model);
        QAbstractItemModelTester tester(&proxy,
                                        QAbstractItemModelTester::FailureReportingMode::Fatal);
        proxy.sort(SessionListModel::NameColumn, Qt::AscendingOrder);
        addFake(monitor, QStringLiteral("m-first"));
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy sorted(&proxy, &QAbstractItemModel::layoutChanged);
        QStringList expected{QStringLiteral("m-first")};
        {
            const SessionMonitor::Batch batch(&monitor);
            const SessionMonitor::Batch nested(&monitor);
            for (int i = 99; i >= 0; --i) {
                const QString name = QStringLiteral("s%1").arg(i, 3, 10, QLatin1Char('0'));
                const FakeRow row = addFake(monitor, name);
                if (i == 50)
                    monitor.removeSession(row.session); // gone before the batch ended
                else
                    expected << name;
            }
            QCOMPARE(model.rowCount(), 1); // nothing until the batch ends
        }
        QCOMPARE(inserted.count(), 1);
        QCOMPARE(sorted.count(), 1);
        QCOMPARE(model.rowCount(), 100);
        expected.sort();
        QCOMPARE(names(proxy), expected);

        // Outside a batch a session is a row at once, in its sorted place.
        addFake(monitor, QStringLiteral("a-last"));
        QCOMPARE(inserted.count(), 2);
        QCOMPARE(names(proxy).constFirst(), QStringLiteral("a-last"));
    }
};

QTEST_MAIN(TestSessionFilterProxy)
#include "tst_sessionfilterproxy.moc"
