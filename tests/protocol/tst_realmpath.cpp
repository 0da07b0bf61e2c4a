#include <syncscope/protocol/realmpath.h>

#include <QTest>

using namespace syncscope::protocol;

class RealmPathTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void valid_data()
    {
        QTest::addColumn<QString>("path");
        QTest::newRow("simple") << QStringLiteral("/tasks");
        QTest::newRow("nested") << QStringLiteral("/team/a/b");
        QTest::newRow("punctuation") << QStringLiteral("/a-b_c.d~e@f+g=h,i");
        QTest::newRow("dots inside") << QStringLiteral("/a..b/...");
        QTest::newRow("unicode") << QStringLiteral("/ünïcødé/日本");
        QTest::newRow("astral letter") << QStringLiteral("/\U0001D49C");
        QTest::newRow("at limit") << (QStringLiteral("/") + QString(kMaxRealmPathBytes - 1, u'a'));
        // docs/protocol.md, section 11: letters, marks and numbers of any script, in NFC.
        QTest::newRow("precomposed accent (NFC)") << QStringLiteral("/caf\u00e9");
        QTest::newRow("devanagari (Mn, Mc)") << QStringLiteral("/हिन्दी");
        QTest::newRow("tamil") << QStringLiteral("/தமிழ்");
        QTest::newRow("thai") << QStringLiteral("/ภาษาไทย");
        QTest::newRow("hangul syllables") << QStringLiteral("/한국어");
        QTest::newRow("arabic-indic digits (Nd)") << QStringLiteral("/\u0660\u0661\u0662");
        QTest::newRow("superscript (No), roman numeral (Nl)") << QStringLiteral("/x\u00b2/\u216b");
        QTest::newRow("enclosing mark after a letter (Me)") << QStringLiteral("/a\u20dd");
        QTest::newRow("mark that NFC keeps") << QStringLiteral("/q\u0301");
        QTest::newRow("at limit in 3-byte letters")
            << (QStringLiteral("/aaa") + QString((kMaxRealmPathBytes - 4) / 3, u'\u0939'));
    }

    void valid()
    {
        QFETCH(QString, path);
        QVERIFY2(isValidRealmPath(path), qPrintable(realmPathError(path)));
    }

    void invalid_data()
    {
        QTest::addColumn<QString>("path");
        QTest::newRow("empty") << QString();
        QTest::newRow("relative") << QStringLiteral("tasks");
        QTest::newRow("root") << QStringLiteral("/");
        QTest::newRow("double slash") << QStringLiteral("/a//b");
        QTest::newRow("leading double") << QStringLiteral("//a");
        QTest::newRow("trailing slash") << QStringLiteral("/a/");
        QTest::newRow("dotdot") << QStringLiteral("/..");
        QTest::newRow("dotdot inside") << QStringLiteral("/a/../b");
        QTest::newRow("dot") << QStringLiteral("/a/./b");
        QTest::newRow("percent dotdot") << QStringLiteral("/%2e%2e");
        QTest::newRow("percent upper") << QStringLiteral("/%2E%2E/etc");
        QTest::newRow("percent slash") << QStringLiteral("/a%2Fb");
        QTest::newRow("nul") << QStringLiteral("/a") + QChar(u'\0') + QStringLiteral("b");
        QTest::newRow("control") << QStringLiteral("/a\u0001");
        QTest::newRow("newline") << QStringLiteral("/a\nb");
        QTest::newRow("del") << QStringLiteral("/a\u007f");
        QTest::newRow("c1 control") << QStringLiteral("/a\u0085");
        QTest::newRow("zero width") << QStringLiteral("/a\u200bb");
        QTest::newRow("space") << QStringLiteral("/a b");
        QTest::newRow("backslash") << QStringLiteral("/a\\..\\b");
        QTest::newRow("star") << QStringLiteral("/a*");
        QTest::newRow("question") << QStringLiteral("/a?b");
        QTest::newRow("lone surrogate") << QStringLiteral("/a") + QChar(0xD800);
        QTest::newRow("huge") << (QStringLiteral("/") + QString(kMaxRealmPathBytes, u'a'));
        QTest::newRow("huge in bytes") << (QStringLiteral("/") + QString(400, u'€'));
        QTest::newRow("megabyte") << (QStringLiteral("/") + QString(1 << 20, u'a'));
    }

    void invalid()
    {
        QFETCH(QString, path);
        QVERIFY(!isValidRealmPath(path));
        QVERIFY(!realmPathError(path).isEmpty());
    }

    // The character rules, each with the reason the client is told.
    void refusedWithReason_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("reason");
        const QString nfc = QStringLiteral("normalization form C");
        QTest::newRow("decomposed accent (NFD)") << QStringLiteral("/cafe\u0301") << nfc;
        QTest::newRow("decomposed hangul") << QStringLiteral("/\u1112\u1161\u11ab") << nfc;
        QTest::newRow("angstrom sign") << QStringLiteral("/\u212b") << nfc;
        QTest::newRow("mark first") << QStringLiteral("/\u0301a") << QStringLiteral("U+0301");
        QTest::newRow("mark first in a later segment")
            << QStringLiteral("/a/\u093f") << QStringLiteral("U+093F");
        QTest::newRow("unassigned (Cn)") << QStringLiteral("/a\u0378") << QStringLiteral("U+0378");
        QTest::newRow("private use (Co)") << QStringLiteral("/\ue000") << QStringLiteral("U+E000");
        QTest::newRow("currency symbol (Sc)")
            << QStringLiteral("/a\u20ac") << QStringLiteral("U+20AC");
        QTest::newRow("emoji (So)") << QStringLiteral("/\U0001F600") << QStringLiteral("U+1F600");
        QTest::newRow("no-break space (Zs)")
            << QStringLiteral("/a\u00a0b") << QStringLiteral("U+00A0");
        QTest::newRow("line separator (Zl)")
            << QStringLiteral("/a\u2028") << QStringLiteral("U+2028");
        QTest::newRow("colon (Po)") << QStringLiteral("/a:b") << QStringLiteral("U+003A");
        QTest::newRow("format (Cf)") << QStringLiteral("/a\u200db") << QStringLiteral("control");
        QTest::newRow("over the limit by one byte")
            << (QStringLiteral("/") + QString(kMaxRealmPathBytes, u'a')) << QStringLiteral("1024");
    }

    void refusedWithReason()
    {
        QFETCH(QString, path);
        QFETCH(QString, reason);
        const QString error = realmPathError(path);
        QVERIFY2(error.contains(reason), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(RealmPathTest)
#include "tst_realmpath.moc"
