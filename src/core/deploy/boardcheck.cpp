#include "boardcheck.h"

#include "deploytr.h"

#include <templates/fitcheck.h>

#include <QDir>
#include <QFileInfo>

namespace TinyDeploy::Deploy {

Result<std::optional<Templates::BoardInfo>> targetBoard(const QString &dir,
                                                        const QJsonObject &options)
{
    const QString name = options.value(QStringLiteral("board")).toString();
    const QString file = QDir(dir).filePath(QStringLiteral("boards.json"));
    if (name.isEmpty() || !QFileInfo::exists(file))
        return std::optional<Templates::BoardInfo>();
    Result<QList<Templates::BoardInfo>> boards = Templates::loadBoards(file);
    if (!boards)
        return fail(boards.error());
    for (const Templates::BoardInfo &board : std::as_const(*boards)) {
        if (board.name == name)
            return std::optional<Templates::BoardInfo>(board);
    }
    QStringList names;
    for (const Templates::BoardInfo &board : std::as_const(*boards))
        names << board.name;
    return fail(ErrorCode::InvalidOption,
                Tr::tr("The board \"%1\" is not one of this template's boards.").arg(name),
                file,
                Tr::tr("Choose one of: %1.").arg(names.join(QStringLiteral(", "))));
}

Result<void> checkModelFits(const Mlf::ModelInfo &model, const Templates::BoardInfo &board)
{
    const Templates::ModelNeeds needs = Templates::estimateNeeds(model);
    const Templates::FitCheck fit = Templates::checkFit(needs, board);
    if (!fit.overflows())
        return ok();
    QStringList overflows;
    for (const Templates::MemoryFit *memory : {&fit.flash, &fit.ram}) {
        if (memory->isKnown() && !memory->fits())
            overflows << memory->summary();
    }
    QString details = Tr::tr("Flash: %1\nRAM: %2").arg(fit.flash.summary(), fit.ram.summary());
    if (!needs.assumptions.isEmpty())
        details += QLatin1Char('\n') + needs.assumptions.join(QLatin1Char('\n'));
    // "BBC micro:bit v1 (microbit-v1)": the name people know and the one they typed.
    const QString boardName = board.displayName.isEmpty() || board.displayName == board.name
                                  ? board.name
                                  : QStringLiteral("%1 (%2)").arg(board.displayName, board.name);
    return fail(ErrorCode::ModelTooLarge,
                Tr::tr("The model does not fit %1: %2.")
                    .arg(boardName, overflows.join(QStringLiteral("; "))),
                board.name,
                Tr::tr("Choose a board with more memory, or a smaller model (an int8 model "
                       "needs about a quarter of a float32 one's memory). The estimate errs on "
                       "the safe side: to build anyway, skip the fit check (--no-fit-check)."),
                details);
}

QJsonObject fitCheckJson(const Mlf::ModelInfo &model, const Templates::BoardInfo &board)
{
    const Templates::FitCheck fit = Templates::checkFit(Templates::estimateNeeds(model), board);
    const auto memory = [](const Templates::MemoryFit &m) {
        return QJsonObject{{QStringLiteral("needed_bytes"), m.neededBytes},
                           {QStringLiteral("available_bytes"), m.availableBytes}};
    };
    return QJsonObject{{QStringLiteral("board"), board.name},
                       {QStringLiteral("flash"), memory(fit.flash)},
                       {QStringLiteral("ram"), memory(fit.ram)}};
}

QString serialNumberOfPort(const QString &port, const Device::PortLister &lister)
{
    if (port.isEmpty() || !lister)
        return {};
    const std::optional<Device::PortInfo> found = Device::findByName(lister(), port);
    return found ? found->serialNumber : QString();
}

} // namespace TinyDeploy::Deploy
