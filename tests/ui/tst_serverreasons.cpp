// A server's ERROR reasons in the monitor's language: the reasons a real server sends (in
// English: the test process has no translator while the server runs) are shown in German,
// French and Spanish with their details, every code of docs/protocol.md has a translated
// meaning, and the recognised wordings stay those of the server's and protocol's catalogues.
#include "embeddedtestserver.h"

#include "monitor/monitoredsession.h"
#include "monitor/serverreason.h"
#include "monitor/sessionmonitor.h"

#include <syncscope/protocol/accesstoken.h>
#include <syncscope/protocol/errorcodes.h>
#include <syncscope/protocol/realmpath.h>

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>

#include <memory>
#include <vector>

using namespace syncscope;
using namespace syncscope::monitor;

namespace {

// The server's and protocol's catalogues of one language, plus the monitor's, installed for
// the lifetime of the object.
class Language
{
public:
    explicit Language(const QString &language)
    {
        for (const char *catalogue : {"server", "protocol", "monitor"}) {
            auto translator = std::make_unique<QTranslator>();
            if (translator->load(QLocale(language),
                                 QStringLiteral("syncscope-") + QLatin1String(catalogue),
                                 QStringLiteral("_"), QStringLiteral(":/i18n"))) {
                QCoreApplication::installTranslator(translator.get());
                m_translators.push_back(std::move(translator));
            }
        }
    }
    ~Language()
    {
        for (const auto &translator : m_translators)
            QCoreApplication::removeTranslator(translator.get());
    }
    bool loaded() const { return m_translators.size() == 3; }

private:
    std::vector<std::unique_ptr<QTranslator>> m_translators;
};

// Each context's sources in a .ts file.
QSet<QString> sourcesOf(const QString &file, const QStringList &contexts)
{
    QSet<QString> sources;
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly))
        return sources;
    QXmlStreamReader xml(&f);
    QString context;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == u"name")
            context = xml.readElementText();
        else if (xml.name() == u"source" && contexts.contains(context))
            sources.insert(context + u'|' + xml.readElementText());
    }
    return sources;
}

protocol::AccessTokenClaims claims(const QString &user, const QStringList &grants)
{
    protocol::AccessTokenClaims c;
    c.subject = user;
    c.realmGrants = grants;
    c.issuedAt = QDateTime::currentDateTimeUtc().addSecs(-5);
    c.expiresAt = QDateTime::currentDateTimeUtc().addSecs(600);
    return c;
}

} // namespace

class TestServerReasons final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // A server reason added (or reworded) in server/ or protocol/ must be added here too, or
    // the monitor would fall back to the code's meaning for it.
    void templatesAreTheCataloguesMessages()
    {
        const QStringList contexts{QStringLiteral("syncscope::protocol::AccessToken"),
                                   QStringLiteral("syncscope::protocol::Codec"),
                                   QStringLiteral("syncscope::protocol::RealmPath"),
                                   QStringLiteral("syncscope::server::ClientConnection"),
                                   QStringLiteral("syncscope::server::ServerSession"),
                                   QStringLiteral("syncscope::server::SyncServer")};
        const QString dir = QStringLiteral(SYNCSCOPE_TRANSLATIONS_DIR);
        const QSet<QString> catalogues =
            sourcesOf(dir + QStringLiteral("/syncscope-server_de.ts"), contexts) |
            sourcesOf(dir + QStringLiteral("/syncscope-protocol_de.ts"), contexts);
        QVERIFY(catalogues.size() > 50);
        QSet<QString> table;
        for (const ServerReason::Template &t : ServerReason::templates())
            table.insert(QString::fromUtf8(t.context) + u'|' + QString::fromUtf8(t.source));
        QCOMPARE(table - catalogues, QSet<QString>());
        QCOMPARE(catalogues - table, QSet<QString>());
    }

    void everyCodeHasAMeaningInEveryLanguage()
    {
        // The protocol's codes are the documented ones.
        QList<int> named;
        for (int code = 100; code < 300; ++code) {
            if (!protocol::errorCodeName(quint16(code))
                     .startsWith(QStringLiteral("unknown_error_")))
                named << code;
        }
        QCOMPARE(named, ServerReason::knownCodes());
        // …and those of docs/protocol.md's table of error codes.
        QFile protocolDoc(QStringLiteral(SYNCSCOPE_TRANSLATIONS_DIR "/../docs/protocol.md"));
        QVERIFY(protocolDoc.open(QIODevice::ReadOnly | QIODevice::Text));
        static const QRegularExpression row(QStringLiteral("^\\| ([12]\\d\\d) \\| [a-z_]+ \\|"),
                                            QRegularExpression::MultilineOption);
        QList<int> documented;
        for (const auto &match : row.globalMatch(QString::fromUtf8(protocolDoc.readAll())))
            documented << match.captured(1).toInt();
        QCOMPARE(documented, ServerReason::knownCodes());
        QVERIFY(ServerReason::meaning(150).isEmpty());
        for (const char *language : {"de", "fr", "es"}) {
            QMap<int, QString> english;
            for (const int code : ServerReason::knownCodes()) {
                english[code] = ServerReason::meaning(code);
                QVERIFY(!english[code].isEmpty());
            }
            const Language translated{QString::fromLatin1(language)};
            QVERIFY(translated.loaded());
            for (const int code : ServerReason::knownCodes())
                QVERIFY2(ServerReason::meaning(code) != english[code], qPrintable(english[code]));
        }
    }

    // The protocol's own producers of 203 and 204 reasons, run in English.
    void protocolReasonsAreTranslatedWithTheirDetails()
    {
        const QString badAlgorithm =
            protocol::verifyAccessToken(QStringLiteral("x.y"), QByteArray(32, 'k')).error;
        const QString badPath = protocol::realmPathError(QStringLiteral("no-slash"));
        QVERIFY(!badAlgorithm.isEmpty() && !badPath.isEmpty());
        const QString signedElsewhere =
            protocol::verifyAccessToken(
                protocol::signAccessToken(claims(QStringLiteral("bob"), {QStringLiteral("/a/*")}),
                                          QByteArray(32, 'a')),
                QByteArray(32, 'b'))
                .error;
        QVERIFY(!signedElsewhere.isEmpty());
        for (const char *language : {"de", "fr", "es"}) {
            const Language translated{QString::fromLatin1(language)};
            for (const QString &english : {badAlgorithm, badPath, signedElsewhere}) {
                const QString code203 = ServerReason::localized(203, english);
                QVERIFY2(code203 != english, qPrintable(english));
                QVERIFY2(!code203.contains(QStringLiteral("the server said")), qPrintable(code203));
            }
        }
    }

    // Against a real server: a token without the realm (206), one signed with another secret
    // (203). The monitor shows the server's reason, in
    // German, with the user and realm it names.
    void aRealServersReasonsInGerman()
    {
        EmbeddedTestServer server;
        QVERIFY(server.start());
        QTemporaryDir local;
        SessionMonitor monitor;
        const auto define = [&](const QString &name, const QString &token, const QString &realm) {
            SessionDefinition d;
            d.name = name;
            d.serverUrl = server.url();
            d.token = token;
            d.realmPath = realm;
            d.localPath = local.filePath(name + QStringLiteral(".realm"));
            return d;
        };
        MonitoredSession *denied = monitor.addSession(
            define(QStringLiteral("denied"),
                   server.token(QStringLiteral("bob"), {QStringLiteral("/bob/*")}),
                   QStringLiteral("/admin/settings")));
        MonitoredSession *forged = monitor.addSession(
            define(QStringLiteral("forged"),
                   protocol::signAccessToken(claims(QStringLiteral("eve"), {QStringLiteral("/*")}),
                                             QByteArray(32, 'x')),
                   QStringLiteral("/eve/notes")));
        QTRY_VERIFY_WITH_TIMEOUT(denied->stateBadge() == StateBadge::Invalid &&
                                     forged->stateBadge() == StateBadge::Invalid,
                                 20000);
        QCOMPARE(denied->facts().lastError.code, 206);
        QCOMPARE(forged->facts().lastError.code, 203);
        const QString english206 = denied->lastErrorText();
        const QString english203 = forged->lastErrorText();
        QVERIFY2(english206.contains(QStringLiteral("does not grant")), qPrintable(english206));

        const Language german(QStringLiteral("de"));
        const QString german206 = denied->lastErrorText();
        const QString german203 = forged->lastErrorText();
        QVERIFY2(german206.contains(QStringLiteral("„bob“")) &&
                     german206.contains(QStringLiteral("„/admin/settings“")) &&
                     german206.contains(QStringLiteral("(Code 206)")),
                 qPrintable(german206));
        QVERIFY2(!german206.contains(QStringLiteral("does not grant")), qPrintable(german206));
        QVERIFY2(german203 != english203 && german203.contains(QStringLiteral("(Code 203)")) &&
                     !german203.contains(QStringLiteral("signature")),
                 qPrintable(german203));
    }

    // A reason of a server of another version or language: the code's meaning, then its words.
    void anUnknownWordingKeepsTheServersWords()
    {
        const Language german(QStringLiteral("de"));
        const QString text =
            ServerReason::localized(206, QStringLiteral("nicht erlaubt: /x (Serverversion 9)"));
        QVERIFY2(text.startsWith(ServerReason::meaning(206)), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("nicht erlaubt: /x (Serverversion 9)")));
        QVERIFY(!text.contains(QStringLiteral("the server said")));
        // Not a server's code (the SDK's own messages are translated already): unchanged.
        QCOMPARE(ServerReason::localized(1010, QStringLiteral("refused")),
                 QStringLiteral("refused"));
        // Already in German (an embedded server in the same language): kept as it is.
        const QString germanReason =
            QCoreApplication::translate("syncscope::server::ServerSession",
                                        "the access token of \"%1\" does not grant the realm "
                                        "\"%2\"")
                .arg(QStringLiteral("bob"), QStringLiteral("/a"));
        QCOMPARE(ServerReason::localized(206, germanReason), germanReason);
        // An argument holding a placeholder stays as it is.
        QVERIFY(
            ServerReason::localized(
                206, QStringLiteral("the access token of \"%2\" does not grant the realm \"%1\""))
                .contains(QStringLiteral("„%2“")));
    }
};

QTEST_GUILESS_MAIN(TestServerReasons)
#include "tst_serverreasons.moc"
