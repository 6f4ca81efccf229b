#include "ui/Notifier.h"

#include <QSystemTrayIcon>

Notifier::Notifier(CaseSession *session, const QIcon &icon, QObject *parent)
    : QObject(parent)
{
    m_gap.setSingleShot(true);
    m_gap.setInterval(10'000);
    connect(&m_gap, &QTimer::timeout, this, &Notifier::flush);
    connect(session, &CaseSession::news, this, &Notifier::onNews);
    if (QSystemTrayIcon::isSystemTrayAvailable()) {
        m_tray = new QSystemTrayIcon(icon, this);
        m_tray->setToolTip(tr("Case Console"));
        connect(m_tray, &QSystemTrayIcon::messageClicked, this,
            [this] { emit activated(m_lastCaseId); });
        connect(m_tray, &QSystemTrayIcon::activated, this,
            [this](QSystemTrayIcon::ActivationReason reason) {
                if (reason == QSystemTrayIcon::Trigger)
                    emit activated({});
            });
        m_tray->show();
    }
}

Notifier::~Notifier() = default;

void Notifier::setChoices(bool providerMessages, bool urgentIncidents)
{
    m_providerMessages = providerMessages;
    m_urgentIncidents = urgentIncidents;
}

void Notifier::onNews(const QList<CaseNews> &items)
{
    for (const CaseNews &item : items) {
        // A warning before an SLA breach is about a watched case or a P1/P2: either choice.
        const bool wanted = item.kind == CaseNews::Kind::ProviderMessages ? m_providerMessages
            : item.kind == CaseNews::Kind::UrgentIncident                 ? m_urgentIncidents
                                                          : m_providerMessages || m_urgentIncidents;
        if (wanted)
            m_waiting.append(item);
    }
    // The first one goes out at once; then at most one per gap, gathering what came meanwhile.
    if (!m_waiting.isEmpty() && !m_gap.isActive())
        flush();
}

void Notifier::flush()
{
    if (m_waiting.isEmpty())
        return;
    QString title;
    QString text;
    QString caseId;
    if (m_waiting.size() == 1) {
        title = m_waiting.first().title;
        text = m_waiting.first().text;
        caseId = m_waiting.first().caseId;
    } else {
        QStringList ids;
        for (const CaseNews &item : std::as_const(m_waiting)) {
            if (!ids.contains(item.caseId))
                ids.append(item.caseId);
        }
        if (ids.size() == 1)
            caseId = ids.first();
        title = tr("%n update(s) on your cases", nullptr, int(m_waiting.size()));
        QStringList lines;
        for (const CaseNews &item :
            std::as_const(m_waiting).first(qMin<qsizetype>(3, m_waiting.size())))
            lines << item.title;
        if (m_waiting.size() > 3)
            lines << tr("and %n more", nullptr, int(m_waiting.size() - 3));
        text = lines.join(u'\n');
    }
    m_waiting.clear();
    m_lastCaseId = caseId;
    if (m_tray) {
        // On Linux the message goes to the desktop's notification server, which reads the body
        // as markup (<b>, <a href>, <img src>): the provider's text is escaped there. The title
        // (the notification's summary) is plain text by the specification.
#if defined(Q_OS_LINUX)
        const QString body = text.toHtmlEscaped();
#else
        const QString body = text;
#endif
        m_tray->showMessage(title, body, QSystemTrayIcon::Information, 8000);
    }
    emit notified(title, text, caseId);
    m_gap.start();
}
