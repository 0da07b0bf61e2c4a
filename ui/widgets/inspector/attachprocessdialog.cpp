#include "inspector/attachprocessdialog.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace syncscope::ui {

AttachProcessDialog::AttachProcessDialog(const QList<qint64> &alreadyAttached, QWidget *parent)
    : QDialog(parent)
    , m_alreadyAttached(alreadyAttached)
    , m_list(new QTreeWidget(this))
    , m_empty(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Attach to process"));
    auto *intro = new QLabel(tr("Processes of yours whose app runs the Syncscope inspector "
                                "(SYNCSCOPE_INSPECT=1 or App::setInspectorEnabled):"),
                             this);
    intro->setWordWrap(true);
    m_list->setHeaderLabels({tr("PID"), tr("Name"), tr("Sessions"), tr("Started")});
    m_list->setRootIsDecorated(false);
    m_list->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_list->setAccessibleName(tr("Processes with an inspector"));
    m_list->header()->setStretchLastSection(true);
    m_empty->setText(tr("No process with an inspector is running."));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Attach"));
    auto *refreshButton = m_buttons->addButton(tr("&Refresh"), QDialogButtonBox::ResetRole);
    connect(refreshButton, &QPushButton::clicked, this, &AttachProcessDialog::refresh);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_list, &QTreeWidget::itemSelectionChanged, this, &AttachProcessDialog::updateButtons);
    connect(m_list, &QTreeWidget::itemDoubleClicked, this, [this] {
        if (!selectedPids().isEmpty())
            accept();
    });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_list);
    layout->addWidget(m_empty);
    layout->addWidget(m_buttons);
    resize(560, 320);
    refresh();
}

void AttachProcessDialog::refresh()
{
    m_list->clear();
    const QLocale locale;
    for (const InspectedProcess &process : InspectorClient::discover()) {
        auto *item = new QTreeWidgetItem(m_list);
        item->setText(0, QString::number(process.pid));
        item->setData(0, Qt::UserRole, process.pid);
        item->setText(1, process.name.isEmpty() ? process.executable : process.name);
        item->setToolTip(1, process.executable);
        item->setText(2, QString::number(process.sessionCount));
        item->setText(3, locale.toString(process.started.toLocalTime(), QLocale::ShortFormat));
        if (m_alreadyAttached.contains(process.pid)) {
            item->setFlags(item->flags() & ~(Qt::ItemIsSelectable | Qt::ItemIsEnabled));
            item->setToolTip(0, tr("Already attached"));
        }
    }
    for (int column = 0; column < m_list->columnCount(); ++column)
        m_list->resizeColumnToContents(column);
    m_empty->setVisible(m_list->topLevelItemCount() == 0);
    updateButtons();
}

QList<qint64> AttachProcessDialog::selectedPids() const
{
    QList<qint64> pids;
    for (const QTreeWidgetItem *item : m_list->selectedItems())
        pids.append(item->data(0, Qt::UserRole).toLongLong());
    return pids;
}

void AttachProcessDialog::updateButtons()
{
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!selectedPids().isEmpty());
}

} // namespace syncscope::ui
