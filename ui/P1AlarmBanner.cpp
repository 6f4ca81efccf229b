#include "ui/P1AlarmBanner.h"

#include "session/P1Alarms.h"
#include "ui/PlainText.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

P1AlarmBanner::P1AlarmBanner(P1Alarms *alarms, QWidget *parent)
    : QFrame(parent)
    , m_alarms(alarms)
    , m_title(new QLabel)
    , m_more(new QLabel)
    , m_open(new QPushButton(tr("Open")))
    , m_acknowledge(new QPushButton(tr("Acknowledge")))
    , m_acknowledgeAll(new QPushButton(tr("Acknowledge All")))
{
    setObjectName(QStringLiteral("p1AlarmBanner"));
    setAccessibleName(tr("P1 alarm"));
    // Red whatever the theme: it must be seen from across the room.
    QPalette red = palette();
    red.setColor(QPalette::Window, QColor(0xb7, 0x1c, 0x1c));
    red.setColor(QPalette::WindowText, Qt::white);
    setPalette(red);
    setAutoFillBackground(true);
    setFrameShape(QFrame::NoFrame);

    m_title->setObjectName(QStringLiteral("p1AlarmText"));
    m_more->setObjectName(QStringLiteral("p1AlarmMore"));
    QFont bold = m_title->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.15);
    m_title->setFont(bold);
    // One line each, cut at the buttons; all of it in the tooltip.
    for (QLabel *label : {m_title, m_more})
        label->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    PlainText::apply({m_title, m_more}); // a subject or service name is the provider's text
    m_open->setObjectName(QStringLiteral("p1AlarmOpen"));
    m_acknowledge->setObjectName(QStringLiteral("p1AlarmAcknowledge"));
    m_acknowledgeAll->setObjectName(QStringLiteral("p1AlarmAcknowledgeAll"));
    m_open->setToolTip(tr("Show this incident (Ctrl+Shift+O)"));
    m_acknowledge->setToolTip(tr("Stop the alarm for the incident shown (Ctrl+Shift+A)"));
    for (QPushButton *button : {m_open, m_acknowledge, m_acknowledgeAll}) {
        button->setAutoDefault(false);
        button->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    }

    auto *texts = new QVBoxLayout;
    texts->setSpacing(2);
    texts->addWidget(m_title);
    texts->addWidget(m_more);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(10, 6, 10, 6);
    layout->addLayout(texts, 1);
    layout->addWidget(m_open);
    layout->addWidget(m_acknowledge);
    layout->addWidget(m_acknowledgeAll);

    connect(m_open, &QPushButton::clicked, this, [this] {
        if (const QString id = shownCaseId(); !id.isEmpty())
            emit openRequested(id);
    });
    connect(m_acknowledge, &QPushButton::clicked, this, &P1AlarmBanner::acknowledgeShown);
    connect(m_acknowledgeAll, &QPushButton::clicked, m_alarms, &P1Alarms::acknowledgeAll);
    connect(m_alarms, &P1Alarms::changed, this, &P1AlarmBanner::refresh);
    refresh();
}

QString P1AlarmBanner::shownCaseId() const
{
    return m_alarms->alarms().isEmpty() ? QString() : m_alarms->alarms().constFirst().caseId;
}

void P1AlarmBanner::acknowledgeShown()
{
    if (const QString id = shownCaseId(); !id.isEmpty())
        m_alarms->acknowledge(id);
}

void P1AlarmBanner::refresh()
{
    const QList<P1Alarms::Alarm> &alarms = m_alarms->alarms();
    // (Not before it is in the window: shown without a parent, it would be a window itself.)
    if (parentWidget())
        setVisible(!alarms.isEmpty());
    if (alarms.isEmpty())
        return;
    const P1Alarms::Alarm &shown = alarms.constFirst();
    // When the incident began (a NOC engineer's first question), else when the alarm rose.
    const QDateTime began = shown.began.isValid() ? shown.began.toLocalTime() : shown.raised;
    const QString when = began.date() == QDate::currentDate()
        ? QLocale().toString(began.time(), QLocale::ShortFormat)
        : QLocale().toString(began, QLocale::ShortFormat);
    m_title->setText(
        (shown.began.isValid() ? tr("P1 ALARM · since %1 · %2 · %3") : tr("P1 ALARM %1 · %2 · %3"))
            .arg(when, shown.title, shown.text));
    m_title->setToolTip(PlainText::toolTip(m_title->text()));
    QStringList others;
    for (const P1Alarms::Alarm &alarm : alarms.mid(1))
        others << alarm.caseId;
    m_more->setText(tr("%n more unacknowledged P1 incident(s): %1", nullptr, int(others.size()))
                        .arg(others.join(QStringLiteral(", "))));
    m_more->setVisible(!others.isEmpty());
    m_acknowledgeAll->setVisible(!others.isEmpty());
}
