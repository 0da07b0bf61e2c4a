#pragma once

#include "workspace/workspace.h"

#include <QDialog>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace syncscope::monitor {
class ConnectionTest;
}

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

    // Edit… and Duplicate… reuse the dialog: its title and the accept button's text.
    void setPurpose(const QString &title, const QString &acceptText);

    // A relative local file is taken relative to this folder (the workspace file's) and shown
    // absolute once typed.
    void setBaseFolder(const QString &folder) { m_baseFolder = folder; }

    monitor::SessionDefinition definition() const;
    void setDefinition(const monitor::SessionDefinition &definition);
    QString validationError() const; // what accept() would complain about, or empty
    QWidget *fieldInError() const;   // the field validationError() is about, or nullptr
    QString shownError() const;      // the problem the dialog shows now
    QString tokenText() const;       // what the dialog says about the token (expiry, grants)
    QString testResult() const;      // the last Test connection's report
    QPushButton *testButton() const { return m_test; }
    void testConnection();

    void accept() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void colourTheError();

    std::function<bool(const QString &)> m_isNameTaken;
    QLineEdit *m_name;
    QLineEdit *m_server;
    QLineEdit *m_nodes; // further nodes of the same server, separated by spaces or commas
    QPlainTextEdit *m_token;
    QLineEdit *m_realm;
    QLineEdit *m_local;
    QCheckBox *m_expectedToFail;
    QLabel *m_error;
    QString m_baseFolder;
    QString resolvedLocalPath() const;
    QLabel *m_tokenFacts;
    QPushButton *m_test;
    QLabel *m_testResult;
    QPushButton *m_accept = nullptr;
    monitor::ConnectionTest *m_connectionTest;
};

} // namespace syncscope::ui
