#pragma once

#include <QString>
#include <QStringList>

class QCoreApplication;

namespace TinyDeploy::Gui {

/// @brief Chooses the user interface language: the one saved in settings ("language", e.g.
/// "de" or "zh_CN"), else the system's. Installs TinyDeploy's translation (embedded as
/// :/i18n/tinydeploy_<lang>.qm) and Qt's own (qtbase_<lang>.qm from the Qt translations
/// folder, when installed).
class LanguageSettings final
{
public:
    /// The settings key.
    static QString settingsKey();
    /// The language codes TinyDeploy has translations for ("de", "es", "fr", "zh_CN").
    static QStringList availableLanguages();
    /// The language saved in settings; empty means "the system's".
    static QString configuredLanguage();
    /// Saves @p language (empty: follow the system); takes effect at the next start.
    static void setConfiguredLanguage(const QString &language);
    /// Installs the translators into @p app (which owns them). Returns the language installed,
    /// or "en" when the strings stay as written.
    static QString install(QCoreApplication &app);
};

} // namespace TinyDeploy::Gui
