#pragma once

#include <syncscope/errors.h>
#include <syncscope/protocol/messages.h>
#include <syncscope/types.h>

#include <chrono>

namespace syncscope::detail {

// What a Connection tells the sessions attached to it. Implemented by ProtocolSession; an
// interface so that the connection knows nothing about sessions' state or storage.
class ConnectionClient
{
public:
    virtual ~ConnectionClient() = default;

    // Broadcast to every attached session on each change of the shared connection.
    virtual void connectionStateChanged(ConnectionState state) = 0;
    // A frame addressed to this session's id on the current socket.
    virtual void messageReceived(const protocol::Message &message) = 0;
    // The connection can never be used again (fatal server error, protocol violation):
    // the session must become Invalid.
    virtual void connectionFailedFatally(const SyncError &error) = 0;
    // The server reported a connection-level error it allows retrying after.
    virtual void connectionErrorReported(const SyncError &error) = 0;
    // An attempt to connect failed or the connection was lost (never fatal); the retry is
    // already scheduled (Connection::nextAttempt()).
    virtual void connectionAttemptFailed(const SyncError &error) = 0;
    // A PONG came back: the round trip of its PING on the current socket.
    virtual void pingRoundTripMeasured(std::chrono::microseconds roundTrip) = 0;
    // The socket has room for UPLOADs again after hasUploadRoom() said no.
    virtual void uploadRoomAvailable() = 0;
};

} // namespace syncscope::detail
