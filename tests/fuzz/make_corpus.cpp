// Writes the seed corpus from valid encodings: one file per message type and per interesting
// token shape. scripts/fuzz --regenerate-corpus runs it; the output is committed in
// tests/fuzz/corpus/ so that every fuzz run starts from the real wire format.

#include "fuzzchecks.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QString>

#include <cstdio>

using namespace syncscope::protocol;

namespace {

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    return file.write(bytes) == bytes.size();
}

QList<Operation> sampleOperations()
{
    return {{Operation::Kind::Set, QStringLiteral("task/1"), QByteArrayLiteral("buy milk")},
            {Operation::Kind::Remove, QStringLiteral("task/0"), {}},
            {Operation::Kind::Set, QStringLiteral("ünïcødé"), QByteArray(40, '\x7f')}};
}

QList<std::pair<QString, Frame>> sampleFrames()
{
    UploadMessage upload;
    upload.changesets = {{1, 1'700'000'000'000, sampleOperations()}, {2, 1'700'000'000'001, {}}};
    DownloadMessage download;
    download.downloadCursor = 7;
    download.latestServerVersion = 9;
    download.uploadAckClientVersion = 2;
    download.downloadableBytes = 1234;
    download.changesets = {{6, 3, 1'700'000'000'002, sampleOperations()},
                           {7, 4, 1'700'000'000'003, {}}};
    return {
        {QStringLiteral("bind"),
         {1, BindMessage{QStringLiteral("/team/tasks"), QStringLiteral("a.b.c"), true}}},
        {QStringLiteral("serverident"), {1, ServerIdentMessage{42}}},
        {QStringLiteral("clientident"), {1, ClientIdentMessage{42, 7}}},
        {QStringLiteral("upload"), {1, upload}},
        {QStringLiteral("upload-empty"), {3, UploadMessage{}}},
        {QStringLiteral("download"), {1, download}},
        {QStringLiteral("mark"), {1, MarkMessage{99}}},
        {QStringLiteral("unbind"), {1, UnbindMessage{}}},
        {QStringLiteral("unbound"), {1, UnboundMessage{}}},
        {QStringLiteral("ping"), {0, PingMessage{123456}}},
        {QStringLiteral("pong"), {0, PongMessage{123456}}},
        {QStringLiteral("error"),
         {1, ErrorMessage{206, false, false, QStringLiteral("permission denied")}}},
        {QStringLiteral("error-connection"),
         {0, ErrorMessage{104, true, true, QStringLiteral("limits")}}},
    };
}

QList<std::pair<QString, QByteArray>> sampleTokens()
{
    const QByteArray secret = syncscope::fuzz::fuzzSecret();
    const QDateTime base = syncscope::fuzz::fuzzNow();
    AccessTokenClaims claims;
    claims.subject = QStringLiteral("alice");
    claims.issuedAt = base.addSecs(-60);
    claims.expiresAt = base.addSecs(3600);
    claims.realmGrants = {QStringLiteral("/team/*"), QStringLiteral("/alice")};
    const QByteArray valid = signAccessToken(claims, secret).toUtf8();

    AccessTokenClaims expired = claims;
    expired.expiresAt = base.addSecs(-1);
    AccessTokenClaims future = claims;
    future.notBefore = base.addSecs(600);
    const QList<QByteArray> parts = valid.split('.');
    const QByteArray noneHeader =
        QByteArrayLiteral("{\"alg\":\"none\",\"typ\":\"JWT\"}")
            .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    const QByteArray rsHeader =
        QByteArrayLiteral("{\"alg\":\"RS256\",\"typ\":\"JWT\"}")
            .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    return {
        {QStringLiteral("valid"), valid},
        {QStringLiteral("wrong-secret"),
         signAccessToken(claims, QByteArrayLiteral("another-secret")).toUtf8()},
        {QStringLiteral("expired"), signAccessToken(expired, secret).toUtf8()},
        {QStringLiteral("not-yet-valid"), signAccessToken(future, secret).toUtf8()},
        {QStringLiteral("alg-none"), noneHeader + '.' + parts.value(1) + '.'},
        {QStringLiteral("alg-rs256"), rsHeader + '.' + parts.value(1) + '.' + parts.value(2)},
        {QStringLiteral("truncated"), valid.left(valid.size() - 5)},
        {QStringLiteral("padded"), valid + "=="},
        {QStringLiteral("pattern-and-path"), QByteArrayLiteral("/team/*\n/team/a")},
        {QStringLiteral("path-traversal"), QByteArrayLiteral("/team/../x")},
    };
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (argc != 2) {
        std::fprintf(stderr, "usage: %s CORPUS_DIR\n", argv[0]);
        return 2;
    }
    const QDir root(QString::fromLocal8Bit(argv[1]));
    if (!root.mkpath(QStringLiteral("frames")) || !root.mkpath(QStringLiteral("tokens")))
        return 1;
    for (const auto &[name, frame] : sampleFrames()) {
        if (!writeFile(root.filePath(QStringLiteral("frames/") + name), encode(frame)))
            return 1;
    }
    if (!writeFile(root.filePath(QStringLiteral("frames/operations")),
                   encodeOperations(sampleOperations())))
        return 1;
    for (const auto &[name, token] : sampleTokens()) {
        if (!writeFile(root.filePath(QStringLiteral("tokens/") + name), token))
            return 1;
    }
    return 0;
}
