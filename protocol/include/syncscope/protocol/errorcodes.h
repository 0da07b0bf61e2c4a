#pragma once

#include <QString>
#include <QtGlobal>

namespace syncscope::protocol {

// Error codes of ERROR messages, numbered as in Realm's sync protocol so that people who know
// it recognise them. 1xx concern the connection, 2xx one session. Whether a given ERROR is
// fatal is said by its tryAgain flag; defaultTryAgain() is what the server uses.
enum class ErrorCode : quint16 {
    // connection level
    ConnectionClosed = 100,
    OtherError = 101,
    UnknownMessage = 102,
    BadSyntax = 103,
    LimitsExceeded = 104,
    WrongProtocolVersion = 105,
    BadSessionIdent = 106,
    ReuseOfSessionIdent = 107,
    BadMessageOrder = 109,
    // session level
    SessionClosed = 200,
    OtherSessionError = 201,
    TokenExpired = 202,
    BadAuthentication = 203,
    IllegalRealmPath = 204,
    PermissionDenied = 206,
    BadClientFileIdent = 208,
    BadServerVersion = 209,
    BadClientVersion = 210,
    BadChangeset = 212,
    ClientFileUserMismatch = 223,
    TooManySessions = 224,
};

bool isConnectionLevel(ErrorCode code);
bool defaultTryAgain(ErrorCode code);
// Stable English identifier ("permission_denied") for logs and docs.
QString errorCodeName(quint16 code);

} // namespace syncscope::protocol
