// The charts, the ETA column and the event log's tools as widgets, offscreen, fed by
// ManualSessionSource rows (no server): legends that wrap instead of cutting, a clipped spike
// with its marker, round ticks, the hover readout, clock time, ETA texts, search, several kinds,
// follow-newest and Copy diagnostics.
#include "fakesessions.h"

#include "charts/detailpane.h"
#include "charts/historychart.h"
#include "log/eventlogmodel.h"
#include "log/eventlogpanel.h"
#include "mainwindow/mainwindow.h"
#include "sessions/sessionlistmodel.h"
#include "sessions/sessionlistpanel.h"
#include "sessions/sessiontreeview.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QAreaSeries>
#include <QCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QLabel>
#include <QLegend>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollBar>
#include <QSettings>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>
#include <QTextDocument>
#include <QTimer>
#include <QToolButton>
#include <QValueAxis>

using namespace syncscope;
using namespace syncscope::monitor;
using namespace syncscope::monitor::testing;
using namespace syncscope::ui;
using namespace std::chrono_literals;

namespace {

QList<HistoryChart::Line> rateLines()
{
    return {{QStringLiteral("Upload"), Qt::blue, Qt::SolidLine,
             [](const HistorySample &s) { return s.uploadRate; }},
            {QStringLiteral("Download"), Qt::red, Qt::SolidLine,
             [](const HistorySample &s) { return s.downloadRate; }}};
}

// Counts the layout requests posted to a chart.
class LayoutRequestCounter final : public QObject
{
public:
    int requests = 0;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::LayoutRequest)
            ++requests;
        return QObject::eventFilter(watched, event);
    }
};

// One sample a second over the last `count` seconds, every rate `rate`.
QList<HistorySample> steady(qint64 now, int count, double rate)
{
    QList<HistorySample> samples;
    for (int i = count - 1; i >= 0; --i)
        samples.append(HistorySample{now - i * 1000, rate, rate / 2, 0, 0, 0, 0, 1});
    return samples;
}

QString plainText(const QString &html)
{
    QTextDocument doc;
    doc.setHtml(html);
    return doc.toPlainText();
}

} // namespace

class TestChartWidgets : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true); // QSettings and app data in a test location
        QCoreApplication::setOrganizationName(QStringLiteral("SyncscopeTests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_chartwidgets"));
        QSettings().clear();
    }
    void cleanupTestCase() { QSettings().clear(); }

    void legendWrapsInsteadOfCuttingNames()
    {
        QWidget window;
        auto *chart =
            new HistoryChart(QStringLiteral("Transferred vs transferable"), false,
                             {{QStringLiteral("Uploaded"), Qt::blue, Qt::SolidLine,
                               [](const HistorySample &s) { return s.uploadTransferred; }},
                              {QStringLiteral("Upload transferable"), Qt::cyan, Qt::SolidLine,
                               [](const HistorySample &s) { return s.uploadTransferable; }},
                              {QStringLiteral("Downloaded"), Qt::red, Qt::SolidLine,
                               [](const HistorySample &s) { return s.downloadTransferred; }},
                              {QStringLiteral("Download transferable"), Qt::magenta, Qt::SolidLine,
                               [](const HistorySample &s) { return s.downloadTransferable; }}},
                             &window);
        chart->setGeometry(0, 0, 260, 320);
        window.resize(260, 320);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        // Qt's own legend elides ("Not connec…"): it is off, the label below names every line.
        QVERIFY(!chart->chart()->legend()->isVisible());
        const QString legend = plainText(chart->legend()->text());
        for (const QString &name :
             {QStringLiteral("Uploaded"), QStringLiteral("Upload transferable"),
              QStringLiteral("Downloaded"), QStringLiteral("Download transferable"),
              QStringLiteral("Not connected")})
            QVERIFY2(legend.contains(name), qPrintable(legend));
        QVERIFY(!legend.contains(u'…'));
        QVERIFY(chart->legend()->wordWrap());
        // All of it fits: the label is as high as its wrapped text needs at this width.
        QTRY_VERIFY(chart->legend()->height() >=
                    chart->legend()->heightForWidth(chart->legend()->width()));
        QVERIFY(chart->legend()->heightForWidth(chart->legend()->width()) >
                chart->legend()->fontMetrics().height()); // it did wrap
    }

    void aStartUpSpikeIsClippedWithAMarker()
    {
        HistoryChart chart(QStringLiteral("Transfer rate"), true, rateLines());
        chart.setClipOutliers(true);
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        QList<HistorySample> samples = steady(now, 300, 5 * 1024.0);
        samples[3].uploadRate = 2 * 1024 * 1024.0; // the start-up spike
        chart.setSamples(samples, TimeRange::FiveMinutes, now);
        QCOMPARE(chart.valueScale().unit, QStringLiteral("KiB/s"));
        QVERIFY2(chart.valueScale().top <= 20, qPrintable(QString::number(chart.valueScale().top)));
        QCOMPARE(chart.clippedPointCount(), 1);
        QVERIFY(
            plainText(chart.legend()->text()).contains(QStringLiteral("Clipped, peak 2.0 MiB/s")));

        // Without the spike nothing is clipped and the legend says nothing about it.
        chart.setSamples(steady(now, 300, 5 * 1024.0), TimeRange::FiveMinutes, now);
        QCOMPARE(chart.clippedPointCount(), 0);
        QVERIFY(!plainText(chart.legend()->text()).contains(QStringLiteral("Clipped")));
    }

    void ticksAreRoundAndNeverNegative()
    {
        HistoryChart chart(QStringLiteral("Transfer rate"), true, rateLines());
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        chart.setSamples(steady(now, 60, 0.4), TimeRange::OneMinute, now); // "0.2 B/s" before
        auto *y = qobject_cast<QValueAxis *>(chart.chart()->axes(Qt::Vertical).constFirst());
        QVERIFY(y);
        QCOMPARE(y->min(), 0.0);
        QCOMPARE(y->tickType(), QValueAxis::TicksDynamic);
        QVERIFY(y->tickInterval() >= 1); // whole bytes
        QCOMPARE(y->titleText(), QStringLiteral("B/s"));
        QCOMPARE(chart.timeTickLabels(),
                 QStringList({QStringLiteral("60"), QStringLiteral("45"), QStringLiteral("30"),
                              QStringLiteral("15"), QStringLiteral("0")}));
        chart.setSamples(steady(now, 1800, 1500), TimeRange::ThirtyMinutes, now); // "-22/-7" before
        QCOMPARE(chart.timeTickLabels(),
                 QStringList({QStringLiteral("30"), QStringLiteral("25"), QStringLiteral("20"),
                              QStringLiteral("15"), QStringLiteral("10"), QStringLiteral("5"),
                              QStringLiteral("0")}));
        const double steps = y->max() / y->tickInterval();
        QCOMPARE(steps, std::round(steps));
    }

    // A refresh whose axes read the same as before must not re-lay the chart out: a relayout
    // re-shapes every axis label from HTML, which was a quarter of a 24 h refresh.
    void aRefreshWithTheSameAxesDoesNotRelayTheChartOut()
    {
        HistoryChart chart(QStringLiteral("Transfer rate"), true, rateLines());
        chart.resize(500, 320);
        chart.show();
        QVERIFY(QTest::qWaitForWindowExposed(&chart));
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        chart.setSamples(steady(now, 300, 2048), TimeRange::FiveMinutes, now);
        QCoreApplication::processEvents();
        LayoutRequestCounter counter;
        chart.chart()->installEventFilter(&counter);
        // New points, the same scale: ago-mode axes stay where they are.
        chart.setSamples(steady(now + 1000, 300, 2048), TimeRange::FiveMinutes, now + 1000);
        QCoreApplication::sendPostedEvents();
        QCOMPARE(counter.requests, 0);
        // A new scale does re-lay it out.
        chart.setSamples(steady(now + 2000, 300, 5 * 1024 * 1024.0), TimeRange::FiveMinutes,
                         now + 2000);
        QCoreApplication::sendPostedEvents();
        QVERIFY(counter.requests > 0);
    }

    // Translucent fills and gradients are blended span by span through Qt's thread pool (most of
    // a refresh on a busy machine); the chart's background and its shade are plain colours.
    void theBackgroundAndTheShadeAreOpaqueFills()
    {
        HistoryChart chart(QStringLiteral("Transfer rate"), true, rateLines());
        QCOMPARE(chart.chart()->backgroundBrush().style(), Qt::SolidPattern);
        QAreaSeries *shade = nullptr;
        for (QAbstractSeries *series : chart.chart()->series()) {
            if (auto *area = qobject_cast<QAreaSeries *>(series))
                shade = area;
        }
        QVERIFY(shade);
        QCOMPARE(shade->brush().style(), Qt::SolidPattern);
        QCOMPARE(shade->brush().color().alpha(), 255);
        // Still a shade: darker than the background in the light theme.
        QVERIFY(shade->brush().color().lightness() <
                chart.chart()->backgroundBrush().color().lightness());
    }

    void hoverShowsTimeAndValues()
    {
        HistoryChart chart(QStringLiteral("Transfer rate"), true, rateLines());
        chart.resize(500, 320);
        chart.show();
        QVERIFY(QTest::qWaitForWindowExposed(&chart));
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        chart.setSamples(steady(now, 60, 2048), TimeRange::OneMinute, now);
        QCoreApplication::processEvents();
        const QRectF plot = chart.chart()->plotArea();
        const QPoint middle = chart.view()->mapFromScene(chart.chart()->mapToScene(plot.center()));
        QTest::mouseMove(chart.view()->viewport(), middle);
        QTRY_VERIFY(!chart.readoutText().isEmpty());
        const QString text = chart.readoutText();
        QVERIFY2(text.contains(QRegularExpression(QStringLiteral("^\\d\\d:\\d\\d:\\d\\d \\("))),
                 qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("ago")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("Upload: 2.0 KiB/s")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("Download: 1.0 KiB/s")), qPrintable(text));
        // The next refresh keeps it under a resting mouse; leaving the chart hides it.
        chart.setSamples(steady(now + 1000, 60, 2048), TimeRange::OneMinute, now + 1000);
        QVERIFY(!chart.readoutText().isEmpty());
        chart.hideReadout();
        QVERIFY(chart.readoutText().isEmpty());
        // Outside the plot area there is nothing to read.
        QTest::mouseMove(chart.view()->viewport(), QPoint(1, 1));
        QTRY_VERIFY(chart.readoutText().isEmpty());
    }

    void clockTimeLabelsTheAxisWithTheTimeOfDay()
    {
        SessionMonitor monitor;
        monitor.setSampleInterval(1h);
        DetailPane pane(&monitor);
        pane.setTimeRange(TimeRange::FiveMinutes);
        QCOMPARE(pane.timeAxisMode(), TimeAxisMode::Ago);
        QVERIFY(pane.rateChart()->timeTickLabels().contains(QStringLiteral("5")));
        pane.clockTimeBox()->setChecked(true);
        QCOMPARE(pane.timeAxisMode(), TimeAxisMode::WallClock);
        const QStringList labels = pane.rateChart()->timeTickLabels();
        QVERIFY(labels.size() >= 4);
        static const QRegularExpression hhmm(QStringLiteral("^\\d\\d:\\d\\d$"));
        for (const QString &label : labels)
            QVERIFY2(hhmm.match(label).hasMatch(), qPrintable(labels.join(u' ')));
        QCOMPARE(pane.transferChart()->timeTickLabels(), labels);
        pane.setTimeAxisMode(TimeAxisMode::Ago);
        QVERIFY(!pane.clockTimeBox()->isChecked());
    }

    void theSessionContextMenuCopiesDiagnostics()
    {
        SessionMonitor monitor;
        monitor.setSampleInterval(1h);
        const FakeRow row = addFake(monitor, QStringLiteral("Picked"));
        row.source->setError(9, QStringLiteral("picked error"), false);
        MainWindow window(&monitor);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.sessionList()->selectSessions({row.session});
        QApplication::clipboard()->clear();
        QString offered;
        // The menu runs its own loop: pick the entry from inside it.
        QTimer::singleShot(0, &window, [&offered] {
            auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
            QVERIFY(menu);
            for (QAction *action : menu->actions()) {
                if (action->text() == EventLogPanel::tr("Copy dia&gnostics")) {
                    offered = action->text();
                    action->trigger();
                }
            }
            menu->close();
        });
        Q_EMIT window.sessionList()->view()->customContextMenuRequested(QPoint(5, 5));
        QVERIFY(!offered.isEmpty());
        const QString copied = QApplication::clipboard()->text();
        QVERIFY2(copied.contains(QStringLiteral("Syncscope diagnostics for \"Picked\"")),
                 qPrintable(copied));
        QVERIFY(copied.contains(QStringLiteral("picked error")));
    }

    void theWindowKeepsTheClockTimeChoice()
    {
        SessionMonitor monitor;
        monitor.setSampleInterval(1h);
        {
            MainWindow window(&monitor);
            window.detailPane()->clockTimeBox()->setChecked(true);
            window.saveSettings();
        }
        MainWindow again(&monitor);
        QCOMPARE(again.detailPane()->timeAxisMode(), TimeAxisMode::Ago);
        again.restoreSettings();
        QCOMPARE(again.detailPane()->timeAxisMode(), TimeAxisMode::WallClock);
        QVERIFY(again.detailPane()->clockTimeBox()->isChecked());
    }

    void etaColumnEstimatesTransfersInProgress()
    {
        SessionMonitor monitor;
        monitor.setSampleInterval(1h);
        SessionListModel model(&monitor);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::Fatal);
        const FakeRow row = addFake(monitor, QStringLiteral("Transfer"));
        auto eta = [&] {
            model.flush();
            return model.index(0, SessionListModel::EtaColumn).data().toString();
        };
        QCOMPARE(model.headerData(SessionListModel::EtaColumn, Qt::Horizontal, Qt::DisplayRole)
                     .toString(),
                 QStringLiteral("ETA"));
        monitor.sampleNow();
        QCOMPARE(eta(), QString()); // nothing in progress
        row.source->setConnection(ConnectionBadge::Connected);
        // A second apart, by the clock the samples carry (no waiting).
        const qint64 start = QDateTime::currentMSecsSinceEpoch();
        for (int i = 1; i <= 4; ++i) {
            row.source->setProgress(ProgressDirection::Download, quint64(i) * 2000, 1'000'000);
            row.session->sample(start + i * 1000, 1min);
        }
        const QString estimate = eta();
        QVERIFY2(!estimate.isEmpty() && estimate != QStringLiteral("—"), qPrintable(estimate));
        QVERIFY(model.index(0, SessionListModel::EtaColumn)
                    .data(Qt::ToolTipRole)
                    .toString()
                    .contains(QStringLiteral("left at")));
        row.source->setConnection(ConnectionBadge::Disconnected);
        row.session->sample(start + 5000, 1min);
        QCOMPARE(eta(), QStringLiteral("—")); // in progress, but no estimate
    }

    void eventLogSearchesSeveralKindsFollowsAndCopiesDiagnostics()
    {
        SessionMonitor monitor;
        monitor.setSampleInterval(1h);
        auto source = std::make_unique<ManualSessionSource>(factsNamed(QStringLiteral("Notes")));
        ManualSessionSource *notes = source.get();
        SessionDefinition definition;
        definition.name = QStringLiteral("Notes");
        definition.realmPath = QStringLiteral("/fake/Notes");
        definition.token = QStringLiteral("eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJhbm4ifQ.c2VjcmV0");
        MonitoredSession *session = monitor.addSource(std::move(source), definition);
        const FakeRow chat = addFake(monitor, QStringLiteral("Chat"));
        EventLogPanel panel(&monitor);
        panel.resize(900, 300);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));

        notes->setConnection(ConnectionBadge::Connected);
        notes->setError(7, QStringLiteral("closed by server"), false);
        chat.source->setConnection(ConnectionBadge::Connected);
        chat.source->setState(StateBadge::Paused);

        // Search: message text, any case.
        panel.searchEdit()->setText(QStringLiteral("CLOSED BY"));
        QCOMPARE(panel.proxy()->rowCount(), 1);
        panel.searchEdit()->clear();
        // Several kinds at once.
        for (int kind = 0; kind < kEventKindCount; ++kind)
            panel.kindAction(kind)->setChecked(kind == int(EventKind::Error) ||
                                               kind == int(EventKind::State));
        QVERIFY(panel.proxy()->rowCount() >= 2);
        for (int r = 0; r < panel.proxy()->rowCount(); ++r) {
            const int kind = panel.proxy()->index(r, 0).data(EventLogModel::KindRole).toInt();
            QVERIFY(kind == int(EventKind::Error) || kind == int(EventKind::State));
        }
        QCOMPARE(panel.kindButton()->text(), eventKindText(EventKind::State) +
                                                 QStringLiteral(", ") +
                                                 eventKindText(EventKind::Error));
        panel.kindAction(int(EventKind::Connection))->setChecked(true);
        panel.kindAction(int(EventKind::Pause))->setChecked(true);
        QCOMPARE(panel.kindButton()->text(), QStringLiteral("4 kind(s)"));
        // Ticking in the open menu keeps it open for the next kind.
        QMenu *menu = panel.kindButton()->menu();
        menu->popup(panel.kindButton()->mapToGlobal(QPoint(0, panel.kindButton()->height())));
        QTRY_VERIFY(menu->isVisible());
        QAction *stall = panel.kindAction(int(EventKind::Stall));
        const QPoint onStall = menu->actionGeometry(stall).center();
        QTest::mouseMove(menu, onStall);
        QTRY_COMPARE(menu->activeAction(), stall);
        QTest::mouseClick(menu, Qt::LeftButton, {}, onStall);
        QVERIFY(stall->isChecked());
        QVERIFY(menu->isVisible());
        QCOMPARE(panel.kindButton()->text(), QStringLiteral("5 kind(s)"));
        menu->close();

        // Follow newest: on, the newest line stays in view; a reader scrolling up stops it.
        for (int kind = 0; kind < kEventKindCount; ++kind)
            panel.kindAction(kind)->setChecked(true);
        QVERIFY(panel.followBox()->isChecked());
        QScrollBar *bar = panel.view()->verticalScrollBar();
        for (int i = 0; i < 80; ++i)
            monitor.eventLog()->append(-1, {}, EventKind::Monitor,
                                       QStringLiteral("line %1").arg(i));
        QTRY_VERIFY(bar->maximum() > 0);
        QTRY_COMPARE(bar->value(), bar->maximum());
        bar->setValue(0); // the reader scrolls up
        QVERIFY(!panel.followBox()->isChecked());
        monitor.eventLog()->append(-1, {}, EventKind::Monitor, QStringLiteral("one more"));
        QCoreApplication::processEvents();
        QCOMPARE(bar->value(), 0);
        panel.followBox()->setChecked(true);
        QCOMPARE(bar->value(), bar->maximum());

        // Copy diagnostics: for one chosen session, without its token.
        QVERIFY(!panel.diagnosticsButton()->isEnabled());
        panel.sessionCombo()->setCurrentIndex(panel.sessionCombo()->findData(session->id()));
        QVERIFY(panel.diagnosticsButton()->isEnabled());
        QTest::mouseClick(panel.diagnosticsButton(), Qt::LeftButton);
        const QString copied = QApplication::clipboard()->text();
        QVERIFY2(copied.contains(QStringLiteral("Syncscope diagnostics for \"Notes\"")),
                 qPrintable(copied));
        QVERIFY(copied.contains(QStringLiteral("closed by server")));
        QVERIFY(!copied.contains(definition.token));
    }
};

QTEST_MAIN(TestChartWidgets)
#include "tst_chartwidgets.moc"
