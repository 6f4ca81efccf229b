#include "ui/CaseThreadRenderer.h"

#include "models/Case.h"
#include "models/CaseTypeMatrix.h"

#include <QApplication>
#include <QCoreApplication>
#include <QLocale>
#include <QPalette>

namespace CaseThreadRenderer {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("CaseThreadRenderer", text);
}

QString localTime(const Timestamp &t)
{
    return t.isValid() ? QLocale().toString(t.toDateTime().toLocalTime(), QLocale::ShortFormat)
                       : QString();
}

QString row(const QString &label, const QString &value)
{
    if (value.isEmpty())
        return {};
    return QStringLiteral("<tr><td style='padding-right:12px'><b>%1</b></td><td>%2</td></tr>")
        .arg(label.toHtmlEscaped(), value.toHtmlEscaped());
}

} // namespace

QString toHtml(const Case &c)
{
    const QPalette palette = QApplication::palette();
    const bool dark = palette.color(QPalette::Window).lightness() < 128;
    const QString ours = dark ? QStringLiteral("#1d3b5a") : QStringLiteral("#e3effb");
    const QString theirs = dark ? QStringLiteral("#3a3a3a") : QStringLiteral("#f1f1f1");
    const QString status = dark ? QStringLiteral("#555555") : QStringLiteral("#fff6d6");

    QString html;
    const CaseTypeMatrix &matrix = CaseTypeMatrix::builtIn();
    html += QStringLiteral("<h2>%1</h2>").arg(matrix.subjectLabel(c.subject).toHtmlEscaped());
    html += QStringLiteral("<table>");
    html += row(tr("Case"), c.id);
    html += row(tr("Type"), matrix.typeLabel(c.type));
    html += row(tr("Priority"), c.priority);
    html += row(tr("Status"), c.status);
    html += row(tr("Service"), c.serviceName.isEmpty() ? c.serviceId : c.serviceName);
    html += row(tr("Site"), c.siteName);
    html += row(tr("Reference"), c.customerReference);
    html += row(tr("Start of incident"), localTime(c.startOfIncident));
    html += row(tr("Created"), localTime(c.createdDate));
    html += row(tr("Last modified"), localTime(c.lastModifiedDate));
    html += QStringLiteral("</table><hr/>");

    for (const Communication &m : c.communications) {
        const bool isStatus = m.type == QLatin1String("StatusUpdate");
        const bool isOurs = !m.isFromProvider();
        const QString background = isStatus ? status : isOurs ? ours : theirs;
        const QString who = m.sentBy.isEmpty() ? (isOurs ? tr("Us") : tr("Provider")) : m.sentBy;
        html += QStringLiteral("<table width='100%' cellpadding='8' style='margin-%1:40px; "
                               "background-color:%2'><tr><td>"
                               "<small><b>%3</b> · %4</small><br/>%5</td></tr></table><br/>")
                    .arg(isOurs ? QStringLiteral("left") : QStringLiteral("right"), background,
                        who.toHtmlEscaped(), localTime(m.timestamp),
                        m.message.toHtmlEscaped().replace(u'\n', QStringLiteral("<br/>")));
    }
    return html;
}

} // namespace CaseThreadRenderer
