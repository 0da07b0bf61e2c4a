// syncscope-bench-gui: the chart and monitor figures, run by syncscope-bench in a child
// process under QT_QPA_PLATFORM=offscreen. Same flags as syncscope-bench, plus
// --detailed-json FILE where the figures go.
#include "chartfigure.h"
#include "guiloadmeter.h"
#include "monitorfigure.h"

#include "harness/options.h"
#include "harness/report.h"

#include <QTemporaryDir>
#include <QTextStream>

using namespace Qt::StringLiterals;

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    syncscope::bench::TimedApplication app(argc, argv);
    QStringList arguments = QApplication::arguments();
    QString output;
    const qsizetype flag = arguments.indexOf(u"--detailed-json"_s);
    if (flag > 0 && flag + 1 < arguments.size()) {
        output = arguments.at(flag + 1);
        arguments.remove(flag, 2);
    }
    QString error;
    const std::optional<syncscope::bench::BenchOptions> options =
        syncscope::bench::parseOptions(arguments, &error);
    if (!options || output.isEmpty()) {
        QTextStream(stderr) << error << '\n';
        return 2;
    }
    QList<syncscope::bench::Figure> figures;
    if (options->wants(u"chart"_s))
        figures << syncscope::bench::measureChart(*options);
    if (options->wants(u"monitor"_s)) {
        const QTemporaryDir workDir(
            (options->workDir.isEmpty() ? QDir::tempPath() : options->workDir) +
            u"/syncscope-bench-gui-XXXXXX"_s);
        syncscope::bench::GuiLoadMeter meter;
        app.setMeter(&meter);
        figures << syncscope::bench::measureMonitor(*options, meter, workDir.path());
        app.setMeter(nullptr);
    }
    if (!syncscope::bench::writeJsonFile(output, syncscope::bench::figuresToDetailedJson(figures),
                                         &error)) {
        QTextStream(stderr) << output << ": " << error << '\n';
        return 1;
    }
    return 0;
}
