<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
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
    <message>
        <source>cannot attach to %1: %2</source>
        <translation>impossible de s&apos;attacher à %1 : %2</translation>
    </message>
    <message>
        <source>cannot serve metrics on %1 port %2: %3</source>
        <translation>impossible de servir les métriques sur %1 port %2 : %3</translation>
    </message>
    <message>
        <source>metrics at %1</source>
        <translation>métriques sur %1</translation>
    </message>
</context>
<context>
    <name>syncscope::SessionMonitorWidget</name>
    <message>
        <source>Simulate slo&amp;w network…</source>
        <translation>Simuler un réseau &amp;lent…</translation>
    </message>
    <message>
        <source>Session actions</source>
        <translation>Actions sur les sessions</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>&amp;Détails</translation>
    </message>
    <message>
        <source>Event &amp;log</source>
        <translation>&amp;Journal</translation>
    </message>
    <message>
        <source>Select one session</source>
        <translation>Sélectionnez une session</translation>
    </message>
    <message>
        <source>Limit bandwidth, add latency or go offline for this session&apos;s connection</source>
        <translation>Limiter le débit, ajouter de la latence ou mettre hors ligne la connexion de cette session</translation>
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
    <message>
        <source>optional: ws://node2:7800 ws://node3:7800</source>
        <translation>facultatif : ws://node2:7800 ws://node3:7800</translation>
    </message>
    <message>
        <source>Further nodes of the same server, separated by spaces: when a node cannot be reached the session moves on to the next one</source>
        <translation>Autres nœuds du même serveur, séparés par des espaces : si un nœud est injoignable, la session passe au suivant</translation>
    </message>
    <message>
        <source>Further server nodes</source>
        <translation>Nœuds de serveur supplémentaires</translation>
    </message>
    <message>
        <source>Further n&amp;odes:</source>
        <translation>A&amp;utres nœuds :</translation>
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
    <name>syncscope::ui::AttachProcessDialog</name>
    <message>
        <source>Attach to process</source>
        <translation>Attacher à un processus</translation>
    </message>
    <message>
        <source>Processes of yours whose app runs the Syncscope inspector (SYNCSCOPE_INSPECT=1 or App::setInspectorEnabled):</source>
        <translation>Vos processus dont l&apos;application exécute l&apos;inspecteur Syncscope (SYNCSCOPE_INSPECT=1 ou App::setInspectorEnabled) :</translation>
    </message>
    <message>
        <source>PID</source>
        <translation>PID</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sessions</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Démarré</translation>
    </message>
    <message>
        <source>Processes with an inspector</source>
        <translation>Processus avec un inspecteur</translation>
    </message>
    <message>
        <source>No process with an inspector is running.</source>
        <translation>Aucun processus avec un inspecteur n&apos;est en cours.</translation>
    </message>
    <message>
        <source>&amp;Attach</source>
        <translation>&amp;Attacher</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <source>Already attached</source>
        <translation>Déjà attaché</translation>
    </message>
</context>
<context>
    <name>syncscope::ui::AttachServerDialog</name>
    <message>
        <source>Token &amp;file:</source>
        <translation>&amp;Fichier de jeton :</translation>
    </message>
    <message>
        <source>&amp;Paste token:</source>
        <translation>&amp;Coller le jeton :</translation>
    </message>
    <message>
        <source>Attach to server</source>
        <translation>S&apos;attacher à un serveur</translation>
    </message>
    <message>
        <source>Operator API URL</source>
        <translation>URL de l&apos;API opérateur</translation>
    </message>
    <message>
        <source>The address syncscope-server --operator-listen serves (ws:// or wss://)</source>
        <translation>L&apos;adresse que sert syncscope-server --operator-listen (ws:// ou wss://)</translation>
    </message>
    <message>
        <source>from syncscope-server token --operator</source>
        <translation>de syncscope-server token --operator</translation>
    </message>
    <message>
        <source>Operator token file</source>
        <translation>Fichier de jeton opérateur</translation>
    </message>
    <message>
        <source>Operator token</source>
        <translation>Jeton opérateur</translation>
    </message>
    <message>
        <source>eyJhbGciOiJIUzI1NiIs…</source>
        <translation>eyJhbGciOiJIUzI1NiIs…</translation>
    </message>
    <message>
        <source>What is missing</source>
        <translation>Ce qui manque</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>&amp;Operator API:</source>
        <translation>API &amp;opérateur :</translation>
    </message>
    <message>
        <source>A token file is saved in the workspace by its path. A pasted token is saved in the workspace itself, which only you can read.</source>
        <translation>Un fichier de jeton est enregistré dans l&apos;espace de travail par son chemin. Un jeton collé est enregistré dans l&apos;espace de travail lui-même, que vous seul pouvez lire.</translation>
    </message>
    <message>
        <source>Give the server&apos;s operator API URL.</source>
        <translation>Donnez l&apos;URL de l&apos;API opérateur du serveur.</translation>
    </message>
    <message>
        <source>Choose the operator token file.</source>
        <translation>Choisissez le fichier de jeton opérateur.</translation>
    </message>
    <message>
        <source>Paste the operator token.</source>
        <translation>Collez le jeton opérateur.</translation>
    </message>
    <message>
        <source>Cannot read %1.</source>
        <translation>Impossible de lire %1.</translation>
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
    <message>
        <source>Cloc&amp;k time</source>
        <translation>Heure d&amp;u jour</translation>
    </message>
    <message>
        <source>Label the time axis with the time of day instead of &quot;seconds ago&quot;</source>
        <translation>Graduer l’axe du temps en heure du jour plutôt qu’en « secondes avant »</translation>
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
    <message>
        <source>Follo&amp;w newest</source>
        <translation>Suivre les &amp;nouvelles lignes</translation>
    </message>
    <message>
        <source>Copy dia&amp;gnostics</source>
        <translation>Copier le dia&amp;gnostic</translation>
    </message>
    <message>
        <source>Show all kinds</source>
        <translation>Afficher tous les types</translation>
    </message>
    <message>
        <source>Text in the message or session</source>
        <translation>Texte du message ou de la session</translation>
    </message>
    <message>
        <source>Search the event log</source>
        <translation>Rechercher dans le journal</translation>
    </message>
    <message>
        <source>Keep the newest line in view; scrolling up to read turns this off</source>
        <translation>Garder la ligne la plus récente visible ; remonter pour lire le désactive</translation>
    </message>
    <message>
        <source>Copy the chosen session&apos;s configuration (without the access token), state history and last errors, for a bug report</source>
        <translation>Copier la configuration (sans le jeton d’accès), l’historique des états et les dernières erreurs de la session choisie, pour un rapport de bogue</translation>
    </message>
    <message>
        <source>Sea&amp;rch:</source>
        <translation>&amp;Rechercher :</translation>
    </message>
    <message>
        <source>No kinds</source>
        <translation>Aucun type</translation>
    </message>
    <message numerus="yes">
        <source>%n kind(s)</source>
        <translation>
            <numerusform>%n type</numerusform>
            <numerusform>%n types</numerusform>
        </translation>
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
        <source>Fi&amp;le:</source>
        <translation>F&amp;ichier :</translation>
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
</context>
<context>
    <name>syncscope::ui::HistoryChart</name>
    <message>
        <source>Not connected</source>
        <translation>Non connectées</translation>
    </message>
    <message>
        <source>Clipped</source>
        <translation>Écrêté</translation>
    </message>
    <message>
        <source>%1 legend</source>
        <translation>Légende de %1</translation>
    </message>
    <message>
        <source>Clipped, peak %1</source>
        <translation>Écrêté, pic %1</translation>
    </message>
    <message>
        <source>%1 (%2 ago)</source>
        <translation>%1 (il y a %2)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
</context>
<context>
    <name>syncscope::ui::InspectorActions</name>
    <message>
        <source>A&amp;ttach to process…</source>
        <translation>A&amp;ttacher à un processus…</translation>
    </message>
    <message>
        <source>Simulate slo&amp;w network…</source>
        <translation>Simuler un réseau &amp;lent…</translation>
    </message>
    <message>
        <source>Watch the sessions of a running app that has the inspector on</source>
        <translation>Surveiller les sessions d&apos;une application en cours dont l&apos;inspecteur est activé</translation>
    </message>
    <message>
        <source>Cannot attach to process %1: %2</source>
        <translation>Impossible de s&apos;attacher au processus %1 : %2</translation>
    </message>
    <message>
        <source>Select one session of an attached process</source>
        <translation>Sélectionnez une session d&apos;un processus attaché</translation>
    </message>
    <message>
        <source>Limit bandwidth, add latency or go offline in the app</source>
        <translation>Limiter la bande passante, ajouter de la latence ou passer hors ligne dans l&apos;application</translation>
    </message>
    <message>
        <source>Attach to process</source>
        <translation>Attacher à un processus</translation>
    </message>
    <message>
        <source>Cannot attach to %1; the event log says why.</source>
        <translation>Impossible de s&apos;attacher à %1 ; le journal des événements indique pourquoi.</translation>
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
        <source>A&amp;dd session…</source>
        <translation>&amp;Ajouter une session…</translation>
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
        <source>S&amp;elect all</source>
        <translation>Tout &amp;sélectionner</translation>
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
        <source>Session l&amp;ist</source>
        <translation>&amp;Liste des sessions</translation>
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
    <message>
        <source>Servers</source>
        <translation>Serveurs</translation>
    </message>
    <message>
        <source>Servers your sessions use</source>
        <translation>Serveurs de vos sessions</translation>
    </message>
    <message>
        <source>Attached server (operator API)</source>
        <translation>Serveur rattaché (API opérateur)</translation>
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
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>syncscope::ui::NetworkConditionsDialog</name>
    <message>
        <source> KiB/s</source>
        <translation> Kio/s</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>Aucune limite</translation>
    </message>
    <message>
        <source>&amp;Offline: connection attempts are refused</source>
        <translation>&amp;Hors ligne : les tentatives de connexion sont refusées</translation>
    </message>
    <message>
        <source>Simulate slow network</source>
        <translation>Simuler un réseau lent</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <source>In the app, for %1:</source>
        <translation>Dans l&apos;application, pour %1 :</translation>
    </message>
    <message>
        <source>&amp;Upload limit:</source>
        <translation>Limite d&apos;&amp;envoi :</translation>
    </message>
    <message>
        <source>&amp;Download limit:</source>
        <translation>Limite de &amp;réception :</translation>
    </message>
    <message>
        <source>Added &amp;latency:</source>
        <translation>&amp;Latence ajoutée :</translation>
    </message>
    <message>
        <source>&amp;Normal network</source>
        <translation>Réseau &amp;normal</translation>
    </message>
</context>
<context>
    <name>syncscope::ui::OperatorActions</name>
    <message>
        <source>Attach to se&amp;rver…</source>
        <translation>S&apos;attacher à un se&amp;rveur…</translation>
    </message>
    <message>
        <source>O&amp;perator</source>
        <translation>&amp;Opérateur</translation>
    </message>
    <message>
        <source>De&amp;tach from this server</source>
        <translation>Se détacher de &amp;ce serveur</translation>
    </message>
    <message>
        <source>Watch every session of a syncscope-server through its operator API</source>
        <translation>Surveiller toutes les sessions d&apos;un syncscope-server par son API opérateur</translation>
    </message>
    <message>
        <source>&amp;Disconnect connection</source>
        <translation>&amp;Déconnecter la connexion</translation>
    </message>
    <message>
        <source>Close the selected session&apos;s connection on the server; the app reconnects after its back-off</source>
        <translation>Fermer la connexion de la session choisie sur le serveur ; l&apos;application se reconnecte après son délai d&apos;attente</translation>
    </message>
    <message>
        <source>&amp;Suspend session</source>
        <translation>&amp;Suspendre la session</translation>
    </message>
    <message>
        <source>End the session with a non-fatal error; the app backs off and binds again</source>
        <translation>Terminer la session par une erreur non fatale ; l&apos;application attend puis se relie à nouveau</translation>
    </message>
    <message>
        <source>&amp;End session (fatal)…</source>
        <translation>&amp;Terminer la session (fatal)…</translation>
    </message>
    <message>
        <source>End the session with a fatal error; the app&apos;s session goes Invalid</source>
        <translation>Terminer la session par une erreur fatale ; la session de l&apos;application devient invalide</translation>
    </message>
    <message>
        <source>&amp;Refuse user for…</source>
        <translation>&amp;Refuser l&apos;utilisateur pendant…</translation>
    </message>
    <message>
        <source>End every session of the selected session&apos;s user and refuse its binds for a while</source>
        <translation>Terminer toutes les sessions de l&apos;utilisateur de la session choisie et refuser ses liaisons pendant un temps</translation>
    </message>
    <message>
        <source>Select one session of an attached server; the monitor&apos;s own sessions are not on a server it operates.</source>
        <translation>Choisissez une session d&apos;un serveur attaché ; les sessions propres du moniteur ne sont pas sur un serveur qu&apos;il opère.</translation>
    </message>
    <message>
        <source>Stop watching %1 and remove its sessions from the list</source>
        <translation>Ne plus surveiller %1 et retirer ses sessions de la liste</translation>
    </message>
    <message>
        <source>Select a session of the server to detach from</source>
        <translation>Choisissez une session du serveur dont se détacher</translation>
    </message>
    <message>
        <source>by an operator of Syncscope</source>
        <translation>par un opérateur de Syncscope</translation>
    </message>
    <message>
        <source>End session</source>
        <translation>Terminer la session</translation>
    </message>
    <message>
        <source>End %1 for good? The app&apos;s session goes Invalid and does not sync again until the app opens it anew.</source>
        <translation>Terminer %1 pour de bon ? La session de l&apos;application devient invalide et ne se synchronise plus avant que l&apos;application ne la rouvre.</translation>
    </message>
    <message>
        <source>Refuse user</source>
        <translation>Refuser l&apos;utilisateur</translation>
    </message>
    <message>
        <source>Refuse %1 for how many minutes? Its sessions end now and cannot bind again until then.</source>
        <translation>Refuser %1 pendant combien de minutes ? Ses sessions se terminent maintenant et ne peuvent plus se relier d&apos;ici là.</translation>
    </message>
</context>
<context>
    <name>syncscope::ui::OwnServersTable</name>
    <message>
        <source>None of your sessions uses a server yet. Add a session to see its server here.</source>
        <translation>Aucune de vos sessions n’utilise encore de serveur. Ajoutez une session pour voir son serveur ici.</translation>
    </message>
    <message>
        <source>Servers your sessions use</source>
        <translation>Serveurs de vos sessions</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Serveur</translation>
    </message>
    <message>
        <source>Reach</source>
        <translation>Joignabilité</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Depuis</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sessions</translation>
    </message>
    <message>
        <source>Active / Inactive / Invalid</source>
        <translation>Active / Inactive / Invalide</translation>
    </message>
    <message>
        <source>Ping round trip</source>
        <translation>Aller-retour du ping</translation>
    </message>
    <message>
        <source>Last connect error</source>
        <translation>Dernière erreur de connexion</translation>
    </message>
    <message>
        <source>Reachable: at least one of your sessions is connected to it. Unreachable: sessions want to sync and none can connect.</source>
        <translation>Joignable : au moins une de vos sessions y est connectée. Injoignable : des sessions veulent synchroniser et aucune ne peut se connecter.</translation>
    </message>
    <message>
        <source>How long the slowest of its connections took to answer the last keep-alive ping (one every few seconds)</source>
        <translation>Le temps mis par la plus lente de ses connexions pour répondre au dernier ping de maintien (un toutes les quelques secondes)</translation>
    </message>
    <message>
        <source>Why the last attempt to connect failed, kept after the server is back</source>
        <translation>Pourquoi la dernière tentative de connexion a échoué ; conservée après le retour du serveur</translation>
    </message>
    <message>
        <source>Double-click a server to list its sessions</source>
        <translation>Double-cliquez sur un serveur pour lister ses sessions</translation>
    </message>
    <message>
        <source>%1 / %2 / %3</source>
        <translation>%1 / %2 / %3</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>Last connect error (%1): %2</source>
        <translation>Dernière erreur de connexion (%1) : %2</translation>
    </message>
    <message>
        <source>%1
%2 since %3
%4</source>
        <translation>%1
%2 depuis %3
%4</translation>
    </message>
    <message>
        <source>This window opened no sessions of its own: the sessions listed are those of the attached server, shown below.</source>
        <translation>Cette fenêtre n&apos;a ouvert aucune session propre : les sessions listées sont celles du serveur attaché, affiché ci-dessous.</translation>
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
        <translation>Afficher ses sessions et leurs graphiques</translation>
    </message>
    <message>
        <source>Realm</source>
        <translation>Realm</translation>
    </message>
    <message>
        <source>Head version</source>
        <translation>Version de tête</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sessions</translation>
    </message>
    <message>
        <source>Realms by size</source>
        <translation>Realms par taille</translation>
    </message>
    <message>
        <source>Sessions behind</source>
        <translation>Sessions en retard</translation>
    </message>
    <message>
        <source>Most versions behind</source>
        <translation>Plus grand retard (versions)</translation>
    </message>
    <message>
        <source>Realms by sessions behind</source>
        <translation>Realms par sessions en retard</translation>
    </message>
    <message>
        <source>Attached server</source>
        <translation>Serveur attaché</translation>
    </message>
    <message>
        <source>Not attached to any server. File &gt; Attach to server… shows the sessions of a syncscope-server through its operator API.</source>
        <translation>Attaché à aucun serveur. Fichier &gt; S&apos;attacher à un serveur… montre les sessions d&apos;un syncscope-server par son API opérateur.</translation>
    </message>
    <message>
        <source>Health:</source>
        <translation>Santé :</translation>
    </message>
    <message>
        <source>Last error:</source>
        <translation>Dernière erreur :</translation>
    </message>
    <message>
        <source>Server:</source>
        <translation>Serveur :</translation>
    </message>
    <message>
        <source>Sessions:</source>
        <translation>Sessions :</translation>
    </message>
    <message>
        <source>Filter the list on this server, so that the Details tab charts its sessions together</source>
        <translation>Filtrer la liste sur ce serveur, pour que l&apos;onglet Détails trace ses sessions ensemble</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>%1 (at %2)</source>
        <translation>%1 (à %2)</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>no commits yet</source>
        <translation>pas encore de commit</translation>
    </message>
    <message>
        <source>version %1, up since %2
%3 connections, %4 sessions, %5 realms
commit latency %6 (mean), %7 commits/s, %8 changesets integrated, send queue %9</source>
        <translation>version %1, démarré depuis %2
%3 connexions, %4 sessions, %5 realms
latence de commit %6 (moyenne), %7 commits/s, %8 changesets intégrés, file d&apos;envoi %9</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnue</translation>
    </message>
    <message>
        <source>Stale</source>
        <translation>Périmée</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message numerus="yes">
        <source>; %n behind the realm&apos;s head</source>
        <translation>
            <numerusform>; %n en retard sur la tête du realm</numerusform>
            <numerusform>; %n en retard sur la tête du realm</numerusform>
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
        <source>Log &amp;in again</source>
        <translation>Se ré&amp;identifier</translation>
    </message>
    <message>
        <source>Log the user of the selected sessions in again with the workspace&apos;s token</source>
        <translation>Réidentifier l’utilisateur des sessions choisies avec le jeton de l’espace de travail</translation>
    </message>
</context>
<context>
    <name>syncscope::ui::SessionEditActions</name>
    <message>
        <source>Edit session</source>
        <translation>Modifier la session</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
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
        <source>Is it syncing? (from the state and the connection)</source>
        <translation>Synchronise-t-elle ? (d’après l’état et la connexion)</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Santé</translation>
    </message>
    <message>
        <source>⚠ Stalled: connected, with work outstanding, but no progress for %1 s or more.</source>
        <translation>⚠ Bloquée : connectée, avec du travail en attente, mais sans progrès depuis %1 s ou plus.</translation>
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
        <source>Nothing in progress</source>
        <translation>Rien en cours</translation>
    </message>
    <message>
        <source>%1: %2 left at %3</source>
        <translation>%1 : encore %2 à %3</translation>
    </message>
    <message>
        <source>%1: unknown (no steady progress)</source>
        <translation>%1 : inconnu (pas de progression régulière)</translation>
    </message>
    <message>
        <source>Time left for the transfers in progress, at the recent rate</source>
        <translation>Temps restant des transferts en cours, au débit récent</translation>
    </message>
    <message>
        <source>ETA</source>
        <translation>Reste</translation>
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
        <source>Filt&amp;er:</source>
        <translation>Fil&amp;tre :</translation>
    </message>
    <message>
        <source>Sh&amp;ow:</source>
        <translation>Affich&amp;er :</translation>
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
