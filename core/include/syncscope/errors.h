#pragma once

#include <QException>
#include <QMetaType>
#include <QString>

namespace syncscope {

// An error a person can be shown: a code (docs/protocol.md and docs/client.md list them), a
// translated message, and whether the session can never recover from it. Code 0: no error.
class SyncError : public QException
{
public:
    SyncError() = default;
    SyncError(int code, const QString &message, bool fatal);

    int code() const { return m_code; }
    QString message() const { return m_message; }
    bool isFatal() const { return m_fatal; }

    void raise() const override;
    SyncError *clone() const override;
    const char *what() const noexcept override;

private:
    int m_code = 0;
    QString m_message;
    bool m_fatal = false;
    QByteArray m_what;
};

// A wait (uploadAllLocalChanges / downloadAllServerChanges) did not finish within its timeout.
// The transfer itself goes on.
class TimeoutError : public QException
{
public:
    TimeoutError() = default;
    explicit TimeoutError(const QString &message);

    QString message() const { return m_message; }

    void raise() const override;
    TimeoutError *clone() const override;
    const char *what() const noexcept override;

private:
    QString m_message;
    QByteArray m_what;
};

} // namespace syncscope

Q_DECLARE_METATYPE(syncscope::SyncError)
