#include "reportvalidation.h"
#include "historytr.h"
#include "reportsvg.h"

#include <QJsonArray>
#include <QStringList>

namespace TinyDeploy::History {

namespace {

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

QString num(const QJsonValue &value, int decimals = 4)
{
    if (!value.isDouble())
        return QStringLiteral("–");
    const double number = value.toDouble();
    if (number == double(qint64(number)))
        return QString::number(qint64(number));
    return QString::number(number, 'f', decimals);
}

QString percent(const QJsonValue &value)
{
    return value.isDouble()
               ? QString::number(value.toDouble() * 100.0, 'f', 2) + QStringLiteral(" %")
               : QStringLiteral("–");
}

QString cellText(const QJsonValue &value)
{
    return value.isString() ? value.toString() : num(value);
}

QString headRow(const QStringList &headings)
{
    QString html = QStringLiteral("<thead><tr>");
    for (const QString &heading : headings)
        html += QStringLiteral("<th scope=\"col\">") + esc(heading) + QStringLiteral("</th>");
    return html + QStringLiteral("</tr></thead>");
}

QString metricsTable(const QJsonArray &outputs)
{
    QString html = QStringLiteral("<table class=\"metrics\">")
                   + headRow({Tr::tr("Output"),
                              Tr::tr("Max abs error"),
                              Tr::tr("RMSE"),
                              Tr::tr("Cosine similarity")})
                   + QStringLiteral("<tbody>\n");
    for (const QJsonValue &value : outputs) {
        const QJsonObject o = value.toObject();
        html += QStringLiteral("<tr><td>") + esc(o.value(QStringLiteral("name")).toString())
                + QStringLiteral("</td><td>") + esc(num(o.value(QStringLiteral("max_abs_error"))))
                + QStringLiteral("</td><td>") + esc(num(o.value(QStringLiteral("rmse"))))
                + QStringLiteral("</td><td>") + esc(num(o.value(QStringLiteral("cosine"))))
                + QStringLiteral("</td></tr>\n");
    }
    return html + QStringLiteral("</tbody></table>\n");
}

QString confusionTable(const QJsonObject &classifier)
{
    const QJsonArray matrix = classifier.value(QStringLiteral("confusion")).toArray();
    if (matrix.isEmpty())
        return QString();
    const QJsonArray labels = classifier.value(QStringLiteral("labels")).toArray();
    const auto label = [&labels](qsizetype i) {
        return i < labels.size() ? cellText(labels.at(i)) : QString::number(i);
    };
    QString html = QStringLiteral("<h3>") + esc(Tr::tr("Confusion matrix"))
                   + QStringLiteral("</h3>\n<p class=\"note\">")
                   + esc(
                       Tr::tr("Rows: the expected class; columns: the class the device predicted."))
                   + QStringLiteral(
                       "</p>\n<table class=\"confusion\" id=\"confusion\"><thead><tr><th></th>");
    for (qsizetype column = 0; column < matrix.size(); ++column)
        html += QStringLiteral("<th scope=\"col\">") + esc(label(column)) + QStringLiteral("</th>");
    html += QStringLiteral("</tr></thead><tbody>\n");
    for (qsizetype r = 0; r < matrix.size(); ++r) {
        html += QStringLiteral("<tr><th scope=\"row\">") + esc(label(r)) + QStringLiteral("</th>");
        const QJsonArray cells = matrix.at(r).toArray();
        for (qsizetype c = 0; c < cells.size(); ++c) {
            html += (r == c ? QStringLiteral("<td class=\"diagonal\">") : QStringLiteral("<td>"))
                    + esc(num(cells.at(c))) + QStringLiteral("</td>");
        }
        html += QStringLiteral("</tr>\n");
    }
    return html + QStringLiteral("</tbody></table>\n");
}

QString worstTable(const QJsonArray &worst)
{
    if (worst.isEmpty())
        return QString();
    QString html = QStringLiteral("<h3>") + esc(Tr::tr("Worst samples"))
                   + QStringLiteral("</h3>\n<table class=\"worst\">")
                   + headRow({Tr::tr("Sample"),
                              Tr::tr("Index"),
                              Tr::tr("Max abs error"),
                              Tr::tr("Predicted"),
                              Tr::tr("Expected"),
                              Tr::tr("Label")})
                   + QStringLiteral("<tbody>\n");
    for (const QJsonValue &value : worst) {
        const QJsonObject w = value.toObject();
        html += QStringLiteral("<tr>");
        for (const char *key :
             {"sample", "index", "max_abs_error", "predicted", "expected", "label"})
            html += QStringLiteral("<td>") + esc(cellText(w.value(QLatin1String(key))))
                    + QStringLiteral("</td>");
        html += QStringLiteral("</tr>\n");
    }
    return html + QStringLiteral("</tbody></table>\n");
}

} // namespace

QString validationHtml(const QJsonObject &validation)
{
    QString body;
    if (validation.isEmpty()) {
        body = QStringLiteral("<p>") + esc(Tr::tr("This deployment has no validation results."))
               + QStringLiteral("</p>\n");
    } else {
        const QJsonObject classifier = validation.value(QStringLiteral("classifier")).toObject();
        body += QStringLiteral("<table class=\"kv\"><tbody>\n");
        const auto kv = [&body](const QString &heading, const QString &value, const QString &id) {
            body += QStringLiteral("<tr><th scope=\"row\">") + esc(heading)
                    + QStringLiteral("</th><td id=\"") + id + QStringLiteral("\">") + esc(value)
                    + QStringLiteral("</td></tr>\n");
        };
        kv(Tr::tr("Data set"),
           validation.value(QStringLiteral("dataset")).toString(),
           QStringLiteral("dataset"));
        kv(Tr::tr("Reference"),
           validation.value(QStringLiteral("reference")).toString(),
           QStringLiteral("reference"));
        kv(Tr::tr("Samples"),
           num(validation.value(QStringLiteral("completed"))) + QStringLiteral(" / ")
               + num(validation.value(QStringLiteral("samples")))
               + (validation.value(QStringLiteral("cancelled")).toBool()
                      ? QStringLiteral(" (") + Tr::tr("cancelled") + QStringLiteral(")")
                      : QString()),
           QStringLiteral("samples"));
        if (!classifier.isEmpty()) {
            kv(Tr::tr("Accuracy"),
               percent(classifier.value(QStringLiteral("accuracy"))),
               QStringLiteral("accuracy"));
            kv(Tr::tr("Top-1 agreement"),
               percent(classifier.value(QStringLiteral("top1_agreement"))),
               QStringLiteral("top1-agreement"));
            kv(Tr::tr("Top-%1 agreement").arg(classifier.value(QStringLiteral("k")).toInt()),
               percent(classifier.value(QStringLiteral("topk_agreement"))),
               QStringLiteral("topk-agreement"));
        }
        body += QStringLiteral("</tbody></table>\n");
        body += metricsTable(validation.value(QStringLiteral("outputs")).toArray());
        body += confusionTable(classifier);
        const QJsonObject latency = validation.value(QStringLiteral("latency_us")).toObject();
        if (!latency.isEmpty()) {
            QList<double> values;
            for (const char *key : {"min", "median", "p95", "max"})
                values << latency.value(QLatin1String(key)).toDouble();
            body += QStringLiteral("<h3>") + esc(Tr::tr("Latency over the data set"))
                    + QStringLiteral("</h3>\n");
            body += svgBarChart(Tr::tr("Latency (min, median, p95, max)"),
                                values,
                                {Tr::tr("min"), Tr::tr("median"), Tr::tr("p95"), Tr::tr("max")},
                                QStringLiteral("us"));
        }
        body += worstTable(validation.value(QStringLiteral("worst")).toArray());
    }
    return QStringLiteral("<section id=\"validation\"><h2>") + esc(Tr::tr("Validation"))
           + QStringLiteral("</h2>\n") + body + QStringLiteral("</section>\n");
}

} // namespace TinyDeploy::History
