# The Debian packages built by scripts/package (CPack's DEB generator, one package per install
# component of cmake/SyncscopeInstall.cmake). Included when SYNCSCOPE_PACKAGE is ON; adds what
# only packages carry: man pages and bash completions generated from the built executables'
# own --help (so they cannot drift from the option definitions), the icon's PNG sizes, the
# systemd unit with its configuration file, and each package's copyright and changelog.
# Needs help2man, librsvg2-bin and gzip (scripts/package installs them).
find_program(SYNCSCOPE_HELP2MAN help2man REQUIRED)
find_program(SYNCSCOPE_RSVG_CONVERT rsvg-convert REQUIRED)
find_program(SYNCSCOPE_GZIP gzip REQUIRED)
if(NOT TARGET syncscope)
    message(FATAL_ERROR "SYNCSCOPE_PACKAGE needs SYNCSCOPE_BUILD_MONITOR=ON: the packages include the monitor")
endif()

set(_pkg_src ${PROJECT_SOURCE_DIR}/packaging)
set(_pkg_out ${PROJECT_BINARY_DIR}/packaging)
set(_pkg_files)

# syncscope_package_docs(TARGET SUMMARY INCLUDE [SUBCOMMAND...]): TARGET.1.gz and TARGET.bash.
function(syncscope_package_docs target summary include)
    set(man ${_pkg_out}/${target}.1)
    add_custom_command(OUTPUT ${man}.gz ${_pkg_out}/${target}.bash
        COMMAND ${_pkg_src}/manpage.sh $<TARGET_FILE_DIR:${target}> ${target} ${summary}
                ${include} ${man} ${ARGN}
        COMMAND ${SYNCSCOPE_GZIP} -n -9 -f ${man}
        COMMAND ${_pkg_src}/completion.sh $<TARGET_FILE_DIR:${target}> ${target}
                ${_pkg_out}/${target}.bash ${ARGN}
        DEPENDS ${target} ${_pkg_src}/manpage.sh ${_pkg_src}/completion.sh ${include}
        COMMENT "Man page and bash completion of ${target} from its --help"
        VERBATIM)
    set(_pkg_files ${_pkg_files} ${man}.gz ${_pkg_out}/${target}.bash PARENT_SCOPE)
endfunction()
syncscope_package_docs(syncscope-server "Syncscope sync server"
    ${_pkg_src}/syncscope-server.h2m token)
syncscope_package_docs(syncscope "monitor for Syncscope sync sessions" ${_pkg_src}/syncscope.h2m)

# The hicolor theme's PNG sizes, rendered from the one SVG.
set(_icon_sizes 16 22 24 32 48 64 128 256)
foreach(size IN LISTS _icon_sizes)
    set(png ${_pkg_out}/icons/${size}/syncscope.png)
    add_custom_command(OUTPUT ${png}
        COMMAND ${CMAKE_COMMAND} -E make_directory ${_pkg_out}/icons/${size}
        COMMAND ${SYNCSCOPE_RSVG_CONVERT} --width=${size} --height=${size}
                --output=${png} ${PROJECT_SOURCE_DIR}/resources/syncscope.svg
        DEPENDS ${PROJECT_SOURCE_DIR}/resources/syncscope.svg
        VERBATIM)
    list(APPEND _pkg_files ${png})
    install(FILES ${png} DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/${size}x${size}/apps
        COMPONENT monitor)
endforeach()

# The changelog every package carries; dated by SOURCE_DATE_EPOCH when set (scripts/package
# sets the commit's time), so two builds of one commit give the same packages.
string(TIMESTAMP SYNCSCOPE_CHANGELOG_DATE "%a, %d %b %Y %H:%M:%S +0000" UTC)
configure_file(${_pkg_src}/changelog.in ${_pkg_out}/changelog @ONLY)
add_custom_command(OUTPUT ${_pkg_out}/changelog.gz
    COMMAND ${SYNCSCOPE_GZIP} -n -9 -c ${_pkg_out}/changelog > ${_pkg_out}/changelog.gz
    DEPENDS ${_pkg_out}/changelog)
list(APPEND _pkg_files ${_pkg_out}/changelog.gz)
add_custom_target(syncscope_package_files ALL DEPENDS ${_pkg_files})

set(_completions ${CMAKE_INSTALL_DATADIR}/bash-completion/completions)
install(FILES ${_pkg_out}/syncscope.1.gz DESTINATION ${CMAKE_INSTALL_MANDIR}/man1 COMPONENT monitor)
install(FILES ${_pkg_out}/syncscope.bash DESTINATION ${_completions} RENAME syncscope
    COMPONENT monitor)
install(FILES ${_pkg_out}/syncscope-server.1.gz DESTINATION ${CMAKE_INSTALL_MANDIR}/man1
    COMPONENT server)
install(FILES ${_pkg_out}/syncscope-server.bash DESTINATION ${_completions}
    RENAME syncscope-server COMPONENT server)
# Debian 12 keeps units in /lib (its /usr merge moved them later); configuration in /etc.
install(FILES ${_pkg_src}/syncscope-server.service DESTINATION /lib/systemd/system
    COMPONENT server)
install(FILES ${_pkg_src}/server.conf DESTINATION /etc/syncscope COMPONENT server)
# The tested HAProxy configuration for nodes sharing PostgreSQL (docs/server.md), as an example
# to merge into /etc/haproxy/haproxy.cfg: documentation, not a configuration of this package.
install(FILES ${PROJECT_SOURCE_DIR}/docs/examples/haproxy.cfg
    DESTINATION ${CMAKE_INSTALL_DATADIR}/doc/syncscope-server/examples COMPONENT server)

set(_components monitor server dev)
set(_package_names syncscope syncscope-server libsyncscope-dev)
foreach(component package IN ZIP_LISTS _components _package_names)
    install(FILES ${_pkg_src}/copyright ${_pkg_out}/changelog.gz
        DESTINATION ${CMAKE_INSTALL_DATADIR}/doc/${package} COMPONENT ${component})
endforeach()

# CPack: one .deb per component.
set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME syncscope)
set(CPACK_PACKAGE_VENDOR "Syncscope maintainers")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_CONTACT "Syncscope maintainers <maintainers@users.noreply.r-seed-7f1f453a.example>")
set(CPACK_PACKAGE_DIRECTORY ${PROJECT_BINARY_DIR}/debs)
set(CPACK_COMPONENTS_ALL monitor server dev)
set(CPACK_DEB_COMPONENT_INSTALL ON)
# Files under /etc and /lib are installed below DESTDIR, not into this machine.
set(CPACK_SET_DESTDIR ON)
set(CPACK_PACKAGING_INSTALL_PREFIX ${CMAKE_INSTALL_PREFIX})
set(CPACK_STRIP_FILES ON)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)

# The SQLite driver is a Qt plug-in that dpkg-shlibdeps cannot see: both executables open
# their databases through it. Qt finds the window's icon in the hicolor theme only when the
# theme's index.theme (hicolor-icon-theme) is installed.
set(CPACK_DEBIAN_MONITOR_PACKAGE_NAME syncscope)
set(CPACK_DEBIAN_MONITOR_PACKAGE_SECTION net)
set(CPACK_DEBIAN_MONITOR_PACKAGE_DEPENDS "libqt6sql6-sqlite, hicolor-icon-theme")
set(CPACK_DEBIAN_MONITOR_DESCRIPTION "monitor for Syncscope sync sessions
Syncscope watches sync sessions of a self-hosted Syncscope server: every
session of a workspace with its state, its connection, its upload and
download progress and its rates, as a table with badges and as live charts.
Sessions can be paused and resumed; an event log and progress-log export
(CSV, JSON lines) come with it. syncscope --headless prints the same status
in a terminal. Without a workspace it runs an embedded server with demo
sessions.")

set(CPACK_DEBIAN_SERVER_PACKAGE_NAME syncscope-server)
set(CPACK_DEBIAN_SERVER_PACKAGE_SECTION net)
set(CPACK_DEBIAN_SERVER_PACKAGE_DEPENDS "adduser, libqt6sql6-sqlite")
# Qt's PostgreSQL driver only for --database postgresql://…; SQLite needs nothing more.
set(CPACK_DEBIAN_SERVER_PACKAGE_SUGGESTS "libqt6sql6-psql, postgresql")
set(CPACK_DEBIAN_SERVER_PACKAGE_CONTROL_EXTRA
    ${_pkg_src}/server/postinst ${_pkg_src}/server/prerm ${_pkg_src}/server/postrm
    ${_pkg_src}/server/conffiles)
set(CPACK_DEBIAN_SERVER_DESCRIPTION "self-hosted sync server for Syncscope clients
syncscope-server keeps realms of key/value changesets in SQLite and syncs
them with Syncscope clients over WebSocket (ws:// or wss://), checking
signed HS256 access tokens with per-realm grants. The package runs it as a
hardened systemd service (syncscope-server.service) under its own system
user, configured in /etc/syncscope/server.conf; syncscope-server token
mints access tokens.")

set(CPACK_DEBIAN_DEV_PACKAGE_NAME libsyncscope-dev)
set(CPACK_DEBIAN_DEV_PACKAGE_SECTION libdevel)
# qt6-charts-dev: Syncscope::Widgets (the SessionMonitorWidget) links Qt Charts, whose CMake
# package needs Qt's OpenGL one; Debian's qt6-charts-dev does not pull libqt6opengl6-dev in
# (found by the pristine-root check: find_package(Syncscope COMPONENTS Widgets) failed there).
# libsqlite3-dev: the static Syncscope::Core calls SQLite's API (find_dependency(SQLite3)).
set(CPACK_DEBIAN_DEV_PACKAGE_DEPENDS
    "qt6-base-dev (>= 6.4), qt6-websockets-dev (>= 6.4), qt6-charts-dev (>= 6.4), libqt6opengl6-dev (>= 6.4), libqt6sql6-sqlite, libsqlite3-dev")
set(CPACK_DEBIAN_DEV_DESCRIPTION "Qt client SDK for Syncscope sync (static libraries, headers)
Syncscope::Core is a Qt 6 client SDK whose SyncSession behaves like Realm's
Session: active, inactive and invalid states, a connection shared by every
session on one WebSocket, upload and download progress notifications, waits
for uploads and downloads with timeouts, pause and resume. Each session
syncs a local SQLite file that never loses a committed write.
.
This package holds the static libraries, the headers and the CMake package
Syncscope: find_package(Syncscope CONFIG REQUIRED) and link Syncscope::Core.
Its component Widgets (Syncscope::Widgets) is SessionMonitorWidget, the
monitor's session list, charts and actions for an application's own debug
menu, with its German, French and Spanish translations.")

include(CPack)
