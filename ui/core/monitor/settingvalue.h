#pragma once

#include <QSettings>
#include <QString>
#include <QVariant>

namespace syncscope::monitor {

// A QSettings key named once, with its type and its default (qBittorrent's SettingValue<T>):
// a typo in a key or a type read two ways cannot happen at the call sites.
template <typename T> class SettingValue final
{
public:
    SettingValue(const char *key, T fallback)
        : m_key(QString::fromLatin1(key))
        , m_fallback(std::move(fallback))
    {}

    QString key() const { return m_key; }

    T get() const { return get(QSettings()); }
    T get(const QSettings &settings) const
    {
        const QVariant stored = settings.value(m_key);
        return stored.isValid() && stored.canConvert<T>() ? stored.value<T>() : m_fallback;
    }
    void set(const T &value) const
    {
        QSettings settings;
        set(settings, value);
    }
    void set(QSettings &settings, const T &value) const
    {
        settings.setValue(m_key, QVariant::fromValue(value));
    }

private:
    QString m_key;
    T m_fallback;
};

} // namespace syncscope::monitor
