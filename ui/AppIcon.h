#pragma once

#include <QIcon>

// The console's icon, drawn (a case folder with a speech bubble) so that it needs no image
// plugin: the window, the tray and the about box use it.
namespace AppIcon {
QIcon icon();
}
