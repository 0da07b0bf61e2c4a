#include "progressnotifier.h"

#include <QList>

#include <algorithm>

namespace syncscope::detail {

ProgressNotifier::ProgressNotifier(Reporter reporter)
    : m_reporter(std::move(reporter))
{}

std::pair<quint64, quint64> ProgressNotifier::valuesFor(ProgressDirection direction,
                                                        const ProgressCounters &counters)
{
    if (direction == ProgressDirection::Upload)
        return {counters.uploaded, counters.uploadable};
    return {counters.downloaded, counters.downloaded + counters.downloadableRemaining};
}

NotificationToken ProgressNotifier::add(ProgressDirection direction, ProgressMode mode,
                                        Callback callback)
{
    Registration registration{direction, mode, std::move(callback), std::nullopt};
    if (!m_known) {
        const NotificationToken token = ++m_lastToken;
        m_registrations.emplace(token, std::move(registration));
        return token;
    }
    const auto [transferred, transferable] = valuesFor(direction, m_counters);
    if (mode == ProgressMode::ForCurrentlyOutstandingWork) {
        registration.capturedTransferable = transferable;
        if (transferred >= transferable) {
            registration.callback(transferred, transferable);
            return 0;
        }
    }
    const NotificationToken token = ++m_lastToken;
    Callback first = registration.callback;
    m_registrations.emplace(token, std::move(registration));
    first(transferred, transferable);
    return token;
}

void ProgressNotifier::remove(NotificationToken token)
{
    m_registrations.erase(token);
}

void ProgressNotifier::markKnown()
{
    if (m_known)
        return;
    m_known = true;
    update(m_counters);
}

void ProgressNotifier::update(const ProgressCounters &counters)
{
    m_counters = counters;
    if (!m_known)
        return;
    if (m_delivering) {
        // A callback caused this update: finish the current round first, then report again.
        m_redeliver = true;
        return;
    }
    m_delivering = true;
    do {
        m_redeliver = false;
        deliver();
    } while (m_redeliver);
    m_delivering = false;
}

void ProgressNotifier::deliver()
{
    for (ProgressDirection direction : {ProgressDirection::Upload, ProgressDirection::Download}) {
        const auto values = valuesFor(direction, m_counters);
        auto &last = m_lastReported[direction == ProgressDirection::Upload ? 0 : 1];
        if (last == values)
            continue;
        last = values;
        if (m_reporter)
            m_reporter(direction, values.first, values.second);

        QList<NotificationToken> tokens;
        for (const auto &[token, registration] : m_registrations) {
            if (registration.direction == direction)
                tokens.append(token);
        }
        for (NotificationToken token : tokens) {
            auto it = m_registrations.find(token);
            if (it == m_registrations.end())
                continue;
            if (!call(token, it->second))
                m_registrations.erase(token);
        }
    }
}

bool ProgressNotifier::call(NotificationToken token, Registration &registration)
{
    auto [transferred, transferable] = valuesFor(registration.direction, m_counters);
    bool expires = false;
    if (registration.mode == ProgressMode::ForCurrentlyOutstandingWork) {
        registration.capturedTransferable =
            std::min(registration.capturedTransferable.value_or(transferable), transferable);
        transferable = *registration.capturedTransferable;
        expires = transferred >= transferable;
    }
    Callback callback = registration.callback; // the registration may go away during the call
    callback(transferred, transferable);
    // The callback may have removed this registration already; only report expiry if not.
    return !expires || m_registrations.find(token) == m_registrations.end();
}

} // namespace syncscope::detail
