<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>AgendaTableModel</name>
    <message>
        <source>Due on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseDetailDialog</name>
    <message>
        <source>Case %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not yet assigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · major dispute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Facts of the dispute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time limits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What can be done next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing; the case is finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n year(s) old</source>
        <translation>
            <numerusform>%n year old</numerusform>
            <numerusform>%n years old</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host mediator:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a read-only summary. Editing cases will come in a later version.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseListPage</name>
    <message>
        <source>Searching…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The list could not be read. Press F5 to try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No cases match. Clear the search or choose “All”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no cases yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n case(s), %1 shown — scroll down for more</source>
        <translation>
            <numerusform>%n case, %1 shown — scroll down for more</numerusform>
            <numerusform>%n cases, %1 shown — scroll down for more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n case(s)</source>
        <translation>
            <numerusform>%n case</numerusform>
            <numerusform>%n cases</numerusform>
        </translation>
    </message>
    <message>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search name, pinyin initials, facts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Overdue only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseTableModel</name>
    <message>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registered on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[major] %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parties: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host mediator: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DraftBar</name>
    <message>
        <source>This form was not saved last time (%1). Restore what was typed?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GuardedDialog</name>
    <message>
        <source>Discard changes?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What you typed in this form has not been saved. Close it and throw the changes away?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>%1 — Mediation Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data folder: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening case…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Mediation Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Mediation Desk %1&lt;/h3&gt;&lt;p&gt;Case work for village people&apos;s mediation committees. Works without a network; all data stays on this computer.&lt;/p&gt;&lt;p&gt;Data folder: %2&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n case(s)</source>
        <translation>
            <numerusform>%n case</numerusform>
            <numerusform>%n cases</numerusform>
        </translation>
    </message>
    <message>
        <source>The case could not be opened. Press F5 and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something went wrong in the background; it was written to the log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mediation Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Screening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Joint Defence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mediators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close Mediation Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find Case…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search cases by name, pinyin initials or facts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the list again from the data file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Mediation Desk</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlaceholderPage</name>
    <message>
        <source>“%1” is not available yet. It will be added in a later version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can already use the “Cases” and “Today” pages on the left.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TodayPage</name>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is due in the next 7 days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) due</source>
        <translation>
            <numerusform>%n item due</numerusform>
            <numerusform>%n items due</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n of them overdue</source>
        <translation>
            <numerusform>, %n of them overdue</numerusform>
            <numerusform>, %n of them overdue</numerusform>
        </translation>
    </message>
    <message>
        <source>The list could not be read. Press F5 to try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadlines in the next 7 days, and all overdue ones. Double-click a line to see the case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadlines</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <source>Registered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In mediation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escalated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreement reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Being performed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Performed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not performed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Declined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terminated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mediation time limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Judicial confirmation window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report of major dispute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Performance of agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start mediation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terminate mediation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report or transfer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take back after transfer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start performance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark as performed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark as not performed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mediate again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Respondent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Party</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Third party</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>male</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>female</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>⚠ %n day(s) overdue</source>
        <translation>
            <numerusform>⚠ %n day overdue</numerusform>
            <numerusform>⚠ %n days overdue</numerusform>
        </translation>
    </message>
    <message>
        <source>due today</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) left</source>
        <translation>
            <numerusform>%n day left</numerusform>
            <numerusform>%n days left</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>records</name>
    <message>
        <source>Record rights notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assign mediator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record recusal request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decide recusal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record investigation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record mediation session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark as major dispute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report upward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extend time limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record signatures and seal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark item done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record reminder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record follow-up visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record confirmation application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record court decision</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>startup</name>
    <message>
        <source>Opening the data folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating demo data…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data file is being used by another copy of Mediation Desk. Close the other window, then start again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data folder %1 could not be read or written. Check that it exists, that the disk or USB stick is connected and that it is not read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An unexpected problem stopped the start-up. Your saved data has not been changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The details were written to:
%1
Please give this file to the person who looks after this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mediation Desk could not start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mediation Desk hit an unexpected problem. What you saved before is safe. If this keeps happening, give the file %1 to the person who looks after this computer.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
