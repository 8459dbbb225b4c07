#include "sourceplurals.h"

#include <QCoreApplication>
#include <QTranslator>

namespace TinyDeploy::Util {

bool installEnglishPlurals(QCoreApplication &app)
{
    auto *translator = new QTranslator(&app);
    if (!translator->load(QStringLiteral(":/i18n/tinydeploy_en.qm"))) {
        delete translator;
        return false;
    }
    return QCoreApplication::installTranslator(translator);
}

} // namespace TinyDeploy::Util
