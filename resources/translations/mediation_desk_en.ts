<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
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
        <source>[major] %1</source>
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
    <name>PlaceholderPage</name>
    <message>
        <source>“%1” is not available yet. It will be added in a later version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can already use the “Cases”, “Today” and “Settings” pages on the left.</source>
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
