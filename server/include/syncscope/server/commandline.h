#pragma once

#include <syncscope/server/serverconfig.h>

#include <QString>
#include <QStringList>

#include <chrono>

namespace syncscope::server {

// `syncscope-server token ...`: mint one access token.
struct TokenRequest
{
    QString secretFile;
    QString userId;
    QStringList realmPatterns;
    std::chrono::seconds timeToLive{3600};
    bool forOperator = false; // --operator: role "operator", for the operator API only
};

// What the command line asks for. Parsing never prints or exits, so it can be tested;
// server/main.cpp acts on the result.
struct CommandLine
{
    enum class Action { Serve, MintToken, ShowHelp, ShowVersion, Fail };
    Action action = Action::Fail;
    ServerConfig config; // Serve: everything but the secret, which comes from secretFile
    QString secretFile;  // Serve
    QString logLevel = QStringLiteral("info");
    TokenRequest token; // MintToken
    QString text;       // ShowHelp/ShowVersion: what to print; Fail: the error
};

inline constexpr char kDefaultDataDir[] = "syncscope-data";
inline constexpr char kDefaultSecretFileName[] = "secret.key";

CommandLine parseCommandLine(const QStringList &arguments);

// Signs the token that `request` describes with the secret in its file (created if missing,
// like the server does). Empty + *error on failure; *secretCreated tells if it was created.
QString mintToken(const TokenRequest &request, QString *error, bool *secretCreated = nullptr);

// "error", "warning", "info" or "debug": sets the logging rules of syncscope.server.*.
bool applyLogLevel(const QString &level);

} // namespace syncscope::server
