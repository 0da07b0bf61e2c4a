#include <syncscope/protocol/codec.h>
#include <syncscope/protocol/errorcodes.h>
#include <syncscope/protocol/realmpath.h>

#include <QFile>
#include <QRegularExpression>
#include <QTest>

#include <cstring>

using namespace syncscope::protocol;
using namespace Qt::StringLiterals;

namespace {

QList<Operation> sampleOperations()
{
    return {
        {Operation::Kind::Set, QStringLiteral("title"), QByteArrayLiteral("Buy milk")},
        {Operation::Kind::Remove, QStringLiteral("gone"), {}},
        {Operation::Kind::Set, QStringLiteral("ünïcødé ✓ \U0001F600"), QByteArray(300, '\xAB')},
        {Operation::Kind::Set, QString(), QByteArray()},
        {Operation::Kind::Set, QStringLiteral("\uFEFFbom-first"), QByteArray("\0\1\2", 3)},
    };
}

// One frame of every message type, with content that exercises each field.
QList<std::pair<Frame, Direction>> sampleFrames()
{
    UploadMessage upload;
    upload.changesets = {{1, 1'700'000'000'123, sampleOperations()},
                         {2, -5, {}},
                         {0xFFFF'FFFF'FFFF'FFFFull,
                          std::numeric_limits<qint64>::min(),
                          {{Operation::Kind::Remove, QStringLiteral("k"), {}}}}};
    DownloadMessage download;
    download.downloadCursor = 42;
    download.latestServerVersion = 99;
    download.uploadAckClientVersion = 7;
    download.downloadableBytes = 123'456'789'012ull;
    download.changesets = {{41, 3, 1'700'000'000'000, sampleOperations()}, {42, 4, 0, {}}};
    DownloadMessage emptyDownload;

    const auto c2s = Direction::ClientToServer;
    const auto s2c = Direction::ServerToClient;
    return {
        {{1, BindMessage{QStringLiteral("/team/tasks"), QStringLiteral("a.b.c"), true}}, c2s},
        {{0xFFFF'FFFFu, BindMessage{QStringLiteral("/x"), QString(), false}}, c2s},
        {{2, ServerIdentMessage{0x0102030405060708ull}}, s2c},
        {{3, ClientIdentMessage{17, 0}}, c2s},
        {{4, upload}, c2s},
        {{4, UploadMessage{}}, c2s},
        {{5, download}, s2c},
        {{5, emptyDownload}, s2c},
        {{6, MarkMessage{77}}, c2s},
        {{6, MarkMessage{77}}, s2c},
        {{7, UnbindMessage{}}, c2s},
        {{7, UnboundMessage{}}, s2c},
        {{0, PingMessage{123456789}}, c2s},
        {{0, PongMessage{-1}}, s2c},
        {{0, ErrorMessage{105, false, true, QStringLiteral("wrong protocol version")}}, s2c},
        {{9, ErrorMessage{202, true, false, QStringLiteral("token expired — fetch a new one")}},
         s2c},
    };
}

QByteArray fromHex(const char *hex)
{
    return QByteArray::fromHex(QByteArray(hex).replace(' ', ""));
}

} // namespace

class CodecTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTrip_data()
    {
        QTest::addColumn<int>("index");
        const auto frames = sampleFrames();
        for (int i = 0; i < frames.size(); ++i)
            QTest::addRow("%d-type%d", i, int(messageType(frames[i].first.message))) << i;
    }

    void roundTrip()
    {
        QFETCH(int, index);
        const auto [frame, direction] = sampleFrames().at(index);
        const QByteArray bytes = encode(frame);
        QCOMPARE(quint8(bytes.at(0)), quint8(messageType(frame.message)));
        const DecodeResult result = decode(bytes, direction);
        QVERIFY2(result.frame.has_value(), qPrintable(result.error));
        QVERIFY(*result.frame == frame);
    }

    void everyTruncationFails()
    {
        for (const auto &[frame, direction] : sampleFrames()) {
            const QByteArray bytes = encode(frame);
            for (qsizetype length = 0; length < bytes.size(); ++length) {
                const DecodeResult result = decode(QByteArrayView(bytes).first(length), direction);
                QVERIFY2(
                    !result.frame,
                    qPrintable(
                        QStringLiteral("type %1 cut at %2 decoded").arg(bytes.at(0)).arg(length)));
                QVERIFY(!result.error.isEmpty());
            }
        }
    }

    // Flipping bits anywhere either fails with an error or yields a frame that encodes back to
    // exactly the corrupted bytes: the decoder never accepts two spellings of one message.
    void corruptionsFailOrAreCanonical()
    {
        const quint8 masks[] = {0x01, 0x02, 0x10, 0x80, 0xFF};
        int rejected = 0;
        for (const auto &[frame, direction] : sampleFrames()) {
            const QByteArray bytes = encode(frame);
            for (qsizetype i = 0; i < bytes.size(); ++i) {
                for (quint8 mask : masks) {
                    QByteArray corrupted = bytes;
                    corrupted[i] = char(quint8(corrupted[i]) ^ mask);
                    const DecodeResult result = decode(corrupted, direction);
                    if (result.frame) {
                        QCOMPARE(encode(*result.frame), corrupted);
                    } else {
                        QVERIFY(!result.error.isEmpty());
                        ++rejected;
                    }
                }
            }
        }
        QVERIFY(rejected > 1000);
    }

    void trailingBytesFail()
    {
        for (const auto &[frame, direction] : sampleFrames()) {
            const DecodeResult result = decode(QByteArray(encode(frame) + '\0'), direction);
            QVERIFY(!result.frame);
            QVERIFY2(result.error.contains(QStringLiteral("unexpected bytes")),
                     qPrintable(result.error));
        }
    }

    void headerFieldsMustBeZero()
    {
        const QByteArray good = encode({3, ClientIdentMessage{1, 2}});
        for (qsizetype offset : {1, 2, 3}) {
            QByteArray bad = good;
            bad[offset] = 1;
            const DecodeResult result = decode(bad, Direction::ClientToServer);
            QVERIFY(!result.frame);
            QVERIFY(result.error.contains(QStringLiteral("zero")));
        }
    }

    void unknownTypesFail()
    {
        for (int type : {0, 12, 13, 127, 255}) {
            QByteArray bytes = encode({1, MarkMessage{1}});
            bytes[0] = char(type);
            const DecodeResult result = decode(bytes, Direction::ClientToServer);
            QVERIFY(!result.frame);
            QVERIFY(result.error.contains(QStringLiteral("unknown message type")));
        }
    }

    void wrongDirectionFails()
    {
        for (const auto &[frame, direction] : sampleFrames()) {
            if (messageType(frame.message) == MessageType::Mark)
                continue;
            const auto other = direction == Direction::ClientToServer ? Direction::ServerToClient
                                                                      : Direction::ClientToServer;
            const DecodeResult result = decode(encode(frame), other);
            QVERIFY(!result.frame);
            QVERIFY(result.error.contains(QStringLiteral("may not be sent")));
        }
    }

    void sessionIdRules()
    {
        QVERIFY(!decode(encode({0, BindMessage{QStringLiteral("/a"), {}, false}}),
                        Direction::ClientToServer)
                     .frame);
        QVERIFY(!decode(encode({5, PingMessage{1}}), Direction::ClientToServer).frame);
        QVERIFY(!decode(encode({5, PongMessage{1}}), Direction::ServerToClient).frame);
        QVERIFY(!decode(encode({5, ErrorMessage{100, true, true, {}}}), Direction::ServerToClient)
                     .frame);
        QVERIFY(!decode(encode({0, ErrorMessage{200, true, false, {}}}), Direction::ServerToClient)
                     .frame);
        QVERIFY(decode(encode({0, ErrorMessage{100, true, true, {}}}), Direction::ServerToClient)
                    .frame);
    }

    void booleansMustBeZeroOrOne()
    {
        QByteArray bytes =
            encode({1, BindMessage{QStringLiteral("/a"), QStringLiteral("t"), true}});
        bytes[bytes.size() - 1] = 2;
        const DecodeResult result = decode(bytes, Direction::ClientToServer);
        QVERIFY(!result.frame);
        QVERIFY(result.error.contains(QStringLiteral("0 or 1")));
    }

    void lyingCountsFailBeforeAllocating()
    {
        // UPLOAD claiming 4 billion changesets in a 12-byte frame.
        QByteArray bytes = fromHex("04 00 0000 01000000 ffffffff");
        DecodeResult result = decode(bytes, Direction::ClientToServer);
        QVERIFY(!result.frame);
        QVERIFY2(result.error.contains(QStringLiteral("count")), qPrintable(result.error));

        // A count within the limit but larger than the bytes left could ever hold.
        bytes = fromHex("04 00 0000 01000000 64000000") + QByteArray(100, '\0');
        result = decode(bytes, Direction::ClientToServer);
        QVERIFY(!result.frame);
        QVERIFY2(result.error.contains(QStringLiteral("does not fit")), qPrintable(result.error));

        // A string length far past the end.
        bytes = fromHex("01 00 0000 01000000 00000080 2f");
        result = decode(bytes, Direction::ClientToServer);
        QVERIFY(!result.frame);
    }

    void limitsAreEnforced()
    {
        DecodeLimits limits;
        limits.maxKeyBytes = 4;
        limits.maxValueBytes = 4;
        limits.maxChangesetsPerMessage = 1;
        limits.maxOperationsPerChangeset = 1;
        limits.maxRealmPathBytes = 3;
        limits.maxTokenBytes = 3;
        limits.maxFrameBytes = 64;

        auto upload = [](QList<UploadChangeset> changesets) {
            return encode({1, UploadMessage{std::move(changesets)}});
        };
        const Operation small{Operation::Kind::Set, QStringLiteral("k"), QByteArray("v")};
        QVERIFY(decode(upload({{1, 0, {small}}}), Direction::ClientToServer, limits).frame);
        QVERIFY(
            !decode(upload({{1, 0, {small}}, {2, 0, {small}}}), Direction::ClientToServer, limits)
                 .frame);
        QVERIFY(!decode(upload({{1, 0, {small, small}}}), Direction::ClientToServer, limits).frame);
        QVERIFY(!decode(upload({{1, 0, {{Operation::Kind::Set, QStringLiteral("long key"), {}}}}}),
                        Direction::ClientToServer, limits)
                     .frame);
        QVERIFY(!decode(upload({{1, 0, {{Operation::Kind::Set, QStringLiteral("k"), "12345"}}}}),
                        Direction::ClientToServer, limits)
                     .frame);
        QVERIFY(!decode(encode({1, BindMessage{QStringLiteral("/abc"), {}, false}}),
                        Direction::ClientToServer, limits)
                     .frame);
        QVERIFY(!decode(encode({1, BindMessage{QStringLiteral("/a"), QStringLiteral("toolong"),
                                               false}}),
                        Direction::ClientToServer, limits)
                     .frame);
        const DecodeResult tooBig = decode(QByteArray(65, '\0'), Direction::ClientToServer, limits);
        QVERIFY(!tooBig.frame);
        QVERIFY(tooBig.error.contains(QStringLiteral("exceeds")));
    }

    // Every default limit of docs/protocol.md, section 12, is "at most N": N decodes, N + 1
    // does not.
    void defaultLimitsAreInclusive()
    {
        const auto c2s = Direction::ClientToServer;
        const auto uploadOne = [](const Operation &op) {
            return encode({1, UploadMessage{{{1, 0, {op}}}}});
        };
        QVERIFY(decode(uploadOne({Operation::Kind::Set, QString(4096, u'k'), {}}), c2s).frame);
        QVERIFY(!decode(uploadOne({Operation::Kind::Set, QString(4097, u'k'), {}}), c2s).frame);
        const qsizetype valueLimit = 8 * 1024 * 1024;
        QVERIFY(
            decode(uploadOne({Operation::Kind::Set, {}, QByteArray(valueLimit, 'v')}), c2s).frame);
        QVERIFY(!decode(uploadOne({Operation::Kind::Set, {}, QByteArray(valueLimit + 1, 'v')}), c2s)
                     .frame);

        const Operation tiny{Operation::Kind::Remove, {}, {}};
        QVERIFY(decode(encode({1, UploadMessage{{{1, 0, QList<Operation>(100'000, tiny)}}}}), c2s)
                    .frame);
        QVERIFY(!decode(encode({1, UploadMessage{{{1, 0, QList<Operation>(100'001, tiny)}}}}), c2s)
                     .frame);
        QList<UploadChangeset> many;
        for (quint64 v = 1; v <= 100'001; ++v)
            many.append({v, 0, {}});
        QVERIFY(!decode(encode({1, UploadMessage{many}}), c2s).frame);
        many.removeLast();
        QVERIFY(decode(encode({1, UploadMessage{many}}), c2s).frame);

        const auto bind = [](qsizetype pathBytes, qsizetype tokenBytes) {
            return encode({1, BindMessage{QStringLiteral("/") + QString(pathBytes - 1, u'p'),
                                          QString(tokenBytes, u't'), false}});
        };
        QVERIFY(decode(bind(1024, 16 * 1024), c2s).frame);
        QVERIFY(!decode(bind(1025, 1), c2s).frame);
        QVERIFY(!decode(bind(2, 16 * 1024 + 1), c2s).frame);

        const auto error = [](qsizetype bytes) {
            return encode({1, ErrorMessage{201, true, false, QString(bytes, u'e')}});
        };
        QVERIFY(decode(error(64 * 1024), Direction::ServerToClient).frame);
        QVERIFY(!decode(error(64 * 1024 + 1), Direction::ServerToClient).frame);

        DecodeLimits small;
        small.maxFrameBytes = 16;
        QVERIFY(decode(encode({0, PingMessage{1}}), c2s, small).frame); // 16 bytes
        small.maxFrameBytes = 15;
        QVERIFY(!decode(encode({0, PingMessage{1}}), c2s, small).frame);
    }

    void invalidUtf8Fails()
    {
        QByteArray bytes = fromHex("01 00 0000 01000000 02000000 2fff 00000000 00");
        const DecodeResult result = decode(bytes, Direction::ClientToServer);
        QVERIFY(!result.frame);
        QVERIFY(result.error.contains(QStringLiteral("UTF-8")));
    }

    void removeWithValueFails()
    {
        // UPLOAD, 1 changeset v1 t0, 1 op: remove key "k" with value "v".
        const QByteArray bytes = fromHex("04 00 0000 01000000 01000000"
                                         "0100000000000000 0000000000000000 01000000"
                                         "02 01000000 6b 01000000 76");
        const DecodeResult result = decode(bytes, Direction::ClientToServer);
        QVERIFY(!result.frame);
        QVERIFY(result.error.contains(QStringLiteral("remove")));
    }

    // The byte layout is the contract of docs/protocol.md. Its section 13 is read here and
    // every hex example in it must be exactly the encoding of these frames, in this order.
    void workedExamplesOfTheDocument()
    {
        const QList<Operation> setAremoveB = {{Operation::Kind::Set, QStringLiteral("a"), "1"},
                                              {Operation::Kind::Remove, QStringLiteral("b"), {}}};
        QCOMPARE(changesetSize(setAremoveB), quint64(21)); // stated below the UPLOAD example
        DownloadMessage download{3, 3, 0, 0, {}};
        download.changesets = {
            {3, 2, 1'700'000'000'000, {{Operation::Kind::Set, QStringLiteral("a"), "1"}}}};
        const QList<std::pair<Frame, Direction>> expected = {
            {{1, BindMessage{QStringLiteral("/tasks"), QStringLiteral("abc"), true}},
             Direction::ClientToServer},
            {{1, ServerIdentMessage{2}}, Direction::ServerToClient},
            {{1, ClientIdentMessage{2, 0}}, Direction::ClientToServer},
            {{1, UploadMessage{{{1, 1'700'000'000'000, setAremoveB}}}}, Direction::ClientToServer},
            {{1, download}, Direction::ServerToClient},
            {{1, MarkMessage{7}}, Direction::ClientToServer},
            {{0, PingMessage{123456}}, Direction::ClientToServer},
            {{1, UnbindMessage{}}, Direction::ClientToServer},
            {{1, ErrorMessage{206, false, false, QStringLiteral("denied")}},
             Direction::ServerToClient},
            // Resuming: IDENT with a stored cursor, the first DOWNLOAD with the saved ack.
            {{1, ClientIdentMessage{2, 3}}, Direction::ClientToServer},
            {{1, DownloadMessage{3, 3, 1, 0, {}}}, Direction::ServerToClient},
            {{1, ClientIdentMessage{0, 0}}, Direction::ClientToServer},
            {{1, ErrorMessage{208, false, false, QStringLiteral("file 0")}},
             Direction::ServerToClient},
            {{0, ErrorMessage{105, false, true, QStringLiteral("v1")}}, Direction::ServerToClient},
            {{1, BindMessage{QStringLiteral("/caf\u00e9"), QStringLiteral("abc"), true}},
             Direction::ClientToServer},
            {{2, BindMessage{QStringLiteral("/cafe\u0301"), QStringLiteral("abc"), true}},
             Direction::ClientToServer},
        };

        QFile file(QStringLiteral(QT_TESTCASE_SOURCEDIR "/../../docs/protocol.md"));
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName()));
        const QString document = QString::fromUtf8(file.readAll());
        const qsizetype begin = document.indexOf(QStringLiteral("\n## 13. "));
        const qsizetype end = document.indexOf(QStringLiteral("\n## 14. "));
        QVERIFY(begin > 0 && end > begin);
        // "0010  c3 a9 03 …": an offset, two spaces, bytes. Offset 0000 starts a new message.
        static const QRegularExpression line(
            QStringLiteral("^([0-9a-f]{4})  ((?:[0-9a-f]{2} )*[0-9a-f]{2})$"));
        QList<QByteArray> examples;
        for (const QString &text : document.sliced(begin, end - begin).split(u'\n')) {
            const QRegularExpressionMatch match = line.match(text);
            if (!match.hasMatch())
                continue;
            const int offset = match.captured(1).toInt(nullptr, 16);
            if (offset == 0)
                examples.append(QByteArray());
            QVERIFY2(!examples.isEmpty() && offset == examples.last().size(), qPrintable(text));
            examples.last() += QByteArray::fromHex(match.captured(2).toLatin1());
        }
        QCOMPARE(examples.size(), expected.size());
        for (qsizetype i = 0; i < expected.size(); ++i) {
            const auto &[frame, direction] = expected.at(i);
            QVERIFY2(encode(frame) == examples.at(i),
                     qPrintable(QStringLiteral("example %1: the document has %2, the codec %3")
                                    .arg(i + 1)
                                    .arg(QString::fromLatin1(examples.at(i).toHex(' ')),
                                         QString::fromLatin1(encode(frame).toHex(' ')))));
            const DecodeResult decoded = decode(examples.at(i), direction);
            QVERIFY2(decoded.frame && *decoded.frame == frame, qPrintable(decoded.error));
        }
        // The last two differ only in normalisation: NFC binds, NFD is refused.
        QVERIFY(isValidRealmPath(u"/caf\u00e9"));
        QVERIFY(!isValidRealmPath(u"/cafe\u0301"));
    }

    void changesetSizeIsTheEncodedOperationSize()
    {
        const QList<Operation> ops = sampleOperations();
        QCOMPARE(changesetSize(ops), quint64(encodeOperations(ops).size()));
        QCOMPARE(changesetSize({}), quint64(0));
        QCOMPARE(changesetSize({{Operation::Kind::Set, QStringLiteral("a"), "1"}}), quint64(11));
        // The value of a remove never counts, even if a caller left one in the struct.
        QCOMPARE(changesetSize({{Operation::Kind::Remove, QStringLiteral("a"), "junk"}}),
                 quint64(10));
    }

    void operationsRoundTripAndRejectGarbage()
    {
        const QList<Operation> ops = sampleOperations();
        const QByteArray bytes = encodeOperations(ops);
        QCOMPARE(decodeOperations(bytes).value(), ops);
        QCOMPARE(decodeOperations({}).value(), QList<Operation>());
        for (qsizetype length = 1; length < bytes.size(); ++length) {
            QString error;
            if (decodeOperations(QByteArrayView(bytes).first(length), {}, &error)) {
                // Only cuts at operation boundaries may decode.
                QCOMPARE(qsizetype(
                             changesetSize(*decodeOperations(QByteArrayView(bytes).first(length)))),
                         length);
            } else {
                QVERIFY(!error.isEmpty());
            }
        }
    }

    void storedOperationsAreCountedWithoutDecoding()
    {
        const QList<Operation> ops = sampleOperations();
        const QByteArray bytes = encodeOperations(ops);
        QCOMPARE(countOperations(bytes).value(), quint32(ops.size()));
        QCOMPARE(countOperations({}).value(), 0u);
        // Accepts exactly what decodeOperations() accepts.
        for (qsizetype length = 1; length < bytes.size(); ++length) {
            const QByteArrayView cut = QByteArrayView(bytes).first(length);
            QString error;
            const auto count = countOperations(cut, {}, &error);
            const auto decoded = decodeOperations(cut);
            QCOMPARE(count.has_value(), decoded.has_value());
            if (count)
                QCOMPARE(*count, quint32(decoded->size()));
            else
                QVERIFY(!error.isEmpty());
        }
        QVERIFY(!countOperations(encodeOperations({{Operation::Kind::Set, u"k"_s, "v"}}),
                                 DecodeLimits{.maxValueBytes = 0})
                     .has_value());
        QByteArray removeWithValue = encodeOperations({{Operation::Kind::Set, u"k"_s, "v"}});
        removeWithValue[0] = char(Operation::Kind::Remove);
        QVERIFY(!countOperations(removeWithValue).has_value());
    }

    void sharedValuesDecodeAsCopiedOnes()
    {
        // decodeSharingValues() checks and answers exactly as decode(), cut anywhere.
        for (const auto &[frame, direction] : sampleFrames()) {
            const QByteArray bytes = encode(frame);
            const DecodeResult shared = decodeSharingValues(bytes, direction);
            QVERIFY2(shared.frame.has_value(), qPrintable(shared.error));
            QVERIFY(*shared.frame == frame);
            for (qsizetype length = 0; length < bytes.size(); ++length) {
                const QByteArray cut = bytes.first(length);
                const DecodeResult copied = decode(cut, direction);
                const DecodeResult sharing = decodeSharingValues(cut, direction);
                QCOMPARE(sharing.frame.has_value(), copied.frame.has_value());
                QCOMPARE(sharing.error, copied.error);
            }
        }
        const QByteArray ops = encodeOperations(sampleOperations());
        QCOMPARE(decodeOperationsSharingValues(ops).value(), sampleOperations());
        for (qsizetype length = 1; length < ops.size(); ++length) {
            QString copiedError;
            QString sharedError;
            const auto copied = decodeOperations(ops.first(length), {}, &copiedError);
            const auto shared = decodeOperationsSharingValues(ops.first(length), {}, &sharedError);
            QCOMPARE(shared.has_value(), copied.has_value());
            QCOMPARE(sharedError, copiedError);
        }
    }

    void aSharedValueLivesInTheFrameAndOutlivesIt()
    {
        // The value of a DOWNLOAD is its bytes inside the frame, not a copy of them.
        const QByteArray original(64 * 1024, '\x5A');
        DownloadMessage download;
        download.changesets = {{1, 2, 3, {{Operation::Kind::Set, u"big"_s, original}}}};
        QByteArray frame = encode(Frame{5, download});
        const auto inFrame = [&frame](const QByteArray &value) {
            return value.constData() >= frame.constData() &&
                   value.constData() + value.size() <= frame.constData() + frame.size();
        };
        const auto valueOf = [](const DecodeResult &result) {
            return std::get<DownloadMessage>(result.frame->message)
                .changesets.at(0)
                .operations.at(0)
                .value;
        };
        QVERIFY(!inFrame(valueOf(decode(frame, Direction::ServerToClient))));
        QByteArray value = valueOf(decodeSharingValues(frame, Direction::ServerToClient));
        QVERIFY(inFrame(value));
        QCOMPARE(value, original);
        const QByteArray operations = encodeOperations(download.changesets.at(0).operations);
        const QByteArray fromOperations = decodeOperationsSharingValues(operations)->at(0).value;
        QVERIFY(fromOperations.constData() > operations.constData() &&
                fromOperations.constData() < operations.constData() + operations.size());

        // It keeps the frame's memory alive, and writing to it copies it first.
        const QByteArray sameValue = value;
        frame = QByteArray();
        QCOMPARE(value, original);
        value[0] = 'x';
        QCOMPARE(sameValue, original);
        QCOMPARE(value.size(), original.size());
        QCOMPARE(value.at(0), 'x');

        // A frame of raw data owns nothing to share: its values are copies.
        const QByteArray bytes = encode(Frame{5, download});
        const QByteArray raw = QByteArray::fromRawData(bytes.constData(), bytes.size());
        const QByteArray copied = valueOf(decodeSharingValues(raw, Direction::ServerToClient));
        QCOMPARE(copied, original);
        QVERIFY(copied.constData() < bytes.constData() ||
                copied.constData() >= bytes.constData() + bytes.size());
    }

    // The server stores an UPLOAD's operations as they came: the decoder keeps their bytes as a
    // reference into the frame, and they are exactly what encodeOperations() would write.
    void anUploadKeepsItsOperationBytesInTheFrame()
    {
        UploadMessage upload;
        upload.changesets = {{1, 10, sampleOperations()},
                             {2, 20, {}},
                             {3,
                              30,
                              {{Operation::Kind::Set, u"\uFEFFbom"_s, "v"},
                               {Operation::Kind::Remove, u"gr\u00FC\u00DF \U0001F600"_s, {}},
                               {Operation::Kind::Set, u"empty"_s, ""}}}};
        QByteArray frame = encode(Frame{7, upload});
        const DecodeResult kept = decodeKeepingOperationBytes(frame, Direction::ClientToServer);
        QVERIFY2(kept.frame.has_value(), qPrintable(kept.error));
        QVERIFY(*kept.frame == Frame(7, upload)); // == leaves the bytes out
        const QList<UploadChangeset> changesets =
            std::get<UploadMessage>(kept.frame->message).changesets;
        QCOMPARE(changesets.size(), upload.changesets.size());
        for (qsizetype i = 0; i < changesets.size(); ++i) {
            const UploadChangeset &changeset = changesets.at(i);
            const QByteArray expected = encodeOperations(upload.changesets.at(i).operations);
            QCOMPARE(changeset.encodedOperations, expected);
            QCOMPARE(encodedOperations(changeset), expected);
            if (!expected.isEmpty()) {
                QVERIFY(changeset.encodedOperations.constData() > frame.constData());
                QVERIFY(changeset.encodedOperations.constData() + expected.size() <=
                        frame.constData() + frame.size());
            }
        }
        // A copy of the values, as decode() makes: only the operation bytes are shared.
        const QByteArray &value = changesets.at(0).operations.at(0).value;
        QVERIFY(value.constData() < frame.constData() ||
                value.constData() >= frame.constData() + frame.size());
        // The reference keeps the frame's bytes alive.
        const QByteArray first = encodeOperations(upload.changesets.at(0).operations);
        frame = QByteArray();
        QCOMPARE(changesets.at(0).encodedOperations, first);

        // decode() and a changeset built in memory keep none; encodedOperations() encodes them.
        const DecodeResult plain = decode(encode(Frame{7, upload}), Direction::ClientToServer);
        for (const UploadChangeset &changeset :
             std::get<UploadMessage>(plain.frame->message).changesets) {
            QVERIFY(changeset.encodedOperations.isNull());
            QCOMPARE(encodedOperations(changeset), encodeOperations(changeset.operations));
        }
        QCOMPARE(encodedOperations(upload.changesets.at(2)),
                 encodeOperations(upload.changesets.at(2).operations));

        // Checked and answered exactly as decode(), cut anywhere.
        const QByteArray bytes = encode(Frame{7, upload});
        for (qsizetype length = 0; length < bytes.size(); ++length) {
            const QByteArray cut = bytes.first(length);
            const DecodeResult copied = decode(cut, Direction::ClientToServer);
            const DecodeResult keeping =
                decodeKeepingOperationBytes(cut, Direction::ClientToServer);
            QCOMPARE(keeping.frame.has_value(), copied.frame.has_value());
            QCOMPARE(keeping.error, copied.error);
        }
    }

    void anUploadOfStoredOperationsIsTheSameFrame()
    {
        const QList<Operation> ops = sampleOperations();
        const QList<Operation> remove = {{Operation::Kind::Remove, u"gone"_s, {}}};
        const UploadMessage upload{{{7, -3, ops}, {8, 1'700'000'000'000, remove}, {9, 0, {}}}};
        QList<EncodedUploadChangeset> stored;
        for (const UploadChangeset &c : upload.changesets)
            stored.append({c.clientVersion, c.originTimestamp, quint32(c.operations.size()),
                           encodeOperations(c.operations)});
        const QByteArray bytes = encodeUpload(42, stored);
        QCOMPARE(bytes, encode(Frame{42, upload}));
        const DecodeResult decoded = decode(bytes, Direction::ClientToServer);
        QVERIFY2(decoded.frame, qPrintable(decoded.error));
        QCOMPARE(*decoded.frame, (Frame{42, upload}));
        QCOMPARE(encodeUpload(1, {}), encode(Frame{1, UploadMessage{}}));
    }

    void anUploadBuiltInPlaceIsTheSameFrame()
    {
        // Operations written straight into the frame (as a client reads them from its file)
        // give the bytes of encode() too; a changeset whose bytes do not decode is left out.
        const QList<Operation> ops = sampleOperations();
        const QList<Operation> remove = {{Operation::Kind::Remove, u"gone"_s, {}}};
        const UploadMessage upload{{{7, -3, ops}, {9, 1'700'000'000'000, remove}}};
        const QByteArray first = encodeOperations(ops);
        const QByteArray second = encodeOperations(remove);
        UploadFrameBuilder builder(42, 3, first.size() + second.size() + 5);
        std::memcpy(builder.append(7, -3, first.size()), first.constData(), size_t(first.size()));
        QVERIFY(builder.keepLast());
        std::memcpy(builder.append(8, 5, 5), "\x09\x00\x00\x00\x00", 5); // no such kind
        QVERIFY(!builder.keepLast());
        std::memcpy(builder.append(9, 1'700'000'000'000, second.size()), second.constData(),
                    size_t(second.size()));
        QVERIFY(builder.keepLast());
        builder.append(10, 0, 100); // appended, never kept
        QCOMPARE(builder.count(), 2);
        const QByteArray bytes = builder.take();
        QCOMPARE(bytes, encode(Frame{42, upload}));
        QCOMPARE(UploadFrameBuilder(1, 0, 0).take(), encode(Frame{1, UploadMessage{}}));
    }

    void anUploadIsBuiltInTheMemoryOfTheFrameBefore()
    {
        // A client sending a backlog hands each sent frame back for the next one: its pages
        // are already there, where a fresh megabyte takes a page fault per 4 KiB as it fills.
        const QByteArray ops = encodeOperations(sampleOperations());
        const auto build = [&](QByteArray spare, quint64 version) {
            UploadFrameBuilder builder(42, 1, ops.size(), std::move(spare));
            std::memcpy(builder.append(version, 5, ops.size()), ops.constData(),
                        size_t(ops.size()));
            return builder.keepLast() ? builder.take() : QByteArray();
        };
        const QByteArray expected = encode(Frame{42, UploadMessage{{{8, 5, sampleOperations()}}}});
        QByteArray first = build({}, 7);
        const char *memory = first.constData();
        const QByteArray second = build(std::move(first), 8);
        QCOMPARE(second, expected);
        QVERIFY(second.constData() == memory);

        // A frame still shared (a paced test channel holds it) is left as it is.
        const QByteArray held = second;
        const QByteArray third = build(held, 8);
        QCOMPARE(third, expected);
        QVERIFY(third.constData() != held.constData());
        QCOMPARE(held, expected);

        // Too small a spare is replaced.
        QCOMPARE(build(QByteArray(3, 'x'), 8), expected);
    }

    void messageTypeFollowsTheVariant()
    {
        QCOMPARE(messageType(BindMessage{}), MessageType::Bind);
        QCOMPARE(messageType(ServerIdentMessage{}), MessageType::ServerIdent);
        QCOMPARE(messageType(ClientIdentMessage{}), MessageType::ClientIdent);
        QCOMPARE(messageType(UploadMessage{}), MessageType::Upload);
        QCOMPARE(messageType(DownloadMessage{}), MessageType::Download);
        QCOMPARE(messageType(MarkMessage{}), MessageType::Mark);
        QCOMPARE(messageType(UnbindMessage{}), MessageType::Unbind);
        QCOMPARE(messageType(UnboundMessage{}), MessageType::Unbound);
        QCOMPARE(messageType(PingMessage{}), MessageType::Ping);
        QCOMPARE(messageType(PongMessage{}), MessageType::Pong);
        QCOMPARE(messageType(ErrorMessage{}), MessageType::Error);
    }

    void errorCodes()
    {
        QVERIFY(isConnectionLevel(ErrorCode::WrongProtocolVersion));
        QVERIFY(isConnectionLevel(ErrorCode::ReuseOfSessionIdent));
        QVERIFY(!isConnectionLevel(ErrorCode::TokenExpired));
        QVERIFY(!isConnectionLevel(ErrorCode::TooManySessions));
        QVERIFY(defaultTryAgain(ErrorCode::TokenExpired));
        QVERIFY(!defaultTryAgain(ErrorCode::BadAuthentication));
        QVERIFY(!defaultTryAgain(ErrorCode::PermissionDenied));
        QVERIFY(!defaultTryAgain(ErrorCode::BadSyntax));
        QCOMPARE(errorCodeName(206), QStringLiteral("permission_denied"));
        QCOMPARE(errorCodeName(105), QStringLiteral("wrong_protocol_version"));
        QCOMPARE(errorCodeName(999), QStringLiteral("unknown_error_999"));
    }
};

QTEST_GUILESS_MAIN(CodecTest)
#include "tst_codec.moc"
