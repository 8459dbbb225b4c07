#pragma once

#include <QString>
#include <QStringList>

namespace TinyDeploy::Gui {

/// The models opened last, newest first (at most maxRecentFiles), kept in the settings.
namespace RecentFiles {

inline constexpr int maxRecentFiles = 8;

QStringList list();
/// Puts @p path first (once).
void add(const QString &path);
void clear();

} // namespace RecentFiles

} // namespace TinyDeploy::Gui
