# Compiler settings every target of ours shares. Warnings are for our code only:
# Qt headers come in as system includes through the imported targets.
if(SYNCSCOPE_SANITIZE)
    string(REPLACE "," ";" _syncscope_sanitizers "${SYNCSCOPE_SANITIZE}")
    list(JOIN _syncscope_sanitizers "," _syncscope_sanitize_flag)
    add_compile_options(-fsanitize=${_syncscope_sanitize_flag} -fno-omit-frame-pointer)
    add_link_options(-fsanitize=${_syncscope_sanitize_flag})
endif()

function(syncscope_configure_target target)
    target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic)
    if(SYNCSCOPE_WERROR)
        target_compile_options(${target} PRIVATE -Werror)
    endif()
    target_compile_definitions(${target} PRIVATE
        QT_NO_CAST_FROM_ASCII
        QT_NO_CAST_TO_ASCII
        QT_NO_URL_CAST_FROM_STRING
        QT_USE_QSTRINGBUILDER
        QT_NO_KEYWORDS)
endfunction()

# A QtTest executable registered with ctest. Tests link libraries, never executables' sources.
#   syncscope_add_test(NAME name SOURCES a.cpp b.cpp LIBRARIES Syncscope::Core [TIMEOUT s] [LABELS l])
function(syncscope_add_test)
    cmake_parse_arguments(ARG "" "NAME;TIMEOUT" "SOURCES;LIBRARIES;LABELS" ${ARGN})
    qt_add_executable(${ARG_NAME} ${ARG_SOURCES})
    syncscope_configure_target(${ARG_NAME})
    target_link_libraries(${ARG_NAME} PRIVATE Qt6::Test ${ARG_LIBRARIES})
    add_test(NAME ${ARG_NAME} COMMAND ${ARG_NAME})
    if(NOT ARG_TIMEOUT)
        set(ARG_TIMEOUT 300)
    endif()
    set_tests_properties(${ARG_NAME} PROPERTIES
        TIMEOUT ${ARG_TIMEOUT}
        ENVIRONMENT "QT_QPA_PLATFORM=offscreen;SYNCSCOPE_SERVER_BIN=$<TARGET_FILE:syncscope-server>"
        LABELS "${ARG_LABELS}")
endfunction()
