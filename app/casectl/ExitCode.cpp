#include "ExitCode.h"

#include "models/ApiError.h"

int Exit::codeFor(const ApiError &error)
{
    switch (error.kind()) {
    case ApiError::Kind::None:
        return Ok;
    case ApiError::Kind::InvalidRequest:
        return Usage;
    case ApiError::Kind::Authentication:
    case ApiError::Kind::Authorization:
        return Authentication;
    case ApiError::Kind::Network:
    case ApiError::Kind::Timeout:
        return Network;
    default:
        return Server;
    }
}
