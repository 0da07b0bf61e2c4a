#include "operator/attachserverdialog.h"

#include "workspace/workspacefile.h"

#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace syncscope::ui {

AttachServerDialog::AttachServerDialog(QWidget *parent)
    : QDialog(parent)
    , m_url(new QLineEdit(this))
    , m_useFile(new QRadioButton(tr("Token &file:"), this))
    , m_usePaste(new QRadioButton(tr("&Paste token:"), this))
    , m_tokenFile(new QLineEdit(this))
    , m_token(new QLineEdit(this))
    , m_problem(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Attach to server"));
    m_url->setPlaceholderText(QStringLiteral("ws://127.0.0.1:7801"));
    m_url->setAccessibleName(tr("Operator API URL"));
    m_url->setToolTip(
        tr("The address syncscope-server --operator-listen serves (ws:// or wss://)"));
    m_tokenFile->setPlaceholderText(tr("from syncscope-server token --operator"));
    m_tokenFile->setAccessibleName(tr("Operator token file"));
    m_token->setEchoMode(QLineEdit::Password);
    m_token->setAccessibleName(tr("Operator token"));
    m_token->setPlaceholderText(tr("eyJhbGciOiJIUzI1NiIs…"));
    m_useFile->setChecked(true);
    m_problem->setWordWrap(true);
    m_problem->setAccessibleName(tr("What is missing"));

    auto *browse = new QPushButton(tr("&Browse…"), this);
    connect(browse, &QPushButton::clicked, this, &AttachServerDialog::chooseFile);
    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(m_tokenFile, 1);
    fileRow->addWidget(browse);

    auto *form = new QFormLayout;
    form->addRow(tr("&Operator API:"), m_url);
    form->addRow(m_useFile, fileRow);
    form->addRow(m_usePaste, m_token);
    auto *note = new QLabel(tr("A token file is saved in the workspace by its path. A pasted token "
                               "is saved in the workspace itself, which only you can read."),
                            this);
    note->setWordWrap(true);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    for (QLineEdit *edit : {m_url, m_tokenFile, m_token})
        connect(edit, &QLineEdit::textChanged, this, &AttachServerDialog::updateState);
    connect(m_useFile, &QRadioButton::toggled, this, &AttachServerDialog::updateState);
    // Typing into one of the two token fields chooses it.
    connect(m_tokenFile, &QLineEdit::textEdited, m_useFile,
            [this] { m_useFile->setChecked(true); });
    connect(m_token, &QLineEdit::textEdited, m_usePaste, [this] { m_usePaste->setChecked(true); });
    updateState();
    resize(520, sizeHint().height());
}

monitor::ServerAttachment AttachServerDialog::attachment() const
{
    monitor::ServerAttachment server;
    server.url = QUrl(m_url->text().trimmed());
    if (m_useFile->isChecked())
        server.tokenFile = QFileInfo(m_tokenFile->text().trimmed()).absoluteFilePath();
    else
        server.token = m_token->text().trimmed();
    if (m_tokenFile->text().trimmed().isEmpty())
        server.tokenFile.clear();
    return server;
}

QString AttachServerDialog::problem() const
{
    if (m_url->text().trimmed().isEmpty())
        return tr("Give the server's operator API URL.");
    const monitor::ServerAttachment server = attachment();
    // The URL first, with a stand-in token: its error is the one to fix first.
    if (const QString why =
            monitor::WorkspaceFile::attachmentError({server.url, QString(), QStringLiteral("t")});
        !why.isEmpty())
        return why;
    if (const QString why = monitor::WorkspaceFile::attachmentError(server); !why.isEmpty()) {
        if (m_useFile->isChecked() && server.tokenFile.isEmpty())
            return tr("Choose the operator token file.");
        if (m_usePaste->isChecked() && server.token.isEmpty())
            return tr("Paste the operator token.");
        return why;
    }
    if (!server.tokenFile.isEmpty() && !QFileInfo(server.tokenFile).isReadable())
        return tr("Cannot read %1.").arg(server.tokenFile);
    return {};
}

void AttachServerDialog::chooseFile()
{
    const QString path =
        QFileDialog::getOpenFileName(this, tr("Operator token file"), m_tokenFile->text());
    if (path.isEmpty())
        return;
    m_tokenFile->setText(path);
    m_useFile->setChecked(true);
}

void AttachServerDialog::updateState()
{
    const QString why = problem();
    m_problem->setText(why);
    m_problem->setVisible(!why.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(why.isEmpty());
}

} // namespace syncscope::ui
