#pragma once

#include "models/ProviderWords.h"

#include <QColor>
#include <QIcon>

// The coloured marks of the case list and its filters: a priority or a status at a glance.
namespace CaseMarks {

// A small round mark in a colour: filled for "active", a ring otherwise. On a selected row it
// keeps its colour inside a light rim (the style would otherwise tint it to the highlight).
QIcon dot(const QColor &color, bool filled);
QColor priorityColor(const QString &priority);
// By what the status means, whatever the provider's word for it (ProviderWords).
QColor statusColor(ProviderWords::StatusKind kind);

} // namespace CaseMarks
