#pragma once

#include <QString>

#include <initializer_list>

class QLabel;
class QMessageBox;

// Text from a server (the provider, its token endpoint, the Case Repository) or from the
// keychain is shown as typed: never as markup, so a message carrying <h1>, <img src=file://…>
// or <a href=…> shows those characters and loads nothing. Widgets that are rich text on
// purpose (labels we build with <b> or a list) escape each piece of such text with
// QString::toHtmlEscaped() instead; everything else goes through these helpers.
namespace PlainText {

// Makes each label show its text literally, now and for every later setText().
void apply(std::initializer_list<QLabel *> labels);
// Makes the text and the informative text of `box` literal; call it after setInformativeText().
void apply(QMessageBox *box);
// A tooltip that shows `text` literally: Qt shows a tooltip as rich text whenever
// Qt::mightBeRichText() says it could be, so such text is escaped (line breaks kept).
QString toolTip(const QString &text);

} // namespace PlainText
