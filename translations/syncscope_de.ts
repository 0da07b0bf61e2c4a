<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>EventLog</name>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Pause/resume</source>
        <translation>Pause/Fortsetzen</translation>
    </message>
    <message>
        <source>Stall</source>
        <translation>Stillstand</translation>
    </message>
    <message>
        <source>Monitor</source>
        <translation>Monitor</translation>
    </message>
</context>
<context>
    <name>LocalSessions</name>
    <message>
        <source>the access token is malformed</source>
        <translation>das Zugriffstoken ist fehlerhaft</translation>
    </message>
</context>
<context>
    <name>MonitorCommandLine</name>
    <message>
        <source>Watches sync sessions: their state, connection, progress and rates.
With no options it starts an embedded server with a demo workspace.</source>
        <translation>Überwacht Sync-Sitzungen: Status, Verbindung, Fortschritt und Raten.
Ohne Optionen startet er einen eingebetteten Server mit einem Demo-Arbeitsbereich.</translation>
    </message>
    <message>
        <source>Open the sessions listed in &lt;file&gt; (JSON, see docs/monitor.md).</source>
        <translation>Die in &lt;file&gt; aufgeführten Sitzungen öffnen (JSON, siehe docs/monitor.md).</translation>
    </message>
    <message>
        <source>file</source>
        <translation>datei</translation>
    </message>
    <message>
        <source>Run without a window: print a status table every second.</source>
        <translation>Ohne Fenster laufen: jede Sekunde eine Statustabelle ausgeben.</translation>
    </message>
    <message>
        <source>With --headless: stop after &lt;seconds&gt;.</source>
        <translation>Mit --headless: nach &lt;seconds&gt; Sekunden beenden.</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>sekunden</translation>
    </message>
    <message>
        <source>With --headless: write the progress log to &lt;file&gt; at the end (.csv or .jsonl).</source>
        <translation>Mit --headless: am Ende das Fortschrittsprotokoll nach &lt;file&gt; schreiben (.csv oder .jsonl).</translation>
    </message>
    <message>
        <source>Use &lt;language&gt; (e.g. de, fr, es) instead of the system&apos;s.</source>
        <translation>&lt;language&gt; (z. B. de, fr, es) statt der Systemsprache verwenden.</translation>
    </message>
    <message>
        <source>language</source>
        <translation>sprache</translation>
    </message>
    <message>
        <source>unexpected argument: %1</source>
        <translation>unerwartetes Argument: %1</translation>
    </message>
    <message>
        <source>--workspace needs a file name</source>
        <translation>--workspace braucht einen Dateinamen</translation>
    </message>
    <message>
        <source>--duration only applies with --headless</source>
        <translation>--duration gilt nur zusammen mit --headless</translation>
    </message>
    <message>
        <source>--duration needs a positive number of seconds, got &quot;%1&quot;</source>
        <translation>--duration braucht eine positive Anzahl Sekunden, erhalten: „%1“</translation>
    </message>
    <message>
        <source>--export only applies with --headless (the window has File &gt; Export)</source>
        <translation>--export gilt nur zusammen mit --headless (im Fenster: Datei &gt; Exportieren)</translation>
    </message>
    <message>
        <source>--export file must end in .csv or .jsonl: %1</source>
        <translation>die --export-Datei muss auf .csv oder .jsonl enden: %1</translation>
    </message>
    <message>
        <source>With --headless: exit 1 when, at the end, a session that should sync (not expected to fail, not paused) has been disconnected for [seconds] or longer — also one that never connected. Without a value: any disconnected session.</source>
        <translation>Mit --headless: mit 1 beenden, wenn am Ende eine Sitzung, die synchronisieren soll (nicht als Fehlschlag erwartet, nicht pausiert), [seconds] oder länger getrennt ist — auch eine, die nie verbunden war. Ohne Wert: jede getrennte Sitzung.</translation>
    </message>
    <message>
        <source>--fail-on-disconnected only applies with --headless</source>
        <translation>--fail-on-disconnected gilt nur mit --headless</translation>
    </message>
    <message>
        <source>--fail-on-disconnected needs a number of seconds, got &quot;%1&quot;</source>
        <translation>--fail-on-disconnected braucht eine Anzahl Sekunden, erhalten: „%1“</translation>
    </message>
</context>
<context>
    <name>ProgressExport</name>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>export cancelled</source>
        <translation>Export abgebrochen</translation>
    </message>
</context>
<context>
    <name>SessionError</name>
    <message>
        <source>%1 (code %2)</source>
        <translation>%1 (Code %2)</translation>
    </message>
</context>
<context>
    <name>SessionFilter</name>
    <message>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Nicht verbunden</translation>
    </message>
    <message>
        <source>With errors</source>
        <translation>Mit Fehlern</translation>
    </message>
</context>
<context>
    <name>SessionHealth</name>
    <message>
        <source>Syncing</source>
        <translation>Synchronisiert</translation>
    </message>
    <message>
        <source>Connecting</source>
        <translation>Verbindet</translation>
    </message>
    <message>
        <source>Retrying</source>
        <translation>Neuer Versuch</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Pausiert</translation>
    </message>
    <message>
        <source>Not syncing</source>
        <translation>Synchronisiert nicht</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Gescheitert</translation>
    </message>
    <message>
        <source>Offline for %1</source>
        <translation>Offline seit %1</translation>
    </message>
</context>
<context>
    <name>SessionStatus</name>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Pausiert</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>Inaktiv</translation>
    </message>
    <message>
        <source>Invalid</source>
        <translation>Ungültig</translation>
    </message>
    <message>
        <source>Disconnected</source>
        <translation>Getrennt</translation>
    </message>
    <message>
        <source>Connecting</source>
        <translation>Verbinde</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Verbunden</translation>
    </message>
    <message>
        <source>%1/s</source>
        <translation>%1/s</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 T. %2 h</translation>
    </message>
</context>
<context>
    <name>StateTable</name>
    <message>
        <source>Active, but no progress for a while although work is outstanding.</source>
        <translation>Aktiv, aber seit einiger Zeit kein Fortschritt, obwohl Arbeit aussteht.</translation>
    </message>
    <message>
        <source>Syncing: changes go up and come down as they happen.</source>
        <translation>Synchronisiert: Änderungen gehen hoch und kommen herunter, sobald sie entstehen.</translation>
    </message>
    <message>
        <source>Paused by you at %1.</source>
        <translation>Von Ihnen um %1 pausiert.</translation>
    </message>
    <message>
        <source>Resumes by itself at %1.</source>
        <translation>Setzt um %1 von selbst fort.</translation>
    </message>
    <message>
        <source>Paused by &quot;Pause all&quot;; &quot;Resume all&quot; resumes it.</source>
        <translation>Durch „Alle pausieren“ pausiert; „Alle fortsetzen“ setzt sie fort.</translation>
    </message>
    <message>
        <source>Paused.</source>
        <translation>Pausiert.</translation>
    </message>
    <message>
        <source>Not syncing: the realm was closed or its user logged out.</source>
        <translation>Keine Synchronisation: das Realm wurde geschlossen oder der Benutzer hat sich abgemeldet.</translation>
    </message>
    <message>
        <source>Could not be opened: %1</source>
        <translation>Konnte nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <source>Stopped for good after a fatal error at %1: %2. Open the session again once the cause is fixed.</source>
        <translation>Nach einem fatalen Fehler um %1 endgültig gestoppt: %2. Öffnen Sie die Sitzung neu, sobald die Ursache behoben ist.</translation>
    </message>
    <message>
        <source>This session is expected to fail (it is marked so in the workspace).</source>
        <translation>Von dieser Sitzung wird ein Fehlschlag erwartet (so im Arbeitsbereich markiert).</translation>
    </message>
    <message>
        <source>Connected to %1 since %2.</source>
        <translation>Seit %2 mit %1 verbunden.</translation>
    </message>
    <message>
        <source>Connecting to %1 since %2.</source>
        <translation>Verbindet seit %2 mit %1.</translation>
    </message>
    <message>
        <source>Disconnected for good: the session is Invalid.</source>
        <translation>Endgültig getrennt: die Sitzung ist ungültig.</translation>
    </message>
    <message>
        <source>Disconnected because the session is paused.</source>
        <translation>Getrennt, weil die Sitzung pausiert ist.</translation>
    </message>
    <message>
        <source>Last error at %1: %2</source>
        <translation>Letzter Fehler um %1: %2</translation>
    </message>
    <message>
        <source>Not syncing: user %1 logged out. &quot;Log in again&quot; resumes it.</source>
        <translation>Keine Synchronisierung: Benutzer %1 hat sich abgemeldet. „Erneut anmelden“ setzt sie fort.</translation>
    </message>
    <message>
        <source>Disconnected since %1 (for %2).</source>
        <translation>Getrennt seit %1 (seit %2).</translation>
    </message>
    <message>
        <source>Next attempt at %1.</source>
        <translation>Nächster Versuch um %1.</translation>
    </message>
    <message>
        <source>The SDK retries by itself, waiting longer after each failure. &quot;Reconnect now&quot; skips the wait.</source>
        <translation>Das SDK versucht es selbst erneut und wartet nach jedem Fehlschlag länger. „Jetzt neu verbinden“ überspringt die Wartezeit.</translation>
    </message>
    <message>
        <source>Active (Realm&apos;s word: it wants to sync), but not connected: no change goes up or comes down until the connection is back.</source>
        <translation>Aktiv (Realms Wort: sie will synchronisieren), aber nicht verbunden: keine Änderung geht hoch oder kommt herunter, bis die Verbindung zurück ist.</translation>
    </message>
</context>
<context>
    <name>TimeRange</name>
    <message>
        <source>1 min</source>
        <translation>1 Min.</translation>
    </message>
    <message>
        <source>5 min</source>
        <translation>5 Min.</translation>
    </message>
    <message>
        <source>30 min</source>
        <translation>30 Min.</translation>
    </message>
    <message>
        <source>3 h</source>
        <translation>3 Std.</translation>
    </message>
    <message>
        <source>6 h</source>
        <translation>6 Std.</translation>
    </message>
    <message>
        <source>12 h</source>
        <translation>12 Std.</translation>
    </message>
    <message>
        <source>24 h</source>
        <translation>24 Std.</translation>
    </message>
</context>
<context>
    <name>TokenFacts</name>
    <message>
        <source>Expired %1 (%2 ago)</source>
        <translation>Abgelaufen am %1 (vor %2)</translation>
    </message>
    <message>
        <source>Expires %1 (in %2)</source>
        <translation>Läuft ab am %1 (in %2)</translation>
    </message>
    <message>
        <source>Not a readable access token.</source>
        <translation>Kein lesbares Zugriffstoken.</translation>
    </message>
    <message>
        <source>User %1; realms %2; %3</source>
        <translation>Benutzer %1; Realms %2; %3</translation>
    </message>
</context>
<context>
    <name>WorkspaceFile</name>
    <message>
        <source>this field is required</source>
        <translation>dieses Feld ist erforderlich</translation>
    </message>
    <message>
        <source>must be a string</source>
        <translation>muss eine Zeichenkette sein</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>darf nicht leer sein</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>muss true oder false sein</translation>
    </message>
    <message>
        <source>must be a whole number from %1 to %2</source>
        <translation>muss eine ganze Zahl von %1 bis %2 sein</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>muss ein Objekt sein</translation>
    </message>
    <message>
        <source>must be &quot;none&quot;, &quot;steady&quot;, &quot;burst&quot; or &quot;seed&quot;</source>
        <translation>muss &quot;none&quot;, &quot;steady&quot;, &quot;burst&quot; oder &quot;seed&quot; sein</translation>
    </message>
    <message>
        <source>each session must be an object</source>
        <translation>jede Sitzung muss ein Objekt sein</translation>
    </message>
    <message>
        <source>another session already has the name &quot;%1&quot;</source>
        <translation>eine andere Sitzung heißt bereits „%1“</translation>
    </message>
    <message>
        <source>must be a ws:// or wss:// URL with a host, e.g. ws://127.0.0.1:7800</source>
        <translation>muss eine ws://- oder wss://-URL mit Host sein, z. B. ws://127.0.0.1:7800</translation>
    </message>
    <message>
        <source>is not a valid realm path: %1</source>
        <translation>ist kein gültiger Realm-Pfad: %1</translation>
    </message>
    <message>
        <source>the file must contain a JSON object</source>
        <translation>die Datei muss ein JSON-Objekt enthalten</translation>
    </message>
    <message>
        <source>this field is required (the format version, %1)</source>
        <translation>dieses Feld ist erforderlich (die Formatversion, %1)</translation>
    </message>
    <message>
        <source>unsupported format version (this monitor reads version %1)</source>
        <translation>nicht unterstützte Formatversion (dieser Monitor liest Version %1)</translation>
    </message>
    <message>
        <source>must be a list of sessions</source>
        <translation>muss eine Liste von Sitzungen sein</translation>
    </message>
    <message>
        <source>line %1, column %2: %3</source>
        <translation>Zeile %1, Spalte %2: %3</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <source>line %1, field %2: %3</source>
        <translation>Zeile %1, Feld %2: %3</translation>
    </message>
    <message>
        <source>not valid JSON (%1)</source>
        <translation>kein gültiges JSON (%1)</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MiB, which no workspace needs</source>
        <translation>%1 ist größer als %2 MiB, was kein Arbeitsbereich braucht</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>The name must not be empty.</source>
        <translation>Der Name darf nicht leer sein.</translation>
    </message>
    <message>
        <source>The server URL must be a ws:// or wss:// URL with a host, e.g. ws://127.0.0.1:7800.</source>
        <translation>Die Server-URL muss eine ws://- oder wss://-URL mit Host sein, z. B. ws://127.0.0.1:7800.</translation>
    </message>
    <message>
        <source>The access token must not be empty.</source>
        <translation>Das Zugriffstoken darf nicht leer sein.</translation>
    </message>
    <message>
        <source>The realm path is not valid: %1</source>
        <translation>Der Realm-Pfad ist ungültig: %1</translation>
    </message>
    <message>
        <source>%1 holds access tokens but other users can read it; restrict it to yourself (chmod 600) or save it again.</source>
        <translation>%1 enthält Zugriffstoken, ist aber für andere Benutzer lesbar; beschränken Sie die Datei auf sich selbst (chmod 600) oder speichern Sie sie erneut.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Syncscope</source>
        <translation>Syncscope</translation>
    </message>
    <message>
        <source>Try syncscope --help.</source>
        <translation>Siehe syncscope --help.</translation>
    </message>
    <message>
        <source>cannot open workspace %1: %2</source>
        <translation>Arbeitsbereich %1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>Embedded server %1</source>
        <translation>Eingebetteter Server %1</translation>
    </message>
</context>
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
    <name>syncscope::LocalStore</name>
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
        <source>The local file %1 is damaged (%2); it was left untouched.</source>
        <translation>Die lokale Datei %1 ist beschädigt (%2); sie wurde nicht verändert.</translation>
    </message>
    <message>
        <source>Cannot read the local file %1 (%2); it was left untouched.</source>
        <translation>Die lokale Datei %1 kann nicht gelesen werden (%2); sie wurde nicht verändert.</translation>
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
        <source>Cannot create the local file</source>
        <translation>Die lokale Datei kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>Cannot open the local file %1: %2</source>
        <translation>Die lokale Datei %1 kann nicht geöffnet werden: %2</translation>
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
        <source>Cannot read acknowledged changes</source>
        <translation>Bestätigte Änderungen können nicht gelesen werden</translation>
    </message>
    <message>
        <source>Cannot drop acknowledged changes</source>
        <translation>Bestätigte Änderungen können nicht verworfen werden</translation>
    </message>
    <message>
        <source>Cannot commit downloaded changes</source>
        <translation>Heruntergeladene Änderungen können nicht gespeichert werden</translation>
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
        <source>The sync session is not active</source>
        <translation>Die Sync-Sitzung ist nicht aktiv</translation>
    </message>
    <message>
        <source>The user logged out</source>
        <translation>Der Benutzer hat sich abgemeldet</translation>
    </message>
    <message>
        <source>The sync session was closed</source>
        <translation>Die Sync-Sitzung wurde geschlossen</translation>
    </message>
    <message>
        <source>The application object was destroyed</source>
        <translation>Das Anwendungsobjekt wurde zerstört</translation>
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
        <source>The TLS certificate of %1 is not trusted: %2</source>
        <translation>Das TLS-Zertifikat von %1 ist nicht vertrauenswürdig: %2</translation>
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
<context>
    <name>syncscope::monitor::ConnectionTest</name>
    <message>
        <source>No answer from the server in time.</source>
        <translation>Keine rechtzeitige Antwort vom Server.</translation>
    </message>
    <message>
        <source>The access token is malformed.</source>
        <translation>Das Zugriffstoken ist fehlerhaft.</translation>
    </message>
    <message>
        <source>Could not connect: %1 (code %2)</source>
        <translation>Verbindung nicht möglich: %1 (Code %2)</translation>
    </message>
    <message>
        <source>The server refused the session: %1 (code %2)</source>
        <translation>Der Server hat die Sitzung abgelehnt: %1 (Code %2)</translation>
    </message>
    <message>
        <source>Connected; the server bound the realm.</source>
        <translation>Verbunden; der Server hat das Realm gebunden.</translation>
    </message>
</context>
<context>
    <name>syncscope::monitor::EmbeddedDemo</name>
    <message>
        <source>cannot create %1</source>
        <translation>%1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>cannot read the server secret: %1</source>
        <translation>das Server-Geheimnis kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>the embedded server did not start: %1</source>
        <translation>der eingebettete Server ist nicht gestartet: %1</translation>
    </message>
    <message>
        <source>Demo workspace (embedded server)</source>
        <translation>Demo-Arbeitsbereich (eingebetteter Server)</translation>
    </message>
    <message>
        <source>Notes (alice)</source>
        <extracomment>The demo&apos;s session names: alice and bob are user ids, keep them.</extracomment>
        <translation>Notizen (alice)</translation>
    </message>
    <message>
        <source>Tasks (alice)</source>
        <translation>Aufgaben (alice)</translation>
    </message>
    <message>
        <source>Photos (alice, bursty)</source>
        <translation>Fotos (alice, stoßweise)</translation>
    </message>
    <message>
        <source>Archive seeder (bob)</source>
        <translation>Archiv: Befüllung (bob)</translation>
    </message>
    <message>
        <source>Archive download (alice, slow link)</source>
        <translation>Archiv: Download (alice, langsame Leitung)</translation>
    </message>
    <message>
        <source>Chat (bob)</source>
        <translation>Chat (bob)</translation>
    </message>
    <message>
        <source>Drafts (bob)</source>
        <translation>Entwürfe (bob)</translation>
    </message>
    <message>
        <source>Admin settings (bob, denied)</source>
        <translation>Admin-Einstellungen (bob, verweigert)</translation>
    </message>
</context>
<context>
    <name>syncscope::monitor::EventLog</name>
    <message>
        <source>time	session	kind	message</source>
        <translation>Zeit	Sitzung	Art	Meldung</translation>
    </message>
</context>
<context>
    <name>syncscope::monitor::HeadlessRunner</name>
    <message>
        <source>[%1 s] %2 sessions, up %3, down %4</source>
        <translation>[%1 s] %2 Sitzungen, hoch %3, runter %4</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>STATE</source>
        <translation>STATUS</translation>
    </message>
    <message>
        <source>CONNECTION</source>
        <translation>VERBINDUNG</translation>
    </message>
    <message>
        <source>UPLOAD</source>
        <translation>UPLOAD</translation>
    </message>
    <message>
        <source>DOWNLOAD</source>
        <translation>DOWNLOAD</translation>
    </message>
    <message>
        <source>UP/S</source>
        <translation>HOCH/S</translation>
    </message>
    <message>
        <source>DOWN/S</source>
        <translation>RUNTER/S</translation>
    </message>
    <message>
        <source>LAST ERROR</source>
        <translation>LETZTER FEHLER</translation>
    </message>
    <message>
        <source>Summary after %1 s:</source>
        <translation>Zusammenfassung nach %1 s:</translation>
    </message>
    <message>
        <source> (expected)</source>
        <translation> (erwartet)</translation>
    </message>
    <message>
        <source> (UNEXPECTED)</source>
        <translation> (UNERWARTET)</translation>
    </message>
    <message>
        <source>Progress reports recorded: %1 (dropped: %2)</source>
        <translation>Aufgezeichnete Fortschrittsmeldungen: %1 (verworfen: %2)</translation>
    </message>
    <message>
        <source>Exported %1 progress reports to %2</source>
        <translation>%1 Fortschrittsmeldungen nach %2 exportiert</translation>
    </message>
    <message>
        <source>Export failed: %1</source>
        <translation>Export fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Result: healthy (exit code %1)</source>
        <translation>Ergebnis: gesund (Exit-Code %1)</translation>
    </message>
    <message>
        <source>Result: %1 (exit code %2)</source>
        <translation>Ergebnis: %1 (Exit-Code %2)</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) unexpectedly Invalid</source>
        <translation>
            <numerusform>%n Sitzung unerwartet ungültig</numerusform>
            <numerusform>%n Sitzungen unerwartet ungültig</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) disconnected for %1 s or longer</source>
        <translation>
            <numerusform>%n Sitzung seit %1 s oder länger getrennt</numerusform>
            <numerusform>%n Sitzungen seit %1 s oder länger getrennt</numerusform>
        </translation>
    </message>
    <message>
        <source>the export failed</source>
        <translation>der Export ist fehlgeschlagen</translation>
    </message>
</context>
<context>
    <name>syncscope::monitor::LocalSessionSource</name>
    <message>
        <source>The pause you set has ended</source>
        <translation>Die von Ihnen gesetzte Pause ist abgelaufen</translation>
    </message>
    <message>
        <source>Opened %1 on %2</source>
        <translation>%1 auf %2 geöffnet</translation>
    </message>
    <message>
        <source>The session is not open.</source>
        <translation>Die Sitzung ist nicht geöffnet.</translation>
    </message>
    <message>
        <source>Paused by you until %1</source>
        <translation>Von Ihnen pausiert bis %1</translation>
    </message>
    <message>
        <source>Paused by you</source>
        <translation>Von Ihnen pausiert</translation>
    </message>
    <message>
        <source>Resumed by you; still held by &quot;Pause all&quot;</source>
        <translation>Von Ihnen fortgesetzt; noch durch „Alle pausieren“ angehalten</translation>
    </message>
    <message>
        <source>Resumed by you</source>
        <translation>Von Ihnen fortgesetzt</translation>
    </message>
    <message>
        <source>Reconnect requested by you</source>
        <translation>Neuverbindung von Ihnen angefordert</translation>
    </message>
    <message>
        <source>User %1 logged out</source>
        <translation>Benutzer %1 hat sich abgemeldet</translation>
    </message>
    <message>
        <source>User %1 logged in again</source>
        <translation>Benutzer %1 hat sich erneut angemeldet</translation>
    </message>
    <message>
        <source>Log in again requested by you</source>
        <translation>Erneute Anmeldung von Ihnen angefordert</translation>
    </message>
</context>
<context>
    <name>syncscope::monitor::MonitoredSession</name>
    <message>
        <source>Could not open the session: %1</source>
        <translation>Die Sitzung konnte nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <source>State: %1</source>
        <translation>Status: %1</translation>
    </message>
    <message>
        <source>Connection: %1</source>
        <translation>Verbindung: %1</translation>
    </message>
    <message>
        <source>Fatal error %1: %2</source>
        <translation>Fataler Fehler %1: %2</translation>
    </message>
    <message>
        <source>Error %1: %2</source>
        <translation>Fehler %1: %2</translation>
    </message>
    <message>
        <source>No progress for %1 s although work is outstanding</source>
        <translation>Seit %1 s kein Fortschritt, obwohl Arbeit aussteht</translation>
    </message>
    <message>
        <source>Progress again</source>
        <translation>Wieder Fortschritt</translation>
    </message>
    <message>
        <source>Connection failed: %1</source>
        <translation>Verbindung fehlgeschlagen: %1</translation>
    </message>
</context>
<context>
    <name>syncscope::monitor::SessionMonitor</name>
    <message>
        <source>Pause all</source>
        <translation>Alle pausieren</translation>
    </message>
    <message>
        <source>Resume all (sessions you paused yourself stay paused)</source>
        <translation>Alle fortsetzen (von Ihnen selbst pausierte Sitzungen bleiben pausiert)</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Entfernt</translation>
    </message>
    <message>
        <source>Server %1 is reachable again (it was lost at %2)</source>
        <translation>Server %1 ist wieder erreichbar (verloren um %2)</translation>
    </message>
    <message>
        <source>Lost the connection to server %1: no session reaches it</source>
        <translation>Verbindung zu Server %1 verloren: keine Sitzung erreicht ihn</translation>
    </message>
</context>
<context>
    <name>syncscope::monitor::SessionSource</name>
    <message>
        <source>This session does not accept commands from the monitor.</source>
        <translation>Diese Sitzung nimmt keine Befehle vom Monitor an.</translation>
    </message>
    <message>
        <source>The session is Invalid: it takes no more commands.</source>
        <translation>Die Sitzung ist ungültig: Sie nimmt keine Befehle mehr an.</translation>
    </message>
    <message>
        <source>Already paused by you.</source>
        <translation>Bereits von Ihnen pausiert.</translation>
    </message>
    <message>
        <source>Not paused by you.</source>
        <translation>Nicht von Ihnen pausiert.</translation>
    </message>
    <message>
        <source>Only an active session that is not connected reconnects.</source>
        <translation>Nur eine aktive Sitzung ohne Verbindung kann neu verbinden.</translation>
    </message>
    <message>
        <source>Its user is logged in.</source>
        <translation>Ihr Benutzer ist angemeldet.</translation>
    </message>
</context>
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
<context>
    <name>syncscope::protocol::AccessToken</name>
    <message>
        <source>the token is longer than %1 characters</source>
        <translation>das Token ist länger als %1 Zeichen</translation>
    </message>
    <message>
        <source>the token does not have three dot-separated parts</source>
        <translation>das Token besteht nicht aus drei durch Punkte getrennten Teilen</translation>
    </message>
    <message>
        <source>the token is not base64url encoded</source>
        <translation>das Token ist nicht base64url-kodiert</translation>
    </message>
    <message>
        <source>the token header or payload is not a JSON object</source>
        <translation>Header oder Nutzdaten des Tokens sind kein JSON-Objekt</translation>
    </message>
    <message>
        <source>the token signature is not base64url encoded</source>
        <translation>die Signatur des Tokens ist nicht base64url-kodiert</translation>
    </message>
    <message>
        <source>the token has no subject (&quot;sub&quot;)</source>
        <translation>das Token hat kein Subjekt („sub“)</translation>
    </message>
    <message>
        <source>a time claim of the token is not a number of seconds</source>
        <translation>eine Zeitangabe des Tokens ist keine Anzahl von Sekunden</translation>
    </message>
    <message>
        <source>the token has no expiry time (&quot;exp&quot;)</source>
        <translation>das Token hat keine Ablaufzeit („exp“)</translation>
    </message>
    <message>
        <source>the token&apos;s &quot;realms&quot; claim is not an array</source>
        <translation>der Claim „realms“ des Tokens ist kein Array</translation>
    </message>
    <message>
        <source>the token&apos;s &quot;realms&quot; claim holds a value that is not a string</source>
        <translation>der Claim „realms“ des Tokens enthält einen Wert, der kein String ist</translation>
    </message>
    <message>
        <source>the token&apos;s algorithm &quot;%1&quot; is not HS256</source>
        <translation>der Algorithmus „%1“ des Tokens ist nicht HS256</translation>
    </message>
    <message>
        <source>the token&apos;s signature does not match</source>
        <translation>die Signatur des Tokens stimmt nicht</translation>
    </message>
    <message>
        <source>the token expired at %1</source>
        <translation>das Token ist um %1 abgelaufen</translation>
    </message>
    <message>
        <source>the token is not valid before %1</source>
        <translation>das Token ist erst ab %1 gültig</translation>
    </message>
    <message>
        <source>the token was issued in the future (%1)</source>
        <translation>das Token wurde in der Zukunft ausgestellt (%1)</translation>
    </message>
</context>
<context>
    <name>syncscope::protocol::Codec</name>
    <message>
        <source>%1 must be 0 or 1, not %2</source>
        <translation>%1 muss 0 oder 1 sein, nicht %2</translation>
    </message>
    <message>
        <source>%1 is not valid UTF-8</source>
        <translation>%1 ist kein gültiges UTF-8</translation>
    </message>
    <message>
        <source>%1 count %2 exceeds the limit of %3</source>
        <translation>%1-Anzahl %2 überschreitet die Grenze von %3</translation>
    </message>
    <message>
        <source>%1 count %2 does not fit in the %3 bytes left</source>
        <translation>%1-Anzahl %2 passt nicht in die verbleibenden %3 Bytes</translation>
    </message>
    <message>
        <source>unknown operation kind %1</source>
        <translation>unbekannte Operationsart %1</translation>
    </message>
    <message>
        <source>a remove operation carries a value</source>
        <translation>eine Löschoperation enthält einen Wert</translation>
    </message>
    <message>
        <source>frame ends inside a field (offset %1, %2 bytes needed, %3 left)</source>
        <translation>Frame endet innerhalb eines Feldes (Offset %1, %2 Bytes benötigt, %3 übrig)</translation>
    </message>
    <message>
        <source>%1 of %2 bytes exceeds the limit of %3</source>
        <translation>%1 mit %2 Bytes überschreitet die Grenze von %3</translation>
    </message>
    <message>
        <source>%1 of %2 bytes runs past the end of the frame</source>
        <translation>%1 mit %2 Bytes reicht über das Ende des Frames hinaus</translation>
    </message>
    <message>
        <source>unknown message type</source>
        <translation>unbekannter Nachrichtentyp</translation>
    </message>
    <message>
        <source>this message belongs to the connection and needs session id 0, not %1</source>
        <translation>diese Nachricht gehört zur Verbindung und braucht die Sitzungs-ID 0, nicht %1</translation>
    </message>
    <message>
        <source>this message belongs to a session and needs a non-zero session id</source>
        <translation>diese Nachricht gehört zu einer Sitzung und braucht eine Sitzungs-ID ungleich 0</translation>
    </message>
    <message>
        <source>frame of %1 bytes exceeds the limit of %2 bytes</source>
        <translation>Frame mit %1 Bytes überschreitet die Grenze von %2 Bytes</translation>
    </message>
    <message>
        <source>frame of %1 bytes is shorter than the %2-byte header</source>
        <translation>Frame mit %1 Bytes ist kürzer als der %2-Byte-Header</translation>
    </message>
    <message>
        <source>unknown message type %1</source>
        <translation>unbekannter Nachrichtentyp %1</translation>
    </message>
    <message>
        <source>header flags and reserved bytes must be zero</source>
        <translation>Header-Flags und reservierte Bytes müssen null sein</translation>
    </message>
    <message>
        <source>message type %1 may not be sent by a client</source>
        <translation>Nachrichtentyp %1 darf nicht von einem Client gesendet werden</translation>
    </message>
    <message>
        <source>message type %1 may not be sent by a server</source>
        <translation>Nachrichtentyp %1 darf nicht von einem Server gesendet werden</translation>
    </message>
    <message>
        <source>%1 unexpected bytes after the message</source>
        <translation>%1 unerwartete Bytes nach der Nachricht</translation>
    </message>
    <message>
        <source>more than %1 operations</source>
        <translation>mehr als %1 Operationen</translation>
    </message>
</context>
<context>
    <name>syncscope::protocol::RealmPath</name>
    <message>
        <source>the realm path is empty</source>
        <translation>der Realm-Pfad ist leer</translation>
    </message>
    <message>
        <source>the realm path must start with &apos;/&apos;</source>
        <translation>der Realm-Pfad muss mit „/“ beginnen</translation>
    </message>
    <message>
        <source>the realm path is longer than %1 bytes</source>
        <translation>der Realm-Pfad ist länger als %1 Bytes</translation>
    </message>
    <message>
        <source>the realm path has an empty segment</source>
        <translation>der Realm-Pfad hat ein leeres Segment</translation>
    </message>
    <message>
        <source>the realm path may not contain &apos;.&apos; or &apos;..&apos; segments</source>
        <translation>der Realm-Pfad darf keine Segmente „.“ oder „..“ enthalten</translation>
    </message>
    <message>
        <source>the realm path contains an unpaired surrogate</source>
        <translation>der Realm-Pfad enthält ein unpaariges Surrogat</translation>
    </message>
    <message>
        <source>the realm path contains a control character</source>
        <translation>der Realm-Pfad enthält ein Steuerzeichen</translation>
    </message>
    <message>
        <source>the realm path may not contain &apos;%&apos; (no percent-encoding)</source>
        <translation>der Realm-Pfad darf kein „%“ enthalten (keine Prozentkodierung)</translation>
    </message>
    <message>
        <source>the realm path contains the character %1 (&apos;%2&apos;)</source>
        <translation>der Realm-Pfad enthält das Zeichen %1 („%2“)</translation>
    </message>
    <message>
        <source>a segment of the realm path starts with the combining mark %1</source>
        <translation>ein Segment des Realm-Pfads beginnt mit dem kombinierenden Zeichen %1</translation>
    </message>
    <message>
        <source>the realm path is not in Unicode normalization form C (NFC); compose it before binding</source>
        <translation>der Realm-Pfad ist nicht in Unicode-Normalform C (NFC); vor dem Binden zusammensetzen</translation>
    </message>
</context>
<context>
    <name>syncscope::server::ClientConnection</name>
    <message>
        <source>server shutting down</source>
        <translation>Server wird heruntergefahren</translation>
    </message>
    <message>
        <source>text messages are not part of the syncscope.v1 protocol; use binary</source>
        <translation>Textnachrichten gehören nicht zum Protokoll syncscope.v1; bitte binär senden</translation>
    </message>
    <message>
        <source>session %1 was never bound on this connection</source>
        <translation>Sitzung %1 wurde auf dieser Verbindung nie gebunden</translation>
    </message>
    <message>
        <source>session id %1 was already used on this connection</source>
        <translation>Sitzungs-ID %1 wurde auf dieser Verbindung bereits verwendet</translation>
    </message>
    <message>
        <source>a connection may have at most %1 sessions</source>
        <translation>eine Verbindung darf höchstens %1 Sitzungen haben</translation>
    </message>
</context>
<context>
    <name>syncscope::server::CommandLine</name>
    <message>
        <source>--%1 needs a positive whole number, not &quot;%2&quot;</source>
        <translation>--%1 braucht eine positive ganze Zahl, nicht „%2“</translation>
    </message>
    <message>
        <source>Prints one signed access token (HS256 JWT) on standard output.</source>
        <translation>Gibt ein signiertes Zugriffstoken (HS256-JWT) auf der Standardausgabe aus.</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Diese Hilfe anzeigen.</translation>
    </message>
    <message>
        <source>File with the server&apos;s signing secret (created with a random secret if missing).</source>
        <translation>Datei mit dem Signiergeheimnis des Servers (wird mit einem Zufallsgeheimnis angelegt, falls sie fehlt).</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>DATEI</translation>
    </message>
    <message>
        <source>User id (the token&apos;s subject).</source>
        <translation>Benutzer-ID (das Subjekt des Tokens).</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Realm path pattern to grant; may repeat. A trailing * grants every path with that prefix. Without any, the token grants no realm.</source>
        <translation>Freizugebendes Realm-Pfadmuster; mehrfach möglich. Ein abschließendes * gibt jeden Pfad mit diesem Präfix frei. Ohne Muster gibt das Token keinen Realm frei.</translation>
    </message>
    <message>
        <source>PATTERN</source>
        <translation>MUSTER</translation>
    </message>
    <message>
        <source>Seconds until the token expires (default 3600).</source>
        <translation>Sekunden bis zum Ablauf des Tokens (Standard 3600).</translation>
    </message>
    <message>
        <source>SECONDS</source>
        <translation>SEKUNDEN</translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation>unerwartetes Argument „%1“</translation>
    </message>
    <message>
        <source>token needs --secret-file FILE</source>
        <translation>token braucht --secret-file DATEI</translation>
    </message>
    <message>
        <source>token needs --user ID</source>
        <translation>token braucht --user ID</translation>
    </message>
    <message>
        <source>Syncscope sync server: realms of key/value changesets over WebSocket (subprotocol syncscope.v1).
The first line on standard output is &quot;listening on ws://HOST:PORT&quot;.
Run &quot;%1 token --help&quot; to mint access tokens.</source>
        <translation>Syncscope-Sync-Server: Realms aus Schlüssel/Wert-Changesets über WebSocket (Subprotokoll syncscope.v1).
Die erste Zeile auf der Standardausgabe lautet „listening on ws://HOST:PORT“.
Mit „%1 token --help“ erfahren Sie, wie Zugriffstoken erzeugt werden.</translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation>Die Version anzeigen.</translation>
    </message>
    <message>
        <source>Address and port to listen on (default 127.0.0.1:0; port 0 picks a free port).</source>
        <translation>Adresse und Port, auf denen gelauscht wird (Standard 127.0.0.1:0; Port 0 wählt einen freien Port).</translation>
    </message>
    <message>
        <source>HOST:PORT</source>
        <translation>HOST:PORT</translation>
    </message>
    <message>
        <source>Directory of the database (default ./%1).</source>
        <translation>Verzeichnis der Datenbank (Standard ./%1).</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>VERZEICHNIS</translation>
    </message>
    <message>
        <source>File with the token signing secret (default DIR/%1; created with 32 random bytes and mode 0600 if missing).</source>
        <translation>Datei mit dem Geheimnis zum Signieren der Token (Standard VERZEICHNIS/%1; wird mit 32 Zufallsbytes und Modus 0600 angelegt, falls sie fehlt).</translation>
    </message>
    <message>
        <source>Largest message a client may send, in bytes (default %1).</source>
        <translation>Größte Nachricht, die ein Client senden darf, in Bytes (Standard %1).</translation>
    </message>
    <message>
        <source>BYTES</source>
        <translation>BYTES</translation>
    </message>
    <message>
        <source>Sessions one connection may bind (default %1).</source>
        <translation>Sitzungen, die eine Verbindung binden darf (Standard %1).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Simultaneous connections (default %1).</source>
        <translation>Gleichzeitige Verbindungen (Standard %1).</translation>
    </message>
    <message>
        <source>Changeset bytes per DOWNLOAD message (default %1).</source>
        <translation>Changeset-Bytes pro DOWNLOAD-Nachricht (Standard %1).</translation>
    </message>
    <message>
        <source>error, warning, info (default) or debug.</source>
        <translation>error, warning, info (Standard) oder debug.</translation>
    </message>
    <message>
        <source>LEVEL</source>
        <translation>STUFE</translation>
    </message>
    <message>
        <source>PEM certificate (chain): serve wss:// with TLS.</source>
        <translation>PEM-Zertifikat (-kette): wss:// mit TLS anbieten.</translation>
    </message>
    <message>
        <source>PEM private key (unencrypted) for --tls-cert.</source>
        <translation>Privater PEM-Schlüssel (unverschlüsselt) für --tls-cert.</translation>
    </message>
    <message>
        <source>--listen needs HOST:PORT with an IP address or localhost, not &quot;%1&quot;</source>
        <translation>--listen braucht HOST:PORT mit einer IP-Adresse oder localhost, nicht „%1“</translation>
    </message>
    <message>
        <source>--data-dir may not be empty</source>
        <translation>--data-dir darf nicht leer sein</translation>
    </message>
    <message>
        <source>session and connection limits must be at most 1000000</source>
        <translation>Sitzungs- und Verbindungsgrenzen dürfen höchstens 1000000 betragen</translation>
    </message>
    <message>
        <source>--log-level must be error, warning, info or debug, not &quot;%1&quot;</source>
        <translation>--log-level muss error, warning, info oder debug sein, nicht „%1“</translation>
    </message>
    <message>
        <source>--tls-cert and --tls-key go together</source>
        <translation>--tls-cert und --tls-key gehören zusammen</translation>
    </message>
    <message>
        <source>Seconds a new connection gets to finish the WebSocket handshake before it is dropped (default %1).</source>
        <translation>Sekunden, die eine neue Verbindung für den WebSocket-Handshake hat, bevor sie getrennt wird (Standard %1).</translation>
    </message>
    <message>
        <source>Seconds a connection without any bound session may stay silent before it is closed (default %1).</source>
        <translation>Sekunden, die eine Verbindung ohne gebundene Sitzung still bleiben darf, bevor sie geschlossen wird (Standard %1).</translation>
    </message>
    <message>
        <source>--handshake-timeout and --idle-timeout must be at most 1000000 seconds</source>
        <translation>--handshake-timeout und --idle-timeout dürfen höchstens 1000000 Sekunden betragen</translation>
    </message>
</context>
<context>
    <name>syncscope::server::RealmStore</name>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>cannot create the data directory &quot;%1&quot;</source>
        <translation>das Datenverzeichnis „%1“ kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>the data directory &quot;%1&quot; is in use by another server (process %2)</source>
        <translation>das Datenverzeichnis „%1“ wird von einem anderen Server benutzt (Prozess %2)</translation>
    </message>
    <message>
        <source>cannot lock the data directory &quot;%1&quot;</source>
        <translation>das Datenverzeichnis „%1“ kann nicht gesperrt werden</translation>
    </message>
    <message>
        <source>cannot open the database &quot;%1&quot;: %2</source>
        <translation>die Datenbank „%1“ kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>cannot switch &quot;%1&quot; to write-ahead logging</source>
        <translation>„%1“ kann nicht auf Write-Ahead-Logging umgestellt werden</translation>
    </message>
    <message>
        <source>cannot read the schema version of &quot;%1&quot;</source>
        <translation>die Schemaversion von „%1“ kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>&quot;%1&quot; was written by a newer syncscope-server (schema %2, this one knows %3)</source>
        <translation>„%1“ wurde von einem neueren syncscope-server geschrieben (Schema %2, dieser kennt %3)</translation>
    </message>
    <message>
        <source>cannot start a transaction: %1</source>
        <translation>eine Transaktion kann nicht begonnen werden: %1</translation>
    </message>
    <message>
        <source>cannot read the upload cursor or realm head</source>
        <translation>Upload-Cursor oder Realm-Stand können nicht gelesen werden</translation>
    </message>
    <message>
        <source>client version %1 does not increase (after %2)</source>
        <translation>Client-Version %1 ist nicht größer als die vorherige (%2)</translation>
    </message>
    <message>
        <source>cannot update the cursors: %1 %2</source>
        <translation>die Cursor können nicht aktualisiert werden: %1 %2</translation>
    </message>
    <message>
        <source>cannot commit: %1</source>
        <translation>Festschreiben fehlgeschlagen: %1</translation>
    </message>
</context>
<context>
    <name>syncscope::server::SecretFile</name>
    <message>
        <source>no secret file given</source>
        <translation>keine Geheimnisdatei angegeben</translation>
    </message>
    <message>
        <source>cannot create the directory &quot;%1&quot; for the secret file</source>
        <translation>das Verzeichnis „%1“ für die Geheimnisdatei kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>cannot create the secret file &quot;%1&quot;: %2</source>
        <translation>die Geheimnisdatei „%1“ kann nicht angelegt werden: %2</translation>
    </message>
    <message>
        <source>cannot write the secret file &quot;%1&quot;: %2</source>
        <translation>die Geheimnisdatei „%1“ kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>the secret file &quot;%1&quot; is a directory</source>
        <translation>die Geheimnisdatei „%1“ ist ein Verzeichnis</translation>
    </message>
    <message>
        <source>cannot read the secret file &quot;%1&quot;: %2</source>
        <translation>die Geheimnisdatei „%1“ kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>the secret file &quot;%1&quot; is larger than %2 bytes</source>
        <translation>die Geheimnisdatei „%1“ ist größer als %2 Bytes</translation>
    </message>
    <message>
        <source>the secret file &quot;%1&quot; is empty</source>
        <translation>die Geheimnisdatei „%1“ ist leer</translation>
    </message>
</context>
<context>
    <name>syncscope::server::ServerSession</name>
    <message>
        <source>the access token of &quot;%1&quot; does not grant the realm &quot;%2&quot;</source>
        <translation>das Zugriffstoken von „%1“ gibt den Realm „%2“ nicht frei</translation>
    </message>
    <message>
        <source>the server cannot open the realm&apos;s storage</source>
        <translation>der Server kann den Speicher des Realms nicht öffnen</translation>
    </message>
    <message>
        <source>the server cannot allocate a client file</source>
        <translation>der Server kann keine Client-Datei zuweisen</translation>
    </message>
    <message>
        <source>IDENT must follow BIND, once per session</source>
        <translation>IDENT muss auf BIND folgen, einmal pro Sitzung</translation>
    </message>
    <message>
        <source>client file %1 does not belong to the realm &quot;%2&quot;</source>
        <translation>Client-Datei %1 gehört nicht zum Realm „%2“</translation>
    </message>
    <message>
        <source>the server cannot read the realm&apos;s history</source>
        <translation>der Server kann den Verlauf des Realms nicht lesen</translation>
    </message>
    <message>
        <source>download cursor %1 is ahead of the realm&apos;s latest version %2</source>
        <translation>Download-Cursor %1 liegt vor der neuesten Version %2 des Realms</translation>
    </message>
    <message>
        <source>UPLOAD before IDENT</source>
        <translation>UPLOAD vor IDENT</translation>
    </message>
    <message>
        <source>the server could not store the upload</source>
        <translation>der Server konnte den Upload nicht speichern</translation>
    </message>
    <message>
        <source>MARK before IDENT</source>
        <translation>MARK vor IDENT</translation>
    </message>
</context>
<context>
    <name>syncscope::server::SyncServer</name>
    <message>
        <source>cannot read the TLS certificate &quot;%1&quot; or key &quot;%2&quot;</source>
        <translation>das TLS-Zertifikat „%1“ oder der Schlüssel „%2“ kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>&quot;%1&quot; holds no PEM certificate or &quot;%2&quot; no unencrypted PEM key</source>
        <translation>„%1“ enthält kein PEM-Zertifikat oder „%2“ keinen unverschlüsselten PEM-Schlüssel</translation>
    </message>
    <message>
        <source>this server speaks the WebSocket subprotocol %1; the client offered %2</source>
        <translation>dieser Server spricht das WebSocket-Subprotokoll %1; der Client bot %2 an</translation>
    </message>
    <message>
        <source>none that matches</source>
        <translation>keines, das passt</translation>
    </message>
    <message>
        <source>the server has reached its limit of %1 connections</source>
        <translation>der Server hat seine Grenze von %1 Verbindungen erreicht</translation>
    </message>
    <message>
        <source>no secret to verify access tokens with</source>
        <translation>kein Geheimnis zum Prüfen von Zugriffstoken</translation>
    </message>
    <message>
        <source>cannot listen on %1 port %2: %3</source>
        <translation>auf %1 Port %2 kann nicht gelauscht werden: %3</translation>
    </message>
</context>
<context>
    <name>syncscope::ui::AddSessionDialog</name>
    <message>
        <source>E&amp;xpected to fail (a headless run ignores its Invalid end)</source>
        <translation>Fehlschlag &amp;erwartet (ein Headless-Lauf ignoriert ihr ungültiges Ende)</translation>
    </message>
    <message>
        <source>Add session</source>
        <translation>Sitzung hinzufügen</translation>
    </message>
    <message>
        <source>optional; default: in the app-data folder</source>
        <translation>optional; Standard: im Anwendungsdatenordner</translation>
    </message>
    <message>
        <source>paste the output of: syncscope-server token …</source>
        <translation>die Ausgabe von syncscope-server token … einfügen</translation>
    </message>
    <message>
        <source>Problem with the session</source>
        <translation>Problem mit der Sitzung</translation>
    </message>
    <message>
        <source>Session name</source>
        <translation>Sitzungsname</translation>
    </message>
    <message>
        <source>Server URL</source>
        <translation>Server-URL</translation>
    </message>
    <message>
        <source>Access token</source>
        <translation>Zugriffstoken</translation>
    </message>
    <message>
        <source>Realm path</source>
        <translation>Realm-Pfad</translation>
    </message>
    <message>
        <source>Local file</source>
        <translation>Lokale Datei</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <source>Realm files (*.realm);;All files (*)</source>
        <translation>Realm-Dateien (*.realm);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Server URL:</source>
        <translation>&amp;Server-URL:</translation>
    </message>
    <message>
        <source>Access &amp;token:</source>
        <translation>Zugriffs&amp;token:</translation>
    </message>
    <message>
        <source>&amp;Realm path:</source>
        <translation>&amp;Realm-Pfad:</translation>
    </message>
    <message>
        <source>&amp;Local file:</source>
        <translation>&amp;Lokale Datei:</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <source>Another session already has the name &quot;%1&quot;.</source>
        <translation>Eine andere Sitzung heißt bereits „%1“.</translation>
    </message>
    <message>
        <source>Test conne&amp;ction</source>
        <translation>Verbindung prü&amp;fen</translation>
    </message>
    <message>
        <source>What the token says</source>
        <translation>Was das Token angibt</translation>
    </message>
    <message>
        <source>Result of the connection test</source>
        <translation>Ergebnis der Verbindungsprüfung</translation>
    </message>
    <message>
        <source>Connect, let the server bind the realm, show its answer and disconnect again</source>
        <translation>Verbinden, das Realm vom Server binden lassen, seine Antwort zeigen und wieder trennen</translation>
    </message>
    <message>
        <source>Testing the connection to %1…</source>
        <translation>Prüfe die Verbindung zu %1…</translation>
    </message>
</context>
<context>
    <name>syncscope::ui::AlertBanner</name>
    <message>
        <source>Dis&amp;miss</source>
        <translation>&amp;Ausblenden</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Warnungen</translation>
    </message>
    <message>
        <source>Hide these alerts; the event log keeps them</source>
        <translation>Diese Warnungen ausblenden; das Ereignisprotokoll behält sie</translation>
    </message>
    <message>
        <source>Lost the connection to server %1 at %2.</source>
        <translation>Verbindung zu Server %1 um %2 verloren.</translation>
    </message>
    <message>
        <source>Server lost</source>
        <translation>Server verloren</translation>
    </message>
    <message>
        <source>Server %1 is back; it was unreachable from %2 to %3 (%4).</source>
        <translation>Server %1 ist zurück; er war von %2 bis %3 nicht erreichbar (%4).</translation>
    </message>
    <message>
        <source>Server back</source>
        <translation>Server zurück</translation>
    </message>
</context>
<context>
    <name>syncscope::ui::DetailPane</name>
    <message>
        <source>Session configuration</source>
        <translation>Sitzungskonfiguration</translation>
    </message>
    <message>
        <source>Chart time range</source>
        <translation>Zeitraum der Diagramme</translation>
    </message>
    <message>
        <source>&amp;Range:</source>
        <translation>Zeit&amp;raum:</translation>
    </message>
    <message>
        <source>Transfer rate</source>
        <translation>Übertragungsrate</translation>
    </message>
    <message>
        <source>Upload</source>
        <translation>Upload</translation>
    </message>
    <message>
        <source>Download</source>
        <translation>Download</translation>
    </message>
    <message>
        <source>Transferred vs transferable</source>
        <translation>Übertragen vs. übertragbar</translation>
    </message>
    <message>
        <source>Uploaded</source>
        <translation>Hochgeladen</translation>
    </message>
    <message>
        <source>Upload transferable</source>
        <translation>Upload übertragbar</translation>
    </message>
    <message>
        <source>Downloaded</source>
        <translation>Heruntergeladen</translation>
    </message>
    <message>
        <source>Download transferable</source>
        <translation>Download übertragbar</translation>
    </message>
    <message>
        <source>All sessions (sum) — %1</source>
        <translation>Alle Sitzungen (Summe) — %1</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) on %1 server(s).
Select sessions to see only theirs.</source>
        <translation>
            <numerusform>%n Sitzung auf %1 Server(n).
Sitzungen auswählen, um nur deren Daten zu sehen.</numerusform>
            <numerusform>%n Sitzungen auf %1 Server(n).
Sitzungen auswählen, um nur deren Daten zu sehen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Server: %1
Realm: %2
User: %3
Local file: %4</source>
        <translation>Server: %1
Realm: %2
Benutzer: %3
Lokale Datei: %4</translation>
    </message>
    <message>
        <source>Expected to fail (does not count against a headless run).</source>
        <translation>Fehlschlag erwartet (zählt nicht gegen einen Headless-Lauf).</translation>
    </message>
    <message numerus="yes">
        <source>%n selected session(s) (sum)</source>
        <translation>
            <numerusform>%n ausgewählte Sitzung (Summe)</numerusform>
            <numerusform>%n ausgewählte Sitzungen (Summe)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n shown session(s) (sum)</source>
        <translation>
            <numerusform>%n angezeigte Sitzung (Summe)</numerusform>
            <numerusform>%n angezeigte Sitzungen (Summe)</numerusform>
        </translation>
    </message>
    <message>
        <source>The sessions the list shows with its filter:</source>
        <translation>Die Sitzungen, die die Liste mit ihrem Filter zeigt:</translation>
    </message>
</context>
<context>
    <name>syncscope::ui::EventLogModel</name>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Sitzung</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Ereignis</translation>
    </message>
    <message>
        <source>(monitor)</source>
        <translation>(Monitor)</translation>
    </message>
</context>
<context>
    <name>syncscope::ui::EventLogPanel</name>
    <message>
        <source>All sessions</source>
        <translation>Alle Sitzungen</translation>
    </message>
    <message>
        <source>Event log session filter</source>
        <translation>Sitzungsfilter des Ereignisprotokolls</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Alle Arten</translation>
    </message>
    <message>
        <source>Event log kind filter</source>
        <translation>Artfilter des Ereignisprotokolls</translation>
    </message>
    <message>
        <source>Sess&amp;ion:</source>
        <translation>S&amp;itzung:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Art:</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>Copy the selected lines (all shown lines if none is selected)</source>
        <translation>Die ausgewählten Zeilen kopieren (alle angezeigten, wenn keine ausgewählt ist)</translation>
    </message>
    <message>
        <source>E&amp;xport log…</source>
        <translation>Protokoll e&amp;xportieren…</translation>
    </message>
    <message>
        <source>Save the shown lines to a text file</source>
        <translation>Die angezeigten Zeilen in eine Textdatei speichern</translation>
    </message>
    <message>
        <source>Event log</source>
        <translation>Ereignisprotokoll</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Export event log</source>
        <translation>Ereignisprotokoll exportieren</translation>
    </message>
    <message>
        <source>Text files (*.txt);;All files (*)</source>
        <translation>Textdateien (*.txt);;Alle Dateien (*)</translation>
    </message>
</context>
<context>
    <name>syncscope::ui::ExportController</name>
    <message>
        <source>export cancelled</source>
        <translation>Export abgebrochen</translation>
    </message>
    <message numerus="yes">
        <source>Exporting %n progress report(s)…</source>
        <translation>
            <numerusform>Exportiere %n Fortschrittsmeldung…</numerusform>
            <numerusform>Exportiere %n Fortschrittsmeldungen…</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Export progress log</source>
        <translation>Fortschrittsprotokoll exportieren</translation>
    </message>
</context>
<context>
    <name>syncscope::ui::ExportDialog</name>
    <message>
        <source>&amp;All sessions</source>
        <translation>&amp;Alle Sitzungen</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Selected sessions (%n)</source>
        <translation>
            <numerusform>Ausgewählte &amp;Sitzung (%n)</numerusform>
            <numerusform>Ausgewählte &amp;Sitzungen (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Export progress log</source>
        <translation>Fortschrittsprotokoll exportieren</translation>
    </message>
    <message>
        <source>CSV (.csv)</source>
        <translation>CSV (.csv)</translation>
    </message>
    <message>
        <source>JSON Lines (.jsonl)</source>
        <translation>JSON Lines (.jsonl)</translation>
    </message>
    <message>
        <source>Export format</source>
        <translation>Exportformat</translation>
    </message>
    <message>
        <source>Export file</source>
        <translation>Exportdatei</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <source>Sessions:</source>
        <translation>Sitzungen:</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <source>E&amp;xport</source>
        <translation>E&amp;xportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>JSON Lines files (*.jsonl)</source>
        <translation>JSON-Lines-Dateien (*.jsonl)</translation>
    </message>
    <message>
        <source>The file name must end in .csv or .jsonl to match the format.</source>
        <translation>Der Dateiname muss passend zum Format auf .csv oder .jsonl enden.</translation>
    </message>
    <message>
        <source>The folder does not exist.</source>
        <translation>Der Ordner existiert nicht.</translation>
    </message>
    <message>
        <source>Fi&amp;le:</source>
        <translation>Da&amp;tei:</translation>
    </message>
</context>
<context>
    <name>syncscope::ui::HistoryChart</name>
    <message>
        <source>%1/s</source>
        <translation>%1/s</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Nicht verbunden</translation>
    </message>
    <message>
        <source>seconds ago</source>
        <translation>Sekunden zuvor</translation>
    </message>
    <message>
        <source>hours ago</source>
        <translation>Stunden zuvor</translation>
    </message>
    <message>
        <source>minutes ago</source>
        <translation>Minuten zuvor</translation>
    </message>
</context>
<context>
    <name>syncscope::ui::MainWindow</name>
    <message>
        <source>&amp;Details</source>
        <translation>De&amp;tails</translation>
    </message>
    <message>
        <source>Event &amp;log</source>
        <translation>Ereignis&amp;protokoll</translation>
    </message>
    <message>
        <source>Details and event log</source>
        <translation>Details und Ereignisprotokoll</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n progress report(s) to %1</source>
        <translation>
            <numerusform>%n Fortschrittsmeldung nach %1 exportiert</numerusform>
            <numerusform>%n Fortschrittsmeldungen nach %1 exportiert</numerusform>
        </translation>
    </message>
    <message>
        <source>Exported the progress log to %1</source>
        <translation>Fortschrittsprotokoll nach %1 exportiert</translation>
    </message>
    <message>
        <source>Export progress log</source>
        <translation>Fortschrittsprotokoll exportieren</translation>
    </message>
    <message>
        <source>Add a session to this workspace</source>
        <translation>Diesem Arbeitsbereich eine Sitzung hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Open workspace…</source>
        <translation>Arbeitsbereich ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Open a workspace in a new window</source>
        <translation>Einen Arbeitsbereich in einem neuen Fenster öffnen</translation>
    </message>
    <message>
        <source>&amp;Save workspace</source>
        <translation>Arbeitsbereich &amp;speichern</translation>
    </message>
    <message>
        <source>Save the sessions of this window as a workspace file</source>
        <translation>Die Sitzungen dieses Fensters als Arbeitsbereichsdatei speichern</translation>
    </message>
    <message>
        <source>Save workspace &amp;as…</source>
        <translation>Arbeitsbereich speichern &amp;unter…</translation>
    </message>
    <message>
        <source>&amp;Export progress log…</source>
        <translation>Fortschrittsprotokoll &amp;exportieren…</translation>
    </message>
    <message>
        <source>Write every recorded progress report to CSV or JSON Lines</source>
        <translation>Alle aufgezeichneten Fortschrittsmeldungen als CSV oder JSON Lines schreiben</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Sessions</source>
        <translation>&amp;Sitzungen</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>A&amp;nsicht</translation>
    </message>
    <message>
        <source>&amp;Filter sessions</source>
        <translation>Sitzungen &amp;filtern</translation>
    </message>
    <message>
        <source>Show &amp;all sessions in details</source>
        <translation>&amp;Alle Sitzungen in den Details zeigen</translation>
    </message>
    <message>
        <source>Se&amp;ttings</source>
        <translation>&amp;Einstellungen</translation>
    </message>
    <message>
        <source>&amp;Notify when a session turns Invalid or stalls</source>
        <translation>&amp;Benachrichtigen, wenn eine Sitzung ungültig wird oder stockt</translation>
    </message>
    <message>
        <source>&amp;Stalled after no progress for</source>
        <translation>&amp;Stockend nach ausbleibendem Fortschritt für</translation>
    </message>
    <message>
        <source>30 seconds</source>
        <translation>30 Sekunden</translation>
    </message>
    <message>
        <source>1 minute</source>
        <translation>1 Minute</translation>
    </message>
    <message>
        <source>5 minutes</source>
        <translation>5 Minuten</translation>
    </message>
    <message>
        <source>15 minutes</source>
        <translation>15 Minuten</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About Syncscope</source>
        <translation>&amp;Über Syncscope</translation>
    </message>
    <message>
        <source>About Syncscope</source>
        <translation>Über Syncscope</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Syncscope %1&lt;/h3&gt;&lt;p&gt;A monitor for sync sessions: state, connection, progress and rates, live.&lt;/p&gt;&lt;p&gt;Progress log: up to %2 reports are kept in memory; older ones are dropped.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Syncscope %1&lt;/h3&gt;&lt;p&gt;Ein Monitor für Sync-Sitzungen: Status, Verbindung, Fortschritt und Raten, live.&lt;/p&gt;&lt;p&gt;Fortschrittsprotokoll: bis zu %2 Meldungen werden im Speicher gehalten; ältere werden verworfen.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Hauptwerkzeugleiste</translation>
    </message>
    <message>
        <source>Pause for</source>
        <translation>Pausieren für</translation>
    </message>
    <message>
        <source>Saved the workspace to %1</source>
        <translation>Arbeitsbereich nach %1 gespeichert</translation>
    </message>
    <message>
        <source>Save workspace</source>
        <translation>Arbeitsbereich speichern</translation>
    </message>
    <message>
        <source>Workspaces (*.json)</source>
        <translation>Arbeitsbereiche (*.json)</translation>
    </message>
    <message>
        <source>Open workspace</source>
        <translation>Arbeitsbereich öffnen</translation>
    </message>
    <message>
        <source>Workspaces (*.json);;All files (*)</source>
        <translation>Arbeitsbereiche (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>%1 cannot be opened:
%2</source>
        <translation>%1 kann nicht geöffnet werden:
%2</translation>
    </message>
    <message>
        <source>Could not start a new window.</source>
        <translation>Ein neues Fenster konnte nicht gestartet werden.</translation>
    </message>
    <message>
        <source>A&amp;dd session…</source>
        <translation>Sitzung &amp;hinzufügen…</translation>
    </message>
    <message>
        <source>S&amp;elect all</source>
        <translation>Alle aus&amp;wählen</translation>
    </message>
    <message>
        <source>Session l&amp;ist</source>
        <translation>Sitzungs&amp;liste</translation>
    </message>
    <message>
        <source>Syncscope[*]</source>
        <translation>Syncscope[*]</translation>
    </message>
    <message>
        <source>%1[*] — Syncscope</source>
        <translation>%1[*] — Syncscope</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <source>The sessions of this workspace were changed. Save the workspace before closing?</source>
        <translation>Die Sitzungen dieses Arbeitsbereichs wurden geändert. Arbeitsbereich vor dem Schließen speichern?</translation>
    </message>
</context>
<context>
    <name>syncscope::ui::MonitorStatusBar</name>
    <message>
        <source>Sessions by state</source>
        <translation>Sitzungen nach Status</translation>
    </message>
    <message>
        <source>Total transfer rates</source>
        <translation>Gesamte Übertragungsraten</translation>
    </message>
    <message>
        <source>Connection summary</source>
        <translation>Verbindungsübersicht</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>No sessions</source>
        <translation>Keine Sitzungen</translation>
    </message>
    <message>
        <source>Up %1 · Down %2</source>
        <translation>Hoch %1 · Runter %2</translation>
    </message>
    <message numerus="yes">
        <source>Connected to %1 of %n server(s)</source>
        <translation>
            <numerusform>Mit %1 von %n Server verbunden</numerusform>
            <numerusform>Mit %1 von %n Servern verbunden</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Latest notice</source>
        <translation>Letzte Meldung</translation>
    </message>
    <message numerus="yes">
        <source>⚠ %n stalled</source>
        <translation>
            <numerusform>⚠ %n hängt</numerusform>
            <numerusform>⚠ %n hängen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>syncscope::ui::SessionActions</name>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Pausieren</translation>
    </message>
    <message>
        <source>Pause the selected sessions</source>
        <translation>Die ausgewählten Sitzungen pausieren</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Fortsetzen</translation>
    </message>
    <message>
        <source>Resume the selected sessions you paused</source>
        <translation>Die ausgewählten, von Ihnen pausierten Sitzungen fortsetzen</translation>
    </message>
    <message>
        <source>Pause &amp;all</source>
        <translation>&amp;Alle pausieren</translation>
    </message>
    <message>
        <source>Pause every session; Resume all restores each one&apos;s own state</source>
        <translation>Alle Sitzungen pausieren; „Alle fortsetzen“ stellt den eigenen Zustand jeder Sitzung wieder her</translation>
    </message>
    <message>
        <source>Resume a&amp;ll</source>
        <translation>A&amp;lle fortsetzen</translation>
    </message>
    <message>
        <source>Undo Pause all; sessions you paused yourself stay paused</source>
        <translation>„Alle pausieren“ aufheben; von Ihnen selbst pausierte Sitzungen bleiben pausiert</translation>
    </message>
    <message>
        <source>Reconnect &amp;now</source>
        <translation>&amp;Jetzt neu verbinden</translation>
    </message>
    <message>
        <source>Skip the reconnect delay of the selected sessions</source>
        <translation>Die Wartezeit bis zur Neuverbindung der ausgewählten Sitzungen überspringen</translation>
    </message>
    <message>
        <source>Pause &amp;for…</source>
        <translation>Pausieren fü&amp;r…</translation>
    </message>
    <message>
        <source>Pause the selected sessions; they resume by themselves</source>
        <translation>Die ausgewählten Sitzungen pausieren; sie setzen von selbst fort</translation>
    </message>
    <message>
        <source>&amp;5 minutes</source>
        <translation>&amp;5 Minuten</translation>
    </message>
    <message>
        <source>&amp;30 minutes</source>
        <translation>&amp;30 Minuten</translation>
    </message>
    <message>
        <source>&amp;1 hour</source>
        <translation>&amp;1 Stunde</translation>
    </message>
    <message>
        <source>Log the user of the selected sessions in again with the workspace&apos;s token</source>
        <translation>Den Benutzer der gewählten Sitzungen mit dem Token des Arbeitsbereichs erneut anmelden</translation>
    </message>
    <message>
        <source>Log &amp;in again</source>
        <translation>Erneut a&amp;nmelden</translation>
    </message>
</context>
<context>
    <name>syncscope::ui::SessionEditActions</name>
    <message>
        <source>E&amp;dit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <source>Dupli&amp;cate…</source>
        <translation>&amp;Duplizieren…</translation>
    </message>
    <message>
        <source>Re&amp;move…</source>
        <translation>&amp;Entfernen…</translation>
    </message>
    <message>
        <source>Re&amp;open</source>
        <translation>Wieder &amp;öffnen</translation>
    </message>
    <message>
        <source>Change the selected session; it is closed and opened again</source>
        <translation>Die gewählte Sitzung ändern; sie wird geschlossen und neu geöffnet</translation>
    </message>
    <message>
        <source>Add a copy of the selected session with a file of its own</source>
        <translation>Eine Kopie der gewählten Sitzung mit eigener Datei hinzufügen</translation>
    </message>
    <message>
        <source>Stop watching the selected sessions and close them</source>
        <translation>Die gewählten Sitzungen nicht mehr beobachten und schließen</translation>
    </message>
    <message>
        <source>Open the selected Invalid sessions again, once the cause is fixed</source>
        <translation>Die gewählten ungültigen Sitzungen erneut öffnen, sobald die Ursache behoben ist</translation>
    </message>
    <message>
        <source>Edit session</source>
        <translation>Sitzung bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (Kopie)</translation>
    </message>
    <message>
        <source>%1 (copy %2)</source>
        <translation>%1 (Kopie %2)</translation>
    </message>
    <message>
        <source>Duplicate session</source>
        <translation>Sitzung duplizieren</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <source>Remove the session &quot;%1&quot; from the workspace? Its local file stays on disk.</source>
        <translation>Die Sitzung „%1“ aus dem Arbeitsbereich entfernen? Ihre lokale Datei bleibt erhalten.</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n sessions from the workspace? Their local files stay on disk.</source>
        <translation>
            <numerusform>%n Sitzung aus dem Arbeitsbereich entfernen? Ihre lokale Datei bleibt erhalten.</numerusform>
            <numerusform>%n Sitzungen aus dem Arbeitsbereich entfernen? Ihre lokalen Dateien bleiben erhalten.</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove sessions</source>
        <translation>Sitzungen entfernen</translation>
    </message>
</context>
<context>
    <name>syncscope::ui::SessionListModel</name>
    <message>
        <source>waiting</source>
        <translation>wartet</translation>
    </message>
    <message>
        <source>%1 of %2 (%3 %)</source>
        <translation>%1 von %2 (%3 %)</translation>
    </message>
    <message>
        <source>No progress reported yet: the SDK reports once the session has exchanged its first download.</source>
        <translation>Noch kein Fortschritt gemeldet: das SDK meldet ihn, sobald die Sitzung ihren ersten Download ausgetauscht hat.</translation>
    </message>
    <message>
        <source>%1 of %2 bytes</source>
        <translation>%1 von %2 Bytes</translation>
    </message>
    <message>
        <source>Uploaded and acknowledged by the server: %1.</source>
        <translation>Hochgeladen und vom Server bestätigt: %1.</translation>
    </message>
    <message>
        <source>Downloaded and integrated: %1.</source>
        <translation>Heruntergeladen und eingearbeitet: %1.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Realm</source>
        <translation>Realm</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <source>Upload</source>
        <translation>Upload</translation>
    </message>
    <message>
        <source>Download</source>
        <translation>Download</translation>
    </message>
    <message>
        <source>Upload rate</source>
        <translation>Upload-Rate</translation>
    </message>
    <message>
        <source>Up rate</source>
        <translation>Hoch-Rate</translation>
    </message>
    <message>
        <source>Download rate</source>
        <translation>Download-Rate</translation>
    </message>
    <message>
        <source>Down rate</source>
        <translation>Runter-Rate</translation>
    </message>
    <message>
        <source>Last error</source>
        <translation>Letzter Fehler</translation>
    </message>
    <message>
        <source>%1
Local file: %2</source>
        <translation>%1
Lokale Datei: %2</translation>
    </message>
    <message>
        <source>%1
at %2</source>
        <translation>%1
um %2</translation>
    </message>
    <message>
        <source>
Access token: %1</source>
        <translation>
Zugriffstoken: %1</translation>
    </message>
    <message>
        <source>%1
Access token: %2</source>
        <translation>%1
Zugriffstoken: %2</translation>
    </message>
    <message>
        <source>Is it syncing? (from the state and the connection)</source>
        <translation>Synchronisiert sie? (aus Zustand und Verbindung)</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Befinden</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Pausiert</translation>
    </message>
    <message>
        <source>Nothing to upload</source>
        <translation>Nichts hochzuladen</translation>
    </message>
    <message>
        <source>Up to date</source>
        <translation>Aktuell</translation>
    </message>
    <message>
        <source>⚠ Stalled: connected, with work outstanding, but no progress for %1 s or more.</source>
        <translation>⚠ Hängt: verbunden, mit ausstehender Arbeit, aber seit %1 s oder länger ohne Fortschritt.</translation>
    </message>
</context>
<context>
    <name>syncscope::ui::SessionListPanel</name>
    <message>
        <source>Filter by name, realm, user or server</source>
        <translation>Nach Name, Realm, Benutzer oder Server filtern</translation>
    </message>
    <message>
        <source>Session filter</source>
        <translation>Sitzungsfilter</translation>
    </message>
    <message>
        <source>State filter</source>
        <translation>Statusfilter</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sitzungen</translation>
    </message>
    <message>
        <source>Sync sessions with their state, connection, progress and rates</source>
        <translation>Sync-Sitzungen mit Status, Verbindung, Fortschritt und Raten</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Filt&amp;er:</source>
        <translation>&amp;Filter:</translation>
    </message>
    <message>
        <source>Sh&amp;ow:</source>
        <translation>&amp;Zeigen:</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Spalten</translation>
    </message>
</context>
<context>
    <name>syncscope::ui::TrayNotifier</name>
    <message>
        <source>&amp;Show window</source>
        <translation>Fenster &amp;zeigen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>Session invalid</source>
        <translation>Sitzung ungültig</translation>
    </message>
    <message>
        <source>Session stalled</source>
        <translation>Sitzung stockt</translation>
    </message>
    <message>
        <source>%1 stopped for good: %2</source>
        <translation>%1 wurde endgültig gestoppt: %2</translation>
    </message>
    <message>
        <source>%1 is connected with work outstanding but makes no progress.</source>
        <translation>%1 ist verbunden und hat ausstehende Arbeit, macht aber keinen Fortschritt.</translation>
    </message>
</context>
</TS>
