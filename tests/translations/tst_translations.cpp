// Translations stay complete: for each library's catalogue, lupdate over the same sources as the
// build (into copies of the .ts files) finds nothing new, unfinished or stale; every
// translation keeps its source's placeholders; no message is kept in two catalogues; and the
// compiled .qm files, loaded together, really translate messages that the client SDK, the
// protocol and the server produce.
#include "embeddedtestserver.h"

#include <syncscope/app.h>
#include <syncscope/errors.h>
#include <syncscope/protocol/realmpath.h>
#include <syncscope/realm.h>
#include <syncscope/server/commandline.h>
#include <syncscope/server/secretfile.h>
#include <syncscope/server/translations.h>
#include <syncscope/syncsession.h>
#include <syncscope/user.h>

#include <QFile>
#include <QHash>
#include <QLocale>
#include <QProcess>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>

#include <memory>
#include <vector>

using namespace std::chrono_literals;
using namespace Qt::StringLiterals;
using syncscope::SyncError;

namespace {

// One <message> of a .ts file.
struct Message
{
    QString context;
    QString source;
    QString comment;
    QStringList translations; // one, or one per plural form
    QString type;             // "", "unfinished", "vanished" or "obsolete"
};

struct Catalogue
{
    QString language;
    QList<Message> messages;
    QString error;
};

QString keyOf(const Message &m)
{
    return m.context + u'\x1f' + m.source + u'\x1f' + m.comment;
}

Catalogue readTs(const QString &path)
{
    Catalogue catalogue;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        catalogue.error = file.errorString();
        return catalogue;
    }
    QXmlStreamReader xml(&file);
    QString context;
    Message message;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        const auto name = xml.name();
        if (name == u"TS") {
            catalogue.language = xml.attributes().value(u"language"_s).toString();
        } else if (name == u"name") {
            context = xml.readElementText();
        } else if (name == u"message") {
            message = Message{context, {}, {}, {}, {}};
        } else if (name == u"source") {
            message.source = xml.readElementText();
        } else if (name == u"comment") {
            message.comment = xml.readElementText();
        } else if (name == u"translation") {
            message.type = xml.attributes().value(u"type"_s).toString();
            // <translation> holds either text or <numerusform>s.
            while (!xml.atEnd()) {
                const auto token = xml.readNext();
                if (token == QXmlStreamReader::Characters && !xml.isWhitespace())
                    message.translations.append(xml.text().toString());
                else if (token == QXmlStreamReader::StartElement && xml.name() == u"numerusform")
                    message.translations.append(xml.readElementText());
                else if (token == QXmlStreamReader::EndElement && xml.name() == u"translation")
                    break;
            }
            catalogue.messages.append(message);
        }
    }
    if (xml.hasError())
        catalogue.error = xml.errorString();
    return catalogue;
}

QStringList placeholders(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("%(?:\\d+|n)"));
    QStringList found;
    for (const auto &match : pattern.globalMatch(text))
        found.append(match.captured());
    found.sort();
    return found;
}

QString describe(const Message &m)
{
    return QStringLiteral("[%1] \"%2\"").arg(m.context, m.source);
}

const QString kTranslationsDir = QStringLiteral(SYNCSCOPE_TRANSLATIONS_DIR);

// The messages each language must show for a few strings of core, protocol and server.
struct Expected
{
    QString malformedToken;   // core, App
    QString notARealm;        // core, LocalStore (a fragment)
    QString userLoggedOut;    // core, SyncSession (a SyncError)
    QString sessionNotActive; // core, SyncSession::tr (a SyncError)
    QString emptyRealmPath;   // protocol, RealmPath
    QString noSecretFile;     // server, SecretFile
    QString emptyDataDir;     // server, CommandLine
    QString notGranted;       // server, ServerSession (sent to the client)
    QString consoleFailure;   // syncscope-server's main.cpp
};

Expected expectedFor(const QString &language)
{
    if (language == u"de")
        return {QStringLiteral("Das Zugriffstoken ist fehlerhaft."),
                QStringLiteral("ist kein Syncscope-Realm"),
                QStringLiteral("Der Benutzer hat sich abgemeldet"),
                QStringLiteral("Die Sync-Sitzung ist nicht aktiv"),
                QStringLiteral("der Realm-Pfad ist leer"),
                QStringLiteral("keine Geheimnisdatei angegeben"),
                QStringLiteral("--data-dir darf nicht leer sein"),
                QStringLiteral("gibt den Realm „/private“ nicht frei"),
                QStringLiteral("syncscope-server: --data-dir darf nicht leer sein\nSiehe --help.")};
    if (language == u"fr")
        return {
            QStringLiteral("Le jeton d’accès est mal formé."),
            QStringLiteral("n’est pas un realm Syncscope"),
            QStringLiteral("L’utilisateur s’est déconnecté"),
            QStringLiteral("La session de synchronisation n’est pas active"),
            QStringLiteral("le chemin de realm est vide"),
            QStringLiteral("aucun fichier de secret indiqué"),
            QStringLiteral("--data-dir ne doit pas être vide"),
            QStringLiteral("n’autorise pas le realm « /private »"),
            QStringLiteral("syncscope-server : --data-dir ne doit pas être vide\nEssayez --help.")};
    return {QStringLiteral("El token de acceso está mal formado."),
            QStringLiteral("no es un realm de Syncscope"),
            QStringLiteral("El usuario cerró la sesión"),
            QStringLiteral("La sesión de sincronización no está activa"),
            QStringLiteral("la ruta del realm está vacía"),
            QStringLiteral("no se ha indicado ningún archivo de secreto"),
            QStringLiteral("--data-dir no puede estar vacío"),
            QStringLiteral("no concede el realm «/private»"),
            QStringLiteral("syncscope-server: --data-dir no puede estar vacío\nPruebe --help.")};
}

// The SyncError a finished future holds, or a default one when it holds none.
SyncError errorOf(QFuture<void> future)
{
    try {
        future.waitForFinished();
    } catch (const SyncError &error) {
        return error;
    }
    return {};
}

QStringList catalogueNames()
{
    return QStringLiteral(SYNCSCOPE_CATALOGUES).split(u',', Qt::SkipEmptyParts);
}

// Installs every library's compiled catalogue for one language, as the monitor does, for the
// test's duration.
class InstalledCatalogues
{
public:
    bool load(const QString &language)
    {
        for (const QString &name : catalogueNames()) {
            auto translator = std::make_unique<QTranslator>();
            if (!translator->load(u":/i18n/syncscope-"_s + name + u'_' + language + u".qm"))
                return false;
            QCoreApplication::installTranslator(translator.get());
            m_translators.push_back(std::move(translator));
        }
        return !m_translators.empty();
    }
    ~InstalledCatalogues()
    {
        for (const auto &translator : m_translators)
            QCoreApplication::removeTranslator(translator.get());
    }

private:
    std::vector<std::unique_ptr<QTranslator>> m_translators;
};

} // namespace

class TranslationsTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void catalogues_data();
    void sourcesHaveTranslations_data() { catalogues_data(); }
    void sourcesHaveTranslations();
    void translationsKeepPlaceholders_data() { catalogues_data(); }
    void translationsKeepPlaceholders();
    void compiledCatalogueMatchesTs_data() { catalogues_data(); }
    void compiledCatalogueMatchesTs();
    void languages_data();
    void noMessageIsInTwoCatalogues_data() { languages_data(); }
    void noMessageIsInTwoCatalogues();
    void coreProtocolAndServerSpeakTheLanguage_data() { languages_data(); }
    void coreProtocolAndServerSpeakTheLanguage();
    void serverBinaryFollowsTheSystemLocale_data() { languages_data(); }
    void serverBinaryFollowsTheSystemLocale();
};

void TranslationsTest::catalogues_data()
{
    QTest::addColumn<QString>("catalogue"); // syncscope-<library>
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("sourceList"); // lupdate @file: the build's sources and -I paths
    const QStringList names = catalogueNames();
    QVERIFY(names.size() >= 6); // platform, protocol, core, server, monitor, widgets
    for (const QString &language : {u"de"_s, u"fr"_s, u"es"_s}) {
        for (const QString &name : names) {
            QTest::addRow("%s-%s", qPrintable(name), qPrintable(language))
                << u"syncscope-"_s + name << language
                << QStringLiteral(SYNCSCOPE_CATALOGUE_LISTS) + u'/' + name + u".lst";
        }
    }
}

void TranslationsTest::sourcesHaveTranslations()
{
    QFETCH(QString, catalogue);
    QFETCH(QString, language);
    QFETCH(QString, sourceList);
    const QString lupdate = qEnvironmentVariable("SYNCSCOPE_LUPDATE");
    QVERIFY2(!lupdate.isEmpty(), "SYNCSCOPE_LUPDATE (the path of Qt's lupdate) is not set");

    const QString committedPath = kTranslationsDir + u'/' + catalogue + u'_' + language + u".ts";
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString copyPath = dir.filePath(QFileInfo(committedPath).fileName());
    QVERIFY(QFile::copy(committedPath, copyPath));

    // The same options as qt_add_translations in ui/ and server/.
    QProcess process;
    process.start(lupdate, {u"-no-obsolete"_s, u"-locations"_s, u"none"_s, u'@' + sourceList,
                            u"-ts"_s, copyPath});
    QVERIFY2(process.waitForFinished(50000), qPrintable(process.errorString()));
    const QString output =
        QString::fromLocal8Bit(process.readAllStandardError() + process.readAllStandardOutput());
    QVERIFY2(process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0,
             qPrintable(output));

    const Catalogue committed = readTs(committedPath);
    const Catalogue updated = readTs(copyPath);
    QVERIFY2(committed.error.isEmpty(), qPrintable(committed.error));
    QVERIFY2(updated.error.isEmpty(), qPrintable(updated.error));
    QCOMPARE(updated.language, language);
    QVERIFY(!updated.messages.isEmpty());

    QSet<QString> committedKeys;
    QStringList problems;
    for (const Message &m : committed.messages) {
        committedKeys.insert(keyOf(m));
        if (!m.type.isEmpty())
            problems.append(u"committed as " + m.type + u": " + describe(m));
    }
    QSet<QString> updatedKeys;
    for (const Message &m : updated.messages) {
        updatedKeys.insert(keyOf(m));
        if (!committedKeys.contains(keyOf(m)))
            problems.append(u"missing (run the update_translations target): " + describe(m));
        else if (!m.type.isEmpty())
            problems.append(m.type + u": " + describe(m));
        for (const QString &text : m.translations) {
            if (text.trimmed().isEmpty())
                problems.append(u"empty translation: " + describe(m));
        }
        if (m.translations.isEmpty())
            problems.append(u"no translation: " + describe(m));
    }
    for (const Message &m : committed.messages) {
        if (!updatedKeys.contains(keyOf(m)))
            problems.append(u"stale (no longer in the sources): " + describe(m));
    }
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    QCOMPARE(updated.messages.size(), committed.messages.size());
}

void TranslationsTest::translationsKeepPlaceholders()
{
    QFETCH(QString, catalogue);
    QFETCH(QString, language);
    const Catalogue ts = readTs(kTranslationsDir + u'/' + catalogue + u'_' + language + u".ts");
    QVERIFY2(ts.error.isEmpty(), qPrintable(ts.error));
    QStringList problems;
    for (const Message &m : ts.messages) {
        const QStringList expected = placeholders(m.source);
        for (const QString &text : m.translations) {
            QStringList found = placeholders(text);
            // A plural form may spell the number out ("one file") instead of using %n.
            if (m.translations.size() > 1 && !found.contains(u"%n"_s)) {
                found.append(u"%n"_s);
                found.sort();
            }
            if (found != expected)
                problems.append(describe(m) + u" -> \"" + text + u'"');
        }
    }
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
}

void TranslationsTest::compiledCatalogueMatchesTs()
{
    QFETCH(QString, catalogue);
    QFETCH(QString, language);
    // The .qm files are compiled into the libraries under :/i18n
    // (cmake/SyncscopeTranslations.cmake).
    QTranslator translator;
    QVERIFY(translator.load(u":/i18n/"_s + catalogue + u'_' + language + u".qm"));
    QCOMPARE(translator.language(), language);
    const Catalogue ts = readTs(kTranslationsDir + u'/' + catalogue + u'_' + language + u".ts");
    QStringList problems;
    for (const Message &m : ts.messages) {
        if (m.translations.size() != 1)
            continue; // plural forms are checked by the monitor tests
        const QString translated =
            translator.translate(qPrintable(m.context), m.source.toUtf8().constData(),
                                 m.comment.isEmpty() ? nullptr : m.comment.toUtf8().constData());
        if (translated != m.translations.constFirst())
            problems.append(describe(m) + u" -> \"" + translated + u'"');
    }
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
}

void TranslationsTest::languages_data()
{
    QTest::addColumn<QString>("language");
    for (const char *language : {"de", "fr", "es"})
        QTest::newRow(language) << QString::fromLatin1(language);
}

void TranslationsTest::noMessageIsInTwoCatalogues()
{
    QFETCH(QString, language);
    QHash<QString, QString> owner; // message key -> catalogue
    QStringList problems;
    int messages = 0;
    for (const QString &name : catalogueNames()) {
        const Catalogue catalogue =
            readTs(kTranslationsDir + u"/syncscope-"_s + name + u'_' + language + u".ts");
        QVERIFY2(catalogue.error.isEmpty(), qPrintable(catalogue.error));
        for (const Message &m : catalogue.messages) {
            ++messages;
            const auto it = owner.constFind(keyOf(m));
            if (it != owner.constEnd())
                problems.append(u"in both %1 and %2: "_s.arg(*it, name) + describe(m));
            else
                owner.insert(keyOf(m), name);
        }
    }
    QVERIFY(messages > 400);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
}

void TranslationsTest::coreProtocolAndServerSpeakTheLanguage()
{
    QFETCH(QString, language);
    const Expected expected = expectedFor(language);
    // Every library's catalogue, loaded together as ui/core/monitor/translations.cpp does.
    InstalledCatalogues catalogues;
    QVERIFY(catalogues.load(language));

    QCOMPARE(syncscope::protocol::realmPathError(u""), expected.emptyRealmPath);
    QString error;
    QVERIFY(syncscope::server::loadOrCreateSecret(QString(), &error).isEmpty());
    QCOMPARE(error, expected.noSecretFile);
    const auto commandLine =
        syncscope::server::parseCommandLine({u"syncscope-server"_s, u"--data-dir"_s, QString()});
    QCOMPARE(commandLine.action, syncscope::server::CommandLine::Action::Fail);
    QCOMPARE(commandLine.text, expected.emptyDataDir);

    EmbeddedTestServer server;
    QVERIFY(server.start());
    QTemporaryDir local;
    QVERIFY(local.isValid());
    syncscope::App app;
    QVERIFY(!app.logIn(u"not-a-token"_s));
    QCOMPARE(app.lastError(), expected.malformedToken);

    const auto alice = app.logIn(server.token(u"alice"_s, {u"/notes"_s}));
    QVERIFY(alice);

    // A local file that is not a realm is refused with the client SDK's LocalStore message.
    const QString junkPath = local.filePath(u"junk.realm"_s);
    QFile junk(junkPath);
    QVERIFY(junk.open(QIODevice::WriteOnly));
    junk.write(QByteArrayLiteral("definitely not an SQLite database, long enough to be read"));
    junk.close();
    QVERIFY(!app.openRealm(alice, {server.url(), u"/notes"_s, junkPath}));
    QVERIFY2(app.lastError().contains(expected.notARealm), qPrintable(app.lastError()));

    // The embedded server refuses a realm the token does not grant; the client shows its reason.
    const auto denied =
        app.openRealm(alice, {server.url(), u"/private"_s, local.filePath(u"private.realm"_s)});
    QVERIFY2(denied, qPrintable(app.lastError()));
    QSignalSpy deniedErrors(denied->syncSession(), &syncscope::SyncSession::errorOccurred);
    QTRY_VERIFY_WITH_TIMEOUT(!deniedErrors.isEmpty(), 20000);
    const auto deniedError = deniedErrors.constFirst().constFirst().value<SyncError>();
    QVERIFY2(deniedError.message().contains(expected.notGranted),
             qPrintable(deniedError.message()));

    // SyncErrors of the session itself: a wait failed by logging out, and a wait on a closed
    // session (one asked while logged out would wait for the next login).
    const auto notes =
        app.openRealm(alice, {server.url(), u"/notes"_s, local.filePath(u"notes.realm"_s)});
    QVERIFY2(notes, qPrintable(app.lastError()));
    QFuture<void> pending = notes->syncSession()->downloadAllServerChanges(30s);
    alice->logOut();
    QTRY_VERIFY_WITH_TIMEOUT(pending.isFinished(), 10000);
    QCOMPARE(errorOf(pending).message(), expected.userLoggedOut);
    notes->close();
    QCOMPARE(errorOf(notes->syncSession()->downloadAllServerChanges()).message(),
             expected.sessionNotActive);
}

void TranslationsTest::serverBinaryFollowsTheSystemLocale()
{
    QFETCH(QString, language);
    const Expected expected = expectedFor(language);
    const QString serverBin = qEnvironmentVariable("SYNCSCOPE_SERVER_BIN");
    QVERIFY2(!serverBin.isEmpty(), "SYNCSCOPE_SERVER_BIN is not set");

    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    const QString locale = QLocale(language).name() + u".UTF-8";
    env.insert(u"LC_ALL"_s, locale);
    env.insert(u"LANG"_s, locale);
    env.remove(u"LANGUAGE"_s);
    process.setProcessEnvironment(env);
    process.start(serverBin, {u"--data-dir"_s, QString()});
    QVERIFY(process.waitForFinished(20000));
    QCOMPARE(process.exitCode(), 2);
    QCOMPARE(QString::fromUtf8(process.readAllStandardError()).trimmed(), expected.consoleFailure);

    // The library function the binary calls, in this process.
    QVERIFY(syncscope::server::installServerTranslations(QLocale(language)));
    QString error;
    syncscope::server::loadOrCreateSecret(QString(), &error);
    QCOMPARE(error, expected.noSecretFile);
}

QTEST_GUILESS_MAIN(TranslationsTest)
#include "tst_translations.moc"
