#include "api/Logging.h"

Q_LOGGING_CATEGORY(lcApi, "caseconsole.api", QtInfoMsg)
Q_LOGGING_CATEGORY(lcAuth, "caseconsole.auth", QtInfoMsg)
Q_LOGGING_CATEGORY(lcPoller, "caseconsole.poller", QtInfoMsg)
