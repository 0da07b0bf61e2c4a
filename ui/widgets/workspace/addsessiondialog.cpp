#include "workspace/addsessiondialog.h"

#include "workspace/workspacefile.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace syncscope::ui {

AddSessionDialog::AddSessionDialog(std::function<bool(const QString &)> isNameTaken,
                                   const QUrl &defaultServer, QWidget *parent)
    : QDialog(parent)
    , m_isNameTaken(std::move(isNameTaken))
    , m_name(new QLineEdit(this))
    , m_server(new QLineEdit(defaultServer.toString(), this))
    , m_token(new QPlainTextEdit(this))
    , m_realm(new QLineEdit(this))
    , m_local(new QLineEdit(this))
    , m_expectedToFail(new QCheckBox(tr("E&xpected to fail (a headless run ignores its Invalid "
                                        "end)"),
                                     this))
    , m_error(new QLabel(this))
{
    setWindowTitle(tr("Add session"));
    m_server->setPlaceholderText(QStringLiteral("ws://127.0.0.1:7800"));
    m_realm->setPlaceholderText(QStringLiteral("/team/tasks"));
    m_local->setPlaceholderText(tr("optional; default: in the app-data folder"));
    m_token->setPlaceholderText(tr("paste the output of: syncscope-server token …"));
    m_token->setTabChangesFocus(true);
    m_token->setFixedHeight(m_token->fontMetrics().height() * 4 + 12);
    m_error->setWordWrap(true);
    m_error->setForegroundRole(QPalette::BrightText);
    m_error->setAccessibleName(tr("Problem with the session"));
    m_name->setAccessibleName(tr("Session name"));
    m_server->setAccessibleName(tr("Server URL"));
    m_token->setAccessibleName(tr("Access token"));
    m_realm->setAccessibleName(tr("Realm path"));
    m_local->setAccessibleName(tr("Local file"));

    auto *browse = new QPushButton(tr("&Browse…"), this);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(
            this, tr("Local file"), m_local->text(), tr("Realm files (*.realm);;All files (*)"),
            nullptr, QFileDialog::DontConfirmOverwrite);
        if (!path.isEmpty())
            m_local->setText(path);
    });
    auto *localRow = new QHBoxLayout;
    localRow->addWidget(m_local, 1);
    localRow->addWidget(browse);

    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Server URL:"), m_server);
    form->addRow(tr("Access &token:"), m_token);
    form->addRow(tr("&Realm path:"), m_realm);
    form->addRow(tr("&Local file:"), localRow);
    form->addRow(QString(), m_expectedToFail);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Add"));
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &AddSessionDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &AddSessionDialog::reject);
    setMinimumWidth(fontMetrics().horizontalAdvance(u'M') * 40);
}

monitor::SessionDefinition AddSessionDialog::definition() const
{
    monitor::SessionDefinition d;
    d.name = m_name->text().trimmed();
    d.serverUrl = QUrl(m_server->text().trimmed(), QUrl::StrictMode);
    d.token = m_token->toPlainText().trimmed();
    d.realmPath = m_realm->text().trimmed();
    d.localPath = m_local->text().trimmed();
    d.expectedToFail = m_expectedToFail->isChecked();
    return d;
}

void AddSessionDialog::setDefinition(const monitor::SessionDefinition &d)
{
    m_name->setText(d.name);
    m_server->setText(d.serverUrl.toString());
    m_token->setPlainText(d.token);
    m_realm->setText(d.realmPath);
    m_local->setText(d.localPath);
    m_expectedToFail->setChecked(d.expectedToFail);
}

QString AddSessionDialog::validationError() const
{
    const monitor::SessionDefinition d = definition();
    if (m_isNameTaken && m_isNameTaken(d.name))
        return tr("Another session already has the name \"%1\".").arg(d.name);
    return monitor::WorkspaceFile::definitionError(d);
}

void AddSessionDialog::accept()
{
    const QString error = validationError();
    m_error->setText(error);
    if (error.isEmpty())
        QDialog::accept();
}

} // namespace syncscope::ui
