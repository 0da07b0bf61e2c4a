#pragma once

#include "workspace/workspace.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QRadioButton;

namespace syncscope::ui {

// "Attach to server…": the operator API's URL (a syncscope-server's --operator-listen address)
// and the operator token, either as a file (kept by path, so the workspace never holds it) or
// pasted (kept in the workspace file, which is written readable by its owner only). OK stays
// disabled, with the reason shown, until both are usable.
class AttachServerDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AttachServerDialog)

public:
    explicit AttachServerDialog(QWidget *parent = nullptr);

    monitor::ServerAttachment attachment() const;
    QString problem() const; // what keeps OK disabled; empty when fine

    QLineEdit *urlEdit() const { return m_url; }
    QRadioButton *fileChoice() const { return m_useFile; }
    QRadioButton *pasteChoice() const { return m_usePaste; }
    QLineEdit *tokenFileEdit() const { return m_tokenFile; }
    QLineEdit *tokenEdit() const { return m_token; }
    QDialogButtonBox *buttons() const { return m_buttons; }

private:
    void chooseFile();
    void updateState();

    QLineEdit *m_url;
    QRadioButton *m_useFile;
    QRadioButton *m_usePaste;
    QLineEdit *m_tokenFile;
    QLineEdit *m_token;
    QLabel *m_problem;
    QDialogButtonBox *m_buttons;
};

} // namespace syncscope::ui
