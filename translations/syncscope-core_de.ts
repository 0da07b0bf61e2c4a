<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>syncscope::App</name>
    <message>
        <source>No user given.</source>
        <translation>Kein Benutzer angegeben.</translation>
    </message>
    <message>
        <source>The user %1 is logged out.</source>
        <translation>Der Benutzer %1 ist abgemeldet.</translation>
    </message>
    <message>
        <source>The server URL must be ws:// or wss://, not &quot;%1&quot;.</source>
        <translation>Die Server-URL muss mit ws:// oder wss:// beginnen, nicht „%1“.</translation>
    </message>
    <message>
        <source>Invalid realm path &quot;%1&quot;: %2</source>
        <translation>Ungültiger Realm-Pfad „%1“: %2</translation>
    </message>
    <message>
        <source>No local file path given.</source>
        <translation>Kein Pfad für die lokale Datei angegeben.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Der Ordner %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>The local file %1 is already open for another realm or user.</source>
        <translation>Die lokale Datei %1 ist bereits für einen anderen Realm oder Benutzer geöffnet.</translation>
    </message>
    <message>
        <source>The access token is malformed.</source>
        <translation>Das Zugriffstoken ist fehlerhaft.</translation>
    </message>
</context>
<context>
    <name>syncscope::Inspector</name>
    <message>
        <source>Message of %1 bytes exceeds the limit of %2 bytes</source>
        <translation>Nachricht mit %1 Bytes überschreitet die Grenze von %2 Bytes</translation>
    </message>
    <message>
        <source>Message is not a JSON object: %1</source>
        <translation>Nachricht ist kein JSON-Objekt: %1</translation>
    </message>
    <message>
        <source>not an object</source>
        <translation>kein Objekt</translation>
    </message>
    <message>
        <source>Network conditions out of range (rates 0–10 GB/s, latency 0–3,600,000 ms)</source>
        <translation>Netzwerkbedingungen außerhalb des zulässigen Bereichs (Raten 0–10 GB/s, Latenz 0–3.600.000 ms)</translation>
    </message>
</context>
<context>
    <name>syncscope::InspectorClient</name>
    <message>
        <source>Not attached to a process</source>
        <translation>Mit keinem Prozess verbunden</translation>
    </message>
    <message>
        <source>Process %1 has no inspector of this user</source>
        <translation>Prozess %1 hat keinen Inspektor dieses Benutzers</translation>
    </message>
</context>
<context>
    <name>syncscope::LocalStore</name>
    <message>
        <source>Cannot open the local file %1: %2</source>
        <translation>Die lokale Datei %1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>Cannot create the local file</source>
        <translation>Die lokale Datei kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>%1 in %2: %3</source>
        <translation>%1 in %2: %3</translation>
    </message>
    <message>
        <source>Cannot read the local file %1: %2</source>
        <translation>Die lokale Datei %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The local file %1 is not a Syncscope realm (not an SQLite database); it was left untouched.</source>
        <translation>Die lokale Datei %1 ist kein Syncscope-Realm (keine SQLite-Datenbank); sie wurde nicht verändert.</translation>
    </message>
    <message>
        <source>Cannot read the local file %1 (%2); it was left untouched.</source>
        <translation>Die lokale Datei %1 kann nicht gelesen werden (%2); sie wurde nicht verändert.</translation>
    </message>
    <message>
        <source>The local file %1 is damaged (%2); it was left untouched.</source>
        <translation>Die lokale Datei %1 ist beschädigt (%2); sie wurde nicht verändert.</translation>
    </message>
    <message>
        <source>Cannot read the local file&apos;s schema</source>
        <translation>Das Schema der lokalen Datei kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>The local file %1 is an SQLite database of another application (table %2 is missing); it was left untouched.</source>
        <translation>Die lokale Datei %1 ist eine SQLite-Datenbank einer anderen Anwendung (Tabelle %2 fehlt); sie wurde nicht verändert.</translation>
    </message>
    <message>
        <source>The local file %1 has no sync metadata; it was left untouched.</source>
        <translation>Die lokale Datei %1 hat keine Sync-Metadaten; sie wurde nicht verändert.</translation>
    </message>
    <message>
        <source>The local file %1 has format version %2, this client reads version %3.</source>
        <translation>Die lokale Datei %1 hat das Format Version %2, dieser Client liest Version %3.</translation>
    </message>
    <message>
        <source>The local file %1 belongs to the realm %2, not %3.</source>
        <translation>Die lokale Datei %1 gehört zum Realm %2, nicht zu %3.</translation>
    </message>
    <message>
        <source>Cannot configure the local file</source>
        <translation>Die lokale Datei kann nicht eingerichtet werden</translation>
    </message>
    <message>
        <source>Cannot read the sync metadata</source>
        <translation>Die Sync-Metadaten können nicht gelesen werden</translation>
    </message>
    <message>
        <source>Cannot write the sync metadata</source>
        <translation>Die Sync-Metadaten können nicht geschrieben werden</translation>
    </message>
    <message>
        <source>Cannot start a write</source>
        <translation>Ein Schreibvorgang kann nicht begonnen werden</translation>
    </message>
    <message>
        <source>Cannot read the current value</source>
        <translation>Der aktuelle Wert kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>Cannot write the value</source>
        <translation>Der Wert kann nicht geschrieben werden</translation>
    </message>
    <message>
        <source>Cannot queue the change for upload</source>
        <translation>Die Änderung kann nicht zum Hochladen vorgemerkt werden</translation>
    </message>
    <message>
        <source>Cannot commit the write</source>
        <translation>Der Schreibvorgang kann nicht abgeschlossen werden</translation>
    </message>
    <message>
        <source>Cannot record the client file id</source>
        <translation>Die Client-Datei-ID kann nicht gespeichert werden</translation>
    </message>
    <message>
        <source>Cannot start applying downloaded changes</source>
        <translation>Das Anwenden heruntergeladener Änderungen kann nicht begonnen werden</translation>
    </message>
    <message>
        <source>Cannot apply a downloaded change</source>
        <translation>Eine heruntergeladene Änderung kann nicht angewendet werden</translation>
    </message>
    <message>
        <source>Cannot drop acknowledged changes</source>
        <translation>Bestätigte Änderungen können nicht verworfen werden</translation>
    </message>
    <message>
        <source>Cannot commit downloaded changes</source>
        <translation>Heruntergeladene Änderungen können nicht gespeichert werden</translation>
    </message>
    <message>
        <source>The local file %1 was replaced or changed by another program while it was closed; it was left untouched.</source>
        <translation>Die lokale Datei %1 wurde ersetzt oder von einem anderen Programm geändert, während sie geschlossen war; sie wurde nicht verändert.</translation>
    </message>
    <message>
        <source>Cannot read the changes waiting for upload</source>
        <translation>Die Änderungen, die auf das Hochladen warten, können nicht gelesen werden</translation>
    </message>
    <message>
        <source>a change waiting for upload cannot be read</source>
        <translation>eine Änderung, die auf das Hochladen wartet, kann nicht gelesen werden</translation>
    </message>
</context>
<context>
    <name>syncscope::Realm</name>
    <message>
        <source>The realm is closed.</source>
        <translation>Der Realm ist geschlossen.</translation>
    </message>
    <message>
        <source>A key must not be empty.</source>
        <translation>Ein Schlüssel darf nicht leer sein.</translation>
    </message>
    <message>
        <source>The key is longer than %1 bytes.</source>
        <translation>Der Schlüssel ist länger als %1 Bytes.</translation>
    </message>
    <message>
        <source>The value is larger than %1 bytes.</source>
        <translation>Der Wert ist größer als %1 Bytes.</translation>
    </message>
</context>
<context>
    <name>syncscope::SyncSession</name>
    <message>
        <source>The sync session was destroyed</source>
        <translation>Die Sync-Sitzung wurde zerstört</translation>
    </message>
    <message>
        <source>Uploading changes did not complete in %1 ms.</source>
        <translation>Das Hochladen der Änderungen wurde nicht innerhalb von %1 ms abgeschlossen.</translation>
    </message>
    <message>
        <source>Downloading changes did not complete in %1 ms.</source>
        <translation>Das Herunterladen der Änderungen wurde nicht innerhalb von %1 ms abgeschlossen.</translation>
    </message>
    <message>
        <source>The user logged out</source>
        <translation>Der Benutzer hat sich abgemeldet</translation>
    </message>
    <message>
        <source>The application object was destroyed</source>
        <translation>Das Anwendungsobjekt wurde zerstört</translation>
    </message>
    <message>
        <source>The sync session is not active</source>
        <translation>Die Sync-Sitzung ist nicht aktiv</translation>
    </message>
    <message>
        <source>The sync session was closed</source>
        <translation>Die Sync-Sitzung wurde geschlossen</translation>
    </message>
</context>
<context>
    <name>syncscope::detail::Connection</name>
    <message>
        <source>Sync connection was not fully established in time</source>
        <translation>Die Sync-Verbindung wurde nicht rechtzeitig vollständig aufgebaut</translation>
    </message>
    <message>
        <source>Timed out waiting for PONG response from server</source>
        <translation>Zeitüberschreitung beim Warten auf die PONG-Antwort des Servers</translation>
    </message>
    <message>
        <source>The server sent a text frame; syncscope.v1 uses binary frames</source>
        <translation>Der Server hat einen Text-Frame gesendet; syncscope.v1 verwendet Binär-Frames</translation>
    </message>
    <message>
        <source>The server at %1 did not accept the protocol %2</source>
        <translation>Der Server unter %1 hat das Protokoll %2 nicht akzeptiert</translation>
    </message>
    <message>
        <source>The server at %1 closed the connection (close code %2: %3)</source>
        <translation>Der Server %1 hat die Verbindung geschlossen (Close-Code %2: %3)</translation>
    </message>
    <message>
        <source>The connection to %1 was lost: %2</source>
        <translation>Die Verbindung zu %1 ist abgebrochen: %2</translation>
    </message>
    <message>
        <source>The TLS certificate of %1 is not trusted: %2</source>
        <translation>Das TLS-Zertifikat von %1 ist nicht vertrauenswürdig: %2</translation>
    </message>
    <message>
        <source>The server at %1 refused the WebSocket handshake with HTTP status %2 %3</source>
        <translation>Der Server %1 hat den WebSocket-Handshake mit HTTP-Status %2 %3 abgelehnt</translation>
    </message>
    <message>
        <source>The server at %1 refused the connection</source>
        <translation>Der Server %1 hat die Verbindung abgelehnt</translation>
    </message>
    <message>
        <source>The server name %1 could not be resolved: %2</source>
        <translation>Der Servername %1 konnte nicht aufgelöst werden: %2</translation>
    </message>
    <message>
        <source>The TLS handshake with %1 failed: %2</source>
        <translation>Der TLS-Handshake mit %1 ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>Could not connect to %1: %2</source>
        <translation>Verbindung zu %1 nicht möglich: %2</translation>
    </message>
    <message>
        <source>The server sent an invalid message: %1</source>
        <translation>Der Server hat eine ungültige Nachricht gesendet: %1</translation>
    </message>
    <message>
        <source>The server sent a session message without a session</source>
        <translation>Der Server hat eine Sitzungsnachricht ohne Sitzung gesendet</translation>
    </message>
    <message>
        <source>The server sent a message for session %1, which was never bound</source>
        <translation>Der Server hat eine Nachricht für die Sitzung %1 gesendet, die nie gebunden wurde</translation>
    </message>
    <message>
        <source>The server sent a PONG that answers no PING</source>
        <translation>Der Server hat ein PONG gesendet, das auf kein PING antwortet</translation>
    </message>
    <message>
        <source>The connection to %1 was lost: the simulated network is offline</source>
        <translation>Die Verbindung zu %1 ist abgebrochen: das simulierte Netzwerk ist offline</translation>
    </message>
    <message>
        <source>The server at %1 refused the connection: the simulated network is offline</source>
        <translation>Der Server unter %1 hat die Verbindung abgelehnt: das simulierte Netzwerk ist offline</translation>
    </message>
</context>
<context>
    <name>syncscope::detail::InspectorServer</name>
    <message>
        <source>No runtime directory for the inspector socket</source>
        <translation>Kein Laufzeitverzeichnis für den Socket des Inspektors</translation>
    </message>
    <message>
        <source>Cannot create the private folder %1 for the inspector</source>
        <translation>Der private Ordner %1 für den Inspektor kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>Cannot write the inspector secret file %1</source>
        <translation>Die Geheimnisdatei %1 des Inspektors kann nicht geschrieben werden</translation>
    </message>
    <message>
        <source>Cannot listen on %1: %2</source>
        <translation>Lauschen auf %1 nicht möglich: %2</translation>
    </message>
    <message>
        <source>No hello with the secret within %1 seconds</source>
        <translation>Kein Hello mit dem Geheimnis innerhalb von %1 Sekunden</translation>
    </message>
    <message>
        <source>The first message must be a hello with the secret</source>
        <translation>Die erste Nachricht muss ein Hello mit dem Geheimnis sein</translation>
    </message>
    <message>
        <source>Wrong secret</source>
        <translation>Falsches Geheimnis</translation>
    </message>
    <message>
        <source>Unknown message type &quot;%1&quot;</source>
        <translation>Unbekannter Nachrichtentyp „%1“</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;</source>
        <translation>Unbekannter Befehl „%1“</translation>
    </message>
    <message>
        <source>No session %1</source>
        <translation>Keine Sitzung %1</translation>
    </message>
    <message>
        <source>Pause for 1 to 86,400 seconds</source>
        <translation>Pause von 1 bis 86.400 Sekunden</translation>
    </message>
</context>
<context>
    <name>syncscope::detail::ProtocolSession</name>
    <message>
        <source>The server sent UNBOUND for a session that did not unbind</source>
        <translation>Der Server hat UNBOUND für eine Sitzung gesendet, die sich nicht gelöst hat</translation>
    </message>
    <message>
        <source>The server sent a message that only clients send</source>
        <translation>Der Server hat eine Nachricht gesendet, die nur Clients senden</translation>
    </message>
    <message>
        <source>The server sent an unexpected IDENT</source>
        <translation>Der Server hat ein unerwartetes IDENT gesendet</translation>
    </message>
    <message>
        <source>The server sent DOWNLOAD before the session was identified</source>
        <translation>Der Server hat DOWNLOAD gesendet, bevor die Sitzung identifiziert war</translation>
    </message>
    <message>
        <source>The server acknowledged client version %1, the latest is %2</source>
        <translation>Der Server hat die Client-Version %1 bestätigt, die neueste ist %2</translation>
    </message>
    <message>
        <source>The server sent download cursor %1 (had %2, server head %3)</source>
        <translation>Der Server hat den Download-Cursor %1 gesendet (bisher %2, Server-Stand %3)</translation>
    </message>
    <message>
        <source>The server sent changeset %1 out of order</source>
        <translation>Der Server hat das Changeset %1 außer der Reihe gesendet</translation>
    </message>
    <message>
        <source>The server echoed MARK %1, which was not requested</source>
        <translation>Der Server hat MARK %1 zurückgesendet, das nicht angefordert wurde</translation>
    </message>
</context>
</TS>
