<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>syncscope::platform::ShutdownSignals</name>
    <message>
        <source>signal handlers are already installed</source>
        <translation>los manejadores de señales ya están instalados</translation>
    </message>
    <message>
        <source>socketpair failed: %1</source>
        <translation>socketpair falló: %1</translation>
    </message>
</context>
</TS>
