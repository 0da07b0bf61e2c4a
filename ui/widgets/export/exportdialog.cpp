#include "export/exportdialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace syncscope::ui {

using monitor::ExportFormat;

ExportDialog::ExportDialog(int selectedCount, const QString &suggestedPath, QWidget *parent)
    : QDialog(parent)
    , m_all(new QRadioButton(tr("&All sessions"), this))
    , m_selected(new QRadioButton(tr("&Selected sessions (%n)", nullptr, selectedCount), this))
    , m_format(new QComboBox(this))
    , m_path(new QLineEdit(suggestedPath, this))
{
    setWindowTitle(tr("Export progress log"));
    // All sessions unless the person picks the selection: exporting a part is the exception.
    m_all->setChecked(true);
    m_selected->setEnabled(selectedCount > 0);
    m_format->addItem(tr("CSV (.csv)"), int(ExportFormat::Csv));
    m_format->addItem(tr("JSON Lines (.jsonl)"), int(ExportFormat::JsonLines));
    m_format->setAccessibleName(tr("Export format"));
    m_path->setAccessibleName(tr("Export file"));
    if (monitor::exportFormatForPath(suggestedPath) == ExportFormat::JsonLines)
        m_format->setCurrentIndex(1);
    auto *browse = new QPushButton(tr("&Browse…"), this);

    auto *pathRow = new QHBoxLayout;
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(browse);
    auto *form = new QFormLayout;
    auto *which = new QVBoxLayout;
    which->addWidget(m_all);
    which->addWidget(m_selected);
    form->addRow(tr("Sessions:"), which);
    form->addRow(tr("&Format:"), m_format);
    // A row of a layout gets no buddy from addRow(): the "&" would show as is.
    auto *pathLabel = new QLabel(tr("Fi&le:"), this);
    pathLabel->setBuddy(m_path);
    form->addRow(pathLabel, pathRow);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("E&xport"));
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::accepted, this, &ExportDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ExportDialog::reject);
    connect(browse, &QPushButton::clicked, this, &ExportDialog::browse);
    connect(m_format, &QComboBox::currentIndexChanged, this, &ExportDialog::syncSuffix);
    setMinimumWidth(fontMetrics().horizontalAdvance(u'M') * 36);
}

bool ExportDialog::selectedOnly() const
{
    return m_selected->isChecked();
}

QString ExportDialog::path() const
{
    return m_path->text().trimmed();
}

ExportFormat ExportDialog::format() const
{
    return ExportFormat(m_format->currentData().toInt());
}

void ExportDialog::syncSuffix()
{
    // The format is told by the file name (docs/api.md), so keep the two in step.
    QString p = path();
    const QString suffix =
        format() == ExportFormat::Csv ? QStringLiteral(".csv") : QStringLiteral(".jsonl");
    if (monitor::exportFormatForPath(p))
        p = p.left(p.lastIndexOf(u'.'));
    m_path->setText(p + suffix);
}

void ExportDialog::browse()
{
    const QString filter =
        format() == ExportFormat::Csv ? tr("CSV files (*.csv)") : tr("JSON Lines files (*.jsonl)");
    const QString chosen =
        QFileDialog::getSaveFileName(this, tr("Export progress log"), path(), filter);
    if (!chosen.isEmpty()) {
        m_path->setText(chosen);
        syncSuffix();
    }
}

void ExportDialog::accept()
{
    if (monitor::exportFormatForPath(path()) != format()) {
        QMessageBox::warning(this, windowTitle(),
                             tr("The file name must end in .csv or .jsonl to match the format."));
        return;
    }
    if (!QFileInfo(path()).absoluteDir().exists()) {
        QMessageBox::warning(this, windowTitle(), tr("The folder does not exist."));
        return;
    }
    QDialog::accept();
}

} // namespace syncscope::ui
