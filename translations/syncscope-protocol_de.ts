<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>syncscope::protocol::AccessToken</name>
    <message>
        <source>the token is longer than %1 characters</source>
        <translation>das Token ist länger als %1 Zeichen</translation>
    </message>
    <message>
        <source>the token does not have three dot-separated parts</source>
        <translation>das Token besteht nicht aus drei durch Punkte getrennten Teilen</translation>
    </message>
    <message>
        <source>the token is not base64url encoded</source>
        <translation>das Token ist nicht base64url-kodiert</translation>
    </message>
    <message>
        <source>the token header or payload is not a JSON object</source>
        <translation>Header oder Nutzdaten des Tokens sind kein JSON-Objekt</translation>
    </message>
    <message>
        <source>the token signature is not base64url encoded</source>
        <translation>die Signatur des Tokens ist nicht base64url-kodiert</translation>
    </message>
    <message>
        <source>the token has no subject (&quot;sub&quot;)</source>
        <translation>das Token hat kein Subjekt („sub“)</translation>
    </message>
    <message>
        <source>a time claim of the token is not a number of seconds</source>
        <translation>eine Zeitangabe des Tokens ist keine Anzahl von Sekunden</translation>
    </message>
    <message>
        <source>the token has no expiry time (&quot;exp&quot;)</source>
        <translation>das Token hat keine Ablaufzeit („exp“)</translation>
    </message>
    <message>
        <source>the token&apos;s &quot;realms&quot; claim is not an array</source>
        <translation>der Claim „realms“ des Tokens ist kein Array</translation>
    </message>
    <message>
        <source>the token&apos;s &quot;realms&quot; claim holds a value that is not a string</source>
        <translation>der Claim „realms“ des Tokens enthält einen Wert, der kein String ist</translation>
    </message>
    <message>
        <source>the token&apos;s algorithm &quot;%1&quot; is not HS256</source>
        <translation>der Algorithmus „%1“ des Tokens ist nicht HS256</translation>
    </message>
    <message>
        <source>the token&apos;s signature does not match</source>
        <translation>die Signatur des Tokens stimmt nicht</translation>
    </message>
    <message>
        <source>the token expired at %1</source>
        <translation>das Token ist um %1 abgelaufen</translation>
    </message>
    <message>
        <source>the token is not valid before %1</source>
        <translation>das Token ist erst ab %1 gültig</translation>
    </message>
    <message>
        <source>the token was issued in the future (%1)</source>
        <translation>das Token wurde in der Zukunft ausgestellt (%1)</translation>
    </message>
    <message>
        <source>the token&apos;s &quot;role&quot; claim is not a string</source>
        <translation>der Claim „role“ des Tokens ist keine Zeichenkette</translation>
    </message>
</context>
<context>
    <name>syncscope::protocol::Codec</name>
    <message>
        <source>%1 must be 0 or 1, not %2</source>
        <translation>%1 muss 0 oder 1 sein, nicht %2</translation>
    </message>
    <message>
        <source>%1 is not valid UTF-8</source>
        <translation>%1 ist kein gültiges UTF-8</translation>
    </message>
    <message>
        <source>%1 count %2 exceeds the limit of %3</source>
        <translation>%1-Anzahl %2 überschreitet die Grenze von %3</translation>
    </message>
    <message>
        <source>%1 count %2 does not fit in the %3 bytes left</source>
        <translation>%1-Anzahl %2 passt nicht in die verbleibenden %3 Bytes</translation>
    </message>
    <message>
        <source>unknown operation kind %1</source>
        <translation>unbekannte Operationsart %1</translation>
    </message>
    <message>
        <source>a remove operation carries a value</source>
        <translation>eine Löschoperation enthält einen Wert</translation>
    </message>
    <message>
        <source>frame ends inside a field (offset %1, %2 bytes needed, %3 left)</source>
        <translation>Frame endet innerhalb eines Feldes (Offset %1, %2 Bytes benötigt, %3 übrig)</translation>
    </message>
    <message>
        <source>%1 of %2 bytes exceeds the limit of %3</source>
        <translation>%1 mit %2 Bytes überschreitet die Grenze von %3</translation>
    </message>
    <message>
        <source>%1 of %2 bytes runs past the end of the frame</source>
        <translation>%1 mit %2 Bytes reicht über das Ende des Frames hinaus</translation>
    </message>
    <message>
        <source>unknown message type</source>
        <translation>unbekannter Nachrichtentyp</translation>
    </message>
    <message>
        <source>this message belongs to the connection and needs session id 0, not %1</source>
        <translation>diese Nachricht gehört zur Verbindung und braucht die Sitzungs-ID 0, nicht %1</translation>
    </message>
    <message>
        <source>this message belongs to a session and needs a non-zero session id</source>
        <translation>diese Nachricht gehört zu einer Sitzung und braucht eine Sitzungs-ID ungleich 0</translation>
    </message>
    <message>
        <source>frame of %1 bytes exceeds the limit of %2 bytes</source>
        <translation>Frame mit %1 Bytes überschreitet die Grenze von %2 Bytes</translation>
    </message>
    <message>
        <source>frame of %1 bytes is shorter than the %2-byte header</source>
        <translation>Frame mit %1 Bytes ist kürzer als der %2-Byte-Header</translation>
    </message>
    <message>
        <source>unknown message type %1</source>
        <translation>unbekannter Nachrichtentyp %1</translation>
    </message>
    <message>
        <source>header flags and reserved bytes must be zero</source>
        <translation>Header-Flags und reservierte Bytes müssen null sein</translation>
    </message>
    <message>
        <source>message type %1 may not be sent by a client</source>
        <translation>Nachrichtentyp %1 darf nicht von einem Client gesendet werden</translation>
    </message>
    <message>
        <source>message type %1 may not be sent by a server</source>
        <translation>Nachrichtentyp %1 darf nicht von einem Server gesendet werden</translation>
    </message>
    <message>
        <source>%1 unexpected bytes after the message</source>
        <translation>%1 unerwartete Bytes nach der Nachricht</translation>
    </message>
    <message>
        <source>more than %1 operations</source>
        <translation>mehr als %1 Operationen</translation>
    </message>
</context>
<context>
    <name>syncscope::protocol::RealmPath</name>
    <message>
        <source>the realm path has an empty segment</source>
        <translation>der Realm-Pfad hat ein leeres Segment</translation>
    </message>
    <message>
        <source>the realm path may not contain &apos;.&apos; or &apos;..&apos; segments</source>
        <translation>der Realm-Pfad darf keine Segmente „.“ oder „..“ enthalten</translation>
    </message>
    <message>
        <source>the realm path contains an unpaired surrogate</source>
        <translation>der Realm-Pfad enthält ein unpaariges Surrogat</translation>
    </message>
    <message>
        <source>the realm path contains a control character</source>
        <translation>der Realm-Pfad enthält ein Steuerzeichen</translation>
    </message>
    <message>
        <source>the realm path may not contain &apos;%&apos; (no percent-encoding)</source>
        <translation>der Realm-Pfad darf kein „%“ enthalten (keine Prozentkodierung)</translation>
    </message>
    <message>
        <source>the realm path contains the character %1 (&apos;%2&apos;)</source>
        <translation>der Realm-Pfad enthält das Zeichen %1 („%2“)</translation>
    </message>
    <message>
        <source>a segment of the realm path starts with the combining mark %1</source>
        <translation>ein Segment des Realm-Pfads beginnt mit dem kombinierenden Zeichen %1</translation>
    </message>
    <message>
        <source>the realm path is empty</source>
        <translation>der Realm-Pfad ist leer</translation>
    </message>
    <message>
        <source>the realm path must start with &apos;/&apos;</source>
        <translation>der Realm-Pfad muss mit „/“ beginnen</translation>
    </message>
    <message>
        <source>the realm path is longer than %1 bytes</source>
        <translation>der Realm-Pfad ist länger als %1 Bytes</translation>
    </message>
    <message>
        <source>the realm path is not in Unicode normalization form C (NFC); compose it before binding</source>
        <translation>der Realm-Pfad ist nicht in Unicode-Normalform C (NFC); vor dem Binden zusammensetzen</translation>
    </message>
</context>
</TS>
