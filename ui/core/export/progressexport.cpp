#include "export/progressexport.h"

#include "monitor/sessionstatus.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonValue>
#include <QSaveFile>

namespace syncscope::monitor {

namespace {

// RFC 4180: quote a field that holds a comma, a quote or a line break; double inner quotes.
QByteArray csvField(const QString &text)
{
    QByteArray utf8 = text.toUtf8();
    if (!utf8.contains(',') && !utf8.contains('"') && !utf8.contains('\n') &&
        !utf8.contains('\r')) {
        return utf8;
    }
    utf8.replace("\"", "\"\"");
    return '"' + utf8 + '"';
}

QByteArray jsonString(const QString &text)
{
    // QJsonDocument does the escaping; an array of one string is the cheapest way to ask it.
    const QByteArray array = QJsonDocument(QJsonArray{text}).toJson(QJsonDocument::Compact);
    return array.mid(1, array.size() - 2);
}

} // namespace

std::optional<ExportFormat> exportFormatForPath(const QString &path)
{
    if (path.endsWith(QStringLiteral(".csv"), Qt::CaseInsensitive))
        return ExportFormat::Csv;
    if (path.endsWith(QStringLiteral(".jsonl"), Qt::CaseInsensitive))
        return ExportFormat::JsonLines;
    return std::nullopt;
}

QByteArray ProgressExportWriter::csvHeader()
{
    return QByteArrayLiteral(
        "timestamp_ms,session,realm_path,direction,transferred,transferable\n");
}

QByteArray ProgressExportWriter::csvLine(const ProgressRecord &record, const SessionLabel &label)
{
    return QByteArray::number(record.timestampMs) + ',' + csvField(label.name) + ',' +
           csvField(label.realmPath) + ',' + directionKey(record.direction).toLatin1() + ',' +
           QByteArray::number(record.transferred) + ',' + QByteArray::number(record.transferable) +
           '\n';
}

QByteArray ProgressExportWriter::jsonLine(const ProgressRecord &record, const SessionLabel &label)
{
    return "{\"timestamp_ms\":" + QByteArray::number(record.timestampMs) +
           ",\"session\":" + jsonString(label.name) +
           ",\"realm_path\":" + jsonString(label.realmPath) + ",\"direction\":\"" +
           directionKey(record.direction).toLatin1() +
           "\",\"transferred\":" + QByteArray::number(record.transferred) +
           ",\"transferable\":" + QByteArray::number(record.transferable) + "}\n";
}

bool ProgressExportWriter::write(const ProgressExportJob &job, QString *error,
                                 const ProgressCallback &progress)
{
    auto fail = [&](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    QSaveFile file(job.path);
    if (!file.open(QIODevice::WriteOnly))
        return fail(QCoreApplication::translate("ProgressExport", "cannot write %1: %2")
                        .arg(job.path, file.errorString()));

    const qsizetype total = job.records.size();
    constexpr qsizetype kChunk = 4096; // records per write and per progress call
    QByteArray buffer;
    if (job.format == ExportFormat::Csv)
        buffer = csvHeader();
    for (qsizetype i = 0; i < total; ++i) {
        const ProgressRecord &record = job.records.at(i);
        const SessionLabel label = job.labels.value(record.sessionId);
        buffer +=
            job.format == ExportFormat::Csv ? csvLine(record, label) : jsonLine(record, label);
        if ((i + 1) % kChunk == 0) {
            if (file.write(buffer) != buffer.size())
                return fail(QCoreApplication::translate("ProgressExport", "cannot write %1: %2")
                                .arg(job.path, file.errorString()));
            buffer.clear();
            if (progress && !progress(i + 1, total)) {
                file.cancelWriting();
                return fail(QCoreApplication::translate("ProgressExport", "export cancelled"));
            }
        }
    }
    if (file.write(buffer) != buffer.size() || !file.commit())
        return fail(QCoreApplication::translate("ProgressExport", "cannot write %1: %2")
                        .arg(job.path, file.errorString()));
    if (progress)
        progress(total, total);
    return true;
}

} // namespace syncscope::monitor
