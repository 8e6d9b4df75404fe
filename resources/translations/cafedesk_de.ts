<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>ActionPlansPage</name>
    <message>
        <source>From session reports…</source>
        <translation>Aus den Sitzungsberichten…</translation>
    </message>
    <message>
        <source>Take follow-up actions from the session reports into the plan</source>
        <translation>Folgeaktionen aus den Sitzungsberichten in den Plan übernehmen</translation>
    </message>
    <message>
        <source>From the callers&apos; next steps</source>
        <translation>Aus den nächsten Schritten der Projektgeber</translation>
    </message>
    <message>
        <source>Action plans</source>
        <translation>Aktionspläne</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Für</translation>
    </message>
    <message>
        <source>The chosen topic (★) or caller&apos;s project the action serves</source>
        <translation>Das gewählte Thema (★) oder das Projekt, dem die Aktion dient</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <source>Participants, or any names, separated by commas</source>
        <translation>Teilnehmende oder beliebige Namen, durch Kommas getrennt</translation>
    </message>
    <message>
        <source>First step</source>
        <translation>Erster Schritt</translation>
    </message>
    <message>
        <source>By when</source>
        <translation>Bis wann</translation>
    </message>
    <message>
        <source>Help needed</source>
        <translation>Benötigte Hilfe</translation>
    </message>
    <message>
        <source>Related topics</source>
        <translation>Verwandte Themen</translation>
    </message>
    <message>
        <source>Numbers of other topics this action touches, e.g. 3, 12</source>
        <translation>Nummern anderer Themen, die diese Aktion berührt, z. B. 3, 12</translation>
    </message>
    <message>
        <source>There is no topic number %1.</source>
        <translation>Es gibt kein Thema mit der Nummer %1.</translation>
    </message>
    <message>
        <source>new action</source>
        <translation>neue Aktion</translation>
    </message>
    <message numerus="yes">
        <source>%n action(s)</source>
        <translation>
            <numerusform>%n Aktion</numerusform>
            <numerusform>%n Aktionen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Promote %n follow-up action(s)</source>
        <translation>
            <numerusform>%n Folgeaktion übernehmen</numerusform>
            <numerusform>%n Folgeaktionen übernehmen</numerusform>
        </translation>
    </message>
    <message>
        <source>Every caller with next steps already has an action in the plan.</source>
        <translation>Jeder Projektgeber mit nächsten Schritten hat schon eine Aktion im Plan.</translation>
    </message>
    <message numerus="yes">
        <source>Actions from %n caller(s)</source>
        <translation>
            <numerusform>Aktionen von %n Projektgeber</numerusform>
            <numerusform>Aktionen von %n Projektgebern</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BrandingBox</name>
    <message>
        <source>On the paper</source>
        <translation>Auf den Ausdrucken</translation>
    </message>
    <message>
        <source>Your organisation, printed under your name</source>
        <translation>Ihre Organisation, gedruckt unter Ihrem Namen</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Choose logo…</source>
        <translation>Logo wählen…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <source>no logo</source>
        <translation>kein Logo</translation>
    </message>
    <message>
        <source>Edit organisation</source>
        <translation>Organisation ändern</translation>
    </message>
    <message>
        <source>Choose a logo</source>
        <translation>Logo wählen</translation>
    </message>
    <message>
        <source>Pictures (*.png *.jpg *.jpeg *.bmp *.gif)</source>
        <translation>Bilder (*.png *.jpg *.jpeg *.bmp *.gif)</translation>
    </message>
    <message>
        <source>Remove logo</source>
        <translation>Logo entfernen</translation>
    </message>
    <message>
        <source>Set logo</source>
        <translation>Logo festlegen</translation>
    </message>
</context>
<context>
    <name>CafeSetupPage</name>
    <message>
        <source>Use the three Pro Action Café questions</source>
        <translation>Die drei Pro-Action-Café-Fragen verwenden</translation>
    </message>
    <message>
        <source>Café setup</source>
        <translation>Café-Aufbau</translation>
    </message>
    <message>
        <source>Pro Action Café: each caller hosts a table with a project question; the others visit a different caller in each of three rounds.</source>
        <translation>Pro Action Café: Jede:r Anliegenträger:in empfängt an einem Tisch mit einer Projektfrage; alle anderen besuchen in jeder der drei Runden eine andere Person.</translation>
    </message>
    <message>
        <source>World Café: hosts stay at their table; everyone else moves to a new table each round to meet new people.</source>
        <translation>World Café: Die Tischgastgeber:innen bleiben an ihrem Tisch; alle anderen wechseln in jeder Runde an einen neuen Tisch und treffen neue Menschen.</translation>
    </message>
    <message>
        <source>Without a table: %1. Choose them as a table&apos;s caller to seat them.</source>
        <translation>Ohne Tisch: %1. Wählen Sie sie als Anliegenträger:in eines Tisches, um sie zu platzieren.</translation>
    </message>
    <message>
        <source>There are %1 seats for %2 participants.</source>
        <translation>Es gibt %1 Plätze für %2 Teilnehmende.</translation>
    </message>
    <message>
        <source>Pro Action Café questions</source>
        <translation>Pro-Action-Café-Fragen</translation>
    </message>
</context>
<context>
    <name>CallerTablesPanel</name>
    <message>
        <source>Tables and callers</source>
        <translation>Tische und Anliegen</translation>
    </message>
    <message>
        <source>table %1</source>
        <translation>Tisch %1</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Seats</source>
        <translation>Plätze</translation>
    </message>
    <message>
        <source>Caller</source>
        <translation>Anliegenträger:in</translation>
    </message>
    <message>
        <source>Who brings a project question and hosts this table</source>
        <translation>Wer eine Projektfrage mitbringt und diesen Tisch empfängt</translation>
    </message>
    <message>
        <source>Project question</source>
        <translation>Projektfrage</translation>
    </message>
    <message>
        <source>The caller&apos;s question; printed on the table tent</source>
        <translation>Die Frage der Anliegenträger:in; steht auf dem Tischaufsteller</translation>
    </message>
    <message>
        <source>Choose the table&apos;s caller first, then the question.</source>
        <translation>Wählen Sie zuerst die Anliegenträger:in des Tisches, dann die Frage.</translation>
    </message>
    <message>
        <source>— no caller —</source>
        <translation>— kein Anliegen —</translation>
    </message>
    <message>
        <source>%1 (caller at table %2)</source>
        <translation>%1 (Anliegen an Tisch %2)</translation>
    </message>
    <message numerus="yes">
        <source>%n table(s)</source>
        <translation>
            <numerusform>%n Tisch</numerusform>
            <numerusform>%n Tische</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n seat(s)</source>
        <translation>
            <numerusform>%n Platz</numerusform>
            <numerusform>%n Plätze</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with a caller</source>
        <translation>
            <numerusform>%n mit Anliegen</numerusform>
            <numerusform>%n mit Anliegen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CardItem</name>
    <message>
        <source>Pinned: the placement suggestion leaves it here.</source>
        <translation>Fixiert: Der Platzierungsvorschlag lässt das Thema hier.</translation>
    </message>
</context>
<context>
    <name>ClientReportPage</name>
    <message>
        <source>Client report</source>
        <translation>Kundenbericht</translation>
    </message>
    <message>
        <source>Executive summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>What the client should read first: why the event took place, what came out of it, what happens next.</source>
        <translation>Was der Auftraggeber zuerst lesen soll: warum die Veranstaltung stattfand, was dabei herauskam, wie es weitergeht.</translation>
    </message>
    <message>
        <source>• Bullet list</source>
        <translation>• Aufzählung</translation>
    </message>
    <message>
        <source>Bullets on or off for the selected lines (Ctrl+L)</source>
        <translation>Aufzählungspunkte für die markierten Zeilen an oder aus (Strg+L)</translation>
    </message>
    <message>
        <source>A blank line starts a new paragraph; lines starting with • or - are a list.</source>
        <translation>Eine Leerzeile beginnt einen neuen Absatz; Zeilen mit • oder - am Anfang sind eine Aufzählung.</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Bericht</translation>
    </message>
    <message>
        <source>The book of proceedings as an appendix</source>
        <translation>Die Dokumentation als Anhang</translation>
    </message>
    <message>
        <source>The community map</source>
        <translation>Die Begegnungskarte</translation>
    </message>
    <message>
        <source>Save the report as PDF…</source>
        <translation>Bericht als PDF speichern…</translation>
    </message>
    <message>
        <source>Community map…</source>
        <translation>Begegnungskarte…</translation>
    </message>
    <message>
        <source>The map on its own, as PNG or PDF</source>
        <translation>Die Karte allein, als PNG oder PDF</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>Email to the client</source>
        <translation>E-Mail an den Auftraggeber</translation>
    </message>
    <message>
        <source>{event}, {client}, {facilitator}, {dates} and {contact} are filled in.</source>
        <translation>{event}, {client}, {facilitator}, {dates} und {contact} werden eingesetzt.</translation>
    </message>
    <message>
        <source>the report</source>
        <translation>den Bericht</translation>
    </message>
    <message>
        <source>the book of proceedings</source>
        <translation>die Dokumentation</translation>
    </message>
    <message>
        <source>the community map</source>
        <translation>die Begegnungskarte</translation>
    </message>
    <message>
        <source>Smaller photos (for a smaller email)</source>
        <translation>Kleinere Fotos (für eine kleinere E-Mail)</translation>
    </message>
    <message>
        <source>Put the email in the outbox</source>
        <translation>E-Mail in den Postausgang legen</translation>
    </message>
    <message>
        <source>To</source>
        <translation>An</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Betreff</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Attach</source>
        <translation>Anhängen</translation>
    </message>
    <message>
        <source>No client email yet: add it on the Event page (the draft can still be made).</source>
        <translation>Noch keine E-Mail-Adresse des Auftraggebers: auf der Seite Veranstaltung eintragen (der Entwurf geht trotzdem).</translation>
    </message>
    <message>
        <source>Edit the executive summary</source>
        <translation>Zusammenfassung bearbeiten</translation>
    </message>
    <message>
        <source>Edit the email</source>
        <translation>E-Mail bearbeiten</translation>
    </message>
    <message>
        <source>Save the client report</source>
        <translation>Kundenbericht speichern</translation>
    </message>
    <message>
        <source>%1 - report</source>
        <translation>%1 - Bericht</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-Dokumente (*.pdf)</translation>
    </message>
    <message>
        <source>Saved %1 (%2 pages).</source>
        <translation>%1 gespeichert (%2 Seiten).</translation>
    </message>
    <message>
        <source>Save the community map</source>
        <translation>Begegnungskarte speichern</translation>
    </message>
    <message>
        <source>%1 - community map</source>
        <translation>%1 - Begegnungskarte</translation>
    </message>
    <message>
        <source>Picture (*.png);;PDF document (*.pdf)</source>
        <translation>Bild (*.png);;PDF-Dokument (*.pdf)</translation>
    </message>
    <message>
        <source>Saved %1 (%2 people).</source>
        <translation>%1 gespeichert (%2 Personen).</translation>
    </message>
    <message>
        <source>Community map</source>
        <translation>Begegnungskarte</translation>
    </message>
    <message>
        <source>Choose at least one file to attach.</source>
        <translation>Wählen Sie mindestens eine Datei zum Anhängen.</translation>
    </message>
    <message>
        <source>The email is in the outbox (%1).</source>
        <translation>Die E-Mail liegt im Postausgang (%1).</translation>
    </message>
    <message>
        <source>Email draft</source>
        <translation>E-Mail-Entwurf</translation>
    </message>
</context>
<context>
    <name>ConflictsPanel</name>
    <message>
        <source>Show me</source>
        <translation>Zeigen</translation>
    </message>
    <message>
        <source>Select the card(s) and scroll to them</source>
        <translation>Karte(n) auswählen und dorthin scrollen</translation>
    </message>
    <message>
        <source>Sign-up clashes shared by fewer people than this are not listed or marked</source>
        <translation>Überschneidungen bei Eintragungen, die weniger Personen betreffen, werden weder aufgeführt noch markiert</translation>
    </message>
    <message>
        <source>Sign-up clashes from</source>
        <translation>Überschneidungen bei Eintragungen ab</translation>
    </message>
    <message>
        <source>people</source>
        <translation>Personen</translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>%n Konflikt</numerusform>
            <numerusform>%n Konflikte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> — %n severe</source>
        <translation>
            <numerusform> — davon %n schwer</numerusform>
            <numerusform> — davon %n schwer</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConvenorMode</name>
    <message>
        <source>Session reports</source>
        <translation>Session-Berichte</translation>
    </message>
    <message>
        <source>Session reports — write the report of your session</source>
        <translation>Session-Berichte — schreiben Sie den Bericht Ihrer Session</translation>
    </message>
    <message>
        <source>Facilitator PIN</source>
        <translation>PIN der Moderation</translation>
    </message>
    <message>
        <source>Leave</source>
        <translation>Verlassen</translation>
    </message>
    <message>
        <source>Tap your session:</source>
        <translation>Tippen Sie auf Ihre Session:</translation>
    </message>
    <message>
        <source>Done — back to the list of sessions</source>
        <translation>Fertig — zurück zur Liste der Sessions</translation>
    </message>
    <message>
        <source>Everything you type is kept automatically.</source>
        <translation>Alles, was Sie eingeben, wird automatisch gespeichert.</translation>
    </message>
    <message>
        <source>Wrong PIN</source>
        <translation>Falsche PIN</translation>
    </message>
</context>
<context>
    <name>ConvergencePage</name>
    <message>
        <source>Dots from the wall</source>
        <translation>Punkte von der Wand</translation>
    </message>
    <message>
        <source>Topic no.</source>
        <translation>Thema Nr.</translation>
    </message>
    <message>
        <source>Dots</source>
        <translation>Punkte</translation>
    </message>
    <message>
        <source>Leave empty to clear the count</source>
        <translation>Leer lassen, um die Zählung zu löschen</translation>
    </message>
    <message>
        <source>Store</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Number, Tab, dots, Enter.</source>
        <translation>Nummer, Tab, Punkte, Enter.</translation>
    </message>
    <message>
        <source>Dots by name</source>
        <translation>Punkte mit Namen</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Topic numbers, e.g. 3, 7, 7</source>
        <translation>Themennummern, z. B. 3, 7, 7</translation>
    </message>
    <message>
        <source>Choose the top places</source>
        <translation>Die vordersten Plätze wählen</translation>
    </message>
    <message>
        <source>Chooses the topics on the first places; a tie at the cut goes in whole</source>
        <translation>Wählt die Themen auf den ersten Plätzen; Gleichstand an der Grenze kommt ganz dazu</translation>
    </message>
    <message>
        <source>Clear the choice</source>
        <translation>Auswahl aufheben</translation>
    </message>
    <message>
        <source>Convergence</source>
        <translation>Konvergenz</translation>
    </message>
    <message numerus="yes">
        <source>%n dot(s)</source>
        <translation>
            <numerusform>%n Punkt</numerusform>
            <numerusform>%n Punkte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n topic(s) with dots</source>
        <translation>
            <numerusform>%n Thema mit Punkten</numerusform>
            <numerusform>%n Themen mit Punkten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n chosen for action planning</source>
        <translation>
            <numerusform>%n für die Aktionsplanung gewählt</numerusform>
            <numerusform>%n für die Aktionsplanung gewählt</numerusform>
        </translation>
    </message>
    <message>
        <source>not counted</source>
        <translation>nicht gezählt</translation>
    </message>
    <message>
        <source>Dots for topic %1</source>
        <translation>Punkte für Thema %1</translation>
    </message>
    <message>
        <source>“%1” is not on the participant list; add them on the Participants page.</source>
        <translation>„%1“ steht nicht auf der Teilnehmerliste; bitte auf der Seite Teilnehmende ergänzen.</translation>
    </message>
    <message>
        <source>Type the name of one participant first.</source>
        <translation>Geben Sie zuerst den Namen einer teilnehmenden Person ein.</translation>
    </message>
    <message>
        <source>“%1” is not a topic number.</source>
        <translation>„%1“ ist keine Themennummer.</translation>
    </message>
    <message>
        <source>Dots of %1</source>
        <translation>Punkte von %1</translation>
    </message>
    <message>
        <source>Choose topic</source>
        <translation>Thema wählen</translation>
    </message>
    <message>
        <source>Unchoose topic</source>
        <translation>Thema abwählen</translation>
    </message>
</context>
<context>
    <name>Crash</name>
    <message>
        <source>Something went wrong</source>
        <translation>Etwas ist schiefgegangen</translation>
    </message>
    <message>
        <source>Something went wrong inside cafedesk, and the last step may not have been done.

Your event is safe: every change before it was stored. You can carry on; if this happens again, save a copy of the event (File › Save a Copy As…) and restart cafedesk.</source>
        <translation>In cafedesk ist etwas schiefgegangen; der letzte Schritt wurde vielleicht nicht ausgeführt.

Ihre Veranstaltung ist sicher: Jede Änderung davor wurde gespeichert. Sie können weiterarbeiten; passiert es wieder, speichern Sie eine Kopie der Veranstaltung (Datei › Kopie speichern unter…) und starten cafedesk neu.</translation>
    </message>
    <message>
        <source>A record was written to the log folder:
%1</source>
        <translation>Ein Protokoll wurde in den Protokollordner geschrieben:
%1</translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation>Details kopieren</translation>
    </message>
    <message>
        <source>Show log folder</source>
        <translation>Protokollordner zeigen</translation>
    </message>
</context>
<context>
    <name>CropDialog</name>
    <message>
        <source>Crop photo</source>
        <translation>Foto zuschneiden</translation>
    </message>
    <message>
        <source>Drag over the part of the photo to keep.</source>
        <translation>Ziehen Sie über den Teil des Fotos, der bleiben soll.</translation>
    </message>
    <message>
        <source>Whole photo</source>
        <translation>Ganzes Foto</translation>
    </message>
</context>
<context>
    <name>DateDelegate</name>
    <message>
        <source>no date</source>
        <translation>kein Datum</translation>
    </message>
</context>
<context>
    <name>EventDocument</name>
    <message>
        <source>This event is open read-only.</source>
        <translation>Diese Veranstaltung ist schreibgeschützt geöffnet.</translation>
    </message>
    <message>
        <source>Something went wrong; the step was not done.</source>
        <translation>Etwas ist schiefgegangen; der Schritt wurde nicht ausgeführt.</translation>
    </message>
</context>
<context>
    <name>EventPage</name>
    <message>
        <source>Event details</source>
        <translation>Angaben zur Veranstaltung</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>Veranstaltungsort</translation>
    </message>
    <message>
        <source>Facilitator</source>
        <translation>Moderation</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Auftraggeber:in</translation>
    </message>
    <message>
        <source>Client email</source>
        <translation>E-Mail Auftraggeber:in</translation>
    </message>
    <message>
        <source>The one inviting question the event is about</source>
        <translation>Die eine einladende Frage, um die es bei der Veranstaltung geht</translation>
    </message>
    <message>
        <source>Theme question</source>
        <translation>Leitfrage</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Methode</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>Erster Tag</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Letzter Tag</translation>
    </message>
    <message>
        <source>Language of the paper</source>
        <translation>Sprache der Ausdrucke</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Letter (US)</translation>
    </message>
    <message>
        <source>Paper size</source>
        <translation>Papierformat</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Veranstaltung</translation>
    </message>
    <message>
        <source>The printed texts (headings, labels, page numbers) are not translated into %1 yet and print in English; your own texts and the email to the client are as you write them.</source>
        <translation>Die gedruckten Texte (Überschriften, Beschriftungen, Seitenzahlen) sind noch nicht ins %1 übersetzt und erscheinen auf Englisch; Ihre eigenen Texte und die E-Mail an die Auftraggeber bleiben, wie Sie sie schreiben.</translation>
    </message>
    <message>
        <source>Edit event details</source>
        <translation>Angaben zur Veranstaltung ändern</translation>
    </message>
</context>
<context>
    <name>ExportCounts</name>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n Seite</numerusform>
            <numerusform>%n Seiten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session(s)</source>
        <translation>
            <numerusform>%n Sitzung</numerusform>
            <numerusform>%n Sitzungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s)</source>
        <translation>
            <numerusform>%n Foto</numerusform>
            <numerusform>%n Fotos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportPage</name>
    <message>
        <source>Report for one session</source>
        <translation>Bericht einer Session</translation>
    </message>
    <message>
        <source>Session:</source>
        <translation>Session:</translation>
    </message>
    <message>
        <source>From the café setup and the seating plan.</source>
        <translation>Aus dem Café-Aufbau und dem Sitzplan.</translation>
    </message>
    <message>
        <source>Book of proceedings…</source>
        <translation>Dokumentation…</translation>
    </message>
    <message>
        <source>Cover, contents, agenda, every session&apos;s report with its photos, the participants and all follow-up actions.</source>
        <translation>Titelseite, Inhalt, Agenda, alle Session-Berichte mit Fotos, die Teilnehmenden und alle vereinbarten Schritte.</translation>
    </message>
    <message>
        <source>%1 - proceedings.pdf</source>
        <translation>%1 - Dokumentation.pdf</translation>
    </message>
    <message>
        <source>Report for one session…</source>
        <translation>Bericht einer Session…</translation>
    </message>
    <message>
        <source>One session&apos;s report with its photos, to hand to its convenor.</source>
        <translation>Der Bericht einer Session mit Fotos, zum Weitergeben an die Einberufer:innen.</translation>
    </message>
    <message>
        <source>Whole event (JSON)…</source>
        <translation>Ganze Veranstaltung (JSON)…</translation>
    </message>
    <message>
        <source>All of the event in an open, documented format: a .cafedesk.zip with the photos as files, or one .json. File › Import Event… reads it back.</source>
        <translation>Die ganze Veranstaltung in einem offenen, dokumentierten Format: eine .cafedesk.zip mit den Fotos als Dateien oder eine .json. Datei › Veranstaltung importieren… liest sie wieder ein.</translation>
    </message>
    <message>
        <source>Spreadsheet (XLSX)…</source>
        <translation>Tabelle (XLSX)…</translation>
    </message>
    <message>
        <source>Participants, topics and their places, sign-ups, reports (cafés: seating, harvest), one sheet each.</source>
        <translation>Teilnehmende, Themen mit ihren Plätzen, Eintragungen, Berichte (Cafés: Sitzplan, Ernte), je ein Blatt.</translation>
    </message>
    <message>
        <source>Spreadsheets (CSV, zipped)…</source>
        <translation>Tabellen (CSV, gezippt)…</translation>
    </message>
    <message>
        <source>The same sheets as CSV files (UTF-8) in one zip.</source>
        <translation>Dieselben Blätter als CSV-Dateien (UTF-8) in einer Zip-Datei.</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>Paper size:</source>
        <translation>Papierformat:</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>Show in folder</source>
        <translation>Im Ordner zeigen</translation>
    </message>
    <message>
        <source>Export as PDF</source>
        <translation>Als PDF exportieren</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-Dokumente (*.pdf)</translation>
    </message>
    <message>
        <source>Export as a spreadsheet</source>
        <translation>Als Tabelle exportieren</translation>
    </message>
    <message>
        <source>Spreadsheets (*.xlsx)</source>
        <translation>Tabellen (*.xlsx)</translation>
    </message>
    <message>
        <source>Export as CSV files</source>
        <translation>Als CSV-Dateien exportieren</translation>
    </message>
    <message>
        <source>Zipped CSV files (*.zip)</source>
        <translation>Gezippte CSV-Dateien (*.zip)</translation>
    </message>
    <message>
        <source>Export the whole event</source>
        <translation>Ganze Veranstaltung exportieren</translation>
    </message>
    <message>
        <source>cafedesk event, photos as files (*.cafedesk.zip)</source>
        <translation>cafedesk-Veranstaltung, Fotos als Dateien (*.cafedesk.zip)</translation>
    </message>
    <message>
        <source>cafedesk event, one JSON file (*.json)</source>
        <translation>cafedesk-Veranstaltung, eine JSON-Datei (*.json)</translation>
    </message>
    <message>
        <source>Saved {name} ({summary})</source>
        <translation>{name} gespeichert ({summary})</translation>
    </message>
</context>
<context>
    <name>FileActions</name>
    <message>
        <source>cafedesk events (*.cafedesk);;All files (*)</source>
        <translation>cafedesk-Veranstaltungen (*.cafedesk);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Replace file?</source>
        <translation>Datei ersetzen?</translation>
    </message>
    <message>
        <source>Open event</source>
        <translation>Veranstaltung öffnen</translation>
    </message>
    <message>
        <source>Event already open</source>
        <translation>Veranstaltung schon geöffnet</translation>
    </message>
    <message>
        <source>Open a read-only view of it?</source>
        <translation>Schreibgeschützt öffnen?</translation>
    </message>
    <message>
        <source>Event open elsewhere</source>
        <translation>Veranstaltung anderswo geöffnet</translation>
    </message>
    <message>
        <source>Close it there first, or choose another name.</source>
        <translation>Schließen Sie sie dort zuerst oder wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <source>“%1” exists already. Replace it with the new event? (A backup of it is kept.)</source>
        <translation>„%1“ gibt es schon. Durch die neue Veranstaltung ersetzen? (Eine Sicherung davon bleibt erhalten.)</translation>
    </message>
    <message>
        <source>Cannot create %1</source>
        <translation>%1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>Cannot open %1</source>
        <translation>%1 lässt sich nicht öffnen</translation>
    </message>
    <message>
        <source>Restore from Backup…</source>
        <translation>Aus Sicherung wiederherstellen…</translation>
    </message>
    <message>
        <source>cafedesk can make a cleaned copy: your event&apos;s data without what the other program added. The file itself stays as it is.</source>
        <translation>cafedesk kann eine bereinigte Kopie anlegen: die Daten Ihrer Veranstaltung ohne das, was das andere Programm hinzugefügt hat. Die Datei selbst bleibt, wie sie ist.</translation>
    </message>
    <message>
        <source>Open a Cleaned Copy…</source>
        <translation>Bereinigte Kopie öffnen…</translation>
    </message>
    <message>
        <source> (cleaned)</source>
        <translation> (bereinigt)</translation>
    </message>
    <message>
        <source>Save the cleaned copy as</source>
        <translation>Bereinigte Kopie speichern unter</translation>
    </message>
    <message>
        <source>No cleaned copy</source>
        <translation>Keine bereinigte Kopie</translation>
    </message>
    <message>
        <source> copy</source>
        <translation> Kopie</translation>
    </message>
    <message>
        <source>Save a copy</source>
        <translation>Kopie speichern</translation>
    </message>
    <message>
        <source>Copy saved as %1</source>
        <translation>Kopie gespeichert als %1</translation>
    </message>
    <message>
        <source>Restore as</source>
        <translation>Wiederherstellen als</translation>
    </message>
    <message>
        <source>Restore failed</source>
        <translation>Wiederherstellen fehlgeschlagen</translation>
    </message>
    <message>
        <source>cafedesk %1

An offline desk for Open Space, World Café and Pro Action Café events.
Everything is stored the moment it is changed; backups are kept in
%2</source>
        <translation>cafedesk %1

Der Offline-Arbeitsplatz für Open Space, World Café und Pro Action Café.
Jede Änderung wird sofort gespeichert; Sicherungen liegen in
%2</translation>
    </message>
    <message>
        <source>About cafedesk</source>
        <translation>Über cafedesk</translation>
    </message>
</context>
<context>
    <name>HarvestPage</name>
    <message>
        <source>Round</source>
        <translation>Runde</translation>
    </message>
    <message>
        <source>What did this table find? One idea per line.</source>
        <translation>Was hat dieser Tisch herausgefunden? Eine Idee pro Zeile.</translation>
    </message>
    <message>
        <source>Which new questions came up?</source>
        <translation>Welche neuen Fragen sind aufgetaucht?</translation>
    </message>
    <message>
        <source>What will the caller do next?</source>
        <translation>Was sind die nächsten Schritte für das Projekt?</translation>
    </message>
    <message>
        <source>Which help does the caller still need?</source>
        <translation>Welche Unterstützung braucht das Projekt noch?</translation>
    </message>
    <message>
        <source>Key insights</source>
        <translation>Kernerkenntnisse</translation>
    </message>
    <message>
        <source>Emerging questions</source>
        <translation>Neue Fragen</translation>
    </message>
    <message>
        <source>Next steps</source>
        <translation>Nächste Schritte</translation>
    </message>
    <message>
        <source>Help needed</source>
        <translation>Benötigte Unterstützung</translation>
    </message>
    <message>
        <source>Harvest</source>
        <translation>Ernte</translation>
    </message>
    <message>
        <source>Round %1</source>
        <translation>Runde %1</translation>
    </message>
    <message>
        <source>Table %1</source>
        <translation>Tisch %1</translation>
    </message>
    <message>
        <source>Add tables and rounds on the Café setup page first.</source>
        <translation>Legen Sie zuerst auf der Seite „Café-Aufbau“ Tische und Runden an.</translation>
    </message>
    <message>
        <source>Caller %1: %2</source>
        <translation>Anliegenträger:in %1: %2</translation>
    </message>
    <message>
        <source>No caller at this table.</source>
        <translation>An diesem Tisch gibt es keine:n Anliegenträger:in.</translation>
    </message>
    <message>
        <source>Type harvest</source>
        <translation>Ernte eingeben</translation>
    </message>
    <message>
        <source>Type next steps</source>
        <translation>Nächste Schritte eingeben</translation>
    </message>
</context>
<context>
    <name>ImportEvent</name>
    <message>
        <source>Import event</source>
        <translation>Veranstaltung importieren</translation>
    </message>
    <message>
        <source>cafedesk event data (*.cafedesk.zip *.json);;All files (*)</source>
        <translation>cafedesk-Veranstaltungsdaten (*.cafedesk.zip *.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Save the imported event as</source>
        <translation>Importierte Veranstaltung speichern als</translation>
    </message>
    <message>
        <source>cafedesk events (*.cafedesk)</source>
        <translation>cafedesk-Veranstaltungen (*.cafedesk)</translation>
    </message>
    <message>
        <source>Nothing was imported</source>
        <translation>Nichts wurde importiert</translation>
    </message>
    <message>
        <source>“%1” exists already. Choose a new name for the imported event.</source>
        <translation>„%1“ gibt es schon. Wählen Sie einen neuen Namen für die importierte Veranstaltung.</translation>
    </message>
    <message>
        <source>Importing “%1”…</source>
        <translation>„%1“ wird importiert…</translation>
    </message>
</context>
<context>
    <name>ImportParticipantsDialog</name>
    <message>
        <source>Import participants from %1</source>
        <translation>Teilnehmende aus %1 importieren</translation>
    </message>
    <message>
        <source>(not in the file)</source>
        <translation>(nicht in der Datei)</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
    <message numerus="yes">
        <source>%n new participant(s) to import.</source>
        <translation>
            <numerusform>%n neue:r Teilnehmende:r zum Importieren.</numerusform>
            <numerusform>%n neue Teilnehmende zum Importieren.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already known, skipped (rows %1).</source>
        <translation>
            <numerusform>%n schon bekannt, übersprungen (Zeile %1).</numerusform>
            <numerusform>%n schon bekannt, übersprungen (Zeilen %1).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) to fix first:</source>
        <translation>
            <numerusform>Zuerst %n Problem beheben:</numerusform>
            <numerusform>Zuerst %n Probleme beheben:</numerusform>
        </translation>
    </message>
    <message>
        <source>Which row holds the column names, and which column holds what? Nothing is imported until every row is right.</source>
        <translation>In welcher Zeile stehen die Spaltennamen, und welche Spalte enthält was? Importiert wird erst, wenn jede Zeile stimmt.</translation>
    </message>
    <message>
        <source>As your spreadsheet numbers its rows</source>
        <translation>So, wie Ihre Tabelle die Zeilen nummeriert</translation>
    </message>
    <message>
        <source>Column names in row</source>
        <translation>Spaltennamen in Zeile</translation>
    </message>
    <message>
        <source>Characters</source>
        <translation>Zeichensatz</translation>
    </message>
    <message>
        <source>Already in the event or earlier in the file; skipped.</source>
        <translation>Schon in der Veranstaltung oder weiter oben in der Datei; übersprungen.</translation>
    </message>
    <message>
        <source>Import participants</source>
        <translation>Teilnehmende importieren</translation>
    </message>
    <message>
        <source>Participant lists (*.csv *.xlsx *.txt);;All files (*)</source>
        <translation>Teilnehmendenlisten (*.csv *.xlsx *.txt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>“%1” cannot be read: %2</source>
        <translation>„%1“ lässt sich nicht lesen: %2</translation>
    </message>
    <message numerus="yes">
        <source>Import %n participant(s)</source>
        <translation>
            <numerusform>%n Teilnehmende:n importieren</numerusform>
            <numerusform>%n Teilnehmende importieren</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Read-only</source>
        <translation>Schreibgeschützt</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;New Event…</source>
        <translation>&amp;Neue Veranstaltung…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>Ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>&amp;Import Event…</source>
        <translation>Veranstaltung &amp;importieren…</translation>
    </message>
    <message>
        <source>Save a &amp;Copy As…</source>
        <translation>&amp;Kopie speichern unter…</translation>
    </message>
    <message>
        <source>Save as &amp;Template…</source>
        <translation>Als &amp;Vorlage speichern…</translation>
    </message>
    <message>
        <source>Restore from &amp;Backup…</source>
        <translation>Aus Sicherung &amp;wiederherstellen…</translation>
    </message>
    <message>
        <source>&amp;Close Event</source>
        <translation>Veranstaltung &amp;schließen</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About cafedesk</source>
        <translation>&amp;Über cafedesk</translation>
    </message>
    <message>
        <source>No recent events</source>
        <translation>Keine zuletzt geöffneten Veranstaltungen</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>&amp;Convenor Mode…</source>
        <translation>&amp;Berichtsmodus…</translation>
    </message>
    <message>
        <source>Nothing to undo</source>
        <translation>Nichts rückgängig zu machen</translation>
    </message>
    <message>
        <source>Untitled event</source>
        <translation>Unbenannte Veranstaltung</translation>
    </message>
    <message>
        <source> [read-only]</source>
        <translation> [schreibgeschützt]</translation>
    </message>
</context>
<context>
    <name>MoveDialog</name>
    <message>
        <source>Move a person</source>
        <translation>Person umsetzen</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>To table</source>
        <translation>An Tisch</translation>
    </message>
    <message>
        <source>Table %1 — %2 of %3 seats taken, meets %4 again</source>
        <translation>Tisch %1 — %2 von %3 Plätzen belegt, trifft %4 erneut</translation>
    </message>
    <message>
        <source>Nobody to move here (hosts stay).</source>
        <translation>Hier ist niemand umzusetzen (Tischgastgeber:innen bleiben).</translation>
    </message>
    <message>
        <source>Repeated encounters in the whole café: %1 now, %2 after the move.</source>
        <translation>Wiederholte Begegnungen im ganzen Café: jetzt %1, nach dem Umsetzen %2.</translation>
    </message>
</context>
<context>
    <name>NewEventDialog</name>
    <message>
        <source>New event</source>
        <translation>Neue Veranstaltung</translation>
    </message>
    <message>
        <source>Template file…</source>
        <translation>Vorlagendatei…</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Vorlage</translation>
    </message>
    <message>
        <source>e.g. Neighbourhood Open Space 2027</source>
        <translation>z. B. Open Space im Quartier 2027</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>Erster Tag</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Open a template</source>
        <translation>Vorlage öffnen</translation>
    </message>
    <message>
        <source>cafedesk templates (*%1)</source>
        <translation>cafedesk-Vorlagen (*%1)</translation>
    </message>
    <message>
        <source>New event file</source>
        <translation>Neue Veranstaltungsdatei</translation>
    </message>
    <message>
        <source>cafedesk events (*.cafedesk)</source>
        <translation>cafedesk-Veranstaltungen (*.cafedesk)</translation>
    </message>
</context>
<context>
    <name>NewsWallPage</name>
    <message>
        <source>Missing only</source>
        <translation>Nur fehlende</translation>
    </message>
    <message>
        <source>Write report</source>
        <translation>Bericht schreiben</translation>
    </message>
    <message>
        <source>Print missing list…</source>
        <translation>Liste der fehlenden drucken…</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Wo</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Session</translation>
    </message>
    <message>
        <source>Convenor(s)</source>
        <translation>Einberufer:innen</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Bericht</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>Fotos</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Anwesende</translation>
    </message>
    <message>
        <source>News wall</source>
        <translation>Nachrichtenwand</translation>
    </message>
    <message>
        <source>%1 of %2 reports in · %3 missing</source>
        <translation>%1 von %2 Berichten da · %3 fehlen</translation>
    </message>
    <message>
        <source>Not on the agenda: no report is owed.</source>
        <translation>Nicht im Ablauf: Es wird kein Bericht erwartet.</translation>
    </message>
    <message>
        <source>Save the list of missing reports</source>
        <translation>Liste der fehlenden Berichte speichern</translation>
    </message>
    <message>
        <source>missing-reports.pdf</source>
        <translation>fehlende-berichte.pdf</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>NotesPage</name>
    <message>
        <source>◀ Previous</source>
        <translation>◀ Vorherige</translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation>Nächste ▶</translation>
    </message>
    <message>
        <source>Convenor mode…</source>
        <translation>Berichtsmodus…</translation>
    </message>
    <message>
        <source>A full-screen form where convenors type their own reports</source>
        <translation>Ein Vollbild-Formular, in das Einberufer:innen ihre Berichte selbst eintippen</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Berichte</translation>
    </message>
</context>
<context>
    <name>OutboxBox</name>
    <message>
        <source>Outbox</source>
        <translation>Postausgang</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>To</source>
        <translation>An</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Betreff</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Make it again with smaller photos</source>
        <translation>Mit kleineren Fotos neu erstellen</translation>
    </message>
    <message>
        <source>Open in mail program</source>
        <translation>Im E-Mail-Programm öffnen</translation>
    </message>
    <message>
        <source>Show in folder</source>
        <translation>Im Ordner zeigen</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Drafts wait in %1 until you open them in your mail program and send them.</source>
        <translation>Entwürfe warten in %1, bis Sie sie im E-Mail-Programm öffnen und senden.</translation>
    </message>
    <message>
        <source>Larger than most mail servers accept</source>
        <translation>Größer, als die meisten Mailserver annehmen</translation>
    </message>
    <message>
        <source>This draft is %1: many mail servers refuse messages over 20 MB. Make it again with smaller photos, or leave out the book of proceedings.</source>
        <translation>Dieser Entwurf ist %1 groß: Viele Mailserver lehnen Nachrichten über 20 MB ab. Erstellen Sie ihn mit kleineren Fotos neu oder lassen Sie die Dokumentation weg.</translation>
    </message>
    <message>
        <source>Delete draft</source>
        <translation>Entwurf löschen</translation>
    </message>
    <message>
        <source>Delete the draft “%1”? It is not in any mail program yet.</source>
        <translation>Den Entwurf „%1“ löschen? Er ist noch in keinem E-Mail-Programm.</translation>
    </message>
</context>
<context>
    <name>PaperMenu</name>
    <message>
        <source>Print…</source>
        <translation>Drucken…</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 gespeichert</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>%1 wird geschrieben…</translation>
    </message>
</context>
<context>
    <name>ParticipantsPage</name>
    <message>
        <source>Import from CSV or Excel…</source>
        <translation>Aus CSV oder Excel importieren…</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Teilnehmende</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Stakeholder group</source>
        <translation>Stakeholder-Gruppe</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Rollen</translation>
    </message>
    <message>
        <source>Comma-separated, e.g. convenor, host, caller</source>
        <translation>Durch Kommas getrennt, z. B. convenor, host, caller</translation>
    </message>
    <message>
        <source>New participant</source>
        <translation>Neue:r Teilnehmende:r</translation>
    </message>
    <message numerus="yes">
        <source>%n participant(s)</source>
        <translation>
            <numerusform>%n Teilnehmende:r</numerusform>
            <numerusform>%n Teilnehmende</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n group(s)</source>
        <translation>
            <numerusform>%n Gruppe</numerusform>
            <numerusform>%n Gruppen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PhotoStrip</name>
    <message>
        <source>Flipchart photos</source>
        <translation>Flipchart-Fotos</translation>
    </message>
    <message>
        <source>Caption</source>
        <translation>Bildunterschrift</translation>
    </message>
    <message>
        <source>Add photos…</source>
        <translation>Fotos hinzufügen…</translation>
    </message>
    <message>
        <source>Turn ↻</source>
        <translation>Drehen ↻</translation>
    </message>
    <message>
        <source>Crop…</source>
        <translation>Zuschneiden…</translation>
    </message>
    <message>
        <source>▲ Earlier</source>
        <translation>▲ Früher</translation>
    </message>
    <message>
        <source>▼ Later</source>
        <translation>▼ Später</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Tip: drop picture files here.</source>
        <translation>Tipp: Bilddateien einfach hierher ziehen.</translation>
    </message>
    <message>
        <source>Add photos</source>
        <translation>Fotos hinzufügen</translation>
    </message>
    <message>
        <source>Pictures (%1)</source>
        <translation>Bilder (%1)</translation>
    </message>
    <message numerus="yes">
        <source>Adding %n photo(s)…</source>
        <translation>
            <numerusform>%n Foto wird hinzugefügt…</numerusform>
            <numerusform>%n Fotos werden hinzugefügt…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) could not be added:</source>
        <translation>
            <numerusform>%n Datei konnte nicht hinzugefügt werden:</numerusform>
            <numerusform>%n Dateien konnten nicht hinzugefügt werden:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Add %n photo(s)</source>
        <translation>
            <numerusform>%n Foto hinzufügen</numerusform>
            <numerusform>%n Fotos hinzufügen</numerusform>
        </translation>
    </message>
    <message>
        <source>Turn photo</source>
        <translation>Foto drehen</translation>
    </message>
    <message>
        <source>Crop photo</source>
        <translation>Foto zuschneiden</translation>
    </message>
    <message>
        <source>Caption photo</source>
        <translation>Bildunterschrift ändern</translation>
    </message>
    <message>
        <source>Move photo</source>
        <translation>Foto verschieben</translation>
    </message>
    <message>
        <source>Delete photo</source>
        <translation>Foto löschen</translation>
    </message>
</context>
<context>
    <name>PinDialog</name>
    <message>
        <source>Start convenor mode</source>
        <translation>Berichtsmodus starten</translation>
    </message>
    <message>
        <source>Convenors will only see the session reports. Choose a PIN or a word (at least 4 characters) that you will need to leave convenor mode.</source>
        <translation>Die Einberufer:innen sehen nur die Session-Berichte. Wählen Sie eine PIN oder ein Wort (mindestens 4 Zeichen); damit verlassen Sie den Berichtsmodus wieder.</translation>
    </message>
    <message>
        <source>PIN or word</source>
        <translation>PIN oder Wort</translation>
    </message>
    <message>
        <source>Once more</source>
        <translation>Noch einmal</translation>
    </message>
    <message>
        <source>At least 4 characters.</source>
        <translation>Mindestens 4 Zeichen.</translation>
    </message>
    <message>
        <source>The two entries differ.</source>
        <translation>Die beiden Eingaben stimmen nicht überein.</translation>
    </message>
</context>
<context>
    <name>PosterTextDialog</name>
    <message>
        <source>Poster texts</source>
        <translation>Plakattexte</translation>
    </message>
    <message>
        <source>Poster</source>
        <translation>Plakat</translation>
    </message>
    <message>
        <source>Heading</source>
        <translation>Überschrift</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>The event&apos;s title</source>
        <translation>Der Titel der Veranstaltung</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Gespeichert.</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Printed on the client report and the paper of every event. The facilitator named on an event&apos;s page comes first for that event.</source>
        <translation>Erscheint auf dem Kundenbericht und den Ausdrucken jeder Veranstaltung. Ist auf der Seite einer Veranstaltung eine Moderation eingetragen, gilt für diese Veranstaltung jene.</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Ihr Name</translation>
    </message>
    <message>
        <source>Email address or phone number</source>
        <translation>E-Mail-Adresse oder Telefonnummer</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Wählen…</translation>
    </message>
    <message>
        <source>House colour</source>
        <translation>Hausfarbe</translation>
    </message>
    <message>
        <source>Facilitator</source>
        <translation>Moderation</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>Accent colour</source>
        <translation>Akzentfarbe</translation>
    </message>
</context>
<context>
    <name>PrintPage</name>
    <message>
        <source>Print centre</source>
        <translation>Druckzentrale</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Letter</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>Papier</translation>
    </message>
    <message>
        <source>Poster size</source>
        <translation>Plakatgröße</translation>
    </message>
    <message>
        <source>Whole, on a large-format printer</source>
        <translation>Ganz, auf einem Großformatdrucker</translation>
    </message>
    <message>
        <source>On A4 sheets (tiled)</source>
        <translation>Auf A4-Blättern (gekachelt)</translation>
    </message>
    <message>
        <source>On Letter sheets (tiled)</source>
        <translation>Auf Letter-Blättern (gekachelt)</translation>
    </message>
    <message>
        <source>Print posters</source>
        <translation>Plakate drucken</translation>
    </message>
    <message>
        <source>Copies</source>
        <translation>Exemplare</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Drucken…</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Als PDF speichern…</translation>
    </message>
    <message>
        <source>Poster texts…</source>
        <translation>Plakattexte…</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n page(s))</source>
        <translation>
            <numerusform>%1 (%n Seite)</numerusform>
            <numerusform>%1 (%n Seiten)</numerusform>
        </translation>
    </message>
    <message>
        <source>Tick what to print first.</source>
        <translation>Bitte zuerst ankreuzen, was gedruckt werden soll.</translation>
    </message>
    <message>
        <source>Sending to the printer…</source>
        <translation>Wird an den Drucker gesendet…</translation>
    </message>
    <message>
        <source>Preparing the paper…</source>
        <translation>Die Druckseiten werden vorbereitet…</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Als PDF speichern</translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translation>Gespeichert: %1</translation>
    </message>
    <message>
        <source>Sent to the printer.</source>
        <translation>An den Drucker gesendet.</translation>
    </message>
</context>
<context>
    <name>PromoteDialog</name>
    <message>
        <source>Follow-up actions from the session reports</source>
        <translation>Folgeaktionen aus den Sitzungsberichten</translation>
    </message>
    <message>
        <source>Ticked actions go into the action plan with their session, who and when. Actions already in the plan are not ticked.</source>
        <translation>Angehakte Aktionen kommen mit ihrer Sitzung, wer und bis wann in den Aktionsplan. Aktionen, die schon im Plan sind, sind nicht angehakt.</translation>
    </message>
    <message>
        <source>already in the plan</source>
        <translation>schon im Plan</translation>
    </message>
    <message>
        <source>No session report has follow-up actions yet.</source>
        <translation>Noch kein Sitzungsbericht hat Folgeaktionen.</translation>
    </message>
</context>
<context>
    <name>ProposalDialog</name>
    <message>
        <source>Proposed seating</source>
        <translation>Vorgeschlagener Sitzplan</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Jetzt</translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation>Vorschlag</translation>
    </message>
    <message>
        <source>Repeated encounters</source>
        <translation>Wiederholte Begegnungen</translation>
    </message>
    <message>
        <source>Most times two people meet</source>
        <translation>Höchstzahl der Treffen zweier Personen</translation>
    </message>
    <message>
        <source>Pairs from the same group at a table</source>
        <translation>Paare aus derselben Gruppe an einem Tisch</translation>
    </message>
    <message>
        <source>Largest difference in table size</source>
        <translation>Größter Unterschied der Tischgrößen</translation>
    </message>
    <message>
        <source>People without a seat</source>
        <translation>Personen ohne Platz</translation>
    </message>
    <message>
        <source>Keep-apart pairs at one table</source>
        <translation>Paare am selben Tisch (sollen getrennt sitzen)</translation>
    </message>
    <message>
        <source>Keep-together pairs split</source>
        <translation>Getrennte Paare (sollen zusammensitzen)</translation>
    </message>
    <message>
        <source>Travellers back at a table</source>
        <translation>Reisende wieder am selben Tisch</translation>
    </message>
    <message>
        <source>At least %1 repeated encounters are unavoidable (two people must meet %2 times); this plan has %3, and no two people meet more than %4 times.</source>
        <translation>Mindestens %1 wiederholte Begegnungen sind unvermeidlich (zwei Personen müssen sich %2-mal treffen); dieser Plan hat %3, und keine zwei Personen treffen sich öfter als %4-mal.</translation>
    </message>
    <message>
        <source>Rounds before round %1 stay as they are.</source>
        <translation>Die Runden vor Runde %1 bleiben, wie sie sind.</translation>
    </message>
    <message>
        <source>Accept seating</source>
        <translation>Sitzplan übernehmen</translation>
    </message>
</context>
<context>
    <name>QuickEntry</name>
    <message>
        <source>Topic title</source>
        <translation>Titel des Themas</translation>
    </message>
    <message>
        <source>Convenor(s), separated by commas</source>
        <translation>Einberufer:innen, durch Kommas getrennt</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Titel</translation>
    </message>
    <message>
        <source>&amp;Convenor</source>
        <translation>&amp;Einberufer:in</translation>
    </message>
    <message>
        <source>Enter stores and starts the next · Esc stops</source>
        <translation>Eingabetaste speichert und beginnt das nächste · Esc beendet</translation>
    </message>
</context>
<context>
    <name>RankingTableModel</name>
    <message>
        <source>Place</source>
        <translation>Platz</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Thema</translation>
    </message>
    <message>
        <source>On the wall</source>
        <translation>An der Wand</translation>
    </message>
    <message>
        <source>By name</source>
        <translation>Mit Namen</translation>
    </message>
    <message>
        <source>Dots</source>
        <translation>Punkte</translation>
    </message>
    <message>
        <source>Action planning</source>
        <translation>Aktionsplanung</translation>
    </message>
    <message>
        <source>Topics with the same number of dots share a place (=)</source>
        <translation>Themen mit gleich vielen Punkten teilen sich einen Platz (=)</translation>
    </message>
    <message>
        <source>Dots counted on the paper wall; when given, these count</source>
        <translation>An der Papierwand gezählte Punkte; wenn angegeben, zählen diese</translation>
    </message>
    <message>
        <source>Dots people gave by name</source>
        <translation>Punkte, die Personen mit Namen vergeben haben</translation>
    </message>
    <message>
        <source>Chosen to go on to action planning (Space ticks the selected row)</source>
        <translation>Für die Aktionsplanung gewählt (Leertaste hakt die markierte Zeile an)</translation>
    </message>
</context>
<context>
    <name>ReplanDialog</name>
    <message>
        <source>Re-plan from a round</source>
        <translation>Ab einer Runde neu planen</translation>
    </message>
    <message>
        <source>Plan again from round</source>
        <translation>Neu planen ab Runde</translation>
    </message>
    <message>
        <source>Earlier rounds stay as they were. Tick who did not come (no seat from that round on) and who arrives late (seated from that round on).</source>
        <translation>Frühere Runden bleiben, wie sie waren. Kreuzen Sie an, wer nicht gekommen ist (ab dieser Runde ohne Platz) und wer später dazukommt (ab dieser Runde mit Platz).</translation>
    </message>
    <message>
        <source>No-shows</source>
        <translation>Nicht erschienen</translation>
    </message>
    <message>
        <source>Late arrivals</source>
        <translation>Später dazugekommen</translation>
    </message>
    <message>
        <source> (host)</source>
        <translation> (Tischgastgeber:in)</translation>
    </message>
</context>
<context>
    <name>ReportForm</name>
    <message>
        <source>Who called the session</source>
        <translation>Wer die Session einberufen hat</translation>
    </message>
    <message>
        <source>Names, separated by commas</source>
        <translation>Namen, durch Kommas getrennt</translation>
    </message>
    <message>
        <source>not counted</source>
        <translation>nicht gezählt</translation>
    </message>
    <message>
        <source>When only a number of participants was noted</source>
        <translation>Falls nur die Zahl der Teilnehmenden notiert wurde</translation>
    </message>
    <message>
        <source>What was discussed — the story of the session</source>
        <translation>Was besprochen wurde — der Verlauf der Session</translation>
    </message>
    <message>
        <source>The main insights, one per line</source>
        <translation>Die wichtigsten Erkenntnisse, eine pro Zeile</translation>
    </message>
    <message>
        <source>What the group recommends</source>
        <translation>Was die Gruppe empfiehlt</translation>
    </message>
    <message>
        <source>What is needed: people, money, rooms, information</source>
        <translation>Was gebraucht wird: Menschen, Geld, Räume, Informationen</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <source>By when</source>
        <translation>Bis wann</translation>
    </message>
    <message>
        <source>Add action</source>
        <translation>Schritt hinzufügen</translation>
    </message>
    <message>
        <source>Remove action</source>
        <translation>Schritt entfernen</translation>
    </message>
    <message>
        <source>Issue</source>
        <translation>Anliegen</translation>
    </message>
    <message>
        <source>Convenor(s)</source>
        <translation>Einberufer:innen</translation>
    </message>
    <message>
        <source>or number:</source>
        <translation>oder Anzahl:</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Teilnehmende</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Discussion and summary</source>
        <translation>Diskussion und Zusammenfassung</translation>
    </message>
    <message>
        <source>Key points</source>
        <translation>Kernpunkte</translation>
    </message>
    <message>
        <source>Recommendations</source>
        <translation>Empfehlungen</translation>
    </message>
    <message>
        <source>Follow-up actions</source>
        <translation>Vereinbarte Schritte</translation>
    </message>
    <message>
        <source>Resources and requests</source>
        <translation>Ressourcen und Anfragen</translation>
    </message>
    <message>
        <source>%1 named</source>
        <translation>%1 mit Namen</translation>
    </message>
    <message>
        <source>“%1” is not a date; write it like 2026-03-20.</source>
        <translation>„%1“ ist kein Datum; schreiben Sie es zum Beispiel so: 2026-03-20.</translation>
    </message>
    <message>
        <source>Edit report of “%1”</source>
        <translation>Bericht zu „%1“ bearbeiten</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore from backup</source>
        <translation>Aus Sicherung wiederherstellen</translation>
    </message>
    <message>
        <source>Choose a copy to go back to. The event as it is now is kept as a backup too, so a restore can be reversed.</source>
        <translation>Wählen Sie den Stand, zu dem Sie zurückkehren möchten. Der jetzige Stand wird ebenfalls gesichert, das Wiederherstellen lässt sich also rückgängig machen.</translation>
    </message>
    <message>
        <source>No backups yet.</source>
        <translation>Noch keine Sicherungen.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Wiederherstellen</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Veranstaltung</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Sicherungen</translation>
    </message>
    <message>
        <source>Restore as…</source>
        <translation>Wiederherstellen als…</translation>
    </message>
    <message>
        <source>Write the backup to a new file and leave the event file as it is</source>
        <translation>Die Sicherung in eine neue Datei schreiben und die Veranstaltungsdatei lassen, wie sie ist</translation>
    </message>
    <message>
        <source>damaged, cannot be restored</source>
        <translation>beschädigt, nicht wiederherstellbar</translation>
    </message>
    <message>
        <source>when opened</source>
        <translation>beim Öffnen</translation>
    </message>
    <message>
        <source>automatic</source>
        <translation>automatisch</translation>
    </message>
    <message>
        <source>when closed</source>
        <translation>beim Schließen</translation>
    </message>
    <message>
        <source>before a format update</source>
        <translation>vor einer Formataktualisierung</translation>
    </message>
    <message>
        <source>before a restore</source>
        <translation>vor einer Wiederherstellung</translation>
    </message>
    <message>
        <source>before an import</source>
        <translation>vor einem Import</translation>
    </message>
    <message>
        <source>before it was replaced by a new event</source>
        <translation>bevor sie durch eine neue Veranstaltung ersetzt wurde</translation>
    </message>
    <message>
        <source>the damaged file, kept as it was before a restore</source>
        <translation>die beschädigte Datei, so aufbewahrt, wie sie vor einer Wiederherstellung war</translation>
    </message>
</context>
<context>
    <name>RoundsPanel</name>
    <message>
        <source>Rounds</source>
        <translation>Runden</translation>
    </message>
    <message>
        <source>round %1</source>
        <translation>Runde %1</translation>
    </message>
    <message>
        <source>Round</source>
        <translation>Runde</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minuten</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Frage</translation>
    </message>
    <message>
        <source>The question that matters in this round; printed on the tents</source>
        <translation>Die Frage, auf die es in dieser Runde ankommt; sie steht auf den Tischaufstellern</translation>
    </message>
    <message numerus="yes">
        <source>%n round(s)</source>
        <translation>
            <numerusform>%n Runde</numerusform>
            <numerusform>%n Runden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n Minute</numerusform>
            <numerusform>%n Minuten</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SeatingPage</name>
    <message>
        <source>Plan rotation…</source>
        <translation>Tischwechsel planen…</translation>
    </message>
    <message>
        <source>Re-plan from round…</source>
        <translation>Ab Runde neu planen…</translation>
    </message>
    <message>
        <source>Move person…</source>
        <translation>Person umsetzen…</translation>
    </message>
    <message>
        <source>Seating</source>
        <translation>Sitzplan</translation>
    </message>
    <message>
        <source>Round %1 · %2 min</source>
        <translation>Runde %1 · %2 Min.</translation>
    </message>
    <message>
        <source>Table %1</source>
        <translation>Tisch %1</translation>
    </message>
    <message>
        <source>No seat</source>
        <translation>Ohne Platz</translation>
    </message>
    <message numerus="yes">
        <source>(meets %n again)</source>
        <translation>
            <numerusform>(trifft %n Person erneut)</numerusform>
            <numerusform>(trifft %n Personen erneut)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of %1 seats</source>
        <translation>
            <numerusform>%n von %1 Plätzen</numerusform>
            <numerusform>%n von %1 Plätzen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n stakeholder group(s)</source>
        <translation>
            <numerusform>%n Stakeholder-Gruppe</numerusform>
            <numerusform>%n Stakeholder-Gruppen</numerusform>
        </translation>
    </message>
    <message>
        <source>Add tables and rounds on the Café setup page first.</source>
        <translation>Legen Sie zuerst auf der Seite „Café-Aufbau“ Tische und Runden an.</translation>
    </message>
    <message>
        <source>No seating yet: %1 people, %2 seats, %3 rounds. Use “Plan rotation…”.</source>
        <translation>Noch kein Sitzplan: %1 Personen, %2 Plätze, %3 Runden. Nutzen Sie „Tischwechsel planen…“.</translation>
    </message>
    <message numerus="yes">
        <source>%n repeated encounter(s)</source>
        <translation>
            <numerusform>%n wiederholte Begegnung</numerusform>
            <numerusform>%n wiederholte Begegnungen</numerusform>
        </translation>
    </message>
    <message>
        <source>tables of %1–%2</source>
        <translation>Tische mit %1–%2 Plätzen</translation>
    </message>
    <message>
        <source>%1 groups per table on average</source>
        <translation>im Schnitt %1 Gruppen pro Tisch</translation>
    </message>
    <message numerus="yes">
        <source>%n table(s) with a conflict</source>
        <translation>
            <numerusform>%n Tisch mit Konflikt</numerusform>
            <numerusform>%n Tische mit Konflikt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n seat(s) missing</source>
        <translation>
            <numerusform>%n Platz fehlt</numerusform>
            <numerusform>%n Plätze fehlen</numerusform>
        </translation>
    </message>
    <message>
        <source>Planning the seating…</source>
        <translation>Sitzplan wird geplant…</translation>
    </message>
    <message>
        <source>Stop and keep the best</source>
        <translation>Anhalten, Bestes behalten</translation>
    </message>
    <message>
        <source>Seating plan</source>
        <translation>Sitzplan</translation>
    </message>
    <message>
        <source>Select a table in a round first.</source>
        <translation>Wählen Sie zuerst einen Tisch in einer Runde aus.</translation>
    </message>
    <message>
        <source>Move “%1”</source>
        <translation>„%1“ umsetzen</translation>
    </message>
</context>
<context>
    <name>SlotsPage</name>
    <message>
        <source>Later slots move along</source>
        <translation>Spätere Zeitfenster mitverschieben</translation>
    </message>
    <message>
        <source>When a slot starts, ends or lasts differently, the slots after it on the same day move by as much as its end moved, keeping their length and the gaps between them.</source>
        <translation>Beginnt, endet oder dauert ein Zeitfenster anders, verschieben sich die späteren Zeitfenster desselben Tages um so viel, wie sich sein Ende verschoben hat; ihre Länge und die Abstände bleiben.</translation>
    </message>
    <message>
        <source>Time slots</source>
        <translation>Zeitfenster</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <source>A new start moves the end too: the slot keeps its length</source>
        <translation>Ein neuer Beginn verschiebt auch das Ende: Das Zeitfenster behält seine Länge</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Ende</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Bezeichnung</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minuten</translation>
    </message>
    <message>
        <source>How long the slot lasts; a new length moves its end</source>
        <translation>Wie lange das Zeitfenster dauert; eine neue Länge verschiebt sein Ende</translation>
    </message>
    <message numerus="yes">
        <source>Edit “%1” and move %n later slot(s)</source>
        <translation>
            <numerusform>„%1“ ändern und %n späteres Zeitfenster verschieben</numerusform>
            <numerusform>„%1“ ändern und %n spätere Zeitfenster verschieben</numerusform>
        </translation>
    </message>
    <message>
        <source>Edit “%1”</source>
        <translation>„%1“ bearbeiten</translation>
    </message>
    <message>
        <source>New slot</source>
        <translation>Neues Zeitfenster</translation>
    </message>
    <message numerus="yes">
        <source>%n slot(s)</source>
        <translation>
            <numerusform>%n Zeitfenster</numerusform>
            <numerusform>%n Zeitfenster</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session slot(s)</source>
        <translation>
            <numerusform>%n Session-Zeitfenster</numerusform>
            <numerusform>%n Session-Zeitfenster</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SpacesPage</name>
    <message>
        <source>Spaces</source>
        <translation>Räume</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Plätze</translation>
    </message>
    <message>
        <source>How many people the space holds</source>
        <translation>Wie viele Personen in den Raum passen</translation>
    </message>
    <message>
        <source>Equipment</source>
        <translation>Ausstattung</translation>
    </message>
    <message>
        <source>Comma-separated, e.g. flipchart, projector</source>
        <translation>Durch Kommas getrennt, z. B. Flipchart, Beamer</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Reihenfolge</translation>
    </message>
    <message>
        <source>New space</source>
        <translation>Neuer Raum</translation>
    </message>
    <message numerus="yes">
        <source>%n space(s)</source>
        <translation>
            <numerusform>%n Raum</numerusform>
            <numerusform>%n Räume</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n seat(s) in all</source>
        <translation>
            <numerusform>%n Platz insgesamt</numerusform>
            <numerusform>%n Plätze insgesamt</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SuggestPlacementDialog</name>
    <message>
        <source>%1 placed · %2 clash(es) · %3 seat(s) short</source>
        <translation>%1 platziert · Überschneidungen: %2 · fehlende Plätze: %3</translation>
    </message>
    <message>
        <source>Suggest placement</source>
        <translation>Platzierung vorschlagen</translation>
    </message>
    <message>
        <source>Also move topics already on the wall (pinned ones stay)</source>
        <translation>Auch Themen verschieben, die schon an der Wand hängen (fixierte bleiben)</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Search for at most</source>
        <translation>Höchstens so lange suchen</translation>
    </message>
    <message>
        <source>Find a placement</source>
        <translation>Platzierung finden</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>Übernehmen</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Verwerfen</translation>
    </message>
    <message>
        <source>Best so far: %1 clash(es), %2 seat(s) short</source>
        <translation>Bisher am besten – Überschneidungen: %1, fehlende Plätze: %2</translation>
    </message>
    <message>
        <source>Looking for a placement…</source>
        <translation>Platzierung wird gesucht…</translation>
    </message>
    <message>
        <source>Stop and keep the best</source>
        <translation>Anhalten, Bestes behalten</translation>
    </message>
    <message>
        <source>Now: %1</source>
        <translation>Jetzt: %1</translation>
    </message>
    <message>
        <source>Proposed: %1</source>
        <translation>Vorschlag: %1</translation>
    </message>
    <message>
        <source>parking lane</source>
        <translation>Parkplatz</translation>
    </message>
    <message>
        <source>Nothing to move: the wall is as good as it gets.</source>
        <translation>Nichts zu verschieben: Besser geht es an der Wand nicht.</translation>
    </message>
    <message numerus="yes">
        <source>Suggested placement (%n topic(s))</source>
        <translation>
            <numerusform>Vorgeschlagene Platzierung (%n Thema)</numerusform>
            <numerusform>Vorgeschlagene Platzierung (%n Themen)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TablePage</name>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Nach oben</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Nach unten</translation>
    </message>
    <message>
        <source>Search…</source>
        <translation>Suchen…</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n Zeile</numerusform>
            <numerusform>%n Zeilen</numerusform>
        </translation>
    </message>
    <message>
        <source>Edit “%1”</source>
        <translation>„%1“ bearbeiten</translation>
    </message>
    <message>
        <source>Add row</source>
        <translation>Zeile hinzufügen</translation>
    </message>
    <message>
        <source>Delete “%1”</source>
        <translation>„%1“ löschen</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n row(s)</source>
        <translation>
            <numerusform>%n Zeile löschen</numerusform>
            <numerusform>%n Zeilen löschen</numerusform>
        </translation>
    </message>
    <message>
        <source>Move “%1”</source>
        <translation>„%1“ verschieben</translation>
    </message>
</context>
<context>
    <name>TablesPanel</name>
    <message>
        <source>Tables</source>
        <translation>Tische</translation>
    </message>
    <message>
        <source>table %1</source>
        <translation>Tisch %1</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Optional, e.g. the corner of the room</source>
        <translation>Optional, z. B. die Ecke im Raum</translation>
    </message>
    <message>
        <source>Seats</source>
        <translation>Plätze</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Tischgastgeber:in</translation>
    </message>
    <message>
        <source>The host stays at the table every round</source>
        <translation>Tischgastgeber:innen bleiben in jeder Runde an ihrem Tisch</translation>
    </message>
    <message>
        <source>— no host —</source>
        <translation>— ohne Gastgeber:in —</translation>
    </message>
    <message numerus="yes">
        <source>%n table(s)</source>
        <translation>
            <numerusform>%n Tisch</numerusform>
            <numerusform>%n Tische</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n seat(s)</source>
        <translation>
            <numerusform>%n Platz</numerusform>
            <numerusform>%n Plätze</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with a host</source>
        <translation>
            <numerusform>%n mit Gastgeber:in</numerusform>
            <numerusform>%n mit Gastgeber:in</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Tasks</name>
    <message>
        <source>Something went wrong; the work was not finished.</source>
        <translation>Etwas ist schiefgegangen; die Arbeit wurde nicht beendet.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>TemplateActions</name>
    <message>
        <source>Save as template</source>
        <translation>Als Vorlage speichern</translation>
    </message>
    <message>
        <source>Name of the template (spaces, times, rounds, questions and poster texts are kept; people, topics and notes are not):</source>
        <translation>Name der Vorlage (Räume, Zeiten, Runden, Fragen und Plakattexte bleiben erhalten, Personen, Themen und Notizen nicht):</translation>
    </message>
    <message>
        <source>Template not saved</source>
        <translation>Vorlage nicht gespeichert</translation>
    </message>
    <message>
        <source>Template “%1” saved; File › New Event… offers it.</source>
        <translation>Vorlage „%1“ gespeichert; Datei › Neue Veranstaltung… bietet sie an.</translation>
    </message>
</context>
<context>
    <name>TopicDialog</name>
    <message>
        <source>Topic %1</source>
        <translation>Thema %1</translation>
    </message>
    <message>
        <source>e.g. flipchart, projector</source>
        <translation>z. B. Flipchart, Beamer</translation>
    </message>
    <message>
        <source>from sign-ups</source>
        <translation>aus Eintragungen</translation>
    </message>
    <message>
        <source>no paper count</source>
        <translation>keine Strichliste</translation>
    </message>
    <message>
        <source>Names of people who signed, separated by commas</source>
        <translation>Namen der Eingetragenen, durch Kommas getrennt</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Titel</translation>
    </message>
    <message>
        <source>&amp;Convenor(s)</source>
        <translation>&amp;Einberufer:innen</translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation>&amp;Beschreibung</translation>
    </message>
    <message>
        <source>&amp;Equipment</source>
        <translation>&amp;Ausstattung</translation>
    </message>
    <message>
        <source>Expected:</source>
        <translation>Erwartet:</translation>
    </message>
    <message>
        <source>Paper &amp;tally</source>
        <translation>&amp;Strichliste</translation>
    </message>
    <message>
        <source>&amp;Signed up</source>
        <translation>Ein&amp;getragen</translation>
    </message>
</context>
<context>
    <name>WallChrome</name>
    <message>
        <source>Conflicts</source>
        <translation>Konflikte</translation>
    </message>
    <message>
        <source>Show or hide the list of conflicts</source>
        <translation>Die Liste der Konflikte zeigen oder verbergen</translation>
    </message>
    <message>
        <source>Conflicts (%1)</source>
        <translation>Konflikte (%1)</translation>
    </message>
    <message>
        <source>No conflicts</source>
        <translation>Keine Konflikte</translation>
    </message>
</context>
<context>
    <name>WallCommands</name>
    <message>
        <source>Move topic %1</source>
        <translation>Thema %1 verschieben</translation>
    </message>
    <message>
        <source>Park topic %1</source>
        <translation>Thema %1 parken</translation>
    </message>
    <message>
        <source>Swap topics %1 and %2</source>
        <translation>Themen %1 und %2 tauschen</translation>
    </message>
    <message>
        <source>New topic %1 “%2”</source>
        <translation>Neues Thema %1 „%2“</translation>
    </message>
    <message>
        <source>Edit topic %1</source>
        <translation>Thema %1 bearbeiten</translation>
    </message>
    <message>
        <source>Delete topic %1</source>
        <translation>Thema %1 löschen</translation>
    </message>
    <message>
        <source>Merge topics %1 and %2</source>
        <translation>Themen %1 und %2 zusammenlegen</translation>
    </message>
    <message>
        <source>Split topic %1</source>
        <translation>Thema %1 trennen</translation>
    </message>
</context>
<context>
    <name>WallCounts</name>
    <message numerus="yes">
        <source>Pin %n topic(s)</source>
        <translation>
            <numerusform>%n Thema anheften</numerusform>
            <numerusform>%n Themen anheften</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Park %n topic(s)</source>
        <translation>
            <numerusform>%n Thema parken</numerusform>
            <numerusform>%n Themen parken</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n topic(s)</source>
        <translation>
            <numerusform>%n Thema löschen</numerusform>
            <numerusform>%n Themen löschen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n topic(s) — Ctrl+Z brings them back.</source>
        <translation>
            <numerusform>%n Thema gelöscht – Strg+Z holt es zurück.</numerusform>
            <numerusform>%n Themen gelöscht – Strg+Z holt sie zurück.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n report(s)</source>
        <translation>
            <numerusform>%n Bericht</numerusform>
            <numerusform>%n Berichte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s)</source>
        <translation>
            <numerusform>%n Foto</numerusform>
            <numerusform>%n Fotos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WallGrid</name>
    <message>
        <source>Parking lane (%1)</source>
        <translation>Parkplatz (%1)</translation>
    </message>
    <message>
        <source>%1 seats</source>
        <translation>%1 Plätze</translation>
    </message>
</context>
<context>
    <name>WallPage</name>
    <message>
        <source>Wall</source>
        <translation>Agenda-Wand</translation>
    </message>
    <message>
        <source>&amp;New Topic</source>
        <translation>&amp;Neues Thema</translation>
    </message>
    <message>
        <source>New topic in the selected cell (N or Enter)</source>
        <translation>Neues Thema im gewählten Feld (N oder Eingabetaste)</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <source>&amp;Pin</source>
        <translation>&amp;Fixieren</translation>
    </message>
    <message>
        <source>Pinned topics stay where they are (P)</source>
        <translation>Fixierte Themen bleiben, wo sie sind (P)</translation>
    </message>
    <message>
        <source>Park</source>
        <translation>Parken</translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation>&amp;Zusammenlegen</translation>
    </message>
    <message>
        <source>Merge the two selected topics into one (Ctrl+M)</source>
        <translation>Die zwei gewählten Themen zu einem zusammenlegen (Strg+M)</translation>
    </message>
    <message>
        <source>&amp;Split</source>
        <translation>&amp;Trennen</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>Zoom In</source>
        <translation>Größer</translation>
    </message>
    <message>
        <source>Zoom Out</source>
        <translation>Kleiner</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Einpassen</translation>
    </message>
    <message>
        <source>Show as much of the wall as stays readable (Ctrl+0)</source>
        <translation>So viel von der Wand zeigen, wie lesbar bleibt (Strg+0)</translation>
    </message>
    <message>
        <source>Search topics, convenors…</source>
        <translation>Suchen…</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <source>Un&amp;pin</source>
        <translation>Fixierung auf&amp;heben</translation>
    </message>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n Treffer</numerusform>
            <numerusform>%n Treffer</numerusform>
        </translation>
    </message>
    <message>
        <source>Swapped topics %1 and %2 — Ctrl+Z puts them back.</source>
        <translation>Themen %1 und %2 getauscht — Strg+Z macht es rückgängig.</translation>
    </message>
    <message>
        <source>New topic in the parking lane</source>
        <translation>Neues Thema auf dem Parkplatz</translation>
    </message>
    <message>
        <source>New topic · %1 · %2</source>
        <translation>Neues Thema · %1 · %2</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Deleted topic %1 — Ctrl+Z brings it back.</source>
        <translation>Thema %1 gelöscht – Strg+Z holt es zurück.</translation>
    </message>
    <message>
        <source>With them: %1.</source>
        <translation>Mit gelöscht: %1.</translation>
    </message>
    <message>
        <source>Select exactly two topics to merge (Ctrl+click).</source>
        <translation>Wählen Sie genau zwei Themen zum Zusammenlegen aus (Strg+Klick).</translation>
    </message>
    <message>
        <source>This event is open read-only.</source>
        <translation>Diese Veranstaltung ist schreibgeschützt geöffnet.</translation>
    </message>
    <message>
        <source>Suggest placement…</source>
        <translation>Platzierung vorschlagen…</translation>
    </message>
    <message>
        <source>Place the parking lane&apos;s topics where the fewest people have to choose (Ctrl+Shift+P)</source>
        <translation>Themen vom Parkplatz so platzieren, dass möglichst wenige wählen müssen (Strg+Umschalt+P)</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Welcome to cafedesk</source>
        <translation>Willkommen bei cafedesk</translation>
    </message>
    <message>
        <source>Prepare and run Open Space, World Café and Pro Action Café events, offline.</source>
        <translation>Open Space, World Café und Pro Action Café vorbereiten und durchführen – offline.</translation>
    </message>
    <message>
        <source>New event…</source>
        <translation>Neue Veranstaltung…</translation>
    </message>
    <message>
        <source>Open event…</source>
        <translation>Veranstaltung öffnen…</translation>
    </message>
    <message>
        <source>Restore from backup…</source>
        <translation>Aus Sicherung wiederherstellen…</translation>
    </message>
    <message>
        <source>Recent events</source>
        <translation>Zuletzt geöffnet</translation>
    </message>
</context>
<context>
    <name>WhoDialog</name>
    <message>
        <source>Who is meant?</source>
        <translation>Wer ist gemeint?</translation>
    </message>
    <message>
        <source>Some names fit more than one person. Choose who each one is.</source>
        <translation>Manche Namen passen zu mehr als einer Person. Wählen Sie, wer jeweils gemeint ist.</translation>
    </message>
    <message>
        <source>Someone new called “%1”</source>
        <translation>Eine neue Person namens „%1“</translation>
    </message>
</context>
<context>
    <name>cafedesk</name>
    <message>
        <source>Open Space Technology</source>
        <translation>Open Space Technology</translation>
    </message>
    <message>
        <source>World Café</source>
        <translation>World Café</translation>
    </message>
    <message>
        <source>Pro Action Café</source>
        <translation>Pro Action Café</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Session</translation>
    </message>
    <message>
        <source>Plenary</source>
        <translation>Plenum</translation>
    </message>
    <message>
        <source>Break</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Meal</source>
        <translation>Essen</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Fehlt</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Entwurf</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>The text contains a broken character (half of an emoji or symbol, often from copying and pasting). Please type that character again.</source>
        <translation>Der Text enthält ein kaputtes Zeichen (ein halbes Emoji oder Symbol, oft durch Kopieren und Einfügen). Bitte tippen Sie dieses Zeichen neu.</translation>
    </message>
    <message>
        <source>The {what} needs a name.</source>
        <translation>Bitte geben Sie einen Namen ein ({what}).</translation>
    </message>
    <message>
        <source>That name is too long ({count} characters; at most {max}).</source>
        <translation>Der Name ist zu lang ({count} Zeichen; höchstens {max}).</translation>
    </message>
    <message>
        <source>The {what} needs a title.</source>
        <translation>Bitte geben Sie einen Titel ein ({what}).</translation>
    </message>
    <message>
        <source>This title is too long: a title can have at most {max} characters, and this one has {count}. Please shorten it.</source>
        <translation>Dieser Titel ist zu lang: Ein Titel darf höchstens {max} Zeichen haben, dieser hat {count}. Bitte kürzen Sie ihn.</translation>
    </message>
    <message>
        <source>That text is too long ({count} characters; at most {max}).</source>
        <translation>Der Text ist zu lang ({count} Zeichen; höchstens {max}).</translation>
    </message>
    <message>
        <source>“{email}” does not look like an email address.</source>
        <translation>„{email}“ sieht nicht wie eine E-Mail-Adresse aus.</translation>
    </message>
    <message>
        <source>There is already a {what} called “{name}”.</source>
        <translation>Der Name „{name}“ ist schon vergeben ({what}).</translation>
    </message>
    <message>
        <source>A space must hold at least one person (capacity {capacity}).</source>
        <translation>In einen Raum muss mindestens eine Person passen (Plätze: {capacity}).</translation>
    </message>
    <message>
        <source>A capacity of {capacity} is not believable.</source>
        <translation>{capacity} Plätze sind nicht glaubhaft.</translation>
    </message>
    <message>
        <source>The slot ends ({end}) before it starts ({start}).</source>
        <translation>Das Zeitfenster endet ({end}), bevor es beginnt ({start}).</translation>
    </message>
    <message>
        <source>This slot overlaps “{other}” ({start}–{end}) on the same day.</source>
        <translation>Dieses Zeitfenster überschneidet sich am selben Tag mit „{other}“ ({start}–{end}).</translation>
    </message>
    <message>
        <source>The {what} no longer exists (it may have been deleted).</source>
        <translation>Diesen Eintrag ({what}) gibt es nicht mehr – vielleicht wurde er gelöscht.</translation>
    </message>
    <message>
        <source>The event ends before it starts.</source>
        <translation>Die Veranstaltung endet, bevor sie beginnt.</translation>
    </message>
    <message>
        <source>Book of proceedings</source>
        <translation>Dokumentation</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Inhalt</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <source>Session reports</source>
        <translation>Session-Berichte</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Bericht</translation>
    </message>
    <message>
        <source>Executive summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>The event in figures</source>
        <translation>Die Veranstaltung in Zahlen</translation>
    </message>
    <message>
        <source>Priorities</source>
        <translation>Prioritäten</translation>
    </message>
    <message>
        <source>Action plan</source>
        <translation>Aktionsplan</translation>
    </message>
    <message>
        <source>Community map</source>
        <translation>Begegnungskarte</translation>
    </message>
    <message>
        <source>Appendix: book of proceedings</source>
        <translation>Anhang: Dokumentation</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>Veranstaltungsort</translation>
    </message>
    <message>
        <source>Prepared for</source>
        <translation>Erstellt für</translation>
    </message>
    <message>
        <source>Facilitation</source>
        <translation>Moderation</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>Prepared on {date}</source>
        <translation>Erstellt am {date}</translation>
    </message>
    <message>
        <source>Laying out the community map</source>
        <translation>Die Begegnungskarte wird gezeichnet</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <source>No follow-up actions were recorded.</source>
        <translation>Es wurden keine Schritte vereinbart.</translation>
    </message>
    <message>
        <source>No participants were recorded.</source>
        <translation>Es wurden keine Teilnehmenden erfasst.</translation>
    </message>
    <message>
        <source>Writing session {number} of {count}</source>
        <translation>Session {number} von {count} wird geschrieben</translation>
    </message>
    <message>
        <source>Printed on {date}</source>
        <translation>Gedruckt am {date}</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Stakeholder group</source>
        <translation>Stakeholder-Gruppe</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Rollen</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>Themen</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Convenors</source>
        <translation>Einberufende</translation>
    </message>
    <message>
        <source>Sign-ups</source>
        <translation>Eintragungen</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Berichte</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>Resources</source>
        <translation>Ressourcen</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Seating</source>
        <translation>Sitzplan</translation>
    </message>
    <message>
        <source>Round</source>
        <translation>Runde</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Tisch</translation>
    </message>
    <message>
        <source>Insights</source>
        <translation>Erkenntnisse</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Fragen</translation>
    </message>
    <message>
        <source>Row {row}: {text}</source>
        <translation>Zeile {row}: {text}</translation>
    </message>
    <message>
        <source>Row {row}, column “{column}”: {text}</source>
        <translation>Zeile {row}, Spalte „{column}“: {text}</translation>
    </message>
    <message>
        <source>“{name}” (row {rows}) has the same name as someone already in the event; both are kept: tell them apart by organisation or email.</source>
        <translation>„{name}“ (Zeile {rows}) heißt wie jemand, der schon in der Veranstaltung ist; beide bleiben: Unterscheiden Sie sie an Organisation oder E-Mail.</translation>
    </message>
    <message>
        <source>“{name}” is in the file {count} times (rows {rows}) and already in the event; all are kept: tell them apart by organisation or email.</source>
        <translation>„{name}“ steht {count}-mal in der Datei (Zeilen {rows}) und ist schon in der Veranstaltung; alle bleiben: Unterscheiden Sie sie an Organisation oder E-Mail.</translation>
    </message>
    <message>
        <source>“{name}” is in the file {count} times (rows {rows}); all are kept: tell them apart by organisation or email.</source>
        <translation>„{name}“ steht {count}-mal in der Datei (Zeilen {rows}); alle bleiben: Unterscheiden Sie sie an Organisation oder E-Mail.</translation>
    </message>
    <message>
        <source>Row {row} of “{name}” is empty or missing; choose the row with the column names.</source>
        <translation>Zeile {row} von „{name}“ ist leer oder fehlt; wählen Sie die Zeile mit den Spaltennamen.</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automatisch</translation>
    </message>
    <message>
        <source>Unicode (UTF-8)</source>
        <translation>Unicode (UTF-8)</translation>
    </message>
    <message>
        <source>Unicode (UTF-16, Excel&apos;s “Unicode text”)</source>
        <translation>Unicode (UTF-16, Excels „Unicode-Text“)</translation>
    </message>
    <message>
        <source>Western European (Windows-1252)</source>
        <translation>Westeuropäisch (Windows-1252)</translation>
    </message>
    <message>
        <source>Central European (Windows-1250)</source>
        <translation>Mitteleuropäisch (Windows-1250)</translation>
    </message>
    <message>
        <source>Western European (Mac)</source>
        <translation>Westeuropäisch (Mac)</translation>
    </message>
    <message>
        <source>Latin-1 (ISO 8859-1)</source>
        <translation>Latin-1 (ISO 8859-1)</translation>
    </message>
    <message>
        <source>“{name}” is too large to be a participant list ({mb} MB).</source>
        <translation>„{name}“ ist zu groß für eine Teilnehmendenliste ({mb} MB).</translation>
    </message>
    <message>
        <source>“{encoding}” is not an encoding cafedesk knows.</source>
        <translation>„{encoding}“ ist kein Zeichensatz, den cafedesk kennt.</translation>
    </message>
    <message>
        <source>“{name}” is not a text file. Save the list from your spreadsheet program as CSV or as an Excel workbook (.xlsx), then import that file.</source>
        <translation>„{name}“ ist keine Textdatei. Speichern Sie die Liste in Ihrem Tabellenprogramm als CSV oder als Excel-Arbeitsmappe (.xlsx) und importieren Sie diese Datei.</translation>
    </message>
    <message>
        <source>“{name}” cannot be read as a list from row {row} on; is it really a CSV or text file?</source>
        <translation>„{name}“ lässt sich ab Zeile {row} nicht als Liste lesen; ist es wirklich eine CSV- oder Textdatei?</translation>
    </message>
    <message>
        <source>“{name}” is not a readable Excel workbook.</source>
        <translation>„{name}“ ist keine lesbare Excel-Arbeitsmappe.</translation>
    </message>
    <message>
        <source>“{name}” unpacks to more than 200 MB; it is refused.</source>
        <translation>„{name}“ ist entpackt größer als 200 MB und wird abgelehnt.</translation>
    </message>
    <message>
        <source>“{name}” has no rows.</source>
        <translation>„{name}“ enthält keine Zeilen.</translation>
    </message>
    <message>
        <source>cafedesk reads Excel workbooks (.xlsx) and CSV files, not “{suffix}” files. Open “{name}” in your spreadsheet program and save it as .xlsx or CSV.</source>
        <translation>cafedesk liest Excel-Arbeitsmappen (.xlsx) und CSV-Dateien, keine „{suffix}“-Dateien. Öffnen Sie „{name}“ in Ihrem Tabellenprogramm und speichern Sie sie als .xlsx oder CSV.</translation>
    </message>
    <message>
        <source>“{name}” has more than {max} rows.</source>
        <translation>„{name}“ hat mehr als {max} Zeilen.</translation>
    </message>
    <message>
        <source>it has {count} cells where the header has {width} columns (a separator or a closing quote may be missing).</source>
        <translation>Sie hat {count} Zellen, die Kopfzeile aber {width} Spalten (vielleicht fehlt ein Trennzeichen oder ein schließendes Anführungszeichen).</translation>
    </message>
    <message>
        <source>it has a value (“{value}”) to the right of the last named column (a separator too many, or a column without a heading).</source>
        <translation>Sie hat einen Wert („{value}“) rechts von der letzten benannten Spalte (ein Trennzeichen zu viel oder eine Spalte ohne Überschrift).</translation>
    </message>
    <message>
        <source>No column is mapped to a name.</source>
        <translation>Keine Spalte ist dem Namen zugeordnet.</translation>
    </message>
    <message>
        <source>The list has {count} errors; nothing was imported.</source>
        <translation>Die Liste enthält {count} Fehler; es wurde nichts importiert.</translation>
    </message>
    <message>
        <source>The number of participants cannot be negative.</source>
        <translation>Die Zahl der Teilnehmenden kann nicht negativ sein.</translation>
    </message>
    <message>
        <source>Table numbers start at 1 (not {number}).</source>
        <translation>Tischnummern beginnen bei 1 (nicht {number}).</translation>
    </message>
    <message>
        <source>A café table has 1 to {max} seats (not {seats}).</source>
        <translation>Ein Café-Tisch hat 1 bis {max} Plätze (nicht {seats}).</translation>
    </message>
    <message>
        <source>There is already a table {number}.</source>
        <translation>Tisch {number} gibt es schon.</translation>
    </message>
    <message>
        <source>host</source>
        <translation>Tischgastgeber:in</translation>
    </message>
    <message>
        <source>{name} already hosts table {number}.</source>
        <translation>{name} ist schon Gastgeber:in an Tisch {number}.</translation>
    </message>
    <message>
        <source>A round lasts 1 to {max} minutes (not {minutes}).</source>
        <translation>Eine Runde dauert 1 bis {max} Minuten (nicht {minutes}).</translation>
    </message>
    <message>
        <source>action plan</source>
        <translation>Aktionsplan</translation>
    </message>
    <message>
        <source>caller</source>
        <translation>Anliegenträger:in</translation>
    </message>
    <message>
        <source>{name} is already a caller.</source>
        <translation>{name} ist schon Anliegenträger:in.</translation>
    </message>
    <message>
        <source>table</source>
        <translation>Tisch</translation>
    </message>
    <message>
        <source>Table {number} already has a caller.</source>
        <translation>Tisch {number} hat schon eine:n Anliegenträger:in.</translation>
    </message>
    <message>
        <source>{name} is already the caller at table {number}.</source>
        <translation>{name} bringt schon das Anliegen an Tisch {number} ein.</translation>
    </message>
    <message>
        <source>Choose two different people.</source>
        <translation>Wählen Sie zwei verschiedene Personen.</translation>
    </message>
    <message>
        <source>participant</source>
        <translation>Teilnehmende:r</translation>
    </message>
    <message>
        <source>space</source>
        <translation>Raum</translation>
    </message>
    <message>
        <source>Open Space, one day</source>
        <translation>Open Space, ein Tag</translation>
    </message>
    <message>
        <source>Open Space, two days</source>
        <translation>Open Space, zwei Tage</translation>
    </message>
    <message>
        <source>Opening circle and marketplace</source>
        <translation>Eröffnungskreis und Marktplatz</translation>
    </message>
    <message>
        <source>Session 1</source>
        <translation>Session 1</translation>
    </message>
    <message>
        <source>Session 2</source>
        <translation>Session 2</translation>
    </message>
    <message>
        <source>Lunch</source>
        <translation>Mittagessen</translation>
    </message>
    <message>
        <source>Session 3</source>
        <translation>Session 3</translation>
    </message>
    <message>
        <source>Coffee</source>
        <translation>Kaffeepause</translation>
    </message>
    <message>
        <source>Session 4</source>
        <translation>Session 4</translation>
    </message>
    <message>
        <source>Closing circle</source>
        <translation>Abschlusskreis</translation>
    </message>
    <message>
        <source>Morning news</source>
        <translation>Morgennachrichten</translation>
    </message>
    <message>
        <source>Session 5</source>
        <translation>Session 5</translation>
    </message>
    <message>
        <source>Session 6</source>
        <translation>Session 6</translation>
    </message>
    <message>
        <source>Convergence and action planning</source>
        <translation>Verdichtung und Handlungsplanung</translation>
    </message>
    <message>
        <source>Welcome and café etiquette</source>
        <translation>Begrüßung und Café-Etikette</translation>
    </message>
    <message>
        <source>Round 1</source>
        <translation>Runde 1</translation>
    </message>
    <message>
        <source>Round 2</source>
        <translation>Runde 2</translation>
    </message>
    <message>
        <source>Round 3</source>
        <translation>Runde 3</translation>
    </message>
    <message>
        <source>Harvest in plenary</source>
        <translation>Ernte im Plenum</translation>
    </message>
    <message>
        <source>Space A</source>
        <translation>Raum A</translation>
    </message>
    <message>
        <source>Space B</source>
        <translation>Raum B</translation>
    </message>
    <message>
        <source>Space C</source>
        <translation>Raum C</translation>
    </message>
    <message>
        <source>Space D</source>
        <translation>Raum D</translation>
    </message>
    <message>
        <source>Space E</source>
        <translation>Raum E</translation>
    </message>
    <message>
        <source>Café hall</source>
        <translation>Café-Saal</translation>
    </message>
    <message>
        <source>topic</source>
        <translation>Thema</translation>
    </message>
    <message>
        <source>Expected attendance cannot be negative.</source>
        <translation>Die erwartete Teilnahme kann nicht negativ sein.</translation>
    </message>
    <message>
        <source>A tally cannot be negative.</source>
        <translation>Eine Strichliste kann nicht negativ sein.</translation>
    </message>
    <message>
        <source>That place on the wall is taken by topic {number}.</source>
        <translation>Dieser Platz an der Wand ist schon mit Thema {number} belegt.</translation>
    </message>
    <message>
        <source>The backup of “{name}” could not be completed ({detail}); the older backups are kept.</source>
        <translation>Die Sicherung von „{name}“ konnte nicht abgeschlossen werden ({detail}); die älteren Sicherungen bleiben erhalten.</translation>
    </message>
    <message>
        <source>The backup “{name}” is damaged; choose another one.</source>
        <translation>Die Sicherung „{name}“ ist beschädigt; bitte wählen Sie eine andere.</translation>
    </message>
    <message>
        <source>“{name}” is damaged and cannot be opened safely. Use File › Restore from Backup… to go back to an earlier copy.</source>
        <translation>„{name}“ ist beschädigt und kann nicht sicher geöffnet werden. Mit Datei › Aus Sicherung wiederherstellen… kommen Sie zu einer früheren Kopie zurück.</translation>
    </message>
    <message>
        <source>“{name}” is damaged: parts of the event are missing ({parts}). Use File › Restore from Backup… to go back to an earlier copy.</source>
        <translation>„{name}“ ist beschädigt: Teile der Veranstaltung fehlen ({parts}). Mit Datei › Aus Sicherung wiederherstellen… kommen Sie zu einer früheren Kopie zurück.</translation>
    </message>
    <message>
        <source>“{name}” was changed by another program: it carries things cafedesk did not make ({parts}), which could change or delete your data when you edit it. It was not opened and not changed.</source>
        <translation>„{name}“ wurde von einem anderen Programm verändert: Sie enthält Dinge, die nicht von cafedesk stammen ({parts}) und beim Bearbeiten Ihre Daten ändern oder löschen könnten. Sie wurde weder geöffnet noch verändert.</translation>
    </message>
    <message>
        <source>“{name}” is already open in cafedesk (by {user} on {host} since {since}).</source>
        <translation>„{name}“ ist bereits in cafedesk geöffnet (von {user} auf {host} seit {since}).</translation>
    </message>
    <message>
        <source>“{name}” is a folder, not a cafedesk event file.</source>
        <translation>„{name}“ ist ein Ordner, keine cafedesk-Veranstaltungsdatei.</translation>
    </message>
    <message>
        <source>“{name}” does not exist.</source>
        <translation>„{name}“ gibt es nicht.</translation>
    </message>
    <message>
        <source>“{name}” cannot be read: {reason}</source>
        <translation>„{name}“ lässt sich nicht lesen: {reason}</translation>
    </message>
    <message>
        <source>“{name}” is empty: it holds no event. If it was copied, copy it again from where it came from, or use File › Restore from Backup.</source>
        <translation>„{name}“ ist leer: Die Datei enthält keine Veranstaltung. Wurde sie kopiert, kopieren Sie sie noch einmal von dort, wo sie herkam, oder nutzen Sie Datei › Aus Sicherung wiederherstellen.</translation>
    </message>
    <message>
        <source>“{name}” is not a cafedesk event file.</source>
        <translation>„{name}“ ist keine cafedesk-Veranstaltungsdatei.</translation>
    </message>
    <message>
        <source>“{name}” was made by a different or newer version of cafedesk (its file format “{version}” is unknown here). Please update cafedesk to open it; the file was not changed.</source>
        <translation>„{name}“ stammt aus einer anderen oder neueren cafedesk-Version (ihr Dateiformat „{version}“ ist hier unbekannt). Bitte aktualisieren Sie cafedesk, um sie zu öffnen; die Datei wurde nicht verändert.</translation>
    </message>
    <message>
        <source>“{name}” was made by a newer version of cafedesk (file format {version}). Please update cafedesk to open it; the file was not changed.</source>
        <translation>„{name}“ stammt aus einer neueren cafedesk-Version (Dateiformat {version}). Bitte aktualisieren Sie cafedesk, um sie zu öffnen; die Datei wurde nicht verändert.</translation>
    </message>
    <message>
        <source>“{name}” cannot be changed where it is (the file or its folder is read-only, e.g. a locked USB stick), so it is open read-only. Use File › Save a Copy As… to work on a copy.</source>
        <translation>„{name}“ kann an ihrem Ort nicht geändert werden (Datei oder Ordner schreibgeschützt, z. B. ein gesperrter USB-Stick) und ist daher nur zum Lesen geöffnet. Mit Datei › Kopie speichern unter… arbeiten Sie an einer Kopie.</translation>
    </message>
    <message>
        <source>This event is open read-only; changes are not possible.</source>
        <translation>Diese Veranstaltung ist schreibgeschützt geöffnet; Änderungen sind nicht möglich.</translation>
    </message>
    <message>
        <source>Choose another name than “{name}” for the copy.</source>
        <translation>Wählen Sie für die Kopie einen anderen Namen als „{name}“.</translation>
    </message>
    <message>
        <source>“{name}” is a folder.</source>
        <translation>„{name}“ ist ein Ordner.</translation>
    </message>
    <message>
        <source>“{name}” comes from an older cafedesk and must be updated before it can be shown, which is not possible read-only. Copy it to a folder you can write to and open the copy.</source>
        <translation>„{name}“ stammt aus einer älteren cafedesk-Version und muss vor dem Anzeigen aktualisiert werden, was nur zum Lesen nicht geht. Kopieren Sie sie in einen beschreibbaren Ordner und öffnen Sie die Kopie.</translation>
    </message>
    <message>
        <source>What is the quest behind the question?</source>
        <translation>Was ist das eigentliche Anliegen hinter der Frage?</translation>
    </message>
    <message>
        <source>What is missing?</source>
        <translation>Was fehlt?</translation>
    </message>
    <message>
        <source>What am I learning? What next steps will I take? What help do I still need?</source>
        <translation>Was lerne ich? Welche nächsten Schritte gehe ich? Welche Unterstützung brauche ich noch?</translation>
    </message>
    <message>
        <source>{name} convenes topics {numbers} in the same slot ({slot}).</source>
        <translation>{name} beruft im selben Zeitfenster ({slot}) die Themen {numbers} ein.</translation>
    </message>
    <message>
        <source>{name} convenes topic {numbers} but is not available in {slot}.</source>
        <translation>{name} beruft Thema {numbers} ein, ist aber in {slot} nicht da.</translation>
    </message>
    <message>
        <source>Topic {numbers} is placed in {slot}, which is not a session slot.</source>
        <translation>Thema {numbers} liegt in {slot}, das ist kein Session-Zeitfenster.</translation>
    </message>
    <message>
        <source>Topic {numbers} expects {expected} people; {space} holds {capacity}.</source>
        <translation>Zu Thema {numbers} werden {expected} Personen erwartet; in {space} ist Platz für {capacity}.</translation>
    </message>
    <message>
        <source>Topic {numbers} needs {equipment}, which {space} does not have.</source>
        <translation>Thema {numbers} braucht {equipment}; das fehlt in {space}.</translation>
    </message>
    <message>
        <source>People signed up for both topics {numbers} in {slot}: {count}.</source>
        <translation>Für beide Themen {numbers} in {slot} eingetragen: {count}.</translation>
    </message>
    <message>
        <source>No time slots have been set up for this event.</source>
        <translation>Für diese Veranstaltung sind noch keine Zeitfenster angelegt.</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Missing session reports</source>
        <translation>Fehlende Session-Berichte</translation>
    </message>
    <message>
        <source>{missing} of {total} reports are still missing.</source>
        <translation>{missing} von {total} Berichten fehlen noch.</translation>
    </message>
    <message>
        <source>Every report is in. Thank you!</source>
        <translation>Alle Berichte sind da. Vielen Dank!</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Wo</translation>
    </message>
    <message>
        <source>Convenor(s)</source>
        <translation>Einberufer:innen</translation>
    </message>
    <message>
        <source>Export cancelled</source>
        <translation>Export abgebrochen</translation>
    </message>
    <message>
        <source>There is nothing to print yet for: {items}. Add what they show first (e.g. spaces, topics or participants); no file was written.</source>
        <translation>Für {items} gibt es noch nichts zu drucken. Legen Sie zuerst an, was darauf steht (z. B. Räume, Themen oder Teilnehmende); es wurde keine Datei geschrieben.</translation>
    </message>
    <message>
        <source>Monday</source>
        <translation>Montag</translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation>Dienstag</translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation>Mittwoch</translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation>Donnerstag</translation>
    </message>
    <message>
        <source>Friday</source>
        <translation>Freitag</translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation>Samstag</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation>Sonntag</translation>
    </message>
    <message>
        <source>January</source>
        <translation>Januar</translation>
    </message>
    <message>
        <source>February</source>
        <translation>Februar</translation>
    </message>
    <message>
        <source>March</source>
        <translation>März</translation>
    </message>
    <message>
        <source>April</source>
        <translation>April</translation>
    </message>
    <message>
        <source>May</source>
        <translation>Mai</translation>
    </message>
    <message>
        <source>June</source>
        <translation>Juni</translation>
    </message>
    <message>
        <source>July</source>
        <translation>Juli</translation>
    </message>
    <message>
        <source>August</source>
        <translation>August</translation>
    </message>
    <message>
        <source>September</source>
        <translation>September</translation>
    </message>
    <message>
        <source>October</source>
        <translation>Oktober</translation>
    </message>
    <message>
        <source>November</source>
        <translation>November</translation>
    </message>
    <message>
        <source>December</source>
        <translation>Dezember</translation>
    </message>
    <message>
        <source>{day} {month} {year}</source>
        <translation>{day}. {month} {year}</translation>
    </message>
    <message>
        <source>Page {page} of {pages}</source>
        <translation>Seite {page} von {pages}</translation>
    </message>
    <message>
        <source>Page {page}</source>
        <translation>Seite {page}</translation>
    </message>
    <message>
        <source>Photo could not be loaded</source>
        <translation>Foto ließ sich nicht laden</translation>
    </message>
    <message>
        <source>No. {number}</source>
        <translation>Nr. {number}</translation>
    </message>
    <message>
        <source>not on the agenda</source>
        <translation>nicht auf der Agenda</translation>
    </message>
    <message>
        <source>Convened by</source>
        <translation>Einberufen von</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Anwesende</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Teilnehmende</translation>
    </message>
    <message>
        <source>Summary of the discussion</source>
        <translation>Zusammenfassung der Diskussion</translation>
    </message>
    <message>
        <source>Key points</source>
        <translation>Kernpunkte</translation>
    </message>
    <message>
        <source>Recommendations</source>
        <translation>Empfehlungen</translation>
    </message>
    <message>
        <source>Follow-up actions</source>
        <translation>Vereinbarte Schritte</translation>
    </message>
    <message>
        <source>Resources and requests</source>
        <translation>Ressourcen und Anfragen</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>Fotos</translation>
    </message>
    <message>
        <source>No report was handed in for this session.</source>
        <translation>Für diese Session wurde kein Bericht abgegeben.</translation>
    </message>
    <message>
        <source>Sessions without a report</source>
        <translation>Sessions ohne Bericht</translation>
    </message>
    <message>
        <source>No report or photo was handed in for these sessions of the agenda.</source>
        <translation>Für diese Sessions der Agenda wurde weder ein Bericht noch ein Foto abgegeben.</translation>
    </message>
    <message>
        <source>Draft — not yet confirmed by the convenor</source>
        <translation>Entwurf — von den Einberufer:innen noch nicht bestätigt</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>participants</source>
        <translation>Teilnehmende</translation>
    </message>
    <message>
        <source>stakeholder groups</source>
        <translation>Interessengruppen</translation>
    </message>
    <message>
        <source>sessions held</source>
        <translation>Sitzungen</translation>
    </message>
    <message>
        <source>session reports handed in</source>
        <translation>abgegebene Sitzungsberichte</translation>
    </message>
    <message>
        <source>flipchart photos</source>
        <translation>Flipchart-Fotos</translation>
    </message>
    <message>
        <source>dots in the vote</source>
        <translation>Punkte in der Abstimmung</translation>
    </message>
    <message>
        <source>actions planned</source>
        <translation>geplante Aktionen</translation>
    </message>
    <message>
        <source>tables</source>
        <translation>Tische</translation>
    </message>
    <message>
        <source>rounds</source>
        <translation>Runden</translation>
    </message>
    <message>
        <source>new encounters (pairs who sat at one table)</source>
        <translation>neue Begegnungen (Paare, die an einem Tisch saßen)</translation>
    </message>
    <message>
        <source>Who took part</source>
        <translation>Wer dabei war</translation>
    </message>
    <message>
        <source>Attendance per session</source>
        <translation>Teilnahme je Sitzung</translation>
    </message>
    <message>
        <source>Visitors per table</source>
        <translation>Besucher je Tisch</translation>
    </message>
    <message>
        <source>The {shown} best attended of {total}.</source>
        <translation>Die {shown} bestbesuchten von {total}.</translation>
    </message>
    <message>
        <source>In full:</source>
        <translation>Vollständig:</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Platz</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Thema</translation>
    </message>
    <message>
        <source>Dots</source>
        <translation>Punkte</translation>
    </message>
    <message>
        <source>Action planning</source>
        <translation>Aktionsplanung</translation>
    </message>
    <message>
        <source>chosen</source>
        <translation>gewählt</translation>
    </message>
    <message>
        <source>Dark bars: topics chosen for action planning. Topics with the same number of dots share a place (=).</source>
        <translation>Dunkle Balken: für die Aktionsplanung gewählte Themen. Themen mit gleich vielen Punkten teilen sich einen Platz (=).</translation>
    </message>
    <message>
        <source>No dots were recorded.</source>
        <translation>Es wurden keine Punkte erfasst.</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>For: {what}</source>
        <translation>Für: {what}</translation>
    </message>
    <message>
        <source>Related: {topics}</source>
        <translation>Verwandt: {topics}</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <source>First step</source>
        <translation>Erster Schritt</translation>
    </message>
    <message>
        <source>By when</source>
        <translation>Bis wann</translation>
    </message>
    <message>
        <source>No action plans were recorded.</source>
        <translation>Es wurden keine Aktionspläne erfasst.</translation>
    </message>
    <message>
        <source>There is no session with this number.</source>
        <translation>Es gibt keine Session mit dieser Nummer.</translation>
    </message>
    <message>
        <source>There are no spaces or no slots to place topics in.</source>
        <translation>Es gibt keine Räume oder keine Zeitfenster, in die Themen passen.</translation>
    </message>
    <message>
        <source>{topics} topics but only {cells} free cells.</source>
        <translation>{topics} Themen, aber nur {cells} freie Felder.</translation>
    </message>
    <message>
        <source>Convenor {convenor} has {topics} topics but only {slots} slots.</source>
        <translation>{convenor} beruft {topics} Themen ein, es gibt aber nur {slots} Zeitfenster.</translation>
    </message>
    <message>
        <source>{topics} topics need {equipment} but only {rooms} spaces × {slots} slots have it.</source>
        <translation>{topics} Themen brauchen {equipment}, das gibt es aber nur in {rooms} Räumen × {slots} Zeitfenstern.</translation>
    </message>
    <message>
        <source>Topic {topic} needs {equipment} but no space has it.</source>
        <translation>Thema {topic} braucht {equipment}, das hat aber kein Raum.</translation>
    </message>
    <message>
        <source>Topic {topic} is pinned to a cell that another pinned topic holds.</source>
        <translation>Thema {topic} ist in einem Feld fixiert, in dem schon ein anderes fixiertes Thema liegt.</translation>
    </message>
    <message>
        <source>Topic {topic} is pinned to {target}, which is not on offer.</source>
        <translation>Thema {topic} ist auf {target} fixiert, das nicht zur Verfügung steht.</translation>
    </message>
    <message>
        <source>Topic {topic} is pinned to slot {slot}, when its convenor is away.</source>
        <translation>Thema {topic} ist im Zeitfenster {slot} fixiert, in dem die einberufende Person nicht da ist.</translation>
    </message>
    <message>
        <source>Topic {topic} is pinned to {room}, which lacks {equipment}.</source>
        <translation>Thema {topic} ist in {room} fixiert, dort fehlt {equipment}.</translation>
    </message>
    <message>
        <source>Topic {topic} ({demand} expected) is pinned to {room}, which holds {capacity}.</source>
        <translation>Thema {topic} ({demand} erwartet) ist in {room} fixiert, dort ist Platz für {capacity}.</translation>
    </message>
    <message>
        <source>Convenor {convenor} has several topics pinned to slot {slot}.</source>
        <translation>{convenor} hat mehrere Themen im Zeitfenster {slot} fixiert.</translation>
    </message>
    <message>
        <source>Topic {topic} has no slot its convenor can attend.</source>
        <translation>Für Thema {topic} gibt es kein Zeitfenster, in dem die einberufende Person da ist.</translation>
    </message>
    <message>
        <source>Topic {topic} ({demand} expected) fits no space: the largest holds {capacity}.</source>
        <translation>Thema {topic} ({demand} erwartet) passt in keinen Raum: Der größte fasst {capacity}.</translation>
    </message>
    <message>
        <source>{count} topics could not be placed: {topics}.</source>
        <translation>{count} Themen ließen sich nicht platzieren: {topics}.</translation>
    </message>
    <message>
        <source>Topic {topic} ({demand} expected) is in {room}, which holds {capacity}.</source>
        <translation>Thema {topic} ({demand} erwartet) liegt in {room}, dort ist Platz für {capacity}.</translation>
    </message>
    <message>
        <source>Personal seating cards</source>
        <translation>Persönliche Platzkarten</translation>
    </message>
    <message>
        <source>Seating lists per round</source>
        <translation>Sitzlisten pro Runde</translation>
    </message>
    <message>
        <source>Table tents with the round questions</source>
        <translation>Tischaufsteller mit den Fragen der Runden</translation>
    </message>
    <message>
        <source>Welcome the people who join your table and say why the question matters.</source>
        <translation>Begrüßen Sie alle, die an Ihren Tisch kommen, und sagen Sie, warum die Frage wichtig ist.</translation>
    </message>
    <message>
        <source>Share the key ideas from the last round in two minutes.</source>
        <translation>Fassen Sie die wichtigsten Ideen der letzten Runde in zwei Minuten zusammen.</translation>
    </message>
    <message>
        <source>Invite everyone to write and draw on the tablecloth.</source>
        <translation>Laden Sie alle ein, auf die Tischdecke zu schreiben und zu zeichnen.</translation>
    </message>
    <message>
        <source>Before the bell: note key insights and new questions for the harvest.</source>
        <translation>Vor dem Gong: Notieren Sie Kernerkenntnisse und neue Fragen für die Ernte.</translation>
    </message>
    <message>
        <source>You stay at this table in every round: it is your project&apos;s table.</source>
        <translation>Sie bleiben in jeder Runde an diesem Tisch: Es ist der Tisch Ihres Projekts.</translation>
    </message>
    <message>
        <source>Open each round by telling your guests your project question in two minutes, and what you learned in the round before.</source>
        <translation>Stellen Sie zu Beginn jeder Runde Ihren Gästen in zwei Minuten Ihre Projektfrage vor und was Sie in der Runde davor gelernt haben.</translation>
    </message>
    <message>
        <source>Listen more than you explain: invite questions, doubts and ideas rather than defending your plan.</source>
        <translation>Hören Sie mehr zu, als Sie erklären: Laden Sie zu Fragen, Zweifeln und Ideen ein, statt Ihren Plan zu verteidigen.</translation>
    </message>
    <message>
        <source>Before the bell: write down the next step you will take and the help you still need.</source>
        <translation>Vor dem Gong: Notieren Sie Ihren nächsten Schritt und welche Unterstützung Sie noch brauchen.</translation>
    </message>
    <message>
        <source>{heading} (continued)</source>
        <translation>{heading} (Fortsetzung)</translation>
    </message>
    <message>
        <source>Round {number} · {minutes} minutes</source>
        <translation>Runde {number} · {minutes} Minuten</translation>
    </message>
    <message>
        <source>Caller: {name}</source>
        <translation>Anliegenträger:in: {name}</translation>
    </message>
    <message>
        <source>Table tents</source>
        <translation>Tischaufsteller</translation>
    </message>
    <message>
        <source>Host cards</source>
        <translation>Karten für Tischgastgeber:innen</translation>
    </message>
    <message>
        <source>Host: {name}</source>
        <translation>Tischgastgeber:in: {name}</translation>
    </message>
    <message>
        <source>Project question:</source>
        <translation>Projektfrage:</translation>
    </message>
    <message>
        <source>Harvest report</source>
        <translation>Ernte-Bericht</translation>
    </message>
    <message>
        <source>more people than seats</source>
        <translation>mehr Personen als Plätze</translation>
    </message>
    <message>
        <source>the host sits elsewhere</source>
        <translation>Tischgastgeber:in sitzt woanders</translation>
    </message>
    <message>
        <source>people to keep apart share the table</source>
        <translation>Personen, die getrennt sitzen sollen, teilen sich den Tisch</translation>
    </message>
    <message>
        <source>someone to keep together sits elsewhere</source>
        <translation>eine Person, die mit jemandem zusammensitzen soll, sitzt woanders</translation>
    </message>
    <message>
        <source>people who met in another round</source>
        <translation>Personen, die sich schon in einer anderen Runde trafen</translation>
    </message>
    <message>
        <source>a traveller back at a table</source>
        <translation>eine reisende Person wieder am selben Tisch</translation>
    </message>
    <message>
        <source>someone absent has a seat</source>
        <translation>eine abwesende Person hat einen Platz</translation>
    </message>
    <message>
        <source>photo</source>
        <translation>Foto</translation>
    </message>
    <message>
        <source>The cropped area is too small.</source>
        <translation>Der zugeschnittene Bereich ist zu klein.</translation>
    </message>
    <message>
        <source>The picture is too large to be safe to open.</source>
        <translation>Das Bild ist zu groß, um es sicher zu öffnen.</translation>
    </message>
    <message>
        <source>This is a camera RAW picture ({kind}). Export it as JPEG from your photo program, then add the JPEG.</source>
        <translation>Das ist ein RAW-Bild einer Kamera ({kind}). Exportieren Sie es in Ihrem Fotoprogramm als JPEG und fügen Sie das JPEG hinzu.</translation>
    </message>
    <message>
        <source>This is a video ({kind}), not a photo. Add the still picture instead (for an iPhone Live Photo, the HEIC or JPEG beside it).</source>
        <translation>Das ist ein Video ({kind}), kein Foto. Fügen Sie stattdessen das Standbild hinzu (bei einem iPhone-Live-Foto das HEIC oder JPEG daneben).</translation>
    </message>
    <message>
        <source>This is a document ({kind}), not a photo. Save the page as a JPEG or PNG picture (or take a screenshot) and add that.</source>
        <translation>Das ist ein Dokument ({kind}), kein Foto. Speichern Sie die Seite als JPEG- oder PNG-Bild (oder machen Sie ein Bildschirmfoto) und fügen Sie das hinzu.</translation>
    </message>
    <message>
        <source>cafedesk cannot read this kind of file ({kind}). It reads {readable} pictures: save or export it as JPEG and add that.</source>
        <translation>cafedesk kann diese Art Datei nicht lesen ({kind}). Es liest Bilder als {readable}: Speichern oder exportieren Sie sie als JPEG und fügen Sie das hinzu.</translation>
    </message>
    <message>
        <source>The picture is damaged or incomplete. Copy it from the phone or camera again.</source>
        <translation>Das Bild ist beschädigt oder unvollständig. Kopieren Sie es noch einmal vom Telefon oder von der Kamera.</translation>
    </message>
    <message>
        <source>This is not a picture cafedesk can read.</source>
        <translation>Dieses Bild kann cafedesk nicht lesen.</translation>
    </message>
    <message>
        <source>The file cannot be read.</source>
        <translation>Die Datei lässt sich nicht lesen.</translation>
    </message>
    <message>
        <source>Photos turn in quarter turns.</source>
        <translation>Fotos lassen sich nur in Vierteldrehungen drehen.</translation>
    </message>
    <message>
        <source>Topic {number} is pinned; unpin it before moving it.</source>
        <translation>Thema {number} ist fixiert; heben Sie die Fixierung auf, bevor Sie es verschieben.</translation>
    </message>
    <message>
        <source>Two topics cannot share one place on the wall.</source>
        <translation>Zwei Themen können sich keinen Platz an der Wand teilen.</translation>
    </message>
    <message>
        <source>time slot</source>
        <translation>Zeitfenster</translation>
    </message>
    <message>
        <source>Choose two different topics.</source>
        <translation>Wählen Sie zwei verschiedene Themen.</translation>
    </message>
    <message>
        <source>Topic {number} was not merged; there is nothing to split.</source>
        <translation>Thema {number} wurde nicht zusammengelegt; es gibt nichts zu trennen.</translation>
    </message>
    <message>
        <source>Not on the agenda</source>
        <translation>Nicht auf der Agenda</translation>
    </message>
    <message>
        <source>Key insights</source>
        <translation>Kernerkenntnisse</translation>
    </message>
    <message>
        <source>Emerging questions</source>
        <translation>Neue Fragen</translation>
    </message>
    <message>
        <source>Harvest</source>
        <translation>Ernte</translation>
    </message>
    <message>
        <source>Table {table}</source>
        <translation>Tisch {table}</translation>
    </message>
    <message>
        <source>host: {name}</source>
        <translation>Tischgastgeber:in: {name}</translation>
    </message>
    <message>
        <source>Round {number}</source>
        <translation>Runde {number}</translation>
    </message>
    <message>
        <source>Next steps</source>
        <translation>Nächste Schritte</translation>
    </message>
    <message>
        <source>Help needed</source>
        <translation>Benötigte Unterstützung</translation>
    </message>
    <message>
        <source>Nothing harvested yet.</source>
        <translation>Noch nichts geerntet.</translation>
    </message>
    <message>
        <source>Personal cards</source>
        <translation>Persönliche Platzkarten</translation>
    </message>
    <message>
        <source>table {table}</source>
        <translation>Tisch {table}</translation>
    </message>
    <message>
        <source>not there</source>
        <translation>nicht da</translation>
    </message>
    <message>
        <source>You host table {table} in every round</source>
        <translation>Sie sind in jeder Runde Gastgeber:in an Tisch {table}</translation>
    </message>
    <message>
        <source>Seating lists</source>
        <translation>Sitzlisten</translation>
    </message>
    <message>
        <source>Round {number} — by table</source>
        <translation>Runde {number} — nach Tischen</translation>
    </message>
    <message>
        <source>Round {number} — by name</source>
        <translation>Runde {number} — nach Namen</translation>
    </message>
    <message>
        <source>No rounds to plan.</source>
        <translation>Es gibt keine Runden zu planen.</translation>
    </message>
    <message>
        <source>There are no tables.</source>
        <translation>Es gibt keine Tische.</translation>
    </message>
    <message>
        <source>Table {table} has no seats.</source>
        <translation>Tisch {table} hat keine Plätze.</translation>
    </message>
    <message>
        <source>The name {id} is used twice.</source>
        <translation>Der Name {id} kommt doppelt vor.</translation>
    </message>
    <message>
        <source>{id} is mentioned but is not on the participant list.</source>
        <translation>{id} wird genannt, steht aber nicht auf der Teilnehmendenliste.</translation>
    </message>
    <message>
        <source>A past round mentions table {table}, which does not exist.</source>
        <translation>Eine frühere Runde nennt Tisch {table}, den es nicht gibt.</translation>
    </message>
    <message>
        <source>{id} hosts two tables.</source>
        <translation>{id} ist an zwei Tischen Gastgeber:in.</translation>
    </message>
    <message>
        <source>Not enough seats in round {round}: {people} people, {seats} seats.</source>
        <translation>Zu wenige Plätze in Runde {round}: {people} Personen, {seats} Plätze.</translation>
    </message>
    <message>
        <source>Round {round} needs exactly {seats} people to fill every table, but {people} are there.</source>
        <translation>Runde {round} braucht genau {seats} Personen, damit jeder Tisch voll ist, es sind aber {people} da.</translation>
    </message>
    <message>
        <source>{people} people at {tables} tables of {size} can meet only new people for at most {max_rounds} rounds; you asked for {rounds}.</source>
        <translation>{people} Personen an {tables} Tischen mit je {size} Plätzen können höchstens {max_rounds} Runden lang nur neue Menschen treffen; gewünscht sind {rounds}.</translation>
    </message>
    <message>
        <source>{people} people at {tables} tables of {size} cannot meet only new people for {rounds} rounds ({reason}); the plan keeps repeats as few as possible.</source>
        <translation>{people} Personen an {tables} Tischen mit je {size} Plätzen können nicht {rounds} Runden lang nur neue Menschen treffen ({reason}); der Plan hält Wiederholungen so gering wie möglich.</translation>
    </message>
    <message>
        <source>Each traveller is to visit a different table in every round, but there are only {tables} tables for {rounds} rounds.</source>
        <translation>Alle Reisenden sollen in jeder Runde an einen anderen Tisch, es gibt aber nur {tables} Tische für {rounds} Runden.</translation>
    </message>
    <message>
        <source>{a} and {b} are to be kept together but are both hosts.</source>
        <translation>{a} und {b} sollen zusammensitzen, sind aber beide Tischgastgeber:innen.</translation>
    </message>
    <message>
        <source>{a} and {b} are to be kept both together and apart.</source>
        <translation>{a} und {b} sollen zugleich zusammen und getrennt sitzen.</translation>
    </message>
    <message>
        <source>{a} and {b} are to be kept apart but host the same table.</source>
        <translation>{a} und {b} sollen getrennt sitzen, sind aber Gastgeber:innen am selben Tisch.</translation>
    </message>
    <message>
        <source>{count} people are to sit together, but the largest table has {seats} seats.</source>
        <translation>{count} Personen sollen zusammensitzen, aber der größte Tisch hat {seats} Plätze.</translation>
    </message>
    <message>
        <source>{fixed} past rounds were given, but the event has only {rounds} rounds.</source>
        <translation>Es wurden {fixed} vergangene Runden angegeben, die Veranstaltung hat aber nur {rounds} Runden.</translation>
    </message>
    <message>
        <source>The plan still has {pairs} repeated encounters.</source>
        <translation>Wiederholte Begegnungen, die der Plan noch enthält: {pairs}.</translation>
    </message>
    <message>
        <source>{count} times, people to be kept apart share a table.</source>
        <translation>{count}-mal sitzen Personen am selben Tisch, die getrennt sitzen sollen.</translation>
    </message>
    <message>
        <source>{count} times, people to be kept together sit apart.</source>
        <translation>{count}-mal sitzen Personen getrennt, die zusammensitzen sollen.</translation>
    </message>
    <message>
        <source>{count} times, someone present has no seat.</source>
        <translation>{count}-mal hat eine anwesende Person keinen Platz.</translation>
    </message>
    <message>
        <source>{count} times, a traveller comes back to a table already visited.</source>
        <translation>{count}-mal kommt eine reisende Person an einen schon besuchten Tisch zurück.</translation>
    </message>
    <message>
        <source>more seats per table than tables</source>
        <translation>mehr Plätze pro Tisch als Tische</translation>
    </message>
    <message>
        <source>no nearly Kirkman triple system exists for this number</source>
        <translation>für diese Anzahl gibt es kein Nearly-Kirkman-Tripelsystem</translation>
    </message>
    <message>
        <source>no two orthogonal Latin squares of order 6 exist</source>
        <translation>es gibt keine zwei orthogonalen lateinischen Quadrate der Ordnung 6</translation>
    </message>
    <message>
        <source>round</source>
        <translation>Runde</translation>
    </message>
    <message>
        <source>Add tables and rounds before planning a seating.</source>
        <translation>Legen Sie Tische und Runden an, bevor Sie einen Sitzplan erstellen.</translation>
    </message>
    <message>
        <source>Best so far: {count} repeated encounters</source>
        <translation>Bisher am besten – wiederholte Begegnungen: {count}</translation>
    </message>
    <message>
        <source>no group given</source>
        <translation>ohne Gruppe</translation>
    </message>
    <message>
        <source>{people} people, {pairs} pairs who met in a session or at a table. A dot is a person, a line two people who met; people who met often sit close together.</source>
        <translation>{people} Personen, {pairs} Paare, die sich in einer Sitzung oder an einem Tisch begegnet sind. Ein Punkt ist eine Person, eine Linie zwei Menschen, die sich begegnet sind; wer sich oft begegnet ist, liegt nah beieinander.</translation>
    </message>
    <message>
        <source>Lines drawn: each person&apos;s {count} strongest links.</source>
        <translation>Gezeichnete Linien: die {count} stärksten Verbindungen jeder Person.</translation>
    </message>
    <message>
        <source>Named: the people who met the most people of other groups.</source>
        <translation>Mit Namen: wer die meisten Menschen anderer Gruppen getroffen hat.</translation>
    </message>
    <message>
        <source>Nobody is known to have met anyone yet: no sign-ups, reports or seating.</source>
        <translation>Noch ist keine Begegnung bekannt: keine Eintragungen, Berichte oder Sitzordnung.</translation>
    </message>
    <message>
        <source>A number of dots cannot be negative.</source>
        <translation>Eine Zahl von Punkten kann nicht negativ sein.</translation>
    </message>
    <message>
        <source>{count} dots on one topic cannot be right.</source>
        <translation>{count} Punkte auf einem Thema können nicht stimmen.</translation>
    </message>
    <message>
        <source>There is no topic number {number}.</source>
        <translation>Es gibt kein Thema mit der Nummer {number}.</translation>
    </message>
    <message>
        <source>{event} - report.pdf</source>
        <translation>{event} - Bericht.pdf</translation>
    </message>
    <message>
        <source>{event} - proceedings.pdf</source>
        <translation>{event} - Dokumentation.pdf</translation>
    </message>
    <message>
        <source>{event} - community map.pdf</source>
        <translation>{event} - Begegnungskarte.pdf</translation>
    </message>
    <message>
        <source>Making “{name}”</source>
        <translation>„{name}“ wird erstellt</translation>
    </message>
    <message>
        <source>The disk is full, so the last change was not stored (everything before it is safe). Free some space, or save a copy of the event on another drive, then try again.</source>
        <translation>Der Datenträger ist voll, daher wurde die letzte Änderung nicht gespeichert (alles davor ist sicher). Schaffen Sie Platz oder speichern Sie eine Kopie auf einem anderen Laufwerk und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>The disk reported an error, so the last change was not stored. If the event is on a USB stick, check that it is still plugged in, then save a copy on the laptop.</source>
        <translation>Der Datenträger meldete einen Fehler, daher wurde die letzte Änderung nicht gespeichert. Liegt die Veranstaltung auf einem USB-Stick, prüfen Sie, ob er noch steckt, und speichern Sie dann eine Kopie auf dem Laptop.</translation>
    </message>
    <message>
        <source>The event file is busy (another program is using it), so the last change was not stored. Try again in a moment.</source>
        <translation>Die Veranstaltungsdatei ist belegt (ein anderes Programm benutzt sie), daher wurde die letzte Änderung nicht gespeichert. Versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <source>The event file cannot be changed (it or its folder is read-only), so the last change was not stored. Use File › Save a Copy As… to keep working on a copy.</source>
        <translation>Die Veranstaltungsdatei kann nicht geändert werden (sie oder ihr Ordner ist schreibgeschützt), daher wurde die letzte Änderung nicht gespeichert. Mit Datei › Kopie speichern unter… arbeiten Sie an einer Kopie weiter.</translation>
    </message>
    <message>
        <source>The event file is damaged, so the last change was not stored. Use File › Restore from Backup… to go back to an earlier copy.</source>
        <translation>Die Veranstaltungsdatei ist beschädigt, daher wurde die letzte Änderung nicht gespeichert. Mit Datei › Aus Sicherung wiederherstellen… kommen Sie zu einer früheren Kopie zurück.</translation>
    </message>
    <message>
        <source>The copy could not be written completely (is the drive full or failing?), so nothing was replaced. Try another drive.</source>
        <translation>Die Kopie konnte nicht vollständig geschrieben werden (ist das Laufwerk voll oder defekt?), daher wurde nichts ersetzt. Versuchen Sie ein anderes Laufwerk.</translation>
    </message>
    <message>
        <source>The event file could not be read or written ({detail}); the last change was not stored.</source>
        <translation>Die Veranstaltungsdatei konnte nicht gelesen oder geschrieben werden ({detail}); die letzte Änderung wurde nicht gespeichert.</translation>
    </message>
    <message>
        <source>A cleaned copy of “{name}” could not be made: what was changed cannot be taken out safely. Use File › Restore from Backup… instead.</source>
        <translation>Eine bereinigte Kopie von „{name}“ konnte nicht erstellt werden: Die Veränderung lässt sich nicht sicher entfernen. Nutzen Sie stattdessen Datei › Aus Sicherung wiederherstellen….</translation>
    </message>
    <message>
        <source>There is no column “{column}” in the header row (row {row}): {headers}.</source>
        <translation>In der Kopfzeile (Zeile {row}) gibt es keine Spalte „{column}“: {headers}.</translation>
    </message>
    <message>
        <source>“{item}” is not COLUMN=FIELD; FIELD is one of {fields}, or -.</source>
        <translation>„{item}“ hat nicht die Form SPALTE=FELD; FELD ist eines von {fields} oder -.</translation>
    </message>
    <message>
        <source>Read “{name}” as {encoding}, separated by “{delimiter}”.</source>
        <translation>„{name}“ gelesen als {encoding}, getrennt durch „{delimiter}“.</translation>
    </message>
    <message>
        <source>Read the first sheet of “{name}”.</source>
        <translation>Erstes Blatt von „{name}“ gelesen.</translation>
    </message>
    <message>
        <source>Column names on row {row}.</source>
        <translation>Spaltennamen in Zeile {row}.</translation>
    </message>
    <message>
        <source>“{label}” would move past midnight; shorten the day first.</source>
        <translation>„{label}“ würde über Mitternacht hinaus rutschen; kürzen Sie zuerst den Tag.</translation>
    </message>
    <message>
        <source>A slot lasts at least a minute and ends by midnight (not {minutes}).</source>
        <translation>Ein Zeitfenster dauert mindestens eine Minute und endet bis Mitternacht (nicht {minutes}).</translation>
    </message>
    <message>
        <source>Agenda poster</source>
        <translation>Agenda-Plakat</translation>
    </message>
    <message>
        <source>Time slot headers</source>
        <translation>Kopfblätter der Zeitfenster</translation>
    </message>
    <message>
        <source>Space headers</source>
        <translation>Kopfblätter der Räume</translation>
    </message>
    <message>
        <source>Topic sheets</source>
        <translation>Themenblätter</translation>
    </message>
    <message>
        <source>Blank topic sheets</source>
        <translation>Leere Themenblätter</translation>
    </message>
    <message>
        <source>Sign-up sheets</source>
        <translation>Eintragelisten</translation>
    </message>
    <message>
        <source>Session report forms</source>
        <translation>Protokollvorlagen</translation>
    </message>
    <message>
        <source>Space signs</source>
        <translation>Raumschilder</translation>
    </message>
    <message>
        <source>Posters</source>
        <translation>Plakate</translation>
    </message>
    <message>
        <source>Name badges</source>
        <translation>Namensschilder</translation>
    </message>
    <message>
        <source>Name badges, 2 × 5</source>
        <translation>Namensschilder, 2 × 5</translation>
    </message>
    <message>
        <source>Blank name badges</source>
        <translation>Leere Namensschilder</translation>
    </message>
    <message>
        <source>Four principles and one law</source>
        <translation>Vier Prinzipien und ein Gesetz</translation>
    </message>
    <message>
        <source>Whoever comes are the right people.
Whatever happens is the only thing that could have.
Whenever it starts is the right time.
When it is over, it is over.
The law of mobility: if you are neither learning nor contributing, use your feet and go where you can.</source>
        <translation>Wer auch immer kommt, es sind die richtigen Leute.
Was auch immer geschieht, es ist das Einzige, was geschehen konnte.
Wann immer es beginnt, es ist die richtige Zeit.
Vorbei ist vorbei.
Das Gesetz der zwei Füße: Wer weder lernt noch beiträgt, geht dorthin, wo das möglich ist.</translation>
    </message>
    <message>
        <source>Café etiquette</source>
        <translation>Café-Etikette</translation>
    </message>
    <message>
        <source>Focus on what matters.
Contribute your thinking.
Speak from the heart.
Listen to understand.
Link and connect ideas.
Listen together for patterns and deeper questions.
Play, doodle, draw on the tablecloth.</source>
        <translation>Auf das Wesentliche achten.
Die eigenen Gedanken einbringen.
Von Herzen sprechen.
Zuhören, um zu verstehen.
Ideen verbinden.
Gemeinsam auf Muster und tiefere Fragen hören.
Spielen, kritzeln, auf die Tischdecke malen.</translation>
    </message>
    <message>
        <source>News wall</source>
        <translation>Nachrichtenwand</translation>
    </message>
    <message>
        <source>What happened, what is next: pin it here.</source>
        <translation>Was geschah, was kommt: hier anheften.</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>Willkommen</translation>
    </message>
    <message>
        <source>Our question</source>
        <translation>Unsere Frage</translation>
    </message>
    <message>
        <source>Time slot</source>
        <translation>Zeitfenster</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>Raum</translation>
    </message>
    <message>
        <source>{count} seats</source>
        <translation>{count} Plätze</translation>
    </message>
    <message>
        <source>{slot} · {space}</source>
        <translation>{slot} · {space}</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Ihr Name</translation>
    </message>
    <message>
        <source>Sign up: topic {number}</source>
        <translation>Eintragen: Thema {number}</translation>
    </message>
    <message>
        <source>Convenor: {names}</source>
        <translation>Einladende: {names}</translation>
    </message>
    <message>
        <source>Key points of the discussion</source>
        <translation>Kernpunkte des Gesprächs</translation>
    </message>
    <message>
        <source>Recommendations and next steps</source>
        <translation>Empfehlungen und nächste Schritte</translation>
    </message>
    <message>
        <source>Who takes it on</source>
        <translation>Wer kümmert sich darum</translation>
    </message>
    <message>
        <source>Session report: topic {number}</source>
        <translation>Protokoll: Thema {number}</translation>
    </message>
    <message>
        <source>row {row} · column {column} (of {rows} × {columns})</source>
        <translation>Zeile {row} · Spalte {column} (von {rows} × {columns})</translation>
    </message>
    <message>
        <source>How to assemble: {rows} rows × {columns} columns</source>
        <translation>Zusammensetzen: {rows} Zeilen × {columns} Spalten</translation>
    </message>
    <message>
        <source>Trim each sheet at its dashed red marks, lay it over its neighbour, tape.</source>
        <translation>Jedes Blatt an den roten gestrichelten Marken schneiden, auf den Nachbarn legen, kleben.</translation>
    </message>
    <message>
        <source>There is no such poster text.</source>
        <translation>Diesen Plakattext gibt es nicht.</translation>
    </message>
    <message>
        <source>A poster text can be at most 2000 characters long.</source>
        <translation>Ein Plakattext darf höchstens 2000 Zeichen lang sein.</translation>
    </message>
    <message>
        <source>“{name}” cannot be read ({reason}).</source>
        <translation>„{name}“ kann nicht gelesen werden ({reason}).</translation>
    </message>
    <message>
        <source>“{name}” is too large to be an event exported by cafedesk.</source>
        <translation>„{name}“ ist zu groß für eine von cafedesk exportierte Veranstaltung.</translation>
    </message>
    <message>
        <source>“{name}” is damaged or cut short: it is not a complete cafedesk event. Ask for the file again.</source>
        <translation>„{name}“ ist beschädigt oder unvollständig: Es ist keine vollständige cafedesk-Veranstaltung. Bitten Sie noch einmal um die Datei.</translation>
    </message>
    <message>
        <source>“{name}” is not a cafedesk event (it was made by another program).</source>
        <translation>„{name}“ ist keine cafedesk-Veranstaltung (sie stammt aus einem anderen Programm).</translation>
    </message>
    <message>
        <source>“{name}” was made by a newer cafedesk ({format}). Update cafedesk to open it.</source>
        <translation>„{name}“ stammt aus einem neueren cafedesk ({format}). Aktualisieren Sie cafedesk, um sie zu öffnen.</translation>
    </message>
    <message>
        <source>“{name}” does not fit the cafedesk event format, so nothing was imported ({count} problems; the first are listed).</source>
        <translation>„{name}“ passt nicht zum cafedesk-Veranstaltungsformat, deshalb wurde nichts importiert ({count} Probleme; die ersten sind aufgeführt).</translation>
    </message>
    <message>
        <source>“{name}” holds rows that cannot stand together in one event (for example two topics in the same space at the same time), so nothing was imported. Ask for a fresh export.</source>
        <translation>„{name}“ enthält Zeilen, die in einer Veranstaltung nicht zusammen bestehen können (zum Beispiel zwei Themen zur selben Zeit im selben Raum), daher wurde nichts importiert. Bitten Sie um einen neuen Export.</translation>
    </message>
    <message>
        <source>“{name}” is not a cafedesk template or it is damaged.</source>
        <translation>„{name}“ ist keine cafedesk-Vorlage oder sie ist beschädigt.</translation>
    </message>
    <message>
        <source>The printer could not be started. Check that it is switched on and chosen in the print dialog, or save the PDF and print it from there.</source>
        <translation>Der Drucker konnte nicht gestartet werden. Prüfen Sie, ob er eingeschaltet und im Druckdialog ausgewählt ist, oder speichern Sie die PDF-Datei und drucken Sie sie von dort.</translation>
    </message>
    <message>
        <source>“{name}” holds {count} files, more than any event has, so nothing was imported.</source>
        <translation>„{name}“ enthält {count} Dateien, mehr als eine Veranstaltung je hat, daher wurde nichts importiert.</translation>
    </message>
    <message>
        <source>“{name}” holds “{member}”, a path that leads outside the archive, so nothing was imported.</source>
        <translation>„{name}“ enthält „{member}“, einen Pfad, der aus dem Archiv hinausführt, daher wurde nichts importiert.</translation>
    </message>
    <message>
        <source>“{name}” holds “{member}”, a link to another place rather than a file, so nothing was imported.</source>
        <translation>„{name}“ enthält „{member}“, einen Verweis auf einen anderen Ort statt einer Datei, daher wurde nichts importiert.</translation>
    </message>
    <message>
        <source>“{name}” holds “{member}” twice, so it is not clear which is meant; nothing was imported.</source>
        <translation>„{name}“ enthält „{member}“ zweimal, es ist also nicht klar, welche Datei gemeint ist; es wurde nichts importiert.</translation>
    </message>
    <message>
        <source>“{name}” holds “{member}” locked with a password, so nothing was imported.</source>
        <translation>„{name}“ enthält „{member}“ mit einem Passwort verschlossen, daher wurde nichts importiert.</translation>
    </message>
    <message>
        <source>“{name}” holds “{member}”, which unpacks to {size} MB, more than the {limit} MB cafedesk accepts, so nothing was imported.</source>
        <translation>„{name}“ enthält „{member}“, das ausgepackt {size} MB groß ist, mehr als die {limit} MB, die cafedesk annimmt, daher wurde nichts importiert.</translation>
    </message>
    <message>
        <source>“{member}” in “{name}” is damaged or cut short, so nothing was imported. Ask for the file again.</source>
        <translation>„{member}“ in „{name}“ ist beschädigt oder unvollständig, daher wurde nichts importiert. Bitten Sie noch einmal um die Datei.</translation>
    </message>
    <message>
        <source>“{name}” holds no event.json, so it is not a cafedesk event.</source>
        <translation>„{name}“ enthält keine event.json, ist also keine cafedesk-Veranstaltung.</translation>
    </message>
    <message>
        <source>“{member}” in “{name}” is not text, so nothing was imported.</source>
        <translation>„{member}“ in „{name}“ ist kein Text, daher wurde nichts importiert.</translation>
    </message>
    <message>
        <source>{title} (continued)</source>
        <translation>{title} (Fortsetzung)</translation>
    </message>
    <message>
        <source>Printed {time}.</source>
        <translation>Gedruckt um {time}.</translation>
    </message>
</context>
</TS>
