# Fails when the file LINKS (the link libraries of a target, written by file(GENERATE)) names a
# library in FORBIDDEN (a regular expression).
file(READ "${LINKS}" links)
if(links MATCHES "${FORBIDDEN}")
    message(FATAL_ERROR "links ${CMAKE_MATCH_0}, which the architecture forbids: ${links}")
endif()
message(STATUS "links only: ${links}")
