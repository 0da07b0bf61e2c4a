// The session dialogs of the window (Add / Edit session, Test connection) under
// QT_QPA_PLATFORM=offscreen, against a real in-process SyncServer where they talk to one.
#include "embeddedtestserver.h"

#include "workspace/addsessiondialog.h"

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTest>

using namespace syncscope;
using namespace syncscope::monitor;
using namespace syncscope::ui;

namespace {

// WCAG 2 contrast ratio of two colours.
double contrast(const QColor &a, const QColor &b)
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

QPalette lightPalette()
{
    QPalette p;
    p.setColor(QPalette::Window, QColor(0xef, 0xef, 0xef));
    p.setColor(QPalette::WindowText, Qt::black);
    p.setColor(QPalette::Base, Qt::white);
    p.setColor(QPalette::Text, Qt::black);
    return p;
}

QPalette darkPalette()
{
    QPalette p;
    p.setColor(QPalette::Window, QColor(0x2d, 0x2d, 0x2d));
    p.setColor(QPalette::WindowText, QColor(0xee, 0xee, 0xee));
    p.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
    p.setColor(QPalette::Text, QColor(0xee, 0xee, 0xee));
    return p;
}

} // namespace

class TestSessionDialogs final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<EmbeddedTestServer> m_server;

    SessionDefinition valid() const
    {
        SessionDefinition d;
        d.name = QStringLiteral("Delta");
        d.serverUrl = m_server->url();
        d.token = m_server->token(QStringLiteral("dave"), {QStringLiteral("/w/*")});
        d.realmPath = QStringLiteral("/w/d");
        return d;
    }

    static QLabel *errorLabel(const AddSessionDialog &dialog)
    {
        for (QLabel *label : dialog.findChildren<QLabel *>()) {
            if (label->accessibleName() == AddSessionDialog::tr("Problem with the session"))
                return label;
        }
        return nullptr;
    }

private Q_SLOTS:
    void init()
    {
        m_server = std::make_unique<EmbeddedTestServer>();
        QVERIFY(m_server->start());
    }

    void cleanup() { m_server.reset(); }

    void validationErrorIsReadableInLightAndDarkAndFocusesTheField_data()
    {
        QTest::addColumn<bool>("dark");
        QTest::newRow("light") << false;
        QTest::newRow("dark") << true;
    }

    void validationErrorIsReadableInLightAndDarkAndFocusesTheField()
    {
        QFETCH(bool, dark);
        AddSessionDialog dialog([](const QString &) { return false; }, m_server->url());
        dialog.setPalette(dark ? darkPalette() : lightPalette());
        SessionDefinition d = valid();
        d.realmPath = QStringLiteral("w/../d");
        dialog.setDefinition(d);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
        QVERIFY(dialog.shownError().contains(QStringLiteral("realm path")));
        QLabel *error = errorLabel(dialog);
        QVERIFY(error);
        const QColor text = error->palette().color(error->foregroundRole());
        const QColor background = error->palette().color(QPalette::Window);
        QVERIFY2(contrast(text, background) >= 4.5,
                 qPrintable(QStringLiteral("%1 on %2: %3")
                                .arg(text.name(), background.name())
                                .arg(contrast(text, background))));
        QWidget *field = dialog.fieldInError();
        QVERIFY(qobject_cast<QLineEdit *>(field));
        QTRY_VERIFY(field->hasFocus());

        d = valid();
        d.token.clear();
        dialog.setDefinition(d);
        dialog.accept();
        QVERIFY(qobject_cast<QPlainTextEdit *>(dialog.fieldInError()));
        QTRY_VERIFY(dialog.fieldInError()->hasFocus());
    }
};

QTEST_MAIN(TestSessionDialogs)
#include "tst_sessiondialogs.moc"
