#pragma once

#include <QLocale>
#include <QWidget>

#include <memory>

namespace syncscope {

class App;
class SessionMonitorWidgetPrivate;

// The monitor's session view for an application's own debug menu (docs/embedding.md): the
// sessions of `app` — those it has now and those it opens later; closed ones leave — with the
// monitor's list, badges, charts, event log and actions (pause, resume, pause for…,
// reconnect, pause all, simulate slow network). Every action calls the same public SyncSession
// method the application would, so its own listeners see it. Use it on the App's thread.
class SessionMonitorWidget final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SessionMonitorWidget)

public:
    explicit SessionMonitorWidget(App *app, QWidget *parent = nullptr);
    ~SessionMonitorWidget() override;

    // Loads the widget's translations (and the SDK's messages it shows) for `locale` into the
    // application; German, French and Spanish are included. Returns false if `locale` has none.
    static bool installTranslations(const QLocale &locale = QLocale());

private:
    std::unique_ptr<SessionMonitorWidgetPrivate> d;
};

} // namespace syncscope
