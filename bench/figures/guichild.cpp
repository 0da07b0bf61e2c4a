// chart and monitor figures need a QApplication under the offscreen platform; they run in
// syncscope-bench-gui so that the other figures keep a plain QCoreApplication event loop.
#include "groups.h"

#include "harness/context.h"
#include "harness/eventwait.h"
#include "harness/report.h"

#include <QProcess>
#include <QProcessEnvironment>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace syncscope::bench {

QList<Figure> measureInGuiProcess(BenchContext &context, const QStringList &groups)
{
    const BenchOptions &options = context.options();
    if (options.guiBin.isEmpty()) {
        qCWarning(lcBench) << "chart/monitor figures need the monitor build "
                              "(SYNCSCOPE_BUILD_MONITOR=ON)";
        return {};
    }
    const QString output = context.newDirectory(u"gui"_s) + u"/figures.json"_s;
    QProcess child;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    child.setProcessEnvironment(environment);
    child.setProcessChannelMode(QProcess::ForwardedChannels);
    child.start(options.guiBin, QStringList(groups)
                                    << sizeArguments(options) << u"--detailed-json"_s << output);
    if (!waitUntil([&] { return child.state() == QProcess::NotRunning; }, 1800s)) {
        child.kill();
        child.waitForFinished();
        qCWarning(lcBench) << "syncscope-bench-gui did not finish";
        return {};
    }
    if (child.exitStatus() != QProcess::NormalExit || child.exitCode() != 0) {
        qCWarning(lcBench) << "syncscope-bench-gui failed with exit code" << child.exitCode();
        return {};
    }
    QString error;
    const std::optional<QJsonArray> array = readJsonFile(output, &error);
    QList<Figure> figures = array ? figuresFromJson(*array, &error) : QList<Figure>();
    if (!error.isEmpty())
        qCWarning(lcBench) << "syncscope-bench-gui wrote unreadable results:" << error;
    return figures;
}

} // namespace syncscope::bench
