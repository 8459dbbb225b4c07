#pragma once

#include <QString>

namespace TinyDeploy::Gui {

/// The pages of the deployment wizard, in order; also the page ids of the stack.
enum class WizardStep { Model, Target, Options, Build, Flash, Run };
inline constexpr int WizardStepCount = 6;

/// What the step list shows beside a step.
enum class StepState { Pending, Running, Done, Failed, Cancelled };

/// Translated step titles ("Model", "Target", ...).
QString wizardStepTitle(WizardStep step);
/// Translated state names ("pending", "running", ...), for accessible descriptions.
QString stepStateName(StepState state);
/// ":/icons/step-model.svg", ...
QString wizardStepIcon(WizardStep step);
/// ":/icons/state-done.svg", ...
QString stepStateIcon(StepState state);

} // namespace TinyDeploy::Gui
