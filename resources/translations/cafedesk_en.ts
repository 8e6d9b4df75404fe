<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_US">
<context>
    <name>ActionPlansPage</name>
    <message>
        <source>From session reports…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Take follow-up actions from the session reports into the plan</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>From the callers' next steps</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Action plans</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>For</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The chosen topic (★) or caller's project the action serves</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Participants, or any names, separated by commas</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>First step</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>By when</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Help needed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Related topics</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Numbers of other topics this action touches, e.g. 3, 12</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>There is no topic number %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>new action</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n action(s)</source>
        <translation><numerusform>%n action</numerusform><numerusform>%n actions</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Promote %n follow-up action(s)</source>
        <translation><numerusform>Promote %n follow-up action</numerusform><numerusform>Promote %n follow-up actions</numerusform></translation>
    </message>
    <message>
        <source>Every caller with next steps already has an action in the plan.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Actions from %n caller(s)</source>
        <translation><numerusform>Actions from %n caller</numerusform><numerusform>Actions from %n callers</numerusform></translation>
    </message>
</context>
<context>
    <name>BrandingBox</name>
    <message>
        <source>On the paper</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Your organisation, printed under your name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose logo…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Logo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no logo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Edit organisation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose a logo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Pictures (*.png *.jpg *.jpeg *.bmp *.gif)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Remove logo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Set logo</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CafeSetupPage</name>
    <message>
        <source>Use the three Pro Action Café questions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Café setup</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Pro Action Café: each caller hosts a table with a project question; the others visit a different caller in each of three rounds.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>World Café: hosts stay at their table; everyone else moves to a new table each round to meet new people.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Without a table: %1. Choose them as a table's caller to seat them.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>There are %1 seats for %2 participants.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Pro Action Café questions</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CallerTablesPanel</name>
    <message>
        <source>Tables and callers</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>table %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Seats</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Caller</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Who brings a project question and hosts this table</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Project question</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The caller's question; printed on the table tent</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose the table's caller first, then the question.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>— no caller —</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 (caller at table %2)</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n table(s)</source>
        <translation><numerusform>%n table</numerusform><numerusform>%n tables</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n seat(s)</source>
        <translation><numerusform>%n seat</numerusform><numerusform>%n seats</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n with a caller</source>
        <translation><numerusform>%n with a caller</numerusform><numerusform>%n with a caller</numerusform></translation>
    </message>
</context>
<context>
    <name>CardItem</name>
    <message>
        <source>Pinned: the placement suggestion leaves it here.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ClientReportPage</name>
    <message>
        <source>Client report</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Executive summary</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>What the client should read first: why the event took place, what came out of it, what happens next.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>• Bullet list</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Bullets on or off for the selected lines (Ctrl+L)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A blank line starts a new paragraph; lines starting with • or - are a list.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Report</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The book of proceedings as an appendix</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The community map</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save the report as PDF…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Community map…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The map on its own, as PNG or PDF</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Email to the client</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{event}, {client}, {facilitator}, {dates} and {contact} are filled in.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the report</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the book of proceedings</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the community map</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Smaller photos (for a smaller email)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Put the email in the outbox</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Attach</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No client email yet: add it on the Event page (the draft can still be made).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Edit the executive summary</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Edit the email</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save the client report</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 - report</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Saved %1 (%2 pages).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save the community map</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 - community map</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Picture (*.png);;PDF document (*.pdf)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Saved %1 (%2 people).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Community map</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose at least one file to attach.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The email is in the outbox (%1).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Email draft</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ConflictsPanel</name>
    <message>
        <source>Show me</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Select the card(s) and scroll to them</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sign-up clashes shared by fewer people than this are not listed or marked</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sign-up clashes from</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>people</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n conflict(s)</source>
        <translation><numerusform>%n conflict</numerusform><numerusform>%n conflicts</numerusform></translation>
    </message>
    <message numerus="yes">
        <source> — %n severe</source>
        <translation><numerusform> — %n severe</numerusform><numerusform> — %n severe</numerusform></translation>
    </message>
</context>
<context>
    <name>ConvenorMode</name>
    <message>
        <source>Session reports</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Session reports — write the report of your session</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Facilitator PIN</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Leave</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tap your session:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Done — back to the list of sessions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Everything you type is kept automatically.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Wrong PIN</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ConvergencePage</name>
    <message>
        <source>Dots from the wall</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Topic no.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Dots</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Leave empty to clear the count</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Store</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Number, Tab, dots, Enter.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Dots by name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Topic numbers, e.g. 3, 7, 7</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose the top places</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Chooses the topics on the first places; a tie at the cut goes in whole</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Clear the choice</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Convergence</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n dot(s)</source>
        <translation><numerusform>%n dot</numerusform><numerusform>%n dots</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n topic(s) with dots</source>
        <translation><numerusform>%n topic with dots</numerusform><numerusform>%n topics with dots</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n chosen for action planning</source>
        <translation><numerusform>%n chosen for action planning</numerusform><numerusform>%n chosen for action planning</numerusform></translation>
    </message>
    <message>
        <source>not counted</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Dots for topic %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” is not on the participant list; add them on the Participants page.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Type the name of one participant first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” is not a topic number.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Dots of %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose topic</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unchoose topic</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Crash</name>
    <message>
        <source>Something went wrong</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Something went wrong inside cafedesk, and the last step may not have been done.

Your event is safe: every change before it was stored. You can carry on; if this happens again, save a copy of the event (File › Save a Copy As…) and restart cafedesk.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A record was written to the log folder:
%1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Copy details</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show log folder</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CropDialog</name>
    <message>
        <source>Crop photo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Drag over the part of the photo to keep.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Whole photo</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>DateDelegate</name>
    <message>
        <source>no date</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>EventDocument</name>
    <message>
        <source>This event is open read-only.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Something went wrong; the step was not done.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>EventPage</name>
    <message>
        <source>Event details</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Venue</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Facilitator</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Client</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Client email</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The one inviting question the event is about</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Theme question</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Method</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>First day</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Last day</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Language of the paper</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A4</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Letter</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Paper size</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Event</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The printed texts (headings, labels, page numbers) are not translated into %1 yet and print in English; your own texts and the email to the client are as you write them.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Edit event details</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ExportCounts</name>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation><numerusform>%n page</numerusform><numerusform>%n pages</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n session(s)</source>
        <translation><numerusform>%n session</numerusform><numerusform>%n sessions</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s)</source>
        <translation><numerusform>%n photo</numerusform><numerusform>%n photos</numerusform></translation>
    </message>
</context>
<context>
    <name>ExportPage</name>
    <message>
        <source>Report for one session</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Session:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>From the café setup and the seating plan.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Book of proceedings…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cover, contents, agenda, every session's report with its photos, the participants and all follow-up actions.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 - proceedings.pdf</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Report for one session…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>One session's report with its photos, to hand to its convenor.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Whole event (JSON)…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>All of the event in an open, documented format: a .cafedesk.zip with the photos as files, or one .json. File › Import Event… reads it back.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Spreadsheet (XLSX)…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Participants, topics and their places, sign-ups, reports (cafés: seating, harvest), one sheet each.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Spreadsheets (CSV, zipped)…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The same sheets as CSV files (UTF-8) in one zip.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Paper size:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show in folder</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export as PDF</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export as a spreadsheet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Spreadsheets (*.xlsx)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export as CSV files</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Zipped CSV files (*.zip)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export the whole event</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cafedesk event, photos as files (*.cafedesk.zip)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cafedesk event, one JSON file (*.json)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Saved {name} ({summary})</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>FileActions</name>
    <message>
        <source>cafedesk events (*.cafedesk);;All files (*)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Replace file?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open event</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Event already open</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open a read-only view of it?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Event open elsewhere</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Close it there first, or choose another name.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” exists already. Replace it with the new event? (A backup of it is kept.)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot create %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot open %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Restore from Backup…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cafedesk can make a cleaned copy: your event's data without what the other program added. The file itself stays as it is.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open a Cleaned Copy…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> (cleaned)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save the cleaned copy as</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No cleaned copy</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> copy</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save a copy</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Copy saved as %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Restore as</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Restore failed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cafedesk %1

An offline desk for Open Space, World Café and Pro Action Café events.
Everything is stored the moment it is changed; backups are kept in
%2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>About cafedesk</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>HarvestPage</name>
    <message>
        <source>Round</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>What did this table find? One idea per line.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Which new questions came up?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>What will the caller do next?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Which help does the caller still need?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Key insights</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Emerging questions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Next steps</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Help needed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Harvest</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Round %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Table %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add tables and rounds on the Café setup page first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Caller %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No caller at this table.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Type harvest</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Type next steps</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ImportEvent</name>
    <message>
        <source>Import event</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cafedesk event data (*.cafedesk.zip *.json);;All files (*)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save the imported event as</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cafedesk events (*.cafedesk)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nothing was imported</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” exists already. Choose a new name for the imported event.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Importing “%1”…</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ImportParticipantsDialog</name>
    <message>
        <source>Import participants from %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(not in the file)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n new participant(s) to import.</source>
        <translation><numerusform>%n new participant to import.</numerusform><numerusform>%n new participants to import.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n already known, skipped (rows %1).</source>
        <translation><numerusform>%n already known, skipped (rows %1).</numerusform><numerusform>%n already known, skipped (rows %1).</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) to fix first:</source>
        <translation><numerusform>%n problem to fix first:</numerusform><numerusform>%n problems to fix first:</numerusform></translation>
    </message>
    <message>
        <source>Which row holds the column names, and which column holds what? Nothing is imported until every row is right.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>As your spreadsheet numbers its rows</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Column names in row</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Characters</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Already in the event or earlier in the file; skipped.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Import participants</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Participant lists (*.csv *.xlsx *.txt);;All files (*)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” cannot be read: %2</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Import %n participant(s)</source>
        <translation><numerusform>Import %n participant</numerusform><numerusform>Import %n participants</numerusform></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Read-only</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;New Event…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Import Event…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save a &amp;Copy As…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save as &amp;Template…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Restore from &amp;Backup…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Close Event</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;About cafedesk</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No recent events</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Convenor Mode…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nothing to undo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Untitled event</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> [read-only]</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>MoveDialog</name>
    <message>
        <source>Move a person</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Person</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>To table</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Table %1 — %2 of %3 seats taken, meets %4 again</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nobody to move here (hosts stay).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Repeated encounters in the whole café: %1 now, %2 after the move.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>NewEventDialog</name>
    <message>
        <source>New event</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Template file…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Template</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>e.g. Neighbourhood Open Space 2027</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>First day</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Browse…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open a template</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cafedesk templates (*%1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New event file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cafedesk events (*.cafedesk)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>NewsWallPage</name>
    <message>
        <source>Missing only</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Write report</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Print missing list…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Where</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Session</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Convenor(s)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Report</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Photos</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Attendance</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>News wall</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 of %2 reports in · %3 missing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not on the agenda: no report is owed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save the list of missing reports</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>missing-reports.pdf</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>NotesPage</name>
    <message>
        <source>◀ Previous</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Next ▶</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Convenor mode…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A full-screen form where convenors type their own reports</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>OutboxBox</name>
    <message>
        <source>Outbox</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Made</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Make it again with smaller photos</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open in mail program</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show in folder</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Drafts wait in %1 until you open them in your mail program and send them.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Larger than most mail servers accept</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This draft is %1: many mail servers refuse messages over 20 MB. Make it again with smaller photos, or leave out the book of proceedings.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Delete draft</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Delete the draft “%1”? It is not in any mail program yet.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>PaperMenu</name>
    <message>
        <source>Print…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Saved %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Writing %1…</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ParticipantsPage</name>
    <message>
        <source>Import from CSV or Excel…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Participants</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Stakeholder group</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Roles</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Comma-separated, e.g. convenor, host, caller</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New participant</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n participant(s)</source>
        <translation><numerusform>%n participant</numerusform><numerusform>%n participants</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n group(s)</source>
        <translation><numerusform>%n group</numerusform><numerusform>%n groups</numerusform></translation>
    </message>
</context>
<context>
    <name>PhotoStrip</name>
    <message>
        <source>Flipchart photos</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Caption</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add photos…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Turn ↻</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Crop…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>▲ Earlier</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>▼ Later</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tip: drop picture files here.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add photos</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Pictures (%1)</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Adding %n photo(s)…</source>
        <translation><numerusform>Adding %n photo…</numerusform><numerusform>Adding %n photos…</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) could not be added:</source>
        <translation><numerusform>%n file could not be added:</numerusform><numerusform>%n files could not be added:</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Add %n photo(s)</source>
        <translation><numerusform>Add %n photo</numerusform><numerusform>Add %n photos</numerusform></translation>
    </message>
    <message>
        <source>Turn photo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Crop photo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Caption photo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Move photo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Delete photo</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>PinDialog</name>
    <message>
        <source>Start convenor mode</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Convenors will only see the session reports. Choose a PIN or a word (at least 4 characters) that you will need to leave convenor mode.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>PIN or word</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Once more</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>At least 4 characters.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The two entries differ.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>PosterTextDialog</name>
    <message>
        <source>Poster texts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Poster</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Heading</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The event's title</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Saved.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Printed on the client report and the paper of every event. The facilitator named on an event's page comes first for that event.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Your name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Email address or phone number</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>House colour</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Facilitator</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Accent colour</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>PrintPage</name>
    <message>
        <source>Print centre</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Letter</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Paper</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Poster size</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Whole, on a large-format printer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>On A4 sheets (tiled)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>On Letter sheets (tiled)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Print posters</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Copies</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Print…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Poster texts…</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%1 (%n page(s))</source>
        <translation><numerusform>%1 (%n page)</numerusform><numerusform>%1 (%n pages)</numerusform></translation>
    </message>
    <message>
        <source>Tick what to print first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sending to the printer…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Preparing the paper…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save as PDF</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Saved: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sent to the printer.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>PromoteDialog</name>
    <message>
        <source>Follow-up actions from the session reports</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ticked actions go into the action plan with their session, who and when. Actions already in the plan are not ticked.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>already in the plan</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No session report has follow-up actions yet.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ProposalDialog</name>
    <message>
        <source>Proposed seating</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Now</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Proposed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Repeated encounters</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Most times two people meet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Pairs from the same group at a table</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Largest difference in table size</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>People without a seat</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Keep-apart pairs at one table</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Keep-together pairs split</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Travellers back at a table</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>At least %1 repeated encounters are unavoidable (two people must meet %2 times); this plan has %3, and no two people meet more than %4 times.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Rounds before round %1 stay as they are.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Accept seating</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>QuickEntry</name>
    <message>
        <source>Topic title</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Convenor(s), separated by commas</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Title</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Convenor</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Enter stores and starts the next · Esc stops</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>RankingTableModel</name>
    <message>
        <source>Place</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Topic</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>On the wall</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>By name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Dots</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Action planning</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Topics with the same number of dots share a place (=)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Dots counted on the paper wall; when given, these count</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Dots people gave by name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Chosen to go on to action planning (Space ticks the selected row)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ReplanDialog</name>
    <message>
        <source>Re-plan from a round</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Plan again from round</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Earlier rounds stay as they were. Tick who did not come (no seat from that round on) and who arrives late (seated from that round on).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No-shows</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Late arrivals</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> (host)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ReportForm</name>
    <message>
        <source>Who called the session</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Names, separated by commas</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>not counted</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>When only a number of participants was noted</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>What was discussed — the story of the session</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The main insights, one per line</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>What the group recommends</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>What is needed: people, money, rooms, information</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>By when</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add action</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Remove action</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Issue</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Convenor(s)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>or number:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Participants</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Discussion and summary</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Key points</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Recommendations</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Follow-up actions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Resources and requests</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 named</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” is not a date; write it like 2026-03-20.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Edit report of “%1”</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore from backup</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose a copy to go back to. The event as it is now is kept as a backup too, so a restore can be reversed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No backups yet.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Restore</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Event</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Backups</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Restore as…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Write the backup to a new file and leave the event file as it is</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>damaged, cannot be restored</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>when opened</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>automatic</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>when closed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>before a format update</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>before a restore</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>before an import</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>before it was replaced by a new event</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the damaged file, kept as it was before a restore</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>RoundsPanel</name>
    <message>
        <source>Rounds</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>round %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Round</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Minutes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Question</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The question that matters in this round; printed on the tents</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n round(s)</source>
        <translation><numerusform>%n round</numerusform><numerusform>%n rounds</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation><numerusform>%n minute</numerusform><numerusform>%n minutes</numerusform></translation>
    </message>
</context>
<context>
    <name>SeatingPage</name>
    <message>
        <source>Plan rotation…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Re-plan from round…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Move person…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Seating</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Round %1 · %2 min</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Table %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No seat</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>(meets %n again)</source>
        <translation><numerusform>(meets %n again)</numerusform><numerusform>(meets %n again)</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n of %1 seats</source>
        <translation><numerusform>%n of %1 seats</numerusform><numerusform>%n of %1 seats</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n stakeholder group(s)</source>
        <translation><numerusform>%n stakeholder group</numerusform><numerusform>%n stakeholder groups</numerusform></translation>
    </message>
    <message>
        <source>Add tables and rounds on the Café setup page first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No seating yet: %1 people, %2 seats, %3 rounds. Use “Plan rotation…”.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n repeated encounter(s)</source>
        <translation><numerusform>%n repeated encounter</numerusform><numerusform>%n repeated encounters</numerusform></translation>
    </message>
    <message>
        <source>tables of %1–%2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 groups per table on average</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n table(s) with a conflict</source>
        <translation><numerusform>%n table with a conflict</numerusform><numerusform>%n tables with a conflict</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n seat(s) missing</source>
        <translation><numerusform>%n seat missing</numerusform><numerusform>%n seats missing</numerusform></translation>
    </message>
    <message>
        <source>Planning the seating…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Stop and keep the best</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Seating plan</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Select a table in a round first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Move “%1”</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SlotsPage</name>
    <message>
        <source>Later slots move along</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>When a slot starts, ends or lasts differently, the slots after it on the same day move by as much as its end moved, keeping their length and the gaps between them.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Time slots</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Day</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A new start moves the end too: the slot keeps its length</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>End</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Label</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Minutes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>How long the slot lasts; a new length moves its end</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Edit “%1” and move %n later slot(s)</source>
        <translation><numerusform>Edit “%1” and move %n later slot</numerusform><numerusform>Edit “%1” and move %n later slots</numerusform></translation>
    </message>
    <message>
        <source>Edit “%1”</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New slot</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n slot(s)</source>
        <translation><numerusform>%n slot</numerusform><numerusform>%n slots</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n session slot(s)</source>
        <translation><numerusform>%n session slot</numerusform><numerusform>%n session slots</numerusform></translation>
    </message>
</context>
<context>
    <name>SpacesPage</name>
    <message>
        <source>Spaces</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Capacity</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>How many people the space holds</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Equipment</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Comma-separated, e.g. flipchart, projector</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Order</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New space</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n space(s)</source>
        <translation><numerusform>%n space</numerusform><numerusform>%n spaces</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n seat(s) in all</source>
        <translation><numerusform>%n seat in all</numerusform><numerusform>%n seats in all</numerusform></translation>
    </message>
</context>
<context>
    <name>SuggestPlacementDialog</name>
    <message>
        <source>%1 placed · %2 clash(es) · %3 seat(s) short</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Suggest placement</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Also move topics already on the wall (pinned ones stay)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> s</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Search for at most</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Find a placement</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Accept</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Discard</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Best so far: %1 clash(es), %2 seat(s) short</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Looking for a placement…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Stop and keep the best</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Now: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Proposed: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>parking lane</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nothing to move: the wall is as good as it gets.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Suggested placement (%n topic(s))</source>
        <translation><numerusform>Suggested placement (%n topic)</numerusform><numerusform>Suggested placement (%n topics)</numerusform></translation>
    </message>
</context>
<context>
    <name>TablePage</name>
    <message>
        <source>Add</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Move up</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Move down</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Search…</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation><numerusform>%n row</numerusform><numerusform>%n rows</numerusform></translation>
    </message>
    <message>
        <source>Edit “%1”</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add row</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Delete “%1”</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Delete %n row(s)</source>
        <translation><numerusform>Delete %n row</numerusform><numerusform>Delete %n rows</numerusform></translation>
    </message>
    <message>
        <source>Move “%1”</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>TablesPanel</name>
    <message>
        <source>Tables</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>table %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Optional, e.g. the corner of the room</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Seats</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Host</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The host stays at the table every round</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>— no host —</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n table(s)</source>
        <translation><numerusform>%n table</numerusform><numerusform>%n tables</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n seat(s)</source>
        <translation><numerusform>%n seat</numerusform><numerusform>%n seats</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n with a host</source>
        <translation><numerusform>%n with a host</numerusform><numerusform>%n with a host</numerusform></translation>
    </message>
</context>
<context>
    <name>Tasks</name>
    <message>
        <source>Something went wrong; the work was not finished.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>TemplateActions</name>
    <message>
        <source>Save as template</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Name of the template (spaces, times, rounds, questions and poster texts are kept; people, topics and notes are not):</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Template not saved</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Template “%1” saved; File › New Event… offers it.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>TopicDialog</name>
    <message>
        <source>Topic %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>e.g. flipchart, projector</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>from sign-ups</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no paper count</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Names of people who signed, separated by commas</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Title</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Convenor(s)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Description</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Equipment</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Expected:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Paper &amp;tally</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Signed up</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>WallChrome</name>
    <message>
        <source>Conflicts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show or hide the list of conflicts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Conflicts (%1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No conflicts</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>WallCommands</name>
    <message>
        <source>Move topic %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Park topic %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Swap topics %1 and %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New topic %1 “%2”</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Edit topic %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Delete topic %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Merge topics %1 and %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Split topic %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>WallCounts</name>
    <message numerus="yes">
        <source>Pin %n topic(s)</source>
        <translation><numerusform>Pin %n topic</numerusform><numerusform>Pin %n topics</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Park %n topic(s)</source>
        <translation><numerusform>Park %n topic</numerusform><numerusform>Park %n topics</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Delete %n topic(s)</source>
        <translation><numerusform>Delete %n topic</numerusform><numerusform>Delete %n topics</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n topic(s) — Ctrl+Z brings them back.</source>
        <translation><numerusform>Deleted %n topic — Ctrl+Z brings them back.</numerusform><numerusform>Deleted %n topics — Ctrl+Z brings them back.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n report(s)</source>
        <translation><numerusform>%n report</numerusform><numerusform>%n reports</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s)</source>
        <translation><numerusform>%n photo</numerusform><numerusform>%n photos</numerusform></translation>
    </message>
</context>
<context>
    <name>WallGrid</name>
    <message>
        <source>Parking lane (%1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 seats</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>WallPage</name>
    <message>
        <source>Wall</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;New Topic</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New topic in the selected cell (N or Enter)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Pin</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Pinned topics stay where they are (P)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Park</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Merge the two selected topics into one (Ctrl+M)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Split</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Zoom In</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Zoom Out</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Fit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show as much of the wall as stays readable (Ctrl+0)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Search topics, convenors…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Search</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Un&amp;pin</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation><numerusform>%n match</numerusform><numerusform>%n matches</numerusform></translation>
    </message>
    <message>
        <source>Swapped topics %1 and %2 — Ctrl+Z puts them back.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New topic in the parking lane</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New topic · %1 · %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Deleted topic %1 — Ctrl+Z brings it back.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>With them: %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Select exactly two topics to merge (Ctrl+click).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This event is open read-only.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Suggest placement…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Place the parking lane's topics where the fewest people have to choose (Ctrl+Shift+P)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Welcome to cafedesk</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Prepare and run Open Space, World Café and Pro Action Café events, offline.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New event…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open event…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Restore from backup…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Recent events</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>WhoDialog</name>
    <message>
        <source>Who is meant?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Some names fit more than one person. Choose who each one is.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Someone new called “%1”</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>cafedesk</name>
    <message>
        <source>Open Space Technology</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>World Café</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Pro Action Café</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Session</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Plenary</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Break</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Meal</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Missing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Draft</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Complete</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The text contains a broken character (half of an emoji or symbol, often from copying and pasting). Please type that character again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The {what} needs a name.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>That name is too long ({count} characters; at most {max}).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The {what} needs a title.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This title is too long: a title can have at most {max} characters, and this one has {count}. Please shorten it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>That text is too long ({count} characters; at most {max}).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“{email}” does not look like an email address.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>There is already a {what} called “{name}”.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A space must hold at least one person (capacity {capacity}).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A capacity of {capacity} is not believable.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The slot ends ({end}) before it starts ({start}).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This slot overlaps “{other}” ({start}–{end}) on the same day.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The {what} no longer exists (it may have been deleted).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The event ends before it starts.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Book of proceedings</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Contents</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Agenda</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Session reports</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Report</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Executive summary</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The event in figures</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Priorities</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Action plan</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Community map</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Appendix: book of proceedings</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Dates</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Venue</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Prepared for</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Facilitation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Prepared on {date}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Laying out the community map</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Group</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No follow-up actions were recorded.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No participants were recorded.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Writing session {number} of {count}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Printed on {date}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>First name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Last name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Stakeholder group</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Roles</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Topics</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Convenors</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sign-ups</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reports</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Resources</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Seating</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Round</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Table</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Insights</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Questions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Row {row}: {text}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Row {row}, column “{column}”: {text}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“{name}” (row {rows}) has the same name as someone already in the event; both are kept: tell them apart by organisation or email.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“{name}” is in the file {count} times (rows {rows}) and already in the event; all are kept: tell them apart by organisation or email.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“{name}” is in the file {count} times (rows {rows}); all are kept: tell them apart by organisation or email.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Row {row} of “{name}” is empty or missing; choose the row with the column names.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Automatic</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unicode (UTF-8)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unicode (UTF-16, Excel's “Unicode text”)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Western European (Windows-1252)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Central European (Windows-1250)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Western European (Mac)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Latin-1 (ISO 8859-1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“{name}” is too large to be a participant list ({mb} MB).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“{encoding}” is not an encoding cafedesk knows.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“{name}” is not a text file. Save the list from your spreadsheet program as CSV or as an Excel workbook (.xlsx), then import that file.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“{name}” cannot be read as a list from row {row} on; is it really a CSV or text file?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“{name}” is not a readable Excel workbook.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“{name}” unpacks to more than 200 MB; it is refused.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“{name}” has no rows.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cafedesk reads Excel workbooks (.xlsx) and CSV files, not “{suffix}” files. Open “{name}” in your spreadsheet program and save it as .xlsx or CSV.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“{name}” has more than {max} rows.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>it has {count} cells where the header has {width} columns (a separator or a closing quote may be missing).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>it has a value (“{value}”) to the right of the last named column (a separator too many, or a column without a heading).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No column is mapped to a name.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The list has {count} errors; nothing was imported.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The number of participants cannot be negative.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Table numbers start at 1 (not {number}).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A café table has 1 to {max} seats (not {seats}).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>There is already a table {number}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>host</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{name} already hosts table {number}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A round lasts 1 to {max} minutes (not {minutes}).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>action plan</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>caller</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{name} is already a caller.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>table</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Table {number} already has a caller.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{name} is already the caller at table {number}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose two different people.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>participant</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>space</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open Space, one day</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open Space, two days</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Opening circle and marketplace</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Session 1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Session 2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Lunch</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Session 3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Coffee</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Session 4</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Closing circle</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Morning news</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Session 5</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Session 6</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Convergence and action planning</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Welcome and café etiquette</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Round 1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Round 2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Round 3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Harvest in plenary</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Space A</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Space B</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Space C</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Space D</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Space E</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Café hall</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>topic</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Expected attendance cannot be negative.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A tally cannot be negative.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>That place on the wall is taken by topic {number}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The backup of “{name}” could not be completed ({detail}); the older backups are kept.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The backup “{name}” is damaged; choose another one.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“{name}” is damaged and cannot be opened safely. Use File › Restore from Backup… to go back to an earlier copy.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“{name}” is damaged: parts of the event are missing ({parts}). Use File › Restore from Backup… to go back to an earlier copy.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“{name}” was changed by another program: it carries things cafedesk did not make ({parts}), which could change or delete your data when you edit it. It was not opened and not changed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“{name}” is already open in cafedesk (by {user} on {host} since {since}).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“{name}” is a folder, not a cafedesk event file.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“{name}” does not exist.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“{name}” cannot be read: {reason}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“{name}” is empty: it holds no event. If it was copied, copy it again from where it came from, or use File › Restore from Backup.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“{name}” is not a cafedesk event file.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“{name}” was made by a different or newer version of cafedesk (its file format “{version}” is unknown here). Please update cafedesk to open it; the file was not changed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“{name}” was made by a newer version of cafedesk (file format {version}). Please update cafedesk to open it; the file was not changed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“{name}” cannot be changed where it is (the file or its folder is read-only, e.g. a locked USB stick), so it is open read-only. Use File › Save a Copy As… to work on a copy.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This event is open read-only; changes are not possible.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose another name than “{name}” for the copy.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“{name}” is a folder.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“{name}” comes from an older cafedesk and must be updated before it can be shown, which is not possible read-only. Copy it to a folder you can write to and open the copy.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>What is the quest behind the question?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>What is missing?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>What am I learning? What next steps will I take? What help do I still need?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{name} convenes topics {numbers} in the same slot ({slot}).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{name} convenes topic {numbers} but is not available in {slot}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Topic {numbers} is placed in {slot}, which is not a session slot.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Topic {numbers} expects {expected} people; {space} holds {capacity}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Topic {numbers} needs {equipment}, which {space} does not have.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>People signed up for both topics {numbers} in {slot}: {count}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No time slots have been set up for this event.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Missing session reports</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{missing} of {total} reports are still missing.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Every report is in. Thank you!</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Where</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Convenor(s)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export cancelled</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>There is nothing to print yet for: {items}. Add what they show first (e.g. spaces, topics or participants); no file was written.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Monday</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tuesday</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Wednesday</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Thursday</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Friday</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Saturday</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sunday</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>January</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>February</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>March</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>April</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>May</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>June</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>July</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>August</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>September</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>October</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>November</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>December</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{day} {month} {year}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Page {page} of {pages}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Page {page}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Photo could not be loaded</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No. {number}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>not on the agenda</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Convened by</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Attendance</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Participants</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Summary of the discussion</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Key points</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Recommendations</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Follow-up actions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Resources and requests</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Photos</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No report was handed in for this session.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sessions without a report</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No report or photo was handed in for these sessions of the agenda.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Draft — not yet confirmed by the convenor</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>participants</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>stakeholder groups</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>sessions held</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>session reports handed in</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>flipchart photos</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>dots in the vote</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>actions planned</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>tables</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>rounds</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>new encounters (pairs who sat at one table)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Who took part</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Attendance per session</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Visitors per table</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The {shown} best attended of {total}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>In full:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Rank</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Topic</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Dots</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Action planning</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>chosen</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Dark bars: topics chosen for action planning. Topics with the same number of dots share a place (=).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No dots were recorded.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>For: {what}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Related: {topics}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>First step</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>By when</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No action plans were recorded.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>There is no session with this number.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>There are no spaces or no slots to place topics in.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{topics} topics but only {cells} free cells.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Convenor {convenor} has {topics} topics but only {slots} slots.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{topics} topics need {equipment} but only {rooms} spaces × {slots} slots have it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Topic {topic} needs {equipment} but no space has it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Topic {topic} is pinned to a cell that another pinned topic holds.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Topic {topic} is pinned to {target}, which is not on offer.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Topic {topic} is pinned to slot {slot}, when its convenor is away.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Topic {topic} is pinned to {room}, which lacks {equipment}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Topic {topic} ({demand} expected) is pinned to {room}, which holds {capacity}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Convenor {convenor} has several topics pinned to slot {slot}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Topic {topic} has no slot its convenor can attend.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Topic {topic} ({demand} expected) fits no space: the largest holds {capacity}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{count} topics could not be placed: {topics}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Topic {topic} ({demand} expected) is in {room}, which holds {capacity}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Personal seating cards</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Seating lists per round</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Table tents with the round questions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Welcome the people who join your table and say why the question matters.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Share the key ideas from the last round in two minutes.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Invite everyone to write and draw on the tablecloth.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Before the bell: note key insights and new questions for the harvest.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>You stay at this table in every round: it is your project's table.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open each round by telling your guests your project question in two minutes, and what you learned in the round before.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Listen more than you explain: invite questions, doubts and ideas rather than defending your plan.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Before the bell: write down the next step you will take and the help you still need.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{heading} (continued)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Round {number} · {minutes} minutes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Caller: {name}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Table tents</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Host cards</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Host: {name}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Project question:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Harvest report</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>more people than seats</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the host sits elsewhere</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>people to keep apart share the table</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>someone to keep together sits elsewhere</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>people who met in another round</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a traveller back at a table</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>someone absent has a seat</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>photo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The cropped area is too small.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The picture is too large to be safe to open.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This is a camera RAW picture ({kind}). Export it as JPEG from your photo program, then add the JPEG.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This is a video ({kind}), not a photo. Add the still picture instead (for an iPhone Live Photo, the HEIC or JPEG beside it).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This is a document ({kind}), not a photo. Save the page as a JPEG or PNG picture (or take a screenshot) and add that.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cafedesk cannot read this kind of file ({kind}). It reads {readable} pictures: save or export it as JPEG and add that.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The picture is damaged or incomplete. Copy it from the phone or camera again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This is not a picture cafedesk can read.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The file cannot be read.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Photos turn in quarter turns.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Topic {number} is pinned; unpin it before moving it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Two topics cannot share one place on the wall.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>time slot</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose two different topics.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Topic {number} was not merged; there is nothing to split.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not on the agenda</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Key insights</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Emerging questions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Harvest</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Table {table}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>host: {name}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Round {number}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Next steps</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Help needed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nothing harvested yet.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Personal cards</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>table {table}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>not there</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>You host table {table} in every round</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Seating lists</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Round {number} — by table</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Round {number} — by name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No rounds to plan.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>There are no tables.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Table {table} has no seats.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The name {id} is used twice.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{id} is mentioned but is not on the participant list.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A past round mentions table {table}, which does not exist.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{id} hosts two tables.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not enough seats in round {round}: {people} people, {seats} seats.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Round {round} needs exactly {seats} people to fill every table, but {people} are there.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{people} people at {tables} tables of {size} can meet only new people for at most {max_rounds} rounds; you asked for {rounds}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{people} people at {tables} tables of {size} cannot meet only new people for {rounds} rounds ({reason}); the plan keeps repeats as few as possible.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Each traveller is to visit a different table in every round, but there are only {tables} tables for {rounds} rounds.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{a} and {b} are to be kept together but are both hosts.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{a} and {b} are to be kept both together and apart.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{a} and {b} are to be kept apart but host the same table.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{count} people are to sit together, but the largest table has {seats} seats.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{fixed} past rounds were given, but the event has only {rounds} rounds.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The plan still has {pairs} repeated encounters.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{count} times, people to be kept apart share a table.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{count} times, people to be kept together sit apart.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{count} times, someone present has no seat.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{count} times, a traveller comes back to a table already visited.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>more seats per table than tables</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no nearly Kirkman triple system exists for this number</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no two orthogonal Latin squares of order 6 exist</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>round</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add tables and rounds before planning a seating.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Best so far: {count} repeated encounters</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no group given</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{people} people, {pairs} pairs who met in a session or at a table. A dot is a person, a line two people who met; people who met often sit close together.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Lines drawn: each person's {count} strongest links.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Named: the people who met the most people of other groups.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nobody is known to have met anyone yet: no sign-ups, reports or seating.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A number of dots cannot be negative.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{count} dots on one topic cannot be right.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>There is no topic number {number}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{event} - report.pdf</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{event} - proceedings.pdf</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{event} - community map.pdf</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Making “{name}”</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The disk is full, so the last change was not stored (everything before it is safe). Free some space, or save a copy of the event on another drive, then try again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The disk reported an error, so the last change was not stored. If the event is on a USB stick, check that it is still plugged in, then save a copy on the laptop.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The event file is busy (another program is using it), so the last change was not stored. Try again in a moment.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The event file cannot be changed (it or its folder is read-only), so the last change was not stored. Use File › Save a Copy As… to keep working on a copy.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The event file is damaged, so the last change was not stored. Use File › Restore from Backup… to go back to an earlier copy.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The copy could not be written completely (is the drive full or failing?), so nothing was replaced. Try another drive.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The event file could not be read or written ({detail}); the last change was not stored.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A cleaned copy of “{name}” could not be made: what was changed cannot be taken out safely. Use File › Restore from Backup… instead.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>There is no column “{column}” in the header row (row {row}): {headers}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“{item}” is not COLUMN=FIELD; FIELD is one of {fields}, or -.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Read “{name}” as {encoding}, separated by “{delimiter}”.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Read the first sheet of “{name}”.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Column names on row {row}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“{label}” would move past midnight; shorten the day first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A slot lasts at least a minute and ends by midnight (not {minutes}).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Agenda poster</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Time slot headers</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Space headers</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Topic sheets</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Blank topic sheets</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sign-up sheets</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Session report forms</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Space signs</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Posters</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Name badges</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Name badges, 2 × 5</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Blank name badges</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Four principles and one law</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Whoever comes are the right people.
Whatever happens is the only thing that could have.
Whenever it starts is the right time.
When it is over, it is over.
The law of mobility: if you are neither learning nor contributing, use your feet and go where you can.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Café etiquette</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Focus on what matters.
Contribute your thinking.
Speak from the heart.
Listen to understand.
Link and connect ideas.
Listen together for patterns and deeper questions.
Play, doodle, draw on the tablecloth.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>News wall</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>What happened, what is next: pin it here.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Welcome</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Our question</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Time slot</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Space</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{count} seats</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{slot} · {space}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Your name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sign up: topic {number}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Convenor: {names}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Key points of the discussion</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Recommendations and next steps</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Who takes it on</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Session report: topic {number}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>row {row} · column {column} (of {rows} × {columns})</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>How to assemble: {rows} rows × {columns} columns</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Trim each sheet at its dashed red marks, lay it over its neighbour, tape.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>There is no such poster text.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A poster text can be at most 2000 characters long.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“{name}” cannot be read ({reason}).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“{name}” is too large to be an event exported by cafedesk.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“{name}” is damaged or cut short: it is not a complete cafedesk event. Ask for the file again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“{name}” is not a cafedesk event (it was made by another program).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“{name}” was made by a newer cafedesk ({format}). Update cafedesk to open it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“{name}” does not fit the cafedesk event format, so nothing was imported ({count} problems; the first are listed).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“{name}” holds rows that cannot stand together in one event (for example two topics in the same space at the same time), so nothing was imported. Ask for a fresh export.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“{name}” is not a cafedesk template or it is damaged.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The printer could not be started. Check that it is switched on and chosen in the print dialog, or save the PDF and print it from there.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“{name}” holds {count} files, more than any event has, so nothing was imported.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“{name}” holds “{member}”, a path that leads outside the archive, so nothing was imported.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“{name}” holds “{member}”, a link to another place rather than a file, so nothing was imported.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“{name}” holds “{member}” twice, so it is not clear which is meant; nothing was imported.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“{name}” holds “{member}” locked with a password, so nothing was imported.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“{name}” holds “{member}”, which unpacks to {size} MB, more than the {limit} MB cafedesk accepts, so nothing was imported.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“{member}” in “{name}” is damaged or cut short, so nothing was imported. Ask for the file again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“{name}” holds no event.json, so it is not a cafedesk event.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“{member}” in “{name}” is not text, so nothing was imported.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{title} (continued)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Printed {time}.</source>
        <translation type="unfinished" />
    </message>
</context>
</TS>