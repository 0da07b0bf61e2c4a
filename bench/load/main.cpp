// syncscope-bench-load: a protocol-level load client for syncscope-server, in its own process
// so that its work does not count against the server or the bench driver.
//   syncscope-bench-load seed  --url U --token T --prefix P --sessions N [--connections C]
//   syncscope-bench-load scale --url U --token T --prefix P --sessions N --connections C
//                              --seconds D [--value-bytes B]
#include "loadrun.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

using namespace Qt::StringLiterals;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const auto tr = [](const char *text) { return QCoreApplication::translate("Bench", text); };
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Protocol-level load client of the Syncscope bench."));
    parser.addHelpOption();
    parser.addPositionalArgument(u"mode"_s, tr("seed or scale"));
    const QCommandLineOption url(u"url"_s, tr("Server URL."), u"URL"_s);
    const QCommandLineOption token(u"token"_s, tr("Access token."), u"TOKEN"_s);
    const QCommandLineOption prefix(u"prefix"_s, tr("Realm path prefix."), u"PATH"_s);
    const QCommandLineOption sessions(u"sessions"_s, tr("Sessions."), u"N"_s, u"1"_s);
    const QCommandLineOption connections(u"connections"_s, tr("Connections."), u"N"_s, u"1"_s);
    const QCommandLineOption seconds(u"seconds"_s, tr("Steady-phase seconds."), u"N"_s, u"10"_s);
    const QCommandLineOption valueBytes(u"value-bytes"_s, tr("Bytes per value."), u"N"_s, u"100"_s);
    parser.addOptions({url, token, prefix, sessions, connections, seconds, valueBytes});
    parser.process(app);

    syncscope::bench::LoadPlan plan;
    plan.url = QUrl(parser.value(url));
    plan.token = parser.value(token);
    plan.prefix = parser.value(prefix);
    plan.sessions = parser.value(sessions).toInt();
    plan.connections = parser.value(connections).toInt();
    plan.seconds = parser.value(seconds).toInt();
    plan.valueBytes = parser.value(valueBytes).toInt();
    const QString mode = parser.positionalArguments().value(0);
    if (!plan.url.isValid() || plan.token.isEmpty() || plan.prefix.isEmpty() ||
        plan.sessions <= 0 || plan.connections <= 0 || plan.seconds <= 0 || plan.valueBytes < 0 ||
        (mode != "seed"_L1 && mode != "scale"_L1)) {
        QTextStream(stderr) << parser.helpText();
        return 2;
    }
    plan.connections = std::min(plan.connections, plan.sessions);
    syncscope::bench::LoadRun run(plan);
    if (mode == "seed"_L1)
        run.seed();
    else
        run.scale();
    return app.exec();
}
