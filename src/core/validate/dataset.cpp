#include "dataset.h"
#include "validatetr.h"

#include <tensor/npy.h>
#include <tensor/npz.h>
#include <tensor/tensorfile.h>

#include <QDir>
#include <QFileInfo>
#include <QHash>

namespace TinyDeploy::Validate {

namespace {

constexpr qint64 maxCsvBytes = 64 * 1024 * 1024;
constexpr qint64 maxImageBytes = 64 * 1024 * 1024;

const QStringList imageSuffixes{QStringLiteral("pgm"),
                                QStringLiteral("ppm"),
                                QStringLiteral("png"),
                                QStringLiteral("jpg"),
                                QStringLiteral("jpeg"),
                                QStringLiteral("bmp")};

bool isSampleFile(const QFileInfo &file)
{
    const QString suffix = file.suffix().toLower();
    return file.isFile() && (suffix == QLatin1String("npy") || imageSuffixes.contains(suffix));
}

QString layoutHint()
{
    return Tr::tr("A data set is a folder with inputs/ (and expected/ or labels.csv), a folder "
                  "with labels.csv, one folder per class, or an .npz file with \"inputs\".");
}

QString typeText(const Tensor::DType &dtype, const QList<qint64> &shape)
{
    return dtype.name() + QLatin1Char(' ') + Tensor::Tensor::shapeText(shape);
}

// @p tensor as the model's tensor @p info: same dtype and element count, reshaped.
Result<Tensor::Tensor> fitTo(const Tensor::Tensor &tensor,
                             const Device::TensorInfo &info,
                             bool isInput,
                             const QString &source)
{
    Result<Tensor::DType> dtype = Tensor::DType::parse(info.dtype());
    if (!dtype)
        return fail(dtype.error());
    const QList<qint64> shape = Deploy::RunInputs::shapeOf(info, *dtype);
    const QString what = isInput ? Tr::tr("the model's input \"%1\" is %2")
                                 : Tr::tr("the model's output \"%1\" is %2");
    const QString model = what.arg(info.name, typeText(*dtype, shape));
    const QString found = typeText(tensor.dtype(), tensor.shape());
    if (tensor.dtype() != *dtype) {
        return fail(ErrorCode::DTypeMismatch,
                    Tr::tr("The file holds %1; %2.").arg(found, model),
                    source,
                    isInput ? Tr::tr("Give inputs of the model's type (an int8 model needs "
                                     "quantized inputs: use the data set of that variant).")
                            : Tr::tr("Give expected outputs of the model's type, as this model "
                                     "variant produces them."));
    }
    Result<qint64> count = Tensor::Tensor::elementCountOf(shape);
    if (!count || tensor.elementCount() != *count) {
        return fail(ErrorCode::ShapeMismatch,
                    Tr::tr("The file holds %1; %2.").arg(found, model),
                    source,
                    Tr::tr("Give one sample per file, of the model's shape."));
    }
    return tensor.reshaped(shape);
}

// Sample @p index along the leading axis of @p array.
Result<Tensor::Tensor> slice(const Tensor::Tensor &array, qsizetype index)
{
    const qint64 count = array.shape().value(0, 0);
    const qint64 bytes = count > 0 ? array.byteSize() / count : 0;
    return Tensor::Tensor::create(array.dtype(),
                                  array.shape().mid(1),
                                  array.data().mid(index * bytes, bytes));
}

Result<QList<DataSet::CsvRow>> readCsv(const QString &path)
{
    Result<QByteArray> bytes = Tensor::readTensorFile(path, Tensor::atMost(maxCsvBytes, path));
    if (!bytes)
        return fail(bytes.error());
    return DataSet::parseLabelsCsv(*bytes, path);
}

Result<qint64> labelIndex(const DataSet::CsvRow &row,
                          const QStringList &classNames,
                          const QString &csvPath)
{
    const std::optional<qint64> index = classIndexOf(row.label, classNames);
    if (!index) {
        return fail(ErrorCode::InvalidValue,
                    Tr::tr("The label \"%1\" of %2 is neither a class index nor one of the "
                           "model's labels.")
                        .arg(row.label, row.file),
                    QStringLiteral("%1:%2").arg(csvPath).arg(row.line),
                    classNames.isEmpty() ? Tr::tr("Give the class index (0, 1, ...).")
                                         : Tr::tr("Use an index from 0 to %1 or one of: %2.")
                                               .arg(classNames.size() - 1)
                                               .arg(classNames.join(QStringLiteral(", "))));
    }
    return *index;
}

} // namespace

Result<DataSet> DataSet::open(const QString &path, const QStringList &classNames)
{
    DataSet set;
    const QFileInfo info(path);
    set.m_path = info.absoluteFilePath();
    if (!info.exists()) {
        return fail(ErrorCode::NotFound,
                    Tr::tr("The data set does not exist."),
                    set.m_path,
                    layoutHint());
    }
    Result<void> opened;
    if (info.isFile() && info.suffix().compare(QLatin1String("npz"), Qt::CaseInsensitive) == 0) {
        set.m_layout = Layout::Npz;
        opened = set.openNpz();
    } else if (info.isFile()
               && info.suffix().compare(QLatin1String("csv"), Qt::CaseInsensitive) == 0) {
        set.m_layout = Layout::LabelsCsv;
        opened = set.openCsv(set.m_path, classNames);
    } else if (!info.isDir()) {
        return fail(ErrorCode::InvalidArgument,
                    Tr::tr("This file is not a data set."),
                    set.m_path,
                    layoutHint());
    } else {
        const QDir dir(set.m_path);
        if (dir.exists(QStringLiteral("inputs"))) {
            set.m_layout = Layout::Pairs;
            opened = set.openFolder(classNames);
        } else if (dir.exists(QStringLiteral("labels.csv"))) {
            set.m_layout = Layout::LabelsCsv;
            opened = set.openCsv(dir.filePath(QStringLiteral("labels.csv")), classNames);
        } else if (dir.isEmpty()) {
            return fail(ErrorCode::NotFound,
                        Tr::tr("The data set folder is empty."),
                        set.m_path,
                        layoutHint());
        } else if (!dir.entryList(QDir::Dirs | QDir::NoDotAndDotDot).isEmpty()) {
            set.m_layout = Layout::ClassFolders;
            opened = set.openClassFolders(classNames);
        } else {
            return fail(ErrorCode::InvalidArgument,
                        Tr::tr("The folder has no inputs/ folder, no labels.csv and no class "
                               "folders."),
                        set.m_path,
                        layoutHint());
        }
    }
    if (!opened)
        return fail(opened.error());
    return set;
}

Result<void> DataSet::openFolder(const QStringList &classNames)
{
    const QDir dir(m_path);
    const QDir inputs(dir.filePath(QStringLiteral("inputs")));
    const QDir expected(dir.filePath(QStringLiteral("expected")));
    const QStringList files = inputs.entryList({QStringLiteral("*.npy")}, QDir::Files, QDir::Name);
    if (files.isEmpty()) {
        return fail(ErrorCode::NotFound,
                    Tr::tr("The folder holds no input files (.npy)."),
                    inputs.absolutePath(),
                    Tr::tr("Put one .npy file per sample in inputs/."));
    }
    m_hasExpected = expected.exists();
    for (const QString &file : files) {
        SampleEntry entry;
        entry.name = QFileInfo(file).completeBaseName();
        entry.inputPath = inputs.filePath(file);
        if (m_hasExpected) {
            if (!expected.exists(file)) {
                return fail(ErrorCode::NotFound,
                            Tr::tr("The expected output of %1 is missing.").arg(file),
                            expected.filePath(file),
                            Tr::tr("Give an expected/ file for every input, or remove the "
                                   "expected/ folder and validate against labels."));
            }
            entry.expectedPath = expected.filePath(file);
        }
        m_entries.append(entry);
    }
    const QString csvPath = dir.filePath(QStringLiteral("labels.csv"));
    if (!QFileInfo::exists(csvPath))
        return ok();
    Result<QList<CsvRow>> rows = readCsv(csvPath);
    if (!rows)
        return fail(rows.error());
    QHash<QString, qint64> labels;
    for (const CsvRow &row : std::as_const(*rows)) {
        const QString name = QFileInfo(row.file).fileName();
        if (!inputs.exists(name)) {
            return fail(ErrorCode::NotFound,
                        Tr::tr("The labels file names %1, which inputs/ does not hold.")
                            .arg(row.file),
                        QStringLiteral("%1:%2").arg(csvPath).arg(row.line),
                        Tr::tr("Add the file or remove its line."));
        }
        Result<qint64> index = labelIndex(row, classNames, csvPath);
        if (!index)
            return fail(index.error());
        labels.insert(name, *index);
    }
    for (SampleEntry &entry : m_entries) {
        const QString name = QFileInfo(entry.inputPath).fileName();
        if (!labels.contains(name)) {
            return fail(ErrorCode::MissingField,
                        Tr::tr("The labels file has no label for %1.").arg(name),
                        csvPath,
                        Tr::tr("Add a line \"inputs/%1,LABEL\", or remove labels.csv.").arg(name));
        }
        entry.label = labels.value(name);
    }
    m_hasLabels = true;
    return ok();
}

Result<void> DataSet::openCsv(const QString &csvPath, const QStringList &classNames)
{
    Result<QList<CsvRow>> rows = readCsv(csvPath);
    if (!rows)
        return fail(rows.error());
    if (rows->isEmpty()) {
        return fail(ErrorCode::NotFound,
                    Tr::tr("The labels file lists no samples."),
                    csvPath,
                    Tr::tr("Add one line per sample: file,label"));
    }
    const QDir base = QFileInfo(csvPath).absoluteDir();
    for (const CsvRow &row : std::as_const(*rows)) {
        const QFileInfo file(base.filePath(row.file));
        if (!file.isFile()) {
            return fail(ErrorCode::NotFound,
                        Tr::tr("The labels file names %1, which does not exist.").arg(row.file),
                        QStringLiteral("%1:%2").arg(csvPath).arg(row.line),
                        Tr::tr("Paths are relative to the folder of the labels file."));
        }
        Result<qint64> index = labelIndex(row, classNames, csvPath);
        if (!index)
            return fail(index.error());
        SampleEntry entry;
        entry.name = file.completeBaseName();
        entry.inputPath = file.absoluteFilePath();
        entry.label = *index;
        m_entries.append(entry);
    }
    m_hasLabels = true;
    return ok();
}

Result<void> DataSet::openClassFolders(const QStringList &classNames)
{
    const QDir dir(m_path);
    const QStringList folders = dir.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
    bool allKnown = true;
    for (const QString &folder : folders)
        allKnown = allKnown && classIndexOf(folder, classNames).has_value();
    if (!allKnown && !classNames.isEmpty()) {
        for (const QString &folder : folders) {
            if (!classIndexOf(folder, classNames)) {
                return fail(ErrorCode::InvalidValue,
                            Tr::tr("The class folder \"%1\" is not one of the model's labels.")
                                .arg(folder),
                            dir.filePath(folder),
                            Tr::tr("Name each folder after a class: %1.")
                                .arg(classNames.join(QStringLiteral(", "))));
            }
        }
    }
    if (!allKnown)
        m_classFolders = folders; // classes in folder order
    for (qsizetype f = 0; f < folders.size(); ++f) {
        const QDir classDir(dir.filePath(folders.at(f)));
        const QFileInfoList files = classDir.entryInfoList(QDir::Files, QDir::Name);
        for (const QFileInfo &file : files) {
            if (!isSampleFile(file))
                continue;
            SampleEntry entry;
            entry.name = folders.at(f) + QLatin1Char('/') + file.completeBaseName();
            entry.inputPath = file.absoluteFilePath();
            entry.label = allKnown ? *classIndexOf(folders.at(f), classNames) : f;
            m_entries.append(entry);
        }
    }
    if (m_entries.isEmpty()) {
        return fail(ErrorCode::NotFound,
                    Tr::tr("The class folders hold no images or .npy files."),
                    m_path,
                    Tr::tr("Put the images of each class in a folder named after the class."));
    }
    m_hasLabels = true;
    return ok();
}

Result<void> DataSet::openNpz()
{
    Result<QList<Tensor::NamedTensor>> arrays = Tensor::readNpzFile(m_path);
    if (!arrays)
        return fail(arrays.error());
    auto npz = std::make_shared<NpzArrays>();
    bool hasInputs = false;
    QStringList names;
    for (const Tensor::NamedTensor &array : std::as_const(*arrays)) {
        names.append(array.name);
        if (array.name == QLatin1String("inputs")) {
            npz->inputs = array.tensor;
            hasInputs = true;
        } else if (array.name == QLatin1String("expected")) {
            npz->expected = array.tensor;
        } else if (array.name == QLatin1String("labels")) {
            npz->labels = array.tensor;
        }
    }
    if (!hasInputs) {
        return fail(ErrorCode::MissingField,
                    Tr::tr("The file has no array \"inputs\" (it has: %1).")
                        .arg(names.isEmpty() ? Tr::tr("none") : names.join(QStringLiteral(", "))),
                    m_path,
                    Tr::tr("Save the inputs as numpy.savez(FILE, inputs=..., expected=..., "
                           "labels=...), samples along the first axis."));
    }
    const qint64 count = npz->inputs.shape().value(0, 0);
    if (npz->inputs.shape().size() < 2 || count <= 0) {
        return fail(ErrorCode::ShapeMismatch,
                    Tr::tr("The array \"inputs\" (%1) has no sample axis or no samples.")
                        .arg(npz->inputs.shapeText()),
                    m_path,
                    Tr::tr("Put the samples along the first axis: [samples, ...input shape]."));
    }
    for (const auto &[name, array] : {std::pair{QStringLiteral("expected"), npz->expected},
                                      std::pair{QStringLiteral("labels"), npz->labels}}) {
        if (array && array->shape().value(0, -1) != count) {
            return fail(ErrorCode::ShapeMismatch,
                        Tr::tr("The array \"%1\" (%2) does not have one entry per sample of "
                               "\"inputs\" (%3).")
                            .arg(name, array->shapeText())
                            .arg(count),
                        m_path,
                        Tr::tr("Give every array the same first dimension."));
        }
    }
    if (npz->labels && !npz->labels->dtype().isInteger()) {
        return fail(ErrorCode::DTypeMismatch,
                    Tr::tr("The array \"labels\" holds %1; labels are class indexes.")
                        .arg(npz->labels->dtype().name()),
                    m_path,
                    Tr::tr("Save the labels as integers."));
    }
    for (qint64 i = 0; i < count; ++i) {
        SampleEntry entry;
        entry.name = QStringLiteral("sample_%1").arg(i);
        entry.inputPath = m_path;
        entry.npzIndex = i;
        if (npz->labels)
            entry.label = qint64(npz->labels->valueAt(i));
        m_entries.append(entry);
    }
    m_hasExpected = npz->expected.has_value();
    m_hasLabels = npz->labels.has_value();
    m_npz = std::move(npz);
    return ok();
}

Result<Tensor::Tensor> DataSet::readInput(const SampleEntry &entry,
                                          const Device::DeviceHello &device) const
{
    const QString source = entry.npzIndex >= 0
                               ? QStringLiteral("%1[%2]").arg(entry.inputPath).arg(entry.npzIndex)
                               : entry.inputPath;
    const Device::TensorInfo &info = device.inputs.constFirst();
    if (m_npz) {
        Result<Tensor::Tensor> tensor = slice(m_npz->inputs, entry.npzIndex);
        return tensor ? fitTo(*tensor, info, true, source) : fail(tensor.error());
    }
    const QString suffix = QFileInfo(entry.inputPath).suffix().toLower();
    if (suffix == QLatin1String("npy")) {
        Result<Tensor::Tensor> tensor = Tensor::readNpyFile(entry.inputPath);
        return tensor ? fitTo(*tensor, info, true, source) : fail(tensor.error());
    }
    const bool colour = info.shape.size() >= 3 && info.shape.last() == 3;
    Result<Deploy::ImagePixels> pixels;
    if (suffix == QLatin1String("pgm") || suffix == QLatin1String("ppm")) {
        Result<QByteArray> bytes = Tensor::readTensorFile(entry.inputPath,
                                                          Tensor::atMost(maxImageBytes,
                                                                         entry.inputPath));
        pixels = bytes ? readPnm(*bytes, entry.inputPath) : fail(bytes.error());
    } else if (m_decoder) {
        pixels = m_decoder(entry.inputPath, colour);
    } else {
        return fail(ErrorCode::InvalidArgument,
                    Tr::tr("This tool reads PGM and PPM images only."),
                    entry.inputPath,
                    Tr::tr("Convert the images to PGM or .npy, or validate in the TinyDeploy "
                           "app, which reads PNG, JPEG and BMP."));
    }
    if (!pixels)
        return fail(pixels.error());
    Result<Deploy::InputSet> set = Deploy::RunInputs::image(device,
                                                            *pixels,
                                                            entry.name,
                                                            entry.inputPath,
                                                            m_quant);
    if (!set)
        return fail(set.error());
    return set->tensors.constFirst();
}

Result<LoadedSample> DataSet::load(qsizetype index, const Device::DeviceHello &device) const
{
    const SampleEntry &entry = m_entries.at(index);
    if (device.inputs.size() != 1) {
        return fail(ErrorCode::ShapeMismatch,
                    Tr::tr("Validation needs a model with one input; this one has %1.")
                        .arg(device.inputs.size()),
                    m_path,
                    Tr::tr("Run the model's inputs with tinydeploy-cli run --input instead."));
    }
    Result<Tensor::Tensor> input = readInput(entry, device);
    if (!input)
        return fail(input.error());
    LoadedSample sample;
    sample.input.name = entry.name;
    sample.input.source = entry.npzIndex >= 0
                              ? QStringLiteral("%1[%2]").arg(entry.inputPath).arg(entry.npzIndex)
                              : entry.inputPath;
    sample.input.tensors.append(*input);
    sample.label = entry.label;
    if (!entry.expectedPath.isEmpty() || (m_npz && m_npz->expected)) {
        const QString source = m_npz ? sample.input.source : entry.expectedPath;
        if (device.outputs.size() != 1) {
            return fail(ErrorCode::ShapeMismatch,
                        Tr::tr("Expected outputs need a model with one output; this one has %1.")
                            .arg(device.outputs.size()),
                        source,
                        Tr::tr("Validate against labels or the host instead."));
        }
        Result<Tensor::Tensor> expected = m_npz ? slice(*m_npz->expected, entry.npzIndex)
                                                : Tensor::readNpyFile(entry.expectedPath);
        if (!expected)
            return fail(expected.error());
        Result<Tensor::Tensor> fitted = fitTo(*expected, device.outputs.constFirst(), false, source);
        if (!fitted)
            return fail(fitted.error());
        sample.expected = *fitted;
    }
    return sample;
}

} // namespace TinyDeploy::Validate
