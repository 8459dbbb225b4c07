#include "wizardstep.h"

#include <QCoreApplication>

namespace TinyDeploy::Gui {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(TinyDeploy::Gui)
};
} // namespace

QString wizardStepTitle(WizardStep step)
{
    switch (step) {
    case WizardStep::Model:
        return Tr::tr("Model");
    case WizardStep::Target:
        return Tr::tr("Target");
    case WizardStep::Options:
        return Tr::tr("Options");
    case WizardStep::Build:
        return Tr::tr("Build");
    case WizardStep::Flash:
        return Tr::tr("Flash");
    case WizardStep::Run:
        return Tr::tr("Run");
    }
    return {};
}

QString stepStateName(StepState state)
{
    switch (state) {
    case StepState::Pending:
        return Tr::tr("pending");
    case StepState::Running:
        return Tr::tr("running");
    case StepState::Done:
        return Tr::tr("done");
    case StepState::Failed:
        return Tr::tr("failed");
    case StepState::Cancelled:
        return Tr::tr("cancelled");
    }
    return {};
}

QString wizardStepIcon(WizardStep step)
{
    static const char *const names[] = {"model", "target", "options", "build", "flash", "run"};
    return QStringLiteral(":/icons/step-%1.svg").arg(QLatin1String(names[int(step)]));
}

QString stepStateIcon(StepState state)
{
    static const char *const names[] = {"pending", "running", "done", "failed", "cancelled"};
    return QStringLiteral(":/icons/state-%1.svg").arg(QLatin1String(names[int(state)]));
}

} // namespace TinyDeploy::Gui
