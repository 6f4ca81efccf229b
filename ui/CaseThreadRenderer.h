#pragma once

#include <QString>

struct CaseHeader;
class CommunicationThreadModel;

// Renders a case's header and communication thread as rich text for a QTextBrowser: our side
// and the provider's side told apart, times in local time, new messages marked, text escaped.
namespace CaseThreadRenderer {
QString toHtml(const CaseHeader &c, const CommunicationThreadModel &thread);
}
