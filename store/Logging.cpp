#include "store/Logging.h"

Q_LOGGING_CATEGORY(lcStore, "caseconsole.store", QtInfoMsg)
