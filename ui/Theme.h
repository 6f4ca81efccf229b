#pragma once

#include <QColor>
#include <QPalette>
#include <QString>

class QComboBox;

// The colours of every window: the system's, or a light or a dark palette of the console's own
// (Settings > Appearance > Theme), applied to the whole application at once and at start. The
// views that draw their own colours (the thread's HTML, the case list's marks) derive them from
// the palette (readableOn) and draw again when it changes.
namespace Theme {

enum class Choice { System, Light, Dark };

// The choice saved in the settings (SettingsKeys::Theme); System when none.
Choice saved();
void save(Choice choice);
// Applies `choice` to the application: its style's palette, or the console's light or dark one
// (on the Fusion style, which draws every palette faithfully). System puts back the style and
// palette the application started with.
void apply(Choice choice);
// The choice last applied (System before any).
Choice current();
// Fills `combo` with the choices (System, Light, Dark), shows the saved one, and applies and
// saves the one chosen at once (Settings > Appearance > Theme).
void bindChooser(QComboBox *combo);

QString key(Choice choice); // "system", "light", "dark"
Choice fromKey(const QString &key);

QPalette lightPalette();
QPalette darkPalette();

// WCAG 2 contrast ratio of two colours (1 to 21).
double contrastRatio(const QColor &a, const QColor &b);
// `color`, lightened or darkened as little as it takes to reach `ratio` against `background`.
QColor readableOn(const QColor &color, const QColor &background, double ratio = 4.5);

} // namespace Theme
