#include "ui/PlainText.h"

#include <QLabel>
#include <QMessageBox>
#include <QTextDocument>

namespace PlainText {

void apply(std::initializer_list<QLabel *> labels)
{
    for (QLabel *label : labels) {
        label->setTextFormat(Qt::PlainText);
        label->setOpenExternalLinks(false);
    }
}

void apply(QMessageBox *box)
{
    box->setTextFormat(Qt::PlainText);
    // QMessageBox gives its informative text a label of its own, always "auto" format.
    if (auto *informative = box->findChild<QLabel *>(QStringLiteral("qt_msgbox_informativelabel")))
        apply({informative});
}

QString toolTip(const QString &text)
{
    if (!Qt::mightBeRichText(text))
        return text;
    return Qt::convertFromPlainText(text, Qt::WhiteSpaceNormal);
}

} // namespace PlainText
