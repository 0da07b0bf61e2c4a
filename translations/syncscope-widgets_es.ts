<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
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
    <message>
        <source>cannot attach to %1: %2</source>
        <translation>no se puede conectar a %1: %2</translation>
    </message>
    <message>
        <source>cannot serve metrics on %1 port %2: %3</source>
        <translation>no se pueden servir las métricas en %1 puerto %2: %3</translation>
    </message>
    <message>
        <source>metrics at %1</source>
        <translation>métricas en %1</translation>
    </message>
</context>
<context>
    <name>syncscope::SessionMonitorWidget</name>
    <message>
        <source>Simulate slo&amp;w network…</source>
        <translation>Simular red &amp;lenta…</translation>
    </message>
    <message>
        <source>Session actions</source>
        <translation>Acciones de sesión</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>&amp;Detalles</translation>
    </message>
    <message>
        <source>Event &amp;log</source>
        <translation>&amp;Registro</translation>
    </message>
    <message>
        <source>Select one session</source>
        <translation>Seleccione una sesión</translation>
    </message>
    <message>
        <source>Limit bandwidth, add latency or go offline for this session&apos;s connection</source>
        <translation>Limitar el ancho de banda, añadir latencia o dejar sin red la conexión de esta sesión</translation>
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
    <message>
        <source>optional: ws://node2:7800 ws://node3:7800</source>
        <translation>opcional: ws://node2:7800 ws://node3:7800</translation>
    </message>
    <message>
        <source>Further nodes of the same server, separated by spaces: when a node cannot be reached the session moves on to the next one</source>
        <translation>Otros nodos del mismo servidor, separados por espacios: si no se puede alcanzar un nodo, la sesión pasa al siguiente</translation>
    </message>
    <message>
        <source>Further server nodes</source>
        <translation>Nodos de servidor adicionales</translation>
    </message>
    <message>
        <source>Further n&amp;odes:</source>
        <translation>Otros n&amp;odos:</translation>
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
    <name>syncscope::ui::AttachProcessDialog</name>
    <message>
        <source>Attach to process</source>
        <translation>Conectar a un proceso</translation>
    </message>
    <message>
        <source>Processes of yours whose app runs the Syncscope inspector (SYNCSCOPE_INSPECT=1 or App::setInspectorEnabled):</source>
        <translation>Sus procesos cuya aplicación ejecuta el inspector de Syncscope (SYNCSCOPE_INSPECT=1 o App::setInspectorEnabled):</translation>
    </message>
    <message>
        <source>PID</source>
        <translation>PID</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sesiones</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Iniciado</translation>
    </message>
    <message>
        <source>Processes with an inspector</source>
        <translation>Procesos con inspector</translation>
    </message>
    <message>
        <source>No process with an inspector is running.</source>
        <translation>No hay ningún proceso con inspector en ejecución.</translation>
    </message>
    <message>
        <source>&amp;Attach</source>
        <translation>&amp;Conectar</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualizar</translation>
    </message>
    <message>
        <source>Already attached</source>
        <translation>Ya conectado</translation>
    </message>
</context>
<context>
    <name>syncscope::ui::AttachServerDialog</name>
    <message>
        <source>Token &amp;file:</source>
        <translation>&amp;Archivo de token:</translation>
    </message>
    <message>
        <source>&amp;Paste token:</source>
        <translation>&amp;Pegar token:</translation>
    </message>
    <message>
        <source>Attach to server</source>
        <translation>Conectar a servidor</translation>
    </message>
    <message>
        <source>Operator API URL</source>
        <translation>URL de la API de operador</translation>
    </message>
    <message>
        <source>The address syncscope-server --operator-listen serves (ws:// or wss://)</source>
        <translation>La dirección que sirve syncscope-server --operator-listen (ws:// o wss://)</translation>
    </message>
    <message>
        <source>from syncscope-server token --operator</source>
        <translation>de syncscope-server token --operator</translation>
    </message>
    <message>
        <source>Operator token file</source>
        <translation>Archivo de token de operador</translation>
    </message>
    <message>
        <source>Operator token</source>
        <translation>Token de operador</translation>
    </message>
    <message>
        <source>eyJhbGciOiJIUzI1NiIs…</source>
        <translation>eyJhbGciOiJIUzI1NiIs…</translation>
    </message>
    <message>
        <source>What is missing</source>
        <translation>Lo que falta</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Examinar…</translation>
    </message>
    <message>
        <source>&amp;Operator API:</source>
        <translation>API de &amp;operador:</translation>
    </message>
    <message>
        <source>A token file is saved in the workspace by its path. A pasted token is saved in the workspace itself, which only you can read.</source>
        <translation>Un archivo de token se guarda en el espacio de trabajo por su ruta. Un token pegado se guarda en el propio espacio de trabajo, que solo usted puede leer.</translation>
    </message>
    <message>
        <source>Give the server&apos;s operator API URL.</source>
        <translation>Indique la URL de la API de operador del servidor.</translation>
    </message>
    <message>
        <source>Choose the operator token file.</source>
        <translation>Elija el archivo de token de operador.</translation>
    </message>
    <message>
        <source>Paste the operator token.</source>
        <translation>Pegue el token de operador.</translation>
    </message>
    <message>
        <source>Cannot read %1.</source>
        <translation>No se puede leer %1.</translation>
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
    <message>
        <source>Cloc&amp;k time</source>
        <translation>&amp;Hora del día</translation>
    </message>
    <message>
        <source>Label the time axis with the time of day instead of &quot;seconds ago&quot;</source>
        <translation>Rotular el eje de tiempo con la hora del día en lugar de «segundos atrás»</translation>
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
    <message>
        <source>Follo&amp;w newest</source>
        <translation>Seguir lo ú&amp;ltimo</translation>
    </message>
    <message>
        <source>Copy dia&amp;gnostics</source>
        <translation>Copiar dia&amp;gnóstico</translation>
    </message>
    <message>
        <source>Show all kinds</source>
        <translation>Mostrar todos los tipos</translation>
    </message>
    <message>
        <source>Text in the message or session</source>
        <translation>Texto del mensaje o de la sesión</translation>
    </message>
    <message>
        <source>Search the event log</source>
        <translation>Buscar en el registro de eventos</translation>
    </message>
    <message>
        <source>Keep the newest line in view; scrolling up to read turns this off</source>
        <translation>Mantener visible la línea más reciente; desplazarse hacia arriba para leer lo desactiva</translation>
    </message>
    <message>
        <source>Copy the chosen session&apos;s configuration (without the access token), state history and last errors, for a bug report</source>
        <translation>Copiar la configuración (sin el token de acceso), el historial de estados y los últimos errores de la sesión elegida, para un informe de error</translation>
    </message>
    <message>
        <source>Sea&amp;rch:</source>
        <translation>&amp;Buscar:</translation>
    </message>
    <message>
        <source>No kinds</source>
        <translation>Ningún tipo</translation>
    </message>
    <message numerus="yes">
        <source>%n kind(s)</source>
        <translation>
            <numerusform>%n tipo</numerusform>
            <numerusform>%n tipos</numerusform>
        </translation>
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
        <source>Fi&amp;le:</source>
        <translation>&amp;Archivo:</translation>
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
</context>
<context>
    <name>syncscope::ui::HistoryChart</name>
    <message>
        <source>Not connected</source>
        <translation>No conectadas</translation>
    </message>
    <message>
        <source>Clipped</source>
        <translation>Recortado</translation>
    </message>
    <message>
        <source>%1 legend</source>
        <translation>Leyenda de %1</translation>
    </message>
    <message>
        <source>Clipped, peak %1</source>
        <translation>Recortado, pico %1</translation>
    </message>
    <message>
        <source>%1 (%2 ago)</source>
        <translation>%1 (hace %2)</translation>
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
        <translation>Co&amp;nectar a un proceso…</translation>
    </message>
    <message>
        <source>Simulate slo&amp;w network…</source>
        <translation>Simular red &amp;lenta…</translation>
    </message>
    <message>
        <source>Watch the sessions of a running app that has the inspector on</source>
        <translation>Observar las sesiones de una aplicación en ejecución con el inspector activado</translation>
    </message>
    <message>
        <source>Cannot attach to process %1: %2</source>
        <translation>No se puede conectar al proceso %1: %2</translation>
    </message>
    <message>
        <source>Select one session of an attached process</source>
        <translation>Seleccione una sesión de un proceso conectado</translation>
    </message>
    <message>
        <source>Limit bandwidth, add latency or go offline in the app</source>
        <translation>Limitar el ancho de banda, añadir latencia o quedarse sin conexión en la aplicación</translation>
    </message>
    <message>
        <source>Attach to process</source>
        <translation>Conectar a un proceso</translation>
    </message>
    <message>
        <source>Cannot attach to %1; the event log says why.</source>
        <translation>No se puede conectar a %1; el registro de eventos indica por qué.</translation>
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
        <source>A&amp;dd session…</source>
        <translation>&amp;Añadir sesión…</translation>
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
        <source>S&amp;elect all</source>
        <translation>Seleccionar &amp;todas</translation>
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
        <source>Session l&amp;ist</source>
        <translation>&amp;Lista de sesiones</translation>
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
    <message>
        <source>Servers</source>
        <translation>Servidores</translation>
    </message>
    <message>
        <source>Servers your sessions use</source>
        <translation>Servidores de sus sesiones</translation>
    </message>
    <message>
        <source>Attached server (operator API)</source>
        <translation>Servidor conectado (API de operador)</translation>
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
        <translation>Sin límite</translation>
    </message>
    <message>
        <source>&amp;Offline: connection attempts are refused</source>
        <translation>&amp;Sin conexión: los intentos de conexión se rechazan</translation>
    </message>
    <message>
        <source>Simulate slow network</source>
        <translation>Simular red lenta</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <source>In the app, for %1:</source>
        <translation>En la aplicación, para %1:</translation>
    </message>
    <message>
        <source>&amp;Upload limit:</source>
        <translation>Límite de &amp;subida:</translation>
    </message>
    <message>
        <source>&amp;Download limit:</source>
        <translation>Límite de &amp;bajada:</translation>
    </message>
    <message>
        <source>Added &amp;latency:</source>
        <translation>&amp;Latencia añadida:</translation>
    </message>
    <message>
        <source>&amp;Normal network</source>
        <translation>Red &amp;normal</translation>
    </message>
</context>
<context>
    <name>syncscope::ui::OperatorActions</name>
    <message>
        <source>Attach to se&amp;rver…</source>
        <translation>Conectar a se&amp;rvidor…</translation>
    </message>
    <message>
        <source>O&amp;perator</source>
        <translation>&amp;Operador</translation>
    </message>
    <message>
        <source>De&amp;tach from this server</source>
        <translation>Desconectar de este ser&amp;vidor</translation>
    </message>
    <message>
        <source>Watch every session of a syncscope-server through its operator API</source>
        <translation>Vigilar todas las sesiones de un syncscope-server mediante su API de operador</translation>
    </message>
    <message>
        <source>&amp;Disconnect connection</source>
        <translation>&amp;Desconectar conexión</translation>
    </message>
    <message>
        <source>Close the selected session&apos;s connection on the server; the app reconnects after its back-off</source>
        <translation>Cerrar la conexión de la sesión elegida en el servidor; la aplicación se reconecta tras su espera</translation>
    </message>
    <message>
        <source>&amp;Suspend session</source>
        <translation>&amp;Suspender sesión</translation>
    </message>
    <message>
        <source>End the session with a non-fatal error; the app backs off and binds again</source>
        <translation>Terminar la sesión con un error no fatal; la aplicación espera y se vuelve a vincular</translation>
    </message>
    <message>
        <source>&amp;End session (fatal)…</source>
        <translation>&amp;Terminar sesión (fatal)…</translation>
    </message>
    <message>
        <source>End the session with a fatal error; the app&apos;s session goes Invalid</source>
        <translation>Terminar la sesión con un error fatal; la sesión de la aplicación pasa a no válida</translation>
    </message>
    <message>
        <source>&amp;Refuse user for…</source>
        <translation>&amp;Rechazar usuario durante…</translation>
    </message>
    <message>
        <source>End every session of the selected session&apos;s user and refuse its binds for a while</source>
        <translation>Terminar todas las sesiones del usuario de la sesión elegida y rechazar sus vinculaciones durante un tiempo</translation>
    </message>
    <message>
        <source>Select one session of an attached server; the monitor&apos;s own sessions are not on a server it operates.</source>
        <translation>Elija una sesión de un servidor conectado; las sesiones propias del monitor no están en un servidor que opere.</translation>
    </message>
    <message>
        <source>Stop watching %1 and remove its sessions from the list</source>
        <translation>Dejar de vigilar %1 y quitar sus sesiones de la lista</translation>
    </message>
    <message>
        <source>Select a session of the server to detach from</source>
        <translation>Elija una sesión del servidor del que desconectarse</translation>
    </message>
    <message>
        <source>by an operator of Syncscope</source>
        <translation>por un operador de Syncscope</translation>
    </message>
    <message>
        <source>End session</source>
        <translation>Terminar sesión</translation>
    </message>
    <message>
        <source>End %1 for good? The app&apos;s session goes Invalid and does not sync again until the app opens it anew.</source>
        <translation>¿Terminar %1 definitivamente? La sesión de la aplicación pasa a no válida y no vuelve a sincronizar hasta que la aplicación la abra de nuevo.</translation>
    </message>
    <message>
        <source>Refuse user</source>
        <translation>Rechazar usuario</translation>
    </message>
    <message>
        <source>Refuse %1 for how many minutes? Its sessions end now and cannot bind again until then.</source>
        <translation>¿Rechazar a %1 durante cuántos minutos? Sus sesiones terminan ahora y no pueden volver a vincularse hasta entonces.</translation>
    </message>
</context>
<context>
    <name>syncscope::ui::OwnServersTable</name>
    <message>
        <source>None of your sessions uses a server yet. Add a session to see its server here.</source>
        <translation>Ninguna de sus sesiones usa todavía un servidor. Añada una sesión para ver aquí su servidor.</translation>
    </message>
    <message>
        <source>Servers your sessions use</source>
        <translation>Servidores de sus sesiones</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Servidor</translation>
    </message>
    <message>
        <source>Reach</source>
        <translation>Accesibilidad</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sesiones</translation>
    </message>
    <message>
        <source>Active / Inactive / Invalid</source>
        <translation>Activa / Inactiva / Inválida</translation>
    </message>
    <message>
        <source>Ping round trip</source>
        <translation>Ida y vuelta del ping</translation>
    </message>
    <message>
        <source>Last connect error</source>
        <translation>Último error de conexión</translation>
    </message>
    <message>
        <source>Reachable: at least one of your sessions is connected to it. Unreachable: sessions want to sync and none can connect.</source>
        <translation>Accesible: al menos una de sus sesiones está conectada a él. Inaccesible: hay sesiones que quieren sincronizar y ninguna puede conectarse.</translation>
    </message>
    <message>
        <source>How long the slowest of its connections took to answer the last keep-alive ping (one every few seconds)</source>
        <translation>Cuánto tardó la más lenta de sus conexiones en responder al último ping de mantenimiento (uno cada pocos segundos)</translation>
    </message>
    <message>
        <source>Why the last attempt to connect failed, kept after the server is back</source>
        <translation>Por qué falló el último intento de conexión; se conserva cuando el servidor vuelve</translation>
    </message>
    <message>
        <source>Double-click a server to list its sessions</source>
        <translation>Haga doble clic en un servidor para ver sus sesiones</translation>
    </message>
    <message>
        <source>%1 / %2 / %3</source>
        <translation>%1 / %2 / %3</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>Last connect error (%1): %2</source>
        <translation>Último error de conexión (%1): %2</translation>
    </message>
    <message>
        <source>%1
%2 since %3
%4</source>
        <translation>%1
%2 desde %3
%4</translation>
    </message>
    <message>
        <source>This window opened no sessions of its own: the sessions listed are those of the attached server, shown below.</source>
        <translation>Esta ventana no abrió sesiones propias: las sesiones listadas son las del servidor conectado, que se muestra abajo.</translation>
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
        <translation>Mostrar sus sesiones y sus gráficos</translation>
    </message>
    <message>
        <source>Realm</source>
        <translation>Realm</translation>
    </message>
    <message>
        <source>Head version</source>
        <translation>Versión más reciente</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sesiones</translation>
    </message>
    <message>
        <source>Realms by size</source>
        <translation>Realms por tamaño</translation>
    </message>
    <message>
        <source>Sessions behind</source>
        <translation>Sesiones atrasadas</translation>
    </message>
    <message>
        <source>Most versions behind</source>
        <translation>Mayor retraso (versiones)</translation>
    </message>
    <message>
        <source>Realms by sessions behind</source>
        <translation>Realms por sesiones atrasadas</translation>
    </message>
    <message>
        <source>Attached server</source>
        <translation>Servidor conectado</translation>
    </message>
    <message>
        <source>Not attached to any server. File &gt; Attach to server… shows the sessions of a syncscope-server through its operator API.</source>
        <translation>No conectado a ningún servidor. Archivo &gt; Conectar a servidor… muestra las sesiones de un syncscope-server mediante su API de operador.</translation>
    </message>
    <message>
        <source>Health:</source>
        <translation>Salud:</translation>
    </message>
    <message>
        <source>Last error:</source>
        <translation>Último error:</translation>
    </message>
    <message>
        <source>Server:</source>
        <translation>Servidor:</translation>
    </message>
    <message>
        <source>Sessions:</source>
        <translation>Sesiones:</translation>
    </message>
    <message>
        <source>Filter the list on this server, so that the Details tab charts its sessions together</source>
        <translation>Filtrar la lista por este servidor, para que la pestaña Detalles represente sus sesiones juntas</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>%1 (at %2)</source>
        <translation>%1 (a las %2)</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>no commits yet</source>
        <translation>aún sin commits</translation>
    </message>
    <message>
        <source>version %1, up since %2
%3 connections, %4 sessions, %5 realms
commit latency %6 (mean), %7 commits/s, %8 changesets integrated, send queue %9</source>
        <translation>versión %1, activo desde %2
%3 conexiones, %4 sesiones, %5 realms
latencia de commit %6 (media), %7 commits/s, %8 changesets integrados, cola de envío %9</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconocida</translation>
    </message>
    <message>
        <source>Stale</source>
        <translation>Desactualizada</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>; %n behind the realm&apos;s head</source>
        <translation>
            <numerusform>; %n atrasada respecto a la versión más reciente del realm</numerusform>
            <numerusform>; %n atrasadas respecto a la versión más reciente del realm</numerusform>
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
        <source>Log &amp;in again</source>
        <translation>&amp;Iniciar sesión de nuevo</translation>
    </message>
    <message>
        <source>Log the user of the selected sessions in again with the workspace&apos;s token</source>
        <translation>Iniciar de nuevo la sesión del usuario de las sesiones elegidas con el token del espacio de trabajo</translation>
    </message>
</context>
<context>
    <name>syncscope::ui::SessionEditActions</name>
    <message>
        <source>Edit session</source>
        <translation>Editar sesión</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
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
        <source>Is it syncing? (from the state and the connection)</source>
        <translation>¿Sincroniza? (según el estado y la conexión)</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Salud</translation>
    </message>
    <message>
        <source>⚠ Stalled: connected, with work outstanding, but no progress for %1 s or more.</source>
        <translation>⚠ Atascada: conectada, con trabajo pendiente, pero sin progreso desde hace %1 s o más.</translation>
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
        <source>Nothing in progress</source>
        <translation>Nada en curso</translation>
    </message>
    <message>
        <source>%1: %2 left at %3</source>
        <translation>%1: faltan %2 a %3</translation>
    </message>
    <message>
        <source>%1: unknown (no steady progress)</source>
        <translation>%1: desconocido (sin progreso constante)</translation>
    </message>
    <message>
        <source>Time left for the transfers in progress, at the recent rate</source>
        <translation>Tiempo restante de las transferencias en curso, a la tasa reciente</translation>
    </message>
    <message>
        <source>ETA</source>
        <translation>Resta</translation>
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
        <source>Filt&amp;er:</source>
        <translation>&amp;Filtro:</translation>
    </message>
    <message>
        <source>Sh&amp;ow:</source>
        <translation>&amp;Mostrar:</translation>
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
