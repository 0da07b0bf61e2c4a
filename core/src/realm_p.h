#pragma once

#include <syncscope/realm.h>

#include <memory>

namespace syncscope {

namespace detail {
class LocalStore;
}

class RealmPrivate final
{
public:
    std::shared_ptr<detail::LocalStore> store;
    std::shared_ptr<SyncSession> session;
    bool closed = false;
    QString lastError;
};

} // namespace syncscope
