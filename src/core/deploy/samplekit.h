#pragma once

#include "deploymenttypes.h"

#include <tensor/quantization.h>
#include <util/error.h>

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace TinyDeploy::Deploy {

/// One sample input of a SampleKit.
struct SampleFile
{
    QString name;         ///< "sample_0"
    QString inputPath;    ///< inputs/<variant>/sample_0.npy
    QString expectedPath; ///< expected/<variant>/sample_0.npy; empty when there is none.
    std::optional<qint64> trueClass;
};

/// @brief The files that come with a model: labels, sample inputs and expected outputs.
///
/// The convention is the one of resources/samples/: for a model DIR/NAME_VARIANT.tar
/// (digits_float32.tar), DIR/labels.txt names the classes (one per line, in output order),
/// DIR/inputs/VARIANT/*.npy are sample inputs, DIR/expected/VARIANT/<same name>.npy the outputs
/// the model must produce for them, and DIR/inputs/labels.json may give each sample's true
/// class ({"sample_0.npy": {"label": 0}}), and DIR/NAME_VARIANT.quant.json the scale and zero
/// point of a quantized model's tensors ({"inputs"|"outputs": {name: {"scale", "zero_point"}}}).
/// Any of these may be missing; labels.txt is used beside any model.
class SampleKit final
{
public:
    /// Looks beside @p modelPath; never fails (an empty kit when nothing is there).
    static SampleKit find(const QString &modelPath);

    QString directory() const { return m_directory; }
    QString variant() const { return m_variant; }
    const QStringList &labels() const { return m_labels; }
    const QList<SampleFile> &samples() const { return m_samples; }
    bool hasSamples() const { return !m_samples.isEmpty(); }

    /// The sample with this name (input set name), or nullptr.
    const SampleFile *sample(const QString &name) const;

    /// Scale and zero point of the model's inputs and outputs, by tensor name, from
    /// <model>.quant.json; empty when there is none.
    const QHash<QString, Tensor::QuantParams> &inputQuant() const { return m_inputQuant; }
    const QHash<QString, Tensor::QuantParams> &outputQuant() const { return m_outputQuant; }
    /// Why <model>.quant.json exists but could not be used (InvalidJson), if it does.
    const std::optional<Error> &quantError() const { return m_quantError; }

private:
    void loadQuant(const QString &path);

    QString m_directory;
    QString m_variant;
    QStringList m_labels;
    QList<SampleFile> m_samples;
    QHash<QString, Tensor::QuantParams> m_inputQuant;
    QHash<QString, Tensor::QuantParams> m_outputQuant;
    std::optional<Error> m_quantError;
};

/// Reads @p paths as input sets for a model with @p inputCount inputs: a .npz file is one set
/// (arrays matched to inputs by order); .npy files are one set each for a single-input model,
/// else consecutive groups of @p inputCount files.
Result<QList<InputSet>> loadInputFiles(const QStringList &paths, int inputCount);

/// The archive's file name without its .tar, .tar.gz or .tgz suffix ("digits_float32").
QString modelStem(const QString &modelPath);

} // namespace TinyDeploy::Deploy
