#pragma once

#include "monitor/progressrecorder.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>

#include <functional>
#include <optional>

namespace syncscope::monitor {

// The two progress-log formats of docs/api.md.
enum class ExportFormat { Csv, JsonLines };

// By the file name: ".csv" or ".jsonl" (case-insensitive); anything else has no format.
std::optional<ExportFormat> exportFormatForPath(const QString &path);

struct ProgressExportJob
{
    QString path;
    ExportFormat format = ExportFormat::Csv;
    QList<ProgressRecord> records;
    QHash<int, SessionLabel> labels;
};

// Writes the progress log. Pure function of its input, so it runs on a worker thread.
// `progress(done, total)` is called now and then; returning false cancels. The file appears only
// when everything was written (QSaveFile): a cancel or an error leaves an existing file as it was.
class ProgressExportWriter final
{
public:
    using ProgressCallback = std::function<bool(qsizetype done, qsizetype total)>;

    static bool write(const ProgressExportJob &job, QString *error,
                      const ProgressCallback &progress = {});

    static QByteArray csvHeader(); // "timestamp_ms,session,realm_path,direction,..."
    static QByteArray csvLine(const ProgressRecord &record, const SessionLabel &label);
    static QByteArray jsonLine(const ProgressRecord &record, const SessionLabel &label);
};

} // namespace syncscope::monitor
