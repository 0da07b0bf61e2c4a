#pragma once

#include "export/progressexport.h"

#include <QFutureWatcher>
#include <QObject>
#include <QPointer>

class QProgressDialog;
class QWidget;

namespace syncscope::ui {

// Runs a progress-log export on a worker thread (QtConcurrent) so the window keeps updating;
// a progress dialog with Cancel appears when it takes longer than a moment.
class ExportController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExportController)

public:
    explicit ExportController(QWidget *dialogParent, QObject *parent = nullptr);

    void start(const monitor::ProgressExportJob &job);
    bool isRunning() const { return m_watcher.isRunning(); }

Q_SIGNALS:
    // error is empty on success.
    void finished(const QString &path, qsizetype records, const QString &error);

private:
    QPointer<QWidget> m_dialogParent;
    QFutureWatcher<QString> m_watcher;
    QPointer<QProgressDialog> m_dialog;
    QString m_path;
    qsizetype m_records = 0;
};

} // namespace syncscope::ui
