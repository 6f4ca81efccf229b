#include "dossier/DossierPdf.h"

#include "dossier/Dossier.h"
#include "dossier/DossierHtml.h"

#include <QAbstractTextDocumentLayout>
#include <QColor>
#include <QCoreApplication>
#include <QFont>
#include <QPageLayout>
#include <QPainter>
#include <QPalette>
#include <QPdfWriter>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextFrame>

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Dossier)
};

// The share of the work each stage takes, in percent.
constexpr int ComposeShare = 35;
constexpr int LayoutShare = DossierPdf::PaintingFrom - ComposeShare;

const char *StyleSheet = "body { font-size: 9pt; color: #111111; }"
                         "h1 { font-size: 17pt; }"
                         "h2 { font-size: 13pt; }"
                         "h3 { font-size: 10.5pt; color: #1d3557; }"
                         "th { text-align: left; }";

bool tell(const DossierPdf::Progress &progress, int percent)
{
    return !progress || progress(qBound(0, percent, 100));
}

// Lays the document out a block at a time so that a long thread can be stopped and followed.
bool layOut(QTextDocument &doc, const DossierPdf::Progress &progress)
{
    QAbstractTextDocumentLayout *layout = doc.documentLayout();
    const int blocks = qMax(1, doc.blockCount());
    int n = 0;
    for (QTextBlock block = doc.begin(); block.isValid(); block = block.next()) {
        if (++n % 200 != 0)
            continue;
        layout->blockBoundingRect(block); // lays out everything up to this block
        if (!tell(progress, ComposeShare + LayoutShare * n / blocks))
            return false;
    }
    return true;
}

void paintMargins(
    QPainter &painter, const QRectF &page, const QString &head, const QString &foot, qreal band)
{
    painter.save();
    QFont font = painter.font();
    font.setPointSizeF(7.5);
    painter.setFont(font);
    painter.setPen(QColor(0x55, 0x55, 0x55));
    const QRectF top(page.left(), page.top(), page.width(), band * 0.8);
    painter.drawText(top, Qt::AlignLeft | Qt::AlignTop, head);
    painter.drawLine(QPointF(page.left(), top.bottom()), QPointF(page.right(), top.bottom()));
    const QRectF bottom(page.left(), page.bottom() - band * 0.8, page.width(), band * 0.8);
    painter.drawLine(QPointF(page.left(), bottom.top()), QPointF(page.right(), bottom.top()));
    painter.drawText(
        bottom, Qt::AlignLeft | Qt::AlignBottom, foot.section(QLatin1Char('\t'), 0, 0));
    painter.drawText(bottom, Qt::AlignRight | Qt::AlignBottom, foot.section(QLatin1Char('\t'), 1));
    painter.restore();
}

} // namespace

namespace DossierPdf {

QString title(const Dossier &dossier)
{
    if (dossier.cases.size() == 1)
        return Tr::tr("Case dossier %1").arg(dossier.cases.constFirst().c.id);
    return Tr::tr("Case dossier: %n cases", nullptr, int(dossier.cases.size()));
}

bool render(const Dossier &dossier, QPagedPaintDevice *device, const Progress &progress)
{
    qint64 lastPercent = -1;
    const QString html = DossierHtml::compose(dossier, [&](qint64 done, qint64 total) {
        const qint64 percent = ComposeShare * done / qMax<qint64>(1, total);
        if (percent == lastPercent && done % 256 != 0)
            return true;
        lastPercent = percent;
        return tell(progress, int(percent));
    });
    if (html.isEmpty() || !tell(progress, ComposeShare))
        return false;

    QTextDocument doc;
    doc.documentLayout()->setPaintDevice(device);
    doc.setDefaultStyleSheet(QString::fromLatin1(StyleSheet));
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setStyleHint(QFont::SansSerif);
    font.setPointSizeF(9);
    doc.setDefaultFont(font);
    doc.setHtml(html);
    const qreal dpi = device->logicalDpiY();
    const qreal band = dpi * 0.45; // the running head's and the footer's height
    const QRectF page(0, 0, device->width(), device->height());
    const QRectF body(0, band, page.width(), page.height() - 2 * band);
    QTextFrameFormat frame = doc.rootFrame()->frameFormat();
    frame.setMargin(0);
    doc.rootFrame()->setFrameFormat(frame);
    doc.setPageSize(body.size());
    if (!layOut(doc, progress))
        return false;

    QPainter painter;
    if (!painter.begin(device))
        return false;
    const int pages = doc.pageCount();
    const QString head = title(dossier);
    const QString generated
        = Tr::tr("Generated %1 by %2")
              .arg(DossierHtml::utcTime(dossier.generatedAt), dossier.generator);
    for (int i = 0; i < pages; ++i) {
        if (i > 0 && !device->newPage())
            return false;
        painter.save();
        painter.translate(body.left(), body.top() - i * body.height());
        QAbstractTextDocumentLayout::PaintContext context;
        context.clip = QRectF(0, i * body.height(), body.width(), body.height());
        context.palette.setColor(QPalette::Text, Qt::black);
        painter.setClipRect(context.clip);
        doc.documentLayout()->draw(&painter, context);
        painter.restore();
        paintMargins(painter, page, head,
            generated + QLatin1Char('\t') + Tr::tr("Page %1 of %2").arg(i + 1).arg(pages), band);
        if (!tell(progress,
                ComposeShare + LayoutShare
                    + (100 - ComposeShare - LayoutShare) * (i + 1) / pages)) {
            painter.end();
            return false;
        }
    }
    return painter.end();
}

bool write(const Dossier &dossier, QIODevice *out, const Progress &progress)
{
    QPdfWriter writer(out);
    writer.setTitle(title(dossier));
    writer.setCreator(dossier.generator);
    writer.setResolution(300);
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait,
        QMarginsF(18, 14, 18, 14), QPageLayout::Millimeter));
    return render(dossier, &writer, progress);
}

} // namespace DossierPdf
