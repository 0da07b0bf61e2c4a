#include "realmstorage.h"

#include <QCoreApplication>

namespace syncscope::server {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(syncscope::server::RealmStorage)
};

} // namespace

QList<RealmStorage::Binding> RealmStorage::bindEach(const QList<BindRequest> &requests)
{
    QList<Binding> results(requests.size());
    for (qsizetype i = 0; i < requests.size(); ++i) {
        const BindRequest &request = requests.at(i);
        Binding &result = results[i];
        result.realmId = realmId(request.realmPath);
        if (!result.realmId)
            continue;
        if (request.needTotals)
            result.totals = totals(*result.realmId);
        if (request.needClientFileId)
            result.clientFileId = allocateClientFile(*result.realmId, request.owner);
    }
    return results;
}

RealmStorage::NextChangeset
RealmStorage::checkNextChangeset(quint64 clientVersion, quint64 storedCursor, Integration &result)
{
    if (clientVersion <= storedCursor)
        return NextChangeset::AlreadyIntegrated; // an idempotent re-upload after a reconnect
    if (clientVersion <= result.uploadCursor) {
        result.status = Integration::Status::BadClientVersion;
        result.error = Text::tr("client version %1 does not increase (after %2)")
                           .arg(clientVersion)
                           .arg(result.uploadCursor);
        return NextChangeset::Refused;
    }
    result.uploadCursor = clientVersion;
    return NextChangeset::ToIntegrate;
}

} // namespace syncscope::server
