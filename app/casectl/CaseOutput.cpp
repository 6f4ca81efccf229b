#include "CaseOutput.h"

#include "Output.h"
#include "ProfileData.h"
#include "models/CaseLabels.h"
#include "models/CaseTypeMatrix.h"

#include <QLocale>

namespace {

QString localTime(const Timestamp &t)
{
    return t.isValid()
        ? QLocale::c().toString(t.toDateTime().toLocalTime(), QStringLiteral("yyyy-MM-dd HH:mm"))
        : QString();
}

// One column of a table: a line break in the value would start a false row.
QString cell(QString text, int width)
{
    text.replace(u'\n', QLatin1String("\\n"));
    return text.size() > width ? text.left(width - 1) + QChar(0x2026) : text.leftJustified(width);
}

} // namespace

CaseOutput::CaseOutput(Output &output, ProfileData &profile)
    : m_output(output)
    , m_profile(profile)
{ }

void CaseOutput::printTable(const QList<Case> &cases)
{
    const CaseTypeMatrix &matrix = CaseTypeMatrix::builtIn();
    QTextStream &out = m_output.out();
    out << cell(tr("CASE"), 11) << ' ' << cell(tr("PRI"), 3) << ' ' << cell(tr("TYPE"), 15) << ' '
        << cell(tr("STATUS"), 24) << ' ' << cell(tr("MODIFIED"), 16) << ' '
        << cell(tr("SUBJECT"), 20) << ' ' << tr("SERVICE") << '\n';
    for (const Case &c : cases) {
        // "—": the provider reports no priority (docs/provider-compatibility.md).
        out << cell(c.id, 11) << ' '
            << cell(c.priority.isEmpty() ? QStringLiteral("—") : c.priority, 3) << ' '
            << cell(matrix.typeLabel(c.type), 15) << ' ' << cell(statusText(c), 24) << ' '
            << cell(localTime(c.lastModifiedDate), 16) << ' '
            << cell(matrix.subjectLabel(c.subject), 20) << ' '
            << (c.serviceName.isEmpty() ? c.serviceId : c.serviceName) << '\n';
    }
    out << tr("%n case(s)", nullptr, int(cases.size())) << '\n';
}

QString CaseOutput::statusText(const Case &c)
{
    // "(closed)" where the word does not say so itself ("Solved (closed)", not "Closed (closed)").
    const ProviderWords &words = m_profile.words();
    const bool saysClosed = words.statusKind(c.status) == ProviderWords::StatusKind::Closed;
    return words.isOpen(c.status) || saysClosed
        ? CaseLabels::status(c.status)
        : tr("%1 (closed)").arg(CaseLabels::status(c.status));
}

void CaseOutput::printCase(const Case &c)
{
    const CaseTypeMatrix &matrix = CaseTypeMatrix::builtIn();
    const auto line = [this](const QString &label, const QString &value) {
        if (!value.isEmpty())
            m_output.out() << cell(label, 18) << value << '\n';
    };
    line(tr("Case"), c.id);
    line(tr("Subject"), matrix.subjectLabel(c.subject));
    line(tr("Type"), matrix.typeLabel(c.type));
    line(tr("Priority"), c.priority);
    line(tr("Status"), statusText(c));
    line(tr("Origin"), c.origin);
    line(tr("Service"), c.serviceName.isEmpty() ? c.serviceId : c.serviceName);
    line(tr("Site"), c.siteName.isEmpty() ? c.siteId : c.siteName);
    line(tr("Reference"), c.customerReference);
    line(tr("Start of incident"), localTime(c.startOfIncident));
    line(tr("End of incident"), localTime(c.endOfIncident));
    line(tr("Created"), localTime(c.createdDate));
    line(tr("Last modified"), localTime(c.lastModifiedDate));
    for (const Communication &m : c.communications)
        printCommunication(m);
}

void CaseOutput::printCommunication(const Communication &m)
{
    // Our side and the provider's in the provider's words; its word for the type as it came.
    const ProviderWords &words = m_profile.words();
    const QString side = words.isOurs(m.type) ? tr("ours")
        : words.isStatusUpdate(m.type)        ? tr("status update")
                                              : tr("provider");
    const QString who = m.sentBy.isEmpty()
        ? (m.isFromProvider(words) ? tr("Provider") : tr("Customer"))
        : m.sentBy;
    QTextStream &out = m_output.out();
    out << '\n'
        << localTime(m.timestamp) << "  " << who << "  [" << m.type << ", " << side << "]\n";
    // A CR LF is a line break; any other CR is shown (TerminalOutput), not obeyed.
    for (const QString &text :
        QString(m.message).replace(QLatin1String("\r\n"), QLatin1String("\n")).split(u'\n'))
        out << "    " << text << '\n';
}
