# cmake -DBUILD_DIR=... -DCONSUMER_SOURCE_DIR=... -DWORK_DIR=... -DGENERATOR=... -P RunConsumer.cmake
cmake_minimum_required(VERSION 3.24)

set(prefix ${WORK_DIR}/prefix)
set(consumer_build ${WORK_DIR}/consumer-build)
file(REMOVE_RECURSE ${WORK_DIR})
file(MAKE_DIRECTORY ${WORK_DIR})

function(run_step what)
    execute_process(COMMAND ${ARGN} RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
    if(NOT rc EQUAL 0)
        message(FATAL_ERROR "${what} failed (${rc}):\n${out}\n${err}")
    endif()
    message(STATUS "${what}: ok")
    set(last_output "${out}" PARENT_SCOPE)
endfunction()

run_step("install" ${CMAKE_COMMAND} --install ${BUILD_DIR} --prefix ${prefix})

set(expected bin/syncscope-server include/syncscope/syncscope.h)
if(EXPECT_MONITOR)
    list(APPEND expected bin/syncscope)
endif()
foreach(installed IN LISTS expected)
    if(NOT EXISTS ${prefix}/${installed})
        message(FATAL_ERROR "cmake --install did not install ${installed}")
    endif()
endforeach()

file(GLOB_RECURSE package_config ${prefix}/*/SyncscopeConfig.cmake)
if(NOT package_config)
    message(FATAL_ERROR "cmake --install did not install the CMake package SyncscopeConfig.cmake")
endif()

run_step("configure consumer" ${CMAKE_COMMAND} -S ${CONSUMER_SOURCE_DIR} -B ${consumer_build}
    -G ${GENERATOR} -DCMAKE_BUILD_TYPE=Release -DCMAKE_PREFIX_PATH=${prefix})
run_step("build consumer" ${CMAKE_COMMAND} --build ${consumer_build})
run_step("run consumer" ${consumer_build}/syncscope-consumer ${WORK_DIR}/consumer.realm)
if(NOT last_output MATCHES "consumer: ok")
    message(FATAL_ERROR "consumer printed:\n${last_output}")
endif()
