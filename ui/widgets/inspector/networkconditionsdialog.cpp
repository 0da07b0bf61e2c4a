#include "inspector/networkconditionsdialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace syncscope::ui {

namespace {

constexpr quint64 kKiB = 1024;

QSpinBox *rateBox(quint64 bytesPerSecond, QWidget *parent)
{
    auto *box = new QSpinBox(parent);
    box->setRange(0, 1'000'000); // KiB/s: up to about 1 GiB/s
    box->setSuffix(NetworkConditionsDialog::tr(" KiB/s"));
    box->setSpecialValueText(NetworkConditionsDialog::tr("No limit"));
    box->setValue(int(qMin<quint64>(bytesPerSecond / kKiB, 1'000'000)));
    return box;
}

} // namespace

NetworkConditionsDialog::NetworkConditionsDialog(const QString &sessionName,
                                                 const NetworkConditions &current, QWidget *parent)
    : QDialog(parent)
    , m_upload(rateBox(current.uploadBytesPerSecond, this))
    , m_download(rateBox(current.downloadBytesPerSecond, this))
    , m_latency(new QSpinBox(this))
    , m_offline(new QCheckBox(tr("&Offline: connection attempts are refused"), this))
{
    setWindowTitle(tr("Simulate slow network"));
    m_latency->setRange(0, 60'000);
    m_latency->setSuffix(tr(" ms"));
    m_latency->setValue(int(qMin<qint64>(current.addedLatency.count(), 60'000)));
    m_offline->setChecked(current.offline);

    auto *intro = new QLabel(tr("In the app, for %1:").arg(sessionName), this);
    intro->setWordWrap(true);
    auto *form = new QFormLayout;
    form->addRow(tr("&Upload limit:"), m_upload);
    form->addRow(tr("&Download limit:"), m_download);
    form->addRow(tr("Added &latency:"), m_latency);
    form->addRow(m_offline);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    auto *normal = buttons->addButton(tr("&Normal network"), QDialogButtonBox::ResetRole);
    connect(normal, &QPushButton::clicked, this, [this] {
        m_upload->setValue(0);
        m_download->setValue(0);
        m_latency->setValue(0);
        m_offline->setChecked(false);
    });
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(buttons);
}

NetworkConditions NetworkConditionsDialog::conditions() const
{
    NetworkConditions conditions;
    conditions.uploadBytesPerSecond = quint64(m_upload->value()) * kKiB;
    conditions.downloadBytesPerSecond = quint64(m_download->value()) * kKiB;
    conditions.addedLatency = std::chrono::milliseconds(m_latency->value());
    conditions.offline = m_offline->isChecked();
    return conditions;
}

} // namespace syncscope::ui
