#include "ui/TimelineView.h"

#include "models/CaseTimelineModel.h"
#include "session/CaseSession.h"
#include "ui/PlainText.h"
#include "ui/PlainTextDelegate.h"

#include <QDateTime>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QSplitter>
#include <QTimer>
#include <QTreeView>
#include <QVBoxLayout>

TimelineView::TimelineView(CaseSession *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_model(new CaseTimelineModel(this))
    , m_outage(new QLabel)
    , m_entries(new QTreeView)
    , m_detail(new QPlainTextEdit)
    , m_ticker(new QTimer(this))
{
    setObjectName(QStringLiteral("timelineView"));
    m_outage->setObjectName(QStringLiteral("timelineOutage"));
    m_outage->setWordWrap(true);
    m_outage->setMargin(6);
    m_outage->setTextInteractionFlags(Qt::TextSelectableByMouse);
    PlainText::apply({m_outage});
    QFont bold = m_outage->font();
    bold.setBold(true);
    m_outage->setFont(bold);

    m_entries->setObjectName(QStringLiteral("timelineEntries"));
    m_entries->setAccessibleName(tr("Timeline of the open case"));
    m_entries->setModel(m_model);
    m_entries->setItemDelegate(new PlainTextDelegate(m_entries));
    m_entries->setRootIsDecorated(false);
    m_entries->setUniformRowHeights(false);
    m_entries->setWordWrap(true);
    m_entries->setAlternatingRowColors(true);
    m_entries->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_entries->header()->setStretchLastSection(true);
    m_entries->header()->setSectionResizeMode(
        CaseTimelineModel::TimeColumn, QHeaderView::ResizeToContents);
    m_entries->header()->setSectionResizeMode(
        CaseTimelineModel::KindColumn, QHeaderView::ResizeToContents);

    // A row shows one line of an entry; the current one is here whole, as plain text.
    m_detail->setObjectName(QStringLiteral("timelineDetail"));
    m_detail->setAccessibleName(tr("The selected timeline entry"));
    m_detail->setReadOnly(true);
    m_detail->setTabChangesFocus(true);
    m_detail->setPlaceholderText(tr("Select an entry to read it whole."));
    connect(m_entries->selectionModel(), &QItemSelectionModel::currentChanged, this,
        &TimelineView::showCurrent);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &TimelineView::showCurrent);
    connect(m_model, &QAbstractItemModel::modelReset, this, &TimelineView::showCurrent);
    auto *split = new QSplitter(Qt::Vertical);
    split->setObjectName(QStringLiteral("timelineSplit"));
    split->setChildrenCollapsible(false);
    split->addWidget(m_entries);
    split->addWidget(m_detail);
    split->setStretchFactor(0, 4);
    split->setStretchFactor(1, 1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_outage);
    layout->addWidget(split, 1);
    setFocusProxy(m_entries);

    m_ticker->setInterval(30'000);
    connect(m_ticker, &QTimer::timeout, this, &TimelineView::refreshOutage);
    // Built only while shown: a long thread is not walked for a hidden view.
    connect(m_session, &CaseSession::threadChanged, this, [this] {
        if (isVisible())
            refresh();
    });
    connect(m_session->observedHistory(), &ObservedHistory::changed, this,
        [this](const QString &caseId) {
            if (isVisible() && caseId == m_session->openCaseId())
                refresh();
        });
}

QString TimelineView::outageText() const
{
    return m_outage->text();
}

QString TimelineView::durationText(qint64 seconds)
{
    const qint64 minutes = seconds / 60;
    const qint64 days = minutes / (24 * 60);
    const qint64 hours = minutes / 60 % 24;
    const QString mins = QStringLiteral("%1").arg(minutes % 60, 2, 10, QLatin1Char('0'));
    if (days > 0)
        return tr("%1 d %2 h %3 min").arg(days).arg(hours).arg(mins);
    if (hours > 0)
        return tr("%1 h %2 min").arg(hours).arg(mins);
    return tr("%1 min").arg(minutes);
}

void TimelineView::showCurrent()
{
    const QModelIndex current = m_entries->currentIndex();
    if (!current.isValid()) {
        m_detail->clear();
        return;
    }
    const auto cell = [&](int column) { return current.siblingAtColumn(column).data().toString(); };
    const QString whole = current.siblingAtColumn(CaseTimelineModel::DetailsColumn)
                              .data(Qt::ToolTipRole)
                              .toString();
    const QString text = cell(CaseTimelineModel::TimeColumn) + QStringLiteral(" · ")
        + cell(CaseTimelineModel::KindColumn) + u'\n'
        + (whole.isEmpty() ? cell(CaseTimelineModel::DetailsColumn) : whole);
    if (m_detail->toPlainText() != text)
        m_detail->setPlainText(text);
}

void TimelineView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    refresh();
}

void TimelineView::refresh()
{
    m_model->setTimeline(m_session->openCaseId(), m_session->openCaseTimeline());
    refreshOutage();
}

void TimelineView::refreshOutage()
{
    const QString caseId = m_session->openCaseId();
    const Outage outage
        = m_session->openCaseOutage(Timestamp::fromDateTime(QDateTime::currentDateTimeUtc()));
    if (outage.known && outage.ongoing && isVisible())
        m_ticker->start();
    else
        m_ticker->stop();
    if (caseId.isEmpty()) {
        m_outage->setText(tr("No case is open."));
    } else if (!outage.known) {
        m_outage->setText(
            tr("%1: no outage is counted (not an incident, or no start known).").arg(caseId));
    } else if (outage.ongoing) {
        m_outage->setText(tr("%1: outage ongoing for %2, since %3")
                              .arg(caseId, durationText(outage.seconds()),
                                  CaseTimelineModel::timeText(outage.from)));
    } else {
        m_outage->setText(tr("%1: outage %2, from %3 to %4")
                              .arg(caseId, durationText(outage.seconds()),
                                  CaseTimelineModel::timeText(outage.from),
                                  CaseTimelineModel::timeText(outage.to)));
    }
}
