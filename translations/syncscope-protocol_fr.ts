<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
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
    <message>
        <source>the token&apos;s &quot;role&quot; claim is not a string</source>
        <translation>la revendication « role » du jeton n’est pas une chaîne</translation>
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
        <source>the realm path is not in Unicode normalization form C (NFC); compose it before binding</source>
        <translation>le chemin de realm n’est pas en forme de normalisation Unicode C (NFC) ; composez-le avant la liaison</translation>
    </message>
</context>
</TS>
