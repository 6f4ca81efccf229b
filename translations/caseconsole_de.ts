<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>ApiError</name>
    <message>
        <source>The provider refused the request (HC0011). For an incident, both the start and the end of the incident must be given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider rejected the request as invalid: %1. The console and the provider&apos;s API may be out of step; report this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request reached the provider without a query. This is a defect in the console; please report it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A value in the request has the wrong form: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A required value is missing from the request: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider failed while handling the request. The console will try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider did not accept the access token. Check the client id and secret in the profile settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These credentials are not allowed to do this. Ask the provider for a client with the needed scope (for example customerapi/support.read-write).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider refused a value: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider does not know this case type. Choose Incident or General request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This subject is not allowed for the case type. Choose one of the subjects the form offers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This priority is not allowed for the case type (general requests take P3 to P5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A date is not in a form the provider accepts. Check the start and end of the incident.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The end of the incident is before its start. Correct one of them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider does not know this service. Refresh the account&apos;s services and choose again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider does not know this case. Refresh the case list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This case is closed and takes no more replies. Open a new case instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server did not accept the credentials. Check the client id and secret in the profile settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This client may not use client credentials. Ask the provider to enable it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client is not allowed the requested scopes. Remove the scopes from the profile, or ask the provider to grant them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token server refused the request: %1. Check the token URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token server does not offer client credentials. Check the token URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token server refused the grant. Check the client id and secret.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot reach the server. Check your network or VPN connection; the console will try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server did not answer in time. The console will try again; if this persists, the provider may be having trouble.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server had a problem handling the request. The console will try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server sent an answer the console cannot read. It will try again; if this persists, report it to the provider.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server asks the console to slow down; it will try again shortly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server address was not found. Check the endpoint URL in the profile settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server answered with HTTP status %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused the request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused the request: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseDraft</name>
    <message>
        <source>Choose a case type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a priority allowed for this type (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a subject for this type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the start of the incident.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The end of the incident cannot be before its start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the service the case is about.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Describe the problem or request.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseJson</name>
    <message>
        <source>unreadable date in %1: “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a case without an id</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseLabels</name>
    <message>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proactive (provider)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseListModel</name>
    <message>
        <source>%1 (%2 new)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last modified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messages</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseRepositoryClient</name>
    <message>
        <source>The Case Repository URL is not a valid address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Case Repository needs a user name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Case Repository did not accept the user name or password. Check the profile&apos;s Case Repository user and password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This Case Repository user may only read. Ask for a user that may write case statuses.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Case Repository has no such case status (it may have been deleted).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Case Repository already has a status entry with this business key and source: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Case Repository refused the request: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Case Repository refused the value of “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Case Repository does not serve this request (%1 %2). Check the Case Repository URL in the settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Case Repository failed while handling the request (%1); it may be busy or down for a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Case Repository answered %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No Case Repository is configured for this profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Case Repository redirected the request (%1); check its URL in the settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Case Repository&apos;s answer is not JSON: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Case Repository&apos;s answer lacks %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A published status needs a business key (the provider case id).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseSession</name>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New %1 incident %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 incident %2 is now %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n new message(s) on %1 · %2</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>waiting to be published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not published yet: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>publishing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no answer yet; publishing again</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseStatusListModel</name>
    <message>
        <source>%1 (%2): open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2): closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Case Repository cannot sort by this column.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Business key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseStore</name>
    <message>
        <source>The local database is damaged (%1). Case Console will repair it when it next starts, keeping your drafts and unsent changes where they can still be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cases just fetched could not be saved locally: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A draft could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The watch list could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An unsent change could not be saved locally: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseStreamReader</name>
    <message>
        <source>The answer is not a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>garbage after the document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Malformed answer at byte %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected end of input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>control character in a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid escape sequence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lone surrogate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid UTF-8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected character</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nesting too deep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected “:”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected “,” or “}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected “,” or “]”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an item of %1 is not an object</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseThreadRenderer</name>
    <message>
        <source>Waiting to send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent yet (%1); trying again automatically</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No answer (%1); checking whether it arrived before sending again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not accepted: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your reference: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You (not yet confirmed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Origin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start of incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End of incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last modified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case Repository</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Us</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseTypeMatrix</name>
    <message>
        <source>Incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RFO request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service degradation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service intermittent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>General request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activation support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Engineer dispatch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Information request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Software update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Utilization report</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Casectl</name>
    <message numerus="yes">
        <source>last synced %1 (%n minute(s) ago)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>never fully synced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Showing cached data, %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider&apos;s case API and the Case Repository from the command line.

Commands:
  cases [--updated-within MIN] [--service ID] [--reference REF] [--json]
  case ID [--json]
  create --type T --priority P --subject S --service ID --message M
         [--start ISO] [--end ISO | --open-ended] [--reference REF] [--sent-by NAME] [--json]
  reply ID --message M [--sent-by NAME]      (M of &quot;-&quot; reads standard input)
  reference ID REF
  poll [--once] [--interval SEC]              (one JSON line per change)
  matrix [--json]
  store-secret                                (reads the secret from standard input)
  save-profile NAME [--repository URL --repository-user USER]

Case Repository commands (--repository URL --repository-user USER, or the profile&apos;s):
  status create --case-type T --client-id ID --client-type TYPE --status S
         [--description TEXT] [--business-key K] [--source SRC] [--json]
  status get CASEID [--json]
  status update CASEID [--case-type T] [--client-id ID] [--client-type TYPE] [--status S]
         [--description TEXT | --clear-description]
         [--business-key K | --clear-business-key] [--source SRC] [--json]
  status delete CASEID [--yes]               (the entry and its history, for good)
  status search [--client-id ID] [--client-type TYPE] [--case-type T] [--status S]
         [--business-key K] [--source SRC] [--updated-from ISO] [--updated-to ISO]
         [--page N] [--size N] [--sort FIELD[,asc|desc]] [--all] [--json]
  status history CASEID [--json]
  store-repository-password                   (reads the password from standard input)

The client secret comes from CASECTL_CLIENT_SECRET or the system keychain; the repository
password from CASECTL_REPOSITORY_PASSWORD or the system keychain.
Exit codes: 0 ok, 1 other failure, 2 usage, 3 authentication, 4 server, GraphQL or repository error, 5 network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GraphQL endpoint URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OAuth token URL (default: &lt;endpoint host&gt;/oauth2/token).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OAuth client id; status: the case&apos;s client (e.g. a NIP number).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OAuth scopes, space-separated (default: all of the client&apos;s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use a saved profile (default: the active one).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seconds to wait for an answer (default: 30).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cases: only cases modified in the last MIN minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cases, create: the service id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cases: filter by customer reference; create: set it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print JSON (API field names) instead of a table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>create: Incident or NonIncident.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>create: P1 to P5, as the type allows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>create: a subject the type allows (see &apos;matrix&apos;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>create, reply: the message text (&quot;-&quot;: standard input).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>create: start of the incident, ISO 8601 (default: now).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>create: end of the incident, ISO 8601.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>create: the incident has not ended (the default).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>create, reply: who is writing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>poll: poll once and exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>poll: seconds between polls (default: 60).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>status, save-profile: the Case Repository API&apos;s root URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>status, save-profile: the Case Repository user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>status: the case type (e.g. NetworkIncident).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>status: the client id&apos;s type (e.g. NIP, PESEL, REGON).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>status: the status value (e.g. OPEN, IN_PROGRESS, COMPLETED).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>status create, update: the status description.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>status update: remove the status description.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>status: the business key (unique per source).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>status update: remove the business key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>status: the publishing system (default at create: eximee).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>status search: updated at or after, ISO 8601 (local time unless it has a zone).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>status search: updated at or before, ISO 8601 (local time unless it has a zone).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>status search: the page, from 1 (default: 1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>status search: entries per page, 1 to 200 (default: 20).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>status search: creationDate, updateDate, caseType, clientId, clientType, status, businessKey or source, with ,asc or ,desc (default: updateDate,desc).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>status search: every page (200 entries a request).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>status delete: yes, delete the entry and its history irreversibly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to do (see above).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no command given; see casectl --help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;status&apos; needs a command: create, get, update, delete, search or history; see casectl --help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos;; see casectl --help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; does not take --%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--endpoint and --client-id go together</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--timeout takes a number of seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>&apos;%1&apos; takes %n argument(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>no profile: give --repository and --repository-user, or --profile NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no profile: give --endpoint and --client-id, or --profile NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no profile named &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set CASECTL_CLIENT_SECRET or run &apos;casectl store-secret&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CASE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PRI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TYPE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MODIFIED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SUBJECT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SERVICE</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n case(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Origin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start of incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End of incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last modified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--updated-within takes a number of minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no case %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--end and --open-ended exclude each other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--start, --end and --open-ended are for incidents only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--start is not an ISO 8601 date and time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--end is not an ISO 8601 date and time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created case %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reply needs --message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replied to case %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the reference is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case %1 now has reference %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--interval takes a number of seconds, at least 5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>priorities:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>subjects:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needs startOfIncident and endOfIncident (may be open-ended)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>store-secret reads the client secret from standard input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stored the client secret for %1 in the system keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>save-profile takes a NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--repository needs --repository-user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--repository-user goes with --repository</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved profile %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; takes a CASEID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; takes no arguments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>profile &apos;%1&apos; has no Case Repository: give --repository URL and --repository-user USER</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>profile &apos;%1&apos; has no Case Repository user: give --repository-user USER</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none is stored in the system keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no system keychain is available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the system keychain is locked or refused access.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No Case Repository password for %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set CASECTL_REPOSITORY_PASSWORD or run &apos;casectl store-repository-password&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The existing entry is %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2), %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Business key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CASE ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CASE TYPE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CLIENT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BUSINESS KEY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SOURCE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UPDATED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;status create&apos; needs %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--description and --clear-description exclude each other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--business-key and --clear-business-key exclude each other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;status update&apos; needs at least one field to change; see casectl --help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing to change: case status %1 already has these values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;status delete&apos; removes case status %1 and its whole history, irreversibly; add --yes to delete it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted case status %1 and its history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 is not an ISO 8601 date and time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--updated-from is later than --updated-to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--all reads every page; it takes no --page or --size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--page takes a page number, from 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--size takes a number from 1 to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--sort takes one of %1, optionally with ,asc or ,desc</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>page %1 of %2, %n entries</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entries</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>store-repository-password reads the password from standard input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stored the Case Repository password of %1 at %2 in the system keychain.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectionCheck</name>
    <message numerus="yes">
        <source>The server did not answer within %n second(s). Check the endpoint address and your network.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Enter the client secret to test the connection.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Console</name>
    <message>
        <source>Sandbox (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No client secret: the console shows what it stored before and does not connect. Enter the secret in Connections and Settings (Ctrl+,).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting the local sandbox…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sandbox demo</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CreateCaseDialog</name>
    <message>
        <source>New Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a case with the provider. The type decides which priorities and subjects are allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Priority:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ubject:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ser&amp;vice:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type part of a service&apos;s name or id to find it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start of incident:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start of incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No&amp;w</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the start of the incident to now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End of incident:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Ended at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave unchecked while the incident is still going on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End of incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(ongoing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your &amp;reference:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional: your own ticket number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent &amp;by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your name, as the provider sees it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Message:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is wrong or what you need, with what you have already checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Create Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type to find a service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving the case to send it…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is none of the account&apos;s services: choose one from the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready to create.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To create the case:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting to send…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent yet: %1 It is saved and will be sent again automatically; you can close this window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating the case with the provider…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No answer from the provider (%1). Checking whether the case was created before trying again, so it is not created twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;The provider did not accept the case:&lt;/b&gt; %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GraphQLCaseApi</name>
    <message>
        <source>The answer carries no list of cases.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider did not accept the change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer does not confirm the change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer does not name the new case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer carries no account.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GraphQLTransport</name>
    <message>
        <source>The answer is not a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer&apos;s data is not an object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown operation %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer has neither data nor errors.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LocalSandbox</name>
    <message>
        <source>Node.js could not be started: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sandbox server stopped (exit code %1)%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sandbox server did not start within 20 seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sandbox server is not installed (no sandbox/server.js was found). Set CASECONSOLE_SANDBOX_DIR to the sandbox folder of the source tree.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sandbox needs Node.js 20 or newer, and no “node” program was found. Install Node.js (e.g. apt install nodejs) and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sandbox&apos;s packages are not installed. Run “npm ci” in %1 (scripts/deps does it) and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sandbox server&apos;s start line could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LocalStore</name>
    <message>
        <source>The local database %1 was written by a newer version of Case Console. Update the console, or move the file away to start afresh.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local database %1 could not be updated: %2. Free some disk space or close other programs using it, then start again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local database %1 is damaged and cannot be moved aside (%2). Close other programs using it, or remove it by hand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local database %1 is damaged and a new one cannot be created: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local database was damaged and has been rebuilt; the cases will be fetched again. Your drafts (%1) and unsent changes (%2) were recovered. The damaged file is kept at %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local database was damaged and has been rebuilt; the cases will be fetched again. Drafts and unsent changes could not be recovered from it. The damaged file is kept at %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;Unread only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case Console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case thread</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a case to read its thread.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search all threads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search all threads (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) match “%1”</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P1 and P2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;ype:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Priority:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ser&amp;vice:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case Repository</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case Re&amp;pository</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set up a connection or try the sandbox demo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case %1 created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a case to reply to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply to %1 queued for sending.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a case to add your reference to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your own reference for %1 (e.g. your ticket number):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reply is back in your draft (Ctrl+R).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetch the cases changed since the last poll (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Full Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetch every case again (Shift+F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next Unread</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Previous Unread</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark as &amp;Unread</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark as &amp;Read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Case…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open an incident or a general request (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reply…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply to the open case (Ctrl+R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Your &amp;Reference…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Watch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Be notified of the provider&apos;s new messages on this case (Ctrl+Shift+W)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Connections and Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Screenshot saved to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2) · updated %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not published: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not published yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking up…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No unread cases.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetching every case…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetching changed cases…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refreshing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>next in %n s</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) not yet sent</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n case(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n case(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Notifier</name>
    <message>
        <source>Case Console</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n update(s) on your cases</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Outbox</name>
    <message>
        <source>This change could not be saved locally, so it was not sent. Use Retry once the disk has room again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This change could not be saved locally, so it was not sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No Case Repository is set up for this profile; set it up in Connections and Settings.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OutboxItem</name>
    <message>
        <source>New case: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New case status for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change of case status %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deletion of case status %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status of %1 for the Case Repository</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProviderConnection</name>
    <message>
        <source>No client id is set.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReplyDialog</name>
    <message>
        <source>Reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Message to the provider:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent &amp;by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your name, as the provider sees it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the reply (Ctrl+Return)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close; the draft is kept for next time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored your draft.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the reply to send it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RepositorySettingsDialog</name>
    <message>
        <source>Case Repository</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>https://host/api/case-repository (empty: no Case Repository)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case Repository URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>U&amp;ser:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case Repository user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty: keep the one in the system keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case Repository password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pu&amp;blish the provider cases&apos; statuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ource:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source name of the published statuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client t&amp;ype:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client type of the published statuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client &amp;id:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account&apos;s number of that type, e.g. its NIP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client id of the published statuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mapping (the provider&apos;s value → the Case Repository&apos;s):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status and case type mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case Repository value for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publishing needs the Case Repository&apos;s URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The URL is not a valid address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the Case Repository user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publishing needs the client type and id the statuses are about.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Connected: %n case status(es) in the repository.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The password could not be stored in the system keychain: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RepositoryStatuses</name>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SecretPromptDialog</name>
    <message>
        <source>Client secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why the secret is needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client s&amp;ecret:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OAuth client secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remember in the system keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About remembering the secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Enter the client secret for %1.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;%2&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not available without a system keychain: the secret is used for this session only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Otherwise it is used for this session only and asked for again next time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Click OK to use the secret for this session only.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SecretStore</name>
    <message>
        <source>No client secret is stored in the system keychain for this profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No system keychain is available (on Linux: no Secret Service such as GNOME Keyring or KWallet is running). The client secret cannot be stored; you can enter it for this session only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keychain is locked or refused access. Unlock it and try again, or enter the secret for this session only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keychain reported an error: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Connections and settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Profiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile marked active is the one the console connects with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a new profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dupl&amp;icate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a copy of the selected profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set acti&amp;ve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect with the selected profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Production</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;GraphQL endpoint:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GraphQL endpoint URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>https://api.example.com/graphql</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To&amp;ken URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OAuth token URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave empty to use /oauth2/token on the endpoint&apos;s host.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Client id:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OAuth client id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client s&amp;ecret:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OAuth client secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Scopes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scopes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Space-separated; leave empty for every scope of the client.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every scope of the client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account &amp;label:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shown in the status bar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Polling and notifications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;oll every:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Poll interval in seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notify about:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New provider &amp;messages on watched cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New or changed P&amp;1/P2 incidents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn all notifications o&amp;ff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Testing the connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection test result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case &amp;Repository…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile&apos;s Case Repository and publishing of the case statuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case Repository summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems with the settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System keychain problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Use this secret for this session only</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Connected to the account “%1” with %n service(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Could not connect. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (active)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, active profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, needs attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No Case Repository.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 as %2; publishing the case statuses.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 as %2; not publishing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>/oauth2/token on the endpoint&apos;s host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a name for the profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A profile name cannot contain “/” or “\”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another profile is already called “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the GraphQL endpoint URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GraphQL endpoint: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token URL: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the client id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also fix: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a profile to connect to a provider.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the profile “%1”?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It leaves the settings when you click OK. Its client secret stays in the system keychain and its cached cases stay on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the endpoint and client id to see whether a secret is stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the system keychain…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the client secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A secret is stored in the system keychain. Leave the field empty to keep it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stored in the system keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A demo client of the local sandbox: its public secret is built in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not needed for the sandbox demo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No secret is stored in the system keychain for this client id and token URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel &amp;test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client secret could not be saved in the system keychain. %1
The settings have not been saved yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatusBadge</name>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatusEntryDialog</name>
    <message>
        <source>Case Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A case status in the Case Repository.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case &amp;type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example NetworkIncident or ServiceRequest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;lient type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose PESEL, NIP or REGON, or type another kind of client number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client &amp;ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client’s PESEL, NIP or REGON number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a status, or type a value the Case Repository uses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional: what the status means for this case, up to 1,000 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Characters in the description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Business key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Business key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional: your own key, unique within the source (e.g. the provider case id)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ource:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system that publishes the status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Case Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publish the status of a case to the Case Repository.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty: the Case Repository&apos;s default (eximee)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Case Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sa&amp;ve Changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the status entry %1. Only the fields you change are sent; the entry&apos;s history records them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving the change to send it…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 has %2 characters; the Case Repository takes at most %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>case type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>client type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>client ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>business key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing changed yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent as “%1”, as typed. The console does not know this value and shows it as open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent as “%1”: the case counts as open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent as “%1”: the case counts as closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready to create.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes to send: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To create the entry:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To save:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting to send…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent yet: %1 It is saved and will be sent again automatically; you can close this window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending to the Case Repository…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No answer from the Case Repository (%1). Checking whether the change arrived before trying again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;The Case Repository did not accept it:&lt;/b&gt; %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatusPanel</name>
    <message>
        <source>Case Repository</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client t&amp;ype:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client type filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any client type when empty; choose one or type another</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client &amp;ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client ID filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Case type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case type filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>St&amp;atus:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Business key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Business key filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ource:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated bet&amp;ween:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any time as the earliest update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated at or after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an&amp;d</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any time as the latest update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated at or before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the Case Repository</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear the filters and show every entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case statuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>«</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>‹</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>›</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>»</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per pa&amp;ge:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entries per page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New case status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the selected case status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected case status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load this page again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an entry to see its details and history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open or closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Business key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Business key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;History:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History of the entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case Repository messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The earliest update time is after the latest one: change one of them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No Case Repository is set up for this profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Case Repository could not be searched: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No entries match</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Page %1 of %2 · %n entries</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The Case Repository cannot sort by %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This entry is not among the results shown (the filters or the page leave it out).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the history…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The history could not be loaded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No history recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Case Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the case status %1 of client %2 %3 (%4)?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This removes the entry and its whole history from the Case Repository. It cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: waiting to be sent…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not sent yet (%2); it will be sent again automatically.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: sending…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no answer yet (%2); checking whether it arrived.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was refused: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created the case status %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved the changes to %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatusPublishing</name>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No Case Repository is set up (URL and user).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publishing needs the client id and client type the statuses are about.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TokenProvider</name>
    <message>
        <source>No client id or client secret is set for this profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token answer carries no access_token.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UrlPolicy</name>
    <message>
        <source>“%1” is not a valid server address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plain http is only allowed to this computer; use https for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsupported address scheme “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Welcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcome to Case Console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case Console shows your provider&apos;s support cases with their whole conversations, marks what changed since you last looked, and keeps a copy on this computer for reading offline. Connect it to your provider&apos;s case API with the OAuth client your provider gave you, or look around first with the sandbox&apos;s demo account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Set up a connection…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your provider&apos;s GraphQL endpoint and OAuth client. The client secret is kept in the system keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Try the sandbox demo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starts the local sandbox server with a demo account and about 60 cases. Nothing leaves this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo needs Node.js 20 or later.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Desktop console for network-service support cases.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use a saved profile (default: the active one).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GraphQL endpoint URL (instead of a profile).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OAuth token URL (default: &lt;endpoint host&gt;/oauth2/token).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OAuth client id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OAuth scopes, space-separated (default: all).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seconds between polls, at least 5 (default: 60).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the main window to &lt;file&gt; after the first poll, then quit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the local sandbox server (Node.js 20) with demo data and use it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--poll-interval takes at least 5 seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--sandbox cannot be combined with --profile, --endpoint or --client-id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--endpoint and --client-id go together</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no profile named &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The language of the window (de, nl, pl or en; default: the system&apos;s).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
