#pragma once

#include <QColor>

namespace TinyDeploy::Gui::StatusColors {

enum class Status { Error, Warning };

/// A text colour for @p status that reads well on @p background: of a darker and a lighter
/// shade, the one with the higher contrast, so that light and dark themes both get at least
/// the 4.5:1 of WCAG AA.
QColor text(Status status, const QColor &background);

/// The WCAG contrast ratio of two colours (1 to 21).
double contrast(const QColor &a, const QColor &b);

} // namespace TinyDeploy::Gui::StatusColors
