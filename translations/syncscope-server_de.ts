<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
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
    <name>syncscope::server::ClusterListener</name>
    <message>
        <source>cannot connect to PostgreSQL: %1</source>
        <translation>kann keine Verbindung zu PostgreSQL herstellen: %1</translation>
    </message>
    <message>
        <source>cannot LISTEN for other nodes&apos; changes: %1</source>
        <translation>kann nicht mit LISTEN auf Änderungen anderer Knoten warten: %1</translation>
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
        <source>Seconds a new connection gets to finish the WebSocket handshake before it is dropped (default %1).</source>
        <translation>Sekunden, die eine neue Verbindung für den WebSocket-Handshake hat, bevor sie getrennt wird (Standard %1).</translation>
    </message>
    <message>
        <source>Seconds a connection without any bound session may stay silent before it is closed (default %1).</source>
        <translation>Sekunden, die eine Verbindung ohne gebundene Sitzung still bleiben darf, bevor sie geschlossen wird (Standard %1).</translation>
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
        <source>Simultaneous connections from one IP address (default %1).</source>
        <translation>Gleichzeitige Verbindungen von einer IP-Adresse (Standard %1).</translation>
    </message>
    <message>
        <source>Seconds a new connection gets to bind its first session before it is closed (default %1).</source>
        <translation>Sekunden, die eine neue Verbindung hat, um ihre erste Sitzung zu binden, bevor sie geschlossen wird (Standard %1).</translation>
    </message>
    <message>
        <source>Connections the kernel may hold before the server accepts them (default %1).</source>
        <translation>Verbindungen, die der Kernel vorhalten darf, bevor der Server sie annimmt (Standard %1).</translation>
    </message>
    <message>
        <source>--handshake-timeout, --idle-timeout and --bind-timeout must be at most 1000000 seconds</source>
        <translation>--handshake-timeout, --idle-timeout und --bind-timeout dürfen höchstens 1000000 Sekunden betragen</translation>
    </message>
    <message>
        <source>cannot read the configuration file %1: %2</source>
        <translation>die Konfigurationsdatei %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>the configuration file %1 is larger than 1 MiB</source>
        <translation>die Konfigurationsdatei %1 ist größer als 1 MiB</translation>
    </message>
    <message>
        <source>expected &quot;name = value&quot;, not &quot;%1&quot;</source>
        <translation>„name = wert“ erwartet, nicht „%1“</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be set in a configuration file</source>
        <translation>„%1“ kann nicht in einer Konfigurationsdatei gesetzt werden</translation>
    </message>
    <message>
        <source>Read options from FILE first: one &quot;name = value&quot; a line, with the names of the long options above (listen = 0.0.0.0:7800); the command line wins over the file.</source>
        <translation>Optionen zuerst aus DATEI lesen: ein „name = wert“ pro Zeile, mit den Namen der langen Optionen oben (listen = 0.0.0.0:7800); die Befehlszeile hat Vorrang vor der Datei.</translation>
    </message>
    <message>
        <source>Serve Prometheus metrics at http://HOST:PORT/metrics (off unless given; plain HTTP, keep it on a private network).</source>
        <translation>Prometheus-Metriken unter http://HOST:PORT/metrics bereitstellen (aus, wenn nicht angegeben; unverschlüsseltes HTTP, nur in einem privaten Netz verwenden).</translation>
    </message>
    <message>
        <source>--metrics-listen needs HOST:PORT with an IP address or localhost, not &quot;%1&quot;</source>
        <translation>--metrics-listen braucht HOST:PORT mit einer IP-Adresse oder localhost, nicht „%1“</translation>
    </message>
    <message>
        <source>Mint an operator token for the operator API (--operator-listen) instead of a user&apos;s: it opens no realm, and the sync port refuses it. --user names the operator in the server&apos;s log (default &quot;operator&quot;).</source>
        <translation>Ein Operator-Token für die Operator-API (--operator-listen) statt eines Benutzer-Tokens erzeugen: Es öffnet keinen Realm, und der Sync-Port weist es ab. --user benennt den Operator im Protokoll des Servers (Standard „operator“).</translation>
    </message>
    <message>
        <source>an operator token grants no realm: drop --realm</source>
        <translation>ein Operator-Token gewährt keinen Realm: --realm weglassen</translation>
    </message>
    <message>
        <source>Serve the operator API (WebSocket, operator tokens only) on [HOST:]PORT; off unless given; the host defaults to 127.0.0.1. Uses TLS when --tls-cert is set.</source>
        <translation>Die Operator-API (WebSocket, nur Operator-Tokens) auf [HOST:]PORT bereitstellen; aus, wenn nicht angegeben; der Host ist standardmäßig 127.0.0.1. Verwendet TLS, wenn --tls-cert gesetzt ist.</translation>
    </message>
    <message>
        <source>--operator-listen needs [HOST:]PORT with an IP address or localhost, not &quot;%1&quot;</source>
        <translation>--operator-listen braucht [HOST:]PORT mit einer IP-Adresse oder localhost, nicht „%1“</translation>
    </message>
    <message>
        <source>Add series labelled by realm path to /metrics (their number grows with the realms; &quot;metrics-per-realm = true&quot; in a configuration file).</source>
        <translation>Reihen mit dem Realm-Pfad als Label zu /metrics hinzufügen (ihre Zahl wächst mit den Realms; „metrics-per-realm = true“ in einer Konfigurationsdatei).</translation>
    </message>
    <message>
        <source>--metrics-per-realm needs --metrics-listen</source>
        <translation>--metrics-per-realm braucht --metrics-listen</translation>
    </message>
    <message>
        <source>Keep the data in PostgreSQL instead of SQLite in DIR: a postgresql:// URL or a libpq conninfo (&quot;host=/run/postgresql dbname=syncscope&quot;), without a password. Several servers may share one database.</source>
        <translation>Die Daten in PostgreSQL statt in SQLite in VERZEICHNIS halten: eine postgresql://-URL oder eine libpq-Conninfo („host=/run/postgresql dbname=syncscope“), ohne Passwort. Mehrere Server können sich eine Datenbank teilen.</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>File whose first line is the PostgreSQL password (otherwise libpq reads PGPASSFILE or ~/.pgpass).</source>
        <translation>Datei, deren erste Zeile das PostgreSQL-Passwort ist (sonst liest libpq PGPASSFILE oder ~/.pgpass).</translation>
    </message>
    <message>
        <source>--database-password-file needs --database</source>
        <translation>--database-password-file braucht --database</translation>
    </message>
    <message>
        <source>cannot read the database password file &quot;%1&quot;: %2</source>
        <translation>die Passwortdatei der Datenbank „%1“ kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Milliseconds the next group commit may wait for more uploads after a group of at least %1 writers, counted from when that group went to storage (default %2; 0: never waits). Trades acknowledgement latency for server CPU under many writers; a lone writer is never held.</source>
        <translation>Millisekunden, die die nächste Gruppen-Festschreibung nach einer Gruppe von mindestens %1 Schreibern auf weitere hochgeladene Änderungen warten darf, gezählt ab dem Zeitpunkt, zu dem diese Gruppe an den Speicher ging (Standard %2; 0: wartet nie). Tauscht Bestätigungslatenz gegen Server-CPU bei vielen Schreibern; ein einzelner Schreiber wird nie aufgehalten.</translation>
    </message>
    <message>
        <source>MS</source>
        <translation>MS</translation>
    </message>
    <message>
        <source>--group-commit-spacing needs a whole number of milliseconds from 0 to 1000, not &quot;%1&quot;</source>
        <translation>--group-commit-spacing braucht eine ganze Zahl von Millisekunden zwischen 0 und 1000, nicht „%1“</translation>
    </message>
</context>
<context>
    <name>syncscope::server::Main</name>
    <message>
        <source>syncscope-server: %1</source>
        <translation>syncscope-server: %1</translation>
    </message>
    <message>
        <source>syncscope-server: created the secret file %1 (mode 0600)</source>
        <translation>syncscope-server: Geheimnisdatei %1 angelegt (Modus 0600)</translation>
    </message>
    <message>
        <source>syncscope-server: %1
Try --help.</source>
        <translation>syncscope-server: %1
Siehe --help.</translation>
    </message>
    <message>
        <source>syncscope-server: listening on %1%2</source>
        <translation>syncscope-server: lauscht auf %1%2</translation>
    </message>
    <message>
        <source> (loopback only; use --listen 0.0.0.0:PORT to accept other hosts)</source>
        <translation> (nur Loopback; mit --listen 0.0.0.0:PORT werden andere Hosts angenommen)</translation>
    </message>
    <message>
        <source>syncscope-server: data in %1, secret in %2</source>
        <translation>syncscope-server: Daten in %1, Geheimnis in %2</translation>
    </message>
    <message>
        <source>syncscope-server: signal %1, shutting down</source>
        <translation>syncscope-server: Signal %1, wird beendet</translation>
    </message>
    <message>
        <source>syncscope-server: metrics at %1</source>
        <translation>syncscope-server: Metriken unter %1</translation>
    </message>
    <message>
        <source>syncscope-server: operator API at %1</source>
        <translation>syncscope-server: Operator-API unter %1</translation>
    </message>
    <message>
        <source>syncscope-server: data in PostgreSQL (%1), secret in %2</source>
        <translation>syncscope-server: Daten in PostgreSQL (%1), Geheimnis in %2</translation>
    </message>
</context>
<context>
    <name>syncscope::server::OperatorEndpoint</name>
    <message>
        <source>too many operator connections</source>
        <translation>zu viele Operator-Verbindungen</translation>
    </message>
    <message>
        <source>the operator API speaks only %1</source>
        <translation>die Operator-API spricht nur %1</translation>
    </message>
    <message>
        <source>no operator token in time</source>
        <translation>kein Operator-Token innerhalb der Frist</translation>
    </message>
    <message>
        <source>operator messages are JSON text messages</source>
        <translation>Operator-Nachrichten sind JSON-Textnachrichten</translation>
    </message>
    <message>
        <source>not a JSON object: %1</source>
        <translation>kein JSON-Objekt: %1</translation>
    </message>
    <message>
        <source>another JSON value</source>
        <translation>ein anderer JSON-Wert</translation>
    </message>
    <message>
        <source>the first message must be &quot;hello&quot; with an operator token</source>
        <translation>die erste Nachricht muss „hello“ mit einem Operator-Token sein</translation>
    </message>
    <message>
        <source>unknown message type &quot;%1&quot;</source>
        <translation>unbekannter Nachrichtentyp „%1“</translation>
    </message>
    <message>
        <source>a user&apos;s access token does not open the operator API; mint one with &quot;syncscope-server token --operator&quot;</source>
        <translation>das Zugriffstoken eines Benutzers öffnet die Operator-API nicht; erzeugen Sie eines mit „syncscope-server token --operator“</translation>
    </message>
    <message>
        <source>not authorized</source>
        <translation>nicht berechtigt</translation>
    </message>
    <message>
        <source>pageSize must be between 1 and %1</source>
        <translation>pageSize muss zwischen 1 und %1 liegen</translation>
    </message>
    <message>
        <source>&quot;connection&quot; must be a connection id</source>
        <translation>„connection“ muss eine Verbindungs-ID sein</translation>
    </message>
    <message>
        <source>there is no connection %1</source>
        <translation>es gibt keine Verbindung %1</translation>
    </message>
    <message>
        <source>operator subscriber too slow: it does not read what it asked for</source>
        <translation>Operator-Abonnent zu langsam: er liest nicht, was er angefordert hat</translation>
    </message>
    <message>
        <source>&quot;connection&quot; and &quot;session&quot; must be ids</source>
        <translation>„connection“ und „session“ müssen IDs sein</translation>
    </message>
    <message>
        <source>there is no session %1 on connection %2</source>
        <translation>es gibt keine Sitzung %1 auf Verbindung %2</translation>
    </message>
    <message>
        <source>refuseUser needs &quot;user&quot; and &quot;until&quot; (an ISO 8601 time)</source>
        <translation>refuseUser braucht „user“ und „until“ (eine Zeit nach ISO 8601)</translation>
    </message>
    <message>
        <source>&quot;state&quot; must be binding, identifying, syncing or ended</source>
        <translation>„state“ muss binding, identifying, syncing oder ended sein</translation>
    </message>
</context>
<context>
    <name>syncscope::server::PostgresConnInfo</name>
    <message>
        <source>--database: expected key=value in &quot;%1&quot;</source>
        <translation>--database: key=value erwartet in „%1“</translation>
    </message>
    <message>
        <source>--database: unterminated quoted value of &quot;%1&quot;</source>
        <translation>--database: nicht abgeschlossener Wert in Anführungszeichen bei „%1“</translation>
    </message>
    <message>
        <source>--database: &quot;%1&quot; is not a valid URL (several hosts need the key=value form: host=pg1,pg2 target_session_attrs=read-write)</source>
        <translation>--database: „%1“ ist keine gültige URL (mehrere Hosts brauchen die Form key=value: host=pg1,pg2 target_session_attrs=read-write)</translation>
    </message>
    <message>
        <source>--database: the URL holds a password, which every local user could read from the command line; give it with --database-password-file or in a PGPASSFILE instead</source>
        <translation>--database: die URL enthält ein Passwort, das jeder lokale Benutzer auf der Befehlszeile lesen könnte; geben Sie es stattdessen mit --database-password-file oder in einer PGPASSFILE an</translation>
    </message>
    <message>
        <source>--database holds a password, which every local user could read from the command line; give it with --database-password-file or in a PGPASSFILE instead</source>
        <translation>--database enthält ein Passwort, das jeder lokale Benutzer auf der Befehlszeile lesen könnte; geben Sie es stattdessen mit --database-password-file oder in einer PGPASSFILE an</translation>
    </message>
    <message>
        <source>--database: &quot;%1&quot; may not contain &apos;;&apos;</source>
        <translation>--database: „%1“ darf kein „;“ enthalten</translation>
    </message>
    <message>
        <source>--database names no PostgreSQL connection</source>
        <translation>--database nennt keine PostgreSQL-Verbindung</translation>
    </message>
</context>
<context>
    <name>syncscope::server::PostgresRealmStorage</name>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>Qt&apos;s PostgreSQL driver (QPSQL) is not installed (Debian: libqt6sql6-psql)</source>
        <translation>Qts PostgreSQL-Treiber (QPSQL) ist nicht installiert (Debian: libqt6sql6-psql)</translation>
    </message>
    <message>
        <source>cannot connect to PostgreSQL: %1</source>
        <translation>kann keine Verbindung zu PostgreSQL herstellen: %1</translation>
    </message>
    <message>
        <source>cannot read the schema version: %1</source>
        <translation>die Schemaversion kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>the database was written by a newer syncscope-server (schema %1, this one knows %2)</source>
        <translation>die Datenbank wurde von einem neueren syncscope-server geschrieben (Schema %1, dieser kennt %2)</translation>
    </message>
    <message>
        <source>the database is not reachable</source>
        <translation>die Datenbank ist nicht erreichbar</translation>
    </message>
    <message>
        <source>cannot start a transaction: %1</source>
        <translation>eine Transaktion kann nicht begonnen werden: %1</translation>
    </message>
    <message>
        <source>cannot lock the realms: %1</source>
        <translation>die Realms können nicht gesperrt werden: %1</translation>
    </message>
    <message>
        <source>cannot commit: %1</source>
        <translation>Festschreiben fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>cannot read the upload cursor or realm head</source>
        <translation>Upload-Cursor oder Realm-Stand können nicht gelesen werden</translation>
    </message>
    <message>
        <source>cannot update the cursors: %1 %2</source>
        <translation>die Cursor können nicht aktualisiert werden: %1 %2</translation>
    </message>
    <message>
        <source>cannot use libpq: %1</source>
        <translation>libpq kann nicht verwendet werden: %1</translation>
    </message>
    <message>
        <source>Qt&apos;s PostgreSQL driver does not hand out its libpq connection</source>
        <translation>Qts PostgreSQL-Treiber gibt seine libpq-Verbindung nicht heraus</translation>
    </message>
</context>
<context>
    <name>syncscope::server::RealmStorage</name>
    <message>
        <source>client version %1 does not increase (after %2)</source>
        <translation>Client-Version %1 ist nicht größer als die vorherige (%2)</translation>
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
        <source>cannot commit: %1</source>
        <translation>Festschreiben fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>cannot read the upload cursor or realm head</source>
        <translation>Upload-Cursor oder Realm-Stand können nicht gelesen werden</translation>
    </message>
    <message>
        <source>cannot make the data directory &quot;%1&quot; private (mode 0700)</source>
        <translation>das Datenverzeichnis „%1“ kann nicht privat gemacht werden (Modus 0700)</translation>
    </message>
    <message>
        <source>cannot create the database &quot;%1&quot;: %2</source>
        <translation>die Datenbank „%1“ kann nicht angelegt werden: %2</translation>
    </message>
    <message>
        <source>cannot reach SQLite behind &quot;%1&quot;</source>
        <translation>SQLite hinter „%1“ ist nicht erreichbar</translation>
    </message>
    <message>
        <source>cannot update the cursors: %1</source>
        <translation>die Cursor können nicht aktualisiert werden: %1</translation>
    </message>
    <message>
        <source>cannot open a checkpoint connection to &quot;%1&quot;: %2</source>
        <translation>die Checkpoint-Verbindung zu „%1“ kann nicht geöffnet werden: %2</translation>
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
    <message>
        <source>the secret file &quot;%1&quot; may be read or changed by other users; allow only its owner (chmod 600 &quot;%1&quot;)</source>
        <translation>die Geheimnisdatei „%1“ kann von anderen Benutzern gelesen oder geändert werden; erlauben Sie nur ihrem Besitzer den Zugriff (chmod 600 &quot;%1&quot;)</translation>
    </message>
    <message>
        <source>the secret in &quot;%1&quot; has %2 bytes; at least %3 are needed (delete the file to have a random one created)</source>
        <translation>das Geheimnis in „%1“ hat %2 Bytes; mindestens %3 sind nötig (löschen Sie die Datei, damit ein zufälliges angelegt wird)</translation>
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
    <message>
        <source>the server cannot read the client file</source>
        <translation>der Server kann die Client-Datei nicht lesen</translation>
    </message>
    <message>
        <source>client file %1 belongs to another user; ask for a new client file id</source>
        <translation>die Client-Datei %1 gehört einem anderen Benutzer; fordern Sie eine neue Client-Datei-ID an</translation>
    </message>
    <message>
        <source>a token with the role &quot;%1&quot; is not a user&apos;s access token</source>
        <translation>ein Token mit der Rolle „%1“ ist kein Zugriffstoken eines Benutzers</translation>
    </message>
    <message>
        <source>refused by an operator until %1</source>
        <translation>von einem Operator abgewiesen bis %1</translation>
    </message>
    <message>
        <source>the server cannot read the realm&apos;s head</source>
        <translation>der Server kann den Stand des Realms nicht lesen</translation>
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
    <message>
        <source>the server has reached its limit of %1 connections from one address</source>
        <translation>der Server hat seine Grenze von %1 Verbindungen von einer Adresse erreicht</translation>
    </message>
    <message>
        <source>cannot serve metrics on %1 port %2: %3</source>
        <translation>Metriken können nicht auf %1 Port %2 bereitgestellt werden: %3</translation>
    </message>
    <message>
        <source>disconnected by an operator</source>
        <translation>von einem Operator getrennt</translation>
    </message>
    <message>
        <source>disconnected by an operator: %1</source>
        <translation>von einem Operator getrennt: %1</translation>
    </message>
    <message>
        <source>cannot serve the operator API on %1 port %2: %3</source>
        <translation>die Operator-API kann nicht auf %1 Port %2 bereitgestellt werden: %3</translation>
    </message>
    <message>
        <source>ended by an operator</source>
        <translation>von einem Operator beendet</translation>
    </message>
    <message>
        <source>suspended by an operator</source>
        <translation>von einem Operator ausgesetzt</translation>
    </message>
    <message>
        <source>refused by an operator until %1</source>
        <translation>von einem Operator abgewiesen bis %1</translation>
    </message>
</context>
</TS>
