#pragma once

#include <tensor/metrics.h>

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace TinyDeploy::Validate {

/// What the reference of a validation is: the data set's expected outputs, its labels only,
/// or the same inputs on the host template (differential validation).
enum class Reference { Expected, Labels, Host };
/// "expected", "labels", "host".
QString referenceName(Reference reference);
std::optional<Reference> referenceFromName(const QString &name);

/// How one output of one sample compares with the reference.
struct OutputError
{
    QString name;
    qint64 count = 0; ///< Values compared.
    double maxAbsError = 0;
    double rmse = 0;
    double cosine = 1;
    bool agrees = true; ///< Within the tolerance (floats) or equal (integers).
};

/// The outcome of one sample: what the board gave against the reference and the label.
struct SampleOutcome
{
    qsizetype index = 0; ///< Position in the data set.
    QString name;
    QString source;
    QList<OutputError> outputs; ///< Empty when the reference has no outputs (labels only).
    QList<qint64> topK;         ///< The board's top-k classes, best first (classifiers).
    std::optional<qint64> predicted;
    std::optional<qint64> expected; ///< The reference's class (its top-1).
    std::optional<qint64> label;
    double latencyUs = 0;

    /// The largest error over the outputs, or nullopt without reference outputs.
    std::optional<double> maxAbsError() const;
    /// The board departs from the reference: another class, or an output out of tolerance.
    bool disagrees() const;
    /// The predicted class is not the label (false when either is unknown).
    bool wrong() const;
    /// One line of validation_samples.jsonl.
    QJsonObject toJson() const;
};

/// @brief The figures of a validation, added up one sample at a time: per output the max
/// absolute error, the RMSE over all values and the mean cosine similarity; for classifiers
/// top-1 and top-k agreement with the reference, accuracy against labels and the confusion
/// matrix (rows: label, columns: predicted); the latency min, median, p95 and max over the
/// samples; the worst samples.
class ValidationMetrics final
{
public:
    /// @p classCount > 1 for a classifier; @p classNames used when they name every class.
    void setClasses(qsizetype classCount, const QStringList &classNames);
    void setTopK(int k) { m_k = k; }
    void add(const SampleOutcome &outcome);

    qsizetype count() const { return m_count; }
    bool isClassifier() const { return m_classCount > 1; }
    QStringList classLabels() const;

    struct OutputFigures
    {
        QString name;
        double maxAbsError = 0;
        double rmse = 0;
        double cosine = 1;
    };
    QList<OutputFigures> outputs() const;
    /// Fractions 0..1; nullopt when nothing was compared.
    std::optional<double> top1Agreement() const;
    std::optional<double> topKAgreement() const;
    std::optional<double> accuracy() const;
    const QList<QList<qint64>> &confusion() const { return m_confusion; }
    /// Samples whose output departs from the reference.
    qsizetype disagreements() const { return m_disagreements; }

    struct LatencyFigures
    {
        double min = 0;
        double median = 0;
        double p95 = 0;
        double max = 0;
    };
    LatencyFigures latency() const;
    const QList<double> &latencies() const { return m_latencies; }

    /// validation.json's "outputs", "classifier" (null unless a classifier), "latency_us".
    QJsonObject figuresJson() const;

    /// The median (mean of the two middle values) and the nearest-rank percentile @p p (0..100)
    /// of @p sorted values (ascending); 0 when empty.
    static double median(const QList<double> &sorted);
    static double percentile(const QList<double> &sorted, double p);

private:
    struct OutputSum
    {
        QString name;
        double maxAbs = 0;
        double squares = 0;
        qint64 values = 0;
        double cosines = 0;
        qint64 samples = 0;
    };
    QList<OutputSum> m_outputs;
    qsizetype m_classCount = 0;
    QStringList m_classNames;
    int m_k = 3;
    qsizetype m_count = 0;
    qsizetype m_compared = 0;
    qsizetype m_top1 = 0;
    qsizetype m_topK = 0;
    qsizetype m_labelled = 0;
    qsizetype m_right = 0;
    qsizetype m_disagreements = 0;
    QList<QList<qint64>> m_confusion;
    QList<double> m_latencies;
};

/// The @p count worst of @p outcomes: those that depart from the reference first, then by
/// the largest error, then wrong against the label, then by position.
QList<SampleOutcome> worstFirst(QList<SampleOutcome> outcomes, qsizetype count = -1);

} // namespace TinyDeploy::Validate
