<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>ChartScale</name>
    <message>
        <source>%1/s</source>
        <translation>%1/s</translation>
    </message>
    <message>
        <source>seconds ago</source>
        <translation>secondes avant</translation>
    </message>
    <message>
        <source>hours ago</source>
        <translation>heures avant</translation>
    </message>
    <message>
        <source>minutes ago</source>
        <translation>minutes avant</translation>
    </message>
    <message>
        <source>time of day</source>
        <translation>heure</translation>
    </message>
    <message>
        <source>B</source>
        <translation>o</translation>
    </message>
</context>
<context>
    <name>EventLog</name>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>Pause/resume</source>
        <translation>Pause/reprise</translation>
    </message>
    <message>
        <source>Stall</source>
        <translation>Blocage</translation>
    </message>
    <message>
        <source>Monitor</source>
        <translation>Moniteur</translation>
    </message>
</context>
<context>
    <name>HistoryStore</name>
    <message>
        <source>no saved history</source>
        <translation>aucun historique enregistré</translation>
    </message>
    <message>
        <source>%1 is too large for a chart history</source>
        <translation>%1 est trop volumineux pour un historique de graphique</translation>
    </message>
    <message>
        <source>cannot create %1</source>
        <translation>impossible de créer %1</translation>
    </message>
</context>
<context>
    <name>LocalSessions</name>
    <message>
        <source>the access token is malformed</source>
        <translation>le jeton d’accès est mal formé</translation>
    </message>
</context>
<context>
    <name>MonitorCommandLine</name>
    <message>
        <source>Watches sync sessions: their state, connection, progress and rates.
With no options it starts an embedded server with a demo workspace.</source>
        <translation>Surveille les sessions de synchronisation : état, connexion, progression et débits.
Sans option, il démarre un serveur intégré avec un espace de travail de démonstration.</translation>
    </message>
    <message>
        <source>Open the sessions listed in &lt;file&gt; (JSON, see docs/monitor.md).</source>
        <translation>Ouvrir les sessions listées dans &lt;fichier&gt; (JSON, voir docs/monitor.md).</translation>
    </message>
    <message>
        <source>file</source>
        <translation>fichier</translation>
    </message>
    <message>
        <source>Run without a window: print a status table every second.</source>
        <translation>Fonctionner sans fenêtre : afficher un tableau d’état chaque seconde.</translation>
    </message>
    <message>
        <source>With --headless: stop after &lt;seconds&gt;.</source>
        <translation>Avec --headless : s’arrêter après &lt;secondes&gt;.</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>secondes</translation>
    </message>
    <message>
        <source>With --headless: write the progress log to &lt;file&gt; at the end (.csv or .jsonl).</source>
        <translation>Avec --headless : écrire le journal de progression dans &lt;fichier&gt; à la fin (.csv ou .jsonl).</translation>
    </message>
    <message>
        <source>Use &lt;language&gt; (e.g. de, fr, es) instead of the system&apos;s.</source>
        <translation>Utiliser &lt;langue&gt; (par ex. de, fr, es) au lieu de la langue du système.</translation>
    </message>
    <message>
        <source>language</source>
        <translation>langue</translation>
    </message>
    <message>
        <source>unexpected argument: %1</source>
        <translation>argument inattendu : %1</translation>
    </message>
    <message>
        <source>--workspace needs a file name</source>
        <translation>--workspace demande un nom de fichier</translation>
    </message>
    <message>
        <source>--duration only applies with --headless</source>
        <translation>--duration ne s’applique qu’avec --headless</translation>
    </message>
    <message>
        <source>--duration needs a positive number of seconds, got &quot;%1&quot;</source>
        <translation>--duration demande un nombre de secondes positif, reçu « %1 »</translation>
    </message>
    <message>
        <source>--export only applies with --headless (the window has File &gt; Export)</source>
        <translation>--export ne s’applique qu’avec --headless (la fenêtre a Fichier &gt; Exporter)</translation>
    </message>
    <message>
        <source>--export file must end in .csv or .jsonl: %1</source>
        <translation>le fichier --export doit se terminer par .csv ou .jsonl : %1</translation>
    </message>
    <message>
        <source>With --headless: exit 1 when, at the end, a session that should sync (not expected to fail, not paused) has been disconnected for [seconds] or longer — also one that never connected. Without a value: any disconnected session.</source>
        <translation>Avec --headless : sortir avec 1 si, à la fin, une session qui doit synchroniser (ni échec attendu, ni en pause) est déconnectée depuis [secondes] ou plus — y compris une qui ne s’est jamais connectée. Sans valeur : toute session déconnectée.</translation>
    </message>
    <message>
        <source>--fail-on-disconnected only applies with --headless</source>
        <translation>--fail-on-disconnected ne s’applique qu’avec --headless</translation>
    </message>
    <message>
        <source>--fail-on-disconnected needs a number of seconds, got &quot;%1&quot;</source>
        <translation>--fail-on-disconnected attend un nombre de secondes, reçu « %1 »</translation>
    </message>
    <message>
        <source>Watch the sessions of the running process &lt;pid&gt; through its inspector (docs/inspector.md); may be repeated.</source>
        <translation>Surveiller les sessions du processus en cours &lt;pid&gt; via son inspecteur (docs/inspector.md) ; peut être répété.</translation>
    </message>
    <message>
        <source>pid</source>
        <translation>pid</translation>
    </message>
    <message>
        <source>--attach-pid needs a process id, got &quot;%1&quot;</source>
        <translation>--attach-pid attend un identifiant de processus, reçu « %1 »</translation>
    </message>
    <message>
        <source>With --headless: &quot;table&quot; (the default) for people, or &quot;json&quot;: one JSON object a line each second, for scripts.</source>
        <translation>Avec --headless : « table » (par défaut) pour les personnes, ou « json » : un objet JSON par ligne chaque seconde, pour les scripts.</translation>
    </message>
    <message>
        <source>format</source>
        <translation>format</translation>
    </message>
    <message>
        <source>With --headless on a terminal: redraw the table in place instead of appending it.</source>
        <translation>Avec --headless dans un terminal : redessiner le tableau sur place au lieu de l’ajouter à la suite.</translation>
    </message>
    <message>
        <source>--format only applies with --headless</source>
        <translation>--format ne s’applique qu’avec --headless</translation>
    </message>
    <message>
        <source>--format must be table or json, got &quot;%1&quot;</source>
        <translation>--format doit valoir table ou json, reçu « %1 »</translation>
    </message>
    <message>
        <source>--watch only applies with --headless</source>
        <translation>--watch ne s’applique qu’avec --headless</translation>
    </message>
    <message>
        <source>With --headless: serve the sessions&apos; states, bytes and reconnects as Prometheus metrics at http://&lt;host:port&gt;/metrics (plain HTTP; port 0 picks one).</source>
        <translation>Avec --headless : servir les états, les octets et les reconnexions des sessions comme métriques Prometheus sur http://&lt;host:port&gt;/metrics (HTTP simple ; le port 0 en choisit un libre).</translation>
    </message>
    <message>
        <source>host:port</source>
        <translation>hôte:port</translation>
    </message>
    <message>
        <source>--metrics-listen only applies with --headless</source>
        <translation>--metrics-listen ne s’applique qu’avec --headless</translation>
    </message>
    <message>
        <source>--metrics-listen needs HOST:PORT with an IP address or localhost, got &quot;%1&quot;</source>
        <translation>--metrics-listen attend HÔTE:PORT avec une adresse IP ou localhost, reçu « %1 »</translation>
    </message>
    <message>
        <source>Watch every session of the syncscope-server whose operator API listens at &lt;url&gt; (docs/operator.md); may be repeated, each with its own --operator-token-file.</source>
        <translation>Surveiller toutes les sessions du syncscope-server dont l&apos;API opérateur écoute à &lt;url&gt; (docs/operator.md) ; répétable, chacune avec son propre --operator-token-file.</translation>
    </message>
    <message>
        <source>url</source>
        <translation>url</translation>
    </message>
    <message>
        <source>The operator token for the --attach before it (from syncscope-server token --operator).</source>
        <translation>Le jeton opérateur du --attach qui précède (de syncscope-server token --operator).</translation>
    </message>
    <message>
        <source>each --attach needs its own --operator-token-file (got %1 URLs and %2 files)</source>
        <translation>chaque --attach a besoin de son propre --operator-token-file (reçu %1 URL et %2 fichiers)</translation>
    </message>
    <message>
        <source>--attach %1: %2</source>
        <translation>--attach %1 : %2</translation>
    </message>
</context>
<context>
    <name>ProgressExport</name>
    <message>
        <source>cannot write %1: %2</source>
        <translation>impossible d’écrire %1 : %2</translation>
    </message>
    <message>
        <source>export cancelled</source>
        <translation>export annulé</translation>
    </message>
</context>
<context>
    <name>RateHistory</name>
    <message>
        <source>not a chart history file</source>
        <translation>pas un fichier d’historique de graphique</translation>
    </message>
    <message>
        <source>written by another version</source>
        <translation>écrit par une autre version</translation>
    </message>
    <message>
        <source>the file is damaged</source>
        <translation>le fichier est endommagé</translation>
    </message>
</context>
<context>
    <name>SessionDiagnostics</name>
    <message>
        <source>no report yet</source>
        <translation>pas encore de rapport</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>Syncscope diagnostics for &quot;%1&quot;, %2</source>
        <translation>Diagnostic Syncscope de « %1 », %2</translation>
    </message>
    <message>
        <source>Monitor version: %1</source>
        <translation>Version du moniteur : %1</translation>
    </message>
    <message>
        <source>Configuration</source>
        <translation>Configuration</translation>
    </message>
    <message>
        <source>  Server: %1</source>
        <translation>  Serveur : %1</translation>
    </message>
    <message>
        <source>  Realm: %1</source>
        <translation>  Realm : %1</translation>
    </message>
    <message>
        <source>  User: %1</source>
        <translation>  Utilisateur : %1</translation>
    </message>
    <message>
        <source>  Local file: %1</source>
        <translation>  Fichier local : %1</translation>
    </message>
    <message>
        <source>  Access token: omitted (%1)</source>
        <translation>  Jeton d’accès : omis (%1)</translation>
    </message>
    <message>
        <source>none in the configuration</source>
        <translation>aucun dans la configuration</translation>
    </message>
    <message>
        <source>  Expected to fail: %1</source>
        <translation>  Échec attendu : %1</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>  Synthetic traffic: %1</source>
        <translation>  Trafic synthétique : %1</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Maintenant</translation>
    </message>
    <message>
        <source>  Health: %1</source>
        <translation>  Santé : %1</translation>
    </message>
    <message>
        <source>  State: %1: %2</source>
        <translation>  État : %1 : %2</translation>
    </message>
    <message>
        <source>  Connection: %1: %2</source>
        <translation>  Connexion : %1 : %2</translation>
    </message>
    <message>
        <source>  Upload: %1, %2</source>
        <translation>  Envoi : %1, %2</translation>
    </message>
    <message>
        <source>  Download: %1, %2</source>
        <translation>  Réception : %1, %2</translation>
    </message>
    <message>
        <source>  Last error: %1 (at %2)</source>
        <translation>  Dernière erreur : %1 (à %2)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>  Disconnected since: %1</source>
        <translation>  Déconnecté depuis : %1</translation>
    </message>
    <message>
        <source>  Next connection attempt: %1</source>
        <translation>  Prochaine tentative de connexion : %1</translation>
    </message>
    <message>
        <source>  Stalled: %1</source>
        <translation>  Bloquée : %1</translation>
    </message>
    <message>
        <source>State history (newest last)</source>
        <translation>Historique des états (le plus récent en dernier)</translation>
    </message>
    <message>
        <source>Last errors (newest last)</source>
        <translation>Dernières erreurs (la plus récente en dernier)</translation>
    </message>
    <message>
        <source>  Further server node: %1</source>
        <translation>  Nœud de serveur supplémentaire : %1</translation>
    </message>
</context>
<context>
    <name>SessionError</name>
    <message>
        <source>%1 (code %2)</source>
        <translation>%1 (code %2)</translation>
    </message>
</context>
<context>
    <name>SessionFacts</name>
    <message>
        <source>none (not syncing)</source>
        <translation>aucun (ne synchronise pas)</translation>
    </message>
    <message>
        <source>Server nodes: %1
In use: %2</source>
        <translation>Nœuds du serveur : %1
En cours d’utilisation : %2</translation>
    </message>
</context>
<context>
    <name>SessionFilter</name>
    <message>
        <source>All</source>
        <translation>Toutes</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Non connectées</translation>
    </message>
    <message>
        <source>With errors</source>
        <translation>Avec erreurs</translation>
    </message>
</context>
<context>
    <name>SessionHealth</name>
    <message>
        <source>Syncing</source>
        <translation>Synchronise</translation>
    </message>
    <message>
        <source>Connecting</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <source>Retrying</source>
        <translation>Nouvel essai</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Hors ligne</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>En pause</translation>
    </message>
    <message>
        <source>Not syncing</source>
        <translation>Ne synchronise pas</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échouée</translation>
    </message>
    <message>
        <source>Offline for %1</source>
        <translation>Hors ligne depuis %1</translation>
    </message>
    <message>
        <source>Stale since %1</source>
        <translation>Périmée depuis %1</translation>
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
        <translation>Active</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>En pause</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>Inactive</translation>
    </message>
    <message>
        <source>Invalid</source>
        <translation>Invalide</translation>
    </message>
    <message>
        <source>Disconnected</source>
        <translation>Déconnectée</translation>
    </message>
    <message>
        <source>Connecting</source>
        <translation>Connexion…</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Connectée</translation>
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
        <translation>%1 j %2 h</translation>
    </message>
</context>
<context>
    <name>StateTable</name>
    <message>
        <source>Active, but no progress for a while although work is outstanding.</source>
        <translation>Active, mais aucune progression depuis un moment alors qu’il reste du travail.</translation>
    </message>
    <message>
        <source>Syncing: changes go up and come down as they happen.</source>
        <translation>Synchronisation : les changements montent et descendent au fil de l’eau.</translation>
    </message>
    <message>
        <source>Paused by you at %1.</source>
        <translation>Mise en pause par vous à %1.</translation>
    </message>
    <message>
        <source>Resumes by itself at %1.</source>
        <translation>Reprend d’elle-même à %1.</translation>
    </message>
    <message>
        <source>Paused by &quot;Pause all&quot;; &quot;Resume all&quot; resumes it.</source>
        <translation>En pause par « Tout mettre en pause » ; « Tout reprendre » la relance.</translation>
    </message>
    <message>
        <source>Paused.</source>
        <translation>En pause.</translation>
    </message>
    <message>
        <source>Not syncing: the realm was closed or its user logged out.</source>
        <translation>Pas de synchronisation : le realm a été fermé ou son utilisateur s’est déconnecté.</translation>
    </message>
    <message>
        <source>Could not be opened: %1</source>
        <translation>N’a pas pu être ouverte : %1</translation>
    </message>
    <message>
        <source>Stopped for good after a fatal error at %1: %2. Open the session again once the cause is fixed.</source>
        <translation>Arrêtée définitivement après une erreur fatale à %1 : %2. Rouvrez la session une fois la cause corrigée.</translation>
    </message>
    <message>
        <source>This session is expected to fail (it is marked so in the workspace).</source>
        <translation>Cette session doit échouer (elle est marquée ainsi dans l’espace de travail).</translation>
    </message>
    <message>
        <source>Connected to %1 since %2.</source>
        <translation>Connectée à %1 depuis %2.</translation>
    </message>
    <message>
        <source>Connecting to %1 since %2.</source>
        <translation>Connexion à %1 en cours depuis %2.</translation>
    </message>
    <message>
        <source>Disconnected for good: the session is Invalid.</source>
        <translation>Déconnectée définitivement : la session est invalide.</translation>
    </message>
    <message>
        <source>Disconnected because the session is paused.</source>
        <translation>Déconnectée car la session est en pause.</translation>
    </message>
    <message>
        <source>Last error at %1: %2</source>
        <translation>Dernière erreur à %1 : %2</translation>
    </message>
    <message>
        <source>Active (Realm&apos;s word: it wants to sync), but not connected: no change goes up or comes down until the connection is back.</source>
        <translation>Active (le mot de Realm : elle veut synchroniser), mais non connectée : aucune modification ne monte ni ne descend avant le retour de la connexion.</translation>
    </message>
    <message>
        <source>Not syncing: user %1 logged out. &quot;Log in again&quot; resumes it.</source>
        <translation>Pas de synchronisation : l’utilisateur %1 s’est déconnecté. « Se réidentifier » la reprend.</translation>
    </message>
    <message>
        <source>Disconnected since %1 (for %2).</source>
        <translation>Déconnectée depuis %1 (depuis %2).</translation>
    </message>
    <message>
        <source>Next attempt at %1.</source>
        <translation>Prochaine tentative à %1.</translation>
    </message>
    <message>
        <source>The SDK retries by itself, waiting longer after each failure. &quot;Reconnect now&quot; skips the wait.</source>
        <translation>Le SDK réessaie de lui-même en attendant plus longtemps après chaque échec. « Reconnecter maintenant » saute l’attente.</translation>
    </message>
</context>
<context>
    <name>TimeRange</name>
    <message>
        <source>1 min</source>
        <translation>1 min</translation>
    </message>
    <message>
        <source>5 min</source>
        <translation>5 min</translation>
    </message>
    <message>
        <source>30 min</source>
        <translation>30 min</translation>
    </message>
    <message>
        <source>3 h</source>
        <translation>3 h</translation>
    </message>
    <message>
        <source>6 h</source>
        <translation>6 h</translation>
    </message>
    <message>
        <source>12 h</source>
        <translation>12 h</translation>
    </message>
    <message>
        <source>24 h</source>
        <translation>24 h</translation>
    </message>
</context>
<context>
    <name>TokenFacts</name>
    <message>
        <source>Expired %1 (%2 ago)</source>
        <translation>Expiré le %1 (il y a %2)</translation>
    </message>
    <message>
        <source>Expires %1 (in %2)</source>
        <translation>Expire le %1 (dans %2)</translation>
    </message>
    <message>
        <source>Not a readable access token.</source>
        <translation>Ce n’est pas un jeton d’accès lisible.</translation>
    </message>
    <message>
        <source>User %1; realms %2; %3</source>
        <translation>Utilisateur %1 ; realms %2 ; %3</translation>
    </message>
</context>
<context>
    <name>WorkspaceFile</name>
    <message>
        <source>this field is required</source>
        <translation>ce champ est obligatoire</translation>
    </message>
    <message>
        <source>must be a string</source>
        <translation>doit être une chaîne</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>ne doit pas être vide</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>doit valoir true ou false</translation>
    </message>
    <message>
        <source>must be a whole number from %1 to %2</source>
        <translation>doit être un nombre entier de %1 à %2</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>doit être un objet</translation>
    </message>
    <message>
        <source>must be &quot;none&quot;, &quot;steady&quot;, &quot;burst&quot; or &quot;seed&quot;</source>
        <translation>doit valoir &quot;none&quot;, &quot;steady&quot;, &quot;burst&quot; ou &quot;seed&quot;</translation>
    </message>
    <message>
        <source>each session must be an object</source>
        <translation>chaque session doit être un objet</translation>
    </message>
    <message>
        <source>another session already has the name &quot;%1&quot;</source>
        <translation>une autre session porte déjà le nom « %1 »</translation>
    </message>
    <message>
        <source>must be a ws:// or wss:// URL with a host, e.g. ws://127.0.0.1:7800</source>
        <translation>doit être une URL ws:// ou wss:// avec un hôte, par ex. ws://127.0.0.1:7800</translation>
    </message>
    <message>
        <source>is not a valid realm path: %1</source>
        <translation>n’est pas un chemin de realm valide : %1</translation>
    </message>
    <message>
        <source>the file must contain a JSON object</source>
        <translation>le fichier doit contenir un objet JSON</translation>
    </message>
    <message>
        <source>this field is required (the format version, %1)</source>
        <translation>ce champ est obligatoire (la version du format, %1)</translation>
    </message>
    <message>
        <source>unsupported format version (this monitor reads version %1)</source>
        <translation>version de format non prise en charge (ce moniteur lit la version %1)</translation>
    </message>
    <message>
        <source>must be a list of sessions</source>
        <translation>doit être une liste de sessions</translation>
    </message>
    <message>
        <source>line %1, column %2: %3</source>
        <translation>ligne %1, colonne %2 : %3</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>ligne %1 : %2</translation>
    </message>
    <message>
        <source>line %1, field %2: %3</source>
        <translation>ligne %1, champ %2 : %3</translation>
    </message>
    <message>
        <source>not valid JSON (%1)</source>
        <translation>JSON invalide (%1)</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MiB, which no workspace needs</source>
        <translation>%1 dépasse %2 Mio, ce dont aucun espace de travail n’a besoin</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>impossible d’écrire %1 : %2</translation>
    </message>
    <message>
        <source>%1 holds access tokens but other users can read it; restrict it to yourself (chmod 600) or save it again.</source>
        <translation>%1 contient des jetons d’accès mais d’autres utilisateurs peuvent le lire ; réservez-le à vous seul (chmod 600) ou enregistrez-le à nouveau.</translation>
    </message>
    <message>
        <source>The name must not be empty.</source>
        <translation>Le nom ne doit pas être vide.</translation>
    </message>
    <message>
        <source>The server URL must be a ws:// or wss:// URL with a host, e.g. ws://127.0.0.1:7800.</source>
        <translation>L’URL du serveur doit être une URL ws:// ou wss:// avec un hôte, par ex. ws://127.0.0.1:7800.</translation>
    </message>
    <message>
        <source>The access token must not be empty.</source>
        <translation>Le jeton d’accès ne doit pas être vide.</translation>
    </message>
    <message>
        <source>The realm path is not valid: %1</source>
        <translation>Le chemin du realm n’est pas valide : %1</translation>
    </message>
    <message>
        <source>must be a list of servers</source>
        <translation>doit être une liste de serveurs</translation>
    </message>
    <message>
        <source>an operator token is kept only in a file readable by its owner alone; chmod 600 the file or give the token as tokenFile</source>
        <translation>un jeton opérateur n&apos;est gardé que dans un fichier lisible par son seul propriétaire ; faites chmod 600 sur le fichier ou donnez le jeton par tokenFile</translation>
    </message>
    <message>
        <source>the server must be a ws:// or wss:// URL with a host, its --operator-listen address</source>
        <translation>le serveur doit être une URL ws:// ou wss:// avec un hôte, son adresse --operator-listen</translation>
    </message>
    <message>
        <source>give the operator token either as tokenFile or as token, not both or neither</source>
        <translation>donnez le jeton opérateur soit par tokenFile soit par token, ni les deux ni aucun</translation>
    </message>
    <message>
        <source>must be a list of ws:// or wss:// URLs</source>
        <translation>doit être une liste d’URL ws:// ou wss://</translation>
    </message>
    <message>
        <source>must list at most %1 further nodes</source>
        <translation>doit indiquer au plus %1 nœuds supplémentaires</translation>
    </message>
    <message>
        <source>At most %1 further server nodes can be given.</source>
        <translation>Au plus %1 nœuds de serveur supplémentaires peuvent être indiqués.</translation>
    </message>
    <message>
        <source>The further server node &quot;%1&quot; is not a ws:// or wss:// URL with a host.</source>
        <translation>Le nœud de serveur supplémentaire « %1 » n’est pas une URL ws:// ou wss:// avec un hôte.</translation>
    </message>
</context>
<context>
    <name>syncscope::monitor::AttachedServer</name>
    <message>
        <source>%1 did %2</source>
        <translation>%1 a exécuté %2</translation>
    </message>
    <message>
        <source>%1 refused the action: %2 (%3)</source>
        <translation>%1 a refusé l&apos;action : %2 (%3)</translation>
    </message>
    <message>
        <source>larger than %1 KiB, not a token</source>
        <translation>plus de %1 Kio, pas un jeton</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>le fichier est vide</translation>
    </message>
    <message>
        <source>Cannot attach to %1: cannot read the operator token file %2: %3</source>
        <translation>Impossible de s&apos;attacher à %1 : impossible de lire le fichier de jeton opérateur %2 : %3</translation>
    </message>
    <message>
        <source>cannot read the operator token file %1: %2</source>
        <translation>impossible de lire le fichier de jeton opérateur %1 : %2</translation>
    </message>
    <message>
        <source>Attaching to %1</source>
        <translation>Attachement à %1</translation>
    </message>
    <message>
        <source>Not attached: %1</source>
        <translation>Non attaché : %1</translation>
    </message>
    <message>
        <source>Not attached</source>
        <translation>Non attaché</translation>
    </message>
    <message>
        <source>Unreachable since %1, reconnecting</source>
        <translation>Injoignable depuis %1, reconnexion en cours</translation>
    </message>
    <message>
        <source>Connecting since %1</source>
        <translation>Connexion depuis %1</translation>
    </message>
    <message>
        <source>Reachable since %1</source>
        <translation>Joignable depuis %1</translation>
    </message>
    <message>
        <source>Unreachable since %1, next attempt at %2</source>
        <translation>Injoignable depuis %1, prochain essai à %2</translation>
    </message>
    <message>
        <source>Refused: %1</source>
        <translation>Refusé : %1</translation>
    </message>
    <message numerus="yes">
        <source>Reattached to %1 after %2 s: %n sessions</source>
        <translation>
            <numerusform>Rattaché à %1 après %2 s : %n session</numerusform>
            <numerusform>Rattaché à %1 après %2 s : %n sessions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Attached to %1 as %2: %n sessions</source>
        <translation>
            <numerusform>Attaché à %1 en tant que %2 : %n session</numerusform>
            <numerusform>Attaché à %1 en tant que %2 : %n sessions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Lost the operator connection to %1: %2. Its %n sessions show their last known state; retrying in %3 s</source>
        <translation>
            <numerusform>Connexion opérateur à %1 perdue : %2. Sa %n session montre son dernier état connu ; nouvel essai dans %3 s</numerusform>
            <numerusform>Connexion opérateur à %1 perdue : %2. Ses %n sessions montrent leur dernier état connu ; nouvel essai dans %3 s</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot reach %1: %2; retrying in %3 s</source>
        <translation>Impossible de joindre %1 : %2 ; nouvel essai dans %3 s</translation>
    </message>
    <message>
        <source>Cannot attach to %1: %2; not retried (give a valid operator token)</source>
        <translation>Impossible de s&apos;attacher à %1 : %2 ; pas de nouvel essai (donnez un jeton opérateur valide)</translation>
    </message>
    <message>
        <source>Its connection closed on the server</source>
        <translation>Sa connexion a été fermée sur le serveur</translation>
    </message>
    <message>
        <source>Ended on the server</source>
        <translation>Terminée sur le serveur</translation>
    </message>
    <message>
        <source>%1 restarted at %2</source>
        <translation>%1 a redémarré à %2</translation>
    </message>
    <message>
        <source>The server restarted</source>
        <translation>Le serveur a redémarré</translation>
    </message>
    <message>
        <source>Ended on the server with error %1</source>
        <translation>Terminée sur le serveur avec l’erreur %1</translation>
    </message>
</context>
<context>
    <name>syncscope::monitor::ConnectionTest</name>
    <message>
        <source>No answer from the server in time.</source>
        <translation>Pas de réponse du serveur à temps.</translation>
    </message>
    <message>
        <source>The access token is malformed.</source>
        <translation>Le jeton d’accès est mal formé.</translation>
    </message>
    <message>
        <source>Could not connect: %1 (code %2)</source>
        <translation>Connexion impossible : %1 (code %2)</translation>
    </message>
    <message>
        <source>The server refused the session: %1 (code %2)</source>
        <translation>Le serveur a refusé la session : %1 (code %2)</translation>
    </message>
    <message>
        <source>Connected; the server bound the realm.</source>
        <translation>Connectée ; le serveur a lié le realm.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
</context>
<context>
    <name>syncscope::monitor::EmbeddedDemo</name>
    <message>
        <source>cannot create %1</source>
        <translation>impossible de créer %1</translation>
    </message>
    <message>
        <source>cannot read the server secret: %1</source>
        <translation>impossible de lire le secret du serveur : %1</translation>
    </message>
    <message>
        <source>the embedded server did not start: %1</source>
        <translation>le serveur intégré n’a pas démarré : %1</translation>
    </message>
    <message>
        <source>Demo workspace (embedded server)</source>
        <translation>Espace de travail de démonstration (serveur intégré)</translation>
    </message>
    <message>
        <source>Notes (alice)</source>
        <extracomment>The demo&apos;s session names: alice and bob are user ids, keep them.</extracomment>
        <translation>Notes (alice)</translation>
    </message>
    <message>
        <source>Tasks (alice)</source>
        <translation>Tâches (alice)</translation>
    </message>
    <message>
        <source>Photos (alice, bursty)</source>
        <translation>Photos (alice, par rafales)</translation>
    </message>
    <message>
        <source>Archive seeder (bob)</source>
        <translation>Archive : remplissage (bob)</translation>
    </message>
    <message>
        <source>Archive download (alice, slow link)</source>
        <translation>Archive : téléchargement (alice, liaison lente)</translation>
    </message>
    <message>
        <source>Chat (bob)</source>
        <translation>Discussion (bob)</translation>
    </message>
    <message>
        <source>Drafts (bob)</source>
        <translation>Brouillons (bob)</translation>
    </message>
    <message>
        <source>Admin settings (bob, denied)</source>
        <translation>Paramètres d’administration (bob, refusé)</translation>
    </message>
</context>
<context>
    <name>syncscope::monitor::EventLog</name>
    <message>
        <source>time	session	kind	message</source>
        <translation>heure	session	type	message</translation>
    </message>
</context>
<context>
    <name>syncscope::monitor::HeadlessRunner</name>
    <message>
        <source>Summary after %1 s:</source>
        <translation>Bilan après %1 s :</translation>
    </message>
    <message>
        <source> (expected)</source>
        <translation> (attendu)</translation>
    </message>
    <message>
        <source> (UNEXPECTED)</source>
        <translation> (INATTENDU)</translation>
    </message>
    <message>
        <source>Progress reports recorded: %1 (dropped: %2)</source>
        <translation>Rapports de progression enregistrés : %1 (abandonnés : %2)</translation>
    </message>
    <message>
        <source>Exported %1 progress reports to %2</source>
        <translation>%1 rapports de progression exportés vers %2</translation>
    </message>
    <message>
        <source>Export failed: %1</source>
        <translation>Échec de l’export : %1</translation>
    </message>
    <message>
        <source>Result: healthy (exit code %1)</source>
        <translation>Résultat : sain (code de sortie %1)</translation>
    </message>
    <message>
        <source>Result: %1 (exit code %2)</source>
        <translation>Résultat : %1 (code de sortie %2)</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) unexpectedly Invalid</source>
        <translation>
            <numerusform>%n session invalide de façon inattendue</numerusform>
            <numerusform>%n sessions invalides de façon inattendue</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) disconnected for %1 s or longer</source>
        <translation>
            <numerusform>%n session déconnectée depuis %1 s ou plus</numerusform>
            <numerusform>%n sessions déconnectées depuis %1 s ou plus</numerusform>
        </translation>
    </message>
    <message>
        <source>the export failed</source>
        <translation>l’export a échoué</translation>
    </message>
</context>
<context>
    <name>syncscope::monitor::InspectedProcessSessions</name>
    <message>
        <source>Attached to process %1 (%2 sessions)</source>
        <translation>Attaché au processus %1 (%2 sessions)</translation>
    </message>
    <message>
        <source>Before the attach, at %1: %2</source>
        <translation>Avant l&apos;attachement, à %1 : %2</translation>
    </message>
    <message numerus="yes">
        <source>Process %1 is gone; its %n sessions are no longer watched</source>
        <translation>
            <numerusform>Le processus %1 a disparu ; sa %n session n&apos;est plus surveillée</numerusform>
            <numerusform>Le processus %1 a disparu ; ses %n sessions ne sont plus surveillées</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>syncscope::monitor::InspectorSessionSource</name>
    <message>
        <source>Network conditions back to normal</source>
        <translation>Conditions réseau revenues à la normale</translation>
    </message>
    <message>
        <source>Simulated network: up %1 B/s, down %2 B/s, latency %3 ms%4</source>
        <translation>Réseau simulé : envoi %1 o/s, réception %2 o/s, latence %3 ms%4</translation>
    </message>
    <message>
        <source>, offline</source>
        <translation>, hors ligne</translation>
    </message>
    <message>
        <source>The process %1 is gone.</source>
        <translation>Le processus %1 a disparu.</translation>
    </message>
    <message>
        <source>Pause all holds only the monitor&apos;s own sessions, not those of another process.</source>
        <translation>« Tout mettre en pause » ne suspend que les sessions du moniteur, pas celles d&apos;un autre processus.</translation>
    </message>
    <message>
        <source>Already paused.</source>
        <translation>Déjà en pause.</translation>
    </message>
    <message>
        <source>Not paused.</source>
        <translation>Pas en pause.</translation>
    </message>
    <message numerus="yes">
        <source>Pause for %n s sent to the process</source>
        <translation>
            <numerusform>Pause de %n s envoyée au processus</numerusform>
            <numerusform>Pause de %n s envoyée au processus</numerusform>
        </translation>
    </message>
    <message>
        <source>Pause sent to the process</source>
        <translation>Pause envoyée au processus</translation>
    </message>
    <message>
        <source>Resume sent to the process</source>
        <translation>Reprise envoyée au processus</translation>
    </message>
    <message>
        <source>Reconnect sent to the process</source>
        <translation>Reconnexion envoyée au processus</translation>
    </message>
</context>
<context>
    <name>syncscope::monitor::LocalSessionSource</name>
    <message>
        <source>The pause you set has ended</source>
        <translation>La pause que vous aviez fixée est terminée</translation>
    </message>
    <message>
        <source>Opened %1 on %2</source>
        <translation>%1 ouvert sur %2</translation>
    </message>
    <message>
        <source>The session is not open.</source>
        <translation>La session n’est pas ouverte.</translation>
    </message>
    <message>
        <source>Paused by you until %1</source>
        <translation>Mise en pause par vous jusqu’à %1</translation>
    </message>
    <message>
        <source>Paused by you</source>
        <translation>Mise en pause par vous</translation>
    </message>
    <message>
        <source>Resumed by you; still held by &quot;Pause all&quot;</source>
        <translation>Reprise par vous ; encore retenue par « Tout mettre en pause »</translation>
    </message>
    <message>
        <source>Resumed by you</source>
        <translation>Reprise par vous</translation>
    </message>
    <message>
        <source>Reconnect requested by you</source>
        <translation>Reconnexion demandée par vous</translation>
    </message>
    <message>
        <source>User %1 logged out</source>
        <translation>L’utilisateur %1 s’est déconnecté</translation>
    </message>
    <message>
        <source>User %1 logged in again</source>
        <translation>L’utilisateur %1 s’est réidentifié</translation>
    </message>
    <message>
        <source>Log in again requested by you</source>
        <translation>Réidentification demandée par vous</translation>
    </message>
    <message>
        <source>Network conditions back to normal</source>
        <translation>Conditions réseau revenues à la normale</translation>
    </message>
    <message>
        <source>Simulated network: up %1 B/s, down %2 B/s, latency %3 ms%4</source>
        <translation>Réseau simulé : envoi %1 o/s, réception %2 o/s, latence %3 ms%4</translation>
    </message>
    <message>
        <source>, offline</source>
        <translation>, hors ligne</translation>
    </message>
    <message>
        <source>Watching %1 on %2</source>
        <translation>Observe %1 sur %2</translation>
    </message>
    <message>
        <source>Only the app that opened this session can log its user in.</source>
        <translation>Seule l’application qui a ouvert cette session peut reconnecter son utilisateur.</translation>
    </message>
    <message>
        <source>The session is Invalid: it never syncs again.</source>
        <translation>La session est invalide : elle ne se synchronisera plus jamais.</translation>
    </message>
    <message>
        <source>Using the server node %1</source>
        <translation>Utilise le nœud de serveur %1</translation>
    </message>
</context>
<context>
    <name>syncscope::monitor::MonitoredSession</name>
    <message>
        <source>State: %1</source>
        <translation>État : %1</translation>
    </message>
    <message>
        <source>Connection: %1</source>
        <translation>Connexion : %1</translation>
    </message>
    <message>
        <source>Could not open the session: %1</source>
        <translation>Impossible d’ouvrir la session : %1</translation>
    </message>
    <message>
        <source>Fatal error %1: %2</source>
        <translation>Erreur fatale %1 : %2</translation>
    </message>
    <message>
        <source>Error %1: %2</source>
        <translation>Erreur %1 : %2</translation>
    </message>
    <message>
        <source>No progress for %1 s although work is outstanding</source>
        <translation>Aucune progression depuis %1 s alors qu’il reste du travail</translation>
    </message>
    <message>
        <source>Progress again</source>
        <translation>La progression reprend</translation>
    </message>
    <message>
        <source>Connection failed: %1</source>
        <translation>Échec de la connexion : %1</translation>
    </message>
</context>
<context>
    <name>syncscope::monitor::OperatorClient</name>
    <message>
        <source>%1 does not speak the operator API (no %2 subprotocol); is it the --operator-listen port?</source>
        <translation>%1 ne parle pas l&apos;API opérateur (pas de sous-protocole %2) ; est-ce bien le port --operator-listen ?</translation>
    </message>
    <message>
        <source>the operator connection closed (%1)</source>
        <translation>la connexion opérateur a été fermée (%1)</translation>
    </message>
    <message>
        <source>the operator connection closed: %1</source>
        <translation>la connexion opérateur a été fermée : %1</translation>
    </message>
    <message>
        <source>the server sent a message that is not a JSON object: %1</source>
        <translation>le serveur a envoyé un message qui n&apos;est pas un objet JSON : %1</translation>
    </message>
    <message>
        <source>the server refused the operator token: %1</source>
        <translation>le serveur a refusé le jeton opérateur : %1</translation>
    </message>
</context>
<context>
    <name>syncscope::monitor::OperatorSessionSource</name>
    <message>
        <source>Seen on the server again</source>
        <translation>De nouveau visible sur le serveur</translation>
    </message>
    <message>
        <source>Operator connection to %1 lost: %2</source>
        <translation>Connexion opérateur à %1 perdue : %2</translation>
    </message>
    <message>
        <source>Pause all holds only the monitor&apos;s own sessions, not those on a server.</source>
        <translation>Tout mettre en pause ne retient que les sessions du moniteur, pas celles d’un serveur.</translation>
    </message>
    <message>
        <source>Pausing happens in the app, which this monitor does not reach: it sees the session on %1. Use Operator &gt; Suspend session instead.</source>
        <translation>La pause se fait dans l&apos;application, que ce moniteur n&apos;atteint pas : il voit la session sur %1. Utilisez plutôt Opérateur &gt; Suspendre la session.</translation>
    </message>
    <message>
        <source>Only the app can reconnect; it sees the session on %1. Disconnecting its connection (Operator menu) makes the app reconnect.</source>
        <translation>Seule l&apos;application peut se reconnecter ; le moniteur voit la session sur %1. Déconnecter sa connexion (menu Opérateur) fait se reconnecter l&apos;application.</translation>
    </message>
    <message>
        <source>The app logs its user in, not the monitor.</source>
        <translation>C&apos;est l&apos;application qui connecte son utilisateur, pas le moniteur.</translation>
    </message>
    <message>
        <source>The monitor is no longer attached to %1.</source>
        <translation>Le moniteur n&apos;est plus attaché à %1.</translation>
    </message>
    <message>
        <source>The operator connection to %1 is down; the row shows the last known state.</source>
        <translation>La connexion opérateur à %1 est coupée ; la ligne montre le dernier état connu.</translation>
    </message>
    <message>
        <source>The session has no user to refuse.</source>
        <translation>La session n&apos;a pas d&apos;utilisateur à refuser.</translation>
    </message>
    <message>
        <source>Operator: disconnect connection %1 sent to the server</source>
        <translation>Opérateur : déconnexion de la connexion %1 envoyée au serveur</translation>
    </message>
    <message>
        <source>Operator: end session (fatal) sent to the server</source>
        <translation>Opérateur : fin de session (fatale) envoyée au serveur</translation>
    </message>
    <message>
        <source>Operator: suspend session sent to the server</source>
        <translation>Opérateur : suspension de session envoyée au serveur</translation>
    </message>
    <message>
        <source>Operator: refuse user %1 until %2 sent to the server</source>
        <translation>Opérateur : refus de l&apos;utilisateur %1 jusqu&apos;à %2 envoyé au serveur</translation>
    </message>
</context>
<context>
    <name>syncscope::monitor::ServerOverview</name>
    <message>
        <source>Reachable</source>
        <translation>Joignable</translation>
    </message>
    <message>
        <source>Unreachable</source>
        <translation>Injoignable</translation>
    </message>
    <message>
        <source>Connecting</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <source>Not in use</source>
        <translation>Inutilisé</translation>
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
        <translation>aucune</translation>
    </message>
    <message>
        <source>Active %1, Inactive %2, Invalid %3</source>
        <translation>Active %1, Inactive %2, Invalide %3</translation>
    </message>
</context>
<context>
    <name>syncscope::monitor::ServerReason</name>
    <message>
        <source>the server closed the connection</source>
        <translation>le serveur a fermé la connexion</translation>
    </message>
    <message>
        <source>the server failed unexpectedly</source>
        <translation>le serveur a échoué de manière inattendue</translation>
    </message>
    <message>
        <source>the server did not know a message</source>
        <translation>le serveur ne connaissait pas un message</translation>
    </message>
    <message>
        <source>the server could not decode a message</source>
        <translation>le serveur n’a pas pu décoder un message</translation>
    </message>
    <message>
        <source>a message exceeded the server&apos;s limits</source>
        <translation>un message dépassait les limites du serveur</translation>
    </message>
    <message>
        <source>the server speaks another protocol version</source>
        <translation>le serveur parle une autre version du protocole</translation>
    </message>
    <message>
        <source>a message named a session that was never bound</source>
        <translation>un message désignait une session jamais liée</translation>
    </message>
    <message>
        <source>a session id was used twice on the connection</source>
        <translation>un identifiant de session a été utilisé deux fois sur la connexion</translation>
    </message>
    <message>
        <source>messages came in the wrong order</source>
        <translation>des messages sont arrivés dans le mauvais ordre</translation>
    </message>
    <message>
        <source>the server ended the session</source>
        <translation>le serveur a mis fin à la session</translation>
    </message>
    <message>
        <source>the server could not use its storage</source>
        <translation>le serveur n’a pas pu utiliser son stockage</translation>
    </message>
    <message>
        <source>the access token has expired</source>
        <translation>le jeton d’accès a expiré</translation>
    </message>
    <message>
        <source>the server refused the access token</source>
        <translation>le serveur a refusé le jeton d’accès</translation>
    </message>
    <message>
        <source>the realm path is not allowed</source>
        <translation>le chemin du realm n’est pas autorisé</translation>
    </message>
    <message>
        <source>the access token does not grant this realm</source>
        <translation>le jeton d’accès n’autorise pas ce realm</translation>
    </message>
    <message>
        <source>the server does not know this client file</source>
        <translation>le serveur ne connaît pas ce fichier client</translation>
    </message>
    <message>
        <source>the local file is ahead of the server&apos;s realm</source>
        <translation>le fichier local est en avance sur le realm du serveur</translation>
    </message>
    <message>
        <source>the upload&apos;s client versions do not increase</source>
        <translation>les versions client de l’envoi ne sont pas croissantes</translation>
    </message>
    <message>
        <source>the server refused a changeset</source>
        <translation>le serveur a refusé un changeset</translation>
    </message>
    <message>
        <source>the client file belongs to another user</source>
        <translation>le fichier client appartient à un autre utilisateur</translation>
    </message>
    <message>
        <source>the connection has too many sessions</source>
        <translation>la connexion a trop de sessions</translation>
    </message>
    <message>
        <source>%1 (the server said: &quot;%2&quot;)</source>
        <translation>%1 (le serveur a écrit : « %2 »)</translation>
    </message>
</context>
<context>
    <name>syncscope::monitor::SessionMonitor</name>
    <message>
        <source>Pause all</source>
        <translation>Tout mettre en pause</translation>
    </message>
    <message>
        <source>Resume all (sessions you paused yourself stay paused)</source>
        <translation>Tout reprendre (les sessions que vous avez mises en pause restent en pause)</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Retirée</translation>
    </message>
    <message>
        <source>Server %1 is reachable again (it was lost at %2)</source>
        <translation>Le serveur %1 est de nouveau joignable (perdu à %2)</translation>
    </message>
    <message>
        <source>Lost the connection to server %1: no session reaches it</source>
        <translation>Connexion au serveur %1 perdue : aucune session ne l’atteint</translation>
    </message>
</context>
<context>
    <name>syncscope::monitor::SessionSource</name>
    <message>
        <source>This session does not accept commands from the monitor.</source>
        <translation>Cette session n’accepte pas de commandes du moniteur.</translation>
    </message>
    <message>
        <source>The session is Invalid: it takes no more commands.</source>
        <translation>La session est invalide : elle n’accepte plus de commandes.</translation>
    </message>
    <message>
        <source>Already paused by you.</source>
        <translation>Déjà mise en pause par vous.</translation>
    </message>
    <message>
        <source>Not paused by you.</source>
        <translation>Pas mise en pause par vous.</translation>
    </message>
    <message>
        <source>Only an active session that is not connected reconnects.</source>
        <translation>Seule une session active non connectée peut se reconnecter.</translation>
    </message>
    <message>
        <source>Its user is logged in.</source>
        <translation>Son utilisateur est identifié.</translation>
    </message>
</context>
<context>
    <name>syncscope::monitor::StatusReport</name>
    <message>
        <source>NAME</source>
        <translation>NOM</translation>
    </message>
    <message>
        <source>HEALTH</source>
        <translation>SANTÉ</translation>
    </message>
    <message>
        <source>STATE</source>
        <translation>ÉTAT</translation>
    </message>
    <message>
        <source>CONNECTION</source>
        <translation>CONNEXION</translation>
    </message>
    <message>
        <source>UPLOAD</source>
        <translation>ENVOI</translation>
    </message>
    <message>
        <source>DOWNLOAD</source>
        <translation>RÉCEPTION</translation>
    </message>
    <message>
        <source>UP/S</source>
        <translation>ENVOI/S</translation>
    </message>
    <message>
        <source>DOWN/S</source>
        <translation>RÉCEP./S</translation>
    </message>
    <message>
        <source>LAST ERROR</source>
        <translation>DERNIÈRE ERREUR</translation>
    </message>
    <message>
        <source>[%1 s] %2 sessions, up %3, down %4</source>
        <translation>[%1 s] %2 sessions, envoi %3, réception %4</translation>
    </message>
    <message>
        <source>NODE</source>
        <translation>NŒUD</translation>
    </message>
    <message>
        <source>SERVER</source>
        <translation>SERVEUR</translation>
    </message>
    <message>
        <source>REACH</source>
        <translation>JOIGNABLE</translation>
    </message>
    <message>
        <source>SINCE</source>
        <translation>DEPUIS</translation>
    </message>
    <message>
        <source>SESSIONS</source>
        <translation>SESSIONS</translation>
    </message>
    <message>
        <source>PING RTT</source>
        <translation>RTT PING</translation>
    </message>
    <message>
        <source>LAST CONNECT ERROR</source>
        <translation>DERNIÈRE ERREUR DE CONNEXION</translation>
    </message>
</context>
</TS>
