#pragma once

#include <deploy/runinputs.h>
#include <util/error.h>

#include <QString>

namespace TinyDeploy::Gui {

/// Whether @p path names an image Qt can read (by its suffix: .png, .jpg, .bmp, ...).
bool isImageFile(const QString &path);

/// Decodes the image @p path into 8-bit pixels for Deploy::RunInputs::image(): grey (one
/// channel, Qt's luminance), or RGB when @p colour.
Result<Deploy::ImagePixels> readImagePixels(const QString &path, bool colour);

} // namespace TinyDeploy::Gui
