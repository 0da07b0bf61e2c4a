#include "reconnectbackoff.h"

#include <QSet>
#include <QTest>

using namespace std::chrono_literals;
using syncscope::detail::FailureReason;
using syncscope::detail::ReconnectBackoff;

class ReconnectBackoffTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void doublesUpToTheMaximum()
    {
        ReconnectBackoff backoff(1000ms, 8000ms);
        QList<qint64> bases;
        for (int i = 0; i < 6; ++i) {
            backoff.nextDelay(FailureReason::ConnectFailed);
            bases.append(backoff.baseDelay().count());
        }
        QCOMPARE(bases, (QList<qint64>{1000, 2000, 4000, 8000, 8000, 8000}));
    }

    void jitterSubtractsAtMostAQuarter()
    {
        ReconnectBackoff backoff(1000ms, 300'000ms);
        bool sawJitter = false;
        for (int i = 0; i < 200; ++i) {
            const auto delay = backoff.nextDelay(FailureReason::ConnectionLost);
            const qint64 base = backoff.baseDelay().count();
            QVERIFY2(delay.count() <= base, qPrintable(QString::number(delay.count())));
            QVERIFY2(delay.count() >= base - base / 4, qPrintable(QString::number(delay.count())));
            sawJitter = sawJitter || delay.count() != base;
            if (base == 300'000)
                backoff.reset();
        }
        QVERIFY(sawJitter);
    }

    void aDifferentReasonRestartsAtTheMinimum()
    {
        ReconnectBackoff backoff(100ms, 10'000ms);
        backoff.nextDelay(FailureReason::ConnectFailed);
        backoff.nextDelay(FailureReason::ConnectFailed);
        backoff.nextDelay(FailureReason::ConnectFailed);
        QCOMPARE(backoff.baseDelay(), 400ms);
        backoff.nextDelay(FailureReason::PongTimeout);
        QCOMPARE(backoff.baseDelay(), 100ms);
        backoff.nextDelay(FailureReason::PongTimeout);
        QCOMPARE(backoff.baseDelay(), 200ms);
    }

    void eachKindOfConnectionFailureHasItsOwnSequence()
    {
        using syncscope::ClientErrorCode;
        using syncscope::detail::failureReasonFor;
        const QList<ClientErrorCode> kinds = {
            ClientErrorCode::ConnectFailed,      ClientErrorCode::ConnectTimeout,
            ClientErrorCode::PongTimeout,        ClientErrorCode::ConnectionLost,
            ClientErrorCode::ConnectionRefused,  ClientErrorCode::HostNotFound,
            ClientErrorCode::TlsHandshakeFailed, ClientErrorCode::HandshakeRejected,
            ClientErrorCode::ClosedByServer};
        QSet<int> reasons;
        for (ClientErrorCode code : kinds)
            reasons.insert(int(failureReasonFor(code)));
        QCOMPARE(reasons.size(), kinds.size());
        // Both TLS failures are one kind: a certificate fixed into another TLS problem is not
        // a new reason to hammer the server.
        QCOMPARE(failureReasonFor(ClientErrorCode::TlsVerificationFailed),
                 failureReasonFor(ClientErrorCode::TlsHandshakeFailed));

        // A server that refused and now closes after the upgrade: start over at the minimum.
        ReconnectBackoff backoff(100ms, 10'000ms);
        for (int i = 0; i < 3; ++i)
            backoff.nextDelay(failureReasonFor(ClientErrorCode::ConnectionRefused));
        QCOMPARE(backoff.baseDelay(), 400ms);
        backoff.nextDelay(failureReasonFor(ClientErrorCode::ClosedByServer));
        QCOMPARE(backoff.baseDelay(), 100ms);
    }

    void resetAfterSuccess()
    {
        ReconnectBackoff backoff(100ms, 10'000ms);
        backoff.nextDelay(FailureReason::ConnectFailed);
        backoff.nextDelay(FailureReason::ConnectFailed);
        backoff.reset();
        QCOMPARE(backoff.baseDelay(), 0ms);
        backoff.nextDelay(FailureReason::ConnectFailed);
        QCOMPARE(backoff.baseDelay(), 100ms);
    }

    void realmSequenceWithoutJitterRoom()
    {
        // Realm's Sync_ErrorBackoffCalculation: {initial 1, max 4, x2} gives 1, 2, 4, 4.
        ReconnectBackoff backoff(1ms, 4ms);
        QList<qint64> bases;
        for (int i = 0; i < 4; ++i) {
            backoff.nextDelay(FailureReason::ServerError);
            bases.append(backoff.baseDelay().count());
        }
        QCOMPARE(bases, (QList<qint64>{1, 2, 4, 4}));
    }
};

QTEST_GUILESS_MAIN(ReconnectBackoffTest)
#include "tst_reconnectbackoff.moc"
