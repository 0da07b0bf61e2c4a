// The session dialogs of the window (Add / Edit session, Test connection) under
// QT_QPA_PLATFORM=offscreen, against a real in-process SyncServer where they talk to one.
#include "embeddedtestserver.h"

#include "export/exportdialog.h"
#include "mainwindow/mainwindow.h"
#include "monitor/sessionmonitor.h"
#include "monitor/translations.h"
#include "sessions/sessionlistmodel.h"
#include "workspace/addsessiondialog.h"
#include "workspace/sessioneditactions.h"
#include "workspace/workspacefile.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QDialogButtonBox>
#include <QMessageBox>
#include <QPushButton>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTimer>
#include <QTranslator>

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QTest>

using namespace syncscope;
using namespace syncscope::monitor;
using namespace syncscope::ui;
using namespace std::chrono_literals;
using namespace Qt::StringLiterals;

namespace {

// Runs `answer` on the next modal dialog once it is shown (QDialog::exec() blocks the test).
void whenModal(std::function<void(QWidget *)> answer)
{
    auto *poll = new QTimer;
    poll->setInterval(10);
    QObject::connect(poll, &QTimer::timeout, [poll, answer] {
        if (QWidget *modal = QApplication::activeModalWidget()) {
            poll->stop();
            poll->deleteLater();
            answer(modal);
        }
    });
    poll->start();
}

void clickButton(QWidget *box, QMessageBox::StandardButton which)
{
    auto *message = qobject_cast<QMessageBox *>(box);
    QVERIFY(message);
    message->button(which)->click();
}

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

    std::unique_ptr<QTemporaryDir> m_local; // one per test: each test has a new server

    static bool connected(const MonitoredSession *s)
    {
        return s->connectionBadge() == ConnectionBadge::Connected;
    }

    SessionDefinition named(const QString &name, const QString &realm) const
    {
        SessionDefinition d = valid();
        d.name = name;
        d.realmPath = realm;
        d.localPath = m_local->filePath(name + QStringLiteral(".realm"));
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
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        qRegisterMetaType<MonitoredSession *>();
    }

    void init()
    {
        m_server = std::make_unique<EmbeddedTestServer>();
        QVERIFY(m_server->start());
        m_local = std::make_unique<QTemporaryDir>();
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

    void furtherNodesAreTypedInAndTheNodeInUseIsShown()
    {
        QTcpServer probe; // a node nobody listens on: its connections are refused
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        QUrl refused = m_server->url();
        refused.setPort(probe.serverPort());
        probe.close();

        AddSessionDialog dialog([](const QString &) { return false; }, m_server->url());
        SessionDefinition d = named(QStringLiteral("Nodes"), QStringLiteral("/w/nodes"));
        d.serverUrl = refused;
        dialog.setDefinition(d);
        QLineEdit *nodes = nullptr;
        for (QLineEdit *edit : dialog.findChildren<QLineEdit *>()) {
            if (edit->accessibleName() == AddSessionDialog::tr("Further server nodes"))
                nodes = edit;
        }
        QVERIFY(nodes);
        nodes->setText(QStringLiteral("ftp://nowhere"));
        dialog.show();
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
        QVERIFY2(dialog.shownError().contains(QStringLiteral("ftp://nowhere")),
                 qPrintable(dialog.shownError()));
        QCOMPARE(dialog.fieldInError(), nodes);

        nodes->setText(u"  %1 ,  "_s.arg(m_server->url().toString()));
        QCOMPARE(dialog.definition().additionalServerUrls, QList<QUrl>{m_server->url()});
        QVERIFY2(dialog.validationError().isEmpty(), qPrintable(dialog.validationError()));
        AddSessionDialog reopened([](const QString &) { return false; }, QUrl());
        reopened.setDefinition(dialog.definition());
        QCOMPARE(reopened.definition(), dialog.definition());

        SessionMonitor monitor;
        SessionListModel model(&monitor);
        MonitoredSession *s = monitor.addSession(dialog.definition());
        QTRY_VERIFY_WITH_TIMEOUT(connected(s), 10000);
        QCOMPARE(s->facts().currentServerUrl, m_server->url());
        const QModelIndex server = model.index(0, SessionListModel::ServerColumn);
        const QString inUse = u"%1:%2"_s.arg(m_server->url().host()).arg(m_server->url().port());
        QCOMPARE(server.data().toString(), inUse);
        const QString tooltip = server.data(Qt::ToolTipRole).toString();
        QVERIFY2(tooltip.contains(refused.toString()) &&
                     tooltip.contains(m_server->url().toString()),
                 qPrintable(tooltip));
        QVERIFY2(tooltip.endsWith(m_server->url().toDisplayString()), qPrintable(tooltip));
    }

    void removeAsksFirstAndTakesTheRowAway()
    {
        SessionMonitor monitor;
        SessionListModel model(&monitor);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::Fatal);
        MonitoredSession *a =
            monitor.addSession(named(QStringLiteral("A"), QStringLiteral("/w/a")));
        MonitoredSession *b =
            monitor.addSession(named(QStringLiteral("B"), QStringLiteral("/w/b")));
        QList<MonitoredSession *> selection{a};
        QWidget parent;
        SessionEditActions actions(
            &monitor, [&selection] { return selection; }, &parent);
        QVERIFY(actions.remove()->isEnabled());
        QVERIFY(!actions.reopen()->isEnabled());
        QSignalSpy changed(&actions, &SessionEditActions::changed);

        whenModal([](QWidget *box) { clickButton(box, QMessageBox::Cancel); });
        actions.remove()->trigger();
        QCOMPARE(monitor.count(), 2);
        QCOMPARE(changed.size(), 0);

        whenModal([](QWidget *box) { clickButton(box, QMessageBox::Yes); });
        actions.remove()->trigger();
        QCOMPARE(monitor.count(), 1);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.sessionAt(0), b);
        QCOMPARE(monitor.serverCount(), 1);
        QCOMPARE(changed.size(), 1);
        QTRY_VERIFY_WITH_TIMEOUT(connected(b), 10000);
        QCOMPARE(monitor.stateCounts().count(StateFilter::All), 1);
        // The same file can be opened again at once.
        MonitoredSession *again =
            monitor.addSession(named(QStringLiteral("A"), QStringLiteral("/w/a")));
        QTRY_VERIFY_WITH_TIMEOUT(connected(again), 10000);
    }

    void editOpensTheChangedSessionInItsPlace()
    {
        SessionMonitor monitor;
        MonitoredSession *a =
            monitor.addSession(named(QStringLiteral("A"), QStringLiteral("/w/a")));
        QTRY_VERIFY_WITH_TIMEOUT(connected(a), 10000);
        QList<MonitoredSession *> selection{a};
        QWidget parent;
        SessionEditActions actions(
            &monitor, [&selection] { return selection; }, &parent);
        QSignalSpy opened(&actions, &SessionEditActions::sessionOpened);
        QString title;
        whenModal([&title](QWidget *modal) {
            auto *dialog = qobject_cast<AddSessionDialog *>(modal);
            QVERIFY(dialog);
            title = dialog->windowTitle();
            SessionDefinition d = dialog->definition();
            QCOMPARE(d.name, QStringLiteral("A")); // prefilled; its own name is not "taken"
            d.realmPath = QStringLiteral("/w/edited");
            d.localPath += QStringLiteral(".edited"); // a local file holds one realm
            dialog->setDefinition(d);
            dialog->accept();
        });
        actions.edit()->trigger();
        QCOMPARE(title, SessionEditActions::tr("Edit session"));
        QCOMPARE(opened.size(), 1);
        auto *edited = opened.at(0).at(0).value<MonitoredSession *>();
        QCOMPARE(monitor.count(), 1);
        QCOMPARE(monitor.sessions().constFirst(), edited);
        QCOMPARE(edited->realmPath(), QStringLiteral("/w/edited"));
        QTRY_VERIFY_WITH_TIMEOUT(connected(edited), 10000);
    }

    void duplicateAddsACopyWithAFileOfItsOwn()
    {
        SessionMonitor monitor;
        monitor.setDefaultLocalDirectory(m_local->filePath(QStringLiteral("default")));
        MonitoredSession *a =
            monitor.addSession(named(QStringLiteral("A"), QStringLiteral("/w/a")));
        QList<MonitoredSession *> selection{a};
        QWidget parent;
        SessionEditActions actions(
            &monitor, [&selection] { return selection; }, &parent);
        whenModal([](QWidget *modal) { qobject_cast<AddSessionDialog *>(modal)->accept(); });
        actions.duplicate()->trigger();
        QCOMPARE(monitor.count(), 2);
        MonitoredSession *copy = monitor.sessions().at(1);
        QCOMPARE(copy->name(), QStringLiteral("A (copy)"));
        QCOMPARE(copy->realmPath(), a->realmPath());
        QVERIFY(copy->definition().localPath != a->definition().localPath);
        QTRY_VERIFY_WITH_TIMEOUT(connected(a) && connected(copy), 10000);
    }

    void reopenOpensAnInvalidSessionAgain()
    {
        SessionMonitor monitor;
        SessionDefinition denied = named(QStringLiteral("D"), QStringLiteral("/admin/x"));
        MonitoredSession *d = monitor.addSession(denied);
        QTRY_COMPARE_WITH_TIMEOUT(d->stateBadge(), StateBadge::Invalid, 10000);
        QList<MonitoredSession *> selection{d};
        QWidget parent;
        SessionEditActions actions(
            &monitor, [&selection] { return selection; }, &parent);
        QVERIFY(actions.reopen()->isEnabled());
        QSignalSpy opened(&actions, &SessionEditActions::sessionOpened);
        actions.reopen()->trigger();
        QCOMPARE(opened.size(), 1);
        auto *reopened = opened.at(0).at(0).value<MonitoredSession *>();
        QVERIFY(reopened->id() != 0);
        QCOMPARE(monitor.count(), 1);
        // The cause (the token's grants) is not fixed: the server refuses it again, anew.
        QTRY_COMPARE_WITH_TIMEOUT(reopened->stateBadge(), StateBadge::Invalid, 10000);
        QVERIFY(reopened->lastErrorText().contains(QStringLiteral("/admin/x")));
    }

    void testConnectionReportsTheServersAnswerAndTheToken()
    {
        AddSessionDialog dialog([](const QString &) { return false; }, m_server->url());
        SessionDefinition d = valid();
        dialog.setDefinition(d);
        QVERIFY2(dialog.tokenText().contains(QStringLiteral("/w/*")),
                 qPrintable(dialog.tokenText()));
        QVERIFY(dialog.tokenText().contains(QStringLiteral("Expires")));
        dialog.testConnection();
        QVERIFY(!dialog.testButton()->isEnabled());
        QTRY_VERIFY_WITH_TIMEOUT(dialog.testButton()->isEnabled(), 15000);
        QVERIFY2(dialog.testResult().contains(QStringLiteral("bound")),
                 qPrintable(dialog.testResult()));
        QVERIFY(dialog.testResult().contains(QStringLiteral("dave")));

        d.realmPath = QStringLiteral("/admin/x"); // not granted
        dialog.setDefinition(d);
        dialog.testConnection();
        QTRY_VERIFY_WITH_TIMEOUT(dialog.testButton()->isEnabled(), 15000);
        QVERIFY2(dialog.testResult().contains(QStringLiteral("refused")),
                 qPrintable(dialog.testResult()));

        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        QUrl closed = m_server->url();
        closed.setPort(probe.serverPort());
        probe.close();
        d = valid();
        d.serverUrl = closed;
        dialog.setDefinition(d);
        dialog.testConnection();
        QTRY_VERIFY_WITH_TIMEOUT(dialog.testButton()->isEnabled(), 15000);
        QVERIFY2(dialog.testResult().contains(QStringLiteral("Could not connect")),
                 qPrintable(dialog.testResult()));
    }

    // Each node is tried on its own and answers for itself: a node that is down is named even
    // though the session as a whole would fail over to one that works.
    void testConnectionReportsEveryNode()
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        QUrl closed = m_server->url();
        closed.setPort(probe.serverPort());
        probe.close();

        AddSessionDialog dialog([](const QString &) { return false; }, m_server->url());
        SessionDefinition d = valid();
        d.additionalServerUrls = {closed};
        dialog.setDefinition(d);
        dialog.testConnection();
        QVERIFY(dialog.testResult().contains(closed.toString()));
        QVERIFY(!dialog.testButton()->isEnabled());
        QTRY_VERIFY_WITH_TIMEOUT(dialog.testButton()->isEnabled(), 30000);
        const QStringList lines = dialog.testResult().split(u'\n');
        QVERIFY2(lines.size() >= 3, qPrintable(dialog.testResult()));
        QVERIFY2(lines.at(0).startsWith(m_server->url().toString() + u": "_s) &&
                     lines.at(0).contains(QStringLiteral("bound")),
                 qPrintable(dialog.testResult()));
        QVERIFY2(lines.at(1).startsWith(closed.toString() + u": "_s) &&
                     lines.at(1).contains(QStringLiteral("Could not connect")),
                 qPrintable(dialog.testResult()));
        QVERIFY(dialog.testResult().contains(QStringLiteral("dave"))); // the token, once

        // The node that is down first: the working one still answers for itself.
        d.serverUrl = closed;
        d.additionalServerUrls = {m_server->url()};
        dialog.setDefinition(d);
        dialog.testConnection();
        QTRY_VERIFY_WITH_TIMEOUT(dialog.testButton()->isEnabled(), 30000);
        const QStringList swapped = dialog.testResult().split(u'\n');
        QVERIFY2(swapped.size() >= 3 &&
                     swapped.at(0).contains(QStringLiteral("Could not connect")) &&
                     swapped.at(1).contains(QStringLiteral("bound")),
                 qPrintable(dialog.testResult()));
    }

    void unsavedChangesAreMarkedAndAskedAboutOnClose()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("SyncscopeTests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_sessiondialogs"));
        SessionMonitor monitor;
        monitor.addSession(named(QStringLiteral("A"), QStringLiteral("/w/a")));
        MainWindow window(&monitor);
        const QString path = m_local->filePath(QStringLiteral("w.json"));
        window.setWorkspacePath(path);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(!window.isWindowModified());
        QVERIFY(window.windowTitle().contains(QStringLiteral("[*]")));

        monitor.addSession(named(QStringLiteral("B"), QStringLiteral("/w/b")));
        QVERIFY(window.isWindowModified());

        whenModal([](QWidget *box) { clickButton(box, QMessageBox::Cancel); });
        QVERIFY(!window.close()); // Cancel: stays open, nothing lost
        QVERIFY(window.isVisible());

        whenModal([](QWidget *box) { clickButton(box, QMessageBox::Save); });
        QVERIFY(window.close());
        QVERIFY(!window.isWindowModified());
        WorkspaceError error;
        const auto saved = WorkspaceFile::load(path, &error);
        QVERIFY2(saved, qPrintable(error.toString()));
        QCOMPARE(saved->sessions.size(), 2);

        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QList<MonitoredSession *> selection{monitor.sessions().constFirst()};
        whenModal([](QWidget *box) { clickButton(box, QMessageBox::Yes); });
        window.editActions()->removeSessions(selection);
        QVERIFY(window.isWindowModified());
        whenModal([](QWidget *box) { clickButton(box, QMessageBox::Discard); });
        QVERIFY(window.close());
        QCOMPARE(WorkspaceFile::load(path, &error)->sessions.size(), 2); // discarded
    }

    void everyMnemonicLabelHasABuddy()
    {
        AddSessionDialog add([](const QString &) { return false; }, m_server->url());
        ExportDialog exporter(2, m_local->filePath(QStringLiteral("p.csv")));
        for (QDialog *dialog : std::initializer_list<QDialog *>{&add, &exporter}) {
            dialog->show();
            QVERIFY(QTest::qWaitForWindowExposed(dialog));
            for (const QLabel *label : dialog->findChildren<QLabel *>()) {
                if (label->text().contains(u'&') && !label->text().contains(QStringLiteral("&&")))
                    QVERIFY2(label->buddy(), qPrintable(label->text())); // else "&" shows as is
            }
            dialog->hide();
        }
    }

    void qtsOwnDialogButtonsAreTranslated_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("cancel");
        QTest::newRow("de") << QStringLiteral("de") << QStringLiteral("Abbrechen");
        QTest::newRow("fr") << QStringLiteral("fr") << QStringLiteral("Annuler");
        QTest::newRow("es") << QStringLiteral("es") << QStringLiteral("Cancelar");
    }

    void qtsOwnDialogButtonsAreTranslated()
    {
        QFETCH(QString, language);
        QFETCH(QString, cancel);
        QVERIFY(installTranslations(language));
        QDialogButtonBox box(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
        const QString shown = box.button(QDialogButtonBox::Cancel)->text().remove(u'&');
        // Back to English for the other tests before any check can return.
        for (QTranslator *t : QCoreApplication::instance()->findChildren<QTranslator *>())
            delete t;
        QLocale::setDefault(QLocale(QLocale::English));
        QCOMPARE(shown, cancel);
    }

    void smallerOnes_titleAndExportScope()
    {
        ExportDialog exporter(3, m_local->filePath(QStringLiteral("p.csv")));
        QVERIFY(!exporter.selectedOnly()); // "All sessions" by default, also with a selection
        SessionMonitor monitor;
        monitor.setTitle(QStringLiteral("Night shift"));
        MainWindow window(&monitor);
        window.setWorkspacePath(m_local->filePath(QStringLiteral("ops.json")));
        QVERIFY2(window.windowTitle().startsWith(QStringLiteral("Night shift")),
                 qPrintable(window.windowTitle()));
    }

    void aRelativeLocalFileIsTakenFromTheWorkspacesFolder()
    {
        AddSessionDialog dialog([](const QString &) { return false; }, m_server->url());
        dialog.setBaseFolder(m_local->path());
        SessionDefinition d = valid();
        d.localPath = QStringLiteral("files/../delta.realm");
        dialog.setDefinition(d);
        QCOMPARE(dialog.definition().localPath, m_local->filePath(QStringLiteral("delta.realm")));
        QLineEdit *local = nullptr;
        for (QLineEdit *edit : dialog.findChildren<QLineEdit *>()) {
            if (edit->accessibleName() == AddSessionDialog::tr("Local file"))
                local = edit;
        }
        QVERIFY(local);
        Q_EMIT local->editingFinished();
        QCOMPARE(local->text(), m_local->filePath(QStringLiteral("delta.realm"))); // shown absolute
    }

    void rowTooltipShowsTheTokensExpiry()
    {
        SessionMonitor monitor;
        SessionListModel model(&monitor);
        monitor.addSession(named(QStringLiteral("A"), QStringLiteral("/w/a")));
        const QString tip =
            model.index(0, SessionListModel::UserColumn).data(Qt::ToolTipRole).toString();
        QVERIFY2(tip.contains(QStringLiteral("Expires")), qPrintable(tip));
    }
};

QTEST_MAIN(TestSessionDialogs)
#include "tst_sessiondialogs.moc"
