#pragma once

#include <QMainWindow>
#include <QUrl>

#include <memory>

class QLineEdit;
class QListWidget;

namespace syncscope {
class App;
class Realm;
class User;
} // namespace syncscope

// The example's "real" application: a shared task list kept in one realm, plus a notes realm.
// Its Debug menu opens the SDK's SessionMonitorWidget on the application's own App.
class TaskList final : public QMainWindow
{
    Q_OBJECT

public:
    TaskList(syncscope::App *sdk, std::shared_ptr<syncscope::User> user, const QUrl &server,
             const QString &dataFolder);
    ~TaskList() override;

private:
    void addTask();
    void reload();
    void showSyncSessions();
    void toggleScratchSession();

    syncscope::App *m_sdk;
    std::shared_ptr<syncscope::User> m_user;
    QUrl m_server;
    QString m_dataFolder;
    std::shared_ptr<syncscope::Realm> m_tasks;
    std::shared_ptr<syncscope::Realm> m_notes;
    std::shared_ptr<syncscope::Realm> m_scratch; // opened and closed from the Debug menu
    QListWidget *m_list;
    QLineEdit *m_entry;
    QWidget *m_debugWindow = nullptr;
};
