#pragma once

#include <QList>

#include <utility>

// The (context, label) pairs of the data files' labels, as marked for translation.
namespace DataLabels {
const QList<std::pair<const char *, const char *>> &all();
}
