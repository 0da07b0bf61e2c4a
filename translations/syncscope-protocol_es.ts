<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
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
    <message>
        <source>the token&apos;s &quot;role&quot; claim is not a string</source>
        <translation>la reclamación «role» del token no es una cadena</translation>
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
        <source>the realm path is not in Unicode normalization form C (NFC); compose it before binding</source>
        <translation>la ruta del realm no está en la forma de normalización Unicode C (NFC); compóngala antes de vincular</translation>
    </message>
</context>
</TS>
