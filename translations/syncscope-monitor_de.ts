<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>ChartScale</name>
    <message>
        <source>%1/s</source>
        <translation>%1/s</translation>
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
    <message>
        <source>time of day</source>
        <translation>Uhrzeit</translation>
    </message>
    <message>
        <source>B</source>
        <translation>B</translation>
    </message>
</context>
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
    <name>HistoryStore</name>
    <message>
        <source>no saved history</source>
        <translation>kein gespeicherter Verlauf</translation>
    </message>
    <message>
        <source>%1 is too large for a chart history</source>
        <translation>%1 ist zu groß für einen Diagrammverlauf</translation>
    </message>
    <message>
        <source>cannot create %1</source>
        <translation>%1 kann nicht angelegt werden</translation>
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
        <translation>Die in &lt;datei&gt; aufgeführten Sitzungen öffnen (JSON, siehe docs/monitor.md).</translation>
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
        <translation>Mit --headless: nach &lt;sekunden&gt; beenden.</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>sekunden</translation>
    </message>
    <message>
        <source>With --headless: write the progress log to &lt;file&gt; at the end (.csv or .jsonl).</source>
        <translation>Mit --headless: am Ende das Fortschrittsprotokoll nach &lt;datei&gt; schreiben (.csv oder .jsonl).</translation>
    </message>
    <message>
        <source>Use &lt;language&gt; (e.g. de, fr, es) instead of the system&apos;s.</source>
        <translation>&lt;sprache&gt; (z. B. de, fr, es) statt der Systemsprache verwenden.</translation>
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
        <translation>Mit --headless: mit 1 beenden, wenn am Ende eine Sitzung, die synchronisieren soll (nicht als Fehlschlag erwartet, nicht pausiert), [sekunden] oder länger getrennt ist — auch eine, die nie verbunden war. Ohne Wert: jede getrennte Sitzung.</translation>
    </message>
    <message>
        <source>--fail-on-disconnected only applies with --headless</source>
        <translation>--fail-on-disconnected gilt nur mit --headless</translation>
    </message>
    <message>
        <source>--fail-on-disconnected needs a number of seconds, got &quot;%1&quot;</source>
        <translation>--fail-on-disconnected braucht eine Anzahl Sekunden, erhalten: „%1“</translation>
    </message>
    <message>
        <source>Watch the sessions of the running process &lt;pid&gt; through its inspector (docs/inspector.md); may be repeated.</source>
        <translation>Die Sitzungen des laufenden Prozesses &lt;pid&gt; über seinen Inspektor beobachten (docs/inspector.md); mehrfach möglich.</translation>
    </message>
    <message>
        <source>pid</source>
        <translation>pid</translation>
    </message>
    <message>
        <source>--attach-pid needs a process id, got &quot;%1&quot;</source>
        <translation>--attach-pid braucht eine Prozess-ID, erhalten: „%1“</translation>
    </message>
    <message>
        <source>With --headless: &quot;table&quot; (the default) for people, or &quot;json&quot;: one JSON object a line each second, for scripts.</source>
        <translation>Mit --headless: „table“ (Vorgabe) für Menschen oder „json“: jede Sekunde ein JSON-Objekt pro Zeile, für Skripte.</translation>
    </message>
    <message>
        <source>format</source>
        <translation>format</translation>
    </message>
    <message>
        <source>With --headless on a terminal: redraw the table in place instead of appending it.</source>
        <translation>Mit --headless in einem Terminal: die Tabelle an Ort und Stelle neu zeichnen, statt sie anzuhängen.</translation>
    </message>
    <message>
        <source>--format only applies with --headless</source>
        <translation>--format gilt nur mit --headless</translation>
    </message>
    <message>
        <source>--format must be table or json, got &quot;%1&quot;</source>
        <translation>--format muss table oder json sein, erhalten: „%1“</translation>
    </message>
    <message>
        <source>--watch only applies with --headless</source>
        <translation>--watch gilt nur mit --headless</translation>
    </message>
    <message>
        <source>With --headless: serve the sessions&apos; states, bytes and reconnects as Prometheus metrics at http://&lt;host:port&gt;/metrics (plain HTTP; port 0 picks one).</source>
        <translation>Mit --headless: Zustände, Bytes und Neuverbindungen der Sitzungen als Prometheus-Metriken unter http://&lt;host:port&gt;/metrics bereitstellen (einfaches HTTP; Port 0 wählt einen freien).</translation>
    </message>
    <message>
        <source>host:port</source>
        <translation>host:port</translation>
    </message>
    <message>
        <source>--metrics-listen only applies with --headless</source>
        <translation>--metrics-listen gilt nur zusammen mit --headless</translation>
    </message>
    <message>
        <source>--metrics-listen needs HOST:PORT with an IP address or localhost, got &quot;%1&quot;</source>
        <translation>--metrics-listen braucht HOST:PORT mit einer IP-Adresse oder localhost, erhalten: „%1“</translation>
    </message>
    <message>
        <source>Watch every session of the syncscope-server whose operator API listens at &lt;url&gt; (docs/operator.md); may be repeated, each with its own --operator-token-file.</source>
        <translation>Alle Sitzungen des syncscope-server beobachten, dessen Operator-API unter &lt;url&gt; lauscht (docs/operator.md); wiederholbar, jeweils mit eigener --operator-token-file.</translation>
    </message>
    <message>
        <source>url</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>The operator token for the --attach before it (from syncscope-server token --operator).</source>
        <translation>Das Operator-Token für das vorangehende --attach (von syncscope-server token --operator).</translation>
    </message>
    <message>
        <source>each --attach needs its own --operator-token-file (got %1 URLs and %2 files)</source>
        <translation>jedes --attach braucht seine eigene --operator-token-file (%1 URLs und %2 Dateien erhalten)</translation>
    </message>
    <message>
        <source>--attach %1: %2</source>
        <translation>--attach %1: %2</translation>
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
    <name>RateHistory</name>
    <message>
        <source>not a chart history file</source>
        <translation>keine Diagrammverlaufsdatei</translation>
    </message>
    <message>
        <source>written by another version</source>
        <translation>von einer anderen Version geschrieben</translation>
    </message>
    <message>
        <source>the file is damaged</source>
        <translation>die Datei ist beschädigt</translation>
    </message>
</context>
<context>
    <name>SessionDiagnostics</name>
    <message>
        <source>no report yet</source>
        <translation>noch keine Meldung</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>Syncscope diagnostics for &quot;%1&quot;, %2</source>
        <translation>Syncscope-Diagnose für „%1“, %2</translation>
    </message>
    <message>
        <source>Monitor version: %1</source>
        <translation>Monitor-Version: %1</translation>
    </message>
    <message>
        <source>Configuration</source>
        <translation>Konfiguration</translation>
    </message>
    <message>
        <source>  Server: %1</source>
        <translation>  Server: %1</translation>
    </message>
    <message>
        <source>  Realm: %1</source>
        <translation>  Realm: %1</translation>
    </message>
    <message>
        <source>  User: %1</source>
        <translation>  Benutzer: %1</translation>
    </message>
    <message>
        <source>  Local file: %1</source>
        <translation>  Lokale Datei: %1</translation>
    </message>
    <message>
        <source>  Access token: omitted (%1)</source>
        <translation>  Zugriffstoken: weggelassen (%1)</translation>
    </message>
    <message>
        <source>none in the configuration</source>
        <translation>keines in der Konfiguration</translation>
    </message>
    <message>
        <source>  Expected to fail: %1</source>
        <translation>  Scheitern erwartet: %1</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>  Synthetic traffic: %1</source>
        <translation>  Künstlicher Verkehr: %1</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Jetzt</translation>
    </message>
    <message>
        <source>  Health: %1</source>
        <translation>  Zustand: %1</translation>
    </message>
    <message>
        <source>  State: %1: %2</source>
        <translation>  Status: %1: %2</translation>
    </message>
    <message>
        <source>  Connection: %1: %2</source>
        <translation>  Verbindung: %1: %2</translation>
    </message>
    <message>
        <source>  Upload: %1, %2</source>
        <translation>  Upload: %1, %2</translation>
    </message>
    <message>
        <source>  Download: %1, %2</source>
        <translation>  Download: %1, %2</translation>
    </message>
    <message>
        <source>  Last error: %1 (at %2)</source>
        <translation>  Letzter Fehler: %1 (um %2)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keiner</translation>
    </message>
    <message>
        <source>  Disconnected since: %1</source>
        <translation>  Getrennt seit: %1</translation>
    </message>
    <message>
        <source>  Next connection attempt: %1</source>
        <translation>  Nächster Verbindungsversuch: %1</translation>
    </message>
    <message>
        <source>  Stalled: %1</source>
        <translation>  Festgefahren: %1</translation>
    </message>
    <message>
        <source>State history (newest last)</source>
        <translation>Statusverlauf (neueste zuletzt)</translation>
    </message>
    <message>
        <source>Last errors (newest last)</source>
        <translation>Letzte Fehler (neueste zuletzt)</translation>
    </message>
    <message>
        <source>  Further server node: %1</source>
        <translation>  Weiterer Serverknoten: %1</translation>
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
    <name>SessionFacts</name>
    <message>
        <source>none (not syncing)</source>
        <translation>keiner (synchronisiert nicht)</translation>
    </message>
    <message>
        <source>Server nodes: %1
In use: %2</source>
        <translation>Serverknoten: %1
In Verwendung: %2</translation>
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
    <message>
        <source>Stale since %1</source>
        <translation>Veraltet seit %1</translation>
    </message>
</context>
<context>
    <name>SessionStatus</name>
    <message>
        <source>%1/s</source>
        <translation>%1/s</translation>
    </message>
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
        <translation>Verbindet</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Verbunden</translation>
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
        <source>Active (Realm&apos;s word: it wants to sync), but not connected: no change goes up or comes down until the connection is back.</source>
        <translation>Aktiv (Realms Wort: sie will synchronisieren), aber nicht verbunden: keine Änderung geht hoch oder kommt herunter, bis die Verbindung zurück ist.</translation>
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
        <source>%1 holds access tokens but other users can read it; restrict it to yourself (chmod 600) or save it again.</source>
        <translation>%1 enthält Zugriffstoken, ist aber für andere Benutzer lesbar; beschränken Sie die Datei auf sich selbst (chmod 600) oder speichern Sie sie erneut.</translation>
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
        <source>must be a list of servers</source>
        <translation>muss eine Liste von Servern sein</translation>
    </message>
    <message>
        <source>an operator token is kept only in a file readable by its owner alone; chmod 600 the file or give the token as tokenFile</source>
        <translation>ein Operator-Token darf nur in einer Datei stehen, die allein ihr Besitzer lesen kann; die Datei mit chmod 600 schützen oder das Token als tokenFile angeben</translation>
    </message>
    <message>
        <source>the server must be a ws:// or wss:// URL with a host, its --operator-listen address</source>
        <translation>der Server muss eine ws://- oder wss://-URL mit Host sein, seine --operator-listen-Adresse</translation>
    </message>
    <message>
        <source>give the operator token either as tokenFile or as token, not both or neither</source>
        <translation>das Operator-Token entweder als tokenFile oder als token angeben, nicht beides und nicht keins</translation>
    </message>
    <message>
        <source>must be a list of ws:// or wss:// URLs</source>
        <translation>muss eine Liste von ws://- oder wss://-URLs sein</translation>
    </message>
    <message>
        <source>must list at most %1 further nodes</source>
        <translation>darf höchstens %1 weitere Knoten nennen</translation>
    </message>
    <message>
        <source>At most %1 further server nodes can be given.</source>
        <translation>Es können höchstens %1 weitere Serverknoten angegeben werden.</translation>
    </message>
    <message>
        <source>The further server node &quot;%1&quot; is not a ws:// or wss:// URL with a host.</source>
        <translation>Der weitere Serverknoten „%1“ ist keine ws://- oder wss://-URL mit Host.</translation>
    </message>
</context>
<context>
    <name>syncscope::monitor::AttachedServer</name>
    <message>
        <source>%1 did %2</source>
        <translation>%1 hat %2 ausgeführt</translation>
    </message>
    <message>
        <source>%1 refused the action: %2 (%3)</source>
        <translation>%1 hat die Aktion abgelehnt: %2 (%3)</translation>
    </message>
    <message>
        <source>larger than %1 KiB, not a token</source>
        <translation>größer als %1 KiB, kein Token</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>die Datei ist leer</translation>
    </message>
    <message>
        <source>Cannot attach to %1: cannot read the operator token file %2: %3</source>
        <translation>Verbindung mit %1 nicht möglich: die Operator-Token-Datei %2 ist nicht lesbar: %3</translation>
    </message>
    <message>
        <source>cannot read the operator token file %1: %2</source>
        <translation>die Operator-Token-Datei %1 ist nicht lesbar: %2</translation>
    </message>
    <message>
        <source>Attaching to %1</source>
        <translation>Verbinde mit %1</translation>
    </message>
    <message>
        <source>Not attached: %1</source>
        <translation>Nicht verbunden: %1</translation>
    </message>
    <message>
        <source>Not attached</source>
        <translation>Nicht verbunden</translation>
    </message>
    <message>
        <source>Unreachable since %1, reconnecting</source>
        <translation>Nicht erreichbar seit %1, verbinde erneut</translation>
    </message>
    <message>
        <source>Connecting since %1</source>
        <translation>Verbinde seit %1</translation>
    </message>
    <message>
        <source>Reachable since %1</source>
        <translation>Erreichbar seit %1</translation>
    </message>
    <message>
        <source>Unreachable since %1, next attempt at %2</source>
        <translation>Nicht erreichbar seit %1, nächster Versuch um %2</translation>
    </message>
    <message>
        <source>Refused: %1</source>
        <translation>Abgelehnt: %1</translation>
    </message>
    <message numerus="yes">
        <source>Reattached to %1 after %2 s: %n sessions</source>
        <translation>
            <numerusform>Wieder mit %1 verbunden nach %2 s: %n Sitzung</numerusform>
            <numerusform>Wieder mit %1 verbunden nach %2 s: %n Sitzungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Attached to %1 as %2: %n sessions</source>
        <translation>
            <numerusform>Mit %1 verbunden als %2: %n Sitzung</numerusform>
            <numerusform>Mit %1 verbunden als %2: %n Sitzungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Lost the operator connection to %1: %2. Its %n sessions show their last known state; retrying in %3 s</source>
        <translation>
            <numerusform>Operator-Verbindung zu %1 verloren: %2. Seine %n Sitzung zeigt ihren letzten bekannten Zustand; neuer Versuch in %3 s</numerusform>
            <numerusform>Operator-Verbindung zu %1 verloren: %2. Seine %n Sitzungen zeigen ihren letzten bekannten Zustand; neuer Versuch in %3 s</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot reach %1: %2; retrying in %3 s</source>
        <translation>%1 nicht erreichbar: %2; neuer Versuch in %3 s</translation>
    </message>
    <message>
        <source>Cannot attach to %1: %2; not retried (give a valid operator token)</source>
        <translation>Verbindung mit %1 nicht möglich: %2; kein neuer Versuch (ein gültiges Operator-Token angeben)</translation>
    </message>
    <message>
        <source>Its connection closed on the server</source>
        <translation>Ihre Verbindung wurde auf dem Server geschlossen</translation>
    </message>
    <message>
        <source>Ended on the server</source>
        <translation>Auf dem Server beendet</translation>
    </message>
    <message>
        <source>%1 restarted at %2</source>
        <translation>%1 wurde um %2 neu gestartet</translation>
    </message>
    <message>
        <source>The server restarted</source>
        <translation>Der Server wurde neu gestartet</translation>
    </message>
    <message>
        <source>Ended on the server with error %1</source>
        <translation>Auf dem Server mit Fehler %1 beendet</translation>
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
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
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
    <name>syncscope::monitor::InspectedProcessSessions</name>
    <message>
        <source>Attached to process %1 (%2 sessions)</source>
        <translation>An Prozess %1 angehängt (%2 Sitzungen)</translation>
    </message>
    <message>
        <source>Before the attach, at %1: %2</source>
        <translation>Vor dem Anhängen, um %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Process %1 is gone; its %n sessions are no longer watched</source>
        <translation>
            <numerusform>Prozess %1 ist beendet; seine %n Sitzung wird nicht mehr beobachtet</numerusform>
            <numerusform>Prozess %1 ist beendet; seine %n Sitzungen werden nicht mehr beobachtet</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>syncscope::monitor::InspectorSessionSource</name>
    <message>
        <source>Network conditions back to normal</source>
        <translation>Netzwerkbedingungen wieder normal</translation>
    </message>
    <message>
        <source>Simulated network: up %1 B/s, down %2 B/s, latency %3 ms%4</source>
        <translation>Simuliertes Netzwerk: hoch %1 B/s, runter %2 B/s, Latenz %3 ms%4</translation>
    </message>
    <message>
        <source>, offline</source>
        <translation>, offline</translation>
    </message>
    <message>
        <source>The process %1 is gone.</source>
        <translation>Der Prozess %1 ist beendet.</translation>
    </message>
    <message>
        <source>Pause all holds only the monitor&apos;s own sessions, not those of another process.</source>
        <translation>„Alle pausieren“ hält nur die eigenen Sitzungen des Monitors an, nicht die eines anderen Prozesses.</translation>
    </message>
    <message>
        <source>Already paused.</source>
        <translation>Bereits pausiert.</translation>
    </message>
    <message>
        <source>Not paused.</source>
        <translation>Nicht pausiert.</translation>
    </message>
    <message numerus="yes">
        <source>Pause for %n s sent to the process</source>
        <translation>
            <numerusform>Pause für %n s an den Prozess gesendet</numerusform>
            <numerusform>Pause für %n s an den Prozess gesendet</numerusform>
        </translation>
    </message>
    <message>
        <source>Pause sent to the process</source>
        <translation>Pause an den Prozess gesendet</translation>
    </message>
    <message>
        <source>Resume sent to the process</source>
        <translation>Fortsetzen an den Prozess gesendet</translation>
    </message>
    <message>
        <source>Reconnect sent to the process</source>
        <translation>Neu verbinden an den Prozess gesendet</translation>
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
    <message>
        <source>Network conditions back to normal</source>
        <translation>Netzwerkbedingungen wieder normal</translation>
    </message>
    <message>
        <source>Simulated network: up %1 B/s, down %2 B/s, latency %3 ms%4</source>
        <translation>Simuliertes Netzwerk: hoch %1 B/s, runter %2 B/s, Latenz %3 ms%4</translation>
    </message>
    <message>
        <source>, offline</source>
        <translation>, offline</translation>
    </message>
    <message>
        <source>Watching %1 on %2</source>
        <translation>Beobachtet %1 auf %2</translation>
    </message>
    <message>
        <source>Only the app that opened this session can log its user in.</source>
        <translation>Nur die App, die diese Sitzung geöffnet hat, kann ihren Benutzer anmelden.</translation>
    </message>
    <message>
        <source>The session is Invalid: it never syncs again.</source>
        <translation>Die Sitzung ist ungültig: Sie synchronisiert nie wieder.</translation>
    </message>
    <message>
        <source>Using the server node %1</source>
        <translation>Verwendet den Serverknoten %1</translation>
    </message>
</context>
<context>
    <name>syncscope::monitor::MonitoredSession</name>
    <message>
        <source>State: %1</source>
        <translation>Status: %1</translation>
    </message>
    <message>
        <source>Connection: %1</source>
        <translation>Verbindung: %1</translation>
    </message>
    <message>
        <source>Could not open the session: %1</source>
        <translation>Die Sitzung konnte nicht geöffnet werden: %1</translation>
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
    <name>syncscope::monitor::OperatorClient</name>
    <message>
        <source>%1 does not speak the operator API (no %2 subprotocol); is it the --operator-listen port?</source>
        <translation>%1 spricht die Operator-API nicht (kein Subprotokoll %2); ist es der --operator-listen-Port?</translation>
    </message>
    <message>
        <source>the operator connection closed (%1)</source>
        <translation>die Operator-Verbindung wurde geschlossen (%1)</translation>
    </message>
    <message>
        <source>the operator connection closed: %1</source>
        <translation>die Operator-Verbindung wurde geschlossen: %1</translation>
    </message>
    <message>
        <source>the server sent a message that is not a JSON object: %1</source>
        <translation>der Server hat eine Nachricht gesendet, die kein JSON-Objekt ist: %1</translation>
    </message>
    <message>
        <source>the server refused the operator token: %1</source>
        <translation>der Server hat das Operator-Token abgelehnt: %1</translation>
    </message>
</context>
<context>
    <name>syncscope::monitor::OperatorSessionSource</name>
    <message>
        <source>Seen on the server again</source>
        <translation>Wieder auf dem Server gesehen</translation>
    </message>
    <message>
        <source>Operator connection to %1 lost: %2</source>
        <translation>Operator-Verbindung zu %1 verloren: %2</translation>
    </message>
    <message>
        <source>Pause all holds only the monitor&apos;s own sessions, not those on a server.</source>
        <translation>Alle pausieren hält nur die eigenen Sitzungen des Monitors an, nicht die auf einem Server.</translation>
    </message>
    <message>
        <source>Pausing happens in the app, which this monitor does not reach: it sees the session on %1. Use Operator &gt; Suspend session instead.</source>
        <translation>Pausieren geschieht in der App, die dieser Monitor nicht erreicht: er sieht die Sitzung auf %1. Stattdessen Operator &gt; Sitzung aussetzen verwenden.</translation>
    </message>
    <message>
        <source>Only the app can reconnect; it sees the session on %1. Disconnecting its connection (Operator menu) makes the app reconnect.</source>
        <translation>Nur die App kann neu verbinden; der Monitor sieht die Sitzung auf %1. Ihre Verbindung zu trennen (Menü Operator) lässt die App neu verbinden.</translation>
    </message>
    <message>
        <source>The app logs its user in, not the monitor.</source>
        <translation>Die App meldet ihren Benutzer an, nicht der Monitor.</translation>
    </message>
    <message>
        <source>The monitor is no longer attached to %1.</source>
        <translation>Der Monitor ist nicht mehr mit %1 verbunden.</translation>
    </message>
    <message>
        <source>The operator connection to %1 is down; the row shows the last known state.</source>
        <translation>Die Operator-Verbindung zu %1 ist unterbrochen; die Zeile zeigt den letzten bekannten Zustand.</translation>
    </message>
    <message>
        <source>The session has no user to refuse.</source>
        <translation>Die Sitzung hat keinen Benutzer, der abgelehnt werden könnte.</translation>
    </message>
    <message>
        <source>Operator: disconnect connection %1 sent to the server</source>
        <translation>Operator: Trennen der Verbindung %1 an den Server gesendet</translation>
    </message>
    <message>
        <source>Operator: end session (fatal) sent to the server</source>
        <translation>Operator: Beenden der Sitzung (endgültig) an den Server gesendet</translation>
    </message>
    <message>
        <source>Operator: suspend session sent to the server</source>
        <translation>Operator: Aussetzen der Sitzung an den Server gesendet</translation>
    </message>
    <message>
        <source>Operator: refuse user %1 until %2 sent to the server</source>
        <translation>Operator: Ablehnen des Benutzers %1 bis %2 an den Server gesendet</translation>
    </message>
</context>
<context>
    <name>syncscope::monitor::ServerOverview</name>
    <message>
        <source>Reachable</source>
        <translation>Erreichbar</translation>
    </message>
    <message>
        <source>Unreachable</source>
        <translation>Nicht erreichbar</translation>
    </message>
    <message>
        <source>Connecting</source>
        <translation>Verbindet</translation>
    </message>
    <message>
        <source>Not in use</source>
        <translation>Nicht in Gebrauch</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Active %1, Inactive %2, Invalid %3</source>
        <translation>Aktiv %1, Inaktiv %2, Ungültig %3</translation>
    </message>
</context>
<context>
    <name>syncscope::monitor::ServerReason</name>
    <message>
        <source>the server closed the connection</source>
        <translation>der Server hat die Verbindung geschlossen</translation>
    </message>
    <message>
        <source>the server failed unexpectedly</source>
        <translation>im Server ist ein unerwarteter Fehler aufgetreten</translation>
    </message>
    <message>
        <source>the server did not know a message</source>
        <translation>der Server kannte eine Nachricht nicht</translation>
    </message>
    <message>
        <source>the server could not decode a message</source>
        <translation>der Server konnte eine Nachricht nicht dekodieren</translation>
    </message>
    <message>
        <source>a message exceeded the server&apos;s limits</source>
        <translation>eine Nachricht überschritt die Grenzen des Servers</translation>
    </message>
    <message>
        <source>the server speaks another protocol version</source>
        <translation>der Server spricht eine andere Protokollversion</translation>
    </message>
    <message>
        <source>a message named a session that was never bound</source>
        <translation>eine Nachricht nannte eine Sitzung, die nie gebunden wurde</translation>
    </message>
    <message>
        <source>a session id was used twice on the connection</source>
        <translation>eine Sitzungs-ID wurde auf der Verbindung zweimal verwendet</translation>
    </message>
    <message>
        <source>messages came in the wrong order</source>
        <translation>Nachrichten kamen in der falschen Reihenfolge</translation>
    </message>
    <message>
        <source>the server ended the session</source>
        <translation>der Server hat die Sitzung beendet</translation>
    </message>
    <message>
        <source>the server could not use its storage</source>
        <translation>der Server konnte seinen Speicher nicht verwenden</translation>
    </message>
    <message>
        <source>the access token has expired</source>
        <translation>das Zugriffstoken ist abgelaufen</translation>
    </message>
    <message>
        <source>the server refused the access token</source>
        <translation>der Server hat das Zugriffstoken abgelehnt</translation>
    </message>
    <message>
        <source>the realm path is not allowed</source>
        <translation>der Realm-Pfad ist nicht zulässig</translation>
    </message>
    <message>
        <source>the access token does not grant this realm</source>
        <translation>das Zugriffstoken gibt diesen Realm nicht frei</translation>
    </message>
    <message>
        <source>the server does not know this client file</source>
        <translation>der Server kennt diese Client-Datei nicht</translation>
    </message>
    <message>
        <source>the local file is ahead of the server&apos;s realm</source>
        <translation>die lokale Datei ist dem Realm des Servers voraus</translation>
    </message>
    <message>
        <source>the upload&apos;s client versions do not increase</source>
        <translation>die Client-Versionen des Uploads steigen nicht an</translation>
    </message>
    <message>
        <source>the server refused a changeset</source>
        <translation>der Server hat ein Changeset abgelehnt</translation>
    </message>
    <message>
        <source>the client file belongs to another user</source>
        <translation>die Client-Datei gehört einem anderen Benutzer</translation>
    </message>
    <message>
        <source>the connection has too many sessions</source>
        <translation>die Verbindung hat zu viele Sitzungen</translation>
    </message>
    <message>
        <source>%1 (the server said: &quot;%2&quot;)</source>
        <translation>%1 (der Server schrieb: „%2“)</translation>
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
    <name>syncscope::monitor::StatusReport</name>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>HEALTH</source>
        <translation>BEFINDEN</translation>
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
        <source>[%1 s] %2 sessions, up %3, down %4</source>
        <translation>[%1 s] %2 Sitzungen, hoch %3, runter %4</translation>
    </message>
    <message>
        <source>NODE</source>
        <translation>KNOTEN</translation>
    </message>
    <message>
        <source>SERVER</source>
        <translation>SERVER</translation>
    </message>
    <message>
        <source>REACH</source>
        <translation>ERREICHBAR</translation>
    </message>
    <message>
        <source>SINCE</source>
        <translation>SEIT</translation>
    </message>
    <message>
        <source>SESSIONS</source>
        <translation>SITZUNGEN</translation>
    </message>
    <message>
        <source>PING RTT</source>
        <translation>PING-RTT</translation>
    </message>
    <message>
        <source>LAST CONNECT ERROR</source>
        <translation>LETZTER VERBINDUNGSFEHLER</translation>
    </message>
</context>
</TS>
