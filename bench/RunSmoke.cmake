# Runs syncscope-bench --smoke and checks its JSON: every figure present, in the issue's shape.
# Usage: cmake -DBENCH=<syncscope-bench> -DOUTPUT=<file.json> -P RunSmoke.cmake
file(REMOVE "${OUTPUT}")
execute_process(COMMAND "${BENCH}" --smoke --json "${OUTPUT}" RESULT_VARIABLE run_result)
if(NOT run_result EQUAL 0)
    message(FATAL_ERROR "syncscope-bench --smoke failed (${run_result})")
endif()
execute_process(COMMAND "${BENCH}" verify "${OUTPUT}" --smoke RESULT_VARIABLE verify_result)
if(NOT verify_result EQUAL 0)
    message(FATAL_ERROR "${OUTPUT} is incomplete or malformed")
endif()
