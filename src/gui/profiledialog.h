#pragma once

#include <microtvm/operatorprofiler.h>
#include <util/error.h>

#include <QDialog>

class QLabel;
class QTableView;

namespace TinyDeploy::Deploy {
class Deployment;
}

namespace TinyDeploy::Gui {

class ProfileModel;
class ProfileSortModel;

/// @brief Shows the per-operator profile a deployment measures: a sortable table (node,
/// function, mean µs, share of the total) with a total row. Observes the deployment's
/// profileFinished(); keeps nothing but what it shows.
class ProfileDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit ProfileDialog(Deploy::Deployment *deployment, QWidget *parent = nullptr);

    ProfileModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    QString statusText() const;

private:
    void showProfile(const Result<MicroTvm::OperatorProfile> &profile);

    ProfileModel *m_model = nullptr;
    ProfileSortModel *m_sorted = nullptr;
    QTableView *m_view = nullptr;
    QLabel *m_status = nullptr;
};

} // namespace TinyDeploy::Gui
