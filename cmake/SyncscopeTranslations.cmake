# One translation catalogue per library. translations/syncscope-<name>_<lang>.ts holds exactly
# the messages of that library's sources, so no message is kept (and translated) twice; each
# executable loads the catalogues of the libraries it links, together
# (syncscope::platform::installTranslations).
#
#   syncscope_add_catalogue(NAME core LIBRARY SyncscopeCore SOURCES ... [INCLUDE_DIRECTORIES ...])
#       lupdate (the update_translations target refreshes the .ts files) and lrelease for one
#       library's catalogue; the .qm files are compiled into whichever target embeds them:
#   syncscope_embed_catalogues(TARGET SyncscopeServer NAMES protocol server)
#       compiles those catalogues into TARGET's resources at :/i18n/syncscope-<name>_<lang>.qm
#       (object libraries, listed in the global property SYNCSCOPE_RESOURCE_TARGETS_<TARGET>).
#
# tests/translations runs lupdate over the same sources (SYNCSCOPE_TR_SOURCES_<name>) and fails
# when a message is missing, unfinished, stale or in two catalogues.
set(SYNCSCOPE_LANGUAGES de fr es)

function(syncscope_add_catalogue)
    cmake_parse_arguments(ARG "" "NAME;LIBRARY" "SOURCES;INCLUDE_DIRECTORIES" ${ARGN})
    if(NOT COMMAND qt_add_lupdate)
        return() # Qt's LinguistTools are not installed: English only
    endif()
    set(ts_files "")
    foreach(language IN LISTS SYNCSCOPE_LANGUAGES)
        list(APPEND ts_files ${PROJECT_SOURCE_DIR}/translations/syncscope-${ARG_NAME}_${language}.ts)
    endforeach()
    set(include_option "")
    if(ARG_INCLUDE_DIRECTORIES)
        set(include_option INCLUDE_DIRECTORIES ${ARG_INCLUDE_DIRECTORIES})
    endif()
    qt_add_lupdate(${ARG_LIBRARY} TS_FILES ${ts_files} SOURCES ${ARG_SOURCES} ${include_option}
        OPTIONS -no-obsolete -locations none)
    qt_add_lrelease(${ARG_LIBRARY} TS_FILES ${ts_files} NO_TARGET_DEPENDENCY
        QM_FILES_OUTPUT_VARIABLE qm_files)
    set_property(GLOBAL PROPERTY SYNCSCOPE_CATALOGUE_QM_${ARG_NAME} ${qm_files})
    set_property(GLOBAL PROPERTY SYNCSCOPE_CATALOGUE_LIBRARY_${ARG_NAME} ${ARG_LIBRARY})
    set_property(GLOBAL APPEND PROPERTY SYNCSCOPE_CATALOGUES ${ARG_NAME})
    set(SYNCSCOPE_TR_SOURCES_${ARG_NAME} ${ARG_SOURCES} CACHE INTERNAL
        "Sources of the ${ARG_NAME} catalogue (read by tests/translations)")
    set(SYNCSCOPE_TR_INCLUDES_${ARG_NAME} ${ARG_INCLUDE_DIRECTORIES} CACHE INTERNAL
        "Extra include paths of the ${ARG_NAME} catalogue (read by tests/translations)")
endfunction()

function(syncscope_embed_catalogues)
    cmake_parse_arguments(ARG "" "TARGET" "NAMES" ${ARGN})
    if(NOT COMMAND qt_add_lupdate)
        return()
    endif()
    foreach(name IN LISTS ARG_NAMES)
        get_property(qm_files GLOBAL PROPERTY SYNCSCOPE_CATALOGUE_QM_${name})
        get_property(library GLOBAL PROPERTY SYNCSCOPE_CATALOGUE_LIBRARY_${name})
        if(NOT qm_files)
            message(FATAL_ERROR "syncscope_embed_catalogues: no catalogue '${name}' (yet)")
        endif()
        list(GET qm_files 0 first)
        get_filename_component(base ${first} DIRECTORY)
        qt_add_resources(${ARG_TARGET} "syncscope_${name}_catalogue"
            PREFIX /i18n BASE ${base} FILES ${qm_files}
            OUTPUT_TARGETS resource_targets)
        # A static library's resources are object libraries of their own: installing the
        # library means installing them with it (cmake/SyncscopeInstall.cmake).
        set_property(GLOBAL APPEND PROPERTY SYNCSCOPE_RESOURCE_TARGETS_${ARG_TARGET}
            ${resource_targets})
        # Generated resource code has nothing to moc: no empty moc object to install with it.
        if(resource_targets)
            set_target_properties(${resource_targets} PROPERTIES AUTOMOC OFF)
        endif()
        add_dependencies(${ARG_TARGET} ${library}_lrelease)
    endforeach()
endfunction()
