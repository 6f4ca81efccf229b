// The donor of the tests' precompiled Qt headers (tests/CMakeLists.txt): nothing of its own.
