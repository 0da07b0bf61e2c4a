#include "workspace/addsessiondialog.h"

#include "monitor/connectiontest.h"
#include "sessions/badgestyle.h"
#include "workspace/tokenfacts.h"
#include "workspace/workspacefile.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QVBoxLayout>

#include <cmath>

namespace syncscope::ui {

namespace {

// WCAG 2's contrast ratio of two colours (1 to 21).
double contrastRatio(const QColor &a, const QColor &b)
{
    auto luminance = [](const QColor &c) {
        auto channel = [](double v) {
            return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4);
        };
        return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) +
               0.0722 * channel(c.blueF());
    };
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

} // namespace

AddSessionDialog::AddSessionDialog(std::function<bool(const QString &)> isNameTaken,
                                   const QUrl &defaultServer, QWidget *parent)
    : QDialog(parent)
    , m_isNameTaken(std::move(isNameTaken))
    , m_name(new QLineEdit(this))
    , m_server(new QLineEdit(defaultServer.toString(), this))
    , m_nodes(new QLineEdit(this))
    , m_token(new QPlainTextEdit(this))
    , m_realm(new QLineEdit(this))
    , m_local(new QLineEdit(this))
    , m_expectedToFail(new QCheckBox(tr("E&xpected to fail (a headless run ignores its Invalid "
                                        "end)"),
                                     this))
    , m_error(new QLabel(this))
    , m_tokenFacts(new QLabel(this))
    , m_test(new QPushButton(tr("Test conne&ction"), this))
    , m_testResult(new QLabel(this))
    , m_connectionTest(new monitor::ConnectionTest(this))
{
    setWindowTitle(tr("Add session"));
    m_server->setPlaceholderText(QStringLiteral("ws://127.0.0.1:7800"));
    m_nodes->setPlaceholderText(tr("optional: ws://node2:7800 ws://node3:7800"));
    m_nodes->setToolTip(tr("Further nodes of the same server, separated by spaces: when a node "
                           "cannot be reached the session moves on to the next one"));
    m_realm->setPlaceholderText(QStringLiteral("/team/tasks"));
    m_local->setPlaceholderText(tr("optional; default: in the app-data folder"));
    m_token->setPlaceholderText(tr("paste the output of: syncscope-server token …"));
    m_token->setTabChangesFocus(true);
    m_token->setFixedHeight(m_token->fontMetrics().height() * 4 + 12);
    m_error->setWordWrap(true);
    colourTheError();
    m_tokenFacts->setWordWrap(true);
    m_tokenFacts->setAccessibleName(tr("What the token says"));
    m_testResult->setWordWrap(true);
    m_testResult->setAccessibleName(tr("Result of the connection test"));
    m_test->setToolTip(tr("Connect, let the server bind the realm, show its answer and "
                          "disconnect again"));
    connect(m_token, &QPlainTextEdit::textChanged, this, [this] {
        const auto facts = monitor::TokenFacts::of(m_token->toPlainText());
        m_tokenFacts->setText(m_token->toPlainText().trimmed().isEmpty() ? QString()
                                                                         : facts.summary());
    });
    connect(m_local, &QLineEdit::editingFinished, this, [this] {
        if (const QString absolute = resolvedLocalPath(); absolute != m_local->text())
            m_local->setText(absolute);
    });
    connect(m_test, &QPushButton::clicked, this, &AddSessionDialog::testConnection);
    connect(m_connectionTest, &monitor::ConnectionTest::finished, this,
            [this](bool, const QString &report) {
                m_testResult->setText(report);
                m_test->setEnabled(true);
            });
    m_error->setAccessibleName(tr("Problem with the session"));
    m_name->setAccessibleName(tr("Session name"));
    m_server->setAccessibleName(tr("Server URL"));
    m_nodes->setAccessibleName(tr("Further server nodes"));
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
    form->addRow(tr("Further n&odes:"), m_nodes);
    form->addRow(tr("Access &token:"), m_token);
    form->addRow(tr("&Realm path:"), m_realm);
    // A row of a layout gets no buddy from addRow(): the "&" would show as is.
    auto *localLabel = new QLabel(tr("&Local file:"), this);
    localLabel->setBuddy(m_local);
    form->addRow(localLabel, localRow);
    form->addRow(QString(), m_expectedToFail);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_accept = buttons->button(QDialogButtonBox::Ok);
    m_accept->setText(tr("&Add"));
    buttons->addButton(m_test, QDialogButtonBox::ActionRole);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_tokenFacts);
    layout->addWidget(m_testResult);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    // The token's facts and the test's answer grow the dialog instead of overlapping rows.
    layout->setSizeConstraint(QLayout::SetMinimumSize);
    connect(buttons, &QDialogButtonBox::accepted, this, &AddSessionDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &AddSessionDialog::reject);
    setMinimumWidth(fontMetrics().horizontalAdvance(u'M') * 40);
}

void AddSessionDialog::setPurpose(const QString &title, const QString &acceptText)
{
    setWindowTitle(title);
    m_accept->setText(acceptText);
}

QString AddSessionDialog::resolvedLocalPath() const
{
    const QString path = m_local->text().trimmed();
    if (path.isEmpty() || m_baseFolder.isEmpty() || QDir::isAbsolutePath(path))
        return path;
    return QDir::cleanPath(QDir(m_baseFolder).absoluteFilePath(path));
}

QString AddSessionDialog::tokenText() const
{
    return m_tokenFacts->text();
}

QString AddSessionDialog::testResult() const
{
    return m_testResult->text();
}

void AddSessionDialog::testConnection()
{
    const monitor::SessionDefinition d = definition();
    const QString error = monitor::WorkspaceFile::definitionError(d);
    if (!error.isEmpty()) {
        m_testResult->setText(error);
        return;
    }
    m_test->setEnabled(false);
    QStringList nodes{d.serverUrl.toString()};
    for (const QUrl &node : d.additionalServerUrls)
        nodes.append(node.toString());
    m_testResult->setText(tr("Testing the connection to %1…").arg(nodes.join(u", ")));
    m_connectionTest->start(d);
}

monitor::SessionDefinition AddSessionDialog::definition() const
{
    monitor::SessionDefinition d;
    d.name = m_name->text().trimmed();
    d.serverUrl = QUrl(m_server->text().trimmed(), QUrl::StrictMode);
    static const QRegularExpression separators(QStringLiteral("[\\s,]+"));
    for (const QString &node : m_nodes->text().split(separators, Qt::SkipEmptyParts))
        d.additionalServerUrls.append(QUrl(node, QUrl::StrictMode));
    d.token = m_token->toPlainText().trimmed();
    d.realmPath = m_realm->text().trimmed();
    d.localPath = resolvedLocalPath();
    d.expectedToFail = m_expectedToFail->isChecked();
    return d;
}

void AddSessionDialog::setDefinition(const monitor::SessionDefinition &d)
{
    m_name->setText(d.name);
    m_server->setText(d.serverUrl.toString());
    QStringList nodes;
    for (const QUrl &node : d.additionalServerUrls)
        nodes.append(node.toString());
    m_nodes->setText(nodes.join(u' '));
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

QWidget *AddSessionDialog::fieldInError() const
{
    const monitor::SessionDefinition d = definition();
    if (m_isNameTaken && m_isNameTaken(d.name))
        return m_name;
    switch (monitor::WorkspaceFile::definitionErrorField(d)) {
    case monitor::WorkspaceFile::Field::None:
        return nullptr;
    case monitor::WorkspaceFile::Field::Name:
        return m_name;
    case monitor::WorkspaceFile::Field::Server:
        return m_server;
    case monitor::WorkspaceFile::Field::Nodes:
        return m_nodes;
    case monitor::WorkspaceFile::Field::Token:
        return m_token;
    case monitor::WorkspaceFile::Field::Realm:
        return m_realm;
    }
    return nullptr;
}

QString AddSessionDialog::shownError() const
{
    return m_error->text();
}

void AddSessionDialog::colourTheError()
{
    // Qt has no error role in QPalette: the Invalid badge's red, for light or dark palettes,
    // made lighter or darker until it reads on the dialog's own window colour (WCAG AA, 4.5:1).
    const QPalette own = this->palette();
    const QColor background = own.color(QPalette::Window);
    const bool darkBackground = background.lightness() < 128;
    QColor red = BadgeStyle::of(monitor::StateBadge::Invalid).colour(own);
    for (int step = 0; step < 12 && contrastRatio(red, background) < 4.5; ++step)
        red = darkBackground ? red.lighter(110) : red.darker(110);
    QPalette palette = m_error->palette();
    palette.setColor(QPalette::WindowText, red);
    m_error->setPalette(palette);
}

void AddSessionDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange)
        colourTheError();
    QDialog::changeEvent(event);
}

void AddSessionDialog::accept()
{
    const QString error = validationError();
    m_error->setText(error);
    if (error.isEmpty()) {
        QDialog::accept();
        return;
    }
    if (QWidget *field = fieldInError())
        field->setFocus(Qt::OtherFocusReason);
}

} // namespace syncscope::ui
