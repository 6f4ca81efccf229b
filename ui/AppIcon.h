#pragma once

#include <QIcon>

// The console's icon: the installed theme icon "caseconsole" (hicolor, from the package), else
// drawn (a tile with a speech bubble) so that it needs no image plugin: the window, the tray and
// the about box use it.
namespace AppIcon {
QIcon icon();
}
