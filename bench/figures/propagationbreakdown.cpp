// propagation breakdown: where the time of one propagation goes. A server and two clients of
// their own, with the stage stamps of client and server turned on (protocol/stagetrace.h:
// every process stamps with the same monotonic clock), one write at a time as in the
// propagation figure; each step's median is a figure. Separate from the propagation figure so
// that the stamps' own cost (a log line each) never shows in it.
#include "groups.h"
#include "syncfixture.h"

#include "harness/context.h"
#include "harness/eventwait.h"
#include "harness/figurenames.h"
#include "harness/stats.h"
#include "harness/tailview.h"

#include <QLoggingCategory>
#include <QRegularExpression>

#include <algorithm>
#include <array>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace syncscope::bench {

namespace {

struct Stamp
{
    QString stage;
    quint64 file = 0;
    qint64 ns = 0;
};

qint64 monotonicNs()
{
    return std::chrono::duration_cast<std::chrono::nanoseconds>(
               std::chrono::steady_clock::now().time_since_epoch())
        .count();
}

std::optional<Stamp> parseStamp(QStringView line)
{
    static const QRegularExpression pattern(
        u"stage (\\S+) file (\\d+) version (\\d+) at (-?\\d+)"_s);
    const QRegularExpressionMatch match = pattern.match(line);
    if (!match.hasMatch())
        return std::nullopt;
    return Stamp{match.captured(1), match.captured(2).toULongLong(),
                 match.captured(4).toLongLong()};
}

// The stamps of this process's clients, collected by a message handler while it is installed.
class ClientStampCollector final
{
    Q_DISABLE_COPY_MOVE(ClientStampCollector)

public:
    ClientStampCollector()
    {
        s_instance = this;
        m_previous = qInstallMessageHandler(&ClientStampCollector::handle);
        QLoggingCategory::setFilterRules(u"syncscope.client.trace.debug=true"_s);
    }
    ~ClientStampCollector()
    {
        QLoggingCategory::setFilterRules(u"syncscope.client.trace.debug=false"_s);
        qInstallMessageHandler(m_previous);
        s_instance = nullptr;
    }
    const QList<Stamp> &stamps() const { return m_stamps; }

private:
    static void handle(QtMsgType type, const QMessageLogContext &context, const QString &message)
    {
        ClientStampCollector *self = s_instance;
        if (self && context.category && qstrcmp(context.category, "syncscope.client.trace") == 0) {
            if (const std::optional<Stamp> stamp = parseStamp(message))
                self->m_stamps.append(*stamp);
            return;
        }
        if (self && self->m_previous)
            self->m_previous(type, context, message);
    }

    static inline ClientStampCollector *s_instance = nullptr;
    QtMessageHandler m_previous = nullptr;
    QList<Stamp> m_stamps;
};

struct Sample
{
    qint64 startNs = 0;
    qint64 arrivedNs = 0;
};

// The first stamp of `stage` in [from, to] of the writer's file (`writerSide`) or of another.
std::optional<qint64> firstStamp(const QList<Stamp> &stamps, const QString &stage, quint64 writer,
                                 bool writerSide, qint64 from, qint64 to)
{
    for (const Stamp &stamp : stamps) {
        if (stamp.stage == stage && (stamp.file == writer) == writerSide && stamp.ns >= from &&
            stamp.ns <= to)
            return stamp.ns;
    }
    return std::nullopt;
}

// Which steps make the slowest samples slow: the slowest 2 % against the middle ones, step by
// step, and each slow sample's steps (with its number in the run, so that a cost that comes
// back every so many writes shows). In the log only, as the steps' p99s.
void logTail(const QList<QList<double>> &sampleSteps, const QList<qsizetype> &sampleNumbers,
             const QList<QList<double>> &sampleCommitParts)
{
    const TailView view = compareTailWithMiddle(sampleSteps);
    if (view.tailSamples == 0)
        return;
    const double excess = view.tailTotal - view.middleTotal;
    qCInfo(lcBench,
           "propagation breakdown, the slowest %d samples (mean %.3f ms) against the middle %d "
           "(mean %.3f ms): where the %.3f ms more go",
           view.tailSamples, view.tailTotal, view.middleSamples, view.middleTotal, excess);
    const QStringList stepNames = names::propagationSteps();
    for (qsizetype step = 0; step < view.tailMean.size(); ++step) {
        const double more = view.tailMean.at(step) - view.middleMean.at(step);
        qCInfo(lcBench, "  %-70s %.3f → %.3f ms (%+.3f ms, %3.0f %%)",
               qPrintable(stepNames.at(step)), view.middleMean.at(step), view.tailMean.at(step),
               more, excess > 0 ? 100 * more / excess : 0.0);
    }
    for (const qsizetype index : view.tailIndexes) {
        QStringList steps;
        for (const double ms : sampleSteps.at(index))
            steps << QString::number(ms, 'f', 3);
        QStringList parts;
        for (const double ms : sampleCommitParts.at(index))
            parts << QString::number(ms, 'f', 3);
        qCInfo(lcBench, "  sample %lld: steps %s ms; step 4's parts %s ms",
               qlonglong(sampleNumbers.at(index)), qPrintable(steps.join(u' ')),
               parts.isEmpty() ? "(not stamped)" : qPrintable(parts.join(u' ')));
    }
}

} // namespace

QList<Figure> measurePropagationBreakdown(BenchContext &context)
{
    const BenchOptions &options = context.options();
    BenchServer server(context, u"propagation-traced"_s);
    server.process().setEnvironmentVariable(u"QT_LOGGING_RULES"_s,
                                            u"syncscope.server.trace.debug=true"_s);
    if (!server.start()) {
        qCWarning(lcBench) << "propagation breakdown:" << server.errorString();
        return {};
    }
    ClientStampCollector collector;
    BenchClient clientA(server.url(), server.token(), context.newDirectory(u"traced-a"_s));
    BenchClient clientB(server.url(), server.token(), context.newDirectory(u"traced-b"_s));
    std::shared_ptr<Realm> writer = clientA.open(u"/bench/propagation-traced"_s);
    std::shared_ptr<Realm> reader = clientB.open(u"/bench/propagation-traced"_s);
    if (!writer || !reader)
        return {};
    if (!waitUntilInSync(*writer, *reader) || !firstWriteBeforeTheSamples(*writer, *reader)) {
        qCWarning(lcBench) << "propagation breakdown: the clients did not get in sync";
        return {};
    }

    QString awaitedKey;
    qint64 arrivedNs = -1;
    QObject::connect(reader.get(), &Realm::changed, reader.get(), [&](const QStringList &keys) {
        if (keys.contains(awaitedKey))
            arrivedNs = monotonicNs();
    });
    const QByteArray value(100, 'p');
    QList<Sample> samples;
    for (int i = 0; i < options.propagationSamples; ++i) {
        awaitedKey = u"traced-k%1"_s.arg(i);
        arrivedNs = -1;
        const qint64 startNs = monotonicNs();
        if (!writer->write(awaitedKey, value) || !waitUntil([&] { return arrivedNs >= 0; }, 30s)) {
            qCWarning(lcBench) << "propagation breakdown: a write did not arrive";
            return {};
        }
        samples.append({startNs, arrivedNs});
        if (!writerAcknowledged(*writer)) { // as in the propagation figure
            qCWarning(lcBench) << "propagation breakdown: a write was not acknowledged";
            return {};
        }
    }
    // The server's stamps arrive on its stderr: wait until the last write's are all read.
    QList<Stamp> stamps = collector.stamps();
    const qint64 lastArrival = samples.constLast().arrivedNs;
    const auto serverStamps = [&] {
        QList<Stamp> parsed;
        const QStringList lines = server.process().standardError().split(u'\n');
        for (const QString &line : lines) {
            if (const std::optional<Stamp> stamp = parseStamp(line))
                parsed.append(*stamp);
        }
        return parsed;
    };
    waitUntil(
        [&] {
            const QList<Stamp> parsed = serverStamps();
            return std::any_of(parsed.cbegin(), parsed.cend(), [&](const Stamp &stamp) {
                return stamp.stage == u"server-download-sent"_s && stamp.ns <= lastArrival &&
                       stamp.ns >= samples.constLast().startNs;
            });
        },
        10s);
    stamps += serverStamps();
    std::optional<quint64> writerFile;
    for (const Stamp &stamp : std::as_const(stamps)) {
        if (stamp.stage == u"client-committed"_s && stamp.file != 0) {
            writerFile = stamp.file;
            break;
        }
    }
    if (!writerFile) {
        qCWarning(lcBench) << "propagation breakdown: no stamps (is the trace category built in?)";
        return {};
    }

    // Which side stamps each point: the writer (client A and the server's session of A) or
    // the reader (client B and the server's session of B).
    constexpr std::array kWriterSide{true, true, true, true, true, false, false, false, false};
    static_assert(kWriterSide.size() == 9);
    const QStringList points = names::propagationPoints();
    QList<QList<double>> stepMs(points.size() - 1);
    // Finer stamps inside step 4 (the server's group commit), logged only: handed to the
    // storage thread, begun there, committed there; then reported on the event loop.
    const QStringList commitPoints{u"server-group-queued"_s, u"server-storage-began"_s,
                                   u"server-storage-committed"_s};
    QList<QList<double>> commitMs(commitPoints.size() + 1);
    // Step 6 in this bench: both clients share one thread, so B's DOWNLOAD may wait while A's
    // acknowledgement (sent by the server in the same instant) is handled.
    QList<double> ackBeforeDownloadMs;
    int ackFirst = 0;
    int complete = 0;
    // Per complete sample: its steps, its place in the run and step 4's parts (if stamped).
    QList<QList<double>> sampleSteps;
    QList<qsizetype> sampleNumbers;
    QList<QList<double>> sampleCommitParts;
    for (qsizetype number = 0; number < samples.size(); ++number) {
        const Sample &sample = samples.at(number);
        QList<qint64> at{sample.startNs};
        for (qsizetype point = 1; point + 1 < points.size(); ++point) {
            const std::optional<qint64> ns =
                firstStamp(stamps, points.at(point), *writerFile, kWriterSide[size_t(point)],
                           at.last(), sample.arrivedNs);
            if (!ns)
                break;
            at.append(*ns);
        }
        if (at.size() + 1 != points.size())
            continue; // a stage was not stamped in this sample's window (a reconnect, say)
        at.append(sample.arrivedNs);
        QList<double> steps;
        for (qsizetype step = 0; step + 1 < at.size(); ++step) {
            steps.append(double(at[step + 1] - at[step]) / 1e6);
            stepMs[step].append(steps.last());
        }
        sampleSteps.append(steps);
        sampleNumbers.append(number);
        sampleCommitParts.append(QList<double>());
        ++complete;
        QList<qint64> inCommit{at[3]};
        for (const QString &point : commitPoints) {
            if (const std::optional<qint64> ns =
                    firstStamp(stamps, point, *writerFile, true, inCommit.last(), at[4]))
                inCommit.append(*ns);
        }
        if (inCommit.size() == commitPoints.size() + 1) {
            inCommit.append(at[4]);
            for (qsizetype step = 0; step + 1 < inCommit.size(); ++step) {
                commitMs[step].append(double(inCommit[step + 1] - inCommit[step]) / 1e6);
                sampleCommitParts.last().append(commitMs[step].last());
            }
        }
        // A's acknowledgement stored before B's DOWNLOAD was received.
        if (const std::optional<qint64> ackStored =
                firstStamp(stamps, u"client-stored"_s, *writerFile, true, at[5], sample.arrivedNs);
            ackStored && *ackStored <= at[6]) {
            ++ackFirst;
            if (const std::optional<qint64> ackReceived = firstStamp(
                    stamps, u"client-download-received"_s, *writerFile, true, at[5], *ackStored))
                ackBeforeDownloadMs.append(double(*ackStored - *ackReceived) / 1e6);
        }
    }
    QList<double> endToEndMs;
    for (const Sample &sample : std::as_const(samples))
        endToEndMs.append(double(sample.arrivedNs - sample.startNs) / 1e6);
    qCInfo(lcBench,
           "propagation breakdown: %d of %lld samples had every stamp; write() → changed p50 "
           "%.3f ms, p99 %.3f ms",
           complete, qlonglong(samples.size()), percentile(endToEndMs, 50),
           percentile(endToEndMs, 99));
    const QStringList stepNames = names::propagationSteps();
    QList<Figure> figures;
    for (qsizetype step = 0; step < stepMs.size(); ++step) {
        // One figure per step: the median over this run's samples (a run is not repeated).
        Figure figure = makeFigure(stepNames.at(step), u"ms"_s, false, {median(stepMs[step])});
        figures << figure;
        // The p99 in the log only (the figures keep their shape): which step holds the tail.
        qCInfo(lcBench, "  %-70s %.3f ms (p99 %.3f ms)", qPrintable(figure.name), figure.value,
               percentile(stepMs[step], 99));
    }
    const QStringList commitSteps{
        u"received → handed to the storage thread"_s, u"handed → begun on the storage thread"_s,
        u"begun → committed on the storage thread (the SQL, its fdatasync)"_s,
        u"committed → reported on the event loop"_s};
    for (qsizetype step = 0; step < commitMs.size(); ++step) {
        qCInfo(lcBench, "    step 4, %-62s %.3f ms (p99 %.3f ms, %lld samples)",
               qPrintable(commitSteps.at(step)), median(commitMs[step]),
               percentile(commitMs[step], 99), qlonglong(commitMs[step].size()));
    }
    qCInfo(lcBench,
           "    step 6: A's acknowledgement handled before B's DOWNLOAD was read in %d of %d "
           "samples (its received → stored p50 %.3f ms)",
           ackFirst, complete, median(ackBeforeDownloadMs));
    logTail(sampleSteps, sampleNumbers, sampleCommitParts);
    return figures;
}

} // namespace syncscope::bench
