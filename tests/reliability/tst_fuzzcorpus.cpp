// Replays the committed fuzz corpus (tests/fuzz/corpus/) and every input a fuzzer ever crashed
// on (tests/fuzz/corpus/regressions/) through the same checks as the libFuzzer targets, so the
// normal and the sanitizer builds guard them without clang's fuzzer runtime.

#include "fuzzchecks.h"

#include <QDirIterator>
#include <QFile>
#include <QTest>

class TestFuzzCorpus final : public QObject
{
    Q_OBJECT

private:
    static void addRows(const QString &kind, bool withRegressions = true)
    {
        QTest::addColumn<QString>("file");
        const QString root = QStringLiteral(SYNCSCOPE_FUZZ_CORPUS_DIR);
        int rows = 0;
        QStringList folders = {root + u'/' + kind};
        if (withRegressions)
            folders.append(root + u"/regressions/" + kind);
        for (const QString &folder : folders) {
            QDirIterator it(folder, QDir::Files);
            while (it.hasNext()) {
                const QString file = it.next();
                QTest::newRow(qPrintable(file.mid(root.size() + 1))) << file;
                ++rows;
            }
        }
        QVERIFY2(rows > 0, qPrintable(QStringLiteral("no corpus in ") + root));
    }
    static QByteArray read(const QString &path)
    {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return {};
        return file.readAll();
    }

private Q_SLOTS:
    void frames_data() { addRows(QStringLiteral("frames")); }
    void frames()
    {
        QFETCH(QString, file);
        const QString problem = syncscope::fuzz::checkFrameInput(read(file));
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }

    void tokens_data() { addRows(QStringLiteral("tokens")); }
    void tokens()
    {
        QFETCH(QString, file);
        const QString problem = syncscope::fuzz::checkTokenInput(read(file));
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }

    // Every seed frame must decode: a seed that stopped decoding means the wire format changed
    // and scripts/fuzz --regenerate-corpus must be run.
    void seedFramesStillDecode_data() { addRows(QStringLiteral("frames"), false); }
    void seedFramesStillDecode()
    {
        QFETCH(QString, file);
        using namespace syncscope::protocol;
        const QByteArray bytes = read(file);
        if (file.endsWith(QStringLiteral("/operations"))) {
            QVERIFY(decodeOperations(bytes).has_value());
            return;
        }
        const bool either = decode(bytes, Direction::ClientToServer).frame.has_value() ||
                            decode(bytes, Direction::ServerToClient).frame.has_value();
        QVERIFY(either);
    }

    // Edges found while writing the targets, kept as explicit cases.
    void grantPatternEdges()
    {
        using syncscope::protocol::grantMatches;
        QVERIFY(grantMatches(u"/team/*", u"/team/a"));
        QVERIFY(grantMatches(u"/team/*", u"/team/a/b"));
        QVERIFY(!grantMatches(u"/team/*", u"/team"));
        QVERIFY(!grantMatches(u"/team/*", u"/team/"));
        QVERIFY(!grantMatches(u"/team/*", u"/teamx"));
        QVERIFY(!grantMatches(u"/team/*", u"/teamx/a"));
        QVERIFY(grantMatches(u"/team", u"/team"));
        QVERIFY(!grantMatches(u"/team", u"/team/a"));
        QVERIFY(!grantMatches(u"/team", u"/Team"));
        QVERIFY(!grantMatches(u"", u"/team"));
        QVERIFY(!grantMatches(u"/team/*", u""));
    }
};

QTEST_GUILESS_MAIN(TestFuzzCorpus)
#include "tst_fuzzcorpus.moc"
