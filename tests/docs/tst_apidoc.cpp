// docs/api.md is the project's own statement of its public contract. This test keeps it true:
// a public member added to an SDK header, or an option added to a --help, without a word in
// docs/api.md fails here, so the page cannot silently fall behind the code.
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

QString readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
}

QString apiDoc()
{
    return readFile(QStringLiteral(SYNCSCOPE_SOURCE_DIR "/docs/api.md"));
}

// The names a header makes public: member functions and signals in public or signal
// sections, fields of structs, and enumerators. Constructors, destructors and macros are left
// out; private sections are skipped.
struct PublicNames
{
    QSet<QString> functions;
    QSet<QString> fieldsAndEnumerators;
};

PublicNames publicNames(const QString &header)
{
    PublicNames names;
    QString text = readFile(header);
    text.remove(QRegularExpression(u"//[^\n]*"_s)); // comments say why, not what is public
    static const QRegularExpression classStart(u"^(class|struct)\\s+(\\w+)[^;]*$"_s);
    static const QRegularExpression enumLine(u"enum class (\\w+)[^{]*\\{([^}]*)\\}"_s);
    static const QRegularExpression access(
        u"^\\s*(public|private|protected|Q_SIGNALS|signals)\\s*:"_s);
    static const QRegularExpression function(u"([~\\w]+)\\s*\\("_s);
    static const QRegularExpression field(u"^\\s*[\\w:<>, ]+?\\s+(\\w+)\\s*(\\{[^}]*\\})?;"_s);

    for (auto it = enumLine.globalMatch(text); it.hasNext();) {
        const auto match = it.next();
        for (QString enumerator : match.captured(2).split(u',')) {
            enumerator = enumerator.section(u'=', 0, 0).trimmed();
            if (!enumerator.isEmpty())
                names.fieldsAndEnumerators.insert(enumerator);
        }
    }

    QString className;
    bool isStruct = false;
    bool isPublic = false;
    int depth = 0;
    QString statement;
    const QStringList lines = text.split(u'\n');
    for (const QString &line : lines) {
        if (depth == 0) {
            const auto start = classStart.match(line.trimmed());
            if (start.hasMatch() && !line.contains(u';')) {
                className = start.captured(2);
                isStruct = start.captured(1) == u"struct";
                isPublic = isStruct;
            }
        }
        if (depth == 1 && !className.isEmpty()) {
            const auto section = access.match(line);
            if (section.hasMatch()) {
                isPublic = section.captured(1) != u"private" && section.captured(1) != u"protected";
            } else if (isPublic && !line.trimmed().startsWith(u"Q_")) {
                statement += line + u'\n';
                if (line.contains(u';') || line.contains(u'{')) {
                    const auto name = function.match(statement);
                    if (name.hasMatch() && !statement.trimmed().startsWith(u"friend")) {
                        const QString n = name.captured(1);
                        if (n != className && !n.startsWith(u'~') && n != u"Q_DECLARE_METATYPE")
                            names.functions.insert(n);
                    } else if (isStruct) {
                        const auto f = field.match(statement);
                        if (f.hasMatch())
                            names.fieldsAndEnumerators.insert(f.captured(1));
                    }
                    statement.clear();
                }
            }
        }
        if (line.trimmed().startsWith(u"namespace") || line.trimmed().startsWith(u"} // namespace"))
            continue; // a namespace's braces do not open a class body
        depth += line.count(u'{') - line.count(u'}');
        if (depth <= 0) {
            depth = 0;
            if (line.contains(u'}'))
                className.clear();
        }
    }
    return names;
}

// The folders of the installed public headers: the SDK's and the embeddable widget's.
QList<QDir> publicHeaderFolders()
{
    QList<QDir> folders{QDir(QStringLiteral(SYNCSCOPE_SOURCE_DIR "/core/include/syncscope"))};
    const QDir widgets(
        QStringLiteral(SYNCSCOPE_SOURCE_DIR "/ui/widgets/include/syncscope/widgets"));
    if (widgets.exists())
        folders.append(widgets);
    return folders;
}

QStringList helpOptions(const QString &program, const QStringList &arguments)
{
    QProcess process;
    process.start(program, arguments);
    if (!process.waitForFinished(30'000))
        return {};
    const QString help = QString::fromUtf8(process.readAllStandardOutput());
    QStringList options;
    static const QRegularExpression option(u"^\\s+(?:-\\w, )?(--[\\w-]+)"_s,
                                           QRegularExpression::MultilineOption);
    for (auto it = option.globalMatch(help); it.hasNext();)
        options += it.next().captured(1);
    return options;
}

} // namespace

class ApiDocTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void headersAreReadable()
    {
        QVERIFY2(!apiDoc().isEmpty(), "docs/api.md is missing or empty");
        const auto names = publicNames(
            QStringLiteral(SYNCSCOPE_SOURCE_DIR "/core/include/syncscope/syncsession.h"));
        // The parser itself must find what is obviously there, or the checks below prove nothing.
        QVERIFY(names.functions.contains(u"uploadAllLocalChanges"_s));
        QVERIFY(names.functions.contains(u"errorOccurred"_s));
        QVERIFY(!names.functions.contains(u"SyncSession"_s));
    }

    void everyPublicMemberIsDocumented_data()
    {
        QTest::addColumn<QString>("header");
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("isFunction");
        for (const QDir &dir : publicHeaderFolders()) {
            for (const QString &file : dir.entryList({u"*.h"_s}, QDir::Files, QDir::Name)) {
                const auto names = publicNames(dir.filePath(file));
                for (const QString &name : names.functions)
                    QTest::addRow("%s %s()", qPrintable(file), qPrintable(name))
                        << file << name << true;
                for (const QString &name : names.fieldsAndEnumerators)
                    QTest::addRow("%s %s", qPrintable(file), qPrintable(name))
                        << file << name << false;
            }
        }
    }

    void theWidgetHeaderIsChecked()
    {
        // The embeddable widget's installed header is part of the contract too.
        const auto names = publicNames(QStringLiteral(
            SYNCSCOPE_SOURCE_DIR "/ui/widgets/include/syncscope/widgets/sessionmonitorwidget.h"));
        QVERIFY(names.functions.contains(u"installTranslations"_s));
        QVERIFY(!names.functions.contains(u"SessionMonitorWidget"_s));
        QVERIFY(publicHeaderFolders().size() == 2);
    }

    void everyPublicMemberIsDocumented()
    {
        QFETCH(QString, name);
        QFETCH(bool, isFunction);
        const QString doc = apiDoc();
        const QRegularExpression mention(isFunction ? u"\\b%1\\("_s.arg(name)
                                                    : u"`%1`"_s.arg(name));
        QVERIFY2(doc.contains(mention),
                 qPrintable(u"docs/api.md does not describe %1"_s.arg(name)));
    }

    void everyCommandLineOptionIsDocumented_data()
    {
        QTest::addColumn<QString>("option");
        const QStringList server = helpOptions(QStringLiteral(SYNCSCOPE_SERVER_EXE), {u"--help"_s});
        const QStringList token =
            helpOptions(QStringLiteral(SYNCSCOPE_SERVER_EXE), {u"token"_s, u"--help"_s});
        QVERIFY2(server.contains(u"--listen"_s), "syncscope-server --help lists no --listen");
        QVERIFY2(token.contains(u"--secret-file"_s),
                 "syncscope-server token --help lists no --secret-file");
        QStringList all = server + token;
#ifdef SYNCSCOPE_MONITOR_EXE
        const QStringList monitor =
            helpOptions(QStringLiteral(SYNCSCOPE_MONITOR_EXE), {u"--help"_s});
        QVERIFY2(monitor.contains(u"--headless"_s), "syncscope --help lists no --headless");
        all += monitor;
#endif
        all.removeDuplicates();
        for (const QString &option : std::as_const(all))
            QTest::newRow(qPrintable(option)) << option;
    }

    void everyCommandLineOptionIsDocumented()
    {
        QFETCH(QString, option);
        QVERIFY2(apiDoc().contains(u"`"_s + option),
                 qPrintable(u"docs/api.md does not describe "_s + option));
    }
};

QTEST_GUILESS_MAIN(ApiDocTest)
#include "tst_apidoc.moc"
