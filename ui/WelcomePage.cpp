#include "ui/WelcomePage.h"

#include "ui_WelcomePage.h"

#include <QCommandLinkButton>
#include <QEvent>

WelcomePage::WelcomePage(QWidget *parent)
    : QWidget(parent)
    , ui(std::make_unique<Ui::WelcomePage>())
{
    ui->setupUi(this);
    // Colours come from the palette (light or dark alike); the note is simply less prominent.
    ui->nodeNoteLabel->setForegroundRole(QPalette::PlaceholderText);
    updateFonts();
    connect(ui->setUpButton, &QCommandLinkButton::clicked, this,
        &WelcomePage::setUpConnectionRequested);
    connect(ui->demoButton, &QCommandLinkButton::clicked, this, &WelcomePage::sandboxDemoRequested);
}

WelcomePage::~WelcomePage() = default;

void WelcomePage::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::FontChange)
        updateFonts();
}

void WelcomePage::updateFonts()
{
    // Relative to the engineer's font, so large-text settings scale the page.
    QFont title = font();
    title.setPointSizeF(title.pointSizeF() * 1.8);
    title.setBold(true);
    ui->titleLabel->setFont(title);
    QFont intro = font();
    intro.setPointSizeF(intro.pointSizeF() * 1.1);
    ui->introLabel->setFont(intro);
}
