<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>syncscope::App</name>
    <message>
        <source>No user given.</source>
        <translation>No se ha indicado ningún usuario.</translation>
    </message>
    <message>
        <source>The user %1 is logged out.</source>
        <translation>El usuario %1 ha cerrado la sesión.</translation>
    </message>
    <message>
        <source>The server URL must be ws:// or wss://, not &quot;%1&quot;.</source>
        <translation>La URL del servidor debe empezar por ws:// o wss://, no «%1».</translation>
    </message>
    <message>
        <source>Invalid realm path &quot;%1&quot;: %2</source>
        <translation>Ruta de realm «%1» no válida: %2</translation>
    </message>
    <message>
        <source>No local file path given.</source>
        <translation>No se ha indicado la ruta del archivo local.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>No se puede crear la carpeta %1.</translation>
    </message>
    <message>
        <source>The local file %1 is already open for another realm or user.</source>
        <translation>El archivo local %1 ya está abierto para otro realm u otro usuario.</translation>
    </message>
    <message>
        <source>The access token is malformed.</source>
        <translation>El token de acceso está mal formado.</translation>
    </message>
</context>
<context>
    <name>syncscope::Inspector</name>
    <message>
        <source>Message of %1 bytes exceeds the limit of %2 bytes</source>
        <translation>El mensaje de %1 bytes supera el límite de %2 bytes</translation>
    </message>
    <message>
        <source>Message is not a JSON object: %1</source>
        <translation>El mensaje no es un objeto JSON: %1</translation>
    </message>
    <message>
        <source>not an object</source>
        <translation>no es un objeto</translation>
    </message>
    <message>
        <source>Network conditions out of range (rates 0–10 GB/s, latency 0–3,600,000 ms)</source>
        <translation>Condiciones de red fuera de rango (velocidades 0–10 GB/s, latencia 0–3.600.000 ms)</translation>
    </message>
</context>
<context>
    <name>syncscope::InspectorClient</name>
    <message>
        <source>Not attached to a process</source>
        <translation>No conectado a ningún proceso</translation>
    </message>
    <message>
        <source>Process %1 has no inspector of this user</source>
        <translation>El proceso %1 no tiene un inspector de este usuario</translation>
    </message>
</context>
<context>
    <name>syncscope::LocalStore</name>
    <message>
        <source>Cannot open the local file %1: %2</source>
        <translation>No se puede abrir el archivo local %1: %2</translation>
    </message>
    <message>
        <source>Cannot create the local file</source>
        <translation>No se puede crear el archivo local</translation>
    </message>
    <message>
        <source>%1 in %2: %3</source>
        <translation>%1 en %2: %3</translation>
    </message>
    <message>
        <source>Cannot read the local file %1: %2</source>
        <translation>No se puede leer el archivo local %1: %2</translation>
    </message>
    <message>
        <source>The local file %1 is not a Syncscope realm (not an SQLite database); it was left untouched.</source>
        <translation>El archivo local %1 no es un realm de Syncscope (no es una base de datos SQLite); no se ha modificado.</translation>
    </message>
    <message>
        <source>Cannot read the local file %1 (%2); it was left untouched.</source>
        <translation>No se puede leer el archivo local %1 (%2); no se ha modificado.</translation>
    </message>
    <message>
        <source>The local file %1 is damaged (%2); it was left untouched.</source>
        <translation>El archivo local %1 está dañado (%2); no se ha modificado.</translation>
    </message>
    <message>
        <source>Cannot read the local file&apos;s schema</source>
        <translation>No se puede leer el esquema del archivo local</translation>
    </message>
    <message>
        <source>The local file %1 is an SQLite database of another application (table %2 is missing); it was left untouched.</source>
        <translation>El archivo local %1 es una base de datos SQLite de otra aplicación (falta la tabla %2); no se ha modificado.</translation>
    </message>
    <message>
        <source>The local file %1 has no sync metadata; it was left untouched.</source>
        <translation>El archivo local %1 no tiene metadatos de sincronización; no se ha modificado.</translation>
    </message>
    <message>
        <source>The local file %1 has format version %2, this client reads version %3.</source>
        <translation>El archivo local %1 tiene la versión de formato %2; este cliente lee la versión %3.</translation>
    </message>
    <message>
        <source>The local file %1 belongs to the realm %2, not %3.</source>
        <translation>El archivo local %1 pertenece al realm %2, no a %3.</translation>
    </message>
    <message>
        <source>Cannot configure the local file</source>
        <translation>No se puede configurar el archivo local</translation>
    </message>
    <message>
        <source>Cannot read the sync metadata</source>
        <translation>No se pueden leer los metadatos de sincronización</translation>
    </message>
    <message>
        <source>Cannot write the sync metadata</source>
        <translation>No se pueden escribir los metadatos de sincronización</translation>
    </message>
    <message>
        <source>Cannot start a write</source>
        <translation>No se puede iniciar una escritura</translation>
    </message>
    <message>
        <source>Cannot read the current value</source>
        <translation>No se puede leer el valor actual</translation>
    </message>
    <message>
        <source>Cannot write the value</source>
        <translation>No se puede escribir el valor</translation>
    </message>
    <message>
        <source>Cannot queue the change for upload</source>
        <translation>No se puede poner el cambio en cola para subirlo</translation>
    </message>
    <message>
        <source>Cannot commit the write</source>
        <translation>No se puede confirmar la escritura</translation>
    </message>
    <message>
        <source>Cannot record the client file id</source>
        <translation>No se puede guardar el identificador de archivo del cliente</translation>
    </message>
    <message>
        <source>Cannot start applying downloaded changes</source>
        <translation>No se puede empezar a aplicar los cambios descargados</translation>
    </message>
    <message>
        <source>Cannot apply a downloaded change</source>
        <translation>No se puede aplicar un cambio descargado</translation>
    </message>
    <message>
        <source>Cannot drop acknowledged changes</source>
        <translation>No se pueden descartar los cambios confirmados</translation>
    </message>
    <message>
        <source>Cannot commit downloaded changes</source>
        <translation>No se pueden confirmar los cambios descargados</translation>
    </message>
    <message>
        <source>The local file %1 was replaced or changed by another program while it was closed; it was left untouched.</source>
        <translation>El archivo local %1 fue reemplazado o modificado por otro programa mientras estaba cerrado; no se ha modificado.</translation>
    </message>
    <message>
        <source>Cannot read the changes waiting for upload</source>
        <translation>No se pueden leer los cambios pendientes de subir</translation>
    </message>
    <message>
        <source>a change waiting for upload cannot be read</source>
        <translation>no se puede leer un cambio pendiente de subir</translation>
    </message>
</context>
<context>
    <name>syncscope::Realm</name>
    <message>
        <source>The realm is closed.</source>
        <translation>El realm está cerrado.</translation>
    </message>
    <message>
        <source>A key must not be empty.</source>
        <translation>Una clave no puede estar vacía.</translation>
    </message>
    <message>
        <source>The key is longer than %1 bytes.</source>
        <translation>La clave supera los %1 bytes.</translation>
    </message>
    <message>
        <source>The value is larger than %1 bytes.</source>
        <translation>El valor supera los %1 bytes.</translation>
    </message>
</context>
<context>
    <name>syncscope::SyncSession</name>
    <message>
        <source>The sync session was destroyed</source>
        <translation>La sesión de sincronización se ha destruido</translation>
    </message>
    <message>
        <source>Uploading changes did not complete in %1 ms.</source>
        <translation>La subida de los cambios no terminó en %1 ms.</translation>
    </message>
    <message>
        <source>Downloading changes did not complete in %1 ms.</source>
        <translation>La descarga de los cambios no terminó en %1 ms.</translation>
    </message>
    <message>
        <source>The user logged out</source>
        <translation>El usuario cerró la sesión</translation>
    </message>
    <message>
        <source>The application object was destroyed</source>
        <translation>El objeto de la aplicación se ha destruido</translation>
    </message>
    <message>
        <source>The sync session is not active</source>
        <translation>La sesión de sincronización no está activa</translation>
    </message>
    <message>
        <source>The sync session was closed</source>
        <translation>La sesión de sincronización se ha cerrado</translation>
    </message>
</context>
<context>
    <name>syncscope::detail::Connection</name>
    <message>
        <source>Sync connection was not fully established in time</source>
        <translation>La conexión de sincronización no se estableció por completo a tiempo</translation>
    </message>
    <message>
        <source>Timed out waiting for PONG response from server</source>
        <translation>Tiempo agotado esperando la respuesta PONG del servidor</translation>
    </message>
    <message>
        <source>The server sent a text frame; syncscope.v1 uses binary frames</source>
        <translation>El servidor envió una trama de texto; syncscope.v1 usa tramas binarias</translation>
    </message>
    <message>
        <source>The server at %1 did not accept the protocol %2</source>
        <translation>El servidor en %1 no aceptó el protocolo %2</translation>
    </message>
    <message>
        <source>The server at %1 closed the connection (close code %2: %3)</source>
        <translation>El servidor %1 cerró la conexión (código de cierre %2: %3)</translation>
    </message>
    <message>
        <source>The connection to %1 was lost: %2</source>
        <translation>Se perdió la conexión con %1: %2</translation>
    </message>
    <message>
        <source>The TLS certificate of %1 is not trusted: %2</source>
        <translation>El certificado TLS de %1 no es de confianza: %2</translation>
    </message>
    <message>
        <source>The server at %1 refused the WebSocket handshake with HTTP status %2 %3</source>
        <translation>El servidor %1 rechazó el handshake de WebSocket con el estado HTTP %2 %3</translation>
    </message>
    <message>
        <source>The server at %1 refused the connection</source>
        <translation>El servidor %1 rechazó la conexión</translation>
    </message>
    <message>
        <source>The server name %1 could not be resolved: %2</source>
        <translation>No se pudo resolver el nombre del servidor %1: %2</translation>
    </message>
    <message>
        <source>The TLS handshake with %1 failed: %2</source>
        <translation>Falló el handshake TLS con %1: %2</translation>
    </message>
    <message>
        <source>Could not connect to %1: %2</source>
        <translation>No se pudo conectar con %1: %2</translation>
    </message>
    <message>
        <source>The server sent an invalid message: %1</source>
        <translation>El servidor envió un mensaje no válido: %1</translation>
    </message>
    <message>
        <source>The server sent a session message without a session</source>
        <translation>El servidor envió un mensaje de sesión sin sesión</translation>
    </message>
    <message>
        <source>The server sent a message for session %1, which was never bound</source>
        <translation>El servidor envió un mensaje para la sesión %1, que nunca se vinculó</translation>
    </message>
    <message>
        <source>The server sent a PONG that answers no PING</source>
        <translation>El servidor envió un PONG que no responde a ningún PING</translation>
    </message>
    <message>
        <source>The connection to %1 was lost: the simulated network is offline</source>
        <translation>Se perdió la conexión con %1: la red simulada está desconectada</translation>
    </message>
    <message>
        <source>The server at %1 refused the connection: the simulated network is offline</source>
        <translation>El servidor en %1 rechazó la conexión: la red simulada está desconectada</translation>
    </message>
</context>
<context>
    <name>syncscope::detail::InspectorServer</name>
    <message>
        <source>No runtime directory for the inspector socket</source>
        <translation>No hay directorio de ejecución para el socket del inspector</translation>
    </message>
    <message>
        <source>Cannot create the private folder %1 for the inspector</source>
        <translation>No se puede crear la carpeta privada %1 para el inspector</translation>
    </message>
    <message>
        <source>Cannot write the inspector secret file %1</source>
        <translation>No se puede escribir el archivo secreto %1 del inspector</translation>
    </message>
    <message>
        <source>Cannot listen on %1: %2</source>
        <translation>No se puede escuchar en %1: %2</translation>
    </message>
    <message>
        <source>No hello with the secret within %1 seconds</source>
        <translation>Ningún hello con el secreto en %1 segundos</translation>
    </message>
    <message>
        <source>The first message must be a hello with the secret</source>
        <translation>El primer mensaje debe ser un hello con el secreto</translation>
    </message>
    <message>
        <source>Wrong secret</source>
        <translation>Secreto incorrecto</translation>
    </message>
    <message>
        <source>Unknown message type &quot;%1&quot;</source>
        <translation>Tipo de mensaje desconocido «%1»</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;</source>
        <translation>Comando desconocido «%1»</translation>
    </message>
    <message>
        <source>No session %1</source>
        <translation>No hay sesión %1</translation>
    </message>
    <message>
        <source>Pause for 1 to 86,400 seconds</source>
        <translation>Pausa de 1 a 86.400 segundos</translation>
    </message>
</context>
<context>
    <name>syncscope::detail::ProtocolSession</name>
    <message>
        <source>The server sent UNBOUND for a session that did not unbind</source>
        <translation>El servidor envió UNBOUND para una sesión que no se desvinculó</translation>
    </message>
    <message>
        <source>The server sent a message that only clients send</source>
        <translation>El servidor envió un mensaje que solo envían los clientes</translation>
    </message>
    <message>
        <source>The server sent an unexpected IDENT</source>
        <translation>El servidor envió un IDENT inesperado</translation>
    </message>
    <message>
        <source>The server sent DOWNLOAD before the session was identified</source>
        <translation>El servidor envió DOWNLOAD antes de que la sesión se identificara</translation>
    </message>
    <message>
        <source>The server acknowledged client version %1, the latest is %2</source>
        <translation>El servidor confirmó la versión de cliente %1; la más reciente es %2</translation>
    </message>
    <message>
        <source>The server sent download cursor %1 (had %2, server head %3)</source>
        <translation>El servidor envió el cursor de descarga %1 (anterior %2, cabeza del servidor %3)</translation>
    </message>
    <message>
        <source>The server sent changeset %1 out of order</source>
        <translation>El servidor envió el changeset %1 fuera de orden</translation>
    </message>
    <message>
        <source>The server echoed MARK %1, which was not requested</source>
        <translation>El servidor devolvió MARK %1, que no se había solicitado</translation>
    </message>
</context>
</TS>
