#include "samplekit.h"
#include "deploytr.h"

#include <tensor/npy.h>
#include <tensor/npz.h>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

namespace TinyDeploy::Deploy {

namespace {

// labels.txt of a classifier is small; a bound keeps a wrong file from being read whole.
constexpr qint64 maxLabelsBytes = 1024 * 1024;

QStringList readLabels(const QString &path)
{
    QFile file(path);
    if (file.size() > maxLabelsBytes || !file.open(QIODevice::ReadOnly | QIODevice::Text))
        return {};
    QStringList labels;
    const QList<QByteArray> lines = file.readAll().split('\n');
    for (const QByteArray &line : lines)
        labels.append(QString::fromUtf8(line).trimmed());
    while (!labels.isEmpty() && labels.last().isEmpty())
        labels.removeLast();
    return labels;
}

QJsonObject readJsonObject(const QString &path)
{
    QFile file(path);
    if (file.size() > maxLabelsBytes || !file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

} // namespace

void SampleKit::loadQuant(const QString &path)
{
    QFile file(path);
    if (!file.exists())
        return;
    QJsonParseError parseError;
    const QJsonDocument document = file.size() <= maxLabelsBytes && file.open(QIODevice::ReadOnly)
                                       ? QJsonDocument::fromJson(file.readAll(), &parseError)
                                       : QJsonDocument();
    if (!document.isObject()) {
        m_quantError = makeError(ErrorCode::InvalidJson,
                                 Tr::tr("The model's quantization file is unreadable; outputs are "
                                        "shown as raw integers."),
                                 path,
                                 Tr::tr("Fix or delete the file."),
                                 parseError.errorString());
        return;
    }
    const QJsonObject root = document.object();
    for (const QString &group : {QStringLiteral("inputs"), QStringLiteral("outputs")}) {
        QHash<QString, Tensor::QuantParams> &target = group == QLatin1String("inputs")
                                                          ? m_inputQuant
                                                          : m_outputQuant;
        const QJsonObject tensors = root.value(group).toObject();
        for (auto it = tensors.begin(); it != tensors.end(); ++it) {
            const QJsonObject params = it.value().toObject();
            const double scale = params.value(QStringLiteral("scale")).toDouble();
            if (scale > 0) {
                target.insert(it.key(),
                              {scale, params.value(QStringLiteral("zero_point")).toInteger()});
            }
        }
    }
}

SampleKit SampleKit::find(const QString &modelPath)
{
    SampleKit kit;
    const QFileInfo model(modelPath);
    const QDir dir = model.absoluteDir();
    kit.m_directory = dir.absolutePath();
    kit.m_labels = readLabels(dir.filePath(QStringLiteral("labels.txt")));
    // "digits_int8", and its graph-executor builds "digits_int8_graph", "digits_int8_aot_rpc":
    // the variant is the second word, the same samples and quantization for all of them.
    const QString stem = modelStem(modelPath);
    const QStringList words = stem.split(QLatin1Char('_'));
    if (words.size() < 2)
        return kit;
    kit.m_variant = words.at(1);
    const QString quant = dir.filePath(stem + QStringLiteral(".quant.json"));
    kit.loadQuant(QFileInfo::exists(quant)
                      ? quant
                      : dir.filePath(words.at(0) + QLatin1Char('_') + kit.m_variant
                                     + QStringLiteral(".quant.json")));
    const QDir inputs(dir.filePath(QStringLiteral("inputs/") + kit.m_variant));
    const QDir expected(dir.filePath(QStringLiteral("expected/") + kit.m_variant));
    if (kit.m_variant.isEmpty() || !inputs.exists())
        return kit;
    const QJsonObject truth = readJsonObject(dir.filePath(QStringLiteral("inputs/labels.json")));
    const QStringList files = inputs.entryList({QStringLiteral("*.npy")}, QDir::Files, QDir::Name);
    for (const QString &file : files) {
        SampleFile sample;
        sample.name = QFileInfo(file).completeBaseName();
        sample.inputPath = inputs.filePath(file);
        if (expected.exists(file))
            sample.expectedPath = expected.filePath(file);
        const QJsonValue label = truth.value(file).toObject().value(QStringLiteral("label"));
        if (label.isDouble())
            sample.trueClass = qint64(label.toDouble());
        kit.m_samples.append(sample);
    }
    return kit;
}

const SampleFile *SampleKit::sample(const QString &name) const
{
    for (const SampleFile &sample : m_samples) {
        if (sample.name == name)
            return &sample;
    }
    return nullptr;
}

Result<QList<InputSet>> loadInputFiles(const QStringList &paths, int inputCount)
{
    QList<InputSet> sets;
    InputSet pending;
    for (const QString &path : paths) {
        if (path.endsWith(QLatin1String(".npz"), Qt::CaseInsensitive)) {
            Result<QList<Tensor::NamedTensor>> arrays = Tensor::readNpzFile(path);
            if (!arrays)
                return fail(arrays.error());
            InputSet set;
            set.name = QFileInfo(path).completeBaseName();
            set.source = path;
            for (const Tensor::NamedTensor &array : std::as_const(*arrays))
                set.tensors.append(array.tensor);
            sets.append(set);
            continue;
        }
        Result<Tensor::Tensor> tensor = Tensor::readNpyFile(path);
        if (!tensor)
            return fail(tensor.error());
        if (pending.tensors.isEmpty()) {
            pending.name = QFileInfo(path).completeBaseName();
            pending.source = path;
        } else {
            pending.source += QStringLiteral(", ") + path;
        }
        pending.tensors.append(*tensor);
        if (pending.tensors.size() >= inputCount) {
            sets.append(pending);
            pending = {};
        }
    }
    if (!pending.tensors.isEmpty()) {
        return fail(ErrorCode::InvalidArgument,
                    Tr::tr("The last input set is incomplete: it has files for %1 of the "
                           "model's %n input(s).",
                           nullptr,
                           inputCount)
                        .arg(pending.tensors.size()),
                    pending.source,
                    Tr::tr("Give one .npy file per model input for each set, or one .npz file per "
                           "set."));
    }
    return sets;
}

QString modelStem(const QString &modelPath)
{
    QString name = QFileInfo(modelPath).fileName();
    for (const QLatin1String suffix :
         {QLatin1String(".tar.gz"), QLatin1String(".tgz"), QLatin1String(".tar")}) {
        if (name.endsWith(suffix, Qt::CaseInsensitive)) {
            name.chop(suffix.size());
            break;
        }
    }
    return name;
}

} // namespace TinyDeploy::Deploy
