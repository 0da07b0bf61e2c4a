<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>EventLog</name>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Conexión</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Pause/resume</source>
        <translation>Pausa/reanudación</translation>
    </message>
    <message>
        <source>Stall</source>
        <translation>Atasco</translation>
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
        <translation>el token de acceso está mal formado</translation>
    </message>
</context>
<context>
    <name>MonitorCommandLine</name>
    <message>
        <source>Watches sync sessions: their state, connection, progress and rates.
With no options it starts an embedded server with a demo workspace.</source>
        <translation>Vigila sesiones de sincronización: estado, conexión, progreso y velocidades.
Sin opciones inicia un servidor integrado con un espacio de trabajo de demostración.</translation>
    </message>
    <message>
        <source>Open the sessions listed in &lt;file&gt; (JSON, see docs/monitor.md).</source>
        <translation>Abrir las sesiones listadas en &lt;file&gt; (JSON, véase docs/monitor.md).</translation>
    </message>
    <message>
        <source>file</source>
        <translation>archivo</translation>
    </message>
    <message>
        <source>Run without a window: print a status table every second.</source>
        <translation>Funcionar sin ventana: imprimir una tabla de estado cada segundo.</translation>
    </message>
    <message>
        <source>With --headless: stop after &lt;seconds&gt;.</source>
        <translation>Con --headless: terminar tras &lt;seconds&gt; segundos.</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>segundos</translation>
    </message>
    <message>
        <source>With --headless: write the progress log to &lt;file&gt; at the end (.csv or .jsonl).</source>
        <translation>Con --headless: escribir al final el registro de progreso en &lt;file&gt; (.csv o .jsonl).</translation>
    </message>
    <message>
        <source>Use &lt;language&gt; (e.g. de, fr, es) instead of the system&apos;s.</source>
        <translation>Usar &lt;language&gt; (p. ej. de, fr, es) en lugar del idioma del sistema.</translation>
    </message>
    <message>
        <source>language</source>
        <translation>idioma</translation>
    </message>
    <message>
        <source>unexpected argument: %1</source>
        <translation>argumento inesperado: %1</translation>
    </message>
    <message>
        <source>--workspace needs a file name</source>
        <translation>--workspace necesita un nombre de archivo</translation>
    </message>
    <message>
        <source>--duration only applies with --headless</source>
        <translation>--duration solo se aplica con --headless</translation>
    </message>
    <message>
        <source>--duration needs a positive number of seconds, got &quot;%1&quot;</source>
        <translation>--duration necesita un número positivo de segundos, se recibió «%1»</translation>
    </message>
    <message>
        <source>--export only applies with --headless (the window has File &gt; Export)</source>
        <translation>--export solo se aplica con --headless (la ventana tiene Archivo &gt; Exportar)</translation>
    </message>
    <message>
        <source>--export file must end in .csv or .jsonl: %1</source>
        <translation>el archivo de --export debe terminar en .csv o .jsonl: %1</translation>
    </message>
    <message>
        <source>With --headless: exit 1 when, at the end, a session that should sync (not expected to fail, not paused) has been disconnected for [seconds] or longer — also one that never connected. Without a value: any disconnected session.</source>
        <translation>Con --headless: salir con 1 si, al final, una sesión que debe sincronizar (ni fallo esperado, ni en pausa) lleva desconectada [seconds] o más — también una que nunca se conectó. Sin valor: cualquier sesión desconectada.</translation>
    </message>
    <message>
        <source>--fail-on-disconnected only applies with --headless</source>
        <translation>--fail-on-disconnected solo se aplica con --headless</translation>
    </message>
    <message>
        <source>--fail-on-disconnected needs a number of seconds, got &quot;%1&quot;</source>
        <translation>--fail-on-disconnected necesita un número de segundos, se recibió «%1»</translation>
    </message>
</context>
<context>
    <name>ProgressExport</name>
    <message>
        <source>cannot write %1: %2</source>
        <translation>no se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>export cancelled</source>
        <translation>exportación cancelada</translation>
    </message>
</context>
<context>
    <name>SessionError</name>
    <message>
        <source>%1 (code %2)</source>
        <translation>%1 (código %2)</translation>
    </message>
</context>
<context>
    <name>SessionFilter</name>
    <message>
        <source>All</source>
        <translation>Todas</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>No conectadas</translation>
    </message>
    <message>
        <source>With errors</source>
        <translation>Con errores</translation>
    </message>
</context>
<context>
    <name>SessionHealth</name>
    <message>
        <source>Syncing</source>
        <translation>Sincronizando</translation>
    </message>
    <message>
        <source>Connecting</source>
        <translation>Conectando</translation>
    </message>
    <message>
        <source>Retrying</source>
        <translation>Reintentando</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Sin conexión</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>En pausa</translation>
    </message>
    <message>
        <source>Not syncing</source>
        <translation>No sincroniza</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fallida</translation>
    </message>
    <message>
        <source>Offline for %1</source>
        <translation>Sin conexión desde hace %1</translation>
    </message>
</context>
<context>
    <name>SessionStatus</name>
    <message>
        <source>Active</source>
        <translation>Activa</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>En pausa</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>Inactiva</translation>
    </message>
    <message>
        <source>Invalid</source>
        <translation>Inválida</translation>
    </message>
    <message>
        <source>Disconnected</source>
        <translation>Desconectada</translation>
    </message>
    <message>
        <source>Connecting</source>
        <translation>Conectando</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Conectada</translation>
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
        <translation>%1 d %2 h</translation>
    </message>
</context>
<context>
    <name>StateTable</name>
    <message>
        <source>Active, but no progress for a while although work is outstanding.</source>
        <translation>Activa, pero sin progreso desde hace un rato aunque queda trabajo pendiente.</translation>
    </message>
    <message>
        <source>Syncing: changes go up and come down as they happen.</source>
        <translation>Sincronizando: los cambios suben y bajan a medida que ocurren.</translation>
    </message>
    <message>
        <source>Paused by you at %1.</source>
        <translation>Pausada por usted a las %1.</translation>
    </message>
    <message>
        <source>Resumes by itself at %1.</source>
        <translation>Se reanuda sola a las %1.</translation>
    </message>
    <message>
        <source>Paused by &quot;Pause all&quot;; &quot;Resume all&quot; resumes it.</source>
        <translation>Pausada por «Pausar todas»; «Reanudar todas» la reanuda.</translation>
    </message>
    <message>
        <source>Paused.</source>
        <translation>En pausa.</translation>
    </message>
    <message>
        <source>Not syncing: the realm was closed or its user logged out.</source>
        <translation>Sin sincronizar: el realm se cerró o su usuario cerró sesión.</translation>
    </message>
    <message>
        <source>Could not be opened: %1</source>
        <translation>No se pudo abrir: %1</translation>
    </message>
    <message>
        <source>Stopped for good after a fatal error at %1: %2. Open the session again once the cause is fixed.</source>
        <translation>Detenida definitivamente tras un error fatal a las %1: %2. Vuelva a abrir la sesión cuando la causa esté corregida.</translation>
    </message>
    <message>
        <source>This session is expected to fail (it is marked so in the workspace).</source>
        <translation>Se espera que esta sesión falle (así está marcada en el espacio de trabajo).</translation>
    </message>
    <message>
        <source>Connected to %1 since %2.</source>
        <translation>Conectada a %1 desde las %2.</translation>
    </message>
    <message>
        <source>Connecting to %1 since %2.</source>
        <translation>Conectando con %1 desde las %2.</translation>
    </message>
    <message>
        <source>Disconnected for good: the session is Invalid.</source>
        <translation>Desconectada definitivamente: la sesión es inválida.</translation>
    </message>
    <message>
        <source>Disconnected because the session is paused.</source>
        <translation>Desconectada porque la sesión está en pausa.</translation>
    </message>
    <message>
        <source>Last error at %1: %2</source>
        <translation>Último error a las %1: %2</translation>
    </message>
    <message>
        <source>Not syncing: user %1 logged out. &quot;Log in again&quot; resumes it.</source>
        <translation>Sin sincronizar: el usuario %1 cerró la sesión. «Iniciar sesión de nuevo» la reanuda.</translation>
    </message>
    <message>
        <source>Disconnected since %1 (for %2).</source>
        <translation>Desconectada desde las %1 (hace %2).</translation>
    </message>
    <message>
        <source>Next attempt at %1.</source>
        <translation>Próximo intento a las %1.</translation>
    </message>
    <message>
        <source>The SDK retries by itself, waiting longer after each failure. &quot;Reconnect now&quot; skips the wait.</source>
        <translation>El SDK reintenta por sí mismo y espera más tras cada fallo. «Reconectar ahora» omite la espera.</translation>
    </message>
    <message>
        <source>Active (Realm&apos;s word: it wants to sync), but not connected: no change goes up or comes down until the connection is back.</source>
        <translation>Activa (la palabra de Realm: quiere sincronizar), pero sin conexión: ningún cambio sube ni baja hasta que vuelva la conexión.</translation>
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
        <translation>Caducó el %1 (hace %2)</translation>
    </message>
    <message>
        <source>Expires %1 (in %2)</source>
        <translation>Caduca el %1 (dentro de %2)</translation>
    </message>
    <message>
        <source>Not a readable access token.</source>
        <translation>No es un token de acceso legible.</translation>
    </message>
    <message>
        <source>User %1; realms %2; %3</source>
        <translation>Usuario %1; realms %2; %3</translation>
    </message>
</context>
<context>
    <name>WorkspaceFile</name>
    <message>
        <source>this field is required</source>
        <translation>este campo es obligatorio</translation>
    </message>
    <message>
        <source>must be a string</source>
        <translation>debe ser una cadena</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>no debe estar vacío</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>debe ser true o false</translation>
    </message>
    <message>
        <source>must be a whole number from %1 to %2</source>
        <translation>debe ser un número entero de %1 a %2</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>debe ser un objeto</translation>
    </message>
    <message>
        <source>must be &quot;none&quot;, &quot;steady&quot;, &quot;burst&quot; or &quot;seed&quot;</source>
        <translation>debe ser &quot;none&quot;, &quot;steady&quot;, &quot;burst&quot; o &quot;seed&quot;</translation>
    </message>
    <message>
        <source>each session must be an object</source>
        <translation>cada sesión debe ser un objeto</translation>
    </message>
    <message>
        <source>another session already has the name &quot;%1&quot;</source>
        <translation>otra sesión ya se llama «%1»</translation>
    </message>
    <message>
        <source>must be a ws:// or wss:// URL with a host, e.g. ws://127.0.0.1:7800</source>
        <translation>debe ser una URL ws:// o wss:// con un host, p. ej. ws://127.0.0.1:7800</translation>
    </message>
    <message>
        <source>is not a valid realm path: %1</source>
        <translation>no es una ruta de realm válida: %1</translation>
    </message>
    <message>
        <source>the file must contain a JSON object</source>
        <translation>el archivo debe contener un objeto JSON</translation>
    </message>
    <message>
        <source>this field is required (the format version, %1)</source>
        <translation>este campo es obligatorio (la versión del formato, %1)</translation>
    </message>
    <message>
        <source>unsupported format version (this monitor reads version %1)</source>
        <translation>versión de formato no admitida (este monitor lee la versión %1)</translation>
    </message>
    <message>
        <source>must be a list of sessions</source>
        <translation>debe ser una lista de sesiones</translation>
    </message>
    <message>
        <source>line %1, column %2: %3</source>
        <translation>línea %1, columna %2: %3</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>línea %1: %2</translation>
    </message>
    <message>
        <source>line %1, field %2: %3</source>
        <translation>línea %1, campo %2: %3</translation>
    </message>
    <message>
        <source>not valid JSON (%1)</source>
        <translation>JSON no válido (%1)</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>no se puede leer %1: %2</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MiB, which no workspace needs</source>
        <translation>%1 supera los %2 MiB, algo que ningún espacio de trabajo necesita</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>no se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>The name must not be empty.</source>
        <translation>El nombre no debe estar vacío.</translation>
    </message>
    <message>
        <source>The server URL must be a ws:// or wss:// URL with a host, e.g. ws://127.0.0.1:7800.</source>
        <translation>La URL del servidor debe ser una URL ws:// o wss:// con un host, p. ej. ws://127.0.0.1:7800.</translation>
    </message>
    <message>
        <source>The access token must not be empty.</source>
        <translation>El token de acceso no debe estar vacío.</translation>
    </message>
    <message>
        <source>The realm path is not valid: %1</source>
        <translation>La ruta del realm no es válida: %1</translation>
    </message>
    <message>
        <source>%1 holds access tokens but other users can read it; restrict it to yourself (chmod 600) or save it again.</source>
        <translation>%1 contiene tokens de acceso pero otros usuarios pueden leerlo; restrínjalo a usted (chmod 600) o guárdelo de nuevo.</translation>
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
        <translation>Pruebe syncscope --help.</translation>
    </message>
    <message>
        <source>cannot open workspace %1: %2</source>
        <translation>no se puede abrir el espacio de trabajo %1: %2</translation>
    </message>
    <message>
        <source>Embedded server %1</source>
        <translation>Servidor integrado %1</translation>
    </message>
</context>
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
    <name>syncscope::LocalStore</name>
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
        <source>The local file %1 is damaged (%2); it was left untouched.</source>
        <translation>El archivo local %1 está dañado (%2); no se ha modificado.</translation>
    </message>
    <message>
        <source>Cannot read the local file %1 (%2); it was left untouched.</source>
        <translation>No se puede leer el archivo local %1 (%2); no se ha modificado.</translation>
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
        <source>Cannot create the local file</source>
        <translation>No se puede crear el archivo local</translation>
    </message>
    <message>
        <source>Cannot open the local file %1: %2</source>
        <translation>No se puede abrir el archivo local %1: %2</translation>
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
        <source>Cannot read acknowledged changes</source>
        <translation>No se pueden leer los cambios confirmados</translation>
    </message>
    <message>
        <source>Cannot drop acknowledged changes</source>
        <translation>No se pueden descartar los cambios confirmados</translation>
    </message>
    <message>
        <source>Cannot commit downloaded changes</source>
        <translation>No se pueden confirmar los cambios descargados</translation>
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
        <source>The sync session is not active</source>
        <translation>La sesión de sincronización no está activa</translation>
    </message>
    <message>
        <source>The user logged out</source>
        <translation>El usuario cerró la sesión</translation>
    </message>
    <message>
        <source>The sync session was closed</source>
        <translation>La sesión de sincronización se ha cerrado</translation>
    </message>
    <message>
        <source>The application object was destroyed</source>
        <translation>El objeto de la aplicación se ha destruido</translation>
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
        <source>The TLS certificate of %1 is not trusted: %2</source>
        <translation>El certificado TLS de %1 no es de confianza: %2</translation>
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
<context>
    <name>syncscope::monitor::ConnectionTest</name>
    <message>
        <source>No answer from the server in time.</source>
        <translation>El servidor no respondió a tiempo.</translation>
    </message>
    <message>
        <source>The access token is malformed.</source>
        <translation>El token de acceso está mal formado.</translation>
    </message>
    <message>
        <source>Could not connect: %1 (code %2)</source>
        <translation>No se pudo conectar: %1 (código %2)</translation>
    </message>
    <message>
        <source>The server refused the session: %1 (code %2)</source>
        <translation>El servidor rechazó la sesión: %1 (código %2)</translation>
    </message>
    <message>
        <source>Connected; the server bound the realm.</source>
        <translation>Conectada; el servidor vinculó el realm.</translation>
    </message>
</context>
<context>
    <name>syncscope::monitor::EmbeddedDemo</name>
    <message>
        <source>cannot create %1</source>
        <translation>no se puede crear %1</translation>
    </message>
    <message>
        <source>cannot read the server secret: %1</source>
        <translation>no se puede leer el secreto del servidor: %1</translation>
    </message>
    <message>
        <source>the embedded server did not start: %1</source>
        <translation>el servidor integrado no arrancó: %1</translation>
    </message>
    <message>
        <source>Demo workspace (embedded server)</source>
        <translation>Espacio de trabajo de demostración (servidor integrado)</translation>
    </message>
    <message>
        <source>Notes (alice)</source>
        <extracomment>The demo&apos;s session names: alice and bob are user ids, keep them.</extracomment>
        <translation>Notas (alice)</translation>
    </message>
    <message>
        <source>Tasks (alice)</source>
        <translation>Tareas (alice)</translation>
    </message>
    <message>
        <source>Photos (alice, bursty)</source>
        <translation>Fotos (alice, a ráfagas)</translation>
    </message>
    <message>
        <source>Archive seeder (bob)</source>
        <translation>Archivo: carga inicial (bob)</translation>
    </message>
    <message>
        <source>Archive download (alice, slow link)</source>
        <translation>Archivo: descarga (alice, enlace lento)</translation>
    </message>
    <message>
        <source>Chat (bob)</source>
        <translation>Chat (bob)</translation>
    </message>
    <message>
        <source>Drafts (bob)</source>
        <translation>Borradores (bob)</translation>
    </message>
    <message>
        <source>Admin settings (bob, denied)</source>
        <translation>Ajustes de administración (bob, denegado)</translation>
    </message>
</context>
<context>
    <name>syncscope::monitor::EventLog</name>
    <message>
        <source>time	session	kind	message</source>
        <translation>hora	sesión	tipo	mensaje</translation>
    </message>
</context>
<context>
    <name>syncscope::monitor::HeadlessRunner</name>
    <message>
        <source>[%1 s] %2 sessions, up %3, down %4</source>
        <translation>[%1 s] %2 sesiones, subida %3, bajada %4</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOMBRE</translation>
    </message>
    <message>
        <source>STATE</source>
        <translation>ESTADO</translation>
    </message>
    <message>
        <source>CONNECTION</source>
        <translation>CONEXIÓN</translation>
    </message>
    <message>
        <source>UPLOAD</source>
        <translation>SUBIDA</translation>
    </message>
    <message>
        <source>DOWNLOAD</source>
        <translation>BAJADA</translation>
    </message>
    <message>
        <source>UP/S</source>
        <translation>SUBIDA/S</translation>
    </message>
    <message>
        <source>DOWN/S</source>
        <translation>BAJADA/S</translation>
    </message>
    <message>
        <source>LAST ERROR</source>
        <translation>ÚLTIMO ERROR</translation>
    </message>
    <message>
        <source>Summary after %1 s:</source>
        <translation>Resumen tras %1 s:</translation>
    </message>
    <message>
        <source> (expected)</source>
        <translation> (esperado)</translation>
    </message>
    <message>
        <source> (UNEXPECTED)</source>
        <translation> (INESPERADO)</translation>
    </message>
    <message>
        <source>Progress reports recorded: %1 (dropped: %2)</source>
        <translation>Informes de progreso registrados: %1 (descartados: %2)</translation>
    </message>
    <message>
        <source>Exported %1 progress reports to %2</source>
        <translation>%1 informes de progreso exportados a %2</translation>
    </message>
    <message>
        <source>Export failed: %1</source>
        <translation>La exportación falló: %1</translation>
    </message>
    <message>
        <source>Result: healthy (exit code %1)</source>
        <translation>Resultado: correcto (código de salida %1)</translation>
    </message>
    <message>
        <source>Result: %1 (exit code %2)</source>
        <translation>Resultado: %1 (código de salida %2)</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) unexpectedly Invalid</source>
        <translation>
            <numerusform>%n sesión no válida de forma inesperada</numerusform>
            <numerusform>%n sesiones no válidas de forma inesperada</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) disconnected for %1 s or longer</source>
        <translation>
            <numerusform>%n sesión desconectada desde hace %1 s o más</numerusform>
            <numerusform>%n sesiones desconectadas desde hace %1 s o más</numerusform>
        </translation>
    </message>
    <message>
        <source>the export failed</source>
        <translation>la exportación falló</translation>
    </message>
</context>
<context>
    <name>syncscope::monitor::LocalSessionSource</name>
    <message>
        <source>The pause you set has ended</source>
        <translation>La pausa que fijó ha terminado</translation>
    </message>
    <message>
        <source>Opened %1 on %2</source>
        <translation>%1 abierto en %2</translation>
    </message>
    <message>
        <source>The session is not open.</source>
        <translation>La sesión no está abierta.</translation>
    </message>
    <message>
        <source>Paused by you until %1</source>
        <translation>Pausada por usted hasta las %1</translation>
    </message>
    <message>
        <source>Paused by you</source>
        <translation>Pausada por usted</translation>
    </message>
    <message>
        <source>Resumed by you; still held by &quot;Pause all&quot;</source>
        <translation>Reanudada por usted; aún retenida por «Pausar todas»</translation>
    </message>
    <message>
        <source>Resumed by you</source>
        <translation>Reanudada por usted</translation>
    </message>
    <message>
        <source>Reconnect requested by you</source>
        <translation>Reconexión solicitada por usted</translation>
    </message>
    <message>
        <source>User %1 logged out</source>
        <translation>El usuario %1 cerró la sesión</translation>
    </message>
    <message>
        <source>User %1 logged in again</source>
        <translation>El usuario %1 inició sesión de nuevo</translation>
    </message>
    <message>
        <source>Log in again requested by you</source>
        <translation>Nuevo inicio de sesión solicitado por usted</translation>
    </message>
</context>
<context>
    <name>syncscope::monitor::MonitoredSession</name>
    <message>
        <source>Could not open the session: %1</source>
        <translation>No se pudo abrir la sesión: %1</translation>
    </message>
    <message>
        <source>State: %1</source>
        <translation>Estado: %1</translation>
    </message>
    <message>
        <source>Connection: %1</source>
        <translation>Conexión: %1</translation>
    </message>
    <message>
        <source>Fatal error %1: %2</source>
        <translation>Error fatal %1: %2</translation>
    </message>
    <message>
        <source>Error %1: %2</source>
        <translation>Error %1: %2</translation>
    </message>
    <message>
        <source>No progress for %1 s although work is outstanding</source>
        <translation>Sin progreso durante %1 s aunque queda trabajo pendiente</translation>
    </message>
    <message>
        <source>Progress again</source>
        <translation>Vuelve a progresar</translation>
    </message>
    <message>
        <source>Connection failed: %1</source>
        <translation>Falló la conexión: %1</translation>
    </message>
</context>
<context>
    <name>syncscope::monitor::SessionMonitor</name>
    <message>
        <source>Pause all</source>
        <translation>Pausar todas</translation>
    </message>
    <message>
        <source>Resume all (sessions you paused yourself stay paused)</source>
        <translation>Reanudar todas (las sesiones que usted pausó siguen en pausa)</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Quitada</translation>
    </message>
    <message>
        <source>Server %1 is reachable again (it was lost at %2)</source>
        <translation>El servidor %1 vuelve a estar accesible (se perdió a las %2)</translation>
    </message>
    <message>
        <source>Lost the connection to server %1: no session reaches it</source>
        <translation>Se perdió la conexión con el servidor %1: ninguna sesión lo alcanza</translation>
    </message>
</context>
<context>
    <name>syncscope::monitor::SessionSource</name>
    <message>
        <source>This session does not accept commands from the monitor.</source>
        <translation>Esta sesión no acepta órdenes del monitor.</translation>
    </message>
    <message>
        <source>The session is Invalid: it takes no more commands.</source>
        <translation>La sesión no es válida: ya no acepta órdenes.</translation>
    </message>
    <message>
        <source>Already paused by you.</source>
        <translation>Ya la ha pausado usted.</translation>
    </message>
    <message>
        <source>Not paused by you.</source>
        <translation>No la ha pausado usted.</translation>
    </message>
    <message>
        <source>Only an active session that is not connected reconnects.</source>
        <translation>Solo una sesión activa sin conexión puede reconectarse.</translation>
    </message>
    <message>
        <source>Its user is logged in.</source>
        <translation>Su usuario ha iniciado sesión.</translation>
    </message>
</context>
<context>
    <name>syncscope::platform::ShutdownSignals</name>
    <message>
        <source>signal handlers are already installed</source>
        <translation>los manejadores de señales ya están instalados</translation>
    </message>
    <message>
        <source>socketpair failed: %1</source>
        <translation>socketpair falló: %1</translation>
    </message>
</context>
<context>
    <name>syncscope::protocol::AccessToken</name>
    <message>
        <source>the token is longer than %1 characters</source>
        <translation>el token supera los %1 caracteres</translation>
    </message>
    <message>
        <source>the token does not have three dot-separated parts</source>
        <translation>el token no tiene tres partes separadas por puntos</translation>
    </message>
    <message>
        <source>the token is not base64url encoded</source>
        <translation>el token no está codificado en base64url</translation>
    </message>
    <message>
        <source>the token header or payload is not a JSON object</source>
        <translation>la cabecera o la carga útil del token no es un objeto JSON</translation>
    </message>
    <message>
        <source>the token signature is not base64url encoded</source>
        <translation>la firma del token no está codificada en base64url</translation>
    </message>
    <message>
        <source>the token has no subject (&quot;sub&quot;)</source>
        <translation>el token no tiene sujeto («sub»)</translation>
    </message>
    <message>
        <source>a time claim of the token is not a number of seconds</source>
        <translation>una marca de tiempo del token no es un número de segundos</translation>
    </message>
    <message>
        <source>the token has no expiry time (&quot;exp&quot;)</source>
        <translation>el token no tiene hora de caducidad («exp»)</translation>
    </message>
    <message>
        <source>the token&apos;s &quot;realms&quot; claim is not an array</source>
        <translation>la reclamación «realms» del token no es un array</translation>
    </message>
    <message>
        <source>the token&apos;s &quot;realms&quot; claim holds a value that is not a string</source>
        <translation>la reclamación «realms» del token contiene un valor que no es una cadena</translation>
    </message>
    <message>
        <source>the token&apos;s algorithm &quot;%1&quot; is not HS256</source>
        <translation>el algoritmo «%1» del token no es HS256</translation>
    </message>
    <message>
        <source>the token&apos;s signature does not match</source>
        <translation>la firma del token no coincide</translation>
    </message>
    <message>
        <source>the token expired at %1</source>
        <translation>el token caducó el %1</translation>
    </message>
    <message>
        <source>the token is not valid before %1</source>
        <translation>el token no es válido antes del %1</translation>
    </message>
    <message>
        <source>the token was issued in the future (%1)</source>
        <translation>el token se emitió en el futuro (%1)</translation>
    </message>
</context>
<context>
    <name>syncscope::protocol::Codec</name>
    <message>
        <source>%1 must be 0 or 1, not %2</source>
        <translation>%1 debe ser 0 o 1, no %2</translation>
    </message>
    <message>
        <source>%1 is not valid UTF-8</source>
        <translation>%1 no es UTF-8 válido</translation>
    </message>
    <message>
        <source>%1 count %2 exceeds the limit of %3</source>
        <translation>el número de %1 (%2) supera el límite de %3</translation>
    </message>
    <message>
        <source>%1 count %2 does not fit in the %3 bytes left</source>
        <translation>el número de %1 (%2) no cabe en los %3 bytes restantes</translation>
    </message>
    <message>
        <source>unknown operation kind %1</source>
        <translation>tipo de operación desconocido %1</translation>
    </message>
    <message>
        <source>a remove operation carries a value</source>
        <translation>una operación de borrado lleva un valor</translation>
    </message>
    <message>
        <source>frame ends inside a field (offset %1, %2 bytes needed, %3 left)</source>
        <translation>la trama termina dentro de un campo (desplazamiento %1, se necesitan %2 bytes, quedan %3)</translation>
    </message>
    <message>
        <source>%1 of %2 bytes exceeds the limit of %3</source>
        <translation>%1 de %2 bytes supera el límite de %3</translation>
    </message>
    <message>
        <source>%1 of %2 bytes runs past the end of the frame</source>
        <translation>%1 de %2 bytes sobrepasa el final de la trama</translation>
    </message>
    <message>
        <source>unknown message type</source>
        <translation>tipo de mensaje desconocido</translation>
    </message>
    <message>
        <source>this message belongs to the connection and needs session id 0, not %1</source>
        <translation>este mensaje pertenece a la conexión y necesita el id de sesión 0, no %1</translation>
    </message>
    <message>
        <source>this message belongs to a session and needs a non-zero session id</source>
        <translation>este mensaje pertenece a una sesión y necesita un id de sesión distinto de cero</translation>
    </message>
    <message>
        <source>frame of %1 bytes exceeds the limit of %2 bytes</source>
        <translation>una trama de %1 bytes supera el límite de %2 bytes</translation>
    </message>
    <message>
        <source>frame of %1 bytes is shorter than the %2-byte header</source>
        <translation>una trama de %1 bytes es más corta que la cabecera de %2 bytes</translation>
    </message>
    <message>
        <source>unknown message type %1</source>
        <translation>tipo de mensaje desconocido %1</translation>
    </message>
    <message>
        <source>header flags and reserved bytes must be zero</source>
        <translation>los indicadores de cabecera y los bytes reservados deben ser cero</translation>
    </message>
    <message>
        <source>message type %1 may not be sent by a client</source>
        <translation>un cliente no puede enviar el tipo de mensaje %1</translation>
    </message>
    <message>
        <source>message type %1 may not be sent by a server</source>
        <translation>un servidor no puede enviar el tipo de mensaje %1</translation>
    </message>
    <message>
        <source>%1 unexpected bytes after the message</source>
        <translation>%1 bytes inesperados después del mensaje</translation>
    </message>
    <message>
        <source>more than %1 operations</source>
        <translation>más de %1 operaciones</translation>
    </message>
</context>
<context>
    <name>syncscope::protocol::RealmPath</name>
    <message>
        <source>the realm path is empty</source>
        <translation>la ruta del realm está vacía</translation>
    </message>
    <message>
        <source>the realm path must start with &apos;/&apos;</source>
        <translation>la ruta del realm debe empezar por «/»</translation>
    </message>
    <message>
        <source>the realm path is longer than %1 bytes</source>
        <translation>la ruta del realm supera los %1 bytes</translation>
    </message>
    <message>
        <source>the realm path has an empty segment</source>
        <translation>la ruta del realm tiene un segmento vacío</translation>
    </message>
    <message>
        <source>the realm path may not contain &apos;.&apos; or &apos;..&apos; segments</source>
        <translation>la ruta del realm no puede contener segmentos «.» ni «..»</translation>
    </message>
    <message>
        <source>the realm path contains an unpaired surrogate</source>
        <translation>la ruta del realm contiene un sustituto (surrogate) desparejado</translation>
    </message>
    <message>
        <source>the realm path contains a control character</source>
        <translation>la ruta del realm contiene un carácter de control</translation>
    </message>
    <message>
        <source>the realm path may not contain &apos;%&apos; (no percent-encoding)</source>
        <translation>la ruta del realm no puede contener «%» (sin codificación por porcentaje)</translation>
    </message>
    <message>
        <source>the realm path contains the character %1 (&apos;%2&apos;)</source>
        <translation>la ruta del realm contiene el carácter %1 («%2»)</translation>
    </message>
    <message>
        <source>a segment of the realm path starts with the combining mark %1</source>
        <translation>un segmento de la ruta del realm empieza con la marca combinante %1</translation>
    </message>
    <message>
        <source>the realm path is not in Unicode normalization form C (NFC); compose it before binding</source>
        <translation>la ruta del realm no está en la forma de normalización Unicode C (NFC); compóngala antes de vincular</translation>
    </message>
</context>
<context>
    <name>syncscope::server::ClientConnection</name>
    <message>
        <source>server shutting down</source>
        <translation>el servidor se está apagando</translation>
    </message>
    <message>
        <source>text messages are not part of the syncscope.v1 protocol; use binary</source>
        <translation>los mensajes de texto no forman parte del protocolo syncscope.v1; use binario</translation>
    </message>
    <message>
        <source>session %1 was never bound on this connection</source>
        <translation>la sesión %1 nunca se vinculó en esta conexión</translation>
    </message>
    <message>
        <source>session id %1 was already used on this connection</source>
        <translation>el id de sesión %1 ya se usó en esta conexión</translation>
    </message>
    <message>
        <source>a connection may have at most %1 sessions</source>
        <translation>una conexión puede tener como máximo %1 sesiones</translation>
    </message>
</context>
<context>
    <name>syncscope::server::CommandLine</name>
    <message>
        <source>--%1 needs a positive whole number, not &quot;%2&quot;</source>
        <translation>--%1 necesita un número entero positivo, no «%2»</translation>
    </message>
    <message>
        <source>Prints one signed access token (HS256 JWT) on standard output.</source>
        <translation>Escribe un token de acceso firmado (JWT HS256) en la salida estándar.</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Mostrar esta ayuda.</translation>
    </message>
    <message>
        <source>File with the server&apos;s signing secret (created with a random secret if missing).</source>
        <translation>Archivo con el secreto de firma del servidor (se crea con un secreto aleatorio si falta).</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>ARCHIVO</translation>
    </message>
    <message>
        <source>User id (the token&apos;s subject).</source>
        <translation>Id del usuario (el sujeto del token).</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Realm path pattern to grant; may repeat. A trailing * grants every path with that prefix. Without any, the token grants no realm.</source>
        <translation>Patrón de ruta de realm que se concede; puede repetirse. Un * final concede toda ruta con ese prefijo. Sin ninguno, el token no concede ningún realm.</translation>
    </message>
    <message>
        <source>PATTERN</source>
        <translation>PATRÓN</translation>
    </message>
    <message>
        <source>Seconds until the token expires (default 3600).</source>
        <translation>Segundos hasta que caduca el token (3600 por defecto).</translation>
    </message>
    <message>
        <source>SECONDS</source>
        <translation>SEGUNDOS</translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation>argumento inesperado «%1»</translation>
    </message>
    <message>
        <source>token needs --secret-file FILE</source>
        <translation>token necesita --secret-file ARCHIVO</translation>
    </message>
    <message>
        <source>token needs --user ID</source>
        <translation>token necesita --user ID</translation>
    </message>
    <message>
        <source>Syncscope sync server: realms of key/value changesets over WebSocket (subprotocol syncscope.v1).
The first line on standard output is &quot;listening on ws://HOST:PORT&quot;.
Run &quot;%1 token --help&quot; to mint access tokens.</source>
        <translation>Servidor de sincronización Syncscope: realms de changesets clave/valor sobre WebSocket (subprotocolo syncscope.v1).
La primera línea de la salida estándar es «listening on ws://HOST:PORT».
Ejecute «%1 token --help» para emitir tokens de acceso.</translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation>Mostrar la versión.</translation>
    </message>
    <message>
        <source>Address and port to listen on (default 127.0.0.1:0; port 0 picks a free port).</source>
        <translation>Dirección y puerto de escucha (por defecto 127.0.0.1:0; el puerto 0 elige uno libre).</translation>
    </message>
    <message>
        <source>HOST:PORT</source>
        <translation>HOST:PUERTO</translation>
    </message>
    <message>
        <source>Directory of the database (default ./%1).</source>
        <translation>Directorio de la base de datos (por defecto ./%1).</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>DIRECTORIO</translation>
    </message>
    <message>
        <source>File with the token signing secret (default DIR/%1; created with 32 random bytes and mode 0600 if missing).</source>
        <translation>Archivo con el secreto de firma de los tokens (por defecto DIRECTORIO/%1; se crea con 32 bytes aleatorios y modo 0600 si falta).</translation>
    </message>
    <message>
        <source>Largest message a client may send, in bytes (default %1).</source>
        <translation>Mensaje más grande que puede enviar un cliente, en bytes (por defecto %1).</translation>
    </message>
    <message>
        <source>BYTES</source>
        <translation>BYTES</translation>
    </message>
    <message>
        <source>Sessions one connection may bind (default %1).</source>
        <translation>Sesiones que puede vincular una conexión (por defecto %1).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Simultaneous connections (default %1).</source>
        <translation>Conexiones simultáneas (por defecto %1).</translation>
    </message>
    <message>
        <source>Changeset bytes per DOWNLOAD message (default %1).</source>
        <translation>Bytes de changesets por mensaje DOWNLOAD (por defecto %1).</translation>
    </message>
    <message>
        <source>error, warning, info (default) or debug.</source>
        <translation>error, warning, info (por defecto) o debug.</translation>
    </message>
    <message>
        <source>LEVEL</source>
        <translation>NIVEL</translation>
    </message>
    <message>
        <source>PEM certificate (chain): serve wss:// with TLS.</source>
        <translation>Certificado PEM (cadena): servir wss:// con TLS.</translation>
    </message>
    <message>
        <source>PEM private key (unencrypted) for --tls-cert.</source>
        <translation>Clave privada PEM (sin cifrar) para --tls-cert.</translation>
    </message>
    <message>
        <source>--listen needs HOST:PORT with an IP address or localhost, not &quot;%1&quot;</source>
        <translation>--listen necesita HOST:PUERTO con una dirección IP o localhost, no «%1»</translation>
    </message>
    <message>
        <source>--data-dir may not be empty</source>
        <translation>--data-dir no puede estar vacío</translation>
    </message>
    <message>
        <source>session and connection limits must be at most 1000000</source>
        <translation>los límites de sesiones y conexiones deben ser como máximo 1000000</translation>
    </message>
    <message>
        <source>--log-level must be error, warning, info or debug, not &quot;%1&quot;</source>
        <translation>--log-level debe ser error, warning, info o debug, no «%1»</translation>
    </message>
    <message>
        <source>--tls-cert and --tls-key go together</source>
        <translation>--tls-cert y --tls-key van juntos</translation>
    </message>
    <message>
        <source>Seconds a new connection gets to finish the WebSocket handshake before it is dropped (default %1).</source>
        <translation>Segundos que tiene una conexión nueva para completar el handshake de WebSocket antes de cortarla (por defecto %1).</translation>
    </message>
    <message>
        <source>Seconds a connection without any bound session may stay silent before it is closed (default %1).</source>
        <translation>Segundos que una conexión sin ninguna sesión vinculada puede permanecer en silencio antes de cerrarla (por defecto %1).</translation>
    </message>
    <message>
        <source>--handshake-timeout and --idle-timeout must be at most 1000000 seconds</source>
        <translation>--handshake-timeout y --idle-timeout deben ser como máximo 1000000 segundos</translation>
    </message>
</context>
<context>
    <name>syncscope::server::RealmStore</name>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 falló: %2</translation>
    </message>
    <message>
        <source>cannot create the data directory &quot;%1&quot;</source>
        <translation>no se puede crear el directorio de datos «%1»</translation>
    </message>
    <message>
        <source>the data directory &quot;%1&quot; is in use by another server (process %2)</source>
        <translation>otro servidor está usando el directorio de datos «%1» (proceso %2)</translation>
    </message>
    <message>
        <source>cannot lock the data directory &quot;%1&quot;</source>
        <translation>no se puede bloquear el directorio de datos «%1»</translation>
    </message>
    <message>
        <source>cannot open the database &quot;%1&quot;: %2</source>
        <translation>no se puede abrir la base de datos «%1»: %2</translation>
    </message>
    <message>
        <source>cannot switch &quot;%1&quot; to write-ahead logging</source>
        <translation>no se puede pasar «%1» a registro de escritura anticipada (WAL)</translation>
    </message>
    <message>
        <source>cannot read the schema version of &quot;%1&quot;</source>
        <translation>no se puede leer la versión de esquema de «%1»</translation>
    </message>
    <message>
        <source>&quot;%1&quot; was written by a newer syncscope-server (schema %2, this one knows %3)</source>
        <translation>«%1» lo escribió un syncscope-server más reciente (esquema %2, este conoce %3)</translation>
    </message>
    <message>
        <source>cannot start a transaction: %1</source>
        <translation>no se puede iniciar una transacción: %1</translation>
    </message>
    <message>
        <source>cannot read the upload cursor or realm head</source>
        <translation>no se puede leer el cursor de subida ni la cabeza del realm</translation>
    </message>
    <message>
        <source>client version %1 does not increase (after %2)</source>
        <translation>la versión de cliente %1 no aumenta (después de %2)</translation>
    </message>
    <message>
        <source>cannot update the cursors: %1 %2</source>
        <translation>no se pueden actualizar los cursores: %1 %2</translation>
    </message>
    <message>
        <source>cannot commit: %1</source>
        <translation>no se puede confirmar: %1</translation>
    </message>
</context>
<context>
    <name>syncscope::server::SecretFile</name>
    <message>
        <source>no secret file given</source>
        <translation>no se ha indicado ningún archivo de secreto</translation>
    </message>
    <message>
        <source>cannot create the directory &quot;%1&quot; for the secret file</source>
        <translation>no se puede crear el directorio «%1» para el archivo de secreto</translation>
    </message>
    <message>
        <source>cannot create the secret file &quot;%1&quot;: %2</source>
        <translation>no se puede crear el archivo de secreto «%1»: %2</translation>
    </message>
    <message>
        <source>cannot write the secret file &quot;%1&quot;: %2</source>
        <translation>no se puede escribir el archivo de secreto «%1»: %2</translation>
    </message>
    <message>
        <source>the secret file &quot;%1&quot; is a directory</source>
        <translation>el archivo de secreto «%1» es un directorio</translation>
    </message>
    <message>
        <source>cannot read the secret file &quot;%1&quot;: %2</source>
        <translation>no se puede leer el archivo de secreto «%1»: %2</translation>
    </message>
    <message>
        <source>the secret file &quot;%1&quot; is larger than %2 bytes</source>
        <translation>el archivo de secreto «%1» supera los %2 bytes</translation>
    </message>
    <message>
        <source>the secret file &quot;%1&quot; is empty</source>
        <translation>el archivo de secreto «%1» está vacío</translation>
    </message>
</context>
<context>
    <name>syncscope::server::ServerSession</name>
    <message>
        <source>the access token of &quot;%1&quot; does not grant the realm &quot;%2&quot;</source>
        <translation>el token de acceso de «%1» no concede el realm «%2»</translation>
    </message>
    <message>
        <source>the server cannot open the realm&apos;s storage</source>
        <translation>el servidor no puede abrir el almacenamiento del realm</translation>
    </message>
    <message>
        <source>the server cannot allocate a client file</source>
        <translation>el servidor no puede asignar un archivo de cliente</translation>
    </message>
    <message>
        <source>IDENT must follow BIND, once per session</source>
        <translation>IDENT debe seguir a BIND, una vez por sesión</translation>
    </message>
    <message>
        <source>client file %1 does not belong to the realm &quot;%2&quot;</source>
        <translation>el archivo de cliente %1 no pertenece al realm «%2»</translation>
    </message>
    <message>
        <source>the server cannot read the realm&apos;s history</source>
        <translation>el servidor no puede leer el historial del realm</translation>
    </message>
    <message>
        <source>download cursor %1 is ahead of the realm&apos;s latest version %2</source>
        <translation>el cursor de descarga %1 va por delante de la última versión %2 del realm</translation>
    </message>
    <message>
        <source>UPLOAD before IDENT</source>
        <translation>UPLOAD antes de IDENT</translation>
    </message>
    <message>
        <source>the server could not store the upload</source>
        <translation>el servidor no pudo guardar la subida</translation>
    </message>
    <message>
        <source>MARK before IDENT</source>
        <translation>MARK antes de IDENT</translation>
    </message>
</context>
<context>
    <name>syncscope::server::SyncServer</name>
    <message>
        <source>cannot read the TLS certificate &quot;%1&quot; or key &quot;%2&quot;</source>
        <translation>no se puede leer el certificado TLS «%1» ni la clave «%2»</translation>
    </message>
    <message>
        <source>&quot;%1&quot; holds no PEM certificate or &quot;%2&quot; no unencrypted PEM key</source>
        <translation>«%1» no contiene ningún certificado PEM o «%2» ninguna clave PEM sin cifrar</translation>
    </message>
    <message>
        <source>this server speaks the WebSocket subprotocol %1; the client offered %2</source>
        <translation>este servidor habla el subprotocolo WebSocket %1; el cliente ofreció %2</translation>
    </message>
    <message>
        <source>none that matches</source>
        <translation>ninguno que coincida</translation>
    </message>
    <message>
        <source>the server has reached its limit of %1 connections</source>
        <translation>el servidor ha alcanzado su límite de %1 conexiones</translation>
    </message>
    <message>
        <source>no secret to verify access tokens with</source>
        <translation>no hay secreto para verificar los tokens de acceso</translation>
    </message>
    <message>
        <source>cannot listen on %1 port %2: %3</source>
        <translation>no se puede escuchar en %1 puerto %2: %3</translation>
    </message>
</context>
<context>
    <name>syncscope::ui::AddSessionDialog</name>
    <message>
        <source>E&amp;xpected to fail (a headless run ignores its Invalid end)</source>
        <translation>Fallo &amp;esperado (una ejecución sin ventana ignora su final inválido)</translation>
    </message>
    <message>
        <source>Add session</source>
        <translation>Añadir sesión</translation>
    </message>
    <message>
        <source>optional; default: in the app-data folder</source>
        <translation>opcional; por defecto: en la carpeta de datos de la aplicación</translation>
    </message>
    <message>
        <source>paste the output of: syncscope-server token …</source>
        <translation>pegue la salida de: syncscope-server token …</translation>
    </message>
    <message>
        <source>Problem with the session</source>
        <translation>Problema con la sesión</translation>
    </message>
    <message>
        <source>Session name</source>
        <translation>Nombre de la sesión</translation>
    </message>
    <message>
        <source>Server URL</source>
        <translation>URL del servidor</translation>
    </message>
    <message>
        <source>Access token</source>
        <translation>Token de acceso</translation>
    </message>
    <message>
        <source>Realm path</source>
        <translation>Ruta del realm</translation>
    </message>
    <message>
        <source>Local file</source>
        <translation>Archivo local</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>Exa&amp;minar…</translation>
    </message>
    <message>
        <source>Realm files (*.realm);;All files (*)</source>
        <translation>Archivos realm (*.realm);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>&amp;Server URL:</source>
        <translation>URL del &amp;servidor:</translation>
    </message>
    <message>
        <source>Access &amp;token:</source>
        <translation>&amp;Token de acceso:</translation>
    </message>
    <message>
        <source>&amp;Realm path:</source>
        <translation>Ruta del &amp;realm:</translation>
    </message>
    <message>
        <source>&amp;Local file:</source>
        <translation>Archivo &amp;local:</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Añadir</translation>
    </message>
    <message>
        <source>Another session already has the name &quot;%1&quot;.</source>
        <translation>Otra sesión ya se llama «%1».</translation>
    </message>
    <message>
        <source>Test conne&amp;ction</source>
        <translation>Probar la &amp;conexión</translation>
    </message>
    <message>
        <source>What the token says</source>
        <translation>Lo que dice el token</translation>
    </message>
    <message>
        <source>Result of the connection test</source>
        <translation>Resultado de la prueba de conexión</translation>
    </message>
    <message>
        <source>Connect, let the server bind the realm, show its answer and disconnect again</source>
        <translation>Conectar, dejar que el servidor vincule el realm, mostrar su respuesta y desconectar</translation>
    </message>
    <message>
        <source>Testing the connection to %1…</source>
        <translation>Probando la conexión con %1…</translation>
    </message>
</context>
<context>
    <name>syncscope::ui::AlertBanner</name>
    <message>
        <source>Dis&amp;miss</source>
        <translation>&amp;Descartar</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Alertas</translation>
    </message>
    <message>
        <source>Hide these alerts; the event log keeps them</source>
        <translation>Ocultar estas alertas; el registro de eventos las conserva</translation>
    </message>
    <message>
        <source>Lost the connection to server %1 at %2.</source>
        <translation>Se perdió la conexión con el servidor %1 a las %2.</translation>
    </message>
    <message>
        <source>Server lost</source>
        <translation>Servidor perdido</translation>
    </message>
    <message>
        <source>Server %1 is back; it was unreachable from %2 to %3 (%4).</source>
        <translation>El servidor %1 ha vuelto; no estuvo accesible de %2 a %3 (%4).</translation>
    </message>
    <message>
        <source>Server back</source>
        <translation>Servidor de vuelta</translation>
    </message>
</context>
<context>
    <name>syncscope::ui::DetailPane</name>
    <message>
        <source>Session configuration</source>
        <translation>Configuración de la sesión</translation>
    </message>
    <message>
        <source>Chart time range</source>
        <translation>Intervalo de los gráficos</translation>
    </message>
    <message>
        <source>&amp;Range:</source>
        <translation>&amp;Intervalo:</translation>
    </message>
    <message>
        <source>Transfer rate</source>
        <translation>Velocidad de transferencia</translation>
    </message>
    <message>
        <source>Upload</source>
        <translation>Subida</translation>
    </message>
    <message>
        <source>Download</source>
        <translation>Bajada</translation>
    </message>
    <message>
        <source>Transferred vs transferable</source>
        <translation>Transferido frente a transferible</translation>
    </message>
    <message>
        <source>Uploaded</source>
        <translation>Subido</translation>
    </message>
    <message>
        <source>Upload transferable</source>
        <translation>Subida transferible</translation>
    </message>
    <message>
        <source>Downloaded</source>
        <translation>Bajado</translation>
    </message>
    <message>
        <source>Download transferable</source>
        <translation>Bajada transferible</translation>
    </message>
    <message>
        <source>All sessions (sum) — %1</source>
        <translation>Todas las sesiones (suma) — %1</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) on %1 server(s).
Select sessions to see only theirs.</source>
        <translation>
            <numerusform>%n sesión en %1 servidor(es).
Seleccione sesiones para ver solo las suyas.</numerusform>
            <numerusform>%n sesiones en %1 servidor(es).
Seleccione sesiones para ver solo las suyas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Server: %1
Realm: %2
User: %3
Local file: %4</source>
        <translation>Servidor: %1
Realm: %2
Usuario: %3
Archivo local: %4</translation>
    </message>
    <message>
        <source>Expected to fail (does not count against a headless run).</source>
        <translation>Fallo esperado (no cuenta contra una ejecución sin ventana).</translation>
    </message>
    <message numerus="yes">
        <source>%n selected session(s) (sum)</source>
        <translation>
            <numerusform>%n sesión seleccionada (suma)</numerusform>
            <numerusform>%n sesiones seleccionadas (suma)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n shown session(s) (sum)</source>
        <translation>
            <numerusform>%n sesión mostrada (suma)</numerusform>
            <numerusform>%n sesiones mostradas (suma)</numerusform>
        </translation>
    </message>
    <message>
        <source>The sessions the list shows with its filter:</source>
        <translation>Las sesiones que la lista muestra con su filtro:</translation>
    </message>
</context>
<context>
    <name>syncscope::ui::EventLogModel</name>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Sesión</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Evento</translation>
    </message>
    <message>
        <source>(monitor)</source>
        <translation>(monitor)</translation>
    </message>
</context>
<context>
    <name>syncscope::ui::EventLogPanel</name>
    <message>
        <source>All sessions</source>
        <translation>Todas las sesiones</translation>
    </message>
    <message>
        <source>Event log session filter</source>
        <translation>Filtro de sesión del registro</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Todos los tipos</translation>
    </message>
    <message>
        <source>Event log kind filter</source>
        <translation>Filtro de tipo del registro</translation>
    </message>
    <message>
        <source>Sess&amp;ion:</source>
        <translation>Ses&amp;ión:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Tipo:</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copiar</translation>
    </message>
    <message>
        <source>Copy the selected lines (all shown lines if none is selected)</source>
        <translation>Copiar las líneas seleccionadas (todas las mostradas si no hay ninguna seleccionada)</translation>
    </message>
    <message>
        <source>E&amp;xport log…</source>
        <translation>E&amp;xportar registro…</translation>
    </message>
    <message>
        <source>Save the shown lines to a text file</source>
        <translation>Guardar las líneas mostradas en un archivo de texto</translation>
    </message>
    <message>
        <source>Event log</source>
        <translation>Registro de eventos</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>Export event log</source>
        <translation>Exportar registro de eventos</translation>
    </message>
    <message>
        <source>Text files (*.txt);;All files (*)</source>
        <translation>Archivos de texto (*.txt);;Todos los archivos (*)</translation>
    </message>
</context>
<context>
    <name>syncscope::ui::ExportController</name>
    <message>
        <source>export cancelled</source>
        <translation>exportación cancelada</translation>
    </message>
    <message numerus="yes">
        <source>Exporting %n progress report(s)…</source>
        <translation>
            <numerusform>Exportando %n informe de progreso…</numerusform>
            <numerusform>Exportando %n informes de progreso…</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Export progress log</source>
        <translation>Exportar registro de progreso</translation>
    </message>
</context>
<context>
    <name>syncscope::ui::ExportDialog</name>
    <message>
        <source>&amp;All sessions</source>
        <translation>&amp;Todas las sesiones</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Selected sessions (%n)</source>
        <translation>
            <numerusform>&amp;Sesión seleccionada (%n)</numerusform>
            <numerusform>&amp;Sesiones seleccionadas (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Export progress log</source>
        <translation>Exportar registro de progreso</translation>
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
        <translation>Formato de exportación</translation>
    </message>
    <message>
        <source>Export file</source>
        <translation>Archivo de exportación</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>Exa&amp;minar…</translation>
    </message>
    <message>
        <source>Sessions:</source>
        <translation>Sesiones:</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Formato:</translation>
    </message>
    <message>
        <source>E&amp;xport</source>
        <translation>E&amp;xportar</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>JSON Lines files (*.jsonl)</source>
        <translation>Archivos JSON Lines (*.jsonl)</translation>
    </message>
    <message>
        <source>The file name must end in .csv or .jsonl to match the format.</source>
        <translation>El nombre del archivo debe terminar en .csv o .jsonl según el formato.</translation>
    </message>
    <message>
        <source>The folder does not exist.</source>
        <translation>La carpeta no existe.</translation>
    </message>
    <message>
        <source>Fi&amp;le:</source>
        <translation>&amp;Archivo:</translation>
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
        <translation>No conectadas</translation>
    </message>
    <message>
        <source>seconds ago</source>
        <translation>segundos atrás</translation>
    </message>
    <message>
        <source>hours ago</source>
        <translation>horas atrás</translation>
    </message>
    <message>
        <source>minutes ago</source>
        <translation>minutos atrás</translation>
    </message>
</context>
<context>
    <name>syncscope::ui::MainWindow</name>
    <message>
        <source>&amp;Details</source>
        <translation>&amp;Detalles</translation>
    </message>
    <message>
        <source>Event &amp;log</source>
        <translation>&amp;Registro</translation>
    </message>
    <message>
        <source>Details and event log</source>
        <translation>Detalles y registro de eventos</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n progress report(s) to %1</source>
        <translation>
            <numerusform>%n informe de progreso exportado a %1</numerusform>
            <numerusform>%n informes de progreso exportados a %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Exported the progress log to %1</source>
        <translation>Registro de progreso exportado a %1</translation>
    </message>
    <message>
        <source>Export progress log</source>
        <translation>Exportar registro de progreso</translation>
    </message>
    <message>
        <source>Add a session to this workspace</source>
        <translation>Añadir una sesión a este espacio de trabajo</translation>
    </message>
    <message>
        <source>&amp;Open workspace…</source>
        <translation>A&amp;brir espacio de trabajo…</translation>
    </message>
    <message>
        <source>Open a workspace in a new window</source>
        <translation>Abrir un espacio de trabajo en una ventana nueva</translation>
    </message>
    <message>
        <source>&amp;Save workspace</source>
        <translation>&amp;Guardar espacio de trabajo</translation>
    </message>
    <message>
        <source>Save the sessions of this window as a workspace file</source>
        <translation>Guardar las sesiones de esta ventana como archivo de espacio de trabajo</translation>
    </message>
    <message>
        <source>Save workspace &amp;as…</source>
        <translation>Guardar espacio de trabajo &amp;como…</translation>
    </message>
    <message>
        <source>&amp;Export progress log…</source>
        <translation>&amp;Exportar registro de progreso…</translation>
    </message>
    <message>
        <source>Write every recorded progress report to CSV or JSON Lines</source>
        <translation>Escribir todos los informes de progreso registrados en CSV o JSON Lines</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Sessions</source>
        <translation>&amp;Sesiones</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Filter sessions</source>
        <translation>&amp;Filtrar sesiones</translation>
    </message>
    <message>
        <source>Show &amp;all sessions in details</source>
        <translation>Mostrar &amp;todas las sesiones en los detalles</translation>
    </message>
    <message>
        <source>Se&amp;ttings</source>
        <translation>&amp;Preferencias</translation>
    </message>
    <message>
        <source>&amp;Notify when a session turns Invalid or stalls</source>
        <translation>&amp;Notificar cuando una sesión se vuelva inválida o se atasque</translation>
    </message>
    <message>
        <source>&amp;Stalled after no progress for</source>
        <translation>&amp;Atascada tras no progresar durante</translation>
    </message>
    <message>
        <source>30 seconds</source>
        <translation>30 segundos</translation>
    </message>
    <message>
        <source>1 minute</source>
        <translation>1 minuto</translation>
    </message>
    <message>
        <source>5 minutes</source>
        <translation>5 minutos</translation>
    </message>
    <message>
        <source>15 minutes</source>
        <translation>15 minutos</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>&amp;About Syncscope</source>
        <translation>&amp;Acerca de Syncscope</translation>
    </message>
    <message>
        <source>About Syncscope</source>
        <translation>Acerca de Syncscope</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Syncscope %1&lt;/h3&gt;&lt;p&gt;A monitor for sync sessions: state, connection, progress and rates, live.&lt;/p&gt;&lt;p&gt;Progress log: up to %2 reports are kept in memory; older ones are dropped.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Syncscope %1&lt;/h3&gt;&lt;p&gt;Un monitor de sesiones de sincronización: estado, conexión, progreso y velocidades, en directo.&lt;/p&gt;&lt;p&gt;Registro de progreso: se guardan en memoria hasta %2 informes; los más antiguos se descartan.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Acerca de &amp;Qt</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Barra de herramientas principal</translation>
    </message>
    <message>
        <source>Pause for</source>
        <translation>Pausar durante</translation>
    </message>
    <message>
        <source>Saved the workspace to %1</source>
        <translation>Espacio de trabajo guardado en %1</translation>
    </message>
    <message>
        <source>Save workspace</source>
        <translation>Guardar espacio de trabajo</translation>
    </message>
    <message>
        <source>Workspaces (*.json)</source>
        <translation>Espacios de trabajo (*.json)</translation>
    </message>
    <message>
        <source>Open workspace</source>
        <translation>Abrir espacio de trabajo</translation>
    </message>
    <message>
        <source>Workspaces (*.json);;All files (*)</source>
        <translation>Espacios de trabajo (*.json);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>%1 cannot be opened:
%2</source>
        <translation>No se puede abrir %1:
%2</translation>
    </message>
    <message>
        <source>Could not start a new window.</source>
        <translation>No se pudo abrir una ventana nueva.</translation>
    </message>
    <message>
        <source>A&amp;dd session…</source>
        <translation>&amp;Añadir sesión…</translation>
    </message>
    <message>
        <source>S&amp;elect all</source>
        <translation>Seleccionar &amp;todas</translation>
    </message>
    <message>
        <source>Session l&amp;ist</source>
        <translation>&amp;Lista de sesiones</translation>
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
        <translation>Cambios sin guardar</translation>
    </message>
    <message>
        <source>The sessions of this workspace were changed. Save the workspace before closing?</source>
        <translation>Las sesiones de este espacio de trabajo cambiaron. ¿Guardar el espacio de trabajo antes de cerrar?</translation>
    </message>
</context>
<context>
    <name>syncscope::ui::MonitorStatusBar</name>
    <message>
        <source>Sessions by state</source>
        <translation>Sesiones por estado</translation>
    </message>
    <message>
        <source>Total transfer rates</source>
        <translation>Velocidades totales</translation>
    </message>
    <message>
        <source>Connection summary</source>
        <translation>Resumen de conexiones</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>No sessions</source>
        <translation>Sin sesiones</translation>
    </message>
    <message>
        <source>Up %1 · Down %2</source>
        <translation>Subida %1 · Bajada %2</translation>
    </message>
    <message numerus="yes">
        <source>Connected to %1 of %n server(s)</source>
        <translation>
            <numerusform>Conectado a %1 de %n servidor</numerusform>
            <numerusform>Conectado a %1 de %n servidores</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Latest notice</source>
        <translation>Último aviso</translation>
    </message>
    <message numerus="yes">
        <source>⚠ %n stalled</source>
        <translation>
            <numerusform>⚠ %n atascada</numerusform>
            <numerusform>⚠ %n atascadas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>syncscope::ui::SessionActions</name>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Pausar</translation>
    </message>
    <message>
        <source>Pause the selected sessions</source>
        <translation>Pausar las sesiones seleccionadas</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Reanudar</translation>
    </message>
    <message>
        <source>Resume the selected sessions you paused</source>
        <translation>Reanudar las sesiones seleccionadas que usted pausó</translation>
    </message>
    <message>
        <source>Pause &amp;all</source>
        <translation>Pausar t&amp;odas</translation>
    </message>
    <message>
        <source>Pause every session; Resume all restores each one&apos;s own state</source>
        <translation>Pausar todas las sesiones; «Reanudar todas» restablece el estado propio de cada una</translation>
    </message>
    <message>
        <source>Resume a&amp;ll</source>
        <translation>Reanudar tod&amp;as</translation>
    </message>
    <message>
        <source>Undo Pause all; sessions you paused yourself stay paused</source>
        <translation>Deshacer «Pausar todas»; las sesiones que usted pausó siguen en pausa</translation>
    </message>
    <message>
        <source>Reconnect &amp;now</source>
        <translation>Reconectar a&amp;hora</translation>
    </message>
    <message>
        <source>Skip the reconnect delay of the selected sessions</source>
        <translation>Saltarse la espera de reconexión de las sesiones seleccionadas</translation>
    </message>
    <message>
        <source>Pause &amp;for…</source>
        <translation>Pausar &amp;durante…</translation>
    </message>
    <message>
        <source>Pause the selected sessions; they resume by themselves</source>
        <translation>Pausar las sesiones seleccionadas; se reanudan solas</translation>
    </message>
    <message>
        <source>&amp;5 minutes</source>
        <translation>&amp;5 minutos</translation>
    </message>
    <message>
        <source>&amp;30 minutes</source>
        <translation>&amp;30 minutos</translation>
    </message>
    <message>
        <source>&amp;1 hour</source>
        <translation>&amp;1 hora</translation>
    </message>
    <message>
        <source>Log the user of the selected sessions in again with the workspace&apos;s token</source>
        <translation>Iniciar de nuevo la sesión del usuario de las sesiones elegidas con el token del espacio de trabajo</translation>
    </message>
    <message>
        <source>Log &amp;in again</source>
        <translation>&amp;Iniciar sesión de nuevo</translation>
    </message>
</context>
<context>
    <name>syncscope::ui::SessionEditActions</name>
    <message>
        <source>E&amp;dit…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <source>Dupli&amp;cate…</source>
        <translation>Dupli&amp;car…</translation>
    </message>
    <message>
        <source>Re&amp;move…</source>
        <translation>&amp;Quitar…</translation>
    </message>
    <message>
        <source>Re&amp;open</source>
        <translation>Rea&amp;brir</translation>
    </message>
    <message>
        <source>Change the selected session; it is closed and opened again</source>
        <translation>Cambiar la sesión elegida; se cierra y se abre de nuevo</translation>
    </message>
    <message>
        <source>Add a copy of the selected session with a file of its own</source>
        <translation>Añadir una copia de la sesión elegida con su propio archivo</translation>
    </message>
    <message>
        <source>Stop watching the selected sessions and close them</source>
        <translation>Dejar de vigilar las sesiones elegidas y cerrarlas</translation>
    </message>
    <message>
        <source>Open the selected Invalid sessions again, once the cause is fixed</source>
        <translation>Abrir de nuevo las sesiones no válidas elegidas, una vez corregida la causa</translation>
    </message>
    <message>
        <source>Edit session</source>
        <translation>Editar sesión</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (copia)</translation>
    </message>
    <message>
        <source>%1 (copy %2)</source>
        <translation>%1 (copia %2)</translation>
    </message>
    <message>
        <source>Duplicate session</source>
        <translation>Duplicar sesión</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Añadir</translation>
    </message>
    <message>
        <source>Remove the session &quot;%1&quot; from the workspace? Its local file stays on disk.</source>
        <translation>¿Quitar la sesión «%1» del espacio de trabajo? Su archivo local se queda en el disco.</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n sessions from the workspace? Their local files stay on disk.</source>
        <translation>
            <numerusform>¿Quitar %n sesión del espacio de trabajo? Su archivo local se queda en el disco.</numerusform>
            <numerusform>¿Quitar %n sesiones del espacio de trabajo? Sus archivos locales se quedan en el disco.</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove sessions</source>
        <translation>Quitar sesiones</translation>
    </message>
</context>
<context>
    <name>syncscope::ui::SessionListModel</name>
    <message>
        <source>waiting</source>
        <translation>esperando</translation>
    </message>
    <message>
        <source>%1 of %2 (%3 %)</source>
        <translation>%1 de %2 (%3 %)</translation>
    </message>
    <message>
        <source>No progress reported yet: the SDK reports once the session has exchanged its first download.</source>
        <translation>Aún no hay progreso: el SDK lo informa cuando la sesión ha intercambiado su primera descarga.</translation>
    </message>
    <message>
        <source>%1 of %2 bytes</source>
        <translation>%1 de %2 bytes</translation>
    </message>
    <message>
        <source>Uploaded and acknowledged by the server: %1.</source>
        <translation>Subido y confirmado por el servidor: %1.</translation>
    </message>
    <message>
        <source>Downloaded and integrated: %1.</source>
        <translation>Bajado e integrado: %1.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Realm</source>
        <translation>Realm</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Usuario</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Servidor</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Conexión</translation>
    </message>
    <message>
        <source>Upload</source>
        <translation>Subida</translation>
    </message>
    <message>
        <source>Download</source>
        <translation>Bajada</translation>
    </message>
    <message>
        <source>Upload rate</source>
        <translation>Velocidad de subida</translation>
    </message>
    <message>
        <source>Up rate</source>
        <translation>Subida/s</translation>
    </message>
    <message>
        <source>Download rate</source>
        <translation>Velocidad de bajada</translation>
    </message>
    <message>
        <source>Down rate</source>
        <translation>Bajada/s</translation>
    </message>
    <message>
        <source>Last error</source>
        <translation>Último error</translation>
    </message>
    <message>
        <source>%1
Local file: %2</source>
        <translation>%1
Archivo local: %2</translation>
    </message>
    <message>
        <source>%1
at %2</source>
        <translation>%1
a las %2</translation>
    </message>
    <message>
        <source>
Access token: %1</source>
        <translation>
Token de acceso: %1</translation>
    </message>
    <message>
        <source>%1
Access token: %2</source>
        <translation>%1
Token de acceso: %2</translation>
    </message>
    <message>
        <source>Is it syncing? (from the state and the connection)</source>
        <translation>¿Sincroniza? (según el estado y la conexión)</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Salud</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>En pausa</translation>
    </message>
    <message>
        <source>Nothing to upload</source>
        <translation>Nada que subir</translation>
    </message>
    <message>
        <source>Up to date</source>
        <translation>Al día</translation>
    </message>
    <message>
        <source>⚠ Stalled: connected, with work outstanding, but no progress for %1 s or more.</source>
        <translation>⚠ Atascada: conectada, con trabajo pendiente, pero sin progreso desde hace %1 s o más.</translation>
    </message>
</context>
<context>
    <name>syncscope::ui::SessionListPanel</name>
    <message>
        <source>Filter by name, realm, user or server</source>
        <translation>Filtrar por nombre, realm, usuario o servidor</translation>
    </message>
    <message>
        <source>Session filter</source>
        <translation>Filtro de sesiones</translation>
    </message>
    <message>
        <source>State filter</source>
        <translation>Filtro de estado</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sesiones</translation>
    </message>
    <message>
        <source>Sync sessions with their state, connection, progress and rates</source>
        <translation>Sesiones de sincronización con su estado, conexión, progreso y velocidades</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Filt&amp;er:</source>
        <translation>&amp;Filtro:</translation>
    </message>
    <message>
        <source>Sh&amp;ow:</source>
        <translation>&amp;Mostrar:</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Columnas</translation>
    </message>
</context>
<context>
    <name>syncscope::ui::TrayNotifier</name>
    <message>
        <source>&amp;Show window</source>
        <translation>&amp;Mostrar ventana</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>Session invalid</source>
        <translation>Sesión inválida</translation>
    </message>
    <message>
        <source>Session stalled</source>
        <translation>Sesión atascada</translation>
    </message>
    <message>
        <source>%1 stopped for good: %2</source>
        <translation>%1 se detuvo definitivamente: %2</translation>
    </message>
    <message>
        <source>%1 is connected with work outstanding but makes no progress.</source>
        <translation>%1 está conectada y tiene trabajo pendiente, pero no progresa.</translation>
    </message>
</context>
</TS>
