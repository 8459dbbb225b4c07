#include "validationmetrics.h"

#include <QJsonValue>

#include <algorithm>
#include <cmath>

namespace TinyDeploy::Validate {

namespace {

QJsonValue optionalValue(const std::optional<qint64> &value)
{
    return value ? QJsonValue(*value) : QJsonValue();
}

QJsonValue optionalValue(const std::optional<double> &value)
{
    // JSON has no NaN: a NaN compared (a broken output) is shown as null.
    return value && std::isfinite(*value) ? QJsonValue(*value) : QJsonValue();
}

} // namespace

QString referenceName(Reference reference)
{
    switch (reference) {
    case Reference::Expected:
        return QStringLiteral("expected");
    case Reference::Labels:
        return QStringLiteral("labels");
    case Reference::Host:
        return QStringLiteral("host");
    }
    return {};
}

std::optional<Reference> referenceFromName(const QString &name)
{
    for (const Reference reference : {Reference::Expected, Reference::Labels, Reference::Host}) {
        if (referenceName(reference) == name)
            return reference;
    }
    return std::nullopt;
}

std::optional<double> SampleOutcome::maxAbsError() const
{
    if (outputs.isEmpty())
        return std::nullopt;
    double worst = 0;
    for (const OutputError &output : outputs) {
        if (std::isnan(output.maxAbsError))
            return output.maxAbsError;
        worst = std::max(worst, output.maxAbsError);
    }
    return worst;
}

bool SampleOutcome::disagrees() const
{
    if (predicted && expected && *predicted != *expected)
        return true;
    return std::any_of(outputs.cbegin(), outputs.cend(), [](const OutputError &output) {
        return !output.agrees;
    });
}

bool SampleOutcome::wrong() const
{
    return predicted && label && *predicted != *label;
}

QJsonObject SampleOutcome::toJson() const
{
    QJsonObject object{{QStringLiteral("sample"), name},
                       {QStringLiteral("index"), qint64(index)},
                       {QStringLiteral("source"), source},
                       {QStringLiteral("max_abs_error"), optionalValue(maxAbsError())},
                       {QStringLiteral("predicted"), optionalValue(predicted)},
                       {QStringLiteral("expected"), optionalValue(expected)},
                       {QStringLiteral("label"), optionalValue(label)},
                       {QStringLiteral("agrees"), !disagrees()},
                       {QStringLiteral("latency_us"), latencyUs}};
    QJsonArray top;
    for (const qint64 index : topK)
        top.append(index);
    object.insert(QStringLiteral("top_k"), top);
    QJsonArray errors;
    for (const OutputError &output : outputs) {
        errors.append(
            QJsonObject{{QStringLiteral("name"), output.name},
                        {QStringLiteral("max_abs_error"),
                         optionalValue(std::optional(output.maxAbsError))},
                        {QStringLiteral("rmse"), optionalValue(std::optional(output.rmse))},
                        {QStringLiteral("cosine"), optionalValue(std::optional(output.cosine))},
                        {QStringLiteral("agrees"), output.agrees}});
    }
    object.insert(QStringLiteral("outputs"), errors);
    return object;
}

void ValidationMetrics::setClasses(qsizetype classCount, const QStringList &classNames)
{
    m_classCount = classCount;
    m_classNames = classNames;
    m_confusion.clear();
    if (classCount > 1)
        m_confusion = QList<QList<qint64>>(classCount, QList<qint64>(classCount, 0));
}

QStringList ValidationMetrics::classLabels() const
{
    if (m_classNames.size() == m_classCount)
        return m_classNames;
    QStringList labels;
    for (qsizetype i = 0; i < m_classCount; ++i)
        labels.append(QString::number(i));
    return labels;
}

void ValidationMetrics::add(const SampleOutcome &outcome)
{
    ++m_count;
    m_latencies.insert(std::lower_bound(m_latencies.begin(), m_latencies.end(), outcome.latencyUs),
                       outcome.latencyUs);
    for (qsizetype i = 0; i < outcome.outputs.size(); ++i) {
        const OutputError &error = outcome.outputs.at(i);
        if (m_outputs.size() <= i)
            m_outputs.append(OutputSum{error.name});
        OutputSum &sum = m_outputs[i];
        // NaN wins: a broken output is not hidden by the good ones.
        if (std::isnan(error.maxAbsError))
            sum.maxAbs = error.maxAbsError;
        else if (!std::isnan(sum.maxAbs))
            sum.maxAbs = std::max(sum.maxAbs, error.maxAbsError);
        sum.squares += error.rmse * error.rmse * double(error.count);
        sum.values += error.count;
        sum.cosines += error.cosine;
        sum.samples += 1;
    }
    if (outcome.disagrees())
        ++m_disagreements;
    if (!isClassifier() || !outcome.predicted)
        return;
    if (outcome.expected) {
        ++m_compared;
        if (*outcome.predicted == *outcome.expected)
            ++m_top1;
        if (outcome.topK.contains(*outcome.expected))
            ++m_topK;
    }
    if (outcome.label) {
        ++m_labelled;
        if (*outcome.predicted == *outcome.label)
            ++m_right;
        if (*outcome.label >= 0 && *outcome.label < m_classCount && *outcome.predicted >= 0
            && *outcome.predicted < m_classCount)
            ++m_confusion[*outcome.label][*outcome.predicted];
    }
}

QList<ValidationMetrics::OutputFigures> ValidationMetrics::outputs() const
{
    QList<OutputFigures> figures;
    for (const OutputSum &sum : m_outputs) {
        figures.append({sum.name,
                        sum.maxAbs,
                        sum.values > 0 ? std::sqrt(sum.squares / double(sum.values)) : 0.0,
                        sum.samples > 0 ? sum.cosines / double(sum.samples) : 1.0});
    }
    return figures;
}

std::optional<double> ValidationMetrics::top1Agreement() const
{
    return m_compared > 0 ? std::optional(double(m_top1) / double(m_compared)) : std::nullopt;
}

std::optional<double> ValidationMetrics::topKAgreement() const
{
    return m_compared > 0 ? std::optional(double(m_topK) / double(m_compared)) : std::nullopt;
}

std::optional<double> ValidationMetrics::accuracy() const
{
    return m_labelled > 0 ? std::optional(double(m_right) / double(m_labelled)) : std::nullopt;
}

double ValidationMetrics::median(const QList<double> &sorted)
{
    if (sorted.isEmpty())
        return 0;
    const qsizetype middle = sorted.size() / 2;
    return sorted.size() % 2 ? sorted.at(middle) : (sorted.at(middle - 1) + sorted.at(middle)) / 2;
}

double ValidationMetrics::percentile(const QList<double> &sorted, double p)
{
    if (sorted.isEmpty())
        return 0;
    const auto rank = qsizetype(std::ceil(p / 100.0 * double(sorted.size())));
    return sorted.at(std::clamp<qsizetype>(rank - 1, 0, sorted.size() - 1));
}

ValidationMetrics::LatencyFigures ValidationMetrics::latency() const
{
    if (m_latencies.isEmpty())
        return {};
    return {m_latencies.first(),
            median(m_latencies),
            percentile(m_latencies, 95),
            m_latencies.last()};
}

QJsonObject ValidationMetrics::figuresJson() const
{
    QJsonObject root;
    QJsonArray outputs;
    for (const OutputFigures &output : this->outputs()) {
        outputs.append(
            QJsonObject{{QStringLiteral("name"), output.name},
                        {QStringLiteral("max_abs_error"),
                         optionalValue(std::optional(output.maxAbsError))},
                        {QStringLiteral("rmse"), optionalValue(std::optional(output.rmse))},
                        {QStringLiteral("cosine"), optionalValue(std::optional(output.cosine))}});
    }
    root.insert(QStringLiteral("outputs"), outputs);
    if (isClassifier()) {
        QJsonArray labels;
        for (const QString &label : classLabels())
            labels.append(label);
        QJsonArray confusion;
        if (m_labelled > 0) {
            for (const QList<qint64> &row : m_confusion) {
                QJsonArray cells;
                for (const qint64 cell : row)
                    cells.append(cell);
                confusion.append(cells);
            }
        }
        root.insert(QStringLiteral("classifier"),
                    QJsonObject{{QStringLiteral("top1_agreement"), optionalValue(top1Agreement())},
                                {QStringLiteral("topk_agreement"), optionalValue(topKAgreement())},
                                {QStringLiteral("k"), m_k},
                                {QStringLiteral("accuracy"), optionalValue(accuracy())},
                                {QStringLiteral("labels"), labels},
                                {QStringLiteral("confusion"), confusion}});
    } else {
        root.insert(QStringLiteral("classifier"), QJsonValue());
    }
    const LatencyFigures figures = latency();
    root.insert(QStringLiteral("latency_us"),
                QJsonObject{{QStringLiteral("min"), figures.min},
                            {QStringLiteral("median"), figures.median},
                            {QStringLiteral("p95"), figures.p95},
                            {QStringLiteral("max"), figures.max}});
    return root;
}

QList<SampleOutcome> worstFirst(QList<SampleOutcome> outcomes, qsizetype count)
{
    const auto key = [](const SampleOutcome &outcome) {
        const std::optional<double> error = outcome.maxAbsError();
        const double size = !error ? -1.0 : std::isnan(*error) ? INFINITY : *error;
        return std::tuple(!outcome.disagrees(), -size, !outcome.wrong(), outcome.index);
    };
    std::stable_sort(outcomes.begin(), outcomes.end(), [&key](const auto &a, const auto &b) {
        return key(a) < key(b);
    });
    if (count >= 0 && outcomes.size() > count)
        outcomes.resize(count);
    return outcomes;
}

} // namespace TinyDeploy::Validate
