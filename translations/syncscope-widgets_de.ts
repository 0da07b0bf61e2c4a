<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
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
    <message>
        <source>cannot attach to %1: %2</source>
        <translation>Anhängen an %1 nicht möglich: %2</translation>
    </message>
    <message>
        <source>cannot serve metrics on %1 port %2: %3</source>
        <translation>Metriken können nicht auf %1 Port %2 bereitgestellt werden: %3</translation>
    </message>
    <message>
        <source>metrics at %1</source>
        <translation>Metriken unter %1</translation>
    </message>
</context>
<context>
    <name>syncscope::SessionMonitorWidget</name>
    <message>
        <source>Simulate slo&amp;w network…</source>
        <translation>Lan&amp;gsames Netzwerk simulieren…</translation>
    </message>
    <message>
        <source>Session actions</source>
        <translation>Sitzungsaktionen</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>De&amp;tails</translation>
    </message>
    <message>
        <source>Event &amp;log</source>
        <translation>Ereignis&amp;protokoll</translation>
    </message>
    <message>
        <source>Select one session</source>
        <translation>Wählen Sie eine Sitzung aus</translation>
    </message>
    <message>
        <source>Limit bandwidth, add latency or go offline for this session&apos;s connection</source>
        <translation>Bandbreite begrenzen, Latenz hinzufügen oder die Verbindung dieser Sitzung offline schalten</translation>
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
    <message>
        <source>optional: ws://node2:7800 ws://node3:7800</source>
        <translation>optional: ws://node2:7800 ws://node3:7800</translation>
    </message>
    <message>
        <source>Further nodes of the same server, separated by spaces: when a node cannot be reached the session moves on to the next one</source>
        <translation>Weitere Knoten desselben Servers, durch Leerzeichen getrennt: Ist ein Knoten nicht erreichbar, wechselt die Sitzung zum nächsten</translation>
    </message>
    <message>
        <source>Further server nodes</source>
        <translation>Weitere Serverknoten</translation>
    </message>
    <message>
        <source>Further n&amp;odes:</source>
        <translation>Weitere &amp;Knoten:</translation>
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
    <name>syncscope::ui::AttachProcessDialog</name>
    <message>
        <source>Attach to process</source>
        <translation>An Prozess anhängen</translation>
    </message>
    <message>
        <source>Processes of yours whose app runs the Syncscope inspector (SYNCSCOPE_INSPECT=1 or App::setInspectorEnabled):</source>
        <translation>Ihre Prozesse, deren App den Syncscope-Inspektor ausführt (SYNCSCOPE_INSPECT=1 oder App::setInspectorEnabled):</translation>
    </message>
    <message>
        <source>PID</source>
        <translation>PID</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sitzungen</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Gestartet</translation>
    </message>
    <message>
        <source>Processes with an inspector</source>
        <translation>Prozesse mit Inspektor</translation>
    </message>
    <message>
        <source>No process with an inspector is running.</source>
        <translation>Es läuft kein Prozess mit Inspektor.</translation>
    </message>
    <message>
        <source>&amp;Attach</source>
        <translation>&amp;Anhängen</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>A&amp;ktualisieren</translation>
    </message>
    <message>
        <source>Already attached</source>
        <translation>Bereits angehängt</translation>
    </message>
</context>
<context>
    <name>syncscope::ui::AttachServerDialog</name>
    <message>
        <source>Token &amp;file:</source>
        <translation>Token-&amp;Datei:</translation>
    </message>
    <message>
        <source>&amp;Paste token:</source>
        <translation>Token ein&amp;fügen:</translation>
    </message>
    <message>
        <source>Attach to server</source>
        <translation>Mit Server verbinden</translation>
    </message>
    <message>
        <source>Operator API URL</source>
        <translation>URL der Operator-API</translation>
    </message>
    <message>
        <source>The address syncscope-server --operator-listen serves (ws:// or wss://)</source>
        <translation>Die Adresse, die syncscope-server --operator-listen bedient (ws:// oder wss://)</translation>
    </message>
    <message>
        <source>from syncscope-server token --operator</source>
        <translation>von syncscope-server token --operator</translation>
    </message>
    <message>
        <source>Operator token file</source>
        <translation>Operator-Token-Datei</translation>
    </message>
    <message>
        <source>Operator token</source>
        <translation>Operator-Token</translation>
    </message>
    <message>
        <source>eyJhbGciOiJIUzI1NiIs…</source>
        <translation>eyJhbGciOiJIUzI1NiIs…</translation>
    </message>
    <message>
        <source>What is missing</source>
        <translation>Was fehlt</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <source>&amp;Operator API:</source>
        <translation>&amp;Operator-API:</translation>
    </message>
    <message>
        <source>A token file is saved in the workspace by its path. A pasted token is saved in the workspace itself, which only you can read.</source>
        <translation>Eine Token-Datei wird im Arbeitsbereich mit ihrem Pfad gespeichert. Ein eingefügtes Token wird im Arbeitsbereich selbst gespeichert, den nur Sie lesen können.</translation>
    </message>
    <message>
        <source>Give the server&apos;s operator API URL.</source>
        <translation>Die URL der Operator-API des Servers angeben.</translation>
    </message>
    <message>
        <source>Choose the operator token file.</source>
        <translation>Die Operator-Token-Datei wählen.</translation>
    </message>
    <message>
        <source>Paste the operator token.</source>
        <translation>Das Operator-Token einfügen.</translation>
    </message>
    <message>
        <source>Cannot read %1.</source>
        <translation>%1 ist nicht lesbar.</translation>
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
    <message>
        <source>Cloc&amp;k time</source>
        <translation>&amp;Uhrzeit</translation>
    </message>
    <message>
        <source>Label the time axis with the time of day instead of &quot;seconds ago&quot;</source>
        <translation>Die Zeitachse mit der Uhrzeit statt mit „Sekunden zuvor“ beschriften</translation>
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
    <message>
        <source>Follo&amp;w newest</source>
        <translation>Neueste &amp;verfolgen</translation>
    </message>
    <message>
        <source>Copy dia&amp;gnostics</source>
        <translation>Dia&amp;gnose kopieren</translation>
    </message>
    <message>
        <source>Show all kinds</source>
        <translation>Alle Arten zeigen</translation>
    </message>
    <message>
        <source>Text in the message or session</source>
        <translation>Text in Meldung oder Sitzung</translation>
    </message>
    <message>
        <source>Search the event log</source>
        <translation>Ereignisprotokoll durchsuchen</translation>
    </message>
    <message>
        <source>Keep the newest line in view; scrolling up to read turns this off</source>
        <translation>Die neueste Zeile sichtbar halten; wer nach oben blättert, schaltet das ab</translation>
    </message>
    <message>
        <source>Copy the chosen session&apos;s configuration (without the access token), state history and last errors, for a bug report</source>
        <translation>Konfiguration (ohne Zugriffstoken), Statusverlauf und letzte Fehler der gewählten Sitzung kopieren, für einen Fehlerbericht</translation>
    </message>
    <message>
        <source>Sea&amp;rch:</source>
        <translation>Su&amp;chen:</translation>
    </message>
    <message>
        <source>No kinds</source>
        <translation>Keine Arten</translation>
    </message>
    <message numerus="yes">
        <source>%n kind(s)</source>
        <translation>
            <numerusform>%n Art</numerusform>
            <numerusform>%n Arten</numerusform>
        </translation>
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
        <source>Fi&amp;le:</source>
        <translation>Da&amp;tei:</translation>
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
</context>
<context>
    <name>syncscope::ui::HistoryChart</name>
    <message>
        <source>Not connected</source>
        <translation>Nicht verbunden</translation>
    </message>
    <message>
        <source>Clipped</source>
        <translation>Abgeschnitten</translation>
    </message>
    <message>
        <source>%1 legend</source>
        <translation>Legende von %1</translation>
    </message>
    <message>
        <source>Clipped, peak %1</source>
        <translation>Abgeschnitten, Spitze %1</translation>
    </message>
    <message>
        <source>%1 (%2 ago)</source>
        <translation>%1 (vor %2)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>syncscope::ui::InspectorActions</name>
    <message>
        <source>A&amp;ttach to process…</source>
        <translation>An &amp;Prozess anhängen…</translation>
    </message>
    <message>
        <source>Simulate slo&amp;w network…</source>
        <translation>Lan&amp;gsames Netzwerk simulieren…</translation>
    </message>
    <message>
        <source>Watch the sessions of a running app that has the inspector on</source>
        <translation>Die Sitzungen einer laufenden App mit eingeschaltetem Inspektor beobachten</translation>
    </message>
    <message>
        <source>Cannot attach to process %1: %2</source>
        <translation>Anhängen an Prozess %1 nicht möglich: %2</translation>
    </message>
    <message>
        <source>Select one session of an attached process</source>
        <translation>Eine Sitzung eines angehängten Prozesses auswählen</translation>
    </message>
    <message>
        <source>Limit bandwidth, add latency or go offline in the app</source>
        <translation>In der App Bandbreite begrenzen, Latenz hinzufügen oder offline gehen</translation>
    </message>
    <message>
        <source>Attach to process</source>
        <translation>An Prozess anhängen</translation>
    </message>
    <message>
        <source>Cannot attach to %1; the event log says why.</source>
        <translation>Anhängen an %1 nicht möglich; das Ereignisprotokoll nennt den Grund.</translation>
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
        <source>A&amp;dd session…</source>
        <translation>Sitzung &amp;hinzufügen…</translation>
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
        <source>S&amp;elect all</source>
        <translation>Alle aus&amp;wählen</translation>
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
        <source>Session l&amp;ist</source>
        <translation>Sitzungs&amp;liste</translation>
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
    <message>
        <source>Servers</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Servers your sessions use</source>
        <translation>Server Ihrer Sitzungen</translation>
    </message>
    <message>
        <source>Attached server (operator API)</source>
        <translation>Verbundener Server (Operator-API)</translation>
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
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>syncscope::ui::NetworkConditionsDialog</name>
    <message>
        <source> KiB/s</source>
        <translation> KiB/s</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>Keine Begrenzung</translation>
    </message>
    <message>
        <source>&amp;Offline: connection attempts are refused</source>
        <translation>&amp;Offline: Verbindungsversuche werden abgewiesen</translation>
    </message>
    <message>
        <source>Simulate slow network</source>
        <translation>Langsames Netzwerk simulieren</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <source>In the app, for %1:</source>
        <translation>In der App, für %1:</translation>
    </message>
    <message>
        <source>&amp;Upload limit:</source>
        <translation>&amp;Upload-Grenze:</translation>
    </message>
    <message>
        <source>&amp;Download limit:</source>
        <translation>&amp;Download-Grenze:</translation>
    </message>
    <message>
        <source>Added &amp;latency:</source>
        <translation>Zusätzliche &amp;Latenz:</translation>
    </message>
    <message>
        <source>&amp;Normal network</source>
        <translation>&amp;Normales Netzwerk</translation>
    </message>
</context>
<context>
    <name>syncscope::ui::OperatorActions</name>
    <message>
        <source>Attach to se&amp;rver…</source>
        <translation>Mit Se&amp;rver verbinden…</translation>
    </message>
    <message>
        <source>O&amp;perator</source>
        <translation>&amp;Operator</translation>
    </message>
    <message>
        <source>De&amp;tach from this server</source>
        <translation>&amp;Von diesem Server trennen</translation>
    </message>
    <message>
        <source>Watch every session of a syncscope-server through its operator API</source>
        <translation>Alle Sitzungen eines syncscope-server über seine Operator-API beobachten</translation>
    </message>
    <message>
        <source>&amp;Disconnect connection</source>
        <translation>Verbindung &amp;trennen</translation>
    </message>
    <message>
        <source>Close the selected session&apos;s connection on the server; the app reconnects after its back-off</source>
        <translation>Die Verbindung der gewählten Sitzung auf dem Server schließen; die App verbindet sich nach ihrer Wartezeit neu</translation>
    </message>
    <message>
        <source>&amp;Suspend session</source>
        <translation>Sitzung aus&amp;setzen</translation>
    </message>
    <message>
        <source>End the session with a non-fatal error; the app backs off and binds again</source>
        <translation>Die Sitzung mit einem nicht endgültigen Fehler beenden; die App wartet und bindet sich erneut</translation>
    </message>
    <message>
        <source>&amp;End session (fatal)…</source>
        <translation>Sitzung &amp;beenden (endgültig)…</translation>
    </message>
    <message>
        <source>End the session with a fatal error; the app&apos;s session goes Invalid</source>
        <translation>Die Sitzung mit einem endgültigen Fehler beenden; die Sitzung der App wird ungültig</translation>
    </message>
    <message>
        <source>&amp;Refuse user for…</source>
        <translation>Benutzer ab&amp;lehnen für…</translation>
    </message>
    <message>
        <source>End every session of the selected session&apos;s user and refuse its binds for a while</source>
        <translation>Alle Sitzungen des Benutzers der gewählten Sitzung beenden und seine Bindungen eine Zeit lang ablehnen</translation>
    </message>
    <message>
        <source>Select one session of an attached server; the monitor&apos;s own sessions are not on a server it operates.</source>
        <translation>Eine Sitzung eines verbundenen Servers wählen; die eigenen Sitzungen des Monitors liegen auf keinem Server, den er betreibt.</translation>
    </message>
    <message>
        <source>Stop watching %1 and remove its sessions from the list</source>
        <translation>%1 nicht mehr beobachten und seine Sitzungen aus der Liste entfernen</translation>
    </message>
    <message>
        <source>Select a session of the server to detach from</source>
        <translation>Eine Sitzung des Servers wählen, von dem getrennt werden soll</translation>
    </message>
    <message>
        <source>by an operator of Syncscope</source>
        <translation>durch einen Operator von Syncscope</translation>
    </message>
    <message>
        <source>End session</source>
        <translation>Sitzung beenden</translation>
    </message>
    <message>
        <source>End %1 for good? The app&apos;s session goes Invalid and does not sync again until the app opens it anew.</source>
        <translation>%1 endgültig beenden? Die Sitzung der App wird ungültig und synchronisiert erst wieder, wenn die App sie neu öffnet.</translation>
    </message>
    <message>
        <source>Refuse user</source>
        <translation>Benutzer ablehnen</translation>
    </message>
    <message>
        <source>Refuse %1 for how many minutes? Its sessions end now and cannot bind again until then.</source>
        <translation>%1 für wie viele Minuten ablehnen? Seine Sitzungen enden jetzt und können sich bis dahin nicht erneut binden.</translation>
    </message>
</context>
<context>
    <name>syncscope::ui::OwnServersTable</name>
    <message>
        <source>None of your sessions uses a server yet. Add a session to see its server here.</source>
        <translation>Noch keine Ihrer Sitzungen nutzt einen Server. Fügen Sie eine Sitzung hinzu, um ihren Server hier zu sehen.</translation>
    </message>
    <message>
        <source>Servers your sessions use</source>
        <translation>Server Ihrer Sitzungen</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Reach</source>
        <translation>Erreichbarkeit</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Seit</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sitzungen</translation>
    </message>
    <message>
        <source>Active / Inactive / Invalid</source>
        <translation>Aktiv / Inaktiv / Ungültig</translation>
    </message>
    <message>
        <source>Ping round trip</source>
        <translation>Ping-Umlaufzeit</translation>
    </message>
    <message>
        <source>Last connect error</source>
        <translation>Letzter Verbindungsfehler</translation>
    </message>
    <message>
        <source>Reachable: at least one of your sessions is connected to it. Unreachable: sessions want to sync and none can connect.</source>
        <translation>Erreichbar: mindestens eine Ihrer Sitzungen ist mit ihm verbunden. Nicht erreichbar: Sitzungen wollen synchronisieren, und keine kann sich verbinden.</translation>
    </message>
    <message>
        <source>How long the slowest of its connections took to answer the last keep-alive ping (one every few seconds)</source>
        <translation>Wie lange die langsamste seiner Verbindungen für die Antwort auf den letzten Keep-alive-Ping brauchte (einer alle paar Sekunden)</translation>
    </message>
    <message>
        <source>Why the last attempt to connect failed, kept after the server is back</source>
        <translation>Warum der letzte Verbindungsversuch fehlschlug; bleibt stehen, wenn der Server wieder da ist</translation>
    </message>
    <message>
        <source>Double-click a server to list its sessions</source>
        <translation>Doppelklick auf einen Server listet seine Sitzungen</translation>
    </message>
    <message>
        <source>%1 / %2 / %3</source>
        <translation>%1 / %2 / %3</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keiner</translation>
    </message>
    <message>
        <source>Last connect error (%1): %2</source>
        <translation>Letzter Verbindungsfehler (%1): %2</translation>
    </message>
    <message>
        <source>%1
%2 since %3
%4</source>
        <translation>%1
%2 seit %3
%4</translation>
    </message>
    <message>
        <source>This window opened no sessions of its own: the sessions listed are those of the attached server, shown below.</source>
        <translation>Dieses Fenster hat keine eigenen Sitzungen geöffnet: Die aufgeführten Sitzungen sind die des verbundenen Servers, unten angezeigt.</translation>
    </message>
</context>
<context>
    <name>syncscope::ui::ProgressDelegate</name>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
</context>
<context>
    <name>syncscope::ui::ServerPane</name>
    <message>
        <source>Show its sessions and their charts</source>
        <translation>Seine Sitzungen und ihre Diagramme zeigen</translation>
    </message>
    <message>
        <source>Realm</source>
        <translation>Realm</translation>
    </message>
    <message>
        <source>Head version</source>
        <translation>Neueste Version</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sitzungen</translation>
    </message>
    <message>
        <source>Realms by size</source>
        <translation>Realms nach Größe</translation>
    </message>
    <message>
        <source>Sessions behind</source>
        <translation>Sitzungen im Rückstand</translation>
    </message>
    <message>
        <source>Most versions behind</source>
        <translation>Größter Rückstand (Versionen)</translation>
    </message>
    <message>
        <source>Realms by sessions behind</source>
        <translation>Realms nach Sitzungen im Rückstand</translation>
    </message>
    <message>
        <source>Attached server</source>
        <translation>Verbundener Server</translation>
    </message>
    <message>
        <source>Not attached to any server. File &gt; Attach to server… shows the sessions of a syncscope-server through its operator API.</source>
        <translation>Mit keinem Server verbunden. Datei &gt; Mit Server verbinden… zeigt die Sitzungen eines syncscope-server über seine Operator-API.</translation>
    </message>
    <message>
        <source>Health:</source>
        <translation>Zustand:</translation>
    </message>
    <message>
        <source>Last error:</source>
        <translation>Letzter Fehler:</translation>
    </message>
    <message>
        <source>Server:</source>
        <translation>Server:</translation>
    </message>
    <message>
        <source>Sessions:</source>
        <translation>Sitzungen:</translation>
    </message>
    <message>
        <source>Filter the list on this server, so that the Details tab charts its sessions together</source>
        <translation>Die Liste auf diesen Server filtern, damit der Reiter Details seine Sitzungen gemeinsam darstellt</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keiner</translation>
    </message>
    <message>
        <source>%1 (at %2)</source>
        <translation>%1 (um %2)</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>no commits yet</source>
        <translation>noch keine Commits</translation>
    </message>
    <message>
        <source>version %1, up since %2
%3 connections, %4 sessions, %5 realms
commit latency %6 (mean), %7 commits/s, %8 changesets integrated, send queue %9</source>
        <translation>Version %1, läuft seit %2
%3 Verbindungen, %4 Sitzungen, %5 Realms
Commit-Latenz %6 (Mittel), %7 Commits/s, %8 Changesets integriert, Sendewarteschlange %9</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>Stale</source>
        <translation>Veraltet</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>; %n behind the realm&apos;s head</source>
        <translation>
            <numerusform>; %n im Rückstand zur neuesten Version des Realms</numerusform>
            <numerusform>; %n im Rückstand zur neuesten Version des Realms</numerusform>
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
        <source>Log &amp;in again</source>
        <translation>Erneut a&amp;nmelden</translation>
    </message>
    <message>
        <source>Log the user of the selected sessions in again with the workspace&apos;s token</source>
        <translation>Den Benutzer der gewählten Sitzungen mit dem Token des Arbeitsbereichs erneut anmelden</translation>
    </message>
</context>
<context>
    <name>syncscope::ui::SessionEditActions</name>
    <message>
        <source>Edit session</source>
        <translation>Sitzung bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
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
        <source>Is it syncing? (from the state and the connection)</source>
        <translation>Synchronisiert sie? (aus Zustand und Verbindung)</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Befinden</translation>
    </message>
    <message>
        <source>⚠ Stalled: connected, with work outstanding, but no progress for %1 s or more.</source>
        <translation>⚠ Hängt: verbunden, mit ausstehender Arbeit, aber seit %1 s oder länger ohne Fortschritt.</translation>
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
        <source>Nothing in progress</source>
        <translation>Nichts in Arbeit</translation>
    </message>
    <message>
        <source>%1: %2 left at %3</source>
        <translation>%1: noch %2 bei %3</translation>
    </message>
    <message>
        <source>%1: unknown (no steady progress)</source>
        <translation>%1: unbekannt (kein stetiger Fortschritt)</translation>
    </message>
    <message>
        <source>Time left for the transfers in progress, at the recent rate</source>
        <translation>Restzeit der laufenden Übertragungen bei der jüngsten Rate</translation>
    </message>
    <message>
        <source>ETA</source>
        <translation>Restzeit</translation>
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
        <source>Filt&amp;er:</source>
        <translation>&amp;Filter:</translation>
    </message>
    <message>
        <source>Sh&amp;ow:</source>
        <translation>&amp;Zeigen:</translation>
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
