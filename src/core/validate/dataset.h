#pragma once

#include <deploy/deploymenttypes.h>
#include <deploy/runinputs.h>
#include <device/messages.h>
#include <tensor/quantization.h>
#include <tensor/tensor.h>
#include <util/error.h>

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>
#include <optional>

namespace TinyDeploy::Validate {

/// Decodes an image file into 8-bit pixels (grey, or RGB when @p colour). The core reads
/// PGM/PPM itself (readPnm); the GUI adds PNG, JPEG and BMP through QImage.
using ImageDecoder = std::function<Result<Deploy::ImagePixels>(const QString &path, bool colour)>;

/// One sample of a data set, as listed (nothing is read until DataSet::load()).
struct SampleEntry
{
    QString name;                ///< "test_017", the input file's base name.
    QString inputPath;           ///< .npy or image file; the .npz for an .npz data set.
    QString expectedPath;        ///< .npy with the expected output; empty when there is none.
    std::optional<qint64> label; ///< The true class, when the data set gives labels.
    qsizetype npzIndex = -1;     ///< Index along the leading axis of an .npz data set.
};

/// One sample, read and made for the model.
struct LoadedSample
{
    Deploy::InputSet input;
    std::optional<Tensor::Tensor> expected; ///< Shaped as the device's output.
    std::optional<qint64> label;
};

/// @brief A validation data set: inputs, and expected outputs or labels, read one sample at a
/// time.
///
/// Layouts (DATASET is a folder, an .npz file or a labels .csv file):
/// - **Folder of pairs**: `inputs/NAME.npy` (one per sample, the model's single input) and
///   optionally `expected/NAME.npy` (the output it must give); optionally `labels.csv`.
///   The bundled `resources/samples/validation/{float32,int8}` are this layout.
/// - **Labels CSV**: `labels.csv` (`file,label` header, one row per sample; `file` relative to
///   the CSV's folder, an .npy or an image; `label` a class index or a name of the model's
///   labels.txt). DATASET may be the folder holding it or the .csv itself. In the pairs layout
///   `labels.csv` names the files of `inputs/` and gives their labels.
/// - **One folder per class**: DATASET/CLASS/IMAGE (PGM/PPM, or PNG/JPEG/BMP with an image
///   decoder; .npy too). CLASS is a name of the model's labels.txt, else a class index.
/// - **.npz**: arrays `inputs` (required), `expected` and `labels` (integers), each with a
///   leading sample axis; the file is read whole (bounded by Tensor::NpzLimits).
///
/// open() checks the structure (an empty folder, a labels row whose file is missing, a sample
/// without a label where the layout needs one); load() checks each sample against the model
/// (dtype and element count of the input and of the expected output) and names the file,
/// what the model expects and what the file holds.
class DataSet final
{
public:
    enum class Layout { Pairs, LabelsCsv, ClassFolders, Npz };

    /// Lists the samples of @p path. @p classNames are the model's labels (labels.txt), used
    /// to turn class names into indexes; may be empty.
    static Result<DataSet> open(const QString &path, const QStringList &classNames = {});

    QString path() const { return m_path; }
    Layout layout() const { return m_layout; }
    qsizetype size() const { return m_entries.size(); }
    const SampleEntry &entry(qsizetype index) const { return m_entries.at(index); }
    bool hasExpected() const { return m_hasExpected; }
    bool hasLabels() const { return m_hasLabels; }
    /// Class names of a class-folder data set (its folder names), else empty.
    const QStringList &classFolders() const { return m_classFolders; }

    void setImageDecoder(ImageDecoder decoder) { m_decoder = std::move(decoder); }
    /// Scale and zero point of the model's inputs, for images of a quantized model.
    void setInputQuant(QHash<QString, Tensor::QuantParams> quant) { m_quant = std::move(quant); }

    /// Reads sample @p index for @p device's model and checks it fits.
    Result<LoadedSample> load(qsizetype index, const Device::DeviceHello &device) const;

    /// Parses the text of a labels CSV (`file,label` header; comma-separated, optional double
    /// quotes). @p source names the file in errors. Labels are class indexes or class names.
    struct CsvRow
    {
        QString file;
        QString label;
        int line = 0;
    };
    static Result<QList<CsvRow>> parseLabelsCsv(const QByteArray &text, const QString &source);

private:
    Result<void> openFolder(const QStringList &classNames);
    Result<void> openCsv(const QString &csvPath, const QStringList &classNames);
    Result<void> openClassFolders(const QStringList &classNames);
    Result<void> openNpz();
    Result<Tensor::Tensor> readInput(const SampleEntry &entry,
                                     const Device::DeviceHello &device) const;

    QString m_path;
    Layout m_layout = Layout::Pairs;
    QList<SampleEntry> m_entries;
    bool m_hasExpected = false;
    bool m_hasLabels = false;
    QStringList m_classFolders;
    ImageDecoder m_decoder;
    QHash<QString, Tensor::QuantParams> m_quant;
    /// The arrays of an .npz data set (inputs, expected, labels), shared between copies.
    struct NpzArrays
    {
        Tensor::Tensor inputs;
        std::optional<Tensor::Tensor> expected;
        std::optional<Tensor::Tensor> labels;
    };
    std::shared_ptr<const NpzArrays> m_npz;
};

/// Resolves a label text to a class index: an integer, or a name of @p classNames. nullopt
/// when it is neither.
std::optional<qint64> classIndexOf(const QString &label, const QStringList &classNames);

/// Decodes a binary PGM (P5) or PPM (P6) file with 8-bit samples.
Result<Deploy::ImagePixels> readPnm(const QByteArray &bytes, const QString &source);

} // namespace TinyDeploy::Validate
