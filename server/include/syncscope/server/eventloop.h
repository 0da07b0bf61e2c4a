#pragma once

class QAbstractEventDispatcher;

namespace syncscope::server {

// The event dispatcher syncscope-server's main thread runs on: epoll, whose turn costs what is
// ready instead of every connection's socket (see docs/architecture.md). Installed with
// QCoreApplication::setEventDispatcher() before the application is created. nullptr where the
// kernel refuses it, or when SYNCSCOPE_SERVER_EVENT_LOOP=qt asks for Qt's own dispatcher.
QAbstractEventDispatcher *createServerEventDispatcher();

} // namespace syncscope::server
