include(GNUInstallDirs)
include(CMakePackageConfigHelpers)

set(SYNCSCOPE_CMAKE_DIR ${CMAKE_INSTALL_LIBDIR}/cmake/Syncscope)

install(TARGETS SyncscopeProtocol SyncscopeCore
    EXPORT SyncscopeTargets
    ARCHIVE DESTINATION ${CMAKE_INSTALL_LIBDIR}
    LIBRARY DESTINATION ${CMAKE_INSTALL_LIBDIR}
    RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR}
    FILE_SET HEADERS DESTINATION ${CMAKE_INSTALL_INCLUDEDIR})

install(EXPORT SyncscopeTargets
    NAMESPACE Syncscope::
    DESTINATION ${SYNCSCOPE_CMAKE_DIR})

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
    DESTINATION ${SYNCSCOPE_CMAKE_DIR})

install(TARGETS syncscope-server RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
if(TARGET syncscope)
    install(TARGETS syncscope RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
endif()
