<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>Casectl</name>
    <message numerus="yes">
        <source>last synced %1 (%n minute(s) ago)</source>
        <translation>
            <numerusform>last synced %1 (%n minute ago)</numerusform>
            <numerusform>last synced %1 (%n minutes ago)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&apos;%1&apos; takes %n argument(s)</source>
        <translation>
            <numerusform>&apos;%1&apos; takes %n argument</numerusform>
            <numerusform>&apos;%1&apos; takes %n arguments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Whether the server got it is not known; looking it up in %n second(s) before anything is sent again.</source>
        <translation>
            <numerusform>Whether the server got it is not known; looking it up in %n second before anything is sent again.</numerusform>
            <numerusform>Whether the server got it is not known; looking it up in %n seconds before anything is sent again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n case(s)</source>
        <translation>
            <numerusform>%n case</numerusform>
            <numerusform>%n cases</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>page %1 of %2, %n entries</source>
        <translation>
            <numerusform>page %1 of %2, %n entry</numerusform>
            <numerusform>page %1 of %2, %n entries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entries</source>
        <translation>
            <numerusform>%n entry</numerusform>
            <numerusform>%n entries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) left &apos;sending&apos; by an earlier run that ended mid-send (%1); whether the server got it is not known. &apos;casectl outbox --reconcile&apos; looks each up and sends it only if it did not arrive.</source>
        <translation>
            <numerusform>%n change left &apos;sending&apos; by an earlier run that ended mid-send (%1); whether the server got it is not known. &apos;casectl outbox --reconcile&apos; looks it up and sends it only if it did not arrive.</numerusform>
            <numerusform>%n changes left &apos;sending&apos; by an earlier run that ended mid-send (%1); whether the server got them is not known. &apos;casectl outbox --reconcile&apos; looks each up and sends it only if it did not arrive.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) not yet confirmed</source>
        <translation>
            <numerusform>%n change not yet confirmed</numerusform>
            <numerusform>%n changes not yet confirmed</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConnectionCheck</name>
    <message numerus="yes">
        <source>The server did not answer within %n second(s). Check the endpoint address and your network.</source>
        <translation>
            <numerusform>The server did not answer within %n second. Check the endpoint address and your network.</numerusform>
            <numerusform>The server did not answer within %n seconds. Check the endpoint address and your network.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Connected to the account “%1” with %n service(s).</source>
        <translation>
            <numerusform>Connected to the account “%1” with %n service.</numerusform>
            <numerusform>Connected to the account “%1” with %n services.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Connected: the provider accepted the credentials and reports %n service(s) for the account.</source>
        <translation>
            <numerusform>Connected: the provider accepted the credentials and reports %n service for the account.</numerusform>
            <numerusform>Connected: the provider accepted the credentials and reports %n services for the account.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConnectionStatusBar</name>
    <message numerus="yes">
        <source>%n case(s) match the first %1 words of “%2…”; a search reads no more</source>
        <translation>
            <numerusform>%n case matches the first %1 words of “%2…”; a search reads no more</numerusform>
            <numerusform>%n cases match the first %1 words of “%2…”; a search reads no more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) match “%1”</source>
        <translation>
            <numerusform>%n case matches “%1”</numerusform>
            <numerusform>%n cases match “%1”</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n case(s)</source>
        <translation>
            <numerusform>%n case</numerusform>
            <numerusform>%n cases</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n case(s)</source>
        <translation>
            <numerusform>%1 of %n case</numerusform>
            <numerusform>%1 of %n cases</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>next in %n s</source>
        <translation>
            <numerusform>next in %n s</numerusform>
            <numerusform>next in %n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) not yet sent</source>
        <translation>
            <numerusform>%n change not yet sent</numerusform>
            <numerusform>%n changes not yet sent</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The newest %n case(s) matching “%1”; scroll down the list for more</source>
        <translation>
            <numerusform>The newest %n case matching “%1”; scroll down the list for more</numerusform>
            <numerusform>The newest %n cases matching “%1”; scroll down the list for more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Dossier</name>
    <message numerus="yes">
        <source>Exported %n case(s) to %1.</source>
        <translation>
            <numerusform>Exported %n case to %1.</numerusform>
            <numerusform>Exported %n cases to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> and %n more</source>
        <translation>
            <numerusform> and %n more</numerusform>
            <numerusform> and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Case dossier: %n cases</source>
        <translation>
            <numerusform>Case dossier: %n case</numerusform>
            <numerusform>Case dossier: %n cases</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n communication(s), %1 bytes</source>
        <translation>
            <numerusform>%n communication, %1 bytes</numerusform>
            <numerusform>%n communications, %1 bytes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Thread (%n communication(s), oldest first)</source>
        <translation>
            <numerusform>Thread (%n communication, oldest first)</numerusform>
            <numerusform>Thread (%n communications, oldest first)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DossierActions</name>
    <message numerus="yes">
        <source>Exporting the dossier of %n case(s)…</source>
        <translation>
            <numerusform>Exporting the dossier of %n case…</numerusform>
            <numerusform>Exporting the dossier of %n cases…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Printing the dossier of %n case(s)…</source>
        <translation>
            <numerusform>Printing the dossier of %n case…</numerusform>
            <numerusform>Printing the dossier of %n cases…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Left out, not in the local store yet: %1.</source>
        <translation>
            <numerusform>Left out, not in the local store yet: %1.</numerusform>
            <numerusform>Left out, not in the local store yet: %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DossierExport</name>
    <message numerus="yes">
        <source>Printed %n case(s).</source>
        <translation>
            <numerusform>Printed %n case.</numerusform>
            <numerusform>Printed %n cases.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MultiChoiceButton</name>
    <message numerus="yes">
        <source>%n chosen</source>
        <translation>
            <numerusform>%n chosen</numerusform>
            <numerusform>%n chosen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NetworkFailure</name>
    <message numerus="yes">
        <source>The server&apos;s answer was not complete within %n second(s); the request was stopped.</source>
        <translation>
            <numerusform>The server&apos;s answer was not complete within %n second; the request was stopped.</numerusform>
            <numerusform>The server&apos;s answer was not complete within %n seconds; the request was stopped.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NewsDetector</name>
    <message numerus="yes">
        <source>%n new message(s) on %1 · %2</source>
        <translation>
            <numerusform>%n new message on %1 · %2</numerusform>
            <numerusform>%n new messages on %1 · %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NoticeCentre</name>
    <message numerus="yes">
        <source>Notifications: %n unread (Ctrl+Shift+H)</source>
        <translation>
            <numerusform>Notifications: %n unread (Ctrl+Shift+H)</numerusform>
            <numerusform>Notifications: %n unread (Ctrl+Shift+H)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Notifier</name>
    <message numerus="yes">
        <source>%n update(s) on your cases</source>
        <translation>
            <numerusform>%n update on your cases</numerusform>
            <numerusform>%n updates on your cases</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>and %n more</numerusform>
            <numerusform>and %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>P1AlarmBanner</name>
    <message numerus="yes">
        <source>%n more unacknowledged P1 incident(s): %1</source>
        <translation>
            <numerusform>%n more unacknowledged P1 incident: %1</numerusform>
            <numerusform>%n more unacknowledged P1 incidents: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PublishAllBar</name>
    <message numerus="yes">
        <source>Published entries: %n out of date, being published.</source>
        <translation>
            <numerusform>Published entries: %n out of date, being published.</numerusform>
            <numerusform>Published entries: %n out of date, being published.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RepositoryPanel</name>
    <message numerus="yes">
        <source>Page %1 of %2 · %n entries</source>
        <translation>
            <numerusform>Page %1 of %2 · %n entry</numerusform>
            <numerusform>Page %1 of %2 · %n entries</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RepositorySettingsDialog</name>
    <message numerus="yes">
        <source>Connected: %n case status(es) in the repository.</source>
        <translation>
            <numerusform>Connected: %n case status in the repository.</numerusform>
            <numerusform>Connected: %n case statuses in the repository.</numerusform>
        </translation>
    </message>
</context>
</TS>
