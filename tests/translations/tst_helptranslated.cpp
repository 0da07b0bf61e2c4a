// `--help` of both executables in German, French and Spanish: no line may still be English.
// The English help gives the words to look for; what the texts share in every language
// (option names, placeholders in capitals, file names, product and protocol words) is allowed.
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

class TestHelpTranslated final : public QObject
{
    Q_OBJECT

private:
    static QString help(const QString &program, const QStringList &args, const QString &language)
    {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        // QLocale::system() reads these; the locale need not be installed for Qt.
        const QString locale =
            language == u"en" ? QStringLiteral("C.UTF-8")
                              : language + u'_' + language.toUpper() + QStringLiteral(".UTF-8");
        env.insert(QStringLiteral("LC_ALL"), locale);
        env.insert(QStringLiteral("LANG"), locale);
        env.insert(QStringLiteral("LANGUAGE"), language);
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        process.setProcessEnvironment(env);
        process.start(program, args);
        if (!process.waitForFinished(30000) || process.exitCode() != 0)
            return {};
        return withoutQtDebuggerOption(QString::fromUtf8(process.readAllStandardOutput()));
    }

    // --help-all lists QCoreApplication's --qmljsdebugger, whose text Qt builds with
    // QStringLiteral: no catalogue can translate it, so it is left out of the comparison.
    static QString withoutQtDebuggerOption(const QString &help)
    {
        QStringList kept;
        bool inDebugger = false;
        for (const QString &line : help.split(u'\n')) {
            if (line.startsWith(QStringLiteral("  --qmljsdebugger")))
                inDebugger = true;
            else if (!line.startsWith(QStringLiteral("          ")))
                inDebugger = false;
            if (!inDebugger)
                kept << line;
        }
        return kept.join(u'\n');
    }

    // Words of prose: no option names (--x), paths, file names or identifiers, no words in
    // capitals (placeholders such as HOST:PORT, JSON, HS256).
    static QSet<QString> proseWords(const QString &text)
    {
        QSet<QString> words;
        static const QRegularExpression token(QStringLiteral("\\S+"));
        static const QRegularExpression word(QStringLiteral("[A-Za-z][a-z']{2,}"));
        // A configuration key such as metrics-per-realm, quoted or not: an identifier.
        static const QRegularExpression key(QStringLiteral("^\\W*[a-z]+(-[a-z]+)+\\W*$"));
        for (const auto &t : token.globalMatch(text)) {
            const QString raw = t.captured();
            if (raw.contains(QStringLiteral("--")) || raw.contains(u'/') || raw.contains(u'_') ||
                raw.contains(u'=') || raw.contains(QStringLiteral(".md")) ||
                raw.contains(QStringLiteral("syncscope"), Qt::CaseInsensitive) ||
                key.match(raw).hasMatch())
                continue;
            for (const auto &w : word.globalMatch(raw))
                words.insert(w.captured().toLower());
        }
        return words;
    }

private Q_SLOTS:
    void noEnglishLeft_data()
    {
        QTest::addColumn<QString>("program");
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("language");
        const QString monitor = QStringLiteral(SYNCSCOPE_MONITOR_BIN);
        const QString server = QStringLiteral(SYNCSCOPE_SERVER_BIN);
        for (const char *language : {"de", "fr", "es"}) {
            const QString l = QLatin1String(language);
            QTest::addRow("syncscope %s", language)
                << monitor << QStringList{QStringLiteral("--help")} << l;
            QTest::addRow("syncscope --help-all %s", language)
                << monitor << QStringList{QStringLiteral("--help-all")} << l;
            QTest::addRow("syncscope --lang %s", language)
                << monitor << QStringList{QStringLiteral("--lang"), l, QStringLiteral("--help")}
                << QStringLiteral("en+") + l; // English system, --lang chooses
            QTest::addRow("server %s", language)
                << server << QStringList{QStringLiteral("--help")} << l;
            QTest::addRow("server token %s", language)
                << server << QStringList{QStringLiteral("token"), QStringLiteral("--help")} << l;
        }
    }

    void noEnglishLeft()
    {
        QFETCH(QString, program);
        QFETCH(QStringList, args);
        QFETCH(QString, language);
        QStringList englishArgs = args;
        if (language.startsWith(QStringLiteral("en+"))) {
            englishArgs = QStringList{QStringLiteral("--help")};
            language = QStringLiteral("en");
        }
        const QString english = help(program, englishArgs, QStringLiteral("en"));
        const QString translated = help(program, args, language);
        QVERIFY2(!english.isEmpty() && !translated.isEmpty(), qPrintable(program));
        QVERIFY(english != translated);

        // Words these languages share with English, or that name a thing rather than say
        // something: a product, a protocol, a data format.
        static const QSet<QString> shared{
            QStringLiteral("qt"),
            QStringLiteral("json"),
            QStringLiteral("jsonl"),
            QStringLiteral("csv"),
            QStringLiteral("table"),
            QStringLiteral("websocket"),
            QStringLiteral("realm"),
            QStringLiteral("realms"),
            QStringLiteral("token"),
            QStringLiteral("tokens"),
            QStringLiteral("server"),
            QStringLiteral("operator"),
            QStringLiteral("changeset"),
            QStringLiteral("changesets"),
            QStringLiteral("pid"),
            QStringLiteral("prometheus"),
            QStringLiteral("metrics"),
            QStringLiteral("info"),
            QStringLiteral("debug"),
            QStringLiteral("error"),
            QStringLiteral("warning"),
            QStringLiteral("listening"),
            QStringLiteral("ttl"),
            QStringLiteral("options"),
            QStringLiteral("arguments"),
            QStringLiteral("sessions"),
            QStringLiteral("session"),
            QStringLiteral("demo"),
            QStringLiteral("port"),
            QStringLiteral("host"),
            QStringLiteral("die"),
            QStringLiteral("des"),
            QStringLiteral("con"),
            QStringLiteral("sync"),
            QStringLiteral("pem"),
            QStringLiteral("tls"),
            // words of both languages: "Standard", "Version", "Client", "Terminal", "Format"…
            QStringLiteral("web"),
            QStringLiteral("socket"),
            QStringLiteral("standard"),
            QStringLiteral("version"),
            QStringLiteral("client"),
            QStringLiteral("bytes"),
            QStringLiteral("status"),
            QStringLiteral("terminal"),
            QStringLiteral("format"),
            QStringLiteral("scripts"),
            QStringLiteral("place"),
            QStringLiteral("mode"),
            QStringLiteral("secret"),
            QStringLiteral("message"),
            QStringLiteral("handshake"),
            QStringLiteral("kernel"),
            QStringLiteral("inspector"),
            QStringLiteral("name"),
            QStringLiteral("listen"), // the configuration file's example "listen = 0.0.0.0:7800"
            QStringLiteral("true"),   // a configuration value: "metrics-per-realm = true"
            QStringLiteral("series"), // Spanish as well: "series etiquetadas"
            QStringLiteral("configuration"), // French as well: "fichier de configuration"
            QStringLiteral("url"),
            // names of products and their terms: PostgreSQL, SQLite, libpq's conninfo
            QStringLiteral("postgre"),
            QStringLiteral("lite"),
            QStringLiteral("libpq"),
            QStringLiteral("conninfo"),
        };
        const QSet<QString> englishWords = proseWords(english);
        QStringList leftovers;
        for (const QString &line : translated.split(u'\n')) {
            const QSet<QString> words = proseWords(line);
            for (const QString &w : words) {
                if (englishWords.contains(w) && !shared.contains(w))
                    leftovers << w + QStringLiteral(" in: ") + line.trimmed();
            }
        }
        QVERIFY2(leftovers.isEmpty(), qPrintable(leftovers.join(u'\n')));
    }
};

QTEST_GUILESS_MAIN(TestHelpTranslated)
#include "tst_helptranslated.moc"
