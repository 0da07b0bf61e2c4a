<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>syncscope::platform::ShutdownSignals</name>
    <message>
        <source>signal handlers are already installed</source>
        <translation>les gestionnaires de signaux sont déjà installés</translation>
    </message>
    <message>
        <source>socketpair failed: %1</source>
        <translation>échec de socketpair : %1</translation>
    </message>
</context>
</TS>
