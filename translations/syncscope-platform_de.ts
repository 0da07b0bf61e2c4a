<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>syncscope::platform::ShutdownSignals</name>
    <message>
        <source>signal handlers are already installed</source>
        <translation>die Signal-Handler sind bereits installiert</translation>
    </message>
    <message>
        <source>socketpair failed: %1</source>
        <translation>socketpair fehlgeschlagen: %1</translation>
    </message>
</context>
</TS>
