#pragma once

#include "serversession.h"

#include <memory>
#include <unordered_map>
#include <vector>

namespace syncscope::server {

// A connection's bound sessions by session id. Every message looks its session up, and a hash
// of 100 cold nodes cost two or three cache misses a lookup (the top frame of our own at
// 10,000 sessions): clients number their sessions 1, 2, 3, … per connection, so ids below
// kDirectIds are found by index in one array, the rest in the hash. Whoever needs an order
// (statistics, ending sessions) sorts the ids.
class SessionTable final
{
    Q_DISABLE_COPY_MOVE(SessionTable)

public:
    // Bounds the array (8 KiB): a peer that picks a big id before it authenticates gets the
    // hash, not memory.
    static constexpr quint32 kDirectIds = 1024;

    SessionTable() = default;
    ~SessionTable() { clear(); }

    ServerSession *find(quint32 id) const
    {
        if (id < m_direct.size())
            return m_direct[id];
        const auto it = m_sessions.find(id);
        return it == m_sessions.end() ? nullptr : it->second.get();
    }
    ServerSession *insert(quint32 id, std::unique_ptr<ServerSession> session)
    {
        ServerSession *raw = session.get();
        m_sessions.insert_or_assign(id, std::move(session));
        if (id < kDirectIds) {
            if (id >= m_direct.size())
                m_direct.resize(size_t(id) + 1, nullptr);
            m_direct[id] = raw;
        }
        return raw;
    }
    void erase(quint32 id)
    {
        // Unlisted before it is destroyed: its destructor must not find it here.
        if (id < m_direct.size())
            m_direct[id] = nullptr;
        const auto it = m_sessions.find(id);
        if (it == m_sessions.end())
            return;
        const std::unique_ptr<ServerSession> ending = std::move(it->second);
        m_sessions.erase(it);
    }
    void clear()
    {
        m_direct.clear();
        const auto ending = std::exchange(m_sessions, {});
    }
    size_t size() const { return m_sessions.size(); }
    bool empty() const { return m_sessions.empty(); }
    auto begin() const { return m_sessions.cbegin(); }
    auto end() const { return m_sessions.cend(); }

private:
    std::unordered_map<quint32, std::unique_ptr<ServerSession>> m_sessions;
    std::vector<ServerSession *> m_direct; // by id below kDirectIds; nullptr where none
};

} // namespace syncscope::server
