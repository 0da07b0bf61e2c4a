#pragma once

#include "export/progressexport.h"

#include <QDialog>

class QComboBox;
class QLineEdit;
class QRadioButton;

namespace syncscope::ui {

// Asks what to export (all or the selected sessions), in which format, and where.
class ExportDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExportDialog)

public:
    ExportDialog(int selectedCount, const QString &suggestedPath, QWidget *parent = nullptr);

    bool selectedOnly() const;
    QString path() const;
    monitor::ExportFormat format() const;

    void accept() override;

private:
    void browse();
    void syncSuffix();

    QRadioButton *m_all;
    QRadioButton *m_selected;
    QComboBox *m_format;
    QLineEdit *m_path;
};

} // namespace syncscope::ui
