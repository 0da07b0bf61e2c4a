// A user of the installed SDK: logs in, opens a realm on a local file, writes durably and reads
// the value back. No server is needed for that.
#include <syncscope/syncscope.h>

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>

namespace {
// An unsigned token is enough for the client, which only reads its subject.
QString tokenFor(const QString &user)
{
    auto part = [](const QJsonObject &o) {
        return QJsonDocument(o)
            .toJson(QJsonDocument::Compact)
            .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    };
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    const QByteArray header = part({{QStringLiteral("alg"), QStringLiteral("HS256")},
                                    {QStringLiteral("typ"), QStringLiteral("JWT")}});
    const QByteArray payload = part({{QStringLiteral("sub"), user},
                                     {QStringLiteral("iat"), now},
                                     {QStringLiteral("exp"), now + 3600}});
    return QString::fromLatin1(header + '.' + payload + ".c2lnbmF0dXJl");
}
} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (argc < 2) {
        std::fprintf(stderr, "usage: syncscope-consumer LOCAL_FILE\n");
        return 2;
    }
    syncscope::App sdk;
    const auto user = sdk.logIn(tokenFor(QStringLiteral("consumer")));
    if (!user || user->id() != QStringLiteral("consumer")) {
        std::fprintf(stderr, "logIn failed\n");
        return 1;
    }
    syncscope::SyncConfig config;
    config.serverUrl = QUrl(QStringLiteral("ws://127.0.0.1:1"));
    config.realmPath = QStringLiteral("/consumer");
    config.localPath = QString::fromLocal8Bit(argv[1]);
    const auto realm = sdk.openRealm(user, config);
    if (!realm) {
        std::fprintf(stderr, "openRealm failed: %s\n", qPrintable(sdk.lastError()));
        return 1;
    }
    realm->syncSession()->pause();
    if (!realm->write(QStringLiteral("greeting"), "hello") ||
        realm->value(QStringLiteral("greeting")) != QByteArray("hello")) {
        std::fprintf(stderr, "write/read failed\n");
        return 1;
    }
    if (realm->syncSession()->state() != syncscope::SessionState::Inactive ||
        syncscope::SyncError().code() != 0) {
        std::fprintf(stderr, "unexpected session state\n");
        return 1;
    }
    std::printf("consumer: ok\n");
    return 0;
}
