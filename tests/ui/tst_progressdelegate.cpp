// What a progress bar in the session list reads when its column is narrow (German "von",
// a larger font): the percentage rather than bytes cut in the middle.
#include "sessions/progressdelegate.h"

#include <QApplication>
#include <QFontMetrics>
#include <QTest>

using namespace syncscope::ui;

class TestProgressDelegate final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void narrowColumnsShowThePercentage()
    {
        const QFontMetrics metrics(QApplication::font());
        const QString full = QStringLiteral("19,4 MiB von 24,0 MiB (80 %)");
        const int fits = metrics.horizontalAdvance(full);
        QCOMPARE(ProgressDelegate::shownText(full, 0.8, metrics, fits), full);
        QCOMPARE(ProgressDelegate::shownText(full, 0.8, metrics, fits - 1), QStringLiteral("80 %"));
        QCOMPARE(ProgressDelegate::shownText(full, 1.4, metrics, fits / 2),
                 QStringLiteral("100 %"));
        // Narrower than even that: cut, never drawn past the bar.
        const QString tiny = ProgressDelegate::shownText(full, 0.8, metrics, 3);
        QVERIFY(metrics.horizontalAdvance(tiny) <= 3 || tiny.isEmpty());
        // Words (no bar: fraction -1) are cut, never turned into a number.
        const QString waiting = QStringLiteral("Nichts hochzuladen");
        const QString cut = ProgressDelegate::shownText(waiting, -1, metrics,
                                                        metrics.horizontalAdvance(waiting) - 4);
        QVERIFY2(cut.endsWith(QChar(0x2026)), qPrintable(cut));
    }
};

QTEST_MAIN(TestProgressDelegate)
#include "tst_progressdelegate.moc"
