#pragma once

class ApiError;

// casectl's exit codes, as 'casectl --help' lists them.
namespace Exit {

enum Code : int {
    Ok = 0,
    Failure = 1,
    Usage = 2,
    Authentication = 3,
    Server = 4,
    Network = 5,
    // The case does not allow it: `rfo` of an open case or of a case that is not an incident.
    NotApplicable = 6
};

// What a command returns when it ends later, through CommandContext::done().
constexpr int Later = -1;

// The exit code that says what kind of failure `error` is.
int codeFor(const ApiError &error);

} // namespace Exit
