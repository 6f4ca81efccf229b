<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pl_PL">
<context>
    <name>ApiError</name>
    <message>
        <source>The provider refused the request (HC0011). For an incident, both the start and the end of the incident must be given.</source>
        <translation>Dostawca odrzucił żądanie (HC0011). W przypadku incydentu należy podać zarówno jego początek, jak i koniec.</translation>
    </message>
    <message>
        <source>The provider rejected the request as invalid: %1. The console and the provider&apos;s API may be out of step; report this.</source>
        <translation>Dostawca odrzucił żądanie jako nieprawidłowe: %1. Konsola i API dostawcy mogą być niezgodne; należy to zgłosić.</translation>
    </message>
    <message>
        <source>The request reached the provider without a query. This is a defect in the console; please report it.</source>
        <translation>Żądanie dotarło do dostawcy bez zapytania. To błąd konsoli; należy go zgłosić.</translation>
    </message>
    <message>
        <source>A value in the request has the wrong form: %1</source>
        <translation>Wartość w żądaniu ma nieprawidłową postać: %1</translation>
    </message>
    <message>
        <source>A required value is missing from the request: %1</source>
        <translation>W żądaniu brakuje wymaganej wartości: %1</translation>
    </message>
    <message>
        <source>The provider failed while handling the request; trying again later may help.</source>
        <translation>Dostawca napotkał błąd podczas obsługi żądania; ponowna próba później może pomóc.</translation>
    </message>
    <message>
        <source>The provider did not accept the access token. Check the client id and secret in the profile settings.</source>
        <translation>Dostawca nie zaakceptował tokenu dostępu. Sprawdź identyfikator i sekret klienta w ustawieniach profilu.</translation>
    </message>
    <message>
        <source>These credentials are not allowed to do this. Ask the provider for a client with the needed scope (for example customerapi/support.read-write).</source>
        <translation>Te dane uwierzytelniające nie pozwalają na tę operację. Poproś dostawcę o klienta z wymaganym zakresem (np. customerapi/support.read-write).</translation>
    </message>
    <message>
        <source>The provider refused a value: %1</source>
        <translation>Dostawca odrzucił wartość: %1</translation>
    </message>
    <message>
        <source>The provider does not know this case type. Choose Incident or General request.</source>
        <translation>Dostawca nie zna tego typu zgłoszenia. Wybierz „Incydent” lub „Zapytanie ogólne”.</translation>
    </message>
    <message>
        <source>This subject is not allowed for the case type. Choose one of the subjects the form offers.</source>
        <translation>Ten temat jest niedozwolony dla tego typu zgłoszenia. Wybierz jeden z tematów dostępnych w formularzu.</translation>
    </message>
    <message>
        <source>This priority is not allowed for the case type (general requests take P3 to P5).</source>
        <translation>Ten priorytet jest niedozwolony dla tego typu zgłoszenia (zapytania ogólne przyjmują od P3 do P5).</translation>
    </message>
    <message>
        <source>A date is not in a form the provider accepts. Check the start and end of the incident.</source>
        <translation>Data ma postać, której dostawca nie akceptuje. Sprawdź początek i koniec incydentu.</translation>
    </message>
    <message>
        <source>The end of the incident is before its start. Correct one of them.</source>
        <translation>Koniec incydentu przypada przed jego początkiem. Popraw jedną z tych wartości.</translation>
    </message>
    <message>
        <source>The provider does not know this service. Refresh the account&apos;s services and choose again.</source>
        <translation>Dostawca nie zna tej usługi. Odśwież listę usług konta i wybierz ponownie.</translation>
    </message>
    <message>
        <source>The provider does not know this case. Refresh the case list.</source>
        <translation>Dostawca nie zna tego zgłoszenia. Odśwież listę zgłoszeń.</translation>
    </message>
    <message>
        <source>This case is closed and takes no more replies. Open a new case instead.</source>
        <translation>To zgłoszenie jest zamknięte i nie przyjmuje już odpowiedzi. Zamiast tego utwórz nowe zgłoszenie.</translation>
    </message>
    <message>
        <source>The server did not accept the credentials. Check the client id and secret in the profile settings.</source>
        <translation>Serwer nie zaakceptował danych uwierzytelniających. Sprawdź identyfikator i sekret klienta w ustawieniach profilu.</translation>
    </message>
    <message>
        <source>This client may not use client credentials. Ask the provider to enable it.</source>
        <translation>Ten klient nie może używać poświadczeń klienta (client credentials). Poproś dostawcę o ich włączenie.</translation>
    </message>
    <message>
        <source>The client is not allowed the requested scopes. Remove the scopes from the profile, or ask the provider to grant them.</source>
        <translation>Klient nie ma dostępu do żądanych zakresów. Usuń zakresy z profilu lub poproś dostawcę o ich przyznanie.</translation>
    </message>
    <message>
        <source>The token server refused the request: %1. Check the token URL.</source>
        <translation>Serwer tokenów odrzucił żądanie: %1. Sprawdź adres URL tokenu.</translation>
    </message>
    <message>
        <source>The token server does not offer client credentials. Check the token URL.</source>
        <translation>Serwer tokenów nie obsługuje poświadczeń klienta (client credentials). Sprawdź adres URL tokenu.</translation>
    </message>
    <message>
        <source>The token server refused the grant. Check the client id and secret.</source>
        <translation>Serwer tokenów odmówił przyznania dostępu. Sprawdź identyfikator i sekret klienta.</translation>
    </message>
    <message>
        <source>Cannot reach the server. Check your network or VPN connection.</source>
        <translation>Nie można połączyć się z serwerem. Sprawdź połączenie sieciowe lub VPN.</translation>
    </message>
    <message>
        <source>The server did not answer in time; if this persists, the provider may be having trouble.</source>
        <translation>Serwer nie odpowiedział na czas; jeśli problem się powtarza, dostawca może mieć kłopoty.</translation>
    </message>
    <message>
        <source>The server had a problem handling the request; trying again later may help.</source>
        <translation>Serwer napotkał problem podczas obsługi żądania; ponowna próba później może pomóc.</translation>
    </message>
    <message>
        <source>The server sent an answer that cannot be read; if this persists, report it to the provider.</source>
        <translation>Serwer wysłał odpowiedź, której nie można odczytać; jeśli problem się powtarza, należy zgłosić go dostawcy.</translation>
    </message>
    <message>
        <source>The server asks for fewer requests for a while (rate limit).</source>
        <translation>Serwer prosi przez pewien czas o mniej żądań (limit).</translation>
    </message>
    <message>
        <source>The server address was not found. Check the endpoint URL in the profile settings.</source>
        <translation>Nie znaleziono adresu serwera. Sprawdź adres URL punktu końcowego w ustawieniach profilu.</translation>
    </message>
    <message>
        <source>The server answered with HTTP status %1.</source>
        <translation>Serwer odpowiedział kodem stanu HTTP %1.</translation>
    </message>
    <message>
        <source>The server refused the request.</source>
        <translation>Serwer odrzucił żądanie.</translation>
    </message>
    <message>
        <source>The server refused the request: %1</source>
        <translation>Serwer odrzucił żądanie: %1</translation>
    </message>
    <message>
        <source>The provider does not have %1. The console has adapted and no longer asks for it; try again.</source>
        <translation>Dostawca nie obsługuje %1. Konsola dostosowała się i już o to nie pyta; spróbuj ponownie.</translation>
    </message>
    <message>
        <source>The provider does not have %1, which the console cannot do without (it is part of the provider&apos;s documented API); report this to the provider.</source>
        <translation>Dostawca nie obsługuje %1, a bez tego konsola nie może działać (to część udokumentowanego API dostawcy); zgłoś to dostawcy.</translation>
    </message>
</context>
<context>
    <name>CaseClipboardText</name>
    <message>
        <source>Priority: %1</source>
        <translation>Priorytet: %1</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Status: %1</translation>
    </message>
    <message>
        <source>Service: %1</source>
        <translation>Usługa: %1</translation>
    </message>
    <message>
        <source>Site: %1</source>
        <translation>Lokalizacja: %1</translation>
    </message>
    <message>
        <source>Created: %1</source>
        <translation>Utworzono: %1</translation>
    </message>
    <message>
        <source>Last modified: %1</source>
        <translation>Ostatnia zmiana: %1</translation>
    </message>
    <message>
        <source>Your reference: %1</source>
        <translation>Własna sygnatura: %1</translation>
    </message>
    <message>
        <source>Last message: %1</source>
        <translation>Ostatnia wiadomość: %1</translation>
    </message>
</context>
<context>
    <name>CaseDraft</name>
    <message>
        <source>Choose a case type.</source>
        <translation>Wybierz typ zgłoszenia.</translation>
    </message>
    <message>
        <source>Choose a priority allowed for this type (%1).</source>
        <translation>Wybierz priorytet dozwolony dla tego typu (%1).</translation>
    </message>
    <message>
        <source>Choose a subject for this type.</source>
        <translation>Wybierz temat dla tego typu.</translation>
    </message>
    <message>
        <source>Give the start of the incident.</source>
        <translation>Podaj początek incydentu.</translation>
    </message>
    <message>
        <source>The end of the incident cannot be before its start.</source>
        <translation>Koniec incydentu nie może przypadać przed jego początkiem.</translation>
    </message>
    <message>
        <source>Choose the service the case is about.</source>
        <translation>Wybierz usługę, której dotyczy zgłoszenie.</translation>
    </message>
    <message>
        <source>Describe the problem or request.</source>
        <translation>Opisz problem lub prośbę.</translation>
    </message>
    <message>
        <source>The start of the incident is in the future (%1): give the time it began (a clock up to %2 minutes fast is allowed for).</source>
        <translation>Początek awarii jest w przyszłości (%1): podaj czas, w którym się zaczęła (zegar spieszący się do %2 minut jest dopuszczalny).</translation>
    </message>
</context>
<context>
    <name>CaseFilterBar</name>
    <message>
        <source>&amp;Unread only</source>
        <translation>Tylko &amp;nieprzeczytane</translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation>Filtr statusu</translation>
    </message>
    <message>
        <source>Type filter</source>
        <translation>Filtr typu</translation>
    </message>
    <message>
        <source>Any type</source>
        <translation>Dowolny typ</translation>
    </message>
    <message>
        <source>Priority filter</source>
        <translation>Filtr priorytetu</translation>
    </message>
    <message>
        <source>Any priority</source>
        <translation>Dowolny priorytet</translation>
    </message>
    <message>
        <source>Service filter</source>
        <translation>Filtr usługi</translation>
    </message>
    <message>
        <source>All open statuses</source>
        <translation>Wszystkie otwarte statusy</translation>
    </message>
    <message>
        <source>P1 and P2</source>
        <translation>P1 i P2</translation>
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
        <translation>P&amp;riorytet:</translation>
    </message>
    <message>
        <source>S&amp;ervice:</source>
        <translation>&amp;Usługa:</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Wszystkie statusy</translation>
    </message>
    <message>
        <source>All services</source>
        <translation>Wszystkie usługi</translation>
    </message>
</context>
<context>
    <name>CaseJson</name>
    <message>
        <source>unreadable date in %1: “%2”</source>
        <translation>nieczytelna data w %1: „%2”</translation>
    </message>
    <message>
        <source>a case without an id</source>
        <translation>zgłoszenie bez identyfikatora</translation>
    </message>
</context>
<context>
    <name>CaseLabels</name>
    <message>
        <source>New</source>
        <translation>Nowe</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>W toku</translation>
    </message>
    <message>
        <source>Pending customer</source>
        <translation>Oczekuje na klienta</translation>
    </message>
    <message>
        <source>On hold</source>
        <translation>Wstrzymane</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Rozwiązane</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Zamknięte</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Anulowane</translation>
    </message>
    <message>
        <source>API</source>
        <translation>API</translation>
    </message>
    <message>
        <source>Proactive (provider)</source>
        <translation>Proaktywne (dostawca)</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 d %2 h</translation>
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
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>%1 (site %2)</source>
        <translation>%1 (w lokalizacji %2)</translation>
    </message>
</context>
<context>
    <name>CaseListMenu</name>
    <message>
        <source>&amp;Open</source>
        <translation>O&amp;twórz</translation>
    </message>
    <message>
        <source>Copy Case &amp;Id</source>
        <translation>Kopiuj ID &amp;zgłoszenia</translation>
    </message>
    <message>
        <source>Copy &amp;Summary</source>
        <translation>Kopiuj &amp;podsumowanie</translation>
    </message>
    <message>
        <source>Copied %1.</source>
        <translation>Skopiowano %1.</translation>
    </message>
    <message>
        <source>Copied the summary of %1.</source>
        <translation>Skopiowano podsumowanie %1.</translation>
    </message>
</context>
<context>
    <name>CaseListModel</name>
    <message>
        <source>%1 (%2 new)</source>
        <translation>%1 (nowe: %2)</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Zgłoszenie</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Temat</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorytet</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Usługa</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Lokalizacja</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Sygnatura</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Utworzono</translation>
    </message>
    <message>
        <source>Last modified</source>
        <translation>Ostatnia zmiana</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Wiek</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Wiadomości</translation>
    </message>
    <message>
        <source>Next breach</source>
        <translation>Następne przekroczenie</translation>
    </message>
    <message>
        <source>Turn</source>
        <translation>Kolej</translation>
    </message>
    <message>
        <source>First response</source>
        <translation>Pierwsza odpowiedź</translation>
    </message>
    <message>
        <source>Provider&apos;s silence</source>
        <translation>Milczenie dostawcy</translation>
    </message>
    <message>
        <source>Time to restore</source>
        <translation>Czas przywrócenia</translation>
    </message>
    <message>
        <source>%1: %2, %3 (target %4)</source>
        <translation>%1: %2, %3 (cel %4)</translation>
    </message>
    <message>
        <source>%1 since %2</source>
        <translation>%1 od %2</translation>
    </message>
</context>
<context>
    <name>CaseListView</name>
    <message>
        <source>Cases</source>
        <translation>Zgłoszenia</translation>
    </message>
    <message>
        <source>Col&amp;umns…</source>
        <translation>Ko&amp;lumny…</translation>
    </message>
    <message>
        <source>Choose the columns of the case list</source>
        <translation>Wybierz kolumny listy zgłoszeń</translation>
    </message>
    <message>
        <source>Comp&amp;act Rows</source>
        <translation>Ko&amp;mpaktowe wiersze</translation>
    </message>
    <message>
        <source>Smaller rows in the case list: more cases in sight</source>
        <translation>Mniejsze wiersze na liście zgłoszeń: więcej zgłoszeń na ekranie</translation>
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
        <translation>pierwsza odpowiedź</translation>
    </message>
    <message>
        <source>provider&apos;s silence</source>
        <translation>milczenie dostawcy</translation>
    </message>
    <message>
        <source>time to restore</source>
        <translation>czas przywrócenia</translation>
    </message>
    <message>
        <source>%1: %2 breaches in %3</source>
        <translation>%1: %2 — przekroczenie za %3</translation>
    </message>
    <message>
        <source>%1 target %2, due %3</source>
        <translation>%1 — cel %2, termin %3</translation>
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
        <translation>Lokalna baza danych jest uszkodzona (%1). Case Console naprawi ją przy następnym uruchomieniu, zachowując szkice i niewysłane zmiany, o ile da się je jeszcze odczytać.</translation>
    </message>
    <message>
        <source>The cases just fetched could not be saved locally: %1</source>
        <translation>Nie można zapisać lokalnie właśnie pobranych zgłoszeń: %1</translation>
    </message>
    <message>
        <source>A draft could not be saved: %1</source>
        <translation>Nie można zapisać szkicu: %1</translation>
    </message>
    <message>
        <source>The watch list could not be saved: %1</source>
        <translation>Nie można zapisać listy obserwowanych: %1</translation>
    </message>
    <message>
        <source>An unsent change could not be saved locally: %1</source>
        <translation>Nie można zapisać lokalnie niewysłanej zmiany: %1</translation>
    </message>
</context>
<context>
    <name>CaseStreamReader</name>
    <message>
        <source>The answer is not a JSON object.</source>
        <translation>Odpowiedź nie jest obiektem JSON.</translation>
    </message>
    <message>
        <source>garbage after the document</source>
        <translation>nadmiarowe dane po dokumencie</translation>
    </message>
    <message>
        <source>Malformed answer at byte %1: %2</source>
        <translation>Błędna odpowiedź w bajcie %1: %2</translation>
    </message>
    <message>
        <source>unexpected end of input</source>
        <translation>nieoczekiwany koniec danych</translation>
    </message>
    <message>
        <source>%1 is not an object</source>
        <translation>%1 nie jest obiektem</translation>
    </message>
    <message>
        <source>%1 is not a list</source>
        <translation>%1 nie jest listą</translation>
    </message>
    <message>
        <source>control character in a string</source>
        <translation>znak sterujący w ciągu znaków</translation>
    </message>
    <message>
        <source>invalid escape sequence</source>
        <translation>nieprawidłowa sekwencja ucieczki</translation>
    </message>
    <message>
        <source>lone surrogate</source>
        <translation>niesparowany surogat</translation>
    </message>
    <message>
        <source>invalid UTF-8</source>
        <translation>nieprawidłowe kodowanie UTF-8</translation>
    </message>
    <message>
        <source>unexpected character</source>
        <translation>nieoczekiwany znak</translation>
    </message>
    <message>
        <source>invalid number</source>
        <translation>nieprawidłowa liczba</translation>
    </message>
    <message>
        <source>nesting too deep</source>
        <translation>zbyt głębokie zagnieżdżenie</translation>
    </message>
    <message>
        <source>expected a key</source>
        <translation>oczekiwano klucza</translation>
    </message>
    <message>
        <source>expected “:”</source>
        <translation>oczekiwano „:”</translation>
    </message>
    <message>
        <source>expected “,” or “}”</source>
        <translation>oczekiwano „,” lub „}”</translation>
    </message>
    <message>
        <source>expected “,” or “]”</source>
        <translation>oczekiwano „,” lub „]”</translation>
    </message>
    <message>
        <source>an item of %1 is not an object</source>
        <translation>element %1 nie jest obiektem</translation>
    </message>
</context>
<context>
    <name>CaseThreadRenderer</name>
    <message>
        <source>Send again</source>
        <translation>Wyślij ponownie</translation>
    </message>
    <message>
        <source>Back to the draft</source>
        <translation>Wróć do szkicu</translation>
    </message>
    <message>
        <source>Your reference: %1</source>
        <translation>Własna sygnatura: %1</translation>
    </message>
    <message>
        <source>You (not yet confirmed)</source>
        <translation>Ty (jeszcze niepotwierdzone)</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Zgłoszenie</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorytet</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Usługa</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Lokalizacja</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Sygnatura</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>Pochodzenie</translation>
    </message>
    <message>
        <source>Start of incident</source>
        <translation>Początek incydentu</translation>
    </message>
    <message>
        <source>End of incident</source>
        <translation>Koniec incydentu</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Utworzono</translation>
    </message>
    <message>
        <source>Last modified</source>
        <translation>Ostatnia zmiana</translation>
    </message>
    <message>
        <source>Case Repository</source>
        <translation>Repozytorium spraw</translation>
    </message>
    <message>
        <source>Us</source>
        <translation>My</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Dostawca</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nowa</translation>
    </message>
    <message>
        <source>⚠ Contains characters that change the direction of the text (%1): it may not read in the order it was written.</source>
        <translation>⚠ Zawiera znaki zmieniające kierunek tekstu (%1): tekst może nie być wyświetlany w kolejności, w jakiej został napisany.</translation>
    </message>
    <message>
        <source>You (not sent)</source>
        <translation>Ty (nie wysłano)</translation>
    </message>
    <message>
        <source>Show the whole status update</source>
        <translation>Pokaż całą aktualizację statusu</translation>
    </message>
    <message>
        <source>Show on one line</source>
        <translation>Pokaż w jednym wierszu</translation>
    </message>
    <message>
        <source>Status update</source>
        <translation>Aktualizacja statusu</translation>
    </message>
</context>
<context>
    <name>CaseTimelineModel</name>
    <message>
        <source>(none)</source>
        <translation>(brak)</translation>
    </message>
    <message>
        <source>Start of incident</source>
        <translation>Początek incydentu</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Utworzono</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Wiadomość</translation>
    </message>
    <message>
        <source>Status update</source>
        <translation>Aktualizacja statusu</translation>
    </message>
    <message>
        <source>Status seen</source>
        <translation>Widziany status</translation>
    </message>
    <message>
        <source>Priority seen</source>
        <translation>Widziany priorytet</translation>
    </message>
    <message>
        <source>End of incident</source>
        <translation>Koniec incydentu</translation>
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
        <translation>Status %1 → %2 (widziany %3)</translation>
    </message>
    <message>
        <source>Priority %1 → %2 (seen %3)</source>
        <translation>Priorytet %1 → %2 (widziany %3)</translation>
    </message>
    <message>
        <source>%1:
%2</source>
        <translation>%1:
%2</translation>
    </message>
    <message>
        <source>When (local time)</source>
        <translation>Kiedy (czas lokalny)</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Rodzaj</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Szczegóły</translation>
    </message>
</context>
<context>
    <name>CaseTypeMatrix</name>
    <message>
        <source>Incident</source>
        <translation>Incydent</translation>
    </message>
    <message>
        <source>RFO request</source>
        <translation>Prośba o raport RFO</translation>
    </message>
    <message>
        <source>Service degradation</source>
        <translation>Pogorszenie jakości usługi</translation>
    </message>
    <message>
        <source>Service intermittent</source>
        <translation>Usługa działa z przerwami</translation>
    </message>
    <message>
        <source>Service down</source>
        <translation>Usługa niedostępna</translation>
    </message>
    <message>
        <source>General request</source>
        <translation>Zapytanie ogólne</translation>
    </message>
    <message>
        <source>Activation support</source>
        <translation>Wsparcie przy aktywacji</translation>
    </message>
    <message>
        <source>Change request</source>
        <translation>Wniosek o zmianę</translation>
    </message>
    <message>
        <source>Engineer dispatch</source>
        <translation>Wysłanie technika</translation>
    </message>
    <message>
        <source>Information request</source>
        <translation>Prośba o informacje</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Inne</translation>
    </message>
    <message>
        <source>Software update</source>
        <translation>Aktualizacja oprogramowania</translation>
    </message>
    <message>
        <source>Utilization report</source>
        <translation>Raport wykorzystania</translation>
    </message>
</context>
<context>
    <name>Casectl</name>
    <message numerus="yes">
        <source>last synced %1 (%n minute(s) ago)</source>
        <translation>
            <numerusform>ostatnia synchronizacja %1 (%n minutę temu)</numerusform>
            <numerusform>ostatnia synchronizacja %1 (%n minuty temu)</numerusform>
            <numerusform>ostatnia synchronizacja %1 (%n minut temu)</numerusform>
        </translation>
    </message>
    <message>
        <source>never fully synced</source>
        <translation>brak pełnej synchronizacji</translation>
    </message>
    <message>
        <source>Showing cached data, %1.</source>
        <translation>Wyświetlanie danych z pamięci podręcznej, %1.</translation>
    </message>
    <message>
        <source>GraphQL endpoint URL.</source>
        <translation>Adres URL punktu końcowego GraphQL.</translation>
    </message>
    <message>
        <source>OAuth token URL (default: &lt;endpoint host&gt;/oauth2/token).</source>
        <translation>Adres URL tokenu OAuth (domyślnie: &lt;host punktu końcowego&gt;/oauth2/token).</translation>
    </message>
    <message>
        <source>OAuth scopes, space-separated (default: all of the client&apos;s).</source>
        <translation>Zakresy OAuth rozdzielone spacjami (domyślnie: wszystkie zakresy klienta).</translation>
    </message>
    <message>
        <source>Use a saved profile (default: the active one).</source>
        <translation>Użyj zapisanego profilu (domyślnie: aktywnego).</translation>
    </message>
    <message>
        <source>Seconds to wait for an answer (default: 30).</source>
        <translation>Liczba sekund oczekiwania na odpowiedź (domyślnie: 30).</translation>
    </message>
    <message>
        <source>cases: only cases modified in the last MIN minutes.</source>
        <translation>cases: tylko zgłoszenia zmienione w ciągu ostatnich MIN minut.</translation>
    </message>
    <message>
        <source>cases, create: the service id.</source>
        <translation>cases, create: identyfikator usługi.</translation>
    </message>
    <message>
        <source>cases: filter by customer reference; create: set it.</source>
        <translation>cases: filtrowanie według sygnatury klienta; create: ustawienie jej.</translation>
    </message>
    <message>
        <source>Print JSON (API field names) instead of a table.</source>
        <translation>Wypisz JSON (nazwy pól API) zamiast tabeli.</translation>
    </message>
    <message>
        <source>create: a subject the type allows (see &apos;matrix&apos;).</source>
        <translation>create: temat dozwolony dla typu (zob. &apos;matrix&apos;).</translation>
    </message>
    <message>
        <source>create: start of the incident, ISO 8601 (default: now).</source>
        <translation>create: początek incydentu, ISO 8601 (domyślnie: teraz).</translation>
    </message>
    <message>
        <source>create: end of the incident, ISO 8601.</source>
        <translation>create: koniec incydentu, ISO 8601.</translation>
    </message>
    <message>
        <source>create: the incident has not ended (the default).</source>
        <translation>create: incydent jeszcze trwa (domyślnie).</translation>
    </message>
    <message>
        <source>poll: poll once and exit.</source>
        <translation>poll: odpytaj raz i zakończ.</translation>
    </message>
    <message>
        <source>poll: seconds between polls (default: 60).</source>
        <translation>poll: liczba sekund między odpytaniami (domyślnie: 60).</translation>
    </message>
    <message>
        <source>status, save-profile: the Case Repository API&apos;s root URL.</source>
        <translation>status, save-profile: główny adres URL API Repozytorium spraw.</translation>
    </message>
    <message>
        <source>status, save-profile: the Case Repository user.</source>
        <translation>status, save-profile: użytkownik Repozytorium spraw.</translation>
    </message>
    <message>
        <source>status: the case type (e.g. NetworkIncident).</source>
        <translation>status: typ zgłoszenia (np. NetworkIncident).</translation>
    </message>
    <message>
        <source>status: the client id&apos;s type (e.g. NIP, PESEL, REGON).</source>
        <translation>status: typ identyfikatora klienta (np. NIP, PESEL, REGON).</translation>
    </message>
    <message>
        <source>status create, update: the status description.</source>
        <translation>status create, update: opis statusu.</translation>
    </message>
    <message>
        <source>status update: remove the status description.</source>
        <translation>status update: usuń opis statusu.</translation>
    </message>
    <message>
        <source>status update: remove the business key.</source>
        <translation>status update: usuń klucz biznesowy.</translation>
    </message>
    <message>
        <source>status: the publishing system (default at create: eximee).</source>
        <translation>status: system publikujący (domyślnie przy create: eximee).</translation>
    </message>
    <message>
        <source>status search: updated at or after, ISO 8601 (local time unless it has a zone).</source>
        <translation>status search: zaktualizowane nie wcześniej niż, ISO 8601 (czas lokalny, chyba że podano strefę).</translation>
    </message>
    <message>
        <source>status search: updated at or before, ISO 8601 (local time unless it has a zone).</source>
        <translation>status search: zaktualizowane nie później niż, ISO 8601 (czas lokalny, chyba że podano strefę).</translation>
    </message>
    <message>
        <source>status search: the page, from 1 (default: 1).</source>
        <translation>status search: numer strony, od 1 (domyślnie: 1).</translation>
    </message>
    <message>
        <source>status search: entries per page, 1 to 200 (default: 20).</source>
        <translation>status search: liczba wpisów na stronie, od 1 do 200 (domyślnie: 20).</translation>
    </message>
    <message>
        <source>status search: creationDate, updateDate, caseType, clientId, clientType, status, businessKey or source, with ,asc or ,desc (default: updateDate,desc).</source>
        <translation>status search: creationDate, updateDate, caseType, clientId, clientType, status, businessKey lub source, z ,asc lub ,desc (domyślnie: updateDate,desc).</translation>
    </message>
    <message>
        <source>status search: every page (200 entries a request).</source>
        <translation>status search: wszystkie strony (200 wpisów na żądanie).</translation>
    </message>
    <message>
        <source>status delete: yes, delete the entry and its history irreversibly.</source>
        <translation>status delete: tak, usuń wpis i jego historię bezpowrotnie.</translation>
    </message>
    <message>
        <source>What to do (see above).</source>
        <translation>Polecenie do wykonania (zob. wyżej).</translation>
    </message>
    <message>
        <source>no command given; see casectl --help</source>
        <translation>nie podano polecenia; zob. casectl --help</translation>
    </message>
    <message>
        <source>&apos;status&apos; needs a command: create, get, update, delete, search or history; see casectl --help</source>
        <translation>&apos;status&apos; wymaga polecenia: create, get, update, delete, search lub history; zob. casectl --help</translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos;; see casectl --help</source>
        <translation>nieznane polecenie &apos;%1&apos;; zob. casectl --help</translation>
    </message>
    <message>
        <source>&apos;%1&apos; does not take --%2</source>
        <translation>&apos;%1&apos; nie przyjmuje --%2</translation>
    </message>
    <message>
        <source>--endpoint and --client-id go together</source>
        <translation>--endpoint i --client-id należy podać razem</translation>
    </message>
    <message>
        <source>--timeout takes a number of seconds</source>
        <translation>--timeout przyjmuje liczbę sekund</translation>
    </message>
    <message numerus="yes">
        <source>&apos;%1&apos; takes %n argument(s)</source>
        <translation>
            <numerusform>&apos;%1&apos; przyjmuje %n argument</numerusform>
            <numerusform>&apos;%1&apos; przyjmuje %n argumenty</numerusform>
            <numerusform>&apos;%1&apos; przyjmuje %n argumentów</numerusform>
        </translation>
    </message>
    <message>
        <source>no profile: give --repository and --repository-user, or --profile NAME</source>
        <translation>brak profilu: podaj --repository i --repository-user albo --profile NAME</translation>
    </message>
    <message>
        <source>no profile: give --endpoint and --client-id, or --profile NAME</source>
        <translation>brak profilu: podaj --endpoint i --client-id albo --profile NAME</translation>
    </message>
    <message>
        <source>no profile named &apos;%1&apos;</source>
        <translation>brak profilu o nazwie &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Set CASECTL_CLIENT_SECRET or run &apos;casectl store-secret&apos;.</source>
        <translation>Ustaw CASECTL_CLIENT_SECRET lub uruchom &apos;casectl store-secret&apos;.</translation>
    </message>
    <message>
        <source>CASE</source>
        <translation>ZGŁOSZENIE</translation>
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
        <translation>ZMIENIONO</translation>
    </message>
    <message>
        <source>SUBJECT</source>
        <translation>TEMAT</translation>
    </message>
    <message>
        <source>SERVICE</source>
        <translation>USŁUGA</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s)</source>
        <translation>
            <numerusform>%n zgłoszenie</numerusform>
            <numerusform>%n zgłoszenia</numerusform>
            <numerusform>%n zgłoszeń</numerusform>
        </translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Zgłoszenie</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Temat</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorytet</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>Pochodzenie</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Usługa</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Lokalizacja</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Sygnatura</translation>
    </message>
    <message>
        <source>Start of incident</source>
        <translation>Początek incydentu</translation>
    </message>
    <message>
        <source>End of incident</source>
        <translation>Koniec incydentu</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Utworzono</translation>
    </message>
    <message>
        <source>Last modified</source>
        <translation>Ostatnia zmiana</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Dostawca</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Klient</translation>
    </message>
    <message>
        <source>--updated-within takes a number of minutes</source>
        <translation>--updated-within przyjmuje liczbę minut</translation>
    </message>
    <message>
        <source>no case %1</source>
        <translation>brak zgłoszenia %1</translation>
    </message>
    <message>
        <source>--end and --open-ended exclude each other</source>
        <translation>--end i --open-ended wykluczają się wzajemnie</translation>
    </message>
    <message>
        <source>--start, --end and --open-ended are for incidents only</source>
        <translation>--start, --end i --open-ended dotyczą tylko incydentów</translation>
    </message>
    <message>
        <source>--start is not an ISO 8601 date and time</source>
        <translation>--start nie jest datą i godziną w formacie ISO 8601</translation>
    </message>
    <message>
        <source>--end is not an ISO 8601 date and time</source>
        <translation>--end nie jest datą i godziną w formacie ISO 8601</translation>
    </message>
    <message>
        <source>Created case %1</source>
        <translation>Utworzono zgłoszenie %1</translation>
    </message>
    <message>
        <source>reply needs --message</source>
        <translation>reply wymaga --message</translation>
    </message>
    <message>
        <source>Replied to case %1</source>
        <translation>Wysłano odpowiedź w zgłoszeniu %1</translation>
    </message>
    <message>
        <source>the reference is empty</source>
        <translation>sygnatura jest pusta</translation>
    </message>
    <message>
        <source>Case %1 now has reference %2</source>
        <translation>Zgłoszenie %1 ma teraz sygnaturę %2</translation>
    </message>
    <message>
        <source>--interval takes a number of seconds, at least 5</source>
        <translation>--interval przyjmuje liczbę sekund, co najmniej 5</translation>
    </message>
    <message>
        <source>priorities:</source>
        <translation>priorytety:</translation>
    </message>
    <message>
        <source>subjects:</source>
        <translation>tematy:</translation>
    </message>
    <message>
        <source>needs startOfIncident and endOfIncident (may be open-ended)</source>
        <translation>wymaga startOfIncident i endOfIncident (koniec może pozostać otwarty)</translation>
    </message>
    <message>
        <source>store-secret reads the client secret from standard input</source>
        <translation>store-secret odczytuje sekret klienta ze standardowego wejścia</translation>
    </message>
    <message>
        <source>Stored the client secret for %1 in the system keychain.</source>
        <translation>Zapisano sekret klienta %1 w systemowym pęku kluczy.</translation>
    </message>
    <message>
        <source>save-profile takes a NAME</source>
        <translation>save-profile wymaga argumentu NAME</translation>
    </message>
    <message>
        <source>--repository needs --repository-user</source>
        <translation>--repository wymaga --repository-user</translation>
    </message>
    <message>
        <source>--repository-user goes with --repository</source>
        <translation>--repository-user wymaga --repository</translation>
    </message>
    <message>
        <source>Saved profile %1.</source>
        <translation>Zapisano profil %1.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; takes a CASEID</source>
        <translation>&apos;%1&apos; wymaga argumentu CASEID</translation>
    </message>
    <message>
        <source>&apos;%1&apos; takes no arguments</source>
        <translation>&apos;%1&apos; nie przyjmuje argumentów</translation>
    </message>
    <message>
        <source>profile &apos;%1&apos; has no Case Repository: give --repository URL and --repository-user USER</source>
        <translation>profil &apos;%1&apos; nie ma Repozytorium spraw: podaj --repository URL i --repository-user USER</translation>
    </message>
    <message>
        <source>profile &apos;%1&apos; has no Case Repository user: give --repository-user USER</source>
        <translation>profil &apos;%1&apos; nie ma użytkownika Repozytorium spraw: podaj --repository-user USER</translation>
    </message>
    <message>
        <source>none is stored in the system keychain.</source>
        <translation>w systemowym pęku kluczy nie zapisano żadnego.</translation>
    </message>
    <message>
        <source>no system keychain is available.</source>
        <translation>systemowy pęk kluczy jest niedostępny.</translation>
    </message>
    <message>
        <source>the system keychain is locked or refused access.</source>
        <translation>systemowy pęk kluczy jest zablokowany lub odmówił dostępu.</translation>
    </message>
    <message>
        <source>No Case Repository password for %1: %2</source>
        <translation>Brak hasła Repozytorium spraw dla %1: %2</translation>
    </message>
    <message>
        <source>Set CASECTL_REPOSITORY_PASSWORD or run &apos;casectl store-repository-password&apos;.</source>
        <translation>Ustaw CASECTL_REPOSITORY_PASSWORD lub uruchom &apos;casectl store-repository-password&apos;.</translation>
    </message>
    <message>
        <source>The existing entry is %1.</source>
        <translation>Istniejący wpis: %1.</translation>
    </message>
    <message>
        <source>Case ID</source>
        <translation>ID zgłoszenia</translation>
    </message>
    <message>
        <source>%1 (%2), %3</source>
        <translation>%1 (%2), %3</translation>
    </message>
    <message>
        <source>open</source>
        <translation>otwarte</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>zamknięte</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Opis</translation>
    </message>
    <message>
        <source>Case type</source>
        <translation>Typ zgłoszenia</translation>
    </message>
    <message>
        <source>Client ID</source>
        <translation>ID klienta</translation>
    </message>
    <message>
        <source>Client type</source>
        <translation>Typ klienta</translation>
    </message>
    <message>
        <source>Business key</source>
        <translation>Klucz biznesowy</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Źródło</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Zaktualizowano</translation>
    </message>
    <message>
        <source>CASE ID</source>
        <translation>ID ZGŁOSZENIA</translation>
    </message>
    <message>
        <source>CASE TYPE</source>
        <translation>TYP ZGŁOSZENIA</translation>
    </message>
    <message>
        <source>CLIENT</source>
        <translation>KLIENT</translation>
    </message>
    <message>
        <source>BUSINESS KEY</source>
        <translation>KLUCZ BIZNESOWY</translation>
    </message>
    <message>
        <source>SOURCE</source>
        <translation>ŹRÓDŁO</translation>
    </message>
    <message>
        <source>UPDATED</source>
        <translation>ZAKTUALIZOWANO</translation>
    </message>
    <message>
        <source>--description and --clear-description exclude each other</source>
        <translation>--description i --clear-description wykluczają się wzajemnie</translation>
    </message>
    <message>
        <source>--business-key and --clear-business-key exclude each other</source>
        <translation>--business-key i --clear-business-key wykluczają się wzajemnie</translation>
    </message>
    <message>
        <source>&apos;status update&apos; needs at least one field to change; see casectl --help</source>
        <translation>&apos;status update&apos; wymaga co najmniej jednego pola do zmiany; zob. casectl --help</translation>
    </message>
    <message>
        <source>nothing to change: case status %1 already has these values</source>
        <translation>nic do zmiany: status zgłoszenia %1 ma już te wartości</translation>
    </message>
    <message>
        <source>&apos;status delete&apos; removes case status %1 and its whole history, irreversibly; add --yes to delete it</source>
        <translation>&apos;status delete&apos; usuwa status zgłoszenia %1 wraz z całą historią, bezpowrotnie; dodaj --yes, aby go usunąć</translation>
    </message>
    <message>
        <source>Deleted case status %1 and its history.</source>
        <translation>Usunięto status zgłoszenia %1 wraz z historią.</translation>
    </message>
    <message>
        <source>--%1 is empty</source>
        <translation>--%1 jest puste</translation>
    </message>
    <message>
        <source>--%1 is not an ISO 8601 date and time</source>
        <translation>--%1 nie jest datą i godziną w formacie ISO 8601</translation>
    </message>
    <message>
        <source>--updated-from is later than --updated-to</source>
        <translation>--updated-from jest późniejsze niż --updated-to</translation>
    </message>
    <message>
        <source>--all reads every page; it takes no --page or --size</source>
        <translation>--all odczytuje wszystkie strony; nie przyjmuje --page ani --size</translation>
    </message>
    <message>
        <source>--page takes a page number, from 1</source>
        <translation>--page przyjmuje numer strony, od 1</translation>
    </message>
    <message>
        <source>--size takes a number from 1 to %1</source>
        <translation>--size przyjmuje liczbę od 1 do %1</translation>
    </message>
    <message>
        <source>--sort takes one of %1, optionally with ,asc or ,desc</source>
        <translation>--sort przyjmuje jedną z wartości %1, opcjonalnie z ,asc lub ,desc</translation>
    </message>
    <message>
        <source>no entries</source>
        <translation>brak wpisów</translation>
    </message>
    <message numerus="yes">
        <source>page %1 of %2, %n entries</source>
        <translation>
            <numerusform>strona %1 z %2, %n wpis</numerusform>
            <numerusform>strona %1 z %2, %n wpisy</numerusform>
            <numerusform>strona %1 z %2, %n wpisów</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entries</source>
        <translation>
            <numerusform>%n wpis</numerusform>
            <numerusform>%n wpisy</numerusform>
            <numerusform>%n wpisów</numerusform>
        </translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(brak)</translation>
    </message>
    <message>
        <source>store-repository-password reads the password from standard input</source>
        <translation>store-repository-password odczytuje hasło ze standardowego wejścia</translation>
    </message>
    <message>
        <source>Stored the Case Repository password of %1 at %2 in the system keychain.</source>
        <translation>Zapisano w systemowym pęku kluczy hasło użytkownika %1 do Repozytorium spraw %2.</translation>
    </message>
    <message>
        <source>Nothing was sent: a change is saved in the profile&apos;s local store before it is sent, and the store cannot be opened.</source>
        <translation>Nic nie wysłano: zmiana jest zapisywana w lokalnym magazynie profilu przed wysłaniem, a magazynu nie można otworzyć.</translation>
    </message>
    <message numerus="yes">
        <source>Whether the server got it is not known; looking it up in %n second(s) before anything is sent again.</source>
        <translation>
            <numerusform>Nie wiadomo, czy serwer to otrzymał; sprawdzenie nastąpi za %n sekundę, zanim cokolwiek zostanie wysłane ponownie.</numerusform>
            <numerusform>Nie wiadomo, czy serwer to otrzymał; sprawdzenie nastąpi za %n sekundy, zanim cokolwiek zostanie wysłane ponownie.</numerusform>
            <numerusform>Nie wiadomo, czy serwer to otrzymał; sprawdzenie nastąpi za %n sekund, zanim cokolwiek zostanie wysłane ponownie.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was changed on the server.</source>
        <translation>Na serwerze nic nie zmieniono.</translation>
    </message>
    <message>
        <source>--lookup-delay takes a number of seconds</source>
        <translation>--lookup-delay wymaga liczby sekund</translation>
    </message>
    <message>
        <source>Whether the server got it is still not known, and nothing more is sent: check with &apos;casectl case&apos; (a new case: &apos;casectl cases --updated-within 30&apos;) before trying again.</source>
        <translation>Nadal nie wiadomo, czy serwer to otrzymał, i nic więcej nie zostanie wysłane: sprawdź to poleceniem &apos;casectl case&apos; (nowe zgłoszenie: &apos;casectl cases --updated-within 30&apos;), zanim spróbujesz ponownie.</translation>
    </message>
    <message>
        <source>Nothing was sent: the change could not be saved in the profile&apos;s local store first.</source>
        <translation>Nic nie wysłano: zmiany nie udało się najpierw zapisać w lokalnym magazynie profilu.</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) left &apos;sending&apos; by an earlier run that ended mid-send (%1); whether the server got it is not known. &apos;casectl outbox --reconcile&apos; looks each up and sends it only if it did not arrive.</source>
        <translation>
            <numerusform>%n zmiana (%1) pozostała w stanie &apos;wysyłanie&apos; po wcześniejszym uruchomieniu, przerwanym w trakcie wysyłania; nie wiadomo, czy serwer ją otrzymał. &apos;casectl outbox --reconcile&apos; sprawdza ją i wysyła tylko wtedy, gdy nie dotarła.</numerusform>
            <numerusform>%n zmiany (%1) pozostały w stanie &apos;wysyłanie&apos; po wcześniejszym uruchomieniu, przerwanym w trakcie wysyłania; nie wiadomo, czy serwer je otrzymał. &apos;casectl outbox --reconcile&apos; sprawdza każdą z nich i wysyła ją tylko wtedy, gdy nie dotarła.</numerusform>
            <numerusform>%n zmian (%1) pozostało w stanie &apos;wysyłanie&apos; po wcześniejszym uruchomieniu, przerwanym w trakcie wysyłania; nie wiadomo, czy serwer je otrzymał. &apos;casectl outbox --reconcile&apos; sprawdza każdą z nich i wysyła ją tylko wtedy, gdy nie dotarła.</numerusform>
        </translation>
    </message>
    <message>
        <source>outbox: finish the changes an earlier run left (look each up, send it only if it did not arrive).</source>
        <translation>outbox: dokończ zmiany pozostawione przez wcześniejsze uruchomienie (sprawdź każdą i wyślij tylko, jeśli nie dotarła).</translation>
    </message>
    <message>
        <source>Nothing was sent.</source>
        <translation>Nic nie wysłano.</translation>
    </message>
    <message>
        <source>The profile&apos;s local store cannot be opened.</source>
        <translation>Nie można otworzyć lokalnego magazynu profilu.</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) not yet confirmed</source>
        <translation>
            <numerusform>%n zmiana jeszcze niepotwierdzona</numerusform>
            <numerusform>%n zmiany jeszcze niepotwierdzone</numerusform>
            <numerusform>%n zmian jeszcze niepotwierdzonych</numerusform>
        </translation>
    </message>
    <message>
        <source>Confirmed: %1</source>
        <translation>Potwierdzono: %1</translation>
    </message>
    <message>
        <source>No longer waiting: another process finished it or gave it up.</source>
        <translation>Już nie oczekuje: inny proces dokończył zmianę lub z niej zrezygnował.</translation>
    </message>
    <message>
        <source>%1 is left in the outbox; run &apos;casectl outbox --reconcile&apos; again later.</source>
        <translation>%1: zmiana pozostaje w kolejce wysyłania; uruchom później ponownie &apos;casectl outbox --reconcile&apos;.</translation>
    </message>
    <message>
        <source>%1 was refused and waits for the engineer in the console: %2</source>
        <translation>%1: zmiana odrzucona, czeka w konsoli na obsługę przez inżyniera: %2</translation>
    </message>
    <message>
        <source>Nothing to reconcile.</source>
        <translation>Nic do uzgodnienia.</translation>
    </message>
    <message>
        <source>capabilities: learn them from the provider again now.</source>
        <translation>capabilities: ustal je teraz ponownie u dostawcy.</translation>
    </message>
    <message>
        <source>status: the business key (unique per source); create without it: none (null).</source>
        <translation>status: klucz biznesowy (unikatowy w obrębie źródła); create bez tej opcji: brak (null).</translation>
    </message>
    <message>
        <source>Learned %1.</source>
        <translation>Ustalono %1.</translation>
    </message>
    <message>
        <source>present</source>
        <translation>jest</translation>
    </message>
    <message>
        <source>absent</source>
        <translation>brak</translation>
    </message>
    <message>
        <source>unknown (counts as absent)</source>
        <translation>nieznane (liczone jako brak)</translation>
    </message>
    <message>
        <source>by %1</source>
        <translation>źródło: %1</translation>
    </message>
    <message>
        <source>This provider does not report: %1.</source>
        <translation>Ten dostawca nie podaje: %1.</translation>
    </message>
    <message>
        <source>%1 (closed)</source>
        <translation>%1 (zamknięte)</translation>
    </message>
    <message>
        <source>ours</source>
        <translation>nasza</translation>
    </message>
    <message>
        <source>status update</source>
        <translation>aktualizacja statusu</translation>
    </message>
    <message>
        <source>provider</source>
        <translation>dostawca</translation>
    </message>
    <message>
        <source>--%1 is the old name of --%2: give only --%2</source>
        <translation>--%1 to stara nazwa --%2: podaj tylko --%2</translation>
    </message>
    <message>
        <source>warning: in &apos;status&apos; commands --%1 is deprecated (it also names the OAuth client); use --%2</source>
        <translation>ostrzeżenie: w poleceniach &apos;status&apos; opcja --%1 jest przestarzała (oznacza też klienta OAuth); użyj --%2</translation>
    </message>
    <message>
        <source>another &apos;casectl poll&apos; of this profile did not finish printing within a minute; nothing printed</source>
        <translation>inne &apos;casectl poll&apos; tego profilu nie skończyło wypisywania w ciągu minuty; nic nie wypisano</translation>
    </message>
    <message>
        <source>standard output could not be written; the poll cursor stays where it was, so the next run prints these changes</source>
        <translation>nie udało się zapisać na standardowe wyjście; kursor odpytywania zostaje na miejscu, więc następne uruchomienie wypisze te zmiany</translation>
    </message>
    <message>
        <source>the poll cursor could not be saved (%1); the next run prints these changes again</source>
        <translation>nie udało się zapisać kursora odpytywania (%1); następne uruchomienie wypisze te zmiany ponownie</translation>
    </message>
    <message>
        <source>&apos;status create&apos; needs %1 (the Case Repository requires the case type, the client type and the status; --repository-client and --business-key may be left out)</source>
        <translation>&apos;status create&apos; wymaga %1 (Case Repository wymaga typu zgłoszenia, typu klienta i statusu; --repository-client i --business-key można pominąć)</translation>
    </message>
    <message>
        <source>--repository-client and --clear-repository-client exclude each other</source>
        <translation>--repository-client i --clear-repository-client wykluczają się wzajemnie</translation>
    </message>
    <message>
        <source>OAuth client id. (status: the old name of --repository-client, with a warning.)</source>
        <translation>Identyfikator klienta OAuth. (status: stara nazwa --repository-client, z ostrzeżeniem.)</translation>
    </message>
    <message>
        <source>status update: the old name of --clear-repository-client, with a warning.</source>
        <translation>status update: stara nazwa --clear-repository-client, z ostrzeżeniem.</translation>
    </message>
    <message>
        <source>create: Incident or NonIncident; cases: only these types (comma-separated).</source>
        <translation>create: Incident lub NonIncident; cases: tylko te typy (oddzielone przecinkami).</translation>
    </message>
    <message>
        <source>create: P1 to P5, as the type allows; cases: only these priorities (comma-separated).</source>
        <translation>create: od P1 do P5, jak pozwala typ; cases: tylko te priorytety (oddzielone przecinkami).</translation>
    </message>
    <message>
        <source>cases: only open cases (in the profile&apos;s provider words).</source>
        <translation>cases: tylko otwarte zgłoszenia (według słów dostawcy z profilu).</translation>
    </message>
    <message>
        <source>poll: everything is new at the start (not only what changed since the last run); leaves the profile&apos;s poll cursor alone.</source>
        <translation>poll: na starcie wszystko jest nowe (nie tylko to, co zmieniło się od poprzedniego uruchomienia); nie rusza kursora odpytywania profilu.</translation>
    </message>
    <message>
        <source>status: the case&apos;s client (e.g. a NIP number), optional.</source>
        <translation>status: klient zgłoszenia (np. numer NIP), opcjonalnie.</translation>
    </message>
    <message>
        <source>status update: remove the case&apos;s client.</source>
        <translation>status update: usuń klienta zgłoszenia.</translation>
    </message>
    <message>
        <source>cases: only these statuses (comma-separated, e.g. New,InProgress); status: the status value (e.g. OPEN, IN_PROGRESS, COMPLETED).</source>
        <translation>cases: tylko te statusy (oddzielone przecinkami, np. New,InProgress); status: wartość statusu (np. OPEN, IN_PROGRESS, COMPLETED).</translation>
    </message>
    <message>
        <source>export needs -o FILE (where the dossier goes)</source>
        <translation>export wymaga -o FILE (dokąd zapisać dossier)</translation>
    </message>
    <message>
        <source>--format takes pdf or json</source>
        <translation>--format przyjmuje pdf lub json</translation>
    </message>
    <message>
        <source>export takes case ids, or --service ID --from DATE --to DATE (not both)</source>
        <translation>export przyjmuje identyfikatory zgłoszeń albo --service ID --from DATE --to DATE (nie oba naraz)</translation>
    </message>
    <message>
        <source>--service needs --from and --to, each a date (2026-11-01) or an ISO 8601 time</source>
        <translation>--service wymaga --from i --to, każde jako data (2026-11-01) lub czas ISO 8601</translation>
    </message>
    <message>
        <source>--to lies before --from</source>
        <translation>--to wypada przed --from</translation>
    </message>
    <message>
        <source>no incident of service %1 started in that period</source>
        <translation>żadna awaria usługi %1 nie rozpoczęła się w tym okresie</translation>
    </message>
    <message>
        <source>local store (the provider could not be reached)</source>
        <translation>lokalny magazyn (nie udało się połączyć z dostawcą)</translation>
    </message>
    <message>
        <source>export: the file to write (replaced whole, or left as it was).</source>
        <translation>export: plik do zapisania (zastępowany w całości albo pozostawiony bez zmian).</translation>
    </message>
    <message>
        <source>export: pdf or json (default: from the file&apos;s suffix, else pdf).</source>
        <translation>export: pdf lub json (domyślnie: według rozszerzenia pliku, w przeciwnym razie pdf).</translation>
    </message>
    <message>
        <source>export --service: incidents that started on or after DATE.</source>
        <translation>export --service: awarie, które rozpoczęły się w dniu DATE lub później.</translation>
    </message>
    <message>
        <source>export --service: ... and before DATE (a date alone: its end).</source>
        <translation>export --service: ... i przed DATE (sama data: jej koniec).</translation>
    </message>
    <message>
        <source>--message is empty</source>
        <translation>--message jest puste</translation>
    </message>
    <message>
        <source>Requested the RFO of case %1: case %2</source>
        <translation>Poproszono o raport RFO dla zgłoszenia %1: zgłoszenie %2</translation>
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
        <translation>API zgłoszeń dostawcy i Case Repository z wiersza poleceń.

Polecenia:
  cases [--updated-within MIN] [--service ID] [--reference REF] [--json]
        [--status S,...] [--priority P,...] [--type T,...] [--open]
  case ID [--json]
  create --type T --priority P --subject S --service ID --message M
         [--start ISO] [--end ISO | --open-ended] [--reference REF] [--sent-by NAME] [--json]
  reply ID --message M [--sent-by NAME]      (M równe &quot;-&quot; czyta standardowe wejście)
  rfo ID [--message M] [--sent-by NAME] [--json]
                                              (prosi o raport o przyczynie awarii rozwiązanego
                                              lub zamkniętego incydentu; kod wyjścia 6, jeśli nim nie jest)
  reference ID REF
  outbox [--reconcile]                        (zmiany jeszcze niepotwierdzone; --reconcile
                                              sprawdza każdą i wysyła to, co nie dotarło)
  poll [--once] [--interval SEC] [--since-start]
                                              (jeden wiersz JSON na zmianę od ostatniego uruchomienia)
  export CASE [CASE...] -o FILE [--format pdf|json]
  export --service ID --from DATE --to DATE -o FILE [--format pdf|json]
                                              (dossier zgłoszenia: PDF lub JSON, jeden plik)
  matrix [--json]
  capabilities [--json] [--refresh]          (co dostawca oferuje poza udokumentowanym
                                              schematem; --refresh ustala to ponownie)
  store-secret                                (czyta sekret ze standardowego wejścia)
  save-profile NAME [--repository URL --repository-user USER]

Polecenia Case Repository (--repository URL --repository-user USER lub z profilu):
  status create --case-type T --client-type TYPE --status S  (te trzy są wymagane)
         [--repository-client ID] [--business-key K] [--description TEXT] [--source SRC]
         [--json]                             (bez --business-key: klucz ma wartość null)
  status get CASEID [--json]
  status update CASEID [--case-type T]
         [--repository-client ID | --clear-repository-client]
         [--client-type TYPE] [--status S]
         [--description TEXT | --clear-description]
         [--business-key K | --clear-business-key] [--source SRC] [--json]
  status delete CASEID [--yes]               (wpis i jego historia, bezpowrotnie)
  status search [--repository-client ID] [--client-type TYPE] [--case-type T]
         [--status S]
         [--business-key K] [--source SRC] [--updated-from ISO] [--updated-to ISO]
         [--page N] [--size N] [--sort FIELD[,asc|desc]] [--all] [--json]
  status history CASEID [--json]
  store-repository-password                   (czyta hasło ze standardowego wejścia)

Sekret klienta pochodzi z CASECTL_CLIENT_SECRET lub z systemowego pęku kluczy; hasło
repozytorium z CASECTL_REPOSITORY_PASSWORD lub z systemowego pęku kluczy.
Kody wyjścia: 0 ok, 1 inny błąd, 2 błędne użycie, 3 uwierzytelnianie, 4 błąd serwera, GraphQL lub repozytorium, 5 sieć, 6 nie dotyczy tego zgłoszenia (rfo).</translation>
    </message>
    <message>
        <source>create, reply, rfo: the message text (&quot;-&quot;: standard input; rfo: instead of the one naming the case).</source>
        <translation>create, reply, rfo: treść wiadomości (&quot;-&quot;: standardowe wejście; rfo: zamiast tej, która wskazuje zgłoszenie).</translation>
    </message>
    <message>
        <source>create, reply, rfo: who is writing.</source>
        <translation>create, reply, rfo: autor wiadomości.</translation>
    </message>
    <message>
        <source>create, reply, rfo, reference, outbox: seconds to wait before looking up a change whose answer was lost, before anything is sent again (default: 15).</source>
        <translation>create, reply, rfo, reference, outbox: liczba sekund oczekiwania przed sprawdzeniem zmiany, na którą nie dotarła odpowiedź; wcześniej nic nie zostanie wysłane ponownie (domyślnie: 15).</translation>
    </message>
</context>
<context>
    <name>ConnectionCheck</name>
    <message numerus="yes">
        <source>The server did not answer within %n second(s). Check the endpoint address and your network.</source>
        <translation>
            <numerusform>Serwer nie odpowiedział w ciągu %n sekundy. Sprawdź adres punktu końcowego i połączenie sieciowe.</numerusform>
            <numerusform>Serwer nie odpowiedział w ciągu %n sekund. Sprawdź adres punktu końcowego i połączenie sieciowe.</numerusform>
            <numerusform>Serwer nie odpowiedział w ciągu %n sekund. Sprawdź adres punktu końcowego i połączenie sieciowe.</numerusform>
        </translation>
    </message>
    <message>
        <source>Enter the client secret to test the connection.</source>
        <translation>Podaj sekret klienta, aby sprawdzić połączenie.</translation>
    </message>
    <message numerus="yes">
        <source>Connected to the account “%1” with %n service(s).</source>
        <translation>
            <numerusform>Połączono z kontem „%1” (%n usługa).</numerusform>
            <numerusform>Połączono z kontem „%1” (%n usługi).</numerusform>
            <numerusform>Połączono z kontem „%1” (%n usług).</numerusform>
        </translation>
    </message>
    <message>
        <source>Connected to the account “%1”.</source>
        <translation>Połączono z kontem „%1”.</translation>
    </message>
    <message numerus="yes">
        <source>Connected: the provider accepted the credentials and reports %n service(s) for the account.</source>
        <translation>
            <numerusform>Połączono: dostawca zaakceptował dane uwierzytelniające i podaje dla konta %n usługę.</numerusform>
            <numerusform>Połączono: dostawca zaakceptował dane uwierzytelniające i podaje dla konta %n usługi.</numerusform>
            <numerusform>Połączono: dostawca zaakceptował dane uwierzytelniające i podaje dla konta %n usług.</numerusform>
        </translation>
    </message>
    <message>
        <source>Connected: the provider accepted the credentials and answered for the account.</source>
        <translation>Połączono: dostawca zaakceptował dane uwierzytelniające i odpowiedział na zapytanie o konto.</translation>
    </message>
    <message>
        <source>It does not report the account&apos;s name, so the console cannot show which account these credentials belong to; check that with the provider.</source>
        <translation>Dostawca nie podaje nazwy konta, więc konsola nie może pokazać, do którego konta należą te dane uwierzytelniające; sprawdź to u dostawcy.</translation>
    </message>
    <message>
        <source>This provider does not report %1.</source>
        <translation>Ten dostawca nie podaje %1.</translation>
    </message>
    <message>
        <source>What else it reports could not be learned; the console will ask again.</source>
        <translation>Nie udało się ustalić, co jeszcze podaje dostawca; konsola zapyta ponownie.</translation>
    </message>
</context>
<context>
    <name>ConnectionStatusBar</name>
    <message>
        <source>Fetching every case…</source>
        <translation>Pobieranie wszystkich zgłoszeń…</translation>
    </message>
    <message>
        <source>Fetching changed cases…</source>
        <translation>Pobieranie zmienionych zgłoszeń…</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Brak połączenia</translation>
    </message>
    <message>
        <source>Set up a connection or try the sandbox demo.</source>
        <translation>Skonfiguruj połączenie lub wypróbuj demo w piaskownicy.</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) match the first %1 words of “%2…”; a search reads no more</source>
        <translation>
            <numerusform>%n zgłoszenie pasuje do pierwszych %1 słów z „%2…”; dalszych słów wyszukiwanie nie uwzględnia</numerusform>
            <numerusform>%n zgłoszenia pasują do pierwszych %1 słów z „%2…”; dalszych słów wyszukiwanie nie uwzględnia</numerusform>
            <numerusform>%n zgłoszeń pasuje do pierwszych %1 słów z „%2…”; dalszych słów wyszukiwanie nie uwzględnia</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) match “%1”</source>
        <translation>
            <numerusform>%n zgłoszenie pasuje do „%1”</numerusform>
            <numerusform>%n zgłoszenia pasują do „%1”</numerusform>
            <numerusform>%n zgłoszeń pasuje do „%1”</numerusform>
        </translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Tryb offline</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Połączono</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Łączenie…</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s)</source>
        <translation>
            <numerusform>%n zgłoszenie</numerusform>
            <numerusform>%n zgłoszenia</numerusform>
            <numerusform>%n zgłoszeń</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n case(s)</source>
        <translation>
            <numerusform>%1 z %n zgłoszenia</numerusform>
            <numerusform>%1 z %n zgłoszeń</numerusform>
            <numerusform>%1 z %n zgłoszeń</numerusform>
        </translation>
    </message>
    <message>
        <source>Updated %1</source>
        <translation>Zaktualizowano %1</translation>
    </message>
    <message>
        <source>Refreshing…</source>
        <translation>Odświeżanie…</translation>
    </message>
    <message numerus="yes">
        <source>next in %n s</source>
        <translation>
            <numerusform>następne za %n s</numerusform>
            <numerusform>następne za %n s</numerusform>
            <numerusform>następne za %n s</numerusform>
        </translation>
    </message>
    <message>
        <source>trying again when the network is back</source>
        <translation>ponowna próba po przywróceniu sieci</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) not yet sent</source>
        <translation>
            <numerusform>%n niewysłana zmiana</numerusform>
            <numerusform>%n niewysłane zmiany</numerusform>
            <numerusform>%n niewysłanych zmian</numerusform>
        </translation>
    </message>
    <message>
        <source>Indexing %L1 cases for search… %2%</source>
        <translation>Indeksowanie zgłoszeń (%L1) do wyszukiwania… %2%</translation>
    </message>
    <message numerus="yes">
        <source>The newest %n case(s) matching “%1”; scroll down the list for more</source>
        <translation>
            <numerusform>Najnowsze %n zgłoszenie pasujące do „%1”; przewiń listę w dół, aby zobaczyć więcej</numerusform>
            <numerusform>Najnowsze %n zgłoszenia pasujące do „%1”; przewiń listę w dół, aby zobaczyć więcej</numerusform>
            <numerusform>Najnowszych %n zgłoszeń pasujących do „%1”; przewiń listę w dół, aby zobaczyć więcej</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Console</name>
    <message>
        <source>Sandbox (%1)</source>
        <translation>Piaskownica (%1)</translation>
    </message>
    <message>
        <source>No client secret: the console shows what it stored before and does not connect. Enter the secret in Connections and Settings (Ctrl+,).</source>
        <translation>Brak sekretu klienta: konsola wyświetla wcześniej zapisane dane i nie łączy się. Podaj sekret w oknie Połączenia i ustawienia (Ctrl+,).</translation>
    </message>
    <message>
        <source>Starting the local sandbox…</source>
        <translation>Uruchamianie lokalnej piaskownicy…</translation>
    </message>
    <message>
        <source>Sandbox demo</source>
        <translation>Demo w piaskownicy</translation>
    </message>
</context>
<context>
    <name>CreateCaseDialog</name>
    <message>
        <source>New Case</source>
        <translation>Nowe zgłoszenie</translation>
    </message>
    <message>
        <source>Open a case with the provider. The type decides which priorities and subjects are allowed.</source>
        <translation>Tworzenie zgłoszenia u dostawcy. Od typu zależą dozwolone priorytety i tematy.</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Typ:</translation>
    </message>
    <message>
        <source>Case type</source>
        <translation>Typ zgłoszenia</translation>
    </message>
    <message>
        <source>&amp;Priority:</source>
        <translation>&amp;Priorytet:</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorytet</translation>
    </message>
    <message>
        <source>S&amp;ubject:</source>
        <translation>T&amp;emat:</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Temat</translation>
    </message>
    <message>
        <source>Choose a subject</source>
        <translation>Wybierz temat</translation>
    </message>
    <message>
        <source>Ser&amp;vice:</source>
        <translation>&amp;Usługa:</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Usługa</translation>
    </message>
    <message>
        <source>Type part of a service&apos;s name or id to find it</source>
        <translation>Wpisz część nazwy lub identyfikatora usługi, aby ją znaleźć</translation>
    </message>
    <message>
        <source>&amp;Start of incident:</source>
        <translation>P&amp;oczątek incydentu:</translation>
    </message>
    <message>
        <source>Start of incident</source>
        <translation>Początek incydentu</translation>
    </message>
    <message>
        <source>No&amp;w</source>
        <translation>Ter&amp;az</translation>
    </message>
    <message>
        <source>Set the start of the incident to now</source>
        <translation>Ustaw początek incydentu na bieżący czas</translation>
    </message>
    <message>
        <source>End of incident:</source>
        <translation>Koniec incydentu:</translation>
    </message>
    <message>
        <source>&amp;Ended at</source>
        <translation>Za&amp;kończony o</translation>
    </message>
    <message>
        <source>Leave unchecked while the incident is still going on</source>
        <translation>Pozostaw niezaznaczone, dopóki incydent trwa</translation>
    </message>
    <message>
        <source>End of incident</source>
        <translation>Koniec incydentu</translation>
    </message>
    <message>
        <source>(ongoing)</source>
        <translation>(trwa)</translation>
    </message>
    <message>
        <source>Your &amp;reference:</source>
        <translation>Własna &amp;sygnatura:</translation>
    </message>
    <message>
        <source>Optional: your own ticket number</source>
        <translation>Opcjonalnie: własny numer zgłoszenia</translation>
    </message>
    <message>
        <source>Customer reference</source>
        <translation>Sygnatura klienta</translation>
    </message>
    <message>
        <source>Sent &amp;by:</source>
        <translation>&amp;Nadawca:</translation>
    </message>
    <message>
        <source>Your name, as the provider sees it</source>
        <translation>Imię i nazwisko widoczne dla dostawcy</translation>
    </message>
    <message>
        <source>Sent by</source>
        <translation>Nadawca</translation>
    </message>
    <message>
        <source>&amp;Message:</source>
        <translation>&amp;Wiadomość:</translation>
    </message>
    <message>
        <source>What is wrong or what you need, with what you have already checked</source>
        <translation>Co nie działa lub czego potrzeba oraz co już sprawdzono</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Wiadomość</translation>
    </message>
    <message>
        <source>What is missing</source>
        <translation>Czego brakuje</translation>
    </message>
    <message>
        <source>Sending state</source>
        <translation>Stan wysyłania</translation>
    </message>
    <message>
        <source>&amp;Create Case</source>
        <translation>Utwórz &amp;zgłoszenie</translation>
    </message>
    <message>
        <source>Type to find a service</source>
        <translation>Wpisz, aby znaleźć usługę</translation>
    </message>
    <message>
        <source>Saving the case to send it…</source>
        <translation>Zapisywanie zgłoszenia przed wysłaniem…</translation>
    </message>
    <message>
        <source>“%1” is none of the account&apos;s services: choose one from the list.</source>
        <translation>„%1” nie jest żadną z usług konta: wybierz usługę z listy.</translation>
    </message>
    <message>
        <source>Ready to create.</source>
        <translation>Gotowe do utworzenia.</translation>
    </message>
    <message>
        <source>To create the case:</source>
        <translation>Aby utworzyć zgłoszenie:</translation>
    </message>
    <message>
        <source>This provider sets the priority itself. The priority chosen here goes into the message&apos;s first line as “Requested priority: …”.</source>
        <translation>Ten dostawca sam ustala priorytet. Wybrany tu priorytet trafia do pierwszego wiersza wiadomości jako „Requested priority: …”.</translation>
    </message>
    <message>
        <source>This provider sets the priority itself. The priority chosen here is checked against the case type but not sent (the profile&apos;s settings leave it out of the message).</source>
        <translation>Ten dostawca sam ustala priorytet. Wybrany tu priorytet jest sprawdzany względem typu zgłoszenia, ale nie jest wysyłany (ustawienia profilu pomijają go w wiadomości).</translation>
    </message>
    <message>
        <source>%1 is not a priority of a %2: the priority is now %3.</source>
        <translation>%1 nie jest priorytetem dla %2: priorytet to teraz %3.</translation>
    </message>
    <message>
        <source>“%1” is not a subject of a %2: choose one.</source>
        <translation>„%1” nie jest tematem dla %2: wybierz jeden.</translation>
    </message>
    <message>
        <source>Times are in your local time (%1).</source>
        <translation>Czasy są w twoim czasie lokalnym (%1).</translation>
    </message>
    <message>
        <source>Times are in your local time, %1 (%2).</source>
        <translation>Czasy są w twoim czasie lokalnym, %1 (%2).</translation>
    </message>
    <message>
        <source>Create the case (Ctrl+Return)</source>
        <translation>Utwórz zgłoszenie (Ctrl+Return)</translation>
    </message>
</context>
<context>
    <name>CreateCaseOperation</name>
    <message>
        <source>Creating the case with the provider…</source>
        <translation>Tworzenie zgłoszenia u dostawcy…</translation>
    </message>
    <message>
        <source>No answer from the provider (%1). Checking whether the case was created before trying again, so it is not created twice.</source>
        <translation>Brak odpowiedzi od dostawcy (%1). Przed ponowną próbą sprawdzane jest, czy zgłoszenie zostało utworzone, aby nie utworzyć go dwukrotnie.</translation>
    </message>
    <message>
        <source>&lt;b&gt;The provider did not accept the case:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Dostawca nie przyjął zgłoszenia:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>Created %1.</source>
        <translation>Utworzono %1.</translation>
    </message>
</context>
<context>
    <name>Credentials</name>
    <message>
        <source>There is no system keychain.</source>
        <translation>Brak systemowego pęku kluczy.</translation>
    </message>
</context>
<context>
    <name>Dossier</name>
    <message>
        <source>The case has no priority: no SLA targets apply, no clock is counted.</source>
        <translation>Zgłoszenie nie ma priorytetu: nie obowiązują żadne cele SLA, żaden zegar nie jest liczony.</translation>
    </message>
    <message>
        <source>The SLA policy has no targets for priority %1.</source>
        <translation>Polityka SLA nie ma celów dla priorytetu %1.</translation>
    </message>
    <message>
        <source>The provider gave no start of incident: the outage and the restore clock count from the case&apos;s creation.</source>
        <translation>Dostawca nie podał początku awarii: przerwa i zegar przywrócenia są liczone od utworzenia zgłoszenia.</translation>
    </message>
    <message>
        <source>The end of incident the provider gave lies before its start: it is not used; the outage runs to the case&apos;s closing (or to now while open).</source>
        <translation>Podany przez dostawcę koniec awarii wypada przed jej początkiem: nie jest używany; przerwa trwa do zamknięcia zgłoszenia (lub do teraz, jeśli jest otwarte).</translation>
    </message>
    <message>
        <source>Could not write %1: %2. Nothing was written; choose a folder you can write to and try again.</source>
        <translation>Nie można zapisać %1: %2. Nic nie zostało zapisane; wybierz folder, do którego możesz zapisywać, i spróbuj ponownie.</translation>
    </message>
    <message>
        <source>No case to export.</source>
        <translation>Brak zgłoszenia do eksportu.</translation>
    </message>
    <message>
        <source>Export cancelled; nothing was written.</source>
        <translation>Eksport anulowany; nic nie zostało zapisane.</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n case(s) to %1.</source>
        <translation>
            <numerusform>Wyeksportowano %n zgłoszenie do %1.</numerusform>
            <numerusform>Wyeksportowano %n zgłoszenia do %1.</numerusform>
            <numerusform>Wyeksportowano %n zgłoszeń do %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> and %n more</source>
        <translation>
            <numerusform> i %n więcej</numerusform>
            <numerusform> i %n więcej</numerusform>
            <numerusform> i %n więcej</numerusform>
        </translation>
    </message>
    <message>
        <source>Case dossier %1</source>
        <translation>Dossier zgłoszenia %1</translation>
    </message>
    <message numerus="yes">
        <source>Case dossier: %n cases</source>
        <translation>
            <numerusform>Dossier zgłoszeń: %n zgłoszenie</numerusform>
            <numerusform>Dossier zgłoszeń: %n zgłoszenia</numerusform>
            <numerusform>Dossier zgłoszeń: %n zgłoszeń</numerusform>
        </translation>
    </message>
    <message>
        <source>Generated</source>
        <translation>Wygenerowano</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Zgłoszenia</translation>
    </message>
    <message>
        <source>Generated by</source>
        <translation>Wygenerowane przez</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Threads read from</source>
        <translation>Wątki odczytane z</translation>
    </message>
    <message>
        <source>Times</source>
        <translation>Czasy</translation>
    </message>
    <message>
        <source>each in local time (%1, with its offset) and in UTC</source>
        <translation>każdy w czasie lokalnym (%1, z przesunięciem) i w UTC</translation>
    </message>
    <message>
        <source>A record of the case as the provider reported it, with the SLA clocks computed by the console and the SHA-256 of each thread as received.</source>
        <translation>Zapis zgłoszenia w postaci zgłoszonej przez dostawcę, z zegarami SLA obliczonymi przez konsolę i skrótem SHA-256 każdego wątku w otrzymanej postaci.</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Zgłoszenie</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Usługa</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorytet</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Outage from (UTC)</source>
        <translation>Przerwa od (UTC)</translation>
    </message>
    <message>
        <source>to (UTC)</source>
        <translation>do (UTC)</translation>
    </message>
    <message>
        <source>Outage (min)</source>
        <translation>Przerwa (min)</translation>
    </message>
    <message>
        <source> (ongoing)</source>
        <translation> (trwa)</translation>
    </message>
    <message>
        <source>Total outage</source>
        <translation>Łączna przerwa</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Wiadomości</translation>
    </message>
    <message>
        <source>Thread SHA-256 (see each case&apos;s manifest)</source>
        <translation>SHA-256 wątku (zob. manifest każdego zgłoszenia)</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Podsumowanie</translation>
    </message>
    <message>
        <source>Thread digests</source>
        <translation>Skróty wątków</translation>
    </message>
    <message>
        <source>no target</source>
        <translation>brak celu</translation>
    </message>
    <message>
        <source>running</source>
        <translation>biegnie</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>wstrzymany</translation>
    </message>
    <message>
        <source>met</source>
        <translation>dotrzymany</translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation>pozostało %1</translation>
    </message>
    <message>
        <source>%1 over</source>
        <translation>%1 ponad</translation>
    </message>
    <message>
        <source>Clock</source>
        <translation>Zegar</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Cel</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stan</translation>
    </message>
    <message>
        <source>Counted</source>
        <translation>Naliczono</translation>
    </message>
    <message>
        <source>Left / over</source>
        <translation>Pozostało / ponad</translation>
    </message>
    <message>
        <source>Due / stopped</source>
        <translation>Termin / zatrzymano</translation>
    </message>
    <message>
        <source>First response</source>
        <translation>Pierwsza odpowiedź</translation>
    </message>
    <message>
        <source>Provider silence</source>
        <translation>Milczenie dostawcy</translation>
    </message>
    <message>
        <source>Time to restore</source>
        <translation>Czas przywrócenia</translation>
    </message>
    <message>
        <source>nobody (closed)</source>
        <translation>nikt (zamknięte)</translation>
    </message>
    <message>
        <source>waiting on the provider</source>
        <translation>czeka na dostawcę</translation>
    </message>
    <message>
        <source>waiting on us</source>
        <translation>czeka na nas</translation>
    </message>
    <message>
        <source>Longest provider silence: %1; silences over the target: %2; %3 since %4.</source>
        <translation>Najdłuższe milczenie dostawcy: %1; milczenia ponad cel: %2; %3 od %4.</translation>
    </message>
    <message>
        <source>SLA clocks</source>
        <translation>Zegary SLA</translation>
    </message>
    <message>
        <source>No outage: the case is not an incident.</source>
        <translation>Brak przerwy: zgłoszenie nie jest awarią.</translation>
    </message>
    <message>
        <source>%1 minutes (%2), from %3 to %4%5.</source>
        <translation>%1 minut (%2), od %3 do %4%5.</translation>
    </message>
    <message>
        <source> (now: still open)</source>
        <translation> (teraz: nadal otwarte)</translation>
    </message>
    <message>
        <source>Outage</source>
        <translation>Przerwa</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Temat</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Lokalizacja</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Utworzono</translation>
    </message>
    <message>
        <source>Last modified</source>
        <translation>Ostatnia zmiana</translation>
    </message>
    <message>
        <source>Start of incident</source>
        <translation>Początek incydentu</translation>
    </message>
    <message>
        <source>End of incident</source>
        <translation>Koniec incydentu</translation>
    </message>
    <message>
        <source>Customer reference</source>
        <translation>Sygnatura klienta</translation>
    </message>
    <message>
        <source>Thread SHA-256</source>
        <translation>SHA-256 wątku</translation>
    </message>
    <message>
        <source>Case created</source>
        <translation>Utworzono zgłoszenie</translation>
    </message>
    <message>
        <source>Status seen changed: %1 → %2</source>
        <translation>Zmiana widzianego statusu: %1 → %2</translation>
    </message>
    <message>
        <source>Priority seen changed: %1 → %2</source>
        <translation>Zmiana widzianego priorytetu: %1 → %2</translation>
    </message>
    <message>
        <source>Status update: %1</source>
        <translation>Zmiana statusu: %1</translation>
    </message>
    <message>
        <source>Message from %1: %2</source>
        <translation>Wiadomość od %1: %2</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Oś czasu</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Dostawca</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Klient</translation>
    </message>
    <message>
        <source>Algorithm</source>
        <translation>Algorytm</translation>
    </message>
    <message>
        <source>Computed over</source>
        <translation>Obliczono na podstawie</translation>
    </message>
    <message>
        <source>the thread as received, serialised as %1 (one line per communication: time, type, sender, text; the Case Console documentation, &quot;The case dossier&quot;)</source>
        <translation>wątek w otrzymanej postaci, serializowany jako %1 (jeden wiersz na komunikat: czas, typ, nadawca, tekst; dokumentacja Case Console, „Dossier zgłoszenia”)</translation>
    </message>
    <message>
        <source>Communications</source>
        <translation>Komunikaty</translation>
    </message>
    <message numerus="yes">
        <source>%n communication(s), %1 bytes</source>
        <translation>
            <numerusform>%n komunikat, %1 bajtów</numerusform>
            <numerusform>%n komunikaty, %1 bajtów</numerusform>
            <numerusform>%n komunikatów, %1 bajtów</numerusform>
        </translation>
    </message>
    <message>
        <source>Thread read from</source>
        <translation>Wątek odczytany z</translation>
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
        <translation>Zgłoszenie %1 — %2</translation>
    </message>
    <message numerus="yes">
        <source>Thread (%n communication(s), oldest first)</source>
        <translation>
            <numerusform>Wątek (%n komunikat, od najstarszego)</numerusform>
            <numerusform>Wątek (%n komunikaty, od najstarszego)</numerusform>
            <numerusform>Wątek (%n komunikatów, od najstarszego)</numerusform>
        </translation>
    </message>
    <message>
        <source>Generated %1 by %2</source>
        <translation>Wygenerowano %1 przez %2</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Strona %1 z %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>breached</source>
        <translation>przekroczony</translation>
    </message>
</context>
<context>
    <name>DossierActions</name>
    <message>
        <source>E&amp;xport…</source>
        <translation>Ek&amp;sportuj…</translation>
    </message>
    <message>
        <source>Pr&amp;int…</source>
        <translation>Dru&amp;kuj…</translation>
    </message>
    <message>
        <source>Save the selected cases&apos; dossier as PDF or JSON (Ctrl+Shift+E)</source>
        <translation>Zapisz dossier zaznaczonych zgłoszeń jako PDF lub JSON (Ctrl+Shift+E)</translation>
    </message>
    <message>
        <source>Print the selected cases&apos; dossier (Ctrl+P)</source>
        <translation>Drukuj dossier zaznaczonych zgłoszeń (Ctrl+P)</translation>
    </message>
    <message>
        <source>Select the cases to export first.</source>
        <translation>Najpierw zaznacz zgłoszenia do eksportu.</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>Dokument PDF (*.pdf)</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>Export Case Dossier</source>
        <translation>Eksportuj dossier zgłoszenia</translation>
    </message>
    <message>
        <source>Select the cases to print first.</source>
        <translation>Najpierw zaznacz zgłoszenia do wydruku.</translation>
    </message>
    <message>
        <source>Print Case Dossier</source>
        <translation>Drukuj dossier zgłoszenia</translation>
    </message>
    <message numerus="yes">
        <source>Exporting the dossier of %n case(s)…</source>
        <translation>
            <numerusform>Eksportowanie dossier %n zgłoszenia…</numerusform>
            <numerusform>Eksportowanie dossier %n zgłoszeń…</numerusform>
            <numerusform>Eksportowanie dossier %n zgłoszeń…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Printing the dossier of %n case(s)…</source>
        <translation>
            <numerusform>Drukowanie dossier %n zgłoszenia…</numerusform>
            <numerusform>Drukowanie dossier %n zgłoszeń…</numerusform>
            <numerusform>Drukowanie dossier %n zgłoszeń…</numerusform>
        </translation>
    </message>
    <message>
        <source>A dossier is being made; wait for it or cancel it.</source>
        <translation>Trwa tworzenie dossier; zaczekaj na jego zakończenie lub je anuluj.</translation>
    </message>
    <message>
        <source>Export cancelled; nothing was written.</source>
        <translation>Eksport anulowany; nic nie zostało zapisane.</translation>
    </message>
    <message>
        <source>The selected cases are not in the local store yet.</source>
        <translation>Zaznaczonych zgłoszeń nie ma jeszcze w lokalnym magazynie.</translation>
    </message>
    <message>
        <source>local store</source>
        <translation>lokalny magazyn</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Anuluj</translation>
    </message>
    <message>
        <source>Case Dossier</source>
        <translation>Dossier zgłoszenia</translation>
    </message>
    <message>
        <source>Sending the pages to the printer…</source>
        <translation>Wysyłanie stron do drukarki…</translation>
    </message>
    <message numerus="yes">
        <source>Left out, not in the local store yet: %1.</source>
        <translation>
            <numerusform>Pominięto, jeszcze nie ma w lokalnym magazynie: %1.</numerusform>
            <numerusform>Pominięto, jeszcze nie ma w lokalnym magazynie: %1.</numerusform>
            <numerusform>Pominięto, jeszcze nie ma w lokalnym magazynie: %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DossierExport</name>
    <message>
        <source>Printing cancelled.</source>
        <translation>Drukowanie anulowane.</translation>
    </message>
    <message numerus="yes">
        <source>Printed %n case(s).</source>
        <translation>
            <numerusform>Wydrukowano %n zgłoszenie.</numerusform>
            <numerusform>Wydrukowano %n zgłoszenia.</numerusform>
            <numerusform>Wydrukowano %n zgłoszeń.</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not print: the printer refused the document.</source>
        <translation>Nie można wydrukować: drukarka odrzuciła dokument.</translation>
    </message>
</context>
<context>
    <name>GraphQLCaseApi</name>
    <message>
        <source>The answer carries no list of cases.</source>
        <translation>Odpowiedź nie zawiera listy zgłoszeń.</translation>
    </message>
    <message>
        <source>The provider did not accept the change.</source>
        <translation>Dostawca nie przyjął zmiany.</translation>
    </message>
    <message>
        <source>The answer does not confirm the change.</source>
        <translation>Odpowiedź nie potwierdza zmiany.</translation>
    </message>
    <message>
        <source>The answer does not name the new case.</source>
        <translation>W odpowiedzi brakuje identyfikatora nowego zgłoszenia.</translation>
    </message>
    <message>
        <source>The answer carries no account.</source>
        <translation>Odpowiedź nie zawiera konta.</translation>
    </message>
</context>
<context>
    <name>GraphQLSchemaError</name>
    <message>
        <source>the field “%1”</source>
        <translation>pola „%1”</translation>
    </message>
    <message>
        <source>the field “%1” on “%2”</source>
        <translation>pola „%1” typu „%2”</translation>
    </message>
    <message>
        <source>the argument “%1”</source>
        <translation>argumentu „%1”</translation>
    </message>
    <message>
        <source>the argument “%1” of “%2”</source>
        <translation>argumentu „%1” pola „%2”</translation>
    </message>
</context>
<context>
    <name>GraphQLTransport</name>
    <message>
        <source>The answer is not a JSON object.</source>
        <translation>Odpowiedź nie jest obiektem JSON.</translation>
    </message>
    <message>
        <source>The answer&apos;s data is not an object.</source>
        <translation>Pole data w odpowiedzi nie jest obiektem.</translation>
    </message>
    <message>
        <source>Unknown operation %1.</source>
        <translation>Nieznana operacja %1.</translation>
    </message>
    <message>
        <source>The answer has neither data nor errors.</source>
        <translation>Odpowiedź nie zawiera ani danych, ani błędów.</translation>
    </message>
</context>
<context>
    <name>Limits</name>
    <message>
        <source>The message is too long: at most %1 characters, this one has %2.</source>
        <translation>Wiadomość jest za długa: maksymalnie %1 znaków, a ta ma %2.</translation>
    </message>
    <message>
        <source>The reference is too long: at most %1 characters, this one has %2.</source>
        <translation>Sygnatura jest za długa: maksymalnie %1 znaków, a ta ma %2.</translation>
    </message>
    <message>
        <source>&quot;Sent by&quot; is too long: at most %1 characters, this one has %2.</source>
        <translation>Wartość pola &quot;Nadawca&quot; jest za długa: maksymalnie %1 znaków, a ta ma %2.</translation>
    </message>
</context>
<context>
    <name>LocalSandbox</name>
    <message>
        <source>Node.js could not be started: %1</source>
        <translation>Nie można uruchomić Node.js: %1</translation>
    </message>
    <message>
        <source>The sandbox server stopped (exit code %1)%2</source>
        <translation>Serwer piaskownicy zatrzymał się (kod wyjścia %1)%2</translation>
    </message>
    <message>
        <source>The sandbox server did not start within 20 seconds.</source>
        <translation>Serwer piaskownicy nie uruchomił się w ciągu 20 sekund.</translation>
    </message>
    <message>
        <source>The sandbox server is not installed (no sandbox/server.js was found). Set CASECONSOLE_SANDBOX_DIR to the sandbox folder of the source tree.</source>
        <translation>Serwer piaskownicy nie jest zainstalowany (nie znaleziono pliku sandbox/server.js). Ustaw CASECONSOLE_SANDBOX_DIR na katalog sandbox z drzewa źródeł.</translation>
    </message>
    <message>
        <source>The sandbox needs Node.js 20 or newer, and no “node” program was found. Install Node.js (e.g. apt install nodejs) and try again.</source>
        <translation>Piaskownica wymaga Node.js w wersji 20 lub nowszej, a nie znaleziono programu „node”. Zainstaluj Node.js (np. apt install nodejs) i spróbuj ponownie.</translation>
    </message>
    <message>
        <source>The sandbox&apos;s packages are not installed. Run “npm ci” in %1 (scripts/deps does it) and try again.</source>
        <translation>Pakiety piaskownicy nie są zainstalowane. Uruchom „npm ci” w %1 (robi to scripts/deps) i spróbuj ponownie.</translation>
    </message>
    <message>
        <source>The sandbox server&apos;s start line could not be read.</source>
        <translation>Nie można odczytać wiersza startowego serwera piaskownicy.</translation>
    </message>
</context>
<context>
    <name>LocalStore</name>
    <message>
        <source>The local database %1 was written by a newer version of Case Console. Update the console, or move the file away to start afresh.</source>
        <translation>Lokalna baza danych %1 została zapisana przez nowszą wersję Case Console. Zaktualizuj konsolę lub przenieś plik w inne miejsce, aby zacząć od nowa.</translation>
    </message>
    <message>
        <source>The local database %1 could not be updated: %2. Free some disk space or close other programs using it, then start again.</source>
        <translation>Nie można zaktualizować lokalnej bazy danych %1: %2. Zwolnij miejsce na dysku lub zamknij inne programy, które jej używają, a następnie uruchom konsolę ponownie.</translation>
    </message>
    <message>
        <source>The local database %1 is damaged and cannot be moved aside (%2). Close other programs using it, or remove it by hand.</source>
        <translation>Lokalna baza danych %1 jest uszkodzona i nie można jej przenieść (%2). Zamknij inne programy, które jej używają, lub usuń ją ręcznie.</translation>
    </message>
    <message>
        <source>The disk holding %1 is full (%2). Free some space on it (old downloads, logs, the trash), then try again; nothing saved before was lost.</source>
        <translation>Dysk, na którym znajduje się %1, jest pełny (%2). Zwolnij na nim miejsce (stare pobrane pliki, logi, kosz), a następnie spróbuj ponownie; wcześniej zapisane dane nie zostały utracone.</translation>
    </message>
    <message>
        <source>Reading or writing %1 failed (%2): the disk holding it may be full, failing or disconnected. Free some space on it or check the disk, then try again; the file was left as it is.</source>
        <translation>Odczyt lub zapis %1 nie powiódł się (%2): dysk, na którym znajduje się plik, może być pełny, uszkodzony lub odłączony. Zwolnij na nim miejsce lub sprawdź dysk, a następnie spróbuj ponownie; plik pozostawiono bez zmian.</translation>
    </message>
    <message>
        <source>%1 is locked by another program (%2), perhaps another Case Console or casectl using the same profile. Close it, then try again; the file was left as it is.</source>
        <translation>Plik %1 jest zablokowany przez inny program (%2), być może przez inną instancję Case Console lub casectl używającą tego samego profilu. Zamknij go, a następnie spróbuj ponownie; plik pozostawiono bez zmian.</translation>
    </message>
    <message>
        <source>%1 cannot be opened for writing (%2). Check that you may write to the file and its folder and that the disk is not read-only, then try again; the file was left as it is.</source>
        <translation>Nie można otworzyć pliku %1 do zapisu (%2). Sprawdź, czy plik i jego katalog są dostępne do zapisu oraz czy dysk nie jest tylko do odczytu, a następnie spróbuj ponownie; plik pozostawiono bez zmian.</translation>
    </message>
    <message>
        <source>Your drafts (%1) and unsent changes (%2) were recovered from %3.</source>
        <translation>Odzyskano szkice (%1) i niewysłane zmiany (%2) z pliku %3.</translation>
    </message>
    <message>
        <source>Your drafts (%1) were recovered from %2; its unsent changes could not all be read (%3 recovered).</source>
        <translation>Odzyskano szkice (%1) z pliku %2; nie wszystkie zapisane w nim niewysłane zmiany dało się odczytać (odzyskano %3).</translation>
    </message>
    <message>
        <source>Your unsent changes (%1) were recovered from %2; its drafts could not all be read (%3 recovered).</source>
        <translation>Odzyskano niewysłane zmiany (%1) z pliku %2; nie wszystkie zapisane w nim szkice dało się odczytać (odzyskano %3).</translation>
    </message>
    <message>
        <source>Drafts and unsent changes could not be recovered from %1.</source>
        <translation>Nie udało się odzyskać szkiców ani niewysłanych zmian z pliku %1.</translation>
    </message>
    <message>
        <source>Only some drafts (%1) and unsent changes (%2) could be recovered from %3.</source>
        <translation>Z pliku %3 udało się odzyskać tylko część szkiców (%1) i niewysłanych zmian (%2).</translation>
    </message>
    <message>
        <source>The local database %1 could not be opened (%2); it was left as it is.</source>
        <translation>Nie można otworzyć lokalnej bazy danych %1 (%2); pozostawiono ją bez zmian.</translation>
    </message>
    <message>
        <source>Reading the local database %1 failed (%2), but SQLite finds no damage in it, so it was left as it is. Start again; should this repeat, move the file away to start afresh.</source>
        <translation>Odczyt lokalnej bazy danych %1 nie powiódł się (%2), ale SQLite nie wykrywa w niej uszkodzeń, więc pozostawiono ją bez zmian. Uruchom ponownie; jeśli problem się powtórzy, przenieś plik w inne miejsce, aby zacząć od nowa.</translation>
    </message>
    <message>
        <source>The local database %1 was damaged and has been moved to %2, but a new one cannot be created: %3 Your drafts and unsent changes stay in %2 and will be recovered when Case Console next starts.</source>
        <translation>Lokalna baza danych %1 była uszkodzona i została przeniesiona do %2, ale nie można utworzyć nowej: %3 Szkice i niewysłane zmiany pozostają w %2 i zostaną odzyskane przy następnym uruchomieniu Case Console.</translation>
    </message>
    <message>
        <source>The local database was damaged and has been rebuilt; the cases will be fetched again.</source>
        <translation>Lokalna baza danych była uszkodzona i została odbudowana; zgłoszenia zostaną pobrane ponownie.</translation>
    </message>
    <message>
        <source>Drafts and unsent changes in %1 could not be recovered yet: %2 Case Console will try again when it next starts.</source>
        <translation>Nie udało się jeszcze odzyskać szkiców i niewysłanych zmian z pliku %1: %2 Case Console spróbuje ponownie przy następnym uruchomieniu.</translation>
    </message>
    <message>
        <source>An earlier run left a damaged copy of the local database behind.</source>
        <translation>Wcześniejsze uruchomienie pozostawiło uszkodzoną kopię lokalnej bazy danych.</translation>
    </message>
    <message>
        <source>This change could not be read back from the local database (%1), so it is not sent.</source>
        <translation>Nie można odczytać tej zmiany z lokalnej bazy danych (%1), więc nie zostanie wysłana.</translation>
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
        <translation>Zgłoszenia</translation>
    </message>
    <message>
        <source>Search all threads</source>
        <translation>Przeszukaj wszystkie wątki</translation>
    </message>
    <message>
        <source>Search all threads (Ctrl+F)</source>
        <translation>Przeszukaj wszystkie wątki (Ctrl+F)</translation>
    </message>
    <message>
        <source>Case Repository</source>
        <translation>Repozytorium spraw</translation>
    </message>
    <message>
        <source>&amp;Cases</source>
        <translation>Z&amp;głoszenia</translation>
    </message>
    <message>
        <source>Case Re&amp;pository</source>
        <translation>&amp;Repozytorium spraw</translation>
    </message>
    <message>
        <source>Case %1 created.</source>
        <translation>Utworzono zgłoszenie %1.</translation>
    </message>
    <message>
        <source>Select a case to reply to.</source>
        <translation>Wybierz zgłoszenie, aby na nie odpowiedzieć.</translation>
    </message>
    <message>
        <source>Reply to %1 queued for sending.</source>
        <translation>Odpowiedź w zgłoszeniu %1 dodano do kolejki wysyłania.</translation>
    </message>
    <message>
        <source>Select a case to add your reference to.</source>
        <translation>Wybierz zgłoszenie, aby dodać do niego własną sygnaturę.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Plik</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Widok</translation>
    </message>
    <message>
        <source>&amp;Case</source>
        <translation>&amp;Zgłoszenie</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Główny</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Odśwież</translation>
    </message>
    <message>
        <source>Fetch the cases changed since the last poll (F5)</source>
        <translation>Pobierz zgłoszenia zmienione od ostatniego odpytania (F5)</translation>
    </message>
    <message>
        <source>&amp;Full Refresh</source>
        <translation>&amp;Pełne odświeżenie</translation>
    </message>
    <message>
        <source>Fetch every case again (Shift+F5)</source>
        <translation>Pobierz ponownie wszystkie zgłoszenia (Shift+F5)</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Szukaj</translation>
    </message>
    <message>
        <source>&amp;Next Unread</source>
        <translation>&amp;Następne nieprzeczytane</translation>
    </message>
    <message>
        <source>&amp;Previous Unread</source>
        <translation>Poprze&amp;dnie nieprzeczytane</translation>
    </message>
    <message>
        <source>Mark as &amp;Unread</source>
        <translation>Oznacz jako n&amp;ieprzeczytane</translation>
    </message>
    <message>
        <source>Mark as R&amp;ead</source>
        <translation>Oznacz jako p&amp;rzeczytane</translation>
    </message>
    <message>
        <source>&amp;New Case…</source>
        <translation>&amp;Nowe zgłoszenie…</translation>
    </message>
    <message>
        <source>Open an incident or a general request (Ctrl+N)</source>
        <translation>Utwórz incydent lub zapytanie ogólne (Ctrl+N)</translation>
    </message>
    <message>
        <source>&amp;Reply…</source>
        <translation>&amp;Odpowiedz…</translation>
    </message>
    <message>
        <source>Reply to the open case (Ctrl+R)</source>
        <translation>Odpowiedz w otwartym zgłoszeniu (Ctrl+R)</translation>
    </message>
    <message>
        <source>Add Your Re&amp;ference…</source>
        <translation>Dodaj &amp;własną sygnaturę…</translation>
    </message>
    <message>
        <source>&amp;Watch</source>
        <translation>O&amp;bserwuj</translation>
    </message>
    <message>
        <source>Be notified of the provider&apos;s new messages on this case (Ctrl+Shift+W)</source>
        <translation>Powiadamiaj o nowych wiadomościach od dostawcy w tym zgłoszeniu (Ctrl+Shift+W)</translation>
    </message>
    <message>
        <source>&amp;Connections and Settings…</source>
        <translation>&amp;Połączenia i ustawienia…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Zakończ</translation>
    </message>
    <message>
        <source>No unread cases.</source>
        <translation>Brak nieprzeczytanych zgłoszeń.</translation>
    </message>
    <message>
        <source>%1 is hidden by the list&apos;s filters. It stays open here until you open another case.</source>
        <translation>%1 jest ukryte przez filtry listy. Pozostaje tu otwarte, dopóki nie otworzysz innego zgłoszenia.</translation>
    </message>
    <message>
        <source>%1 is not in the list with the filters set.</source>
        <translation>%1 nie ma na liście przy ustawionych filtrach.</translation>
    </message>
    <message>
        <source>Search is available when indexing finishes</source>
        <translation>Wyszukiwanie będzie dostępne po zakończeniu indeksowania</translation>
    </message>
</context>
<context>
    <name>ManageViewsDialog</name>
    <message>
        <source>&amp;Rename</source>
        <translation>&amp;Zmień nazwę</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Usuń</translation>
    </message>
    <message>
        <source>Delete or Rename Views</source>
        <translation>Usuń widoki lub zmień ich nazwy</translation>
    </message>
    <message>
        <source>Saved views</source>
        <translation>Zapisane widoki</translation>
    </message>
    <message>
        <source>&amp;Views (Alt+1 to Alt+9 in this order):</source>
        <translation>&amp;Widoki (Alt+1 do Alt+9 w tej kolejności):</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nazwa:</translation>
    </message>
</context>
<context>
    <name>MultiChoiceButton</name>
    <message numerus="yes">
        <source>%n chosen</source>
        <translation>
            <numerusform>%n wybrany</numerusform>
            <numerusform>%n wybrane</numerusform>
            <numerusform>%n wybranych</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NetworkFailure</name>
    <message>
        <source>The server&apos;s answer is larger than %1, more than the console accepts; it was stopped.</source>
        <translation>Odpowiedź serwera przekracza %1, czyli więcej, niż przyjmuje konsola; została przerwana.</translation>
    </message>
    <message numerus="yes">
        <source>The server&apos;s answer was not complete within %n second(s); the request was stopped.</source>
        <translation>
            <numerusform>Odpowiedź serwera nie nadeszła w całości w ciągu %n sekundy; żądanie zostało przerwane.</numerusform>
            <numerusform>Odpowiedź serwera nie nadeszła w całości w ciągu %n sekund; żądanie zostało przerwane.</numerusform>
            <numerusform>Odpowiedź serwera nie nadeszła w całości w ciągu %n sekund; żądanie zostało przerwane.</numerusform>
        </translation>
    </message>
    <message>
        <source>The server redirected the request (HTTP %1) to %2. The console follows no redirects; if the service has moved, enter the new address in the settings.</source>
        <translation>Serwer przekierował żądanie (HTTP %1) do %2. Konsola nie podąża za przekierowaniami; jeśli usługa została przeniesiona, wpisz nowy adres w ustawieniach.</translation>
    </message>
    <message>
        <source>The server redirected the request (HTTP %1) to another server, %2. The console follows no redirects, so nothing was sent there; if the service has moved, enter the new address in the settings.</source>
        <translation>Serwer przekierował żądanie (HTTP %1) do innego serwera, %2. Konsola nie podąża za przekierowaniami, więc nic tam nie wysłano; jeśli usługa została przeniesiona, wpisz nowy adres w ustawieniach.</translation>
    </message>
    <message>
        <source>The connection closed after %1 of the %2 bytes the server announced.</source>
        <translation>Połączenie zostało zamknięte po %1 z %2 bajtów zapowiedzianych przez serwer.</translation>
    </message>
    <message>
        <source>The connection closed before the server answered, so whether it carried out the request is not known.</source>
        <translation>Połączenie zostało zamknięte, zanim serwer odpowiedział, więc nie wiadomo, czy wykonał żądanie.</translation>
    </message>
    <message>
        <source>Host %1 not found. Check the address in the settings, and your network or VPN connection.</source>
        <translation>Nie znaleziono hosta %1. Sprawdź adres w ustawieniach oraz połączenie sieciowe lub VPN.</translation>
    </message>
    <message>
        <source>Cannot reach the server: %1 refused the connection. Check the address and port in the settings.</source>
        <translation>Nie można połączyć się z serwerem: %1 odrzucił połączenie. Sprawdź adres i port w ustawieniach.</translation>
    </message>
    <message>
        <source>The network proxy was not found. Check the system&apos;s proxy settings.</source>
        <translation>Nie znaleziono serwera proxy. Sprawdź ustawienia proxy systemu.</translation>
    </message>
</context>
<context>
    <name>NewsDetector</name>
    <message>
        <source>New %1 incident %2: %3</source>
        <translation>Nowy incydent %1 %2: %3</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1 incident %2 is now %3</source>
        <translation>Incydent %1 %2: teraz %3</translation>
    </message>
    <message numerus="yes">
        <source>%n new message(s) on %1 · %2</source>
        <translation>
            <numerusform>%n nowa wiadomość w zgłoszeniu %1 · %2</numerusform>
            <numerusform>%n nowe wiadomości w zgłoszeniu %1 · %2</numerusform>
            <numerusform>%n nowych wiadomości w zgłoszeniu %1 · %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NoticeCentre</name>
    <message>
        <source>Notification &amp;History…</source>
        <translation>&amp;Historia powiadomień…</translation>
    </message>
    <message>
        <source>The last notices; Enter opens a notice&apos;s case (Ctrl+Shift+H)</source>
        <translation>Ostatnie powiadomienia; Enter otwiera zgłoszenie, którego dotyczy powiadomienie (Ctrl+Shift+H)</translation>
    </message>
    <message>
        <source>&amp;Open P1 Incident</source>
        <translation>Otwórz in&amp;cydent P1</translation>
    </message>
    <message>
        <source>Ac&amp;knowledge P1 Alarm</source>
        <translation>Potwierdź &amp;alarm P1</translation>
    </message>
    <message numerus="yes">
        <source>Notifications: %n unread (Ctrl+Shift+H)</source>
        <translation>
            <numerusform>Powiadomienia: %n nieprzeczytane (Ctrl+Shift+H)</numerusform>
            <numerusform>Powiadomienia: %n nieprzeczytane (Ctrl+Shift+H)</numerusform>
            <numerusform>Powiadomienia: %n nieprzeczytanych (Ctrl+Shift+H)</numerusform>
        </translation>
    </message>
    <message>
        <source>Notifications (Ctrl+Shift+H)</source>
        <translation>Powiadomienia (Ctrl+Shift+H)</translation>
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
        <translation>Nie ma jeszcze powiadomień.</translation>
    </message>
    <message>
        <source>Notification history</source>
        <translation>Historia powiadomień</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Powiadomienia</translation>
    </message>
    <message>
        <source>Mark All Read</source>
        <translation>Oznacz wszystkie jako przeczytane</translation>
    </message>
    <message>
        <source>Notifications, newest first</source>
        <translation>Powiadomienia, od najnowszych</translation>
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
            <numerusform>%n aktualizacja zgłoszeń</numerusform>
            <numerusform>%n aktualizacje zgłoszeń</numerusform>
            <numerusform>%n aktualizacji zgłoszeń</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>i %n kolejna</numerusform>
            <numerusform>i %n kolejne</numerusform>
            <numerusform>i %n kolejnych</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OptionValues</name>
    <message>
        <source> for --type %1</source>
        <translation> dla --type %1</translation>
    </message>
    <message>
        <source>--service is required: the id of the service the case is about</source>
        <translation>--service jest wymagane: identyfikator usługi, której dotyczy zgłoszenie</translation>
    </message>
    <message>
        <source>--message is required: describe the problem or request</source>
        <translation>--message jest wymagane: opisz problem lub prośbę</translation>
    </message>
    <message>
        <source>--start is required for an incident</source>
        <translation>--start jest wymagane dla awarii</translation>
    </message>
    <message>
        <source>--end cannot be before --start</source>
        <translation>--end nie może być przed --start</translation>
    </message>
</context>
<context>
    <name>Outbox</name>
    <message>
        <source>This change could not be saved locally, so it was not sent. Use Retry once the disk has room again.</source>
        <translation>Nie można zapisać tej zmiany lokalnie, więc nie została wysłana. Spróbuj ponownie, gdy na dysku znów będzie miejsce.</translation>
    </message>
    <message>
        <source>This change could not be saved locally, so it was not sent.</source>
        <translation>Nie można zapisać tej zmiany lokalnie, więc nie została wysłana.</translation>
    </message>
    <message>
        <source>The change could not be saved in the local store first, so it was not sent.</source>
        <translation>Zmiany nie udało się najpierw zapisać w lokalnym magazynie, więc nie została wysłana.</translation>
    </message>
</context>
<context>
    <name>OutboxItem</name>
    <message>
        <source>New case: %1</source>
        <translation>Nowe zgłoszenie: %1</translation>
    </message>
    <message>
        <source>Reply to %1</source>
        <translation>Odpowiedź w zgłoszeniu %1</translation>
    </message>
    <message>
        <source>Reference for %1</source>
        <translation>Sygnatura dla %1</translation>
    </message>
    <message>
        <source>New case status for %1</source>
        <translation>Nowy status zgłoszenia dla %1</translation>
    </message>
    <message>
        <source>Change of case status %1</source>
        <translation>Zmiana statusu zgłoszenia %1</translation>
    </message>
    <message>
        <source>Deletion of case status %1</source>
        <translation>Usunięcie statusu zgłoszenia %1</translation>
    </message>
    <message>
        <source>Status of %1 for the Case Repository</source>
        <translation>Status %1 dla Repozytorium spraw</translation>
    </message>
    <message>
        <source>Waiting to send…</source>
        <translation>Oczekiwanie na wysłanie…</translation>
    </message>
    <message>
        <source>Not sent yet: %1 It is saved and will be sent again automatically; you can close this window.</source>
        <translation>Jeszcze nie wysłano: %1 Zmiana jest zapisana i zostanie wysłana ponownie automatycznie; można zamknąć to okno.</translation>
    </message>
</context>
<context>
    <name>OutboxLinks</name>
    <message>
        <source>It is being sent right now; try again in a moment.</source>
        <translation>Trwa wysyłanie; spróbuj ponownie za chwilę.</translation>
    </message>
    <message>
        <source>The reply is back in your draft (Ctrl+R).</source>
        <translation>Odpowiedź wróciła do szkicu (Ctrl+R).</translation>
    </message>
</context>
<context>
    <name>OutboxStates</name>
    <message>
        <source>%1: waiting to be sent…</source>
        <translation>%1: oczekiwanie na wysłanie…</translation>
    </message>
    <message>
        <source>%1: not sent yet (%2); it will be sent again automatically.</source>
        <translation>%1: jeszcze nie wysłano (%2); ponowna próba nastąpi automatycznie.</translation>
    </message>
    <message>
        <source>%1: sending…</source>
        <translation>%1: wysyłanie…</translation>
    </message>
    <message>
        <source>%1: no answer yet (%2); checking whether it arrived.</source>
        <translation>%1: brak odpowiedzi (%2); sprawdzanie, czy zmiana dotarła.</translation>
    </message>
    <message>
        <source>%1 was refused: %2</source>
        <translation>Odrzucono %1: %2</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>oczekuje</translation>
    </message>
    <message>
        <source>sending</source>
        <translation>wysyłanie</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>nieznany</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>odrzucono</translation>
    </message>
    <message>
        <source>done</source>
        <translation>wykonano</translation>
    </message>
    <message>
        <source>Not accepted: the case is closed, and the provider takes no replies to a closed case. Open a new case, or take the text back into the draft.</source>
        <translation>Nie przyjęto: zgłoszenie jest zamknięte, a dostawca nie przyjmuje odpowiedzi na zamknięte zgłoszenia. Otwórz nowe zgłoszenie lub przenieś tekst z powrotem do wersji roboczej.</translation>
    </message>
</context>
<context>
    <name>P1AlarmBanner</name>
    <message>
        <source>Open</source>
        <translation>Otwórz</translation>
    </message>
    <message>
        <source>Acknowledge</source>
        <translation>Potwierdź</translation>
    </message>
    <message>
        <source>Acknowledge All</source>
        <translation>Potwierdź wszystkie</translation>
    </message>
    <message>
        <source>P1 alarm</source>
        <translation>Alarm P1</translation>
    </message>
    <message>
        <source>Show this incident (Ctrl+Shift+O)</source>
        <translation>Pokaż ten incydent (Ctrl+Shift+O)</translation>
    </message>
    <message>
        <source>Stop the alarm for the incident shown (Ctrl+Shift+A)</source>
        <translation>Wyłącz alarm dla wyświetlanego incydentu (Ctrl+Shift+A)</translation>
    </message>
    <message>
        <source>P1 ALARM %1 · %2 · %3</source>
        <translation>ALARM P1 %1 · %2 · %3</translation>
    </message>
    <message numerus="yes">
        <source>%n more unacknowledged P1 incident(s): %1</source>
        <translation>
            <numerusform>Jeszcze %n niepotwierdzony incydent P1: %1</numerusform>
            <numerusform>Jeszcze %n niepotwierdzone incydenty P1: %1</numerusform>
            <numerusform>Jeszcze %n niepotwierdzonych incydentów P1: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>P1 ALARM · since %1 · %2 · %3</source>
        <translation>ALARM P1 · od %1 · %2 · %3</translation>
    </message>
</context>
<context>
    <name>ProviderCapabilities</name>
    <message>
        <source>priorities of cases</source>
        <translation>priorytetów zgłoszeń</translation>
    </message>
    <message>
        <source>the end of an incident</source>
        <translation>końca incydentu</translation>
    </message>
    <message>
        <source>site names on cases</source>
        <translation>nazw lokalizacji w zgłoszeniach</translation>
    </message>
    <message>
        <source>service names on cases</source>
        <translation>nazw usług w zgłoszeniach</translation>
    </message>
    <message>
        <source>a priority chosen when creating a case (it sets its own)</source>
        <translation>priorytetu wybranego przy tworzeniu zgłoszenia (dostawca ustala go sam)</translation>
    </message>
    <message>
        <source>the account&apos;s id</source>
        <translation>identyfikatora konta</translation>
    </message>
    <message>
        <source>the account&apos;s name</source>
        <translation>nazwy konta</translation>
    </message>
    <message>
        <source>the account&apos;s list of services</source>
        <translation>listy usług konta</translation>
    </message>
    <message>
        <source>the status, type, bandwidth and site of services</source>
        <translation>statusu, typu, przepustowości i lokalizacji usług</translation>
    </message>
    <message>
        <source>the account&apos;s list of sites</source>
        <translation>listy lokalizacji konta</translation>
    </message>
    <message>
        <source>the city and country of sites</source>
        <translation>miasta i kraju lokalizacji</translation>
    </message>
</context>
<context>
    <name>ProviderConnection</name>
    <message>
        <source>No client id is set.</source>
        <translation>Nie ustawiono identyfikatora klienta.</translation>
    </message>
</context>
<context>
    <name>PublishAllBar</name>
    <message>
        <source>&amp;Make all up to date</source>
        <translation>Opu&amp;blikuj wszystkie teraz</translation>
    </message>
    <message>
        <source>Compare every case with the Case Repository and publish the open cases without an entry and every entry that differs</source>
        <translation>Porównaj każde zgłoszenie z Case Repository i opublikuj otwarte zgłoszenia bez wpisu oraz każdy wpis, który się różni</translation>
    </message>
    <message>
        <source>Comparing the cases with the Case Repository…</source>
        <translation>Porównywanie zgłoszeń z Case Repository…</translation>
    </message>
    <message>
        <source>Published entries: not compared with the cases yet.</source>
        <translation>Opublikowane wpisy: jeszcze nie porównane ze zgłoszeniami.</translation>
    </message>
    <message>
        <source>Published entries: all up to date.</source>
        <translation>Opublikowane wpisy: wszystkie aktualne.</translation>
    </message>
    <message numerus="yes">
        <source>Published entries: %n out of date, being published.</source>
        <translation>
            <numerusform>Opublikowane wpisy: %n nieaktualny, publikowanie w toku.</numerusform>
            <numerusform>Opublikowane wpisy: %n nieaktualne, publikowanie w toku.</numerusform>
            <numerusform>Opublikowane wpisy: %n nieaktualnych, publikowanie w toku.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PublishOperation</name>
    <message>
        <source>waiting to be published</source>
        <translation>oczekuje na publikację</translation>
    </message>
    <message>
        <source>not published yet: %1</source>
        <translation>jeszcze nie opublikowano: %1</translation>
    </message>
    <message>
        <source>publishing…</source>
        <translation>publikowanie…</translation>
    </message>
    <message>
        <source>no answer yet; publishing again</source>
        <translation>brak odpowiedzi; ponowna publikacja</translation>
    </message>
    <message>
        <source>published</source>
        <translation>opublikowano</translation>
    </message>
</context>
<context>
    <name>ReferenceDialog</name>
    <message>
        <source>Your Reference</source>
        <translation>Własna sygnatura</translation>
    </message>
    <message>
        <source>Your own reference for %1 (e.g. your ticket number):</source>
        <translation>Własna sygnatura dla %1 (np. własny numer zgłoszenia):</translation>
    </message>
    <message>
        <source>Your reference</source>
        <translation>Twoja referencja</translation>
    </message>
    <message>
        <source>&amp;Set</source>
        <translation>&amp;Ustaw</translation>
    </message>
    <message>
        <source>Type a reference to set it (a blank one is not sent).</source>
        <translation>Wpisz referencję, aby ją ustawić (pusta nie jest wysyłana).</translation>
    </message>
    <message>
        <source>A blank reference is not sent: the provider keeps a case&apos;s reference until another one replaces it.</source>
        <translation>Pusta referencja nie jest wysyłana: dostawca zachowuje referencję zgłoszenia, dopóki nie zastąpi jej inna.</translation>
    </message>
    <message>
        <source>This is already the case&apos;s reference.</source>
        <translation>To już jest referencja tego zgłoszenia.</translation>
    </message>
</context>
<context>
    <name>ReplyDialog</name>
    <message>
        <source>Reply</source>
        <translation>Odpowiedź</translation>
    </message>
    <message>
        <source>&amp;Message to the provider:</source>
        <translation>&amp;Treść wiadomości do dostawcy:</translation>
    </message>
    <message>
        <source>Reply message</source>
        <translation>Treść odpowiedzi</translation>
    </message>
    <message>
        <source>Sent &amp;by:</source>
        <translation>&amp;Nadawca:</translation>
    </message>
    <message>
        <source>Your name, as the provider sees it</source>
        <translation>Imię i nazwisko widoczne dla dostawcy</translation>
    </message>
    <message>
        <source>Sent by</source>
        <translation>Nadawca</translation>
    </message>
    <message>
        <source>Draft state</source>
        <translation>Stan szkicu</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Wyślij</translation>
    </message>
    <message>
        <source>Send the reply (Ctrl+Return)</source>
        <translation>Wyślij odpowiedź (Ctrl+Return)</translation>
    </message>
    <message>
        <source>Close; the draft is kept for next time</source>
        <translation>Zamknij; szkic zostanie zachowany na później</translation>
    </message>
    <message>
        <source>Draft saved.</source>
        <translation>Zapisano szkic.</translation>
    </message>
    <message>
        <source>Reply to %1</source>
        <translation>Odpowiedź w zgłoszeniu %1</translation>
    </message>
    <message>
        <source>Restored your draft.</source>
        <translation>Przywrócono szkic.</translation>
    </message>
    <message>
        <source>Write the reply to send it.</source>
        <translation>Napisz odpowiedź, aby ją wysłać.</translation>
    </message>
    <message>
        <source>This case is resolved. A reply may reopen it: send one only if the problem is still there or you need more from the provider.</source>
        <translation>To zgłoszenie jest rozwiązane. Odpowiedź może je ponownie otworzyć: wyślij ją tylko, jeśli problem nadal występuje lub potrzebujesz czegoś więcej od dostawcy.</translation>
    </message>
    <message>
        <source>⚠ This case is closed: the provider refuses replies to a closed case. To follow up, open a new case (your text here stays in this case&apos;s draft).</source>
        <translation>⚠ To zgłoszenie jest zamknięte: dostawca odrzuca odpowiedzi na zamknięte zgłoszenia. Aby kontynuować, otwórz nowe zgłoszenie (twój tekst zostaje w wersji roboczej tego zgłoszenia).</translation>
    </message>
</context>
<context>
    <name>ReplyOperation</name>
    <message>
        <source>Waiting to send</source>
        <translation>Oczekuje na wysłanie</translation>
    </message>
    <message>
        <source>Not sent yet (%1); trying again automatically</source>
        <translation>Jeszcze nie wysłano (%1); ponowna próba nastąpi automatycznie</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Wysyłanie…</translation>
    </message>
    <message>
        <source>No answer (%1); checking whether it arrived before sending again</source>
        <translation>Brak odpowiedzi (%1); przed ponownym wysłaniem sprawdzane jest, czy wiadomość dotarła</translation>
    </message>
    <message>
        <source>Not accepted: %1</source>
        <translation>Nie przyjęto: %1</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Wysłano</translation>
    </message>
</context>
<context>
    <name>RepositoryBrowser</name>
    <message>
        <source>No Case Repository is set up for this profile.</source>
        <translation>Dla tego profilu nie skonfigurowano Repozytorium spraw.</translation>
    </message>
    <message>
        <source>The Case Repository could not be searched: %1</source>
        <translation>Nie można przeszukać Repozytorium spraw: %1</translation>
    </message>
    <message>
        <source>Deleted %1.</source>
        <translation>Usunięto %1.</translation>
    </message>
    <message>
        <source>Created the case status %1.</source>
        <translation>Utworzono status zgłoszenia %1.</translation>
    </message>
    <message>
        <source>Saved the changes to %1.</source>
        <translation>Zapisano zmiany w %1.</translation>
    </message>
</context>
<context>
    <name>RepositoryClient</name>
    <message>
        <source>The Case Repository URL is not a valid address.</source>
        <translation>Adres URL Repozytorium spraw jest nieprawidłowy.</translation>
    </message>
    <message>
        <source>The Case Repository needs a user name.</source>
        <translation>Repozytorium spraw wymaga nazwy użytkownika.</translation>
    </message>
    <message>
        <source>The Case Repository did not accept the user name or password. Check the profile&apos;s Case Repository user and password.</source>
        <translation>Repozytorium spraw nie zaakceptowało nazwy użytkownika lub hasła. Sprawdź użytkownika i hasło Repozytorium spraw w profilu.</translation>
    </message>
    <message>
        <source>This Case Repository user may only read. Ask for a user that may write case statuses.</source>
        <translation>Ten użytkownik Repozytorium spraw ma tylko prawo odczytu. Poproś o użytkownika, który może zapisywać statusy zgłoszeń.</translation>
    </message>
    <message>
        <source>The Case Repository has no such case status (it may have been deleted).</source>
        <translation>W Repozytorium spraw nie ma takiego statusu zgłoszenia (mógł zostać usunięty).</translation>
    </message>
    <message>
        <source>The Case Repository already has a status entry with this business key and source: %1</source>
        <translation>Repozytorium spraw ma już wpis statusu z tym kluczem biznesowym i źródłem: %1</translation>
    </message>
    <message>
        <source>The Case Repository refused the request: %1</source>
        <translation>Repozytorium spraw odrzuciło żądanie: %1</translation>
    </message>
    <message>
        <source>The Case Repository refused the value of “%1”: %2</source>
        <translation>Repozytorium spraw odrzuciło wartość pola „%1”: %2</translation>
    </message>
    <message>
        <source>The Case Repository does not serve this request (%1 %2). Check the Case Repository URL in the settings.</source>
        <translation>Repozytorium spraw nie obsługuje tego żądania (%1 %2). Sprawdź adres URL Repozytorium spraw w ustawieniach.</translation>
    </message>
    <message>
        <source>The Case Repository failed while handling the request (%1); it may be busy or down for a moment.</source>
        <translation>Repozytorium spraw napotkało błąd podczas obsługi żądania (%1); może być chwilowo przeciążone lub niedostępne.</translation>
    </message>
    <message>
        <source>The Case Repository answered %1: %2</source>
        <translation>Repozytorium spraw odpowiedziało kodem %1: %2</translation>
    </message>
    <message>
        <source>No Case Repository is configured for this profile.</source>
        <translation>Dla tego profilu nie skonfigurowano Repozytorium spraw.</translation>
    </message>
    <message>
        <source>The Case Repository&apos;s answer is not JSON: %1</source>
        <translation>Odpowiedź Repozytorium spraw nie jest w formacie JSON: %1</translation>
    </message>
    <message>
        <source>The Case Repository&apos;s answer lacks %1.</source>
        <translation>W odpowiedzi Repozytorium spraw brakuje: %1.</translation>
    </message>
    <message>
        <source>A published status needs a business key (the provider case id).</source>
        <translation>Publikowany status wymaga klucza biznesowego (identyfikatora zgłoszenia u dostawcy).</translation>
    </message>
</context>
<context>
    <name>RepositoryEntry</name>
    <message>
        <source>the case type</source>
        <translation>typu zgłoszenia</translation>
    </message>
    <message>
        <source>the client type</source>
        <translation>typu klienta</translation>
    </message>
    <message>
        <source>the status</source>
        <translation>statusu</translation>
    </message>
    <message>
        <source>%1 is missing</source>
        <translation>brakuje %1</translation>
    </message>
    <message>
        <source>%1 and %2 are missing</source>
        <translation>brakuje %1 i %2</translation>
    </message>
    <message>
        <source>A new case status needs a case type, a client type and a status; %1. The business key and the client id may be left empty.</source>
        <translation>Nowy status zgłoszenia wymaga typu zgłoszenia, typu klienta i statusu; %1. Klucz biznesowy i ID klienta mogą pozostać puste.</translation>
    </message>
</context>
<context>
    <name>RepositoryEntryDialog</name>
    <message>
        <source>Case Status</source>
        <translation>Status zgłoszenia</translation>
    </message>
    <message>
        <source>A case status in the Case Repository.</source>
        <translation>Status zgłoszenia w Repozytorium spraw.</translation>
    </message>
    <message>
        <source>Case &amp;type:</source>
        <translation>&amp;Typ zgłoszenia:</translation>
    </message>
    <message>
        <source>Case type</source>
        <translation>Typ zgłoszenia</translation>
    </message>
    <message>
        <source>C&amp;lient type:</source>
        <translation>T&amp;yp klienta:</translation>
    </message>
    <message>
        <source>Client type</source>
        <translation>Typ klienta</translation>
    </message>
    <message>
        <source>Client &amp;ID:</source>
        <translation>&amp;ID klienta:</translation>
    </message>
    <message>
        <source>Client ID</source>
        <translation>ID klienta</translation>
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
        <translation>Wysyłany status</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Opis:</translation>
    </message>
    <message>
        <source>Status description</source>
        <translation>Opis statusu</translation>
    </message>
    <message>
        <source>Optional: what the status means for this case, up to 1,000 characters</source>
        <translation>Opcjonalnie: co status oznacza dla tego zgłoszenia, do 1000 znaków</translation>
    </message>
    <message>
        <source>Characters in the description</source>
        <translation>Liczba znaków w opisie</translation>
    </message>
    <message>
        <source>&amp;Business key:</source>
        <translation>&amp;Klucz biznesowy:</translation>
    </message>
    <message>
        <source>Business key</source>
        <translation>Klucz biznesowy</translation>
    </message>
    <message>
        <source>Optional: your own key, unique within the source (e.g. the provider case id)</source>
        <translation>Opcjonalnie: własny klucz, unikatowy w obrębie źródła (np. identyfikator zgłoszenia u dostawcy)</translation>
    </message>
    <message>
        <source>S&amp;ource:</source>
        <translation>Ź&amp;ródło:</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Źródło</translation>
    </message>
    <message>
        <source>The system that publishes the status</source>
        <translation>System publikujący status</translation>
    </message>
    <message>
        <source>What is missing</source>
        <translation>Czego brakuje</translation>
    </message>
    <message>
        <source>Sending state</source>
        <translation>Stan wysyłania</translation>
    </message>
    <message>
        <source>New Case Status</source>
        <translation>Nowy status zgłoszenia</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>&amp;Utwórz</translation>
    </message>
    <message>
        <source>Publish the status of a case to the Case Repository.</source>
        <translation>Publikowanie statusu zgłoszenia w Repozytorium spraw.</translation>
    </message>
    <message>
        <source>Empty: the Case Repository&apos;s default (eximee)</source>
        <translation>Puste: wartość domyślna Repozytorium spraw (eximee)</translation>
    </message>
    <message>
        <source>Edit Case Status</source>
        <translation>Edycja statusu zgłoszenia</translation>
    </message>
    <message>
        <source>Sa&amp;ve Changes</source>
        <translation>&amp;Zapisz zmiany</translation>
    </message>
    <message>
        <source>Change the status entry %1. Only the fields you change are sent; the entry&apos;s history records them.</source>
        <translation>Zmiana wpisu statusu %1. Wysyłane są tylko zmienione pola; historia wpisu je odnotowuje.</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Saving the change to send it…</source>
        <translation>Zapisywanie zmiany przed wysłaniem…</translation>
    </message>
    <message>
        <source>The %1 has %2 characters; the Case Repository takes at most %3.</source>
        <translation>Pole „%1” ma %2 zn.; Repozytorium spraw przyjmuje najwyżej %3.</translation>
    </message>
    <message>
        <source>case type</source>
        <translation>typ zgłoszenia</translation>
    </message>
    <message>
        <source>client type</source>
        <translation>typ klienta</translation>
    </message>
    <message>
        <source>client ID</source>
        <translation>ID klienta</translation>
    </message>
    <message>
        <source>status</source>
        <translation>status</translation>
    </message>
    <message>
        <source>description</source>
        <translation>opis</translation>
    </message>
    <message>
        <source>business key</source>
        <translation>klucz biznesowy</translation>
    </message>
    <message>
        <source>source</source>
        <translation>źródło</translation>
    </message>
    <message>
        <source>Nothing changed yet.</source>
        <translation>Jeszcze nic nie zmieniono.</translation>
    </message>
    <message>
        <source>Sent as “%1”, as typed. The console does not know this value and shows it as open.</source>
        <translation>Zostanie wysłane jako „%1”, tak jak wpisano. Konsola nie zna tej wartości i traktuje zgłoszenie jako otwarte.</translation>
    </message>
    <message>
        <source>Sent as “%1”: the case counts as open.</source>
        <translation>Zostanie wysłane jako „%1”: zgłoszenie liczy się jako otwarte.</translation>
    </message>
    <message>
        <source>Sent as “%1”: the case counts as closed.</source>
        <translation>Zostanie wysłane jako „%1”: zgłoszenie liczy się jako zamknięte.</translation>
    </message>
    <message>
        <source>%1 of %2 characters</source>
        <translation>%1 z %2 znaków</translation>
    </message>
    <message>
        <source>Ready to create.</source>
        <translation>Gotowe do utworzenia.</translation>
    </message>
    <message>
        <source>Changes to send: %1.</source>
        <translation>Zmiany do wysłania: %1.</translation>
    </message>
    <message>
        <source>To create the entry:</source>
        <translation>Aby utworzyć wpis:</translation>
    </message>
    <message>
        <source>To save:</source>
        <translation>Aby zapisać:</translation>
    </message>
    <message>
        <source>Required fields</source>
        <translation>Pola wymagane</translation>
    </message>
    <message>
        <source>Required, for example NetworkIncident or ServiceRequest</source>
        <translation>Wymagane, na przykład NetworkIncident lub ServiceRequest</translation>
    </message>
    <message>
        <source>Required: choose PESEL, NIP or REGON, or type another kind of client number</source>
        <translation>Wymagane: wybierz PESEL, NIP lub REGON albo wpisz inny rodzaj numeru klienta</translation>
    </message>
    <message>
        <source>Optional: the client’s PESEL, NIP or REGON number</source>
        <translation>Opcjonalnie: numer PESEL, NIP lub REGON klienta</translation>
    </message>
    <message>
        <source>Required: choose a status, or type a value the Case Repository uses</source>
        <translation>Wymagane: wybierz status lub wpisz wartość używaną przez Repozytorium spraw</translation>
    </message>
    <message>
        <source>Required: the case type, the client type and the status. The client ID, the description, the business key and the source may be left empty.</source>
        <translation>Wymagane: typ zgłoszenia, typ klienta i status. ID klienta, opis, klucz biznesowy i źródło mogą pozostać puste.</translation>
    </message>
    <message>
        <source>Required: the case type, the client type, the status and the source. Emptying the client ID, the description or the business key removes it from the entry.</source>
        <translation>Wymagane: typ zgłoszenia, typ klienta, status i źródło. Wyczyszczenie ID klienta, opisu lub klucza biznesowego usuwa tę wartość z wpisu.</translation>
    </message>
    <message>
        <source>Enter the %1: the Case Repository requires it.</source>
        <translation>Podaj %1: Repozytorium spraw tego wymaga.</translation>
    </message>
</context>
<context>
    <name>RepositoryEntryModel</name>
    <message>
        <source>%1 (%2): open</source>
        <translation>%1 (%2): otwarte</translation>
    </message>
    <message>
        <source>%1 (%2): closed</source>
        <translation>%1 (%2): zamknięte</translation>
    </message>
    <message>
        <source>The Case Repository cannot sort by this column.</source>
        <translation>Repozytorium spraw nie obsługuje sortowania według tej kolumny.</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Case type</source>
        <translation>Typ zgłoszenia</translation>
    </message>
    <message>
        <source>Client type</source>
        <translation>Typ klienta</translation>
    </message>
    <message>
        <source>Client ID</source>
        <translation>ID klienta</translation>
    </message>
    <message>
        <source>Business key</source>
        <translation>Klucz biznesowy</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Źródło</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Zaktualizowano</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Utworzono</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Opis</translation>
    </message>
</context>
<context>
    <name>RepositoryOperation</name>
    <message>
        <source>No Case Repository is set up for this profile; set it up in Connections and Settings.</source>
        <translation>Dla tego profilu nie skonfigurowano Repozytorium spraw; można to zrobić w oknie Połączenia i ustawienia.</translation>
    </message>
    <message>
        <source>Sending to the Case Repository…</source>
        <translation>Wysyłanie do Repozytorium spraw…</translation>
    </message>
    <message>
        <source>No answer from the Case Repository (%1). Checking whether the change arrived before trying again.</source>
        <translation>Brak odpowiedzi z Repozytorium spraw (%1). Przed ponowną próbą sprawdzane jest, czy zmiana dotarła.</translation>
    </message>
    <message>
        <source>&lt;b&gt;The Case Repository did not accept it:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Repozytorium spraw nie przyjęło zmiany:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Zapisano.</translation>
    </message>
</context>
<context>
    <name>RepositoryPanel</name>
    <message>
        <source>Case Repository</source>
        <translation>Repozytorium spraw</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Filtr</translation>
    </message>
    <message>
        <source>Client t&amp;ype:</source>
        <translation>T&amp;yp klienta:</translation>
    </message>
    <message>
        <source>Client type filter</source>
        <translation>Filtr typu klienta</translation>
    </message>
    <message>
        <source>Any client type when empty; choose one or type another</source>
        <translation>Dowolny typ klienta, gdy puste; wybierz typ lub wpisz inny</translation>
    </message>
    <message>
        <source>Client &amp;ID:</source>
        <translation>&amp;ID klienta:</translation>
    </message>
    <message>
        <source>Client ID filter</source>
        <translation>Filtr ID klienta</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>Dowolny</translation>
    </message>
    <message>
        <source>Case ty&amp;pe:</source>
        <translation>&amp;Typ zgłoszenia:</translation>
    </message>
    <message>
        <source>Case type filter</source>
        <translation>Filtr typu zgłoszenia</translation>
    </message>
    <message>
        <source>St&amp;atus:</source>
        <translation>St&amp;atus:</translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation>Filtr statusu</translation>
    </message>
    <message>
        <source>&amp;Business key:</source>
        <translation>&amp;Klucz biznesowy:</translation>
    </message>
    <message>
        <source>Business key filter</source>
        <translation>Filtr klucza biznesowego</translation>
    </message>
    <message>
        <source>S&amp;ource:</source>
        <translation>Ź&amp;ródło:</translation>
    </message>
    <message>
        <source>Source filter</source>
        <translation>Filtr źródła</translation>
    </message>
    <message>
        <source>Updated bet&amp;ween:</source>
        <translation>Zaktua&amp;lizowano od:</translation>
    </message>
    <message>
        <source>any</source>
        <translation>dowolnie</translation>
    </message>
    <message>
        <source>Any time as the earliest update</source>
        <translation>Dowolny czas najwcześniejszej aktualizacji</translation>
    </message>
    <message>
        <source>Updated at or after</source>
        <translation>Zaktualizowane nie wcześniej niż</translation>
    </message>
    <message>
        <source>an&amp;d</source>
        <translation>&amp;do</translation>
    </message>
    <message>
        <source>Any time as the latest update</source>
        <translation>Dowolny czas najpóźniejszej aktualizacji</translation>
    </message>
    <message>
        <source>Updated at or before</source>
        <translation>Zaktualizowane nie później niż</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Szukaj</translation>
    </message>
    <message>
        <source>Search the Case Repository</source>
        <translation>Przeszukaj Repozytorium spraw</translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation>Wy&amp;czyść</translation>
    </message>
    <message>
        <source>Clear the filters and show every entry</source>
        <translation>Wyczyść filtry i pokaż wszystkie wpisy</translation>
    </message>
    <message>
        <source>Case statuses</source>
        <translation>Statusy zgłoszeń</translation>
    </message>
    <message>
        <source>«</source>
        <translation>«</translation>
    </message>
    <message>
        <source>First page</source>
        <translation>Pierwsza strona</translation>
    </message>
    <message>
        <source>‹</source>
        <translation>‹</translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation>Poprzednia strona</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>Strona</translation>
    </message>
    <message>
        <source>›</source>
        <translation>›</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>Następna strona</translation>
    </message>
    <message>
        <source>»</source>
        <translation>»</translation>
    </message>
    <message>
        <source>Last page</source>
        <translation>Ostatnia strona</translation>
    </message>
    <message>
        <source>Per pa&amp;ge:</source>
        <translation>Wpisów na stroni&amp;e:</translation>
    </message>
    <message>
        <source>Entries per page</source>
        <translation>Liczba wpisów na stronie</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>N&amp;owy…</translation>
    </message>
    <message>
        <source>New case status</source>
        <translation>Nowy status zgłoszenia</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>Edytu&amp;j…</translation>
    </message>
    <message>
        <source>Edit the selected case status</source>
        <translation>Edytuj wybrany status zgłoszenia</translation>
    </message>
    <message>
        <source>Dele&amp;te…</source>
        <translation>&amp;Usuń…</translation>
    </message>
    <message>
        <source>Delete the selected case status</source>
        <translation>Usuń wybrany status zgłoszenia</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>Od&amp;śwież</translation>
    </message>
    <message>
        <source>Load this page again</source>
        <translation>Wczytaj ponownie tę stronę</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Szczegóły</translation>
    </message>
    <message>
        <source>Select an entry to see its details and history.</source>
        <translation>Wybierz wpis, aby zobaczyć jego szczegóły i historię.</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>Open or closed</source>
        <translation>Otwarte lub zamknięte</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Case ID:</source>
        <translation>ID zgłoszenia:</translation>
    </message>
    <message>
        <source>Case ID</source>
        <translation>ID zgłoszenia</translation>
    </message>
    <message>
        <source>Case type:</source>
        <translation>Typ zgłoszenia:</translation>
    </message>
    <message>
        <source>Case type</source>
        <translation>Typ zgłoszenia</translation>
    </message>
    <message>
        <source>Client:</source>
        <translation>Klient:</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Klient</translation>
    </message>
    <message>
        <source>Business key:</source>
        <translation>Klucz biznesowy:</translation>
    </message>
    <message>
        <source>Business key</source>
        <translation>Klucz biznesowy</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>Źródło:</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Źródło</translation>
    </message>
    <message>
        <source>Created:</source>
        <translation>Utworzono:</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Utworzono</translation>
    </message>
    <message>
        <source>Updated:</source>
        <translation>Zaktualizowano:</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Zaktualizowano</translation>
    </message>
    <message>
        <source>Description:</source>
        <translation>Opis:</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Opis</translation>
    </message>
    <message>
        <source>&amp;History:</source>
        <translation>&amp;Historia:</translation>
    </message>
    <message>
        <source>History of the entry</source>
        <translation>Historia wpisu</translation>
    </message>
    <message>
        <source>Loading</source>
        <translation>Wczytywanie</translation>
    </message>
    <message>
        <source>Case Repository messages</source>
        <translation>Komunikaty Repozytorium spraw</translation>
    </message>
    <message>
        <source>Waiting for customer</source>
        <translation>Oczekuje na klienta</translation>
    </message>
    <message>
        <source>Client type</source>
        <translation>Typ klienta</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Dowolny status</translation>
    </message>
    <message>
        <source>The earliest update time is after the latest one: change one of them.</source>
        <translation>Najwcześniejszy czas aktualizacji jest późniejszy niż najpóźniejszy: zmień jeden z nich.</translation>
    </message>
    <message>
        <source>No entries match</source>
        <translation>Brak pasujących wpisów</translation>
    </message>
    <message numerus="yes">
        <source>Page %1 of %2 · %n entries</source>
        <translation>
            <numerusform>Strona %1 z %2 · %n wpis</numerusform>
            <numerusform>Strona %1 z %2 · %n wpisy</numerusform>
            <numerusform>Strona %1 z %2 · %n wpisów</numerusform>
        </translation>
    </message>
    <message>
        <source>The Case Repository cannot sort by %1.</source>
        <translation>Repozytorium spraw nie obsługuje sortowania według kolumny „%1”.</translation>
    </message>
    <message>
        <source>This entry is not among the results shown (the filters or the page leave it out).</source>
        <translation>Tego wpisu nie ma wśród wyświetlanych wyników (wykluczają go filtry lub bieżąca strona).</translation>
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
        <translation>brak</translation>
    </message>
    <message>
        <source>Loading the history…</source>
        <translation>Wczytywanie historii…</translation>
    </message>
    <message>
        <source>The history could not be loaded: %1</source>
        <translation>Nie można wczytać historii: %1</translation>
    </message>
    <message>
        <source>No history recorded.</source>
        <translation>Brak zapisanej historii.</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Delete Case Status</source>
        <translation>Usuń status zgłoszenia</translation>
    </message>
    <message>
        <source>Delete the case status %1 of client %2 %3 (%4)?</source>
        <translation>Usunąć status zgłoszenia %1 klienta %2 %3 (%4)?</translation>
    </message>
    <message>
        <source>This removes the entry and its whole history from the Case Repository. It cannot be undone.</source>
        <translation>Spowoduje to usunięcie wpisu wraz z całą historią z Repozytorium spraw. Tej operacji nie można cofnąć.</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Usuń</translation>
    </message>
    <message>
        <source>%1, no client ID</source>
        <translation>%1, brak ID klienta</translation>
    </message>
    <message>
        <source>Delete the case status %1 (%2, no client ID, %3)?</source>
        <translation>Usunąć status zgłoszenia %1 (%2, brak ID klienta, %3)?</translation>
    </message>
    <message>
        <source>Open the case %1</source>
        <translation>Otwórz zgłoszenie %1</translation>
    </message>
</context>
<context>
    <name>RepositoryPublisher</name>
    <message>
        <source>Could not compare the cases with the Case Repository: %1 It is tried again at the next poll.</source>
        <translation>Nie udało się porównać zgłoszeń z Case Repository: %1 Ponowna próba przy następnym odpytaniu.</translation>
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
        <translation>Nie skonfigurowano Repozytorium spraw (adres URL i użytkownik).</translation>
    </message>
    <message>
        <source>Publishing needs the client id and client type the statuses are about.</source>
        <translation>Publikowanie wymaga ID i typu klienta, którego dotyczą statusy.</translation>
    </message>
</context>
<context>
    <name>RepositorySettingsDialog</name>
    <message>
        <source>Case Repository</source>
        <translation>Repozytorium spraw</translation>
    </message>
    <message>
        <source>&amp;URL:</source>
        <translation>Adres &amp;URL:</translation>
    </message>
    <message>
        <source>https://host/api/case-repository (empty: no Case Repository)</source>
        <translation>https://host/api/case-repository (puste: brak Repozytorium spraw)</translation>
    </message>
    <message>
        <source>Case Repository URL</source>
        <translation>Adres URL Repozytorium spraw</translation>
    </message>
    <message>
        <source>U&amp;ser:</source>
        <translation>Użytkow&amp;nik:</translation>
    </message>
    <message>
        <source>Case Repository user</source>
        <translation>Użytkownik Repozytorium spraw</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Hasło:</translation>
    </message>
    <message>
        <source>Empty: keep the one in the system keychain</source>
        <translation>Puste: zachowaj hasło z systemowego pęku kluczy</translation>
    </message>
    <message>
        <source>Case Repository password</source>
        <translation>Hasło Repozytorium spraw</translation>
    </message>
    <message>
        <source>&amp;Test</source>
        <translation>&amp;Testuj</translation>
    </message>
    <message>
        <source>Pu&amp;blish the provider cases&apos; statuses</source>
        <translation>&amp;Publikuj statusy zgłoszeń dostawcy</translation>
    </message>
    <message>
        <source>S&amp;ource:</source>
        <translation>Ź&amp;ródło:</translation>
    </message>
    <message>
        <source>Source name of the published statuses</source>
        <translation>Nazwa źródła publikowanych statusów</translation>
    </message>
    <message>
        <source>Client t&amp;ype:</source>
        <translation>T&amp;yp klienta:</translation>
    </message>
    <message>
        <source>Client type of the published statuses</source>
        <translation>Typ klienta publikowanych statusów</translation>
    </message>
    <message>
        <source>Client &amp;id:</source>
        <translation>&amp;ID klienta:</translation>
    </message>
    <message>
        <source>The account&apos;s number of that type, e.g. its NIP</source>
        <translation>Numer konta tego typu, np. jego NIP</translation>
    </message>
    <message>
        <source>Client id of the published statuses</source>
        <translation>ID klienta publikowanych statusów</translation>
    </message>
    <message>
        <source>&amp;Mapping (the provider&apos;s value → the Case Repository&apos;s):</source>
        <translation>&amp;Mapowanie (wartość dostawcy → wartość Repozytorium spraw):</translation>
    </message>
    <message>
        <source>Status and case type mapping</source>
        <translation>Mapowanie statusów i typów zgłoszeń</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Rodzaj</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Dostawca</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Case type</source>
        <translation>Typ zgłoszenia</translation>
    </message>
    <message>
        <source>Case Repository value for %1</source>
        <translation>Wartość w Repozytorium spraw dla %1</translation>
    </message>
    <message>
        <source>Publishing needs the Case Repository&apos;s URL.</source>
        <translation>Publikowanie wymaga adresu URL Repozytorium spraw.</translation>
    </message>
    <message>
        <source>The URL is not a valid address.</source>
        <translation>Adres URL jest nieprawidłowy.</translation>
    </message>
    <message>
        <source>Enter the Case Repository user.</source>
        <translation>Podaj użytkownika Repozytorium spraw.</translation>
    </message>
    <message>
        <source>Publishing needs the client type and id the statuses are about.</source>
        <translation>Publikowanie wymaga typu i ID klienta, którego dotyczą statusy.</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>Sprawdzanie…</translation>
    </message>
    <message numerus="yes">
        <source>Connected: %n case status(es) in the repository.</source>
        <translation>
            <numerusform>Połączono: %n status zgłoszenia w repozytorium.</numerusform>
            <numerusform>Połączono: %n statusy zgłoszeń w repozytorium.</numerusform>
            <numerusform>Połączono: %n statusów zgłoszeń w repozytorium.</numerusform>
        </translation>
    </message>
    <message>
        <source>The password could not be stored in the system keychain: %1</source>
        <translation>Nie można zapisać hasła w systemowym pęku kluczy: %1</translation>
    </message>
</context>
<context>
    <name>RepositoryStatusBadge</name>
    <message>
        <source>Open</source>
        <translation>Otwarte</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Zamknięte</translation>
    </message>
</context>
<context>
    <name>RepositoryStatuses</name>
    <message>
        <source>Open</source>
        <translation>Otwarte</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>W toku</translation>
    </message>
    <message>
        <source>Waiting for customer</source>
        <translation>Oczekuje na klienta</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Zakończone</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Odrzucone</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Anulowane</translation>
    </message>
</context>
<context>
    <name>RfoActions</name>
    <message>
        <source>Re&amp;quest RFO…</source>
        <translation>&amp;Poproś o raport RFO…</translation>
    </message>
    <message>
        <source>Ask the provider for the Reason for Outage of this incident: a new case, linked to this one</source>
        <translation>Poproś dostawcę o raport o przyczynie awarii (RFO) dla tego incydentu: nowe zgłoszenie, powiązane z tym</translation>
    </message>
    <message>
        <source>RFO request %1 created for %2.</source>
        <translation>Utworzono prośbę o raport RFO %1 dla %2.</translation>
    </message>
    <message>
        <source>Request RFO for %1</source>
        <translation>Prośba o raport RFO dla %1</translation>
    </message>
</context>
<context>
    <name>RfoRequest</name>
    <message>
        <source>%1 is not an incident: a Reason for Outage is requested for incidents only.</source>
        <translation>%1 nie jest incydentem: o raport o przyczynie awarii można prosić tylko w przypadku incydentów.</translation>
    </message>
    <message>
        <source>%1 is still open (%2): a Reason for Outage is requested once the incident is resolved or closed.</source>
        <translation>%1 jest nadal otwarte (%2): o raport o przyczynie awarii można prosić dopiero wtedy, gdy incydent zostanie rozwiązany lub zamknięty.</translation>
    </message>
    <message>
        <source>Please provide a Reason for Outage (RFO) for case %1</source>
        <translation>Prosimy o raport o przyczynie awarii (RFO) dla zgłoszenia %1</translation>
    </message>
    <message>
        <source>on service %1</source>
        <translation>dotyczącego usługi %1</translation>
    </message>
    <message>
        <source>The incident began at %1 and ended at %2.</source>
        <translation>Incydent rozpoczął się %1 i zakończył się %2.</translation>
    </message>
    <message>
        <source>The incident began at %1.</source>
        <translation>Incydent rozpoczął się %1.</translation>
    </message>
    <message>
        <source>Please include the root cause, the timeline of the outage and the measures taken to prevent it from happening again.</source>
        <translation>Prosimy o podanie przyczyny źródłowej, przebiegu awarii w czasie oraz działań podjętych, aby zapobiec jej ponownemu wystąpieniu.</translation>
    </message>
    <message>
        <source>Open a resolved or closed incident to request its Reason for Outage.</source>
        <translation>Otwórz rozwiązany lub zamknięty incydent, aby poprosić o raport o przyczynie awarii.</translation>
    </message>
    <message>
        <source>%1 was cancelled: a Reason for Outage is requested for a resolved or closed incident.</source>
        <translation>%1 zostało anulowane: o raport o przyczynie awarii można prosić dla rozwiązanego lub zamkniętego incydentu.</translation>
    </message>
</context>
<context>
    <name>SaveViewDialog</name>
    <message>
        <source>Save View</source>
        <translation>Zapisz widok</translation>
    </message>
    <message>
        <source>The filters, the search and the list&apos;s order are saved under this name. The first nine views have the shortcuts Alt+1 to Alt+9.</source>
        <translation>Filtry, wyszukiwanie i kolejność listy zostaną zapisane pod tą nazwą. Pierwsze dziewięć widoków ma skróty od Alt+1 do Alt+9.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nazwa:</translation>
    </message>
    <message>
        <source>&amp;Replace</source>
        <translation>&amp;Zastąp</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Zapisz</translation>
    </message>
    <message>
        <source>A view named “%1” exists: saving replaces it.</source>
        <translation>Widok o nazwie „%1” już istnieje: zapisanie go zastąpi.</translation>
    </message>
</context>
<context>
    <name>SavedViews</name>
    <message>
        <source>Give the view a name.</source>
        <translation>Nadaj widokowi nazwę.</translation>
    </message>
    <message>
        <source>The name is too long: at most %1 characters.</source>
        <translation>Nazwa jest za długa: maksymalnie %1 znaków.</translation>
    </message>
    <message>
        <source>The name must be on one line.</source>
        <translation>Nazwa musi mieścić się w jednym wierszu.</translation>
    </message>
</context>
<context>
    <name>SavedViewsMenu</name>
    <message>
        <source>Show All Cases</source>
        <translation>Pokaż wszystkie zgłoszenia</translation>
    </message>
    <message>
        <source>Clear every filter and the search (Alt+0)</source>
        <translation>Wyczyść wszystkie filtry i wyszukiwanie (Alt+0)</translation>
    </message>
    <message>
        <source>All cases shown.</source>
        <translation>Wyświetlono wszystkie zgłoszenia.</translation>
    </message>
    <message>
        <source>Save the filters, the search and the list&apos;s order under a name</source>
        <translation>Zapisz filtry, wyszukiwanie i kolejność listy pod nazwą</translation>
    </message>
    <message>
        <source>&amp;Delete or Rename Views…</source>
        <translation>&amp;Usuń widoki lub zmień ich nazwy…</translation>
    </message>
    <message>
        <source>View “%1” shown.</source>
        <translation>Wyświetlono widok „%1”.</translation>
    </message>
    <message>
        <source>View “%1” saved.</source>
        <translation>Zapisano widok „%1”.</translation>
    </message>
    <message>
        <source>Save Current V&amp;iew…</source>
        <translation>Zapisz &amp;bieżący widok…</translation>
    </message>
</context>
<context>
    <name>ScreenshotMode</name>
    <message>
        <source>Screenshot saved to %1</source>
        <translation>Zapisano zrzut ekranu w %1</translation>
    </message>
    <message>
        <source>Could not save %1</source>
        <translation>Nie można zapisać %1</translation>
    </message>
</context>
<context>
    <name>SecretPromptDialog</name>
    <message>
        <source>Client secret</source>
        <translation>Sekret klienta</translation>
    </message>
    <message>
        <source>Why the secret is needed</source>
        <translation>Dlaczego sekret jest potrzebny</translation>
    </message>
    <message>
        <source>Client s&amp;ecret:</source>
        <translation>&amp;Sekret klienta:</translation>
    </message>
    <message>
        <source>OAuth client secret</source>
        <translation>Sekret klienta OAuth</translation>
    </message>
    <message>
        <source>&amp;Remember in the system keychain</source>
        <translation>&amp;Zapamiętaj w systemowym pęku kluczy</translation>
    </message>
    <message>
        <source>About remembering the secret</source>
        <translation>Informacje o zapamiętywaniu sekretu</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Enter the client secret for %1.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;%2&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Podaj sekret klienta dla %1.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;%2&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Not available without a system keychain: the secret is used for this session only.</source>
        <translation>Niedostępne bez systemowego pęku kluczy: sekret zostanie użyty tylko w tej sesji.</translation>
    </message>
    <message>
        <source>Otherwise it is used for this session only and asked for again next time.</source>
        <translation>W przeciwnym razie zostanie użyty tylko w tej sesji, a następnym razem konsola zapyta o niego ponownie.</translation>
    </message>
    <message>
        <source>%1 Click OK to use the secret for this session only.</source>
        <translation>%1 Kliknij OK, aby użyć sekretu tylko w tej sesji.</translation>
    </message>
</context>
<context>
    <name>SecretStore</name>
    <message>
        <source>No client secret is stored in the system keychain for this profile.</source>
        <translation>W systemowym pęku kluczy nie zapisano sekretu klienta dla tego profilu.</translation>
    </message>
    <message>
        <source>No system keychain is available (on Linux: no Secret Service such as GNOME Keyring or KWallet is running). The client secret cannot be stored; you can enter it for this session only.</source>
        <translation>Systemowy pęk kluczy jest niedostępny (w systemie Linux: nie działa usługa Secret Service, np. GNOME Keyring lub KWallet). Nie można zapisać sekretu klienta; można go podać tylko na tę sesję.</translation>
    </message>
    <message>
        <source>The system keychain is locked or refused access. Unlock it and try again, or enter the secret for this session only.</source>
        <translation>Systemowy pęk kluczy jest zablokowany lub odmówił dostępu. Odblokuj go i spróbuj ponownie albo podaj sekret tylko na tę sesję.</translation>
    </message>
    <message>
        <source>The system keychain reported an error: %1</source>
        <translation>Systemowy pęk kluczy zgłosił błąd: %1</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Connections and settings</source>
        <translation>Połączenia i ustawienia</translation>
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
        <translation>Konsola łączy się przy użyciu profilu oznaczonego jako aktywny.</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Dodaj</translation>
    </message>
    <message>
        <source>Add a new profile</source>
        <translation>Dodaj nowy profil</translation>
    </message>
    <message>
        <source>Dup&amp;licate</source>
        <translation>Po&amp;wiel</translation>
    </message>
    <message>
        <source>Add a copy of the selected profile</source>
        <translation>Dodaj kopię wybranego profilu</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>&amp;Usuń…</translation>
    </message>
    <message>
        <source>Remove the selected profile</source>
        <translation>Usuń wybrany profil</translation>
    </message>
    <message>
        <source>Set acti&amp;ve</source>
        <translation>Ustaw jako a&amp;ktywny</translation>
    </message>
    <message>
        <source>Connect with the selected profile</source>
        <translation>Połącz przy użyciu wybranego profilu</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Połączenie</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nazwa:</translation>
    </message>
    <message>
        <source>Profile name</source>
        <translation>Nazwa profilu</translation>
    </message>
    <message>
        <source>e.g. Production</source>
        <translation>np. Produkcja</translation>
    </message>
    <message>
        <source>&amp;GraphQL endpoint:</source>
        <translation>Punkt końcowy &amp;GraphQL:</translation>
    </message>
    <message>
        <source>GraphQL endpoint URL</source>
        <translation>Adres URL punktu końcowego GraphQL</translation>
    </message>
    <message>
        <source>https://api.example.com/graphql</source>
        <translation>https://api.example.com/graphql</translation>
    </message>
    <message>
        <source>To&amp;ken URL:</source>
        <translation>Adres URL &amp;tokenu:</translation>
    </message>
    <message>
        <source>OAuth token URL</source>
        <translation>Adres URL tokenu OAuth</translation>
    </message>
    <message>
        <source>Leave empty to use /oauth2/token on the endpoint&apos;s host.</source>
        <translation>Pozostaw puste, aby użyć /oauth2/token na hoście punktu końcowego.</translation>
    </message>
    <message>
        <source>&amp;Client id:</source>
        <translation>&amp;Identyfikator klienta:</translation>
    </message>
    <message>
        <source>OAuth client id</source>
        <translation>Identyfikator klienta OAuth</translation>
    </message>
    <message>
        <source>Client s&amp;ecret:</source>
        <translation>S&amp;ekret klienta:</translation>
    </message>
    <message>
        <source>OAuth client secret</source>
        <translation>Sekret klienta OAuth</translation>
    </message>
    <message>
        <source>System keychain</source>
        <translation>Systemowy pęk kluczy</translation>
    </message>
    <message>
        <source>&amp;Scopes:</source>
        <translation>&amp;Zakresy:</translation>
    </message>
    <message>
        <source>Scopes</source>
        <translation>Zakresy</translation>
    </message>
    <message>
        <source>Space-separated; leave empty for every scope of the client.</source>
        <translation>Rozdzielone spacjami; puste pole oznacza wszystkie zakresy klienta.</translation>
    </message>
    <message>
        <source>Every scope of the client</source>
        <translation>Wszystkie zakresy klienta</translation>
    </message>
    <message>
        <source>Account la&amp;bel:</source>
        <translation>Etykieta k&amp;onta:</translation>
    </message>
    <message>
        <source>Account label</source>
        <translation>Etykieta konta</translation>
    </message>
    <message>
        <source>Shown in the status bar</source>
        <translation>Wyświetlana na pasku stanu</translation>
    </message>
    <message>
        <source>Polling and notifications</source>
        <translation>Odpytywanie i powiadomienia</translation>
    </message>
    <message>
        <source>P&amp;oll every:</source>
        <translation>Odp&amp;ytuj co:</translation>
    </message>
    <message>
        <source>Poll interval in seconds</source>
        <translation>Interwał odpytywania w sekundach</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Notify about:</source>
        <translation>Powiadamiaj o:</translation>
    </message>
    <message>
        <source>New provider &amp;messages on watched cases</source>
        <translation>Nowe wiado&amp;mości od dostawcy w obserwowanych zgłoszeniach</translation>
    </message>
    <message>
        <source>New or changed P&amp;1/P2 incidents</source>
        <translation>Nowe lub zmienione incydenty P&amp;1/P2</translation>
    </message>
    <message>
        <source>Turn all notifications o&amp;ff</source>
        <translation>Wyłą&amp;cz wszystkie powiadomienia</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>&amp;Sprawdź połączenie</translation>
    </message>
    <message>
        <source>Testing the connection</source>
        <translation>Sprawdzanie połączenia</translation>
    </message>
    <message>
        <source>Connection test result</source>
        <translation>Wynik sprawdzenia połączenia</translation>
    </message>
    <message>
        <source>Case Repos&amp;itory…</source>
        <translation>&amp;Repozytorium spraw…</translation>
    </message>
    <message>
        <source>The profile&apos;s Case Repository and publishing of the case statuses</source>
        <translation>Repozytorium spraw profilu i publikowanie statusów zgłoszeń</translation>
    </message>
    <message>
        <source>Case Repository summary</source>
        <translation>Podsumowanie Repozytorium spraw</translation>
    </message>
    <message>
        <source>Problems with the settings</source>
        <translation>Problemy z ustawieniami</translation>
    </message>
    <message>
        <source>System keychain problem</source>
        <translation>Problem z systemowym pękiem kluczy</translation>
    </message>
    <message>
        <source>&amp;Use this secret for this session only</source>
        <translation>Użyj tego sekretu tylko w &amp;bieżącej sesji</translation>
    </message>
    <message>
        <source>Could not connect. %1</source>
        <translation>Nie można połączyć. %1</translation>
    </message>
    <message>
        <source>New profile</source>
        <translation>Nowy profil</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (kopia)</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(bez nazwy)</translation>
    </message>
    <message>
        <source>%1 (active)</source>
        <translation>%1 (aktywny)</translation>
    </message>
    <message>
        <source>%1, active profile</source>
        <translation>%1, aktywny profil</translation>
    </message>
    <message>
        <source>%1, needs attention</source>
        <translation>%1, wymaga uwagi</translation>
    </message>
    <message>
        <source>No Case Repository.</source>
        <translation>Brak Repozytorium spraw.</translation>
    </message>
    <message>
        <source>%1 as %2; publishing the case statuses.</source>
        <translation>%1 jako %2; statusy zgłoszeń są publikowane.</translation>
    </message>
    <message>
        <source>%1 as %2; not publishing.</source>
        <translation>%1 jako %2; bez publikowania.</translation>
    </message>
    <message>
        <source>/oauth2/token on the endpoint&apos;s host</source>
        <translation>/oauth2/token na hoście punktu końcowego</translation>
    </message>
    <message>
        <source>Enter a name for the profile.</source>
        <translation>Podaj nazwę profilu.</translation>
    </message>
    <message>
        <source>A profile name cannot contain “/” or “\”.</source>
        <translation>Nazwa profilu nie może zawierać „/” ani „\”.</translation>
    </message>
    <message>
        <source>Another profile is already called “%1”.</source>
        <translation>Inny profil ma już nazwę „%1”.</translation>
    </message>
    <message>
        <source>Enter the GraphQL endpoint URL.</source>
        <translation>Podaj adres URL punktu końcowego GraphQL.</translation>
    </message>
    <message>
        <source>GraphQL endpoint: %1</source>
        <translation>Punkt końcowy GraphQL: %1</translation>
    </message>
    <message>
        <source>Token URL: %1</source>
        <translation>Adres URL tokenu: %1</translation>
    </message>
    <message>
        <source>Enter the client id.</source>
        <translation>Podaj identyfikator klienta.</translation>
    </message>
    <message>
        <source>Also fix: %1.</source>
        <translation>Popraw również: %1.</translation>
    </message>
    <message>
        <source>Add a profile to connect to a provider.</source>
        <translation>Dodaj profil, aby połączyć się z dostawcą.</translation>
    </message>
    <message>
        <source>Remove profile</source>
        <translation>Usuń profil</translation>
    </message>
    <message>
        <source>Remove the profile “%1”?</source>
        <translation>Usunąć profil „%1”?</translation>
    </message>
    <message>
        <source>It leaves the settings when you click OK. Its client secret stays in the system keychain and its cached cases stay on this computer.</source>
        <translation>Profil zniknie z ustawień po kliknięciu OK. Jego sekret klienta pozostanie w systemowym pęku kluczy, a zgłoszenia z pamięci podręcznej — na tym komputerze.</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Usuń</translation>
    </message>
    <message>
        <source>Enter the endpoint and client id to see whether a secret is stored.</source>
        <translation>Podaj punkt końcowy i identyfikator klienta, aby sprawdzić, czy zapisano sekret.</translation>
    </message>
    <message>
        <source>Checking the system keychain…</source>
        <translation>Sprawdzanie systemowego pęku kluczy…</translation>
    </message>
    <message>
        <source>Enter the client secret</source>
        <translation>Podaj sekret klienta</translation>
    </message>
    <message>
        <source>A secret is stored in the system keychain. Leave the field empty to keep it.</source>
        <translation>Sekret jest zapisany w systemowym pęku kluczy. Pozostaw pole puste, aby go zachować.</translation>
    </message>
    <message>
        <source>Stored in the system keychain</source>
        <translation>Zapisany w systemowym pęku kluczy</translation>
    </message>
    <message>
        <source>A demo client of the local sandbox: its public secret is built in.</source>
        <translation>Klient demonstracyjny lokalnej piaskownicy: jego publiczny sekret jest wbudowany.</translation>
    </message>
    <message>
        <source>Not needed for the sandbox demo</source>
        <translation>Niepotrzebny w demo w piaskownicy</translation>
    </message>
    <message>
        <source>No secret is stored in the system keychain for this client id and token URL.</source>
        <translation>W systemowym pęku kluczy nie zapisano sekretu dla tego identyfikatora klienta i adresu URL tokenu.</translation>
    </message>
    <message>
        <source>Test cancelled.</source>
        <translation>Anulowano sprawdzanie.</translation>
    </message>
    <message>
        <source>Cancel &amp;test</source>
        <translation>Anuluj &amp;sprawdzanie</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Łączenie z %1…</translation>
    </message>
    <message>
        <source>The client secret could not be saved in the system keychain. %1
The settings have not been saved yet.</source>
        <translation>Nie można zapisać sekretu klienta w systemowym pęku kluczy. %1
Ustawienia nie zostały jeszcze zapisane.</translation>
    </message>
    <message>
        <source>Cases without a priorit&amp;y:</source>
        <translation>Zgłoszeni&amp;a bez priorytetu:</translation>
    </message>
    <message>
        <source>Priority of cases the provider gives none</source>
        <translation>Priorytet zgłoszeń, którym dostawca nie nadaje priorytetu</translation>
    </message>
    <message>
        <source>A provider that reports no priorities: what its cases count as in the priority filter.</source>
        <translation>Gdy dostawca nie podaje priorytetów: jaki priorytet mają jego zgłoszenia w filtrze priorytetów.</translation>
    </message>
    <message>
        <source>The provider&apos;s words</source>
        <translation>Słownictwo dostawcy</translation>
    </message>
    <message>
        <source>Communication types of our own messages</source>
        <translation>Typy komunikacji naszych własnych wiadomości</translation>
    </message>
    <message>
        <source>Comma-separated; empty uses what the console learned from its own messages, or its default table</source>
        <translation>Rozdzielone przecinkami; puste pole oznacza to, czego konsola nauczyła się z własnych wiadomości, albo jej tabelę domyślną</translation>
    </message>
    <message>
        <source>Close&amp;d statuses:</source>
        <translation>Statusy &amp;liczone jako zamknięte:</translation>
    </message>
    <message>
        <source>Case statuses that count as closed</source>
        <translation>Statusy zgłoszeń liczone jako zamknięte</translation>
    </message>
    <message>
        <source>Comma-separated; empty uses the default table</source>
        <translation>Rozdzielone przecinkami; puste pole oznacza tabelę domyślną</translation>
    </message>
    <message>
        <source>The case type&apos;s default</source>
        <translation>Domyślny dla typu zgłoszenia</translation>
    </message>
    <message>
        <source>Learned: %1</source>
        <translation>Wykryte: %1</translation>
    </message>
    <message>
        <source>Default: %1</source>
        <translation>Domyślnie: %1</translation>
    </message>
    <message>
        <source>State the c&amp;hosen priority in a new case&apos;s first line when the provider sets its own</source>
        <translation>Podawa&amp;j wybrany priorytet w pierwszym wierszu nowego zgłoszenia, gdy dostawca sam go ustala</translation>
    </message>
    <message>
        <source>Our messages&apos; type &amp;words:</source>
        <translation>Typy naszyc&amp;h wiadomości:</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Wygląd</translation>
    </message>
    <message>
        <source>Theme:</source>
        <translation>Motyw:</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Motyw</translation>
    </message>
    <message>
        <source>The colours of every window, for every profile: applied and kept as soon as chosen.</source>
        <translation>Kolory wszystkich okien dla wszystkich profili: stosowane i zapamiętywane od razu po wybraniu.</translation>
    </message>
    <message>
        <source>Sound an alarm for new P1 incidents</source>
        <translation>Odtwarzaj alarm dźwiękowy przy nowych incydentach P1</translation>
    </message>
    <message>
        <source>Every 30 seconds until the alarm is acknowledged (Ctrl+Shift+A)</source>
        <translation>Co 30 sekund, dopóki alarm nie zostanie potwierdzony (Ctrl+Shift+A)</translation>
    </message>
    <message>
        <source>SLA targets…</source>
        <translation>Cele SLA…</translation>
    </message>
    <message>
        <source>The profile&apos;s SLA targets per priority, when the clocks pause, and the notification before a breach</source>
        <translation>Cele SLA profilu dla każdego priorytetu, kiedy zegary są wstrzymywane i powiadomienie przed przekroczeniem</translation>
    </message>
    <message>
        <source>SLA targets summary</source>
        <translation>Podsumowanie celów SLA</translation>
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
        <translation>%1 h</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1: “%2” is not a duration up to 366 days; write for example 15 min, 4 h, 1 d, or leave it empty for none.</source>
        <translation>%1: „%2” nie jest czasem trwania do 366 dni; wpisz na przykład 15 min, 4 h, 1 d albo pozostaw puste, jeśli brak.</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Biegnie</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Wstrzymany</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>Dotrzymany</translation>
    </message>
    <message>
        <source>Breached</source>
        <translation>Przekroczony</translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation>pozostało %1</translation>
    </message>
    <message>
        <source>paused, %1 left</source>
        <translation>wstrzymany, pozostało %1</translation>
    </message>
    <message>
        <source>met in %1</source>
        <translation>dotrzymany w %1</translation>
    </message>
    <message>
        <source>%1 over</source>
        <translation>%1 ponad</translation>
    </message>
    <message>
        <source>Waiting on provider</source>
        <translation>Czeka na dostawcę</translation>
    </message>
    <message>
        <source>Waiting on us</source>
        <translation>Czeka na nas</translation>
    </message>
    <message>
        <source>First response</source>
        <translation>Pierwsza odpowiedź</translation>
    </message>
    <message>
        <source>Provider&apos;s silence</source>
        <translation>Milczenie dostawcy</translation>
    </message>
    <message>
        <source>Time to restore</source>
        <translation>Czas przywrócenia</translation>
    </message>
    <message>
        <source>%1 · %2 of %3</source>
        <translation>%1 · %2 z %3</translation>
    </message>
    <message>
        <source>%1, due %2</source>
        <translation>%1, termin %2</translation>
    </message>
    <message>
        <source>%1, stopped %2</source>
        <translation>%1, zatrzymany %2</translation>
    </message>
    <message>
        <source>Turn</source>
        <translation>Kolej</translation>
    </message>
    <message>
        <source>%1 since %2</source>
        <translation>%1 od %2</translation>
    </message>
</context>
<context>
    <name>SlaTargetsDialog</name>
    <message>
        <source>SLA targets</source>
        <translation>Cele SLA</translation>
    </message>
    <message>
        <source>The contract&apos;s targets for this profile, per priority: 15 min, 4 h, 1 d, 1 h 30 min. Empty: no target.</source>
        <translation>Cele z umowy dla tego profilu, według priorytetu: 15 min, 4 h, 1 d, 1 h 30 min. Puste: brak celu.</translation>
    </message>
    <message>
        <source>Targets</source>
        <translation>Cele</translation>
    </message>
    <message>
        <source>First response</source>
        <translation>Pierwsza odpowiedź</translation>
    </message>
    <message>
        <source>Longest silence while open</source>
        <translation>Najdłuższe milczenie przy otwartym</translation>
    </message>
    <message>
        <source>Time to restore (incidents)</source>
        <translation>Czas przywrócenia (awarie)</translation>
    </message>
    <message>
        <source>P&amp;1:</source>
        <translation>P&amp;1:</translation>
    </message>
    <message>
        <source>P1 first response</source>
        <translation>P1 pierwsza odpowiedź</translation>
    </message>
    <message>
        <source>none</source>
        <translation>brak</translation>
    </message>
    <message>
        <source>P1 longest silence while open</source>
        <translation>P1 najdłuższe milczenie przy otwartym</translation>
    </message>
    <message>
        <source>P1 time to restore (incidents)</source>
        <translation>P1 czas przywrócenia (awarie)</translation>
    </message>
    <message>
        <source>P&amp;2:</source>
        <translation>P&amp;2:</translation>
    </message>
    <message>
        <source>P2 first response</source>
        <translation>P2 pierwsza odpowiedź</translation>
    </message>
    <message>
        <source>P2 longest silence while open</source>
        <translation>P2 najdłuższe milczenie przy otwartym</translation>
    </message>
    <message>
        <source>P2 time to restore (incidents)</source>
        <translation>P2 czas przywrócenia (awarie)</translation>
    </message>
    <message>
        <source>P&amp;3:</source>
        <translation>P&amp;3:</translation>
    </message>
    <message>
        <source>P3 first response</source>
        <translation>P3 pierwsza odpowiedź</translation>
    </message>
    <message>
        <source>P3 longest silence while open</source>
        <translation>P3 najdłuższe milczenie przy otwartym</translation>
    </message>
    <message>
        <source>P3 time to restore (incidents)</source>
        <translation>P3 czas przywrócenia (awarie)</translation>
    </message>
    <message>
        <source>P&amp;4:</source>
        <translation>P&amp;4:</translation>
    </message>
    <message>
        <source>P4 first response</source>
        <translation>P4 pierwsza odpowiedź</translation>
    </message>
    <message>
        <source>P4 longest silence while open</source>
        <translation>P4 najdłuższe milczenie przy otwartym</translation>
    </message>
    <message>
        <source>P4 time to restore (incidents)</source>
        <translation>P4 czas przywrócenia (awarie)</translation>
    </message>
    <message>
        <source>P&amp;5:</source>
        <translation>P&amp;5:</translation>
    </message>
    <message>
        <source>P5 first response</source>
        <translation>P5 pierwsza odpowiedź</translation>
    </message>
    <message>
        <source>P5 longest silence while open</source>
        <translation>P5 najdłuższe milczenie przy otwartym</translation>
    </message>
    <message>
        <source>P5 time to restore (incidents)</source>
        <translation>P5 czas przywrócenia (awarie)</translation>
    </message>
    <message>
        <source>The clocks pause</source>
        <translation>Zegary są wstrzymywane</translation>
    </message>
    <message>
        <source>While the status says the provider &amp;waits on us (Pending customer)</source>
        <translation>Gdy status wskazuje, że dostawca &amp;czeka na nas (Pending customer)</translation>
    </message>
    <message>
        <source>While the case is on &amp;hold</source>
        <translation>Gdy zgłoszenie jest &amp;zawieszone</translation>
    </message>
    <message>
        <source>From a provider message that asks us &amp;something until our reply</source>
        <translation>Od wiadomości dostawcy z pyt&amp;aniem do nas do naszej odpowiedzi</translation>
    </message>
    <message>
        <source>&amp;Notify before a breach:</source>
        <translation>&amp;Powiadom przed przekroczeniem:</translation>
    </message>
    <message>
        <source>Notify this long before a breach</source>
        <translation>Powiadom tyle czasu przed przekroczeniem</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nigdy</translation>
    </message>
    <message>
        <source>Watched cases and P1/P2: a notification this long before a clock&apos;s target is reached. Empty: none.</source>
        <translation>Obserwowane zgłoszenia oraz P1/P2: powiadomienie tyle czasu przed osiągnięciem celu zegara. Puste: brak.</translation>
    </message>
    <message>
        <source>Problems with the targets</source>
        <translation>Problemy z celami</translation>
    </message>
    <message>
        <source>P1: %1 to respond, %2 of silence, %3 to restore.</source>
        <translation>P1: %1 na odpowiedź, %2 milczenia, %3 na przywrócenie.</translation>
    </message>
</context>
<context>
    <name>Theme</name>
    <message>
        <source>System</source>
        <translation>Systemowy</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Jasny</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Ciemny</translation>
    </message>
</context>
<context>
    <name>ThreadFindBar</name>
    <message>
        <source>Find in this thread</source>
        <translation>Szukaj w tym wątku</translation>
    </message>
    <message>
        <source>No match</source>
        <translation>Brak wyników</translation>
    </message>
    <message>
        <source>Previous match (Shift+F3)</source>
        <translation>Poprzedni wynik (Shift+F3)</translation>
    </message>
    <message>
        <source>Next match (F3)</source>
        <translation>Następny wynik (F3)</translation>
    </message>
    <message>
        <source>Close the find bar (Esc)</source>
        <translation>Zamknij pasek wyszukiwania (Esc)</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 z %2</translation>
    </message>
</context>
<context>
    <name>ThreadPaneSwitch</name>
    <message>
        <source>Show &amp;Timeline</source>
        <translation>Pokaż oś &amp;czasu</translation>
    </message>
    <message>
        <source>Thread</source>
        <translation>Wątek</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Oś czasu</translation>
    </message>
    <message>
        <source>The open case&apos;s history in one list, with its outage (Ctrl+Shift+T)</source>
        <translation>Historia otwartego zgłoszenia na jednej liście, z przerwą (Ctrl+Shift+T)</translation>
    </message>
    <message>
        <source>Show the open case&apos;s history in one list, with its outage</source>
        <translation>Pokaż historię otwartej sprawy na jednej liście, z przerwą w działaniu</translation>
    </message>
</context>
<context>
    <name>ThreadView</name>
    <message>
        <source>Case thread</source>
        <translation>Wątek zgłoszenia</translation>
    </message>
    <message>
        <source>Select a case to read its thread.</source>
        <translation>Wybierz zgłoszenie, aby przeczytać jego wątek.</translation>
    </message>
    <message>
        <source>%1 (%2) · updated %3</source>
        <translation>%1 (%2) · zaktualizowano %3</translation>
    </message>
    <message>
        <source>open</source>
        <translation>otwarte</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>zamknięte</translation>
    </message>
    <message>
        <source>Not published: %1</source>
        <translation>Nie opublikowano: %1</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Looking up…</source>
        <translation>Sprawdzanie…</translation>
    </message>
    <message>
        <source>Not published yet</source>
        <translation>Jeszcze nie opublikowano</translation>
    </message>
    <message>
        <source>Not published (closed before publishing began)</source>
        <translation>Nie opublikowano (zamknięte przed rozpoczęciem publikowania)</translation>
    </message>
    <message>
        <source>Find in &amp;Thread…</source>
        <translation>Szukaj w &amp;wątku…</translation>
    </message>
    <message>
        <source>Next &amp;Match</source>
        <translation>Następny wyni&amp;k</translation>
    </message>
    <message>
        <source>Pre&amp;vious Match</source>
        <translation>Poprzedni wyn&amp;ik</translation>
    </message>
    <message>
        <source>First &amp;New Message</source>
        <translation>Pierwsza &amp;nowa wiadomość</translation>
    </message>
    <message>
        <source>&amp;Latest Message</source>
        <translation>Os&amp;tatnia wiadomość</translation>
    </message>
    <message>
        <source>Copy &amp;Message</source>
        <translation>Kopiuj &amp;wiadomość</translation>
    </message>
    <message>
        <source>Copy Case &amp;Id</source>
        <translation>Kopiuj ID &amp;zgłoszenia</translation>
    </message>
    <message>
        <source>Ne&amp;west First in Thread</source>
        <translation>Wątek o&amp;d najnowszych</translation>
    </message>
    <message>
        <source>Collaps&amp;e Status Updates</source>
        <translation>&amp;Zwiń aktualizacje statusu</translation>
    </message>
    <message>
        <source>Send &amp;Again: “%1”</source>
        <translation>Wyślij &amp;ponownie: „%1”</translation>
    </message>
    <message>
        <source>Back to the &amp;Draft: “%1”</source>
        <translation>Wróć do &amp;szkicu: „%1”</translation>
    </message>
    <message>
        <source>RFO requested</source>
        <translation>Poproszono o raport RFO</translation>
    </message>
    <message>
        <source>RFO for</source>
        <translation>Raport RFO dla</translation>
    </message>
    <message>
        <source>&amp;Open %1 (%2)</source>
        <translation>O&amp;twórz %1 (%2)</translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <source>Timeline of the open case</source>
        <translation>Oś czasu otwartego zgłoszenia</translation>
    </message>
    <message>
        <source>%1 d %2 h %3 min</source>
        <translation>%1 d %2 h %3 min</translation>
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
        <translation>Żadne zgłoszenie nie jest otwarte.</translation>
    </message>
    <message>
        <source>%1: no outage is counted (not an incident, or no start known).</source>
        <translation>%1: nie jest liczona żadna przerwa (to nie awaria lub nie znany jest początek).</translation>
    </message>
    <message>
        <source>%1: outage ongoing for %2, since %3</source>
        <translation>%1: przerwa trwa już %2, od %3</translation>
    </message>
    <message>
        <source>%1: outage %2, from %3 to %4</source>
        <translation>%1: przerwa %2, od %3 do %4</translation>
    </message>
    <message>
        <source>The selected timeline entry</source>
        <translation>Wybrany wpis osi czasu</translation>
    </message>
    <message>
        <source>Select an entry to read it whole.</source>
        <translation>Wybierz wpis, aby przeczytać go w całości.</translation>
    </message>
</context>
<context>
    <name>TokenProvider</name>
    <message>
        <source>No client id or client secret is set for this profile.</source>
        <translation>Dla tego profilu nie ustawiono identyfikatora ani sekretu klienta.</translation>
    </message>
    <message>
        <source>The token answer carries no access_token.</source>
        <translation>Odpowiedź serwera tokenów nie zawiera access_token.</translation>
    </message>
</context>
<context>
    <name>UrlPolicy</name>
    <message>
        <source>“%1” is not a valid server address.</source>
        <translation>„%1” nie jest prawidłowym adresem serwera.</translation>
    </message>
    <message>
        <source>Plain http is only allowed to this computer; use https for %1.</source>
        <translation>Zwykłe http jest dozwolone tylko dla tego komputera; dla %1 użyj https.</translation>
    </message>
    <message>
        <source>Unsupported address scheme “%1”.</source>
        <translation>Nieobsługiwany schemat adresu „%1”.</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Welcome</source>
        <translation>Witaj</translation>
    </message>
    <message>
        <source>Welcome to Case Console</source>
        <translation>Witamy w Case Console</translation>
    </message>
    <message>
        <source>Case Console shows your provider&apos;s support cases with their whole conversations, marks what changed since you last looked, and keeps a copy on this computer for reading offline. Connect it to your provider&apos;s case API with the OAuth client your provider gave you, or look around first with the sandbox&apos;s demo account.</source>
        <translation>Case Console wyświetla zgłoszenia serwisowe dostawcy wraz z całymi konwersacjami, oznacza zmiany od ostatniego przeglądania i przechowuje kopię na tym komputerze do czytania w trybie offline. Połącz konsolę z API zgłoszeń dostawcy za pomocą klienta OAuth otrzymanego od dostawcy albo najpierw rozejrzyj się na koncie demonstracyjnym piaskownicy.</translation>
    </message>
    <message>
        <source>&amp;Set up a connection…</source>
        <translation>&amp;Skonfiguruj połączenie…</translation>
    </message>
    <message>
        <source>Enter your provider&apos;s GraphQL endpoint and OAuth client. The client secret is kept in the system keychain.</source>
        <translation>Podaj punkt końcowy GraphQL dostawcy i klienta OAuth. Sekret klienta jest przechowywany w systemowym pęku kluczy.</translation>
    </message>
    <message>
        <source>&amp;Try the sandbox demo</source>
        <translation>Wypróbuj &amp;demo w piaskownicy</translation>
    </message>
    <message>
        <source>Starts the local sandbox server with a demo account and about 60 cases. Nothing leaves this computer.</source>
        <translation>Uruchamia lokalny serwer piaskownicy z kontem demonstracyjnym i około 60 zgłoszeniami. Żadne dane nie opuszczają tego komputera.</translation>
    </message>
    <message>
        <source>The demo needs Node.js 20 or later.</source>
        <translation>Demo wymaga Node.js w wersji 20 lub nowszej.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Desktop console for network-service support cases.</source>
        <translation>Konsola do obsługi zgłoszeń serwisowych usług sieciowych.</translation>
    </message>
    <message>
        <source>Use a saved profile (default: the active one).</source>
        <translation>Użyj zapisanego profilu (domyślnie: aktywnego).</translation>
    </message>
    <message>
        <source>GraphQL endpoint URL (instead of a profile).</source>
        <translation>Adres URL punktu końcowego GraphQL (zamiast profilu).</translation>
    </message>
    <message>
        <source>OAuth token URL (default: &lt;endpoint host&gt;/oauth2/token).</source>
        <translation>Adres URL tokenu OAuth (domyślnie: &lt;host punktu końcowego&gt;/oauth2/token).</translation>
    </message>
    <message>
        <source>OAuth client id.</source>
        <translation>Identyfikator klienta OAuth.</translation>
    </message>
    <message>
        <source>OAuth scopes, space-separated (default: all).</source>
        <translation>Zakresy OAuth rozdzielone spacjami (domyślnie: wszystkie).</translation>
    </message>
    <message>
        <source>Seconds between polls, at least 5 (default: 60).</source>
        <translation>Liczba sekund między odpytaniami, co najmniej 5 (domyślnie: 60).</translation>
    </message>
    <message>
        <source>Save the main window to &lt;file&gt; after the first poll, then quit.</source>
        <translation>Zapisz główne okno do pliku &lt;file&gt; po pierwszym odpytaniu, a następnie zakończ.</translation>
    </message>
    <message>
        <source>Start the local sandbox server (Node.js 20) with demo data and use it.</source>
        <translation>Uruchom lokalny serwer piaskownicy (Node.js 20) z danymi demonstracyjnymi i użyj go.</translation>
    </message>
    <message>
        <source>--poll-interval takes at least 5 seconds</source>
        <translation>--poll-interval wymaga co najmniej 5 sekund</translation>
    </message>
    <message>
        <source>--sandbox cannot be combined with --profile, --endpoint or --client-id</source>
        <translation>--sandbox nie może być łączone z --profile, --endpoint ani --client-id</translation>
    </message>
    <message>
        <source>--endpoint and --client-id go together</source>
        <translation>--endpoint i --client-id należy podać razem</translation>
    </message>
    <message>
        <source>no profile named &apos;%1&apos;</source>
        <translation>brak profilu o nazwie &apos;%1&apos;</translation>
    </message>
    <message>
        <source>The language of the window (de, nl, pl or en; default: the system&apos;s).</source>
        <translation>Język okna (de, nl, pl lub en; domyślnie: język systemu).</translation>
    </message>
    <message>
        <source>With --sandbox: answer as another provider might, where the provider&apos;s article leaves it open: the schema (full or documented) and the words (sandbox or plain), e.g. documented,plain.</source>
        <translation>Z --sandbox: odpowiadaj tak, jak mógłby inny dostawca, tam gdzie artykuł dostawcy zostawia swobodę: schemat (full lub documented) i słownictwo (sandbox lub plain), np. documented,plain.</translation>
    </message>
    <message>
        <source>--sandbox-provider goes with --sandbox</source>
        <translation>--sandbox-provider wymaga --sandbox</translation>
    </message>
    <message>
        <source>--sandbox-provider takes full or documented, and sandbox or plain (e.g. documented,plain), not &apos;%1&apos;</source>
        <translation>--sandbox-provider przyjmuje full lub documented oraz sandbox lub plain (np. documented,plain), a nie &apos;%1&apos;</translation>
    </message>
</context>
</TS>
