#include "ui/CaseThreadRenderer.h"

#include "models/Case.h"
#include "models/CaseLabels.h"
#include "models/CaseTypeMatrix.h"
#include "models/CommunicationThreadModel.h"

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

QString row(const QString &label, const QString &value)
{
    if (value.isEmpty())
        return {};
    return QStringLiteral("<tr><td style='padding-right:12px'><b>%1</b></td><td>%2</td></tr>")
        .arg(label.toHtmlEscaped(), value.toHtmlEscaped());
}

} // namespace

QString toHtml(const CaseHeader &c, const CommunicationThreadModel &thread)
{
    const QPalette palette = QApplication::palette();
    const bool dark = palette.color(QPalette::Base).lightness() < 128;
    const QString ours = dark ? QStringLiteral("#1d3b5a") : QStringLiteral("#e3effb");
    const QString theirs = dark ? QStringLiteral("#3a3a3a") : QStringLiteral("#f1f1f1");
    const QString status = dark ? QStringLiteral("#4a4330") : QStringLiteral("#fff6d6");
    const QString accent = palette.color(QPalette::Highlight).name();

    const CaseTypeMatrix &matrix = CaseTypeMatrix::builtIn();
    QString html;
    html += QStringLiteral("<h2>%1</h2>").arg(matrix.subjectLabel(c.subject).toHtmlEscaped());
    html += QStringLiteral("<table>");
    html += row(tr("Case"), c.id);
    html += row(tr("Type"), matrix.typeLabel(c.type));
    html += row(tr("Priority"), c.priority);
    html += row(tr("Status"), CaseLabels::status(c.status));
    html += row(tr("Service"), c.serviceName.isEmpty() ? c.serviceId : c.serviceName);
    html += row(tr("Site"), c.siteName);
    html += row(tr("Reference"), c.customerReference);
    html += row(tr("Origin"), CaseLabels::origin(c.origin));
    html += row(tr("Start of incident"), CaseLabels::localDateTime(c.startOfIncident));
    html += row(tr("End of incident"), CaseLabels::localDateTime(c.endOfIncident));
    html += row(tr("Created"), CaseLabels::localDateTime(c.createdDate));
    html += row(tr("Last modified"), CaseLabels::localDateTime(c.lastModifiedDate));
    html += QStringLiteral("</table><hr/>");

    for (int i = 0; i < thread.rowCount(); ++i) {
        const Communication &m = *thread.at(i);
        const bool isNew = thread.index(i).data(CommunicationThreadModel::IsNewRole).toBool();
        const bool isStatus = m.type == QLatin1String("StatusUpdate");
        const bool isOurs = !m.isFromProvider();
        const QString background = isStatus ? status : isOurs ? ours : theirs;
        const QString who = m.sentBy.isEmpty() ? (isOurs ? tr("Us") : tr("Provider")) : m.sentBy;
        const QString badge = isNew
            ? QStringLiteral(" <span style='color:%1'><b>%2</b></span>").arg(accent, tr("New"))
            : QString();
        html += QStringLiteral("<table width='100%' cellpadding='8' style='margin-%1:40px; "
                               "background-color:%2'><tr><td>"
                               "<small><b>%3</b> · %4%5</small><br/>%6</td></tr></table><br/>")
                    .arg(isOurs ? QStringLiteral("left") : QStringLiteral("right"), background,
                        who.toHtmlEscaped(), CaseLabels::localDateTime(m.timestamp), badge,
                        m.message.toHtmlEscaped().replace(u'\n', QStringLiteral("<br/>")));
    }
    return html;
}

} // namespace CaseThreadRenderer
