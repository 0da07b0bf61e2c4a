#include "progressnotifier.h"

#include <QTest>

using namespace syncscope;
using syncscope::detail::ProgressCounters;
using syncscope::detail::ProgressNotifier;

namespace {

using Calls = QList<std::pair<quint64, quint64>>;

ProgressCounters upload(quint64 uploaded, quint64 uploadable)
{
    ProgressCounters c;
    c.uploaded = uploaded;
    c.uploadable = uploadable;
    return c;
}

ProgressCounters download(quint64 downloaded, quint64 remaining)
{
    ProgressCounters c;
    c.downloaded = downloaded;
    c.downloadableRemaining = remaining;
    return c;
}

} // namespace

class ProgressNotifierTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void nothingBeforeProgressIsKnown()
    {
        ProgressNotifier notifier;
        Calls calls;
        const auto token = notifier.add(ProgressDirection::Upload, ProgressMode::ReportIndefinitely,
                                        [&](quint64 a, quint64 b) {
                                            calls.append({a, b});
                                        });
        QVERIFY(token != 0);
        notifier.update(upload(0, 10));
        notifier.update(upload(5, 10));
        QVERIFY(calls.isEmpty());
        notifier.markKnown();
        notifier.update(upload(5, 10));
        QCOMPARE(calls, (Calls{{5, 10}}));
    }

    void registeredAfterKnownIsCalledAtOnce()
    {
        ProgressNotifier notifier;
        notifier.markKnown();
        notifier.update(download(30, 70));
        Calls calls;
        notifier.add(ProgressDirection::Download, ProgressMode::ReportIndefinitely,
                     [&](quint64 a, quint64 b) {
                         calls.append({a, b});
                     });
        QCOMPARE(calls, (Calls{{30, 100}}));
    }

    void identicalReportsAreSuppressedPerDirection()
    {
        ProgressNotifier notifier;
        notifier.markKnown();
        Calls up, down;
        notifier.add(ProgressDirection::Upload, ProgressMode::ReportIndefinitely,
                     [&](quint64 a, quint64 b) {
                         up.append({a, b});
                     });
        notifier.add(ProgressDirection::Download, ProgressMode::ReportIndefinitely,
                     [&](quint64 a, quint64 b) {
                         down.append({a, b});
                     });
        ProgressCounters c;
        notifier.update(c);
        notifier.update(c);
        c.uploadable = 10;
        notifier.update(c);
        notifier.update(c);
        c.downloaded = 4;
        notifier.update(c);
        QCOMPARE(up, (Calls{{0, 0}, {0, 10}}));
        QCOMPARE(down, (Calls{{0, 0}, {4, 4}}));
    }

    void reporterSeesEveryChange()
    {
        QList<std::tuple<ProgressDirection, quint64, quint64>> reports;
        ProgressNotifier notifier([&](ProgressDirection d, quint64 a, quint64 b) {
            reports.append({d, a, b});
        });
        notifier.update(upload(1, 2));
        notifier.markKnown();
        notifier.update(upload(1, 2));
        notifier.update(upload(2, 2));
        QCOMPARE(reports.size(), 3); // upload 1/2, download 0/0, upload 2/2
        QCOMPARE(std::get<1>(reports.last()), 2u);
    }

    void outstandingWorkCapturesTransferableAndExpires()
    {
        ProgressNotifier notifier;
        notifier.markKnown();
        notifier.update(download(0, 100));
        Calls calls;
        const auto token =
            notifier.add(ProgressDirection::Download, ProgressMode::ForCurrentlyOutstandingWork,
                         [&](quint64 a, quint64 b) {
                             calls.append({a, b});
                         });
        QVERIFY(token != 0);
        notifier.update(download(50, 150)); // more arrived: captured 100 stays
        notifier.update(download(60, 30));  // transferable 90 < 100: shrinks
        notifier.update(download(95, 0));   // 95 >= 95: final call, then removed
        notifier.update(download(120, 0));
        QCOMPARE(calls, (Calls{{0, 100}, {50, 100}, {60, 90}, {95, 90}}));
    }

    void outstandingWorkMayEndAboveTransferable()
    {
        ProgressNotifier notifier;
        notifier.markKnown();
        notifier.update(upload(0, 501));
        Calls calls;
        notifier.add(ProgressDirection::Upload, ProgressMode::ForCurrentlyOutstandingWork,
                     [&](quint64 a, quint64 b) {
                         calls.append({a, b});
                     });
        notifier.update(upload(601, 601));
        QCOMPARE(calls, (Calls{{0, 501}, {601, 501}}));
    }

    void outstandingWorkAlreadyDoneGetsTokenZero()
    {
        ProgressNotifier notifier;
        notifier.markKnown();
        notifier.update(upload(40, 40));
        Calls calls;
        const auto token =
            notifier.add(ProgressDirection::Upload, ProgressMode::ForCurrentlyOutstandingWork,
                         [&](quint64 a, quint64 b) {
                             calls.append({a, b});
                         });
        QCOMPARE(token, 0u);
        QCOMPARE(calls, (Calls{{40, 40}}));
        notifier.update(upload(40, 80));
        QCOMPARE(calls.size(), 1);
    }

    void outstandingWorkRegisteredBeforeKnownCapturesAtFirstReport()
    {
        ProgressNotifier notifier;
        Calls calls;
        notifier.add(ProgressDirection::Download, ProgressMode::ForCurrentlyOutstandingWork,
                     [&](quint64 a, quint64 b) {
                         calls.append({a, b});
                     });
        notifier.update(download(10, 90));
        notifier.markKnown();
        notifier.update(download(20, 200));
        QCOMPARE(calls, (Calls{{10, 100}, {20, 100}}));
    }

    void reportIndefinitelyNeverExpires()
    {
        ProgressNotifier notifier;
        notifier.markKnown();
        Calls calls;
        notifier.add(ProgressDirection::Upload, ProgressMode::ReportIndefinitely,
                     [&](quint64 a, quint64 b) {
                         calls.append({a, b});
                     });
        notifier.update(upload(10, 10));
        notifier.update(upload(10, 20));
        notifier.update(upload(20, 20));
        QCOMPARE(calls, (Calls{{0, 0}, {10, 10}, {10, 20}, {20, 20}}));
    }

    void callbackMayRemoveItself()
    {
        ProgressNotifier notifier;
        notifier.markKnown();
        int calls = 0;
        NotificationToken token = 0;
        token = notifier.add(ProgressDirection::Upload, ProgressMode::ReportIndefinitely,
                             [&](quint64, quint64) {
                                 ++calls;
                                 if (token != 0)
                                     notifier.remove(token);
                             });
        QCOMPARE(calls, 1); // immediate call happened before the token was known
        notifier.update(upload(1, 2));
        QCOMPARE(calls, 2);
        notifier.update(upload(2, 2));
        QCOMPARE(calls, 2);
        notifier.remove(token); // already removed: ignored
        notifier.remove(12345);
    }

    void callbackMayRegisterAnother()
    {
        ProgressNotifier notifier;
        notifier.markKnown();
        Calls inner;
        bool registered = false;
        notifier.add(
            ProgressDirection::Upload, ProgressMode::ReportIndefinitely, [&](quint64 a, quint64) {
                if (a == 1 && !registered) {
                    registered = true;
                    notifier.add(ProgressDirection::Upload, ProgressMode::ReportIndefinitely,
                                 [&](quint64 x, quint64 y) {
                                     inner.append({x, y});
                                 });
                }
            });
        notifier.update(upload(1, 5));
        QCOMPARE(inner, (Calls{{1, 5}}));
        notifier.update(upload(2, 5));
        QCOMPARE(inner, (Calls{{1, 5}, {2, 5}}));
    }

    void updateFromInsideACallbackIsDeliveredAfterwards()
    {
        ProgressNotifier notifier;
        notifier.markKnown();
        Calls calls;
        notifier.add(ProgressDirection::Upload, ProgressMode::ReportIndefinitely,
                     [&](quint64 a, quint64 b) {
                         calls.append({a, b});
                         if (a == 1)
                             notifier.update(upload(2, 5)); // e.g. a write inside the callback
                     });
        notifier.update(upload(1, 5));
        QCOMPARE(calls, (Calls{{0, 0}, {1, 5}, {2, 5}}));
    }
};

QTEST_GUILESS_MAIN(ProgressNotifierTest)
#include "tst_progressnotifier.moc"
