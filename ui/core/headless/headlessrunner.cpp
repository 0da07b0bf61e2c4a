#include "headless/headlessrunner.h"

#include "export/progressexport.h"
#include "monitor/logging.h"
#include "monitor/monitoredsession.h"
#include "monitor/sessionmonitor.h"

#include <QDateTime>
#include <QTextStream>

namespace syncscope::monitor {

namespace {

QString cell(const QString &text, int width)
{
    if (text.size() > width)
        return text.left(width - 1) + QChar(0x2026) + u' ';
    return text.leftJustified(width + 1, u' ');
}

QString progressText(const DirectionProgress &p)
{
    if (!p.known)
        return QStringLiteral("-");
    return formatBytes(double(p.transferred)) + u'/' + formatBytes(double(p.transferable));
}

} // namespace

HeadlessRunner::HeadlessRunner(SessionMonitor *monitor, QTextStream *out, QObject *parent)
    : QObject(parent)
    , m_monitor(monitor)
    , m_out(out)
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

QString HeadlessRunner::statusTable() const
{
    QString text = tr("[%1 s] %2 sessions, up %3, down %4")
                       .arg(m_clock.isValid() ? qRound(m_clock.elapsed() / 1000.0) : 0)
                       .arg(m_monitor->count())
                       .arg(formatRate(m_monitor->totalUploadRate()),
                            formatRate(m_monitor->totalDownloadRate())) +
                   u'\n';
    text += cell(tr("NAME"), 22) + cell(tr("STATE"), 9) + cell(tr("CONNECTION"), 12) +
            cell(tr("UPLOAD"), 21) + cell(tr("DOWNLOAD"), 21) + cell(tr("UP/S"), 12) +
            cell(tr("DOWN/S"), 12) + tr("LAST ERROR");
    text += u'\n';
    for (const MonitoredSession *session : m_monitor->sessions()) {
        text += cell(session->name(), 22) + cell(stateBadgeText(session->stateBadge()), 9) +
                cell(connectionBadgeText(session->connectionBadge()), 12) +
                cell(progressText(session->progress(ProgressDirection::Upload)), 21) +
                cell(progressText(session->progress(ProgressDirection::Download)), 21) +
                cell(formatRate(session->uploadRate()), 12) +
                cell(formatRate(session->downloadRate()), 12) + session->lastErrorText().left(60);
        text = text.trimmed() + u'\n';
    }
    return text;
}

void HeadlessRunner::printTable()
{
    *m_out << statusTable() << Qt::endl;
}

QString HeadlessRunner::summary() const
{
    QString text =
        tr("Summary after %1 s:").arg(m_clock.isValid() ? qRound(m_clock.elapsed() / 1000.0) : 0) +
        u'\n';
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
        job.labels = m_monitor->recorder()->labels();
        QString error;
        if (ProgressExportWriter::write(job, &error)) {
            m_exportResult =
                tr("Exported %1 progress reports to %2").arg(job.records.size()).arg(m_exportPath);
        } else {
            m_exportResult = tr("Export failed: %1").arg(error);
            m_failures << tr("the export failed");
        }
    }
    m_exitCode = m_failures.isEmpty() ? Healthy : Failed;
    *m_out << summary() << Qt::endl;
    m_out->flush();
    Q_EMIT finished(m_exitCode);
}

} // namespace syncscope::monitor
