#include "reportsvg.h"

#include <QStringList>

#include <algorithm>

namespace TinyDeploy::History {

namespace {

QString number(double value)
{
    return QString::number(value, 'f', 1);
}

QString escaped(const QString &text)
{
    return text.toHtmlEscaped();
}

} // namespace

QString byteText(qint64 bytes)
{
    if (bytes >= 1024 * 1024)
        return QStringLiteral("%1 MiB").arg(double(bytes) / (1024.0 * 1024.0), 0, 'f', 1);
    if (bytes >= 1024)
        return QStringLiteral("%1 KiB").arg(double(bytes) / 1024.0, 0, 'f', 1);
    return QStringLiteral("%1 bytes").arg(bytes);
}

QString svgBarChart(const QString &title,
                    const QList<double> &values,
                    const QStringList &labels,
                    const QString &unit)
{
    if (values.isEmpty())
        return QString();
    constexpr double width = 640;
    constexpr double height = 220;
    constexpr double left = 60;
    constexpr double bottom = 30;
    constexpr double top = 24;
    const double maximum = std::max(*std::max_element(values.cbegin(), values.cend()), 1e-9);
    const double plotWidth = width - left - 10;
    const double plotHeight = height - top - bottom;
    const double slot = plotWidth / double(values.size());
    const double barWidth = std::max(1.0, slot * 0.8);
    QStringList parts;
    parts << QStringLiteral("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" "
                            "width=\"%1\" height=\"%2\" viewBox=\"0 0 %1 %2\" role=\"img\" "
                            "aria-label=\"%3\">")
                 .arg(width)
                 .arg(height)
                 .arg(escaped(title));
    parts << QStringLiteral("<title>%1</title>").arg(escaped(title));
    parts << QStringLiteral("<line x1=\"%1\" y1=\"%2\" x2=\"%1\" y2=\"%3\" stroke=\"#555\"/>")
                 .arg(left)
                 .arg(top)
                 .arg(top + plotHeight);
    parts << QStringLiteral("<line x1=\"%1\" y1=\"%2\" x2=\"%3\" y2=\"%2\" stroke=\"#555\"/>")
                 .arg(left)
                 .arg(top + plotHeight)
                 .arg(width - 10);
    parts << QStringLiteral("<text x=\"%1\" y=\"%2\" font-size=\"11\" text-anchor=\"end\">%3 "
                            "%4</text>")
                 .arg(left - 4)
                 .arg(top + 4)
                 .arg(number(maximum), escaped(unit));
    parts << QStringLiteral("<text x=\"%1\" y=\"%2\" font-size=\"11\" text-anchor=\"end\">0</text>")
                 .arg(left - 4)
                 .arg(top + plotHeight);
    const bool labelled = values.size() <= 24;
    for (qsizetype i = 0; i < values.size(); ++i) {
        const double h = plotHeight * std::max(0.0, values.at(i)) / maximum;
        const double x = left + slot * double(i) + (slot - barWidth) / 2.0;
        const QString label = i < labels.size() ? labels.at(i) : QString::number(i + 1);
        parts << QStringLiteral("<rect x=\"%1\" y=\"%2\" width=\"%3\" height=\"%4\" "
                                "fill=\"#3a7bd5\"><title>%5: %6 %7</title></rect>")
                     .arg(number(x), number(top + plotHeight - h), number(barWidth), number(h))
                     .arg(escaped(label), number(values.at(i)), escaped(unit));
        if (labelled) {
            parts << QStringLiteral("<text x=\"%1\" y=\"%2\" font-size=\"10\" "
                                    "text-anchor=\"middle\">%3</text>")
                         .arg(number(x + barWidth / 2.0), number(top + plotHeight + 14))
                         .arg(escaped(label.left(10)));
        }
    }
    parts << QStringLiteral("</svg>");
    return parts.join(QLatin1Char('\n'));
}

QString svgFitBar(const QString &title, qint64 used, qint64 available)
{
    constexpr double width = 400;
    constexpr double height = 18;
    const bool known = available > 0;
    const double share = known ? std::min(1.0, double(used) / double(available)) : 0.0;
    const bool overflows = known && used > available;
    const QString text = known ? QStringLiteral("%1: %2 of %3 (%4 %)")
                                     .arg(title, byteText(used), byteText(available))
                                     .arg(100.0 * double(used) / double(available), 0, 'f', 0)
                               : QStringLiteral("%1: %2 (the board does not declare its size)")
                                     .arg(title, byteText(used));
    return QStringLiteral("<div class=\"fit\"><div>%1</div><svg xmlns=\"http://www.w3.org/2000/"
                          "svg\" width=\"%2\" height=\"%3\" role=\"img\" aria-label=\"%1\">"
                          "<rect width=\"%2\" height=\"%3\" fill=\"#e4e4e4\"/>"
                          "<rect width=\"%4\" height=\"%3\" fill=\"%5\"/></svg></div>")
        .arg(escaped(text))
        .arg(width)
        .arg(height)
        .arg(number(width * share),
             overflows ? QStringLiteral("#c62828") : QStringLiteral("#2e7d32"));
}

} // namespace TinyDeploy::History
