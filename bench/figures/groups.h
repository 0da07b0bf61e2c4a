#pragma once

#include "harness/figure.h"

#include <QList>

#include <optional>

namespace syncscope {
class Realm;
}

namespace syncscope::bench {

class BenchContext;

// One function per figure group (`syncscope-bench <group>`); each measures its figures and
// their same-run baselines. An empty list means the group could not run (it logs why).
QList<Figure> measureLocalWrite(BenchContext &context);
QList<Figure> measureThroughput(BenchContext &context);
QList<Figure> measurePropagation(BenchContext &context);
// Called by measurePropagation: the median of each step between the stage stamps.
QList<Figure> measurePropagationBreakdown(BenchContext &context);
// Waits (up to 30 s) until the writer's uploads are acknowledged and that is handled.
bool writerAcknowledged(Realm &writer);
// The realm's first local write, propagated and acknowledged before the samples and not
// counted: it also makes the new file's creation durable and grows its log, a cost of a
// file's first write, not of a propagation. Its latency in ms (logged), nullopt if it failed.
std::optional<double> firstWriteBeforeTheSamples(Realm &writer, Realm &reader);
QList<Figure> measureSessions(BenchContext &context);
QList<Figure> measureServerScale(BenchContext &context);
QList<Figure> measureOperatorCost(BenchContext &context);
QList<Figure> measureWaitTimeout(BenchContext &context);
QList<Figure> measureReconnect(BenchContext &context);
// chart and monitor run in syncscope-bench-gui, a QApplication under the offscreen platform.
QList<Figure> measureInGuiProcess(BenchContext &context, const QStringList &groups);

} // namespace syncscope::bench
