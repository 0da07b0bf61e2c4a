#pragma once

#include <QString>

namespace syncscope::monitor {

class RateHistory;
struct SessionDefinition;

// Keeps the charts' histories across restarts of the monitor: one small file per session (and
// one for the sum of a workspace) in a folder of the app-data location. Bounded twice: a
// history has a fixed size (RateHistory), and the folder keeps at most kMaxFiles files, none
// older than the longest chart range (24 h), so it does not grow with every session ever seen.
class HistoryStore final
{
public:
    static constexpr int kMaxFiles = 500;
    static constexpr qint64 kMaxFileBytes = 1 << 20; // a full history is about 120 KiB

    explicit HistoryStore(const QString &directory);
    // <AppDataLocation>/chart-history
    static QString defaultDirectory();
    QString directory() const { return m_directory; }

    // What identifies a session across restarts: its name, realm and server host. Not the port —
    // the embedded demo's server takes a new one every launch.
    static QString keyOf(const SessionDefinition &definition);

    // false with a reason when there is nothing usable; `history` is then unchanged.
    bool load(const QString &key, RateHistory *history, QString *error) const;
    bool save(const QString &key, const RateHistory &history, QString *error) const;
    // Drops files older than 24 h and the oldest beyond kMaxFiles.
    void prune(qint64 nowMs) const;

    QString pathOf(const QString &key) const;

private:
    QString m_directory;
};

} // namespace syncscope::monitor
