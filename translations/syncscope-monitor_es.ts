<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>ChartScale</name>
    <message>
        <source>%1/s</source>
        <translation>%1/s</translation>
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
    <message>
        <source>time of day</source>
        <translation>hora del día</translation>
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
    <name>HistoryStore</name>
    <message>
        <source>no saved history</source>
        <translation>no hay historial guardado</translation>
    </message>
    <message>
        <source>%1 is too large for a chart history</source>
        <translation>%1 es demasiado grande para un historial de gráfico</translation>
    </message>
    <message>
        <source>cannot create %1</source>
        <translation>no se puede crear %1</translation>
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
        <translation>Abrir las sesiones listadas en &lt;archivo&gt; (JSON, véase docs/monitor.md).</translation>
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
        <translation>Con --headless: terminar tras &lt;segundos&gt;.</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>segundos</translation>
    </message>
    <message>
        <source>With --headless: write the progress log to &lt;file&gt; at the end (.csv or .jsonl).</source>
        <translation>Con --headless: escribir al final el registro de progreso en &lt;archivo&gt; (.csv o .jsonl).</translation>
    </message>
    <message>
        <source>Use &lt;language&gt; (e.g. de, fr, es) instead of the system&apos;s.</source>
        <translation>Usar &lt;idioma&gt; (p. ej. de, fr, es) en lugar del idioma del sistema.</translation>
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
        <translation>Con --headless: salir con 1 si, al final, una sesión que debe sincronizar (ni fallo esperado, ni en pausa) lleva desconectada [segundos] o más — también una que nunca se conectó. Sin valor: cualquier sesión desconectada.</translation>
    </message>
    <message>
        <source>--fail-on-disconnected only applies with --headless</source>
        <translation>--fail-on-disconnected solo se aplica con --headless</translation>
    </message>
    <message>
        <source>--fail-on-disconnected needs a number of seconds, got &quot;%1&quot;</source>
        <translation>--fail-on-disconnected necesita un número de segundos, se recibió «%1»</translation>
    </message>
    <message>
        <source>Watch the sessions of the running process &lt;pid&gt; through its inspector (docs/inspector.md); may be repeated.</source>
        <translation>Observar las sesiones del proceso en ejecución &lt;pid&gt; a través de su inspector (docs/inspector.md); se puede repetir.</translation>
    </message>
    <message>
        <source>pid</source>
        <translation>pid</translation>
    </message>
    <message>
        <source>--attach-pid needs a process id, got &quot;%1&quot;</source>
        <translation>--attach-pid necesita un identificador de proceso, se recibió «%1»</translation>
    </message>
    <message>
        <source>With --headless: &quot;table&quot; (the default) for people, or &quot;json&quot;: one JSON object a line each second, for scripts.</source>
        <translation>Con --headless: «table» (predeterminado) para personas, o «json»: un objeto JSON por línea cada segundo, para scripts.</translation>
    </message>
    <message>
        <source>format</source>
        <translation>formato</translation>
    </message>
    <message>
        <source>With --headless on a terminal: redraw the table in place instead of appending it.</source>
        <translation>Con --headless en un terminal: redibujar la tabla en su sitio en lugar de añadirla debajo.</translation>
    </message>
    <message>
        <source>--format only applies with --headless</source>
        <translation>--format solo se aplica con --headless</translation>
    </message>
    <message>
        <source>--format must be table or json, got &quot;%1&quot;</source>
        <translation>--format debe ser table o json, se recibió «%1»</translation>
    </message>
    <message>
        <source>--watch only applies with --headless</source>
        <translation>--watch solo se aplica con --headless</translation>
    </message>
    <message>
        <source>With --headless: serve the sessions&apos; states, bytes and reconnects as Prometheus metrics at http://&lt;host:port&gt;/metrics (plain HTTP; port 0 picks one).</source>
        <translation>Con --headless: servir los estados, bytes y reconexiones de las sesiones como métricas de Prometheus en http://&lt;host:port&gt;/metrics (HTTP simple; el puerto 0 elige uno libre).</translation>
    </message>
    <message>
        <source>host:port</source>
        <translation>host:puerto</translation>
    </message>
    <message>
        <source>--metrics-listen only applies with --headless</source>
        <translation>--metrics-listen solo se aplica con --headless</translation>
    </message>
    <message>
        <source>--metrics-listen needs HOST:PORT with an IP address or localhost, got &quot;%1&quot;</source>
        <translation>--metrics-listen necesita HOST:PUERTO con una dirección IP o localhost, recibido «%1»</translation>
    </message>
    <message>
        <source>Watch every session of the syncscope-server whose operator API listens at &lt;url&gt; (docs/operator.md); may be repeated, each with its own --operator-token-file.</source>
        <translation>Vigilar todas las sesiones del syncscope-server cuya API de operador escucha en &lt;url&gt; (docs/operator.md); se puede repetir, cada una con su propio --operator-token-file.</translation>
    </message>
    <message>
        <source>url</source>
        <translation>url</translation>
    </message>
    <message>
        <source>The operator token for the --attach before it (from syncscope-server token --operator).</source>
        <translation>El token de operador para el --attach anterior (de syncscope-server token --operator).</translation>
    </message>
    <message>
        <source>each --attach needs its own --operator-token-file (got %1 URLs and %2 files)</source>
        <translation>cada --attach necesita su propio --operator-token-file (se recibieron %1 URL y %2 archivos)</translation>
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
        <translation>no se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>export cancelled</source>
        <translation>exportación cancelada</translation>
    </message>
</context>
<context>
    <name>RateHistory</name>
    <message>
        <source>not a chart history file</source>
        <translation>no es un archivo de historial de gráfico</translation>
    </message>
    <message>
        <source>written by another version</source>
        <translation>escrito por otra versión</translation>
    </message>
    <message>
        <source>the file is damaged</source>
        <translation>el archivo está dañado</translation>
    </message>
</context>
<context>
    <name>SessionDiagnostics</name>
    <message>
        <source>no report yet</source>
        <translation>aún sin informe</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <source>Syncscope diagnostics for &quot;%1&quot;, %2</source>
        <translation>Diagnóstico de Syncscope de «%1», %2</translation>
    </message>
    <message>
        <source>Monitor version: %1</source>
        <translation>Versión del monitor: %1</translation>
    </message>
    <message>
        <source>Configuration</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <source>  Server: %1</source>
        <translation>  Servidor: %1</translation>
    </message>
    <message>
        <source>  Realm: %1</source>
        <translation>  Realm: %1</translation>
    </message>
    <message>
        <source>  User: %1</source>
        <translation>  Usuario: %1</translation>
    </message>
    <message>
        <source>  Local file: %1</source>
        <translation>  Archivo local: %1</translation>
    </message>
    <message>
        <source>  Access token: omitted (%1)</source>
        <translation>  Token de acceso: omitido (%1)</translation>
    </message>
    <message>
        <source>none in the configuration</source>
        <translation>ninguno en la configuración</translation>
    </message>
    <message>
        <source>  Expected to fail: %1</source>
        <translation>  Se espera que falle: %1</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>  Synthetic traffic: %1</source>
        <translation>  Tráfico sintético: %1</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Ahora</translation>
    </message>
    <message>
        <source>  Health: %1</source>
        <translation>  Salud: %1</translation>
    </message>
    <message>
        <source>  State: %1: %2</source>
        <translation>  Estado: %1: %2</translation>
    </message>
    <message>
        <source>  Connection: %1: %2</source>
        <translation>  Conexión: %1: %2</translation>
    </message>
    <message>
        <source>  Upload: %1, %2</source>
        <translation>  Subida: %1, %2</translation>
    </message>
    <message>
        <source>  Download: %1, %2</source>
        <translation>  Descarga: %1, %2</translation>
    </message>
    <message>
        <source>  Last error: %1 (at %2)</source>
        <translation>  Último error: %1 (a las %2)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>  Disconnected since: %1</source>
        <translation>  Desconectado desde: %1</translation>
    </message>
    <message>
        <source>  Next connection attempt: %1</source>
        <translation>  Próximo intento de conexión: %1</translation>
    </message>
    <message>
        <source>  Stalled: %1</source>
        <translation>  Estancada: %1</translation>
    </message>
    <message>
        <source>State history (newest last)</source>
        <translation>Historial de estados (lo más reciente al final)</translation>
    </message>
    <message>
        <source>Last errors (newest last)</source>
        <translation>Últimos errores (el más reciente al final)</translation>
    </message>
    <message>
        <source>  Further server node: %1</source>
        <translation>  Nodo de servidor adicional: %1</translation>
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
    <name>SessionFacts</name>
    <message>
        <source>none (not syncing)</source>
        <translation>ninguno (no sincroniza)</translation>
    </message>
    <message>
        <source>Server nodes: %1
In use: %2</source>
        <translation>Nodos del servidor: %1
En uso: %2</translation>
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
    <message>
        <source>Stale since %1</source>
        <translation>Desactualizada desde %1</translation>
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
        <source>Active (Realm&apos;s word: it wants to sync), but not connected: no change goes up or comes down until the connection is back.</source>
        <translation>Activa (la palabra de Realm: quiere sincronizar), pero sin conexión: ningún cambio sube ni baja hasta que vuelva la conexión.</translation>
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
        <source>%1 holds access tokens but other users can read it; restrict it to yourself (chmod 600) or save it again.</source>
        <translation>%1 contiene tokens de acceso pero otros usuarios pueden leerlo; restrínjalo a usted (chmod 600) o guárdelo de nuevo.</translation>
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
        <source>must be a list of servers</source>
        <translation>debe ser una lista de servidores</translation>
    </message>
    <message>
        <source>an operator token is kept only in a file readable by its owner alone; chmod 600 the file or give the token as tokenFile</source>
        <translation>un token de operador solo se guarda en un archivo que únicamente su propietario puede leer; aplique chmod 600 al archivo o indique el token como tokenFile</translation>
    </message>
    <message>
        <source>the server must be a ws:// or wss:// URL with a host, its --operator-listen address</source>
        <translation>el servidor debe ser una URL ws:// o wss:// con un host, su dirección de --operator-listen</translation>
    </message>
    <message>
        <source>give the operator token either as tokenFile or as token, not both or neither</source>
        <translation>indique el token de operador como tokenFile o como token, no ambos ni ninguno</translation>
    </message>
    <message>
        <source>must be a list of ws:// or wss:// URLs</source>
        <translation>debe ser una lista de URL ws:// o wss://</translation>
    </message>
    <message>
        <source>must list at most %1 further nodes</source>
        <translation>debe indicar como máximo %1 nodos adicionales</translation>
    </message>
    <message>
        <source>At most %1 further server nodes can be given.</source>
        <translation>Se pueden indicar como máximo %1 nodos de servidor adicionales.</translation>
    </message>
    <message>
        <source>The further server node &quot;%1&quot; is not a ws:// or wss:// URL with a host.</source>
        <translation>El nodo de servidor adicional «%1» no es una URL ws:// o wss:// con un host.</translation>
    </message>
</context>
<context>
    <name>syncscope::monitor::AttachedServer</name>
    <message>
        <source>%1 did %2</source>
        <translation>%1 ejecutó %2</translation>
    </message>
    <message>
        <source>%1 refused the action: %2 (%3)</source>
        <translation>%1 rechazó la acción: %2 (%3)</translation>
    </message>
    <message>
        <source>larger than %1 KiB, not a token</source>
        <translation>mayor de %1 KiB, no es un token</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>el archivo está vacío</translation>
    </message>
    <message>
        <source>Cannot attach to %1: cannot read the operator token file %2: %3</source>
        <translation>No se puede conectar a %1: no se puede leer el archivo de token de operador %2: %3</translation>
    </message>
    <message>
        <source>cannot read the operator token file %1: %2</source>
        <translation>no se puede leer el archivo de token de operador %1: %2</translation>
    </message>
    <message>
        <source>Attaching to %1</source>
        <translation>Conectando a %1</translation>
    </message>
    <message>
        <source>Not attached: %1</source>
        <translation>No conectado: %1</translation>
    </message>
    <message>
        <source>Not attached</source>
        <translation>No conectado</translation>
    </message>
    <message>
        <source>Unreachable since %1, reconnecting</source>
        <translation>Inaccesible desde %1, reconectando</translation>
    </message>
    <message>
        <source>Connecting since %1</source>
        <translation>Conectando desde %1</translation>
    </message>
    <message>
        <source>Reachable since %1</source>
        <translation>Accesible desde %1</translation>
    </message>
    <message>
        <source>Unreachable since %1, next attempt at %2</source>
        <translation>Inaccesible desde %1, próximo intento a las %2</translation>
    </message>
    <message>
        <source>Refused: %1</source>
        <translation>Rechazado: %1</translation>
    </message>
    <message numerus="yes">
        <source>Reattached to %1 after %2 s: %n sessions</source>
        <translation>
            <numerusform>Reconectado a %1 tras %2 s: %n sesión</numerusform>
            <numerusform>Reconectado a %1 tras %2 s: %n sesiones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Attached to %1 as %2: %n sessions</source>
        <translation>
            <numerusform>Conectado a %1 como %2: %n sesión</numerusform>
            <numerusform>Conectado a %1 como %2: %n sesiones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Lost the operator connection to %1: %2. Its %n sessions show their last known state; retrying in %3 s</source>
        <translation>
            <numerusform>Se perdió la conexión de operador con %1: %2. Su %n sesión muestra su último estado conocido; reintento en %3 s</numerusform>
            <numerusform>Se perdió la conexión de operador con %1: %2. Sus %n sesiones muestran su último estado conocido; reintento en %3 s</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot reach %1: %2; retrying in %3 s</source>
        <translation>No se puede alcanzar %1: %2; reintento en %3 s</translation>
    </message>
    <message>
        <source>Cannot attach to %1: %2; not retried (give a valid operator token)</source>
        <translation>No se puede conectar a %1: %2; no se reintenta (indique un token de operador válido)</translation>
    </message>
    <message>
        <source>Its connection closed on the server</source>
        <translation>Su conexión se cerró en el servidor</translation>
    </message>
    <message>
        <source>Ended on the server</source>
        <translation>Terminada en el servidor</translation>
    </message>
    <message>
        <source>%1 restarted at %2</source>
        <translation>%1 se reinició a las %2</translation>
    </message>
    <message>
        <source>The server restarted</source>
        <translation>El servidor se reinició</translation>
    </message>
    <message>
        <source>Ended on the server with error %1</source>
        <translation>Terminada en el servidor con el error %1</translation>
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
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
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
    <name>syncscope::monitor::InspectedProcessSessions</name>
    <message>
        <source>Attached to process %1 (%2 sessions)</source>
        <translation>Conectado al proceso %1 (%2 sesiones)</translation>
    </message>
    <message>
        <source>Before the attach, at %1: %2</source>
        <translation>Antes de conectarse, a las %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Process %1 is gone; its %n sessions are no longer watched</source>
        <translation>
            <numerusform>El proceso %1 ha terminado; su %n sesión ya no se observa</numerusform>
            <numerusform>El proceso %1 ha terminado; sus %n sesiones ya no se observan</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>syncscope::monitor::InspectorSessionSource</name>
    <message>
        <source>Network conditions back to normal</source>
        <translation>Condiciones de red de nuevo normales</translation>
    </message>
    <message>
        <source>Simulated network: up %1 B/s, down %2 B/s, latency %3 ms%4</source>
        <translation>Red simulada: subida %1 B/s, bajada %2 B/s, latencia %3 ms%4</translation>
    </message>
    <message>
        <source>, offline</source>
        <translation>, sin conexión</translation>
    </message>
    <message>
        <source>The process %1 is gone.</source>
        <translation>El proceso %1 ha terminado.</translation>
    </message>
    <message>
        <source>Pause all holds only the monitor&apos;s own sessions, not those of another process.</source>
        <translation>«Pausar todo» solo detiene las sesiones propias del monitor, no las de otro proceso.</translation>
    </message>
    <message>
        <source>Already paused.</source>
        <translation>Ya está en pausa.</translation>
    </message>
    <message>
        <source>Not paused.</source>
        <translation>No está en pausa.</translation>
    </message>
    <message numerus="yes">
        <source>Pause for %n s sent to the process</source>
        <translation>
            <numerusform>Pausa de %n s enviada al proceso</numerusform>
            <numerusform>Pausa de %n s enviada al proceso</numerusform>
        </translation>
    </message>
    <message>
        <source>Pause sent to the process</source>
        <translation>Pausa enviada al proceso</translation>
    </message>
    <message>
        <source>Resume sent to the process</source>
        <translation>Reanudación enviada al proceso</translation>
    </message>
    <message>
        <source>Reconnect sent to the process</source>
        <translation>Reconexión enviada al proceso</translation>
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
    <message>
        <source>Network conditions back to normal</source>
        <translation>Condiciones de red de nuevo normales</translation>
    </message>
    <message>
        <source>Simulated network: up %1 B/s, down %2 B/s, latency %3 ms%4</source>
        <translation>Red simulada: subida %1 B/s, bajada %2 B/s, latencia %3 ms%4</translation>
    </message>
    <message>
        <source>, offline</source>
        <translation>, sin conexión</translation>
    </message>
    <message>
        <source>Watching %1 on %2</source>
        <translation>Observando %1 en %2</translation>
    </message>
    <message>
        <source>Only the app that opened this session can log its user in.</source>
        <translation>Solo la aplicación que abrió esta sesión puede volver a iniciar la sesión de su usuario.</translation>
    </message>
    <message>
        <source>The session is Invalid: it never syncs again.</source>
        <translation>La sesión no es válida: nunca volverá a sincronizar.</translation>
    </message>
    <message>
        <source>Using the server node %1</source>
        <translation>Usando el nodo de servidor %1</translation>
    </message>
</context>
<context>
    <name>syncscope::monitor::MonitoredSession</name>
    <message>
        <source>State: %1</source>
        <translation>Estado: %1</translation>
    </message>
    <message>
        <source>Connection: %1</source>
        <translation>Conexión: %1</translation>
    </message>
    <message>
        <source>Could not open the session: %1</source>
        <translation>No se pudo abrir la sesión: %1</translation>
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
    <name>syncscope::monitor::OperatorClient</name>
    <message>
        <source>%1 does not speak the operator API (no %2 subprotocol); is it the --operator-listen port?</source>
        <translation>%1 no habla la API de operador (sin subprotocolo %2); ¿es el puerto de --operator-listen?</translation>
    </message>
    <message>
        <source>the operator connection closed (%1)</source>
        <translation>la conexión de operador se cerró (%1)</translation>
    </message>
    <message>
        <source>the operator connection closed: %1</source>
        <translation>la conexión de operador se cerró: %1</translation>
    </message>
    <message>
        <source>the server sent a message that is not a JSON object: %1</source>
        <translation>el servidor envió un mensaje que no es un objeto JSON: %1</translation>
    </message>
    <message>
        <source>the server refused the operator token: %1</source>
        <translation>el servidor rechazó el token de operador: %1</translation>
    </message>
</context>
<context>
    <name>syncscope::monitor::OperatorSessionSource</name>
    <message>
        <source>Seen on the server again</source>
        <translation>Visible de nuevo en el servidor</translation>
    </message>
    <message>
        <source>Operator connection to %1 lost: %2</source>
        <translation>Conexión de operador con %1 perdida: %2</translation>
    </message>
    <message>
        <source>Pause all holds only the monitor&apos;s own sessions, not those on a server.</source>
        <translation>Pausar todas solo detiene las sesiones propias del monitor, no las de un servidor.</translation>
    </message>
    <message>
        <source>Pausing happens in the app, which this monitor does not reach: it sees the session on %1. Use Operator &gt; Suspend session instead.</source>
        <translation>La pausa ocurre en la aplicación, que este monitor no alcanza: ve la sesión en %1. Use Operador &gt; Suspender sesión en su lugar.</translation>
    </message>
    <message>
        <source>Only the app can reconnect; it sees the session on %1. Disconnecting its connection (Operator menu) makes the app reconnect.</source>
        <translation>Solo la aplicación puede reconectarse; el monitor ve la sesión en %1. Desconectar su conexión (menú Operador) hace que la aplicación se reconecte.</translation>
    </message>
    <message>
        <source>The app logs its user in, not the monitor.</source>
        <translation>La aplicación inicia la sesión de su usuario, no el monitor.</translation>
    </message>
    <message>
        <source>The monitor is no longer attached to %1.</source>
        <translation>El monitor ya no está conectado a %1.</translation>
    </message>
    <message>
        <source>The operator connection to %1 is down; the row shows the last known state.</source>
        <translation>La conexión de operador con %1 está caída; la fila muestra el último estado conocido.</translation>
    </message>
    <message>
        <source>The session has no user to refuse.</source>
        <translation>La sesión no tiene usuario que rechazar.</translation>
    </message>
    <message>
        <source>Operator: disconnect connection %1 sent to the server</source>
        <translation>Operador: desconexión de la conexión %1 enviada al servidor</translation>
    </message>
    <message>
        <source>Operator: end session (fatal) sent to the server</source>
        <translation>Operador: fin de sesión (fatal) enviado al servidor</translation>
    </message>
    <message>
        <source>Operator: suspend session sent to the server</source>
        <translation>Operador: suspensión de sesión enviada al servidor</translation>
    </message>
    <message>
        <source>Operator: refuse user %1 until %2 sent to the server</source>
        <translation>Operador: rechazo del usuario %1 hasta %2 enviado al servidor</translation>
    </message>
</context>
<context>
    <name>syncscope::monitor::ServerOverview</name>
    <message>
        <source>Reachable</source>
        <translation>Accesible</translation>
    </message>
    <message>
        <source>Unreachable</source>
        <translation>Inaccesible</translation>
    </message>
    <message>
        <source>Connecting</source>
        <translation>Conectando</translation>
    </message>
    <message>
        <source>Not in use</source>
        <translation>Sin uso</translation>
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
        <translation>ninguna</translation>
    </message>
    <message>
        <source>Active %1, Inactive %2, Invalid %3</source>
        <translation>Activa %1, Inactiva %2, Inválida %3</translation>
    </message>
</context>
<context>
    <name>syncscope::monitor::ServerReason</name>
    <message>
        <source>the server closed the connection</source>
        <translation>el servidor cerró la conexión</translation>
    </message>
    <message>
        <source>the server failed unexpectedly</source>
        <translation>el servidor falló de forma inesperada</translation>
    </message>
    <message>
        <source>the server did not know a message</source>
        <translation>el servidor no conocía un mensaje</translation>
    </message>
    <message>
        <source>the server could not decode a message</source>
        <translation>el servidor no pudo decodificar un mensaje</translation>
    </message>
    <message>
        <source>a message exceeded the server&apos;s limits</source>
        <translation>un mensaje superó los límites del servidor</translation>
    </message>
    <message>
        <source>the server speaks another protocol version</source>
        <translation>el servidor habla otra versión del protocolo</translation>
    </message>
    <message>
        <source>a message named a session that was never bound</source>
        <translation>un mensaje nombraba una sesión que nunca se vinculó</translation>
    </message>
    <message>
        <source>a session id was used twice on the connection</source>
        <translation>un identificador de sesión se usó dos veces en la conexión</translation>
    </message>
    <message>
        <source>messages came in the wrong order</source>
        <translation>los mensajes llegaron en el orden equivocado</translation>
    </message>
    <message>
        <source>the server ended the session</source>
        <translation>el servidor terminó la sesión</translation>
    </message>
    <message>
        <source>the server could not use its storage</source>
        <translation>el servidor no pudo usar su almacenamiento</translation>
    </message>
    <message>
        <source>the access token has expired</source>
        <translation>el token de acceso ha caducado</translation>
    </message>
    <message>
        <source>the server refused the access token</source>
        <translation>el servidor rechazó el token de acceso</translation>
    </message>
    <message>
        <source>the realm path is not allowed</source>
        <translation>la ruta del realm no está permitida</translation>
    </message>
    <message>
        <source>the access token does not grant this realm</source>
        <translation>el token de acceso no concede este realm</translation>
    </message>
    <message>
        <source>the server does not know this client file</source>
        <translation>el servidor no conoce este archivo de cliente</translation>
    </message>
    <message>
        <source>the local file is ahead of the server&apos;s realm</source>
        <translation>el archivo local va por delante del realm del servidor</translation>
    </message>
    <message>
        <source>the upload&apos;s client versions do not increase</source>
        <translation>las versiones de cliente de la subida no aumentan</translation>
    </message>
    <message>
        <source>the server refused a changeset</source>
        <translation>el servidor rechazó un changeset</translation>
    </message>
    <message>
        <source>the client file belongs to another user</source>
        <translation>el archivo de cliente pertenece a otro usuario</translation>
    </message>
    <message>
        <source>the connection has too many sessions</source>
        <translation>la conexión tiene demasiadas sesiones</translation>
    </message>
    <message>
        <source>%1 (the server said: &quot;%2&quot;)</source>
        <translation>%1 (el servidor escribió: «%2»)</translation>
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
    <name>syncscope::monitor::StatusReport</name>
    <message>
        <source>NAME</source>
        <translation>NOMBRE</translation>
    </message>
    <message>
        <source>HEALTH</source>
        <translation>SALUD</translation>
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
        <source>[%1 s] %2 sessions, up %3, down %4</source>
        <translation>[%1 s] %2 sesiones, subida %3, bajada %4</translation>
    </message>
    <message>
        <source>NODE</source>
        <translation>NODO</translation>
    </message>
    <message>
        <source>SERVER</source>
        <translation>SERVIDOR</translation>
    </message>
    <message>
        <source>REACH</source>
        <translation>ACCESO</translation>
    </message>
    <message>
        <source>SINCE</source>
        <translation>DESDE</translation>
    </message>
    <message>
        <source>SESSIONS</source>
        <translation>SESIONES</translation>
    </message>
    <message>
        <source>PING RTT</source>
        <translation>RTT PING</translation>
    </message>
    <message>
        <source>LAST CONNECT ERROR</source>
        <translation>ÚLTIMO ERROR DE CONEXIÓN</translation>
    </message>
</context>
</TS>
