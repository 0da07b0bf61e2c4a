#pragma once

#include <syncscope/types.h>

#include <QDialog>

class QCheckBox;
class QSpinBox;

namespace syncscope::ui {

// "Simulate slow network…": the network conditions the inspected app simulates for one
// session: a bandwidth limit per direction (0 = none), added latency, offline.
class NetworkConditionsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NetworkConditionsDialog)

public:
    NetworkConditionsDialog(const QString &sessionName, const NetworkConditions &current,
                            QWidget *parent = nullptr);

    NetworkConditions conditions() const;

    QSpinBox *uploadKiB() const { return m_upload; }
    QSpinBox *downloadKiB() const { return m_download; }
    QSpinBox *latencyMs() const { return m_latency; }
    QCheckBox *offline() const { return m_offline; }

private:
    QSpinBox *m_upload;
    QSpinBox *m_download;
    QSpinBox *m_latency;
    QCheckBox *m_offline;
};

} // namespace syncscope::ui
