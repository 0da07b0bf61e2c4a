<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>syncscope::server::ClientConnection</name>
    <message>
        <source>server shutting down</source>
        <translation>arrêt du serveur</translation>
    </message>
    <message>
        <source>text messages are not part of the syncscope.v1 protocol; use binary</source>
        <translation>les messages texte ne font pas partie du protocole syncscope.v1 ; utilisez le binaire</translation>
    </message>
    <message>
        <source>session %1 was never bound on this connection</source>
        <translation>la session %1 n’a jamais été liée sur cette connexion</translation>
    </message>
    <message>
        <source>session id %1 was already used on this connection</source>
        <translation>l’identifiant de session %1 a déjà été utilisé sur cette connexion</translation>
    </message>
    <message>
        <source>a connection may have at most %1 sessions</source>
        <translation>une connexion peut avoir au plus %1 sessions</translation>
    </message>
</context>
<context>
    <name>syncscope::server::ClusterListener</name>
    <message>
        <source>cannot connect to PostgreSQL: %1</source>
        <translation>impossible de se connecter à PostgreSQL : %1</translation>
    </message>
    <message>
        <source>cannot LISTEN for other nodes&apos; changes: %1</source>
        <translation>impossible d&apos;attendre avec LISTEN les modifications des autres nœuds : %1</translation>
    </message>
</context>
<context>
    <name>syncscope::server::CommandLine</name>
    <message>
        <source>--%1 needs a positive whole number, not &quot;%2&quot;</source>
        <translation>--%1 attend un nombre entier positif, pas « %2 »</translation>
    </message>
    <message>
        <source>Prints one signed access token (HS256 JWT) on standard output.</source>
        <translation>Affiche un jeton d’accès signé (JWT HS256) sur la sortie standard.</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Afficher cette aide.</translation>
    </message>
    <message>
        <source>File with the server&apos;s signing secret (created with a random secret if missing).</source>
        <translation>Fichier du secret de signature du serveur (créé avec un secret aléatoire s’il n’existe pas).</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FICHIER</translation>
    </message>
    <message>
        <source>User id (the token&apos;s subject).</source>
        <translation>Identifiant de l’utilisateur (le sujet du jeton).</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Realm path pattern to grant; may repeat. A trailing * grants every path with that prefix. Without any, the token grants no realm.</source>
        <translation>Motif de chemin de realm à autoriser ; peut être répété. Un * final autorise tout chemin ayant ce préfixe. Sans motif, le jeton n’autorise aucun realm.</translation>
    </message>
    <message>
        <source>PATTERN</source>
        <translation>MOTIF</translation>
    </message>
    <message>
        <source>Seconds until the token expires (default 3600).</source>
        <translation>Secondes avant l’expiration du jeton (3600 par défaut).</translation>
    </message>
    <message>
        <source>SECONDS</source>
        <translation>SECONDES</translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation>argument inattendu « %1 »</translation>
    </message>
    <message>
        <source>token needs --secret-file FILE</source>
        <translation>token nécessite --secret-file FICHIER</translation>
    </message>
    <message>
        <source>token needs --user ID</source>
        <translation>token nécessite --user ID</translation>
    </message>
    <message>
        <source>Syncscope sync server: realms of key/value changesets over WebSocket (subprotocol syncscope.v1).
The first line on standard output is &quot;listening on ws://HOST:PORT&quot;.
Run &quot;%1 token --help&quot; to mint access tokens.</source>
        <translation>Serveur de synchronisation Syncscope : realms de changesets clé/valeur sur WebSocket (sous-protocole syncscope.v1).
La première ligne de la sortie standard est « listening on ws://HOST:PORT ».
Lancez « %1 token --help » pour émettre des jetons d’accès.</translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation>Afficher la version.</translation>
    </message>
    <message>
        <source>Address and port to listen on (default 127.0.0.1:0; port 0 picks a free port).</source>
        <translation>Adresse et port d’écoute (127.0.0.1:0 par défaut ; le port 0 choisit un port libre).</translation>
    </message>
    <message>
        <source>HOST:PORT</source>
        <translation>HÔTE:PORT</translation>
    </message>
    <message>
        <source>Directory of the database (default ./%1).</source>
        <translation>Répertoire de la base de données (./%1 par défaut).</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>RÉPERTOIRE</translation>
    </message>
    <message>
        <source>File with the token signing secret (default DIR/%1; created with 32 random bytes and mode 0600 if missing).</source>
        <translation>Fichier du secret de signature des jetons (RÉPERTOIRE/%1 par défaut ; créé avec 32 octets aléatoires et le mode 0600 s’il n’existe pas).</translation>
    </message>
    <message>
        <source>Largest message a client may send, in bytes (default %1).</source>
        <translation>Taille maximale d’un message envoyé par un client, en octets (%1 par défaut).</translation>
    </message>
    <message>
        <source>BYTES</source>
        <translation>OCTETS</translation>
    </message>
    <message>
        <source>Sessions one connection may bind (default %1).</source>
        <translation>Sessions qu’une connexion peut lier (%1 par défaut).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Simultaneous connections (default %1).</source>
        <translation>Connexions simultanées (%1 par défaut).</translation>
    </message>
    <message>
        <source>Changeset bytes per DOWNLOAD message (default %1).</source>
        <translation>Octets de changesets par message DOWNLOAD (%1 par défaut).</translation>
    </message>
    <message>
        <source>Seconds a new connection gets to finish the WebSocket handshake before it is dropped (default %1).</source>
        <translation>Secondes accordées à une nouvelle connexion pour terminer la poignée de main WebSocket avant d’être coupée (%1 par défaut).</translation>
    </message>
    <message>
        <source>Seconds a connection without any bound session may stay silent before it is closed (default %1).</source>
        <translation>Secondes pendant lesquelles une connexion sans session liée peut rester silencieuse avant d’être fermée (%1 par défaut).</translation>
    </message>
    <message>
        <source>error, warning, info (default) or debug.</source>
        <translation>error, warning, info (par défaut) ou debug.</translation>
    </message>
    <message>
        <source>LEVEL</source>
        <translation>NIVEAU</translation>
    </message>
    <message>
        <source>PEM certificate (chain): serve wss:// with TLS.</source>
        <translation>Certificat PEM (chaîne) : servir wss:// avec TLS.</translation>
    </message>
    <message>
        <source>PEM private key (unencrypted) for --tls-cert.</source>
        <translation>Clé privée PEM (non chiffrée) pour --tls-cert.</translation>
    </message>
    <message>
        <source>--listen needs HOST:PORT with an IP address or localhost, not &quot;%1&quot;</source>
        <translation>--listen attend HÔTE:PORT avec une adresse IP ou localhost, pas « %1 »</translation>
    </message>
    <message>
        <source>--data-dir may not be empty</source>
        <translation>--data-dir ne doit pas être vide</translation>
    </message>
    <message>
        <source>session and connection limits must be at most 1000000</source>
        <translation>les limites de sessions et de connexions doivent valoir au plus 1000000</translation>
    </message>
    <message>
        <source>--log-level must be error, warning, info or debug, not &quot;%1&quot;</source>
        <translation>--log-level doit valoir error, warning, info ou debug, pas « %1 »</translation>
    </message>
    <message>
        <source>--tls-cert and --tls-key go together</source>
        <translation>--tls-cert et --tls-key vont ensemble</translation>
    </message>
    <message>
        <source>Simultaneous connections from one IP address (default %1).</source>
        <translation>Connexions simultanées depuis une même adresse IP (par défaut %1).</translation>
    </message>
    <message>
        <source>Seconds a new connection gets to bind its first session before it is closed (default %1).</source>
        <translation>Secondes dont dispose une nouvelle connexion pour lier sa première session avant d’être fermée (par défaut %1).</translation>
    </message>
    <message>
        <source>Connections the kernel may hold before the server accepts them (default %1).</source>
        <translation>Connexions que le noyau peut garder en attente avant que le serveur les accepte (par défaut %1).</translation>
    </message>
    <message>
        <source>--handshake-timeout, --idle-timeout and --bind-timeout must be at most 1000000 seconds</source>
        <translation>--handshake-timeout, --idle-timeout et --bind-timeout ne peuvent pas dépasser 1000000 secondes</translation>
    </message>
    <message>
        <source>cannot read the configuration file %1: %2</source>
        <translation>impossible de lire le fichier de configuration %1 : %2</translation>
    </message>
    <message>
        <source>the configuration file %1 is larger than 1 MiB</source>
        <translation>le fichier de configuration %1 dépasse 1 Mio</translation>
    </message>
    <message>
        <source>expected &quot;name = value&quot;, not &quot;%1&quot;</source>
        <translation>« nom = valeur » attendu, et non « %1 »</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be set in a configuration file</source>
        <translation>« %1 » ne peut pas être défini dans un fichier de configuration</translation>
    </message>
    <message>
        <source>Read options from FILE first: one &quot;name = value&quot; a line, with the names of the long options above (listen = 0.0.0.0:7800); the command line wins over the file.</source>
        <translation>Lire d’abord les options dans FICHIER : un « nom = valeur » par ligne, avec les noms des options longues ci-dessus (listen = 0.0.0.0:7800) ; la ligne de commande l’emporte sur le fichier.</translation>
    </message>
    <message>
        <source>Serve Prometheus metrics at http://HOST:PORT/metrics (off unless given; plain HTTP, keep it on a private network).</source>
        <translation>Servir les métriques Prometheus sur http://HOST:PORT/metrics (désactivé sauf si indiqué ; HTTP en clair, à garder sur un réseau privé).</translation>
    </message>
    <message>
        <source>--metrics-listen needs HOST:PORT with an IP address or localhost, not &quot;%1&quot;</source>
        <translation>--metrics-listen attend HÔTE:PORT avec une adresse IP ou localhost, pas « %1 »</translation>
    </message>
    <message>
        <source>Mint an operator token for the operator API (--operator-listen) instead of a user&apos;s: it opens no realm, and the sync port refuses it. --user names the operator in the server&apos;s log (default &quot;operator&quot;).</source>
        <translation>Créer un jeton d’opérateur pour l’API d’opération (--operator-listen) au lieu d’un jeton d’utilisateur : il n’ouvre aucun realm et le port de synchronisation le refuse. --user nomme l’opérateur dans le journal du serveur (par défaut « operator »).</translation>
    </message>
    <message>
        <source>an operator token grants no realm: drop --realm</source>
        <translation>un jeton d’opérateur n’accorde aucun realm : retirez --realm</translation>
    </message>
    <message>
        <source>Serve the operator API (WebSocket, operator tokens only) on [HOST:]PORT; off unless given; the host defaults to 127.0.0.1. Uses TLS when --tls-cert is set.</source>
        <translation>Servir l’API d’opération (WebSocket, jetons d’opérateur uniquement) sur [HÔTE:]PORT ; désactivée sauf si indiqué ; l’hôte par défaut est 127.0.0.1. Utilise TLS quand --tls-cert est défini.</translation>
    </message>
    <message>
        <source>--operator-listen needs [HOST:]PORT with an IP address or localhost, not &quot;%1&quot;</source>
        <translation>--operator-listen attend [HÔTE:]PORT avec une adresse IP ou localhost, pas « %1 »</translation>
    </message>
    <message>
        <source>Add series labelled by realm path to /metrics (their number grows with the realms; &quot;metrics-per-realm = true&quot; in a configuration file).</source>
        <translation>Ajouter à /metrics des séries étiquetées par chemin de realm (leur nombre croît avec les realms ; « metrics-per-realm = true » dans un fichier de configuration).</translation>
    </message>
    <message>
        <source>--metrics-per-realm needs --metrics-listen</source>
        <translation>--metrics-per-realm nécessite --metrics-listen</translation>
    </message>
    <message>
        <source>Keep the data in PostgreSQL instead of SQLite in DIR: a postgresql:// URL or a libpq conninfo (&quot;host=/run/postgresql dbname=syncscope&quot;), without a password. Several servers may share one database.</source>
        <translation>Conserver les données dans PostgreSQL au lieu de SQLite dans RÉP : une URL postgresql:// ou une chaîne conninfo de libpq (« host=/run/postgresql dbname=syncscope »), sans mot de passe. Plusieurs serveurs peuvent partager une base.</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>File whose first line is the PostgreSQL password (otherwise libpq reads PGPASSFILE or ~/.pgpass).</source>
        <translation>Fichier dont la première ligne est le mot de passe PostgreSQL (sinon libpq lit PGPASSFILE ou ~/.pgpass).</translation>
    </message>
    <message>
        <source>--database-password-file needs --database</source>
        <translation>--database-password-file nécessite --database</translation>
    </message>
    <message>
        <source>cannot read the database password file &quot;%1&quot;: %2</source>
        <translation>impossible de lire le fichier de mot de passe de la base « %1 » : %2</translation>
    </message>
    <message>
        <source>Milliseconds the next group commit may wait for more uploads after a group of at least %1 writers, counted from when that group went to storage (default %2; 0: never waits). Trades acknowledgement latency for server CPU under many writers; a lone writer is never held.</source>
        <translation>Millisecondes pendant lesquelles la prochaine validation collective peut attendre d’autres envois après un groupe d’au moins %1 rédacteurs, comptées à partir du moment où ce groupe est parti vers le stockage (par défaut %2 ; 0 : n’attend jamais). Échange de la latence d’acquittement contre du CPU serveur lorsque les rédacteurs sont nombreux ; un rédacteur seul n’est jamais retenu.</translation>
    </message>
    <message>
        <source>MS</source>
        <translation>MS</translation>
    </message>
    <message>
        <source>--group-commit-spacing needs a whole number of milliseconds from 0 to 1000, not &quot;%1&quot;</source>
        <translation>--group-commit-spacing attend un nombre entier de millisecondes entre 0 et 1000, pas « %1 »</translation>
    </message>
</context>
<context>
    <name>syncscope::server::Main</name>
    <message>
        <source>syncscope-server: %1</source>
        <translation>syncscope-server : %1</translation>
    </message>
    <message>
        <source>syncscope-server: created the secret file %1 (mode 0600)</source>
        <translation>syncscope-server : fichier de secret %1 créé (mode 0600)</translation>
    </message>
    <message>
        <source>syncscope-server: %1
Try --help.</source>
        <translation>syncscope-server : %1
Essayez --help.</translation>
    </message>
    <message>
        <source>syncscope-server: listening on %1%2</source>
        <translation>syncscope-server : à l’écoute sur %1%2</translation>
    </message>
    <message>
        <source> (loopback only; use --listen 0.0.0.0:PORT to accept other hosts)</source>
        <translation> (boucle locale uniquement ; utilisez --listen 0.0.0.0:PORT pour accepter d’autres hôtes)</translation>
    </message>
    <message>
        <source>syncscope-server: data in %1, secret in %2</source>
        <translation>syncscope-server : données dans %1, secret dans %2</translation>
    </message>
    <message>
        <source>syncscope-server: signal %1, shutting down</source>
        <translation>syncscope-server : signal %1, arrêt en cours</translation>
    </message>
    <message>
        <source>syncscope-server: metrics at %1</source>
        <translation>syncscope-server : métriques sur %1</translation>
    </message>
    <message>
        <source>syncscope-server: operator API at %1</source>
        <translation>syncscope-server : API d’opération sur %1</translation>
    </message>
    <message>
        <source>syncscope-server: data in PostgreSQL (%1), secret in %2</source>
        <translation>syncscope-server : données dans PostgreSQL (%1), secret dans %2</translation>
    </message>
</context>
<context>
    <name>syncscope::server::OperatorEndpoint</name>
    <message>
        <source>too many operator connections</source>
        <translation>trop de connexions d’opérateur</translation>
    </message>
    <message>
        <source>the operator API speaks only %1</source>
        <translation>l’API d’opération ne parle que %1</translation>
    </message>
    <message>
        <source>no operator token in time</source>
        <translation>aucun jeton d’opérateur dans le délai</translation>
    </message>
    <message>
        <source>operator messages are JSON text messages</source>
        <translation>les messages d’opérateur sont des messages texte JSON</translation>
    </message>
    <message>
        <source>not a JSON object: %1</source>
        <translation>pas un objet JSON : %1</translation>
    </message>
    <message>
        <source>another JSON value</source>
        <translation>une autre valeur JSON</translation>
    </message>
    <message>
        <source>the first message must be &quot;hello&quot; with an operator token</source>
        <translation>le premier message doit être « hello » avec un jeton d’opérateur</translation>
    </message>
    <message>
        <source>unknown message type &quot;%1&quot;</source>
        <translation>type de message inconnu « %1 »</translation>
    </message>
    <message>
        <source>a user&apos;s access token does not open the operator API; mint one with &quot;syncscope-server token --operator&quot;</source>
        <translation>le jeton d’accès d’un utilisateur n’ouvre pas l’API d’opération ; créez-en un avec « syncscope-server token --operator »</translation>
    </message>
    <message>
        <source>not authorized</source>
        <translation>non autorisé</translation>
    </message>
    <message>
        <source>pageSize must be between 1 and %1</source>
        <translation>pageSize doit être compris entre 1 et %1</translation>
    </message>
    <message>
        <source>&quot;connection&quot; must be a connection id</source>
        <translation>« connection » doit être un identifiant de connexion</translation>
    </message>
    <message>
        <source>there is no connection %1</source>
        <translation>il n’y a pas de connexion %1</translation>
    </message>
    <message>
        <source>operator subscriber too slow: it does not read what it asked for</source>
        <translation>abonné opérateur trop lent : il ne lit pas ce qu’il a demandé</translation>
    </message>
    <message>
        <source>&quot;connection&quot; and &quot;session&quot; must be ids</source>
        <translation>« connection » et « session » doivent être des identifiants</translation>
    </message>
    <message>
        <source>there is no session %1 on connection %2</source>
        <translation>il n’y a pas de session %1 sur la connexion %2</translation>
    </message>
    <message>
        <source>refuseUser needs &quot;user&quot; and &quot;until&quot; (an ISO 8601 time)</source>
        <translation>refuseUser attend « user » et « until » (une date ISO 8601)</translation>
    </message>
    <message>
        <source>&quot;state&quot; must be binding, identifying, syncing or ended</source>
        <translation>« state » doit valoir binding, identifying, syncing ou ended</translation>
    </message>
</context>
<context>
    <name>syncscope::server::PostgresConnInfo</name>
    <message>
        <source>--database: expected key=value in &quot;%1&quot;</source>
        <translation>--database : key=value attendu dans « %1 »</translation>
    </message>
    <message>
        <source>--database: unterminated quoted value of &quot;%1&quot;</source>
        <translation>--database : valeur entre guillemets non terminée pour « %1 »</translation>
    </message>
    <message>
        <source>--database: &quot;%1&quot; is not a valid URL (several hosts need the key=value form: host=pg1,pg2 target_session_attrs=read-write)</source>
        <translation>--database : « %1 » n&apos;est pas une URL valide (plusieurs hôtes exigent la forme key=value : host=pg1,pg2 target_session_attrs=read-write)</translation>
    </message>
    <message>
        <source>--database: the URL holds a password, which every local user could read from the command line; give it with --database-password-file or in a PGPASSFILE instead</source>
        <translation>--database : l&apos;URL contient un mot de passe, que tout utilisateur local pourrait lire sur la ligne de commande ; donnez-le plutôt avec --database-password-file ou dans un PGPASSFILE</translation>
    </message>
    <message>
        <source>--database holds a password, which every local user could read from the command line; give it with --database-password-file or in a PGPASSFILE instead</source>
        <translation>--database contient un mot de passe, que tout utilisateur local pourrait lire sur la ligne de commande ; donnez-le plutôt avec --database-password-file ou dans un PGPASSFILE</translation>
    </message>
    <message>
        <source>--database: &quot;%1&quot; may not contain &apos;;&apos;</source>
        <translation>--database : « %1 » ne doit pas contenir « ; »</translation>
    </message>
    <message>
        <source>--database names no PostgreSQL connection</source>
        <translation>--database ne désigne aucune connexion PostgreSQL</translation>
    </message>
</context>
<context>
    <name>syncscope::server::PostgresRealmStorage</name>
    <message>
        <source>%1 failed: %2</source>
        <translation>échec de %1 : %2</translation>
    </message>
    <message>
        <source>Qt&apos;s PostgreSQL driver (QPSQL) is not installed (Debian: libqt6sql6-psql)</source>
        <translation>le pilote PostgreSQL de Qt (QPSQL) n&apos;est pas installé (Debian : libqt6sql6-psql)</translation>
    </message>
    <message>
        <source>cannot connect to PostgreSQL: %1</source>
        <translation>impossible de se connecter à PostgreSQL : %1</translation>
    </message>
    <message>
        <source>cannot read the schema version: %1</source>
        <translation>impossible de lire la version du schéma : %1</translation>
    </message>
    <message>
        <source>the database was written by a newer syncscope-server (schema %1, this one knows %2)</source>
        <translation>la base a été écrite par un syncscope-server plus récent (schéma %1, celui-ci connaît %2)</translation>
    </message>
    <message>
        <source>the database is not reachable</source>
        <translation>la base de données est injoignable</translation>
    </message>
    <message>
        <source>cannot start a transaction: %1</source>
        <translation>impossible de démarrer une transaction : %1</translation>
    </message>
    <message>
        <source>cannot lock the realms: %1</source>
        <translation>impossible de verrouiller les realms : %1</translation>
    </message>
    <message>
        <source>cannot commit: %1</source>
        <translation>échec de la validation : %1</translation>
    </message>
    <message>
        <source>cannot read the upload cursor or realm head</source>
        <translation>impossible de lire le curseur d’envoi ou la tête du realm</translation>
    </message>
    <message>
        <source>cannot update the cursors: %1 %2</source>
        <translation>impossible de mettre à jour les curseurs : %1 %2</translation>
    </message>
    <message>
        <source>cannot use libpq: %1</source>
        <translation>impossible d&apos;utiliser libpq : %1</translation>
    </message>
    <message>
        <source>Qt&apos;s PostgreSQL driver does not hand out its libpq connection</source>
        <translation>le pilote PostgreSQL de Qt ne donne pas accès à sa connexion libpq</translation>
    </message>
</context>
<context>
    <name>syncscope::server::RealmStorage</name>
    <message>
        <source>client version %1 does not increase (after %2)</source>
        <translation>la version client %1 n’augmente pas (après %2)</translation>
    </message>
</context>
<context>
    <name>syncscope::server::RealmStore</name>
    <message>
        <source>%1 failed: %2</source>
        <translation>échec de %1 : %2</translation>
    </message>
    <message>
        <source>cannot create the data directory &quot;%1&quot;</source>
        <translation>impossible de créer le répertoire de données « %1 »</translation>
    </message>
    <message>
        <source>the data directory &quot;%1&quot; is in use by another server (process %2)</source>
        <translation>le répertoire de données « %1 » est utilisé par un autre serveur (processus %2)</translation>
    </message>
    <message>
        <source>cannot lock the data directory &quot;%1&quot;</source>
        <translation>impossible de verrouiller le répertoire de données « %1 »</translation>
    </message>
    <message>
        <source>cannot open the database &quot;%1&quot;: %2</source>
        <translation>impossible d’ouvrir la base de données « %1 » : %2</translation>
    </message>
    <message>
        <source>cannot switch &quot;%1&quot; to write-ahead logging</source>
        <translation>impossible de passer « %1 » en journalisation anticipée (WAL)</translation>
    </message>
    <message>
        <source>cannot read the schema version of &quot;%1&quot;</source>
        <translation>impossible de lire la version de schéma de « %1 »</translation>
    </message>
    <message>
        <source>&quot;%1&quot; was written by a newer syncscope-server (schema %2, this one knows %3)</source>
        <translation>« %1 » a été écrit par un syncscope-server plus récent (schéma %2, celui-ci connaît %3)</translation>
    </message>
    <message>
        <source>cannot start a transaction: %1</source>
        <translation>impossible de démarrer une transaction : %1</translation>
    </message>
    <message>
        <source>cannot commit: %1</source>
        <translation>échec de la validation : %1</translation>
    </message>
    <message>
        <source>cannot read the upload cursor or realm head</source>
        <translation>impossible de lire le curseur d’envoi ou la tête du realm</translation>
    </message>
    <message>
        <source>cannot make the data directory &quot;%1&quot; private (mode 0700)</source>
        <translation>impossible de rendre privé le répertoire de données « %1 » (mode 0700)</translation>
    </message>
    <message>
        <source>cannot create the database &quot;%1&quot;: %2</source>
        <translation>impossible de créer la base de données « %1 » : %2</translation>
    </message>
    <message>
        <source>cannot reach SQLite behind &quot;%1&quot;</source>
        <translation>impossible d’atteindre SQLite derrière « %1 »</translation>
    </message>
    <message>
        <source>cannot update the cursors: %1</source>
        <translation>impossible de mettre à jour les curseurs : %1</translation>
    </message>
    <message>
        <source>cannot open a checkpoint connection to &quot;%1&quot;: %2</source>
        <translation>impossible d’ouvrir une connexion de point de contrôle vers « %1 » : %2</translation>
    </message>
</context>
<context>
    <name>syncscope::server::SecretFile</name>
    <message>
        <source>no secret file given</source>
        <translation>aucun fichier de secret indiqué</translation>
    </message>
    <message>
        <source>cannot create the directory &quot;%1&quot; for the secret file</source>
        <translation>impossible de créer le répertoire « %1 » du fichier de secret</translation>
    </message>
    <message>
        <source>cannot create the secret file &quot;%1&quot;: %2</source>
        <translation>impossible de créer le fichier de secret « %1 » : %2</translation>
    </message>
    <message>
        <source>cannot write the secret file &quot;%1&quot;: %2</source>
        <translation>impossible d’écrire le fichier de secret « %1 » : %2</translation>
    </message>
    <message>
        <source>the secret file &quot;%1&quot; is a directory</source>
        <translation>le fichier de secret « %1 » est un répertoire</translation>
    </message>
    <message>
        <source>cannot read the secret file &quot;%1&quot;: %2</source>
        <translation>impossible de lire le fichier de secret « %1 » : %2</translation>
    </message>
    <message>
        <source>the secret file &quot;%1&quot; is larger than %2 bytes</source>
        <translation>le fichier de secret « %1 » dépasse %2 octets</translation>
    </message>
    <message>
        <source>the secret file &quot;%1&quot; is empty</source>
        <translation>le fichier de secret « %1 » est vide</translation>
    </message>
    <message>
        <source>the secret file &quot;%1&quot; may be read or changed by other users; allow only its owner (chmod 600 &quot;%1&quot;)</source>
        <translation>le fichier secret « %1 » peut être lu ou modifié par d’autres utilisateurs ; n’autorisez que son propriétaire (chmod 600 &quot;%1&quot;)</translation>
    </message>
    <message>
        <source>the secret in &quot;%1&quot; has %2 bytes; at least %3 are needed (delete the file to have a random one created)</source>
        <translation>le secret dans « %1 » fait %2 octets ; il en faut au moins %3 (supprimez le fichier pour qu’un secret aléatoire soit créé)</translation>
    </message>
</context>
<context>
    <name>syncscope::server::ServerSession</name>
    <message>
        <source>the access token of &quot;%1&quot; does not grant the realm &quot;%2&quot;</source>
        <translation>le jeton d’accès de « %1 » n’autorise pas le realm « %2 »</translation>
    </message>
    <message>
        <source>the server cannot open the realm&apos;s storage</source>
        <translation>le serveur ne peut pas ouvrir le stockage du realm</translation>
    </message>
    <message>
        <source>the server cannot allocate a client file</source>
        <translation>le serveur ne peut pas attribuer de fichier client</translation>
    </message>
    <message>
        <source>IDENT must follow BIND, once per session</source>
        <translation>IDENT doit suivre BIND, une fois par session</translation>
    </message>
    <message>
        <source>client file %1 does not belong to the realm &quot;%2&quot;</source>
        <translation>le fichier client %1 n’appartient pas au realm « %2 »</translation>
    </message>
    <message>
        <source>the server cannot read the realm&apos;s history</source>
        <translation>le serveur ne peut pas lire l’historique du realm</translation>
    </message>
    <message>
        <source>download cursor %1 is ahead of the realm&apos;s latest version %2</source>
        <translation>le curseur de téléchargement %1 est en avance sur la dernière version %2 du realm</translation>
    </message>
    <message>
        <source>UPLOAD before IDENT</source>
        <translation>UPLOAD avant IDENT</translation>
    </message>
    <message>
        <source>the server could not store the upload</source>
        <translation>le serveur n’a pas pu enregistrer l’envoi</translation>
    </message>
    <message>
        <source>MARK before IDENT</source>
        <translation>MARK avant IDENT</translation>
    </message>
    <message>
        <source>the server cannot read the client file</source>
        <translation>le serveur ne peut pas lire le fichier client</translation>
    </message>
    <message>
        <source>client file %1 belongs to another user; ask for a new client file id</source>
        <translation>le fichier client %1 appartient à un autre utilisateur ; demandez un nouvel identifiant de fichier client</translation>
    </message>
    <message>
        <source>a token with the role &quot;%1&quot; is not a user&apos;s access token</source>
        <translation>un jeton avec le rôle « %1 » n’est pas le jeton d’accès d’un utilisateur</translation>
    </message>
    <message>
        <source>refused by an operator until %1</source>
        <translation>refusé par un opérateur jusqu’à %1</translation>
    </message>
    <message>
        <source>the server cannot read the realm&apos;s head</source>
        <translation>le serveur ne peut pas lire la tête du realm</translation>
    </message>
</context>
<context>
    <name>syncscope::server::SyncServer</name>
    <message>
        <source>cannot read the TLS certificate &quot;%1&quot; or key &quot;%2&quot;</source>
        <translation>impossible de lire le certificat TLS « %1 » ou la clé « %2 »</translation>
    </message>
    <message>
        <source>&quot;%1&quot; holds no PEM certificate or &quot;%2&quot; no unencrypted PEM key</source>
        <translation>« %1 » ne contient aucun certificat PEM ou « %2 » aucune clé PEM non chiffrée</translation>
    </message>
    <message>
        <source>this server speaks the WebSocket subprotocol %1; the client offered %2</source>
        <translation>ce serveur parle le sous-protocole WebSocket %1 ; le client a proposé %2</translation>
    </message>
    <message>
        <source>none that matches</source>
        <translation>aucun qui convienne</translation>
    </message>
    <message>
        <source>the server has reached its limit of %1 connections</source>
        <translation>le serveur a atteint sa limite de %1 connexions</translation>
    </message>
    <message>
        <source>no secret to verify access tokens with</source>
        <translation>aucun secret pour vérifier les jetons d’accès</translation>
    </message>
    <message>
        <source>cannot listen on %1 port %2: %3</source>
        <translation>impossible d’écouter sur %1 port %2 : %3</translation>
    </message>
    <message>
        <source>the server has reached its limit of %1 connections from one address</source>
        <translation>le serveur a atteint sa limite de %1 connexions depuis une même adresse</translation>
    </message>
    <message>
        <source>cannot serve metrics on %1 port %2: %3</source>
        <translation>impossible de servir les métriques sur %1 port %2 : %3</translation>
    </message>
    <message>
        <source>disconnected by an operator</source>
        <translation>déconnecté par un opérateur</translation>
    </message>
    <message>
        <source>disconnected by an operator: %1</source>
        <translation>déconnecté par un opérateur : %1</translation>
    </message>
    <message>
        <source>cannot serve the operator API on %1 port %2: %3</source>
        <translation>impossible de servir l’API d’opération sur %1 port %2 : %3</translation>
    </message>
    <message>
        <source>ended by an operator</source>
        <translation>terminée par un opérateur</translation>
    </message>
    <message>
        <source>suspended by an operator</source>
        <translation>suspendue par un opérateur</translation>
    </message>
    <message>
        <source>refused by an operator until %1</source>
        <translation>refusé par un opérateur jusqu’à %1</translation>
    </message>
</context>
</TS>
