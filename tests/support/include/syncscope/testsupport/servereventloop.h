#pragma once

#include <syncscope/server/eventloop.h>

#include <QAbstractEventDispatcher>
#include <QCoreApplication>
#include <QTest>

namespace syncscope::testsupport {

// Runs the QtTest object `Test` on syncscope-server's own event loop (EpollEventDispatcher),
// installed before the application as the server's main() does: for what behaves differently
// there (the dispatcher itself, the frame guard's reads from the kernel). The tests' in-process
// servers otherwise run on Qt's dispatcher. A test built both ways picks this main() where its
// build defines SYNCSCOPE_TEST_ON_SERVER_EVENT_LOOP.
template <typename Test> int execOnServerEventLoop(int argc, char *argv[])
{
    QAbstractEventDispatcher *dispatcher = server::createServerEventDispatcher();
    if (!dispatcher) {
        qCritical("syncscope-server's event loop is not available here");
        return 1;
    }
    QCoreApplication::setEventDispatcher(dispatcher);
    QCoreApplication app(argc, argv);
    Test test;
    return QTest::qExec(&test, argc, argv);
}

} // namespace syncscope::testsupport
