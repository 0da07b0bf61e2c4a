#include <syncscope/protocol/errorcodes.h>

namespace syncscope::protocol {

bool isConnectionLevel(ErrorCode code)
{
    return quint16(code) < 200;
}

bool defaultTryAgain(ErrorCode code)
{
    // Only conditions that can go away by themselves are worth retrying; everything else is a
    // bug or a decision that retrying cannot change.
    switch (code) {
    case ErrorCode::ConnectionClosed:
    case ErrorCode::OtherError:
    case ErrorCode::SessionClosed:
    case ErrorCode::OtherSessionError:
    case ErrorCode::TokenExpired:
    case ErrorCode::TooManySessions:
        return true;
    case ErrorCode::UnknownMessage:
    case ErrorCode::BadSyntax:
    case ErrorCode::LimitsExceeded:
    case ErrorCode::WrongProtocolVersion:
    case ErrorCode::BadSessionIdent:
    case ErrorCode::ReuseOfSessionIdent:
    case ErrorCode::BadMessageOrder:
    case ErrorCode::BadAuthentication:
    case ErrorCode::IllegalRealmPath:
    case ErrorCode::PermissionDenied:
    case ErrorCode::BadClientFileIdent:
    case ErrorCode::BadServerVersion:
    case ErrorCode::BadClientVersion:
    case ErrorCode::BadChangeset:
    case ErrorCode::ClientFileUserMismatch:
        return false;
    }
    return false;
}

QString errorCodeName(quint16 code)
{
    switch (ErrorCode(code)) {
    case ErrorCode::ConnectionClosed:
        return QStringLiteral("connection_closed");
    case ErrorCode::OtherError:
        return QStringLiteral("other_error");
    case ErrorCode::UnknownMessage:
        return QStringLiteral("unknown_message");
    case ErrorCode::BadSyntax:
        return QStringLiteral("bad_syntax");
    case ErrorCode::LimitsExceeded:
        return QStringLiteral("limits_exceeded");
    case ErrorCode::WrongProtocolVersion:
        return QStringLiteral("wrong_protocol_version");
    case ErrorCode::BadSessionIdent:
        return QStringLiteral("bad_session_ident");
    case ErrorCode::ReuseOfSessionIdent:
        return QStringLiteral("reuse_of_session_ident");
    case ErrorCode::BadMessageOrder:
        return QStringLiteral("bad_message_order");
    case ErrorCode::SessionClosed:
        return QStringLiteral("session_closed");
    case ErrorCode::OtherSessionError:
        return QStringLiteral("other_session_error");
    case ErrorCode::TokenExpired:
        return QStringLiteral("token_expired");
    case ErrorCode::BadAuthentication:
        return QStringLiteral("bad_authentication");
    case ErrorCode::IllegalRealmPath:
        return QStringLiteral("illegal_realm_path");
    case ErrorCode::PermissionDenied:
        return QStringLiteral("permission_denied");
    case ErrorCode::BadClientFileIdent:
        return QStringLiteral("bad_client_file_ident");
    case ErrorCode::BadServerVersion:
        return QStringLiteral("bad_server_version");
    case ErrorCode::BadClientVersion:
        return QStringLiteral("bad_client_version");
    case ErrorCode::BadChangeset:
        return QStringLiteral("bad_changeset");
    case ErrorCode::TooManySessions:
        return QStringLiteral("too_many_sessions");
    case ErrorCode::ClientFileUserMismatch:
        return QStringLiteral("client_file_user_mismatch");
    }
    return QStringLiteral("unknown_error_%1").arg(code);
}

} // namespace syncscope::protocol
