#include <syncscope/types.h>

#include <algorithm>

namespace syncscope {

namespace {

// "ws://host:1/" and "ws://host:1" name the same node.
QUrl normalNode(const QUrl &url)
{
    QUrl adjusted = url.adjusted(QUrl::NormalizePathSegments | QUrl::StripTrailingSlash);
    if (adjusted.path() == u'/')
        adjusted.setPath(QString());
    return adjusted;
}

} // namespace

QList<QUrl> SyncConfig::serverUrls() const
{
    QList<QUrl> urls;
    for (const QUrl &url : QList<QUrl>{serverUrl} + additionalServerUrls) {
        const QUrl normal = normalNode(url);
        const bool seen = std::any_of(urls.cbegin(), urls.cend(), [&](const QUrl &known) {
            return normalNode(known) == normal;
        });
        if (!url.isEmpty() && !seen)
            urls.append(url);
    }
    return urls;
}

} // namespace syncscope
