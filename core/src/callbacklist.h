#pragma once

#include <syncscope/types.h>

#include <QList>

#include <functional>
#include <map>

namespace syncscope::detail {

// Registered callbacks keyed by token (1, 2, ...; 0 is never handed out). Invoking works on a
// snapshot of tokens and re-checks each before the call, so a callback may remove itself or
// others, or register new ones, while the list is being invoked.
template <typename... Args> class CallbackList final
{
public:
    using Callback = std::function<void(Args...)>;

    NotificationToken add(Callback callback)
    {
        const NotificationToken token = ++m_lastToken;
        m_callbacks.emplace(token, std::move(callback));
        return token;
    }

    void remove(NotificationToken token) { m_callbacks.erase(token); }
    bool isEmpty() const { return m_callbacks.empty(); }

    void invoke(Args... args)
    {
        QList<NotificationToken> tokens;
        for (const auto &entry : m_callbacks)
            tokens.append(entry.first);
        for (NotificationToken token : tokens) {
            auto it = m_callbacks.find(token);
            if (it == m_callbacks.end())
                continue;
            Callback callback = it->second; // the entry may be erased during the call
            callback(args...);
        }
    }

private:
    std::map<NotificationToken, Callback> m_callbacks;
    NotificationToken m_lastToken = 0;
};

} // namespace syncscope::detail
