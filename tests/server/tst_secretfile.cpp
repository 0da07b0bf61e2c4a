#include <syncscope/server/secretfile.h>

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace syncscope::server;

class SecretFileTest final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

private Q_SLOTS:
    void createsARandomSecretWithMode0600InNewDirectories()
    {
        const QString path = m_dir.filePath(QStringLiteral("a/b/secret.key"));
        QString error;
        bool created = false;
        const QByteArray first = loadOrCreateSecret(path, &error, &created);
        QVERIFY2(!first.isEmpty(), qPrintable(error));
        QVERIFY(created);
        QCOMPARE(first.size(), kGeneratedSecretBytes);
        struct stat info = {};
        QCOMPARE(::stat(QFile::encodeName(path).constData(), &info), 0);
        QCOMPARE(info.st_mode & 0777, mode_t(0600));

        // Read back exactly, not recreated.
        const QByteArray again = loadOrCreateSecret(path, &error, &created);
        QCOMPARE(again, first);
        QVERIFY(!created);

        // Another file gets another secret.
        const QByteArray other =
            loadOrCreateSecret(m_dir.filePath(QStringLiteral("other.key")), &error);
        QVERIFY(!other.isEmpty());
        QVERIFY(other != first);
    }

    void usesAnExistingFileByteForByte()
    {
        const QString path = m_dir.filePath(QStringLiteral("mine.key"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly, QFileDevice::ReadOwner | QFileDevice::WriteOwner));
        const QByteArray mine("my own secret, long enough to sign tokens\n");
        file.write(mine);
        file.close();
        QString error;
        bool created = true;
        QCOMPARE(loadOrCreateSecret(path, &error, &created), mine);
        QVERIFY(!created);
    }

    void refusesEmptyOrUnusableFiles()
    {
        const QString empty = m_dir.filePath(QStringLiteral("empty.key"));
        QFile file(empty);
        QVERIFY(file.open(QIODevice::WriteOnly, QFileDevice::ReadOwner | QFileDevice::WriteOwner));
        file.close();
        QString error;
        QVERIFY(loadOrCreateSecret(empty, &error).isEmpty());
        QVERIFY(error.contains(QStringLiteral("empty")));

        error.clear();
        QVERIFY(loadOrCreateSecret(m_dir.path(), &error).isEmpty());
        QVERIFY(error.contains(QStringLiteral("directory")));

        error.clear();
        QVERIFY(loadOrCreateSecret(QString(), &error).isEmpty());
        QVERIFY(!error.isEmpty());
    }
};

QTEST_GUILESS_MAIN(SecretFileTest)
#include "tst_secretfile.moc"
