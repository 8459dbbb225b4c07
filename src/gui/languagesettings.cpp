#include "languagesettings.h"
#include "guilogging.h"

#include <util/sourceplurals.h>

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTranslator>

namespace TinyDeploy::Gui {

namespace {
const QString resourceDir = QStringLiteral(":/i18n");
const QString filePrefix = QStringLiteral("tinydeploy_");
} // namespace

QString LanguageSettings::settingsKey()
{
    return QStringLiteral("language");
}

QStringList LanguageSettings::availableLanguages()
{
    QStringList languages;
    const QStringList files = QDir(resourceDir)
                                  .entryList({filePrefix + QStringLiteral("*.qm")},
                                             QDir::Files,
                                             QDir::Name);
    for (const QString &file : files) {
        // tinydeploy_en.qm holds only the English plural forms.
        if (const QString language = file.mid(filePrefix.size()).chopped(3);
            language != QLatin1String("en"))
            languages << language;
    }
    return languages;
}

QString LanguageSettings::configuredLanguage()
{
    return QSettings().value(settingsKey()).toString();
}

void LanguageSettings::setConfiguredLanguage(const QString &language)
{
    QSettings settings;
    if (language.isEmpty())
        settings.remove(settingsKey());
    else
        settings.setValue(settingsKey(), language);
}

QString LanguageSettings::install(QCoreApplication &app)
{
    const QString chosen = configuredLanguage();
    const QLocale locale = chosen.isEmpty() ? QLocale::system() : QLocale(chosen);

    QString installed = QStringLiteral("en");
    auto *translator = new QTranslator(&app);
    if (translator->load(locale, QStringLiteral("tinydeploy"), QStringLiteral("_"), resourceDir)) {
        QCoreApplication::installTranslator(translator);
        installed = translator->language();
    } else {
        delete translator;
        // English it is ("C" and other locales without a translation), with its plural forms.
        Util::installEnglishPlurals(app);
        if (!chosen.isEmpty() && chosen != QLatin1String("en"))
            qCWarning(lcGui) << "No translation for the configured language" << chosen;
    }

    // Qt's own strings (standard buttons, file dialogs) in the same language, when installed.
    auto *qtTranslator = new QTranslator(&app);
    if (qtTranslator->load(locale,
                           QStringLiteral("qtbase"),
                           QStringLiteral("_"),
                           QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qtTranslator);
    } else {
        delete qtTranslator;
    }
    return installed;
}

} // namespace TinyDeploy::Gui
