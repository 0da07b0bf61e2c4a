// The server's files (issue "the server under attack", points 8 and 9): the data directory is
// 0700 and the database files 0600 whatever the umask; a secret file others may read, or one
// shorter than 32 bytes, is refused with a clear message; and a lock left by a SIGKILLed
// server is taken over even when QLockFile could not do it (on a full disk it cannot create
// the helper file it needs), with a log line.

#include "attackkit.h"

#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>

#include <sys/stat.h>

using namespace syncscope;
using namespace syncscope::attacks;
using namespace Qt::StringLiterals;

namespace {

int modeOf(const QString &path)
{
    struct stat info = {};
    if (::stat(QFile::encodeName(path).constData(), &info) != 0)
        return -1;
    return int(info.st_mode & 0777);
}

// Runs syncscope-server to completion (it fails at start) and returns its standard error.
QString failedStart(const QStringList &arguments, int *exitCode)
{
    QProcess process;
    process.start(testsupport::ServerProcess::serverBinary(), arguments);
    if (!process.waitForFinished(30000))
        return u"still running"_s;
    *exitCode = process.exitCode();
    return QString::fromLocal8Bit(process.readAllStandardError());
}

} // namespace

class TestDataDirectory final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        // What is checked here are the files of SQLite's data directory (the database, its
        // log, the lock): a server that keeps its data in PostgreSQL has none of them, so
        // these servers never do, even where the tests' servers use PostgreSQL.
        qunsetenv("SYNCSCOPE_TEST_POSTGRES");
    }

    void filesArePrivateWhateverTheUmask()
    {
        const mode_t previous = ::umask(0);
        QTemporaryDir parent;
        testsupport::ServerProcess server;
        const QString dataDir = parent.filePath(u"data"_s);
        server.setDataDir(dataDir);
        const bool started = server.start();
        ::umask(previous);
        QVERIFY2(started, qPrintable(server.errorString()));
        QCOMPARE(modeOf(dataDir), 0700);
        QCOMPARE(modeOf(dataDir + u"/syncscope.sqlite3"_s), 0600);
        QTRY_VERIFY(QFile::exists(dataDir + u"/syncscope.sqlite3-wal"_s));
        QCOMPARE(modeOf(dataDir + u"/syncscope.sqlite3-wal"_s), 0600);
        QCOMPARE(modeOf(dataDir + u"/syncscope.sqlite3-shm"_s), 0600);
        QCOMPARE(modeOf(server.secretFile()), 0600);
    }

    void exposedOrShortSecretsAreRefused()
    {
        QTemporaryDir dir;
        const QString secret = dir.filePath(u"secret.key"_s);
        QFile file(secret);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray(48, 's'));
        file.close();
        const QStringList serve = {u"--data-dir"_s, dir.filePath(u"data"_s), u"--secret-file"_s,
                                   secret};

        QVERIFY(QFile::setPermissions(secret, QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                                  QFileDevice::ReadGroup | QFileDevice::ReadOther));
        int exitCode = 0;
        QString error = failedStart(serve, &exitCode);
        QCOMPARE(exitCode, 1);
        QVERIFY2(error.contains(u"chmod 600"_s), qPrintable(error));

        // Through a symlink, the target's permissions count.
        const QString link = dir.filePath(u"link.key"_s);
        QVERIFY(QFile::link(secret, link));
        error = failedStart({u"--data-dir"_s, dir.filePath(u"data"_s), u"--secret-file"_s, link},
                            &exitCode);
        QCOMPARE(exitCode, 1);
        QVERIFY2(error.contains(u"chmod 600"_s), qPrintable(error));

        QVERIFY(QFile::setPermissions(secret, QFileDevice::ReadOwner | QFileDevice::WriteOwner));
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write("short");
        file.close();
        error = failedStart(serve, &exitCode);
        QCOMPARE(exitCode, 1);
        QVERIFY2(error.contains(u"at least 32"_s), qPrintable(error));

        // The token subcommand still creates a proper one where none exists.
        QProcess token;
        token.start(
            testsupport::ServerProcess::serverBinary(),
            {u"token"_s, u"--secret-file"_s, dir.filePath(u"new.key"_s), u"--user"_s, u"alice"_s});
        QVERIFY(token.waitForFinished(30000));
        QCOMPARE(token.exitCode(), 0);
        QCOMPARE(modeOf(dir.filePath(u"new.key"_s)), 0600);
        QCOMPARE(QFileInfo(dir.filePath(u"new.key"_s)).size(), 32);
    }

    void staleLockOfAKilledServerIsTakenOver()
    {
        testsupport::ServerProcess server;
        QVERIFY2(server.start(), qPrintable(server.errorString()));
        const qint64 killedPid = server.process()->processId();
        server.kill();
        // What a full disk does to QLockFile: it cannot create its helper file next to the
        // lock (here a directory stands in the way), so it never removes the stale lock.
        QVERIFY(QDir(server.dataDir()).mkdir(u"syncscope.lock.rmlock"_s));
        QVERIFY2(server.restart(), qPrintable(server.errorString() + server.standardError()));
        QTRY_VERIFY(server.standardError().contains(u"took over the lock"_s));
        QVERIFY(server.standardError().contains(QString::number(killedPid)));
    }
};

QTEST_GUILESS_MAIN(TestDataDirectory)
#include "tst_datadirectory.moc"
