#include "export/exportcontroller.h"

#include <QProgressDialog>
#include <QPromise>
#include <QtConcurrent>

namespace syncscope::ui {

using namespace monitor;

ExportController::ExportController(QWidget *dialogParent, QObject *parent)
    : QObject(parent)
    , m_dialogParent(dialogParent)
{
    connect(&m_watcher, &QFutureWatcher<QString>::finished, this, [this] {
        if (m_dialog) {
            m_dialog->reset();
            m_dialog->deleteLater();
        }
        const QString error = m_watcher.isCanceled() || m_watcher.future().resultCount() == 0
                                  ? tr("export cancelled")
                                  : m_watcher.result();
        Q_EMIT finished(m_path, m_records, error);
    });
    connect(&m_watcher, &QFutureWatcher<QString>::progressValueChanged, this, [this](int value) {
        if (m_dialog)
            m_dialog->setValue(value);
    });
}

void ExportController::start(const ProgressExportJob &job)
{
    m_path = job.path;
    m_records = job.records.size();
    constexpr int kSteps = 1000;
    m_dialog = new QProgressDialog(tr("Exporting %n progress report(s)…", nullptr, int(m_records)),
                                   tr("Cancel"), 0, kSteps, m_dialogParent);
    m_dialog->setWindowTitle(tr("Export progress log"));
    m_dialog->setWindowModality(Qt::WindowModal);
    m_dialog->setMinimumDuration(400); // small exports finish before it would show
    m_dialog->setAutoClose(false);
    m_dialog->setAutoReset(false);
    connect(m_dialog, &QProgressDialog::canceled, this, [this] { m_watcher.cancel(); });

    const QFuture<QString> future = QtConcurrent::run([job](QPromise<QString> &promise) {
        promise.setProgressRange(0, kSteps);
        QString error;
        ProgressExportWriter::write(job, &error, [&promise](qsizetype done, qsizetype total) {
            promise.setProgressValue(total == 0 ? kSteps : int(done * kSteps / total));
            return !promise.isCanceled();
        });
        promise.addResult(error);
    });
    m_watcher.setFuture(future);
}

} // namespace syncscope::ui
