<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>AccountForm</name>
    <message>
        <source>This did not work. The reason was written to the log.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AccountLabels</name>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No accounts on this computer yet: everyone may do everything.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody is signed in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AccountsDialog</name>
    <message>
        <source>Your password was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Let %1 sign in again?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disable the account of %1? They can no longer sign in. What they recorded stays, with their name in the history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This did not work. The reason was written to the log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Enable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Disable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You cannot disable your own account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>locked until %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>temporary password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accounts and Roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change &amp;My Password…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accounts on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last sign-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add Account…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change &amp;Role…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Temporary Password…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mediator: registers and works on cases, prints papers. Committee chair: also the roster, the settings, voiding a case, exports and imports, and the accounts. Township justice office: the same as a chair, for the township&apos;s own computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ActionDialog</name>
    <message>
        <source>Case step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case %1: %2 (now: %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept the dispute: the committee will mediate it. One mediator presides, and every party must agree to mediation (People&apos;s Mediation Law, Art. 17). The one-month time limit starts today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not accept the dispute. Only the reasons the law allows can be chosen; tell the parties where they can turn instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start mediating. Before that, every party must have been told of their rights and duties.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm that the parties reached an agreement. The agreement itself is recorded with &quot;Add to the file&quot;; a written one must be signed by all parties and the mediator and carry the committee&apos;s seal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End the mediation without agreement. Record why, and that the parties were told they may go to court, arbitration or the competent authority (Art. 26).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hand the case to another body (the township justice office, or a joint mediation). Name the body that receives it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The receiving body has handed the case back: mediation goes on here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The parties start performing the agreement; each item is then followed up until it is done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every item of the agreement has been performed. A follow-up visit comes before the case is closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A party has not performed an item by its date. Urge performance; if that fails, the party may go to court.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mediate again and replace the agreement (it stays in the file, marked void). Only if all parties agree.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File the complete dossier. After this the case can no longer be changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the case although the agreement was not performed: say what the party did instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the case that another body handled: record that body&apos;s result.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the case (结案). Check that the file is complete first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ This could not be saved because of an unexpected problem; it was written to the log. What you typed is kept: try again, or close and reopen the case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ The lists to choose from could not be read. Close this form and try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ActionForm</name>
    <message>
        <source>Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Presiding mediator:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All parties agree to mediate again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All parties agree to mediation (none clearly refuses)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every party has been told of their rights and duties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How they were told:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— choose a reason —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. the agreement is clearly unfair to one party</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why mediate again:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The parties were told they may:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. the township justice office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receiving body:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the receiving body decided:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— choose the mediator who presides —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— no serving mediator on the roster yet —</source>
        <translation type="unfinished"></translation>
    </message>
</context>
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
        <source>Case No. or subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Village</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AgreementDialog</name>
    <message>
        <source>Mediation agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write down what the parties agreed, in the order of the agreement paper. A written agreement takes effect once all parties and the mediator have signed and the committee&apos;s seal is on it; an oral agreement takes effect when it is reached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Form of agreement:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Written (agreement paper)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Oral (written down by the mediator)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date &amp;reached:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main &amp;facts and points in dispute:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main facts and points in dispute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After mediation the parties agree of their own free will as follows:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terms agreed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carrying it out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;How:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manner of performance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. paid in cash in one sum, in front of the mediator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Where:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;By when:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Amount (yuan):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 12000 or 1.2万; leave empty if no money is involved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Obligations to watch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List each thing a party must do by a date (pay, repair, move ...). The desk reminds you when one falls due.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Obligations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signatures and seal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All parties signed (or fingerprinted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mediator signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recorder signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The committee&apos;s seal is on it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorder&apos;s &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Judicial confirmation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It concerns marriage, adoption or another family status (a court cannot confirm it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The parties do not want to ask a court to confirm it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close without saving (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taken from the obligations: ¥%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No amount of money.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In words: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note: the obligations below add up to ¥%1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the parties&apos; signatures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the mediator&apos;s signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the committee&apos;s seal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not yet in effect: %1 still missing. You can record them later with &quot;Record signatures and seal&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✔ Signed and sealed: the agreement takes effect when saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AgreementText</name>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 yuan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No agreement has been recorded yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written agreement (mediation agreement form)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Oral agreement (registration form)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — void, mediated again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in force since %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ not yet in force: signatures or the committee&apos;s seal are missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reached on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal effect:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copies:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total amount:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Facts and points in dispute:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terms agreed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How it is performed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Performed by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Performance items:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>due %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed by all parties:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed by the mediator:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed by the recorder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Committee seal:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditPage</name>
    <message>
        <source>Searching…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit log %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n entries saved to %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The log could not be read. Press F5 to try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No entries match the filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n entries, %1 shown — scroll down for more</source>
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
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything done on this computer, newest first: who, when, what. The log cannot be changed or deleted. Double-click a case&apos;s line to open the case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;By:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case number or text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case number or text…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;lear filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the entries shown as a CSV or Excel file (the export is itself recorded in the log)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditTableModel</name>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackupControl</name>
    <message>
        <source>Restoring the backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Making a backup before closing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup of %1 was restored.

The data as it was before is kept as “Data replaced by a restore” in the backups list, and can be restored back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup was not restored: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups and Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic backup made: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The automatic backup failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <source>Backups and Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A backup is a checked copy of all the data. Mediation Desk makes one every 30 minutes while something changes, when it closes, and before every import, upgrade and restore. Old backups are thinned out: all of the last two days, then one a day, one a week and one a month are kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups, newest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back Up Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore from This Backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Backups &amp;Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When closing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before an upgrade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before an import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before a restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data replaced by a restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups are kept in %1. The last one was made on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups are kept in %1. No backup has been made yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backups could not be listed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Making a backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup made and checked: %1, %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No backup was made: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore from this backup?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace all the data with the backup of %1?

The data as it is now is not lost: it is kept aside as a backup of its own (“Data replaced by a restore”), and you can restore it back from this list.

The window closes and opens again on the restored data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BlankFormsDialog</name>
    <message>
        <source>Making “%1”…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blank forms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty papers to fill in by hand, for example when visiting a household. Choose one to see and print it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pre&amp;view…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BundlePeopleDialog</name>
    <message>
        <source>Who is in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bundle %1, exported %2 by %3 to %4 (%5): %6 case(s), %7 person(s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This bundle was exported before the upgrade: only the number of persons was recorded (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n more party(ies) not registered as persons are in the bundle (counted, not named).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>This bundle held no personal data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the list of persons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Persons in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ The export log could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who is in this bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Persons in the bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export the list…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the list as a CSV or Excel file, e.g. for the report of a lost stick (the export is recorded in the log)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close</source>
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
        <source>No cases match. Press “Clear filters” to see all cases.</source>
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
        <source>%n case(s) match the search and filters</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
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
        <source>T&amp;ype:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only cases of this type of dispute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Y&amp;ear:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only cases registered in this year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Overdue only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty the search and show all cases again (the sort order stays)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;lear filters</source>
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
    <name>CaseTabText</name>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing recorded yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dispute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests of the parties:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (referred by %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Application:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sub-category:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount in dispute:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 yuan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All parties agreed to mediation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mediated in public:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Major dispute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marked on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Because:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escalation prevented</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prevented:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Persons involved:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time limits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is due.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The time limit was extended to %1 with the parties&apos; consent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Declined because:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terminated because:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parties were told they may:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed because:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archived on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ Not yet told of their rights and duties: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every party has been told of their rights and duties.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Party:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acknowledged:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Investigation %1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person asked:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session %1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matter:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visit %1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the agreement is kept:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Satisfaction:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk found:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measures:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The parties may apply to the court together until %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The agreement concerns a personal status relation; a court cannot confirm it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The parties chose not to apply for confirmation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Application of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Court:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Court case number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In writing:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was reported:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handed back to us:</source>
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
        <source>Sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Village</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[major] %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The village whose mediation committee reported the case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the case stands with the township: not exported yet, exported and waiting for the township&apos;s receipt, received, or returned for correction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click to sort the list by this column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sorted by number, smallest first. Click to reverse.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sorted by number, largest first. Click to reverse.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sorted by title, ascending. Click to reverse.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sorted by title, descending. Click to reverse.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sorted by type, in the order of the type list. Click to reverse.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sorted by type, in reverse order of the type list. Click to reverse.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sorted by status, earliest stage first. Click to reverse.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sorted by status, latest stage first. Click to reverse.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sorted by date of registration, oldest first. Click to reverse.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sorted by date of registration, newest first. Click to reverse.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sorted by time limit, soonest first; cases without one come last. Click to reverse.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sorted by time limit, latest first; cases without one come last. Click to reverse.</source>
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
    <message>
        <source>Next time limit: %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseTables</name>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no longer on the case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>presides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mediator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — ⚠ possible conflict of interest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseWindow</name>
    <message>
        <source>Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host mediator:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next deadline:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next step:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing more can be done with this case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add to the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overview of the case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Occupation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreed to mediation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mediators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mediators on this case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chosen by a party</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assigned on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests that a mediator step aside (recusal)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recusal requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requested on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mediator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Decide recusal…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rights notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Investigation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Investigation records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mediation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mediation sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parts of the case file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Performance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the agreement requires, item by item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Performance items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who performs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount (yuan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mark item done…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record &amp;reminder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reminders given (urging performance)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up visits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Judicial confirmation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Township:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Void…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Void a registration made in error (the record stays)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reports and transfers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show full &amp;ID number…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the selected party&apos;s full ID number for 30 seconds; asks why, and the log records it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The papers this case can print now, in the order of the dossier. Choose one and preview, print or save it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Papers of the case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printed or saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pre&amp;view…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the paper as it will be printed (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export whole dossier as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All papers of the case in one PDF file, in the order of the dossier index, with archive page numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History of the case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes and returns of the township</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the township wrote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Write a supervision note…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Return to the village…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mark as put right…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” cannot be done yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not available in this version yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case %1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not yet assigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · major dispute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the form for “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done: %1. The case is now “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case could not be read again. Press F5 to try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConflictsDialog</name>
    <message>
        <source>Nothing is waiting for review.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 from %2. Changed on this computer: %3. Changed at the village: %4, by %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records to review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A village sent a record that differs from the copy on this computer although both carry the same version. Neither was overwritten. Compare the two and decide which one is right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fields that differ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep this computer&apos;s copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Take the village&apos;s copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
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
    <name>DraftsDialog</name>
    <message>
        <source>%1 — saved %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved drafts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These forms were being filled in when Mediation Desk closed. Open one to finish it, or discard it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DrillCaseModel</name>
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
        <source>Host mediator</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EnrollDialog</name>
    <message>
        <source>The file or folder could not be read or written. Check that the stick is still plugged in, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something went wrong; it was written to the log. Try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 says it belongs to this township. Before it is enrolled, the fingerprint below must be the same as the one on the township&apos;s screen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare it with the fingerprint shown on the township&apos;s computer, group by group (or have it read out by phone). Enroll only when every digit is the same.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file cannot be used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Replace the township enrolled before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enroll the township</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fingerprint:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The fingerprints match: enroll</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FairnessTableModel</name>
    <message>
        <source>Head of household</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turns before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patrolled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FindingReportDialog</name>
    <message>
        <source>Written report of a major dispute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
Report due: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report could not be saved. Try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A major dispute found in screening is reported in writing to the judicial office within 2 days. Record the day the written report was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reported on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reported on</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FindingsEditor</name>
    <message>
        <source>Low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People involved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Major</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(choose)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A major dispute must be reported in writing within 2 days</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FirstChairDialog</name>
    <message>
        <source>Create the Chair&apos;s Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcome. First, the chair&apos;s account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Several people share this laptop, and it holds the village&apos;s case files and the personal details of everyone in them. So everyone signs in with an account of their own. The committee chair creates the accounts of the others and decides who may void cases, export data and change the settings. Start with the chair&apos;s account now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 王建国</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. wangjg, or the name itself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at least 8 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password &amp;again:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the password somewhere safe. If the chair forgets it, another chair&apos;s account can set a new one, so it is wise to create a second chair account later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create and Sign In</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close Mediation Desk without creating an account (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FollowUpDialog</name>
    <message>
        <source>Follow-up of a report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened &amp;afterwards:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FormGuide</name>
    <message>
        <source>Next: add the applicant with &quot;Add party…&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next: add the respondent (the other side) with &quot;Add party…&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next: choose the category of the dispute.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next: write down briefly what happened (the facts).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything required is filled in. Check parts 3 and 4, then press Save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave empty for: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave empty to name it after the parties and the category</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FormOpener</name>
    <message>
        <source>The case was registered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This draft belongs to a form this version does not have.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case of this draft could not be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That step is no longer possible for this case; the draft is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened the draft of case %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GroupDialog</name>
    <message>
        <source>Joint-defence group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name: *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 第三村民组第一联防组</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Villager group:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Villager group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>G&amp;rid:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Households (about ten neighbouring households; tick each one)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find a household</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type to find a household by address or name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Households of the group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Head: *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Head of the group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Deputy:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deputy head</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Elected on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date the head was elected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;How chosen:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the head was chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New joint-defence group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit joint-defence group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (already in %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 years</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n household(s) ticked</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The term runs to %1 (three years).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GroupMemberTableModel</name>
    <message>
        <source>Head of household</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Joined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GroupTableModel</name>
    <message>
        <source>Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Head</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deputy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Households</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Term ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>⚠ Term ends in %n day(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>⚠ %1 to check</source>
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
    <name>HeadChangeDialog</name>
    <message>
        <source>New head (re-election)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — head now: %2, elected %3, term to %4. The new head starts a new three-year term.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;head: *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New head of the group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Elected on: *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of the election</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;How chosen:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the head was chosen</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryTab</name>
    <message>
        <source>Registered the dispute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>receiving body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in force from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>person asked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>court</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>because</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>chosen by a party</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mediator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 yuan</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HouseholdDialog</name>
    <message>
        <source>Household</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Address: *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address of the household</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 青石村三组12号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Villager group:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Villager group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>G&amp;rid:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members (the head of household is marked)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members of the household</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Head of household</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make head of &amp;household</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;move from the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a new person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Na&amp;me:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the new member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Gender:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gender of the new member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;ID number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID number of the new member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone of the new member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add to the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Or add someone already registered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find a registered person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name or pinyin initials, then Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registered persons found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add this &amp;person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New household</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit household</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ head</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HouseholdTableModel</name>
    <message>
        <source>Villager group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Head of household</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Joint-defence group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members&apos; names</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IncidentDialog</name>
    <message>
        <source>Incident report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Group: *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Joint-defence group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reported by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reported by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;When: *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date and time of the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind: *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind of incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What &amp;happened: *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Action taken:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sent to: *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who deals with it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent to the mediation committee, the report becomes a case: after “Next” the new-case form opens, filled in from this report.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IncidentTableModel</name>
    <message>
        <source>Reported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action taken: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up: </source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ItemsEditor</name>
    <message>
        <source>Obligation %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who must do obligation %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due date of obligation %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount of obligation %1 in yuan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove obligation %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is to be done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By whom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By when</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount (yuan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No obligations listed yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+ Add an obligation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total: ¥%1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JointDefencePage</name>
    <message>
        <source>&amp;Groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New group…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;head (re-election)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add or remove households…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dissolve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Joint-defence groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 groups, %2 households</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No joint-defence groups yet. Press “New group…” to set one up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a group above to see its head and households.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Head: %1 %2 · Deputy: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Elected %1 by %2 · term to %3 · %4 households now, %5 incident reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 households, %2 people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No households found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 reports, %2 became cases. Double-click a report with a case number to open the case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No incident reports match.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The list could not be read. Press F5 to try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dissolve group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dissolve %1 today? Its %2 households leave the group and can join another one. The group&apos;s records are kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The change could not be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Households of the group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>House&amp;holds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address, villager group or a member&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;household…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit household…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Households</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Incident reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show reports of group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show reports of kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show reports sent to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show reports of the period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Report an incident…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Follow-up…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incident reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Patrol rota</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LockCover</name>
    <message>
        <source>Mediation Desk is locked.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LockDialog</name>
    <message>
        <source>Signed in: %1. Type the password to go on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mediation Desk Is Locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else wants to use the computer? Sign Out: open forms are kept as drafts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign Out</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LogTableModel</name>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who went</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was seen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hazards</source>
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
        <source>Working…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening case…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n form(s) were not saved when Mediation Desk last closed. Nothing typed is lost.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Quit Mediation Desk?</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n form(s) are still open with unsaved changes. If you quit now they are kept as drafts and offered again next time.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Quit and keep drafts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a case in the list first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due soon and overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As of %1</source>
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
    <message>
        <source>Text size: %1 pt</source>
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
        <source>Review and restore…</source>
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
        <source>Audit Log</source>
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
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Toolbar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Case…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register a new dispute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the case selected in the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print List…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview and print the list on this page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Blank Forms…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview and print empty papers to fill in by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved &amp;Drafts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forms that were being filled in when the program closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Due Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show every time limit due soon or overdue</source>
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
    <name>MediatorDetail</name>
    <message>
        <source>%1 (%2, %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gender, age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appointment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First appointed on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current term</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letter of appointment (聘书)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work certificate (上岗证)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Specialties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Honours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training: %1 course(s), %2 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organised by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No training recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New term ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No changes since the appointment.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MediatorDialog</name>
    <message>
        <source>Mediator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F&amp;ind a registered person:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name or pinyin initials, e.g. zs for 张三</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Use this person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter someone &amp;else</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Gender:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;ID number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>18 characters; fills in the date of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of &amp;birth:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Post and term</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Post:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appointment &amp;method:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full/&amp;part-time:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appointed o&amp;n:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Term ends:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hief mediator (首席调解员)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificates and honours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letter of appointment (聘书) N&amp;o.:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letter &amp;dated:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Work certificate (上岗证) No.:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Level:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hon&amp;ours:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 调解能手、优秀人民调解员 (separate with 、)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Specialties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close without saving (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit mediator — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New mediator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left empty: three years after the appointment for committee members; none for hired mediators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a registered person or enter the new mediator&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chosen: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MediatorStatusDialog</name>
    <message>
        <source>Appointment and status change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Details:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 村民会议决定罢免</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close without saving (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status change — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mediator: %1 (%2), now %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A recall or dismissal must rest on one of the grounds of Mediation Law Art. 15 (or serious dereliction of duty).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MediatorsPage</name>
    <message>
        <source>Committee check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All, former ones too</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>re-election</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>re-appointment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-elect / re-appoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the %1 of %2 today (%3)? The new term ends on %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Making the roster…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the roster to Excel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The roster was saved to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new term is recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n mediator(s) listed</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The roster could not be read. Press F5 to try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Committee: %1 member(s) (%2 women), %3 hired mediator(s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ The committee&apos;s composition is in order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a mediator in the list to see the details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New mediator…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a committee member or a hired mediator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the chosen mediator&apos;s post, term, certificates, specialties or honours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Training record…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record a training course the chosen mediator attended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Appointment / status change…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record a resignation, recall, dismissal, end of term …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Re-elect / re-appoint…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new three-year term for the chosen mediator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;latives…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the chosen mediator&apos;s family ties, so that the case window can warn when a mediator is related to a party</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print roster…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview the printable roster, then print it or save it as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport to Excel…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the roster as an .xlsx spreadsheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mediator roster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mediator details</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MembershipDialog</name>
    <message>
        <source>Add or remove a household</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add or remove a household — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (now in %2 — moves here)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add a household to this group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove a household from this group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>H&amp;ousehold: *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Household</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date: *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of joining or leaving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A household is in one group at a time: one that joins here leaves its old group on the same day.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewCaseDialog</name>
    <message>
        <source>New case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill in the four parts in order, as on the paper application form. Parts marked * must be filled in; the line at the bottom says what to do next.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1. Parties (applicant and respondent) *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consents to mediation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add party…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2. The dispute *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Category: *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— choose —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Facts: *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who, when, where, what happened, what each side says</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Requests:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the applicant asks for, one request per line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;mount involved (yuan):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 12000 or 1.2万</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3. Source and intake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Source: *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Application:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Oral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recei&amp;ved on: *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received &amp;by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referred b&amp;y:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Police station, court or office that sent the case, if any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>4. Consent and privacy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co&amp;nsent noted:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the parties agreed to mediation, e.g. both agreed orally on the spot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mediate in &amp;public (untick when a party asks for private mediation or privacy is involved)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Why private:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ma&amp;jor dispute (must be reported to the township within 2 days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Go there</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PaperOutput</name>
    <message>
        <source>Print “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>“%1” went to the printer %2: %n copy(ies).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>“%1” was printed into the file %2: %n copy(ies).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Save “%1” as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved “%1” as %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PaperPreview</name>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (blank, to fill in by hand)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Smaller (−)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the page smaller (Ctrl+minus)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Larger (+)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the page larger (Ctrl+plus)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit &amp;width</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the page as wide as the window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The paper as it will be printed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print this paper (Ctrl+P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save this paper as a PDF file (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the preview (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PapersTab</name>
    <message>
        <source>Putting the whole dossier together…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n time(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>not yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ Changed since it was last printed: print it again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Making “%1”…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The list of papers could not be read. Press F5 to try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PartyChoices</name>
    <message>
        <source>not given</source>
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
        <source>Resident ID card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HK/Macao/Taiwan permit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passport</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>authorised agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>legal representative (guardian)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n year(s) old</source>
        <translation type="unfinished">
            <numerusform>%n year old</numerusform>
            <numerusform>%n years old</numerusform>
        </translation>
    </message>
    <message>
        <source>ID %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>phone %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PartyDialog</name>
    <message>
        <source>Party</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Role: *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role of the party</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find someone already registered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name or pinyin initials, e.g. zs for 张三</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Use this person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registered person chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Type a new person instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sho&amp;w full ID number…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show this person&apos;s full ID number for 30 seconds; asks why, and the log records it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Or enter a new person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The party is an organisation (company, cooperative, village group…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit party</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add party</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name: *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation &amp;name: *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;presentative:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal representative or person in charge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;ID number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind of identity document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fills in birth date and gender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Gender:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;thnicity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Birth date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>or &amp;age:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Age in years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Occupation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>13812345678 or 0571-87654321</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;ddress:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent (someone acting for the party)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;gent:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent&apos;s na&amp;me:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent&apos;s phone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This party &amp;consents to people&apos;s mediation</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PartyList</name>
    <message>
        <source>Add at least two parties: the applicant and the respondent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1&apos;s %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <source>A password only you know keeps the case files safe when you are away.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The committee chair gave you a temporary password. Choose your own now: only you will know it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign Out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign out without changing the password (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change My Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Current password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at least 8 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New password &amp;again:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close without saving (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PatrolForm</name>
    <message>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PatrolLogDialog</name>
    <message>
        <source>Patrol log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Patrolled from:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HH:mm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Who went:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>names, separated by 、</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everyone who took part, by name; separate names with 、</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;What was seen:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. all quiet; two street lights out on the east road</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Hazards found:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fire, electricity, water, roads … leave empty if none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close without saving (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patrol log — %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PatrolModels</name>
    <message>
        <source>Mon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fri</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sun</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patrolled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Swapped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · swapped</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PatrolPanel</name>
    <message>
        <source>&amp;Rota:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rota</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Generate rota…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make a new rota: households take turns fairly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print rota…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview the rota as a paper to print and pin up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2 (%3 shifts)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a group to see its patrol rota.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no patrol rota yet. Press “Generate rota…” to make one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, area: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 households per shift, %3%4. Double-click a shift to write its log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The patrol rota could not be read. Try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rota saved: %1 shifts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turns swapped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shift marked missed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patrol log saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Making the paper…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shifts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;wap…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two households exchange their turns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark &amp;missed…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody patrolled this shift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write patrol &amp;log…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who went, what was seen, hazards found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turns per household</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patrol logs of this rota</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patrol logs</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PeriodPicker</name>
    <message>
        <source>Monthly report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quarterly report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yearly report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chosen dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Q1 (Jan–Mar)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Q2 (Apr–Jun)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Q3 (Jul–Sep)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Q4 (Oct–Dec)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PersonSearch</name>
    <message>
        <source>Searching…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) found. Pick one and press Enter, or &quot;Use this person&quot;.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Nobody found; enter the new person below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The search did not work; enter the person below.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordDialog</name>
    <message>
        <source>Add to the case file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close without saving (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordFields</name>
    <message>
        <source>(not recorded)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (due %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, asked on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirmed as valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Application not accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Home visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Telephone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fully performed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partly performed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not performed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Satisfied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mostly satisfied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not satisfied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A written agreement takes effect once all parties and the mediator have signed and the committee&apos;s seal is on it. Tick what is now done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All parties signed (or fingerprinted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mediator signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorder signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Committee seal affixed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date completed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record that an obligation of the agreement was carried out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Obligation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date done:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not carried out: the other party let it go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record that a party was urged to carry out the agreement (People&apos;s Mediation Law, Art. 31).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was said:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record a follow-up visit: whether the agreement is being kept, whether the parties are satisfied, and any sign of new trouble.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date visited:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Party visited:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visited by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Performance:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Satisfaction:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Went to court? Result:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A risk of new conflict was found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measures taken:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other notes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The parties may jointly ask the court to confirm the written agreement within 30 days of it taking effect (People&apos;s Mediation Law, Art. 33).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date applied:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Both parties applied together</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Court:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Court case number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the court&apos;s decision on the application for judicial confirmation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date decided:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In writing (notice handed over)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orally</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Granted: the mediator steps aside</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused: the mediator stays</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report of a major dispute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report to the police</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A dispute turning criminal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A mass petition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A possible suicide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A group fight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before mediating, each party is told their rights and duties in mediation (People&apos;s Mediation Law, Arts. 23 and 24). Tick the parties who were told.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parties told:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date told:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The parties confirmed they understood (signed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a mediator to this case, for example one the parties chose themselves.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mediator:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chosen by the parties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date assigned:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A party may ask a mediator to step aside, for example a relative of the other party. Mediation waits until the committee has decided.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mediator concerned:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asked by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date asked:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason given:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the committee&apos;s decision on a request that a mediator step aside. If the host mediator steps aside, choose who takes over.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New mediator:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write down an investigation: whom you spoke to or what you looked at, and what you found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Investigated by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written down by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person questioned:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relation to the parties:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Others present:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was found:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If the committee&apos;s work stopped this dispute from growing worse, say what it prevented and how many people were involved. The monthly statistics count it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prevented:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Persons involved:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How it was prevented:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark the dispute as major or difficult. It must then be reported in writing to the township within 2 days; the time limit starts today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why it is major:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date noticed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record a report to the township or to the police. The case stays with the committee (to hand it over, use &quot;Report or transfer&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind of report:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reported to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date reported:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reported in writing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was reported:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mediation should end within one month of acceptance. It may run longer only if both parties agree: record their consent here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New time limit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Both parties agreed to the longer time (consent recorded)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date they agreed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordForm</name>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The choices of this form (mediators, criteria) could not be read. Close the form and open it again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordWidgets</name>
    <message>
        <source>not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a date; press Delete to leave it empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none to choose from)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RelativesDialog</name>
    <message>
        <source>Spouse (husband or wife)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parent (father or mother)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Child (son or daughter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Brother or sister</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grandparent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grandchild</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In-law (by marriage)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other relative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded by mistake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No longer true (e.g. divorce)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relatives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relatives of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nobody chosen yet: find the person above</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove this tie?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the tie with %1 (%2)? It stays in the records, marked as removed. Why is it removed?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family ties recorded here are checked whenever a mediator is chosen for a case: a mediator who is a party&apos;s relative is pointed out, so the parties can ask for another one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded relatives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same household</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No relatives recorded yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove selected tie…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a relative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find the relative:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name, or pinyin initials such as zs for 张三</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Persons found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use this person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relative:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This relative is the person&apos;s:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. eldest daughter, married into 李家</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the tie (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RetentionDialog</name>
    <message numerus="yes">
        <source>%n dossier(s) due for review.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No dossier is due for review.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dispose of the dossier?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dispose of %1 (%2)?

Removed for good: the parties&apos; names (they become 当事人甲, 当事人乙 …), their ID numbers, phone numbers, addresses, birth dates, occupations and agents; the facts, the requests, the contents of the records, the agreement&apos;s terms and every note. Persons registered only for this case are anonymised too.

Kept for the statistics: the case number, the type, the dates, the outcome and the amounts.

This cannot be undone. The log records the decision; its earlier entries stay as they are (they never hold ID numbers or phone numbers in full).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dispose of it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was disposed of: %2 party(ies) and %3 person(s) anonymised.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is kept until %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retention review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archived dossiers whose retention period has run out (short: 10 years, long: 30 years from archiving). Personal data may be kept no longer than needed (Personal Information Protection Law, Art. 19): keep a dossier until a later day, or dispose of it — its personal data is anonymised, the figures of the statistics stay.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dossiers due for review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archived on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision for the selected dossier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep until:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note on the decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why (e.g. unpaid compensation, a court case pending)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep &amp;until this day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dispose of it (anonymise)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RevealIdDialog</name>
    <message>
        <source>The full ID number of %1 is shown for %2 seconds, then masked again. Who shows it, and why, is recorded in the log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Masked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Explain: *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Explain:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Hide now</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Masked again in %n second(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Show the full ID number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Purpose: *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Explain the purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required when the purpose is “Other”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RosterForm</name>
    <message>
        <source>This could not be saved. The reason was written to the log.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RosterLabels</name>
    <message>
        <source>Chair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vice-chair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hired mediator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Elected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appointed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Part-time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full-time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Term ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recalled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismissed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replaced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deceased</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-elected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-appointed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resigned at own request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unable to serve (illness etc.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moved away from the village</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No exam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (chief mediator)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RosterTableModel</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full/part-time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Term ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letter No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Specialties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ Term over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ Under 18</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Term ends soon</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RotaDialog</name>
    <message>
        <source>Generate patrol rota</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The households of the group take turns (轮户值日). Each gets as many turns as the others, at most one more; households with fewer turns so far go first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On these days:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fri</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sun</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Time windows:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>20:00-22:00</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One shift per time window and day; several windows are separated by 、 or a comma</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Households per shift:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patrol &amp;area:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. the main road and the threshing ground</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Replace the planned shifts of an overlapping rota</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turns per household in the new rota</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close without saving (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generate patrol rota — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 shifts; each household gets %2 turns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dates overlap a rota of this group: tick the box below to replace its planned shifts, or change the dates.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScreeningModels</name>
    <message>
        <source>Nil report</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n finding(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>⚠ Major, reported %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ Major, report due %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ Major</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Held on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Performed by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Major</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a case</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScreeningPage</name>
    <message>
        <source>Screening &amp;frequency:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Screening frequency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Record screening…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn into &amp;case…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record written &amp;report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Screening rounds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daily</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weekly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nil report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 rounds recorded, %2 of them nil reports.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The register could not be read. Press F5 to try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1/%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>⚠ %n round(s) overdue, not recorded: %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The round for %1 is not recorded yet; due %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The round for %1 is recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Findings of the selected round</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: nil report — nothing was found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the committee chair can change how often the committee screens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People involved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Screening %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dispute screening register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Findings</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScreeningRoundDialog</name>
    <message>
        <source>Record a screening round</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dispute screening register (矛盾纠纷排查登记): list what the round found, or tick &quot;Nil report&quot; when nothing was found — a nil report must be recorded too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Held on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Held on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Performed &amp;by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mediators who took part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Others:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Others who took part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Names of others who took part, separated by commas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;cope:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. the whole village</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Nil report: nothing was found in this round</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Findings:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add finding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove finding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No&amp;tes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Screening round</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (overdue)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other dates (special screening)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mediators and dispute categories could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The round could not be saved. Try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionControl</name>
    <message>
        <source>Acco&amp;unt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change &amp;Password…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign &amp;Out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your password was changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionDialog</name>
    <message>
        <source>Mediation session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write down one mediation session as on the paper record (调解记录): when and where, who took part, what each side said, and how it ended. Record each session separately.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. village committee office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Matter:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Others &amp;taking part:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People invited to help, such as relatives or village elders; not the mediators, parties or recorder. Separate names with 、</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>names, separated by 、</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Written down by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parties present:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parties present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mediators:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mediators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;What was said and done:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was said and done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example: 1. rights and duties explained; 2. what each party said; 3. what the investigation found; 4. risks explained; 5. what was agreed, or why no agreement was reached and which other routes the parties were told about.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To be continued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreement reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mediation failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Simplified procedure (settled on the spot)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close without saving (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsAccounts</name>
    <message>
        <source>Only the committee chair can change this.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Mediation Desk version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not set up yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not be read; see the log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Standard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Larger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lar&amp;gest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sample text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The whole window follows at once. Keyboard: Ctrl++ larger, Ctrl+- smaller, Ctrl+0 standard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new language takes effect after restarting Mediation Desk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cases, attachments and backups are kept in this folder on this computer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open Data Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Safe keeping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Accounts and Roles…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lock the window after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes without use before the window locks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> minutes without use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Backups and Restore…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Retention Review…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Station</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Township:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShiftMissedDialog</name>
    <message>
        <source>Mark shift missed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark the shift as missed when nobody patrolled. The households still owe the turn: they go first in the next rota.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. heavy rain; nobody came</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close without saving (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark shift missed — %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShiftSwapDialog</name>
    <message>
        <source>Swap turns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two households exchange their turns; each keeps its number of turns. The rota&apos;s original plan stays visible.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Household leaving this shift:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Other shift:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Household &amp;coming instead:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. away at the market that day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close without saving (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Swap turns — %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShiftTableModel</name>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Households on duty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Sign In — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign In — Mediation Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in with your own account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forgot the password? The committee chair can set a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign In</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close Mediation Desk (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatisticsCharts</name>
    <message>
        <source>Cases per month: registered and settled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cases registered in the period, by type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Success rate per month (settled ÷ accepted; — : no case accepted that month)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No cases were registered in this period.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatisticsDrillDialog</name>
    <message>
        <source>Cases behind: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: counting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: %n case(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Only the first %1 cases (the earliest registered) are listed here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cases behind a figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cases behind the figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click a case, or choose it and press Enter, to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatisticsPage</name>
    <message>
        <source>Counting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the statistics to Excel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the statistics as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF file (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report was saved to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Making the report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreement amount (yuan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — all villages of the township</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figures as of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counting rule: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n agreement(s) with an amount</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Type of dispute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the case came</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Village</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The statistics could not be made. The details were written to the log; press F5 to try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Report:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind of report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (year)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>◀ &amp;Previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The period before this one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ne&amp;xt ▶</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The period after this one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;Excel…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save these tables as an Excel workbook (.xlsx) for the township</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export P&amp;DF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the report with its charts as a PDF file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>See the report as it will print, then print it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By &amp;type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cases by type of dispute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By &amp;source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cases by how they came to the committee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rates with their definitions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compared with other periods</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prevention · screening · &amp;joint defence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escalation prevented and judicial confirmation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dispute screening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Joint defence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By &amp;village</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cases by village</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Charts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click a figure (or press Enter on it), or click a bar or point of a chart, to list the cases behind it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatisticsTables</name>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Numerator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Denominator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Definition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Persons involved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreement amount (yuan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escalation prevented</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Judicial confirmation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dispute screening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Joint defence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a count of cases: there is no list of cases behind it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Screening rounds held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rounds with nothing found (nil reports)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disputes found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Found disputes registered as cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Major disputes found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Major findings reported in writing within 2 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Joint-defence groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Households registered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Households in a group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patrol shifts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shifts patrolled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shifts missed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patrol logs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incidents reported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incidents registered as cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: %n case(s). Double-click or press Enter to list them.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StoreProblems</name>
    <message>
        <source>The data file of Mediation Desk is damaged. It was not opened, so that the damage cannot spread.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The newest good backup is the one of %1 (%2). Restoring it brings back the data as it was then; what was entered after it must be entered again. The damaged file is kept aside, not deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No good backup was found in the backups folder. You can choose a backup file yourself (for example one the township keeps for this village), or quit and ask for help. Do not delete any files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data file is damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore This Backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose Another Backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups (*.sqlite3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restoring the backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup was not restored: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data folder %1 is on a network share. If the connection drops while Mediation Desk writes, or two computers open it at once, the data file can be damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data folder %1 is on a USB stick or a removable disk. Pulling it out while Mediation Desk writes damages the data file. Use the stick to carry bundles and backups, not to work on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data folder %1 is inside a folder that a cloud drive keeps in sync. The sync program copies the file while Mediation Desk writes it, which can damage it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data folder is not a safe place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mediation Desk can copy the data to this computer (%1) and work there. The original stays as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy to This Computer and Work There</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer already has a copy of this data in %1. Work on that copy; the data in %2 is not used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work on the Copy on This Computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data cannot be copied to %1: that folder already holds other data, or is not a safe place either. Ask whoever looks after this computer. (Someone who knows the folder is safe can set MEDIATION_DESK_ALLOW_UNSAFE_LOCATION=1.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copying the data to this computer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data was not copied: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mediation Desk</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SupervisionDialog</name>
    <message>
        <source>Supervision note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case %1 “%2” — reported by %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The village sees this note on the case once it has the township&apos;s next receipt: the receipt written when its next bundle is imported here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;What to correct:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case goes back to the village with the township&apos;s next receipt (written when its next bundle is imported here). There it shows as “returned by the township” until you mark it as put right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;How it was put right (may stay empty):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The village sees that the return is closed once it has the township&apos;s next receipt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a supervision note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return the case to the village</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark the return as put right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close without saving (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncModels</name>
    <message>
        <source>Nothing yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ Missing %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ Differ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not shown)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, all records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No township is enrolled yet. Before the first export, import the identity file (.mzid) the township&apos;s justice office gives you, and compare its fingerprint with the one on the township&apos;s screen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (code %2)
Fingerprint: %3
Enrolled %4 by %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No cases yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cases — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing has been exported yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>received by the township %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not yet received by the township</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last export: %1, %2, %3; %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last receipt imported: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bundle written: %1
For %2; %3; %4 case(s), %5 record(s), %6 person(s).
Take the stick to the township. The receipt it writes back is imported here next time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing changed since the township&apos;s last receipt: the bundle only lets the township check its totals.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n receipt(s) had been imported before.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No receipt from the township was found there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Persons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received by the township</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Village</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Totals check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fingerprint: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returned on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Differs in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Found at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reported by the village</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <source>This computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopping after the current file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fingerprint: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer: code %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This office: code %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sync state could not be read. Press F5 to try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes not yet exported: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>⚠ %n case(s) returned by the township (double-click to open the case):</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>USB stick “%1” plugged in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First step: enroll the township this village reports to. After that, plugging in a USB stick is enough.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No USB stick found. Plug one in and this banner proposes the folder; or choose a folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>USB stick “%1” is plugged in. The bundle goes to %2, and the township&apos;s receipts there are imported too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>USB stick “%1” is plugged in. Every village&apos;s bundle under %2 is imported; each receipt is written beside its bundle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport and import receipts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import the bundles on the &amp;stick</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import the township&apos;s identity file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder for the bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the committee chair exports to the USB stick and imports from it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export cancelled: nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save this computer&apos;s &amp;identity file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fingerprint of this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The other side&apos;s screen shows the same fingerprint for this computer. Compare the digits group by group, by eye or by phone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a &amp;folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Our township</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import the &amp;township&apos;s identity file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where our cases stand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export for the township</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What goes onto the stick:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Standard (ID numbers masked)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F&amp;ull (with ID numbers)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ Full puts the ID numbers of every party onto the stick (encrypted). Choose it only when the township asks for them, and keep the stick safe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;tatistics only (numbers, no names)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export to the stick</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export e&amp;verything again…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import &amp;receipts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cases the township returned (double-click to open the case):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returned cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export log: every bundle written here, and how many persons it carried (if a stick is lost, this says what was on it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>W&amp;ho is in this bundle…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The persons whose data the selected bundle carried (for the report of a lost stick)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import bundles…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a &amp;whole folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records to re&amp;view…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Villages</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncSection</name>
    <message>
        <source>Township notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The papers of this village&apos;s case, in the order of the dossier. The township can preview them; printing and saving are left to the village.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case reported by %1. The township can only view it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reported by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Township:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ Returned to the village: %1 (%2). Not yet put right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ Returned by the township: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your notes and returns on this village&apos;s case. They reach the village with the receipt written when its next bundle is imported here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The township&apos;s notes and returns on this case. They arrive with the township&apos;s receipts; only the township can change them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The township has written nothing on this case. Its notes and returns arrive with its receipts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put right on %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put right on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A village&apos;s paper: the township can read it here, but printing and saving are left to the village.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervision note saved. It goes to the village with the next receipt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case returned to the village. The village sees it with the next receipt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return marked as put right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The township&apos;s notes on this case could not be read. Press F5 to try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TermsEditor</name>
    <message>
        <source>+ Add a term</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Term %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move term %1 up (Alt+Up)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move term %1 down (Alt+Down)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove term %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TextSizeControl</name>
    <message>
        <source>&amp;Larger Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Smaller Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;tandard Text Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make the text of the whole window larger or smaller</source>
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
    <name>TownshipPart</name>
    <message>
        <source>Nothing yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n village(s) report to this office.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>None has sent a bundle yet: import the first one from a stick.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>⚠ %n village(s) have missing or differing data.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Double-click a village to see its details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records to re&amp;view (%1)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (code %2) — fingerprint %3. Enrolled %4. %5 bundle(s) received, the last imported %6; changes received up to %7.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import bundles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bundles (*.mzb)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import every bundle in a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking for bundles…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No bundles (.mzb files) were found there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Checking %n file(s)…</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Waiting: compare the fingerprint of %1 in the window that opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Importing %n file(s)…</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled. %1 of %2 file(s) were imported completely; the others were not touched. Importing them again later is safe: nothing is imported twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files: %1 imported, %2 imported before, %3 not imported.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrainingDialog</name>
    <message>
        <source>Training record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Organised by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 县司法局</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Topic:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 民法典婚姻家庭编</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Hours:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Exam:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close without saving (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training record — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mediator: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UserDialog</name>
    <message>
        <source>Add an Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the person a temporary password by word of mouth; they choose their own when they first sign in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role of %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Temporary Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A temporary password for %1, who forgot theirs. They choose their own at the next sign-in. This also lifts a lock after too many wrong tries.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Temporary &amp;password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at least 8 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password &amp;again:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close without saving (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VillageActions</name>
    <message>
        <source>Folder for this computer&apos;s identity file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identity file written: %1
Fingerprint: %2
The other side compares this fingerprint when enrolling the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The township&apos;s identity file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identity files (*.mzid)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is enrolled. Bundles are now encrypted for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder for the bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export everything again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write every record of this station into the bundle, also those the township has already received? Do this when the township asks for a full bundle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export everything</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing receipts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the bundle…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import receipts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receipts (*.mzr)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VillageConfirmDialog</name>
    <message>
        <source>A village reports for the first time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is the first bundle from this village. Its data is imported only after you have compared its fingerprint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare it group by group with the fingerprint shown on the village&apos;s computer (or have it read out by phone).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The fingerprints match: import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not import</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VoidControl</name>
    <message>
        <source>Case %1 was voided; the record stays.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VoidDialog</name>
    <message>
        <source>Void %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case %1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case could not be voided. The reason was written to the log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Void the Registration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ Only for a case registered in error (a duplicate, the wrong committee). The record stays, with its number and the reason, but it leaves the case lists and the statistics, and it can no longer be changed. This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 与（2026）青石村人调字第012号重复登记</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Void the registration (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close without voiding (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>_Texts</name>
    <message>
        <source>The paper could not be made or written. The reason was written to the log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Papers</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>community</name>
    <message>
        <source>Dispute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Safety hazard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suspicious person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Elderly living alone / left-behind child</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handled by the head</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Security committee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mediation committee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Police station</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dissolved</source>
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
        <source>Dispute screening round</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written report of a major finding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mediator&apos;s term ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group head&apos;s term ends</source>
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
        <source>Record what mediation prevented</source>
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
    <name>single_instance</name>
    <message>
        <source>Mediation Desk has this data folder open on the computer “%1”:
%2

Please close Mediation Desk on that computer first, then start it here again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mediation Desk already has this data folder open:
%1

Please switch to the window that is already open. It may be hidden behind other windows or minimised on the taskbar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mediation Desk is already open</source>
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
<context>
    <name>text_size</name>
    <message>
        <source>Standard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Larger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Largest</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
