<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
<context>
    <name>ApiError</name>
    <message>
        <source>The provider refused the request (HC0011). For an incident, both the start and the end of the incident must be given.</source>
        <translation>De leverancier heeft het verzoek geweigerd (HC0011). Bij een storing moeten zowel het begin als het einde van de storing worden opgegeven.</translation>
    </message>
    <message>
        <source>The provider rejected the request as invalid: %1. The console and the provider&apos;s API may be out of step; report this.</source>
        <translation>De leverancier heeft het verzoek als ongeldig afgewezen: %1. De console en de API van de leverancier lopen mogelijk niet gelijk; meld dit.</translation>
    </message>
    <message>
        <source>The request reached the provider without a query. This is a defect in the console; please report it.</source>
        <translation>Het verzoek bereikte de leverancier zonder query. Dit is een fout in de console; meld dit.</translation>
    </message>
    <message>
        <source>A value in the request has the wrong form: %1</source>
        <translation>Een waarde in het verzoek heeft een verkeerde vorm: %1</translation>
    </message>
    <message>
        <source>A required value is missing from the request: %1</source>
        <translation>Er ontbreekt een verplichte waarde in het verzoek: %1</translation>
    </message>
    <message>
        <source>The provider failed while handling the request; trying again later may help.</source>
        <translation>De leverancier kreeg een fout bij het verwerken van het verzoek; later opnieuw proberen kan helpen.</translation>
    </message>
    <message>
        <source>The provider did not accept the access token. Check the client id and secret in the profile settings.</source>
        <translation>De leverancier heeft het toegangstoken niet geaccepteerd. Controleer de client-ID en het clientgeheim in de profielinstellingen.</translation>
    </message>
    <message>
        <source>These credentials are not allowed to do this. Ask the provider for a client with the needed scope (for example customerapi/support.read-write).</source>
        <translation>Met deze aanmeldgegevens is dit niet toegestaan. Vraag de leverancier om een client met de benodigde scope (bijvoorbeeld customerapi/support.read-write).</translation>
    </message>
    <message>
        <source>The provider refused a value: %1</source>
        <translation>De leverancier heeft een waarde geweigerd: %1</translation>
    </message>
    <message>
        <source>The provider does not know this case type. Choose Incident or General request.</source>
        <translation>De leverancier kent dit meldingstype niet. Kies Storing of Algemeen verzoek.</translation>
    </message>
    <message>
        <source>This subject is not allowed for the case type. Choose one of the subjects the form offers.</source>
        <translation>Dit onderwerp is niet toegestaan voor het meldingstype. Kies een van de onderwerpen die het formulier aanbiedt.</translation>
    </message>
    <message>
        <source>This priority is not allowed for the case type (general requests take P3 to P5).</source>
        <translation>Deze prioriteit is niet toegestaan voor het meldingstype (algemene verzoeken hebben P3 tot en met P5).</translation>
    </message>
    <message>
        <source>A date is not in a form the provider accepts. Check the start and end of the incident.</source>
        <translation>Een datum heeft een vorm die de leverancier niet accepteert. Controleer het begin en het einde van de storing.</translation>
    </message>
    <message>
        <source>The end of the incident is before its start. Correct one of them.</source>
        <translation>Het einde van de storing ligt vóór het begin. Corrigeer een van beide.</translation>
    </message>
    <message>
        <source>The provider does not know this service. Refresh the account&apos;s services and choose again.</source>
        <translation>De leverancier kent deze dienst niet. Vernieuw de diensten van het account en kies opnieuw.</translation>
    </message>
    <message>
        <source>The provider does not know this case. Refresh the case list.</source>
        <translation>De leverancier kent deze melding niet. Vernieuw de lijst met meldingen.</translation>
    </message>
    <message>
        <source>This case is closed and takes no more replies. Open a new case instead.</source>
        <translation>Deze melding is gesloten en accepteert geen antwoorden meer. Maak in plaats daarvan een nieuwe melding aan.</translation>
    </message>
    <message>
        <source>The server did not accept the credentials. Check the client id and secret in the profile settings.</source>
        <translation>De server heeft de aanmeldgegevens niet geaccepteerd. Controleer de client-ID en het clientgeheim in de profielinstellingen.</translation>
    </message>
    <message>
        <source>This client may not use client credentials. Ask the provider to enable it.</source>
        <translation>Deze client mag geen client credentials gebruiken. Vraag de leverancier om dit in te schakelen.</translation>
    </message>
    <message>
        <source>The client is not allowed the requested scopes. Remove the scopes from the profile, or ask the provider to grant them.</source>
        <translation>De client heeft geen recht op de gevraagde scopes. Verwijder de scopes uit het profiel, of vraag de leverancier om ze toe te kennen.</translation>
    </message>
    <message>
        <source>The token server refused the request: %1. Check the token URL.</source>
        <translation>De tokenserver heeft het verzoek geweigerd: %1. Controleer de token-URL.</translation>
    </message>
    <message>
        <source>The token server does not offer client credentials. Check the token URL.</source>
        <translation>De tokenserver biedt geen client credentials aan. Controleer de token-URL.</translation>
    </message>
    <message>
        <source>The token server refused the grant. Check the client id and secret.</source>
        <translation>De tokenserver heeft de toekenning geweigerd. Controleer de client-ID en het clientgeheim.</translation>
    </message>
    <message>
        <source>Cannot reach the server. Check your network or VPN connection.</source>
        <translation>Kan de server niet bereiken. Controleer uw netwerk- of VPN-verbinding.</translation>
    </message>
    <message>
        <source>The server did not answer in time; if this persists, the provider may be having trouble.</source>
        <translation>De server antwoordde niet op tijd; als dit aanhoudt, heeft de leverancier mogelijk problemen.</translation>
    </message>
    <message>
        <source>The server had a problem handling the request; trying again later may help.</source>
        <translation>De server had een probleem bij het verwerken van het verzoek; later opnieuw proberen kan helpen.</translation>
    </message>
    <message>
        <source>The server sent an answer that cannot be read; if this persists, report it to the provider.</source>
        <translation>De server stuurde een antwoord dat niet te lezen is; als dit aanhoudt, meld het dan aan de leverancier.</translation>
    </message>
    <message>
        <source>The server asks for fewer requests for a while (rate limit).</source>
        <translation>De server vraagt een tijdje om minder verzoeken (limiet bereikt).</translation>
    </message>
    <message>
        <source>The server address was not found. Check the endpoint URL in the profile settings.</source>
        <translation>Het serveradres is niet gevonden. Controleer de eindpunt-URL in de profielinstellingen.</translation>
    </message>
    <message>
        <source>The server answered with HTTP status %1.</source>
        <translation>De server antwoordde met HTTP-status %1.</translation>
    </message>
    <message>
        <source>The server refused the request.</source>
        <translation>De server heeft het verzoek geweigerd.</translation>
    </message>
    <message>
        <source>The server refused the request: %1</source>
        <translation>De server heeft het verzoek geweigerd: %1</translation>
    </message>
    <message>
        <source>The provider does not have %1. The console has adapted and no longer asks for it; try again.</source>
        <translation>De leverancier kent %1 niet. De console heeft zich aangepast en vraagt er niet meer om; probeer het opnieuw.</translation>
    </message>
    <message>
        <source>The provider does not have %1, which the console cannot do without (it is part of the provider&apos;s documented API); report this to the provider.</source>
        <translation>De leverancier kent %1 niet, terwijl de console daar niet zonder kan (het hoort bij de gedocumenteerde API van de leverancier); meld dit aan de leverancier.</translation>
    </message>
</context>
<context>
    <name>CaseClipboardText</name>
    <message>
        <source>Priority: %1</source>
        <translation>Prioriteit: %1</translation>
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
        <translation>Locatie: %1</translation>
    </message>
    <message>
        <source>Created: %1</source>
        <translation>Aangemaakt: %1</translation>
    </message>
    <message>
        <source>Last modified: %1</source>
        <translation>Laatst gewijzigd: %1</translation>
    </message>
    <message>
        <source>Your reference: %1</source>
        <translation>Uw referentie: %1</translation>
    </message>
    <message>
        <source>Last message: %1</source>
        <translation>Laatste bericht: %1</translation>
    </message>
</context>
<context>
    <name>CaseDraft</name>
    <message>
        <source>Choose a case type.</source>
        <translation>Kies een meldingstype.</translation>
    </message>
    <message>
        <source>Choose a priority allowed for this type (%1).</source>
        <translation>Kies een prioriteit die voor dit type is toegestaan (%1).</translation>
    </message>
    <message>
        <source>Choose a subject for this type.</source>
        <translation>Kies een onderwerp voor dit type.</translation>
    </message>
    <message>
        <source>Give the start of the incident.</source>
        <translation>Geef het begin van de storing op.</translation>
    </message>
    <message>
        <source>The end of the incident cannot be before its start.</source>
        <translation>Het einde van de storing kan niet vóór het begin liggen.</translation>
    </message>
    <message>
        <source>Choose the service the case is about.</source>
        <translation>Kies de dienst waarover de melding gaat.</translation>
    </message>
    <message>
        <source>Describe the problem or request.</source>
        <translation>Beschrijf het probleem of het verzoek.</translation>
    </message>
    <message>
        <source>The start of the incident is in the future (%1): give the time it began (a clock up to %2 minutes fast is allowed for).</source>
        <translation>Het begin van de storing ligt in de toekomst (%1): geef de tijd waarop ze begon (een klok die tot %2 minuten voorloopt, is toegestaan).</translation>
    </message>
</context>
<context>
    <name>CaseFilterBar</name>
    <message>
        <source>&amp;Unread only</source>
        <translation>Alleen &amp;ongelezen</translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation>Statusfilter</translation>
    </message>
    <message>
        <source>Type filter</source>
        <translation>Typefilter</translation>
    </message>
    <message>
        <source>Any type</source>
        <translation>Elk type</translation>
    </message>
    <message>
        <source>Priority filter</source>
        <translation>Prioriteitsfilter</translation>
    </message>
    <message>
        <source>Any priority</source>
        <translation>Elke prioriteit</translation>
    </message>
    <message>
        <source>Service filter</source>
        <translation>Dienstfilter</translation>
    </message>
    <message>
        <source>All open statuses</source>
        <translation>Alle open statussen</translation>
    </message>
    <message>
        <source>P1 and P2</source>
        <translation>P1 en P2</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>S&amp;tatus:</translation>
    </message>
    <message>
        <source>T&amp;ype:</source>
        <translation>T&amp;ype:</translation>
    </message>
    <message>
        <source>&amp;Priority:</source>
        <translation>&amp;Prioriteit:</translation>
    </message>
    <message>
        <source>S&amp;ervice:</source>
        <translation>D&amp;ienst:</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Alle statussen</translation>
    </message>
    <message>
        <source>All services</source>
        <translation>Alle diensten</translation>
    </message>
</context>
<context>
    <name>CaseJson</name>
    <message>
        <source>unreadable date in %1: “%2”</source>
        <translation>onleesbare datum in %1: “%2”</translation>
    </message>
    <message>
        <source>a case without an id</source>
        <translation>een melding zonder ID</translation>
    </message>
</context>
<context>
    <name>CaseLabels</name>
    <message>
        <source>New</source>
        <translation>Nieuw</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>In behandeling</translation>
    </message>
    <message>
        <source>Pending customer</source>
        <translation>Wacht op klant</translation>
    </message>
    <message>
        <source>On hold</source>
        <translation>In de wacht</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Opgelost</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Gesloten</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Geannuleerd</translation>
    </message>
    <message>
        <source>API</source>
        <translation>API</translation>
    </message>
    <message>
        <source>Proactive (provider)</source>
        <translation>Proactief (leverancier)</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 d %2 u</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 u %2 min</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>Portal</source>
        <translation>Portaal</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefoon</translation>
    </message>
    <message>
        <source>%1 (site %2)</source>
        <translation>%1 (op locatie %2)</translation>
    </message>
</context>
<context>
    <name>CaseListMenu</name>
    <message>
        <source>&amp;Open</source>
        <translation>O&amp;penen</translation>
    </message>
    <message>
        <source>Copy Case &amp;Id</source>
        <translation>Meldings-&amp;ID kopiëren</translation>
    </message>
    <message>
        <source>Copy &amp;Summary</source>
        <translation>&amp;Samenvatting kopiëren</translation>
    </message>
    <message>
        <source>Copied %1.</source>
        <translation>%1 gekopieerd.</translation>
    </message>
    <message>
        <source>Copied the summary of %1.</source>
        <translation>Samenvatting van %1 gekopieerd.</translation>
    </message>
</context>
<context>
    <name>CaseListModel</name>
    <message>
        <source>%1 (%2 new)</source>
        <translation>%1 (%2 nieuw)</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Melding</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Onderwerp</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Prioriteit</translation>
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
        <translation>Locatie</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referentie</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Aangemaakt</translation>
    </message>
    <message>
        <source>Last modified</source>
        <translation>Laatst gewijzigd</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Leeftijd</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Berichten</translation>
    </message>
    <message>
        <source>Next breach</source>
        <translation>Volgende overschrijding</translation>
    </message>
    <message>
        <source>Turn</source>
        <translation>Aan zet</translation>
    </message>
    <message>
        <source>First response</source>
        <translation>Eerste reactie</translation>
    </message>
    <message>
        <source>Provider&apos;s silence</source>
        <translation>Stilte van leverancier</translation>
    </message>
    <message>
        <source>Time to restore</source>
        <translation>Hersteltijd</translation>
    </message>
    <message>
        <source>%1: %2, %3 (target %4)</source>
        <translation>%1: %2, %3 (doel %4)</translation>
    </message>
    <message>
        <source>%1 since %2</source>
        <translation>%1 sinds %2</translation>
    </message>
</context>
<context>
    <name>CaseListView</name>
    <message>
        <source>Cases</source>
        <translation>Meldingen</translation>
    </message>
    <message>
        <source>Col&amp;umns…</source>
        <translation>Kolomm&amp;en…</translation>
    </message>
    <message>
        <source>Choose the columns of the case list</source>
        <translation>De kolommen van de lijst met meldingen kiezen</translation>
    </message>
    <message>
        <source>Comp&amp;act Rows</source>
        <translation>&amp;Compacte rijen</translation>
    </message>
    <message>
        <source>Smaller rows in the case list: more cases in sight</source>
        <translation>Kleinere rijen in de lijst met meldingen: meer meldingen in beeld</translation>
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
        <translation>eerste reactie</translation>
    </message>
    <message>
        <source>provider&apos;s silence</source>
        <translation>stilte van leverancier</translation>
    </message>
    <message>
        <source>time to restore</source>
        <translation>hersteltijd</translation>
    </message>
    <message>
        <source>%1: %2 breaches in %3</source>
        <translation>%1: %2 overschrijdingen in %3</translation>
    </message>
    <message>
        <source>%1 target %2, due %3</source>
        <translation>%1 doel %2, vervalt %3</translation>
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
        <translation>De lokale database is beschadigd (%1). Case Console herstelt deze bij de volgende start en behoudt daarbij uw concepten en niet-verzonden wijzigingen voor zover die nog leesbaar zijn.</translation>
    </message>
    <message>
        <source>The cases just fetched could not be saved locally: %1</source>
        <translation>De zojuist opgehaalde meldingen konden niet lokaal worden opgeslagen: %1</translation>
    </message>
    <message>
        <source>A draft could not be saved: %1</source>
        <translation>Een concept kon niet worden opgeslagen: %1</translation>
    </message>
    <message>
        <source>The watch list could not be saved: %1</source>
        <translation>De volglijst kon niet worden opgeslagen: %1</translation>
    </message>
    <message>
        <source>An unsent change could not be saved locally: %1</source>
        <translation>Een niet-verzonden wijziging kon niet lokaal worden opgeslagen: %1</translation>
    </message>
</context>
<context>
    <name>CaseStreamReader</name>
    <message>
        <source>The answer is not a JSON object.</source>
        <translation>Het antwoord is geen JSON-object.</translation>
    </message>
    <message>
        <source>garbage after the document</source>
        <translation>onverwachte gegevens na het document</translation>
    </message>
    <message>
        <source>Malformed answer at byte %1: %2</source>
        <translation>Misvormd antwoord bij byte %1: %2</translation>
    </message>
    <message>
        <source>unexpected end of input</source>
        <translation>onverwacht einde van de invoer</translation>
    </message>
    <message>
        <source>%1 is not an object</source>
        <translation>%1 is geen object</translation>
    </message>
    <message>
        <source>%1 is not a list</source>
        <translation>%1 is geen lijst</translation>
    </message>
    <message>
        <source>control character in a string</source>
        <translation>stuurteken in een tekenreeks</translation>
    </message>
    <message>
        <source>invalid escape sequence</source>
        <translation>ongeldige escapereeks</translation>
    </message>
    <message>
        <source>lone surrogate</source>
        <translation>los surrogaat</translation>
    </message>
    <message>
        <source>invalid UTF-8</source>
        <translation>ongeldige UTF-8</translation>
    </message>
    <message>
        <source>unexpected character</source>
        <translation>onverwacht teken</translation>
    </message>
    <message>
        <source>invalid number</source>
        <translation>ongeldig getal</translation>
    </message>
    <message>
        <source>nesting too deep</source>
        <translation>te diep genest</translation>
    </message>
    <message>
        <source>expected a key</source>
        <translation>sleutel verwacht</translation>
    </message>
    <message>
        <source>expected “:”</source>
        <translation>“:” verwacht</translation>
    </message>
    <message>
        <source>expected “,” or “}”</source>
        <translation>“,” of “}” verwacht</translation>
    </message>
    <message>
        <source>expected “,” or “]”</source>
        <translation>“,” of “]” verwacht</translation>
    </message>
    <message>
        <source>an item of %1 is not an object</source>
        <translation>een item van %1 is geen object</translation>
    </message>
</context>
<context>
    <name>CaseThreadRenderer</name>
    <message>
        <source>Send again</source>
        <translation>Opnieuw verzenden</translation>
    </message>
    <message>
        <source>Back to the draft</source>
        <translation>Terug naar het concept</translation>
    </message>
    <message>
        <source>Your reference: %1</source>
        <translation>Uw referentie: %1</translation>
    </message>
    <message>
        <source>You (not yet confirmed)</source>
        <translation>U (nog niet bevestigd)</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Melding</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Prioriteit</translation>
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
        <translation>Locatie</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referentie</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>Herkomst</translation>
    </message>
    <message>
        <source>Start of incident</source>
        <translation>Begin van de storing</translation>
    </message>
    <message>
        <source>End of incident</source>
        <translation>Einde van de storing</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Aangemaakt</translation>
    </message>
    <message>
        <source>Last modified</source>
        <translation>Laatst gewijzigd</translation>
    </message>
    <message>
        <source>Case Repository</source>
        <translation>Case Repository</translation>
    </message>
    <message>
        <source>Us</source>
        <translation>Wij</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Leverancier</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nieuw</translation>
    </message>
    <message>
        <source>⚠ Contains characters that change the direction of the text (%1): it may not read in the order it was written.</source>
        <translation>⚠ Bevat tekens die de schrijfrichting van de tekst veranderen (%1): de tekst wordt mogelijk niet weergegeven in de volgorde waarin die is geschreven.</translation>
    </message>
    <message>
        <source>You (not sent)</source>
        <translation>U (niet verzonden)</translation>
    </message>
    <message>
        <source>Show the whole status update</source>
        <translation>De hele statusupdate tonen</translation>
    </message>
    <message>
        <source>Show on one line</source>
        <translation>Op één regel tonen</translation>
    </message>
    <message>
        <source>Status update</source>
        <translation>Statusupdate</translation>
    </message>
</context>
<context>
    <name>CaseTimelineModel</name>
    <message>
        <source>(none)</source>
        <translation>(geen)</translation>
    </message>
    <message>
        <source>Start of incident</source>
        <translation>Begin van de storing</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Aangemaakt</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Bericht</translation>
    </message>
    <message>
        <source>Status update</source>
        <translation>Statusupdate</translation>
    </message>
    <message>
        <source>Status seen</source>
        <translation>Status gezien</translation>
    </message>
    <message>
        <source>Priority seen</source>
        <translation>Prioriteit gezien</translation>
    </message>
    <message>
        <source>End of incident</source>
        <translation>Einde van de storing</translation>
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
        <translation>Status %1 → %2 (gezien %3)</translation>
    </message>
    <message>
        <source>Priority %1 → %2 (seen %3)</source>
        <translation>Prioriteit %1 → %2 (gezien %3)</translation>
    </message>
    <message>
        <source>%1:
%2</source>
        <translation>%1:
%2</translation>
    </message>
    <message>
        <source>When (local time)</source>
        <translation>Wanneer (lokale tijd)</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Wat</translation>
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
        <translation>Storing</translation>
    </message>
    <message>
        <source>RFO request</source>
        <translation>RFO-verzoek</translation>
    </message>
    <message>
        <source>Service degradation</source>
        <translation>Dienst verminderd</translation>
    </message>
    <message>
        <source>Service intermittent</source>
        <translation>Dienst met onderbrekingen</translation>
    </message>
    <message>
        <source>Service down</source>
        <translation>Dienst uitgevallen</translation>
    </message>
    <message>
        <source>General request</source>
        <translation>Algemeen verzoek</translation>
    </message>
    <message>
        <source>Activation support</source>
        <translation>Hulp bij activering</translation>
    </message>
    <message>
        <source>Change request</source>
        <translation>Wijzigingsverzoek</translation>
    </message>
    <message>
        <source>Engineer dispatch</source>
        <translation>Inzet monteur</translation>
    </message>
    <message>
        <source>Information request</source>
        <translation>Informatieverzoek</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Overig</translation>
    </message>
    <message>
        <source>Software update</source>
        <translation>Software-update</translation>
    </message>
    <message>
        <source>Utilization report</source>
        <translation>Gebruiksrapport</translation>
    </message>
</context>
<context>
    <name>Casectl</name>
    <message numerus="yes">
        <source>last synced %1 (%n minute(s) ago)</source>
        <translation>
            <numerusform>laatst gesynchroniseerd %1 (%n minuut geleden)</numerusform>
            <numerusform>laatst gesynchroniseerd %1 (%n minuten geleden)</numerusform>
        </translation>
    </message>
    <message>
        <source>never fully synced</source>
        <translation>nooit volledig gesynchroniseerd</translation>
    </message>
    <message>
        <source>Showing cached data, %1.</source>
        <translation>Gegevens uit de cache, %1.</translation>
    </message>
    <message>
        <source>GraphQL endpoint URL.</source>
        <translation>URL van het GraphQL-eindpunt.</translation>
    </message>
    <message>
        <source>OAuth token URL (default: &lt;endpoint host&gt;/oauth2/token).</source>
        <translation>OAuth-token-URL (standaard: &lt;eindpunthost&gt;/oauth2/token).</translation>
    </message>
    <message>
        <source>OAuth scopes, space-separated (default: all of the client&apos;s).</source>
        <translation>OAuth-scopes, gescheiden door spaties (standaard: alle scopes van de client).</translation>
    </message>
    <message>
        <source>Use a saved profile (default: the active one).</source>
        <translation>Een opgeslagen profiel gebruiken (standaard: het actieve).</translation>
    </message>
    <message>
        <source>Seconds to wait for an answer (default: 30).</source>
        <translation>Aantal seconden wachten op een antwoord (standaard: 30).</translation>
    </message>
    <message>
        <source>cases: only cases modified in the last MIN minutes.</source>
        <translation>cases: alleen meldingen die in de laatste MIN minuten zijn gewijzigd.</translation>
    </message>
    <message>
        <source>cases, create: the service id.</source>
        <translation>cases, create: de dienst-ID.</translation>
    </message>
    <message>
        <source>cases: filter by customer reference; create: set it.</source>
        <translation>cases: filteren op klantreferentie; create: deze instellen.</translation>
    </message>
    <message>
        <source>Print JSON (API field names) instead of a table.</source>
        <translation>JSON (API-veldnamen) afdrukken in plaats van een tabel.</translation>
    </message>
    <message>
        <source>create: a subject the type allows (see &apos;matrix&apos;).</source>
        <translation>create: een onderwerp dat het type toestaat (zie &apos;matrix&apos;).</translation>
    </message>
    <message>
        <source>create: start of the incident, ISO 8601 (default: now).</source>
        <translation>create: begin van de storing, ISO 8601 (standaard: nu).</translation>
    </message>
    <message>
        <source>create: end of the incident, ISO 8601.</source>
        <translation>create: einde van de storing, ISO 8601.</translation>
    </message>
    <message>
        <source>create: the incident has not ended (the default).</source>
        <translation>create: de storing is nog niet voorbij (de standaard).</translation>
    </message>
    <message>
        <source>poll: poll once and exit.</source>
        <translation>poll: één keer peilen en afsluiten.</translation>
    </message>
    <message>
        <source>poll: seconds between polls (default: 60).</source>
        <translation>poll: seconden tussen peilingen (standaard: 60).</translation>
    </message>
    <message>
        <source>status, save-profile: the Case Repository API&apos;s root URL.</source>
        <translation>status, save-profile: de basis-URL van de API van de Case Repository.</translation>
    </message>
    <message>
        <source>status, save-profile: the Case Repository user.</source>
        <translation>status, save-profile: de Case Repository-gebruiker.</translation>
    </message>
    <message>
        <source>status: the case type (e.g. NetworkIncident).</source>
        <translation>status: het meldingstype (bijv. NetworkIncident).</translation>
    </message>
    <message>
        <source>status: the client id&apos;s type (e.g. NIP, PESEL, REGON).</source>
        <translation>status: het type van de klant-ID (bijv. NIP, PESEL, REGON).</translation>
    </message>
    <message>
        <source>status create, update: the status description.</source>
        <translation>status create, update: de statusbeschrijving.</translation>
    </message>
    <message>
        <source>status update: remove the status description.</source>
        <translation>status update: de statusbeschrijving verwijderen.</translation>
    </message>
    <message>
        <source>status update: remove the business key.</source>
        <translation>status update: de bedrijfssleutel verwijderen.</translation>
    </message>
    <message>
        <source>status: the publishing system (default at create: eximee).</source>
        <translation>status: het publicerende systeem (standaard bij create: eximee).</translation>
    </message>
    <message>
        <source>status search: updated at or after, ISO 8601 (local time unless it has a zone).</source>
        <translation>status search: bijgewerkt op of na, ISO 8601 (lokale tijd, tenzij met tijdzone).</translation>
    </message>
    <message>
        <source>status search: updated at or before, ISO 8601 (local time unless it has a zone).</source>
        <translation>status search: bijgewerkt op of vóór, ISO 8601 (lokale tijd, tenzij met tijdzone).</translation>
    </message>
    <message>
        <source>status search: the page, from 1 (default: 1).</source>
        <translation>status search: de pagina, vanaf 1 (standaard: 1).</translation>
    </message>
    <message>
        <source>status search: entries per page, 1 to 200 (default: 20).</source>
        <translation>status search: items per pagina, 1 tot en met 200 (standaard: 20).</translation>
    </message>
    <message>
        <source>status search: creationDate, updateDate, caseType, clientId, clientType, status, businessKey or source, with ,asc or ,desc (default: updateDate,desc).</source>
        <translation>status search: creationDate, updateDate, caseType, clientId, clientType, status, businessKey of source, met ,asc of ,desc (standaard: updateDate,desc).</translation>
    </message>
    <message>
        <source>status search: every page (200 entries a request).</source>
        <translation>status search: alle pagina&apos;s (200 items per verzoek).</translation>
    </message>
    <message>
        <source>status delete: yes, delete the entry and its history irreversibly.</source>
        <translation>status delete: ja, het item en de geschiedenis ervan onherroepelijk verwijderen.</translation>
    </message>
    <message>
        <source>What to do (see above).</source>
        <translation>Wat er moet gebeuren (zie hierboven).</translation>
    </message>
    <message>
        <source>no command given; see casectl --help</source>
        <translation>geen opdracht opgegeven; zie casectl --help</translation>
    </message>
    <message>
        <source>&apos;status&apos; needs a command: create, get, update, delete, search or history; see casectl --help</source>
        <translation>&apos;status&apos; vereist een opdracht: create, get, update, delete, search of history; zie casectl --help</translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos;; see casectl --help</source>
        <translation>onbekende opdracht &apos;%1&apos;; zie casectl --help</translation>
    </message>
    <message>
        <source>&apos;%1&apos; does not take --%2</source>
        <translation>&apos;%1&apos; accepteert geen --%2</translation>
    </message>
    <message>
        <source>--endpoint and --client-id go together</source>
        <translation>--endpoint en --client-id horen bij elkaar</translation>
    </message>
    <message>
        <source>--timeout takes a number of seconds</source>
        <translation>--timeout verwacht een aantal seconden</translation>
    </message>
    <message numerus="yes">
        <source>&apos;%1&apos; takes %n argument(s)</source>
        <translation>
            <numerusform>&apos;%1&apos; verwacht %n argument</numerusform>
            <numerusform>&apos;%1&apos; verwacht %n argumenten</numerusform>
        </translation>
    </message>
    <message>
        <source>no profile: give --repository and --repository-user, or --profile NAME</source>
        <translation>geen profiel: geef --repository en --repository-user op, of --profile NAME</translation>
    </message>
    <message>
        <source>no profile: give --endpoint and --client-id, or --profile NAME</source>
        <translation>geen profiel: geef --endpoint en --client-id op, of --profile NAME</translation>
    </message>
    <message>
        <source>no profile named &apos;%1&apos;</source>
        <translation>geen profiel met de naam &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Set CASECTL_CLIENT_SECRET or run &apos;casectl store-secret&apos;.</source>
        <translation>Stel CASECTL_CLIENT_SECRET in of voer &apos;casectl store-secret&apos; uit.</translation>
    </message>
    <message>
        <source>CASE</source>
        <translation>MELDING</translation>
    </message>
    <message>
        <source>PRI</source>
        <translation>PRI</translation>
    </message>
    <message>
        <source>TYPE</source>
        <translation>TYPE</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>STATUS</translation>
    </message>
    <message>
        <source>MODIFIED</source>
        <translation>GEWIJZIGD</translation>
    </message>
    <message>
        <source>SUBJECT</source>
        <translation>ONDERWERP</translation>
    </message>
    <message>
        <source>SERVICE</source>
        <translation>DIENST</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s)</source>
        <translation>
            <numerusform>%n melding</numerusform>
            <numerusform>%n meldingen</numerusform>
        </translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Melding</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Onderwerp</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Prioriteit</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>Herkomst</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Dienst</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Locatie</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referentie</translation>
    </message>
    <message>
        <source>Start of incident</source>
        <translation>Begin van de storing</translation>
    </message>
    <message>
        <source>End of incident</source>
        <translation>Einde van de storing</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Aangemaakt</translation>
    </message>
    <message>
        <source>Last modified</source>
        <translation>Laatst gewijzigd</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Leverancier</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Klant</translation>
    </message>
    <message>
        <source>--updated-within takes a number of minutes</source>
        <translation>--updated-within verwacht een aantal minuten</translation>
    </message>
    <message>
        <source>no case %1</source>
        <translation>geen melding %1</translation>
    </message>
    <message>
        <source>--end and --open-ended exclude each other</source>
        <translation>--end en --open-ended sluiten elkaar uit</translation>
    </message>
    <message>
        <source>--start, --end and --open-ended are for incidents only</source>
        <translation>--start, --end en --open-ended gelden alleen voor storingen</translation>
    </message>
    <message>
        <source>--start is not an ISO 8601 date and time</source>
        <translation>--start is geen datum en tijd in ISO 8601</translation>
    </message>
    <message>
        <source>--end is not an ISO 8601 date and time</source>
        <translation>--end is geen datum en tijd in ISO 8601</translation>
    </message>
    <message>
        <source>Created case %1</source>
        <translation>Melding %1 aangemaakt</translation>
    </message>
    <message>
        <source>reply needs --message</source>
        <translation>reply vereist --message</translation>
    </message>
    <message>
        <source>Replied to case %1</source>
        <translation>Melding %1 beantwoord</translation>
    </message>
    <message>
        <source>the reference is empty</source>
        <translation>de referentie is leeg</translation>
    </message>
    <message>
        <source>Case %1 now has reference %2</source>
        <translation>Melding %1 heeft nu referentie %2</translation>
    </message>
    <message>
        <source>--interval takes a number of seconds, at least 5</source>
        <translation>--interval verwacht een aantal seconden, minstens 5</translation>
    </message>
    <message>
        <source>priorities:</source>
        <translation>prioriteiten:</translation>
    </message>
    <message>
        <source>subjects:</source>
        <translation>onderwerpen:</translation>
    </message>
    <message>
        <source>needs startOfIncident and endOfIncident (may be open-ended)</source>
        <translation>vereist startOfIncident en endOfIncident (einde mag open blijven)</translation>
    </message>
    <message>
        <source>store-secret reads the client secret from standard input</source>
        <translation>store-secret leest het clientgeheim van standaardinvoer</translation>
    </message>
    <message>
        <source>Stored the client secret for %1 in the system keychain.</source>
        <translation>Het clientgeheim voor %1 is opgeslagen in de systeemsleutelbos.</translation>
    </message>
    <message>
        <source>save-profile takes a NAME</source>
        <translation>save-profile verwacht een NAME</translation>
    </message>
    <message>
        <source>--repository needs --repository-user</source>
        <translation>--repository vereist --repository-user</translation>
    </message>
    <message>
        <source>--repository-user goes with --repository</source>
        <translation>--repository-user hoort bij --repository</translation>
    </message>
    <message>
        <source>Saved profile %1.</source>
        <translation>Profiel %1 opgeslagen.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; takes a CASEID</source>
        <translation>&apos;%1&apos; verwacht een CASEID</translation>
    </message>
    <message>
        <source>&apos;%1&apos; takes no arguments</source>
        <translation>&apos;%1&apos; accepteert geen argumenten</translation>
    </message>
    <message>
        <source>profile &apos;%1&apos; has no Case Repository: give --repository URL and --repository-user USER</source>
        <translation>profiel &apos;%1&apos; heeft geen Case Repository: geef --repository URL en --repository-user USER op</translation>
    </message>
    <message>
        <source>profile &apos;%1&apos; has no Case Repository user: give --repository-user USER</source>
        <translation>profiel &apos;%1&apos; heeft geen Case Repository-gebruiker: geef --repository-user USER op</translation>
    </message>
    <message>
        <source>none is stored in the system keychain.</source>
        <translation>er staat er geen in de systeemsleutelbos.</translation>
    </message>
    <message>
        <source>no system keychain is available.</source>
        <translation>er is geen systeemsleutelbos beschikbaar.</translation>
    </message>
    <message>
        <source>the system keychain is locked or refused access.</source>
        <translation>de systeemsleutelbos is vergrendeld of weigerde de toegang.</translation>
    </message>
    <message>
        <source>No Case Repository password for %1: %2</source>
        <translation>Geen Case Repository-wachtwoord voor %1: %2</translation>
    </message>
    <message>
        <source>Set CASECTL_REPOSITORY_PASSWORD or run &apos;casectl store-repository-password&apos;.</source>
        <translation>Stel CASECTL_REPOSITORY_PASSWORD in of voer &apos;casectl store-repository-password&apos; uit.</translation>
    </message>
    <message>
        <source>The existing entry is %1.</source>
        <translation>Het bestaande item is %1.</translation>
    </message>
    <message>
        <source>Case ID</source>
        <translation>Meldings-ID</translation>
    </message>
    <message>
        <source>%1 (%2), %3</source>
        <translation>%1 (%2), %3</translation>
    </message>
    <message>
        <source>open</source>
        <translation>open</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>gesloten</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschrijving</translation>
    </message>
    <message>
        <source>Case type</source>
        <translation>Meldingstype</translation>
    </message>
    <message>
        <source>Client ID</source>
        <translation>Klant-ID</translation>
    </message>
    <message>
        <source>Client type</source>
        <translation>Klanttype</translation>
    </message>
    <message>
        <source>Business key</source>
        <translation>Bedrijfssleutel</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Bron</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Bijgewerkt</translation>
    </message>
    <message>
        <source>CASE ID</source>
        <translation>MELDINGS-ID</translation>
    </message>
    <message>
        <source>CASE TYPE</source>
        <translation>MELDINGSTYPE</translation>
    </message>
    <message>
        <source>CLIENT</source>
        <translation>KLANT</translation>
    </message>
    <message>
        <source>BUSINESS KEY</source>
        <translation>BEDRIJFSSLEUTEL</translation>
    </message>
    <message>
        <source>SOURCE</source>
        <translation>BRON</translation>
    </message>
    <message>
        <source>UPDATED</source>
        <translation>BIJGEWERKT</translation>
    </message>
    <message>
        <source>--description and --clear-description exclude each other</source>
        <translation>--description en --clear-description sluiten elkaar uit</translation>
    </message>
    <message>
        <source>--business-key and --clear-business-key exclude each other</source>
        <translation>--business-key en --clear-business-key sluiten elkaar uit</translation>
    </message>
    <message>
        <source>&apos;status update&apos; needs at least one field to change; see casectl --help</source>
        <translation>&apos;status update&apos; vereist minstens één te wijzigen veld; zie casectl --help</translation>
    </message>
    <message>
        <source>nothing to change: case status %1 already has these values</source>
        <translation>niets te wijzigen: meldingsstatus %1 heeft deze waarden al</translation>
    </message>
    <message>
        <source>&apos;status delete&apos; removes case status %1 and its whole history, irreversibly; add --yes to delete it</source>
        <translation>&apos;status delete&apos; verwijdert meldingsstatus %1 en de hele geschiedenis ervan, onherroepelijk; voeg --yes toe om te verwijderen</translation>
    </message>
    <message>
        <source>Deleted case status %1 and its history.</source>
        <translation>Meldingsstatus %1 en de geschiedenis ervan verwijderd.</translation>
    </message>
    <message>
        <source>--%1 is empty</source>
        <translation>--%1 is leeg</translation>
    </message>
    <message>
        <source>--%1 is not an ISO 8601 date and time</source>
        <translation>--%1 is geen datum en tijd in ISO 8601</translation>
    </message>
    <message>
        <source>--updated-from is later than --updated-to</source>
        <translation>--updated-from ligt na --updated-to</translation>
    </message>
    <message>
        <source>--all reads every page; it takes no --page or --size</source>
        <translation>--all leest alle pagina&apos;s; --page en --size zijn dan niet toegestaan</translation>
    </message>
    <message>
        <source>--page takes a page number, from 1</source>
        <translation>--page verwacht een paginanummer, vanaf 1</translation>
    </message>
    <message>
        <source>--size takes a number from 1 to %1</source>
        <translation>--size verwacht een getal van 1 tot en met %1</translation>
    </message>
    <message>
        <source>--sort takes one of %1, optionally with ,asc or ,desc</source>
        <translation>--sort verwacht een van %1, eventueel met ,asc of ,desc</translation>
    </message>
    <message>
        <source>no entries</source>
        <translation>geen items</translation>
    </message>
    <message numerus="yes">
        <source>page %1 of %2, %n entries</source>
        <translation>
            <numerusform>pagina %1 van %2, %n item</numerusform>
            <numerusform>pagina %1 van %2, %n items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entries</source>
        <translation>
            <numerusform>%n item</numerusform>
            <numerusform>%n items</numerusform>
        </translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(geen)</translation>
    </message>
    <message>
        <source>store-repository-password reads the password from standard input</source>
        <translation>store-repository-password leest het wachtwoord van standaardinvoer</translation>
    </message>
    <message>
        <source>Stored the Case Repository password of %1 at %2 in the system keychain.</source>
        <translation>Het Case Repository-wachtwoord van %1 bij %2 is opgeslagen in de systeemsleutelbos.</translation>
    </message>
    <message>
        <source>Nothing was sent: a change is saved in the profile&apos;s local store before it is sent, and the store cannot be opened.</source>
        <translation>Er is niets verzonden: een wijziging wordt vóór verzending in de lokale opslag van het profiel bewaard, en die kan niet worden geopend.</translation>
    </message>
    <message numerus="yes">
        <source>Whether the server got it is not known; looking it up in %n second(s) before anything is sent again.</source>
        <translation>
            <numerusform>Of de server het heeft ontvangen, is onbekend; over %n seconde wordt dat opgezocht voordat er opnieuw iets wordt verzonden.</numerusform>
            <numerusform>Of de server het heeft ontvangen, is onbekend; over %n seconden wordt dat opgezocht voordat er opnieuw iets wordt verzonden.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was changed on the server.</source>
        <translation>Er is niets gewijzigd op de server.</translation>
    </message>
    <message>
        <source>--lookup-delay takes a number of seconds</source>
        <translation>--lookup-delay verwacht een aantal seconden</translation>
    </message>
    <message>
        <source>Whether the server got it is still not known, and nothing more is sent: check with &apos;casectl case&apos; (a new case: &apos;casectl cases --updated-within 30&apos;) before trying again.</source>
        <translation>Of de server het heeft ontvangen, is nog steeds onbekend, en er wordt niets meer verzonden: controleer het met &apos;casectl case&apos; (een nieuwe case: &apos;casectl cases --updated-within 30&apos;) voordat u het opnieuw probeert.</translation>
    </message>
    <message>
        <source>Nothing was sent: the change could not be saved in the profile&apos;s local store first.</source>
        <translation>Er is niets verzonden: de wijziging kon niet eerst in de lokale opslag van het profiel worden bewaard.</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) left &apos;sending&apos; by an earlier run that ended mid-send (%1); whether the server got it is not known. &apos;casectl outbox --reconcile&apos; looks each up and sends it only if it did not arrive.</source>
        <translation>
            <numerusform>%n wijziging (%1) is door een eerdere uitvoering die midden in het verzenden stopte, achtergelaten met de status &apos;verzenden&apos;; of de server die heeft ontvangen, is onbekend. &apos;casectl outbox --reconcile&apos; zoekt die op en verzendt die alleen als die niet is aangekomen.</numerusform>
            <numerusform>%n wijzigingen (%1) zijn door een eerdere uitvoering die midden in het verzenden stopte, achtergelaten met de status &apos;verzenden&apos;; of de server ze heeft ontvangen, is onbekend. &apos;casectl outbox --reconcile&apos; zoekt elke wijziging op en verzendt die alleen als die niet is aangekomen.</numerusform>
        </translation>
    </message>
    <message>
        <source>outbox: finish the changes an earlier run left (look each up, send it only if it did not arrive).</source>
        <translation>outbox: de wijzigingen afronden die een eerdere uitvoering heeft achtergelaten (elke wijziging opzoeken, alleen verzenden als die niet is aangekomen).</translation>
    </message>
    <message>
        <source>Nothing was sent.</source>
        <translation>Er is niets verzonden.</translation>
    </message>
    <message>
        <source>The profile&apos;s local store cannot be opened.</source>
        <translation>De lokale opslag van het profiel kan niet worden geopend.</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) not yet confirmed</source>
        <translation>
            <numerusform>%n wijziging nog niet bevestigd</numerusform>
            <numerusform>%n wijzigingen nog niet bevestigd</numerusform>
        </translation>
    </message>
    <message>
        <source>Confirmed: %1</source>
        <translation>Bevestigd: %1</translation>
    </message>
    <message>
        <source>No longer waiting: another process finished it or gave it up.</source>
        <translation>Wacht niet meer: een ander proces heeft de wijziging afgerond of opgegeven.</translation>
    </message>
    <message>
        <source>%1 is left in the outbox; run &apos;casectl outbox --reconcile&apos; again later.</source>
        <translation>%1 blijft in het postvak UIT; voer &apos;casectl outbox --reconcile&apos; later opnieuw uit.</translation>
    </message>
    <message>
        <source>%1 was refused and waits for the engineer in the console: %2</source>
        <translation>%1 is geweigerd en wacht in de console op afhandeling: %2</translation>
    </message>
    <message>
        <source>Nothing to reconcile.</source>
        <translation>Niets af te stemmen.</translation>
    </message>
    <message>
        <source>capabilities: learn them from the provider again now.</source>
        <translation>capabilities: nu opnieuw bij de leverancier vaststellen.</translation>
    </message>
    <message>
        <source>status: the business key (unique per source); create without it: none (null).</source>
        <translation>status: de bedrijfssleutel (uniek per bron); create zonder deze optie: geen (null).</translation>
    </message>
    <message>
        <source>Learned %1.</source>
        <translation>Vastgesteld op %1.</translation>
    </message>
    <message>
        <source>present</source>
        <translation>aanwezig</translation>
    </message>
    <message>
        <source>absent</source>
        <translation>afwezig</translation>
    </message>
    <message>
        <source>unknown (counts as absent)</source>
        <translation>onbekend (telt als afwezig)</translation>
    </message>
    <message>
        <source>by %1</source>
        <translation>via %1</translation>
    </message>
    <message>
        <source>This provider does not report: %1.</source>
        <translation>Deze leverancier geeft het volgende niet door: %1.</translation>
    </message>
    <message>
        <source>%1 (closed)</source>
        <translation>%1 (gesloten)</translation>
    </message>
    <message>
        <source>ours</source>
        <translation>eigen</translation>
    </message>
    <message>
        <source>status update</source>
        <translation>statusupdate</translation>
    </message>
    <message>
        <source>provider</source>
        <translation>leverancier</translation>
    </message>
    <message>
        <source>--%1 is the old name of --%2: give only --%2</source>
        <translation>--%1 is de oude naam van --%2: geef alleen --%2</translation>
    </message>
    <message>
        <source>warning: in &apos;status&apos; commands --%1 is deprecated (it also names the OAuth client); use --%2</source>
        <translation>waarschuwing: in &apos;status&apos;-opdrachten is --%1 verouderd (het noemt ook de OAuth-client); gebruik --%2</translation>
    </message>
    <message>
        <source>another &apos;casectl poll&apos; of this profile did not finish printing within a minute; nothing printed</source>
        <translation>een andere &apos;casectl poll&apos; van dit profiel was niet binnen een minuut klaar met afdrukken; niets afgedrukt</translation>
    </message>
    <message>
        <source>standard output could not be written; the poll cursor stays where it was, so the next run prints these changes</source>
        <translation>de standaarduitvoer kon niet worden geschreven; de poll-cursor blijft waar hij was, dus de volgende run drukt deze wijzigingen af</translation>
    </message>
    <message>
        <source>the poll cursor could not be saved (%1); the next run prints these changes again</source>
        <translation>de poll-cursor kon niet worden opgeslagen (%1); de volgende run drukt deze wijzigingen opnieuw af</translation>
    </message>
    <message>
        <source>&apos;status create&apos; needs %1 (the Case Repository requires the case type, the client type and the status; --repository-client and --business-key may be left out)</source>
        <translation>&apos;status create&apos; heeft %1 nodig (de Case Repository vereist het casetype, het clienttype en de status; --repository-client en --business-key mogen ontbreken)</translation>
    </message>
    <message>
        <source>--repository-client and --clear-repository-client exclude each other</source>
        <translation>--repository-client en --clear-repository-client sluiten elkaar uit</translation>
    </message>
    <message>
        <source>OAuth client id. (status: the old name of --repository-client, with a warning.)</source>
        <translation>OAuth-client-id. (status: de oude naam van --repository-client, met een waarschuwing.)</translation>
    </message>
    <message>
        <source>status update: the old name of --clear-repository-client, with a warning.</source>
        <translation>status update: de oude naam van --clear-repository-client, met een waarschuwing.</translation>
    </message>
    <message>
        <source>create: Incident or NonIncident; cases: only these types (comma-separated).</source>
        <translation>create: Incident of NonIncident; cases: alleen deze typen (gescheiden door komma’s).</translation>
    </message>
    <message>
        <source>create: P1 to P5, as the type allows; cases: only these priorities (comma-separated).</source>
        <translation>create: P1 tot P5, zoals het type toestaat; cases: alleen deze prioriteiten (gescheiden door komma’s).</translation>
    </message>
    <message>
        <source>cases: only open cases (in the profile&apos;s provider words).</source>
        <translation>cases: alleen open cases (in de providerwoorden van het profiel).</translation>
    </message>
    <message>
        <source>poll: everything is new at the start (not only what changed since the last run); leaves the profile&apos;s poll cursor alone.</source>
        <translation>poll: bij de start is alles nieuw (niet alleen wat sinds de vorige run veranderde); laat de poll-cursor van het profiel ongemoeid.</translation>
    </message>
    <message>
        <source>status: the case&apos;s client (e.g. a NIP number), optional.</source>
        <translation>status: de client van de case (bijv. een NIP-nummer), optioneel.</translation>
    </message>
    <message>
        <source>status update: remove the case&apos;s client.</source>
        <translation>status update: de client van de case verwijderen.</translation>
    </message>
    <message>
        <source>cases: only these statuses (comma-separated, e.g. New,InProgress); status: the status value (e.g. OPEN, IN_PROGRESS, COMPLETED).</source>
        <translation>cases: alleen deze statussen (gescheiden door komma’s, bijv. New,InProgress); status: de statuswaarde (bijv. OPEN, IN_PROGRESS, COMPLETED).</translation>
    </message>
    <message>
        <source>export needs -o FILE (where the dossier goes)</source>
        <translation>export vereist -o FILE (waar het dossier heen gaat)</translation>
    </message>
    <message>
        <source>--format takes pdf or json</source>
        <translation>--format accepteert pdf of json</translation>
    </message>
    <message>
        <source>export takes case ids, or --service ID --from DATE --to DATE (not both)</source>
        <translation>export accepteert meldings-id&apos;s, of --service ID --from DATE --to DATE (niet beide)</translation>
    </message>
    <message>
        <source>--service needs --from and --to, each a date (2026-11-01) or an ISO 8601 time</source>
        <translation>--service vereist --from en --to, elk een datum (2026-11-01) of een ISO 8601-tijd</translation>
    </message>
    <message>
        <source>--to lies before --from</source>
        <translation>--to ligt vóór --from</translation>
    </message>
    <message>
        <source>no incident of service %1 started in that period</source>
        <translation>geen storing van dienst %1 begonnen in die periode</translation>
    </message>
    <message>
        <source>local store (the provider could not be reached)</source>
        <translation>lokale opslag (de leverancier was niet bereikbaar)</translation>
    </message>
    <message>
        <source>export: the file to write (replaced whole, or left as it was).</source>
        <translation>export: het te schrijven bestand (volledig vervangen, of gelaten zoals het was).</translation>
    </message>
    <message>
        <source>export: pdf or json (default: from the file&apos;s suffix, else pdf).</source>
        <translation>export: pdf of json (standaard: volgens de extensie van het bestand, anders pdf).</translation>
    </message>
    <message>
        <source>export --service: incidents that started on or after DATE.</source>
        <translation>export --service: storingen die op of na DATE begonnen.</translation>
    </message>
    <message>
        <source>export --service: ... and before DATE (a date alone: its end).</source>
        <translation>export --service: ... en vóór DATE (alleen een datum: het einde ervan).</translation>
    </message>
    <message>
        <source>--message is empty</source>
        <translation>--message is leeg</translation>
    </message>
    <message>
        <source>Requested the RFO of case %1: case %2</source>
        <translation>RFO van melding %1 aangevraagd: melding %2</translation>
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
        <translation>De melding-API van de leverancier en de Case Repository vanaf de opdrachtregel.

Opdrachten:
  cases [--updated-within MIN] [--service ID] [--reference REF] [--json]
        [--status S,...] [--priority P,...] [--type T,...] [--open]
  case ID [--json]
  create --type T --priority P --subject S --service ID --message M
         [--start ISO] [--end ISO | --open-ended] [--reference REF] [--sent-by NAME] [--json]
  reply ID --message M [--sent-by NAME]      (M als &quot;-&quot; leest standaardinvoer)
  rfo ID [--message M] [--sent-by NAME] [--json]
                                              (vraagt de Reason for Outage van een opgeloste
                                              of gesloten storing aan; afsluitcode 6 als het dat niet is)
  reference ID REF
  outbox [--reconcile]                        (nog niet bevestigde wijzigingen; --reconcile
                                              zoekt elk op, verstuurt wat niet aankwam)
  poll [--once] [--interval SEC] [--since-start]
                                              (één JSON-regel per wijziging sinds de vorige run)
  export CASE [CASE...] -o FILE [--format pdf|json]
  export --service ID --from DATE --to DATE -o FILE [--format pdf|json]
                                              (het meldingsdossier: PDF of JSON, één bestand)
  matrix [--json]
  capabilities [--json] [--refresh]          (wat de leverancier heeft naast zijn gedocumenteerde
                                              schema; --refresh leert het opnieuw)
  store-secret                                (leest het geheim van standaardinvoer)
  save-profile NAME [--repository URL --repository-user USER]

Case Repository-opdrachten (--repository URL --repository-user USER, of die van het profiel):
  status create --case-type T --client-type TYPE --status S  (deze drie verplicht)
         [--repository-client ID] [--business-key K] [--description TEXT] [--source SRC]
         [--json]                             (geen --business-key: de sleutel is null)
  status get CASEID [--json]
  status update CASEID [--case-type T]
         [--repository-client ID | --clear-repository-client]
         [--client-type TYPE] [--status S]
         [--description TEXT | --clear-description]
         [--business-key K | --clear-business-key] [--source SRC] [--json]
  status delete CASEID [--yes]               (de vermelding en haar geschiedenis, definitief)
  status search [--repository-client ID] [--client-type TYPE] [--case-type T]
         [--status S]
         [--business-key K] [--source SRC] [--updated-from ISO] [--updated-to ISO]
         [--page N] [--size N] [--sort FIELD[,asc|desc]] [--all] [--json]
  status history CASEID [--json]
  store-repository-password                   (leest het wachtwoord van standaardinvoer)

Het clientgeheim komt uit CASECTL_CLIENT_SECRET of de systeemsleutelhanger; het repository-
wachtwoord uit CASECTL_REPOSITORY_PASSWORD of de systeemsleutelhanger.
Afsluitcodes: 0 ok, 1 andere fout, 2 gebruik, 3 authenticatie, 4 server-, GraphQL- of repositoryfout, 5 netwerk, 6 niet van toepassing op de melding (rfo).</translation>
    </message>
    <message>
        <source>create, reply, rfo: the message text (&quot;-&quot;: standard input; rfo: instead of the one naming the case).</source>
        <translation>create, reply, rfo: de berichttekst (&quot;-&quot;: standaardinvoer; rfo: in plaats van de tekst die de melding noemt).</translation>
    </message>
    <message>
        <source>create, reply, rfo: who is writing.</source>
        <translation>create, reply, rfo: wie er schrijft.</translation>
    </message>
    <message>
        <source>create, reply, rfo, reference, outbox: seconds to wait before looking up a change whose answer was lost, before anything is sent again (default: 15).</source>
        <translation>create, reply, rfo, reference, outbox: seconden wachten voordat een wijziging waarvan het antwoord verloren is gegaan, wordt opgezocht; daarvoor wordt niets opnieuw verzonden (standaard: 15).</translation>
    </message>
</context>
<context>
    <name>ConnectionCheck</name>
    <message numerus="yes">
        <source>The server did not answer within %n second(s). Check the endpoint address and your network.</source>
        <translation>
            <numerusform>De server antwoordde niet binnen %n seconde. Controleer het adres van het eindpunt en uw netwerk.</numerusform>
            <numerusform>De server antwoordde niet binnen %n seconden. Controleer het adres van het eindpunt en uw netwerk.</numerusform>
        </translation>
    </message>
    <message>
        <source>Enter the client secret to test the connection.</source>
        <translation>Voer het clientgeheim in om de verbinding te testen.</translation>
    </message>
    <message numerus="yes">
        <source>Connected to the account “%1” with %n service(s).</source>
        <translation>
            <numerusform>Verbonden met het account “%1” met %n dienst.</numerusform>
            <numerusform>Verbonden met het account “%1” met %n diensten.</numerusform>
        </translation>
    </message>
    <message>
        <source>Connected to the account “%1”.</source>
        <translation>Verbonden met het account “%1”.</translation>
    </message>
    <message numerus="yes">
        <source>Connected: the provider accepted the credentials and reports %n service(s) for the account.</source>
        <translation>
            <numerusform>Verbonden: de leverancier heeft de aanmeldgegevens geaccepteerd en meldt %n dienst voor het account.</numerusform>
            <numerusform>Verbonden: de leverancier heeft de aanmeldgegevens geaccepteerd en meldt %n diensten voor het account.</numerusform>
        </translation>
    </message>
    <message>
        <source>Connected: the provider accepted the credentials and answered for the account.</source>
        <translation>Verbonden: de leverancier heeft de aanmeldgegevens geaccepteerd en geantwoord voor het account.</translation>
    </message>
    <message>
        <source>It does not report the account&apos;s name, so the console cannot show which account these credentials belong to; check that with the provider.</source>
        <translation>De leverancier geeft de naam van het account niet door, dus de console kan niet tonen bij welk account deze aanmeldgegevens horen; vraag dat na bij de leverancier.</translation>
    </message>
    <message>
        <source>This provider does not report %1.</source>
        <translation>Deze leverancier geeft het volgende niet door: %1.</translation>
    </message>
    <message>
        <source>What else it reports could not be learned; the console will ask again.</source>
        <translation>Wat de leverancier verder nog doorgeeft, kon niet worden vastgesteld; de console vraagt het opnieuw.</translation>
    </message>
</context>
<context>
    <name>ConnectionStatusBar</name>
    <message>
        <source>Fetching every case…</source>
        <translation>Alle meldingen worden opgehaald…</translation>
    </message>
    <message>
        <source>Fetching changed cases…</source>
        <translation>Gewijzigde meldingen worden opgehaald…</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Niet verbonden</translation>
    </message>
    <message>
        <source>Set up a connection or try the sandbox demo.</source>
        <translation>Stel een verbinding in of probeer de sandboxdemo.</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) match the first %1 words of “%2…”; a search reads no more</source>
        <translation>
            <numerusform>%n melding komt overeen met de eerste %1 woorden van “%2…”; meer woorden leest een zoekopdracht niet</numerusform>
            <numerusform>%n meldingen komen overeen met de eerste %1 woorden van “%2…”; meer woorden leest een zoekopdracht niet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) match “%1”</source>
        <translation>
            <numerusform>%n melding komt overeen met “%1”</numerusform>
            <numerusform>%n meldingen komen overeen met “%1”</numerusform>
        </translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Verbonden</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Verbinden…</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s)</source>
        <translation>
            <numerusform>%n melding</numerusform>
            <numerusform>%n meldingen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n case(s)</source>
        <translation>
            <numerusform>%1 van %n melding</numerusform>
            <numerusform>%1 van %n meldingen</numerusform>
        </translation>
    </message>
    <message>
        <source>Updated %1</source>
        <translation>Bijgewerkt %1</translation>
    </message>
    <message>
        <source>Refreshing…</source>
        <translation>Vernieuwen…</translation>
    </message>
    <message numerus="yes">
        <source>next in %n s</source>
        <translation>
            <numerusform>volgende over %n s</numerusform>
            <numerusform>volgende over %n s</numerusform>
        </translation>
    </message>
    <message>
        <source>trying again when the network is back</source>
        <translation>opnieuw proberen zodra het netwerk terug is</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) not yet sent</source>
        <translation>
            <numerusform>%n wijziging nog niet verzonden</numerusform>
            <numerusform>%n wijzigingen nog niet verzonden</numerusform>
        </translation>
    </message>
    <message>
        <source>Indexing %L1 cases for search… %2%</source>
        <translation>%L1 meldingen worden geïndexeerd voor zoeken… %2%</translation>
    </message>
    <message numerus="yes">
        <source>The newest %n case(s) matching “%1”; scroll down the list for more</source>
        <translation>
            <numerusform>De nieuwste %n melding die overeenkomt met “%1”; scrol omlaag in de lijst voor meer</numerusform>
            <numerusform>De nieuwste %n meldingen die overeenkomen met “%1”; scrol omlaag in de lijst voor meer</numerusform>
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
        <translation>Geen clientgeheim: de console toont wat eerder is opgeslagen en maakt geen verbinding. Voer het geheim in bij Verbindingen en instellingen (Ctrl+,).</translation>
    </message>
    <message>
        <source>Starting the local sandbox…</source>
        <translation>De lokale sandbox wordt gestart…</translation>
    </message>
    <message>
        <source>Sandbox demo</source>
        <translation>Sandboxdemo</translation>
    </message>
</context>
<context>
    <name>CreateCaseDialog</name>
    <message>
        <source>New Case</source>
        <translation>Nieuwe melding</translation>
    </message>
    <message>
        <source>Open a case with the provider. The type decides which priorities and subjects are allowed.</source>
        <translation>Maak een melding aan bij de leverancier. Het type bepaalt welke prioriteiten en onderwerpen zijn toegestaan.</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Type:</translation>
    </message>
    <message>
        <source>Case type</source>
        <translation>Meldingstype</translation>
    </message>
    <message>
        <source>&amp;Priority:</source>
        <translation>&amp;Prioriteit:</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Prioriteit</translation>
    </message>
    <message>
        <source>S&amp;ubject:</source>
        <translation>&amp;Onderwerp:</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Onderwerp</translation>
    </message>
    <message>
        <source>Choose a subject</source>
        <translation>Kies een onderwerp</translation>
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
        <translation>Typ een deel van de naam of ID van een dienst om die te vinden</translation>
    </message>
    <message>
        <source>&amp;Start of incident:</source>
        <translation>B&amp;egin van de storing:</translation>
    </message>
    <message>
        <source>Start of incident</source>
        <translation>Begin van de storing</translation>
    </message>
    <message>
        <source>No&amp;w</source>
        <translation>&amp;Nu</translation>
    </message>
    <message>
        <source>Set the start of the incident to now</source>
        <translation>Het begin van de storing op nu zetten</translation>
    </message>
    <message>
        <source>End of incident:</source>
        <translation>Einde van de storing:</translation>
    </message>
    <message>
        <source>&amp;Ended at</source>
        <translation>&amp;Geëindigd op</translation>
    </message>
    <message>
        <source>Leave unchecked while the incident is still going on</source>
        <translation>Laat dit uitgevinkt zolang de storing nog gaande is</translation>
    </message>
    <message>
        <source>End of incident</source>
        <translation>Einde van de storing</translation>
    </message>
    <message>
        <source>(ongoing)</source>
        <translation>(nog gaande)</translation>
    </message>
    <message>
        <source>Your &amp;reference:</source>
        <translation>Uw &amp;referentie:</translation>
    </message>
    <message>
        <source>Optional: your own ticket number</source>
        <translation>Optioneel: uw eigen ticketnummer</translation>
    </message>
    <message>
        <source>Customer reference</source>
        <translation>Klantreferentie</translation>
    </message>
    <message>
        <source>Sent &amp;by:</source>
        <translation>&amp;Verzonden door:</translation>
    </message>
    <message>
        <source>Your name, as the provider sees it</source>
        <translation>Uw naam, zoals de leverancier die ziet</translation>
    </message>
    <message>
        <source>Sent by</source>
        <translation>Verzonden door</translation>
    </message>
    <message>
        <source>&amp;Message:</source>
        <translation>&amp;Bericht:</translation>
    </message>
    <message>
        <source>What is wrong or what you need, with what you have already checked</source>
        <translation>Wat er mis is of wat u nodig hebt, en wat u al hebt gecontroleerd</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Bericht</translation>
    </message>
    <message>
        <source>What is missing</source>
        <translation>Wat ontbreekt</translation>
    </message>
    <message>
        <source>Sending state</source>
        <translation>Verzendstatus</translation>
    </message>
    <message>
        <source>&amp;Create Case</source>
        <translation>Melding &amp;aanmaken</translation>
    </message>
    <message>
        <source>Type to find a service</source>
        <translation>Typ om een dienst te vinden</translation>
    </message>
    <message>
        <source>Saving the case to send it…</source>
        <translation>De melding wordt opgeslagen om te verzenden…</translation>
    </message>
    <message>
        <source>“%1” is none of the account&apos;s services: choose one from the list.</source>
        <translation>“%1” is geen van de diensten van het account: kies er een uit de lijst.</translation>
    </message>
    <message>
        <source>Ready to create.</source>
        <translation>Klaar om aan te maken.</translation>
    </message>
    <message>
        <source>To create the case:</source>
        <translation>Om de melding aan te maken:</translation>
    </message>
    <message>
        <source>This provider sets the priority itself. The priority chosen here goes into the message&apos;s first line as “Requested priority: …”.</source>
        <translation>Deze leverancier bepaalt de prioriteit zelf. De hier gekozen prioriteit komt als „Requested priority: …” in de eerste regel van het bericht.</translation>
    </message>
    <message>
        <source>This provider sets the priority itself. The priority chosen here is checked against the case type but not sent (the profile&apos;s settings leave it out of the message).</source>
        <translation>Deze leverancier bepaalt de prioriteit zelf. De hier gekozen prioriteit wordt aan het meldingstype getoetst, maar niet verstuurd (de instellingen van het profiel laten haar weg uit het bericht).</translation>
    </message>
    <message>
        <source>%1 is not a priority of a %2: the priority is now %3.</source>
        <translation>%1 is geen prioriteit van %2: de prioriteit is nu %3.</translation>
    </message>
    <message>
        <source>“%1” is not a subject of a %2: choose one.</source>
        <translation>“%1” is geen onderwerp van %2: kies er een.</translation>
    </message>
    <message>
        <source>Times are in your local time (%1).</source>
        <translation>Tijden zijn in uw lokale tijd (%1).</translation>
    </message>
    <message>
        <source>Times are in your local time, %1 (%2).</source>
        <translation>Tijden zijn in uw lokale tijd, %1 (%2).</translation>
    </message>
    <message>
        <source>Create the case (Ctrl+Return)</source>
        <translation>De melding aanmaken (Ctrl+Return)</translation>
    </message>
</context>
<context>
    <name>CreateCaseOperation</name>
    <message>
        <source>Creating the case with the provider…</source>
        <translation>De melding wordt bij de leverancier aangemaakt…</translation>
    </message>
    <message>
        <source>No answer from the provider (%1). Checking whether the case was created before trying again, so it is not created twice.</source>
        <translation>Geen antwoord van de leverancier (%1). Er wordt gecontroleerd of de melding al is aangemaakt voordat het opnieuw wordt geprobeerd, zodat deze niet dubbel wordt aangemaakt.</translation>
    </message>
    <message>
        <source>&lt;b&gt;The provider did not accept the case:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;De leverancier heeft de melding niet geaccepteerd:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>Created %1.</source>
        <translation>%1 aangemaakt.</translation>
    </message>
</context>
<context>
    <name>Credentials</name>
    <message>
        <source>There is no system keychain.</source>
        <translation>Er is geen systeemsleutelbos.</translation>
    </message>
</context>
<context>
    <name>Dossier</name>
    <message>
        <source>The case has no priority: no SLA targets apply, no clock is counted.</source>
        <translation>De melding heeft geen prioriteit: er gelden geen SLA-doelen, er loopt geen klok.</translation>
    </message>
    <message>
        <source>The SLA policy has no targets for priority %1.</source>
        <translation>Het SLA-beleid heeft geen doelen voor prioriteit %1.</translation>
    </message>
    <message>
        <source>The provider gave no start of incident: the outage and the restore clock count from the case&apos;s creation.</source>
        <translation>De leverancier gaf geen begin van de storing op: de storingsduur en de herstelklok tellen vanaf het aanmaken van de melding.</translation>
    </message>
    <message>
        <source>The end of incident the provider gave lies before its start: it is not used; the outage runs to the case&apos;s closing (or to now while open).</source>
        <translation>Het einde van de storing dat de leverancier opgaf ligt vóór het begin: het wordt niet gebruikt; de storingsduur loopt tot het sluiten van de melding (of tot nu zolang die open is).</translation>
    </message>
    <message>
        <source>Could not write %1: %2. Nothing was written; choose a folder you can write to and try again.</source>
        <translation>Kan %1 niet schrijven: %2. Er is niets geschreven; kies een map waarin u kunt schrijven en probeer het opnieuw.</translation>
    </message>
    <message>
        <source>No case to export.</source>
        <translation>Geen melding om te exporteren.</translation>
    </message>
    <message>
        <source>Export cancelled; nothing was written.</source>
        <translation>Export geannuleerd; er is niets geschreven.</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n case(s) to %1.</source>
        <translation>
            <numerusform>%n melding geëxporteerd naar %1.</numerusform>
            <numerusform>%n meldingen geëxporteerd naar %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> and %n more</source>
        <translation>
            <numerusform> en nog %n</numerusform>
            <numerusform> en nog %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Case dossier %1</source>
        <translation>Meldingsdossier %1</translation>
    </message>
    <message numerus="yes">
        <source>Case dossier: %n cases</source>
        <translation>
            <numerusform>Meldingsdossier: %n melding</numerusform>
            <numerusform>Meldingsdossier: %n meldingen</numerusform>
        </translation>
    </message>
    <message>
        <source>Generated</source>
        <translation>Gegenereerd</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Meldingen</translation>
    </message>
    <message>
        <source>Generated by</source>
        <translation>Gegenereerd door</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profiel</translation>
    </message>
    <message>
        <source>Threads read from</source>
        <translation>Gesprekken gelezen uit</translation>
    </message>
    <message>
        <source>Times</source>
        <translation>Tijden</translation>
    </message>
    <message>
        <source>each in local time (%1, with its offset) and in UTC</source>
        <translation>elk in lokale tijd (%1, met verschuiving) en in UTC</translation>
    </message>
    <message>
        <source>A record of the case as the provider reported it, with the SLA clocks computed by the console and the SHA-256 of each thread as received.</source>
        <translation>Een verslag van de melding zoals de leverancier die rapporteerde, met de SLA-klokken berekend door de console en de SHA-256 van elk gesprek zoals ontvangen.</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Melding</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Dienst</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Prioriteit</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Outage from (UTC)</source>
        <translation>Storing vanaf (UTC)</translation>
    </message>
    <message>
        <source>to (UTC)</source>
        <translation>tot (UTC)</translation>
    </message>
    <message>
        <source>Outage (min)</source>
        <translation>Storingsduur (min)</translation>
    </message>
    <message>
        <source> (ongoing)</source>
        <translation> (lopend)</translation>
    </message>
    <message>
        <source>Total outage</source>
        <translation>Totale storingsduur</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Berichten</translation>
    </message>
    <message>
        <source>Thread SHA-256 (see each case&apos;s manifest)</source>
        <translation>SHA-256 van gesprek (zie het manifest van elke melding)</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Samenvatting</translation>
    </message>
    <message>
        <source>Thread digests</source>
        <translation>Gespreksdigests</translation>
    </message>
    <message>
        <source>no target</source>
        <translation>geen doel</translation>
    </message>
    <message>
        <source>running</source>
        <translation>loopt</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>gepauzeerd</translation>
    </message>
    <message>
        <source>met</source>
        <translation>gehaald</translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation>nog %1</translation>
    </message>
    <message>
        <source>%1 over</source>
        <translation>%1 over tijd</translation>
    </message>
    <message>
        <source>Clock</source>
        <translation>Klok</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Doel</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Toestand</translation>
    </message>
    <message>
        <source>Counted</source>
        <translation>Geteld</translation>
    </message>
    <message>
        <source>Left / over</source>
        <translation>Resterend / over tijd</translation>
    </message>
    <message>
        <source>Due / stopped</source>
        <translation>Vervalt / gestopt</translation>
    </message>
    <message>
        <source>First response</source>
        <translation>Eerste reactie</translation>
    </message>
    <message>
        <source>Provider silence</source>
        <translation>Stilte van leverancier</translation>
    </message>
    <message>
        <source>Time to restore</source>
        <translation>Hersteltijd</translation>
    </message>
    <message>
        <source>nobody (closed)</source>
        <translation>niemand (gesloten)</translation>
    </message>
    <message>
        <source>waiting on the provider</source>
        <translation>wacht op de leverancier</translation>
    </message>
    <message>
        <source>waiting on us</source>
        <translation>wacht op ons</translation>
    </message>
    <message>
        <source>Longest provider silence: %1; silences over the target: %2; %3 since %4.</source>
        <translation>Langste stilte van leverancier: %1; stiltes boven het doel: %2; %3 sinds %4.</translation>
    </message>
    <message>
        <source>SLA clocks</source>
        <translation>SLA-klokken</translation>
    </message>
    <message>
        <source>No outage: the case is not an incident.</source>
        <translation>Geen storingsduur: de melding is geen storing.</translation>
    </message>
    <message>
        <source>%1 minutes (%2), from %3 to %4%5.</source>
        <translation>%1 minuten (%2), van %3 tot %4%5.</translation>
    </message>
    <message>
        <source> (now: still open)</source>
        <translation> (nu: nog open)</translation>
    </message>
    <message>
        <source>Outage</source>
        <translation>Storingsduur</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Onderwerp</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Locatie</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Aangemaakt</translation>
    </message>
    <message>
        <source>Last modified</source>
        <translation>Laatst gewijzigd</translation>
    </message>
    <message>
        <source>Start of incident</source>
        <translation>Begin van de storing</translation>
    </message>
    <message>
        <source>End of incident</source>
        <translation>Einde van de storing</translation>
    </message>
    <message>
        <source>Customer reference</source>
        <translation>Klantreferentie</translation>
    </message>
    <message>
        <source>Thread SHA-256</source>
        <translation>SHA-256 van gesprek</translation>
    </message>
    <message>
        <source>Case created</source>
        <translation>Melding aangemaakt</translation>
    </message>
    <message>
        <source>Status seen changed: %1 → %2</source>
        <translation>Geziene status gewijzigd: %1 → %2</translation>
    </message>
    <message>
        <source>Priority seen changed: %1 → %2</source>
        <translation>Geziene prioriteit gewijzigd: %1 → %2</translation>
    </message>
    <message>
        <source>Status update: %1</source>
        <translation>Statusupdate: %1</translation>
    </message>
    <message>
        <source>Message from %1: %2</source>
        <translation>Bericht van %1: %2</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Tijdlijn</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Leverancier</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Klant</translation>
    </message>
    <message>
        <source>Algorithm</source>
        <translation>Algoritme</translation>
    </message>
    <message>
        <source>Computed over</source>
        <translation>Berekend over</translation>
    </message>
    <message>
        <source>the thread as received, serialised as %1 (one line per communication: time, type, sender, text; the Case Console documentation, &quot;The case dossier&quot;)</source>
        <translation>het gesprek zoals ontvangen, geserialiseerd als %1 (één regel per communicatie: tijd, type, afzender, tekst; de documentatie van Case Console, &quot;Het meldingsdossier&quot;)</translation>
    </message>
    <message>
        <source>Communications</source>
        <translation>Communicatie</translation>
    </message>
    <message numerus="yes">
        <source>%n communication(s), %1 bytes</source>
        <translation>
            <numerusform>%n communicatie, %1 bytes</numerusform>
            <numerusform>%n communicaties, %1 bytes</numerusform>
        </translation>
    </message>
    <message>
        <source>Thread read from</source>
        <translation>Gesprek gelezen uit</translation>
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
        <translation>Melding %1 — %2</translation>
    </message>
    <message numerus="yes">
        <source>Thread (%n communication(s), oldest first)</source>
        <translation>
            <numerusform>Gesprek (%n communicatie, oudste eerst)</numerusform>
            <numerusform>Gesprek (%n communicaties, oudste eerst)</numerusform>
        </translation>
    </message>
    <message>
        <source>Generated %1 by %2</source>
        <translation>Gegenereerd %1 door %2</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Pagina %1 van %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>breached</source>
        <translation>overschreden</translation>
    </message>
</context>
<context>
    <name>DossierActions</name>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xporteren…</translation>
    </message>
    <message>
        <source>Pr&amp;int…</source>
        <translation>Afdr&amp;ukken…</translation>
    </message>
    <message>
        <source>Save the selected cases&apos; dossier as PDF or JSON (Ctrl+Shift+E)</source>
        <translation>Het dossier van de geselecteerde meldingen opslaan als PDF of JSON (Ctrl+Shift+E)</translation>
    </message>
    <message>
        <source>Print the selected cases&apos; dossier (Ctrl+P)</source>
        <translation>Het dossier van de geselecteerde meldingen afdrukken (Ctrl+P)</translation>
    </message>
    <message>
        <source>Select the cases to export first.</source>
        <translation>Selecteer eerst de meldingen om te exporteren.</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>PDF-document (*.pdf)</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>Export Case Dossier</source>
        <translation>Meldingsdossier exporteren</translation>
    </message>
    <message>
        <source>Select the cases to print first.</source>
        <translation>Selecteer eerst de meldingen om af te drukken.</translation>
    </message>
    <message>
        <source>Print Case Dossier</source>
        <translation>Meldingsdossier afdrukken</translation>
    </message>
    <message numerus="yes">
        <source>Exporting the dossier of %n case(s)…</source>
        <translation>
            <numerusform>Het dossier van %n melding wordt geëxporteerd…</numerusform>
            <numerusform>Het dossier van %n meldingen wordt geëxporteerd…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Printing the dossier of %n case(s)…</source>
        <translation>
            <numerusform>Het dossier van %n melding wordt afgedrukt…</numerusform>
            <numerusform>Het dossier van %n meldingen wordt afgedrukt…</numerusform>
        </translation>
    </message>
    <message>
        <source>A dossier is being made; wait for it or cancel it.</source>
        <translation>Er wordt een dossier gemaakt; wacht tot het klaar is of annuleer het.</translation>
    </message>
    <message>
        <source>Export cancelled; nothing was written.</source>
        <translation>Export geannuleerd; er is niets geschreven.</translation>
    </message>
    <message>
        <source>The selected cases are not in the local store yet.</source>
        <translation>De geselecteerde meldingen staan nog niet in de lokale opslag.</translation>
    </message>
    <message>
        <source>local store</source>
        <translation>lokale opslag</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>Case Dossier</source>
        <translation>Meldingsdossier</translation>
    </message>
    <message>
        <source>Sending the pages to the printer…</source>
        <translation>De pagina&apos;s gaan naar de printer…</translation>
    </message>
    <message numerus="yes">
        <source>Left out, not in the local store yet: %1.</source>
        <translation>
            <numerusform>Weggelaten, nog niet in de lokale opslag: %1.</numerusform>
            <numerusform>Weggelaten, nog niet in de lokale opslag: %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DossierExport</name>
    <message>
        <source>Printing cancelled.</source>
        <translation>Afdrukken geannuleerd.</translation>
    </message>
    <message numerus="yes">
        <source>Printed %n case(s).</source>
        <translation>
            <numerusform>%n melding afgedrukt.</numerusform>
            <numerusform>%n meldingen afgedrukt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not print: the printer refused the document.</source>
        <translation>Kan niet afdrukken: de printer weigerde het document.</translation>
    </message>
</context>
<context>
    <name>GraphQLCaseApi</name>
    <message>
        <source>The answer carries no list of cases.</source>
        <translation>Het antwoord bevat geen lijst met meldingen.</translation>
    </message>
    <message>
        <source>The provider did not accept the change.</source>
        <translation>De leverancier heeft de wijziging niet geaccepteerd.</translation>
    </message>
    <message>
        <source>The answer does not confirm the change.</source>
        <translation>Het antwoord bevestigt de wijziging niet.</translation>
    </message>
    <message>
        <source>The answer does not name the new case.</source>
        <translation>Het antwoord noemt de nieuwe melding niet.</translation>
    </message>
    <message>
        <source>The answer carries no account.</source>
        <translation>Het antwoord bevat geen account.</translation>
    </message>
</context>
<context>
    <name>GraphQLSchemaError</name>
    <message>
        <source>the field “%1”</source>
        <translation>het veld “%1”</translation>
    </message>
    <message>
        <source>the field “%1” on “%2”</source>
        <translation>het veld “%1” van “%2”</translation>
    </message>
    <message>
        <source>the argument “%1”</source>
        <translation>het argument “%1”</translation>
    </message>
    <message>
        <source>the argument “%1” of “%2”</source>
        <translation>het argument “%1” van “%2”</translation>
    </message>
</context>
<context>
    <name>GraphQLTransport</name>
    <message>
        <source>The answer is not a JSON object.</source>
        <translation>Het antwoord is geen JSON-object.</translation>
    </message>
    <message>
        <source>The answer&apos;s data is not an object.</source>
        <translation>De data in het antwoord is geen object.</translation>
    </message>
    <message>
        <source>Unknown operation %1.</source>
        <translation>Onbekende bewerking %1.</translation>
    </message>
    <message>
        <source>The answer has neither data nor errors.</source>
        <translation>Het antwoord bevat data noch fouten.</translation>
    </message>
</context>
<context>
    <name>Limits</name>
    <message>
        <source>The message is too long: at most %1 characters, this one has %2.</source>
        <translation>Het bericht is te lang: maximaal %1 tekens, dit bericht heeft er %2.</translation>
    </message>
    <message>
        <source>The reference is too long: at most %1 characters, this one has %2.</source>
        <translation>De referentie is te lang: maximaal %1 tekens, deze heeft er %2.</translation>
    </message>
    <message>
        <source>&quot;Sent by&quot; is too long: at most %1 characters, this one has %2.</source>
        <translation>&quot;Verzonden door&quot; is te lang: maximaal %1 tekens, deze waarde heeft er %2.</translation>
    </message>
</context>
<context>
    <name>LocalSandbox</name>
    <message>
        <source>Node.js could not be started: %1</source>
        <translation>Node.js kon niet worden gestart: %1</translation>
    </message>
    <message>
        <source>The sandbox server stopped (exit code %1)%2</source>
        <translation>De sandboxserver is gestopt (afsluitcode %1)%2</translation>
    </message>
    <message>
        <source>The sandbox server did not start within 20 seconds.</source>
        <translation>De sandboxserver is niet binnen 20 seconden gestart.</translation>
    </message>
    <message>
        <source>The sandbox server is not installed (no sandbox/server.js was found). Set CASECONSOLE_SANDBOX_DIR to the sandbox folder of the source tree.</source>
        <translation>De sandboxserver is niet geïnstalleerd (er is geen sandbox/server.js gevonden). Stel CASECONSOLE_SANDBOX_DIR in op de map sandbox in de broncode.</translation>
    </message>
    <message>
        <source>The sandbox needs Node.js 20 or newer, and no “node” program was found. Install Node.js (e.g. apt install nodejs) and try again.</source>
        <translation>De sandbox vereist Node.js 20 of nieuwer, en er is geen programma “node” gevonden. Installeer Node.js (bijv. apt install nodejs) en probeer het opnieuw.</translation>
    </message>
    <message>
        <source>The sandbox&apos;s packages are not installed. Run “npm ci” in %1 (scripts/deps does it) and try again.</source>
        <translation>De pakketten van de sandbox zijn niet geïnstalleerd. Voer “npm ci” uit in %1 (scripts/deps doet dit) en probeer het opnieuw.</translation>
    </message>
    <message>
        <source>The sandbox server&apos;s start line could not be read.</source>
        <translation>De startregel van de sandboxserver kon niet worden gelezen.</translation>
    </message>
</context>
<context>
    <name>LocalStore</name>
    <message>
        <source>The local database %1 was written by a newer version of Case Console. Update the console, or move the file away to start afresh.</source>
        <translation>De lokale database %1 is geschreven door een nieuwere versie van Case Console. Werk de console bij, of verplaats het bestand om opnieuw te beginnen.</translation>
    </message>
    <message>
        <source>The local database %1 could not be updated: %2. Free some disk space or close other programs using it, then start again.</source>
        <translation>De lokale database %1 kon niet worden bijgewerkt: %2. Maak schijfruimte vrij of sluit andere programma&apos;s die de database gebruiken, en start daarna opnieuw.</translation>
    </message>
    <message>
        <source>The local database %1 is damaged and cannot be moved aside (%2). Close other programs using it, or remove it by hand.</source>
        <translation>De lokale database %1 is beschadigd en kan niet opzij worden gezet (%2). Sluit andere programma&apos;s die de database gebruiken, of verwijder deze handmatig.</translation>
    </message>
    <message>
        <source>The disk holding %1 is full (%2). Free some space on it (old downloads, logs, the trash), then try again; nothing saved before was lost.</source>
        <translation>De schijf met %1 is vol (%2). Maak er ruimte vrij (oude downloads, logbestanden, de prullenbak) en probeer het daarna opnieuw; wat eerder is opgeslagen, is niet verloren gegaan.</translation>
    </message>
    <message>
        <source>Reading or writing %1 failed (%2): the disk holding it may be full, failing or disconnected. Free some space on it or check the disk, then try again; the file was left as it is.</source>
        <translation>Het lezen of schrijven van %1 is mislukt (%2): de schijf waarop het staat, is mogelijk vol, defect of losgekoppeld. Maak er ruimte vrij of controleer de schijf en probeer het daarna opnieuw; het bestand is ongewijzigd gelaten.</translation>
    </message>
    <message>
        <source>%1 is locked by another program (%2), perhaps another Case Console or casectl using the same profile. Close it, then try again; the file was left as it is.</source>
        <translation>%1 is vergrendeld door een ander programma (%2), misschien een andere Case Console of casectl met hetzelfde profiel. Sluit dat programma en probeer het daarna opnieuw; het bestand is ongewijzigd gelaten.</translation>
    </message>
    <message>
        <source>%1 cannot be opened for writing (%2). Check that you may write to the file and its folder and that the disk is not read-only, then try again; the file was left as it is.</source>
        <translation>%1 kan niet worden geopend om te schrijven (%2). Controleer of u naar het bestand en de map ervan mag schrijven en of de schijf niet alleen-lezen is, en probeer het daarna opnieuw; het bestand is ongewijzigd gelaten.</translation>
    </message>
    <message>
        <source>Your drafts (%1) and unsent changes (%2) were recovered from %3.</source>
        <translation>Uw concepten (%1) en niet-verzonden wijzigingen (%2) zijn hersteld uit %3.</translation>
    </message>
    <message>
        <source>Your drafts (%1) were recovered from %2; its unsent changes could not all be read (%3 recovered).</source>
        <translation>Uw concepten (%1) zijn hersteld uit %2; niet alle niet-verzonden wijzigingen daarin konden worden gelezen (%3 hersteld).</translation>
    </message>
    <message>
        <source>Your unsent changes (%1) were recovered from %2; its drafts could not all be read (%3 recovered).</source>
        <translation>Uw niet-verzonden wijzigingen (%1) zijn hersteld uit %2; niet alle concepten daarin konden worden gelezen (%3 hersteld).</translation>
    </message>
    <message>
        <source>Drafts and unsent changes could not be recovered from %1.</source>
        <translation>Concepten en niet-verzonden wijzigingen konden niet worden hersteld uit %1.</translation>
    </message>
    <message>
        <source>Only some drafts (%1) and unsent changes (%2) could be recovered from %3.</source>
        <translation>Slechts een deel van de concepten (%1) en niet-verzonden wijzigingen (%2) kon worden hersteld uit %3.</translation>
    </message>
    <message>
        <source>The local database %1 could not be opened (%2); it was left as it is.</source>
        <translation>De lokale database %1 kon niet worden geopend (%2); deze is ongewijzigd gelaten.</translation>
    </message>
    <message>
        <source>Reading the local database %1 failed (%2), but SQLite finds no damage in it, so it was left as it is. Start again; should this repeat, move the file away to start afresh.</source>
        <translation>Het lezen van de lokale database %1 is mislukt (%2), maar SQLite vindt er geen beschadiging in, dus deze is ongewijzigd gelaten. Start opnieuw; als dit zich herhaalt, verplaats het bestand dan om opnieuw te beginnen.</translation>
    </message>
    <message>
        <source>The local database %1 was damaged and has been moved to %2, but a new one cannot be created: %3 Your drafts and unsent changes stay in %2 and will be recovered when Case Console next starts.</source>
        <translation>De lokale database %1 was beschadigd en is verplaatst naar %2, maar er kan geen nieuwe worden aangemaakt: %3 Uw concepten en niet-verzonden wijzigingen blijven in %2 en worden hersteld wanneer Case Console de volgende keer start.</translation>
    </message>
    <message>
        <source>The local database was damaged and has been rebuilt; the cases will be fetched again.</source>
        <translation>De lokale database was beschadigd en is opnieuw opgebouwd; de meldingen worden opnieuw opgehaald.</translation>
    </message>
    <message>
        <source>Drafts and unsent changes in %1 could not be recovered yet: %2 Case Console will try again when it next starts.</source>
        <translation>Concepten en niet-verzonden wijzigingen in %1 konden nog niet worden hersteld: %2 Case Console probeert het bij de volgende start opnieuw.</translation>
    </message>
    <message>
        <source>An earlier run left a damaged copy of the local database behind.</source>
        <translation>Een eerdere uitvoering heeft een beschadigde kopie van de lokale database achtergelaten.</translation>
    </message>
    <message>
        <source>This change could not be read back from the local database (%1), so it is not sent.</source>
        <translation>Deze wijziging kon niet worden teruggelezen uit de lokale database (%1) en wordt daarom niet verzonden.</translation>
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
        <translation>Meldingen</translation>
    </message>
    <message>
        <source>Search all threads</source>
        <translation>Alle gesprekken doorzoeken</translation>
    </message>
    <message>
        <source>Search all threads (Ctrl+F)</source>
        <translation>Alle gesprekken doorzoeken (Ctrl+F)</translation>
    </message>
    <message>
        <source>Case Repository</source>
        <translation>Case Repository</translation>
    </message>
    <message>
        <source>&amp;Cases</source>
        <translation>Me&amp;ldingen</translation>
    </message>
    <message>
        <source>Case Re&amp;pository</source>
        <translation>Case &amp;Repository</translation>
    </message>
    <message>
        <source>Case %1 created.</source>
        <translation>Melding %1 aangemaakt.</translation>
    </message>
    <message>
        <source>Select a case to reply to.</source>
        <translation>Selecteer een melding om te beantwoorden.</translation>
    </message>
    <message>
        <source>Reply to %1 queued for sending.</source>
        <translation>Antwoord op %1 staat klaar voor verzending.</translation>
    </message>
    <message>
        <source>Select a case to add your reference to.</source>
        <translation>Selecteer een melding om uw referentie aan toe te voegen.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Bestand</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>Beel&amp;d</translation>
    </message>
    <message>
        <source>&amp;Case</source>
        <translation>&amp;Melding</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Hoofdwerkbalk</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Vernieuwen</translation>
    </message>
    <message>
        <source>Fetch the cases changed since the last poll (F5)</source>
        <translation>De meldingen ophalen die sinds de laatste peiling zijn gewijzigd (F5)</translation>
    </message>
    <message>
        <source>&amp;Full Refresh</source>
        <translation>V&amp;olledig vernieuwen</translation>
    </message>
    <message>
        <source>Fetch every case again (Shift+F5)</source>
        <translation>Alle meldingen opnieuw ophalen (Shift+F5)</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Zoeken</translation>
    </message>
    <message>
        <source>&amp;Next Unread</source>
        <translation>Volge&amp;nde ongelezen</translation>
    </message>
    <message>
        <source>&amp;Previous Unread</source>
        <translation>Vor&amp;ige ongelezen</translation>
    </message>
    <message>
        <source>Mark as &amp;Unread</source>
        <translation>Markeren als &amp;ongelezen</translation>
    </message>
    <message>
        <source>Mark as R&amp;ead</source>
        <translation>Markeren als &amp;gelezen</translation>
    </message>
    <message>
        <source>&amp;New Case…</source>
        <translation>&amp;Nieuwe melding…</translation>
    </message>
    <message>
        <source>Open an incident or a general request (Ctrl+N)</source>
        <translation>Een storing of algemeen verzoek aanmaken (Ctrl+N)</translation>
    </message>
    <message>
        <source>&amp;Reply…</source>
        <translation>&amp;Beantwoorden…</translation>
    </message>
    <message>
        <source>Reply to the open case (Ctrl+R)</source>
        <translation>De geopende melding beantwoorden (Ctrl+R)</translation>
    </message>
    <message>
        <source>Add Your Re&amp;ference…</source>
        <translation>Uw &amp;referentie toevoegen…</translation>
    </message>
    <message>
        <source>&amp;Watch</source>
        <translation>&amp;Volgen</translation>
    </message>
    <message>
        <source>Be notified of the provider&apos;s new messages on this case (Ctrl+Shift+W)</source>
        <translation>Een notificatie krijgen bij nieuwe berichten van de leverancier over deze melding (Ctrl+Shift+W)</translation>
    </message>
    <message>
        <source>&amp;Connections and Settings…</source>
        <translation>&amp;Verbindingen en instellingen…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Afsluiten</translation>
    </message>
    <message>
        <source>No unread cases.</source>
        <translation>Geen ongelezen meldingen.</translation>
    </message>
    <message>
        <source>%1 is hidden by the list&apos;s filters. It stays open here until you open another case.</source>
        <translation>%1 wordt door de filters van de lijst verborgen. De case blijft hier open tot u een andere opent.</translation>
    </message>
    <message>
        <source>%1 is not in the list with the filters set.</source>
        <translation>%1 staat met de ingestelde filters niet in de lijst.</translation>
    </message>
    <message>
        <source>Search is available when indexing finishes</source>
        <translation>Zoeken is beschikbaar zodra het indexeren klaar is</translation>
    </message>
</context>
<context>
    <name>ManageViewsDialog</name>
    <message>
        <source>&amp;Rename</source>
        <translation>&amp;Hernoemen</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Verwijderen</translation>
    </message>
    <message>
        <source>Delete or Rename Views</source>
        <translation>Weergaven verwijderen of hernoemen</translation>
    </message>
    <message>
        <source>Saved views</source>
        <translation>Opgeslagen weergaven</translation>
    </message>
    <message>
        <source>&amp;Views (Alt+1 to Alt+9 in this order):</source>
        <translation>&amp;Weergaven (Alt+1 tot en met Alt+9 in deze volgorde):</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Naam:</translation>
    </message>
</context>
<context>
    <name>MultiChoiceButton</name>
    <message numerus="yes">
        <source>%n chosen</source>
        <translation>
            <numerusform>%n gekozen</numerusform>
            <numerusform>%n gekozen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NetworkFailure</name>
    <message>
        <source>The server&apos;s answer is larger than %1, more than the console accepts; it was stopped.</source>
        <translation>Het antwoord van de server is groter dan %1, meer dan de console accepteert; het is afgebroken.</translation>
    </message>
    <message numerus="yes">
        <source>The server&apos;s answer was not complete within %n second(s); the request was stopped.</source>
        <translation>
            <numerusform>Het antwoord van de server was niet binnen %n seconde compleet; het verzoek is afgebroken.</numerusform>
            <numerusform>Het antwoord van de server was niet binnen %n seconden compleet; het verzoek is afgebroken.</numerusform>
        </translation>
    </message>
    <message>
        <source>The server redirected the request (HTTP %1) to %2. The console follows no redirects; if the service has moved, enter the new address in the settings.</source>
        <translation>De server heeft het verzoek omgeleid (HTTP %1) naar %2. De console volgt geen omleidingen; als de dienst is verhuisd, voer dan het nieuwe adres in bij de instellingen.</translation>
    </message>
    <message>
        <source>The server redirected the request (HTTP %1) to another server, %2. The console follows no redirects, so nothing was sent there; if the service has moved, enter the new address in the settings.</source>
        <translation>De server heeft het verzoek omgeleid (HTTP %1) naar een andere server, %2. De console volgt geen omleidingen, dus daar is niets naartoe verzonden; als de dienst is verhuisd, voer dan het nieuwe adres in bij de instellingen.</translation>
    </message>
    <message>
        <source>The connection closed after %1 of the %2 bytes the server announced.</source>
        <translation>De verbinding werd gesloten na %1 van de %2 bytes die de server aankondigde.</translation>
    </message>
    <message>
        <source>The connection closed before the server answered, so whether it carried out the request is not known.</source>
        <translation>De verbinding werd gesloten voordat de server antwoordde; daardoor is onbekend of de server het verzoek heeft uitgevoerd.</translation>
    </message>
    <message>
        <source>Host %1 not found. Check the address in the settings, and your network or VPN connection.</source>
        <translation>Host %1 niet gevonden. Controleer het adres in de instellingen en uw netwerk- of VPN-verbinding.</translation>
    </message>
    <message>
        <source>Cannot reach the server: %1 refused the connection. Check the address and port in the settings.</source>
        <translation>Server niet bereikbaar: %1 weigerde de verbinding. Controleer het adres en de poort in de instellingen.</translation>
    </message>
    <message>
        <source>The network proxy was not found. Check the system&apos;s proxy settings.</source>
        <translation>De netwerkproxy is niet gevonden. Controleer de proxy-instellingen van het systeem.</translation>
    </message>
</context>
<context>
    <name>NewsDetector</name>
    <message>
        <source>New %1 incident %2: %3</source>
        <translation>Nieuwe %1-storing %2: %3</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1 incident %2 is now %3</source>
        <translation>%1-storing %2 heeft nu de status %3</translation>
    </message>
    <message numerus="yes">
        <source>%n new message(s) on %1 · %2</source>
        <translation>
            <numerusform>%n nieuw bericht bij %1 · %2</numerusform>
            <numerusform>%n nieuwe berichten bij %1 · %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NoticeCentre</name>
    <message>
        <source>Notification &amp;History…</source>
        <translation>Notificatie&amp;geschiedenis…</translation>
    </message>
    <message>
        <source>The last notices; Enter opens a notice&apos;s case (Ctrl+Shift+H)</source>
        <translation>De laatste notificaties; Enter opent de melding van een notificatie (Ctrl+Shift+H)</translation>
    </message>
    <message>
        <source>&amp;Open P1 Incident</source>
        <translation>P1-storing o&amp;penen</translation>
    </message>
    <message>
        <source>Ac&amp;knowledge P1 Alarm</source>
        <translation>P1-&amp;alarm bevestigen</translation>
    </message>
    <message numerus="yes">
        <source>Notifications: %n unread (Ctrl+Shift+H)</source>
        <translation>
            <numerusform>Notificaties: %n ongelezen (Ctrl+Shift+H)</numerusform>
            <numerusform>Notificaties: %n ongelezen (Ctrl+Shift+H)</numerusform>
        </translation>
    </message>
    <message>
        <source>Notifications (Ctrl+Shift+H)</source>
        <translation>Notificaties (Ctrl+Shift+H)</translation>
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
        <translation>Nog geen notificaties.</translation>
    </message>
    <message>
        <source>Notification history</source>
        <translation>Notificatiegeschiedenis</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Notificaties</translation>
    </message>
    <message>
        <source>Mark All Read</source>
        <translation>Alle markeren als gelezen</translation>
    </message>
    <message>
        <source>Notifications, newest first</source>
        <translation>Notificaties, nieuwste eerst</translation>
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
            <numerusform>%n update voor uw meldingen</numerusform>
            <numerusform>%n updates voor uw meldingen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>en nog %n</numerusform>
            <numerusform>en nog %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OptionValues</name>
    <message>
        <source> for --type %1</source>
        <translation> voor --type %1</translation>
    </message>
    <message>
        <source>--service is required: the id of the service the case is about</source>
        <translation>--service is vereist: de id van de dienst waar de case over gaat</translation>
    </message>
    <message>
        <source>--message is required: describe the problem or request</source>
        <translation>--message is vereist: beschrijf het probleem of verzoek</translation>
    </message>
    <message>
        <source>--start is required for an incident</source>
        <translation>--start is vereist voor een storing</translation>
    </message>
    <message>
        <source>--end cannot be before --start</source>
        <translation>--end kan niet vóór --start liggen</translation>
    </message>
</context>
<context>
    <name>Outbox</name>
    <message>
        <source>This change could not be saved locally, so it was not sent. Use Retry once the disk has room again.</source>
        <translation>Deze wijziging kon niet lokaal worden opgeslagen en is daarom niet verzonden. Gebruik Opnieuw proberen zodra er weer ruimte op de schijf is.</translation>
    </message>
    <message>
        <source>This change could not be saved locally, so it was not sent.</source>
        <translation>Deze wijziging kon niet lokaal worden opgeslagen en is daarom niet verzonden.</translation>
    </message>
    <message>
        <source>The change could not be saved in the local store first, so it was not sent.</source>
        <translation>De wijziging kon niet eerst in de lokale opslag worden bewaard en is daarom niet verzonden.</translation>
    </message>
</context>
<context>
    <name>OutboxItem</name>
    <message>
        <source>New case: %1</source>
        <translation>Nieuwe melding: %1</translation>
    </message>
    <message>
        <source>Reply to %1</source>
        <translation>Antwoord op %1</translation>
    </message>
    <message>
        <source>Reference for %1</source>
        <translation>Referentie voor %1</translation>
    </message>
    <message>
        <source>New case status for %1</source>
        <translation>Nieuwe meldingsstatus voor %1</translation>
    </message>
    <message>
        <source>Change of case status %1</source>
        <translation>Wijziging van meldingsstatus %1</translation>
    </message>
    <message>
        <source>Deletion of case status %1</source>
        <translation>Verwijdering van meldingsstatus %1</translation>
    </message>
    <message>
        <source>Status of %1 for the Case Repository</source>
        <translation>Status van %1 voor de Case Repository</translation>
    </message>
    <message>
        <source>Waiting to send…</source>
        <translation>Wacht op verzending…</translation>
    </message>
    <message>
        <source>Not sent yet: %1 It is saved and will be sent again automatically; you can close this window.</source>
        <translation>Nog niet verzonden: %1 Het is opgeslagen en wordt automatisch opnieuw verzonden; u kunt dit venster sluiten.</translation>
    </message>
</context>
<context>
    <name>OutboxLinks</name>
    <message>
        <source>It is being sent right now; try again in a moment.</source>
        <translation>Het wordt nu verzonden; probeer het zo meteen opnieuw.</translation>
    </message>
    <message>
        <source>The reply is back in your draft (Ctrl+R).</source>
        <translation>Het antwoord staat weer in uw concept (Ctrl+R).</translation>
    </message>
</context>
<context>
    <name>OutboxStates</name>
    <message>
        <source>%1: waiting to be sent…</source>
        <translation>%1: wacht op verzending…</translation>
    </message>
    <message>
        <source>%1: not sent yet (%2); it will be sent again automatically.</source>
        <translation>%1: nog niet verzonden (%2); wordt automatisch opnieuw verzonden.</translation>
    </message>
    <message>
        <source>%1: sending…</source>
        <translation>%1: verzenden…</translation>
    </message>
    <message>
        <source>%1: no answer yet (%2); checking whether it arrived.</source>
        <translation>%1: nog geen antwoord (%2); er wordt gecontroleerd of het is aangekomen.</translation>
    </message>
    <message>
        <source>%1 was refused: %2</source>
        <translation>%1 is geweigerd: %2</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>wachtend</translation>
    </message>
    <message>
        <source>sending</source>
        <translation>verzenden</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>onbekend</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>geweigerd</translation>
    </message>
    <message>
        <source>done</source>
        <translation>voltooid</translation>
    </message>
    <message>
        <source>Not accepted: the case is closed, and the provider takes no replies to a closed case. Open a new case, or take the text back into the draft.</source>
        <translation>Niet aangenomen: de case is gesloten en de provider neemt geen antwoorden op een gesloten case aan. Open een nieuwe case of haal de tekst terug in het concept.</translation>
    </message>
</context>
<context>
    <name>P1AlarmBanner</name>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Acknowledge</source>
        <translation>Bevestigen</translation>
    </message>
    <message>
        <source>Acknowledge All</source>
        <translation>Alle bevestigen</translation>
    </message>
    <message>
        <source>P1 alarm</source>
        <translation>P1-alarm</translation>
    </message>
    <message>
        <source>Show this incident (Ctrl+Shift+O)</source>
        <translation>Deze storing tonen (Ctrl+Shift+O)</translation>
    </message>
    <message>
        <source>Stop the alarm for the incident shown (Ctrl+Shift+A)</source>
        <translation>Het alarm voor de getoonde storing stoppen (Ctrl+Shift+A)</translation>
    </message>
    <message>
        <source>P1 ALARM %1 · %2 · %3</source>
        <translation>P1-ALARM %1 · %2 · %3</translation>
    </message>
    <message numerus="yes">
        <source>%n more unacknowledged P1 incident(s): %1</source>
        <translation>
            <numerusform>Nog %n onbevestigde P1-storing: %1</numerusform>
            <numerusform>Nog %n onbevestigde P1-storingen: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>P1 ALARM · since %1 · %2 · %3</source>
        <translation>P1-ALARM · sinds %1 · %2 · %3</translation>
    </message>
</context>
<context>
    <name>ProviderCapabilities</name>
    <message>
        <source>priorities of cases</source>
        <translation>prioriteiten van meldingen</translation>
    </message>
    <message>
        <source>the end of an incident</source>
        <translation>het einde van een storing</translation>
    </message>
    <message>
        <source>site names on cases</source>
        <translation>locatienamen bij meldingen</translation>
    </message>
    <message>
        <source>service names on cases</source>
        <translation>dienstnamen bij meldingen</translation>
    </message>
    <message>
        <source>a priority chosen when creating a case (it sets its own)</source>
        <translation>een bij het aanmaken van een melding gekozen prioriteit (de leverancier bepaalt die zelf)</translation>
    </message>
    <message>
        <source>the account&apos;s id</source>
        <translation>de ID van het account</translation>
    </message>
    <message>
        <source>the account&apos;s name</source>
        <translation>de naam van het account</translation>
    </message>
    <message>
        <source>the account&apos;s list of services</source>
        <translation>de lijst met diensten van het account</translation>
    </message>
    <message>
        <source>the status, type, bandwidth and site of services</source>
        <translation>de status, het type, de bandbreedte en de locatie van diensten</translation>
    </message>
    <message>
        <source>the account&apos;s list of sites</source>
        <translation>de lijst met locaties van het account</translation>
    </message>
    <message>
        <source>the city and country of sites</source>
        <translation>de plaats en het land van locaties</translation>
    </message>
</context>
<context>
    <name>ProviderConnection</name>
    <message>
        <source>No client id is set.</source>
        <translation>Er is geen client-ID ingesteld.</translation>
    </message>
</context>
<context>
    <name>PublishAllBar</name>
    <message>
        <source>&amp;Make all up to date</source>
        <translation>Alles bijwer&amp;ken</translation>
    </message>
    <message>
        <source>Compare every case with the Case Repository and publish the open cases without an entry and every entry that differs</source>
        <translation>Elke case vergelijken met de Case Repository en de open cases zonder item en elk afwijkend item publiceren</translation>
    </message>
    <message>
        <source>Comparing the cases with the Case Repository…</source>
        <translation>De cases worden vergeleken met de Case Repository…</translation>
    </message>
    <message>
        <source>Published entries: not compared with the cases yet.</source>
        <translation>Gepubliceerde items: nog niet vergeleken met de cases.</translation>
    </message>
    <message>
        <source>Published entries: all up to date.</source>
        <translation>Gepubliceerde items: alle bijgewerkt.</translation>
    </message>
    <message numerus="yes">
        <source>Published entries: %n out of date, being published.</source>
        <translation>
            <numerusform>Gepubliceerde items: %n verouderd, wordt gepubliceerd.</numerusform>
            <numerusform>Gepubliceerde items: %n verouderd, worden gepubliceerd.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PublishOperation</name>
    <message>
        <source>waiting to be published</source>
        <translation>wacht op publicatie</translation>
    </message>
    <message>
        <source>not published yet: %1</source>
        <translation>nog niet gepubliceerd: %1</translation>
    </message>
    <message>
        <source>publishing…</source>
        <translation>publiceren…</translation>
    </message>
    <message>
        <source>no answer yet; publishing again</source>
        <translation>nog geen antwoord; opnieuw publiceren</translation>
    </message>
    <message>
        <source>published</source>
        <translation>gepubliceerd</translation>
    </message>
</context>
<context>
    <name>ReferenceDialog</name>
    <message>
        <source>Your Reference</source>
        <translation>Uw referentie</translation>
    </message>
    <message>
        <source>Your own reference for %1 (e.g. your ticket number):</source>
        <translation>Uw eigen referentie voor %1 (bijv. uw ticketnummer):</translation>
    </message>
    <message>
        <source>Your reference</source>
        <translation>Uw referentie</translation>
    </message>
    <message>
        <source>&amp;Set</source>
        <translation>&amp;Instellen</translation>
    </message>
    <message>
        <source>Type a reference to set it (a blank one is not sent).</source>
        <translation>Typ een referentie om die in te stellen (een lege wordt niet verzonden).</translation>
    </message>
    <message>
        <source>A blank reference is not sent: the provider keeps a case&apos;s reference until another one replaces it.</source>
        <translation>Een lege referentie wordt niet verzonden: de provider houdt de referentie van een case tot een andere haar vervangt.</translation>
    </message>
    <message>
        <source>This is already the case&apos;s reference.</source>
        <translation>Dit is al de referentie van de case.</translation>
    </message>
</context>
<context>
    <name>ReplyDialog</name>
    <message>
        <source>Reply</source>
        <translation>Antwoord</translation>
    </message>
    <message>
        <source>&amp;Message to the provider:</source>
        <translation>&amp;Bericht aan de leverancier:</translation>
    </message>
    <message>
        <source>Reply message</source>
        <translation>Antwoordbericht</translation>
    </message>
    <message>
        <source>Sent &amp;by:</source>
        <translation>&amp;Verzonden door:</translation>
    </message>
    <message>
        <source>Your name, as the provider sees it</source>
        <translation>Uw naam, zoals de leverancier die ziet</translation>
    </message>
    <message>
        <source>Sent by</source>
        <translation>Verzonden door</translation>
    </message>
    <message>
        <source>Draft state</source>
        <translation>Conceptstatus</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>Ver&amp;zenden</translation>
    </message>
    <message>
        <source>Send the reply (Ctrl+Return)</source>
        <translation>Het antwoord verzenden (Ctrl+Return)</translation>
    </message>
    <message>
        <source>Close; the draft is kept for next time</source>
        <translation>Sluiten; het concept wordt bewaard voor de volgende keer</translation>
    </message>
    <message>
        <source>Draft saved.</source>
        <translation>Concept opgeslagen.</translation>
    </message>
    <message>
        <source>Reply to %1</source>
        <translation>Antwoord op %1</translation>
    </message>
    <message>
        <source>Restored your draft.</source>
        <translation>Uw concept is hersteld.</translation>
    </message>
    <message>
        <source>Write the reply to send it.</source>
        <translation>Schrijf het antwoord om het te verzenden.</translation>
    </message>
    <message>
        <source>This case is resolved. A reply may reopen it: send one only if the problem is still there or you need more from the provider.</source>
        <translation>Deze case is opgelost. Een antwoord kan hem heropenen: stuur er alleen een als het probleem er nog is of u meer van de provider nodig hebt.</translation>
    </message>
    <message>
        <source>⚠ This case is closed: the provider refuses replies to a closed case. To follow up, open a new case (your text here stays in this case&apos;s draft).</source>
        <translation>⚠ Deze case is gesloten: de provider weigert antwoorden op een gesloten case. Open voor een vervolg een nieuwe case (uw tekst hier blijft in het concept van deze case).</translation>
    </message>
</context>
<context>
    <name>ReplyOperation</name>
    <message>
        <source>Waiting to send</source>
        <translation>Wacht op verzending</translation>
    </message>
    <message>
        <source>Not sent yet (%1); trying again automatically</source>
        <translation>Nog niet verzonden (%1); wordt automatisch opnieuw geprobeerd</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Verzenden…</translation>
    </message>
    <message>
        <source>No answer (%1); checking whether it arrived before sending again</source>
        <translation>Geen antwoord (%1); er wordt gecontroleerd of het is aangekomen voordat het opnieuw wordt verzonden</translation>
    </message>
    <message>
        <source>Not accepted: %1</source>
        <translation>Niet geaccepteerd: %1</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Verzonden</translation>
    </message>
</context>
<context>
    <name>RepositoryBrowser</name>
    <message>
        <source>No Case Repository is set up for this profile.</source>
        <translation>Voor dit profiel is geen Case Repository ingesteld.</translation>
    </message>
    <message>
        <source>The Case Repository could not be searched: %1</source>
        <translation>De Case Repository kon niet worden doorzocht: %1</translation>
    </message>
    <message>
        <source>Deleted %1.</source>
        <translation>%1 verwijderd.</translation>
    </message>
    <message>
        <source>Created the case status %1.</source>
        <translation>Meldingsstatus %1 aangemaakt.</translation>
    </message>
    <message>
        <source>Saved the changes to %1.</source>
        <translation>Wijzigingen in %1 opgeslagen.</translation>
    </message>
</context>
<context>
    <name>RepositoryClient</name>
    <message>
        <source>The Case Repository URL is not a valid address.</source>
        <translation>De URL van de Case Repository is geen geldig adres.</translation>
    </message>
    <message>
        <source>The Case Repository needs a user name.</source>
        <translation>De Case Repository heeft een gebruikersnaam nodig.</translation>
    </message>
    <message>
        <source>The Case Repository did not accept the user name or password. Check the profile&apos;s Case Repository user and password.</source>
        <translation>De Case Repository heeft de gebruikersnaam of het wachtwoord niet geaccepteerd. Controleer de Case Repository-gebruiker en het wachtwoord in het profiel.</translation>
    </message>
    <message>
        <source>This Case Repository user may only read. Ask for a user that may write case statuses.</source>
        <translation>Deze Case Repository-gebruiker mag alleen lezen. Vraag om een gebruiker die meldingsstatussen mag schrijven.</translation>
    </message>
    <message>
        <source>The Case Repository has no such case status (it may have been deleted).</source>
        <translation>De Case Repository heeft deze meldingsstatus niet (mogelijk is die verwijderd).</translation>
    </message>
    <message>
        <source>The Case Repository already has a status entry with this business key and source: %1</source>
        <translation>De Case Repository heeft al een statusitem met deze bedrijfssleutel en bron: %1</translation>
    </message>
    <message>
        <source>The Case Repository refused the request: %1</source>
        <translation>De Case Repository heeft het verzoek geweigerd: %1</translation>
    </message>
    <message>
        <source>The Case Repository refused the value of “%1”: %2</source>
        <translation>De Case Repository heeft de waarde van “%1” geweigerd: %2</translation>
    </message>
    <message>
        <source>The Case Repository does not serve this request (%1 %2). Check the Case Repository URL in the settings.</source>
        <translation>De Case Repository verwerkt dit verzoek niet (%1 %2). Controleer de URL van de Case Repository in de instellingen.</translation>
    </message>
    <message>
        <source>The Case Repository failed while handling the request (%1); it may be busy or down for a moment.</source>
        <translation>Bij de Case Repository ging iets mis bij het verwerken van het verzoek (%1); mogelijk is die even bezet of onbereikbaar.</translation>
    </message>
    <message>
        <source>The Case Repository answered %1: %2</source>
        <translation>De Case Repository antwoordde %1: %2</translation>
    </message>
    <message>
        <source>No Case Repository is configured for this profile.</source>
        <translation>Voor dit profiel is geen Case Repository ingesteld.</translation>
    </message>
    <message>
        <source>The Case Repository&apos;s answer is not JSON: %1</source>
        <translation>Het antwoord van de Case Repository is geen JSON: %1</translation>
    </message>
    <message>
        <source>The Case Repository&apos;s answer lacks %1.</source>
        <translation>In het antwoord van de Case Repository ontbreekt %1.</translation>
    </message>
    <message>
        <source>A published status needs a business key (the provider case id).</source>
        <translation>Een gepubliceerde status heeft een bedrijfssleutel nodig (de meldings-ID van de leverancier).</translation>
    </message>
</context>
<context>
    <name>RepositoryEntry</name>
    <message>
        <source>the case type</source>
        <translation>het meldingstype</translation>
    </message>
    <message>
        <source>the client type</source>
        <translation>het klanttype</translation>
    </message>
    <message>
        <source>the status</source>
        <translation>de status</translation>
    </message>
    <message>
        <source>%1 is missing</source>
        <translation>%1 ontbreekt</translation>
    </message>
    <message>
        <source>%1 and %2 are missing</source>
        <translation>%1 en %2 ontbreken</translation>
    </message>
    <message>
        <source>A new case status needs a case type, a client type and a status; %1. The business key and the client id may be left empty.</source>
        <translation>Een nieuwe meldingsstatus vereist een meldingstype, een klanttype en een status; %1. De bedrijfssleutel en de klant-ID mogen leeg blijven.</translation>
    </message>
</context>
<context>
    <name>RepositoryEntryDialog</name>
    <message>
        <source>Case Status</source>
        <translation>Meldingsstatus</translation>
    </message>
    <message>
        <source>A case status in the Case Repository.</source>
        <translation>Een meldingsstatus in de Case Repository.</translation>
    </message>
    <message>
        <source>Case &amp;type:</source>
        <translation>Meldings&amp;type:</translation>
    </message>
    <message>
        <source>Case type</source>
        <translation>Meldingstype</translation>
    </message>
    <message>
        <source>C&amp;lient type:</source>
        <translation>K&amp;lanttype:</translation>
    </message>
    <message>
        <source>Client type</source>
        <translation>Klanttype</translation>
    </message>
    <message>
        <source>Client &amp;ID:</source>
        <translation>Klant-&amp;ID:</translation>
    </message>
    <message>
        <source>Client ID</source>
        <translation>Klant-ID</translation>
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
        <translation>Verzonden status</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Beschrijving:</translation>
    </message>
    <message>
        <source>Status description</source>
        <translation>Statusbeschrijving</translation>
    </message>
    <message>
        <source>Optional: what the status means for this case, up to 1,000 characters</source>
        <translation>Optioneel: wat de status voor deze melding betekent, maximaal 1.000 tekens</translation>
    </message>
    <message>
        <source>Characters in the description</source>
        <translation>Tekens in de beschrijving</translation>
    </message>
    <message>
        <source>&amp;Business key:</source>
        <translation>Bedrij&amp;fssleutel:</translation>
    </message>
    <message>
        <source>Business key</source>
        <translation>Bedrijfssleutel</translation>
    </message>
    <message>
        <source>Optional: your own key, unique within the source (e.g. the provider case id)</source>
        <translation>Optioneel: uw eigen sleutel, uniek binnen de bron (bijv. de meldings-ID van de leverancier)</translation>
    </message>
    <message>
        <source>S&amp;ource:</source>
        <translation>B&amp;ron:</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Bron</translation>
    </message>
    <message>
        <source>The system that publishes the status</source>
        <translation>Het systeem dat de status publiceert</translation>
    </message>
    <message>
        <source>What is missing</source>
        <translation>Wat ontbreekt</translation>
    </message>
    <message>
        <source>Sending state</source>
        <translation>Verzendstatus</translation>
    </message>
    <message>
        <source>New Case Status</source>
        <translation>Nieuwe meldingsstatus</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>&amp;Aanmaken</translation>
    </message>
    <message>
        <source>Publish the status of a case to the Case Repository.</source>
        <translation>Publiceer de status van een melding in de Case Repository.</translation>
    </message>
    <message>
        <source>Empty: the Case Repository&apos;s default (eximee)</source>
        <translation>Leeg: de standaardwaarde van de Case Repository (eximee)</translation>
    </message>
    <message>
        <source>Edit Case Status</source>
        <translation>Meldingsstatus bewerken</translation>
    </message>
    <message>
        <source>Sa&amp;ve Changes</source>
        <translation>&amp;Wijzigingen opslaan</translation>
    </message>
    <message>
        <source>Change the status entry %1. Only the fields you change are sent; the entry&apos;s history records them.</source>
        <translation>Statusitem %1 wijzigen. Alleen de velden die u wijzigt, worden verzonden; de geschiedenis van het item legt ze vast.</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Saving the change to send it…</source>
        <translation>De wijziging wordt opgeslagen om te verzenden…</translation>
    </message>
    <message>
        <source>The %1 has %2 characters; the Case Repository takes at most %3.</source>
        <translation>Te lang: %1 heeft %2 tekens; de Case Repository accepteert er hoogstens %3.</translation>
    </message>
    <message>
        <source>case type</source>
        <translation>het meldingstype</translation>
    </message>
    <message>
        <source>client type</source>
        <translation>het klanttype</translation>
    </message>
    <message>
        <source>client ID</source>
        <translation>de klant-ID</translation>
    </message>
    <message>
        <source>status</source>
        <translation>de status</translation>
    </message>
    <message>
        <source>description</source>
        <translation>de beschrijving</translation>
    </message>
    <message>
        <source>business key</source>
        <translation>de bedrijfssleutel</translation>
    </message>
    <message>
        <source>source</source>
        <translation>de bron</translation>
    </message>
    <message>
        <source>Nothing changed yet.</source>
        <translation>Nog niets gewijzigd.</translation>
    </message>
    <message>
        <source>Sent as “%1”, as typed. The console does not know this value and shows it as open.</source>
        <translation>Verzonden als “%1”, zoals getypt. De console kent deze waarde niet en toont deze als open.</translation>
    </message>
    <message>
        <source>Sent as “%1”: the case counts as open.</source>
        <translation>Verzonden als “%1”: de melding telt als open.</translation>
    </message>
    <message>
        <source>Sent as “%1”: the case counts as closed.</source>
        <translation>Verzonden als “%1”: de melding telt als gesloten.</translation>
    </message>
    <message>
        <source>%1 of %2 characters</source>
        <translation>%1 van %2 tekens</translation>
    </message>
    <message>
        <source>Ready to create.</source>
        <translation>Klaar om aan te maken.</translation>
    </message>
    <message>
        <source>Changes to send: %1.</source>
        <translation>Te verzenden wijzigingen: %1.</translation>
    </message>
    <message>
        <source>To create the entry:</source>
        <translation>Om het item aan te maken:</translation>
    </message>
    <message>
        <source>To save:</source>
        <translation>Om op te slaan:</translation>
    </message>
    <message>
        <source>Required fields</source>
        <translation>Verplichte velden</translation>
    </message>
    <message>
        <source>Required, for example NetworkIncident or ServiceRequest</source>
        <translation>Verplicht, bijvoorbeeld NetworkIncident of ServiceRequest</translation>
    </message>
    <message>
        <source>Required: choose PESEL, NIP or REGON, or type another kind of client number</source>
        <translation>Verplicht: kies PESEL, NIP of REGON, of typ een ander soort klantnummer</translation>
    </message>
    <message>
        <source>Optional: the client’s PESEL, NIP or REGON number</source>
        <translation>Optioneel: het PESEL-, NIP- of REGON-nummer van de klant</translation>
    </message>
    <message>
        <source>Required: choose a status, or type a value the Case Repository uses</source>
        <translation>Verplicht: kies een status, of typ een waarde die de Case Repository gebruikt</translation>
    </message>
    <message>
        <source>Required: the case type, the client type and the status. The client ID, the description, the business key and the source may be left empty.</source>
        <translation>Verplicht: het meldingstype, het klanttype en de status. De klant-ID, de beschrijving, de bedrijfssleutel en de bron mogen leeg blijven.</translation>
    </message>
    <message>
        <source>Required: the case type, the client type, the status and the source. Emptying the client ID, the description or the business key removes it from the entry.</source>
        <translation>Verplicht: het meldingstype, het klanttype, de status en de bron. Als u de klant-ID, de beschrijving of de bedrijfssleutel leegmaakt, wordt die uit het item verwijderd.</translation>
    </message>
    <message>
        <source>Enter the %1: the Case Repository requires it.</source>
        <translation>Voer %1 in: de Case Repository vereist dit.</translation>
    </message>
</context>
<context>
    <name>RepositoryEntryModel</name>
    <message>
        <source>%1 (%2): open</source>
        <translation>%1 (%2): open</translation>
    </message>
    <message>
        <source>%1 (%2): closed</source>
        <translation>%1 (%2): gesloten</translation>
    </message>
    <message>
        <source>The Case Repository cannot sort by this column.</source>
        <translation>De Case Repository kan niet op deze kolom sorteren.</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Case type</source>
        <translation>Meldingstype</translation>
    </message>
    <message>
        <source>Client type</source>
        <translation>Klanttype</translation>
    </message>
    <message>
        <source>Client ID</source>
        <translation>Klant-ID</translation>
    </message>
    <message>
        <source>Business key</source>
        <translation>Bedrijfssleutel</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Bron</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Bijgewerkt</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Aangemaakt</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschrijving</translation>
    </message>
</context>
<context>
    <name>RepositoryOperation</name>
    <message>
        <source>No Case Repository is set up for this profile; set it up in Connections and Settings.</source>
        <translation>Voor dit profiel is geen Case Repository ingesteld; stel die in bij Verbindingen en instellingen.</translation>
    </message>
    <message>
        <source>Sending to the Case Repository…</source>
        <translation>Verzenden naar de Case Repository…</translation>
    </message>
    <message>
        <source>No answer from the Case Repository (%1). Checking whether the change arrived before trying again.</source>
        <translation>Geen antwoord van de Case Repository (%1). Er wordt gecontroleerd of de wijziging is aangekomen voordat het opnieuw wordt geprobeerd.</translation>
    </message>
    <message>
        <source>&lt;b&gt;The Case Repository did not accept it:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;De Case Repository heeft het niet geaccepteerd:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Opgeslagen.</translation>
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
        <translation>Klantt&amp;ype:</translation>
    </message>
    <message>
        <source>Client type filter</source>
        <translation>Klanttypefilter</translation>
    </message>
    <message>
        <source>Any client type when empty; choose one or type another</source>
        <translation>Leeg: elk klanttype; kies er een of typ een ander</translation>
    </message>
    <message>
        <source>Client &amp;ID:</source>
        <translation>Klant-&amp;ID:</translation>
    </message>
    <message>
        <source>Client ID filter</source>
        <translation>Klant-ID-filter</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Case ty&amp;pe:</source>
        <translation>Meldingsty&amp;pe:</translation>
    </message>
    <message>
        <source>Case type filter</source>
        <translation>Meldingstypefilter</translation>
    </message>
    <message>
        <source>St&amp;atus:</source>
        <translation>St&amp;atus:</translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation>Statusfilter</translation>
    </message>
    <message>
        <source>&amp;Business key:</source>
        <translation>Bedrij&amp;fssleutel:</translation>
    </message>
    <message>
        <source>Business key filter</source>
        <translation>Bedrijfssleutelfilter</translation>
    </message>
    <message>
        <source>S&amp;ource:</source>
        <translation>B&amp;ron:</translation>
    </message>
    <message>
        <source>Source filter</source>
        <translation>Bronfilter</translation>
    </message>
    <message>
        <source>Updated bet&amp;ween:</source>
        <translation>Bijgewerkt &amp;tussen:</translation>
    </message>
    <message>
        <source>any</source>
        <translation>willekeurig</translation>
    </message>
    <message>
        <source>Any time as the earliest update</source>
        <translation>Geen ondergrens voor het bijwerktijdstip</translation>
    </message>
    <message>
        <source>Updated at or after</source>
        <translation>Bijgewerkt op of na</translation>
    </message>
    <message>
        <source>an&amp;d</source>
        <translation>e&amp;n</translation>
    </message>
    <message>
        <source>Any time as the latest update</source>
        <translation>Geen bovengrens voor het bijwerktijdstip</translation>
    </message>
    <message>
        <source>Updated at or before</source>
        <translation>Bijgewerkt op of vóór</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Zoeken</translation>
    </message>
    <message>
        <source>Search the Case Repository</source>
        <translation>De Case Repository doorzoeken</translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation>&amp;Wissen</translation>
    </message>
    <message>
        <source>Clear the filters and show every entry</source>
        <translation>De filters wissen en alle items tonen</translation>
    </message>
    <message>
        <source>Case statuses</source>
        <translation>Meldingsstatussen</translation>
    </message>
    <message>
        <source>«</source>
        <translation>«</translation>
    </message>
    <message>
        <source>First page</source>
        <translation>Eerste pagina</translation>
    </message>
    <message>
        <source>‹</source>
        <translation>‹</translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation>Vorige pagina</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>Pagina</translation>
    </message>
    <message>
        <source>›</source>
        <translation>›</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>Volgende pagina</translation>
    </message>
    <message>
        <source>»</source>
        <translation>»</translation>
    </message>
    <message>
        <source>Last page</source>
        <translation>Laatste pagina</translation>
    </message>
    <message>
        <source>Per pa&amp;ge:</source>
        <translation>Per pa&amp;gina:</translation>
    </message>
    <message>
        <source>Entries per page</source>
        <translation>Items per pagina</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>Nie&amp;uw…</translation>
    </message>
    <message>
        <source>New case status</source>
        <translation>Nieuwe meldingsstatus</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>B&amp;ewerken…</translation>
    </message>
    <message>
        <source>Edit the selected case status</source>
        <translation>De geselecteerde meldingsstatus bewerken</translation>
    </message>
    <message>
        <source>Dele&amp;te…</source>
        <translation>&amp;Verwijderen…</translation>
    </message>
    <message>
        <source>Delete the selected case status</source>
        <translation>De geselecteerde meldingsstatus verwijderen</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>Opnieuw &amp;laden</translation>
    </message>
    <message>
        <source>Load this page again</source>
        <translation>Deze pagina opnieuw laden</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Select an entry to see its details and history.</source>
        <translation>Selecteer een item om de details en geschiedenis ervan te zien.</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>Open or closed</source>
        <translation>Open of gesloten</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Case ID:</source>
        <translation>Meldings-ID:</translation>
    </message>
    <message>
        <source>Case ID</source>
        <translation>Meldings-ID</translation>
    </message>
    <message>
        <source>Case type:</source>
        <translation>Meldingstype:</translation>
    </message>
    <message>
        <source>Case type</source>
        <translation>Meldingstype</translation>
    </message>
    <message>
        <source>Client:</source>
        <translation>Klant:</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Klant</translation>
    </message>
    <message>
        <source>Business key:</source>
        <translation>Bedrijfssleutel:</translation>
    </message>
    <message>
        <source>Business key</source>
        <translation>Bedrijfssleutel</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>Bron:</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Bron</translation>
    </message>
    <message>
        <source>Created:</source>
        <translation>Aangemaakt:</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Aangemaakt</translation>
    </message>
    <message>
        <source>Updated:</source>
        <translation>Bijgewerkt:</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Bijgewerkt</translation>
    </message>
    <message>
        <source>Description:</source>
        <translation>Beschrijving:</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschrijving</translation>
    </message>
    <message>
        <source>&amp;History:</source>
        <translation>Ges&amp;chiedenis:</translation>
    </message>
    <message>
        <source>History of the entry</source>
        <translation>Geschiedenis van het item</translation>
    </message>
    <message>
        <source>Loading</source>
        <translation>Laden</translation>
    </message>
    <message>
        <source>Case Repository messages</source>
        <translation>Case Repository-berichten</translation>
    </message>
    <message>
        <source>Waiting for customer</source>
        <translation>Wacht op klant</translation>
    </message>
    <message>
        <source>Client type</source>
        <translation>Klanttype</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Elke status</translation>
    </message>
    <message>
        <source>The earliest update time is after the latest one: change one of them.</source>
        <translation>Het vroegste bijwerktijdstip ligt na het laatste: wijzig een van beide.</translation>
    </message>
    <message>
        <source>No entries match</source>
        <translation>Geen overeenkomende items</translation>
    </message>
    <message numerus="yes">
        <source>Page %1 of %2 · %n entries</source>
        <translation>
            <numerusform>Pagina %1 van %2 · %n item</numerusform>
            <numerusform>Pagina %1 van %2 · %n items</numerusform>
        </translation>
    </message>
    <message>
        <source>The Case Repository cannot sort by %1.</source>
        <translation>De Case Repository kan niet sorteren op %1.</translation>
    </message>
    <message>
        <source>This entry is not among the results shown (the filters or the page leave it out).</source>
        <translation>Dit item staat niet tussen de getoonde resultaten (de filters of de pagina laten het weg).</translation>
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
        <translation>geen</translation>
    </message>
    <message>
        <source>Loading the history…</source>
        <translation>Geschiedenis wordt geladen…</translation>
    </message>
    <message>
        <source>The history could not be loaded: %1</source>
        <translation>De geschiedenis kon niet worden geladen: %1</translation>
    </message>
    <message>
        <source>No history recorded.</source>
        <translation>Geen geschiedenis vastgelegd.</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Delete Case Status</source>
        <translation>Meldingsstatus verwijderen</translation>
    </message>
    <message>
        <source>Delete the case status %1 of client %2 %3 (%4)?</source>
        <translation>Meldingsstatus %1 van klant %2 %3 (%4) verwijderen?</translation>
    </message>
    <message>
        <source>This removes the entry and its whole history from the Case Repository. It cannot be undone.</source>
        <translation>Hiermee worden het item en de hele geschiedenis ervan uit de Case Repository verwijderd. Dit kan niet ongedaan worden gemaakt.</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Verwijderen</translation>
    </message>
    <message>
        <source>%1, no client ID</source>
        <translation>%1, geen klant-ID</translation>
    </message>
    <message>
        <source>Delete the case status %1 (%2, no client ID, %3)?</source>
        <translation>Meldingsstatus %1 (%2, geen klant-ID, %3) verwijderen?</translation>
    </message>
    <message>
        <source>Open the case %1</source>
        <translation>De case %1 openen</translation>
    </message>
</context>
<context>
    <name>RepositoryPublisher</name>
    <message>
        <source>Could not compare the cases with the Case Repository: %1 It is tried again at the next poll.</source>
        <translation>De cases konden niet met de Case Repository worden vergeleken: %1 Het wordt bij de volgende poll opnieuw geprobeerd.</translation>
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
        <translation>Er is geen Case Repository ingesteld (URL en gebruiker).</translation>
    </message>
    <message>
        <source>Publishing needs the client id and client type the statuses are about.</source>
        <translation>Voor publiceren zijn de klant-ID en het klanttype nodig waarover de statussen gaan.</translation>
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
        <translation>https://host/api/case-repository (leeg: geen Case Repository)</translation>
    </message>
    <message>
        <source>Case Repository URL</source>
        <translation>URL van de Case Repository</translation>
    </message>
    <message>
        <source>U&amp;ser:</source>
        <translation>&amp;Gebruiker:</translation>
    </message>
    <message>
        <source>Case Repository user</source>
        <translation>Case Repository-gebruiker</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Wachtwoord:</translation>
    </message>
    <message>
        <source>Empty: keep the one in the system keychain</source>
        <translation>Leeg: het wachtwoord in de systeemsleutelbos behouden</translation>
    </message>
    <message>
        <source>Case Repository password</source>
        <translation>Case Repository-wachtwoord</translation>
    </message>
    <message>
        <source>&amp;Test</source>
        <translation>&amp;Testen</translation>
    </message>
    <message>
        <source>Pu&amp;blish the provider cases&apos; statuses</source>
        <translation>Statussen van de meldingen van de leverancier pu&amp;bliceren</translation>
    </message>
    <message>
        <source>S&amp;ource:</source>
        <translation>B&amp;ron:</translation>
    </message>
    <message>
        <source>Source name of the published statuses</source>
        <translation>Bronnaam van de gepubliceerde statussen</translation>
    </message>
    <message>
        <source>Client t&amp;ype:</source>
        <translation>Klantt&amp;ype:</translation>
    </message>
    <message>
        <source>Client type of the published statuses</source>
        <translation>Klanttype van de gepubliceerde statussen</translation>
    </message>
    <message>
        <source>Client &amp;id:</source>
        <translation>Klant-&amp;ID:</translation>
    </message>
    <message>
        <source>The account&apos;s number of that type, e.g. its NIP</source>
        <translation>Het nummer van het account van dat type, bijv. het NIP</translation>
    </message>
    <message>
        <source>Client id of the published statuses</source>
        <translation>Klant-ID van de gepubliceerde statussen</translation>
    </message>
    <message>
        <source>&amp;Mapping (the provider&apos;s value → the Case Repository&apos;s):</source>
        <translation>&amp;Koppeling (waarde van de leverancier → waarde van de Case Repository):</translation>
    </message>
    <message>
        <source>Status and case type mapping</source>
        <translation>Koppeling van status en meldingstype</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Wat</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Leverancier</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Case type</source>
        <translation>Meldingstype</translation>
    </message>
    <message>
        <source>Case Repository value for %1</source>
        <translation>Case Repository-waarde voor %1</translation>
    </message>
    <message>
        <source>Publishing needs the Case Repository&apos;s URL.</source>
        <translation>Voor publiceren is de URL van de Case Repository nodig.</translation>
    </message>
    <message>
        <source>The URL is not a valid address.</source>
        <translation>De URL is geen geldig adres.</translation>
    </message>
    <message>
        <source>Enter the Case Repository user.</source>
        <translation>Voer de Case Repository-gebruiker in.</translation>
    </message>
    <message>
        <source>Publishing needs the client type and id the statuses are about.</source>
        <translation>Voor publiceren zijn het klanttype en de klant-ID nodig waarover de statussen gaan.</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>Testen…</translation>
    </message>
    <message numerus="yes">
        <source>Connected: %n case status(es) in the repository.</source>
        <translation>
            <numerusform>Verbonden: %n meldingsstatus in de repository.</numerusform>
            <numerusform>Verbonden: %n meldingsstatussen in de repository.</numerusform>
        </translation>
    </message>
    <message>
        <source>The password could not be stored in the system keychain: %1</source>
        <translation>Het wachtwoord kon niet in de systeemsleutelbos worden opgeslagen: %1</translation>
    </message>
</context>
<context>
    <name>RepositoryStatusBadge</name>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Gesloten</translation>
    </message>
</context>
<context>
    <name>RepositoryStatuses</name>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>In behandeling</translation>
    </message>
    <message>
        <source>Waiting for customer</source>
        <translation>Wacht op klant</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Afgerond</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Afgewezen</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Geannuleerd</translation>
    </message>
</context>
<context>
    <name>RfoActions</name>
    <message>
        <source>Re&amp;quest RFO…</source>
        <translation>RFO &amp;aanvragen…</translation>
    </message>
    <message>
        <source>Ask the provider for the Reason for Outage of this incident: a new case, linked to this one</source>
        <translation>De leverancier om de Reason for Outage van deze storing vragen: een nieuwe melding, gekoppeld aan deze</translation>
    </message>
    <message>
        <source>RFO request %1 created for %2.</source>
        <translation>RFO-verzoek %1 aangemaakt voor %2.</translation>
    </message>
    <message>
        <source>Request RFO for %1</source>
        <translation>RFO aanvragen voor %1</translation>
    </message>
</context>
<context>
    <name>RfoRequest</name>
    <message>
        <source>%1 is not an incident: a Reason for Outage is requested for incidents only.</source>
        <translation>%1 is geen storing: een Reason for Outage wordt alleen voor storingen aangevraagd.</translation>
    </message>
    <message>
        <source>%1 is still open (%2): a Reason for Outage is requested once the incident is resolved or closed.</source>
        <translation>%1 is nog open (%2): een Reason for Outage wordt aangevraagd zodra de storing is opgelost of gesloten.</translation>
    </message>
    <message>
        <source>Please provide a Reason for Outage (RFO) for case %1</source>
        <translation>Graag ontvangen wij een Reason for Outage (RFO) voor melding %1</translation>
    </message>
    <message>
        <source>on service %1</source>
        <translation>op dienst %1</translation>
    </message>
    <message>
        <source>The incident began at %1 and ended at %2.</source>
        <translation>De storing begon op %1 en eindigde op %2.</translation>
    </message>
    <message>
        <source>The incident began at %1.</source>
        <translation>De storing begon op %1.</translation>
    </message>
    <message>
        <source>Please include the root cause, the timeline of the outage and the measures taken to prevent it from happening again.</source>
        <translation>Vermeld daarin graag de hoofdoorzaak, de tijdlijn van de storing en de maatregelen die zijn genomen om herhaling te voorkomen.</translation>
    </message>
    <message>
        <source>Open a resolved or closed incident to request its Reason for Outage.</source>
        <translation>Open een opgeloste of gesloten storing om de Reason for Outage ervan aan te vragen.</translation>
    </message>
    <message>
        <source>%1 was cancelled: a Reason for Outage is requested for a resolved or closed incident.</source>
        <translation>%1 is geannuleerd: een Reason for Outage wordt aangevraagd voor een opgeloste of gesloten storing.</translation>
    </message>
</context>
<context>
    <name>SaveViewDialog</name>
    <message>
        <source>Save View</source>
        <translation>Weergave opslaan</translation>
    </message>
    <message>
        <source>The filters, the search and the list&apos;s order are saved under this name. The first nine views have the shortcuts Alt+1 to Alt+9.</source>
        <translation>De filters, de zoekopdracht en de sortering van de lijst worden onder deze naam opgeslagen. De eerste negen weergaven hebben de sneltoetsen Alt+1 tot en met Alt+9.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Naam:</translation>
    </message>
    <message>
        <source>&amp;Replace</source>
        <translation>&amp;Vervangen</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Opslaan</translation>
    </message>
    <message>
        <source>A view named “%1” exists: saving replaces it.</source>
        <translation>Er bestaat al een weergave met de naam “%1”: opslaan vervangt deze.</translation>
    </message>
</context>
<context>
    <name>SavedViews</name>
    <message>
        <source>Give the view a name.</source>
        <translation>Geef de weergave een naam.</translation>
    </message>
    <message>
        <source>The name is too long: at most %1 characters.</source>
        <translation>De naam is te lang: maximaal %1 tekens.</translation>
    </message>
    <message>
        <source>The name must be on one line.</source>
        <translation>De naam moet op één regel staan.</translation>
    </message>
</context>
<context>
    <name>SavedViewsMenu</name>
    <message>
        <source>Show All Cases</source>
        <translation>Alle meldingen tonen</translation>
    </message>
    <message>
        <source>Clear every filter and the search (Alt+0)</source>
        <translation>Alle filters en de zoekopdracht wissen (Alt+0)</translation>
    </message>
    <message>
        <source>All cases shown.</source>
        <translation>Alle meldingen worden getoond.</translation>
    </message>
    <message>
        <source>Save the filters, the search and the list&apos;s order under a name</source>
        <translation>De filters, de zoekopdracht en de sortering van de lijst onder een naam opslaan</translation>
    </message>
    <message>
        <source>&amp;Delete or Rename Views…</source>
        <translation>&amp;Weergaven verwijderen of hernoemen…</translation>
    </message>
    <message>
        <source>View “%1” shown.</source>
        <translation>Weergave “%1” wordt getoond.</translation>
    </message>
    <message>
        <source>View “%1” saved.</source>
        <translation>Weergave “%1” opgeslagen.</translation>
    </message>
    <message>
        <source>Save Current V&amp;iew…</source>
        <translation>&amp;Huidige weergave opslaan…</translation>
    </message>
</context>
<context>
    <name>ScreenshotMode</name>
    <message>
        <source>Screenshot saved to %1</source>
        <translation>Schermafbeelding opgeslagen in %1</translation>
    </message>
    <message>
        <source>Could not save %1</source>
        <translation>Kon %1 niet opslaan</translation>
    </message>
</context>
<context>
    <name>SecretPromptDialog</name>
    <message>
        <source>Client secret</source>
        <translation>Clientgeheim</translation>
    </message>
    <message>
        <source>Why the secret is needed</source>
        <translation>Waarom het geheim nodig is</translation>
    </message>
    <message>
        <source>Client s&amp;ecret:</source>
        <translation>Clientg&amp;eheim:</translation>
    </message>
    <message>
        <source>OAuth client secret</source>
        <translation>OAuth-clientgeheim</translation>
    </message>
    <message>
        <source>&amp;Remember in the system keychain</source>
        <translation>&amp;Onthouden in de systeemsleutelbos</translation>
    </message>
    <message>
        <source>About remembering the secret</source>
        <translation>Over het onthouden van het geheim</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Enter the client secret for %1.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;%2&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Voer het clientgeheim voor %1 in.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;%2&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Not available without a system keychain: the secret is used for this session only.</source>
        <translation>Niet beschikbaar zonder systeemsleutelbos: het geheim wordt alleen voor deze sessie gebruikt.</translation>
    </message>
    <message>
        <source>Otherwise it is used for this session only and asked for again next time.</source>
        <translation>Anders wordt het alleen voor deze sessie gebruikt en de volgende keer opnieuw gevraagd.</translation>
    </message>
    <message>
        <source>%1 Click OK to use the secret for this session only.</source>
        <translation>%1 Klik op OK om het geheim alleen voor deze sessie te gebruiken.</translation>
    </message>
</context>
<context>
    <name>SecretStore</name>
    <message>
        <source>No client secret is stored in the system keychain for this profile.</source>
        <translation>Voor dit profiel is geen clientgeheim opgeslagen in de systeemsleutelbos.</translation>
    </message>
    <message>
        <source>No system keychain is available (on Linux: no Secret Service such as GNOME Keyring or KWallet is running). The client secret cannot be stored; you can enter it for this session only.</source>
        <translation>Er is geen systeemsleutelbos beschikbaar (op Linux: er draait geen Secret Service zoals GNOME Keyring of KWallet). Het clientgeheim kan niet worden opgeslagen; u kunt het alleen voor deze sessie invoeren.</translation>
    </message>
    <message>
        <source>The system keychain is locked or refused access. Unlock it and try again, or enter the secret for this session only.</source>
        <translation>De systeemsleutelbos is vergrendeld of weigerde de toegang. Ontgrendel deze en probeer het opnieuw, of voer het geheim alleen voor deze sessie in.</translation>
    </message>
    <message>
        <source>The system keychain reported an error: %1</source>
        <translation>De systeemsleutelbos meldde een fout: %1</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Connections and settings</source>
        <translation>Verbindingen en instellingen</translation>
    </message>
    <message>
        <source>&amp;Profiles</source>
        <translation>&amp;Profielen</translation>
    </message>
    <message>
        <source>Profiles</source>
        <translation>Profielen</translation>
    </message>
    <message>
        <source>The profile marked active is the one the console connects with.</source>
        <translation>Met het profiel dat als actief is gemarkeerd, maakt de console verbinding.</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>T&amp;oevoegen</translation>
    </message>
    <message>
        <source>Add a new profile</source>
        <translation>Een nieuw profiel toevoegen</translation>
    </message>
    <message>
        <source>Dup&amp;licate</source>
        <translation>&amp;Dupliceren</translation>
    </message>
    <message>
        <source>Add a copy of the selected profile</source>
        <translation>Een kopie van het geselecteerde profiel toevoegen</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>&amp;Verwijderen…</translation>
    </message>
    <message>
        <source>Remove the selected profile</source>
        <translation>Het geselecteerde profiel verwijderen</translation>
    </message>
    <message>
        <source>Set acti&amp;ve</source>
        <translation>&amp;Actief maken</translation>
    </message>
    <message>
        <source>Connect with the selected profile</source>
        <translation>Verbinden met het geselecteerde profiel</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Verbinding</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Naam:</translation>
    </message>
    <message>
        <source>Profile name</source>
        <translation>Profielnaam</translation>
    </message>
    <message>
        <source>e.g. Production</source>
        <translation>bijv. Productie</translation>
    </message>
    <message>
        <source>&amp;GraphQL endpoint:</source>
        <translation>&amp;GraphQL-eindpunt:</translation>
    </message>
    <message>
        <source>GraphQL endpoint URL</source>
        <translation>URL van het GraphQL-eindpunt</translation>
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
        <translation>OAuth-token-URL</translation>
    </message>
    <message>
        <source>Leave empty to use /oauth2/token on the endpoint&apos;s host.</source>
        <translation>Laat leeg om /oauth2/token op de host van het eindpunt te gebruiken.</translation>
    </message>
    <message>
        <source>&amp;Client id:</source>
        <translation>&amp;Client-ID:</translation>
    </message>
    <message>
        <source>OAuth client id</source>
        <translation>OAuth-client-ID</translation>
    </message>
    <message>
        <source>Client s&amp;ecret:</source>
        <translation>Clientg&amp;eheim:</translation>
    </message>
    <message>
        <source>OAuth client secret</source>
        <translation>OAuth-clientgeheim</translation>
    </message>
    <message>
        <source>System keychain</source>
        <translation>Systeemsleutelbos</translation>
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
        <translation>Gescheiden door spaties; laat leeg voor alle scopes van de client.</translation>
    </message>
    <message>
        <source>Every scope of the client</source>
        <translation>Alle scopes van de client</translation>
    </message>
    <message>
        <source>Account la&amp;bel:</source>
        <translation>Account&amp;label:</translation>
    </message>
    <message>
        <source>Account label</source>
        <translation>Accountlabel</translation>
    </message>
    <message>
        <source>Shown in the status bar</source>
        <translation>Wordt getoond in de statusbalk</translation>
    </message>
    <message>
        <source>Polling and notifications</source>
        <translation>Peilen en notificaties</translation>
    </message>
    <message>
        <source>P&amp;oll every:</source>
        <translation>Peil&amp;interval:</translation>
    </message>
    <message>
        <source>Poll interval in seconds</source>
        <translation>Peilinterval in seconden</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Notify about:</source>
        <translation>Notificaties over:</translation>
    </message>
    <message>
        <source>New provider &amp;messages on watched cases</source>
        <translation>Nieuwe &amp;berichten van de leverancier bij gevolgde meldingen</translation>
    </message>
    <message>
        <source>New or changed P&amp;1/P2 incidents</source>
        <translation>Nieuwe of gewijzigde P&amp;1/P2-storingen</translation>
    </message>
    <message>
        <source>Turn all notifications o&amp;ff</source>
        <translation>Alle noti&amp;ficaties uitschakelen</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>Verbinding &amp;testen</translation>
    </message>
    <message>
        <source>Testing the connection</source>
        <translation>Verbinding wordt getest</translation>
    </message>
    <message>
        <source>Connection test result</source>
        <translation>Resultaat van de verbindingstest</translation>
    </message>
    <message>
        <source>Case Repos&amp;itory…</source>
        <translation>Case &amp;Repository…</translation>
    </message>
    <message>
        <source>The profile&apos;s Case Repository and publishing of the case statuses</source>
        <translation>De Case Repository van het profiel en het publiceren van de meldingsstatussen</translation>
    </message>
    <message>
        <source>Case Repository summary</source>
        <translation>Samenvatting van de Case Repository</translation>
    </message>
    <message>
        <source>Problems with the settings</source>
        <translation>Problemen met de instellingen</translation>
    </message>
    <message>
        <source>System keychain problem</source>
        <translation>Probleem met de systeemsleutelbos</translation>
    </message>
    <message>
        <source>&amp;Use this secret for this session only</source>
        <translation>Dit ge&amp;heim alleen voor deze sessie gebruiken</translation>
    </message>
    <message>
        <source>Could not connect. %1</source>
        <translation>Kan geen verbinding maken. %1</translation>
    </message>
    <message>
        <source>New profile</source>
        <translation>Nieuw profiel</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (kopie)</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(geen naam)</translation>
    </message>
    <message>
        <source>%1 (active)</source>
        <translation>%1 (actief)</translation>
    </message>
    <message>
        <source>%1, active profile</source>
        <translation>%1, actief profiel</translation>
    </message>
    <message>
        <source>%1, needs attention</source>
        <translation>%1, vereist aandacht</translation>
    </message>
    <message>
        <source>No Case Repository.</source>
        <translation>Geen Case Repository.</translation>
    </message>
    <message>
        <source>%1 as %2; publishing the case statuses.</source>
        <translation>%1 als %2; de meldingsstatussen worden gepubliceerd.</translation>
    </message>
    <message>
        <source>%1 as %2; not publishing.</source>
        <translation>%1 als %2; er wordt niet gepubliceerd.</translation>
    </message>
    <message>
        <source>/oauth2/token on the endpoint&apos;s host</source>
        <translation>/oauth2/token op de host van het eindpunt</translation>
    </message>
    <message>
        <source>Enter a name for the profile.</source>
        <translation>Voer een naam in voor het profiel.</translation>
    </message>
    <message>
        <source>A profile name cannot contain “/” or “\”.</source>
        <translation>Een profielnaam mag geen “/” of “\” bevatten.</translation>
    </message>
    <message>
        <source>Another profile is already called “%1”.</source>
        <translation>Er is al een ander profiel met de naam “%1”.</translation>
    </message>
    <message>
        <source>Enter the GraphQL endpoint URL.</source>
        <translation>Voer de URL van het GraphQL-eindpunt in.</translation>
    </message>
    <message>
        <source>GraphQL endpoint: %1</source>
        <translation>GraphQL-eindpunt: %1</translation>
    </message>
    <message>
        <source>Token URL: %1</source>
        <translation>Token-URL: %1</translation>
    </message>
    <message>
        <source>Enter the client id.</source>
        <translation>Voer de client-ID in.</translation>
    </message>
    <message>
        <source>Also fix: %1.</source>
        <translation>Corrigeer ook: %1.</translation>
    </message>
    <message>
        <source>Add a profile to connect to a provider.</source>
        <translation>Voeg een profiel toe om verbinding te maken met een leverancier.</translation>
    </message>
    <message>
        <source>Remove profile</source>
        <translation>Profiel verwijderen</translation>
    </message>
    <message>
        <source>Remove the profile “%1”?</source>
        <translation>Het profiel “%1” verwijderen?</translation>
    </message>
    <message>
        <source>It leaves the settings when you click OK. Its client secret stays in the system keychain and its cached cases stay on this computer.</source>
        <translation>Het verdwijnt uit de instellingen wanneer u op OK klikt. Het clientgeheim blijft in de systeemsleutelbos en de meldingen in de cache blijven op deze computer.</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Verwijderen</translation>
    </message>
    <message>
        <source>Enter the endpoint and client id to see whether a secret is stored.</source>
        <translation>Voer het eindpunt en de client-ID in om te zien of er een geheim is opgeslagen.</translation>
    </message>
    <message>
        <source>Checking the system keychain…</source>
        <translation>Systeemsleutelbos wordt gecontroleerd…</translation>
    </message>
    <message>
        <source>Enter the client secret</source>
        <translation>Voer het clientgeheim in</translation>
    </message>
    <message>
        <source>A secret is stored in the system keychain. Leave the field empty to keep it.</source>
        <translation>Er is een geheim opgeslagen in de systeemsleutelbos. Laat het veld leeg om het te behouden.</translation>
    </message>
    <message>
        <source>Stored in the system keychain</source>
        <translation>Opgeslagen in de systeemsleutelbos</translation>
    </message>
    <message>
        <source>A demo client of the local sandbox: its public secret is built in.</source>
        <translation>Een democlient van de lokale sandbox: het openbare geheim is ingebouwd.</translation>
    </message>
    <message>
        <source>Not needed for the sandbox demo</source>
        <translation>Niet nodig voor de sandboxdemo</translation>
    </message>
    <message>
        <source>No secret is stored in the system keychain for this client id and token URL.</source>
        <translation>Er is geen geheim opgeslagen in de systeemsleutelbos voor deze client-ID en token-URL.</translation>
    </message>
    <message>
        <source>Test cancelled.</source>
        <translation>Test geannuleerd.</translation>
    </message>
    <message>
        <source>Cancel &amp;test</source>
        <translation>&amp;Test annuleren</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Verbinden met %1…</translation>
    </message>
    <message>
        <source>The client secret could not be saved in the system keychain. %1
The settings have not been saved yet.</source>
        <translation>Het clientgeheim kon niet in de systeemsleutelbos worden opgeslagen. %1
De instellingen zijn nog niet opgeslagen.</translation>
    </message>
    <message>
        <source>Cases without a priorit&amp;y:</source>
        <translation>Meldingen &amp;zonder prioriteit:</translation>
    </message>
    <message>
        <source>Priority of cases the provider gives none</source>
        <translation>Prioriteit van meldingen waaraan de leverancier geen prioriteit geeft</translation>
    </message>
    <message>
        <source>A provider that reports no priorities: what its cases count as in the priority filter.</source>
        <translation>Bij een leverancier die geen prioriteiten doorgeeft: als welke prioriteit de meldingen gelden in het prioriteitsfilter.</translation>
    </message>
    <message>
        <source>The provider&apos;s words</source>
        <translation>Terminologie van de leverancier</translation>
    </message>
    <message>
        <source>Communication types of our own messages</source>
        <translation>Communicatietypen van onze eigen berichten</translation>
    </message>
    <message>
        <source>Comma-separated; empty uses what the console learned from its own messages, or its default table</source>
        <translation>Gescheiden door komma&apos;s; leeg gebruikt wat de console uit de eigen berichten heeft geleerd, of anders de standaardtabel</translation>
    </message>
    <message>
        <source>Close&amp;d statuses:</source>
        <translation>Gesloten stat&amp;ussen:</translation>
    </message>
    <message>
        <source>Case statuses that count as closed</source>
        <translation>Meldingsstatussen die als gesloten gelden</translation>
    </message>
    <message>
        <source>Comma-separated; empty uses the default table</source>
        <translation>Gescheiden door komma&apos;s; leeg gebruikt de standaardtabel</translation>
    </message>
    <message>
        <source>The case type&apos;s default</source>
        <translation>Standaard van het meldingstype</translation>
    </message>
    <message>
        <source>Learned: %1</source>
        <translation>Geleerd: %1</translation>
    </message>
    <message>
        <source>Default: %1</source>
        <translation>Standaard: %1</translation>
    </message>
    <message>
        <source>State the c&amp;hosen priority in a new case&apos;s first line when the provider sets its own</source>
        <translation>Gekozen prioriteit in de eerste regel van een nieuwe melding ver&amp;melden als de leverancier de prioriteit zelf bepaalt</translation>
    </message>
    <message>
        <source>Our messages&apos; type &amp;words:</source>
        <translation>T&amp;ypen van onze berichten:</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Uiterlijk</translation>
    </message>
    <message>
        <source>Theme:</source>
        <translation>Thema:</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Thema</translation>
    </message>
    <message>
        <source>The colours of every window, for every profile: applied and kept as soon as chosen.</source>
        <translation>De kleuren van alle vensters, voor alle profielen: direct toegepast en bewaard zodra gekozen.</translation>
    </message>
    <message>
        <source>Sound an alarm for new P1 incidents</source>
        <translation>Een alarm laten klinken bij nieuwe P1-storingen</translation>
    </message>
    <message>
        <source>Every 30 seconds until the alarm is acknowledged (Ctrl+Shift+A)</source>
        <translation>Elke 30 seconden totdat het alarm is bevestigd (Ctrl+Shift+A)</translation>
    </message>
    <message>
        <source>SLA targets…</source>
        <translation>SLA-doelen…</translation>
    </message>
    <message>
        <source>The profile&apos;s SLA targets per priority, when the clocks pause, and the notification before a breach</source>
        <translation>De SLA-doelen van het profiel per prioriteit, wanneer de klokken pauzeren, en de melding vóór een overschrijding</translation>
    </message>
    <message>
        <source>SLA targets summary</source>
        <translation>Samenvatting SLA-doelen</translation>
    </message>
</context>
<context>
    <name>SlaLabels</name>
    <message>
        <source>%1 d</source>
        <translation>%1 d</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 u</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1: “%2” is not a duration up to 366 days; write for example 15 min, 4 h, 1 d, or leave it empty for none.</source>
        <translation>%1: “%2” is geen duur van maximaal 366 dagen; schrijf bijvoorbeeld 15 min, 4 u, 1 d, of laat het leeg voor geen.</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Loopt</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Gepauzeerd</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>Gehaald</translation>
    </message>
    <message>
        <source>Breached</source>
        <translation>Overschreden</translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation>nog %1</translation>
    </message>
    <message>
        <source>paused, %1 left</source>
        <translation>gepauzeerd, nog %1</translation>
    </message>
    <message>
        <source>met in %1</source>
        <translation>gehaald in %1</translation>
    </message>
    <message>
        <source>%1 over</source>
        <translation>%1 over tijd</translation>
    </message>
    <message>
        <source>Waiting on provider</source>
        <translation>Wacht op leverancier</translation>
    </message>
    <message>
        <source>Waiting on us</source>
        <translation>Wacht op ons</translation>
    </message>
    <message>
        <source>First response</source>
        <translation>Eerste reactie</translation>
    </message>
    <message>
        <source>Provider&apos;s silence</source>
        <translation>Stilte van leverancier</translation>
    </message>
    <message>
        <source>Time to restore</source>
        <translation>Hersteltijd</translation>
    </message>
    <message>
        <source>%1 · %2 of %3</source>
        <translation>%1 · %2 van %3</translation>
    </message>
    <message>
        <source>%1, due %2</source>
        <translation>%1, vervalt %2</translation>
    </message>
    <message>
        <source>%1, stopped %2</source>
        <translation>%1, gestopt %2</translation>
    </message>
    <message>
        <source>Turn</source>
        <translation>Aan zet</translation>
    </message>
    <message>
        <source>%1 since %2</source>
        <translation>%1 sinds %2</translation>
    </message>
</context>
<context>
    <name>SlaTargetsDialog</name>
    <message>
        <source>SLA targets</source>
        <translation>SLA-doelen</translation>
    </message>
    <message>
        <source>The contract&apos;s targets for this profile, per priority: 15 min, 4 h, 1 d, 1 h 30 min. Empty: no target.</source>
        <translation>De doelen uit het contract voor dit profiel, per prioriteit: 15 min, 4 u, 1 d, 1 u 30 min. Leeg: geen doel.</translation>
    </message>
    <message>
        <source>Targets</source>
        <translation>Doelen</translation>
    </message>
    <message>
        <source>First response</source>
        <translation>Eerste reactie</translation>
    </message>
    <message>
        <source>Longest silence while open</source>
        <translation>Langste stilte zolang open</translation>
    </message>
    <message>
        <source>Time to restore (incidents)</source>
        <translation>Hersteltijd (storingen)</translation>
    </message>
    <message>
        <source>P&amp;1:</source>
        <translation>P&amp;1:</translation>
    </message>
    <message>
        <source>P1 first response</source>
        <translation>P1 eerste reactie</translation>
    </message>
    <message>
        <source>none</source>
        <translation>geen</translation>
    </message>
    <message>
        <source>P1 longest silence while open</source>
        <translation>P1 langste stilte zolang open</translation>
    </message>
    <message>
        <source>P1 time to restore (incidents)</source>
        <translation>P1 hersteltijd (storingen)</translation>
    </message>
    <message>
        <source>P&amp;2:</source>
        <translation>P&amp;2:</translation>
    </message>
    <message>
        <source>P2 first response</source>
        <translation>P2 eerste reactie</translation>
    </message>
    <message>
        <source>P2 longest silence while open</source>
        <translation>P2 langste stilte zolang open</translation>
    </message>
    <message>
        <source>P2 time to restore (incidents)</source>
        <translation>P2 hersteltijd (storingen)</translation>
    </message>
    <message>
        <source>P&amp;3:</source>
        <translation>P&amp;3:</translation>
    </message>
    <message>
        <source>P3 first response</source>
        <translation>P3 eerste reactie</translation>
    </message>
    <message>
        <source>P3 longest silence while open</source>
        <translation>P3 langste stilte zolang open</translation>
    </message>
    <message>
        <source>P3 time to restore (incidents)</source>
        <translation>P3 hersteltijd (storingen)</translation>
    </message>
    <message>
        <source>P&amp;4:</source>
        <translation>P&amp;4:</translation>
    </message>
    <message>
        <source>P4 first response</source>
        <translation>P4 eerste reactie</translation>
    </message>
    <message>
        <source>P4 longest silence while open</source>
        <translation>P4 langste stilte zolang open</translation>
    </message>
    <message>
        <source>P4 time to restore (incidents)</source>
        <translation>P4 hersteltijd (storingen)</translation>
    </message>
    <message>
        <source>P&amp;5:</source>
        <translation>P&amp;5:</translation>
    </message>
    <message>
        <source>P5 first response</source>
        <translation>P5 eerste reactie</translation>
    </message>
    <message>
        <source>P5 longest silence while open</source>
        <translation>P5 langste stilte zolang open</translation>
    </message>
    <message>
        <source>P5 time to restore (incidents)</source>
        <translation>P5 hersteltijd (storingen)</translation>
    </message>
    <message>
        <source>The clocks pause</source>
        <translation>De klokken pauzeren</translation>
    </message>
    <message>
        <source>While the status says the provider &amp;waits on us (Pending customer)</source>
        <translation>Zolang de status zegt dat de leverancier op ons &amp;wacht (Pending customer)</translation>
    </message>
    <message>
        <source>While the case is on &amp;hold</source>
        <translation>Zolang de melding in de wac&amp;ht staat</translation>
    </message>
    <message>
        <source>From a provider message that asks us &amp;something until our reply</source>
        <translation>Vanaf een bericht van de leverancier dat ons iets &amp;vraagt tot ons antwoord</translation>
    </message>
    <message>
        <source>&amp;Notify before a breach:</source>
        <translation>&amp;Melden vóór een overschrijding:</translation>
    </message>
    <message>
        <source>Notify this long before a breach</source>
        <translation>Zo lang vóór een overschrijding melden</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nooit</translation>
    </message>
    <message>
        <source>Watched cases and P1/P2: a notification this long before a clock&apos;s target is reached. Empty: none.</source>
        <translation>Gevolgde meldingen en P1/P2: een melding zo lang voordat het doel van een klok bereikt wordt. Leeg: geen.</translation>
    </message>
    <message>
        <source>Problems with the targets</source>
        <translation>Problemen met de doelen</translation>
    </message>
    <message>
        <source>P1: %1 to respond, %2 of silence, %3 to restore.</source>
        <translation>P1: %1 om te reageren, %2 stilte, %3 om te herstellen.</translation>
    </message>
</context>
<context>
    <name>Theme</name>
    <message>
        <source>System</source>
        <translation>Systeem</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Licht</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Donker</translation>
    </message>
</context>
<context>
    <name>ThreadFindBar</name>
    <message>
        <source>Find in this thread</source>
        <translation>Zoeken in deze thread</translation>
    </message>
    <message>
        <source>No match</source>
        <translation>Geen overeenkomst</translation>
    </message>
    <message>
        <source>Previous match (Shift+F3)</source>
        <translation>Vorige overeenkomst (Shift+F3)</translation>
    </message>
    <message>
        <source>Next match (F3)</source>
        <translation>Volgende overeenkomst (F3)</translation>
    </message>
    <message>
        <source>Close the find bar (Esc)</source>
        <translation>Zoekbalk sluiten (Esc)</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 van %2</translation>
    </message>
</context>
<context>
    <name>ThreadPaneSwitch</name>
    <message>
        <source>Show &amp;Timeline</source>
        <translation>&amp;Tijdlijn tonen</translation>
    </message>
    <message>
        <source>Thread</source>
        <translation>Gesprek</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Tijdlijn</translation>
    </message>
    <message>
        <source>The open case&apos;s history in one list, with its outage (Ctrl+Shift+T)</source>
        <translation>De geschiedenis van de open melding in één lijst, met de storingsduur (Ctrl+Shift+T)</translation>
    </message>
    <message>
        <source>Show the open case&apos;s history in one list, with its outage</source>
        <translation>De geschiedenis van de open case in één lijst tonen, met de storingsduur</translation>
    </message>
</context>
<context>
    <name>ThreadView</name>
    <message>
        <source>Case thread</source>
        <translation>Meldingsgesprek</translation>
    </message>
    <message>
        <source>Select a case to read its thread.</source>
        <translation>Selecteer een melding om het gesprek te lezen.</translation>
    </message>
    <message>
        <source>%1 (%2) · updated %3</source>
        <translation>%1 (%2) · bijgewerkt %3</translation>
    </message>
    <message>
        <source>open</source>
        <translation>open</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>gesloten</translation>
    </message>
    <message>
        <source>Not published: %1</source>
        <translation>Niet gepubliceerd: %1</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Looking up…</source>
        <translation>Opzoeken…</translation>
    </message>
    <message>
        <source>Not published yet</source>
        <translation>Nog niet gepubliceerd</translation>
    </message>
    <message>
        <source>Not published (closed before publishing began)</source>
        <translation>Niet gepubliceerd (gesloten voordat het publiceren begon)</translation>
    </message>
    <message>
        <source>Find in &amp;Thread…</source>
        <translation>Zoeken in &amp;thread…</translation>
    </message>
    <message>
        <source>Next &amp;Match</source>
        <translation>Volgende overeen&amp;komst</translation>
    </message>
    <message>
        <source>Pre&amp;vious Match</source>
        <translation>Vorige overeenko&amp;mst</translation>
    </message>
    <message>
        <source>First &amp;New Message</source>
        <translation>Eerste &amp;nieuwe bericht</translation>
    </message>
    <message>
        <source>&amp;Latest Message</source>
        <translation>Laatste &amp;bericht</translation>
    </message>
    <message>
        <source>Copy &amp;Message</source>
        <translation>Be&amp;richt kopiëren</translation>
    </message>
    <message>
        <source>Copy Case &amp;Id</source>
        <translation>Meldings-&amp;ID kopiëren</translation>
    </message>
    <message>
        <source>Ne&amp;west First in Thread</source>
        <translation>Nieuwste eerst in threa&amp;d</translation>
    </message>
    <message>
        <source>Collaps&amp;e Status Updates</source>
        <translation>Statusupdates &amp;samenvouwen</translation>
    </message>
    <message>
        <source>Send &amp;Again: “%1”</source>
        <translation>&amp;Opnieuw versturen: “%1”</translation>
    </message>
    <message>
        <source>Back to the &amp;Draft: “%1”</source>
        <translation>Terug naar het &amp;concept: “%1”</translation>
    </message>
    <message>
        <source>RFO requested</source>
        <translation>RFO aangevraagd</translation>
    </message>
    <message>
        <source>RFO for</source>
        <translation>RFO voor</translation>
    </message>
    <message>
        <source>&amp;Open %1 (%2)</source>
        <translation>%1 o&amp;penen (%2)</translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <source>Timeline of the open case</source>
        <translation>Tijdlijn van de open melding</translation>
    </message>
    <message>
        <source>%1 d %2 h %3 min</source>
        <translation>%1 d %2 u %3 min</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 u %2 min</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>No case is open.</source>
        <translation>Er is geen melding open.</translation>
    </message>
    <message>
        <source>%1: no outage is counted (not an incident, or no start known).</source>
        <translation>%1: er wordt geen storingsduur geteld (geen storing, of geen begin bekend).</translation>
    </message>
    <message>
        <source>%1: outage ongoing for %2, since %3</source>
        <translation>%1: storing loopt al %2, sinds %3</translation>
    </message>
    <message>
        <source>%1: outage %2, from %3 to %4</source>
        <translation>%1: storingsduur %2, van %3 tot %4</translation>
    </message>
    <message>
        <source>The selected timeline entry</source>
        <translation>Het gekozen item van de tijdlijn</translation>
    </message>
    <message>
        <source>Select an entry to read it whole.</source>
        <translation>Kies een item om het helemaal te lezen.</translation>
    </message>
</context>
<context>
    <name>TokenProvider</name>
    <message>
        <source>No client id or client secret is set for this profile.</source>
        <translation>Voor dit profiel is geen client-ID of clientgeheim ingesteld.</translation>
    </message>
    <message>
        <source>The token answer carries no access_token.</source>
        <translation>Het tokenantwoord bevat geen access_token.</translation>
    </message>
</context>
<context>
    <name>UrlPolicy</name>
    <message>
        <source>“%1” is not a valid server address.</source>
        <translation>“%1” is geen geldig serveradres.</translation>
    </message>
    <message>
        <source>Plain http is only allowed to this computer; use https for %1.</source>
        <translation>Onversleutelde http is alleen toegestaan naar deze computer; gebruik https voor %1.</translation>
    </message>
    <message>
        <source>Unsupported address scheme “%1”.</source>
        <translation>Niet-ondersteund adresschema “%1”.</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Welcome</source>
        <translation>Welkom</translation>
    </message>
    <message>
        <source>Welcome to Case Console</source>
        <translation>Welkom bij Case Console</translation>
    </message>
    <message>
        <source>Case Console shows your provider&apos;s support cases with their whole conversations, marks what changed since you last looked, and keeps a copy on this computer for reading offline. Connect it to your provider&apos;s case API with the OAuth client your provider gave you, or look around first with the sandbox&apos;s demo account.</source>
        <translation>Case Console toont de ondersteuningsmeldingen van uw leverancier met de volledige gesprekken, markeert wat er is gewijzigd sinds u voor het laatst keek en bewaart een kopie op deze computer, zodat u offline kunt lezen. Verbind de console met de meldingen-API van uw leverancier via de OAuth-client die u van uw leverancier hebt gekregen, of kijk eerst rond met het demo-account van de sandbox.</translation>
    </message>
    <message>
        <source>&amp;Set up a connection…</source>
        <translation>&amp;Verbinding instellen…</translation>
    </message>
    <message>
        <source>Enter your provider&apos;s GraphQL endpoint and OAuth client. The client secret is kept in the system keychain.</source>
        <translation>Voer het GraphQL-eindpunt en de OAuth-client van uw leverancier in. Het clientgeheim wordt bewaard in de systeemsleutelbos.</translation>
    </message>
    <message>
        <source>&amp;Try the sandbox demo</source>
        <translation>Sandboxdemo &amp;proberen</translation>
    </message>
    <message>
        <source>Starts the local sandbox server with a demo account and about 60 cases. Nothing leaves this computer.</source>
        <translation>Start de lokale sandboxserver met een demo-account en ongeveer 60 meldingen. Er verlaat niets deze computer.</translation>
    </message>
    <message>
        <source>The demo needs Node.js 20 or later.</source>
        <translation>De demo vereist Node.js 20 of nieuwer.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Desktop console for network-service support cases.</source>
        <translation>Desktopconsole voor ondersteuningsmeldingen van netwerkdiensten.</translation>
    </message>
    <message>
        <source>Use a saved profile (default: the active one).</source>
        <translation>Een opgeslagen profiel gebruiken (standaard: het actieve).</translation>
    </message>
    <message>
        <source>GraphQL endpoint URL (instead of a profile).</source>
        <translation>URL van het GraphQL-eindpunt (in plaats van een profiel).</translation>
    </message>
    <message>
        <source>OAuth token URL (default: &lt;endpoint host&gt;/oauth2/token).</source>
        <translation>OAuth-token-URL (standaard: &lt;eindpunthost&gt;/oauth2/token).</translation>
    </message>
    <message>
        <source>OAuth client id.</source>
        <translation>OAuth-client-ID.</translation>
    </message>
    <message>
        <source>OAuth scopes, space-separated (default: all).</source>
        <translation>OAuth-scopes, gescheiden door spaties (standaard: alle).</translation>
    </message>
    <message>
        <source>Seconds between polls, at least 5 (default: 60).</source>
        <translation>Seconden tussen peilingen, minstens 5 (standaard: 60).</translation>
    </message>
    <message>
        <source>Save the main window to &lt;file&gt; after the first poll, then quit.</source>
        <translation>Het hoofdvenster na de eerste peiling opslaan in &lt;file&gt; en daarna afsluiten.</translation>
    </message>
    <message>
        <source>Start the local sandbox server (Node.js 20) with demo data and use it.</source>
        <translation>De lokale sandboxserver (Node.js 20) met demogegevens starten en gebruiken.</translation>
    </message>
    <message>
        <source>--poll-interval takes at least 5 seconds</source>
        <translation>--poll-interval vereist minstens 5 seconden</translation>
    </message>
    <message>
        <source>--sandbox cannot be combined with --profile, --endpoint or --client-id</source>
        <translation>--sandbox kan niet worden gecombineerd met --profile, --endpoint of --client-id</translation>
    </message>
    <message>
        <source>--endpoint and --client-id go together</source>
        <translation>--endpoint en --client-id horen bij elkaar</translation>
    </message>
    <message>
        <source>no profile named &apos;%1&apos;</source>
        <translation>geen profiel met de naam &apos;%1&apos;</translation>
    </message>
    <message>
        <source>The language of the window (de, nl, pl or en; default: the system&apos;s).</source>
        <translation>De taal van het venster (de, nl, pl of en; standaard: die van het systeem).</translation>
    </message>
    <message>
        <source>With --sandbox: answer as another provider might, where the provider&apos;s article leaves it open: the schema (full or documented) and the words (sandbox or plain), e.g. documented,plain.</source>
        <translation>Met --sandbox: antwoorden zoals een andere leverancier dat zou kunnen, waar het artikel van de leverancier dat openlaat: het schema (full of documented) en de termen (sandbox of plain), bijv. documented,plain.</translation>
    </message>
    <message>
        <source>--sandbox-provider goes with --sandbox</source>
        <translation>--sandbox-provider hoort bij --sandbox</translation>
    </message>
    <message>
        <source>--sandbox-provider takes full or documented, and sandbox or plain (e.g. documented,plain), not &apos;%1&apos;</source>
        <translation>--sandbox-provider verwacht full of documented, en sandbox of plain (bijv. documented,plain), niet &apos;%1&apos;</translation>
    </message>
</context>
</TS>
