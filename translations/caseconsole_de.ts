<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>ApiError</name>
    <message>
        <source>The provider refused the request (HC0011). For an incident, both the start and the end of the incident must be given.</source>
        <translation>Der Anbieter hat die Anfrage abgelehnt (HC0011). Bei einer Störung müssen sowohl Beginn als auch Ende der Störung angegeben werden.</translation>
    </message>
    <message>
        <source>The provider rejected the request as invalid: %1. The console and the provider&apos;s API may be out of step; report this.</source>
        <translation>Der Anbieter hat die Anfrage als ungültig abgelehnt: %1. Die Konsole und die API des Anbieters passen möglicherweise nicht zusammen; bitte melden Sie dies.</translation>
    </message>
    <message>
        <source>The request reached the provider without a query. This is a defect in the console; please report it.</source>
        <translation>Die Anfrage hat den Anbieter ohne Abfrage erreicht. Dies ist ein Fehler in der Konsole; bitte melden Sie ihn.</translation>
    </message>
    <message>
        <source>A value in the request has the wrong form: %1</source>
        <translation>Ein Wert in der Anfrage hat das falsche Format: %1</translation>
    </message>
    <message>
        <source>A required value is missing from the request: %1</source>
        <translation>In der Anfrage fehlt ein erforderlicher Wert: %1</translation>
    </message>
    <message>
        <source>The provider failed while handling the request; trying again later may help.</source>
        <translation>Beim Anbieter ist während der Bearbeitung der Anfrage ein Fehler aufgetreten; ein späterer neuer Versuch kann helfen.</translation>
    </message>
    <message>
        <source>The provider did not accept the access token. Check the client id and secret in the profile settings.</source>
        <translation>Der Anbieter hat das Zugriffstoken nicht akzeptiert. Überprüfen Sie Client-ID und Client-Secret in den Profileinstellungen.</translation>
    </message>
    <message>
        <source>These credentials are not allowed to do this. Ask the provider for a client with the needed scope (for example customerapi/support.read-write).</source>
        <translation>Diese Zugangsdaten sind dazu nicht berechtigt. Bitten Sie den Anbieter um einen Client mit dem nötigen Scope (zum Beispiel customerapi/support.read-write).</translation>
    </message>
    <message>
        <source>The provider refused a value: %1</source>
        <translation>Der Anbieter hat einen Wert abgelehnt: %1</translation>
    </message>
    <message>
        <source>The provider does not know this case type. Choose Incident or General request.</source>
        <translation>Der Anbieter kennt diesen Falltyp nicht. Wählen Sie „Störung“ oder „Allgemeine Anfrage“.</translation>
    </message>
    <message>
        <source>This subject is not allowed for the case type. Choose one of the subjects the form offers.</source>
        <translation>Dieser Betreff ist für den Falltyp nicht zulässig. Wählen Sie einen der Betreffe, die das Formular anbietet.</translation>
    </message>
    <message>
        <source>This priority is not allowed for the case type (general requests take P3 to P5).</source>
        <translation>Diese Priorität ist für den Falltyp nicht zulässig (allgemeine Anfragen erlauben P3 bis P5).</translation>
    </message>
    <message>
        <source>A date is not in a form the provider accepts. Check the start and end of the incident.</source>
        <translation>Ein Datum hat ein Format, das der Anbieter nicht akzeptiert. Überprüfen Sie Beginn und Ende der Störung.</translation>
    </message>
    <message>
        <source>The end of the incident is before its start. Correct one of them.</source>
        <translation>Das Ende der Störung liegt vor ihrem Beginn. Korrigieren Sie einen der beiden Werte.</translation>
    </message>
    <message>
        <source>The provider does not know this service. Refresh the account&apos;s services and choose again.</source>
        <translation>Der Anbieter kennt diesen Dienst nicht. Aktualisieren Sie die Dienste des Kontos und wählen Sie erneut.</translation>
    </message>
    <message>
        <source>The provider does not know this case. Refresh the case list.</source>
        <translation>Der Anbieter kennt diesen Fall nicht. Aktualisieren Sie die Fallliste.</translation>
    </message>
    <message>
        <source>This case is closed and takes no more replies. Open a new case instead.</source>
        <translation>Dieser Fall ist geschlossen und nimmt keine Antworten mehr an. Eröffnen Sie stattdessen einen neuen Fall.</translation>
    </message>
    <message>
        <source>The server did not accept the credentials. Check the client id and secret in the profile settings.</source>
        <translation>Der Server hat die Zugangsdaten nicht akzeptiert. Überprüfen Sie Client-ID und Client-Secret in den Profileinstellungen.</translation>
    </message>
    <message>
        <source>This client may not use client credentials. Ask the provider to enable it.</source>
        <translation>Dieser Client darf keine Client-Credentials verwenden. Bitten Sie den Anbieter, dies freizuschalten.</translation>
    </message>
    <message>
        <source>The client is not allowed the requested scopes. Remove the scopes from the profile, or ask the provider to grant them.</source>
        <translation>Dem Client stehen die angeforderten Scopes nicht zu. Entfernen Sie die Scopes aus dem Profil oder bitten Sie den Anbieter, sie freizugeben.</translation>
    </message>
    <message>
        <source>The token server refused the request: %1. Check the token URL.</source>
        <translation>Der Token-Server hat die Anfrage abgelehnt: %1. Überprüfen Sie die Token-URL.</translation>
    </message>
    <message>
        <source>The token server does not offer client credentials. Check the token URL.</source>
        <translation>Der Token-Server bietet keine Client-Credentials an. Überprüfen Sie die Token-URL.</translation>
    </message>
    <message>
        <source>The token server refused the grant. Check the client id and secret.</source>
        <translation>Der Token-Server hat die Berechtigung verweigert. Überprüfen Sie Client-ID und Client-Secret.</translation>
    </message>
    <message>
        <source>Cannot reach the server. Check your network or VPN connection.</source>
        <translation>Der Server ist nicht erreichbar. Überprüfen Sie Ihre Netzwerk- oder VPN-Verbindung.</translation>
    </message>
    <message>
        <source>The server did not answer in time; if this persists, the provider may be having trouble.</source>
        <translation>Der Server hat nicht rechtzeitig geantwortet; wenn das Problem anhält, hat der Anbieter möglicherweise Schwierigkeiten.</translation>
    </message>
    <message>
        <source>The server had a problem handling the request; trying again later may help.</source>
        <translation>Beim Server ist während der Bearbeitung der Anfrage ein Problem aufgetreten; ein späterer neuer Versuch kann helfen.</translation>
    </message>
    <message>
        <source>The server sent an answer that cannot be read; if this persists, report it to the provider.</source>
        <translation>Der Server hat eine Antwort gesendet, die nicht gelesen werden kann; wenn das Problem anhält, melden Sie es dem Anbieter.</translation>
    </message>
    <message>
        <source>The server asks for fewer requests for a while (rate limit).</source>
        <translation>Der Server bittet für eine Weile um weniger Anfragen (Ratenbegrenzung).</translation>
    </message>
    <message>
        <source>The server address was not found. Check the endpoint URL in the profile settings.</source>
        <translation>Die Serveradresse wurde nicht gefunden. Überprüfen Sie die Endpunkt-URL in den Profileinstellungen.</translation>
    </message>
    <message>
        <source>The server answered with HTTP status %1.</source>
        <translation>Der Server hat mit dem HTTP-Status %1 geantwortet.</translation>
    </message>
    <message>
        <source>The server refused the request.</source>
        <translation>Der Server hat die Anfrage abgelehnt.</translation>
    </message>
    <message>
        <source>The server refused the request: %1</source>
        <translation>Der Server hat die Anfrage abgelehnt: %1</translation>
    </message>
    <message>
        <source>The provider does not have %1. The console has adapted and no longer asks for it; try again.</source>
        <translation>Der Anbieter kennt %1 nicht. Die Konsole hat sich angepasst und fragt nicht mehr danach; versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The provider does not have %1, which the console cannot do without (it is part of the provider&apos;s documented API); report this to the provider.</source>
        <translation>Der Anbieter kennt %1 nicht, doch darauf kann die Konsole nicht verzichten (es gehört zur dokumentierten API des Anbieters); melden Sie dies dem Anbieter.</translation>
    </message>
</context>
<context>
    <name>CaseClipboardText</name>
    <message>
        <source>Priority: %1</source>
        <translation>Priorität: %1</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Status: %1</translation>
    </message>
    <message>
        <source>Service: %1</source>
        <translation>Dienst: %1</translation>
    </message>
    <message>
        <source>Site: %1</source>
        <translation>Standort: %1</translation>
    </message>
    <message>
        <source>Created: %1</source>
        <translation>Erstellt: %1</translation>
    </message>
    <message>
        <source>Last modified: %1</source>
        <translation>Zuletzt geändert: %1</translation>
    </message>
    <message>
        <source>Your reference: %1</source>
        <translation>Ihre Referenz: %1</translation>
    </message>
    <message>
        <source>Last message: %1</source>
        <translation>Letzte Nachricht: %1</translation>
    </message>
</context>
<context>
    <name>CaseDraft</name>
    <message>
        <source>Choose a case type.</source>
        <translation>Wählen Sie einen Falltyp.</translation>
    </message>
    <message>
        <source>Choose a priority allowed for this type (%1).</source>
        <translation>Wählen Sie eine für diesen Typ zulässige Priorität (%1).</translation>
    </message>
    <message>
        <source>Choose a subject for this type.</source>
        <translation>Wählen Sie einen Betreff für diesen Typ.</translation>
    </message>
    <message>
        <source>Give the start of the incident.</source>
        <translation>Geben Sie den Beginn der Störung an.</translation>
    </message>
    <message>
        <source>The end of the incident cannot be before its start.</source>
        <translation>Das Ende der Störung darf nicht vor ihrem Beginn liegen.</translation>
    </message>
    <message>
        <source>Choose the service the case is about.</source>
        <translation>Wählen Sie den Dienst, den der Fall betrifft.</translation>
    </message>
    <message>
        <source>Describe the problem or request.</source>
        <translation>Beschreiben Sie das Problem oder die Anfrage.</translation>
    </message>
    <message>
        <source>The start of the incident is in the future (%1): give the time it began (a clock up to %2 minutes fast is allowed for).</source>
        <translation>Der Beginn der Störung liegt in der Zukunft (%1): Geben Sie die Zeit an, zu der sie begann (eine bis zu %2 Minuten vorgehende Uhr wird berücksichtigt).</translation>
    </message>
</context>
<context>
    <name>CaseFilterBar</name>
    <message>
        <source>&amp;Unread only</source>
        <translation>&amp;Nur ungelesene</translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation>Statusfilter</translation>
    </message>
    <message>
        <source>Type filter</source>
        <translation>Typfilter</translation>
    </message>
    <message>
        <source>Any type</source>
        <translation>Beliebiger Typ</translation>
    </message>
    <message>
        <source>Priority filter</source>
        <translation>Prioritätsfilter</translation>
    </message>
    <message>
        <source>Any priority</source>
        <translation>Beliebige Priorität</translation>
    </message>
    <message>
        <source>Service filter</source>
        <translation>Dienstfilter</translation>
    </message>
    <message>
        <source>All open statuses</source>
        <translation>Alle offenen Status</translation>
    </message>
    <message>
        <source>P1 and P2</source>
        <translation>P1 und P2</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>S&amp;tatus:</translation>
    </message>
    <message>
        <source>T&amp;ype:</source>
        <translation>T&amp;yp:</translation>
    </message>
    <message>
        <source>&amp;Priority:</source>
        <translation>&amp;Priorität:</translation>
    </message>
    <message>
        <source>S&amp;ervice:</source>
        <translation>D&amp;ienst:</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Alle Status</translation>
    </message>
    <message>
        <source>All services</source>
        <translation>Alle Dienste</translation>
    </message>
</context>
<context>
    <name>CaseJson</name>
    <message>
        <source>unreadable date in %1: “%2”</source>
        <translation>unlesbares Datum in %1: „%2“</translation>
    </message>
    <message>
        <source>a case without an id</source>
        <translation>ein Fall ohne ID</translation>
    </message>
</context>
<context>
    <name>CaseLabels</name>
    <message>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>In Bearbeitung</translation>
    </message>
    <message>
        <source>Pending customer</source>
        <translation>Wartet auf Kunden</translation>
    </message>
    <message>
        <source>On hold</source>
        <translation>Zurückgestellt</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Gelöst</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Geschlossen</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>API</source>
        <translation>API</translation>
    </message>
    <message>
        <source>Proactive (provider)</source>
        <translation>Proaktiv (Anbieter)</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 T %2 h</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>Portal</source>
        <translation>Portal</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>%1 (site %2)</source>
        <translation>%1 (am Standort %2)</translation>
    </message>
</context>
<context>
    <name>CaseListMenu</name>
    <message>
        <source>&amp;Open</source>
        <translation>Ö&amp;ffnen</translation>
    </message>
    <message>
        <source>Copy Case &amp;Id</source>
        <translation>Fall-&amp;ID kopieren</translation>
    </message>
    <message>
        <source>Copy &amp;Summary</source>
        <translation>&amp;Zusammenfassung kopieren</translation>
    </message>
    <message>
        <source>Copied %1.</source>
        <translation>%1 kopiert.</translation>
    </message>
    <message>
        <source>Copied the summary of %1.</source>
        <translation>Zusammenfassung von %1 kopiert.</translation>
    </message>
</context>
<context>
    <name>CaseListModel</name>
    <message>
        <source>%1 (%2 new)</source>
        <translation>%1 (%2 neu)</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Fall</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Betreff</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorität</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Dienst</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Standort</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referenz</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Last modified</source>
        <translation>Zuletzt geändert</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Alter</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Nachrichten</translation>
    </message>
    <message>
        <source>Next breach</source>
        <translation>Nächste Verletzung</translation>
    </message>
    <message>
        <source>Turn</source>
        <translation>Am Zug</translation>
    </message>
    <message>
        <source>First response</source>
        <translation>Erste Antwort</translation>
    </message>
    <message>
        <source>Provider&apos;s silence</source>
        <translation>Schweigen des Anbieters</translation>
    </message>
    <message>
        <source>Time to restore</source>
        <translation>Zeit bis zur Wiederherstellung</translation>
    </message>
    <message>
        <source>%1: %2, %3 (target %4)</source>
        <translation>%1: %2, %3 (Ziel %4)</translation>
    </message>
    <message>
        <source>%1 since %2</source>
        <translation>%1 seit %2</translation>
    </message>
</context>
<context>
    <name>CaseListView</name>
    <message>
        <source>Cases</source>
        <translation>Fälle</translation>
    </message>
    <message>
        <source>Col&amp;umns…</source>
        <translation>S&amp;palten …</translation>
    </message>
    <message>
        <source>Choose the columns of the case list</source>
        <translation>Die Spalten der Fallliste auswählen</translation>
    </message>
    <message>
        <source>Comp&amp;act Rows</source>
        <translation>K&amp;ompakte Zeilen</translation>
    </message>
    <message>
        <source>Smaller rows in the case list: more cases in sight</source>
        <translation>Kleinere Zeilen in der Fallliste: mehr Fälle auf einen Blick</translation>
    </message>
</context>
<context>
    <name>CaseSession</name>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source> (%1)</source>
        <translation> (%1)</translation>
    </message>
    <message>
        <source>first response</source>
        <translation>Erste Antwort</translation>
    </message>
    <message>
        <source>provider&apos;s silence</source>
        <translation>Schweigen des Anbieters</translation>
    </message>
    <message>
        <source>time to restore</source>
        <translation>Zeit bis zur Wiederherstellung</translation>
    </message>
    <message>
        <source>%1: %2 breaches in %3</source>
        <translation>%1: %2 Verletzungen in %3</translation>
    </message>
    <message>
        <source>%1 target %2, due %3</source>
        <translation>%1 Ziel %2, fällig %3</translation>
    </message>
    <message>
        <source>SLA</source>
        <translation>SLA</translation>
    </message>
</context>
<context>
    <name>CaseStore</name>
    <message>
        <source>The local database is damaged (%1). Case Console will repair it when it next starts, keeping your drafts and unsent changes where they can still be read.</source>
        <translation>Die lokale Datenbank ist beschädigt (%1). Case Console repariert sie beim nächsten Start und behält dabei Ihre Entwürfe und nicht gesendeten Änderungen, soweit sie noch lesbar sind.</translation>
    </message>
    <message>
        <source>The cases just fetched could not be saved locally: %1</source>
        <translation>Die soeben abgerufenen Fälle konnten nicht lokal gespeichert werden: %1</translation>
    </message>
    <message>
        <source>A draft could not be saved: %1</source>
        <translation>Ein Entwurf konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>The watch list could not be saved: %1</source>
        <translation>Die Beobachtungsliste konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>An unsent change could not be saved locally: %1</source>
        <translation>Eine nicht gesendete Änderung konnte nicht lokal gespeichert werden: %1</translation>
    </message>
</context>
<context>
    <name>CaseStreamReader</name>
    <message>
        <source>The answer is not a JSON object.</source>
        <translation>Die Antwort ist kein JSON-Objekt.</translation>
    </message>
    <message>
        <source>garbage after the document</source>
        <translation>überzählige Daten nach dem Dokument</translation>
    </message>
    <message>
        <source>Malformed answer at byte %1: %2</source>
        <translation>Fehlerhafte Antwort bei Byte %1: %2</translation>
    </message>
    <message>
        <source>unexpected end of input</source>
        <translation>unerwartetes Ende der Eingabe</translation>
    </message>
    <message>
        <source>%1 is not an object</source>
        <translation>%1 ist kein Objekt</translation>
    </message>
    <message>
        <source>%1 is not a list</source>
        <translation>%1 ist keine Liste</translation>
    </message>
    <message>
        <source>control character in a string</source>
        <translation>Steuerzeichen in einer Zeichenkette</translation>
    </message>
    <message>
        <source>invalid escape sequence</source>
        <translation>ungültige Escape-Sequenz</translation>
    </message>
    <message>
        <source>lone surrogate</source>
        <translation>einzelnes Surrogat</translation>
    </message>
    <message>
        <source>invalid UTF-8</source>
        <translation>ungültiges UTF-8</translation>
    </message>
    <message>
        <source>unexpected character</source>
        <translation>unerwartetes Zeichen</translation>
    </message>
    <message>
        <source>invalid number</source>
        <translation>ungültige Zahl</translation>
    </message>
    <message>
        <source>nesting too deep</source>
        <translation>zu tiefe Verschachtelung</translation>
    </message>
    <message>
        <source>expected a key</source>
        <translation>Schlüssel erwartet</translation>
    </message>
    <message>
        <source>expected “:”</source>
        <translation>„:“ erwartet</translation>
    </message>
    <message>
        <source>expected “,” or “}”</source>
        <translation>„,“ oder „}“ erwartet</translation>
    </message>
    <message>
        <source>expected “,” or “]”</source>
        <translation>„,“ oder „]“ erwartet</translation>
    </message>
    <message>
        <source>an item of %1 is not an object</source>
        <translation>ein Element von %1 ist kein Objekt</translation>
    </message>
</context>
<context>
    <name>CaseThreadRenderer</name>
    <message>
        <source>Send again</source>
        <translation>Erneut senden</translation>
    </message>
    <message>
        <source>Back to the draft</source>
        <translation>Zurück zum Entwurf</translation>
    </message>
    <message>
        <source>Your reference: %1</source>
        <translation>Ihre Referenz: %1</translation>
    </message>
    <message>
        <source>You (not yet confirmed)</source>
        <translation>Sie (noch nicht bestätigt)</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Fall</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorität</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Dienst</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Standort</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referenz</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>Herkunft</translation>
    </message>
    <message>
        <source>Start of incident</source>
        <translation>Störungsbeginn</translation>
    </message>
    <message>
        <source>End of incident</source>
        <translation>Störungsende</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Last modified</source>
        <translation>Zuletzt geändert</translation>
    </message>
    <message>
        <source>Case Repository</source>
        <translation>Case Repository</translation>
    </message>
    <message>
        <source>Us</source>
        <translation>Wir</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <source>⚠ Contains characters that change the direction of the text (%1): it may not read in the order it was written.</source>
        <translation>⚠ Enthält Zeichen, die die Schreibrichtung des Textes ändern (%1): Er wird möglicherweise nicht in der Reihenfolge angezeigt, in der er geschrieben wurde.</translation>
    </message>
    <message>
        <source>You (not sent)</source>
        <translation>Sie (nicht gesendet)</translation>
    </message>
    <message>
        <source>Show the whole status update</source>
        <translation>Ganze Statusaktualisierung anzeigen</translation>
    </message>
    <message>
        <source>Show on one line</source>
        <translation>In einer Zeile anzeigen</translation>
    </message>
    <message>
        <source>Status update</source>
        <translation>Statusaktualisierung</translation>
    </message>
</context>
<context>
    <name>CaseTimelineModel</name>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>Start of incident</source>
        <translation>Störungsbeginn</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Nachricht</translation>
    </message>
    <message>
        <source>Status update</source>
        <translation>Statusaktualisierung</translation>
    </message>
    <message>
        <source>Status seen</source>
        <translation>Status (gesehen)</translation>
    </message>
    <message>
        <source>Priority seen</source>
        <translation>Priorität (gesehen)</translation>
    </message>
    <message>
        <source>End of incident</source>
        <translation>Störungsende</translation>
    </message>
    <message>
        <source>%1 (UTC%2%3:%4)</source>
        <translation>%1 (UTC%2%3:%4)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Status %1 → %2 (seen %3)</source>
        <translation>Status %1 → %2 (gesehen %3)</translation>
    </message>
    <message>
        <source>Priority %1 → %2 (seen %3)</source>
        <translation>Priorität %1 → %2 (gesehen %3)</translation>
    </message>
    <message>
        <source>%1:
%2</source>
        <translation>%1:
%2</translation>
    </message>
    <message>
        <source>When (local time)</source>
        <translation>Wann (Ortszeit)</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
</context>
<context>
    <name>CaseTypeMatrix</name>
    <message>
        <source>Incident</source>
        <translation>Störung</translation>
    </message>
    <message>
        <source>RFO request</source>
        <translation>RFO-Anfrage</translation>
    </message>
    <message>
        <source>Service degradation</source>
        <translation>Dienst beeinträchtigt</translation>
    </message>
    <message>
        <source>Service intermittent</source>
        <translation>Dienst zeitweise gestört</translation>
    </message>
    <message>
        <source>Service down</source>
        <translation>Dienst ausgefallen</translation>
    </message>
    <message>
        <source>General request</source>
        <translation>Allgemeine Anfrage</translation>
    </message>
    <message>
        <source>Activation support</source>
        <translation>Unterstützung bei der Aktivierung</translation>
    </message>
    <message>
        <source>Change request</source>
        <translation>Änderungsanfrage</translation>
    </message>
    <message>
        <source>Engineer dispatch</source>
        <translation>Technikereinsatz</translation>
    </message>
    <message>
        <source>Information request</source>
        <translation>Informationsanfrage</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Sonstiges</translation>
    </message>
    <message>
        <source>Software update</source>
        <translation>Software-Update</translation>
    </message>
    <message>
        <source>Utilization report</source>
        <translation>Auslastungsbericht</translation>
    </message>
</context>
<context>
    <name>Casectl</name>
    <message numerus="yes">
        <source>last synced %1 (%n minute(s) ago)</source>
        <translation>
            <numerusform>zuletzt synchronisiert %1 (vor %n Minute)</numerusform>
            <numerusform>zuletzt synchronisiert %1 (vor %n Minuten)</numerusform>
        </translation>
    </message>
    <message>
        <source>never fully synced</source>
        <translation>nie vollständig synchronisiert</translation>
    </message>
    <message>
        <source>Showing cached data, %1.</source>
        <translation>Zwischengespeicherte Daten werden angezeigt, %1.</translation>
    </message>
    <message>
        <source>GraphQL endpoint URL.</source>
        <translation>URL des GraphQL-Endpunkts.</translation>
    </message>
    <message>
        <source>OAuth token URL (default: &lt;endpoint host&gt;/oauth2/token).</source>
        <translation>OAuth-Token-URL (Standard: &lt;Endpunkt-Host&gt;/oauth2/token).</translation>
    </message>
    <message>
        <source>OAuth scopes, space-separated (default: all of the client&apos;s).</source>
        <translation>OAuth-Scopes, durch Leerzeichen getrennt (Standard: alle des Clients).</translation>
    </message>
    <message>
        <source>Use a saved profile (default: the active one).</source>
        <translation>Ein gespeichertes Profil verwenden (Standard: das aktive).</translation>
    </message>
    <message>
        <source>Seconds to wait for an answer (default: 30).</source>
        <translation>Wartezeit auf eine Antwort in Sekunden (Standard: 30).</translation>
    </message>
    <message>
        <source>cases: only cases modified in the last MIN minutes.</source>
        <translation>cases: nur Fälle, die in den letzten MIN Minuten geändert wurden.</translation>
    </message>
    <message>
        <source>cases, create: the service id.</source>
        <translation>cases, create: die Dienst-ID.</translation>
    </message>
    <message>
        <source>cases: filter by customer reference; create: set it.</source>
        <translation>cases: nach Kundenreferenz filtern; create: Kundenreferenz setzen.</translation>
    </message>
    <message>
        <source>Print JSON (API field names) instead of a table.</source>
        <translation>JSON (mit den Feldnamen der API) statt einer Tabelle ausgeben.</translation>
    </message>
    <message>
        <source>create: a subject the type allows (see &apos;matrix&apos;).</source>
        <translation>create: ein Betreff, den der Typ zulässt (siehe „matrix“).</translation>
    </message>
    <message>
        <source>create: start of the incident, ISO 8601 (default: now).</source>
        <translation>create: Beginn der Störung, ISO 8601 (Standard: jetzt).</translation>
    </message>
    <message>
        <source>create: end of the incident, ISO 8601.</source>
        <translation>create: Ende der Störung, ISO 8601.</translation>
    </message>
    <message>
        <source>create: the incident has not ended (the default).</source>
        <translation>create: die Störung ist noch nicht beendet (Standard).</translation>
    </message>
    <message>
        <source>poll: poll once and exit.</source>
        <translation>poll: einmal abfragen und beenden.</translation>
    </message>
    <message>
        <source>poll: seconds between polls (default: 60).</source>
        <translation>poll: Sekunden zwischen den Abfragen (Standard: 60).</translation>
    </message>
    <message>
        <source>status, save-profile: the Case Repository API&apos;s root URL.</source>
        <translation>status, save-profile: die Stamm-URL der API des Case Repository.</translation>
    </message>
    <message>
        <source>status, save-profile: the Case Repository user.</source>
        <translation>status, save-profile: der Benutzer des Case Repository.</translation>
    </message>
    <message>
        <source>status: the case type (e.g. NetworkIncident).</source>
        <translation>status: der Falltyp (z. B. NetworkIncident).</translation>
    </message>
    <message>
        <source>status: the client id&apos;s type (e.g. NIP, PESEL, REGON).</source>
        <translation>status: der Typ der Kunden-ID (z. B. NIP, PESEL, REGON).</translation>
    </message>
    <message>
        <source>status create, update: the status description.</source>
        <translation>status create, update: die Statusbeschreibung.</translation>
    </message>
    <message>
        <source>status update: remove the status description.</source>
        <translation>status update: die Statusbeschreibung entfernen.</translation>
    </message>
    <message>
        <source>status update: remove the business key.</source>
        <translation>status update: den Geschäftsschlüssel entfernen.</translation>
    </message>
    <message>
        <source>status: the publishing system (default at create: eximee).</source>
        <translation>status: das veröffentlichende System (Standard bei create: eximee).</translation>
    </message>
    <message>
        <source>status search: updated at or after, ISO 8601 (local time unless it has a zone).</source>
        <translation>status search: aktualisiert am oder nach, ISO 8601 (Ortszeit, sofern keine Zeitzone angegeben ist).</translation>
    </message>
    <message>
        <source>status search: updated at or before, ISO 8601 (local time unless it has a zone).</source>
        <translation>status search: aktualisiert am oder vor, ISO 8601 (Ortszeit, sofern keine Zeitzone angegeben ist).</translation>
    </message>
    <message>
        <source>status search: the page, from 1 (default: 1).</source>
        <translation>status search: die Seite, ab 1 (Standard: 1).</translation>
    </message>
    <message>
        <source>status search: entries per page, 1 to 200 (default: 20).</source>
        <translation>status search: Einträge pro Seite, 1 bis 200 (Standard: 20).</translation>
    </message>
    <message>
        <source>status search: creationDate, updateDate, caseType, clientId, clientType, status, businessKey or source, with ,asc or ,desc (default: updateDate,desc).</source>
        <translation>status search: creationDate, updateDate, caseType, clientId, clientType, status, businessKey oder source, mit ,asc oder ,desc (Standard: updateDate,desc).</translation>
    </message>
    <message>
        <source>status search: every page (200 entries a request).</source>
        <translation>status search: alle Seiten (200 Einträge pro Anfrage).</translation>
    </message>
    <message>
        <source>status delete: yes, delete the entry and its history irreversibly.</source>
        <translation>status delete: ja, den Eintrag und seine Historie unwiderruflich löschen.</translation>
    </message>
    <message>
        <source>What to do (see above).</source>
        <translation>Was zu tun ist (siehe oben).</translation>
    </message>
    <message>
        <source>no command given; see casectl --help</source>
        <translation>kein Befehl angegeben; siehe casectl --help</translation>
    </message>
    <message>
        <source>&apos;status&apos; needs a command: create, get, update, delete, search or history; see casectl --help</source>
        <translation>„status“ benötigt einen Befehl: create, get, update, delete, search oder history; siehe casectl --help</translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos;; see casectl --help</source>
        <translation>unbekannter Befehl „%1“; siehe casectl --help</translation>
    </message>
    <message>
        <source>&apos;%1&apos; does not take --%2</source>
        <translation>„%1“ akzeptiert --%2 nicht</translation>
    </message>
    <message>
        <source>--endpoint and --client-id go together</source>
        <translation>--endpoint und --client-id gehören zusammen</translation>
    </message>
    <message>
        <source>--timeout takes a number of seconds</source>
        <translation>--timeout erwartet eine Anzahl von Sekunden</translation>
    </message>
    <message numerus="yes">
        <source>&apos;%1&apos; takes %n argument(s)</source>
        <translation>
            <numerusform>„%1“ erwartet %n Argument</numerusform>
            <numerusform>„%1“ erwartet %n Argumente</numerusform>
        </translation>
    </message>
    <message>
        <source>no profile: give --repository and --repository-user, or --profile NAME</source>
        <translation>kein Profil: geben Sie --repository und --repository-user oder --profile NAME an</translation>
    </message>
    <message>
        <source>no profile: give --endpoint and --client-id, or --profile NAME</source>
        <translation>kein Profil: geben Sie --endpoint und --client-id oder --profile NAME an</translation>
    </message>
    <message>
        <source>no profile named &apos;%1&apos;</source>
        <translation>kein Profil namens „%1“</translation>
    </message>
    <message>
        <source>Set CASECTL_CLIENT_SECRET or run &apos;casectl store-secret&apos;.</source>
        <translation>Setzen Sie CASECTL_CLIENT_SECRET oder führen Sie „casectl store-secret“ aus.</translation>
    </message>
    <message>
        <source>CASE</source>
        <translation>FALL</translation>
    </message>
    <message>
        <source>PRI</source>
        <translation>PRI</translation>
    </message>
    <message>
        <source>TYPE</source>
        <translation>TYP</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>STATUS</translation>
    </message>
    <message>
        <source>MODIFIED</source>
        <translation>GEÄNDERT</translation>
    </message>
    <message>
        <source>SUBJECT</source>
        <translation>BETREFF</translation>
    </message>
    <message>
        <source>SERVICE</source>
        <translation>DIENST</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s)</source>
        <translation>
            <numerusform>%n Fall</numerusform>
            <numerusform>%n Fälle</numerusform>
        </translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Fall</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Betreff</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorität</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>Herkunft</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Dienst</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Standort</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referenz</translation>
    </message>
    <message>
        <source>Start of incident</source>
        <translation>Störungsbeginn</translation>
    </message>
    <message>
        <source>End of incident</source>
        <translation>Störungsende</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Last modified</source>
        <translation>Zuletzt geändert</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>--updated-within takes a number of minutes</source>
        <translation>--updated-within erwartet eine Anzahl von Minuten</translation>
    </message>
    <message>
        <source>no case %1</source>
        <translation>kein Fall %1</translation>
    </message>
    <message>
        <source>--end and --open-ended exclude each other</source>
        <translation>--end und --open-ended schließen sich gegenseitig aus</translation>
    </message>
    <message>
        <source>--start, --end and --open-ended are for incidents only</source>
        <translation>--start, --end und --open-ended gelten nur für Störungen</translation>
    </message>
    <message>
        <source>--start is not an ISO 8601 date and time</source>
        <translation>--start ist keine Datums- und Zeitangabe nach ISO 8601</translation>
    </message>
    <message>
        <source>--end is not an ISO 8601 date and time</source>
        <translation>--end ist keine Datums- und Zeitangabe nach ISO 8601</translation>
    </message>
    <message>
        <source>Created case %1</source>
        <translation>Fall %1 erstellt</translation>
    </message>
    <message>
        <source>reply needs --message</source>
        <translation>reply benötigt --message</translation>
    </message>
    <message>
        <source>Replied to case %1</source>
        <translation>Auf Fall %1 geantwortet</translation>
    </message>
    <message>
        <source>the reference is empty</source>
        <translation>die Referenz ist leer</translation>
    </message>
    <message>
        <source>Case %1 now has reference %2</source>
        <translation>Fall %1 hat jetzt die Referenz %2</translation>
    </message>
    <message>
        <source>--interval takes a number of seconds, at least 5</source>
        <translation>--interval erwartet eine Anzahl von Sekunden, mindestens 5</translation>
    </message>
    <message>
        <source>priorities:</source>
        <translation>Prioritäten:</translation>
    </message>
    <message>
        <source>subjects:</source>
        <translation>Betreffe:</translation>
    </message>
    <message>
        <source>needs startOfIncident and endOfIncident (may be open-ended)</source>
        <translation>benötigt startOfIncident und endOfIncident (darf offen bleiben)</translation>
    </message>
    <message>
        <source>store-secret reads the client secret from standard input</source>
        <translation>store-secret liest das Client-Secret von der Standardeingabe</translation>
    </message>
    <message>
        <source>Stored the client secret for %1 in the system keychain.</source>
        <translation>Das Client-Secret für %1 wurde im Schlüsselbund des Systems gespeichert.</translation>
    </message>
    <message>
        <source>save-profile takes a NAME</source>
        <translation>save-profile erwartet einen NAMEN</translation>
    </message>
    <message>
        <source>--repository needs --repository-user</source>
        <translation>--repository benötigt --repository-user</translation>
    </message>
    <message>
        <source>--repository-user goes with --repository</source>
        <translation>--repository-user gehört zu --repository</translation>
    </message>
    <message>
        <source>Saved profile %1.</source>
        <translation>Profil %1 gespeichert.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; takes a CASEID</source>
        <translation>„%1“ erwartet eine CASEID</translation>
    </message>
    <message>
        <source>&apos;%1&apos; takes no arguments</source>
        <translation>„%1“ akzeptiert keine Argumente</translation>
    </message>
    <message>
        <source>profile &apos;%1&apos; has no Case Repository: give --repository URL and --repository-user USER</source>
        <translation>Profil „%1“ hat kein Case Repository: geben Sie --repository URL und --repository-user USER an</translation>
    </message>
    <message>
        <source>profile &apos;%1&apos; has no Case Repository user: give --repository-user USER</source>
        <translation>Profil „%1“ hat keinen Benutzer für das Case Repository: geben Sie --repository-user USER an</translation>
    </message>
    <message>
        <source>none is stored in the system keychain.</source>
        <translation>im Schlüsselbund des Systems ist keines gespeichert.</translation>
    </message>
    <message>
        <source>no system keychain is available.</source>
        <translation>kein Schlüsselbund des Systems verfügbar.</translation>
    </message>
    <message>
        <source>the system keychain is locked or refused access.</source>
        <translation>der Schlüsselbund des Systems ist gesperrt oder hat den Zugriff verweigert.</translation>
    </message>
    <message>
        <source>No Case Repository password for %1: %2</source>
        <translation>Kein Passwort für das Case Repository für %1: %2</translation>
    </message>
    <message>
        <source>Set CASECTL_REPOSITORY_PASSWORD or run &apos;casectl store-repository-password&apos;.</source>
        <translation>Setzen Sie CASECTL_REPOSITORY_PASSWORD oder führen Sie „casectl store-repository-password“ aus.</translation>
    </message>
    <message>
        <source>The existing entry is %1.</source>
        <translation>Der vorhandene Eintrag ist %1.</translation>
    </message>
    <message>
        <source>Case ID</source>
        <translation>Fall-ID</translation>
    </message>
    <message>
        <source>%1 (%2), %3</source>
        <translation>%1 (%2), %3</translation>
    </message>
    <message>
        <source>open</source>
        <translation>offen</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>geschlossen</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Case type</source>
        <translation>Falltyp</translation>
    </message>
    <message>
        <source>Client ID</source>
        <translation>Kunden-ID</translation>
    </message>
    <message>
        <source>Client type</source>
        <translation>Kundentyp</translation>
    </message>
    <message>
        <source>Business key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Aktualisiert</translation>
    </message>
    <message>
        <source>CASE ID</source>
        <translation>FALL-ID</translation>
    </message>
    <message>
        <source>CASE TYPE</source>
        <translation>FALLTYP</translation>
    </message>
    <message>
        <source>CLIENT</source>
        <translation>KUNDE</translation>
    </message>
    <message>
        <source>BUSINESS KEY</source>
        <translation>GESCHÄFTSSCHLÜSSEL</translation>
    </message>
    <message>
        <source>SOURCE</source>
        <translation>QUELLE</translation>
    </message>
    <message>
        <source>UPDATED</source>
        <translation>AKTUALISIERT</translation>
    </message>
    <message>
        <source>--description and --clear-description exclude each other</source>
        <translation>--description und --clear-description schließen sich gegenseitig aus</translation>
    </message>
    <message>
        <source>--business-key and --clear-business-key exclude each other</source>
        <translation>--business-key und --clear-business-key schließen sich gegenseitig aus</translation>
    </message>
    <message>
        <source>&apos;status update&apos; needs at least one field to change; see casectl --help</source>
        <translation>„status update“ benötigt mindestens ein zu änderndes Feld; siehe casectl --help</translation>
    </message>
    <message>
        <source>nothing to change: case status %1 already has these values</source>
        <translation>nichts zu ändern: Fallstatus %1 hat bereits diese Werte</translation>
    </message>
    <message>
        <source>&apos;status delete&apos; removes case status %1 and its whole history, irreversibly; add --yes to delete it</source>
        <translation>„status delete“ entfernt Fallstatus %1 und seine gesamte Historie unwiderruflich; fügen Sie --yes hinzu, um ihn zu löschen</translation>
    </message>
    <message>
        <source>Deleted case status %1 and its history.</source>
        <translation>Fallstatus %1 und seine Historie wurden gelöscht.</translation>
    </message>
    <message>
        <source>--%1 is empty</source>
        <translation>--%1 ist leer</translation>
    </message>
    <message>
        <source>--%1 is not an ISO 8601 date and time</source>
        <translation>--%1 ist keine Datums- und Zeitangabe nach ISO 8601</translation>
    </message>
    <message>
        <source>--updated-from is later than --updated-to</source>
        <translation>--updated-from liegt nach --updated-to</translation>
    </message>
    <message>
        <source>--all reads every page; it takes no --page or --size</source>
        <translation>--all liest alle Seiten; --page und --size sind damit nicht möglich</translation>
    </message>
    <message>
        <source>--page takes a page number, from 1</source>
        <translation>--page erwartet eine Seitennummer ab 1</translation>
    </message>
    <message>
        <source>--size takes a number from 1 to %1</source>
        <translation>--size erwartet eine Zahl von 1 bis %1</translation>
    </message>
    <message>
        <source>--sort takes one of %1, optionally with ,asc or ,desc</source>
        <translation>--sort erwartet einen der Werte %1, optional mit ,asc oder ,desc</translation>
    </message>
    <message>
        <source>no entries</source>
        <translation>keine Einträge</translation>
    </message>
    <message numerus="yes">
        <source>page %1 of %2, %n entries</source>
        <translation>
            <numerusform>Seite %1 von %2, %n Eintrag</numerusform>
            <numerusform>Seite %1 von %2, %n Einträge</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entries</source>
        <translation>
            <numerusform>%n Eintrag</numerusform>
            <numerusform>%n Einträge</numerusform>
        </translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>store-repository-password reads the password from standard input</source>
        <translation>store-repository-password liest das Passwort von der Standardeingabe</translation>
    </message>
    <message>
        <source>Stored the Case Repository password of %1 at %2 in the system keychain.</source>
        <translation>Das Passwort von %1 für das Case Repository unter %2 wurde im Schlüsselbund des Systems gespeichert.</translation>
    </message>
    <message>
        <source>Nothing was sent: a change is saved in the profile&apos;s local store before it is sent, and the store cannot be opened.</source>
        <translation>Nichts wurde gesendet: Eine Änderung wird vor dem Senden im lokalen Speicher des Profils gesichert, und dieser lässt sich nicht öffnen.</translation>
    </message>
    <message numerus="yes">
        <source>Whether the server got it is not known; looking it up in %n second(s) before anything is sent again.</source>
        <translation>
            <numerusform>Ob der Server es erhalten hat, ist unbekannt; in %n Sekunde wird nachgesehen, bevor erneut etwas gesendet wird.</numerusform>
            <numerusform>Ob der Server es erhalten hat, ist unbekannt; in %n Sekunden wird nachgesehen, bevor erneut etwas gesendet wird.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was changed on the server.</source>
        <translation>Auf dem Server wurde nichts geändert.</translation>
    </message>
    <message>
        <source>--lookup-delay takes a number of seconds</source>
        <translation>--lookup-delay erwartet eine Anzahl Sekunden</translation>
    </message>
    <message>
        <source>Whether the server got it is still not known, and nothing more is sent: check with &apos;casectl case&apos; (a new case: &apos;casectl cases --updated-within 30&apos;) before trying again.</source>
        <translation>Ob der Server es erhalten hat, ist weiterhin unbekannt, und es wird nichts mehr gesendet: Prüfen Sie es mit &apos;casectl case&apos; (ein neuer Fall: &apos;casectl cases --updated-within 30&apos;), bevor Sie es erneut versuchen.</translation>
    </message>
    <message>
        <source>Nothing was sent: the change could not be saved in the profile&apos;s local store first.</source>
        <translation>Nichts wurde gesendet: Die Änderung konnte nicht zuerst im lokalen Speicher des Profils gesichert werden.</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) left &apos;sending&apos; by an earlier run that ended mid-send (%1); whether the server got it is not known. &apos;casectl outbox --reconcile&apos; looks each up and sends it only if it did not arrive.</source>
        <translation>
            <numerusform>%n Änderung (%1) wurde von einem früheren Lauf, der mitten im Senden abbrach, im Zustand &apos;sendet&apos; hinterlassen; ob der Server sie erhalten hat, ist unbekannt. &apos;casectl outbox --reconcile&apos; sieht bei ihr nach und sendet sie nur, wenn sie nicht angekommen ist.</numerusform>
            <numerusform>%n Änderungen (%1) wurden von einem früheren Lauf, der mitten im Senden abbrach, im Zustand &apos;sendet&apos; hinterlassen; ob der Server sie erhalten hat, ist unbekannt. &apos;casectl outbox --reconcile&apos; sieht bei jeder nach und sendet sie nur, wenn sie nicht angekommen ist.</numerusform>
        </translation>
    </message>
    <message>
        <source>outbox: finish the changes an earlier run left (look each up, send it only if it did not arrive).</source>
        <translation>outbox: die von einem früheren Lauf hinterlassenen Änderungen abschließen (bei jeder nachsehen, nur senden, wenn sie nicht angekommen ist).</translation>
    </message>
    <message>
        <source>Nothing was sent.</source>
        <translation>Nichts wurde gesendet.</translation>
    </message>
    <message>
        <source>The profile&apos;s local store cannot be opened.</source>
        <translation>Der lokale Speicher des Profils lässt sich nicht öffnen.</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) not yet confirmed</source>
        <translation>
            <numerusform>%n Änderung noch nicht bestätigt</numerusform>
            <numerusform>%n Änderungen noch nicht bestätigt</numerusform>
        </translation>
    </message>
    <message>
        <source>Confirmed: %1</source>
        <translation>Bestätigt: %1</translation>
    </message>
    <message>
        <source>No longer waiting: another process finished it or gave it up.</source>
        <translation>Wartet nicht mehr: Ein anderer Prozess hat die Änderung abgeschlossen oder aufgegeben.</translation>
    </message>
    <message>
        <source>%1 is left in the outbox; run &apos;casectl outbox --reconcile&apos; again later.</source>
        <translation>%1 bleibt im Postausgang; führen Sie &apos;casectl outbox --reconcile&apos; später erneut aus.</translation>
    </message>
    <message>
        <source>%1 was refused and waits for the engineer in the console: %2</source>
        <translation>%1 wurde abgelehnt und wartet in der Konsole auf Bearbeitung: %2</translation>
    </message>
    <message>
        <source>Nothing to reconcile.</source>
        <translation>Nichts abzugleichen.</translation>
    </message>
    <message>
        <source>capabilities: learn them from the provider again now.</source>
        <translation>capabilities: jetzt erneut beim Anbieter ermitteln.</translation>
    </message>
    <message>
        <source>status: the business key (unique per source); create without it: none (null).</source>
        <translation>status: der Geschäftsschlüssel (eindeutig je Quelle); create ohne diese Option: keiner (null).</translation>
    </message>
    <message>
        <source>Learned %1.</source>
        <translation>Ermittelt am %1.</translation>
    </message>
    <message>
        <source>present</source>
        <translation>vorhanden</translation>
    </message>
    <message>
        <source>absent</source>
        <translation>fehlt</translation>
    </message>
    <message>
        <source>unknown (counts as absent)</source>
        <translation>unbekannt (gilt als fehlend)</translation>
    </message>
    <message>
        <source>by %1</source>
        <translation>via %1</translation>
    </message>
    <message>
        <source>This provider does not report: %1.</source>
        <translation>Dieser Anbieter liefert nicht: %1.</translation>
    </message>
    <message>
        <source>%1 (closed)</source>
        <translation>%1 (geschlossen)</translation>
    </message>
    <message>
        <source>ours</source>
        <translation>eigene</translation>
    </message>
    <message>
        <source>status update</source>
        <translation>Statusaktualisierung</translation>
    </message>
    <message>
        <source>provider</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <source>--%1 is the old name of --%2: give only --%2</source>
        <translation>--%1 ist der alte Name von --%2: Geben Sie nur --%2 an</translation>
    </message>
    <message>
        <source>warning: in &apos;status&apos; commands --%1 is deprecated (it also names the OAuth client); use --%2</source>
        <translation>Warnung: In &apos;status&apos;-Befehlen ist --%1 veraltet (es bezeichnet auch den OAuth-Client); verwenden Sie --%2</translation>
    </message>
    <message>
        <source>another &apos;casectl poll&apos; of this profile did not finish printing within a minute; nothing printed</source>
        <translation>Ein anderes &apos;casectl poll&apos; dieses Profils war nicht innerhalb einer Minute mit der Ausgabe fertig; nichts ausgegeben</translation>
    </message>
    <message>
        <source>standard output could not be written; the poll cursor stays where it was, so the next run prints these changes</source>
        <translation>Die Standardausgabe konnte nicht geschrieben werden; der Poll-Cursor bleibt, wo er war, der nächste Lauf gibt diese Änderungen aus</translation>
    </message>
    <message>
        <source>the poll cursor could not be saved (%1); the next run prints these changes again</source>
        <translation>Der Poll-Cursor konnte nicht gespeichert werden (%1); der nächste Lauf gibt diese Änderungen erneut aus</translation>
    </message>
    <message>
        <source>&apos;status create&apos; needs %1 (the Case Repository requires the case type, the client type and the status; --repository-client and --business-key may be left out)</source>
        <translation>&apos;status create&apos; braucht %1 (das Case Repository verlangt den Falltyp, den Client-Typ und den Status; --repository-client und --business-key können fehlen)</translation>
    </message>
    <message>
        <source>--repository-client and --clear-repository-client exclude each other</source>
        <translation>--repository-client und --clear-repository-client schließen einander aus</translation>
    </message>
    <message>
        <source>OAuth client id. (status: the old name of --repository-client, with a warning.)</source>
        <translation>OAuth-Client-ID. (status: der alte Name von --repository-client, mit einer Warnung.)</translation>
    </message>
    <message>
        <source>status update: the old name of --clear-repository-client, with a warning.</source>
        <translation>status update: der alte Name von --clear-repository-client, mit einer Warnung.</translation>
    </message>
    <message>
        <source>create: Incident or NonIncident; cases: only these types (comma-separated).</source>
        <translation>create: Incident oder NonIncident; cases: nur diese Typen (durch Kommas getrennt).</translation>
    </message>
    <message>
        <source>create: P1 to P5, as the type allows; cases: only these priorities (comma-separated).</source>
        <translation>create: P1 bis P5, wie der Typ es erlaubt; cases: nur diese Prioritäten (durch Kommas getrennt).</translation>
    </message>
    <message>
        <source>cases: only open cases (in the profile&apos;s provider words).</source>
        <translation>cases: nur offene Fälle (in den Anbieterwörtern des Profils).</translation>
    </message>
    <message>
        <source>poll: everything is new at the start (not only what changed since the last run); leaves the profile&apos;s poll cursor alone.</source>
        <translation>poll: Zu Beginn ist alles neu (nicht nur, was sich seit dem letzten Lauf geändert hat); lässt den Poll-Cursor des Profils unverändert.</translation>
    </message>
    <message>
        <source>status: the case&apos;s client (e.g. a NIP number), optional.</source>
        <translation>status: der Client des Falls (z. B. eine NIP-Nummer), optional.</translation>
    </message>
    <message>
        <source>status update: remove the case&apos;s client.</source>
        <translation>status update: den Client des Falls entfernen.</translation>
    </message>
    <message>
        <source>cases: only these statuses (comma-separated, e.g. New,InProgress); status: the status value (e.g. OPEN, IN_PROGRESS, COMPLETED).</source>
        <translation>cases: nur diese Status (durch Kommas getrennt, z. B. New,InProgress); status: der Statuswert (z. B. OPEN, IN_PROGRESS, COMPLETED).</translation>
    </message>
    <message>
        <source>export needs -o FILE (where the dossier goes)</source>
        <translation>export braucht -o FILE (wohin das Dossier geschrieben wird)</translation>
    </message>
    <message>
        <source>--format takes pdf or json</source>
        <translation>--format nimmt pdf oder json</translation>
    </message>
    <message>
        <source>export takes case ids, or --service ID --from DATE --to DATE (not both)</source>
        <translation>export nimmt Fall-IDs oder --service ID --from DATE --to DATE (nicht beides)</translation>
    </message>
    <message>
        <source>--service needs --from and --to, each a date (2026-11-01) or an ISO 8601 time</source>
        <translation>--service braucht --from und --to, jeweils ein Datum (2026-11-01) oder eine ISO-8601-Zeit</translation>
    </message>
    <message>
        <source>--to lies before --from</source>
        <translation>--to liegt vor --from</translation>
    </message>
    <message>
        <source>no incident of service %1 started in that period</source>
        <translation>Im Zeitraum begann keine Störung des Dienstes %1</translation>
    </message>
    <message>
        <source>local store (the provider could not be reached)</source>
        <translation>lokaler Speicher (der Anbieter war nicht erreichbar)</translation>
    </message>
    <message>
        <source>export: the file to write (replaced whole, or left as it was).</source>
        <translation>export: die zu schreibende Datei (ganz ersetzt oder unverändert gelassen).</translation>
    </message>
    <message>
        <source>export: pdf or json (default: from the file&apos;s suffix, else pdf).</source>
        <translation>export: pdf oder json (Standard: aus der Dateiendung, sonst pdf).</translation>
    </message>
    <message>
        <source>export --service: incidents that started on or after DATE.</source>
        <translation>export --service: Störungen, die an oder nach DATE begannen.</translation>
    </message>
    <message>
        <source>export --service: ... and before DATE (a date alone: its end).</source>
        <translation>export --service: ... und vor DATE (nur ein Datum: dessen Ende).</translation>
    </message>
    <message>
        <source>--message is empty</source>
        <translation>--message ist leer</translation>
    </message>
    <message>
        <source>Requested the RFO of case %1: case %2</source>
        <translation>RFO für Fall %1 angefordert: Fall %2</translation>
    </message>
    <message>
        <source>The provider&apos;s case API and the Case Repository from the command line.

Commands:
  cases [--updated-within MIN] [--service ID] [--reference REF] [--json]
        [--status S,...] [--priority P,...] [--type T,...] [--open]
  case ID [--json]
  create --type T --priority P --subject S --service ID --message M
         [--start ISO] [--end ISO | --open-ended] [--reference REF] [--sent-by NAME] [--json]
  reply ID --message M [--sent-by NAME]      (M of &quot;-&quot; reads standard input)
  rfo ID [--message M] [--sent-by NAME] [--json]
                                              (requests the Reason for Outage of a resolved
                                              or closed incident; exit 6 if it is not one)
  reference ID REF
  outbox [--reconcile]                        (changes not yet confirmed; --reconcile
                                              looks each up, sends what did not arrive)
  poll [--once] [--interval SEC] [--since-start]
                                              (one JSON line per change since the last run)
  export CASE [CASE...] -o FILE [--format pdf|json]
  export --service ID --from DATE --to DATE -o FILE [--format pdf|json]
                                              (the case dossier: PDF or JSON, one file)
  matrix [--json]
  capabilities [--json] [--refresh]          (what the provider has beyond its documented
                                              schema; --refresh learns it again)
  store-secret                                (reads the secret from standard input)
  save-profile NAME [--repository URL --repository-user USER]

Case Repository commands (--repository URL --repository-user USER, or the profile&apos;s):
  status create --case-type T --client-type TYPE --status S  (these three required)
         [--repository-client ID] [--business-key K] [--description TEXT] [--source SRC]
         [--json]                             (no --business-key: the key is null)
  status get CASEID [--json]
  status update CASEID [--case-type T]
         [--repository-client ID | --clear-repository-client]
         [--client-type TYPE] [--status S]
         [--description TEXT | --clear-description]
         [--business-key K | --clear-business-key] [--source SRC] [--json]
  status delete CASEID [--yes]               (the entry and its history, for good)
  status search [--repository-client ID] [--client-type TYPE] [--case-type T]
         [--status S]
         [--business-key K] [--source SRC] [--updated-from ISO] [--updated-to ISO]
         [--page N] [--size N] [--sort FIELD[,asc|desc]] [--all] [--json]
  status history CASEID [--json]
  store-repository-password                   (reads the password from standard input)

The client secret comes from CASECTL_CLIENT_SECRET or the system keychain; the repository
password from CASECTL_REPOSITORY_PASSWORD or the system keychain.
Exit codes: 0 ok, 1 other failure, 2 usage, 3 authentication, 4 server, GraphQL or repository error, 5 network, 6 not applicable to the case (rfo).</source>
        <translation>Die Fall-API des Anbieters und das Case Repository über die Kommandozeile.

Befehle:
  cases [--updated-within MIN] [--service ID] [--reference REF] [--json]
        [--status S,...] [--priority P,...] [--type T,...] [--open]
  case ID [--json]
  create --type T --priority P --subject S --service ID --message M
         [--start ISO] [--end ISO | --open-ended] [--reference REF] [--sent-by NAME] [--json]
  reply ID --message M [--sent-by NAME]      (M = &quot;-&quot; liest die Standardeingabe)
  rfo ID [--message M] [--sent-by NAME] [--json]
                                              (fordert die Ausfallursache einer gelösten oder
                                              geschlossenen Störung an; sonst Exit 6)
  reference ID REF
  outbox [--reconcile]                        (noch nicht bestätigte Änderungen; --reconcile
                                              prüft jede nach, sendet, was nicht ankam)
  poll [--once] [--interval SEC] [--since-start]
                                              (eine JSON-Zeile je Änderung seit dem letzten Lauf)
  export CASE [CASE...] -o FILE [--format pdf|json]
  export --service ID --from DATE --to DATE -o FILE [--format pdf|json]
                                              (das Falldossier: PDF oder JSON, eine Datei)
  matrix [--json]
  capabilities [--json] [--refresh]          (was der Anbieter über sein dokumentiertes
                                              Schema hinaus hat; --refresh ermittelt es neu)
  store-secret                                (liest das Secret von der Standardeingabe)
  save-profile NAME [--repository URL --repository-user USER]

Befehle für das Case Repository (--repository URL --repository-user USER oder die des Profils):
  status create --case-type T --client-type TYPE --status S  (diese drei sind Pflicht)
         [--repository-client ID] [--business-key K] [--description TEXT] [--source SRC]
         [--json]                             (ohne --business-key: der Schlüssel ist null)
  status get CASEID [--json]
  status update CASEID [--case-type T]
         [--repository-client ID | --clear-repository-client]
         [--client-type TYPE] [--status S]
         [--description TEXT | --clear-description]
         [--business-key K | --clear-business-key] [--source SRC] [--json]
  status delete CASEID [--yes]               (der Eintrag und sein Verlauf, endgültig)
  status search [--repository-client ID] [--client-type TYPE] [--case-type T]
         [--status S]
         [--business-key K] [--source SRC] [--updated-from ISO] [--updated-to ISO]
         [--page N] [--size N] [--sort FIELD[,asc|desc]] [--all] [--json]
  status history CASEID [--json]
  store-repository-password                   (liest das Passwort von der Standardeingabe)

Das Client-Secret kommt aus CASECTL_CLIENT_SECRET oder dem Schlüsselbund des Systems; das
Repository-Passwort aus CASECTL_REPOSITORY_PASSWORD oder dem Schlüsselbund des Systems.
Exit-Codes: 0 ok, 1 sonstiger Fehler, 2 Aufruf, 3 Authentifizierung, 4 Server-, GraphQL- oder Repository-Fehler, 5 Netzwerk, 6 für den Fall nicht anwendbar (rfo).</translation>
    </message>
    <message>
        <source>create, reply, rfo: the message text (&quot;-&quot;: standard input; rfo: instead of the one naming the case).</source>
        <translation>create, reply, rfo: der Nachrichtentext („-“: Standardeingabe; rfo: anstelle des Textes, der den Fall nennt).</translation>
    </message>
    <message>
        <source>create, reply, rfo: who is writing.</source>
        <translation>create, reply, rfo: wer schreibt.</translation>
    </message>
    <message>
        <source>create, reply, rfo, reference, outbox: seconds to wait before looking up a change whose answer was lost, before anything is sent again (default: 15).</source>
        <translation>create, reply, rfo, reference, outbox: Sekunden, bevor bei einer Änderung, deren Antwort verloren ging, nachgesehen wird, ob sie angekommen ist; vorher wird nichts erneut gesendet (Standard: 15).</translation>
    </message>
</context>
<context>
    <name>ConnectionCheck</name>
    <message numerus="yes">
        <source>The server did not answer within %n second(s). Check the endpoint address and your network.</source>
        <translation>
            <numerusform>Der Server hat nicht innerhalb von %n Sekunde geantwortet. Überprüfen Sie die Endpunktadresse und Ihr Netzwerk.</numerusform>
            <numerusform>Der Server hat nicht innerhalb von %n Sekunden geantwortet. Überprüfen Sie die Endpunktadresse und Ihr Netzwerk.</numerusform>
        </translation>
    </message>
    <message>
        <source>Enter the client secret to test the connection.</source>
        <translation>Geben Sie das Client-Secret ein, um die Verbindung zu testen.</translation>
    </message>
    <message numerus="yes">
        <source>Connected to the account “%1” with %n service(s).</source>
        <translation>
            <numerusform>Mit dem Konto „%1“ mit %n Dienst verbunden.</numerusform>
            <numerusform>Mit dem Konto „%1“ mit %n Diensten verbunden.</numerusform>
        </translation>
    </message>
    <message>
        <source>Connected to the account “%1”.</source>
        <translation>Mit dem Konto „%1“ verbunden.</translation>
    </message>
    <message numerus="yes">
        <source>Connected: the provider accepted the credentials and reports %n service(s) for the account.</source>
        <translation>
            <numerusform>Verbunden: Der Anbieter hat die Zugangsdaten akzeptiert und meldet %n Dienst für das Konto.</numerusform>
            <numerusform>Verbunden: Der Anbieter hat die Zugangsdaten akzeptiert und meldet %n Dienste für das Konto.</numerusform>
        </translation>
    </message>
    <message>
        <source>Connected: the provider accepted the credentials and answered for the account.</source>
        <translation>Verbunden: Der Anbieter hat die Zugangsdaten akzeptiert und für das Konto geantwortet.</translation>
    </message>
    <message>
        <source>It does not report the account&apos;s name, so the console cannot show which account these credentials belong to; check that with the provider.</source>
        <translation>Er liefert den Namen des Kontos nicht, daher kann die Konsole nicht anzeigen, zu welchem Konto diese Zugangsdaten gehören; klären Sie das mit dem Anbieter.</translation>
    </message>
    <message>
        <source>This provider does not report %1.</source>
        <translation>Dieser Anbieter liefert nicht: %1.</translation>
    </message>
    <message>
        <source>What else it reports could not be learned; the console will ask again.</source>
        <translation>Was er sonst noch liefert, konnte nicht ermittelt werden; die Konsole fragt erneut nach.</translation>
    </message>
</context>
<context>
    <name>ConnectionStatusBar</name>
    <message>
        <source>Fetching every case…</source>
        <translation>Alle Fälle werden abgerufen …</translation>
    </message>
    <message>
        <source>Fetching changed cases…</source>
        <translation>Geänderte Fälle werden abgerufen …</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Nicht verbunden</translation>
    </message>
    <message>
        <source>Set up a connection or try the sandbox demo.</source>
        <translation>Richten Sie eine Verbindung ein oder probieren Sie die Sandbox-Demo aus.</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) match the first %1 words of “%2…”; a search reads no more</source>
        <translation>
            <numerusform>%n Fall entspricht den ersten %1 Wörtern von „%2…“; weitere Wörter berücksichtigt die Suche nicht</numerusform>
            <numerusform>%n Fälle entsprechen den ersten %1 Wörtern von „%2…“; weitere Wörter berücksichtigt die Suche nicht</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) match “%1”</source>
        <translation>
            <numerusform>%n Fall passt zu „%1“</numerusform>
            <numerusform>%n Fälle passen zu „%1“</numerusform>
        </translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Verbunden</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Verbindung wird hergestellt …</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s)</source>
        <translation>
            <numerusform>%n Fall</numerusform>
            <numerusform>%n Fälle</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n case(s)</source>
        <translation>
            <numerusform>%1 von %n Fall</numerusform>
            <numerusform>%1 von %n Fällen</numerusform>
        </translation>
    </message>
    <message>
        <source>Updated %1</source>
        <translation>Aktualisiert um %1</translation>
    </message>
    <message>
        <source>Refreshing…</source>
        <translation>Wird aktualisiert …</translation>
    </message>
    <message numerus="yes">
        <source>next in %n s</source>
        <translation>
            <numerusform>nächste Abfrage in %n s</numerusform>
            <numerusform>nächste Abfrage in %n s</numerusform>
        </translation>
    </message>
    <message>
        <source>trying again when the network is back</source>
        <translation>neuer Versuch, sobald das Netzwerk zurück ist</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) not yet sent</source>
        <translation>
            <numerusform>%n Änderung noch nicht gesendet</numerusform>
            <numerusform>%n Änderungen noch nicht gesendet</numerusform>
        </translation>
    </message>
    <message>
        <source>Indexing %L1 cases for search… %2%</source>
        <translation>%L1 Fälle werden für die Suche indiziert … %2 %</translation>
    </message>
    <message numerus="yes">
        <source>The newest %n case(s) matching “%1”; scroll down the list for more</source>
        <translation>
            <numerusform>Der neueste %n Fall, der zu „%1“ passt; scrollen Sie in der Liste nach unten, um weitere zu sehen</numerusform>
            <numerusform>Die neuesten %n Fälle, die zu „%1“ passen; scrollen Sie in der Liste nach unten, um weitere zu sehen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Console</name>
    <message>
        <source>Sandbox (%1)</source>
        <translation>Sandbox (%1)</translation>
    </message>
    <message>
        <source>No client secret: the console shows what it stored before and does not connect. Enter the secret in Connections and Settings (Ctrl+,).</source>
        <translation>Kein Client-Secret: Die Konsole zeigt die zuvor gespeicherten Daten an und stellt keine Verbindung her. Geben Sie das Secret unter „Verbindungen und Einstellungen“ ein (Ctrl+,).</translation>
    </message>
    <message>
        <source>Starting the local sandbox…</source>
        <translation>Die lokale Sandbox wird gestartet …</translation>
    </message>
    <message>
        <source>Sandbox demo</source>
        <translation>Sandbox-Demo</translation>
    </message>
</context>
<context>
    <name>CreateCaseDialog</name>
    <message>
        <source>New Case</source>
        <translation>Neuer Fall</translation>
    </message>
    <message>
        <source>Open a case with the provider. The type decides which priorities and subjects are allowed.</source>
        <translation>Eröffnen Sie einen Fall beim Anbieter. Der Typ bestimmt, welche Prioritäten und Betreffe zulässig sind.</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Typ:</translation>
    </message>
    <message>
        <source>Case type</source>
        <translation>Falltyp</translation>
    </message>
    <message>
        <source>&amp;Priority:</source>
        <translation>&amp;Priorität:</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorität</translation>
    </message>
    <message>
        <source>S&amp;ubject:</source>
        <translation>&amp;Betreff:</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Betreff</translation>
    </message>
    <message>
        <source>Choose a subject</source>
        <translation>Betreff wählen</translation>
    </message>
    <message>
        <source>Ser&amp;vice:</source>
        <translation>&amp;Dienst:</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Dienst</translation>
    </message>
    <message>
        <source>Type part of a service&apos;s name or id to find it</source>
        <translation>Geben Sie einen Teil des Namens oder der ID eines Dienstes ein, um ihn zu finden</translation>
    </message>
    <message>
        <source>&amp;Start of incident:</source>
        <translation>&amp;Störungsbeginn:</translation>
    </message>
    <message>
        <source>Start of incident</source>
        <translation>Störungsbeginn</translation>
    </message>
    <message>
        <source>No&amp;w</source>
        <translation>&amp;Jetzt</translation>
    </message>
    <message>
        <source>Set the start of the incident to now</source>
        <translation>Störungsbeginn auf jetzt setzen</translation>
    </message>
    <message>
        <source>End of incident:</source>
        <translation>Störungsende:</translation>
    </message>
    <message>
        <source>&amp;Ended at</source>
        <translation>B&amp;eendet am</translation>
    </message>
    <message>
        <source>Leave unchecked while the incident is still going on</source>
        <translation>Nicht ankreuzen, solange die Störung andauert</translation>
    </message>
    <message>
        <source>End of incident</source>
        <translation>Störungsende</translation>
    </message>
    <message>
        <source>(ongoing)</source>
        <translation>(andauernd)</translation>
    </message>
    <message>
        <source>Your &amp;reference:</source>
        <translation>Ihre &amp;Referenz:</translation>
    </message>
    <message>
        <source>Optional: your own ticket number</source>
        <translation>Optional: Ihre eigene Ticketnummer</translation>
    </message>
    <message>
        <source>Customer reference</source>
        <translation>Kundenreferenz</translation>
    </message>
    <message>
        <source>Sent &amp;by:</source>
        <translation>&amp;Gesendet von:</translation>
    </message>
    <message>
        <source>Your name, as the provider sees it</source>
        <translation>Ihr Name, wie der Anbieter ihn sieht</translation>
    </message>
    <message>
        <source>Sent by</source>
        <translation>Gesendet von</translation>
    </message>
    <message>
        <source>&amp;Message:</source>
        <translation>&amp;Nachricht:</translation>
    </message>
    <message>
        <source>What is wrong or what you need, with what you have already checked</source>
        <translation>Was nicht funktioniert oder was Sie benötigen, und was Sie bereits geprüft haben</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Nachricht</translation>
    </message>
    <message>
        <source>What is missing</source>
        <translation>Was noch fehlt</translation>
    </message>
    <message>
        <source>Sending state</source>
        <translation>Sendestatus</translation>
    </message>
    <message>
        <source>&amp;Create Case</source>
        <translation>&amp;Fall erstellen</translation>
    </message>
    <message>
        <source>Type to find a service</source>
        <translation>Tippen Sie, um einen Dienst zu finden</translation>
    </message>
    <message>
        <source>Saving the case to send it…</source>
        <translation>Der Fall wird zum Senden gespeichert …</translation>
    </message>
    <message>
        <source>“%1” is none of the account&apos;s services: choose one from the list.</source>
        <translation>„%1“ ist kein Dienst dieses Kontos: Wählen Sie einen aus der Liste.</translation>
    </message>
    <message>
        <source>Ready to create.</source>
        <translation>Bereit zum Erstellen.</translation>
    </message>
    <message>
        <source>To create the case:</source>
        <translation>Um den Fall zu erstellen:</translation>
    </message>
    <message>
        <source>This provider sets the priority itself. The priority chosen here goes into the message&apos;s first line as “Requested priority: …”.</source>
        <translation>Dieser Anbieter legt die Priorität selbst fest. Die hier gewählte Priorität steht als „Requested priority: …“ in der ersten Zeile der Nachricht.</translation>
    </message>
    <message>
        <source>This provider sets the priority itself. The priority chosen here is checked against the case type but not sent (the profile&apos;s settings leave it out of the message).</source>
        <translation>Dieser Anbieter legt die Priorität selbst fest. Die hier gewählte Priorität wird gegen den Falltyp geprüft, aber nicht gesendet (die Einstellungen des Profils lassen sie in der Nachricht weg).</translation>
    </message>
    <message>
        <source>%1 is not a priority of a %2: the priority is now %3.</source>
        <translation>%1 ist keine Priorität von %2: Die Priorität ist jetzt %3.</translation>
    </message>
    <message>
        <source>“%1” is not a subject of a %2: choose one.</source>
        <translation>„%1“ ist kein Betreff von %2: Wählen Sie einen.</translation>
    </message>
    <message>
        <source>Times are in your local time (%1).</source>
        <translation>Zeiten sind in Ihrer Ortszeit (%1).</translation>
    </message>
    <message>
        <source>Times are in your local time, %1 (%2).</source>
        <translation>Zeiten sind in Ihrer Ortszeit, %1 (%2).</translation>
    </message>
    <message>
        <source>Create the case (Ctrl+Return)</source>
        <translation>Fall anlegen (Ctrl+Return)</translation>
    </message>
</context>
<context>
    <name>CreateCaseOperation</name>
    <message>
        <source>Creating the case with the provider…</source>
        <translation>Der Fall wird beim Anbieter erstellt …</translation>
    </message>
    <message>
        <source>No answer from the provider (%1). Checking whether the case was created before trying again, so it is not created twice.</source>
        <translation>Keine Antwort vom Anbieter (%1). Vor einem erneuten Versuch wird geprüft, ob der Fall bereits erstellt wurde, damit er nicht doppelt angelegt wird.</translation>
    </message>
    <message>
        <source>&lt;b&gt;The provider did not accept the case:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Der Anbieter hat den Fall nicht angenommen:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>Created %1.</source>
        <translation>%1 erstellt.</translation>
    </message>
</context>
<context>
    <name>Credentials</name>
    <message>
        <source>There is no system keychain.</source>
        <translation>Es gibt keinen Schlüsselbund des Systems.</translation>
    </message>
</context>
<context>
    <name>Dossier</name>
    <message>
        <source>The case has no priority: no SLA targets apply, no clock is counted.</source>
        <translation>Der Fall hat keine Priorität: Es gelten keine SLA-Ziele, keine Uhr wird gezählt.</translation>
    </message>
    <message>
        <source>The SLA policy has no targets for priority %1.</source>
        <translation>Die SLA-Richtlinie hat keine Ziele für Priorität %1.</translation>
    </message>
    <message>
        <source>The provider gave no start of incident: the outage and the restore clock count from the case&apos;s creation.</source>
        <translation>Der Anbieter hat keinen Beginn der Störung angegeben: Der Ausfall und die Wiederherstellungsuhr zählen ab der Erstellung des Falls.</translation>
    </message>
    <message>
        <source>The end of incident the provider gave lies before its start: it is not used; the outage runs to the case&apos;s closing (or to now while open).</source>
        <translation>Das vom Anbieter angegebene Ende der Störung liegt vor ihrem Beginn: Es wird nicht verwendet; der Ausfall läuft bis zum Schließen des Falls (oder bis jetzt, solange er offen ist).</translation>
    </message>
    <message>
        <source>Could not write %1: %2. Nothing was written; choose a folder you can write to and try again.</source>
        <translation>%1 konnte nicht geschrieben werden: %2. Es wurde nichts geschrieben; wählen Sie einen Ordner, in den Sie schreiben dürfen, und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>No case to export.</source>
        <translation>Kein Fall zum Exportieren.</translation>
    </message>
    <message>
        <source>Export cancelled; nothing was written.</source>
        <translation>Export abgebrochen; es wurde nichts geschrieben.</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n case(s) to %1.</source>
        <translation>
            <numerusform>%n Fall nach %1 exportiert.</numerusform>
            <numerusform>%n Fälle nach %1 exportiert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> and %n more</source>
        <translation>
            <numerusform> und %n weiterer</numerusform>
            <numerusform> und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>Case dossier %1</source>
        <translation>Falldossier %1</translation>
    </message>
    <message numerus="yes">
        <source>Case dossier: %n cases</source>
        <translation>
            <numerusform>Falldossier: %n Fall</numerusform>
            <numerusform>Falldossier: %n Fälle</numerusform>
        </translation>
    </message>
    <message>
        <source>Generated</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Fälle</translation>
    </message>
    <message>
        <source>Generated by</source>
        <translation>Erstellt von</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Threads read from</source>
        <translation>Verläufe gelesen aus</translation>
    </message>
    <message>
        <source>Times</source>
        <translation>Zeiten</translation>
    </message>
    <message>
        <source>each in local time (%1, with its offset) and in UTC</source>
        <translation>jeweils in Ortszeit (%1, mit ihrem Versatz) und in UTC</translation>
    </message>
    <message>
        <source>A record of the case as the provider reported it, with the SLA clocks computed by the console and the SHA-256 of each thread as received.</source>
        <translation>Eine Aufzeichnung des Falls, wie der Anbieter ihn gemeldet hat, mit den von der Konsole berechneten SLA-Uhren und dem SHA-256 jedes Verlaufs wie empfangen.</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Fall</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Dienst</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorität</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Outage from (UTC)</source>
        <translation>Ausfall von (UTC)</translation>
    </message>
    <message>
        <source>to (UTC)</source>
        <translation>bis (UTC)</translation>
    </message>
    <message>
        <source>Outage (min)</source>
        <translation>Ausfall (min)</translation>
    </message>
    <message>
        <source> (ongoing)</source>
        <translation> (andauernd)</translation>
    </message>
    <message>
        <source>Total outage</source>
        <translation>Ausfall gesamt</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Nachrichten</translation>
    </message>
    <message>
        <source>Thread SHA-256 (see each case&apos;s manifest)</source>
        <translation>Verlauf-SHA-256 (siehe Manifest des jeweiligen Falls)</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>Thread digests</source>
        <translation>Prüfsummen der Verläufe</translation>
    </message>
    <message>
        <source>no target</source>
        <translation>kein Ziel</translation>
    </message>
    <message>
        <source>running</source>
        <translation>läuft</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>pausiert</translation>
    </message>
    <message>
        <source>met</source>
        <translation>eingehalten</translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation>%1 übrig</translation>
    </message>
    <message>
        <source>%1 over</source>
        <translation>%1 drüber</translation>
    </message>
    <message>
        <source>Clock</source>
        <translation>Uhr</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Counted</source>
        <translation>Gezählt</translation>
    </message>
    <message>
        <source>Left / over</source>
        <translation>Übrig / drüber</translation>
    </message>
    <message>
        <source>Due / stopped</source>
        <translation>Fällig / gestoppt</translation>
    </message>
    <message>
        <source>First response</source>
        <translation>Erste Antwort</translation>
    </message>
    <message>
        <source>Provider silence</source>
        <translation>Schweigen des Anbieters</translation>
    </message>
    <message>
        <source>Time to restore</source>
        <translation>Zeit bis zur Wiederherstellung</translation>
    </message>
    <message>
        <source>nobody (closed)</source>
        <translation>niemand (geschlossen)</translation>
    </message>
    <message>
        <source>waiting on the provider</source>
        <translation>wartet auf den Anbieter</translation>
    </message>
    <message>
        <source>waiting on us</source>
        <translation>wartet auf uns</translation>
    </message>
    <message>
        <source>Longest provider silence: %1; silences over the target: %2; %3 since %4.</source>
        <translation>Längstes Schweigen des Anbieters: %1; Schweigen über dem Ziel: %2; %3 seit %4.</translation>
    </message>
    <message>
        <source>SLA clocks</source>
        <translation>SLA-Uhren</translation>
    </message>
    <message>
        <source>No outage: the case is not an incident.</source>
        <translation>Kein Ausfall: Der Fall ist keine Störung.</translation>
    </message>
    <message>
        <source>%1 minutes (%2), from %3 to %4%5.</source>
        <translation>%1 Minuten (%2), von %3 bis %4%5.</translation>
    </message>
    <message>
        <source> (now: still open)</source>
        <translation> (jetzt: noch offen)</translation>
    </message>
    <message>
        <source>Outage</source>
        <translation>Ausfall</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Betreff</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Standort</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Last modified</source>
        <translation>Zuletzt geändert</translation>
    </message>
    <message>
        <source>Start of incident</source>
        <translation>Störungsbeginn</translation>
    </message>
    <message>
        <source>End of incident</source>
        <translation>Störungsende</translation>
    </message>
    <message>
        <source>Customer reference</source>
        <translation>Kundenreferenz</translation>
    </message>
    <message>
        <source>Thread SHA-256</source>
        <translation>Verlauf-SHA-256</translation>
    </message>
    <message>
        <source>Case created</source>
        <translation>Fall erstellt</translation>
    </message>
    <message>
        <source>Status seen changed: %1 → %2</source>
        <translation>Gesehener Status geändert: %1 → %2</translation>
    </message>
    <message>
        <source>Priority seen changed: %1 → %2</source>
        <translation>Gesehene Priorität geändert: %1 → %2</translation>
    </message>
    <message>
        <source>Status update: %1</source>
        <translation>Statusmeldung: %1</translation>
    </message>
    <message>
        <source>Message from %1: %2</source>
        <translation>Nachricht von %1: %2</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Zeitleiste</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Algorithm</source>
        <translation>Algorithmus</translation>
    </message>
    <message>
        <source>Computed over</source>
        <translation>Berechnet über</translation>
    </message>
    <message>
        <source>the thread as received, serialised as %1 (one line per communication: time, type, sender, text; the Case Console documentation, &quot;The case dossier&quot;)</source>
        <translation>den Verlauf wie empfangen, serialisiert als %1 (eine Zeile je Kommunikation: Zeit, Typ, Absender, Text; Case-Console-Dokumentation, „Das Falldossier“)</translation>
    </message>
    <message>
        <source>Communications</source>
        <translation>Kommunikationen</translation>
    </message>
    <message numerus="yes">
        <source>%n communication(s), %1 bytes</source>
        <translation>
            <numerusform>%n Kommunikation, %1 Bytes</numerusform>
            <numerusform>%n Kommunikationen, %1 Bytes</numerusform>
        </translation>
    </message>
    <message>
        <source>Thread read from</source>
        <translation>Verlauf gelesen aus</translation>
    </message>
    <message>
        <source>Manifest</source>
        <translation>Manifest</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Case %1 — %2</source>
        <translation>Fall %1 — %2</translation>
    </message>
    <message numerus="yes">
        <source>Thread (%n communication(s), oldest first)</source>
        <translation>
            <numerusform>Verlauf (%n Kommunikation, älteste zuerst)</numerusform>
            <numerusform>Verlauf (%n Kommunikationen, älteste zuerst)</numerusform>
        </translation>
    </message>
    <message>
        <source>Generated %1 by %2</source>
        <translation>Erstellt am %1 von %2</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Seite %1 von %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>breached</source>
        <translation>verletzt</translation>
    </message>
</context>
<context>
    <name>DossierActions</name>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xportieren…</translation>
    </message>
    <message>
        <source>Pr&amp;int…</source>
        <translation>&amp;Drucken…</translation>
    </message>
    <message>
        <source>Save the selected cases&apos; dossier as PDF or JSON (Ctrl+Shift+E)</source>
        <translation>Das Dossier der ausgewählten Fälle als PDF oder JSON speichern (Ctrl+Shift+E)</translation>
    </message>
    <message>
        <source>Print the selected cases&apos; dossier (Ctrl+P)</source>
        <translation>Das Dossier der ausgewählten Fälle drucken (Ctrl+P)</translation>
    </message>
    <message>
        <source>Select the cases to export first.</source>
        <translation>Wählen Sie zuerst die zu exportierenden Fälle aus.</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>PDF-Dokument (*.pdf)</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>Export Case Dossier</source>
        <translation>Falldossier exportieren</translation>
    </message>
    <message>
        <source>Select the cases to print first.</source>
        <translation>Wählen Sie zuerst die zu druckenden Fälle aus.</translation>
    </message>
    <message>
        <source>Print Case Dossier</source>
        <translation>Falldossier drucken</translation>
    </message>
    <message numerus="yes">
        <source>Exporting the dossier of %n case(s)…</source>
        <translation>
            <numerusform>Das Dossier von %n Fall wird exportiert…</numerusform>
            <numerusform>Das Dossier von %n Fällen wird exportiert…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Printing the dossier of %n case(s)…</source>
        <translation>
            <numerusform>Das Dossier von %n Fall wird gedruckt…</numerusform>
            <numerusform>Das Dossier von %n Fällen wird gedruckt…</numerusform>
        </translation>
    </message>
    <message>
        <source>A dossier is being made; wait for it or cancel it.</source>
        <translation>Ein Dossier wird gerade erstellt; warten Sie darauf oder brechen Sie es ab.</translation>
    </message>
    <message>
        <source>Export cancelled; nothing was written.</source>
        <translation>Export abgebrochen; es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>The selected cases are not in the local store yet.</source>
        <translation>Die ausgewählten Fälle sind noch nicht im lokalen Speicher.</translation>
    </message>
    <message>
        <source>local store</source>
        <translation>lokaler Speicher</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Case Dossier</source>
        <translation>Falldossier</translation>
    </message>
    <message>
        <source>Sending the pages to the printer…</source>
        <translation>Die Seiten gehen an den Drucker…</translation>
    </message>
    <message numerus="yes">
        <source>Left out, not in the local store yet: %1.</source>
        <translation>
            <numerusform>Ausgelassen, noch nicht im lokalen Speicher: %1.</numerusform>
            <numerusform>Ausgelassen, noch nicht im lokalen Speicher: %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DossierExport</name>
    <message>
        <source>Printing cancelled.</source>
        <translation>Drucken abgebrochen.</translation>
    </message>
    <message numerus="yes">
        <source>Printed %n case(s).</source>
        <translation>
            <numerusform>%n Fall gedruckt.</numerusform>
            <numerusform>%n Fälle gedruckt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not print: the printer refused the document.</source>
        <translation>Drucken nicht möglich: Der Drucker hat das Dokument abgelehnt.</translation>
    </message>
</context>
<context>
    <name>GraphQLCaseApi</name>
    <message>
        <source>The answer carries no list of cases.</source>
        <translation>Die Antwort enthält keine Fallliste.</translation>
    </message>
    <message>
        <source>The provider did not accept the change.</source>
        <translation>Der Anbieter hat die Änderung nicht angenommen.</translation>
    </message>
    <message>
        <source>The answer does not confirm the change.</source>
        <translation>Die Antwort bestätigt die Änderung nicht.</translation>
    </message>
    <message>
        <source>The answer does not name the new case.</source>
        <translation>Die Antwort nennt den neuen Fall nicht.</translation>
    </message>
    <message>
        <source>The answer carries no account.</source>
        <translation>Die Antwort enthält kein Konto.</translation>
    </message>
</context>
<context>
    <name>GraphQLSchemaError</name>
    <message>
        <source>the field “%1”</source>
        <translation>das Feld „%1“</translation>
    </message>
    <message>
        <source>the field “%1” on “%2”</source>
        <translation>das Feld „%1“ in „%2“</translation>
    </message>
    <message>
        <source>the argument “%1”</source>
        <translation>das Argument „%1“</translation>
    </message>
    <message>
        <source>the argument “%1” of “%2”</source>
        <translation>das Argument „%1“ von „%2“</translation>
    </message>
</context>
<context>
    <name>GraphQLTransport</name>
    <message>
        <source>The answer is not a JSON object.</source>
        <translation>Die Antwort ist kein JSON-Objekt.</translation>
    </message>
    <message>
        <source>The answer&apos;s data is not an object.</source>
        <translation>Die Daten der Antwort sind kein Objekt.</translation>
    </message>
    <message>
        <source>Unknown operation %1.</source>
        <translation>Unbekannte Operation %1.</translation>
    </message>
    <message>
        <source>The answer has neither data nor errors.</source>
        <translation>Die Antwort enthält weder Daten noch Fehler.</translation>
    </message>
</context>
<context>
    <name>Limits</name>
    <message>
        <source>The message is too long: at most %1 characters, this one has %2.</source>
        <translation>Die Nachricht ist zu lang: höchstens %1 Zeichen, diese hat %2.</translation>
    </message>
    <message>
        <source>The reference is too long: at most %1 characters, this one has %2.</source>
        <translation>Die Referenz ist zu lang: höchstens %1 Zeichen, diese hat %2.</translation>
    </message>
    <message>
        <source>&quot;Sent by&quot; is too long: at most %1 characters, this one has %2.</source>
        <translation>&quot;Gesendet von&quot; ist zu lang: höchstens %1 Zeichen, diese Angabe hat %2.</translation>
    </message>
</context>
<context>
    <name>LocalSandbox</name>
    <message>
        <source>Node.js could not be started: %1</source>
        <translation>Node.js konnte nicht gestartet werden: %1</translation>
    </message>
    <message>
        <source>The sandbox server stopped (exit code %1)%2</source>
        <translation>Der Sandbox-Server wurde beendet (Exit-Code %1)%2</translation>
    </message>
    <message>
        <source>The sandbox server did not start within 20 seconds.</source>
        <translation>Der Sandbox-Server ist nicht innerhalb von 20 Sekunden gestartet.</translation>
    </message>
    <message>
        <source>The sandbox server is not installed (no sandbox/server.js was found). Set CASECONSOLE_SANDBOX_DIR to the sandbox folder of the source tree.</source>
        <translation>Der Sandbox-Server ist nicht installiert (sandbox/server.js wurde nicht gefunden). Setzen Sie CASECONSOLE_SANDBOX_DIR auf den Ordner „sandbox“ des Quellbaums.</translation>
    </message>
    <message>
        <source>The sandbox needs Node.js 20 or newer, and no “node” program was found. Install Node.js (e.g. apt install nodejs) and try again.</source>
        <translation>Die Sandbox benötigt Node.js 20 oder neuer, und es wurde kein Programm „node“ gefunden. Installieren Sie Node.js (z. B. apt install nodejs) und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The sandbox&apos;s packages are not installed. Run “npm ci” in %1 (scripts/deps does it) and try again.</source>
        <translation>Die Pakete der Sandbox sind nicht installiert. Führen Sie „npm ci“ in %1 aus (scripts/deps erledigt das) und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The sandbox server&apos;s start line could not be read.</source>
        <translation>Die Startzeile des Sandbox-Servers konnte nicht gelesen werden.</translation>
    </message>
</context>
<context>
    <name>LocalStore</name>
    <message>
        <source>The local database %1 was written by a newer version of Case Console. Update the console, or move the file away to start afresh.</source>
        <translation>Die lokale Datenbank %1 wurde von einer neueren Version von Case Console geschrieben. Aktualisieren Sie die Konsole oder verschieben Sie die Datei, um neu zu beginnen.</translation>
    </message>
    <message>
        <source>The local database %1 could not be updated: %2. Free some disk space or close other programs using it, then start again.</source>
        <translation>Die lokale Datenbank %1 konnte nicht aktualisiert werden: %2. Geben Sie Speicherplatz frei oder schließen Sie andere Programme, die sie verwenden, und starten Sie dann erneut.</translation>
    </message>
    <message>
        <source>The local database %1 is damaged and cannot be moved aside (%2). Close other programs using it, or remove it by hand.</source>
        <translation>Die lokale Datenbank %1 ist beschädigt und kann nicht beiseitegeschoben werden (%2). Schließen Sie andere Programme, die sie verwenden, oder entfernen Sie sie manuell.</translation>
    </message>
    <message>
        <source>The disk holding %1 is full (%2). Free some space on it (old downloads, logs, the trash), then try again; nothing saved before was lost.</source>
        <translation>Der Datenträger mit %1 ist voll (%2). Geben Sie dort Speicherplatz frei (alte Downloads, Protokolle, Papierkorb) und versuchen Sie es dann erneut; zuvor Gespeichertes ist nicht verloren gegangen.</translation>
    </message>
    <message>
        <source>Reading or writing %1 failed (%2): the disk holding it may be full, failing or disconnected. Free some space on it or check the disk, then try again; the file was left as it is.</source>
        <translation>Das Lesen oder Schreiben von %1 ist fehlgeschlagen (%2): Der Datenträger ist möglicherweise voll, defekt oder getrennt. Geben Sie dort Speicherplatz frei oder prüfen Sie den Datenträger und versuchen Sie es dann erneut; die Datei wurde unverändert gelassen.</translation>
    </message>
    <message>
        <source>%1 is locked by another program (%2), perhaps another Case Console or casectl using the same profile. Close it, then try again; the file was left as it is.</source>
        <translation>%1 ist von einem anderen Programm gesperrt (%2), vielleicht von einer weiteren Case Console oder von casectl mit demselben Profil. Schließen Sie es und versuchen Sie es dann erneut; die Datei wurde unverändert gelassen.</translation>
    </message>
    <message>
        <source>%1 cannot be opened for writing (%2). Check that you may write to the file and its folder and that the disk is not read-only, then try again; the file was left as it is.</source>
        <translation>%1 kann nicht zum Schreiben geöffnet werden (%2). Prüfen Sie, ob Sie in die Datei und ihren Ordner schreiben dürfen und ob der Datenträger nicht schreibgeschützt ist, und versuchen Sie es dann erneut; die Datei wurde unverändert gelassen.</translation>
    </message>
    <message>
        <source>Your drafts (%1) and unsent changes (%2) were recovered from %3.</source>
        <translation>Ihre Entwürfe (%1) und nicht gesendeten Änderungen (%2) wurden aus %3 wiederhergestellt.</translation>
    </message>
    <message>
        <source>Your drafts (%1) were recovered from %2; its unsent changes could not all be read (%3 recovered).</source>
        <translation>Ihre Entwürfe (%1) wurden aus %2 wiederhergestellt; die nicht gesendeten Änderungen darin konnten nicht alle gelesen werden (%3 wiederhergestellt).</translation>
    </message>
    <message>
        <source>Your unsent changes (%1) were recovered from %2; its drafts could not all be read (%3 recovered).</source>
        <translation>Ihre nicht gesendeten Änderungen (%1) wurden aus %2 wiederhergestellt; die Entwürfe darin konnten nicht alle gelesen werden (%3 wiederhergestellt).</translation>
    </message>
    <message>
        <source>Drafts and unsent changes could not be recovered from %1.</source>
        <translation>Entwürfe und nicht gesendete Änderungen konnten nicht aus %1 wiederhergestellt werden.</translation>
    </message>
    <message>
        <source>Only some drafts (%1) and unsent changes (%2) could be recovered from %3.</source>
        <translation>Nur ein Teil der Entwürfe (%1) und nicht gesendeten Änderungen (%2) konnte aus %3 wiederhergestellt werden.</translation>
    </message>
    <message>
        <source>The local database %1 could not be opened (%2); it was left as it is.</source>
        <translation>Die lokale Datenbank %1 konnte nicht geöffnet werden (%2); sie wurde unverändert gelassen.</translation>
    </message>
    <message>
        <source>Reading the local database %1 failed (%2), but SQLite finds no damage in it, so it was left as it is. Start again; should this repeat, move the file away to start afresh.</source>
        <translation>Das Lesen der lokalen Datenbank %1 ist fehlgeschlagen (%2), SQLite findet darin aber keine Beschädigung, daher wurde sie unverändert gelassen. Starten Sie erneut; tritt dies wieder auf, verschieben Sie die Datei, um neu zu beginnen.</translation>
    </message>
    <message>
        <source>The local database %1 was damaged and has been moved to %2, but a new one cannot be created: %3 Your drafts and unsent changes stay in %2 and will be recovered when Case Console next starts.</source>
        <translation>Die lokale Datenbank %1 war beschädigt und wurde nach %2 verschoben, aber eine neue kann nicht angelegt werden: %3 Ihre Entwürfe und nicht gesendeten Änderungen bleiben in %2 und werden beim nächsten Start von Case Console wiederhergestellt.</translation>
    </message>
    <message>
        <source>The local database was damaged and has been rebuilt; the cases will be fetched again.</source>
        <translation>Die lokale Datenbank war beschädigt und wurde neu aufgebaut; die Fälle werden erneut abgerufen.</translation>
    </message>
    <message>
        <source>Drafts and unsent changes in %1 could not be recovered yet: %2 Case Console will try again when it next starts.</source>
        <translation>Entwürfe und nicht gesendete Änderungen in %1 konnten noch nicht wiederhergestellt werden: %2 Case Console versucht es beim nächsten Start erneut.</translation>
    </message>
    <message>
        <source>An earlier run left a damaged copy of the local database behind.</source>
        <translation>Ein früherer Programmlauf hat eine beschädigte Kopie der lokalen Datenbank hinterlassen.</translation>
    </message>
    <message>
        <source>This change could not be read back from the local database (%1), so it is not sent.</source>
        <translation>Diese Änderung konnte nicht aus der lokalen Datenbank zurückgelesen werden (%1) und wird daher nicht gesendet.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Case Console</source>
        <translation>Case Console</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Fälle</translation>
    </message>
    <message>
        <source>Search all threads</source>
        <translation>Alle Fallverläufe durchsuchen</translation>
    </message>
    <message>
        <source>Search all threads (Ctrl+F)</source>
        <translation>Alle Fallverläufe durchsuchen (Ctrl+F)</translation>
    </message>
    <message>
        <source>Case Repository</source>
        <translation>Case Repository</translation>
    </message>
    <message>
        <source>&amp;Cases</source>
        <translation>Fä&amp;lle</translation>
    </message>
    <message>
        <source>Case Re&amp;pository</source>
        <translation>&amp;Case Repository</translation>
    </message>
    <message>
        <source>Case %1 created.</source>
        <translation>Fall %1 erstellt.</translation>
    </message>
    <message>
        <source>Select a case to reply to.</source>
        <translation>Wählen Sie einen Fall aus, auf den Sie antworten möchten.</translation>
    </message>
    <message>
        <source>Reply to %1 queued for sending.</source>
        <translation>Antwort auf %1 zum Senden eingereiht.</translation>
    </message>
    <message>
        <source>Select a case to add your reference to.</source>
        <translation>Wählen Sie einen Fall aus, dem Sie Ihre Referenz hinzufügen möchten.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>Ansi&amp;cht</translation>
    </message>
    <message>
        <source>&amp;Case</source>
        <translation>&amp;Fall</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Hauptwerkzeugleiste</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>Fetch the cases changed since the last poll (F5)</source>
        <translation>Die seit der letzten Abfrage geänderten Fälle abrufen (F5)</translation>
    </message>
    <message>
        <source>&amp;Full Refresh</source>
        <translation>&amp;Vollständig aktualisieren</translation>
    </message>
    <message>
        <source>Fetch every case again (Shift+F5)</source>
        <translation>Alle Fälle erneut abrufen (Shift+F5)</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Suchen</translation>
    </message>
    <message>
        <source>&amp;Next Unread</source>
        <translation>&amp;Nächster ungelesener</translation>
    </message>
    <message>
        <source>&amp;Previous Unread</source>
        <translation>&amp;Vorheriger ungelesener</translation>
    </message>
    <message>
        <source>Mark as &amp;Unread</source>
        <translation>Als &amp;ungelesen markieren</translation>
    </message>
    <message>
        <source>Mark as R&amp;ead</source>
        <translation>Als &amp;gelesen markieren</translation>
    </message>
    <message>
        <source>&amp;New Case…</source>
        <translation>&amp;Neuer Fall …</translation>
    </message>
    <message>
        <source>Open an incident or a general request (Ctrl+N)</source>
        <translation>Eine Störung oder eine allgemeine Anfrage eröffnen (Ctrl+N)</translation>
    </message>
    <message>
        <source>&amp;Reply…</source>
        <translation>&amp;Antworten …</translation>
    </message>
    <message>
        <source>Reply to the open case (Ctrl+R)</source>
        <translation>Auf den geöffneten Fall antworten (Ctrl+R)</translation>
    </message>
    <message>
        <source>Add Your Re&amp;ference…</source>
        <translation>Eigene &amp;Referenz hinzufügen …</translation>
    </message>
    <message>
        <source>&amp;Watch</source>
        <translation>&amp;Beobachten</translation>
    </message>
    <message>
        <source>Be notified of the provider&apos;s new messages on this case (Ctrl+Shift+W)</source>
        <translation>Über neue Nachrichten des Anbieters zu diesem Fall benachrichtigt werden (Ctrl+Shift+W)</translation>
    </message>
    <message>
        <source>&amp;Connections and Settings…</source>
        <translation>&amp;Verbindungen und Einstellungen …</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>No unread cases.</source>
        <translation>Keine ungelesenen Fälle.</translation>
    </message>
    <message>
        <source>%1 is hidden by the list&apos;s filters. It stays open here until you open another case.</source>
        <translation>%1 wird von den Filtern der Liste ausgeblendet. Der Fall bleibt hier offen, bis Sie einen anderen öffnen.</translation>
    </message>
    <message>
        <source>%1 is not in the list with the filters set.</source>
        <translation>%1 ist mit den gesetzten Filtern nicht in der Liste.</translation>
    </message>
    <message>
        <source>Search is available when indexing finishes</source>
        <translation>Die Suche ist verfügbar, sobald die Indizierung abgeschlossen ist</translation>
    </message>
</context>
<context>
    <name>ManageViewsDialog</name>
    <message>
        <source>&amp;Rename</source>
        <translation>&amp;Umbenennen</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>Delete or Rename Views</source>
        <translation>Ansichten löschen oder umbenennen</translation>
    </message>
    <message>
        <source>Saved views</source>
        <translation>Gespeicherte Ansichten</translation>
    </message>
    <message>
        <source>&amp;Views (Alt+1 to Alt+9 in this order):</source>
        <translation>&amp;Ansichten (Alt+1 bis Alt+9 in dieser Reihenfolge):</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
</context>
<context>
    <name>MultiChoiceButton</name>
    <message numerus="yes">
        <source>%n chosen</source>
        <translation>
            <numerusform>%n ausgewählt</numerusform>
            <numerusform>%n ausgewählt</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NetworkFailure</name>
    <message>
        <source>The server&apos;s answer is larger than %1, more than the console accepts; it was stopped.</source>
        <translation>Die Antwort des Servers ist größer als %1 und damit mehr, als die Konsole annimmt; sie wurde abgebrochen.</translation>
    </message>
    <message numerus="yes">
        <source>The server&apos;s answer was not complete within %n second(s); the request was stopped.</source>
        <translation>
            <numerusform>Die Antwort des Servers war nicht innerhalb von %n Sekunde vollständig; die Anfrage wurde abgebrochen.</numerusform>
            <numerusform>Die Antwort des Servers war nicht innerhalb von %n Sekunden vollständig; die Anfrage wurde abgebrochen.</numerusform>
        </translation>
    </message>
    <message>
        <source>The server redirected the request (HTTP %1) to %2. The console follows no redirects; if the service has moved, enter the new address in the settings.</source>
        <translation>Der Server hat die Anfrage auf %2 umgeleitet (HTTP %1). Die Konsole folgt keinen Umleitungen; wenn der Dienst umgezogen ist, geben Sie die neue Adresse in den Einstellungen ein.</translation>
    </message>
    <message>
        <source>The server redirected the request (HTTP %1) to another server, %2. The console follows no redirects, so nothing was sent there; if the service has moved, enter the new address in the settings.</source>
        <translation>Der Server hat die Anfrage auf einen anderen Server, %2, umgeleitet (HTTP %1). Die Konsole folgt keinen Umleitungen, daher wurde dorthin nichts gesendet; wenn der Dienst umgezogen ist, geben Sie die neue Adresse in den Einstellungen ein.</translation>
    </message>
    <message>
        <source>The connection closed after %1 of the %2 bytes the server announced.</source>
        <translation>Die Verbindung wurde nach %1 der %2 vom Server angekündigten Bytes geschlossen.</translation>
    </message>
    <message>
        <source>The connection closed before the server answered, so whether it carried out the request is not known.</source>
        <translation>Die Verbindung wurde geschlossen, bevor der Server geantwortet hat; daher ist unbekannt, ob er die Anfrage ausgeführt hat.</translation>
    </message>
    <message>
        <source>Host %1 not found. Check the address in the settings, and your network or VPN connection.</source>
        <translation>Host %1 nicht gefunden. Prüfen Sie die Adresse in den Einstellungen sowie Ihre Netzwerk- oder VPN-Verbindung.</translation>
    </message>
    <message>
        <source>Cannot reach the server: %1 refused the connection. Check the address and port in the settings.</source>
        <translation>Server nicht erreichbar: %1 hat die Verbindung abgelehnt. Prüfen Sie Adresse und Port in den Einstellungen.</translation>
    </message>
    <message>
        <source>The network proxy was not found. Check the system&apos;s proxy settings.</source>
        <translation>Der Netzwerk-Proxy wurde nicht gefunden. Prüfen Sie die Proxy-Einstellungen des Systems.</translation>
    </message>
</context>
<context>
    <name>NewsDetector</name>
    <message>
        <source>New %1 incident %2: %3</source>
        <translation>Neue %1-Störung %2: %3</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1 incident %2 is now %3</source>
        <translation>%1-Störung %2 ist jetzt %3</translation>
    </message>
    <message numerus="yes">
        <source>%n new message(s) on %1 · %2</source>
        <translation>
            <numerusform>%n neue Nachricht zu %1 · %2</numerusform>
            <numerusform>%n neue Nachrichten zu %1 · %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NoticeCentre</name>
    <message>
        <source>Notification &amp;History…</source>
        <translation>&amp;Benachrichtigungsverlauf …</translation>
    </message>
    <message>
        <source>The last notices; Enter opens a notice&apos;s case (Ctrl+Shift+H)</source>
        <translation>Die letzten Benachrichtigungen; Enter öffnet den zugehörigen Fall (Ctrl+Shift+H)</translation>
    </message>
    <message>
        <source>&amp;Open P1 Incident</source>
        <translation>P1-Störung ö&amp;ffnen</translation>
    </message>
    <message>
        <source>Ac&amp;knowledge P1 Alarm</source>
        <translation>P1-Alarm &amp;quittieren</translation>
    </message>
    <message numerus="yes">
        <source>Notifications: %n unread (Ctrl+Shift+H)</source>
        <translation>
            <numerusform>Benachrichtigungen: %n ungelesen (Ctrl+Shift+H)</numerusform>
            <numerusform>Benachrichtigungen: %n ungelesen (Ctrl+Shift+H)</numerusform>
        </translation>
    </message>
    <message>
        <source>Notifications (Ctrl+Shift+H)</source>
        <translation>Benachrichtigungen (Ctrl+Shift+H)</translation>
    </message>
</context>
<context>
    <name>NotificationHistoryPopup</name>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>No notifications yet.</source>
        <translation>Noch keine Benachrichtigungen.</translation>
    </message>
    <message>
        <source>Notification history</source>
        <translation>Benachrichtigungsverlauf</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Benachrichtigungen</translation>
    </message>
    <message>
        <source>Mark All Read</source>
        <translation>Alle als gelesen markieren</translation>
    </message>
    <message>
        <source>Notifications, newest first</source>
        <translation>Benachrichtigungen, neueste zuerst</translation>
    </message>
</context>
<context>
    <name>Notifier</name>
    <message>
        <source>Case Console</source>
        <translation>Case Console</translation>
    </message>
    <message numerus="yes">
        <source>%n update(s) on your cases</source>
        <translation>
            <numerusform>%n Aktualisierung zu Ihren Fällen</numerusform>
            <numerusform>%n Aktualisierungen zu Ihren Fällen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>und %n weitere</numerusform>
            <numerusform>und %n weitere</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OptionValues</name>
    <message>
        <source> for --type %1</source>
        <translation> für --type %1</translation>
    </message>
    <message>
        <source>--service is required: the id of the service the case is about</source>
        <translation>--service ist erforderlich: die ID des Dienstes, um den es geht</translation>
    </message>
    <message>
        <source>--message is required: describe the problem or request</source>
        <translation>--message ist erforderlich: Beschreiben Sie das Problem oder die Anfrage</translation>
    </message>
    <message>
        <source>--start is required for an incident</source>
        <translation>--start ist für eine Störung erforderlich</translation>
    </message>
    <message>
        <source>--end cannot be before --start</source>
        <translation>--end darf nicht vor --start liegen</translation>
    </message>
</context>
<context>
    <name>Outbox</name>
    <message>
        <source>This change could not be saved locally, so it was not sent. Use Retry once the disk has room again.</source>
        <translation>Diese Änderung konnte nicht lokal gespeichert werden und wurde daher nicht gesendet. Verwenden Sie „Erneut senden“, sobald wieder Speicherplatz frei ist.</translation>
    </message>
    <message>
        <source>This change could not be saved locally, so it was not sent.</source>
        <translation>Diese Änderung konnte nicht lokal gespeichert werden und wurde daher nicht gesendet.</translation>
    </message>
    <message>
        <source>The change could not be saved in the local store first, so it was not sent.</source>
        <translation>Die Änderung konnte nicht zuerst im lokalen Speicher gesichert werden und wurde daher nicht gesendet.</translation>
    </message>
</context>
<context>
    <name>OutboxItem</name>
    <message>
        <source>New case: %1</source>
        <translation>Neuer Fall: %1</translation>
    </message>
    <message>
        <source>Reply to %1</source>
        <translation>Antwort auf %1</translation>
    </message>
    <message>
        <source>Reference for %1</source>
        <translation>Referenz für %1</translation>
    </message>
    <message>
        <source>New case status for %1</source>
        <translation>Neuer Fallstatus für %1</translation>
    </message>
    <message>
        <source>Change of case status %1</source>
        <translation>Änderung von Fallstatus %1</translation>
    </message>
    <message>
        <source>Deletion of case status %1</source>
        <translation>Löschung von Fallstatus %1</translation>
    </message>
    <message>
        <source>Status of %1 for the Case Repository</source>
        <translation>Status von %1 für das Case Repository</translation>
    </message>
    <message>
        <source>Waiting to send…</source>
        <translation>Wartet auf Versand …</translation>
    </message>
    <message>
        <source>Not sent yet: %1 It is saved and will be sent again automatically; you can close this window.</source>
        <translation>Noch nicht gesendet: %1 Die Daten sind gespeichert und werden automatisch erneut gesendet; Sie können dieses Fenster schließen.</translation>
    </message>
</context>
<context>
    <name>OutboxLinks</name>
    <message>
        <source>It is being sent right now; try again in a moment.</source>
        <translation>Es wird gerade gesendet; bitte gleich noch einmal versuchen.</translation>
    </message>
    <message>
        <source>The reply is back in your draft (Ctrl+R).</source>
        <translation>Die Antwort ist wieder in Ihrem Entwurf (Ctrl+R).</translation>
    </message>
</context>
<context>
    <name>OutboxStates</name>
    <message>
        <source>%1: waiting to be sent…</source>
        <translation>%1: wartet auf Versand …</translation>
    </message>
    <message>
        <source>%1: not sent yet (%2); it will be sent again automatically.</source>
        <translation>%1: noch nicht gesendet (%2); wird automatisch erneut gesendet.</translation>
    </message>
    <message>
        <source>%1: sending…</source>
        <translation>%1: wird gesendet …</translation>
    </message>
    <message>
        <source>%1: no answer yet (%2); checking whether it arrived.</source>
        <translation>%1: noch keine Antwort (%2); es wird geprüft, ob es angekommen ist.</translation>
    </message>
    <message>
        <source>%1 was refused: %2</source>
        <translation>%1 wurde abgelehnt: %2</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>wartet</translation>
    </message>
    <message>
        <source>sending</source>
        <translation>sendet</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>abgelehnt</translation>
    </message>
    <message>
        <source>done</source>
        <translation>erledigt</translation>
    </message>
    <message>
        <source>Not accepted: the case is closed, and the provider takes no replies to a closed case. Open a new case, or take the text back into the draft.</source>
        <translation>Nicht angenommen: Der Fall ist geschlossen, und der Anbieter nimmt keine Antworten auf geschlossene Fälle an. Eröffnen Sie einen neuen Fall oder holen Sie den Text in den Entwurf zurück.</translation>
    </message>
</context>
<context>
    <name>P1AlarmBanner</name>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>Acknowledge</source>
        <translation>Quittieren</translation>
    </message>
    <message>
        <source>Acknowledge All</source>
        <translation>Alle quittieren</translation>
    </message>
    <message>
        <source>P1 alarm</source>
        <translation>P1-Alarm</translation>
    </message>
    <message>
        <source>Show this incident (Ctrl+Shift+O)</source>
        <translation>Diese Störung anzeigen (Ctrl+Shift+O)</translation>
    </message>
    <message>
        <source>Stop the alarm for the incident shown (Ctrl+Shift+A)</source>
        <translation>Den Alarm für die angezeigte Störung beenden (Ctrl+Shift+A)</translation>
    </message>
    <message>
        <source>P1 ALARM %1 · %2 · %3</source>
        <translation>P1-ALARM %1 · %2 · %3</translation>
    </message>
    <message numerus="yes">
        <source>%n more unacknowledged P1 incident(s): %1</source>
        <translation>
            <numerusform>%n weitere nicht quittierte P1-Störung: %1</numerusform>
            <numerusform>%n weitere nicht quittierte P1-Störungen: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>P1 ALARM · since %1 · %2 · %3</source>
        <translation>P1-ALARM · seit %1 · %2 · %3</translation>
    </message>
</context>
<context>
    <name>ProviderCapabilities</name>
    <message>
        <source>priorities of cases</source>
        <translation>Prioritäten von Fällen</translation>
    </message>
    <message>
        <source>the end of an incident</source>
        <translation>Ende einer Störung</translation>
    </message>
    <message>
        <source>site names on cases</source>
        <translation>Standortnamen bei Fällen</translation>
    </message>
    <message>
        <source>service names on cases</source>
        <translation>Dienstnamen bei Fällen</translation>
    </message>
    <message>
        <source>a priority chosen when creating a case (it sets its own)</source>
        <translation>beim Erstellen eines Falls gewählte Priorität (er legt sie selbst fest)</translation>
    </message>
    <message>
        <source>the account&apos;s id</source>
        <translation>ID des Kontos</translation>
    </message>
    <message>
        <source>the account&apos;s name</source>
        <translation>Name des Kontos</translation>
    </message>
    <message>
        <source>the account&apos;s list of services</source>
        <translation>Liste der Dienste des Kontos</translation>
    </message>
    <message>
        <source>the status, type, bandwidth and site of services</source>
        <translation>Status, Typ, Bandbreite und Standort von Diensten</translation>
    </message>
    <message>
        <source>the account&apos;s list of sites</source>
        <translation>Liste der Standorte des Kontos</translation>
    </message>
    <message>
        <source>the city and country of sites</source>
        <translation>Stadt und Land von Standorten</translation>
    </message>
</context>
<context>
    <name>ProviderConnection</name>
    <message>
        <source>No client id is set.</source>
        <translation>Es ist keine Client-ID festgelegt.</translation>
    </message>
</context>
<context>
    <name>PublishAllBar</name>
    <message>
        <source>&amp;Make all up to date</source>
        <translation>Alle jetzt &amp;veröffentlichen</translation>
    </message>
    <message>
        <source>Compare every case with the Case Repository and publish the open cases without an entry and every entry that differs</source>
        <translation>Jeden Fall mit dem Case Repository vergleichen und die offenen Fälle ohne Eintrag sowie jeden abweichenden Eintrag veröffentlichen</translation>
    </message>
    <message>
        <source>Comparing the cases with the Case Repository…</source>
        <translation>Die Fälle werden mit dem Case Repository verglichen…</translation>
    </message>
    <message>
        <source>Published entries: not compared with the cases yet.</source>
        <translation>Veröffentlichte Einträge: noch nicht mit den Fällen verglichen.</translation>
    </message>
    <message>
        <source>Published entries: all up to date.</source>
        <translation>Veröffentlichte Einträge: alle aktuell.</translation>
    </message>
    <message numerus="yes">
        <source>Published entries: %n out of date, being published.</source>
        <translation>
            <numerusform>Veröffentlichte Einträge: %n veraltet, wird veröffentlicht.</numerusform>
            <numerusform>Veröffentlichte Einträge: %n veraltet, werden veröffentlicht.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PublishOperation</name>
    <message>
        <source>waiting to be published</source>
        <translation>wartet auf Veröffentlichung</translation>
    </message>
    <message>
        <source>not published yet: %1</source>
        <translation>noch nicht veröffentlicht: %1</translation>
    </message>
    <message>
        <source>publishing…</source>
        <translation>wird veröffentlicht …</translation>
    </message>
    <message>
        <source>no answer yet; publishing again</source>
        <translation>noch keine Antwort; wird erneut veröffentlicht</translation>
    </message>
    <message>
        <source>published</source>
        <translation>veröffentlicht</translation>
    </message>
</context>
<context>
    <name>ReferenceDialog</name>
    <message>
        <source>Your Reference</source>
        <translation>Ihre Referenz</translation>
    </message>
    <message>
        <source>Your own reference for %1 (e.g. your ticket number):</source>
        <translation>Ihre eigene Referenz für %1 (z. B. Ihre Ticketnummer):</translation>
    </message>
    <message>
        <source>Your reference</source>
        <translation>Ihre Referenz</translation>
    </message>
    <message>
        <source>&amp;Set</source>
        <translation>&amp;Setzen</translation>
    </message>
    <message>
        <source>Type a reference to set it (a blank one is not sent).</source>
        <translation>Geben Sie eine Referenz ein, um sie zu setzen (eine leere wird nicht gesendet).</translation>
    </message>
    <message>
        <source>A blank reference is not sent: the provider keeps a case&apos;s reference until another one replaces it.</source>
        <translation>Eine leere Referenz wird nicht gesendet: Der Anbieter behält die Referenz eines Falls, bis eine andere sie ersetzt.</translation>
    </message>
    <message>
        <source>This is already the case&apos;s reference.</source>
        <translation>Das ist bereits die Referenz des Falls.</translation>
    </message>
</context>
<context>
    <name>ReplyDialog</name>
    <message>
        <source>Reply</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <source>&amp;Message to the provider:</source>
        <translation>&amp;Nachricht an den Anbieter:</translation>
    </message>
    <message>
        <source>Reply message</source>
        <translation>Antwortnachricht</translation>
    </message>
    <message>
        <source>Sent &amp;by:</source>
        <translation>&amp;Gesendet von:</translation>
    </message>
    <message>
        <source>Your name, as the provider sees it</source>
        <translation>Ihr Name, wie der Anbieter ihn sieht</translation>
    </message>
    <message>
        <source>Sent by</source>
        <translation>Gesendet von</translation>
    </message>
    <message>
        <source>Draft state</source>
        <translation>Entwurfsstatus</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Senden</translation>
    </message>
    <message>
        <source>Send the reply (Ctrl+Return)</source>
        <translation>Antwort senden (Ctrl+Return)</translation>
    </message>
    <message>
        <source>Close; the draft is kept for next time</source>
        <translation>Schließen; der Entwurf bleibt für das nächste Mal erhalten</translation>
    </message>
    <message>
        <source>Draft saved.</source>
        <translation>Entwurf gespeichert.</translation>
    </message>
    <message>
        <source>Reply to %1</source>
        <translation>Antwort auf %1</translation>
    </message>
    <message>
        <source>Restored your draft.</source>
        <translation>Ihr Entwurf wurde wiederhergestellt.</translation>
    </message>
    <message>
        <source>Write the reply to send it.</source>
        <translation>Schreiben Sie die Antwort, um sie zu senden.</translation>
    </message>
    <message>
        <source>This case is resolved. A reply may reopen it: send one only if the problem is still there or you need more from the provider.</source>
        <translation>Dieser Fall ist gelöst. Eine Antwort kann ihn wieder öffnen: Senden Sie nur eine, wenn das Problem weiter besteht oder Sie mehr vom Anbieter brauchen.</translation>
    </message>
    <message>
        <source>⚠ This case is closed: the provider refuses replies to a closed case. To follow up, open a new case (your text here stays in this case&apos;s draft).</source>
        <translation>⚠ Dieser Fall ist geschlossen: Der Anbieter lehnt Antworten auf geschlossene Fälle ab. Eröffnen Sie zur Nachverfolgung einen neuen Fall (Ihr Text hier bleibt im Entwurf dieses Falls).</translation>
    </message>
</context>
<context>
    <name>ReplyOperation</name>
    <message>
        <source>Waiting to send</source>
        <translation>Wartet auf Versand</translation>
    </message>
    <message>
        <source>Not sent yet (%1); trying again automatically</source>
        <translation>Noch nicht gesendet (%1); wird automatisch erneut versucht</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Wird gesendet …</translation>
    </message>
    <message>
        <source>No answer (%1); checking whether it arrived before sending again</source>
        <translation>Keine Antwort (%1); vor erneutem Senden wird geprüft, ob die Nachricht angekommen ist</translation>
    </message>
    <message>
        <source>Not accepted: %1</source>
        <translation>Nicht angenommen: %1</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Gesendet</translation>
    </message>
</context>
<context>
    <name>RepositoryBrowser</name>
    <message>
        <source>No Case Repository is set up for this profile.</source>
        <translation>Für dieses Profil ist kein Case Repository eingerichtet.</translation>
    </message>
    <message>
        <source>The Case Repository could not be searched: %1</source>
        <translation>Das Case Repository konnte nicht durchsucht werden: %1</translation>
    </message>
    <message>
        <source>Deleted %1.</source>
        <translation>%1 gelöscht.</translation>
    </message>
    <message>
        <source>Created the case status %1.</source>
        <translation>Fallstatus %1 erstellt.</translation>
    </message>
    <message>
        <source>Saved the changes to %1.</source>
        <translation>Änderungen an %1 gespeichert.</translation>
    </message>
</context>
<context>
    <name>RepositoryClient</name>
    <message>
        <source>The Case Repository URL is not a valid address.</source>
        <translation>Die URL des Case Repository ist keine gültige Adresse.</translation>
    </message>
    <message>
        <source>The Case Repository needs a user name.</source>
        <translation>Das Case Repository benötigt einen Benutzernamen.</translation>
    </message>
    <message>
        <source>The Case Repository did not accept the user name or password. Check the profile&apos;s Case Repository user and password.</source>
        <translation>Das Case Repository hat den Benutzernamen oder das Passwort nicht akzeptiert. Überprüfen Sie Benutzer und Passwort für das Case Repository im Profil.</translation>
    </message>
    <message>
        <source>This Case Repository user may only read. Ask for a user that may write case statuses.</source>
        <translation>Dieser Benutzer des Case Repository hat nur Leserechte. Fragen Sie nach einem Benutzer, der Fallstatus schreiben darf.</translation>
    </message>
    <message>
        <source>The Case Repository has no such case status (it may have been deleted).</source>
        <translation>Im Case Repository gibt es diesen Fallstatus nicht (möglicherweise wurde er gelöscht).</translation>
    </message>
    <message>
        <source>The Case Repository already has a status entry with this business key and source: %1</source>
        <translation>Das Case Repository enthält bereits einen Statuseintrag mit diesem Geschäftsschlüssel und dieser Quelle: %1</translation>
    </message>
    <message>
        <source>The Case Repository refused the request: %1</source>
        <translation>Das Case Repository hat die Anfrage abgelehnt: %1</translation>
    </message>
    <message>
        <source>The Case Repository refused the value of “%1”: %2</source>
        <translation>Das Case Repository hat den Wert von „%1“ abgelehnt: %2</translation>
    </message>
    <message>
        <source>The Case Repository does not serve this request (%1 %2). Check the Case Repository URL in the settings.</source>
        <translation>Das Case Repository bedient diese Anfrage nicht (%1 %2). Überprüfen Sie die URL des Case Repository in den Einstellungen.</translation>
    </message>
    <message>
        <source>The Case Repository failed while handling the request (%1); it may be busy or down for a moment.</source>
        <translation>Beim Case Repository ist während der Bearbeitung der Anfrage ein Fehler aufgetreten (%1); es ist möglicherweise ausgelastet oder kurzzeitig nicht verfügbar.</translation>
    </message>
    <message>
        <source>The Case Repository answered %1: %2</source>
        <translation>Das Case Repository hat mit %1 geantwortet: %2</translation>
    </message>
    <message>
        <source>No Case Repository is configured for this profile.</source>
        <translation>Für dieses Profil ist kein Case Repository eingerichtet.</translation>
    </message>
    <message>
        <source>The Case Repository&apos;s answer is not JSON: %1</source>
        <translation>Die Antwort des Case Repository ist kein JSON: %1</translation>
    </message>
    <message>
        <source>The Case Repository&apos;s answer lacks %1.</source>
        <translation>In der Antwort des Case Repository fehlt %1.</translation>
    </message>
    <message>
        <source>A published status needs a business key (the provider case id).</source>
        <translation>Ein veröffentlichter Status benötigt einen Geschäftsschlüssel (die Fall-ID des Anbieters).</translation>
    </message>
</context>
<context>
    <name>RepositoryEntry</name>
    <message>
        <source>the case type</source>
        <translation>der Falltyp</translation>
    </message>
    <message>
        <source>the client type</source>
        <translation>der Kundentyp</translation>
    </message>
    <message>
        <source>the status</source>
        <translation>der Status</translation>
    </message>
    <message>
        <source>%1 is missing</source>
        <translation>%1 fehlt</translation>
    </message>
    <message>
        <source>%1 and %2 are missing</source>
        <translation>%1 und %2 fehlen</translation>
    </message>
    <message>
        <source>A new case status needs a case type, a client type and a status; %1. The business key and the client id may be left empty.</source>
        <translation>Ein neuer Fallstatus benötigt einen Falltyp, einen Kundentyp und einen Status; %1. Geschäftsschlüssel und Kunden-ID dürfen leer bleiben.</translation>
    </message>
</context>
<context>
    <name>RepositoryEntryDialog</name>
    <message>
        <source>Case Status</source>
        <translation>Fallstatus</translation>
    </message>
    <message>
        <source>A case status in the Case Repository.</source>
        <translation>Ein Fallstatus im Case Repository.</translation>
    </message>
    <message>
        <source>Case &amp;type:</source>
        <translation>&amp;Falltyp:</translation>
    </message>
    <message>
        <source>Case type</source>
        <translation>Falltyp</translation>
    </message>
    <message>
        <source>C&amp;lient type:</source>
        <translation>&amp;Kundentyp:</translation>
    </message>
    <message>
        <source>Client type</source>
        <translation>Kundentyp</translation>
    </message>
    <message>
        <source>Client &amp;ID:</source>
        <translation>Kunden-&amp;ID:</translation>
    </message>
    <message>
        <source>Client ID</source>
        <translation>Kunden-ID</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Status sent</source>
        <translation>Gesendeter Status</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Beschreibung:</translation>
    </message>
    <message>
        <source>Status description</source>
        <translation>Statusbeschreibung</translation>
    </message>
    <message>
        <source>Optional: what the status means for this case, up to 1,000 characters</source>
        <translation>Optional: was der Status für diesen Fall bedeutet, bis zu 1.000 Zeichen</translation>
    </message>
    <message>
        <source>Characters in the description</source>
        <translation>Zeichen in der Beschreibung</translation>
    </message>
    <message>
        <source>&amp;Business key:</source>
        <translation>&amp;Geschäftsschlüssel:</translation>
    </message>
    <message>
        <source>Business key</source>
        <translation>Geschäftsschlüssel</translation>
    </message>
    <message>
        <source>Optional: your own key, unique within the source (e.g. the provider case id)</source>
        <translation>Optional: Ihr eigener Schlüssel, eindeutig innerhalb der Quelle (z. B. die Fall-ID des Anbieters)</translation>
    </message>
    <message>
        <source>S&amp;ource:</source>
        <translation>&amp;Quelle:</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>The system that publishes the status</source>
        <translation>Das System, das den Status veröffentlicht</translation>
    </message>
    <message>
        <source>What is missing</source>
        <translation>Was noch fehlt</translation>
    </message>
    <message>
        <source>Sending state</source>
        <translation>Sendestatus</translation>
    </message>
    <message>
        <source>New Case Status</source>
        <translation>Neuer Fallstatus</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>&amp;Erstellen</translation>
    </message>
    <message>
        <source>Publish the status of a case to the Case Repository.</source>
        <translation>Den Status eines Falls im Case Repository veröffentlichen.</translation>
    </message>
    <message>
        <source>Empty: the Case Repository&apos;s default (eximee)</source>
        <translation>Leer: Standardwert des Case Repository (eximee)</translation>
    </message>
    <message>
        <source>Edit Case Status</source>
        <translation>Fallstatus bearbeiten</translation>
    </message>
    <message>
        <source>Sa&amp;ve Changes</source>
        <translation>Änderungen s&amp;peichern</translation>
    </message>
    <message>
        <source>Change the status entry %1. Only the fields you change are sent; the entry&apos;s history records them.</source>
        <translation>Den Statuseintrag %1 ändern. Nur die geänderten Felder werden gesendet; die Historie des Eintrags hält sie fest.</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Saving the change to send it…</source>
        <translation>Die Änderung wird zum Senden gespeichert …</translation>
    </message>
    <message>
        <source>The %1 has %2 characters; the Case Repository takes at most %3.</source>
        <translation>%1: %2 Zeichen; das Case Repository akzeptiert höchstens %3.</translation>
    </message>
    <message>
        <source>case type</source>
        <translation>Falltyp</translation>
    </message>
    <message>
        <source>client type</source>
        <translation>Kundentyp</translation>
    </message>
    <message>
        <source>client ID</source>
        <translation>Kunden-ID</translation>
    </message>
    <message>
        <source>status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>business key</source>
        <translation>Geschäftsschlüssel</translation>
    </message>
    <message>
        <source>source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Nothing changed yet.</source>
        <translation>Noch nichts geändert.</translation>
    </message>
    <message>
        <source>Sent as “%1”, as typed. The console does not know this value and shows it as open.</source>
        <translation>Wird wie eingegeben als „%1“ gesendet. Die Konsole kennt diesen Wert nicht und zeigt ihn als offen an.</translation>
    </message>
    <message>
        <source>Sent as “%1”: the case counts as open.</source>
        <translation>Wird als „%1“ gesendet: Der Fall gilt als offen.</translation>
    </message>
    <message>
        <source>Sent as “%1”: the case counts as closed.</source>
        <translation>Wird als „%1“ gesendet: Der Fall gilt als geschlossen.</translation>
    </message>
    <message>
        <source>%1 of %2 characters</source>
        <translation>%1 von %2 Zeichen</translation>
    </message>
    <message>
        <source>Ready to create.</source>
        <translation>Bereit zum Erstellen.</translation>
    </message>
    <message>
        <source>Changes to send: %1.</source>
        <translation>Zu sendende Änderungen: %1.</translation>
    </message>
    <message>
        <source>To create the entry:</source>
        <translation>Um den Eintrag zu erstellen:</translation>
    </message>
    <message>
        <source>To save:</source>
        <translation>Um zu speichern:</translation>
    </message>
    <message>
        <source>Required fields</source>
        <translation>Pflichtfelder</translation>
    </message>
    <message>
        <source>Required, for example NetworkIncident or ServiceRequest</source>
        <translation>Erforderlich, zum Beispiel NetworkIncident oder ServiceRequest</translation>
    </message>
    <message>
        <source>Required: choose PESEL, NIP or REGON, or type another kind of client number</source>
        <translation>Erforderlich: Wählen Sie PESEL, NIP oder REGON, oder geben Sie eine andere Art von Kundennummer ein</translation>
    </message>
    <message>
        <source>Optional: the client’s PESEL, NIP or REGON number</source>
        <translation>Optional: die PESEL-, NIP- oder REGON-Nummer des Kunden</translation>
    </message>
    <message>
        <source>Required: choose a status, or type a value the Case Repository uses</source>
        <translation>Erforderlich: Wählen Sie einen Status, oder geben Sie einen Wert ein, den das Case Repository verwendet</translation>
    </message>
    <message>
        <source>Required: the case type, the client type and the status. The client ID, the description, the business key and the source may be left empty.</source>
        <translation>Erforderlich: Falltyp, Kundentyp und Status. Kunden-ID, Beschreibung, Geschäftsschlüssel und Quelle dürfen leer bleiben.</translation>
    </message>
    <message>
        <source>Required: the case type, the client type, the status and the source. Emptying the client ID, the description or the business key removes it from the entry.</source>
        <translation>Erforderlich: Falltyp, Kundentyp, Status und Quelle. Wenn Sie Kunden-ID, Beschreibung oder Geschäftsschlüssel leeren, wird der Wert aus dem Eintrag entfernt.</translation>
    </message>
    <message>
        <source>Enter the %1: the Case Repository requires it.</source>
        <translation>Bitte %1 eingeben: Das Case Repository verlangt diese Angabe.</translation>
    </message>
</context>
<context>
    <name>RepositoryEntryModel</name>
    <message>
        <source>%1 (%2): open</source>
        <translation>%1 (%2): offen</translation>
    </message>
    <message>
        <source>%1 (%2): closed</source>
        <translation>%1 (%2): geschlossen</translation>
    </message>
    <message>
        <source>The Case Repository cannot sort by this column.</source>
        <translation>Das Case Repository kann nicht nach dieser Spalte sortieren.</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Case type</source>
        <translation>Falltyp</translation>
    </message>
    <message>
        <source>Client type</source>
        <translation>Kundentyp</translation>
    </message>
    <message>
        <source>Client ID</source>
        <translation>Kunden-ID</translation>
    </message>
    <message>
        <source>Business key</source>
        <translation>Geschäftsschlüssel</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Aktualisiert</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
</context>
<context>
    <name>RepositoryOperation</name>
    <message>
        <source>No Case Repository is set up for this profile; set it up in Connections and Settings.</source>
        <translation>Für dieses Profil ist kein Case Repository eingerichtet; richten Sie es unter „Verbindungen und Einstellungen“ ein.</translation>
    </message>
    <message>
        <source>Sending to the Case Repository…</source>
        <translation>Wird an das Case Repository gesendet …</translation>
    </message>
    <message>
        <source>No answer from the Case Repository (%1). Checking whether the change arrived before trying again.</source>
        <translation>Keine Antwort vom Case Repository (%1). Vor einem erneuten Versuch wird geprüft, ob die Änderung angekommen ist.</translation>
    </message>
    <message>
        <source>&lt;b&gt;The Case Repository did not accept it:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Das Case Repository hat es nicht angenommen:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Gespeichert.</translation>
    </message>
</context>
<context>
    <name>RepositoryPanel</name>
    <message>
        <source>Case Repository</source>
        <translation>Case Repository</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Filter</translation>
    </message>
    <message>
        <source>Client t&amp;ype:</source>
        <translation>&amp;Kundentyp:</translation>
    </message>
    <message>
        <source>Client type filter</source>
        <translation>Kundentypfilter</translation>
    </message>
    <message>
        <source>Any client type when empty; choose one or type another</source>
        <translation>Leer: beliebiger Kundentyp; wählen Sie einen oder geben Sie einen anderen ein</translation>
    </message>
    <message>
        <source>Client &amp;ID:</source>
        <translation>Kunden-&amp;ID:</translation>
    </message>
    <message>
        <source>Client ID filter</source>
        <translation>Kunden-ID-Filter</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>Beliebig</translation>
    </message>
    <message>
        <source>Case ty&amp;pe:</source>
        <translation>Fallt&amp;yp:</translation>
    </message>
    <message>
        <source>Case type filter</source>
        <translation>Falltypfilter</translation>
    </message>
    <message>
        <source>St&amp;atus:</source>
        <translation>S&amp;tatus:</translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation>Statusfilter</translation>
    </message>
    <message>
        <source>&amp;Business key:</source>
        <translation>&amp;Geschäftsschlüssel:</translation>
    </message>
    <message>
        <source>Business key filter</source>
        <translation>Geschäftsschlüsselfilter</translation>
    </message>
    <message>
        <source>S&amp;ource:</source>
        <translation>&amp;Quelle:</translation>
    </message>
    <message>
        <source>Source filter</source>
        <translation>Quellenfilter</translation>
    </message>
    <message>
        <source>Updated bet&amp;ween:</source>
        <translation>Aktualisiert &amp;zwischen:</translation>
    </message>
    <message>
        <source>any</source>
        <translation>beliebig</translation>
    </message>
    <message>
        <source>Any time as the earliest update</source>
        <translation>Beliebiger Zeitpunkt als früheste Aktualisierung</translation>
    </message>
    <message>
        <source>Updated at or after</source>
        <translation>Aktualisiert am oder nach</translation>
    </message>
    <message>
        <source>an&amp;d</source>
        <translation>&amp;und</translation>
    </message>
    <message>
        <source>Any time as the latest update</source>
        <translation>Beliebiger Zeitpunkt als späteste Aktualisierung</translation>
    </message>
    <message>
        <source>Updated at or before</source>
        <translation>Aktualisiert am oder vor</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Suchen</translation>
    </message>
    <message>
        <source>Search the Case Repository</source>
        <translation>Das Case Repository durchsuchen</translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation>Zu&amp;rücksetzen</translation>
    </message>
    <message>
        <source>Clear the filters and show every entry</source>
        <translation>Filter zurücksetzen und alle Einträge anzeigen</translation>
    </message>
    <message>
        <source>Case statuses</source>
        <translation>Fallstatus</translation>
    </message>
    <message>
        <source>«</source>
        <translation>«</translation>
    </message>
    <message>
        <source>First page</source>
        <translation>Erste Seite</translation>
    </message>
    <message>
        <source>‹</source>
        <translation>‹</translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation>Vorherige Seite</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>Seite</translation>
    </message>
    <message>
        <source>›</source>
        <translation>›</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>Nächste Seite</translation>
    </message>
    <message>
        <source>»</source>
        <translation>»</translation>
    </message>
    <message>
        <source>Last page</source>
        <translation>Letzte Seite</translation>
    </message>
    <message>
        <source>Per pa&amp;ge:</source>
        <translation>Pr&amp;o Seite:</translation>
    </message>
    <message>
        <source>Entries per page</source>
        <translation>Einträge pro Seite</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>N&amp;eu …</translation>
    </message>
    <message>
        <source>New case status</source>
        <translation>Neuer Fallstatus</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten …</translation>
    </message>
    <message>
        <source>Edit the selected case status</source>
        <translation>Den ausgewählten Fallstatus bearbeiten</translation>
    </message>
    <message>
        <source>Dele&amp;te…</source>
        <translation>&amp;Löschen …</translation>
    </message>
    <message>
        <source>Delete the selected case status</source>
        <translation>Den ausgewählten Fallstatus löschen</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>Load this page again</source>
        <translation>Diese Seite erneut laden</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Select an entry to see its details and history.</source>
        <translation>Wählen Sie einen Eintrag aus, um seine Details und seine Historie zu sehen.</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>Open or closed</source>
        <translation>Offen oder geschlossen</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Case ID:</source>
        <translation>Fall-ID:</translation>
    </message>
    <message>
        <source>Case ID</source>
        <translation>Fall-ID</translation>
    </message>
    <message>
        <source>Case type:</source>
        <translation>Falltyp:</translation>
    </message>
    <message>
        <source>Case type</source>
        <translation>Falltyp</translation>
    </message>
    <message>
        <source>Client:</source>
        <translation>Kunde:</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Business key:</source>
        <translation>Geschäftsschlüssel:</translation>
    </message>
    <message>
        <source>Business key</source>
        <translation>Geschäftsschlüssel</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>Quelle:</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Created:</source>
        <translation>Erstellt:</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Updated:</source>
        <translation>Aktualisiert:</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Aktualisiert</translation>
    </message>
    <message>
        <source>Description:</source>
        <translation>Beschreibung:</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>&amp;History:</source>
        <translation>&amp;Historie:</translation>
    </message>
    <message>
        <source>History of the entry</source>
        <translation>Historie des Eintrags</translation>
    </message>
    <message>
        <source>Loading</source>
        <translation>Wird geladen</translation>
    </message>
    <message>
        <source>Case Repository messages</source>
        <translation>Meldungen des Case Repository</translation>
    </message>
    <message>
        <source>Waiting for customer</source>
        <translation>Wartet auf Kunden</translation>
    </message>
    <message>
        <source>Client type</source>
        <translation>Kundentyp</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Beliebiger Status</translation>
    </message>
    <message>
        <source>The earliest update time is after the latest one: change one of them.</source>
        <translation>Der früheste Aktualisierungszeitpunkt liegt nach dem spätesten: Ändern Sie einen der beiden.</translation>
    </message>
    <message>
        <source>No entries match</source>
        <translation>Keine passenden Einträge</translation>
    </message>
    <message numerus="yes">
        <source>Page %1 of %2 · %n entries</source>
        <translation>
            <numerusform>Seite %1 von %2 · %n Eintrag</numerusform>
            <numerusform>Seite %1 von %2 · %n Einträge</numerusform>
        </translation>
    </message>
    <message>
        <source>The Case Repository cannot sort by %1.</source>
        <translation>Das Case Repository kann nicht nach %1 sortieren.</translation>
    </message>
    <message>
        <source>This entry is not among the results shown (the filters or the page leave it out).</source>
        <translation>Dieser Eintrag ist nicht unter den angezeigten Ergebnissen (die Filter oder die Seite schließen ihn aus).</translation>
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
        <translation>keine</translation>
    </message>
    <message>
        <source>Loading the history…</source>
        <translation>Historie wird geladen …</translation>
    </message>
    <message>
        <source>The history could not be loaded: %1</source>
        <translation>Die Historie konnte nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>No history recorded.</source>
        <translation>Keine Historie vorhanden.</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Delete Case Status</source>
        <translation>Fallstatus löschen</translation>
    </message>
    <message>
        <source>Delete the case status %1 of client %2 %3 (%4)?</source>
        <translation>Den Fallstatus %1 des Kunden %2 %3 (%4) löschen?</translation>
    </message>
    <message>
        <source>This removes the entry and its whole history from the Case Repository. It cannot be undone.</source>
        <translation>Dadurch werden der Eintrag und seine gesamte Historie aus dem Case Repository entfernt. Dies kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>%1, no client ID</source>
        <translation>%1, keine Kunden-ID</translation>
    </message>
    <message>
        <source>Delete the case status %1 (%2, no client ID, %3)?</source>
        <translation>Den Fallstatus %1 (%2, keine Kunden-ID, %3) löschen?</translation>
    </message>
    <message>
        <source>Open the case %1</source>
        <translation>Den Fall %1 öffnen</translation>
    </message>
</context>
<context>
    <name>RepositoryPublisher</name>
    <message>
        <source>Could not compare the cases with the Case Repository: %1 It is tried again at the next poll.</source>
        <translation>Die Fälle konnten nicht mit dem Case Repository verglichen werden: %1 Es wird beim nächsten Poll erneut versucht.</translation>
    </message>
</context>
<context>
    <name>RepositoryPublishing</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>No Case Repository is set up (URL and user).</source>
        <translation>Es ist kein Case Repository eingerichtet (URL und Benutzer).</translation>
    </message>
    <message>
        <source>Publishing needs the client id and client type the statuses are about.</source>
        <translation>Zum Veröffentlichen werden Kunden-ID und Kundentyp benötigt, auf die sich die Status beziehen.</translation>
    </message>
</context>
<context>
    <name>RepositorySettingsDialog</name>
    <message>
        <source>Case Repository</source>
        <translation>Case Repository</translation>
    </message>
    <message>
        <source>&amp;URL:</source>
        <translation>&amp;URL:</translation>
    </message>
    <message>
        <source>https://host/api/case-repository (empty: no Case Repository)</source>
        <translation>https://host/api/case-repository (leer: kein Case Repository)</translation>
    </message>
    <message>
        <source>Case Repository URL</source>
        <translation>URL des Case Repository</translation>
    </message>
    <message>
        <source>U&amp;ser:</source>
        <translation>&amp;Benutzer:</translation>
    </message>
    <message>
        <source>Case Repository user</source>
        <translation>Benutzer des Case Repository</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>Empty: keep the one in the system keychain</source>
        <translation>Leer: das Passwort im Schlüsselbund des Systems beibehalten</translation>
    </message>
    <message>
        <source>Case Repository password</source>
        <translation>Passwort des Case Repository</translation>
    </message>
    <message>
        <source>&amp;Test</source>
        <translation>&amp;Testen</translation>
    </message>
    <message>
        <source>Pu&amp;blish the provider cases&apos; statuses</source>
        <translation>Status der Fälle des Anbieters &amp;veröffentlichen</translation>
    </message>
    <message>
        <source>S&amp;ource:</source>
        <translation>&amp;Quelle:</translation>
    </message>
    <message>
        <source>Source name of the published statuses</source>
        <translation>Quellname der veröffentlichten Status</translation>
    </message>
    <message>
        <source>Client t&amp;ype:</source>
        <translation>&amp;Kundentyp:</translation>
    </message>
    <message>
        <source>Client type of the published statuses</source>
        <translation>Kundentyp der veröffentlichten Status</translation>
    </message>
    <message>
        <source>Client &amp;id:</source>
        <translation>Kunden-&amp;ID:</translation>
    </message>
    <message>
        <source>The account&apos;s number of that type, e.g. its NIP</source>
        <translation>Die Nummer des Kontos für diesen Typ, z. B. seine NIP</translation>
    </message>
    <message>
        <source>Client id of the published statuses</source>
        <translation>Kunden-ID der veröffentlichten Status</translation>
    </message>
    <message>
        <source>&amp;Mapping (the provider&apos;s value → the Case Repository&apos;s):</source>
        <translation>&amp;Zuordnung (Wert des Anbieters → Wert des Case Repository):</translation>
    </message>
    <message>
        <source>Status and case type mapping</source>
        <translation>Zuordnung von Status und Falltyp</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Case type</source>
        <translation>Falltyp</translation>
    </message>
    <message>
        <source>Case Repository value for %1</source>
        <translation>Wert im Case Repository für %1</translation>
    </message>
    <message>
        <source>Publishing needs the Case Repository&apos;s URL.</source>
        <translation>Zum Veröffentlichen wird die URL des Case Repository benötigt.</translation>
    </message>
    <message>
        <source>The URL is not a valid address.</source>
        <translation>Die URL ist keine gültige Adresse.</translation>
    </message>
    <message>
        <source>Enter the Case Repository user.</source>
        <translation>Geben Sie den Benutzer des Case Repository ein.</translation>
    </message>
    <message>
        <source>Publishing needs the client type and id the statuses are about.</source>
        <translation>Zum Veröffentlichen werden Kundentyp und Kunden-ID benötigt, auf die sich die Status beziehen.</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>Wird getestet …</translation>
    </message>
    <message numerus="yes">
        <source>Connected: %n case status(es) in the repository.</source>
        <translation>
            <numerusform>Verbunden: %n Fallstatus im Repository.</numerusform>
            <numerusform>Verbunden: %n Fallstatus im Repository.</numerusform>
        </translation>
    </message>
    <message>
        <source>The password could not be stored in the system keychain: %1</source>
        <translation>Das Passwort konnte nicht im Schlüsselbund des Systems gespeichert werden: %1</translation>
    </message>
</context>
<context>
    <name>RepositoryStatusBadge</name>
    <message>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Geschlossen</translation>
    </message>
</context>
<context>
    <name>RepositoryStatuses</name>
    <message>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>In Bearbeitung</translation>
    </message>
    <message>
        <source>Waiting for customer</source>
        <translation>Wartet auf Kunden</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
</context>
<context>
    <name>RfoActions</name>
    <message>
        <source>Re&amp;quest RFO…</source>
        <translation>RFO an&amp;fordern …</translation>
    </message>
    <message>
        <source>Ask the provider for the Reason for Outage of this incident: a new case, linked to this one</source>
        <translation>Den Anbieter um die Ausfallursache dieser Störung bitten: ein neuer Fall, mit diesem verknüpft</translation>
    </message>
    <message>
        <source>RFO request %1 created for %2.</source>
        <translation>RFO-Anfrage %1 für %2 erstellt.</translation>
    </message>
    <message>
        <source>Request RFO for %1</source>
        <translation>RFO für %1 anfordern</translation>
    </message>
</context>
<context>
    <name>RfoRequest</name>
    <message>
        <source>%1 is not an incident: a Reason for Outage is requested for incidents only.</source>
        <translation>%1 ist keine Störung: Eine Ausfallursache wird nur für Störungen angefordert.</translation>
    </message>
    <message>
        <source>%1 is still open (%2): a Reason for Outage is requested once the incident is resolved or closed.</source>
        <translation>%1 ist noch offen (%2): Eine Ausfallursache wird angefordert, sobald die Störung gelöst oder geschlossen ist.</translation>
    </message>
    <message>
        <source>Please provide a Reason for Outage (RFO) for case %1</source>
        <translation>Bitte senden Sie uns die Ausfallursache (RFO) für Fall %1</translation>
    </message>
    <message>
        <source>on service %1</source>
        <translation>des Dienstes %1</translation>
    </message>
    <message>
        <source>The incident began at %1 and ended at %2.</source>
        <translation>Die Störung begann am %1 und endete am %2.</translation>
    </message>
    <message>
        <source>The incident began at %1.</source>
        <translation>Die Störung begann am %1.</translation>
    </message>
    <message>
        <source>Please include the root cause, the timeline of the outage and the measures taken to prevent it from happening again.</source>
        <translation>Bitte nennen Sie die Grundursache, den zeitlichen Ablauf des Ausfalls und die Maßnahmen, die ergriffen wurden, damit er sich nicht wiederholt.</translation>
    </message>
    <message>
        <source>Open a resolved or closed incident to request its Reason for Outage.</source>
        <translation>Öffnen Sie eine gelöste oder geschlossene Störung, um ihre Ausfallursache anzufordern.</translation>
    </message>
    <message>
        <source>%1 was cancelled: a Reason for Outage is requested for a resolved or closed incident.</source>
        <translation>%1 wurde storniert: Eine Ausfallursache wird für eine gelöste oder geschlossene Störung angefordert.</translation>
    </message>
</context>
<context>
    <name>SaveViewDialog</name>
    <message>
        <source>Save View</source>
        <translation>Ansicht speichern</translation>
    </message>
    <message>
        <source>The filters, the search and the list&apos;s order are saved under this name. The first nine views have the shortcuts Alt+1 to Alt+9.</source>
        <translation>Die Filter, die Suche und die Sortierung der Liste werden unter diesem Namen gespeichert. Die ersten neun Ansichten haben die Tastenkürzel Alt+1 bis Alt+9.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Replace</source>
        <translation>&amp;Ersetzen</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>A view named “%1” exists: saving replaces it.</source>
        <translation>Eine Ansicht namens „%1“ existiert bereits: Speichern ersetzt sie.</translation>
    </message>
</context>
<context>
    <name>SavedViews</name>
    <message>
        <source>Give the view a name.</source>
        <translation>Geben Sie der Ansicht einen Namen.</translation>
    </message>
    <message>
        <source>The name is too long: at most %1 characters.</source>
        <translation>Der Name ist zu lang: höchstens %1 Zeichen.</translation>
    </message>
    <message>
        <source>The name must be on one line.</source>
        <translation>Der Name darf nur eine Zeile umfassen.</translation>
    </message>
</context>
<context>
    <name>SavedViewsMenu</name>
    <message>
        <source>Show All Cases</source>
        <translation>Alle Fälle anzeigen</translation>
    </message>
    <message>
        <source>Clear every filter and the search (Alt+0)</source>
        <translation>Alle Filter und die Suche zurücksetzen (Alt+0)</translation>
    </message>
    <message>
        <source>All cases shown.</source>
        <translation>Alle Fälle werden angezeigt.</translation>
    </message>
    <message>
        <source>Save the filters, the search and the list&apos;s order under a name</source>
        <translation>Die Filter, die Suche und die Sortierung der Liste unter einem Namen speichern</translation>
    </message>
    <message>
        <source>&amp;Delete or Rename Views…</source>
        <translation>Ansichten löschen oder u&amp;mbenennen …</translation>
    </message>
    <message>
        <source>View “%1” shown.</source>
        <translation>Ansicht „%1“ wird angezeigt.</translation>
    </message>
    <message>
        <source>View “%1” saved.</source>
        <translation>Ansicht „%1“ gespeichert.</translation>
    </message>
    <message>
        <source>Save Current V&amp;iew…</source>
        <translation>Akt&amp;uelle Ansicht speichern …</translation>
    </message>
</context>
<context>
    <name>ScreenshotMode</name>
    <message>
        <source>Screenshot saved to %1</source>
        <translation>Bildschirmfoto unter %1 gespeichert</translation>
    </message>
    <message>
        <source>Could not save %1</source>
        <translation>%1 konnte nicht gespeichert werden</translation>
    </message>
</context>
<context>
    <name>SecretPromptDialog</name>
    <message>
        <source>Client secret</source>
        <translation>Client-Secret</translation>
    </message>
    <message>
        <source>Why the secret is needed</source>
        <translation>Warum das Secret benötigt wird</translation>
    </message>
    <message>
        <source>Client s&amp;ecret:</source>
        <translation>Client-&amp;Secret:</translation>
    </message>
    <message>
        <source>OAuth client secret</source>
        <translation>OAuth-Client-Secret</translation>
    </message>
    <message>
        <source>&amp;Remember in the system keychain</source>
        <translation>Im Schlüsselbund des Systems &amp;merken</translation>
    </message>
    <message>
        <source>About remembering the secret</source>
        <translation>Über das Merken des Secrets</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Enter the client secret for %1.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;%2&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Geben Sie das Client-Secret für %1 ein.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;%2&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Not available without a system keychain: the secret is used for this session only.</source>
        <translation>Ohne Schlüsselbund des Systems nicht verfügbar: Das Secret wird nur für diese Sitzung verwendet.</translation>
    </message>
    <message>
        <source>Otherwise it is used for this session only and asked for again next time.</source>
        <translation>Andernfalls wird es nur für diese Sitzung verwendet und beim nächsten Mal erneut abgefragt.</translation>
    </message>
    <message>
        <source>%1 Click OK to use the secret for this session only.</source>
        <translation>%1 Klicken Sie auf „OK“, um das Secret nur für diese Sitzung zu verwenden.</translation>
    </message>
</context>
<context>
    <name>SecretStore</name>
    <message>
        <source>No client secret is stored in the system keychain for this profile.</source>
        <translation>Für dieses Profil ist kein Client-Secret im Schlüsselbund des Systems gespeichert.</translation>
    </message>
    <message>
        <source>No system keychain is available (on Linux: no Secret Service such as GNOME Keyring or KWallet is running). The client secret cannot be stored; you can enter it for this session only.</source>
        <translation>Kein Schlüsselbund des Systems verfügbar (unter Linux: Es läuft kein Secret Service wie GNOME Keyring oder KWallet). Das Client-Secret kann nicht gespeichert werden; Sie können es nur für diese Sitzung eingeben.</translation>
    </message>
    <message>
        <source>The system keychain is locked or refused access. Unlock it and try again, or enter the secret for this session only.</source>
        <translation>Der Schlüsselbund des Systems ist gesperrt oder hat den Zugriff verweigert. Entsperren Sie ihn und versuchen Sie es erneut, oder geben Sie das Secret nur für diese Sitzung ein.</translation>
    </message>
    <message>
        <source>The system keychain reported an error: %1</source>
        <translation>Der Schlüsselbund des Systems hat einen Fehler gemeldet: %1</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Connections and settings</source>
        <translation>Verbindungen und Einstellungen</translation>
    </message>
    <message>
        <source>&amp;Profiles</source>
        <translation>&amp;Profile</translation>
    </message>
    <message>
        <source>Profiles</source>
        <translation>Profile</translation>
    </message>
    <message>
        <source>The profile marked active is the one the console connects with.</source>
        <translation>Die Konsole verbindet sich mit dem als aktiv markierten Profil.</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <source>Add a new profile</source>
        <translation>Ein neues Profil hinzufügen</translation>
    </message>
    <message>
        <source>Dup&amp;licate</source>
        <translation>Dupl&amp;izieren</translation>
    </message>
    <message>
        <source>Add a copy of the selected profile</source>
        <translation>Eine Kopie des ausgewählten Profils hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>&amp;Entfernen …</translation>
    </message>
    <message>
        <source>Remove the selected profile</source>
        <translation>Das ausgewählte Profil entfernen</translation>
    </message>
    <message>
        <source>Set acti&amp;ve</source>
        <translation>Als akti&amp;v festlegen</translation>
    </message>
    <message>
        <source>Connect with the selected profile</source>
        <translation>Mit dem ausgewählten Profil verbinden</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Profile name</source>
        <translation>Profilname</translation>
    </message>
    <message>
        <source>e.g. Production</source>
        <translation>z. B. Produktion</translation>
    </message>
    <message>
        <source>&amp;GraphQL endpoint:</source>
        <translation>&amp;GraphQL-Endpunkt:</translation>
    </message>
    <message>
        <source>GraphQL endpoint URL</source>
        <translation>URL des GraphQL-Endpunkts</translation>
    </message>
    <message>
        <source>https://api.example.com/graphql</source>
        <translation>https://api.example.com/graphql</translation>
    </message>
    <message>
        <source>To&amp;ken URL:</source>
        <translation>To&amp;ken-URL:</translation>
    </message>
    <message>
        <source>OAuth token URL</source>
        <translation>OAuth-Token-URL</translation>
    </message>
    <message>
        <source>Leave empty to use /oauth2/token on the endpoint&apos;s host.</source>
        <translation>Leer lassen, um /oauth2/token auf dem Host des Endpunkts zu verwenden.</translation>
    </message>
    <message>
        <source>&amp;Client id:</source>
        <translation>&amp;Client-ID:</translation>
    </message>
    <message>
        <source>OAuth client id</source>
        <translation>OAuth-Client-ID</translation>
    </message>
    <message>
        <source>Client s&amp;ecret:</source>
        <translation>Client-Sec&amp;ret:</translation>
    </message>
    <message>
        <source>OAuth client secret</source>
        <translation>OAuth-Client-Secret</translation>
    </message>
    <message>
        <source>System keychain</source>
        <translation>Schlüsselbund des Systems</translation>
    </message>
    <message>
        <source>&amp;Scopes:</source>
        <translation>&amp;Scopes:</translation>
    </message>
    <message>
        <source>Scopes</source>
        <translation>Scopes</translation>
    </message>
    <message>
        <source>Space-separated; leave empty for every scope of the client.</source>
        <translation>Durch Leerzeichen getrennt; leer lassen für alle Scopes des Clients.</translation>
    </message>
    <message>
        <source>Every scope of the client</source>
        <translation>Alle Scopes des Clients</translation>
    </message>
    <message>
        <source>Account la&amp;bel:</source>
        <translation>Konto&amp;bezeichnung:</translation>
    </message>
    <message>
        <source>Account label</source>
        <translation>Kontobezeichnung</translation>
    </message>
    <message>
        <source>Shown in the status bar</source>
        <translation>Wird in der Statusleiste angezeigt</translation>
    </message>
    <message>
        <source>Polling and notifications</source>
        <translation>Abfrage und Benachrichtigungen</translation>
    </message>
    <message>
        <source>P&amp;oll every:</source>
        <translation>Abfrage &amp;alle:</translation>
    </message>
    <message>
        <source>Poll interval in seconds</source>
        <translation>Abfrageintervall in Sekunden</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Notify about:</source>
        <translation>Benachrichtigen über:</translation>
    </message>
    <message>
        <source>New provider &amp;messages on watched cases</source>
        <translation>Neue Nachrichten des Anbieters zu beobachteten &amp;Fällen</translation>
    </message>
    <message>
        <source>New or changed P&amp;1/P2 incidents</source>
        <translation>Neue oder geänderte P&amp;1/P2-Störungen</translation>
    </message>
    <message>
        <source>Turn all notifications o&amp;ff</source>
        <translation>Alle Benachrichtigungen &amp;deaktivieren</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>Verbindung &amp;testen</translation>
    </message>
    <message>
        <source>Testing the connection</source>
        <translation>Verbindung wird getestet</translation>
    </message>
    <message>
        <source>Connection test result</source>
        <translation>Ergebnis des Verbindungstests</translation>
    </message>
    <message>
        <source>Case Repos&amp;itory…</source>
        <translation>Case Repositor&amp;y …</translation>
    </message>
    <message>
        <source>The profile&apos;s Case Repository and publishing of the case statuses</source>
        <translation>Das Case Repository des Profils und die Veröffentlichung der Fallstatus</translation>
    </message>
    <message>
        <source>Case Repository summary</source>
        <translation>Übersicht zum Case Repository</translation>
    </message>
    <message>
        <source>Problems with the settings</source>
        <translation>Probleme mit den Einstellungen</translation>
    </message>
    <message>
        <source>System keychain problem</source>
        <translation>Problem mit dem Schlüsselbund des Systems</translation>
    </message>
    <message>
        <source>&amp;Use this secret for this session only</source>
        <translation>Dieses Secret n&amp;ur für diese Sitzung verwenden</translation>
    </message>
    <message>
        <source>Could not connect. %1</source>
        <translation>Verbindung fehlgeschlagen. %1</translation>
    </message>
    <message>
        <source>New profile</source>
        <translation>Neues Profil</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (Kopie)</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(ohne Namen)</translation>
    </message>
    <message>
        <source>%1 (active)</source>
        <translation>%1 (aktiv)</translation>
    </message>
    <message>
        <source>%1, active profile</source>
        <translation>%1, aktives Profil</translation>
    </message>
    <message>
        <source>%1, needs attention</source>
        <translation>%1, erfordert Aufmerksamkeit</translation>
    </message>
    <message>
        <source>No Case Repository.</source>
        <translation>Kein Case Repository.</translation>
    </message>
    <message>
        <source>%1 as %2; publishing the case statuses.</source>
        <translation>%1 als %2; die Fallstatus werden veröffentlicht.</translation>
    </message>
    <message>
        <source>%1 as %2; not publishing.</source>
        <translation>%1 als %2; keine Veröffentlichung.</translation>
    </message>
    <message>
        <source>/oauth2/token on the endpoint&apos;s host</source>
        <translation>/oauth2/token auf dem Host des Endpunkts</translation>
    </message>
    <message>
        <source>Enter a name for the profile.</source>
        <translation>Geben Sie einen Namen für das Profil ein.</translation>
    </message>
    <message>
        <source>A profile name cannot contain “/” or “\”.</source>
        <translation>Ein Profilname darf weder „/“ noch „\“ enthalten.</translation>
    </message>
    <message>
        <source>Another profile is already called “%1”.</source>
        <translation>Es gibt bereits ein anderes Profil namens „%1“.</translation>
    </message>
    <message>
        <source>Enter the GraphQL endpoint URL.</source>
        <translation>Geben Sie die URL des GraphQL-Endpunkts ein.</translation>
    </message>
    <message>
        <source>GraphQL endpoint: %1</source>
        <translation>GraphQL-Endpunkt: %1</translation>
    </message>
    <message>
        <source>Token URL: %1</source>
        <translation>Token-URL: %1</translation>
    </message>
    <message>
        <source>Enter the client id.</source>
        <translation>Geben Sie die Client-ID ein.</translation>
    </message>
    <message>
        <source>Also fix: %1.</source>
        <translation>Außerdem korrigieren: %1.</translation>
    </message>
    <message>
        <source>Add a profile to connect to a provider.</source>
        <translation>Fügen Sie ein Profil hinzu, um sich mit einem Anbieter zu verbinden.</translation>
    </message>
    <message>
        <source>Remove profile</source>
        <translation>Profil entfernen</translation>
    </message>
    <message>
        <source>Remove the profile “%1”?</source>
        <translation>Das Profil „%1“ entfernen?</translation>
    </message>
    <message>
        <source>It leaves the settings when you click OK. Its client secret stays in the system keychain and its cached cases stay on this computer.</source>
        <translation>Es wird aus den Einstellungen entfernt, wenn Sie auf „OK“ klicken. Sein Client-Secret bleibt im Schlüsselbund des Systems, und seine zwischengespeicherten Fälle bleiben auf diesem Computer.</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Enter the endpoint and client id to see whether a secret is stored.</source>
        <translation>Geben Sie Endpunkt und Client-ID ein, um zu sehen, ob ein Secret gespeichert ist.</translation>
    </message>
    <message>
        <source>Checking the system keychain…</source>
        <translation>Schlüsselbund des Systems wird geprüft …</translation>
    </message>
    <message>
        <source>Enter the client secret</source>
        <translation>Geben Sie das Client-Secret ein</translation>
    </message>
    <message>
        <source>A secret is stored in the system keychain. Leave the field empty to keep it.</source>
        <translation>Im Schlüsselbund des Systems ist ein Secret gespeichert. Lassen Sie das Feld leer, um es beizubehalten.</translation>
    </message>
    <message>
        <source>Stored in the system keychain</source>
        <translation>Im Schlüsselbund des Systems gespeichert</translation>
    </message>
    <message>
        <source>A demo client of the local sandbox: its public secret is built in.</source>
        <translation>Ein Demo-Client der lokalen Sandbox: Sein öffentliches Secret ist eingebaut.</translation>
    </message>
    <message>
        <source>Not needed for the sandbox demo</source>
        <translation>Für die Sandbox-Demo nicht erforderlich</translation>
    </message>
    <message>
        <source>No secret is stored in the system keychain for this client id and token URL.</source>
        <translation>Für diese Client-ID und Token-URL ist kein Secret im Schlüsselbund des Systems gespeichert.</translation>
    </message>
    <message>
        <source>Test cancelled.</source>
        <translation>Test abgebrochen.</translation>
    </message>
    <message>
        <source>Cancel &amp;test</source>
        <translation>&amp;Test abbrechen</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Verbindung zu %1 wird hergestellt …</translation>
    </message>
    <message>
        <source>The client secret could not be saved in the system keychain. %1
The settings have not been saved yet.</source>
        <translation>Das Client-Secret konnte nicht im Schlüsselbund des Systems gespeichert werden. %1
Die Einstellungen wurden noch nicht gespeichert.</translation>
    </message>
    <message>
        <source>Cases without a priorit&amp;y:</source>
        <translation>Fälle &amp;ohne Priorität:</translation>
    </message>
    <message>
        <source>Priority of cases the provider gives none</source>
        <translation>Priorität von Fällen, denen der Anbieter keine zuweist</translation>
    </message>
    <message>
        <source>A provider that reports no priorities: what its cases count as in the priority filter.</source>
        <translation>Bei einem Anbieter, der keine Prioritäten liefert: als was seine Fälle im Prioritätsfilter gelten.</translation>
    </message>
    <message>
        <source>The provider&apos;s words</source>
        <translation>Begriffe des Anbieters</translation>
    </message>
    <message>
        <source>Communication types of our own messages</source>
        <translation>Kommunikationstypen unserer eigenen Nachrichten</translation>
    </message>
    <message>
        <source>Comma-separated; empty uses what the console learned from its own messages, or its default table</source>
        <translation>Durch Kommas getrennt; leer: was die Konsole aus ihren eigenen Nachrichten gelernt hat, sonst ihre Standardtabelle</translation>
    </message>
    <message>
        <source>Close&amp;d statuses:</source>
        <translation>Gesch&amp;lossene Status:</translation>
    </message>
    <message>
        <source>Case statuses that count as closed</source>
        <translation>Fallstatus, die als geschlossen gelten</translation>
    </message>
    <message>
        <source>Comma-separated; empty uses the default table</source>
        <translation>Durch Kommas getrennt; leer: die Standardtabelle</translation>
    </message>
    <message>
        <source>The case type&apos;s default</source>
        <translation>Standard des Falltyps</translation>
    </message>
    <message>
        <source>Learned: %1</source>
        <translation>Gelernt: %1</translation>
    </message>
    <message>
        <source>Default: %1</source>
        <translation>Standard: %1</translation>
    </message>
    <message>
        <source>State the c&amp;hosen priority in a new case&apos;s first line when the provider sets its own</source>
        <translation>Gewählte Priorität in der ersten &amp;Zeile eines neuen Falls angeben, wenn der Anbieter sie selbst festlegt</translation>
    </message>
    <message>
        <source>Our messages&apos; type &amp;words:</source>
        <translation>Ko&amp;mmunikationstypen eigener Nachrichten:</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Darstellung</translation>
    </message>
    <message>
        <source>Theme:</source>
        <translation>Farbschema:</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Farbschema</translation>
    </message>
    <message>
        <source>The colours of every window, for every profile: applied and kept as soon as chosen.</source>
        <translation>Die Farben aller Fenster für alle Profile: sofort nach der Auswahl angewendet und beibehalten.</translation>
    </message>
    <message>
        <source>Sound an alarm for new P1 incidents</source>
        <translation>Bei neuen P1-Störungen einen Alarmton abspielen</translation>
    </message>
    <message>
        <source>Every 30 seconds until the alarm is acknowledged (Ctrl+Shift+A)</source>
        <translation>Alle 30 Sekunden, bis der Alarm quittiert wird (Ctrl+Shift+A)</translation>
    </message>
    <message>
        <source>SLA targets…</source>
        <translation>SLA-Ziele…</translation>
    </message>
    <message>
        <source>The profile&apos;s SLA targets per priority, when the clocks pause, and the notification before a breach</source>
        <translation>Die SLA-Ziele des Profils je Priorität, wann die Uhren pausieren und die Benachrichtigung vor einer Verletzung</translation>
    </message>
    <message>
        <source>SLA targets summary</source>
        <translation>Übersicht der SLA-Ziele</translation>
    </message>
</context>
<context>
    <name>SlaLabels</name>
    <message>
        <source>%1 d</source>
        <translation>%1 T</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 Std.</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1: “%2” is not a duration up to 366 days; write for example 15 min, 4 h, 1 d, or leave it empty for none.</source>
        <translation>%1: „%2“ ist keine Dauer bis zu 366 Tagen; schreiben Sie zum Beispiel 15 min, 4 h, 1 d, oder lassen Sie das Feld für keine leer.</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Läuft</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Pausiert</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>Eingehalten</translation>
    </message>
    <message>
        <source>Breached</source>
        <translation>Verletzt</translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation>%1 übrig</translation>
    </message>
    <message>
        <source>paused, %1 left</source>
        <translation>pausiert, %1 übrig</translation>
    </message>
    <message>
        <source>met in %1</source>
        <translation>eingehalten in %1</translation>
    </message>
    <message>
        <source>%1 over</source>
        <translation>%1 drüber</translation>
    </message>
    <message>
        <source>Waiting on provider</source>
        <translation>Wartet auf Anbieter</translation>
    </message>
    <message>
        <source>Waiting on us</source>
        <translation>Wartet auf uns</translation>
    </message>
    <message>
        <source>First response</source>
        <translation>Erste Antwort</translation>
    </message>
    <message>
        <source>Provider&apos;s silence</source>
        <translation>Schweigen des Anbieters</translation>
    </message>
    <message>
        <source>Time to restore</source>
        <translation>Zeit bis zur Wiederherstellung</translation>
    </message>
    <message>
        <source>%1 · %2 of %3</source>
        <translation>%1 · %2 von %3</translation>
    </message>
    <message>
        <source>%1, due %2</source>
        <translation>%1, fällig %2</translation>
    </message>
    <message>
        <source>%1, stopped %2</source>
        <translation>%1, gestoppt %2</translation>
    </message>
    <message>
        <source>Turn</source>
        <translation>Am Zug</translation>
    </message>
    <message>
        <source>%1 since %2</source>
        <translation>%1 seit %2</translation>
    </message>
</context>
<context>
    <name>SlaTargetsDialog</name>
    <message>
        <source>SLA targets</source>
        <translation>SLA-Ziele</translation>
    </message>
    <message>
        <source>The contract&apos;s targets for this profile, per priority: 15 min, 4 h, 1 d, 1 h 30 min. Empty: no target.</source>
        <translation>Die Ziele des Vertrags für dieses Profil, je Priorität: 15 min, 4 h, 1 d, 1 h 30 min. Leer: kein Ziel.</translation>
    </message>
    <message>
        <source>Targets</source>
        <translation>Ziele</translation>
    </message>
    <message>
        <source>First response</source>
        <translation>Erste Antwort</translation>
    </message>
    <message>
        <source>Longest silence while open</source>
        <translation>Längstes Schweigen, solange offen</translation>
    </message>
    <message>
        <source>Time to restore (incidents)</source>
        <translation>Zeit bis zur Wiederherstellung (Störungen)</translation>
    </message>
    <message>
        <source>P&amp;1:</source>
        <translation>P&amp;1:</translation>
    </message>
    <message>
        <source>P1 first response</source>
        <translation>P1 Erste Antwort</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>P1 longest silence while open</source>
        <translation>P1 längstes Schweigen, solange offen</translation>
    </message>
    <message>
        <source>P1 time to restore (incidents)</source>
        <translation>P1 Zeit bis zur Wiederherstellung (Störungen)</translation>
    </message>
    <message>
        <source>P&amp;2:</source>
        <translation>P&amp;2:</translation>
    </message>
    <message>
        <source>P2 first response</source>
        <translation>P2 Erste Antwort</translation>
    </message>
    <message>
        <source>P2 longest silence while open</source>
        <translation>P2 längstes Schweigen, solange offen</translation>
    </message>
    <message>
        <source>P2 time to restore (incidents)</source>
        <translation>P2 Zeit bis zur Wiederherstellung (Störungen)</translation>
    </message>
    <message>
        <source>P&amp;3:</source>
        <translation>P&amp;3:</translation>
    </message>
    <message>
        <source>P3 first response</source>
        <translation>P3 Erste Antwort</translation>
    </message>
    <message>
        <source>P3 longest silence while open</source>
        <translation>P3 längstes Schweigen, solange offen</translation>
    </message>
    <message>
        <source>P3 time to restore (incidents)</source>
        <translation>P3 Zeit bis zur Wiederherstellung (Störungen)</translation>
    </message>
    <message>
        <source>P&amp;4:</source>
        <translation>P&amp;4:</translation>
    </message>
    <message>
        <source>P4 first response</source>
        <translation>P4 Erste Antwort</translation>
    </message>
    <message>
        <source>P4 longest silence while open</source>
        <translation>P4 längstes Schweigen, solange offen</translation>
    </message>
    <message>
        <source>P4 time to restore (incidents)</source>
        <translation>P4 Zeit bis zur Wiederherstellung (Störungen)</translation>
    </message>
    <message>
        <source>P&amp;5:</source>
        <translation>P&amp;5:</translation>
    </message>
    <message>
        <source>P5 first response</source>
        <translation>P5 Erste Antwort</translation>
    </message>
    <message>
        <source>P5 longest silence while open</source>
        <translation>P5 längstes Schweigen, solange offen</translation>
    </message>
    <message>
        <source>P5 time to restore (incidents)</source>
        <translation>P5 Zeit bis zur Wiederherstellung (Störungen)</translation>
    </message>
    <message>
        <source>The clocks pause</source>
        <translation>Die Uhren pausieren</translation>
    </message>
    <message>
        <source>While the status says the provider &amp;waits on us (Pending customer)</source>
        <translation>Solange der Status sagt, dass der Anbieter auf uns &amp;wartet (Pending customer)</translation>
    </message>
    <message>
        <source>While the case is on &amp;hold</source>
        <translation>Solange der Fall &amp;zurückgestellt ist</translation>
    </message>
    <message>
        <source>From a provider message that asks us &amp;something until our reply</source>
        <translation>Ab einer Nachricht des Anbieters, die uns etwas &amp;fragt, bis zu unserer Antwort</translation>
    </message>
    <message>
        <source>&amp;Notify before a breach:</source>
        <translation>Vor einer Verletzung &amp;benachrichtigen:</translation>
    </message>
    <message>
        <source>Notify this long before a breach</source>
        <translation>So lange vor einer Verletzung benachrichtigen</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>Watched cases and P1/P2: a notification this long before a clock&apos;s target is reached. Empty: none.</source>
        <translation>Beobachtete Fälle und P1/P2: eine Benachrichtigung so lange, bevor das Ziel einer Uhr erreicht ist. Leer: keine.</translation>
    </message>
    <message>
        <source>Problems with the targets</source>
        <translation>Probleme mit den Zielen</translation>
    </message>
    <message>
        <source>P1: %1 to respond, %2 of silence, %3 to restore.</source>
        <translation>P1: %1 bis zur Antwort, %2 Schweigen, %3 bis zur Wiederherstellung.</translation>
    </message>
</context>
<context>
    <name>Theme</name>
    <message>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
</context>
<context>
    <name>ThreadFindBar</name>
    <message>
        <source>Find in this thread</source>
        <translation>In diesem Verlauf suchen</translation>
    </message>
    <message>
        <source>No match</source>
        <translation>Kein Treffer</translation>
    </message>
    <message>
        <source>Previous match (Shift+F3)</source>
        <translation>Vorheriger Treffer (Umschalt+F3)</translation>
    </message>
    <message>
        <source>Next match (F3)</source>
        <translation>Nächster Treffer (F3)</translation>
    </message>
    <message>
        <source>Close the find bar (Esc)</source>
        <translation>Suchleiste schließen (Esc)</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
</context>
<context>
    <name>ThreadPaneSwitch</name>
    <message>
        <source>Show &amp;Timeline</source>
        <translation>Zeitleis&amp;te anzeigen</translation>
    </message>
    <message>
        <source>Thread</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Zeitleiste</translation>
    </message>
    <message>
        <source>The open case&apos;s history in one list, with its outage (Ctrl+Shift+T)</source>
        <translation>Der Verlauf des offenen Falls in einer Liste, mit seinem Ausfall (Ctrl+Shift+T)</translation>
    </message>
    <message>
        <source>Show the open case&apos;s history in one list, with its outage</source>
        <translation>Die Geschichte des offenen Falls in einer Liste zeigen, mit seinem Ausfall</translation>
    </message>
</context>
<context>
    <name>ThreadView</name>
    <message>
        <source>Case thread</source>
        <translation>Fallverlauf</translation>
    </message>
    <message>
        <source>Select a case to read its thread.</source>
        <translation>Wählen Sie einen Fall aus, um seinen Verlauf zu lesen.</translation>
    </message>
    <message>
        <source>%1 (%2) · updated %3</source>
        <translation>%1 (%2) · aktualisiert %3</translation>
    </message>
    <message>
        <source>open</source>
        <translation>offen</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>geschlossen</translation>
    </message>
    <message>
        <source>Not published: %1</source>
        <translation>Nicht veröffentlicht: %1</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Looking up…</source>
        <translation>Wird nachgeschlagen …</translation>
    </message>
    <message>
        <source>Not published yet</source>
        <translation>Noch nicht veröffentlicht</translation>
    </message>
    <message>
        <source>Not published (closed before publishing began)</source>
        <translation>Nicht veröffentlicht (geschlossen, bevor die Veröffentlichung begann)</translation>
    </message>
    <message>
        <source>Find in &amp;Thread…</source>
        <translation>Im Verlauf such&amp;en…</translation>
    </message>
    <message>
        <source>Next &amp;Match</source>
        <translation>Nächster &amp;Treffer</translation>
    </message>
    <message>
        <source>Pre&amp;vious Match</source>
        <translation>Vor&amp;heriger Treffer</translation>
    </message>
    <message>
        <source>First &amp;New Message</source>
        <translation>Erste &amp;neue Nachricht</translation>
    </message>
    <message>
        <source>&amp;Latest Message</source>
        <translation>Letzte Nachr&amp;icht</translation>
    </message>
    <message>
        <source>Copy &amp;Message</source>
        <translation>&amp;Nachricht kopieren</translation>
    </message>
    <message>
        <source>Copy Case &amp;Id</source>
        <translation>Fall-&amp;ID kopieren</translation>
    </message>
    <message>
        <source>Ne&amp;west First in Thread</source>
        <translation>Neueste &amp;zuerst im Verlauf</translation>
    </message>
    <message>
        <source>Collaps&amp;e Status Updates</source>
        <translation>Statusaktualisierungen ein&amp;klappen</translation>
    </message>
    <message>
        <source>Send &amp;Again: “%1”</source>
        <translation>Erneut sen&amp;den: „%1“</translation>
    </message>
    <message>
        <source>Back to the &amp;Draft: “%1”</source>
        <translation>Zurü&amp;ck zum Entwurf: „%1“</translation>
    </message>
    <message>
        <source>RFO requested</source>
        <translation>RFO angefordert</translation>
    </message>
    <message>
        <source>RFO for</source>
        <translation>RFO für</translation>
    </message>
    <message>
        <source>&amp;Open %1 (%2)</source>
        <translation>%1 (%2) ö&amp;ffnen</translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <source>Timeline of the open case</source>
        <translation>Zeitleiste des offenen Falls</translation>
    </message>
    <message>
        <source>%1 d %2 h %3 min</source>
        <translation>%1 T %2 Std. %3 min</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>No case is open.</source>
        <translation>Kein Fall ist geöffnet.</translation>
    </message>
    <message>
        <source>%1: no outage is counted (not an incident, or no start known).</source>
        <translation>%1: Es wird kein Ausfall gezählt (keine Störung oder kein Beginn bekannt).</translation>
    </message>
    <message>
        <source>%1: outage ongoing for %2, since %3</source>
        <translation>%1: Ausfall dauert seit %2 an, seit %3</translation>
    </message>
    <message>
        <source>%1: outage %2, from %3 to %4</source>
        <translation>%1: Ausfall %2, von %3 bis %4</translation>
    </message>
    <message>
        <source>The selected timeline entry</source>
        <translation>Der gewählte Eintrag der Zeitleiste</translation>
    </message>
    <message>
        <source>Select an entry to read it whole.</source>
        <translation>Einen Eintrag wählen, um ihn ganz zu lesen.</translation>
    </message>
</context>
<context>
    <name>TokenProvider</name>
    <message>
        <source>No client id or client secret is set for this profile.</source>
        <translation>Für dieses Profil sind keine Client-ID oder kein Client-Secret festgelegt.</translation>
    </message>
    <message>
        <source>The token answer carries no access_token.</source>
        <translation>Die Token-Antwort enthält kein access_token.</translation>
    </message>
</context>
<context>
    <name>UrlPolicy</name>
    <message>
        <source>“%1” is not a valid server address.</source>
        <translation>„%1“ ist keine gültige Serveradresse.</translation>
    </message>
    <message>
        <source>Plain http is only allowed to this computer; use https for %1.</source>
        <translation>Unverschlüsseltes http ist nur zu diesem Computer erlaubt; verwenden Sie https für %1.</translation>
    </message>
    <message>
        <source>Unsupported address scheme “%1”.</source>
        <translation>Nicht unterstütztes Adressschema „%1“.</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Welcome</source>
        <translation>Willkommen</translation>
    </message>
    <message>
        <source>Welcome to Case Console</source>
        <translation>Willkommen bei Case Console</translation>
    </message>
    <message>
        <source>Case Console shows your provider&apos;s support cases with their whole conversations, marks what changed since you last looked, and keeps a copy on this computer for reading offline. Connect it to your provider&apos;s case API with the OAuth client your provider gave you, or look around first with the sandbox&apos;s demo account.</source>
        <translation>Case Console zeigt die Supportfälle Ihres Anbieters mit dem gesamten Nachrichtenverlauf an, markiert, was sich seit Ihrem letzten Besuch geändert hat, und speichert eine Kopie auf diesem Computer, damit Sie auch offline lesen können. Verbinden Sie die Konsole über den OAuth-Client, den Ihnen Ihr Anbieter bereitgestellt hat, mit dessen Fall-API, oder sehen Sie sich zunächst mit dem Demo-Konto der Sandbox um.</translation>
    </message>
    <message>
        <source>&amp;Set up a connection…</source>
        <translation>Verbindung &amp;einrichten …</translation>
    </message>
    <message>
        <source>Enter your provider&apos;s GraphQL endpoint and OAuth client. The client secret is kept in the system keychain.</source>
        <translation>Geben Sie den GraphQL-Endpunkt und den OAuth-Client Ihres Anbieters ein. Das Client-Secret wird im Schlüsselbund des Systems aufbewahrt.</translation>
    </message>
    <message>
        <source>&amp;Try the sandbox demo</source>
        <translation>Sandbox-Demo &amp;ausprobieren</translation>
    </message>
    <message>
        <source>Starts the local sandbox server with a demo account and about 60 cases. Nothing leaves this computer.</source>
        <translation>Startet den lokalen Sandbox-Server mit einem Demo-Konto und etwa 60 Fällen. Es verlassen keine Daten diesen Computer.</translation>
    </message>
    <message>
        <source>The demo needs Node.js 20 or later.</source>
        <translation>Die Demo benötigt Node.js 20 oder neuer.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Desktop console for network-service support cases.</source>
        <translation>Desktop-Konsole für Supportfälle zu Netzwerkdiensten.</translation>
    </message>
    <message>
        <source>Use a saved profile (default: the active one).</source>
        <translation>Ein gespeichertes Profil verwenden (Standard: das aktive).</translation>
    </message>
    <message>
        <source>GraphQL endpoint URL (instead of a profile).</source>
        <translation>URL des GraphQL-Endpunkts (anstelle eines Profils).</translation>
    </message>
    <message>
        <source>OAuth token URL (default: &lt;endpoint host&gt;/oauth2/token).</source>
        <translation>OAuth-Token-URL (Standard: &lt;Endpunkt-Host&gt;/oauth2/token).</translation>
    </message>
    <message>
        <source>OAuth client id.</source>
        <translation>OAuth-Client-ID.</translation>
    </message>
    <message>
        <source>OAuth scopes, space-separated (default: all).</source>
        <translation>OAuth-Scopes, durch Leerzeichen getrennt (Standard: alle).</translation>
    </message>
    <message>
        <source>Seconds between polls, at least 5 (default: 60).</source>
        <translation>Sekunden zwischen den Abfragen, mindestens 5 (Standard: 60).</translation>
    </message>
    <message>
        <source>Save the main window to &lt;file&gt; after the first poll, then quit.</source>
        <translation>Das Hauptfenster nach der ersten Abfrage in &lt;file&gt; speichern und dann beenden.</translation>
    </message>
    <message>
        <source>Start the local sandbox server (Node.js 20) with demo data and use it.</source>
        <translation>Den lokalen Sandbox-Server (Node.js 20) mit Demodaten starten und verwenden.</translation>
    </message>
    <message>
        <source>--poll-interval takes at least 5 seconds</source>
        <translation>--poll-interval erwartet mindestens 5 Sekunden</translation>
    </message>
    <message>
        <source>--sandbox cannot be combined with --profile, --endpoint or --client-id</source>
        <translation>--sandbox kann nicht mit --profile, --endpoint oder --client-id kombiniert werden</translation>
    </message>
    <message>
        <source>--endpoint and --client-id go together</source>
        <translation>--endpoint und --client-id gehören zusammen</translation>
    </message>
    <message>
        <source>no profile named &apos;%1&apos;</source>
        <translation>kein Profil namens „%1“</translation>
    </message>
    <message>
        <source>The language of the window (de, nl, pl or en; default: the system&apos;s).</source>
        <translation>Die Sprache des Fensters (de, nl, pl oder en; Standard: die des Systems).</translation>
    </message>
    <message>
        <source>With --sandbox: answer as another provider might, where the provider&apos;s article leaves it open: the schema (full or documented) and the words (sandbox or plain), e.g. documented,plain.</source>
        <translation>Mit --sandbox: so antworten, wie ein anderer Anbieter es könnte, wo der Artikel des Anbieters es offenlässt: das Schema (full oder documented) und die Begriffe (sandbox oder plain), z. B. documented,plain.</translation>
    </message>
    <message>
        <source>--sandbox-provider goes with --sandbox</source>
        <translation>--sandbox-provider gehört zu --sandbox</translation>
    </message>
    <message>
        <source>--sandbox-provider takes full or documented, and sandbox or plain (e.g. documented,plain), not &apos;%1&apos;</source>
        <translation>--sandbox-provider erwartet full oder documented sowie sandbox oder plain (z. B. documented,plain), nicht „%1“</translation>
    </message>
</context>
</TS>
