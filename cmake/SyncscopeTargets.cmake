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

# The same test once more with its servers keeping their data in PostgreSQL
# (SYNCSCOPE_TEST_POSTGRES=1: ServerProcess and startInProcessServer then use a private
# cluster, TestSupport::PostgresCluster), as NAME_postgres with the label "postgres".
# Registered only where Qt's QPSQL driver and PostgreSQL's pg_ctl are installed (scripts/setup
# installs both, so CI always runs them).
function(syncscope_add_postgres_variant name)
    if(NOT DEFINED CACHE{SYNCSCOPE_HAVE_POSTGRES})
        set(have OFF)
        file(GLOB pg_ctl /usr/lib/postgresql/*/bin/pg_ctl)
        find_file(qpsql_plugin libqsqlpsql.so
            PATHS "${QT6_INSTALL_PREFIX}/${QT6_INSTALL_PLUGINS}/sqldrivers"
                  /usr/lib/${CMAKE_LIBRARY_ARCHITECTURE}/qt6/plugins/sqldrivers
            NO_DEFAULT_PATH NO_CACHE)
        if(pg_ctl AND qpsql_plugin)
            set(have ON)
        else()
            message(STATUS "PostgreSQL or Qt's QPSQL driver missing: the *_postgres test "
                           "variants are not registered (scripts/setup installs them)")
        endif()
        set(SYNCSCOPE_HAVE_POSTGRES ${have} CACHE INTERNAL "")
    endif()
    if(NOT SYNCSCOPE_HAVE_POSTGRES)
        return()
    endif()
    get_test_property(${name} TIMEOUT timeout)
    get_test_property(${name} LABELS labels)
    add_test(NAME ${name}_postgres COMMAND ${name})
    set_tests_properties(${name}_postgres PROPERTIES
        TIMEOUT ${timeout}
        ENVIRONMENT "QT_QPA_PLATFORM=offscreen;SYNCSCOPE_SERVER_BIN=$<TARGET_FILE:syncscope-server>;SYNCSCOPE_TEST_POSTGRES=1"
        LABELS "${labels};postgres")
endfunction()
