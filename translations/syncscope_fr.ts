<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
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
        <translation>Ouvrir les sessions listées dans &lt;file&gt; (JSON, voir docs/monitor.md).</translation>
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
        <translation>Avec --headless : s’arrêter après &lt;seconds&gt; secondes.</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>secondes</translation>
    </message>
    <message>
        <source>With --headless: write the progress log to &lt;file&gt; at the end (.csv or .jsonl).</source>
        <translation>Avec --headless : écrire le journal de progression dans &lt;file&gt; à la fin (.csv ou .jsonl).</translation>
    </message>
    <message>
        <source>Use &lt;language&gt; (e.g. de, fr, es) instead of the system&apos;s.</source>
        <translation>Utiliser &lt;language&gt; (par ex. de, fr, es) au lieu de la langue du système.</translation>
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
        <translation>Avec --headless : sortir avec 1 si, à la fin, une session qui doit synchroniser (ni échec attendu, ni en pause) est déconnectée depuis [seconds] ou plus — y compris une qui ne s’est jamais connectée. Sans valeur : toute session déconnectée.</translation>
    </message>
    <message>
        <source>--fail-on-disconnected only applies with --headless</source>
        <translation>--fail-on-disconnected ne s’applique qu’avec --headless</translation>
    </message>
    <message>
        <source>--fail-on-disconnected needs a number of seconds, got &quot;%1&quot;</source>
        <translation>--fail-on-disconnected attend un nombre de secondes, reçu « %1 »</translation>
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
    <name>SessionError</name>
    <message>
        <source>%1 (code %2)</source>
        <translation>%1 (code %2)</translation>
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
</context>
<context>
    <name>SessionStatus</name>
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
    <message>
        <source>Active (Realm&apos;s word: it wants to sync), but not connected: no change goes up or comes down until the connection is back.</source>
        <translation>Active (le mot de Realm : elle veut synchroniser), mais non connectée : aucune modification ne monte ni ne descend avant le retour de la connexion.</translation>
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
        <source>%1 holds access tokens but other users can read it; restrict it to yourself (chmod 600) or save it again.</source>
        <translation>%1 contient des jetons d’accès mais d’autres utilisateurs peuvent le lire ; réservez-le à vous seul (chmod 600) ou enregistrez-le à nouveau.</translation>
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
        <translation>Essayez syncscope --help.</translation>
    </message>
    <message>
        <source>cannot open workspace %1: %2</source>
        <translation>impossible d’ouvrir l’espace de travail %1 : %2</translation>
    </message>
    <message>
        <source>Embedded server %1</source>
        <translation>Serveur intégré %1</translation>
    </message>
</context>
<context>
    <name>syncscope::App</name>
    <message>
        <source>No user given.</source>
        <translation>Aucun utilisateur indiqué.</translation>
    </message>
    <message>
        <source>The user %1 is logged out.</source>
        <translation>L’utilisateur %1 est déconnecté.</translation>
    </message>
    <message>
        <source>The server URL must be ws:// or wss://, not &quot;%1&quot;.</source>
        <translation>L’URL du serveur doit commencer par ws:// ou wss://, pas « %1 ».</translation>
    </message>
    <message>
        <source>Invalid realm path &quot;%1&quot;: %2</source>
        <translation>Chemin de realm « %1 » invalide : %2</translation>
    </message>
    <message>
        <source>No local file path given.</source>
        <translation>Aucun chemin de fichier local indiqué.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Impossible de créer le dossier %1.</translation>
    </message>
    <message>
        <source>The local file %1 is already open for another realm or user.</source>
        <translation>Le fichier local %1 est déjà ouvert pour un autre realm ou un autre utilisateur.</translation>
    </message>
    <message>
        <source>The access token is malformed.</source>
        <translation>Le jeton d’accès est mal formé.</translation>
    </message>
</context>
<context>
    <name>syncscope::LocalStore</name>
    <message>
        <source>%1 in %2: %3</source>
        <translation>%1 dans %2 : %3</translation>
    </message>
    <message>
        <source>Cannot read the local file %1: %2</source>
        <translation>Impossible de lire le fichier local %1 : %2</translation>
    </message>
    <message>
        <source>The local file %1 is not a Syncscope realm (not an SQLite database); it was left untouched.</source>
        <translation>Le fichier local %1 n’est pas un realm Syncscope (pas une base SQLite) ; il n’a pas été modifié.</translation>
    </message>
    <message>
        <source>The local file %1 is damaged (%2); it was left untouched.</source>
        <translation>Le fichier local %1 est endommagé (%2) ; il n’a pas été modifié.</translation>
    </message>
    <message>
        <source>Cannot read the local file %1 (%2); it was left untouched.</source>
        <translation>Impossible de lire le fichier local %1 (%2) ; il n’a pas été modifié.</translation>
    </message>
    <message>
        <source>Cannot read the local file&apos;s schema</source>
        <translation>Impossible de lire le schéma du fichier local</translation>
    </message>
    <message>
        <source>The local file %1 is an SQLite database of another application (table %2 is missing); it was left untouched.</source>
        <translation>Le fichier local %1 est une base SQLite d’une autre application (la table %2 manque) ; il n’a pas été modifié.</translation>
    </message>
    <message>
        <source>The local file %1 has no sync metadata; it was left untouched.</source>
        <translation>Le fichier local %1 n’a pas de métadonnées de synchronisation ; il n’a pas été modifié.</translation>
    </message>
    <message>
        <source>The local file %1 has format version %2, this client reads version %3.</source>
        <translation>Le fichier local %1 est au format version %2, ce client lit la version %3.</translation>
    </message>
    <message>
        <source>The local file %1 belongs to the realm %2, not %3.</source>
        <translation>Le fichier local %1 appartient au realm %2, pas à %3.</translation>
    </message>
    <message>
        <source>Cannot configure the local file</source>
        <translation>Impossible de configurer le fichier local</translation>
    </message>
    <message>
        <source>Cannot create the local file</source>
        <translation>Impossible de créer le fichier local</translation>
    </message>
    <message>
        <source>Cannot open the local file %1: %2</source>
        <translation>Impossible d’ouvrir le fichier local %1 : %2</translation>
    </message>
    <message>
        <source>Cannot read the sync metadata</source>
        <translation>Impossible de lire les métadonnées de synchronisation</translation>
    </message>
    <message>
        <source>Cannot write the sync metadata</source>
        <translation>Impossible d’écrire les métadonnées de synchronisation</translation>
    </message>
    <message>
        <source>Cannot start a write</source>
        <translation>Impossible de commencer une écriture</translation>
    </message>
    <message>
        <source>Cannot read the current value</source>
        <translation>Impossible de lire la valeur actuelle</translation>
    </message>
    <message>
        <source>Cannot write the value</source>
        <translation>Impossible d’écrire la valeur</translation>
    </message>
    <message>
        <source>Cannot queue the change for upload</source>
        <translation>Impossible de mettre la modification en file d’attente pour l’envoi</translation>
    </message>
    <message>
        <source>Cannot commit the write</source>
        <translation>Impossible de valider l’écriture</translation>
    </message>
    <message>
        <source>Cannot record the client file id</source>
        <translation>Impossible d’enregistrer l’identifiant de fichier client</translation>
    </message>
    <message>
        <source>Cannot start applying downloaded changes</source>
        <translation>Impossible de commencer à appliquer les modifications téléchargées</translation>
    </message>
    <message>
        <source>Cannot apply a downloaded change</source>
        <translation>Impossible d’appliquer une modification téléchargée</translation>
    </message>
    <message>
        <source>Cannot read acknowledged changes</source>
        <translation>Impossible de lire les modifications confirmées</translation>
    </message>
    <message>
        <source>Cannot drop acknowledged changes</source>
        <translation>Impossible de supprimer les modifications confirmées</translation>
    </message>
    <message>
        <source>Cannot commit downloaded changes</source>
        <translation>Impossible de valider les modifications téléchargées</translation>
    </message>
</context>
<context>
    <name>syncscope::Realm</name>
    <message>
        <source>The realm is closed.</source>
        <translation>Le realm est fermé.</translation>
    </message>
    <message>
        <source>A key must not be empty.</source>
        <translation>Une clé ne doit pas être vide.</translation>
    </message>
    <message>
        <source>The key is longer than %1 bytes.</source>
        <translation>La clé dépasse %1 octets.</translation>
    </message>
    <message>
        <source>The value is larger than %1 bytes.</source>
        <translation>La valeur dépasse %1 octets.</translation>
    </message>
</context>
<context>
    <name>syncscope::SyncSession</name>
    <message>
        <source>The sync session was destroyed</source>
        <translation>La session de synchronisation a été détruite</translation>
    </message>
    <message>
        <source>Uploading changes did not complete in %1 ms.</source>
        <translation>L’envoi des modifications ne s’est pas terminé en %1 ms.</translation>
    </message>
    <message>
        <source>Downloading changes did not complete in %1 ms.</source>
        <translation>Le téléchargement des modifications ne s’est pas terminé en %1 ms.</translation>
    </message>
    <message>
        <source>The sync session is not active</source>
        <translation>La session de synchronisation n’est pas active</translation>
    </message>
    <message>
        <source>The user logged out</source>
        <translation>L’utilisateur s’est déconnecté</translation>
    </message>
    <message>
        <source>The sync session was closed</source>
        <translation>La session de synchronisation a été fermée</translation>
    </message>
    <message>
        <source>The application object was destroyed</source>
        <translation>L’objet application a été détruit</translation>
    </message>
</context>
<context>
    <name>syncscope::detail::Connection</name>
    <message>
        <source>Sync connection was not fully established in time</source>
        <translation>La connexion de synchronisation n’a pas été entièrement établie à temps</translation>
    </message>
    <message>
        <source>Timed out waiting for PONG response from server</source>
        <translation>Délai dépassé en attendant la réponse PONG du serveur</translation>
    </message>
    <message>
        <source>The server sent a text frame; syncscope.v1 uses binary frames</source>
        <translation>Le serveur a envoyé une trame texte ; syncscope.v1 utilise des trames binaires</translation>
    </message>
    <message>
        <source>The server at %1 did not accept the protocol %2</source>
        <translation>Le serveur %1 n’a pas accepté le protocole %2</translation>
    </message>
    <message>
        <source>The server sent an invalid message: %1</source>
        <translation>Le serveur a envoyé un message invalide : %1</translation>
    </message>
    <message>
        <source>The server sent a session message without a session</source>
        <translation>Le serveur a envoyé un message de session sans session</translation>
    </message>
    <message>
        <source>The server sent a message for session %1, which was never bound</source>
        <translation>Le serveur a envoyé un message pour la session %1, qui n’a jamais été liée</translation>
    </message>
    <message>
        <source>The server sent a PONG that answers no PING</source>
        <translation>Le serveur a envoyé un PONG qui ne répond à aucun PING</translation>
    </message>
    <message>
        <source>The TLS certificate of %1 is not trusted: %2</source>
        <translation>Le certificat TLS de %1 n’est pas digne de confiance : %2</translation>
    </message>
    <message>
        <source>The server at %1 closed the connection (close code %2: %3)</source>
        <translation>Le serveur %1 a fermé la connexion (code de fermeture %2 : %3)</translation>
    </message>
    <message>
        <source>The connection to %1 was lost: %2</source>
        <translation>La connexion à %1 a été perdue : %2</translation>
    </message>
    <message>
        <source>The server at %1 refused the WebSocket handshake with HTTP status %2 %3</source>
        <translation>Le serveur %1 a refusé la négociation WebSocket avec le statut HTTP %2 %3</translation>
    </message>
    <message>
        <source>The server at %1 refused the connection</source>
        <translation>Le serveur %1 a refusé la connexion</translation>
    </message>
    <message>
        <source>The server name %1 could not be resolved: %2</source>
        <translation>Le nom de serveur %1 n’a pas pu être résolu : %2</translation>
    </message>
    <message>
        <source>The TLS handshake with %1 failed: %2</source>
        <translation>La négociation TLS avec %1 a échoué : %2</translation>
    </message>
    <message>
        <source>Could not connect to %1: %2</source>
        <translation>Impossible de se connecter à %1 : %2</translation>
    </message>
</context>
<context>
    <name>syncscope::detail::ProtocolSession</name>
    <message>
        <source>The server sent UNBOUND for a session that did not unbind</source>
        <translation>Le serveur a envoyé UNBOUND pour une session qui ne s’est pas déliée</translation>
    </message>
    <message>
        <source>The server sent a message that only clients send</source>
        <translation>Le serveur a envoyé un message que seuls les clients envoient</translation>
    </message>
    <message>
        <source>The server sent an unexpected IDENT</source>
        <translation>Le serveur a envoyé un IDENT inattendu</translation>
    </message>
    <message>
        <source>The server sent DOWNLOAD before the session was identified</source>
        <translation>Le serveur a envoyé DOWNLOAD avant que la session soit identifiée</translation>
    </message>
    <message>
        <source>The server acknowledged client version %1, the latest is %2</source>
        <translation>Le serveur a confirmé la version client %1, la plus récente est %2</translation>
    </message>
    <message>
        <source>The server sent download cursor %1 (had %2, server head %3)</source>
        <translation>Le serveur a envoyé le curseur de téléchargement %1 (précédent %2, tête du serveur %3)</translation>
    </message>
    <message>
        <source>The server sent changeset %1 out of order</source>
        <translation>Le serveur a envoyé le changeset %1 dans le désordre</translation>
    </message>
    <message>
        <source>The server echoed MARK %1, which was not requested</source>
        <translation>Le serveur a renvoyé MARK %1, qui n’avait pas été demandé</translation>
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
        <source>[%1 s] %2 sessions, up %3, down %4</source>
        <translation>[%1 s] %2 sessions, envoi %3, réception %4</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOM</translation>
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
</context>
<context>
    <name>syncscope::monitor::MonitoredSession</name>
    <message>
        <source>Could not open the session: %1</source>
        <translation>Impossible d’ouvrir la session : %1</translation>
    </message>
    <message>
        <source>State: %1</source>
        <translation>État : %1</translation>
    </message>
    <message>
        <source>Connection: %1</source>
        <translation>Connexion : %1</translation>
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
<context>
    <name>syncscope::protocol::AccessToken</name>
    <message>
        <source>the token is longer than %1 characters</source>
        <translation>le jeton dépasse %1 caractères</translation>
    </message>
    <message>
        <source>the token does not have three dot-separated parts</source>
        <translation>le jeton n’a pas trois parties séparées par des points</translation>
    </message>
    <message>
        <source>the token is not base64url encoded</source>
        <translation>le jeton n’est pas encodé en base64url</translation>
    </message>
    <message>
        <source>the token header or payload is not a JSON object</source>
        <translation>l’en-tête ou la charge utile du jeton n’est pas un objet JSON</translation>
    </message>
    <message>
        <source>the token signature is not base64url encoded</source>
        <translation>la signature du jeton n’est pas encodée en base64url</translation>
    </message>
    <message>
        <source>the token has no subject (&quot;sub&quot;)</source>
        <translation>le jeton n’a pas de sujet (« sub »)</translation>
    </message>
    <message>
        <source>a time claim of the token is not a number of seconds</source>
        <translation>une date du jeton n’est pas un nombre de secondes</translation>
    </message>
    <message>
        <source>the token has no expiry time (&quot;exp&quot;)</source>
        <translation>le jeton n’a pas de date d’expiration (« exp »)</translation>
    </message>
    <message>
        <source>the token&apos;s &quot;realms&quot; claim is not an array</source>
        <translation>la revendication « realms » du jeton n’est pas un tableau</translation>
    </message>
    <message>
        <source>the token&apos;s &quot;realms&quot; claim holds a value that is not a string</source>
        <translation>la revendication « realms » du jeton contient une valeur qui n’est pas une chaîne</translation>
    </message>
    <message>
        <source>the token&apos;s algorithm &quot;%1&quot; is not HS256</source>
        <translation>l’algorithme « %1 » du jeton n’est pas HS256</translation>
    </message>
    <message>
        <source>the token&apos;s signature does not match</source>
        <translation>la signature du jeton ne correspond pas</translation>
    </message>
    <message>
        <source>the token expired at %1</source>
        <translation>le jeton a expiré le %1</translation>
    </message>
    <message>
        <source>the token is not valid before %1</source>
        <translation>le jeton n’est pas valide avant le %1</translation>
    </message>
    <message>
        <source>the token was issued in the future (%1)</source>
        <translation>le jeton a été émis dans le futur (%1)</translation>
    </message>
</context>
<context>
    <name>syncscope::protocol::Codec</name>
    <message>
        <source>%1 must be 0 or 1, not %2</source>
        <translation>%1 doit valoir 0 ou 1, pas %2</translation>
    </message>
    <message>
        <source>%1 is not valid UTF-8</source>
        <translation>%1 n’est pas de l’UTF-8 valide</translation>
    </message>
    <message>
        <source>%1 count %2 exceeds the limit of %3</source>
        <translation>le nombre de %1 (%2) dépasse la limite de %3</translation>
    </message>
    <message>
        <source>%1 count %2 does not fit in the %3 bytes left</source>
        <translation>le nombre de %1 (%2) ne tient pas dans les %3 octets restants</translation>
    </message>
    <message>
        <source>unknown operation kind %1</source>
        <translation>type d’opération inconnu %1</translation>
    </message>
    <message>
        <source>a remove operation carries a value</source>
        <translation>une opération de suppression porte une valeur</translation>
    </message>
    <message>
        <source>frame ends inside a field (offset %1, %2 bytes needed, %3 left)</source>
        <translation>la trame se termine au milieu d’un champ (position %1, %2 octets requis, %3 restants)</translation>
    </message>
    <message>
        <source>%1 of %2 bytes exceeds the limit of %3</source>
        <translation>%1 de %2 octets dépasse la limite de %3</translation>
    </message>
    <message>
        <source>%1 of %2 bytes runs past the end of the frame</source>
        <translation>%1 de %2 octets dépasse la fin de la trame</translation>
    </message>
    <message>
        <source>unknown message type</source>
        <translation>type de message inconnu</translation>
    </message>
    <message>
        <source>this message belongs to the connection and needs session id 0, not %1</source>
        <translation>ce message concerne la connexion et exige l’identifiant de session 0, pas %1</translation>
    </message>
    <message>
        <source>this message belongs to a session and needs a non-zero session id</source>
        <translation>ce message concerne une session et exige un identifiant de session non nul</translation>
    </message>
    <message>
        <source>frame of %1 bytes exceeds the limit of %2 bytes</source>
        <translation>une trame de %1 octets dépasse la limite de %2 octets</translation>
    </message>
    <message>
        <source>frame of %1 bytes is shorter than the %2-byte header</source>
        <translation>une trame de %1 octets est plus courte que l’en-tête de %2 octets</translation>
    </message>
    <message>
        <source>unknown message type %1</source>
        <translation>type de message inconnu %1</translation>
    </message>
    <message>
        <source>header flags and reserved bytes must be zero</source>
        <translation>les indicateurs d’en-tête et les octets réservés doivent être nuls</translation>
    </message>
    <message>
        <source>message type %1 may not be sent by a client</source>
        <translation>le type de message %1 ne peut pas être envoyé par un client</translation>
    </message>
    <message>
        <source>message type %1 may not be sent by a server</source>
        <translation>le type de message %1 ne peut pas être envoyé par un serveur</translation>
    </message>
    <message>
        <source>%1 unexpected bytes after the message</source>
        <translation>%1 octets inattendus après le message</translation>
    </message>
    <message>
        <source>more than %1 operations</source>
        <translation>plus de %1 opérations</translation>
    </message>
</context>
<context>
    <name>syncscope::protocol::RealmPath</name>
    <message>
        <source>the realm path is empty</source>
        <translation>le chemin de realm est vide</translation>
    </message>
    <message>
        <source>the realm path must start with &apos;/&apos;</source>
        <translation>le chemin de realm doit commencer par « / »</translation>
    </message>
    <message>
        <source>the realm path is longer than %1 bytes</source>
        <translation>le chemin de realm dépasse %1 octets</translation>
    </message>
    <message>
        <source>the realm path has an empty segment</source>
        <translation>le chemin de realm contient un segment vide</translation>
    </message>
    <message>
        <source>the realm path may not contain &apos;.&apos; or &apos;..&apos; segments</source>
        <translation>le chemin de realm ne peut pas contenir de segments « . » ou « .. »</translation>
    </message>
    <message>
        <source>the realm path contains an unpaired surrogate</source>
        <translation>le chemin de realm contient un surrogate isolé</translation>
    </message>
    <message>
        <source>the realm path contains a control character</source>
        <translation>le chemin de realm contient un caractère de contrôle</translation>
    </message>
    <message>
        <source>the realm path may not contain &apos;%&apos; (no percent-encoding)</source>
        <translation>le chemin de realm ne peut pas contenir « % » (pas d’encodage pourcent)</translation>
    </message>
    <message>
        <source>the realm path contains the character %1 (&apos;%2&apos;)</source>
        <translation>le chemin de realm contient le caractère %1 (« %2 »)</translation>
    </message>
    <message>
        <source>a segment of the realm path starts with the combining mark %1</source>
        <translation>un segment du chemin de realm commence par le diacritique combinant %1</translation>
    </message>
    <message>
        <source>the realm path is not in Unicode normalization form C (NFC); compose it before binding</source>
        <translation>le chemin de realm n’est pas en forme de normalisation Unicode C (NFC) ; composez-le avant la liaison</translation>
    </message>
</context>
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
        <source>Seconds a new connection gets to finish the WebSocket handshake before it is dropped (default %1).</source>
        <translation>Secondes accordées à une nouvelle connexion pour terminer la poignée de main WebSocket avant d’être coupée (%1 par défaut).</translation>
    </message>
    <message>
        <source>Seconds a connection without any bound session may stay silent before it is closed (default %1).</source>
        <translation>Secondes pendant lesquelles une connexion sans session liée peut rester silencieuse avant d’être fermée (%1 par défaut).</translation>
    </message>
    <message>
        <source>--handshake-timeout and --idle-timeout must be at most 1000000 seconds</source>
        <translation>--handshake-timeout et --idle-timeout ne peuvent dépasser 1000000 secondes</translation>
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
        <source>cannot read the upload cursor or realm head</source>
        <translation>impossible de lire le curseur d’envoi ou la tête du realm</translation>
    </message>
    <message>
        <source>client version %1 does not increase (after %2)</source>
        <translation>la version client %1 n’augmente pas (après %2)</translation>
    </message>
    <message>
        <source>cannot update the cursors: %1 %2</source>
        <translation>impossible de mettre à jour les curseurs : %1 %2</translation>
    </message>
    <message>
        <source>cannot commit: %1</source>
        <translation>échec de la validation : %1</translation>
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
</context>
<context>
    <name>syncscope::ui::AddSessionDialog</name>
    <message>
        <source>E&amp;xpected to fail (a headless run ignores its Invalid end)</source>
        <translation>Échec &amp;attendu (une exécution sans fenêtre ignore sa fin invalide)</translation>
    </message>
    <message>
        <source>Add session</source>
        <translation>Ajouter une session</translation>
    </message>
    <message>
        <source>optional; default: in the app-data folder</source>
        <translation>facultatif ; par défaut : dans le dossier de données de l’application</translation>
    </message>
    <message>
        <source>paste the output of: syncscope-server token …</source>
        <translation>collez la sortie de : syncscope-server token …</translation>
    </message>
    <message>
        <source>Problem with the session</source>
        <translation>Problème avec la session</translation>
    </message>
    <message>
        <source>Session name</source>
        <translation>Nom de la session</translation>
    </message>
    <message>
        <source>Server URL</source>
        <translation>URL du serveur</translation>
    </message>
    <message>
        <source>Access token</source>
        <translation>Jeton d’accès</translation>
    </message>
    <message>
        <source>Realm path</source>
        <translation>Chemin du realm</translation>
    </message>
    <message>
        <source>Local file</source>
        <translation>Fichier local</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>Realm files (*.realm);;All files (*)</source>
        <translation>Fichiers realm (*.realm);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>&amp;Server URL:</source>
        <translation>URL du &amp;serveur :</translation>
    </message>
    <message>
        <source>Access &amp;token:</source>
        <translation>&amp;Jeton d’accès :</translation>
    </message>
    <message>
        <source>&amp;Realm path:</source>
        <translation>Chemin du &amp;realm :</translation>
    </message>
    <message>
        <source>&amp;Local file:</source>
        <translation>Fichier &amp;local :</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>Aj&amp;outer</translation>
    </message>
    <message>
        <source>Another session already has the name &quot;%1&quot;.</source>
        <translation>Une autre session porte déjà le nom « %1 ».</translation>
    </message>
    <message>
        <source>Test conne&amp;ction</source>
        <translation>Tester la &amp;connexion</translation>
    </message>
    <message>
        <source>What the token says</source>
        <translation>Ce que dit le jeton</translation>
    </message>
    <message>
        <source>Result of the connection test</source>
        <translation>Résultat du test de connexion</translation>
    </message>
    <message>
        <source>Connect, let the server bind the realm, show its answer and disconnect again</source>
        <translation>Se connecter, laisser le serveur lier le realm, afficher sa réponse et se déconnecter</translation>
    </message>
    <message>
        <source>Testing the connection to %1…</source>
        <translation>Test de la connexion à %1…</translation>
    </message>
</context>
<context>
    <name>syncscope::ui::AlertBanner</name>
    <message>
        <source>Dis&amp;miss</source>
        <translation>&amp;Masquer</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Alertes</translation>
    </message>
    <message>
        <source>Hide these alerts; the event log keeps them</source>
        <translation>Masquer ces alertes ; le journal des événements les garde</translation>
    </message>
    <message>
        <source>Lost the connection to server %1 at %2.</source>
        <translation>Connexion au serveur %1 perdue à %2.</translation>
    </message>
    <message>
        <source>Server lost</source>
        <translation>Serveur perdu</translation>
    </message>
    <message>
        <source>Server %1 is back; it was unreachable from %2 to %3 (%4).</source>
        <translation>Le serveur %1 est de retour ; il était injoignable de %2 à %3 (%4).</translation>
    </message>
    <message>
        <source>Server back</source>
        <translation>Serveur de retour</translation>
    </message>
</context>
<context>
    <name>syncscope::ui::DetailPane</name>
    <message>
        <source>Session configuration</source>
        <translation>Configuration de la session</translation>
    </message>
    <message>
        <source>Chart time range</source>
        <translation>Période des graphiques</translation>
    </message>
    <message>
        <source>&amp;Range:</source>
        <translation>Pé&amp;riode :</translation>
    </message>
    <message>
        <source>Transfer rate</source>
        <translation>Débit</translation>
    </message>
    <message>
        <source>Upload</source>
        <translation>Envoi</translation>
    </message>
    <message>
        <source>Download</source>
        <translation>Réception</translation>
    </message>
    <message>
        <source>Transferred vs transferable</source>
        <translation>Transféré / transférable</translation>
    </message>
    <message>
        <source>Uploaded</source>
        <translation>Envoyé</translation>
    </message>
    <message>
        <source>Upload transferable</source>
        <translation>Envoi transférable</translation>
    </message>
    <message>
        <source>Downloaded</source>
        <translation>Reçu</translation>
    </message>
    <message>
        <source>Download transferable</source>
        <translation>Réception transférable</translation>
    </message>
    <message>
        <source>All sessions (sum) — %1</source>
        <translation>Toutes les sessions (somme) — %1</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) on %1 server(s).
Select sessions to see only theirs.</source>
        <translation>
            <numerusform>%n session sur %1 serveur(s).
Sélectionnez des sessions pour ne voir que les leurs.</numerusform>
            <numerusform>%n sessions sur %1 serveur(s).
Sélectionnez des sessions pour ne voir que les leurs.</numerusform>
        </translation>
    </message>
    <message>
        <source>Server: %1
Realm: %2
User: %3
Local file: %4</source>
        <translation>Serveur : %1
Realm : %2
Utilisateur : %3
Fichier local : %4</translation>
    </message>
    <message>
        <source>Expected to fail (does not count against a headless run).</source>
        <translation>Échec attendu (ne compte pas contre une exécution sans fenêtre).</translation>
    </message>
    <message numerus="yes">
        <source>%n selected session(s) (sum)</source>
        <translation>
            <numerusform>%n session sélectionnée (somme)</numerusform>
            <numerusform>%n sessions sélectionnées (somme)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n shown session(s) (sum)</source>
        <translation>
            <numerusform>%n session affichée (somme)</numerusform>
            <numerusform>%n sessions affichées (somme)</numerusform>
        </translation>
    </message>
    <message>
        <source>The sessions the list shows with its filter:</source>
        <translation>Les sessions que la liste affiche avec son filtre :</translation>
    </message>
</context>
<context>
    <name>syncscope::ui::EventLogModel</name>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Session</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Événement</translation>
    </message>
    <message>
        <source>(monitor)</source>
        <translation>(moniteur)</translation>
    </message>
</context>
<context>
    <name>syncscope::ui::EventLogPanel</name>
    <message>
        <source>All sessions</source>
        <translation>Toutes les sessions</translation>
    </message>
    <message>
        <source>Event log session filter</source>
        <translation>Filtre de session du journal</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Tous les types</translation>
    </message>
    <message>
        <source>Event log kind filter</source>
        <translation>Filtre de type du journal</translation>
    </message>
    <message>
        <source>Sess&amp;ion:</source>
        <translation>Sess&amp;ion :</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>T&amp;ype :</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <source>Copy the selected lines (all shown lines if none is selected)</source>
        <translation>Copier les lignes sélectionnées (toutes les lignes affichées si aucune n’est sélectionnée)</translation>
    </message>
    <message>
        <source>E&amp;xport log…</source>
        <translation>E&amp;xporter le journal…</translation>
    </message>
    <message>
        <source>Save the shown lines to a text file</source>
        <translation>Enregistrer les lignes affichées dans un fichier texte</translation>
    </message>
    <message>
        <source>Event log</source>
        <translation>Journal des événements</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d’écrire %1 : %2</translation>
    </message>
    <message>
        <source>Export event log</source>
        <translation>Exporter le journal des événements</translation>
    </message>
    <message>
        <source>Text files (*.txt);;All files (*)</source>
        <translation>Fichiers texte (*.txt);;Tous les fichiers (*)</translation>
    </message>
</context>
<context>
    <name>syncscope::ui::ExportController</name>
    <message>
        <source>export cancelled</source>
        <translation>export annulé</translation>
    </message>
    <message numerus="yes">
        <source>Exporting %n progress report(s)…</source>
        <translation>
            <numerusform>Export de %n rapport de progression…</numerusform>
            <numerusform>Export de %n rapports de progression…</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Export progress log</source>
        <translation>Exporter le journal de progression</translation>
    </message>
</context>
<context>
    <name>syncscope::ui::ExportDialog</name>
    <message>
        <source>&amp;All sessions</source>
        <translation>&amp;Toutes les sessions</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Selected sessions (%n)</source>
        <translation>
            <numerusform>Session &amp;sélectionnée (%n)</numerusform>
            <numerusform>Sessions &amp;sélectionnées (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Export progress log</source>
        <translation>Exporter le journal de progression</translation>
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
        <translation>Format d’export</translation>
    </message>
    <message>
        <source>Export file</source>
        <translation>Fichier d’export</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>Sessions:</source>
        <translation>Sessions :</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Format :</translation>
    </message>
    <message>
        <source>E&amp;xport</source>
        <translation>E&amp;xporter</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>JSON Lines files (*.jsonl)</source>
        <translation>Fichiers JSON Lines (*.jsonl)</translation>
    </message>
    <message>
        <source>The file name must end in .csv or .jsonl to match the format.</source>
        <translation>Le nom du fichier doit se terminer par .csv ou .jsonl selon le format.</translation>
    </message>
    <message>
        <source>The folder does not exist.</source>
        <translation>Le dossier n’existe pas.</translation>
    </message>
    <message>
        <source>Fi&amp;le:</source>
        <translation>F&amp;ichier :</translation>
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
        <translation>Non connectées</translation>
    </message>
    <message>
        <source>seconds ago</source>
        <translation>il y a (secondes)</translation>
    </message>
    <message>
        <source>hours ago</source>
        <translation>il y a (heures)</translation>
    </message>
    <message>
        <source>minutes ago</source>
        <translation>il y a (minutes)</translation>
    </message>
</context>
<context>
    <name>syncscope::ui::MainWindow</name>
    <message>
        <source>&amp;Details</source>
        <translation>&amp;Détails</translation>
    </message>
    <message>
        <source>Event &amp;log</source>
        <translation>&amp;Journal</translation>
    </message>
    <message>
        <source>Details and event log</source>
        <translation>Détails et journal des événements</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n progress report(s) to %1</source>
        <translation>
            <numerusform>%n rapport de progression exporté vers %1</numerusform>
            <numerusform>%n rapports de progression exportés vers %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Exported the progress log to %1</source>
        <translation>Journal de progression exporté vers %1</translation>
    </message>
    <message>
        <source>Export progress log</source>
        <translation>Exporter le journal de progression</translation>
    </message>
    <message>
        <source>Add a session to this workspace</source>
        <translation>Ajouter une session à cet espace de travail</translation>
    </message>
    <message>
        <source>&amp;Open workspace…</source>
        <translation>&amp;Ouvrir un espace de travail…</translation>
    </message>
    <message>
        <source>Open a workspace in a new window</source>
        <translation>Ouvrir un espace de travail dans une nouvelle fenêtre</translation>
    </message>
    <message>
        <source>&amp;Save workspace</source>
        <translation>&amp;Enregistrer l’espace de travail</translation>
    </message>
    <message>
        <source>Save the sessions of this window as a workspace file</source>
        <translation>Enregistrer les sessions de cette fenêtre comme fichier d’espace de travail</translation>
    </message>
    <message>
        <source>Save workspace &amp;as…</source>
        <translation>Enregistrer l’espace de travail &amp;sous…</translation>
    </message>
    <message>
        <source>&amp;Export progress log…</source>
        <translation>E&amp;xporter le journal de progression…</translation>
    </message>
    <message>
        <source>Write every recorded progress report to CSV or JSON Lines</source>
        <translation>Écrire tous les rapports de progression enregistrés en CSV ou JSON Lines</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Sessions</source>
        <translation>&amp;Sessions</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>Affic&amp;hage</translation>
    </message>
    <message>
        <source>&amp;Filter sessions</source>
        <translation>&amp;Filtrer les sessions</translation>
    </message>
    <message>
        <source>Show &amp;all sessions in details</source>
        <translation>Montrer &amp;toutes les sessions dans les détails</translation>
    </message>
    <message>
        <source>Se&amp;ttings</source>
        <translation>&amp;Paramètres</translation>
    </message>
    <message>
        <source>&amp;Notify when a session turns Invalid or stalls</source>
        <translation>&amp;Notifier quand une session devient invalide ou se bloque</translation>
    </message>
    <message>
        <source>&amp;Stalled after no progress for</source>
        <translation>&amp;Bloquée après une absence de progression de</translation>
    </message>
    <message>
        <source>30 seconds</source>
        <translation>30 secondes</translation>
    </message>
    <message>
        <source>1 minute</source>
        <translation>1 minute</translation>
    </message>
    <message>
        <source>5 minutes</source>
        <translation>5 minutes</translation>
    </message>
    <message>
        <source>15 minutes</source>
        <translation>15 minutes</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>&amp;About Syncscope</source>
        <translation>&amp;À propos de Syncscope</translation>
    </message>
    <message>
        <source>About Syncscope</source>
        <translation>À propos de Syncscope</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Syncscope %1&lt;/h3&gt;&lt;p&gt;A monitor for sync sessions: state, connection, progress and rates, live.&lt;/p&gt;&lt;p&gt;Progress log: up to %2 reports are kept in memory; older ones are dropped.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Syncscope %1&lt;/h3&gt;&lt;p&gt;Un moniteur de sessions de synchronisation : état, connexion, progression et débits, en direct.&lt;/p&gt;&lt;p&gt;Journal de progression : jusqu’à %2 rapports sont gardés en mémoire ; les plus anciens sont abandonnés.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>À propos de &amp;Qt</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Barre d’outils principale</translation>
    </message>
    <message>
        <source>Pause for</source>
        <translation>Pause pendant</translation>
    </message>
    <message>
        <source>Saved the workspace to %1</source>
        <translation>Espace de travail enregistré dans %1</translation>
    </message>
    <message>
        <source>Save workspace</source>
        <translation>Enregistrer l’espace de travail</translation>
    </message>
    <message>
        <source>Workspaces (*.json)</source>
        <translation>Espaces de travail (*.json)</translation>
    </message>
    <message>
        <source>Open workspace</source>
        <translation>Ouvrir un espace de travail</translation>
    </message>
    <message>
        <source>Workspaces (*.json);;All files (*)</source>
        <translation>Espaces de travail (*.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>%1 cannot be opened:
%2</source>
        <translation>Impossible d’ouvrir %1 :
%2</translation>
    </message>
    <message>
        <source>Could not start a new window.</source>
        <translation>Impossible de lancer une nouvelle fenêtre.</translation>
    </message>
    <message>
        <source>A&amp;dd session…</source>
        <translation>&amp;Ajouter une session…</translation>
    </message>
    <message>
        <source>S&amp;elect all</source>
        <translation>Tout &amp;sélectionner</translation>
    </message>
    <message>
        <source>Session l&amp;ist</source>
        <translation>&amp;Liste des sessions</translation>
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
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <source>The sessions of this workspace were changed. Save the workspace before closing?</source>
        <translation>Les sessions de cet espace de travail ont changé. Enregistrer l’espace de travail avant de fermer ?</translation>
    </message>
</context>
<context>
    <name>syncscope::ui::MonitorStatusBar</name>
    <message>
        <source>Sessions by state</source>
        <translation>Sessions par état</translation>
    </message>
    <message>
        <source>Total transfer rates</source>
        <translation>Débits totaux</translation>
    </message>
    <message>
        <source>Connection summary</source>
        <translation>Résumé des connexions</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>No sessions</source>
        <translation>Aucune session</translation>
    </message>
    <message>
        <source>Up %1 · Down %2</source>
        <translation>Envoi %1 · Réception %2</translation>
    </message>
    <message numerus="yes">
        <source>Connected to %1 of %n server(s)</source>
        <translation>
            <numerusform>Connecté à %1 serveur sur %n</numerusform>
            <numerusform>Connecté à %1 serveurs sur %n</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Latest notice</source>
        <translation>Dernier avis</translation>
    </message>
    <message numerus="yes">
        <source>⚠ %n stalled</source>
        <translation>
            <numerusform>⚠ %n bloquée</numerusform>
            <numerusform>⚠ %n bloquées</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>syncscope::ui::SessionActions</name>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Pause</translation>
    </message>
    <message>
        <source>Pause the selected sessions</source>
        <translation>Mettre en pause les sessions sélectionnées</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Reprendre</translation>
    </message>
    <message>
        <source>Resume the selected sessions you paused</source>
        <translation>Reprendre les sessions sélectionnées que vous avez mises en pause</translation>
    </message>
    <message>
        <source>Pause &amp;all</source>
        <translation>Tout mettre en p&amp;ause</translation>
    </message>
    <message>
        <source>Pause every session; Resume all restores each one&apos;s own state</source>
        <translation>Mettre toutes les sessions en pause ; « Tout reprendre » rétablit l’état propre de chacune</translation>
    </message>
    <message>
        <source>Resume a&amp;ll</source>
        <translation>Tout repren&amp;dre</translation>
    </message>
    <message>
        <source>Undo Pause all; sessions you paused yourself stay paused</source>
        <translation>Annuler « Tout mettre en pause » ; les sessions que vous avez mises en pause restent en pause</translation>
    </message>
    <message>
        <source>Reconnect &amp;now</source>
        <translation>Reconnecter &amp;maintenant</translation>
    </message>
    <message>
        <source>Skip the reconnect delay of the selected sessions</source>
        <translation>Sauter le délai de reconnexion des sessions sélectionnées</translation>
    </message>
    <message>
        <source>Pause &amp;for…</source>
        <translation>Pause pendan&amp;t…</translation>
    </message>
    <message>
        <source>Pause the selected sessions; they resume by themselves</source>
        <translation>Mettre en pause les sessions sélectionnées ; elles reprennent d’elles-mêmes</translation>
    </message>
    <message>
        <source>&amp;5 minutes</source>
        <translation>&amp;5 minutes</translation>
    </message>
    <message>
        <source>&amp;30 minutes</source>
        <translation>&amp;30 minutes</translation>
    </message>
    <message>
        <source>&amp;1 hour</source>
        <translation>&amp;1 heure</translation>
    </message>
    <message>
        <source>Log the user of the selected sessions in again with the workspace&apos;s token</source>
        <translation>Réidentifier l’utilisateur des sessions choisies avec le jeton de l’espace de travail</translation>
    </message>
    <message>
        <source>Log &amp;in again</source>
        <translation>Se ré&amp;identifier</translation>
    </message>
</context>
<context>
    <name>syncscope::ui::SessionEditActions</name>
    <message>
        <source>E&amp;dit…</source>
        <translation>Modi&amp;fier…</translation>
    </message>
    <message>
        <source>Dupli&amp;cate…</source>
        <translation>Dupli&amp;quer…</translation>
    </message>
    <message>
        <source>Re&amp;move…</source>
        <translation>Supprim&amp;er…</translation>
    </message>
    <message>
        <source>Re&amp;open</source>
        <translation>R&amp;ouvrir</translation>
    </message>
    <message>
        <source>Change the selected session; it is closed and opened again</source>
        <translation>Modifier la session choisie ; elle est fermée puis rouverte</translation>
    </message>
    <message>
        <source>Add a copy of the selected session with a file of its own</source>
        <translation>Ajouter une copie de la session choisie avec son propre fichier</translation>
    </message>
    <message>
        <source>Stop watching the selected sessions and close them</source>
        <translation>Ne plus surveiller les sessions choisies et les fermer</translation>
    </message>
    <message>
        <source>Open the selected Invalid sessions again, once the cause is fixed</source>
        <translation>Rouvrir les sessions invalides choisies, une fois la cause corrigée</translation>
    </message>
    <message>
        <source>Edit session</source>
        <translation>Modifier la session</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (copie)</translation>
    </message>
    <message>
        <source>%1 (copy %2)</source>
        <translation>%1 (copie %2)</translation>
    </message>
    <message>
        <source>Duplicate session</source>
        <translation>Dupliquer la session</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Ajouter</translation>
    </message>
    <message>
        <source>Remove the session &quot;%1&quot; from the workspace? Its local file stays on disk.</source>
        <translation>Retirer la session « %1 » de l’espace de travail ? Son fichier local reste sur le disque.</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n sessions from the workspace? Their local files stay on disk.</source>
        <translation>
            <numerusform>Retirer %n session de l’espace de travail ? Son fichier local reste sur le disque.</numerusform>
            <numerusform>Retirer %n sessions de l’espace de travail ? Leurs fichiers locaux restent sur le disque.</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove sessions</source>
        <translation>Retirer des sessions</translation>
    </message>
</context>
<context>
    <name>syncscope::ui::SessionListModel</name>
    <message>
        <source>waiting</source>
        <translation>en attente</translation>
    </message>
    <message>
        <source>%1 of %2 (%3 %)</source>
        <translation>%1 sur %2 (%3 %)</translation>
    </message>
    <message>
        <source>No progress reported yet: the SDK reports once the session has exchanged its first download.</source>
        <translation>Aucune progression signalée : le SDK la signale dès que la session a échangé son premier téléchargement.</translation>
    </message>
    <message>
        <source>%1 of %2 bytes</source>
        <translation>%1 sur %2 octets</translation>
    </message>
    <message>
        <source>Uploaded and acknowledged by the server: %1.</source>
        <translation>Envoyé et confirmé par le serveur : %1.</translation>
    </message>
    <message>
        <source>Downloaded and integrated: %1.</source>
        <translation>Reçu et intégré : %1.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Realm</source>
        <translation>Realm</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Serveur</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <source>Upload</source>
        <translation>Envoi</translation>
    </message>
    <message>
        <source>Download</source>
        <translation>Réception</translation>
    </message>
    <message>
        <source>Upload rate</source>
        <translation>Débit d’envoi</translation>
    </message>
    <message>
        <source>Up rate</source>
        <translation>Envoi/s</translation>
    </message>
    <message>
        <source>Download rate</source>
        <translation>Débit de réception</translation>
    </message>
    <message>
        <source>Down rate</source>
        <translation>Récep./s</translation>
    </message>
    <message>
        <source>Last error</source>
        <translation>Dernière erreur</translation>
    </message>
    <message>
        <source>%1
Local file: %2</source>
        <translation>%1
Fichier local : %2</translation>
    </message>
    <message>
        <source>%1
at %2</source>
        <translation>%1
à %2</translation>
    </message>
    <message>
        <source>
Access token: %1</source>
        <translation>
Jeton d’accès : %1</translation>
    </message>
    <message>
        <source>%1
Access token: %2</source>
        <translation>%1
Jeton d’accès : %2</translation>
    </message>
    <message>
        <source>Is it syncing? (from the state and the connection)</source>
        <translation>Synchronise-t-elle ? (d’après l’état et la connexion)</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Santé</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>En pause</translation>
    </message>
    <message>
        <source>Nothing to upload</source>
        <translation>Rien à envoyer</translation>
    </message>
    <message>
        <source>Up to date</source>
        <translation>À jour</translation>
    </message>
    <message>
        <source>⚠ Stalled: connected, with work outstanding, but no progress for %1 s or more.</source>
        <translation>⚠ Bloquée : connectée, avec du travail en attente, mais sans progrès depuis %1 s ou plus.</translation>
    </message>
</context>
<context>
    <name>syncscope::ui::SessionListPanel</name>
    <message>
        <source>Filter by name, realm, user or server</source>
        <translation>Filtrer par nom, realm, utilisateur ou serveur</translation>
    </message>
    <message>
        <source>Session filter</source>
        <translation>Filtre des sessions</translation>
    </message>
    <message>
        <source>State filter</source>
        <translation>Filtre d’état</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sessions</translation>
    </message>
    <message>
        <source>Sync sessions with their state, connection, progress and rates</source>
        <translation>Sessions de synchronisation avec leur état, connexion, progression et débits</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Filt&amp;er:</source>
        <translation>Fil&amp;tre :</translation>
    </message>
    <message>
        <source>Sh&amp;ow:</source>
        <translation>Affich&amp;er :</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Colonnes</translation>
    </message>
</context>
<context>
    <name>syncscope::ui::TrayNotifier</name>
    <message>
        <source>&amp;Show window</source>
        <translation>&amp;Afficher la fenêtre</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>Session invalid</source>
        <translation>Session invalide</translation>
    </message>
    <message>
        <source>Session stalled</source>
        <translation>Session bloquée</translation>
    </message>
    <message>
        <source>%1 stopped for good: %2</source>
        <translation>%1 est arrêtée définitivement : %2</translation>
    </message>
    <message>
        <source>%1 is connected with work outstanding but makes no progress.</source>
        <translation>%1 est connectée et a du travail en attente, mais ne progresse pas.</translation>
    </message>
</context>
</TS>
