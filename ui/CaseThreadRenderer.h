#pragma once

#include <QString>

struct Case;

// Renders a case's header and communication thread as rich text for a QTextBrowser:
// our side and the provider's side told apart, times in local time, text escaped.
namespace CaseThreadRenderer {
QString toHtml(const Case &c);
}
