#pragma once

#include <QString>

// A message argument (create, reply): "-" reads standard input.
namespace MessageText {

QString from(const QString &value);

} // namespace MessageText
