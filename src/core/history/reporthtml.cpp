#include "reporthtml.h"
#include "historytr.h"
#include "reportsvg.h"
#include "reportvalidation.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QStringList>

namespace TinyDeploy::History {

namespace {

// Built by concatenation, never by chained QString::arg(): a record's text holding "%1" must
// stay as it is.
QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

QString text(const QJsonValue &value)
{
    if (value.isString())
        return value.toString();
    if (value.isDouble()) {
        const double number = value.toDouble();
        return number == double(qint64(number)) ? QString::number(qint64(number))
                                                : QString::number(number, 'g', 6);
    }
    if (value.isBool())
        return value.toBool() ? QStringLiteral("yes") : QStringLiteral("no");
    if (value.isNull() || value.isUndefined())
        return QStringLiteral("–");
    return QString::fromUtf8(value.isArray()
                                 ? QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact)
                                 : QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
}

QString row(const QString &heading, const QString &escapedValue, const QString &id = {})
{
    const QString idAttribute = id.isEmpty() ? QString()
                                             : QString(QStringLiteral(" id=\"") + id + u'"');
    return QStringLiteral("<tr><th scope=\"row\">") + esc(heading) + QStringLiteral("</th><td")
           + idAttribute + QStringLiteral(">") + escapedValue + QStringLiteral("</td></tr>\n");
}

QString table(const QStringList &headings, const QList<QStringList> &rows, const QString &cls = {})
{
    QString html = QStringLiteral("<table")
                   + (cls.isEmpty() ? QString() : QString(QStringLiteral(" class=\"") + cls + u'"'))
                   + QStringLiteral("><thead><tr>");
    for (const QString &heading : headings)
        html += QStringLiteral("<th scope=\"col\">") + esc(heading) + QStringLiteral("</th>");
    html += QStringLiteral("</tr></thead><tbody>\n");
    for (const QStringList &cells : rows) {
        html += QStringLiteral("<tr>");
        for (const QString &cell : cells)
            html += QStringLiteral("<td>") + cell + QStringLiteral("</td>");
        html += QStringLiteral("</tr>\n");
    }
    return html + QStringLiteral("</tbody></table>\n");
}

QString keyValueTable(const QJsonObject &object)
{
    QString html = QStringLiteral("<table class=\"kv\"><tbody>\n");
    for (auto it = object.begin(); it != object.end(); ++it)
        html += row(it.key(), esc(text(it.value())));
    return html + QStringLiteral("</tbody></table>\n");
}

QString section(const QString &id, const QString &title, const QString &body)
{
    return QStringLiteral("<section id=\"") + id + QStringLiteral("\"><h2>") + esc(title)
           + QStringLiteral("</h2>\n") + body + QStringLiteral("</section>\n");
}

QString summarySection(const QJsonObject &report)
{
    const QJsonObject s = report.value(QStringLiteral("summary")).toObject();
    const QJsonObject firmware = report.value(QStringLiteral("firmware")).toObject();
    const QJsonObject error = s.value(QStringLiteral("error")).toObject();
    QString rows;
    rows += row(Tr::tr("Model"),
                esc(text(s.value(QStringLiteral("model")))),
                QStringLiteral("model"));
    rows += row(Tr::tr("Model file"), esc(text(s.value(QStringLiteral("model_path")))));
    rows += row(Tr::tr("Model SHA-256"), esc(text(s.value(QStringLiteral("model_sha256")))));
    rows += row(Tr::tr("Template"), esc(text(s.value(QStringLiteral("template")))));
    rows += row(Tr::tr("Board"),
                esc(text(s.value(QStringLiteral("board")))),
                QStringLiteral("board"));
    const QString serial = s.value(QStringLiteral("serial_number")).toString();
    rows += row(Tr::tr("Serial number"),
                esc(serial.isEmpty() ? Tr::tr("none (emulated board or not reported)") : serial),
                QStringLiteral("serial-number"));
    rows += row(Tr::tr("Serial port"), esc(text(s.value(QStringLiteral("serial_port")))));
    rows += row(Tr::tr("Date"),
                esc(text(s.value(QStringLiteral("created")))),
                QStringLiteral("date"));
    rows += row(Tr::tr("Result"),
                QStringLiteral("<span class=\"result ")
                    + esc(s.value(QStringLiteral("result")).toString()) + QStringLiteral("\">")
                    + esc(text(s.value(QStringLiteral("result_text")))) + QStringLiteral("</span>"),
                QStringLiteral("result"));
    if (!error.isEmpty()) {
        QString message = esc(error.value(QStringLiteral("message")).toString());
        if (error.contains(QStringLiteral("hint")))
            message += QStringLiteral("<br>") + esc(error.value(QStringLiteral("hint")).toString());
        rows += row(Tr::tr("Error"), message);
    }
    rows += row(Tr::tr("Protocol"),
                esc(text(s.value(QStringLiteral("run_protocol")))),
                QStringLiteral("protocol"));
    if (!firmware.isEmpty()) {
        QString size = esc(byteText(firmware.value(QStringLiteral("file_bytes")).toInteger()));
        if (firmware.contains(QStringLiteral("text_bytes"))) {
            size += esc(QStringLiteral(" (text %1, data %2, bss %3)")
                            .arg(firmware.value(QStringLiteral("text_bytes")).toInteger())
                            .arg(firmware.value(QStringLiteral("data_bytes")).toInteger())
                            .arg(firmware.value(QStringLiteral("bss_bytes")).toInteger()));
        }
        rows += row(Tr::tr("Firmware"), esc(text(firmware.value(QStringLiteral("path")))));
        rows += row(Tr::tr("Firmware size"), size, QStringLiteral("firmware-size"));
        rows += row(Tr::tr("Firmware SHA-256"),
                    esc(text(firmware.value(QStringLiteral("sha256")))),
                    QStringLiteral("firmware-sha256"));
    }
    rows += row(Tr::tr("Record"),
                esc(text(report.value(QStringLiteral("record"))
                             .toObject()
                             .value(QStringLiteral("folder")))));
    return section(QStringLiteral("summary"),
                   Tr::tr("Summary"),
                   QStringLiteral("<table class=\"kv\"><tbody>\n") + rows
                       + QStringLiteral("</tbody></table>\n"));
}

QString fitSection(const QJsonObject &report)
{
    const QJsonObject fit = report.value(QStringLiteral("fit_check")).toObject();
    if (fit.isEmpty())
        return section(QStringLiteral("fit"),
                       Tr::tr("Fit check"),
                       QStringLiteral("<p>") + esc(Tr::tr("The record has no fit check figures."))
                           + QStringLiteral("</p>"));
    QString body;
    for (const auto &[key, title] :
         {std::pair{"flash", Tr::tr("Flash")}, std::pair{"ram", Tr::tr("RAM")}}) {
        const QJsonObject memory = fit.value(QLatin1String(key)).toObject();
        body += svgFitBar(title,
                          memory.value(QStringLiteral("needed_bytes")).toInteger(),
                          memory.value(QStringLiteral("available_bytes")).toInteger());
    }
    body += QStringLiteral("<p class=\"note\">")
            + esc(Tr::tr("Estimated before the build from the model archive; it errs on the safe "
                         "side."))
            + QStringLiteral("</p>");
    return section(QStringLiteral("fit"), Tr::tr("Fit check"), body);
}

QString stepsSection(const QJsonObject &report)
{
    QList<QStringList> rows;
    for (const QJsonValue &value : report.value(QStringLiteral("steps")).toArray()) {
        const QJsonObject step = value.toObject();
        const QJsonObject error = step.value(QStringLiteral("error")).toObject();
        rows.append(
            {esc(text(step.value(QStringLiteral("step")))),
             esc(text(step.value(QStringLiteral("status")))),
             esc(text(step.value(QStringLiteral("attempts")))),
             esc(text(step.value(QStringLiteral("started")))),
             step.contains(QStringLiteral("wall_ms")) ? esc(
                 QString::number(step.value(QStringLiteral("wall_ms")).toDouble() / 1000.0, 'f', 2))
                                                      : QStringLiteral("–"),
             esc(error.value(QStringLiteral("message")).toString())});
    }
    return section(QStringLiteral("steps"),
                   Tr::tr("Steps and timings"),
                   table({Tr::tr("Step"),
                          Tr::tr("Status"),
                          Tr::tr("Attempts"),
                          Tr::tr("Started"),
                          Tr::tr("Time (s)"),
                          Tr::tr("Error")},
                         rows));
}

QString outputsSection(const QJsonObject &report)
{
    const QJsonObject results = report.value(QStringLiteral("results")).toObject();
    const QJsonArray shown = results.value(QStringLiteral("shown")).toArray();
    if (shown.isEmpty())
        return section(QStringLiteral("outputs"),
                       Tr::tr("Outputs"),
                       QStringLiteral("<p>") + esc(Tr::tr("No results were recorded."))
                           + QStringLiteral("</p>"));
    QList<QStringList> rows;
    QList<double> medians;
    QStringList labels;
    for (const QJsonValue &value : shown) {
        const QJsonObject result = value.toObject();
        QStringList outputs;
        for (const QJsonValue &output : result.value(QStringLiteral("outputs")).toArray()) {
            const QJsonObject o = output.toObject();
            QStringList values;
            for (const QJsonValue &v : o.value(QStringLiteral("values")).toArray())
                values << text(v);
            outputs << esc(o.value(QStringLiteral("name")).toString() + QStringLiteral(" (")
                           + o.value(QStringLiteral("dtype")).toString() + QStringLiteral("): ")
                           + values.join(QStringLiteral(", "))
                           + (o.value(QStringLiteral("truncated")).toBool() ? QStringLiteral(", …")
                                                                            : QString()));
        }
        rows.append({esc(text(result.value(QStringLiteral("input")))),
                     esc(text(result.value(QStringLiteral("predicted")))),
                     esc(text(result.value(QStringLiteral("agrees")))),
                     esc(text(result.value(QStringLiteral("latency_median_us")))),
                     outputs.join(QStringLiteral("<br>"))});
        medians << result.value(QStringLiteral("latency_median_us")).toDouble();
        labels << result.value(QStringLiteral("input")).toString();
    }
    QString body;
    const qint64 total = results.value(QStringLiteral("total")).toInteger();
    if (total > shown.size()) {
        body += QStringLiteral("<p class=\"note\">")
                + esc(Tr::tr("The latest %1 of %2 results.").arg(shown.size()).arg(total))
                + QStringLiteral("</p>");
    }
    body += table({Tr::tr("Input"),
                   Tr::tr("Predicted"),
                   Tr::tr("Agrees"),
                   Tr::tr("Median latency (us)"),
                   Tr::tr("Outputs")},
                  rows,
                  QStringLiteral("outputs"));
    body += QStringLiteral("<h3>") + esc(Tr::tr("Latency per input")) + QStringLiteral("</h3>\n");
    body += svgBarChart(Tr::tr("Median latency per input"), medians, labels, QStringLiteral("us"));
    return section(QStringLiteral("outputs"), Tr::tr("Outputs"), body);
}

} // namespace

QString reportHtml(const QJsonObject &report)
{
    const QJsonObject summary = report.value(QStringLiteral("summary")).toObject();
    const QString title = Tr::tr("Deployment report") + QStringLiteral(": ")
                          + summary.value(QStringLiteral("model")).toString()
                          + QStringLiteral(" on ")
                          + summary.value(QStringLiteral("board")).toString();
    QString html;
    html += QStringLiteral(
                "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
                "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                "<meta name=\"generator\" content=\"")
            + esc(report.value(QStringLiteral("generator")).toString())
            + QStringLiteral("\">\n<title>") + esc(title)
            + QStringLiteral(
                "</title>\n<style>\n"
                "body{font-family:system-ui,sans-serif;margin:2em auto;max-width:60em;padding:0 "
                "1em;color:#222}\n"
                "h1{font-size:1.5em}h2{border-bottom:1px solid #ccc;margin-top:2em}\n"
                "table{border-collapse:collapse;margin:0.5em 0}th,td{border:1px solid "
                "#ccc;padding:0.2em 0.5em;text-align:left;vertical-align:top}\n"
                "table.kv th{background:#f4f4f4;width:14em}td{overflow-wrap:anywhere}\n"
                ".result.finished{color:#2e7d32}.result.failed,.result.interrupted{color:#c62828}."
                "result.cancelled{color:#ef6c00}\n"
                "pre{background:#f8f8f8;padding:0.5em;overflow:auto;max-height:40em;white-space:"
                "pre-wrap}\n"
                ".note{color:#555;font-size:0.9em}.fit div{margin-top:0.5em}\n"
                "table.confusion td{text-align:right}table.confusion "
                "td.diagonal{background:#dcedc8}\n"
                "@media print{details{display:block}pre{max-height:none}}\n"
                "</style>\n</head>\n<body>\n<h1>")
            + esc(title) + QStringLiteral("</h1>\n<p class=\"note\">")
            + esc(Tr::tr("Generated by %1 on %2.")
                      .arg(report.value(QStringLiteral("generator")).toString(),
                           report.value(QStringLiteral("generated")).toString()))
            + QStringLiteral("</p>\n");
    html += summarySection(report);
    html += fitSection(report);
    html += section(QStringLiteral("options"),
                    Tr::tr("Options"),
                    keyValueTable(report.value(QStringLiteral("options")).toObject()));
    html += section(QStringLiteral("tools"),
                    Tr::tr("Tool versions"),
                    keyValueTable(report.value(QStringLiteral("tools")).toObject()));
    html += stepsSection(report);
    html += outputsSection(report);
    html += validationHtml(report.value(QStringLiteral("validation")).toObject());
    QString logs;
    for (const QJsonValue &value : report.value(QStringLiteral("logs")).toArray()) {
        const QJsonObject log = value.toObject();
        logs += QStringLiteral("<details><summary>")
                + esc(log.value(QStringLiteral("file")).toString()) + QStringLiteral(" (")
                + esc(byteText(log.value(QStringLiteral("bytes")).toInteger()))
                + (log.value(QStringLiteral("truncated")).toBool()
                       ? QStringLiteral(", ") + esc(Tr::tr("the end only"))
                       : QString())
                + QStringLiteral(")</summary>\n<pre>")
                + esc(log.value(QStringLiteral("text")).toString())
                + QStringLiteral("</pre></details>\n");
    }
    html += section(QStringLiteral("logs"),
                    Tr::tr("Logs"),
                    logs.isEmpty() ? QStringLiteral("<p>") + esc(Tr::tr("No logs were recorded."))
                                         + QStringLiteral("</p>")
                                   : logs);
    html += QStringLiteral("</body>\n</html>\n");
    return html;
}

} // namespace TinyDeploy::History
