#pragma once

#include "workspace/workspace.h"

#include <QDialog>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace syncscope::ui {

// Adds one session to the open workspace: name, server URL, access token, realm path and an
// optional local file. Refuses what the workspace file would refuse, with the same words.
class AddSessionDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AddSessionDialog)

public:
    // isNameTaken: names are unique within a workspace.
    AddSessionDialog(std::function<bool(const QString &)> isNameTaken, const QUrl &defaultServer,
                     QWidget *parent = nullptr);

    monitor::SessionDefinition definition() const;
    void setDefinition(const monitor::SessionDefinition &definition);
    QString validationError() const; // what accept() would complain about, or empty
    QWidget *fieldInError() const;   // the field validationError() is about, or nullptr
    QString shownError() const;      // the problem the dialog shows now

    void accept() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void colourTheError();

    std::function<bool(const QString &)> m_isNameTaken;
    QLineEdit *m_name;
    QLineEdit *m_server;
    QPlainTextEdit *m_token;
    QLineEdit *m_realm;
    QLineEdit *m_local;
    QCheckBox *m_expectedToFail;
    QLabel *m_error;
};

} // namespace syncscope::ui
