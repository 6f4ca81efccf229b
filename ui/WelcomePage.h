#pragma once

#include <QWidget>

#include <memory>

namespace Ui {
class WelcomePage;
}

// The main window's centre on first run, when there is no profile yet: what the console is
// for and the two ways to start. It only asks; the application wires the signals.
class WelcomePage : public QWidget
{
    Q_OBJECT

public:
    explicit WelcomePage(QWidget *parent = nullptr);
    ~WelcomePage() override;

signals:
    void setUpConnectionRequested();
    void sandboxDemoRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void updateFonts();

    std::unique_ptr<Ui::WelcomePage> ui;
};
