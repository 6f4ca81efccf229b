#include "MessageText.h"

#include <QFile>

#include <cstdio>

QString MessageText::from(const QString &value)
{
    if (value != QLatin1String("-"))
        return value;
    QFile in;
    if (!in.open(stdin, QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(in.readAll()).trimmed();
}
