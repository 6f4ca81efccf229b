# Runs one libFuzzer harness for SECONDS on a fresh copy of its seed corpus (SEEDS) in WORK:
# cmake -DFUZZER=... -DSEEDS=... -DWORK=... -DSECONDS=60 -DRSS_MB=2048 -P RunFuzzer.cmake
# Fails when the harness finds a crash, a sanitizer report or a disagreement (the input is
# saved in WORK/artifacts), and prints how many inputs it ran.
file(REMOVE_RECURSE ${WORK})
file(MAKE_DIRECTORY ${WORK}/corpus ${WORK}/artifacts)
file(GLOB seeds ${SEEDS}/*)
file(COPY ${seeds} DESTINATION ${WORK}/corpus)
execute_process(
    COMMAND ${FUZZER} -max_total_time=${SECONDS} -rss_limit_mb=${RSS_MB} -max_len=65536
        -timeout=25 -print_final_stats=1 -artifact_prefix=${WORK}/artifacts/
        ${WORK}/corpus
    RESULT_VARIABLE result
    OUTPUT_VARIABLE out
    ERROR_VARIABLE out)
string(REGEX MATCH "stat::number_of_executed_units: *[0-9]+" runs "${out}")
string(REGEX MATCH "[0-9]+$" runs "${runs}")
get_filename_component(name ${FUZZER} NAME)
if(NOT result EQUAL 0)
    message("${out}")
    message(FATAL_ERROR "${name}: failed (exit ${result}) after ${runs} inputs; see ${WORK}/artifacts")
endif()
message("${name}: ${runs} inputs in ${SECONDS} s, no finding")
