#pragma once

#include <syncscope/inspectorclient.h>

#include <QDialog>
#include <QList>

class QDialogButtonBox;
class QLabel;
class QTreeWidget;

namespace syncscope::ui {

// "Attach to process…": the local processes of this user whose app runs the inspector (pid,
// name, sessions, started), any number of which can be chosen.
class AttachProcessDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AttachProcessDialog)

public:
    // Processes already attached are listed but cannot be chosen again.
    explicit AttachProcessDialog(const QList<qint64> &alreadyAttached = {},
                                 QWidget *parent = nullptr);

    void refresh(); // asks InspectorClient::discover() again
    QTreeWidget *list() const { return m_list; }
    QList<qint64> selectedPids() const;

private:
    void updateButtons();

    QList<qint64> m_alreadyAttached;
    QTreeWidget *m_list;
    QLabel *m_empty;
    QDialogButtonBox *m_buttons;
};

} // namespace syncscope::ui
