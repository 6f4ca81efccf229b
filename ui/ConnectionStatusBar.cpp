#include "ui/ConnectionStatusBar.h"

#include "models/ApiError.h"
#include "models/CaseFilterProxyModel.h"
#include "models/CaseListModel.h"
#include "models/UntrustedText.h"
#include "session/CaseSession.h"
#include "ui/ElidedLabel.h"
#include "ui/PlainText.h"

#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QTimer>

ConnectionStatusBar::ConnectionStatusBar(CaseSession *session, QWidget *parent)
    : QStatusBar(parent)
    , m_session(session)
    , m_connectionLabel(new QLabel)
    , m_pollLabel(new ElidedLabel(24, 64))
    , m_countLabel(new QLabel)
    , m_noticeLabel(new ElidedLabel(8, 96))
    , m_progress(new QProgressBar)
    , m_indexingLabel(new QLabel)
    , m_ticker(new QTimer(this))
{
    m_indexingLabel->setObjectName(QStringLiteral("indexingState"));
    m_indexingLabel->setContentsMargins(12, 0, 12, 0);
    m_indexingLabel->setSizePolicy(QSizePolicy::Minimum, QSizePolicy::Preferred); // never cut
    m_indexingLabel->hide();
    m_progress->setRange(0, 0);
    m_progress->setMaximumWidth(120);
    m_progress->setTextVisible(false);
    m_progress->hide();
    m_connectionLabel->setContentsMargins(4, 0, 12, 0);
    m_connectionLabel->setObjectName(QStringLiteral("connectionState"));
    m_pollLabel->setObjectName(QStringLiteral("pollState"));
    // A server's long error must not widen the window (a 503's text took 1024 px to 1227), nor
    // run into the case count (an ignored size hint did): the label asks for up to 64
    // characters, is cut at the room there is, and all of its text is in the tooltip.
    m_countLabel->setObjectName(QStringLiteral("caseCount"));
    // A notice takes the room left; a long one is cut, all of it in the tooltip.
    m_noticeLabel->setObjectName(QStringLiteral("notice"));
    m_noticeLabel->setContentsMargins(12, 0, 12, 0);
    m_noticeLabel->hide();
    // The poll label carries the server's error messages, a notice a case's text.
    PlainText::apply({m_connectionLabel, m_pollLabel, m_countLabel, m_noticeLabel});
    // All permanent: QStatusBar::showMessage() hides the other widgets and draws its text over
    // them. Here the text goes to the notice label instead (messageChanged()), and the
    // connection state stays in sight.
    addPermanentWidget(m_connectionLabel);
    addPermanentWidget(m_pollLabel);
    addPermanentWidget(m_noticeLabel, 1);
    addPermanentWidget(m_indexingLabel);
    addPermanentWidget(m_progress);
    addPermanentWidget(m_countLabel);
    connect(this, &QStatusBar::messageChanged, this, [this](const QString &message) {
        m_noticeLabel->setText(message);
        m_noticeLabel->setToolTip(message);
        m_noticeLabel->setVisible(!message.isEmpty());
    });

    connect(m_session, &CaseSession::pollStarted, this, [this](bool full) {
        m_progress->show();
        m_progress->setToolTip(full ? tr("Fetching every case…") : tr("Fetching changed cases…"));
        updateStatus();
    });
    connect(m_session, &CaseSession::pollSucceeded, this, [this] {
        m_progress->hide();
        m_lastError.clear();
        updateStatus();
    });
    connect(m_session, &CaseSession::pollFailed, this, &ConnectionStatusBar::onPollFailed);
    connect(m_session, &CaseSession::loaded, this, &ConnectionStatusBar::updateStatus);
    connect(m_session, &CaseSession::outboxItemChanged, this, &ConnectionStatusBar::updateStatus);
    connect(m_session, &CaseSession::outboxItemRemoved, this, &ConnectionStatusBar::updateStatus);
    connect(m_session, &CaseSession::storeMessage, this, [this](const QString &message) {
        m_storeMessage = message;
        updateStatus();
    });
    connect(m_session, &CaseSession::searchFinished, this, &ConnectionStatusBar::onSearchFinished);
    // A first sync is listed before the store has written it: how far the store is.
    connect(m_session, &CaseSession::indexingProgress, this, [this](int done, int total) {
        m_indexingLabel->setVisible(done < total);
        m_indexingLabel->setText(tr("Indexing %L1 cases for search… %2%")
                                     .arg(total)
                                     .arg(total > 0 ? qint64(done) * 100 / total : 0));
    });
    QAbstractItemModel *visible = m_session->filtered();
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(visible, signal, this, &ConnectionStatusBar::updateStatus);
    connect(visible, &QAbstractItemModel::modelReset, this, &ConnectionStatusBar::updateStatus);
    // The "next poll in" text counts down.
    m_ticker->setInterval(1000);
    connect(m_ticker, &QTimer::timeout, this, &ConnectionStatusBar::updateStatus);
    m_ticker->start();
}

void ConnectionStatusBar::setConnectionName(const QString &name)
{
    m_connectionName = name;
    updateStatus();
}

void ConnectionStatusBar::setProblem(const QString &message)
{
    m_lastError = message;
    updateStatus();
}

void ConnectionStatusBar::showNotConnected()
{
    m_connectionLabel->setText(tr("Not connected"));
    m_ticker->stop();
    m_pollLabel->setText(tr("Set up a connection or try the sandbox demo."));
    m_countLabel->clear();
}

void ConnectionStatusBar::onPollFailed(const ApiError &error)
{
    m_progress->hide();
    m_lastError = error.userMessage();
    m_offline = error.kind() == ApiError::Kind::Network || error.kind() == ApiError::Kind::Timeout;
    updateStatus();
}

void ConnectionStatusBar::onSearchFinished(const QString &text, int hits, bool shortened, bool more)
{
    // Shortened: said for longer, the list answers fewer words than were typed.
    if (shortened)
        showMessage(tr("%n case(s) match the first %1 words of “%2…”; a search reads no more",
                        nullptr, hits)
                        .arg(CaseSession::maxSearchWords())
                        .arg(text.left(60)),
            15000);
    else if (more)
        showMessage(
            tr("The newest %n case(s) matching “%1”; scroll down the list for more", nullptr, hits)
                .arg(text),
            5000);
    else if (!text.isEmpty())
        showMessage(tr("%n case(s) match “%1”", nullptr, hits).arg(text), 5000);
    updateStatus();
}

void ConnectionStatusBar::updateStatus()
{
    const QDateTime last = m_session->pollStatus().lastSuccess;
    QString state;
    if (!m_lastError.isEmpty())
        state = m_offline ? tr("Offline") : tr("Not connected");
    else if (last.isValid())
        state = tr("Connected");
    else
        state = tr("Connecting…");
    m_connectionLabel->setText(
        m_connectionName.isEmpty() ? state : tr("%1: %2").arg(m_connectionName, state));
    m_pollLabel->setText(pollText());
    m_pollLabel->setToolTip(m_pollLabel->text());
    const int shown = m_session->filtered()->rowCount();
    const int total = m_session->cases()->rowCount();
    m_countLabel->setText(shown == total ? tr("%n case(s)", nullptr, total)
                                         : tr("%1 of %n case(s)", nullptr, total).arg(shown));
}

QString ConnectionStatusBar::pollText() const
{
    const CaseSession::PollStatus poll = m_session->pollStatus();
    QStringList parts;
    // A server's words are an island of their own: a bidi override in them must not reverse
    // the times and counts after them.
    if (!m_lastError.isEmpty())
        parts << UntrustedText::isolated(m_lastError);
    if (!m_storeMessage.isEmpty())
        parts << m_storeMessage;
    if (poll.lastSuccess.isValid())
        parts << tr("Updated %1")
                     .arg(QLocale().toString(poll.lastSuccess.time(), QLocale::ShortFormat));
    if (poll.polling) {
        parts << tr("Refreshing…");
    } else if (poll.nextPoll.isValid()) {
        const qint64 seconds = qMax<qint64>(0, QDateTime::currentDateTime().secsTo(poll.nextPoll));
        parts << tr("next in %n s", nullptr, int(seconds));
    } else if (poll.waitingForNetwork) {
        parts << tr("trying again when the network is back");
    }
    if (const int unsent = m_session->unsentCount(); unsent > 0)
        parts << tr("%n change(s) not yet sent", nullptr, unsent);
    return parts.join(QStringLiteral(" · "));
}
