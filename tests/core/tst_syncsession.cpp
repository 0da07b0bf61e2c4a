// Sync through a real in-process SyncServer: uploads, downloads, convergence, progress
// reports, waits and their timeouts, durability across a killed client process.

#include "coretestsupport.h"

#include <QProcess>
#include <QSignalSpy>
#include <QTcpServer>

#include <csignal>

using namespace coretest;
using namespace syncscope;

class SyncSessionTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<server::SyncServer> m_server;
    int m_realmCounter = 0;

    QString localPath(const QString &name) { return m_dir.filePath(name); }
    QString freshRealm() { return u"/test/realm%1"_s.arg(++m_realmCounter); }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_server = startServer(m_dir.filePath(u"server"_s));
        QVERIFY(m_server);
    }

    void uploadThenDownloadOnAnotherClient()
    {
        const QString realmPath = freshRealm();
        App appA(fastConfig()), appB(fastConfig());
        auto userA = appA.logIn(token(u"alice"_s));
        auto userB = appB.logIn(token(u"bob"_s));
        QVERIFY(userA && userB);
        QCOMPARE(userA->id(), u"alice"_s);
        auto realmA =
            appA.openRealm(userA, syncConfig(m_server->url(), realmPath, localPath(u"ua.realm"_s)));
        QVERIFY2(realmA, qPrintable(appA.lastError()));
        QVERIFY(realmA->write(u"greeting"_s, "hello"));
        QCOMPARE(settle(realmA->syncSession()->uploadAllLocalChanges()), 0);

        auto realmB =
            appB.openRealm(userB, syncConfig(m_server->url(), realmPath, localPath(u"ub.realm"_s)));
        QVERIFY(realmB);
        QSignalSpy changed(realmB.get(), &Realm::changed);
        QCOMPARE(settle(realmB->syncSession()->downloadAllServerChanges()), 0);
        QCOMPARE(realmB->value(u"greeting"_s), std::optional<QByteArray>("hello"));
        QVERIFY(!changed.isEmpty());
        QVERIFY(changed.first().first().toStringList().contains(u"greeting"_s));

        // And live: a later write reaches B without any wait on B's side.
        changed.clear();
        QVERIFY(realmA->write(u"live"_s, "yes"));
        QTRY_VERIFY(realmB->value(u"live"_s).has_value());
        QCOMPARE(changed.last().first().toStringList(), QStringList{u"live"_s});
        QVERIFY(realmA->remove(u"live"_s));
        QTRY_VERIFY(!realmB->value(u"live"_s).has_value());
    }

    void writesFromTwoClientsConverge()
    {
        const QString realmPath = freshRealm();
        App appA(fastConfig()), appB(fastConfig());
        auto realmA =
            appA.openRealm(appA.logIn(token(u"alice"_s)),
                           syncConfig(m_server->url(), realmPath, localPath(u"ca.realm"_s)));
        auto realmB =
            appB.openRealm(appB.logIn(token(u"bob"_s)),
                           syncConfig(m_server->url(), realmPath, localPath(u"cb.realm"_s)));
        QVERIFY(realmA && realmB);
        realmB->syncSession()->pause(); // B writes offline, so the two really conflict
        for (int i = 0; i < 30; ++i) {
            QVERIFY(realmA->write(u"shared%1"_s.arg(i % 10), "A" + QByteArray::number(i)));
            QVERIFY(realmB->write(u"shared%1"_s.arg(i % 10), "B" + QByteArray::number(i)));
            QVERIFY(realmA->write(u"onlyA%1"_s.arg(i), "a"));
            QVERIFY(realmB->write(u"onlyB%1"_s.arg(i), "b"));
        }
        QVERIFY(realmA->remove(u"onlyA0"_s));
        realmB->syncSession()->resume();
        for (auto *realm : {realmA.get(), realmB.get()})
            QCOMPARE(settle(realm->syncSession()->uploadAllLocalChanges()), 0);
        for (auto *realm : {realmA.get(), realmB.get()})
            QCOMPARE(settle(realm->syncSession()->downloadAllServerChanges()), 0);

        QCOMPARE(realmA->keys(), realmB->keys());
        QCOMPARE(realmA->keys().size(), 10 + 29 + 30);
        for (const QString &key : realmA->keys())
            QCOMPARE(realmA->value(key), realmB->value(key));
        // A third client that only downloads agrees as well.
        App appC(fastConfig());
        auto realmC =
            appC.openRealm(appC.logIn(token(u"carol"_s)),
                           syncConfig(m_server->url(), realmPath, localPath(u"cc.realm"_s)));
        QCOMPARE(settle(realmC->syncSession()->downloadAllServerChanges()), 0);
        QCOMPARE(realmC->keys(), realmA->keys());
        for (const QString &key : realmA->keys())
            QCOMPARE(realmC->value(key), realmA->value(key));
    }

    void writeRefusesWhatNoServerWouldAccept()
    {
        App app(fastConfig());
        auto realm =
            app.openRealm(app.logIn(token(u"alice"_s)),
                          syncConfig(m_server->url(), freshRealm(), localPath(u"w.realm"_s)));
        QVERIFY(!realm->write(QString(), "v"));
        QVERIFY(!realm->lastError().isEmpty());
        QVERIFY(!realm->write(QString(5000, u'k'), "v"));
        QVERIFY(realm->lastError().contains(u"key"_s));
        QVERIFY(!realm->write(u"big"_s, QByteArray(5 * 1024 * 1024, 'x')));
        QVERIFY(realm->lastError().contains(u"value"_s));
        QVERIFY(realm->keys().isEmpty());
        QVERIFY(realm->write(u"ok"_s, QByteArray(4 * 1024 * 1024, 'x')));
        QVERIFY(realm->lastError().isEmpty());
        QCOMPARE(settle(realm->syncSession()->uploadAllLocalChanges()), 0);
    }

    void waitsCompleteAtOnceWithNothingToDo()
    {
        App app(fastConfig());
        auto realm =
            app.openRealm(app.logIn(token(u"alice"_s)),
                          syncConfig(m_server->url(), freshRealm(), localPath(u"n.realm"_s)));
        QVERIFY(realm);
        auto upload = realm->syncSession()->uploadAllLocalChanges();
        QVERIFY(upload.isFinished()); // nothing was ever written
        QCOMPARE(settle(upload), 0);
        QCOMPARE(settle(realm->syncSession()->downloadAllServerChanges()), 0);
        QVERIFY(realm->write(u"k"_s, "v"));
        QCOMPARE(settle(realm->syncSession()->uploadAllLocalChanges()), 0);
        QVERIFY(realm->syncSession()->uploadAllLocalChanges().isFinished()); // all acknowledged
    }

    void largeRealmDownloadsWithRisingProgress()
    {
        const QString realmPath = freshRealm();
        App appA(fastConfig());
        auto realmA =
            appA.openRealm(appA.logIn(token(u"alice"_s)),
                           syncConfig(m_server->url(), realmPath, localPath(u"la.realm"_s)));
        QList<std::pair<quint64, quint64>> uploads;
        realmA->syncSession()->addProgressNotification(
            ProgressDirection::Upload, ProgressMode::ReportIndefinitely, [&](quint64 a, quint64 b) {
                uploads.append({a, b});
            });
        const QByteArray value(16 * 1024, 'x');
        for (int i = 0; i < 200; ++i)
            QVERIFY(realmA->write(u"big%1"_s.arg(i, 3, 10, QChar(u'0')), value));
        QCOMPARE(settle(realmA->syncSession()->uploadAllLocalChanges(), 30'000), 0);
        QVERIFY(!uploads.isEmpty());
        QCOMPARE(uploads.last().first, uploads.last().second);
        QVERIFY(uploads.last().second >= 200u * 16 * 1024);
        // Many changesets travel per UPLOAD message (bounded at 1 MiB each): 200 changesets of
        // 16 KiB need only a handful of messages.
        bool found = false;
        for (const auto &connection : m_server->statistics()->connections()) {
            if (connection.userId != u"alice"_s || connection.sessions.isEmpty() ||
                connection.sessions.first().realmPath != realmPath)
                continue;
            QCOMPARE(connection.sessions.first().uploadedChangesets, 200u);
            QVERIFY2(connection.messagesReceived < 30,
                     qPrintable(QString::number(connection.messagesReceived)));
            QVERIFY(connection.messagesReceived >= 4); // 3.2 MB do not fit into one 1 MiB batch
            found = true;
        }
        QVERIFY(found);

        App appB(fastConfig());
        auto realmB =
            appB.openRealm(appB.logIn(token(u"bob"_s)),
                           syncConfig(m_server->url(), realmPath, localPath(u"lb.realm"_s)));
        QList<std::pair<quint64, quint64>> reports;
        QList<std::pair<quint64, quint64>> outstanding;
        SyncSession *session = realmB->syncSession();
        session->addProgressNotification(ProgressDirection::Download,
                                         ProgressMode::ReportIndefinitely,
                                         [&](quint64 a, quint64 b) {
                                             reports.append({a, b});
                                         });
        const auto token = session->addProgressNotification(
            ProgressDirection::Download, ProgressMode::ForCurrentlyOutstandingWork,
            [&](quint64 a, quint64 b) {
                outstanding.append({a, b});
            });
        QVERIFY(token != 0);
        QSignalSpy progressSignal(session, &SyncSession::progressChanged);
        QCOMPARE(settle(session->downloadAllServerChanges(), 30'000), 0);

        QVERIFY2(reports.size() >= 4, qPrintable(QString::number(reports.size())));
        for (int i = 1; i < reports.size(); ++i) {
            QVERIFY(reports[i].first > reports[i - 1].first); // rising, never repeated
            QVERIFY(reports[i].first <= reports[i].second);
        }
        QVERIFY(reports.first().first < reports.first().second / 2); // started low
        QCOMPARE(reports.last().first, reports.last().second);
        QVERIFY(reports.last().first >= 200u * 16 * 1024);
        QVERIFY(!progressSignal.isEmpty());
        // ForCurrentlyOutstandingWork ended with the final state and was removed.
        QVERIFY(outstanding.size() >= 2);
        QVERIFY(outstanding.last().first >= outstanding.last().second);
        const qsizetype outstandingCalls = outstanding.size();
        QVERIFY(realmA->write(u"more"_s, "data"));
        QTRY_VERIFY(realmB->value(u"more"_s).has_value());
        QCOMPARE(outstanding.size(), outstandingCalls);
        QVERIFY(reports.last().first > 200u * 16 * 1024);
    }

    void aBacklogBeyondTheUploadWindowIsSentAsTheSocketDrains()
    {
        // 12 MiB written while paused: more than the connection's upload window and the
        // kernel's socket buffers, so the session stops sending and goes on each time the
        // socket drains (the in-process server reads only when this thread's event loop runs).
        const QString realmPath = freshRealm();
        App appA(fastConfig());
        auto realmA =
            appA.openRealm(appA.logIn(token(u"alice"_s)),
                           syncConfig(m_server->url(), realmPath, localPath(u"wa.realm"_s)));
        QVERIFY(realmA);
        realmA->syncSession()->pause();
        constexpr int kValues = 48;
        for (int i = 0; i < kValues; ++i)
            QVERIFY(realmA->write(u"w%1"_s.arg(i), QByteArray(256 * 1024, char('a' + i % 26))));
        realmA->syncSession()->resume();
        QCOMPARE(settle(realmA->syncSession()->uploadAllLocalChanges(), 60'000), 0);

        App appB(fastConfig());
        auto realmB =
            appB.openRealm(appB.logIn(token(u"bob"_s)),
                           syncConfig(m_server->url(), realmPath, localPath(u"wb.realm"_s)));
        QVERIFY(realmB);
        QCOMPARE(settle(realmB->syncSession()->downloadAllServerChanges(), 60'000), 0);
        for (int i = 0; i < kValues; ++i)
            QCOMPARE(realmB->value(u"w%1"_s.arg(i)),
                     std::optional<QByteArray>(QByteArray(256 * 1024, char('a' + i % 26))));
    }

    void progressCountersSurviveARestart()
    {
        const QString realmPath = freshRealm();
        const QString pathA = localPath(u"ra.realm"_s);
        const QString pathB = localPath(u"rb.realm"_s);
        std::pair<quint64, quint64> upload, download;
        {
            App appA(fastConfig()), appB(fastConfig());
            auto realmA = appA.openRealm(appA.logIn(token(u"alice"_s)),
                                         syncConfig(m_server->url(), realmPath, pathA));
            for (int i = 0; i < 5; ++i)
                QVERIFY(realmA->write(u"k%1"_s.arg(i), QByteArray(1000, 'r')));
            QCOMPARE(settle(realmA->syncSession()->uploadAllLocalChanges()), 0);
            realmA->syncSession()->addProgressNotification(ProgressDirection::Upload,
                                                           ProgressMode::ReportIndefinitely,
                                                           [&](quint64 a, quint64 b) {
                                                               upload = {a, b};
                                                           });
            auto realmB = appB.openRealm(appB.logIn(token(u"bob"_s)),
                                         syncConfig(m_server->url(), realmPath, pathB));
            QCOMPARE(settle(realmB->syncSession()->downloadAllServerChanges()), 0);
            realmB->syncSession()->addProgressNotification(ProgressDirection::Download,
                                                           ProgressMode::ReportIndefinitely,
                                                           [&](quint64 a, quint64 b) {
                                                               download = {a, b};
                                                           });
        }
        QVERIFY(upload.first >= 5000 && upload.first == upload.second);
        QVERIFY(download.first >= 5000 && download.first == download.second);

        App appA(fastConfig()), appB(fastConfig());
        auto realmA = appA.openRealm(appA.logIn(token(u"alice"_s)),
                                     syncConfig(m_server->url(), realmPath, pathA));
        auto realmB = appB.openRealm(appB.logIn(token(u"bob"_s)),
                                     syncConfig(m_server->url(), realmPath, pathB));
        QList<std::pair<quint64, quint64>> uploads, downloads;
        realmA->syncSession()->addProgressNotification(
            ProgressDirection::Upload, ProgressMode::ReportIndefinitely, [&](quint64 a, quint64 b) {
                uploads.append({a, b});
            });
        realmB->syncSession()->addProgressNotification(ProgressDirection::Download,
                                                       ProgressMode::ReportIndefinitely,
                                                       [&](quint64 a, quint64 b) {
                                                           downloads.append({a, b});
                                                       });
        QCOMPARE(settle(realmA->syncSession()->downloadAllServerChanges()), 0);
        QCOMPARE(settle(realmB->syncSession()->downloadAllServerChanges()), 0);
        QCOMPARE(uploads.first(), upload);     // not back at zero
        QCOMPARE(downloads.first(), download); // nothing new on the server
    }

    void alreadyDoneOutstandingWorkGetsTokenZero()
    {
        App app(fastConfig());
        auto realm =
            app.openRealm(app.logIn(token(u"alice"_s)),
                          syncConfig(m_server->url(), freshRealm(), localPath(u"z.realm"_s)));
        QVERIFY(realm->write(u"k"_s, "v"));
        QCOMPARE(settle(realm->syncSession()->uploadAllLocalChanges()), 0);
        QCOMPARE(settle(realm->syncSession()->downloadAllServerChanges()), 0);
        for (auto direction : {ProgressDirection::Upload, ProgressDirection::Download}) {
            int calls = 0;
            quint64 transferred = 0, transferable = 1;
            const auto token = realm->syncSession()->addProgressNotification(
                direction, ProgressMode::ForCurrentlyOutstandingWork, [&](quint64 a, quint64 b) {
                    ++calls;
                    transferred = a;
                    transferable = b;
                });
            QCOMPARE(token, NotificationToken(0));
            QCOMPARE(calls, 1);
            QCOMPARE(transferred, transferable);
        }
        // A streaming registration is called at once with the known values too.
        int calls = 0;
        const auto token = realm->syncSession()->addProgressNotification(
            ProgressDirection::Upload, ProgressMode::ReportIndefinitely,
            [&](quint64, quint64) { ++calls; });
        QVERIFY(token != 0);
        QCOMPARE(calls, 1);
    }

    void callbackRemovesItselfAndRegistersAnother()
    {
        App app(fastConfig());
        auto realm =
            app.openRealm(app.logIn(token(u"alice"_s)),
                          syncConfig(m_server->url(), freshRealm(), localPath(u"s.realm"_s)));
        SyncSession *session = realm->syncSession();
        QCOMPARE(settle(session->downloadAllServerChanges()), 0);
        int selfCalls = 0, innerCalls = 0;
        NotificationToken self = 0;
        self = session->addProgressNotification(
            ProgressDirection::Upload, ProgressMode::ReportIndefinitely, [&](quint64, quint64) {
                ++selfCalls;
                if (selfCalls == 2) {
                    session->removeProgressNotification(self);
                    session->addProgressNotification(ProgressDirection::Upload,
                                                     ProgressMode::ReportIndefinitely,
                                                     [&](quint64, quint64) { ++innerCalls; });
                }
            });
        QCOMPARE(selfCalls, 1);
        QVERIFY(realm->write(u"a"_s, "1")); // second call: removes itself, registers another
        QCOMPARE(selfCalls, 2);
        QCOMPARE(innerCalls, 1); // called at once on registration
        QCOMPARE(settle(session->uploadAllLocalChanges()), 0);
        QVERIFY(realm->write(u"b"_s, "2"));
        QCOMPARE(selfCalls, 2);
        QVERIFY(innerCalls >= 3);
        session->removeProgressNotification(self); // already removed: ignored
        session->removeProgressNotification(987654);

        // Connection callbacks may remove themselves too.
        int connectionCalls = 0;
        NotificationToken connectionToken = 0;
        connectionToken = session->addConnectionNotification([&](ConnectionState, ConnectionState) {
            ++connectionCalls;
            session->removeConnectionNotification(connectionToken);
        });
        session->pause();
        session->resume();
        QTRY_COMPARE(session->connectionState(), ConnectionState::Connected);
        QCOMPARE(connectionCalls, 1);
    }

    void nothingIsReportedBeforeTheFirstDownload()
    {
        // A port nobody listens on.
        QTcpServer placeholder;
        QVERIFY(placeholder.listen(QHostAddress::LocalHost));
        const QUrl url(u"ws://127.0.0.1:%1"_s.arg(placeholder.serverPort()));
        placeholder.close();

        App app(fastConfig());
        auto realm = app.openRealm(app.logIn(token(u"alice"_s)),
                                   syncConfig(url, freshRealm(), localPath(u"p.realm"_s)));
        QVERIFY(realm);
        int calls = 0;
        realm->syncSession()->addProgressNotification(ProgressDirection::Upload,
                                                      ProgressMode::ReportIndefinitely,
                                                      [&](quint64, quint64) { ++calls; });
        QSignalSpy progress(realm->syncSession(), &SyncSession::progressChanged);
        QVERIFY(realm->write(u"k"_s, "v"));
        QTest::qWait(200);
        QCOMPARE(calls, 0);
        QCOMPARE(progress.count(), 0);
    }

    void timeoutsRejectButTheTransferGoesOn()
    {
        // The server is down at first: same port later.
        QTemporaryDir dataDir;
        auto server = startServer(dataDir.path());
        QVERIFY(server);
        const QUrl url = server->url();
        const quint16 port = quint16(url.port());
        server.reset();

        const QString realmPath = freshRealm();
        App app(fastConfig());
        auto realm = app.openRealm(app.logIn(token(u"alice"_s)),
                                   syncConfig(url, realmPath, localPath(u"to.realm"_s)));
        QVERIFY(realm->write(u"k"_s, "v"));
        auto upload = realm->syncSession()->uploadAllLocalChanges(300ms);
        auto download = realm->syncSession()->downloadAllServerChanges(200ms);
        auto forever = realm->syncSession()->uploadAllLocalChanges(0ms);
        QCOMPARE(settle(download), -1);
        QCOMPARE(settle(upload), -1);
        try {
            upload.waitForFinished();
            QFAIL("no timeout");
        } catch (const TimeoutError &error) {
            QCOMPARE(error.message(), u"Uploading changes did not complete in 300 ms."_s);
        }
        try {
            download.waitForFinished();
            QFAIL("no timeout");
        } catch (const TimeoutError &error) {
            QCOMPARE(error.message(), u"Downloading changes did not complete in 200 ms."_s);
        }
        QVERIFY(!forever.isFinished());

        server = startServer(dataDir.path(), port);
        QVERIFY(server);
        QCOMPARE(settle(forever), 0); // the transfer went on after the timeouts
        QCOMPARE(settle(realm->syncSession()->uploadAllLocalChanges(5000ms)), 0);
        QCOMPARE(settle(realm->syncSession()->downloadAllServerChanges(5000ms)), 0);
    }

    void writeSurvivesAKilledClientAndUploadsOnNextOpen()
    {
        const QString realmPath = freshRealm();
        const QString path = localPath(u"killed.realm"_s);
        QProcess child;
        child.setProcessChannelMode(QProcess::ForwardedChannels);
        // The child points at a server that does not exist, writes, and is killed.
        child.start(QCoreApplication::applicationFilePath(),
                    {u"--write-and-die"_s, path, realmPath, token(u"alice"_s)});
        QVERIFY(child.waitForFinished(20'000));
        QCOMPARE(child.exitStatus(), QProcess::CrashExit);

        App app(fastConfig());
        auto realm = app.openRealm(app.logIn(token(u"alice"_s)),
                                   syncConfig(m_server->url(), realmPath, path));
        QVERIFY2(realm, qPrintable(app.lastError()));
        QCOMPARE(realm->value(u"before-kill"_s), std::optional<QByteArray>("durable"));
        QCOMPARE(settle(realm->syncSession()->uploadAllLocalChanges()), 0);

        App other(fastConfig());
        auto check =
            other.openRealm(other.logIn(token(u"bob"_s)),
                            syncConfig(m_server->url(), realmPath, localPath(u"kc.realm"_s)));
        QCOMPARE(settle(check->syncSession()->downloadAllServerChanges()), 0);
        QCOMPARE(check->value(u"before-kill"_s), std::optional<QByteArray>("durable"));
        QCOMPARE(check->keys().size(), 20);
    }
};

int main(int argc, char **argv)
{
    if (argc == 5 && qstrcmp(argv[1], "--write-and-die") == 0) {
        QCoreApplication app(argc, argv);
        App client(fastConfig());
        auto user = client.logIn(QString::fromUtf8(argv[4]));
        auto realm = client.openRealm(user, syncConfig(QUrl(u"ws://127.0.0.1:9"_s),
                                                       QString::fromUtf8(argv[3]),
                                                       QString::fromLocal8Bit(argv[2])));
        if (!realm)
            return 2;
        for (int i = 0; i < 19; ++i)
            realm->write(u"k%1"_s.arg(i), "v");
        if (!realm->write(u"before-kill"_s, "durable"))
            return 3;
        std::raise(SIGKILL);
        return 4;
    }
    QCoreApplication app(argc, argv);
    SyncSessionTest test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_syncsession.moc"
