<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
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
    <name>syncscope::Inspector</name>
    <message>
        <source>Message of %1 bytes exceeds the limit of %2 bytes</source>
        <translation>Le message de %1 octets dépasse la limite de %2 octets</translation>
    </message>
    <message>
        <source>Message is not a JSON object: %1</source>
        <translation>Le message n’est pas un objet JSON : %1</translation>
    </message>
    <message>
        <source>not an object</source>
        <translation>pas un objet</translation>
    </message>
    <message>
        <source>Network conditions out of range (rates 0–10 GB/s, latency 0–3,600,000 ms)</source>
        <translation>Conditions réseau hors limites (débits 0–10 Go/s, latence 0–3 600 000 ms)</translation>
    </message>
</context>
<context>
    <name>syncscope::InspectorClient</name>
    <message>
        <source>Not attached to a process</source>
        <translation>Attaché à aucun processus</translation>
    </message>
    <message>
        <source>Process %1 has no inspector of this user</source>
        <translation>Le processus %1 n’a pas d’inspecteur de cet utilisateur</translation>
    </message>
</context>
<context>
    <name>syncscope::LocalStore</name>
    <message>
        <source>Cannot open the local file %1: %2</source>
        <translation>Impossible d’ouvrir le fichier local %1 : %2</translation>
    </message>
    <message>
        <source>Cannot create the local file</source>
        <translation>Impossible de créer le fichier local</translation>
    </message>
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
        <source>Cannot read the local file %1 (%2); it was left untouched.</source>
        <translation>Impossible de lire le fichier local %1 (%2) ; il n’a pas été modifié.</translation>
    </message>
    <message>
        <source>The local file %1 is damaged (%2); it was left untouched.</source>
        <translation>Le fichier local %1 est endommagé (%2) ; il n’a pas été modifié.</translation>
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
        <source>Cannot drop acknowledged changes</source>
        <translation>Impossible de supprimer les modifications confirmées</translation>
    </message>
    <message>
        <source>Cannot commit downloaded changes</source>
        <translation>Impossible de valider les modifications téléchargées</translation>
    </message>
    <message>
        <source>The local file %1 was replaced or changed by another program while it was closed; it was left untouched.</source>
        <translation>Le fichier local %1 a été remplacé ou modifié par un autre programme pendant qu’il était fermé ; il n’a pas été modifié.</translation>
    </message>
    <message>
        <source>Cannot read the changes waiting for upload</source>
        <translation>Impossible de lire les modifications en attente d’envoi</translation>
    </message>
    <message>
        <source>a change waiting for upload cannot be read</source>
        <translation>une modification en attente d’envoi ne peut pas être lue</translation>
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
        <source>The user logged out</source>
        <translation>L’utilisateur s’est déconnecté</translation>
    </message>
    <message>
        <source>The application object was destroyed</source>
        <translation>L’objet application a été détruit</translation>
    </message>
    <message>
        <source>The sync session is not active</source>
        <translation>La session de synchronisation n’est pas active</translation>
    </message>
    <message>
        <source>The sync session was closed</source>
        <translation>La session de synchronisation a été fermée</translation>
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
        <source>The server at %1 closed the connection (close code %2: %3)</source>
        <translation>Le serveur %1 a fermé la connexion (code de fermeture %2 : %3)</translation>
    </message>
    <message>
        <source>The connection to %1 was lost: %2</source>
        <translation>La connexion à %1 a été perdue : %2</translation>
    </message>
    <message>
        <source>The TLS certificate of %1 is not trusted: %2</source>
        <translation>Le certificat TLS de %1 n’est pas digne de confiance : %2</translation>
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
        <source>The connection to %1 was lost: the simulated network is offline</source>
        <translation>La connexion à %1 a été perdue : le réseau simulé est hors ligne</translation>
    </message>
    <message>
        <source>The server at %1 refused the connection: the simulated network is offline</source>
        <translation>Le serveur %1 a refusé la connexion : le réseau simulé est hors ligne</translation>
    </message>
</context>
<context>
    <name>syncscope::detail::InspectorServer</name>
    <message>
        <source>No runtime directory for the inspector socket</source>
        <translation>Aucun répertoire d’exécution pour le socket de l’inspecteur</translation>
    </message>
    <message>
        <source>Cannot create the private folder %1 for the inspector</source>
        <translation>Impossible de créer le dossier privé %1 pour l’inspecteur</translation>
    </message>
    <message>
        <source>Cannot write the inspector secret file %1</source>
        <translation>Impossible d’écrire le fichier secret %1 de l’inspecteur</translation>
    </message>
    <message>
        <source>Cannot listen on %1: %2</source>
        <translation>Impossible d’écouter sur %1 : %2</translation>
    </message>
    <message>
        <source>No hello with the secret within %1 seconds</source>
        <translation>Aucun hello avec le secret en %1 secondes</translation>
    </message>
    <message>
        <source>The first message must be a hello with the secret</source>
        <translation>Le premier message doit être un hello avec le secret</translation>
    </message>
    <message>
        <source>Wrong secret</source>
        <translation>Secret incorrect</translation>
    </message>
    <message>
        <source>Unknown message type &quot;%1&quot;</source>
        <translation>Type de message inconnu « %1 »</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;</source>
        <translation>Commande inconnue « %1 »</translation>
    </message>
    <message>
        <source>No session %1</source>
        <translation>Aucune session %1</translation>
    </message>
    <message>
        <source>Pause for 1 to 86,400 seconds</source>
        <translation>Pause de 1 à 86 400 secondes</translation>
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
</TS>
