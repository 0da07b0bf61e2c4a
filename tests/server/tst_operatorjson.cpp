// The operator stream's JSON text (JsonText, appendConnectionJson, appendRealmJson): written
// by hand for speed, so it must parse as JSON with every value what the facts hold, however
// odd the strings a peer controls (realm paths, user ids, error messages).
#include "jsontext.h"
#include "operatorfacts.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <random>

using namespace Qt::StringLiterals;
using namespace syncscope::server;

namespace {

QJsonObject parsed(const JsonText &text)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(text.text(), &error);
    if (error.error != QJsonParseError::NoError)
        qWarning() << error.errorString() << text.text();
    return document.object();
}

} // namespace

class TestOperatorJson final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void isoTimesAreQtsIsoDateWithMs()
    {
        QList<qint64> msecs{0,
                            1,
                            999,
                            1000,
                            -1,
                            -1000,
                            -86'400'000,
                            951'782'400'000,
                            1'796'572'800'123,
                            253'402'300'799'999};
        std::mt19937_64 random(14);
        std::uniform_int_distribution<qint64> anyTime(-62'135'596'800'000, 253'402'300'799'999);
        for (int i = 0; i < 2000; ++i)
            msecs.append(anyTime(random));
        for (const qint64 ms : std::as_const(msecs)) {
            const QDateTime time = QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
            QCOMPARE(QString::fromLatin1(isoUtcMs(time)), time.toString(Qt::ISODateWithMs));
        }
        // A local time is written as the same instant in UTC.
        const QDateTime local = QDateTime::fromMSecsSinceEpoch(1'796'572'800'123);
        QCOMPARE(QString::fromLatin1(isoUtcMs(local)), local.toUTC().toString(Qt::ISODateWithMs));
    }

    void nestedContainersAreSeparatedOnce()
    {
        JsonText text;
        text.beginObject();
        text.key("a"_L1);
        text.beginArray();
        text.value(quint64(1));
        text.beginObject();
        text.endObject();
        text.beginArray();
        text.endArray();
        text.null();
        text.endArray();
        text.key("b"_L1);
        text.raw("[2,3]");
        text.key("c"_L1);
        text.value(false);
        text.endObject();
        QCOMPARE(text.text(), QByteArray(R"({"a":[1,{},[],null],"b":[2,3],"c":false})"));
    }

    void stringsAPeerControlsAreEscaped()
    {
        const QString odd = u"q\"b\\s/n\nr\rt\tc\x01\x1f Zürich 𝄞 \u2028"_s;
        JsonText text;
        text.beginObject();
        text.key("s"_L1);
        text.value(odd);
        text.endObject();
        QCOMPARE(parsed(text).value("s"_L1).toString(), odd);
    }

    void textAsUtf16IsTheUtf8Decoded()
    {
        // toString() widens all-ASCII text as Latin-1: any other byte, from a string or from
        // raw JSON, must make it decode UTF-8, and clear() must start ASCII again.
        JsonText text;
        QString reused; // written again for every text, as the operator's pages are
        const auto check = [&](const QString &expected) {
            QCOMPARE(text.toString(), QString::fromUtf8(text.text()));
            const QString before = reused; // shared: must not change under it
            const QString beforeCopy = QString(before.constData(), before.size());
            text.toString(reused);
            QCOMPARE(reused, QString::fromUtf8(text.text()));
            QCOMPARE(before, beforeCopy);
            QCOMPARE(QJsonDocument::fromJson(text.toString().toUtf8()).object().value("s"_L1),
                     QJsonValue(expected));
        };
        const QList<QString> strings{u"plain /path"_s, u"Zürich"_s, u"𝄞"_s, u"\u00e9 not escaped"_s,
                                     u"tab\t"_s};
        for (const QString &string : strings) {
            text.clear();
            text.beginObject();
            text.key("s"_L1);
            text.value(string);
            text.endObject();
            check(string);
        }
        text.clear();
        text.beginObject();
        text.key("r"_L1);
        text.raw("[\"é\"]");
        text.key("s"_L1);
        text.value(u"x"_s);
        text.endObject();
        check(u"x"_s);
        QCOMPARE(QJsonDocument::fromJson(text.toString().toUtf8()).object().value("r"_L1),
                 QJsonValue(QJsonArray{u"é"_s}));
        // A year Qt writes its own way still comes out as Qt writes it.
        const QDateTime far = QDateTime(QDate(12345, 6, 7), QTime(8, 9, 10, 11), Qt::UTC);
        text.clear();
        text.beginObject();
        text.key("s"_L1);
        text.time(far);
        text.endObject();
        check(far.toString(Qt::ISODateWithMs));
    }

    void connectionCarriesEverySessionFact()
    {
        const QDateTime at = QDateTime::fromMSecsSinceEpoch(1'796'572'800'123, Qt::UTC);
        ConnectionStatistics c;
        c.connectionId = 7;
        c.peer = u"127.0.0.1:4242"_s;
        c.userId = u"u\"ser"_s;
        c.connectedAt = at;
        c.lastActivity = at.addMSecs(5);
        c.bytesReceived = 9'007'199'254'740'993ULL; // above 2^53: written exactly
        c.bytesSent = 2;
        c.messagesReceived = 3;
        c.messagesSent = 4;
        c.bytesQueued = 5;
        SessionStatistics bound;
        bound.sessionId = 4'294'967'295U;
        bound.phase = SessionPhase::Syncing;
        bound.realmPath = u"/päth/\"x\"\n"_s;
        bound.userId = c.userId;
        bound.clientFileId = 11;
        bound.uploadedChangesets = 12;
        bound.uploadedBytes = 13;
        bound.downloadedChangesets = 14;
        bound.downloadedBytes = 15;
        bound.downloadCursor = 16;
        bound.uploadCursor = 17;
        bound.latestServerVersion = 20;
        bound.bytesBehind = 18;
        bound.refusedUploads = 19;
        bound.boundAt = at;
        bound.lastActivity = at;
        bound.lastUpload = at.addSecs(1);
        SessionStatistics ended = bound;
        ended.sessionId = 2;
        ended.phase = SessionPhase::Ended;
        ended.lastErrorCode = 211;
        ended.lastErrorMessage = u"bad\tthing"_s;
        ended.lastErrorAt = at;
        ended.lastUpload = {};
        c.sessions = {bound};
        c.endedSessions = {ended};

        JsonText text;
        qsizetype count = 0;
        appendConnectionJson(text, c, OperatorFilter{}, &count);
        QCOMPARE(count, 2);
        const QJsonObject json = parsed(text);
        QCOMPARE(json.value("id"_L1).toInteger(), 7);
        QCOMPARE(json.value("peer"_L1).toString(), c.peer);
        QCOMPARE(json.value("user"_L1).toString(), c.userId);
        QCOMPARE(json.value("since"_L1).toString(), u"2026-12-06T16:00:00.123Z"_s);
        QCOMPARE(json.value("lastActivity"_L1).toString(), u"2026-12-06T16:00:00.128Z"_s);
        QCOMPARE(json.value("bytesIn"_L1).toDouble(), double(c.bytesReceived));
        QVERIFY(text.text().contains("\"bytesIn\":9007199254740993"));
        QCOMPARE(json.value("messagesOut"_L1).toInteger(), 4);
        QCOMPARE(json.value("sendQueueBytes"_L1).toInteger(), 5);
        QVERIFY(json.value("roundTripMs"_L1).isNull());
        const QJsonArray sessions = json.value("sessions"_L1).toArray();
        QCOMPARE(sessions.size(), 2);
        const QJsonObject s = sessions.at(0).toObject();
        QCOMPARE(s.value("id"_L1).toInteger(), 4'294'967'295LL);
        QCOMPARE(s.value("phase"_L1).toString(), u"syncing"_s);
        QCOMPARE(s.value("realm"_L1).toString(), bound.realmPath);
        QCOMPARE(s.value("clientFileId"_L1).toInteger(), 11);
        QCOMPARE(s.value("uploadedChangesets"_L1).toInteger(), 12);
        QCOMPARE(s.value("uploadedBytes"_L1).toInteger(), 13);
        QCOMPARE(s.value("downloadedChangesets"_L1).toInteger(), 14);
        QCOMPARE(s.value("downloadedBytes"_L1).toInteger(), 15);
        QCOMPARE(s.value("downloadCursor"_L1).toInteger(), 16);
        QCOMPARE(s.value("uploadCursor"_L1).toInteger(), 17);
        QCOMPARE(s.value("serverHead"_L1).toInteger(), 20);
        QCOMPARE(s.value("versionsBehind"_L1).toInteger(), 4);
        QCOMPARE(s.value("bytesBehind"_L1).toInteger(), 18);
        QCOMPARE(s.value("refusedUploads"_L1).toInteger(), 19);
        QCOMPARE(s.value("since"_L1).toString(), u"2026-12-06T16:00:00.123Z"_s);
        QCOMPARE(s.value("lastUpload"_L1).toString(), u"2026-12-06T16:00:01.123Z"_s);
        QVERIFY(s.value("lastDownload"_L1).isNull()); // has not happened
        QVERIFY(s.value("lastError"_L1).isNull());
        QVERIFY(!s.contains("endCode"_L1));
        const QJsonObject e = sessions.at(1).toObject();
        QCOMPARE(e.value("phase"_L1).toString(), u"ended"_s);
        QCOMPARE(e.value("endCode"_L1).toInteger(), 211);
        QVERIFY(e.value("lastUpload"_L1).isNull());
        const QJsonObject error = e.value("lastError"_L1).toObject();
        QCOMPARE(error.value("code"_L1).toInteger(), 211);
        QVERIFY(!error.value("name"_L1).toString().isEmpty());
        QCOMPARE(error.value("message"_L1).toString(), ended.lastErrorMessage);
        QCOMPARE(error.value("at"_L1).toString(), u"2026-12-06T16:00:00.123Z"_s);

        // The filter picks the sessions; round trip, once answered, is a number.
        c.roundTripMs = 3;
        OperatorFilter onlyEnded;
        onlyEnded.phase = SessionPhase::Ended;
        JsonText filtered;
        appendConnectionJson(filtered, c, onlyEnded, &count);
        QCOMPARE(count, 1);
        QCOMPARE(parsed(filtered).value("roundTripMs"_L1).toInteger(), 3);
        QCOMPARE(parsed(filtered).value("sessions"_L1).toArray().size(), 1);
    }

    void realmCarriesItsFacts()
    {
        RealmStatistics realm;
        realm.path = u"/r\\1"_s;
        realm.headVersion = 5;
        realm.historyBytes = 6;
        realm.clientFiles = 7;
        JsonText text;
        text.beginArray();
        appendRealmJson(text, realm, 8);
        appendRealmJson(text, realm, 9);
        text.endArray();
        const QJsonArray array = QJsonDocument::fromJson(text.text()).array();
        QCOMPARE(array.size(), 2);
        const QJsonObject json = array.at(0).toObject();
        QCOMPARE(json.value("path"_L1).toString(), realm.path);
        QCOMPARE(json.value("headVersion"_L1).toInteger(), 5);
        QCOMPARE(json.value("historyBytes"_L1).toInteger(), 6);
        QCOMPARE(json.value("clientFiles"_L1).toInteger(), 7);
        QCOMPARE(json.value("sessionsBound"_L1).toInteger(), 8);
        QCOMPARE(array.at(1).toObject().value("sessionsBound"_L1).toInteger(), 9);
    }
};

QTEST_GUILESS_MAIN(TestOperatorJson)
#include "tst_operatorjson.moc"
