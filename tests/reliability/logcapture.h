#pragma once

#include <QLoggingCategory>
#include <QString>

namespace syncscope::reliability {

// Collects the messages of one logging category (enabled down to debug) while it lives.
// One at a time: Qt has a single message handler.
class LogCapture
{
public:
    explicit LogCapture(const QString &category)
    {
        s_category = category;
        s_text.clear();
        QLoggingCategory::setFilterRules(category + u"=true");
        m_previous = qInstallMessageHandler(&LogCapture::handle);
    }
    ~LogCapture()
    {
        qInstallMessageHandler(m_previous);
        QLoggingCategory::setFilterRules(QString());
    }
    Q_DISABLE_COPY_MOVE(LogCapture)

    bool contains(const QString &needle) const { return s_text.contains(needle); }
    QString text() const { return s_text; }

private:
    static void handle(QtMsgType, const QMessageLogContext &context, const QString &message)
    {
        if (context.category && QLatin1StringView(context.category) == s_category)
            s_text += message + u'\n';
    }
    static inline QString s_category;
    static inline QString s_text;
    QtMessageHandler m_previous = nullptr;
};

} // namespace syncscope::reliability
