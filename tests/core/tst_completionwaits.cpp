// The pending waits of a session and their timeout timers, alone: a wait settled while its
// timeout was already due must never reach anything afterwards — not a later wait, not a
// destroyed owner.

#include "completionwaits.h"

#include <QTest>

#include <memory>

using namespace std::chrono_literals;
using syncscope::detail::CompletionWaits;

namespace {

// 0 finished successfully, -1 TimeoutError, -2 other error, -3 still pending.
int outcome(QFuture<void> future)
{
    if (!future.isFinished())
        return -3;
    try {
        future.waitForFinished();
    } catch (const syncscope::TimeoutError &) {
        return -1;
    } catch (...) {
        return -2;
    }
    return 0;
}

} // namespace

class CompletionWaitsTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void aDueTimerOfASettledWaitDoesNotFire()
    {
        CompletionWaits waits;
        for (int round = 0; round < 20; ++round) {
            auto first = waits.add(CompletionWaits::Kind::Download, 5ms);
            QTest::qSleep(20); // its timeout is due; no event was processed yet
            waits.completeDownloads();
            QCOMPARE(outcome(first), 0);
            // A wait without a timeout, asked right after: the settled wait's timer must not
            // time it out (the timer's handler identified its wait by an address that the new
            // wait may now have).
            auto second = waits.add(CompletionWaits::Kind::Download, 0ms);
            QTest::qWait(20);
            QCOMPARE(outcome(second), -3);
            waits.completeDownloads();
            QCOMPARE(outcome(second), 0);
        }
    }

    void aDueTimerOfASettledWaitOutlivesNoOwner()
    {
        // Under ASan a late timer would be a use after free of the destroyed owner; without
        // it, the timer must at least be gone (nothing fires, nothing crashes).
        for (int round = 0; round < 20; ++round) {
            auto waits = std::make_unique<CompletionWaits>();
            auto wait = waits->add(CompletionWaits::Kind::Upload, 5ms, 1);
            QTest::qSleep(20);
            waits->completeUploadsUpTo(1);
            waits.reset();
            QTest::qWait(20);
            QCOMPARE(outcome(wait), 0);
        }
    }

    void timeoutStillRejects()
    {
        CompletionWaits waits;
        auto wait = waits.add(CompletionWaits::Kind::Download, 20ms);
        QTRY_COMPARE(outcome(wait), -1);
    }
};

QTEST_GUILESS_MAIN(CompletionWaitsTest)
#include "tst_completionwaits.moc"
