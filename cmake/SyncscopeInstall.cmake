# What `cmake --install` puts where, in three components that are also the Debian packages
# of cmake/SyncscopePackaging.cmake:
#   dev     → libsyncscope-dev   static libraries, headers, the CMake package Syncscope
#   server  → syncscope-server   the server executable (and, packaged, its service)
#   monitor → syncscope          the monitor executable and its desktop integration
include(GNUInstallDirs)
include(CMakePackageConfigHelpers)

set(SYNCSCOPE_CMAKE_DIR ${CMAKE_INSTALL_LIBDIR}/cmake/Syncscope)

install(TARGETS SyncscopeProtocol SyncscopeCore
    EXPORT SyncscopeTargets
    ARCHIVE DESTINATION ${CMAKE_INSTALL_LIBDIR} COMPONENT dev
    LIBRARY DESTINATION ${CMAKE_INSTALL_LIBDIR} COMPONENT dev
    RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR} COMPONENT dev
    FILE_SET HEADERS DESTINATION ${CMAKE_INSTALL_INCLUDEDIR} COMPONENT dev)

install(EXPORT SyncscopeTargets
    NAMESPACE Syncscope::
    DESTINATION ${SYNCSCOPE_CMAKE_DIR}
    COMPONENT dev)

# Syncscope::Widgets, the embeddable SessionMonitorWidget (docs/embedding.md), as the package's
# component Widgets: its one public header, the static library, and what it links that is ours
# (MonitorCore; Server and Platform only because MonitorCore's embedded demo and translation
# loading need them; no headers of theirs), each with the object libraries of its compiled-in
# translations. A separate export file, so that a consumer of Syncscope::Core alone needs
# neither Qt Widgets nor Qt Charts.
if(TARGET SyncscopeWidgets)
    set(_widgets_targets SyncscopePlatform SyncscopeServer SyncscopeMonitorCore SyncscopeWidgets)
    set(_widgets_objects)
    foreach(target IN LISTS _widgets_targets)
        get_property(resources GLOBAL PROPERTY SYNCSCOPE_RESOURCE_TARGETS_${target})
        list(APPEND _widgets_objects ${resources})
    endforeach()
    install(TARGETS ${_widgets_targets} ${_widgets_objects}
        EXPORT SyncscopeWidgetsTargets
        ARCHIVE DESTINATION ${CMAKE_INSTALL_LIBDIR} COMPONENT dev
        OBJECTS DESTINATION ${CMAKE_INSTALL_LIBDIR}/syncscope COMPONENT dev
        FILE_SET HEADERS DESTINATION ${CMAKE_INSTALL_INCLUDEDIR} COMPONENT dev)
    install(EXPORT SyncscopeWidgetsTargets
        NAMESPACE Syncscope::
        DESTINATION ${SYNCSCOPE_CMAKE_DIR}
        COMPONENT dev)
endif()

configure_package_config_file(
    ${PROJECT_SOURCE_DIR}/cmake/SyncscopeConfig.cmake.in
    ${PROJECT_BINARY_DIR}/SyncscopeConfig.cmake
    INSTALL_DESTINATION ${SYNCSCOPE_CMAKE_DIR})
write_basic_package_version_file(
    ${PROJECT_BINARY_DIR}/SyncscopeConfigVersion.cmake
    COMPATIBILITY SameMinorVersion)
install(FILES
    ${PROJECT_BINARY_DIR}/SyncscopeConfig.cmake
    ${PROJECT_BINARY_DIR}/SyncscopeConfigVersion.cmake
    DESTINATION ${SYNCSCOPE_CMAKE_DIR}
    COMPONENT dev)

install(TARGETS syncscope-server RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR} COMPONENT server)
if(TARGET syncscope)
    install(TARGETS syncscope RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR} COMPONENT monitor)
    # Desktop integration on freedesktop systems: the launcher entry, the AppStream metainfo
    # (software centres) and the scalable icon. The PNG sizes are rendered for packages only
    # (SYNCSCOPE_PACKAGE, cmake/SyncscopePackaging.cmake).
    if(UNIX AND NOT APPLE)
        set(SYNCSCOPE_APPSTREAM_ID org.syncscope.syncscope)
        set(SYNCSCOPE_RELEASE_DATE 2026-12-06 CACHE STRING
            "Date of this version's release entry in the AppStream metainfo")
        set(SYNCSCOPE_SCREENSHOT_BASE_URL "https://syncscope.example/images" CACHE STRING
            "Where docs/images is published: the AppStream metainfo's screenshot URLs")
        configure_file(${PROJECT_SOURCE_DIR}/packaging/syncscope.metainfo.xml.in
            ${PROJECT_BINARY_DIR}/packaging/${SYNCSCOPE_APPSTREAM_ID}.metainfo.xml @ONLY)
        install(FILES ${PROJECT_SOURCE_DIR}/resources/syncscope.desktop
            DESTINATION ${CMAKE_INSTALL_DATADIR}/applications COMPONENT monitor)
        install(FILES ${PROJECT_BINARY_DIR}/packaging/${SYNCSCOPE_APPSTREAM_ID}.metainfo.xml
            DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo COMPONENT monitor)
        install(FILES ${PROJECT_SOURCE_DIR}/resources/syncscope.svg
            DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps COMPONENT monitor)
    endif()
endif()

option(SYNCSCOPE_PACKAGE
    "Also build and install what the Debian packages add: man pages, bash completions, PNG icons, the service (scripts/package)"
    OFF)
if(SYNCSCOPE_PACKAGE)
    include(SyncscopePackaging)
endif()
