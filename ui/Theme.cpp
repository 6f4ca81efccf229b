#include "ui/Theme.h"

#include "models/SettingsKeys.h"

#include <QApplication>
#include <QComboBox>
#include <QSettings>
#include <QStyle>
#include <QStyleFactory>

#include <cmath>
#include <memory>

namespace Theme {

namespace {

Choice g_current = Choice::System;

// The style the application started with, before a theme replaced it.
QString &startStyle()
{
    static QString name;
    return name;
}

double luminance(const QColor &color)
{
    const auto channel = [](float value) {
        return value <= 0.03928 ? value / 12.92 : std::pow((value + 0.055) / 1.055, 2.4);
    };
    const QColor rgb = color.toRgb();
    return 0.2126 * channel(rgb.redF()) + 0.7152 * channel(rgb.greenF())
        + 0.0722 * channel(rgb.blueF());
}

void setGroups(
    QPalette &palette, QPalette::ColorRole role, const QColor &active, const QColor &disabled)
{
    palette.setColor(QPalette::Active, role, active);
    palette.setColor(QPalette::Inactive, role, active);
    palette.setColor(QPalette::Disabled, role, disabled);
}

} // namespace

QString key(Choice choice)
{
    switch (choice) {
    case Choice::Light:
        return QStringLiteral("light");
    case Choice::Dark:
        return QStringLiteral("dark");
    default:
        return QStringLiteral("system");
    }
}

Choice fromKey(const QString &key)
{
    if (key == QLatin1String("light"))
        return Choice::Light;
    if (key == QLatin1String("dark"))
        return Choice::Dark;
    return Choice::System;
}

Choice saved()
{
    return fromKey(QSettings().value(SettingsKeys::Theme).toString());
}

void save(Choice choice)
{
    QSettings().setValue(SettingsKeys::Theme, key(choice));
}

Choice current()
{
    return g_current;
}

QPalette lightPalette()
{
    std::unique_ptr<QStyle> fusion(QStyleFactory::create(QStringLiteral("Fusion")));
    QPalette palette = fusion ? fusion->standardPalette() : QPalette(Qt::white);
    setGroups(palette, QPalette::Link, QColor(0x0b, 0x57, 0xd0), QColor(0x6b, 0x86, 0xb5));
    setGroups(palette, QPalette::LinkVisited, QColor(0x6a, 0x1b, 0x9a), QColor(0x8e, 0x6b, 0xa3));
    return palette;
}

QPalette darkPalette()
{
    QPalette p;
    const QColor text(0xe8, 0xe8, 0xe8);
    const QColor disabledText(0x80, 0x80, 0x80);
    setGroups(p, QPalette::Window, QColor(0x2b, 0x2b, 0x2b), QColor(0x2b, 0x2b, 0x2b));
    setGroups(p, QPalette::WindowText, text, disabledText);
    setGroups(p, QPalette::Base, QColor(0x1e, 0x1e, 0x1e), QColor(0x26, 0x26, 0x26));
    setGroups(p, QPalette::AlternateBase, QColor(0x27, 0x27, 0x27), QColor(0x2b, 0x2b, 0x2b));
    setGroups(p, QPalette::Text, text, disabledText);
    setGroups(p, QPalette::PlaceholderText, QColor(0x9a, 0x9a, 0x9a), QColor(0x66, 0x66, 0x66));
    setGroups(p, QPalette::Button, QColor(0x35, 0x35, 0x35), QColor(0x30, 0x30, 0x30));
    setGroups(p, QPalette::ButtonText, text, disabledText);
    setGroups(p, QPalette::BrightText, QColor(0xff, 0x6e, 0x6e), QColor(0xff, 0x6e, 0x6e));
    setGroups(p, QPalette::Light, QColor(0x4a, 0x4a, 0x4a), QColor(0x40, 0x40, 0x40));
    setGroups(p, QPalette::Midlight, QColor(0x3c, 0x3c, 0x3c), QColor(0x36, 0x36, 0x36));
    setGroups(p, QPalette::Mid, QColor(0x24, 0x24, 0x24), QColor(0x24, 0x24, 0x24));
    setGroups(p, QPalette::Dark, QColor(0x18, 0x18, 0x18), QColor(0x18, 0x18, 0x18));
    setGroups(p, QPalette::Shadow, QColor(0x05, 0x05, 0x05), QColor(0x05, 0x05, 0x05));
    setGroups(p, QPalette::Highlight, QColor(0x2d, 0x6c, 0xb5), QColor(0x44, 0x44, 0x44));
    setGroups(p, QPalette::HighlightedText, Qt::white, QColor(0xa0, 0xa0, 0xa0));
    p.setColor(QPalette::Inactive, QPalette::Highlight, QColor(0x2a, 0x4a, 0x70));
    setGroups(p, QPalette::Link, QColor(0x7a, 0xb8, 0xff), QColor(0x5a, 0x78, 0x9a));
    setGroups(p, QPalette::LinkVisited, QColor(0xc5, 0x9b, 0xff), QColor(0x80, 0x6a, 0x9a));
    setGroups(p, QPalette::ToolTipBase, QColor(0x3d, 0x3d, 0x3d), QColor(0x3d, 0x3d, 0x3d));
    setGroups(p, QPalette::ToolTipText, text, disabledText);
    return p;
}

void apply(Choice choice)
{
    if (startStyle().isEmpty())
        startStyle() = QApplication::style()->name();
    const QString style = choice == Choice::System ? startStyle() : QStringLiteral("fusion");
    if (QApplication::style()->name().compare(style, Qt::CaseInsensitive) != 0)
        QApplication::setStyle(QStyleFactory::create(style));
    // An empty palette is the style's and the platform's own.
    QApplication::setPalette(choice == Choice::Dark ? darkPalette()
            : choice == Choice::Light               ? lightPalette()
                                                    : QPalette());
    g_current = choice;
}

void bindChooser(QComboBox *combo)
{
    combo->addItem(QCoreApplication::translate("Theme", "System"), key(Choice::System));
    combo->addItem(QCoreApplication::translate("Theme", "Light"), key(Choice::Light));
    combo->addItem(QCoreApplication::translate("Theme", "Dark"), key(Choice::Dark));
    combo->setCurrentIndex(combo->findData(key(saved())));
    QObject::connect(combo, &QComboBox::currentIndexChanged, combo, [combo] {
        const Choice choice = fromKey(combo->currentData().toString());
        save(choice);
        apply(choice);
    });
}

double contrastRatio(const QColor &a, const QColor &b)
{
    const double la = luminance(a);
    const double lb = luminance(b);
    return (qMax(la, lb) + 0.05) / (qMin(la, lb) + 0.05);
}

QColor readableOn(const QColor &color, const QColor &background, double ratio)
{
    QColor result = color.toHsl();
    const bool lighten = luminance(background) < 0.18;
    for (int step = 0; step < 20 && contrastRatio(result, background) < ratio; ++step) {
        const int lightness = result.lightness();
        result.setHsl(result.hslHue(), result.hslSaturation(),
            lighten ? qMin(255, lightness + 12) : qMax(0, lightness - 12), result.alpha());
    }
    return result.toRgb();
}

} // namespace Theme
