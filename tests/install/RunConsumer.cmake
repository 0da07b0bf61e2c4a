# cmake -DBUILD_DIR=... -DCONSUMER_SOURCE_DIR=... -DEXAMPLE_SOURCE_DIR=... -DWORK_DIR=...
#       -DGENERATOR=... [-DEXPECT_MONITOR=ON] -P RunConsumer.cmake
cmake_minimum_required(VERSION 3.24)

set(prefix ${WORK_DIR}/prefix)
set(consumer_build ${WORK_DIR}/consumer-build)
set(example_build ${WORK_DIR}/example-build)
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
    list(APPEND expected bin/syncscope include/syncscope/widgets/sessionmonitorwidget.h)
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

if(EXPECT_MONITOR)
    # The installed widget, run: its session shows, its German translation loads.
    if(NOT EXISTS ${consumer_build}/syncscope-widgets-consumer)
        message(FATAL_ERROR "find_package(Syncscope OPTIONAL_COMPONENTS Widgets) found no Widgets")
    endif()
    run_step("run widgets consumer" ${CMAKE_COMMAND} -E env QT_QPA_PLATFORM=offscreen
        ${consumer_build}/syncscope-widgets-consumer ${WORK_DIR}/widgets-consumer.realm)
    if(NOT last_output MATCHES "widgets consumer: ok")
        message(FATAL_ERROR "widgets consumer printed:\n${last_output}")
    endif()
    # The example an application developer starts from builds against the package as installed.
    run_step("configure example" ${CMAKE_COMMAND} -S ${EXAMPLE_SOURCE_DIR} -B ${example_build}
        -G ${GENERATOR} -DCMAKE_BUILD_TYPE=Release -DCMAKE_PREFIX_PATH=${prefix})
    run_step("build example" ${CMAKE_COMMAND} --build ${example_build})
    run_step("example --help" ${CMAKE_COMMAND} -E env QT_QPA_PLATFORM=offscreen
        ${example_build}/debug-menu --help)
    if(NOT last_output MATCHES "--token")
        message(FATAL_ERROR "debug-menu --help printed:\n${last_output}")
    endif()
endif()
