<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
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
    <name>syncscope::server::ClusterListener</name>
    <message>
        <source>cannot connect to PostgreSQL: %1</source>
        <translation>no se puede conectar a PostgreSQL: %1</translation>
    </message>
    <message>
        <source>cannot LISTEN for other nodes&apos; changes: %1</source>
        <translation>no se puede esperar con LISTEN los cambios de otros nodos: %1</translation>
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
        <source>Seconds a new connection gets to finish the WebSocket handshake before it is dropped (default %1).</source>
        <translation>Segundos que tiene una conexión nueva para completar el handshake de WebSocket antes de cortarla (por defecto %1).</translation>
    </message>
    <message>
        <source>Seconds a connection without any bound session may stay silent before it is closed (default %1).</source>
        <translation>Segundos que una conexión sin ninguna sesión vinculada puede permanecer en silencio antes de cerrarla (por defecto %1).</translation>
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
        <source>Simultaneous connections from one IP address (default %1).</source>
        <translation>Conexiones simultáneas desde una misma dirección IP (predeterminado %1).</translation>
    </message>
    <message>
        <source>Seconds a new connection gets to bind its first session before it is closed (default %1).</source>
        <translation>Segundos que tiene una conexión nueva para vincular su primera sesión antes de cerrarse (predeterminado %1).</translation>
    </message>
    <message>
        <source>Connections the kernel may hold before the server accepts them (default %1).</source>
        <translation>Conexiones que el núcleo puede retener antes de que el servidor las acepte (predeterminado %1).</translation>
    </message>
    <message>
        <source>--handshake-timeout, --idle-timeout and --bind-timeout must be at most 1000000 seconds</source>
        <translation>--handshake-timeout, --idle-timeout y --bind-timeout deben ser como máximo 1000000 segundos</translation>
    </message>
    <message>
        <source>cannot read the configuration file %1: %2</source>
        <translation>no se puede leer el archivo de configuración %1: %2</translation>
    </message>
    <message>
        <source>the configuration file %1 is larger than 1 MiB</source>
        <translation>el archivo de configuración %1 supera 1 MiB</translation>
    </message>
    <message>
        <source>expected &quot;name = value&quot;, not &quot;%1&quot;</source>
        <translation>se esperaba «nombre = valor», no «%1»</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be set in a configuration file</source>
        <translation>«%1» no se puede establecer en un archivo de configuración</translation>
    </message>
    <message>
        <source>Read options from FILE first: one &quot;name = value&quot; a line, with the names of the long options above (listen = 0.0.0.0:7800); the command line wins over the file.</source>
        <translation>Leer primero las opciones de ARCHIVO: un «nombre = valor» por línea, con los nombres de las opciones largas de arriba (listen = 0.0.0.0:7800); la línea de órdenes prevalece sobre el archivo.</translation>
    </message>
    <message>
        <source>Serve Prometheus metrics at http://HOST:PORT/metrics (off unless given; plain HTTP, keep it on a private network).</source>
        <translation>Servir las métricas de Prometheus en http://HOST:PORT/metrics (desactivado salvo que se indique; HTTP sin cifrar, manténgalo en una red privada).</translation>
    </message>
    <message>
        <source>--metrics-listen needs HOST:PORT with an IP address or localhost, not &quot;%1&quot;</source>
        <translation>--metrics-listen necesita HOST:PUERTO con una dirección IP o localhost, no «%1»</translation>
    </message>
    <message>
        <source>Mint an operator token for the operator API (--operator-listen) instead of a user&apos;s: it opens no realm, and the sync port refuses it. --user names the operator in the server&apos;s log (default &quot;operator&quot;).</source>
        <translation>Crear un token de operador para la API de operación (--operator-listen) en lugar del de un usuario: no abre ningún realm y el puerto de sincronización lo rechaza. --user nombra al operador en el registro del servidor (por defecto «operator»).</translation>
    </message>
    <message>
        <source>an operator token grants no realm: drop --realm</source>
        <translation>un token de operador no concede ningún realm: quite --realm</translation>
    </message>
    <message>
        <source>Serve the operator API (WebSocket, operator tokens only) on [HOST:]PORT; off unless given; the host defaults to 127.0.0.1. Uses TLS when --tls-cert is set.</source>
        <translation>Servir la API de operación (WebSocket, solo tokens de operador) en [HOST:]PUERTO; desactivada salvo que se indique; el host por defecto es 127.0.0.1. Usa TLS cuando se indica --tls-cert.</translation>
    </message>
    <message>
        <source>--operator-listen needs [HOST:]PORT with an IP address or localhost, not &quot;%1&quot;</source>
        <translation>--operator-listen necesita [HOST:]PUERTO con una dirección IP o localhost, no «%1»</translation>
    </message>
    <message>
        <source>Add series labelled by realm path to /metrics (their number grows with the realms; &quot;metrics-per-realm = true&quot; in a configuration file).</source>
        <translation>Añadir a /metrics series etiquetadas por ruta de realm (su número crece con los realms; «metrics-per-realm = true» en un archivo de configuración).</translation>
    </message>
    <message>
        <source>--metrics-per-realm needs --metrics-listen</source>
        <translation>--metrics-per-realm necesita --metrics-listen</translation>
    </message>
    <message>
        <source>Keep the data in PostgreSQL instead of SQLite in DIR: a postgresql:// URL or a libpq conninfo (&quot;host=/run/postgresql dbname=syncscope&quot;), without a password. Several servers may share one database.</source>
        <translation>Guardar los datos en PostgreSQL en lugar de SQLite en DIR: una URL postgresql:// o una cadena conninfo de libpq («host=/run/postgresql dbname=syncscope»), sin contraseña. Varios servidores pueden compartir una base de datos.</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>File whose first line is the PostgreSQL password (otherwise libpq reads PGPASSFILE or ~/.pgpass).</source>
        <translation>Archivo cuya primera línea es la contraseña de PostgreSQL (si no, libpq lee PGPASSFILE o ~/.pgpass).</translation>
    </message>
    <message>
        <source>--database-password-file needs --database</source>
        <translation>--database-password-file necesita --database</translation>
    </message>
    <message>
        <source>cannot read the database password file &quot;%1&quot;: %2</source>
        <translation>no se puede leer el archivo de contraseña de la base de datos «%1»: %2</translation>
    </message>
    <message>
        <source>Milliseconds the next group commit may wait for more uploads after a group of at least %1 writers, counted from when that group went to storage (default %2; 0: never waits). Trades acknowledgement latency for server CPU under many writers; a lone writer is never held.</source>
        <translation>Milisegundos que la siguiente escritura en grupo puede esperar más subidas tras un grupo de al menos %1 escritores, contados desde que ese grupo pasó al almacenamiento (por defecto %2; 0: nunca espera). Cambia latencia de confirmación por CPU del servidor cuando hay muchos escritores; un escritor solo nunca se retiene.</translation>
    </message>
    <message>
        <source>MS</source>
        <translation>MS</translation>
    </message>
    <message>
        <source>--group-commit-spacing needs a whole number of milliseconds from 0 to 1000, not &quot;%1&quot;</source>
        <translation>--group-commit-spacing necesita un número entero de milisegundos entre 0 y 1000, no «%1»</translation>
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
        <translation>syncscope-server: se creó el archivo de secreto %1 (modo 0600)</translation>
    </message>
    <message>
        <source>syncscope-server: %1
Try --help.</source>
        <translation>syncscope-server: %1
Pruebe --help.</translation>
    </message>
    <message>
        <source>syncscope-server: listening on %1%2</source>
        <translation>syncscope-server: escuchando en %1%2</translation>
    </message>
    <message>
        <source> (loopback only; use --listen 0.0.0.0:PORT to accept other hosts)</source>
        <translation> (solo loopback; use --listen 0.0.0.0:PUERTO para aceptar otros hosts)</translation>
    </message>
    <message>
        <source>syncscope-server: data in %1, secret in %2</source>
        <translation>syncscope-server: datos en %1, secreto en %2</translation>
    </message>
    <message>
        <source>syncscope-server: signal %1, shutting down</source>
        <translation>syncscope-server: señal %1, apagando</translation>
    </message>
    <message>
        <source>syncscope-server: metrics at %1</source>
        <translation>syncscope-server: métricas en %1</translation>
    </message>
    <message>
        <source>syncscope-server: operator API at %1</source>
        <translation>syncscope-server: API de operación en %1</translation>
    </message>
    <message>
        <source>syncscope-server: data in PostgreSQL (%1), secret in %2</source>
        <translation>syncscope-server: datos en PostgreSQL (%1), secreto en %2</translation>
    </message>
</context>
<context>
    <name>syncscope::server::OperatorEndpoint</name>
    <message>
        <source>too many operator connections</source>
        <translation>demasiadas conexiones de operador</translation>
    </message>
    <message>
        <source>the operator API speaks only %1</source>
        <translation>la API de operación solo habla %1</translation>
    </message>
    <message>
        <source>no operator token in time</source>
        <translation>ningún token de operador a tiempo</translation>
    </message>
    <message>
        <source>operator messages are JSON text messages</source>
        <translation>los mensajes de operador son mensajes de texto JSON</translation>
    </message>
    <message>
        <source>not a JSON object: %1</source>
        <translation>no es un objeto JSON: %1</translation>
    </message>
    <message>
        <source>another JSON value</source>
        <translation>otro valor JSON</translation>
    </message>
    <message>
        <source>the first message must be &quot;hello&quot; with an operator token</source>
        <translation>el primer mensaje debe ser «hello» con un token de operador</translation>
    </message>
    <message>
        <source>unknown message type &quot;%1&quot;</source>
        <translation>tipo de mensaje desconocido «%1»</translation>
    </message>
    <message>
        <source>a user&apos;s access token does not open the operator API; mint one with &quot;syncscope-server token --operator&quot;</source>
        <translation>el token de acceso de un usuario no abre la API de operación; cree uno con «syncscope-server token --operator»</translation>
    </message>
    <message>
        <source>not authorized</source>
        <translation>no autorizado</translation>
    </message>
    <message>
        <source>pageSize must be between 1 and %1</source>
        <translation>pageSize debe estar entre 1 y %1</translation>
    </message>
    <message>
        <source>&quot;connection&quot; must be a connection id</source>
        <translation>«connection» debe ser un identificador de conexión</translation>
    </message>
    <message>
        <source>there is no connection %1</source>
        <translation>no existe la conexión %1</translation>
    </message>
    <message>
        <source>operator subscriber too slow: it does not read what it asked for</source>
        <translation>suscriptor de operador demasiado lento: no lee lo que pidió</translation>
    </message>
    <message>
        <source>&quot;connection&quot; and &quot;session&quot; must be ids</source>
        <translation>«connection» y «session» deben ser identificadores</translation>
    </message>
    <message>
        <source>there is no session %1 on connection %2</source>
        <translation>no existe la sesión %1 en la conexión %2</translation>
    </message>
    <message>
        <source>refuseUser needs &quot;user&quot; and &quot;until&quot; (an ISO 8601 time)</source>
        <translation>refuseUser necesita «user» y «until» (una hora ISO 8601)</translation>
    </message>
    <message>
        <source>&quot;state&quot; must be binding, identifying, syncing or ended</source>
        <translation>«state» debe ser binding, identifying, syncing o ended</translation>
    </message>
</context>
<context>
    <name>syncscope::server::PostgresConnInfo</name>
    <message>
        <source>--database: expected key=value in &quot;%1&quot;</source>
        <translation>--database: se esperaba key=value en «%1»</translation>
    </message>
    <message>
        <source>--database: unterminated quoted value of &quot;%1&quot;</source>
        <translation>--database: valor entre comillas sin cerrar en «%1»</translation>
    </message>
    <message>
        <source>--database: &quot;%1&quot; is not a valid URL (several hosts need the key=value form: host=pg1,pg2 target_session_attrs=read-write)</source>
        <translation>--database: «%1» no es una URL válida (varios hosts necesitan la forma key=value: host=pg1,pg2 target_session_attrs=read-write)</translation>
    </message>
    <message>
        <source>--database: the URL holds a password, which every local user could read from the command line; give it with --database-password-file or in a PGPASSFILE instead</source>
        <translation>--database: la URL contiene una contraseña, que cualquier usuario local podría leer en la línea de órdenes; indíquela en su lugar con --database-password-file o en un PGPASSFILE</translation>
    </message>
    <message>
        <source>--database holds a password, which every local user could read from the command line; give it with --database-password-file or in a PGPASSFILE instead</source>
        <translation>--database contiene una contraseña, que cualquier usuario local podría leer en la línea de órdenes; indíquela en su lugar con --database-password-file o en un PGPASSFILE</translation>
    </message>
    <message>
        <source>--database: &quot;%1&quot; may not contain &apos;;&apos;</source>
        <translation>--database: «%1» no puede contener «;»</translation>
    </message>
    <message>
        <source>--database names no PostgreSQL connection</source>
        <translation>--database no indica ninguna conexión a PostgreSQL</translation>
    </message>
</context>
<context>
    <name>syncscope::server::PostgresRealmStorage</name>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 falló: %2</translation>
    </message>
    <message>
        <source>Qt&apos;s PostgreSQL driver (QPSQL) is not installed (Debian: libqt6sql6-psql)</source>
        <translation>el controlador PostgreSQL de Qt (QPSQL) no está instalado (Debian: libqt6sql6-psql)</translation>
    </message>
    <message>
        <source>cannot connect to PostgreSQL: %1</source>
        <translation>no se puede conectar a PostgreSQL: %1</translation>
    </message>
    <message>
        <source>cannot read the schema version: %1</source>
        <translation>no se puede leer la versión del esquema: %1</translation>
    </message>
    <message>
        <source>the database was written by a newer syncscope-server (schema %1, this one knows %2)</source>
        <translation>la base de datos la escribió un syncscope-server más reciente (esquema %1, este conoce %2)</translation>
    </message>
    <message>
        <source>the database is not reachable</source>
        <translation>la base de datos no está accesible</translation>
    </message>
    <message>
        <source>cannot start a transaction: %1</source>
        <translation>no se puede iniciar una transacción: %1</translation>
    </message>
    <message>
        <source>cannot lock the realms: %1</source>
        <translation>no se pueden bloquear los realms: %1</translation>
    </message>
    <message>
        <source>cannot commit: %1</source>
        <translation>no se puede confirmar: %1</translation>
    </message>
    <message>
        <source>cannot read the upload cursor or realm head</source>
        <translation>no se puede leer el cursor de subida ni la cabeza del realm</translation>
    </message>
    <message>
        <source>cannot update the cursors: %1 %2</source>
        <translation>no se pueden actualizar los cursores: %1 %2</translation>
    </message>
    <message>
        <source>cannot use libpq: %1</source>
        <translation>no se puede usar libpq: %1</translation>
    </message>
    <message>
        <source>Qt&apos;s PostgreSQL driver does not hand out its libpq connection</source>
        <translation>el controlador PostgreSQL de Qt no entrega su conexión libpq</translation>
    </message>
</context>
<context>
    <name>syncscope::server::RealmStorage</name>
    <message>
        <source>client version %1 does not increase (after %2)</source>
        <translation>la versión de cliente %1 no aumenta (después de %2)</translation>
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
        <source>cannot commit: %1</source>
        <translation>no se puede confirmar: %1</translation>
    </message>
    <message>
        <source>cannot read the upload cursor or realm head</source>
        <translation>no se puede leer el cursor de subida ni la cabeza del realm</translation>
    </message>
    <message>
        <source>cannot make the data directory &quot;%1&quot; private (mode 0700)</source>
        <translation>no se puede hacer privado el directorio de datos «%1» (modo 0700)</translation>
    </message>
    <message>
        <source>cannot create the database &quot;%1&quot;: %2</source>
        <translation>no se puede crear la base de datos «%1»: %2</translation>
    </message>
    <message>
        <source>cannot reach SQLite behind &quot;%1&quot;</source>
        <translation>no se puede acceder a SQLite detrás de «%1»</translation>
    </message>
    <message>
        <source>cannot update the cursors: %1</source>
        <translation>no se pueden actualizar los cursores: %1</translation>
    </message>
    <message>
        <source>cannot open a checkpoint connection to &quot;%1&quot;: %2</source>
        <translation>no se puede abrir una conexión de punto de control a «%1»: %2</translation>
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
    <message>
        <source>the secret file &quot;%1&quot; may be read or changed by other users; allow only its owner (chmod 600 &quot;%1&quot;)</source>
        <translation>el archivo secreto «%1» puede ser leído o modificado por otros usuarios; permita el acceso solo a su propietario (chmod 600 &quot;%1&quot;)</translation>
    </message>
    <message>
        <source>the secret in &quot;%1&quot; has %2 bytes; at least %3 are needed (delete the file to have a random one created)</source>
        <translation>el secreto de «%1» tiene %2 bytes; se necesitan al menos %3 (borre el archivo para que se cree uno aleatorio)</translation>
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
    <message>
        <source>the server cannot read the client file</source>
        <translation>el servidor no puede leer el archivo de cliente</translation>
    </message>
    <message>
        <source>client file %1 belongs to another user; ask for a new client file id</source>
        <translation>el archivo de cliente %1 pertenece a otro usuario; solicite un nuevo identificador de archivo de cliente</translation>
    </message>
    <message>
        <source>a token with the role &quot;%1&quot; is not a user&apos;s access token</source>
        <translation>un token con el rol «%1» no es el token de acceso de un usuario</translation>
    </message>
    <message>
        <source>refused by an operator until %1</source>
        <translation>rechazado por un operador hasta %1</translation>
    </message>
    <message>
        <source>the server cannot read the realm&apos;s head</source>
        <translation>el servidor no puede leer la cabeza del realm</translation>
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
    <message>
        <source>the server has reached its limit of %1 connections from one address</source>
        <translation>el servidor ha alcanzado su límite de %1 conexiones desde una misma dirección</translation>
    </message>
    <message>
        <source>cannot serve metrics on %1 port %2: %3</source>
        <translation>no se pueden servir las métricas en %1 puerto %2: %3</translation>
    </message>
    <message>
        <source>disconnected by an operator</source>
        <translation>desconectado por un operador</translation>
    </message>
    <message>
        <source>disconnected by an operator: %1</source>
        <translation>desconectado por un operador: %1</translation>
    </message>
    <message>
        <source>cannot serve the operator API on %1 port %2: %3</source>
        <translation>no se puede servir la API de operación en %1 puerto %2: %3</translation>
    </message>
    <message>
        <source>ended by an operator</source>
        <translation>finalizada por un operador</translation>
    </message>
    <message>
        <source>suspended by an operator</source>
        <translation>suspendida por un operador</translation>
    </message>
    <message>
        <source>refused by an operator until %1</source>
        <translation>rechazado por un operador hasta %1</translation>
    </message>
</context>
</TS>
