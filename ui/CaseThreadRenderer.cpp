#include "ui/CaseThreadRenderer.h"

#include "models/Case.h"
#include "models/CaseLabels.h"
#include "models/CaseTypeMatrix.h"
#include "models/CommunicationThreadModel.h"
#include "models/UntrustedText.h"
#include "session/OutboxStates.h"
#include "ui/Theme.h"

#include <QApplication>
#include <QCoreApplication>
#include <QLocale>
#include <QPalette>

#include <algorithm>

namespace CaseThreadRenderer {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("CaseThreadRenderer", text);
}

// Server text for the thread's HTML: escaped, and a directional island of its own, so that a
// bidi override in it cannot reorder anything after it (UntrustedText::isolated).
QString serverHtml(const QString &text)
{
    return UntrustedText::isolated(text).toHtmlEscaped();
}

QString multiLineHtml(const QString &text)
{
    return serverHtml(text).replace(u'\n', QStringLiteral("<br/>"));
}

// A visible note under a text that carries bidi controls: what is shown may not be the order
// in which it was written (a file name "report\u202Efdp.exe" shown as "reportexe.pdf").
QString directionNote(const QString &text, const QString &warning)
{
    const QStringList controls = UntrustedText::directionControls(text);
    if (controls.isEmpty())
        return {};
    return QStringLiteral("<br/><small style='color:%1'>%2</small>")
        .arg(warning,
            tr("⚠ Contains characters that change the direction of the text (%1): it may not "
               "read in the order it was written.")
                .arg(controls.join(QStringLiteral(", ")))
                .toHtmlEscaped());
}

// A header row; a value with bidi controls (a spoofed reference, a site name) says so too.
QString row(const QString &label, const QString &value, const QString &warning)
{
    if (value.isEmpty())
        return {};
    return QStringLiteral("<tr><td style='padding-right:12px'><b>%1</b></td><td>%2%3</td></tr>")
        .arg(label.toHtmlEscaped(), serverHtml(value), directionNote(value, warning));
}

} // namespace

QUrl actionUrl(Action action, const QString &key)
{
    QUrl url;
    url.setScheme(QStringLiteral("caseconsole"));
    url.setPath(
        (action == Action::Retry ? QStringLiteral("retry/") : QStringLiteral("discard/")) + key);
    return url;
}

QUrl toggleUrl(int row)
{
    QUrl url;
    url.setScheme(QStringLiteral("caseconsole"));
    url.setPath(QStringLiteral("toggle/%1").arg(row));
    return url;
}

int parseToggleUrl(const QUrl &url)
{
    const QString prefix = QStringLiteral("toggle/");
    if (url.scheme() != QLatin1String("caseconsole") || !url.path().startsWith(prefix))
        return -1;
    bool ok = false;
    const int row = url.path().mid(prefix.size()).toInt(&ok);
    return ok && row >= 0 ? row : -1;
}

bool ThreadOptions::isCollapsed(const Communication &m, bool isStatusUpdate) const
{
    return isStatusUpdate && collapseStatusUpdates != toggled.contains(m.identityKey());
}

bool parseActionUrl(const QUrl &url, Action *action, QString *key)
{
    if (url.scheme() != QLatin1String("caseconsole"))
        return false;
    const QString path = url.path();
    const qsizetype slash = path.indexOf(u'/');
    if (slash <= 0 || slash + 1 >= path.size())
        return false;
    const QStringView verb = QStringView(path).left(slash);
    if (verb == QLatin1String("retry"))
        *action = Action::Retry;
    else if (verb == QLatin1String("discard"))
        *action = Action::Discard;
    else
        return false;
    *key = path.mid(slash + 1);
    return true;
}

namespace {

QString pendingItemHtml(const OutboxItem &item, const QString &background, const QString &warning,
    const QString &muted, bool caseClosed)
{
    const bool failed = item.state == OutboxItem::State::Failed;
    const bool final = OutboxStates::cannotSucceed(item, caseClosed);
    QString links;
    for (Action action : pendingActions(item, caseClosed)) {
        links += QStringLiteral(" · <a href='%1'>%2</a>")
                     .arg(actionUrl(action, item.key).toString(),
                         action == Action::Retry ? tr("Send again") : tr("Back to the draft"));
    }
    const QString stateText
        = final ? OutboxStates::cannotSucceedText(item) : OutboxStates::threadText(item);
    const QString state = QStringLiteral("<span style='color:%1'>%2</span>")
                              .arg(failed ? warning : muted, stateText.toHtmlEscaped());
    const QString text = item.kind == OutboxItem::Kind::ReplyToCase
        ? item.payload.value(QLatin1String("message")).toString()
        : tr("Your reference: %1")
              .arg(item.payload.value(QLatin1String("customerReference")).toString());
    return QStringLiteral("<table width='100%' cellpadding='8' style='margin-left:40px; "
                          "background-color:%1; border: 1px dashed gray'><tr><td>"
                          "<small><b>%2</b> · %3%4</small><br/>%5</td></tr></table><br/>")
        .arg(background, final ? tr("You (not sent)") : tr("You (not yet confirmed)"), state, links,
            multiLineHtml(text));
}

} // namespace

namespace {

struct Colors
{
    QString ours, theirs, status, accent, warning, muted;
};

// From the application's palette (Theme): message backgrounds a shade off its base, and the
// "New" badge, warnings and states in colours that read on each of them.
Colors colors()
{
    const QPalette palette = QApplication::palette();
    const bool dark = palette.color(QPalette::Base).lightness() < 128;
    const QColor ours = dark ? QColor(0x1d, 0x3b, 0x5a) : QColor(0xe3, 0xef, 0xfb);
    const QColor theirs = dark ? QColor(0x3a, 0x3a, 0x3a) : QColor(0xf1, 0xf1, 0xf1);
    const QColor status = dark ? QColor(0x4a, 0x43, 0x30) : QColor(0xff, 0xf6, 0xd6);
    // Readable on the least contrasting of the three backgrounds.
    const auto readable = [&](const QColor &color) {
        QColor result = color;
        for (const QColor &background : {ours, theirs, status})
            result = Theme::readableOn(result, background);
        return result.name();
    };
    return {ours.name(), theirs.name(), status.name(), readable(palette.color(QPalette::Highlight)),
        readable(dark ? QColor(0xff, 0x8a, 0x80) : QColor(0xb0, 0x00, 0x20)),
        readable(palette.color(QPalette::PlaceholderText))};
}

bool shownInThread(const OutboxItem &item)
{
    return item.kind == OutboxItem::Kind::ReplyToCase || item.state == OutboxItem::State::Failed;
}

} // namespace

QUrl caseUrl(const QString &caseId)
{
    QUrl url;
    url.setScheme(QStringLiteral("caseconsole"));
    url.setPath(QStringLiteral("case/") + caseId, QUrl::DecodedMode);
    return url;
}

QString parseCaseUrl(const QUrl &url)
{
    const QString prefix = QStringLiteral("case/");
    const QString path = url.path(QUrl::FullyDecoded);
    if (url.scheme() != QLatin1String("caseconsole") || !path.startsWith(prefix))
        return {};
    return path.mid(prefix.size());
}

namespace {

// A row of links to other cases; the ids are the provider's text, shown as text.
QString linkRowHtml(const LinkRow &links)
{
    QStringList anchors;
    for (const QString &id : links.caseIds)
        anchors << QStringLiteral("<a href='%1'>%2</a>")
                       .arg(caseUrl(id).toString(QUrl::FullyEncoded).toHtmlEscaped(),
                           serverHtml(id));
    if (anchors.isEmpty())
        return {};
    return QStringLiteral("<tr><td style='padding-right:12px'><b>%1</b></td><td>%2</td></tr>")
        .arg(links.label.toHtmlEscaped(), anchors.join(QStringLiteral(", ")));
}

} // namespace

QString headerHtml(const CaseHeader &c, const QList<OutboxItem> &pending, const QString &repository,
    bool repositoryProblem, const QList<QPair<QString, QString>> &extraRows,
    const QList<LinkRow> &links)
{
    const QString warning = colors().warning;
    const CaseTypeMatrix &matrix = CaseTypeMatrix::builtIn();
    QString html;
    html += QStringLiteral("<h2>%1</h2>").arg(serverHtml(matrix.subjectLabel(c.subject)));
    html += QStringLiteral("<table>");
    html += row(tr("Case"), c.id, warning);
    for (const LinkRow &link : links)
        html += linkRowHtml(link);
    html += row(tr("Type"), matrix.typeLabel(c.type), warning);
    html += row(tr("Priority"), c.priority, warning);
    html += row(tr("Status"), CaseLabels::status(c.status), warning);
    html += row(tr("Service"), c.serviceName.isEmpty() ? c.serviceId : c.serviceName, warning);
    html += row(tr("Site"), c.siteName, warning);
    QString reference = c.customerReference;
    for (const OutboxItem &item : pending) {
        if (item.kind == OutboxItem::Kind::AddCustomerReference)
            reference = tr("%1 (%2)").arg(
                item.payload.value(QLatin1String("customerReference")).toString(),
                OutboxStates::threadText(item));
    }
    html += row(tr("Reference"), reference, warning);
    html += row(tr("Origin"), CaseLabels::origin(c.origin), warning);
    html += row(tr("Start of incident"), CaseLabels::localDateTime(c.startOfIncident), warning);
    html += row(tr("End of incident"), CaseLabels::localDateTime(c.endOfIncident), warning);
    // The site's time beside the local one where the provider wrote it (CaseLabels); not for the
    // incident's times, which carry the offset of whoever entered them.
    html += row(tr("Created"), CaseLabels::localAndSiteDateTime(c.createdDate), warning);
    html += row(tr("Last modified"), CaseLabels::localAndSiteDateTime(c.lastModifiedDate), warning);
    if (!repository.isEmpty()) {
        html += repositoryProblem
            ? QStringLiteral("<tr><td style='padding-right:12px'><b>%1</b></td>"
                             "<td style='color:%2'>%3</td></tr>")
                  .arg(tr("Case Repository").toHtmlEscaped(), warning, serverHtml(repository))
            : row(tr("Case Repository"), repository, warning);
    }
    for (const auto &[label, value] : extraRows)
        html += row(label, value, warning);
    html += QStringLiteral("</table><hr/>");
    return html;
}

QString messageHtml(const CommunicationThreadModel &thread, int i, bool collapsed)
{
    const Colors colors = CaseThreadRenderer::colors();
    const Communication &m = *thread.at(i);
    const bool isNew = thread.index(i).data(CommunicationThreadModel::IsNewRole).toBool();
    // Told apart in the provider's words (CustomerMessage, Customer, System...).
    const bool isStatus = thread.words().isStatusUpdate(m.type);
    const bool isOurs = !m.isFromProvider(thread.words());
    const QString background = isStatus ? colors.status : isOurs ? colors.ours : colors.theirs;
    const QString who = m.sentBy.isEmpty() ? (isOurs ? tr("Us") : tr("Provider")) : m.sentBy;
    const QString badge = isNew
        ? QStringLiteral(" <span style='color:%1'><b>%2</b></span>").arg(colors.accent, tr("New"))
        : QString();
    const QString side = isOurs ? QStringLiteral("left") : QStringLiteral("right");
    const QString when = CaseLabels::localAndSiteDateTime(m.timestamp);
    const QString toggle
        = QStringLiteral("<a href='%1' title='%2'>%3</a>")
              .arg(toggleUrl(i).toString(),
                  collapsed ? tr("Show the whole status update") : tr("Show on one line"),
                  collapsed ? QStringLiteral("▸") : QStringLiteral("▾"));
    if (isStatus && collapsed) {
        return QStringLiteral("<table width='100%' cellpadding='2' style='margin-%1:40px; "
                              "background-color:%2'><tr><td><small>%3 %4 · %5%6 · %7</small>"
                              "</td></tr></table><br/>")
            .arg(side, background, toggle, tr("Status update"), when, badge,
                serverHtml(m.message.simplified()));
    }
    return QStringLiteral("<table width='100%' cellpadding='8' style='margin-%1:40px; "
                          "background-color:%2'><tr><td>"
                          "<small>%3<b>%4</b> · %5%6</small><br/>%7%8</td></tr></table><br/>")
        .arg(side, background, isStatus ? QString(toggle + u' ') : QString(), serverHtml(who), when,
            badge, multiLineHtml(m.message), directionNote(who + m.message, colors.warning));
}

QString messagesHtml(
    const CommunicationThreadModel &thread, int first, int last, const ThreadOptions &options)
{
    QString html;
    for (int k = 0; k <= last - first; ++k) {
        const int row = options.newestFirst ? last - k : first + k;
        const Communication &m = *thread.at(row);
        html += messageHtml(
            thread, row, options.isCollapsed(m, thread.words().isStatusUpdate(m.type)));
    }
    return html;
}

QString pendingHtml(const QList<OutboxItem> &pending, bool caseClosed)
{
    const Colors colors = CaseThreadRenderer::colors();
    QString html;
    for (const OutboxItem &item : pending) {
        if (shownInThread(item))
            html += pendingItemHtml(item, colors.ours, colors.warning, colors.muted, caseClosed);
    }
    return html;
}

QList<Action> pendingActions(const OutboxItem &item, bool caseClosed)
{
    if (!shownInThread(item))
        return {};
    if (OutboxStates::cannotSucceed(item, caseClosed))
        return {Action::Discard};
    if (item.state == OutboxItem::State::Failed || item.state == OutboxItem::State::Pending)
        return {Action::Retry, Action::Discard};
    return {};
}

int pendingTables(const QList<OutboxItem> &pending)
{
    return int(std::count_if(pending.cbegin(), pending.cend(), shownInThread));
}

QString toHtml(const CaseHeader &c, const CommunicationThreadModel &thread,
    const QList<OutboxItem> &pending, const QString &repository, bool repositoryProblem,
    bool caseClosed, const ThreadOptions &options, const QList<QPair<QString, QString>> &extraRows)
{
    const QString header = headerHtml(c, pending, repository, repositoryProblem, extraRows);
    const QString messages = messagesHtml(thread, 0, thread.rowCount() - 1, options);
    const QString onItsWay = pendingHtml(pending, caseClosed);
    return options.newestFirst ? header + onItsWay + messages : header + messages + onItsWay;
}

} // namespace CaseThreadRenderer
