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
};

QTEST_GUILESS_MAIN(RealmPathTest)
#include "tst_realmpath.moc"
