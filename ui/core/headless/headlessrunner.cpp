#include "headless/headlessrunner.h"

#include "export/progressexport.h"
#include "headless/headlessconsole.h"
#include "headless/statusreport.h"
#include "monitor/logging.h"
#include "monitor/monitoredsession.h"
#include "monitor/sessionmonitor.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>

namespace syncscope::monitor {

HeadlessRunner::HeadlessRunner(SessionMonitor *monitor, HeadlessConsole *console, QObject *parent)
    : QObject(parent)
    , m_monitor(monitor)
    , m_console(console)
{
    m_table.setInterval(std::chrono::seconds(1));
    connect(&m_table, &QTimer::timeout, this, &HeadlessRunner::printTable);
    m_end.setSingleShot(true);
    connect(&m_end, &QTimer::timeout, this, &HeadlessRunner::finish);
}

void HeadlessRunner::start()
{
    m_clock.start();
    m_table.start();
    if (m_duration)
        m_end.start(*m_duration);
}

qint64 HeadlessRunner::elapsedSeconds() const
{
    return m_clock.isValid() ? qRound64(m_clock.elapsed() / 1000.0) : 0;
}

QStringList HeadlessRunner::statusTable() const
{
    return StatusReport(m_monitor, elapsedSeconds(), QDateTime::currentDateTime())
        .tableLines(m_console->width());
}

void HeadlessRunner::printTable()
{
    const StatusReport report(m_monitor, elapsedSeconds(), QDateTime::currentDateTime());
    if (m_format == Format::Json) {
        m_console->printLines(
            {QString::fromUtf8(QJsonDocument(report.tickObject()).toJson(QJsonDocument::Compact))});
        return;
    }
    QStringList lines = report.tableLines(m_console->width());
    if (!m_console->redrawsInPlace())
        lines << QString(); // appended tables: a blank line between two ticks
    m_console->showFrame(lines);
}

QString HeadlessRunner::summary() const
{
    QString text = tr("Summary after %1 s:").arg(elapsedSeconds()) + u'\n';
    for (const MonitoredSession *session : m_monitor->sessions()) {
        QString line = QStringLiteral("  ") + session->name() + QStringLiteral(": ") +
                       stateBadgeText(session->stateBadge()) + QStringLiteral(", ") +
                       connectionBadgeText(session->connectionBadge());
        if (session->stateBadge() == StateBadge::Invalid) {
            line += QStringLiteral(" — ") + session->lastErrorText();
            line += session->isExpectedToFail() ? tr(" (expected)") : tr(" (UNEXPECTED)");
        }
        text += line + u'\n';
    }
    text += tr("Progress reports recorded: %1 (dropped: %2)")
                .arg(m_monitor->recorder()->size())
                .arg(m_monitor->recorder()->droppedCount()) +
            u'\n';
    if (!m_exportResult.isEmpty())
        text += m_exportResult + u'\n';
    // The code said here is the code the process returns.
    text += m_failures.isEmpty() ? tr("Result: healthy (exit code %1)").arg(m_exitCode)
                                 : tr("Result: %1 (exit code %2)")
                                       .arg(m_failures.join(QStringLiteral("; ")))
                                       .arg(m_exitCode);
    return text;
}

QJsonObject HeadlessRunner::summaryObject() const
{
    const QDateTime now = QDateTime::currentDateTime();
    QJsonArray sessions;
    for (const MonitoredSession *session : m_monitor->sessions()) {
        QJsonObject object = StatusReport::sessionObject(session, now);
        object.insert(QStringLiteral("expected_to_fail"), session->isExpectedToFail());
        sessions.append(object);
    }
    QJsonValue exported = QJsonValue::Null;
    if (!m_exportPath.isEmpty()) {
        exported = QJsonObject{{QStringLiteral("path"), m_exportPath},
                               {QStringLiteral("ok"), m_exportWritten},
                               {QStringLiteral("message"), m_exportResult}};
    }
    return QJsonObject{
        {QStringLiteral("type"), QStringLiteral("summary")},
        {QStringLiteral("time"), now.toUTC().toString(Qt::ISODateWithMs)},
        {QStringLiteral("elapsed_s"), elapsedSeconds()},
        {QStringLiteral("sessions"), sessions},
        {QStringLiteral("progress_reports"), qint64(m_monitor->recorder()->size())},
        {QStringLiteral("progress_reports_dropped"), qint64(m_monitor->recorder()->droppedCount())},
        {QStringLiteral("export"), exported},
        {QStringLiteral("failures"), QJsonArray::fromStringList(m_failures)},
        {QStringLiteral("exit_code"), m_exitCode},
    };
}

int HeadlessRunner::disconnectedTooLong() const
{
    if (!m_failOnDisconnected)
        return 0;
    const QDateTime now = QDateTime::currentDateTime();
    const QDateTime runStart = now.addMSecs(-(m_clock.isValid() ? m_clock.elapsed() : 0));
    int count = 0;
    for (const MonitoredSession *session : m_monitor->sessions()) {
        if (session->isExpectedToFail() || session->stateBadge() == StateBadge::Paused ||
            session->stateBadge() == StateBadge::Invalid ||
            session->connectionBadge() == ConnectionBadge::Connected)
            continue;
        // Down since the outage began, or — never connected — since the run began.
        QDateTime since = session->disconnectedSince();
        if (!since.isValid())
            since = runStart;
        if (since.secsTo(now) >= m_failOnDisconnected->count())
            ++count;
    }
    return count;
}

void HeadlessRunner::finish()
{
    if (m_finished)
        return;
    m_finished = true;
    m_table.stop();
    m_end.stop();
    m_monitor->sampleNow();
    printTable();

    m_failures.clear();
    if (const int unexpected = m_monitor->unexpectedInvalidCount(); unexpected > 0)
        m_failures << tr("%n session(s) unexpectedly Invalid", nullptr, unexpected);
    if (const int down = disconnectedTooLong(); down > 0)
        m_failures << tr("%n session(s) disconnected for %1 s or longer", nullptr, down)
                          .arg(m_failOnDisconnected->count());
    if (!m_exportPath.isEmpty()) {
        ProgressExportJob job;
        job.path = m_exportPath;
        job.format = exportFormatForPath(m_exportPath).value_or(ExportFormat::Csv);
        job.records = m_monitor->recorder()->snapshot();
        job.labels = m_monitor->progressLabels();
        QString error;
        m_exportWritten = ProgressExportWriter::write(job, &error);
        if (m_exportWritten) {
            m_exportResult =
                tr("Exported %1 progress reports to %2").arg(job.records.size()).arg(m_exportPath);
        } else {
            m_exportResult = tr("Export failed: %1").arg(error);
            m_failures << tr("the export failed");
        }
    }
    m_exitCode = m_failures.isEmpty() ? Healthy : Failed;
    if (m_format == Format::Json)
        m_console->printLines(
            {QString::fromUtf8(QJsonDocument(summaryObject()).toJson(QJsonDocument::Compact))});
    else
        m_console->printLines(summary().split(u'\n'));
    Q_EMIT finished(m_exitCode);
}

} // namespace syncscope::monitor
