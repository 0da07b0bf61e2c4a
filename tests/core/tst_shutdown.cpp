// At the end of main(), after `return app.exec();`: the shared_ptrs of realms, sessions and
// users go out of scope when no event loop will ever run a deferred deletion again. They must
// still be destroyed, so that the local SQLite files are closed (SQLite then checkpoints the
// WAL and removes the -wal and -shm files) — as a program's main() does it.

#include "coretestsupport.h"

#include <QFile>
#include <QTimer>

using namespace coretest;
using namespace syncscope;

class ShutdownTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void localFilesAreClosedAfterExecReturned()
    {
        QTemporaryDir dir;
        auto server = startServer(dir.filePath(u"server"_s));
        QVERIFY(server);
        const QString path = dir.filePath(u"main.realm"_s);
        bool walWhileOpen = false;
        {
            // Like main(): objects declared before exec(), destroyed after it returned.
            App app(fastConfig());
            auto user = app.logIn(token(u"alice"_s));
            auto realm = app.openRealm(user, syncConfig(server->url(), u"/shutdown"_s, path));
            QVERIFY2(realm, qPrintable(app.lastError()));
            QVERIFY(realm->write(u"k"_s, "v"));
            QCOMPARE(settle(realm->syncSession()->uploadAllLocalChanges()), 0);
            walWhileOpen = QFile::exists(path + u"-wal"_s);
            QTimer::singleShot(0, qApp, &QCoreApplication::quit);
            QCoreApplication::exec();
        }
        QVERIFY(walWhileOpen); // the check below means something
        QVERIFY2(!QFile::exists(path + u"-wal"_s), "the local file was never closed");
        QVERIFY2(!QFile::exists(path + u"-shm"_s), "the local file was never closed");
        QVERIFY(QFile::exists(path));
    }
};

QTEST_GUILESS_MAIN(ShutdownTest)
#include "tst_shutdown.moc"
