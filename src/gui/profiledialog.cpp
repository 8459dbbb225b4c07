#include "profiledialog.h"
#include "profilemodel.h"

#include <deploy/deployment.h>

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>

namespace TinyDeploy::Gui {

ProfileDialog::ProfileDialog(Deploy::Deployment *deployment, QWidget *parent)
    : QDialog(parent)
    , m_model(new ProfileModel(this))
    , m_sorted(new ProfileSortModel(this))
    , m_view(new QTableView(this))
    , m_status(new QLabel(tr("Timing every operator on the device…"), this))
{
    setWindowTitle(tr("Operator Profile"));
    m_sorted->setSourceModel(m_model);
    m_view->setModel(m_sorted);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(ProfileModel::MeanUs, Qt::DescendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setAccessibleName(tr("Operators"));
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->verticalHeader()->hide();
    m_status->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_status);
    layout->addWidget(m_view);
    layout->addWidget(buttons);
    resize(720, 480);
    if (deployment)
        connect(deployment, &Deploy::Deployment::profileFinished, this, &ProfileDialog::showProfile);
}

QString ProfileDialog::statusText() const
{
    return m_status->text();
}

void ProfileDialog::showProfile(const Result<MicroTvm::OperatorProfile> &profile)
{
    if (!profile) {
        m_status->setText(profile.error().oneLine().toHtmlEscaped());
        return;
    }
    m_model->setProfile(*profile);
    m_view->resizeColumnsToContents();
    m_status->setText(tr("%n operator(s), %1 µs in total. Click a column to sort.",
                         nullptr,
                         int(profile->operators.size()))
                          .arg(QLocale().toString(profile->totalUs, 'f', 1)));
    m_view->setFocus();
}

} // namespace TinyDeploy::Gui
