<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AccountForm</name>
    <message>
        <source>This did not work. The reason was written to the log.</source>
        <translation>没有办成，原因已写入日志。</translation>
    </message>
</context>
<context>
    <name>AccountLabels</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>No accounts on this computer yet: everyone may do everything.</source>
        <translation>本机还没有设置账户：任何人都可以做所有操作。</translation>
    </message>
    <message>
        <source>Nobody is signed in.</source>
        <translation>当前没有人登录。</translation>
    </message>
    <message>
        <source>Signed in: %1</source>
        <translation>当前登录：%1</translation>
    </message>
</context>
<context>
    <name>AccountsDialog</name>
    <message>
        <source>Your password was changed.</source>
        <translation>你的密码已修改。</translation>
    </message>
    <message>
        <source>Let %1 sign in again?</source>
        <translation>让 %1 重新可以登录？</translation>
    </message>
    <message>
        <source>Disable the account of %1? They can no longer sign in. What they recorded stays, with their name in the history.</source>
        <translation>停用 %1 的账户？停用后不能再登录。他登记过的内容都保留，历史记录里仍有他的名字。</translation>
    </message>
    <message>
        <source>Saved: %1.</source>
        <translation>已保存：%1。</translation>
    </message>
    <message>
        <source>This did not work. The reason was written to the log.</source>
        <translation>没有办成，原因已写入日志。</translation>
    </message>
    <message>
        <source>&amp;Enable</source>
        <translation>启用(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Disable</source>
        <translation>停用(&amp;D)</translation>
    </message>
    <message>
        <source>You cannot disable your own account.</source>
        <translation>不能停用自己正在使用的账户。</translation>
    </message>
    <message>
        <source>never</source>
        <translation>从未登录</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>已停用</translation>
    </message>
    <message>
        <source>active</source>
        <translation>可用</translation>
    </message>
    <message>
        <source>locked until %1</source>
        <translation>锁定到 %1</translation>
    </message>
    <message>
        <source>temporary password</source>
        <translation>临时密码</translation>
    </message>
    <message>
        <source>Accounts and Roles</source>
        <translation>账户与权限</translation>
    </message>
    <message>
        <source>Change &amp;My Password…</source>
        <translation>修改我的密码(&amp;M)…</translation>
    </message>
    <message>
        <source>Accounts on this computer</source>
        <translation>本机的账户</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>账户</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>登录名</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Last sign-in</source>
        <translation>上次登录</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>&amp;Add Account…</source>
        <translation>添加账户(&amp;A)…</translation>
    </message>
    <message>
        <source>Change &amp;Role…</source>
        <translation>修改角色(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Temporary Password…</source>
        <translation>设临时密码(&amp;T)…</translation>
    </message>
    <message>
        <source>Mediator: registers and works on cases, prints papers. Committee chair: also the roster, the settings, voiding a case, exports and imports, and the accounts. Township justice office: the same as a chair, for the township&apos;s own computer.</source>
        <translation>调解员：登记和办理案件、打印文书。调委会主任：另外还能管理调解员名册、修改设置、作废案件、导出和导入、管理账户。司法所工作人员：在乡镇自己的电脑上，权限和主任相同。</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>关闭（Esc）</translation>
    </message>
</context>
<context>
    <name>ActionDialog</name>
    <message>
        <source>Case step</source>
        <translation>办理案件</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Case %1: %2 (now: %3)</source>
        <translation>案件 %1：%2（当前状态：%3）</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Accept the dispute: the committee will mediate it. One mediator presides, and every party must agree to mediation (People&apos;s Mediation Law, Art. 17). The one-month time limit starts today.</source>
        <translation>受理纠纷：由本调委会调解。指定一名调解员主持调解，各方当事人都要同意调解（人民调解法第十七条）。一个月的调解期限从受理之日起计算。</translation>
    </message>
    <message>
        <source>Do not accept the dispute. Only the reasons the law allows can be chosen; tell the parties where they can turn instead.</source>
        <translation>不予受理这起纠纷。只能选择法律规定的理由；请告诉当事人可以到哪里解决。</translation>
    </message>
    <message>
        <source>Start mediating. Before that, every party must have been told of their rights and duties.</source>
        <translation>开始调解。开始前，要先向每位当事人告知权利义务。</translation>
    </message>
    <message>
        <source>Confirm that the parties reached an agreement. The agreement itself is recorded with &quot;Add to the file&quot;; a written one must be signed by all parties and the mediator and carry the committee&apos;s seal.</source>
        <translation>确认双方已达成协议。协议内容请用“添加记录”登记；书面协议要有各方当事人、调解员签名并加盖调委会印章。</translation>
    </message>
    <message>
        <source>End the mediation without agreement. Record why, and that the parties were told they may go to court, arbitration or the competent authority (Art. 26).</source>
        <translation>调解不成，终止调解。写明终止的理由，并记录已告知当事人可以通过诉讼、仲裁或请求有关行政机关处理等途径解决（人民调解法第二十六条）。</translation>
    </message>
    <message>
        <source>Hand the case to another body (the township justice office, or a joint mediation). Name the body that receives it.</source>
        <translation>把案件移交其他单位（如乡镇司法所，或联合调解）。请写明接收单位。</translation>
    </message>
    <message>
        <source>The receiving body has handed the case back: mediation goes on here.</source>
        <translation>接收单位已把案件退回，由本调委会继续调解。</translation>
    </message>
    <message>
        <source>The parties start performing the agreement; each item is then followed up until it is done.</source>
        <translation>当事人开始履行协议；之后逐项跟进，直到履行完毕。</translation>
    </message>
    <message>
        <source>Every item of the agreement has been performed. A follow-up visit comes before the case is closed.</source>
        <translation>协议的各项内容都已履行。结案前还要回访。</translation>
    </message>
    <message>
        <source>A party has not performed an item by its date. Urge performance; if that fails, the party may go to court.</source>
        <translation>有当事人到期没有履行。请督促履行；督促无效的，当事人可以向人民法院起诉。</translation>
    </message>
    <message>
        <source>Mediate again and replace the agreement (it stays in the file, marked void). Only if all parties agree.</source>
        <translation>重新调解并以新协议代替原协议（原协议留在卷宗里，标为作废）。须经各方当事人同意。</translation>
    </message>
    <message>
        <source>File the complete dossier. After this the case can no longer be changed.</source>
        <translation>把完整的卷宗立卷归档。归档后案件不能再修改。</translation>
    </message>
    <message>
        <source>Close the case although the agreement was not performed: say what the party did instead.</source>
        <translation>协议未履行，结案：请写明当事人后来怎么处理的。</translation>
    </message>
    <message>
        <source>Close the case that another body handled: record that body&apos;s result.</source>
        <translation>案件已由其他单位处理，结案：请记录对方的处理结果。</translation>
    </message>
    <message>
        <source>Close the case (结案). Check that the file is complete first.</source>
        <translation>结案。请先检查卷宗材料是否齐全。</translation>
    </message>
    <message>
        <source>⚠ This could not be saved because of an unexpected problem; it was written to the log. What you typed is kept: try again, or close and reopen the case.</source>
        <translation>⚠ 出现意外问题，没能保存，详情已写入日志。填写的内容还在：请再试一次，或关闭后重新打开案件。</translation>
    </message>
    <message>
        <source>⚠ The lists to choose from could not be read. Close this form and try again.</source>
        <translation>⚠ 没能读取可选的项目。请关闭这张表后再试。</translation>
    </message>
</context>
<context>
    <name>ActionForm</name>
    <message>
        <source>Date:</source>
        <translation>办理日期：</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>正在读取…</translation>
    </message>
    <message>
        <source>Presiding mediator:</source>
        <translation>主持调解员：</translation>
    </message>
    <message>
        <source>All parties agree to mediate again</source>
        <translation>各方当事人都同意重新调解</translation>
    </message>
    <message>
        <source>All parties agree to mediation (none clearly refuses)</source>
        <translation>各方当事人都同意调解（没有一方明确拒绝）</translation>
    </message>
    <message>
        <source>Every party has been told of their rights and duties</source>
        <translation>已向每位当事人告知权利义务</translation>
    </message>
    <message>
        <source>How they were told:</source>
        <translation>告知方式：</translation>
    </message>
    <message>
        <source>— choose a reason —</source>
        <translation>— 请选择理由 —</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>理由：</translation>
    </message>
    <message>
        <source>e.g. the agreement is clearly unfair to one party</source>
        <translation>例如：协议对一方明显不公平</translation>
    </message>
    <message>
        <source>Why mediate again:</source>
        <translation>重新调解的理由：</translation>
    </message>
    <message>
        <source>The parties were told they may:</source>
        <translation>已告知当事人可以：</translation>
    </message>
    <message>
        <source>e.g. the township justice office</source>
        <translation>例如：某某镇司法所</translation>
    </message>
    <message>
        <source>Receiving body:</source>
        <translation>接收单位：</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>类型：</translation>
    </message>
    <message>
        <source>What the receiving body decided:</source>
        <translation>接收单位的处理结果：</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>备注：</translation>
    </message>
    <message>
        <source>— choose the mediator who presides —</source>
        <translation>— 请选择主持调解员 —</translation>
    </message>
    <message>
        <source>— no serving mediator on the roster yet —</source>
        <translation>— 调解员名册里还没有在任的调解员 —</translation>
    </message>
</context>
<context>
    <name>AgendaTableModel</name>
    <message>
        <source>Due on</source>
        <translation>到期日</translation>
    </message>
    <message>
        <source>When</source>
        <translation>情况</translation>
    </message>
    <message>
        <source>What is due</source>
        <translation>待办事项</translation>
    </message>
    <message>
        <source>Case No. or subject</source>
        <translation>案号或事项</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>案件名称</translation>
    </message>
    <message>
        <source>Village</source>
        <translation>村</translation>
    </message>
</context>
<context>
    <name>AgreementDialog</name>
    <message>
        <source>Mediation agreement</source>
        <translation>人民调解协议</translation>
    </message>
    <message>
        <source>Write down what the parties agreed, in the order of the agreement paper. A written agreement takes effect once all parties and the mediator have signed and the committee&apos;s seal is on it; an oral agreement takes effect when it is reached.</source>
        <translation>按协议书的顺序写下当事人达成的协议。书面协议经各方当事人签名、调解员签名并加盖调委会印章后生效；口头协议自达成之日起生效。</translation>
    </message>
    <message>
        <source>Form of agreement:</source>
        <translation>协议形式：</translation>
    </message>
    <message>
        <source>&amp;Written (agreement paper)</source>
        <translation>书面协议(&amp;W)（人民调解协议书）</translation>
    </message>
    <message>
        <source>&amp;Oral (written down by the mediator)</source>
        <translation>口头协议(&amp;O)（由调解员登记）</translation>
    </message>
    <message>
        <source>Date &amp;reached:</source>
        <translation>达成日期(&amp;R)：</translation>
    </message>
    <message>
        <source>Main &amp;facts and points in dispute:</source>
        <translation>纠纷主要事实、争议事项(&amp;F)：</translation>
    </message>
    <message>
        <source>Main facts and points in dispute</source>
        <translation>纠纷主要事实、争议事项</translation>
    </message>
    <message>
        <source>After mediation the parties agree of their own free will as follows:</source>
        <translation>经调解，自愿达成如下协议：</translation>
    </message>
    <message>
        <source>Terms agreed</source>
        <translation>协议内容</translation>
    </message>
    <message>
        <source>Carrying it out</source>
        <translation>履行方式、地点、期限</translation>
    </message>
    <message>
        <source>&amp;How:</source>
        <translation>履行方式(&amp;H)：</translation>
    </message>
    <message>
        <source>Manner of performance</source>
        <translation>履行方式</translation>
    </message>
    <message>
        <source>e.g. paid in cash in one sum, in front of the mediator</source>
        <translation>例如：在调解员见证下一次性当面付清现金</translation>
    </message>
    <message>
        <source>&amp;Where:</source>
        <translation>履行地点(&amp;W)：</translation>
    </message>
    <message>
        <source>&amp;By when:</source>
        <translation>履行期限(&amp;B)：</translation>
    </message>
    <message>
        <source>&amp;Amount (yuan):</source>
        <translation>涉及金额(&amp;A)（元）：</translation>
    </message>
    <message>
        <source>e.g. 12000 or 1.2万; leave empty if no money is involved</source>
        <translation>例如 12000 或 1.2万；不涉及钱款就不填</translation>
    </message>
    <message>
        <source>Obligations to watch</source>
        <translation>需要督促的履行事项</translation>
    </message>
    <message>
        <source>List each thing a party must do by a date (pay, repair, move ...). The desk reminds you when one falls due.</source>
        <translation>把当事人要在某个日期前做的每件事（付款、修缮、搬迁……）分别列出来，到期时工作台会提醒。</translation>
    </message>
    <message>
        <source>Obligations</source>
        <translation>履行事项</translation>
    </message>
    <message>
        <source>Signatures and seal</source>
        <translation>签名和盖章</translation>
    </message>
    <message>
        <source>All parties signed (or fingerprinted)</source>
        <translation>各方当事人已签名（或按指印）</translation>
    </message>
    <message>
        <source>The mediator signed</source>
        <translation>调解员已签名</translation>
    </message>
    <message>
        <source>The recorder signed</source>
        <translation>记录人已签名</translation>
    </message>
    <message>
        <source>The committee&apos;s seal is on it</source>
        <translation>已加盖调委会印章</translation>
    </message>
    <message>
        <source>Recorder&apos;s &amp;name:</source>
        <translation>记录人姓名(&amp;N)：</translation>
    </message>
    <message>
        <source>Judicial confirmation</source>
        <translation>司法确认</translation>
    </message>
    <message>
        <source>It concerns marriage, adoption or another family status (a court cannot confirm it)</source>
        <translation>涉及婚姻、收养等身份关系（法院不予司法确认）</translation>
    </message>
    <message>
        <source>The parties do not want to ask a court to confirm it</source>
        <translation>当事人不申请司法确认</translation>
    </message>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation>保存（Ctrl+S）</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Close without saving (Esc)</source>
        <translation>不保存，关闭（Esc）</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Taken from the obligations: ¥%1, %2</source>
        <translation>按各履行事项合计：¥%1，%2</translation>
    </message>
    <message>
        <source>No amount of money.</source>
        <translation>不涉及金额。</translation>
    </message>
    <message>
        <source>In words: %1</source>
        <translation>大写：%1</translation>
    </message>
    <message>
        <source>Note: the obligations below add up to ¥%1.</source>
        <translation>注意：下面各履行事项合计为 ¥%1。</translation>
    </message>
    <message>
        <source>the parties&apos; signatures</source>
        <translation>当事人签名</translation>
    </message>
    <message>
        <source>the mediator&apos;s signature</source>
        <translation>调解员签名</translation>
    </message>
    <message>
        <source>the committee&apos;s seal</source>
        <translation>调委会印章</translation>
    </message>
    <message>
        <source>Not yet in effect: %1 still missing. You can record them later with &quot;Record signatures and seal&quot;.</source>
        <translation>协议还没有生效：还缺%1。以后可以用“登记签名盖章”补登。</translation>
    </message>
    <message>
        <source>✔ Signed and sealed: the agreement takes effect when saved.</source>
        <translation>✔ 已签名盖章：保存后即生效。</translation>
    </message>
</context>
<context>
    <name>AgreementText</name>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>%1 yuan</source>
        <translation>%1 元</translation>
    </message>
    <message>
        <source>No agreement has been recorded yet.</source>
        <translation>还没有登记调解协议。</translation>
    </message>
    <message>
        <source>Written agreement (mediation agreement form)</source>
        <translation>书面协议（人民调解协议书）</translation>
    </message>
    <message>
        <source>Oral agreement (registration form)</source>
        <translation>口头协议（口头协议登记表）</translation>
    </message>
    <message>
        <source>%1 — void, mediated again</source>
        <translation>%1 — 已作废（重新调解）</translation>
    </message>
    <message>
        <source>in force since %1</source>
        <translation>自 %1 起生效</translation>
    </message>
    <message>
        <source>⚠ not yet in force: signatures or the committee&apos;s seal are missing</source>
        <translation>⚠ 尚未生效：缺少签名或调委会印章</translation>
    </message>
    <message>
        <source>Number:</source>
        <translation>编号：</translation>
    </message>
    <message>
        <source>Reached on:</source>
        <translation>达成日期：</translation>
    </message>
    <message>
        <source>Legal effect:</source>
        <translation>效力：</translation>
    </message>
    <message>
        <source>Copies:</source>
        <translation>份数：</translation>
    </message>
    <message>
        <source>Total amount:</source>
        <translation>涉及金额：</translation>
    </message>
    <message>
        <source>Facts and points in dispute:</source>
        <translation>纠纷事实及争议事项：</translation>
    </message>
    <message>
        <source>Terms agreed:</source>
        <translation>协议内容：</translation>
    </message>
    <message>
        <source>How it is performed:</source>
        <translation>履行方式：</translation>
    </message>
    <message>
        <source>Where:</source>
        <translation>履行地点：</translation>
    </message>
    <message>
        <source>Performed by:</source>
        <translation>履行期限：</translation>
    </message>
    <message>
        <source>Performance items:</source>
        <translation>履行事项：</translation>
    </message>
    <message>
        <source>due %1</source>
        <translation>%1 前</translation>
    </message>
    <message>
        <source>Signed by all parties:</source>
        <translation>各方当事人签名：</translation>
    </message>
    <message>
        <source>Signed by the mediator:</source>
        <translation>调解员签名：</translation>
    </message>
    <message>
        <source>Signed by the recorder:</source>
        <translation>记录人签名：</translation>
    </message>
    <message>
        <source>Committee seal:</source>
        <translation>调委会盖章：</translation>
    </message>
</context>
<context>
    <name>AuditPage</name>
    <message>
        <source>Searching…</source>
        <translation>正在查找…</translation>
    </message>
    <message>
        <source>Export the audit log</source>
        <translation>导出操作日志</translation>
    </message>
    <message>
        <source>Audit log %1</source>
        <translation>操作日志%1</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>正在保存…</translation>
    </message>
    <message numerus="yes">
        <source>%n entries saved to %1</source>
        <translation>
            <numerusform>已保存 %n 条记录：%1</numerusform>
        </translation>
    </message>
    <message>
        <source>The log could not be read. Press F5 to try again.</source>
        <translation>日志读取失败，请按 F5 重试。</translation>
    </message>
    <message>
        <source>No entries match the filters.</source>
        <translation>没有符合条件的记录。</translation>
    </message>
    <message numerus="yes">
        <source>%n entries, %1 shown — scroll down for more</source>
        <translation>
            <numerusform>共 %n 条，已显示 %1 条——向下滚动查看更多</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entries</source>
        <translation>
            <numerusform>共 %n 条</numerusform>
        </translation>
    </message>
    <message>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>Everything done on this computer, newest first: who, when, what. The log cannot be changed or deleted. Double-click a case&apos;s line to open the case.</source>
        <translation>本机上的每一项操作，最新的在前：谁、何时、做了什么。日志不能修改或删除。双击案件的记录可打开该案件。</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>从(&amp;F)：</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>起始日期</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>到(&amp;T)：</translation>
    </message>
    <message>
        <source>To date</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <source>&amp;By:</source>
        <translation>操作人(&amp;B)：</translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation>操作类别(&amp;C)：</translation>
    </message>
    <message>
        <source>Case number or text</source>
        <translation>案号或内容</translation>
    </message>
    <message>
        <source>Case number or text…</source>
        <translation>案号或内容…</translation>
    </message>
    <message>
        <source>C&amp;lear filters</source>
        <translation>清除条件(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>导出(&amp;E)…</translation>
    </message>
    <message>
        <source>Save the entries shown as a CSV or Excel file (the export is itself recorded in the log)</source>
        <translation>把符合条件的记录保存为 CSV 或 Excel 文件（导出本身也记入日志）</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>操作日志</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>正在读取…</translation>
    </message>
</context>
<context>
    <name>AuditTableModel</name>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>By</source>
        <translation>操作人</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>About</source>
        <translation>对象</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>摘要</translation>
    </message>
</context>
<context>
    <name>BackupControl</name>
    <message>
        <source>Restoring the backup…</source>
        <translation>正在恢复备份…</translation>
    </message>
    <message>
        <source>Making a backup before closing…</source>
        <translation>正在备份，马上就会关闭…</translation>
    </message>
    <message>
        <source>The backup of %1 was restored.

The data as it was before is kept as “Data replaced by a restore” in the backups list, and can be restored back.</source>
        <translation>已恢复到 %1 的备份。

恢复之前的数据保存在备份列表里（“被恢复替换下的数据”），可以再恢复回来。</translation>
    </message>
    <message>
        <source>The backup was not restored: %1</source>
        <translation>没有恢复备份：%1</translation>
    </message>
    <message>
        <source>Backups and Restore</source>
        <translation>备份与恢复</translation>
    </message>
    <message>
        <source>Automatic backup made: %1</source>
        <translation>已自动备份：%1</translation>
    </message>
    <message>
        <source>The automatic backup failed: %1</source>
        <translation>自动备份没有成功：%1</translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <source>Backups and Restore</source>
        <translation>备份与恢复</translation>
    </message>
    <message>
        <source>A backup is a checked copy of all the data. Mediation Desk makes one every 30 minutes while something changes, when it closes, and before every import, upgrade and restore. Old backups are thinned out: all of the last two days, then one a day, one a week and one a month are kept.</source>
        <translation>备份是全部数据的一份经过检查的副本。调解工作台在有改动时每 30 分钟自动备份一次，关闭时、每次导入、升级和恢复之前也会备份。旧备份会逐步精简：最近两天的全部保留，更早的每天、每周、每月各保留一份。</translation>
    </message>
    <message>
        <source>Backups, newest first</source>
        <translation>备份（最新的在最上面）</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>日期和时间</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>&amp;Back Up Now</source>
        <translation>立即备份(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Restore from This Backup…</source>
        <translation>从此备份恢复(&amp;R)…</translation>
    </message>
    <message>
        <source>Open Backups &amp;Folder</source>
        <translation>打开备份文件夹(&amp;F)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>自动备份</translation>
    </message>
    <message>
        <source>When closing</source>
        <translation>退出时备份</translation>
    </message>
    <message>
        <source>Made by hand</source>
        <translation>手动备份</translation>
    </message>
    <message>
        <source>Before an upgrade</source>
        <translation>升级前备份</translation>
    </message>
    <message>
        <source>Before an import</source>
        <translation>导入前备份</translation>
    </message>
    <message>
        <source>Before a restore</source>
        <translation>恢复前备份</translation>
    </message>
    <message>
        <source>Data replaced by a restore</source>
        <translation>被恢复替换下的数据</translation>
    </message>
    <message>
        <source>Backups are kept in %1. The last one was made on %2.</source>
        <translation>备份保存在 %1。最近一次备份：%2。</translation>
    </message>
    <message>
        <source>Backups are kept in %1. No backup has been made yet.</source>
        <translation>备份保存在 %1。还没有做过备份。</translation>
    </message>
    <message>
        <source>The backups could not be listed.</source>
        <translation>无法列出备份。</translation>
    </message>
    <message>
        <source>Making a backup…</source>
        <translation>正在备份…</translation>
    </message>
    <message>
        <source>Backup made and checked: %1, %2.</source>
        <translation>备份已完成并通过检查：%1，%2。</translation>
    </message>
    <message>
        <source>No backup was made: %1</source>
        <translation>没有做成备份：%1</translation>
    </message>
    <message>
        <source>Restore from this backup?</source>
        <translation>从这份备份恢复？</translation>
    </message>
    <message>
        <source>Replace all the data with the backup of %1?

The data as it is now is not lost: it is kept aside as a backup of its own (“Data replaced by a restore”), and you can restore it back from this list.

The window closes and opens again on the restored data.</source>
        <translation>用 %1 的备份替换全部数据吗？

现在的数据不会丢失：它会另外保存为一份备份（“被恢复替换下的数据”），以后可以在这个列表里再恢复回来。

恢复后窗口会关闭，再打开恢复后的数据。</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>恢复</translation>
    </message>
</context>
<context>
    <name>BlankFormsDialog</name>
    <message>
        <source>Making “%1”…</source>
        <translation>正在生成“%1”…</translation>
    </message>
    <message>
        <source>Blank forms</source>
        <translation>空白文书</translation>
    </message>
    <message>
        <source>Empty papers to fill in by hand, for example when visiting a household. Choose one to see and print it.</source>
        <translation>供手工填写的空白文书，例如入户调解时使用。选中一种即可预览、打印。</translation>
    </message>
    <message>
        <source>Pre&amp;view…</source>
        <translation>预览(&amp;V)…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>关闭(&amp;C)</translation>
    </message>
</context>
<context>
    <name>BundlePeopleDialog</name>
    <message>
        <source>Who is in %1</source>
        <translation>%1 包含哪些人</translation>
    </message>
    <message>
        <source>Bundle %1, exported %2 by %3 to %4 (%5): %6 case(s), %7 person(s).</source>
        <translation>数据包 %1，%2 由 %3 导出，发往 %4（%5）：案件 %6 件，人员 %7 人。</translation>
    </message>
    <message>
        <source>This bundle was exported before the upgrade: only the number of persons was recorded (%1).</source>
        <translation>此包导出于升级之前，只记录了人数（%1 人）。</translation>
    </message>
    <message numerus="yes">
        <source>%n more party(ies) not registered as persons are in the bundle (counted, not named).</source>
        <translation>
            <numerusform>另有 %n 名未登记为人员的当事人在包内（只计人数，未列姓名）。</numerusform>
        </translation>
    </message>
    <message>
        <source>This bundle held no personal data.</source>
        <translation>此包不含个人信息。</translation>
    </message>
    <message>
        <source>Export the list of persons</source>
        <translation>导出人员清单</translation>
    </message>
    <message>
        <source>Persons in %1</source>
        <translation>%1 人员清单</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>正在保存…</translation>
    </message>
    <message>
        <source>List saved: %1</source>
        <translation>清单已保存：%1</translation>
    </message>
    <message>
        <source>⚠ The export log could not be read.</source>
        <translation>⚠ 导出记录读取失败。</translation>
    </message>
    <message>
        <source>Who is in this bundle</source>
        <translation>数据包包含哪些人</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>正在读取…</translation>
    </message>
    <message>
        <source>Persons in the bundle</source>
        <translation>包内人员</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>所涉案件</translation>
    </message>
    <message>
        <source>&amp;Export the list…</source>
        <translation>导出清单(&amp;E)…</translation>
    </message>
    <message>
        <source>Save the list as a CSV or Excel file, e.g. for the report of a lost stick (the export is recorded in the log)</source>
        <translation>把清单保存为 CSV 或 Excel 文件，例如用于U盘丢失的报告（导出记入日志）</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>关闭(&amp;C)</translation>
    </message>
</context>
<context>
    <name>CaseListPage</name>
    <message>
        <source>Searching…</source>
        <translation>正在查找…</translation>
    </message>
    <message>
        <source>The list could not be read. Press F5 to try again.</source>
        <translation>没能读取案件列表。请按 F5 重试。</translation>
    </message>
    <message>
        <source>No cases match. Press “Clear filters” to see all cases.</source>
        <translation>没有找到符合条件的案件。按“清除筛选”可重新显示全部案件。</translation>
    </message>
    <message>
        <source>There are no cases yet.</source>
        <translation>还没有登记任何案件。</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s), %1 shown — scroll down for more</source>
        <translation>
            <numerusform>共 %n 件，已显示 %1 件，向下滚动查看更多</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) match the search and filters</source>
        <translation>
            <numerusform>符合条件的共 %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n case(s)</source>
        <translation>
            <numerusform>共 %n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>查找(&amp;S)：</translation>
    </message>
    <message>
        <source>Search name, pinyin initials, facts…</source>
        <translation>输入姓名、拼音首字母或纠纷内容…</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>状态(&amp;T)：</translation>
    </message>
    <message>
        <source>T&amp;ype:</source>
        <translation>类型(&amp;Y)：</translation>
    </message>
    <message>
        <source>Show only cases of this type of dispute</source>
        <translation>只显示这一类纠纷的案件</translation>
    </message>
    <message>
        <source>Y&amp;ear:</source>
        <translation>年份(&amp;E)：</translation>
    </message>
    <message>
        <source>Show only cases registered in this year</source>
        <translation>只显示这一年登记的案件</translation>
    </message>
    <message>
        <source>&amp;Overdue only</source>
        <translation>只看已超期(&amp;O)</translation>
    </message>
    <message>
        <source>Empty the search and show all cases again (the sort order stays)</source>
        <translation>清空查找内容，重新显示全部案件（排列顺序不变）</translation>
    </message>
    <message>
        <source>C&amp;lear filters</source>
        <translation>清除筛选(&amp;L)</translation>
    </message>
    <message>
        <source>Case list</source>
        <translation>案件列表</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>正在读取…</translation>
    </message>
</context>
<context>
    <name>CaseTabText</name>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Nothing recorded yet.</source>
        <translation>还没有记录。</translation>
    </message>
    <message>
        <source>The dispute</source>
        <translation>纠纷简要情况</translation>
    </message>
    <message>
        <source>Requests of the parties:</source>
        <translation>当事人申请事项：</translation>
    </message>
    <message>
        <source>%1 (referred by %2)</source>
        <translation>%1（由%2移送）</translation>
    </message>
    <message>
        <source>Registration</source>
        <translation>登记情况</translation>
    </message>
    <message>
        <source>Received on:</source>
        <translation>登记日期：</translation>
    </message>
    <message>
        <source>Received by:</source>
        <translation>登记人：</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>纠纷来源：</translation>
    </message>
    <message>
        <source>Application:</source>
        <translation>申请方式：</translation>
    </message>
    <message>
        <source>Sub-category:</source>
        <translation>纠纷小类：</translation>
    </message>
    <message>
        <source>Amount in dispute:</source>
        <translation>涉及金额：</translation>
    </message>
    <message>
        <source>%1 yuan</source>
        <translation>%1 元</translation>
    </message>
    <message>
        <source>Accepted on:</source>
        <translation>受理日期：</translation>
    </message>
    <message>
        <source>All parties agreed to mediation:</source>
        <translation>各方当事人同意调解：</translation>
    </message>
    <message>
        <source>Mediated in public:</source>
        <translation>公开调解：</translation>
    </message>
    <message>
        <source>Major dispute</source>
        <translation>重大纠纷</translation>
    </message>
    <message>
        <source>Marked on:</source>
        <translation>标记日期：</translation>
    </message>
    <message>
        <source>Because:</source>
        <translation>情形：</translation>
    </message>
    <message>
        <source>Escalation prevented</source>
        <translation>防止激化</translation>
    </message>
    <message>
        <source>Prevented:</source>
        <translation>防止激化情形：</translation>
    </message>
    <message>
        <source>Persons involved:</source>
        <translation>涉及人数：</translation>
    </message>
    <message>
        <source>Time limits</source>
        <translation>期限</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>办理结果</translation>
    </message>
    <message>
        <source>Nothing is due.</source>
        <translation>没有待办期限。</translation>
    </message>
    <message>
        <source>The time limit was extended to %1 with the parties&apos; consent.</source>
        <translation>经当事人同意，调解期限已延长到 %1。</translation>
    </message>
    <message>
        <source>Declined because:</source>
        <translation>不予受理理由：</translation>
    </message>
    <message>
        <source>Terminated because:</source>
        <translation>终止调解理由：</translation>
    </message>
    <message>
        <source>Parties were told they may:</source>
        <translation>已告知当事人可以：</translation>
    </message>
    <message>
        <source>Closed on:</source>
        <translation>结案日期：</translation>
    </message>
    <message>
        <source>Closed because:</source>
        <translation>结案理由：</translation>
    </message>
    <message>
        <source>Archived on:</source>
        <translation>归档日期：</translation>
    </message>
    <message>
        <source>⚠ Not yet told of their rights and duties: %1</source>
        <translation>⚠ 还没有告知权利义务：%1</translation>
    </message>
    <message>
        <source>Every party has been told of their rights and duties.</source>
        <translation>已向每位当事人告知权利义务。</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>日期：</translation>
    </message>
    <message>
        <source>Party:</source>
        <translation>当事人：</translation>
    </message>
    <message>
        <source>How:</source>
        <translation>告知方式：</translation>
    </message>
    <message>
        <source>Acknowledged:</source>
        <translation>当事人确认：</translation>
    </message>
    <message>
        <source>Investigation %1 — %2</source>
        <translation>第 %1 次调查 — %2</translation>
    </message>
    <message>
        <source>Place:</source>
        <translation>地点：</translation>
    </message>
    <message>
        <source>Person asked:</source>
        <translation>被调查人：</translation>
    </message>
    <message>
        <source>Session %1 — %2</source>
        <translation>第 %1 次调解 — %2</translation>
    </message>
    <message>
        <source>Matter:</source>
        <translation>调解事项：</translation>
    </message>
    <message>
        <source>Result:</source>
        <translation>结果：</translation>
    </message>
    <message>
        <source>Visit %1 — %2</source>
        <translation>第 %1 次回访 — %2</translation>
    </message>
    <message>
        <source>How the agreement is kept:</source>
        <translation>协议履行情况：</translation>
    </message>
    <message>
        <source>Satisfaction:</source>
        <translation>当事人满意度：</translation>
    </message>
    <message>
        <source>Risk found:</source>
        <translation>发现风险：</translation>
    </message>
    <message>
        <source>Measures:</source>
        <translation>采取的措施：</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>备注：</translation>
    </message>
    <message>
        <source>The parties may apply to the court together until %1 (%2).</source>
        <translation>当事人可以在 %1 前共同向人民法院申请司法确认（%2）。</translation>
    </message>
    <message>
        <source>The agreement concerns a personal status relation; a court cannot confirm it.</source>
        <translation>协议涉及身份关系，不能申请司法确认。</translation>
    </message>
    <message>
        <source>The parties chose not to apply for confirmation.</source>
        <translation>当事人决定不申请司法确认。</translation>
    </message>
    <message>
        <source>Application of %1</source>
        <translation>%1 的申请</translation>
    </message>
    <message>
        <source>Court:</source>
        <translation>人民法院：</translation>
    </message>
    <message>
        <source>Court case number:</source>
        <translation>法院案号：</translation>
    </message>
    <message>
        <source>Decision:</source>
        <translation>法院决定：</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>接收单位：</translation>
    </message>
    <message>
        <source>In writing:</source>
        <translation>书面报告：</translation>
    </message>
    <message>
        <source>What was reported:</source>
        <translation>报告内容：</translation>
    </message>
    <message>
        <source>Handed back to us:</source>
        <translation>已退回本调委会：</translation>
    </message>
</context>
<context>
    <name>CaseTableModel</name>
    <message>
        <source>No.</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Registered on</source>
        <translation>登记日期</translation>
    </message>
    <message>
        <source>Time limit</source>
        <translation>期限</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>同步</translation>
    </message>
    <message>
        <source>Village</source>
        <translation>村</translation>
    </message>
    <message>
        <source>[major] %1</source>
        <translation>【重大】%1</translation>
    </message>
    <message>
        <source>The village whose mediation committee reported the case</source>
        <translation>报送这件案件的村调解委员会</translation>
    </message>
    <message>
        <source>Where the case stands with the township: not exported yet, exported and waiting for the township&apos;s receipt, received, or returned for correction</source>
        <translation>案件在乡镇那边的情况：未导出、已导出待确认（等乡镇回执）、乡镇已接收，或乡镇退回要求整改</translation>
    </message>
    <message>
        <source>Click to sort the list by this column</source>
        <translation>点击按这一列排列</translation>
    </message>
    <message>
        <source>Sorted by number, smallest first. Click to reverse.</source>
        <translation>按编号从小到大排列。点击可反过来排。</translation>
    </message>
    <message>
        <source>Sorted by number, largest first. Click to reverse.</source>
        <translation>按编号从大到小排列。点击可反过来排。</translation>
    </message>
    <message>
        <source>Sorted by title, ascending. Click to reverse.</source>
        <translation>按标题升序排列。点击可反过来排。</translation>
    </message>
    <message>
        <source>Sorted by title, descending. Click to reverse.</source>
        <translation>按标题降序排列。点击可反过来排。</translation>
    </message>
    <message>
        <source>Sorted by type, in the order of the type list. Click to reverse.</source>
        <translation>按类型排列，顺序与“类型”选择框相同。点击可反过来排。</translation>
    </message>
    <message>
        <source>Sorted by type, in reverse order of the type list. Click to reverse.</source>
        <translation>按类型倒序排列。点击可反过来排。</translation>
    </message>
    <message>
        <source>Sorted by status, earliest stage first. Click to reverse.</source>
        <translation>按状态排列，办案进度靠前的在前。点击可反过来排。</translation>
    </message>
    <message>
        <source>Sorted by status, latest stage first. Click to reverse.</source>
        <translation>按状态排列，办案进度靠后的在前。点击可反过来排。</translation>
    </message>
    <message>
        <source>Sorted by date of registration, oldest first. Click to reverse.</source>
        <translation>按登记日期排列，最早的在前。点击可反过来排。</translation>
    </message>
    <message>
        <source>Sorted by date of registration, newest first. Click to reverse.</source>
        <translation>按登记日期排列，最新的在前。点击可反过来排。</translation>
    </message>
    <message>
        <source>Sorted by time limit, soonest first; cases without one come last. Click to reverse.</source>
        <translation>按期限排列，最先到期的在前，没有期限的在最后。点击可反过来排。</translation>
    </message>
    <message>
        <source>Sorted by time limit, latest first; cases without one come last. Click to reverse.</source>
        <translation>按期限排列，最晚到期的在前，没有期限的在最后。点击可反过来排。</translation>
    </message>
    <message>
        <source>Parties: %1</source>
        <translation>当事人：%1</translation>
    </message>
    <message>
        <source>Host mediator: %1</source>
        <translation>主持调解员：%1</translation>
    </message>
    <message>
        <source>Next time limit: %1 %2</source>
        <translation>下一期限：%1 %2</translation>
    </message>
</context>
<context>
    <name>CaseTables</name>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>no longer on the case</source>
        <translation>已不再参与</translation>
    </message>
    <message>
        <source>presides</source>
        <translation>主持调解</translation>
    </message>
    <message>
        <source>mediator</source>
        <translation>参与调解</translation>
    </message>
    <message>
        <source>%1 — ⚠ possible conflict of interest</source>
        <translation>%1——⚠ 需回避提示</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
</context>
<context>
    <name>CaseWindow</name>
    <message>
        <source>Case</source>
        <translation>案件</translation>
    </message>
    <message>
        <source>Case number:</source>
        <translation>案件编号：</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>状态：</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>案件名称：</translation>
    </message>
    <message>
        <source>Category:</source>
        <translation>纠纷类型：</translation>
    </message>
    <message>
        <source>Host mediator:</source>
        <translation>主持调解员：</translation>
    </message>
    <message>
        <source>Next deadline:</source>
        <translation>最近期限：</translation>
    </message>
    <message>
        <source>Next step:</source>
        <translation>下一步：</translation>
    </message>
    <message>
        <source>Nothing more can be done with this case.</source>
        <translation>这个案件已经没有可以办理的步骤了。</translation>
    </message>
    <message>
        <source>&amp;Add to the file</source>
        <translation>添加记录(&amp;A)</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>概况</translation>
    </message>
    <message>
        <source>Overview of the case</source>
        <translation>案件概况</translation>
    </message>
    <message>
        <source>Parties</source>
        <translation>当事人</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>身份</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>性别</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>年龄</translation>
    </message>
    <message>
        <source>Occupation</source>
        <translation>职业</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>住址</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>代理人</translation>
    </message>
    <message>
        <source>Agreed to mediation</source>
        <translation>同意调解</translation>
    </message>
    <message>
        <source>Mediators</source>
        <translation>调解员</translation>
    </message>
    <message>
        <source>Mediators on this case</source>
        <translation>参与本案的调解员</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>分工</translation>
    </message>
    <message>
        <source>Chosen by a party</source>
        <translation>当事人选定</translation>
    </message>
    <message>
        <source>Assigned on</source>
        <translation>指派日期</translation>
    </message>
    <message>
        <source>Removed on</source>
        <translation>退出日期</translation>
    </message>
    <message>
        <source>Requests that a mediator step aside (recusal)</source>
        <translation>申请调解员回避</translation>
    </message>
    <message>
        <source>Recusal requests</source>
        <translation>回避申请</translation>
    </message>
    <message>
        <source>Requested on</source>
        <translation>申请日期</translation>
    </message>
    <message>
        <source>Mediator</source>
        <translation>调解员</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>决定</translation>
    </message>
    <message>
        <source>&amp;Decide recusal…</source>
        <translation>决定是否回避(&amp;D)…</translation>
    </message>
    <message>
        <source>Rights notice</source>
        <translation>权利告知</translation>
    </message>
    <message>
        <source>Investigation</source>
        <translation>调查</translation>
    </message>
    <message>
        <source>Investigation records</source>
        <translation>调查记录</translation>
    </message>
    <message>
        <source>Mediation</source>
        <translation>调解</translation>
    </message>
    <message>
        <source>Mediation sessions</source>
        <translation>调解记录</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>协议</translation>
    </message>
    <message>
        <source>Parts of the case file</source>
        <translation>卷宗各部分</translation>
    </message>
    <message>
        <source>Performance</source>
        <translation>履行</translation>
    </message>
    <message>
        <source>What the agreement requires, item by item</source>
        <translation>协议约定的履行事项（逐项）</translation>
    </message>
    <message>
        <source>Performance items</source>
        <translation>履行事项</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>事项</translation>
    </message>
    <message>
        <source>Who performs</source>
        <translation>履行人</translation>
    </message>
    <message>
        <source>Due on</source>
        <translation>履行期限</translation>
    </message>
    <message>
        <source>Amount (yuan)</source>
        <translation>金额（元）</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Done on</source>
        <translation>完成日期</translation>
    </message>
    <message>
        <source>&amp;Mark item done…</source>
        <translation>登记履行完成(&amp;M)…</translation>
    </message>
    <message>
        <source>Record &amp;reminder…</source>
        <translation>登记督促履行(&amp;R)…</translation>
    </message>
    <message>
        <source>Reminders given (urging performance)</source>
        <translation>督促履行记录</translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation>督促履行</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>回访</translation>
    </message>
    <message>
        <source>Follow-up visits</source>
        <translation>回访记录</translation>
    </message>
    <message>
        <source>Judicial confirmation</source>
        <translation>司法确认</translation>
    </message>
    <message>
        <source>Township:</source>
        <translation>乡镇：</translation>
    </message>
    <message>
        <source>&amp;Void…</source>
        <translation>作废(&amp;V)…</translation>
    </message>
    <message>
        <source>Void a registration made in error (the record stays)</source>
        <translation>作废登记错误的案件（记录保留）</translation>
    </message>
    <message>
        <source>Reports and transfers</source>
        <translation>上报移交</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>文书</translation>
    </message>
    <message>
        <source>History</source>
        <translation>历史</translation>
    </message>
    <message>
        <source>Show full &amp;ID number…</source>
        <translation>显示完整身份证号(&amp;I)…</translation>
    </message>
    <message>
        <source>Show the selected party&apos;s full ID number for 30 seconds; asks why, and the log records it</source>
        <translation>显示所选当事人的完整身份证号 30 秒；需说明用途，并记入日志</translation>
    </message>
    <message>
        <source>The papers this case can print now, in the order of the dossier. Choose one and preview, print or save it.</source>
        <translation>本案现在可以打印的文书，按卷宗顺序排列。选中一份后可预览、打印或另存为 PDF。</translation>
    </message>
    <message>
        <source>Papers of the case</source>
        <translation>本案文书</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>文书</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>Printed or saved</source>
        <translation>已打印/保存</translation>
    </message>
    <message>
        <source>Last time</source>
        <translation>最近一次</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>提示</translation>
    </message>
    <message>
        <source>Pre&amp;view…</source>
        <translation>预览(&amp;V)…</translation>
    </message>
    <message>
        <source>Show the paper as it will be printed (Enter)</source>
        <translation>按打印出来的样子显示文书（回车键）</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>打印(&amp;P)…</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>另存为 PDF(&amp;D)…</translation>
    </message>
    <message>
        <source>Export whole dossier as PDF…</source>
        <translation>整卷导出 PDF…</translation>
    </message>
    <message>
        <source>All papers of the case in one PDF file, in the order of the dossier index, with archive page numbers</source>
        <translation>把本案全部文书按卷内目录顺序合成一个 PDF 文件，带卷宗页码</translation>
    </message>
    <message>
        <source>History of the case</source>
        <translation>案件办理历史</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>By</source>
        <translation>操作人</translation>
    </message>
    <message>
        <source>What</source>
        <translation>事项</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Notes and returns of the township</source>
        <translation>乡镇的督办意见和退回</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Written by</source>
        <translation>填写人</translation>
    </message>
    <message>
        <source>Put right</source>
        <translation>整改</translation>
    </message>
    <message>
        <source>What the township wrote</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>&amp;Write a supervision note…</source>
        <translation>写督办意见(&amp;W)…</translation>
    </message>
    <message>
        <source>&amp;Return to the village…</source>
        <translation>退回村里(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Mark as put right…</source>
        <translation>标记整改完毕(&amp;M)…</translation>
    </message>
    <message>
        <source>“%1” cannot be done yet</source>
        <translation>现在还不能“%1”</translation>
    </message>
    <message>
        <source>“%1” is not available in this version yet.</source>
        <translation>本版本还不能“%1”。</translation>
    </message>
    <message>
        <source>Case %1 — %2</source>
        <translation>案件 %1 — %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>not yet assigned</source>
        <translation>尚未指定</translation>
    </message>
    <message>
        <source>nothing due</source>
        <translation>没有待办期限</translation>
    </message>
    <message>
        <source> · major dispute</source>
        <translation> · 重大纠纷</translation>
    </message>
    <message>
        <source>Open the form for “%1”</source>
        <translation>打开“%1”的表格</translation>
    </message>
    <message>
        <source>Done: %1. The case is now “%2”.</source>
        <translation>已办理“%1”，案件现在的状态是：%2。</translation>
    </message>
    <message>
        <source>Saved: %1.</source>
        <translation>已保存：%1。</translation>
    </message>
    <message>
        <source>The case could not be read again. Press F5 to try again.</source>
        <translation>没能重新读取案件。请按 F5 再试。</translation>
    </message>
</context>
<context>
    <name>ConflictsDialog</name>
    <message>
        <source>Nothing is waiting for review.</source>
        <translation>没有待审的记录。</translation>
    </message>
    <message>
        <source>%1 from %2. Changed on this computer: %3. Changed at the village: %4, by %5.</source>
        <translation>%1，来自%2。本机修改时间：%3。村里修改时间：%4，录入人：%5。</translation>
    </message>
    <message>
        <source>Records to review</source>
        <translation>待审记录</translation>
    </message>
    <message>
        <source>A village sent a record that differs from the copy on this computer although both carry the same version. Neither was overwritten. Compare the two and decide which one is right.</source>
        <translation>村里报来的记录与本机的记录版本相同，内容却不一样。两份都没有被覆盖。请对照两边的内容，决定哪一份是对的。</translation>
    </message>
    <message>
        <source>Fields that differ</source>
        <translation>不一致的内容</translation>
    </message>
    <message>
        <source>&amp;Keep this computer&apos;s copy</source>
        <translation>保留本机(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Take the village&apos;s copy</source>
        <translation>采用报来的(&amp;T)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>DraftBar</name>
    <message>
        <source>This form was not saved last time (%1). Restore what was typed?</source>
        <translation>上次填写的内容没有保存（%1）。要恢复吗？</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>恢复</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>丢弃</translation>
    </message>
</context>
<context>
    <name>DraftsDialog</name>
    <message>
        <source>%1 — saved %2</source>
        <translation>%1 —— 保存于 %2</translation>
    </message>
    <message>
        <source>Unsaved drafts</source>
        <translation>未保存的草稿</translation>
    </message>
    <message>
        <source>These forms were being filled in when Mediation Desk closed. Open one to finish it, or discard it.</source>
        <translation>调解工作台上次关闭时，下面这些表还没填完保存。打开一份接着填，或者丢弃。</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>打开(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>丢弃(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>关闭(&amp;C)</translation>
    </message>
</context>
<context>
    <name>DrillCaseModel</name>
    <message>
        <source>No.</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>案由</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Registered on</source>
        <translation>登记日期</translation>
    </message>
    <message>
        <source>Host mediator</source>
        <translation>主持调解员</translation>
    </message>
</context>
<context>
    <name>EnrollDialog</name>
    <message>
        <source>The file or folder could not be read or written. Check that the stick is still plugged in, then try again.</source>
        <translation>文件或文件夹读写失败。请检查U盘是否还插着，然后再试一次。</translation>
    </message>
    <message>
        <source>Something went wrong; it was written to the log. Try again.</source>
        <translation>出了问题，已记入日志。请再试一次。</translation>
    </message>
    <message>
        <source>Code: %1</source>
        <translation>代码：%1</translation>
    </message>
    <message>
        <source>The file %1 says it belongs to this township. Before it is enrolled, the fingerprint below must be the same as the one on the township&apos;s screen.</source>
        <translation>文件 %1 表明它属于下面这个乡镇。登记之前，下面的指纹必须与乡镇电脑屏幕上显示的指纹完全一样。</translation>
    </message>
    <message>
        <source>Compare it with the fingerprint shown on the township&apos;s computer, group by group (or have it read out by phone). Enroll only when every digit is the same.</source>
        <translation>请与乡镇电脑上显示的指纹逐组核对（也可以打电话请对方念给您听）。每一位数字都相同，才能登记。</translation>
    </message>
    <message>
        <source>This file cannot be used.</source>
        <translation>这个文件不能使用。</translation>
    </message>
    <message>
        <source>&amp;Replace the township enrolled before</source>
        <translation>替换原来登记的乡镇(&amp;R)</translation>
    </message>
    <message>
        <source>Enroll the township</source>
        <translation>登记乡镇</translation>
    </message>
    <message>
        <source>Fingerprint:</source>
        <translation>指纹：</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>指纹</translation>
    </message>
    <message>
        <source>The fingerprints match: enroll</source>
        <translation>指纹一致，登记</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>替换</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>FairnessTableModel</name>
    <message>
        <source>Head of household</source>
        <translation>户主</translation>
    </message>
    <message>
        <source>Turns</source>
        <translation>轮值次数</translation>
    </message>
    <message>
        <source>Turns before</source>
        <translation>此前次数</translation>
    </message>
    <message>
        <source>Patrolled</source>
        <translation>已巡逻</translation>
    </message>
    <message>
        <source>Missed</source>
        <translation>缺勤</translation>
    </message>
</context>
<context>
    <name>FindingReportDialog</name>
    <message>
        <source>Written report of a major dispute</source>
        <translation>重大纠纷书面报告</translation>
    </message>
    <message>
        <source>%1
Report due: %2</source>
        <translation>%1
报告截止：%2</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>The report could not be saved. Try again.</source>
        <translation>报告保存失败，请重试。</translation>
    </message>
    <message>
        <source>A major dispute found in screening is reported in writing to the judicial office within 2 days. Record the day the written report was sent.</source>
        <translation>排查发现的重大纠纷，须在 2 日内书面报告司法所。请登记书面报告报出的日期。</translation>
    </message>
    <message>
        <source>&amp;Reported on:</source>
        <translation>报告日期(&amp;R)：</translation>
    </message>
    <message>
        <source>Reported on</source>
        <translation>报告日期</translation>
    </message>
</context>
<context>
    <name>FindingsEditor</name>
    <message>
        <source>Low</source>
        <translation>低</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>中</translation>
    </message>
    <message>
        <source>High</source>
        <translation>高</translation>
    </message>
    <message>
        <source>What was found</source>
        <translation>排查发现的矛盾纠纷</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>纠纷类型</translation>
    </message>
    <message>
        <source>People involved</source>
        <translation>涉及人员</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>风险等级</translation>
    </message>
    <message>
        <source>Major</source>
        <translation>重大</translation>
    </message>
    <message>
        <source>Action taken</source>
        <translation>采取措施</translation>
    </message>
    <message>
        <source>(choose)</source>
        <translation>（请选择）</translation>
    </message>
    <message>
        <source>A major dispute must be reported in writing within 2 days</source>
        <translation>重大纠纷须在 2 日内书面上报</translation>
    </message>
</context>
<context>
    <name>FirstChairDialog</name>
    <message>
        <source>Create the Chair&apos;s Account</source>
        <translation>建立主任账户</translation>
    </message>
    <message>
        <source>Welcome. First, the chair&apos;s account.</source>
        <translation>欢迎使用。第一步：建立调委会主任的账户。</translation>
    </message>
    <message>
        <source>Several people share this laptop, and it holds the village&apos;s case files and the personal details of everyone in them. So everyone signs in with an account of their own. The committee chair creates the accounts of the others and decides who may void cases, export data and change the settings. Start with the chair&apos;s account now.</source>
        <translation>这台电脑由几个人共用，里面存着村里的案卷和当事人的个人信息，所以每个人都用自己的账户登录。调委会主任为其他人建立账户，并决定谁可以作废案件、导出数据和修改设置。现在先建立主任的账户。</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>姓名(&amp;N)：</translation>
    </message>
    <message>
        <source>e.g. 王建国</source>
        <translation>如：王建国</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>登录名(&amp;L)：</translation>
    </message>
    <message>
        <source>e.g. wangjg, or the name itself</source>
        <translation>如：wangjg，也可以直接用姓名</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <source>at least 8 characters</source>
        <translation>至少 8 个字符</translation>
    </message>
    <message>
        <source>Password &amp;again:</source>
        <translation>再次输入密码(&amp;A)：</translation>
    </message>
    <message>
        <source>Keep the password somewhere safe. If the chair forgets it, another chair&apos;s account can set a new one, so it is wise to create a second chair account later.</source>
        <translation>请记好密码。主任忘了密码时，只有另一个主任账户能为他设新密码，所以以后最好再建一个主任账户。</translation>
    </message>
    <message>
        <source>Create and Sign In</source>
        <translation>建立并登录</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <source>Close Mediation Desk without creating an account (Esc)</source>
        <translation>不建立账户，关闭调解工作台（Esc）</translation>
    </message>
</context>
<context>
    <name>FollowUpDialog</name>
    <message>
        <source>Follow-up of a report</source>
        <translation>报告的后续处理</translation>
    </message>
    <message>
        <source>What happened &amp;afterwards:</source>
        <translation>后续处理情况(&amp;A)：</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>后续处理情况</translation>
    </message>
</context>
<context>
    <name>FormGuide</name>
    <message>
        <source>Next: add the applicant with &quot;Add party…&quot;.</source>
        <translation>下一步：点“添加当事人…”，先登记申请人。</translation>
    </message>
    <message>
        <source>Next: add the respondent (the other side) with &quot;Add party…&quot;.</source>
        <translation>下一步：点“添加当事人…”，登记被申请人（对方当事人）。</translation>
    </message>
    <message>
        <source>Next: choose the category of the dispute.</source>
        <translation>下一步：选择纠纷类型。</translation>
    </message>
    <message>
        <source>Next: write down briefly what happened (the facts).</source>
        <translation>下一步：简要写下纠纷情况（事实经过）。</translation>
    </message>
    <message>
        <source>Everything required is filled in. Check parts 3 and 4, then press Save.</source>
        <translation>必填内容都已填好。请核对第三、四部分，然后点“保存”。</translation>
    </message>
    <message>
        <source>Leave empty for: %1</source>
        <translation>不填则为：%1</translation>
    </message>
    <message>
        <source>Leave empty to name it after the parties and the category</source>
        <translation>不填则按当事人姓名和纠纷类型自动命名</translation>
    </message>
</context>
<context>
    <name>FormOpener</name>
    <message>
        <source>The case was registered.</source>
        <translation>案件已登记。</translation>
    </message>
    <message>
        <source>This draft belongs to a form this version does not have.</source>
        <translation>这份草稿所属的表在本版本中没有。</translation>
    </message>
    <message>
        <source>The case of this draft could not be opened.</source>
        <translation>这份草稿所属的案件打不开。</translation>
    </message>
    <message>
        <source>That step is no longer possible for this case; the draft is kept.</source>
        <translation>这个案件已经不能办理这一步了；草稿仍然保留。</translation>
    </message>
    <message>
        <source>Opened the draft of case %1.</source>
        <translation>已打开案件 %1 的草稿。</translation>
    </message>
</context>
<context>
    <name>GroupDialog</name>
    <message>
        <source>Joint-defence group</source>
        <translation>联防组</translation>
    </message>
    <message>
        <source>&amp;Name: *</source>
        <translation>组名(&amp;N)：*</translation>
    </message>
    <message>
        <source>Name of the group</source>
        <translation>联防组名称</translation>
    </message>
    <message>
        <source>e.g. 第三村民组第一联防组</source>
        <translation>例如：第三村民组第一联防组</translation>
    </message>
    <message>
        <source>&amp;Villager group:</source>
        <translation>村民小组(&amp;V)：</translation>
    </message>
    <message>
        <source>Villager group</source>
        <translation>村民小组</translation>
    </message>
    <message>
        <source>G&amp;rid:</source>
        <translation>网格(&amp;R)：</translation>
    </message>
    <message>
        <source>Grid</source>
        <translation>网格</translation>
    </message>
    <message>
        <source>Households (about ten neighbouring households; tick each one)</source>
        <translation>成员户（相邻约十户，逐户打勾）</translation>
    </message>
    <message>
        <source>Find a household</source>
        <translation>查找农户</translation>
    </message>
    <message>
        <source>Type to find a household by address or name</source>
        <translation>输入住址或户主姓名查找</translation>
    </message>
    <message>
        <source>Households of the group</source>
        <translation>本组的农户</translation>
    </message>
    <message>
        <source>&amp;Head: *</source>
        <translation>中心户长(&amp;H)：*</translation>
    </message>
    <message>
        <source>Head of the group</source>
        <translation>中心户长</translation>
    </message>
    <message>
        <source>&amp;Deputy:</source>
        <translation>副户长(&amp;D)：</translation>
    </message>
    <message>
        <source>Deputy head</source>
        <translation>副户长</translation>
    </message>
    <message>
        <source>&amp;Elected on:</source>
        <translation>推选日期(&amp;E)：</translation>
    </message>
    <message>
        <source>Date the head was elected</source>
        <translation>中心户长推选日期</translation>
    </message>
    <message>
        <source>&amp;How chosen:</source>
        <translation>产生方式(&amp;H)：</translation>
    </message>
    <message>
        <source>How the head was chosen</source>
        <translation>中心户长产生方式</translation>
    </message>
    <message>
        <source>New joint-defence group</source>
        <translation>新建联防组</translation>
    </message>
    <message>
        <source>Edit joint-defence group</source>
        <translation>修改联防组</translation>
    </message>
    <message>
        <source>%1 (already in %2)</source>
        <translation>%1（已在%2）</translation>
    </message>
    <message>
        <source>%1 years</source>
        <translation>%1岁</translation>
    </message>
    <message numerus="yes">
        <source>%n household(s) ticked</source>
        <translation>
            <numerusform>已选 %n 户</numerusform>
        </translation>
    </message>
    <message>
        <source>The term runs to %1 (three years).</source>
        <translation>任期至 %1（三年）。</translation>
    </message>
</context>
<context>
    <name>GroupMemberTableModel</name>
    <message>
        <source>Head of household</source>
        <translation>户主</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>住址</translation>
    </message>
    <message>
        <source>Joined</source>
        <translation>加入日期</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>退出日期</translation>
    </message>
</context>
<context>
    <name>GroupTableModel</name>
    <message>
        <source>Group</source>
        <translation>联防组</translation>
    </message>
    <message>
        <source>Head</source>
        <translation>中心户长</translation>
    </message>
    <message>
        <source>Deputy</source>
        <translation>副户长</translation>
    </message>
    <message>
        <source>Households</source>
        <translation>户数</translation>
    </message>
    <message>
        <source>Term ends</source>
        <translation>任期届满</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message numerus="yes">
        <source>⚠ Term ends in %n day(s)</source>
        <translation>
            <numerusform>⚠ %n天后任期届满</numerusform>
        </translation>
    </message>
    <message>
        <source>⚠ %1 to check</source>
        <translation>⚠ %1项待核实</translation>
    </message>
</context>
<context>
    <name>GuardedDialog</name>
    <message>
        <source>Discard changes?</source>
        <translation>放弃修改？</translation>
    </message>
    <message>
        <source>What you typed in this form has not been saved. Close it and throw the changes away?</source>
        <translation>这张表里填写的内容还没有保存。确定关闭并丢弃这些内容吗？</translation>
    </message>
</context>
<context>
    <name>HeadChangeDialog</name>
    <message>
        <source>New head (re-election)</source>
        <translation>户长换届</translation>
    </message>
    <message>
        <source>%1 — head now: %2, elected %3, term to %4. The new head starts a new three-year term.</source>
        <translation>%1——现任中心户长：%2，%3推选，任期至 %4。新户长开始新的三年任期。</translation>
    </message>
    <message>
        <source>%1 years</source>
        <translation>%1岁</translation>
    </message>
    <message>
        <source>New &amp;head: *</source>
        <translation>新户长(&amp;H)：*</translation>
    </message>
    <message>
        <source>New head of the group</source>
        <translation>新的中心户长</translation>
    </message>
    <message>
        <source>&amp;Elected on: *</source>
        <translation>推选日期(&amp;E)：*</translation>
    </message>
    <message>
        <source>Date of the election</source>
        <translation>推选日期</translation>
    </message>
    <message>
        <source>&amp;How chosen:</source>
        <translation>产生方式(&amp;H)：</translation>
    </message>
    <message>
        <source>How the head was chosen</source>
        <translation>中心户长产生方式</translation>
    </message>
</context>
<context>
    <name>HistoryTab</name>
    <message>
        <source>Registered the dispute</source>
        <translation>登记纠纷</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>receiving body</source>
        <translation>接收单位</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>in force from</source>
        <translation>生效日期</translation>
    </message>
    <message>
        <source>person asked</source>
        <translation>被调查人</translation>
    </message>
    <message>
        <source>court</source>
        <translation>人民法院</translation>
    </message>
    <message>
        <source>because</source>
        <translation>情形</translation>
    </message>
    <message>
        <source>date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>from</source>
        <translation>原期限</translation>
    </message>
    <message>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <source>chosen by a party</source>
        <translation>当事人选定</translation>
    </message>
    <message>
        <source>mediator</source>
        <translation>调解员</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>%1 yuan</source>
        <translation>%1 元</translation>
    </message>
</context>
<context>
    <name>HouseholdDialog</name>
    <message>
        <source>Household</source>
        <translation>农户</translation>
    </message>
    <message>
        <source>&amp;Address: *</source>
        <translation>住址(&amp;A)：*</translation>
    </message>
    <message>
        <source>Address of the household</source>
        <translation>农户住址</translation>
    </message>
    <message>
        <source>e.g. 青石村三组12号</source>
        <translation>例如：青石村三组12号</translation>
    </message>
    <message>
        <source>&amp;Villager group:</source>
        <translation>村民小组(&amp;V)：</translation>
    </message>
    <message>
        <source>Villager group</source>
        <translation>村民小组</translation>
    </message>
    <message>
        <source>G&amp;rid:</source>
        <translation>网格(&amp;R)：</translation>
    </message>
    <message>
        <source>Grid</source>
        <translation>网格</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>备注(&amp;O)：</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Members (the head of household is marked)</source>
        <translation>家庭成员（标出户主）</translation>
    </message>
    <message>
        <source>Members of the household</source>
        <translation>家庭成员</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>性别</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Head of household</source>
        <translation>户主</translation>
    </message>
    <message>
        <source>Make head of &amp;household</source>
        <translation>设为户主(&amp;H)</translation>
    </message>
    <message>
        <source>Re&amp;move from the list</source>
        <translation>从名单中移除(&amp;M)</translation>
    </message>
    <message>
        <source>Add a new person</source>
        <translation>登记新成员</translation>
    </message>
    <message>
        <source>Na&amp;me:</source>
        <translation>姓名(&amp;M)：</translation>
    </message>
    <message>
        <source>Name of the new member</source>
        <translation>新成员姓名</translation>
    </message>
    <message>
        <source>&amp;Gender:</source>
        <translation>性别(&amp;G)：</translation>
    </message>
    <message>
        <source>Gender of the new member</source>
        <translation>新成员性别</translation>
    </message>
    <message>
        <source>&amp;ID number:</source>
        <translation>身份证号(&amp;I)：</translation>
    </message>
    <message>
        <source>ID number of the new member</source>
        <translation>新成员身份证号</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>电话(&amp;P)：</translation>
    </message>
    <message>
        <source>Phone of the new member</source>
        <translation>新成员电话</translation>
    </message>
    <message>
        <source>&amp;Add to the list</source>
        <translation>加入名单(&amp;A)</translation>
    </message>
    <message>
        <source>Or add someone already registered</source>
        <translation>或者加入已登记的人员</translation>
    </message>
    <message>
        <source>Find a registered person</source>
        <translation>查找已登记人员</translation>
    </message>
    <message>
        <source>Name or pinyin initials, then Enter</source>
        <translation>姓名或拼音首字母</translation>
    </message>
    <message>
        <source>Registered persons found</source>
        <translation>找到的人员</translation>
    </message>
    <message>
        <source>Add this &amp;person</source>
        <translation>加入此人(&amp;P)</translation>
    </message>
    <message>
        <source>New household</source>
        <translation>新增农户</translation>
    </message>
    <message>
        <source>Edit household</source>
        <translation>修改农户</translation>
    </message>
    <message>
        <source>✓ head</source>
        <translation>✓ 户主</translation>
    </message>
</context>
<context>
    <name>HouseholdTableModel</name>
    <message>
        <source>Villager group</source>
        <translation>村民小组</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>住址</translation>
    </message>
    <message>
        <source>Head of household</source>
        <translation>户主</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>人数</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Joint-defence group</source>
        <translation>联防组</translation>
    </message>
    <message>
        <source>Members&apos; names</source>
        <translation>家庭成员</translation>
    </message>
</context>
<context>
    <name>IncidentDialog</name>
    <message>
        <source>Incident report</source>
        <translation>情况报告</translation>
    </message>
    <message>
        <source>&amp;Next…</source>
        <translation>下一步(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Group: *</source>
        <translation>联防组(&amp;G)：*</translation>
    </message>
    <message>
        <source>Joint-defence group</source>
        <translation>联防组</translation>
    </message>
    <message>
        <source>&amp;Reported by:</source>
        <translation>报告人(&amp;R)：</translation>
    </message>
    <message>
        <source>Reported by</source>
        <translation>报告人</translation>
    </message>
    <message>
        <source>&amp;When: *</source>
        <translation>时间(&amp;W)：*</translation>
    </message>
    <message>
        <source>Date and time of the report</source>
        <translation>报告时间</translation>
    </message>
    <message>
        <source>&amp;Kind: *</source>
        <translation>类别(&amp;K)：*</translation>
    </message>
    <message>
        <source>Kind of incident</source>
        <translation>情况类别</translation>
    </message>
    <message>
        <source>What &amp;happened: *</source>
        <translation>情况简述(&amp;H)：*</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>情况简述</translation>
    </message>
    <message>
        <source>&amp;Action taken:</source>
        <translation>已采取措施(&amp;A)：</translation>
    </message>
    <message>
        <source>Action taken</source>
        <translation>已采取措施</translation>
    </message>
    <message>
        <source>&amp;Sent to: *</source>
        <translation>处理去向(&amp;S)：*</translation>
    </message>
    <message>
        <source>Who deals with it</source>
        <translation>处理去向</translation>
    </message>
    <message>
        <source>Sent to the mediation committee, the report becomes a case: after “Next” the new-case form opens, filled in from this report.</source>
        <translation>转调委会的情况要登记为案件：按“下一步”后打开新案件登记表，已按本报告填好。</translation>
    </message>
</context>
<context>
    <name>IncidentTableModel</name>
    <message>
        <source>Reported</source>
        <translation>报告时间</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>联防组</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Sent to</source>
        <translation>处理去向</translation>
    </message>
    <message>
        <source>Case No.</source>
        <translation>案件编号</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>情况简述</translation>
    </message>
    <message>
        <source>Action taken: </source>
        <translation>已采取措施：</translation>
    </message>
    <message>
        <source>Follow-up: </source>
        <translation>后续处理：</translation>
    </message>
</context>
<context>
    <name>ItemsEditor</name>
    <message>
        <source>Obligation %1</source>
        <translation>第%1项履行事项</translation>
    </message>
    <message>
        <source>Who must do obligation %1</source>
        <translation>第%1项的履行人</translation>
    </message>
    <message>
        <source>Due date of obligation %1</source>
        <translation>第%1项的期限</translation>
    </message>
    <message>
        <source>Amount of obligation %1 in yuan</source>
        <translation>第%1项的金额（元）</translation>
    </message>
    <message>
        <source>Remove obligation %1</source>
        <translation>删除第%1项</translation>
    </message>
    <message>
        <source>What is to be done</source>
        <translation>履行内容</translation>
    </message>
    <message>
        <source>By whom</source>
        <translation>履行人</translation>
    </message>
    <message>
        <source>By when</source>
        <translation>期限</translation>
    </message>
    <message>
        <source>Amount (yuan)</source>
        <translation>金额（元）</translation>
    </message>
    <message>
        <source>No obligations listed yet.</source>
        <translation>还没有列出履行事项。</translation>
    </message>
    <message>
        <source>+ Add an obligation</source>
        <translation>+ 增加一项</translation>
    </message>
    <message>
        <source>Total: ¥%1</source>
        <translation>合计：¥%1</translation>
    </message>
</context>
<context>
    <name>JointDefencePage</name>
    <message>
        <source>&amp;Groups</source>
        <translation>联防组(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;New group…</source>
        <translation>新建联防组(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>修改(&amp;E)…</translation>
    </message>
    <message>
        <source>New &amp;head (re-election)…</source>
        <translation>户长换届(&amp;H)…</translation>
    </message>
    <message>
        <source>&amp;Add or remove households…</source>
        <translation>加入/移出农户(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Dissolve</source>
        <translation>解散(&amp;D)</translation>
    </message>
    <message>
        <source>Joint-defence groups</source>
        <translation>联防组</translation>
    </message>
    <message>
        <source>%1 groups, %2 households</source>
        <translation>共 %1 个联防组，%2 户</translation>
    </message>
    <message>
        <source>No joint-defence groups yet. Press “New group…” to set one up.</source>
        <translation>还没有联防组。按“新建联防组…”建立。</translation>
    </message>
    <message>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>Choose a group above to see its head and households.</source>
        <translation>在上面选一个联防组，查看户长和成员户。</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; (%2)</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;（%2）</translation>
    </message>
    <message>
        <source>Head: %1 %2 · Deputy: %3</source>
        <translation>中心户长：%1 %2 · 副户长：%3</translation>
    </message>
    <message>
        <source>Elected %1 by %2 · term to %3 · %4 households now, %5 incident reports</source>
        <translation>%1 %2产生 · 任期至 %3 · 现有 %4 户 · 情况报告 %5 条</translation>
    </message>
    <message>
        <source>%1 households, %2 people</source>
        <translation>共 %1 户，%2 人</translation>
    </message>
    <message>
        <source>No households found.</source>
        <translation>没有找到农户。</translation>
    </message>
    <message>
        <source>%1 reports, %2 became cases. Double-click a report with a case number to open the case.</source>
        <translation>共 %1 条报告，其中 %2 条已登记为案件。双击有案件编号的报告可打开案件。</translation>
    </message>
    <message>
        <source>No incident reports match.</source>
        <translation>没有符合条件的情况报告。</translation>
    </message>
    <message>
        <source>The list could not be read. Press F5 to try again.</source>
        <translation>列表读取失败，请按 F5 重试。</translation>
    </message>
    <message>
        <source>Dissolve group</source>
        <translation>解散联防组</translation>
    </message>
    <message>
        <source>Dissolve %1 today? Its %2 households leave the group and can join another one. The group&apos;s records are kept.</source>
        <translation>今天解散“%1”吗？本组 %2 户将退出本组，可以加入其他联防组。本组的记录会保留。</translation>
    </message>
    <message>
        <source>The change could not be saved.</source>
        <translation>没能保存这项更改。</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>最近30天</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>最近90天</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>最近12个月</translation>
    </message>
    <message>
        <source>Households of the group</source>
        <translation>本组的农户</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>正在读取…</translation>
    </message>
    <message>
        <source>House&amp;holds</source>
        <translation>农户(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>查找(&amp;F)：</translation>
    </message>
    <message>
        <source>Address, villager group or a member&apos;s name</source>
        <translation>住址、村民小组或家庭成员姓名</translation>
    </message>
    <message>
        <source>New &amp;household…</source>
        <translation>新增农户(&amp;H)…</translation>
    </message>
    <message>
        <source>Edit household…</source>
        <translation>修改农户…</translation>
    </message>
    <message>
        <source>Households</source>
        <translation>农户</translation>
    </message>
    <message>
        <source>&amp;Incident reports</source>
        <translation>情况报告(&amp;I)</translation>
    </message>
    <message>
        <source>Group:</source>
        <translation>联防组：</translation>
    </message>
    <message>
        <source>Show reports of group</source>
        <translation>按联防组筛选</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>类别：</translation>
    </message>
    <message>
        <source>Show reports of kind</source>
        <translation>按类别筛选</translation>
    </message>
    <message>
        <source>Sent to:</source>
        <translation>处理去向：</translation>
    </message>
    <message>
        <source>Show reports sent to</source>
        <translation>按处理去向筛选</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>期间：</translation>
    </message>
    <message>
        <source>Show reports of the period</source>
        <translation>按期间筛选</translation>
    </message>
    <message>
        <source>&amp;Report an incident…</source>
        <translation>报告情况(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Follow-up…</source>
        <translation>后续处理(&amp;F)…</translation>
    </message>
    <message>
        <source>Incident reports</source>
        <translation>情况报告</translation>
    </message>
    <message>
        <source>&amp;Patrol rota</source>
        <translation>巡逻值日(&amp;P)</translation>
    </message>
</context>
<context>
    <name>LockCover</name>
    <message>
        <source>Mediation Desk is locked.</source>
        <translation>调解工作台已锁定。</translation>
    </message>
</context>
<context>
    <name>LockDialog</name>
    <message>
        <source>Signed in: %1. Type the password to go on.</source>
        <translation>当前登录：%1。请输入密码继续使用。</translation>
    </message>
    <message>
        <source>Mediation Desk Is Locked</source>
        <translation>调解工作台已锁定</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>已锁定</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <source>Someone else wants to use the computer? Sign Out: open forms are kept as drafts.</source>
        <translation>换别人使用电脑？请点“退出登录”，没保存的表单会留作草稿。</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>解锁</translation>
    </message>
    <message>
        <source>Sign Out</source>
        <translation>退出登录</translation>
    </message>
</context>
<context>
    <name>LogTableModel</name>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Who went</source>
        <translation>参加人</translation>
    </message>
    <message>
        <source>What was seen</source>
        <translation>巡逻情况</translation>
    </message>
    <message>
        <source>Hazards</source>
        <translation>发现隐患</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>%1 — Mediation Desk</source>
        <translation>%1 — 调解工作台</translation>
    </message>
    <message>
        <source>Data folder: %1</source>
        <translation>数据文件夹：%1</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>正在处理…</translation>
    </message>
    <message>
        <source>Opening case…</source>
        <translation>正在打开案件…</translation>
    </message>
    <message numerus="yes">
        <source>%n form(s) were not saved when Mediation Desk last closed. Nothing typed is lost.</source>
        <translation>
            <numerusform>调解工作台上次关闭时有 %n 份表没有保存。填写的内容都还在。</numerusform>
        </translation>
    </message>
    <message>
        <source>Quit Mediation Desk?</source>
        <translation>退出调解工作台？</translation>
    </message>
    <message numerus="yes">
        <source>%n form(s) are still open with unsaved changes. If you quit now they are kept as drafts and offered again next time.</source>
        <translation>
            <numerusform>还有 %n 份表打开着，内容没有保存。现在退出的话，这些内容会留作草稿，下次打开时可以恢复。</numerusform>
        </translation>
    </message>
    <message>
        <source>Quit and keep drafts</source>
        <translation>退出并保留草稿</translation>
    </message>
    <message>
        <source>Choose a case in the list first.</source>
        <translation>请先在列表中选中一个案件。</translation>
    </message>
    <message>
        <source>Case list</source>
        <translation>案件列表</translation>
    </message>
    <message>
        <source>%1 of %2 cases</source>
        <translation>共 %2 件，本次打印 %1 件</translation>
    </message>
    <message>
        <source>Due soon and overdue</source>
        <translation>快到期和已超期</translation>
    </message>
    <message>
        <source>As of %1</source>
        <translation>截至 %1</translation>
    </message>
    <message>
        <source>About Mediation Desk</source>
        <translation>关于调解工作台</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Mediation Desk %1&lt;/h3&gt;&lt;p&gt;Case work for village people&apos;s mediation committees. Works without a network; all data stays on this computer.&lt;/p&gt;&lt;p&gt;Data folder: %2&lt;/p&gt;</source>
        <translation>&lt;h3&gt;调解工作台 %1&lt;/h3&gt;&lt;p&gt;村人民调解委员会办案软件。不需要联网，所有数据都保存在这台电脑上。&lt;/p&gt;&lt;p&gt;数据文件夹：%2&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Text size: %1 pt</source>
        <translation>字号：%1 磅</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s)</source>
        <translation>
            <numerusform>共 %n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>The case could not be opened. Press F5 and try again.</source>
        <translation>没能打开这个案件。请按 F5 后再试一次。</translation>
    </message>
    <message>
        <source>Something went wrong in the background; it was written to the log.</source>
        <translation>后台操作出了问题，详细情况已记录在日志中。</translation>
    </message>
    <message>
        <source>Mediation Desk</source>
        <translation>调解工作台</translation>
    </message>
    <message>
        <source>Review and restore…</source>
        <translation>查看并恢复…</translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation>导航</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>案件</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>今日待办</translation>
    </message>
    <message>
        <source>Screening</source>
        <translation>排查</translation>
    </message>
    <message>
        <source>Joint Defence</source>
        <translation>联户联防</translation>
    </message>
    <message>
        <source>Mediators</source>
        <translation>调解员</translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation>统计</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>同步</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Audit Log</source>
        <translation>日志</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Cases</source>
        <translation>案件(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>查看(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>Toolbar</source>
        <translation>工具栏</translation>
    </message>
    <message>
        <source>&amp;New Case…</source>
        <translation>新建案件(&amp;N)…</translation>
    </message>
    <message>
        <source>Register a new dispute</source>
        <translation>登记一件新的纠纷</translation>
    </message>
    <message>
        <source>&amp;Open Case</source>
        <translation>打开案件(&amp;O)</translation>
    </message>
    <message>
        <source>Open the case selected in the list</source>
        <translation>打开列表中选中的案件</translation>
    </message>
    <message>
        <source>&amp;Print List…</source>
        <translation>打印列表(&amp;P)…</translation>
    </message>
    <message>
        <source>Preview and print the list on this page</source>
        <translation>预览并打印本页的列表</translation>
    </message>
    <message>
        <source>&amp;Blank Forms…</source>
        <translation>空白文书(&amp;B)…</translation>
    </message>
    <message>
        <source>Preview and print empty papers to fill in by hand</source>
        <translation>预览并打印供手工填写的空白文书</translation>
    </message>
    <message>
        <source>Unsaved &amp;Drafts…</source>
        <translation>未保存的草稿(&amp;D)…</translation>
    </message>
    <message>
        <source>Forms that were being filled in when the program closed</source>
        <translation>程序关闭时还没填完的表</translation>
    </message>
    <message>
        <source>&amp;Due Today</source>
        <translation>今日待办(&amp;D)</translation>
    </message>
    <message>
        <source>Show every time limit due soon or overdue</source>
        <translation>显示快到期和已超期的所有期限</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>Close Mediation Desk</source>
        <translation>关闭调解工作台</translation>
    </message>
    <message>
        <source>&amp;Find Case…</source>
        <translation>查找案件(&amp;F)…</translation>
    </message>
    <message>
        <source>Search cases by name, pinyin initials or facts</source>
        <translation>按姓名、拼音首字母或纠纷内容查找案件</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <source>Read the list again from the data file</source>
        <translation>重新读取列表</translation>
    </message>
    <message>
        <source>&amp;About Mediation Desk</source>
        <translation>关于调解工作台(&amp;A)</translation>
    </message>
</context>
<context>
    <name>MediatorDetail</name>
    <message>
        <source>%1 (%2, %3)</source>
        <translation>%1（%2，%3）</translation>
    </message>
    <message>
        <source>Gender, age</source>
        <translation>性别、年龄</translation>
    </message>
    <message>
        <source>Appointment</source>
        <translation>产生方式</translation>
    </message>
    <message>
        <source>First appointed on</source>
        <translation>首次任职日期</translation>
    </message>
    <message>
        <source>Current term</source>
        <translation>本届任期</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Letter of appointment (聘书)</source>
        <translation>聘书</translation>
    </message>
    <message>
        <source>Work certificate (上岗证)</source>
        <translation>上岗证</translation>
    </message>
    <message>
        <source>Specialties</source>
        <translation>专长</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>等级</translation>
    </message>
    <message>
        <source>Honours</source>
        <translation>荣誉称号</translation>
    </message>
    <message>
        <source>Training: %1 course(s), %2 hours</source>
        <translation>培训：%1 次，共 %2 学时</translation>
    </message>
    <message>
        <source>passed</source>
        <translation>合格</translation>
    </message>
    <message>
        <source>not passed</source>
        <translation>不合格</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Organised by</source>
        <translation>组织单位</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>培训内容</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>学时</translation>
    </message>
    <message>
        <source>Exam</source>
        <translation>考试</translation>
    </message>
    <message>
        <source>No training recorded.</source>
        <translation>还没有培训记录。</translation>
    </message>
    <message>
        <source>From</source>
        <translation>原状态</translation>
    </message>
    <message>
        <source>To</source>
        <translation>新状态</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>New term ends</source>
        <translation>新任期届满</translation>
    </message>
    <message>
        <source>No changes since the appointment.</source>
        <translation>任职以来没有变更。</translation>
    </message>
</context>
<context>
    <name>MediatorDialog</name>
    <message>
        <source>Mediator</source>
        <translation>调解员</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>人员</translation>
    </message>
    <message>
        <source>F&amp;ind a registered person:</source>
        <translation>查找已登记的人(&amp;I)：</translation>
    </message>
    <message>
        <source>Name or pinyin initials, e.g. zs for 张三</source>
        <translation>姓名或拼音首字母，如 zs 查张三</translation>
    </message>
    <message>
        <source>&amp;Use this person</source>
        <translation>选用此人(&amp;U)</translation>
    </message>
    <message>
        <source>Enter someone &amp;else</source>
        <translation>改填其他人(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>姓名(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Gender:</source>
        <translation>性别(&amp;G)：</translation>
    </message>
    <message>
        <source>&amp;ID number:</source>
        <translation>身份证号(&amp;I)：</translation>
    </message>
    <message>
        <source>18 characters; fills in the date of birth</source>
        <translation>18 位，填后自动带出出生日期</translation>
    </message>
    <message>
        <source>Date of &amp;birth:</source>
        <translation>出生日期(&amp;B)：</translation>
    </message>
    <message>
        <source>Post and term</source>
        <translation>职务和任期</translation>
    </message>
    <message>
        <source>&amp;Post:</source>
        <translation>职务(&amp;P)：</translation>
    </message>
    <message>
        <source>Appointment &amp;method:</source>
        <translation>产生方式(&amp;M)：</translation>
    </message>
    <message>
        <source>Full/&amp;part-time:</source>
        <translation>专职/兼职(&amp;P)：</translation>
    </message>
    <message>
        <source>Appointed o&amp;n:</source>
        <translation>任职日期(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Term ends:</source>
        <translation>任期届满(&amp;T)：</translation>
    </message>
    <message>
        <source>C&amp;hief mediator (首席调解员)</source>
        <translation>首席调解员(&amp;H)</translation>
    </message>
    <message>
        <source>Certificates and honours</source>
        <translation>证书和荣誉</translation>
    </message>
    <message>
        <source>Letter of appointment (聘书) N&amp;o.:</source>
        <translation>聘书编号(&amp;O)：</translation>
    </message>
    <message>
        <source>Letter &amp;dated:</source>
        <translation>聘书日期(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Work certificate (上岗证) No.:</source>
        <translation>上岗证编号(&amp;W)：</translation>
    </message>
    <message>
        <source>&amp;Level:</source>
        <translation>等级(&amp;L)：</translation>
    </message>
    <message>
        <source>Hon&amp;ours:</source>
        <translation>荣誉称号(&amp;O)：</translation>
    </message>
    <message>
        <source>e.g. 调解能手、优秀人民调解员 (separate with 、)</source>
        <translation>如：调解能手、优秀人民调解员（用、分开）</translation>
    </message>
    <message>
        <source>Specialties</source>
        <translation>专长</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation>保存（Ctrl+S）</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Close without saving (Esc)</source>
        <translation>不保存，关闭（Esc）</translation>
    </message>
    <message>
        <source>Edit mediator — %1</source>
        <translation>修改调解员 — %1</translation>
    </message>
    <message>
        <source>New mediator</source>
        <translation>新增调解员</translation>
    </message>
    <message>
        <source>Left empty: three years after the appointment for committee members; none for hired mediators</source>
        <translation>不填：委员任期为任职之日起三年；聘任调解员不设任期</translation>
    </message>
    <message>
        <source>Choose a registered person or enter the new mediator&apos;s name.</source>
        <translation>请选择一位已登记的人，或填写新调解员的姓名。</translation>
    </message>
    <message>
        <source>Chosen: %1</source>
        <translation>已选：%1</translation>
    </message>
</context>
<context>
    <name>MediatorStatusDialog</name>
    <message>
        <source>Appointment and status change</source>
        <translation>任免/状态变更</translation>
    </message>
    <message>
        <source>New &amp;status:</source>
        <translation>新的状态(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>原因(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Details:</source>
        <translation>说明(&amp;D)：</translation>
    </message>
    <message>
        <source>e.g. 村民会议决定罢免</source>
        <translation>如：村民会议决定罢免</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>日期(&amp;D)：</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation>保存（Ctrl+S）</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Close without saving (Esc)</source>
        <translation>不保存，关闭（Esc）</translation>
    </message>
    <message>
        <source>Status change — %1</source>
        <translation>任免/状态变更 — %1</translation>
    </message>
    <message>
        <source>Mediator: %1 (%2), now %3</source>
        <translation>调解员：%1（%2），现为%3</translation>
    </message>
    <message>
        <source>A recall or dismissal must rest on one of the grounds of Mediation Law Art. 15 (or serious dereliction of duty).</source>
        <translation>罢免或解聘必须依据人民调解法第十五条规定的情形（或严重失职、违法乱纪）。</translation>
    </message>
</context>
<context>
    <name>MediatorsPage</name>
    <message>
        <source>Committee check</source>
        <translation>调委会组成检查</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>显示(&amp;S)：</translation>
    </message>
    <message>
        <source>Serving</source>
        <translation>在任</translation>
    </message>
    <message>
        <source>All, former ones too</source>
        <translation>全部（含已离任）</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>正在读取…</translation>
    </message>
    <message>
        <source>re-election</source>
        <translation>连选连任</translation>
    </message>
    <message>
        <source>re-appointment</source>
        <translation>续聘</translation>
    </message>
    <message>
        <source>Re-elect / re-appoint</source>
        <translation>连任/续聘</translation>
    </message>
    <message>
        <source>Record the %1 of %2 today (%3)? The new term ends on %4.</source>
        <translation>登记%2今天（%3）%1吗？新任期至 %4 届满。</translation>
    </message>
    <message>
        <source>Making the roster…</source>
        <translation>正在生成名册…</translation>
    </message>
    <message>
        <source>Export the roster to Excel</source>
        <translation>导出名册到 Excel</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>The roster was saved to %1</source>
        <translation>名册已保存到 %1</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
    <message>
        <source>The new term is recorded.</source>
        <translation>新任期已登记。</translation>
    </message>
    <message numerus="yes">
        <source>%n mediator(s) listed</source>
        <translation>
            <numerusform>共 %n 名调解员</numerusform>
        </translation>
    </message>
    <message>
        <source>The roster could not be read. Press F5 to try again.</source>
        <translation>名册读取失败，请按 F5 重试。</translation>
    </message>
    <message>
        <source>Committee: %1 member(s) (%2 women), %3 hired mediator(s).</source>
        <translation>调委会：委员 %1 人（女 %2 人），聘任调解员 %3 人。</translation>
    </message>
    <message>
        <source>✓ The committee&apos;s composition is in order.</source>
        <translation>✓ 调委会组成符合要求。</translation>
    </message>
    <message>
        <source>Choose a mediator in the list to see the details.</source>
        <translation>在名册中选择一位调解员，这里显示详细情况。</translation>
    </message>
    <message>
        <source>&amp;New mediator…</source>
        <translation>新增调解员(&amp;N)…</translation>
    </message>
    <message>
        <source>Add a committee member or a hired mediator</source>
        <translation>新增委员或聘任调解员</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>修改(&amp;E)…</translation>
    </message>
    <message>
        <source>Change the chosen mediator&apos;s post, term, certificates, specialties or honours</source>
        <translation>修改所选调解员的职务、任期、证书、专长或荣誉</translation>
    </message>
    <message>
        <source>&amp;Training record…</source>
        <translation>培训记录(&amp;T)…</translation>
    </message>
    <message>
        <source>Record a training course the chosen mediator attended</source>
        <translation>登记所选调解员参加的培训</translation>
    </message>
    <message>
        <source>&amp;Appointment / status change…</source>
        <translation>任免/状态变更(&amp;A)…</translation>
    </message>
    <message>
        <source>Record a resignation, recall, dismissal, end of term …</source>
        <translation>登记辞职、罢免、解聘、任期届满等</translation>
    </message>
    <message>
        <source>&amp;Re-elect / re-appoint…</source>
        <translation>连任/续聘(&amp;R)…</translation>
    </message>
    <message>
        <source>A new three-year term for the chosen mediator</source>
        <translation>为所选调解员登记新的三年任期</translation>
    </message>
    <message>
        <source>Re&amp;latives…</source>
        <translation>亲属关系(&amp;L)…</translation>
    </message>
    <message>
        <source>Record the chosen mediator&apos;s family ties, so that the case window can warn when a mediator is related to a party</source>
        <translation>登记所选调解员的亲属关系，办案时如调解员与当事人有亲属关系会提示回避</translation>
    </message>
    <message>
        <source>&amp;Print roster…</source>
        <translation>打印名册(&amp;P)…</translation>
    </message>
    <message>
        <source>Preview the printable roster, then print it or save it as PDF</source>
        <translation>预览调解员名册，然后打印或另存为 PDF</translation>
    </message>
    <message>
        <source>E&amp;xport to Excel…</source>
        <translation>导出 Excel(&amp;X)…</translation>
    </message>
    <message>
        <source>Save the roster as an .xlsx spreadsheet</source>
        <translation>把名册保存为 .xlsx 表格</translation>
    </message>
    <message>
        <source>Mediator roster</source>
        <translation>调解员名册</translation>
    </message>
    <message>
        <source>Mediator details</source>
        <translation>调解员详细情况</translation>
    </message>
</context>
<context>
    <name>MembershipDialog</name>
    <message>
        <source>Add or remove a household</source>
        <translation>加入/移出农户</translation>
    </message>
    <message>
        <source>Add or remove a household — %1</source>
        <translation>加入/移出农户——%1</translation>
    </message>
    <message>
        <source>%1 (now in %2 — moves here)</source>
        <translation>%1（现在%2，将转入本组）</translation>
    </message>
    <message>
        <source>&amp;Add a household to this group</source>
        <translation>把一户加入本组(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Remove a household from this group</source>
        <translation>把一户移出本组(&amp;R)</translation>
    </message>
    <message>
        <source>H&amp;ousehold: *</source>
        <translation>农户(&amp;O)：*</translation>
    </message>
    <message>
        <source>Household</source>
        <translation>农户</translation>
    </message>
    <message>
        <source>&amp;Date: *</source>
        <translation>日期(&amp;D)：*</translation>
    </message>
    <message>
        <source>Date of joining or leaving</source>
        <translation>加入或退出日期</translation>
    </message>
    <message>
        <source>A household is in one group at a time: one that joins here leaves its old group on the same day.</source>
        <translation>一户同一时间只能属于一个联防组：从别的组转入的，同日退出原组。</translation>
    </message>
</context>
<context>
    <name>NewCaseDialog</name>
    <message>
        <source>New case</source>
        <translation>新案件登记</translation>
    </message>
    <message>
        <source>Fill in the four parts in order, as on the paper application form. Parts marked * must be filled in; the line at the bottom says what to do next.</source>
        <translation>请按纸质申请书的顺序依次填写以下四部分。带 * 的必须填写；最下面一行会提示下一步该做什么。</translation>
    </message>
    <message>
        <source>1. Parties (applicant and respondent) *</source>
        <translation>一、当事人（申请人、被申请人） *</translation>
    </message>
    <message>
        <source>Parties</source>
        <translation>当事人</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>身份</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名/名称</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>性别</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>年龄</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <source>Consents to mediation</source>
        <translation>同意调解</translation>
    </message>
    <message>
        <source>&amp;Add party…</source>
        <translation>添加当事人(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>修改(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>删除(&amp;R)</translation>
    </message>
    <message>
        <source>2. The dispute *</source>
        <translation>二、纠纷情况 *</translation>
    </message>
    <message>
        <source>&amp;Category: *</source>
        <translation>纠纷类型(&amp;C)：*</translation>
    </message>
    <message>
        <source>— choose —</source>
        <translation>— 请选择 —</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>案件名称(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Facts: *</source>
        <translation>纠纷简要情况(&amp;F)：*</translation>
    </message>
    <message>
        <source>Who, when, where, what happened, what each side says</source>
        <translation>谁、什么时间、在哪里、发生了什么、双方各怎么说</translation>
    </message>
    <message>
        <source>&amp;Requests:</source>
        <translation>当事人申请事项(&amp;R)：</translation>
    </message>
    <message>
        <source>What the applicant asks for, one request per line</source>
        <translation>申请人请求解决的事项，每行写一项</translation>
    </message>
    <message>
        <source>A&amp;mount involved (yuan):</source>
        <translation>涉及金额（元）(&amp;M)：</translation>
    </message>
    <message>
        <source>e.g. 12000 or 1.2万</source>
        <translation>如 12000 或 1.2万</translation>
    </message>
    <message>
        <source>3. Source and intake</source>
        <translation>三、案件来源与受理</translation>
    </message>
    <message>
        <source>&amp;Source: *</source>
        <translation>案件来源(&amp;S)：*</translation>
    </message>
    <message>
        <source>Application:</source>
        <translation>申请方式：</translation>
    </message>
    <message>
        <source>&amp;Oral</source>
        <translation>口头申请(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Written</source>
        <translation>书面申请(&amp;W)</translation>
    </message>
    <message>
        <source>Recei&amp;ved on: *</source>
        <translation>登记日期(&amp;V)：*</translation>
    </message>
    <message>
        <source>Received &amp;by:</source>
        <translation>登记人(&amp;B)：</translation>
    </message>
    <message>
        <source>Referred b&amp;y:</source>
        <translation>移送/委托单位(&amp;Y)：</translation>
    </message>
    <message>
        <source>Police station, court or office that sent the case, if any</source>
        <translation>如由派出所、法院或政府部门移送、委托，写单位名称</translation>
    </message>
    <message>
        <source>4. Consent and privacy</source>
        <translation>四、同意调解与隐私</translation>
    </message>
    <message>
        <source>Co&amp;nsent noted:</source>
        <translation>同意调解情况(&amp;N)：</translation>
    </message>
    <message>
        <source>How the parties agreed to mediation, e.g. both agreed orally on the spot</source>
        <translation>当事人怎样表示同意调解，如：双方当场口头同意</translation>
    </message>
    <message>
        <source>Mediate in &amp;public (untick when a party asks for private mediation or privacy is involved)</source>
        <translation>公开调解(&amp;P)（当事人要求不公开，或涉及隐私时，请取消勾选）</translation>
    </message>
    <message>
        <source>&amp;Why private:</source>
        <translation>不公开的原因(&amp;W)：</translation>
    </message>
    <message>
        <source>Ma&amp;jor dispute (must be reported to the township within 2 days)</source>
        <translation>重大纠纷(&amp;J)（须在 2 日内报告乡镇）</translation>
    </message>
    <message>
        <source>&amp;Go there</source>
        <translation>去填写(&amp;G)</translation>
    </message>
</context>
<context>
    <name>PaperOutput</name>
    <message>
        <source>Print “%1”</source>
        <translation>打印“%1”</translation>
    </message>
    <message numerus="yes">
        <source>“%1” went to the printer %2: %n copy(ies).</source>
        <translation>
            <numerusform>“%1”已送打印机 %2，共 %n 份。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>“%1” was printed into the file %2: %n copy(ies).</source>
        <translation>
            <numerusform>“%1”已打印到文件 %2，共 %n 份。</numerusform>
        </translation>
    </message>
    <message>
        <source>Save “%1” as PDF</source>
        <translation>将“%1”另存为 PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>Saved “%1” as %2.</source>
        <translation>“%1”已保存为 %2。</translation>
    </message>
</context>
<context>
    <name>PaperPreview</name>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 (blank, to fill in by hand)</source>
        <translation>%1（空白，供手工填写）</translation>
    </message>
    <message>
        <source>Preview: %1</source>
        <translation>预览：%1</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>正在载入…</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>第 %1 页，共 %2 页</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>预览</translation>
    </message>
    <message>
        <source>Page shown</source>
        <translation>当前页</translation>
    </message>
    <message>
        <source>Smaller (−)</source>
        <translation>缩小（−）</translation>
    </message>
    <message>
        <source>Show the page smaller (Ctrl+minus)</source>
        <translation>缩小显示（Ctrl+减号）</translation>
    </message>
    <message>
        <source>Larger (+)</source>
        <translation>放大（+）</translation>
    </message>
    <message>
        <source>Show the page larger (Ctrl+plus)</source>
        <translation>放大显示（Ctrl+加号）</translation>
    </message>
    <message>
        <source>Fit &amp;width</source>
        <translation>适合宽度(&amp;W)</translation>
    </message>
    <message>
        <source>Show the page as wide as the window</source>
        <translation>按窗口宽度显示整页</translation>
    </message>
    <message>
        <source>The paper as it will be printed</source>
        <translation>文书打印效果</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>打印(&amp;P)…</translation>
    </message>
    <message>
        <source>Print this paper (Ctrl+P)</source>
        <translation>打印这份文书（Ctrl+P）</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>另存为 PDF(&amp;D)…</translation>
    </message>
    <message>
        <source>Save this paper as a PDF file (Ctrl+S)</source>
        <translation>把这份文书保存为 PDF 文件（Ctrl+S）</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>关闭(&amp;C)</translation>
    </message>
    <message>
        <source>Close the preview (Esc)</source>
        <translation>关闭预览（Esc）</translation>
    </message>
</context>
<context>
    <name>PapersTab</name>
    <message>
        <source>Putting the whole dossier together…</source>
        <translation>正在汇编整卷文书…</translation>
    </message>
    <message numerus="yes">
        <source>%n time(s)</source>
        <translation>
            <numerusform>%n 次</numerusform>
        </translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>尚未打印</translation>
    </message>
    <message>
        <source>⚠ Changed since it was last printed: print it again</source>
        <translation>⚠ 已修改，需重新打印</translation>
    </message>
    <message>
        <source>Making “%1”…</source>
        <translation>正在生成“%1”…</translation>
    </message>
    <message>
        <source>The list of papers could not be read. Press F5 to try again.</source>
        <translation>文书列表读取失败，请按 F5 重试。</translation>
    </message>
</context>
<context>
    <name>PartyChoices</name>
    <message>
        <source>not given</source>
        <translation>未填</translation>
    </message>
    <message>
        <source>male</source>
        <translation>男</translation>
    </message>
    <message>
        <source>female</source>
        <translation>女</translation>
    </message>
    <message>
        <source>Resident ID card</source>
        <translation>居民身份证</translation>
    </message>
    <message>
        <source>HK/Macao/Taiwan permit</source>
        <translation>港澳台居民证件</translation>
    </message>
    <message>
        <source>Passport</source>
        <translation>护照</translation>
    </message>
    <message>
        <source>Other document</source>
        <translation>其他证件</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>authorised agent</source>
        <translation>委托代理人</translation>
    </message>
    <message>
        <source>legal representative (guardian)</source>
        <translation>法定代理人（监护人）</translation>
    </message>
    <message numerus="yes">
        <source>%n year(s) old</source>
        <translation>
            <numerusform>%n 岁</numerusform>
        </translation>
    </message>
    <message>
        <source>ID %1</source>
        <translation>身份证 %1</translation>
    </message>
    <message>
        <source>phone %1</source>
        <translation>电话 %1</translation>
    </message>
</context>
<context>
    <name>PartyDialog</name>
    <message>
        <source>Party</source>
        <translation>当事人</translation>
    </message>
    <message>
        <source>&amp;Role: *</source>
        <translation>当事人身份(&amp;R)：*</translation>
    </message>
    <message>
        <source>Role of the party</source>
        <translation>当事人身份</translation>
    </message>
    <message>
        <source>Find someone already registered</source>
        <translation>查找已登记的人</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>查找(&amp;F)：</translation>
    </message>
    <message>
        <source>Name or pinyin initials, e.g. zs for 张三</source>
        <translation>输入姓名或拼音首字母，如 zs 查张三</translation>
    </message>
    <message>
        <source>People found</source>
        <translation>找到的人</translation>
    </message>
    <message>
        <source>&amp;Use this person</source>
        <translation>就用这个人(&amp;U)</translation>
    </message>
    <message>
        <source>Registered person chosen</source>
        <translation>已选的登记人员</translation>
    </message>
    <message>
        <source>&amp;Type a new person instead</source>
        <translation>不用此人，改为填写新当事人(&amp;T)</translation>
    </message>
    <message>
        <source>Sho&amp;w full ID number…</source>
        <translation>显示完整身份证号(&amp;W)…</translation>
    </message>
    <message>
        <source>Show this person&apos;s full ID number for 30 seconds; asks why, and the log records it</source>
        <translation>显示此人的完整身份证号 30 秒；需说明用途，并记入日志</translation>
    </message>
    <message>
        <source>Or enter a new person</source>
        <translation>或者填写新当事人</translation>
    </message>
    <message>
        <source>The party is an organisation (company, cooperative, village group…)</source>
        <translation>当事人是单位（公司、合作社、村民小组等）</translation>
    </message>
    <message>
        <source>Edit party</source>
        <translation>修改当事人</translation>
    </message>
    <message>
        <source>Add party</source>
        <translation>添加当事人</translation>
    </message>
    <message>
        <source>&amp;Name: *</source>
        <translation>姓名(&amp;N)：*</translation>
    </message>
    <message>
        <source>Organisation &amp;name: *</source>
        <translation>单位名称(&amp;N)：*</translation>
    </message>
    <message>
        <source>Re&amp;presentative:</source>
        <translation>负责人(&amp;P)：</translation>
    </message>
    <message>
        <source>Legal representative or person in charge</source>
        <translation>法定代表人或主要负责人</translation>
    </message>
    <message>
        <source>&amp;ID number:</source>
        <translation>身份证号(&amp;I)：</translation>
    </message>
    <message>
        <source>Kind of identity document</source>
        <translation>证件类型</translation>
    </message>
    <message>
        <source>Fills in birth date and gender</source>
        <translation>填好后自动带出出生日期和性别</translation>
    </message>
    <message>
        <source>&amp;Gender:</source>
        <translation>性别(&amp;G)：</translation>
    </message>
    <message>
        <source>E&amp;thnicity:</source>
        <translation>民族(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Birth date:</source>
        <translation>出生日期(&amp;B)：</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>出生日期</translation>
    </message>
    <message>
        <source>or &amp;age:</source>
        <translation>或年龄(&amp;A)：</translation>
    </message>
    <message>
        <source>Age in years</source>
        <translation>年龄（周岁）</translation>
    </message>
    <message>
        <source>&amp;Occupation:</source>
        <translation>职业或职务(&amp;O)：</translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation>联系电话(&amp;H)：</translation>
    </message>
    <message>
        <source>13812345678 or 0571-87654321</source>
        <translation>如 13812345678 或 0571-87654321</translation>
    </message>
    <message>
        <source>A&amp;ddress:</source>
        <translation>单位或住址(&amp;D)：</translation>
    </message>
    <message>
        <source>Agent (someone acting for the party)</source>
        <translation>代理人（代当事人办理的人）</translation>
    </message>
    <message>
        <source>A&amp;gent:</source>
        <translation>代理人(&amp;G)：</translation>
    </message>
    <message>
        <source>Agent&apos;s na&amp;me:</source>
        <translation>代理人姓名(&amp;M)：</translation>
    </message>
    <message>
        <source>Agent&apos;s phone:</source>
        <translation>代理人电话：</translation>
    </message>
    <message>
        <source>This party &amp;consents to people&apos;s mediation</source>
        <translation>该当事人同意人民调解(&amp;C)</translation>
    </message>
</context>
<context>
    <name>PartyList</name>
    <message>
        <source>Add at least two parties: the applicant and the respondent.</source>
        <translation>至少要有两个当事人：申请人和被申请人。</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>%1&apos;s %2</source>
        <translation>%1的%2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>同意</translation>
    </message>
    <message>
        <source>no</source>
        <translation>未同意</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <source>A password only you know keeps the case files safe when you are away.</source>
        <translation>只有你自己知道的密码，能在你离开时保护好案卷。</translation>
    </message>
    <message>
        <source>The committee chair gave you a temporary password. Choose your own now: only you will know it.</source>
        <translation>主任给你设的是临时密码。请现在设一个自己的密码，只有你自己知道。</translation>
    </message>
    <message>
        <source>Sign Out</source>
        <translation>退出登录</translation>
    </message>
    <message>
        <source>Sign out without changing the password (Esc)</source>
        <translation>不改密码，退出登录（Esc）</translation>
    </message>
    <message>
        <source>Change My Password</source>
        <translation>修改我的密码</translation>
    </message>
    <message>
        <source>&amp;Current password:</source>
        <translation>原密码(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>新密码(&amp;N)：</translation>
    </message>
    <message>
        <source>at least 8 characters</source>
        <translation>至少 8 个字符</translation>
    </message>
    <message>
        <source>New password &amp;again:</source>
        <translation>再次输入新密码(&amp;A)：</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation>保存（Ctrl+S）</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Close without saving (Esc)</source>
        <translation>不保存，关闭（Esc）</translation>
    </message>
</context>
<context>
    <name>PatrolForm</name>
    <message>
        <source>Saving…</source>
        <translation>正在保存…</translation>
    </message>
</context>
<context>
    <name>PatrolLogDialog</name>
    <message>
        <source>Patrol log</source>
        <translation>巡逻记录</translation>
    </message>
    <message>
        <source>&amp;Patrolled from:</source>
        <translation>巡逻时间(&amp;P)：</translation>
    </message>
    <message>
        <source>HH:mm</source>
        <translation>HH:mm</translation>
    </message>
    <message>
        <source>Start time</source>
        <translation>开始时间</translation>
    </message>
    <message>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <source>End time</source>
        <translation>结束时间</translation>
    </message>
    <message>
        <source>&amp;Who went:</source>
        <translation>参加人(&amp;W)：</translation>
    </message>
    <message>
        <source>names, separated by 、</source>
        <translation>姓名，用“、”隔开</translation>
    </message>
    <message>
        <source>Everyone who took part, by name; separate names with 、</source>
        <translation>参加巡逻的每个人的姓名，用“、”隔开</translation>
    </message>
    <message>
        <source>&amp;What was seen:</source>
        <translation>巡逻情况(&amp;W)：</translation>
    </message>
    <message>
        <source>e.g. all quiet; two street lights out on the east road</source>
        <translation>如：一切正常；村东路两盏路灯不亮</translation>
    </message>
    <message>
        <source>&amp;Hazards found:</source>
        <translation>发现隐患(&amp;H)：</translation>
    </message>
    <message>
        <source>fire, electricity, water, roads … leave empty if none</source>
        <translation>用火、用电、水塘、道路等；没有就空着</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation>保存（Ctrl+S）</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Close without saving (Esc)</source>
        <translation>不保存，关闭（Esc）</translation>
    </message>
    <message>
        <source>Patrol log — %1</source>
        <translation>巡逻记录 — %1</translation>
    </message>
</context>
<context>
    <name>PatrolModels</name>
    <message>
        <source>Mon</source>
        <translation>周一</translation>
    </message>
    <message>
        <source>Tue</source>
        <translation>周二</translation>
    </message>
    <message>
        <source>Wed</source>
        <translation>周三</translation>
    </message>
    <message>
        <source>Thu</source>
        <translation>周四</translation>
    </message>
    <message>
        <source>Fri</source>
        <translation>周五</translation>
    </message>
    <message>
        <source>Sat</source>
        <translation>周六</translation>
    </message>
    <message>
        <source>Sun</source>
        <translation>周日</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>待值日</translation>
    </message>
    <message>
        <source>Patrolled</source>
        <translation>已巡逻</translation>
    </message>
    <message>
        <source>Missed</source>
        <translation>缺勤</translation>
    </message>
    <message>
        <source>Swapped</source>
        <translation>已调换</translation>
    </message>
    <message>
        <source> · swapped</source>
        <translation>（已调换）</translation>
    </message>
</context>
<context>
    <name>PatrolPanel</name>
    <message>
        <source>&amp;Rota:</source>
        <translation>轮值表(&amp;R)：</translation>
    </message>
    <message>
        <source>Rota</source>
        <translation>轮值表</translation>
    </message>
    <message>
        <source>&amp;Generate rota…</source>
        <translation>生成轮值表(&amp;G)…</translation>
    </message>
    <message>
        <source>Make a new rota: households take turns fairly</source>
        <translation>新排一张轮值表：各户公平轮流值日</translation>
    </message>
    <message>
        <source>&amp;Print rota…</source>
        <translation>打印轮值表(&amp;P)…</translation>
    </message>
    <message>
        <source>Preview the rota as a paper to print and pin up</source>
        <translation>预览轮值表纸件，打印后张贴</translation>
    </message>
    <message>
        <source>%1 to %2 (%3 shifts)</source>
        <translation>%1 至 %2（%3 班）</translation>
    </message>
    <message>
        <source>Choose a group to see its patrol rota.</source>
        <translation>请先选一个联防组，这里显示它的轮户值日表。</translation>
    </message>
    <message>
        <source>%1 has no patrol rota yet. Press “Generate rota…” to make one.</source>
        <translation>%1还没有轮值表。请按“生成轮值表…”排一张。</translation>
    </message>
    <message>
        <source>, area: %1</source>
        <translation>，巡逻区域：%1</translation>
    </message>
    <message>
        <source>%1: %2 households per shift, %3%4. Double-click a shift to write its log.</source>
        <translation>%1：每班 %2 户，%3%4。双击班次可填写巡逻记录。</translation>
    </message>
    <message>
        <source>The patrol rota could not be read. Try again.</source>
        <translation>轮值表读取失败，请再试一次。</translation>
    </message>
    <message>
        <source>Rota saved: %1 shifts.</source>
        <translation>轮值表已保存，共 %1 班。</translation>
    </message>
    <message>
        <source>Turns swapped.</source>
        <translation>已调换。</translation>
    </message>
    <message>
        <source>Shift marked missed.</source>
        <translation>已记为缺勤。</translation>
    </message>
    <message>
        <source>Patrol log saved.</source>
        <translation>巡逻记录已保存。</translation>
    </message>
    <message>
        <source>Making the paper…</source>
        <translation>正在生成纸件…</translation>
    </message>
    <message>
        <source>Shifts</source>
        <translation>班次</translation>
    </message>
    <message>
        <source>S&amp;wap…</source>
        <translation>调换(&amp;W)…</translation>
    </message>
    <message>
        <source>Two households exchange their turns</source>
        <translation>两户互换值日</translation>
    </message>
    <message>
        <source>Mark &amp;missed…</source>
        <translation>记为缺勤(&amp;M)…</translation>
    </message>
    <message>
        <source>Nobody patrolled this shift</source>
        <translation>这一班没有人巡逻</translation>
    </message>
    <message>
        <source>Write patrol &amp;log…</source>
        <translation>填写巡逻记录(&amp;L)…</translation>
    </message>
    <message>
        <source>Who went, what was seen, hazards found</source>
        <translation>谁去了、看到了什么、发现了哪些隐患</translation>
    </message>
    <message>
        <source>Turns per household</source>
        <translation>各户值日次数</translation>
    </message>
    <message>
        <source>Patrol logs of this rota</source>
        <translation>本轮值表的巡逻记录</translation>
    </message>
    <message>
        <source>Patrol logs</source>
        <translation>巡逻记录</translation>
    </message>
</context>
<context>
    <name>PeriodPicker</name>
    <message>
        <source>Monthly report</source>
        <translation>月报</translation>
    </message>
    <message>
        <source>Quarterly report</source>
        <translation>季报</translation>
    </message>
    <message>
        <source>Yearly report</source>
        <translation>年报</translation>
    </message>
    <message>
        <source>Chosen dates</source>
        <translation>自定义</translation>
    </message>
    <message>
        <source>Month %1</source>
        <translation>%1月</translation>
    </message>
    <message>
        <source>Q1 (Jan–Mar)</source>
        <translation>第一季度（1—3月）</translation>
    </message>
    <message>
        <source>Q2 (Apr–Jun)</source>
        <translation>第二季度（4—6月）</translation>
    </message>
    <message>
        <source>Q3 (Jul–Sep)</source>
        <translation>第三季度（7—9月）</translation>
    </message>
    <message>
        <source>Q4 (Oct–Dec)</source>
        <translation>第四季度（10—12月）</translation>
    </message>
</context>
<context>
    <name>PersonSearch</name>
    <message>
        <source>Searching…</source>
        <translation>正在查找…</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) found. Pick one and press Enter, or &quot;Use this person&quot;.</source>
        <translation>
            <numerusform>找到 %n 人。选中后按回车，或点“就用这个人”。</numerusform>
        </translation>
    </message>
    <message>
        <source>Nobody found; enter the new person below.</source>
        <translation>没有找到，请在下面填写新当事人。</translation>
    </message>
    <message>
        <source>The search did not work; enter the person below.</source>
        <translation>查找没有成功，请在下面直接填写当事人。</translation>
    </message>
</context>
<context>
    <name>RecordDialog</name>
    <message>
        <source>Add to the case file</source>
        <translation>登记到案卷</translation>
    </message>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation>保存（Ctrl+S）</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Close without saving (Esc)</source>
        <translation>不保存，关闭（Esc）</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>RecordFields</name>
    <message>
        <source>(not recorded)</source>
        <translation>（不填）</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>no due date</source>
        <translation>无期限</translation>
    </message>
    <message>
        <source>%1 (due %2)</source>
        <translation>%1（期限 %2）</translation>
    </message>
    <message>
        <source>%1, asked on %2</source>
        <translation>%1，%2 提出</translation>
    </message>
    <message>
        <source>Confirmed as valid</source>
        <translation>确认有效</translation>
    </message>
    <message>
        <source>Not confirmed</source>
        <translation>不予确认</translation>
    </message>
    <message>
        <source>Application not accepted</source>
        <translation>不予受理</translation>
    </message>
    <message>
        <source>Home visit</source>
        <translation>上门督促</translation>
    </message>
    <message>
        <source>Telephone</source>
        <translation>电话督促</translation>
    </message>
    <message>
        <source>Written notice</source>
        <translation>书面督促</translation>
    </message>
    <message>
        <source>Fully performed</source>
        <translation>已全部履行</translation>
    </message>
    <message>
        <source>Partly performed</source>
        <translation>部分履行</translation>
    </message>
    <message>
        <source>Not performed</source>
        <translation>未履行</translation>
    </message>
    <message>
        <source>Satisfied</source>
        <translation>满意</translation>
    </message>
    <message>
        <source>Mostly satisfied</source>
        <translation>基本满意</translation>
    </message>
    <message>
        <source>Not satisfied</source>
        <translation>不满意</translation>
    </message>
    <message>
        <source>A written agreement takes effect once all parties and the mediator have signed and the committee&apos;s seal is on it. Tick what is now done.</source>
        <translation>书面调解协议经各方当事人签名、调解员签名并加盖调委会印章后生效。请勾选现在已经完成的。</translation>
    </message>
    <message>
        <source>All parties signed (or fingerprinted)</source>
        <translation>各方当事人已签名（或按指印）</translation>
    </message>
    <message>
        <source>Mediator signed</source>
        <translation>调解员已签名</translation>
    </message>
    <message>
        <source>Recorder signed</source>
        <translation>记录人已签名</translation>
    </message>
    <message>
        <source>Committee seal affixed</source>
        <translation>已加盖调委会印章</translation>
    </message>
    <message>
        <source>Date completed:</source>
        <translation>完成日期：</translation>
    </message>
    <message>
        <source>Record that an obligation of the agreement was carried out.</source>
        <translation>登记协议中的一项义务已经履行。</translation>
    </message>
    <message>
        <source>Obligation:</source>
        <translation>履行事项：</translation>
    </message>
    <message>
        <source>Date done:</source>
        <translation>履行日期：</translation>
    </message>
    <message>
        <source>Not carried out: the other party let it go</source>
        <translation>未履行：对方当事人同意免除</translation>
    </message>
    <message>
        <source>Record that a party was urged to carry out the agreement (People&apos;s Mediation Law, Art. 31).</source>
        <translation>登记督促当事人履行协议的情况（《人民调解法》第三十一条）。</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>日期：</translation>
    </message>
    <message>
        <source>How:</source>
        <translation>方式：</translation>
    </message>
    <message>
        <source>What was said:</source>
        <translation>督促情况：</translation>
    </message>
    <message>
        <source>Record a follow-up visit: whether the agreement is being kept, whether the parties are satisfied, and any sign of new trouble.</source>
        <translation>登记回访：协议是否在履行，当事人是否满意，有没有再起矛盾的苗头。</translation>
    </message>
    <message>
        <source>Date visited:</source>
        <translation>回访日期：</translation>
    </message>
    <message>
        <source>Party visited:</source>
        <translation>回访对象：</translation>
    </message>
    <message>
        <source>Visited by:</source>
        <translation>回访人：</translation>
    </message>
    <message>
        <source>Performance:</source>
        <translation>履行情况：</translation>
    </message>
    <message>
        <source>Satisfaction:</source>
        <translation>当事人满意度：</translation>
    </message>
    <message>
        <source>Went to court? Result:</source>
        <translation>是否起诉及结果：</translation>
    </message>
    <message>
        <source>A risk of new conflict was found</source>
        <translation>发现有再起矛盾的隐患</translation>
    </message>
    <message>
        <source>Measures taken:</source>
        <translation>采取的措施：</translation>
    </message>
    <message>
        <source>Other notes:</source>
        <translation>其他情况：</translation>
    </message>
    <message>
        <source>The parties may jointly ask the court to confirm the written agreement within 30 days of it taking effect (People&apos;s Mediation Law, Art. 33).</source>
        <translation>双方当事人可以在书面调解协议生效之日起30日内，共同向人民法院申请司法确认（《人民调解法》第三十三条）。</translation>
    </message>
    <message>
        <source>Date applied:</source>
        <translation>申请日期：</translation>
    </message>
    <message>
        <source>Both parties applied together</source>
        <translation>双方当事人共同申请</translation>
    </message>
    <message>
        <source>Court:</source>
        <translation>人民法院：</translation>
    </message>
    <message>
        <source>Court case number:</source>
        <translation>法院案号：</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>备注：</translation>
    </message>
    <message>
        <source>Record the court&apos;s decision on the application for judicial confirmation.</source>
        <translation>登记人民法院对司法确认申请的决定。</translation>
    </message>
    <message>
        <source>Decision:</source>
        <translation>决定：</translation>
    </message>
    <message>
        <source>Date decided:</source>
        <translation>决定日期：</translation>
    </message>
    <message>
        <source>In writing (notice handed over)</source>
        <translation>书面告知（发放告知书）</translation>
    </message>
    <message>
        <source>Orally</source>
        <translation>口头告知</translation>
    </message>
    <message>
        <source>Granted: the mediator steps aside</source>
        <translation>同意回避：该调解员退出</translation>
    </message>
    <message>
        <source>Refused: the mediator stays</source>
        <translation>不同意回避：该调解员继续调解</translation>
    </message>
    <message>
        <source>Report of a major dispute</source>
        <translation>重大纠纷报告</translation>
    </message>
    <message>
        <source>Report to the police</source>
        <translation>报告公安机关</translation>
    </message>
    <message>
        <source>A dispute turning criminal</source>
        <translation>防止民间纠纷转化为刑事案件</translation>
    </message>
    <message>
        <source>A mass petition</source>
        <translation>防止群体性上访</translation>
    </message>
    <message>
        <source>A possible suicide</source>
        <translation>防止可能引起的自杀</translation>
    </message>
    <message>
        <source>A group fight</source>
        <translation>制止群体性械斗</translation>
    </message>
    <message>
        <source>Before mediating, each party is told their rights and duties in mediation (People&apos;s Mediation Law, Arts. 23 and 24). Tick the parties who were told.</source>
        <translation>调解前要告知每位当事人在调解中享有的权利和承担的义务（《人民调解法》第二十三条、第二十四条）。请勾选已告知的当事人。</translation>
    </message>
    <message>
        <source>Parties told:</source>
        <translation>已告知的当事人：</translation>
    </message>
    <message>
        <source>Date told:</source>
        <translation>告知日期：</translation>
    </message>
    <message>
        <source>The parties confirmed they understood (signed)</source>
        <translation>当事人表示已知晓（已签字）</translation>
    </message>
    <message>
        <source>Add a mediator to this case, for example one the parties chose themselves.</source>
        <translation>给本案增加一名调解员，例如当事人自己选定的调解员。</translation>
    </message>
    <message>
        <source>Mediator:</source>
        <translation>调解员：</translation>
    </message>
    <message>
        <source>Chosen by the parties</source>
        <translation>由当事人选定</translation>
    </message>
    <message>
        <source>Date assigned:</source>
        <translation>指派日期：</translation>
    </message>
    <message>
        <source>A party may ask a mediator to step aside, for example a relative of the other party. Mediation waits until the committee has decided.</source>
        <translation>当事人可以申请调解员回避，例如调解员是对方当事人的亲属。调委会作出决定以前，暂不开始调解。</translation>
    </message>
    <message>
        <source>Mediator concerned:</source>
        <translation>被申请回避的调解员：</translation>
    </message>
    <message>
        <source>Asked by:</source>
        <translation>申请人：</translation>
    </message>
    <message>
        <source>Date asked:</source>
        <translation>申请日期：</translation>
    </message>
    <message>
        <source>Reason given:</source>
        <translation>申请理由：</translation>
    </message>
    <message>
        <source>Record the committee&apos;s decision on a request that a mediator step aside. If the host mediator steps aside, choose who takes over.</source>
        <translation>登记调委会对回避申请的决定。主持调解员回避的，要选定接替的调解员。</translation>
    </message>
    <message>
        <source>Request:</source>
        <translation>回避申请：</translation>
    </message>
    <message>
        <source>New mediator:</source>
        <translation>接替的调解员：</translation>
    </message>
    <message>
        <source>Write down an investigation: whom you spoke to or what you looked at, and what you found.</source>
        <translation>记下一次调查：向谁了解了情况、查看了什么、查明了什么。</translation>
    </message>
    <message>
        <source>Place:</source>
        <translation>地点：</translation>
    </message>
    <message>
        <source>Investigated by:</source>
        <translation>调查人：</translation>
    </message>
    <message>
        <source>Written down by:</source>
        <translation>记录人：</translation>
    </message>
    <message>
        <source>Person questioned:</source>
        <translation>被调查人：</translation>
    </message>
    <message>
        <source>Relation to the parties:</source>
        <translation>与当事人的关系：</translation>
    </message>
    <message>
        <source>Others present:</source>
        <translation>在场人：</translation>
    </message>
    <message>
        <source>What was found:</source>
        <translation>调查情况：</translation>
    </message>
    <message>
        <source>If the committee&apos;s work stopped this dispute from growing worse, say what it prevented and how many people were involved. The monthly statistics count it.</source>
        <translation>调委会的工作防止了纠纷激化的，请写明防止了什么、涉及多少人。月度统计会计入。</translation>
    </message>
    <message>
        <source>Prevented:</source>
        <translation>防止激化情形：</translation>
    </message>
    <message>
        <source>Persons involved:</source>
        <translation>涉及人数：</translation>
    </message>
    <message>
        <source>How it was prevented:</source>
        <translation>怎样防止的：</translation>
    </message>
    <message>
        <source>Mark the dispute as major or difficult. It must then be reported in writing to the township within 2 days; the time limit starts today.</source>
        <translation>把本案标记为重大、疑难纠纷。标记后须在2日内书面报告乡镇，期限从今天起算。</translation>
    </message>
    <message>
        <source>Why it is major:</source>
        <translation>属于哪种重大情形：</translation>
    </message>
    <message>
        <source>Date noticed:</source>
        <translation>发现日期：</translation>
    </message>
    <message>
        <source>Record a report to the township or to the police. The case stays with the committee (to hand it over, use &quot;Report or transfer&quot;).</source>
        <translation>登记向乡镇或公安机关的报告。案件仍由本调委会办理（要移交案件，请用“上报/移交”）。</translation>
    </message>
    <message>
        <source>Kind of report:</source>
        <translation>报告种类：</translation>
    </message>
    <message>
        <source>Reported to:</source>
        <translation>报告给：</translation>
    </message>
    <message>
        <source>Date reported:</source>
        <translation>报告日期：</translation>
    </message>
    <message>
        <source>Reported in writing</source>
        <translation>书面报告</translation>
    </message>
    <message>
        <source>What was reported:</source>
        <translation>报告内容：</translation>
    </message>
    <message>
        <source>Mediation should end within one month of acceptance. It may run longer only if both parties agree: record their consent here.</source>
        <translation>调解一般应在受理后一个月内结束。只有双方当事人都同意，才可以延长：请在这里记下他们的同意。</translation>
    </message>
    <message>
        <source>New time limit:</source>
        <translation>延长到：</translation>
    </message>
    <message>
        <source>Both parties agreed to the longer time (consent recorded)</source>
        <translation>双方当事人同意延长（已记录在案）</translation>
    </message>
    <message>
        <source>Date they agreed:</source>
        <translation>同意日期：</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>备注：</translation>
    </message>
</context>
<context>
    <name>RecordForm</name>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>正在保存…</translation>
    </message>
    <message>
        <source>The choices of this form (mediators, criteria) could not be read. Close the form and open it again.</source>
        <translation>读不出这张表的可选项（调解员、重大纠纷情形）。请关上这张表，再重新打开。</translation>
    </message>
</context>
<context>
    <name>RecordWidgets</name>
    <message>
        <source>not set</source>
        <translation>未定</translation>
    </message>
    <message>
        <source>Choose a date; press Delete to leave it empty.</source>
        <translation>选择日期；按 Delete 键可以不填。</translation>
    </message>
    <message>
        <source>(none to choose from)</source>
        <translation>（没有可选的）</translation>
    </message>
</context>
<context>
    <name>RelativesDialog</name>
    <message>
        <source>Spouse (husband or wife)</source>
        <translation>配偶（丈夫或妻子）</translation>
    </message>
    <message>
        <source>Parent (father or mother)</source>
        <translation>父母（父亲或母亲）</translation>
    </message>
    <message>
        <source>Child (son or daughter)</source>
        <translation>子女（儿子或女儿）</translation>
    </message>
    <message>
        <source>Brother or sister</source>
        <translation>兄弟姐妹</translation>
    </message>
    <message>
        <source>Grandparent</source>
        <translation>祖父母或外祖父母</translation>
    </message>
    <message>
        <source>Grandchild</source>
        <translation>孙子女或外孙子女</translation>
    </message>
    <message>
        <source>In-law (by marriage)</source>
        <translation>姻亲（因婚姻形成的亲属）</translation>
    </message>
    <message>
        <source>Other relative</source>
        <translation>其他亲属</translation>
    </message>
    <message>
        <source>Recorded by mistake</source>
        <translation>登记错误</translation>
    </message>
    <message>
        <source>No longer true (e.g. divorce)</source>
        <translation>关系已不存在（如离婚）</translation>
    </message>
    <message>
        <source>Relatives</source>
        <translation>亲属关系</translation>
    </message>
    <message>
        <source>Relatives of %1</source>
        <translation>%1的亲属关系</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>nobody chosen yet: find the person above</source>
        <translation>还没有选定：请先在上面查找这个人</translation>
    </message>
    <message>
        <source>Remove this tie?</source>
        <translation>删除这条亲属关系？</translation>
    </message>
    <message>
        <source>Remove the tie with %1 (%2)? It stays in the records, marked as removed. Why is it removed?</source>
        <translation>删除与%1（%2）的亲属关系？记录会保留，标为已删除。删除的原因是：</translation>
    </message>
    <message>
        <source>Family ties recorded here are checked whenever a mediator is chosen for a case: a mediator who is a party&apos;s relative is pointed out, so the parties can ask for another one.</source>
        <translation>这里登记的亲属关系在给案件选调解员时会自动核对：调解员是当事人的亲属时会提示出来，当事人可以要求换人。</translation>
    </message>
    <message>
        <source>Recorded relatives</source>
        <translation>已登记的亲属</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Relation</source>
        <translation>关系</translation>
    </message>
    <message>
        <source>Same household</source>
        <translation>同一户</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>No relatives recorded yet.</source>
        <translation>还没有登记亲属关系。</translation>
    </message>
    <message>
        <source>Remove selected tie…</source>
        <translation>删除选中的关系…</translation>
    </message>
    <message>
        <source>Add a relative</source>
        <translation>登记亲属</translation>
    </message>
    <message>
        <source>Find the relative:</source>
        <translation>查找亲属：</translation>
    </message>
    <message>
        <source>name, or pinyin initials such as zs for 张三</source>
        <translation>姓名，或拼音首字母（如 zs 查张三）</translation>
    </message>
    <message>
        <source>Persons found</source>
        <translation>找到的人员</translation>
    </message>
    <message>
        <source>Use this person</source>
        <translation>就是这个人</translation>
    </message>
    <message>
        <source>Relative:</source>
        <translation>亲属：</translation>
    </message>
    <message>
        <source>This relative is the person&apos;s:</source>
        <translation>这位亲属是本人的：</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>备注：</translation>
    </message>
    <message>
        <source>e.g. eldest daughter, married into 李家</source>
        <translation>例如：大女儿，嫁到李家</translation>
    </message>
    <message>
        <source>Save the tie (Ctrl+S)</source>
        <translation>保存这条关系（Ctrl+S）</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>关闭（Esc）</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>RetentionDialog</name>
    <message numerus="yes">
        <source>%n dossier(s) due for review.</source>
        <translation>
            <numerusform>有 %n 份卷宗保管期限届满，待审查。</numerusform>
        </translation>
    </message>
    <message>
        <source>No dossier is due for review.</source>
        <translation>没有保管期限届满待审查的卷宗。</translation>
    </message>
    <message>
        <source>Dispose of the dossier?</source>
        <translation>处置这份卷宗？</translation>
    </message>
    <message>
        <source>Dispose of %1 (%2)?

Removed for good: the parties&apos; names (they become 当事人甲, 当事人乙 …), their ID numbers, phone numbers, addresses, birth dates, occupations and agents; the facts, the requests, the contents of the records, the agreement&apos;s terms and every note. Persons registered only for this case are anonymised too.

Kept for the statistics: the case number, the type, the dates, the outcome and the amounts.

This cannot be undone. The log records the decision; its earlier entries stay as they are (they never hold ID numbers or phone numbers in full).</source>
        <translation>处置 %1（%2）？

将永久删除：当事人姓名（改为“当事人甲”“当事人乙”……）、身份证号、电话、住址、出生日期、职业和代理人；纠纷事实、请求事项、各项记录的内容、协议条款和所有备注。只因本案登记的人员也一并匿名化。

为统计保留：案件编号、纠纷类型、各项日期、办理结果和金额。

此操作不能撤销。日志会记下本次决定；日志中以前的记录保持原样（其中从不含完整的身份证号和电话号码）。</translation>
    </message>
    <message>
        <source>Dispose of it</source>
        <translation>确认处置</translation>
    </message>
    <message>
        <source>%1 was disposed of: %2 party(ies) and %3 person(s) anonymised.</source>
        <translation>%1 已处置：%2 名当事人、%3 名人员的个人信息已匿名化。</translation>
    </message>
    <message>
        <source>%1 is kept until %2.</source>
        <translation>%1 继续保管至 %2。</translation>
    </message>
    <message>
        <source>Retention review</source>
        <translation>保管期限审查</translation>
    </message>
    <message>
        <source>Archived dossiers whose retention period has run out (short: 10 years, long: 30 years from archiving). Personal data may be kept no longer than needed (Personal Information Protection Law, Art. 19): keep a dossier until a later day, or dispose of it — its personal data is anonymised, the figures of the statistics stay.</source>
        <translation>以下是保管期限已届满的已归档卷宗（短期 10 年、长期 30 年，自归档之日起算）。个人信息的保存期限应为实现处理目的所必要的最短时间（《个人信息保护法》第十九条）：可以决定继续保管至某日，或到期处置——匿名化其中的个人信息，统计数字保留。</translation>
    </message>
    <message>
        <source>Dossiers due for review</source>
        <translation>待审查的卷宗</translation>
    </message>
    <message>
        <source>Case No.</source>
        <translation>案件编号</translation>
    </message>
    <message>
        <source>Parties</source>
        <translation>当事人</translation>
    </message>
    <message>
        <source>Archived on</source>
        <translation>归档日期</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>保管期限</translation>
    </message>
    <message>
        <source>Due on</source>
        <translation>到期日</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>正在读取…</translation>
    </message>
    <message>
        <source>Decision for the selected dossier</source>
        <translation>对所选卷宗的审查结论</translation>
    </message>
    <message>
        <source>&amp;Keep until:</source>
        <translation>继续保管至(&amp;K)：</translation>
    </message>
    <message>
        <source>Keep until</source>
        <translation>继续保管至</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>说明(&amp;N)：</translation>
    </message>
    <message>
        <source>Note on the decision</source>
        <translation>审查说明</translation>
    </message>
    <message>
        <source>Why (e.g. unpaid compensation, a court case pending)</source>
        <translation>理由（如赔偿尚未付清、诉讼未结）</translation>
    </message>
    <message>
        <source>Keep &amp;until this day</source>
        <translation>继续保管至此日(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Dispose of it (anonymise)…</source>
        <translation>到期处置（匿名化）(&amp;D)…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>关闭(&amp;C)</translation>
    </message>
</context>
<context>
    <name>RevealIdDialog</name>
    <message>
        <source>The full ID number of %1 is shown for %2 seconds, then masked again. Who shows it, and why, is recorded in the log.</source>
        <translation>%1 的完整身份证号将显示 %2 秒，随后重新遮盖。由谁查看、因何查看，均记入日志。</translation>
    </message>
    <message>
        <source>Masked.</source>
        <translation>已遮盖。</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>显示(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Explain: *</source>
        <translation>说明(&amp;E)：*</translation>
    </message>
    <message>
        <source>&amp;Explain:</source>
        <translation>说明(&amp;E)：</translation>
    </message>
    <message>
        <source>&amp;Hide now</source>
        <translation>立即遮盖(&amp;H)</translation>
    </message>
    <message numerus="yes">
        <source>Masked again in %n second(s).</source>
        <translation>
            <numerusform>%n 秒后重新遮盖。</numerusform>
        </translation>
    </message>
    <message>
        <source>Show the full ID number</source>
        <translation>显示完整身份证号</translation>
    </message>
    <message>
        <source>&amp;Purpose: *</source>
        <translation>用途(&amp;P)：*</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>用途</translation>
    </message>
    <message>
        <source>Explain the purpose</source>
        <translation>说明用途</translation>
    </message>
    <message>
        <source>Required when the purpose is “Other”</source>
        <translation>用途选“其他”时必填</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>关闭(&amp;C)</translation>
    </message>
</context>
<context>
    <name>RosterForm</name>
    <message>
        <source>This could not be saved. The reason was written to the log.</source>
        <translation>没有保存成功，原因已写入日志。</translation>
    </message>
</context>
<context>
    <name>RosterLabels</name>
    <message>
        <source>Chair</source>
        <translation>主任</translation>
    </message>
    <message>
        <source>Vice-chair</source>
        <translation>副主任</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>委员</translation>
    </message>
    <message>
        <source>Hired mediator</source>
        <translation>聘任调解员</translation>
    </message>
    <message>
        <source>Elected</source>
        <translation>推选</translation>
    </message>
    <message>
        <source>Appointed</source>
        <translation>聘任</translation>
    </message>
    <message>
        <source>Part-time</source>
        <translation>兼职</translation>
    </message>
    <message>
        <source>Full-time</source>
        <translation>专职</translation>
    </message>
    <message>
        <source>Serving</source>
        <translation>在任</translation>
    </message>
    <message>
        <source>Term ended</source>
        <translation>任期届满</translation>
    </message>
    <message>
        <source>Resigned</source>
        <translation>辞职</translation>
    </message>
    <message>
        <source>Recalled</source>
        <translation>罢免</translation>
    </message>
    <message>
        <source>Dismissed</source>
        <translation>解聘</translation>
    </message>
    <message>
        <source>Replaced</source>
        <translation>已更换</translation>
    </message>
    <message>
        <source>Deceased</source>
        <translation>去世</translation>
    </message>
    <message>
        <source>Re-elected</source>
        <translation>连选连任</translation>
    </message>
    <message>
        <source>Re-appointed</source>
        <translation>续聘</translation>
    </message>
    <message>
        <source>Resigned at own request</source>
        <translation>本人辞职</translation>
    </message>
    <message>
        <source>Unable to serve (illness etc.)</source>
        <translation>因病等原因不能履职</translation>
    </message>
    <message>
        <source>Moved away from the village</source>
        <translation>迁出本村</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>No exam</source>
        <translation>未考试</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>考试合格</translation>
    </message>
    <message>
        <source>Not passed</source>
        <translation>考试不合格</translation>
    </message>
    <message>
        <source> (chief mediator)</source>
        <translation>（首席调解员）</translation>
    </message>
</context>
<context>
    <name>RosterTableModel</name>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>性别</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>年龄</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>职务</translation>
    </message>
    <message>
        <source>Full/part-time</source>
        <translation>专/兼职</translation>
    </message>
    <message>
        <source>Term ends</source>
        <translation>任期届满</translation>
    </message>
    <message>
        <source>Letter No.</source>
        <translation>聘书编号</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Attention</source>
        <translation>提醒</translation>
    </message>
    <message>
        <source>Specialties</source>
        <translation>专长</translation>
    </message>
    <message>
        <source>⚠ Term over</source>
        <translation>⚠ 任期已满</translation>
    </message>
    <message>
        <source>⚠ Under 18</source>
        <translation>⚠ 未满18岁</translation>
    </message>
    <message>
        <source>Term ends soon</source>
        <translation>任期将满</translation>
    </message>
</context>
<context>
    <name>RotaDialog</name>
    <message>
        <source>Generate patrol rota</source>
        <translation>生成轮值表</translation>
    </message>
    <message>
        <source>The households of the group take turns (轮户值日). Each gets as many turns as the others, at most one more; households with fewer turns so far go first.</source>
        <translation>联防组各户轮流值日。每户的次数一样多，最多只差一次；以前值日次数少的户先排。</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>开始日期(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>结束日期(&amp;T)：</translation>
    </message>
    <message>
        <source>On these days:</source>
        <translation>值日的日子：</translation>
    </message>
    <message>
        <source>Mon</source>
        <translation>周一</translation>
    </message>
    <message>
        <source>Tue</source>
        <translation>周二</translation>
    </message>
    <message>
        <source>Wed</source>
        <translation>周三</translation>
    </message>
    <message>
        <source>Thu</source>
        <translation>周四</translation>
    </message>
    <message>
        <source>Fri</source>
        <translation>周五</translation>
    </message>
    <message>
        <source>Sat</source>
        <translation>周六</translation>
    </message>
    <message>
        <source>Sun</source>
        <translation>周日</translation>
    </message>
    <message>
        <source>&amp;Time windows:</source>
        <translation>巡逻时段(&amp;T)：</translation>
    </message>
    <message>
        <source>20:00-22:00</source>
        <translation>20:00-22:00</translation>
    </message>
    <message>
        <source>One shift per time window and day; several windows are separated by 、 or a comma</source>
        <translation>每天每个时段排一班；几个时段用“、”或逗号隔开</translation>
    </message>
    <message>
        <source>&amp;Households per shift:</source>
        <translation>每班户数(&amp;H)：</translation>
    </message>
    <message>
        <source>Patrol &amp;area:</source>
        <translation>巡逻区域(&amp;A)：</translation>
    </message>
    <message>
        <source>e.g. the main road and the threshing ground</source>
        <translation>如：村东主路及晒场</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>说明(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Replace the planned shifts of an overlapping rota</source>
        <translation>替换原轮值表中尚未执行的班次(&amp;R)</translation>
    </message>
    <message>
        <source>Preview:</source>
        <translation>预览：</translation>
    </message>
    <message>
        <source>Turns per household in the new rota</source>
        <translation>新轮值表中各户的值日次数</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation>保存（Ctrl+S）</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Close without saving (Esc)</source>
        <translation>不保存，关闭（Esc）</translation>
    </message>
    <message>
        <source>Generate patrol rota — %1</source>
        <translation>生成轮值表 — %1</translation>
    </message>
    <message>
        <source>%1 shifts; each household gets %2 turns.</source>
        <translation>共 %1 个班次，每户值日 %2 次。</translation>
    </message>
    <message>
        <source>The dates overlap a rota of this group: tick the box below to replace its planned shifts, or change the dates.</source>
        <translation>日期和本组已有的轮值表重叠：可勾选下面一项替换原表中尚未执行的班次，或者改日期。</translation>
    </message>
</context>
<context>
    <name>ScreeningModels</name>
    <message>
        <source>Nil report</source>
        <translation>零报告</translation>
    </message>
    <message numerus="yes">
        <source>%n finding(s)</source>
        <translation>
            <numerusform>%n 条发现</numerusform>
        </translation>
    </message>
    <message>
        <source>⚠ Major, reported %1</source>
        <translation>⚠ 重大，%1 已书面报告</translation>
    </message>
    <message>
        <source>⚠ Major, report due %1</source>
        <translation>⚠ 重大，书面报告截止 %1</translation>
    </message>
    <message>
        <source>⚠ Major</source>
        <translation>⚠ 重大</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>排查期间</translation>
    </message>
    <message>
        <source>Held on</source>
        <translation>排查日期</translation>
    </message>
    <message>
        <source>Performed by</source>
        <translation>排查人员</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>排查范围</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>排查结果</translation>
    </message>
    <message>
        <source>Major</source>
        <translation>重大纠纷</translation>
    </message>
    <message>
        <source>What was found</source>
        <translation>排查发现的矛盾纠纷</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>纠纷类型</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>风险等级</translation>
    </message>
    <message>
        <source>Action taken</source>
        <translation>采取措施</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>案件</translation>
    </message>
    <message>
        <source>Not a case</source>
        <translation>未转案件</translation>
    </message>
</context>
<context>
    <name>ScreeningPage</name>
    <message>
        <source>Screening &amp;frequency:</source>
        <translation>排查频次(&amp;F)：</translation>
    </message>
    <message>
        <source>Screening frequency</source>
        <translation>排查频次</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>正在读取…</translation>
    </message>
    <message>
        <source>&amp;Record screening…</source>
        <translation>登记排查(&amp;R)…</translation>
    </message>
    <message>
        <source>Turn into &amp;case…</source>
        <translation>转为案件(&amp;C)…</translation>
    </message>
    <message>
        <source>Record written &amp;report…</source>
        <translation>登记书面报告(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Print register</source>
        <translation>打印排查台账(&amp;P)</translation>
    </message>
    <message>
        <source>Screening rounds</source>
        <translation>排查记录</translation>
    </message>
    <message>
        <source>Daily</source>
        <translation>每日</translation>
    </message>
    <message>
        <source>Weekly</source>
        <translation>每周</translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation>每月</translation>
    </message>
    <message>
        <source>Nil report</source>
        <translation>零报告</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>中</translation>
    </message>
    <message>
        <source>%1 rounds recorded, %2 of them nil reports.</source>
        <translation>共登记排查 %1 次，其中零报告 %2 次。</translation>
    </message>
    <message>
        <source>The register could not be read. Press F5 to try again.</source>
        <translation>排查台账读取失败，请按 F5 重试。</translation>
    </message>
    <message>
        <source>%1/%2</source>
        <translation>%1月%2日</translation>
    </message>
    <message numerus="yes">
        <source>⚠ %n round(s) overdue, not recorded: %1</source>
        <translation>
            <numerusform>⚠ 有 %n 期排查逾期未登记：%1。</numerusform>
        </translation>
    </message>
    <message>
        <source>The round for %1 is not recorded yet; due %2.</source>
        <translation>%1排查尚未登记，截止 %2。</translation>
    </message>
    <message>
        <source>The round for %1 is recorded.</source>
        <translation>%1排查已登记。</translation>
    </message>
    <message>
        <source>Findings of the selected round</source>
        <translation>所选排查的发现</translation>
    </message>
    <message>
        <source>%1: nil report — nothing was found.</source>
        <translation>%1：零报告，未排查出矛盾纠纷。</translation>
    </message>
    <message>
        <source>%1: findings</source>
        <translation>%1排查发现的矛盾纠纷</translation>
    </message>
    <message>
        <source>Only the committee chair can change how often the committee screens.</source>
        <translation>只有调委会主任可以修改排查频次。</translation>
    </message>
    <message>
        <source>People involved: %1</source>
        <translation>涉及人员：%1</translation>
    </message>
    <message>
        <source>Screening %1</source>
        <translation>%1矛盾纠纷排查</translation>
    </message>
    <message>
        <source>Dispute screening register</source>
        <translation>矛盾纠纷排查台账</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>排查发现</translation>
    </message>
</context>
<context>
    <name>ScreeningRoundDialog</name>
    <message>
        <source>Record a screening round</source>
        <translation>登记矛盾纠纷排查</translation>
    </message>
    <message>
        <source>Dispute screening register (矛盾纠纷排查登记): list what the round found, or tick &quot;Nil report&quot; when nothing was found — a nil report must be recorded too.</source>
        <translation>矛盾纠纷排查登记：逐条填写本次排查发现的矛盾纠纷；没有发现的，勾选「零报告」——零报告也要登记。</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>排查期间(&amp;P)：</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>排查期间</translation>
    </message>
    <message>
        <source>Period from</source>
        <translation>排查期间起</translation>
    </message>
    <message>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <source>Period to</source>
        <translation>排查期间止</translation>
    </message>
    <message>
        <source>&amp;Held on:</source>
        <translation>排查日期(&amp;H)：</translation>
    </message>
    <message>
        <source>Held on</source>
        <translation>排查日期</translation>
    </message>
    <message>
        <source>Performed &amp;by:</source>
        <translation>排查人员(&amp;B)：</translation>
    </message>
    <message>
        <source>Mediators who took part</source>
        <translation>参加排查的调解员</translation>
    </message>
    <message>
        <source>&amp;Others:</source>
        <translation>其他人员(&amp;O)：</translation>
    </message>
    <message>
        <source>Others who took part</source>
        <translation>参加排查的其他人员</translation>
    </message>
    <message>
        <source>Names of others who took part, separated by commas</source>
        <translation>其他参加人员姓名，用顿号或逗号分开</translation>
    </message>
    <message>
        <source>S&amp;cope:</source>
        <translation>排查范围(&amp;C)：</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>排查范围</translation>
    </message>
    <message>
        <source>e.g. the whole village</source>
        <translation>如：全村、重点户</translation>
    </message>
    <message>
        <source>&amp;Nil report: nothing was found in this round</source>
        <translation>零报告(&amp;N)：本次排查未发现矛盾纠纷</translation>
    </message>
    <message>
        <source>&amp;Findings:</source>
        <translation>排查发现(&amp;F)：</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>排查发现</translation>
    </message>
    <message>
        <source>&amp;Add finding</source>
        <translation>添加一条(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Remove finding</source>
        <translation>删除所选(&amp;R)</translation>
    </message>
    <message>
        <source>No&amp;tes:</source>
        <translation>备注(&amp;T)：</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Screening round</source>
        <translation>矛盾纠纷排查登记</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>%1 (overdue)</source>
        <translation>%1（已逾期）</translation>
    </message>
    <message>
        <source>Other dates (special screening)…</source>
        <translation>其他期间（专项排查）…</translation>
    </message>
    <message>
        <source>The mediators and dispute categories could not be read.</source>
        <translation>调解员名单和纠纷类型读取失败。</translation>
    </message>
    <message>
        <source>The round could not be saved. Try again.</source>
        <translation>排查记录保存失败，请重试。</translation>
    </message>
</context>
<context>
    <name>SessionControl</name>
    <message>
        <source>Acco&amp;unt</source>
        <translation>账户(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>锁定(&amp;L)</translation>
    </message>
    <message>
        <source>Change &amp;Password…</source>
        <translation>修改密码(&amp;P)…</translation>
    </message>
    <message>
        <source>Sign &amp;Out</source>
        <translation>退出登录(&amp;O)</translation>
    </message>
    <message>
        <source>Your password was changed.</source>
        <translation>你的密码已修改。</translation>
    </message>
</context>
<context>
    <name>SessionDialog</name>
    <message>
        <source>Mediation session</source>
        <translation>调解记录</translation>
    </message>
    <message>
        <source>Write down one mediation session as on the paper record (调解记录): when and where, who took part, what each side said, and how it ended. Record each session separately.</source>
        <translation>像纸质《人民调解记录》一样记下一次调解：时间、地点，谁参加了，各方说了什么，结果如何。每次调解分别登记。</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>时间(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation>地点(&amp;P)：</translation>
    </message>
    <message>
        <source>e.g. village committee office</source>
        <translation>例如：村委会调解室</translation>
    </message>
    <message>
        <source>&amp;Matter:</source>
        <translation>事由(&amp;M)：</translation>
    </message>
    <message>
        <source>Others &amp;taking part:</source>
        <translation>参加人(&amp;T)：</translation>
    </message>
    <message>
        <source>People invited to help, such as relatives or village elders; not the mediators, parties or recorder. Separate names with 、</source>
        <translation>邀请来协助调解的人，如亲属、村里的老人；不包括调解员、当事人和记录人。姓名之间用、隔开</translation>
    </message>
    <message>
        <source>names, separated by 、</source>
        <translation>姓名，用、隔开</translation>
    </message>
    <message>
        <source>&amp;Written down by:</source>
        <translation>记录人(&amp;W)：</translation>
    </message>
    <message>
        <source>Parties present:</source>
        <translation>到场当事人：</translation>
    </message>
    <message>
        <source>Parties present</source>
        <translation>到场当事人</translation>
    </message>
    <message>
        <source>Mediators:</source>
        <translation>调解员：</translation>
    </message>
    <message>
        <source>Mediators</source>
        <translation>调解员</translation>
    </message>
    <message>
        <source>&amp;What was said and done:</source>
        <translation>调解情况(&amp;W)：</translation>
    </message>
    <message>
        <source>What was said and done</source>
        <translation>调解情况</translation>
    </message>
    <message>
        <source>For example: 1. rights and duties explained; 2. what each party said; 3. what the investigation found; 4. risks explained; 5. what was agreed, or why no agreement was reached and which other routes the parties were told about.</source>
        <translation>例如：1. 告知权利义务；2. 各方当事人陈述；3. 调查核实的情况；4. 风险提示；5. 达成的协议内容，或调解不成的原因及告知当事人的其他解决途径。</translation>
    </message>
    <message>
        <source>Result:</source>
        <translation>结果：</translation>
    </message>
    <message>
        <source>To be continued</source>
        <translation>需继续调解</translation>
    </message>
    <message>
        <source>Agreement reached</source>
        <translation>达成协议</translation>
    </message>
    <message>
        <source>Mediation failed</source>
        <translation>调解不成</translation>
    </message>
    <message>
        <source>Simplified procedure (settled on the spot)</source>
        <translation>简易程序（当场调解）</translation>
    </message>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation>保存（Ctrl+S）</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Close without saving (Esc)</source>
        <translation>不保存，关闭（Esc）</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>SettingsAccounts</name>
    <message>
        <source>Only the committee chair can change this.</source>
        <translation>只有调委会主任可以修改这一项。</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Mediation Desk version %1</source>
        <translation>调解工作台 版本 %1</translation>
    </message>
    <message>
        <source>Not set up yet</source>
        <translation>尚未设置</translation>
    </message>
    <message>
        <source>Could not be read; see the log.</source>
        <translation>无法读取，详情见日志。</translation>
    </message>
    <message>
        <source>Text size</source>
        <translation>文字大小</translation>
    </message>
    <message>
        <source>&amp;Standard</source>
        <translation>标准(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Larger</source>
        <translation>较大(&amp;L)</translation>
    </message>
    <message>
        <source>Lar&amp;gest</source>
        <translation>特大(&amp;G)</translation>
    </message>
    <message>
        <source>Sample text</source>
        <translation>示例文字</translation>
    </message>
    <message>
        <source>The whole window follows at once. Keyboard: Ctrl++ larger, Ctrl+- smaller, Ctrl+0 standard.</source>
        <translation>选好后整个窗口的文字立即跟着变。也可以用键盘：Ctrl++ 放大，Ctrl+- 缩小，Ctrl+0 恢复标准。</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>界面语言</translation>
    </message>
    <message>
        <source>A new language takes effect after restarting Mediation Desk.</source>
        <translation>更改语言后，需要重新启动调解工作台才会生效。</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>数据文件夹</translation>
    </message>
    <message>
        <source>Cases, attachments and backups are kept in this folder on this computer:</source>
        <translation>案件、附件和备份都保存在这台电脑的这个文件夹里：</translation>
    </message>
    <message>
        <source>&amp;Open Data Folder</source>
        <translation>打开数据文件夹(&amp;O)</translation>
    </message>
    <message>
        <source>Safe keeping</source>
        <translation>数据安全</translation>
    </message>
    <message>
        <source>&amp;Accounts and Roles…</source>
        <translation>账户与权限(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Lock the window after</source>
        <translation>无人操作时自动锁定(&amp;L)：</translation>
    </message>
    <message>
        <source>Minutes without use before the window locks</source>
        <translation>无人操作多少分钟后锁定窗口</translation>
    </message>
    <message>
        <source> minutes without use</source>
        <translation> 分钟后</translation>
    </message>
    <message>
        <source>&amp;Backups and Restore…</source>
        <translation>备份与恢复(&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;Retention Review…</source>
        <translation>档案保管期限审查(&amp;R)…</translation>
    </message>
    <message>
        <source>Station</source>
        <translation>本调委会</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>名称：</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>正在读取…</translation>
    </message>
    <message>
        <source>Code:</source>
        <translation>代码：</translation>
    </message>
    <message>
        <source>Township:</source>
        <translation>所属乡镇：</translation>
    </message>
</context>
<context>
    <name>ShiftMissedDialog</name>
    <message>
        <source>Mark shift missed</source>
        <translation>记为缺勤</translation>
    </message>
    <message>
        <source>Mark the shift as missed when nobody patrolled. The households still owe the turn: they go first in the next rota.</source>
        <translation>这一班没有人巡逻时记为缺勤。这几户还欠一次值日，下一张轮值表里先排他们。</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>原因(&amp;R)：</translation>
    </message>
    <message>
        <source>e.g. heavy rain; nobody came</source>
        <translation>如：暴雨；没有人来</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation>保存（Ctrl+S）</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Close without saving (Esc)</source>
        <translation>不保存，关闭（Esc）</translation>
    </message>
    <message>
        <source>Mark shift missed — %1</source>
        <translation>记为缺勤 — %1</translation>
    </message>
</context>
<context>
    <name>ShiftSwapDialog</name>
    <message>
        <source>Swap turns</source>
        <translation>调换值日</translation>
    </message>
    <message>
        <source>The two households exchange their turns; each keeps its number of turns. The rota&apos;s original plan stays visible.</source>
        <translation>两户互换值日，各户的值日次数不变。轮值表原来的安排仍然看得到。</translation>
    </message>
    <message>
        <source>&amp;Household leaving this shift:</source>
        <translation>本班换出的户(&amp;H)：</translation>
    </message>
    <message>
        <source>&amp;Other shift:</source>
        <translation>对方班次(&amp;O)：</translation>
    </message>
    <message>
        <source>Household &amp;coming instead:</source>
        <translation>换进来的户(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>说明(&amp;N)：</translation>
    </message>
    <message>
        <source>e.g. away at the market that day</source>
        <translation>如：那天要去赶集</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation>保存（Ctrl+S）</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Close without saving (Esc)</source>
        <translation>不保存，关闭（Esc）</translation>
    </message>
    <message>
        <source>Swap turns — %1</source>
        <translation>调换值日 — %1</translation>
    </message>
</context>
<context>
    <name>ShiftTableModel</name>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>星期</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时段</translation>
    </message>
    <message>
        <source>Households on duty</source>
        <translation>值日户</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Planned: %1</source>
        <translation>原定：%1</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Sign In — %1</source>
        <translation>登录 — %1</translation>
    </message>
    <message>
        <source>Sign In — Mediation Desk</source>
        <translation>登录 — 调解工作台</translation>
    </message>
    <message>
        <source>Sign in with your own account.</source>
        <translation>请用你自己的账户登录。</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>登录名(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <source>Forgot the password? The committee chair can set a new one.</source>
        <translation>忘了密码？请调委会主任为你设一个新密码。</translation>
    </message>
    <message>
        <source>Sign In</source>
        <translation>登录</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <source>Close Mediation Desk (Esc)</source>
        <translation>关闭调解工作台（Esc）</translation>
    </message>
</context>
<context>
    <name>StatisticsCharts</name>
    <message>
        <source>Cases per month: registered and settled</source>
        <translation>每月案件数：登记纠纷与调解成功</translation>
    </message>
    <message>
        <source>cases</source>
        <translation>件</translation>
    </message>
    <message>
        <source>Cases registered in the period, by type</source>
        <translation>本期登记纠纷，按类别</translation>
    </message>
    <message>
        <source>Success rate per month (settled ÷ accepted; — : no case accepted that month)</source>
        <translation>每月调解成功率（调解成功 ÷ 受理；“—”表示当月没有受理案件）</translation>
    </message>
    <message>
        <source>No cases were registered in this period.</source>
        <translation>本期没有登记的纠纷。</translation>
    </message>
</context>
<context>
    <name>StatisticsDrillDialog</name>
    <message>
        <source>Cases behind: %1</source>
        <translation>案件清单：%1</translation>
    </message>
    <message>
        <source>%1: counting…</source>
        <translation>%1：正在统计…</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n case(s)</source>
        <translation>
            <numerusform>%1：%n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>Only the first %1 cases (the earliest registered) are listed here.</source>
        <translation>这里只列出最早登记的前 %1 件。</translation>
    </message>
    <message>
        <source>Cases behind a figure</source>
        <translation>数字背后的案件</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>正在读取…</translation>
    </message>
    <message>
        <source>Cases behind the figure</source>
        <translation>数字背后的案件</translation>
    </message>
    <message>
        <source>Double-click a case, or choose it and press Enter, to open it.</source>
        <translation>双击案件，或选中后按回车键，即可打开。</translation>
    </message>
    <message>
        <source>&amp;Open case</source>
        <translation>打开案件(&amp;O)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>StatisticsPage</name>
    <message>
        <source>Counting…</source>
        <translation>正在统计…</translation>
    </message>
    <message>
        <source>Export the statistics to Excel</source>
        <translation>把统计表导出为 Excel</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>Export the statistics as PDF</source>
        <translation>把统计表导出为 PDF</translation>
    </message>
    <message>
        <source>PDF file (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>正在保存…</translation>
    </message>
    <message>
        <source>The report was saved to %1</source>
        <translation>统计表已保存到：%1</translation>
    </message>
    <message>
        <source>Making the report…</source>
        <translation>正在生成统计表…</translation>
    </message>
    <message>
        <source>Agreement amount (yuan)</source>
        <translation>协议金额（元）</translation>
    </message>
    <message>
        <source>%1 — all villages of the township</source>
        <translation>%1（全镇各村合计）</translation>
    </message>
    <message>
        <source>Figures as of %1</source>
        <translation>统计截至 %1</translation>
    </message>
    <message>
        <source>Counting rule: %1</source>
        <translation>计数规则：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n agreement(s) with an amount</source>
        <translation>
            <numerusform>涉及金额的协议 %n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>Type of dispute</source>
        <translation>纠纷类别</translation>
    </message>
    <message>
        <source>How the case came</source>
        <translation>纠纷来源</translation>
    </message>
    <message>
        <source>Village</source>
        <translation>村</translation>
    </message>
    <message>
        <source>The statistics could not be made. The details were written to the log; press F5 to try again.</source>
        <translation>统计没有做成，详细情况已写入日志；请按 F5 再试一次。</translation>
    </message>
    <message>
        <source>&amp;Report:</source>
        <translation>报表(&amp;R)：</translation>
    </message>
    <message>
        <source>Kind of report</source>
        <translation>报表种类</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年份</translation>
    </message>
    <message>
        <source> (year)</source>
        <translation> 年</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>季度</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>起始日期</translation>
    </message>
    <message>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <source>◀ &amp;Previous</source>
        <translation>◀ 上一期(&amp;P)</translation>
    </message>
    <message>
        <source>The period before this one</source>
        <translation>查看前一个统计期间</translation>
    </message>
    <message>
        <source>Ne&amp;xt ▶</source>
        <translation>下一期(&amp;X) ▶</translation>
    </message>
    <message>
        <source>The period after this one</source>
        <translation>查看后一个统计期间</translation>
    </message>
    <message>
        <source>Export &amp;Excel…</source>
        <translation>导出Excel(&amp;E)…</translation>
    </message>
    <message>
        <source>Save these tables as an Excel workbook (.xlsx) for the township</source>
        <translation>把这些统计表保存为 Excel 工作簿（.xlsx），报送乡镇用</translation>
    </message>
    <message>
        <source>Export P&amp;DF…</source>
        <translation>导出PDF(&amp;D)…</translation>
    </message>
    <message>
        <source>Save the report with its charts as a PDF file</source>
        <translation>把统计表连同图表保存为 PDF 文件</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>打印(&amp;P)…</translation>
    </message>
    <message>
        <source>See the report as it will print, then print it</source>
        <translation>先预览打印效果，再打印</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>正在读取…</translation>
    </message>
    <message>
        <source>By &amp;type</source>
        <translation>按类别(&amp;T)</translation>
    </message>
    <message>
        <source>Cases by type of dispute</source>
        <translation>按纠纷类别统计</translation>
    </message>
    <message>
        <source>By &amp;source</source>
        <translation>按来源(&amp;S)</translation>
    </message>
    <message>
        <source>Cases by how they came to the committee</source>
        <translation>按纠纷来源统计</translation>
    </message>
    <message>
        <source>&amp;Rates</source>
        <translation>比率(&amp;R)</translation>
    </message>
    <message>
        <source>Rates with their definitions</source>
        <translation>各项比率及其定义</translation>
    </message>
    <message>
        <source>Compared with other periods</source>
        <translation>与上期、去年同期比较</translation>
    </message>
    <message>
        <source>Prevention · screening · &amp;joint defence</source>
        <translation>防止激化·排查·联防(&amp;J)</translation>
    </message>
    <message>
        <source>Escalation prevented and judicial confirmation</source>
        <translation>防止纠纷激化与司法确认</translation>
    </message>
    <message>
        <source>Dispute screening</source>
        <translation>纠纷排查</translation>
    </message>
    <message>
        <source>Joint defence</source>
        <translation>联户联防</translation>
    </message>
    <message>
        <source>By &amp;village</source>
        <translation>分村(&amp;V)</translation>
    </message>
    <message>
        <source>Cases by village</source>
        <translation>分村统计</translation>
    </message>
    <message>
        <source>&amp;Charts</source>
        <translation>图表(&amp;C)</translation>
    </message>
    <message>
        <source>Double-click a figure (or press Enter on it), or click a bar or point of a chart, to list the cases behind it.</source>
        <translation>双击任一数字（或选中后按回车键），或单击图表中的柱条、圆点，即可列出它背后的案件。</translation>
    </message>
</context>
<context>
    <name>StatisticsTables</name>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>比率</translation>
    </message>
    <message>
        <source>Numerator</source>
        <translation>分子</translation>
    </message>
    <message>
        <source>Denominator</source>
        <translation>分母</translation>
    </message>
    <message>
        <source>Rate (%)</source>
        <translation>百分比</translation>
    </message>
    <message>
        <source>Definition</source>
        <translation>定义</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>期间</translation>
    </message>
    <message>
        <source>This period</source>
        <translation>本期</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>件数</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Persons involved</source>
        <translation>涉及人数</translation>
    </message>
    <message>
        <source>Agreement amount (yuan)</source>
        <translation>协议金额（元）</translation>
    </message>
    <message>
        <source>Escalation prevented</source>
        <translation>防止纠纷激化</translation>
    </message>
    <message>
        <source>Judicial confirmation</source>
        <translation>司法确认</translation>
    </message>
    <message>
        <source>Dispute screening</source>
        <translation>纠纷排查</translation>
    </message>
    <message>
        <source>Joint defence</source>
        <translation>联户联防</translation>
    </message>
    <message>
        <source>Not a count of cases: there is no list of cases behind it.</source>
        <translation>这个数字不是案件数，没有对应的案件清单。</translation>
    </message>
    <message>
        <source>Screening rounds held</source>
        <translation>排查次数</translation>
    </message>
    <message>
        <source>Rounds with nothing found (nil reports)</source>
        <translation>零报告次数</translation>
    </message>
    <message>
        <source>Disputes found</source>
        <translation>排查发现纠纷</translation>
    </message>
    <message>
        <source>Found disputes registered as cases</source>
        <translation>其中登记为案件</translation>
    </message>
    <message>
        <source>Major disputes found</source>
        <translation>发现重大疑难纠纷</translation>
    </message>
    <message>
        <source>Major findings reported in writing within 2 days</source>
        <translation>其中二日内书面上报</translation>
    </message>
    <message>
        <source>Joint-defence groups</source>
        <translation>联防组</translation>
    </message>
    <message>
        <source>Households registered</source>
        <translation>登记户数</translation>
    </message>
    <message>
        <source>Households in a group</source>
        <translation>已编入联防组的户数</translation>
    </message>
    <message>
        <source>Patrol shifts</source>
        <translation>排班次数</translation>
    </message>
    <message>
        <source>Shifts patrolled</source>
        <translation>已巡逻班次</translation>
    </message>
    <message>
        <source>Shifts missed</source>
        <translation>缺勤班次</translation>
    </message>
    <message>
        <source>Patrol logs</source>
        <translation>巡逻记录</translation>
    </message>
    <message>
        <source>Incidents reported</source>
        <translation>情况报告</translation>
    </message>
    <message>
        <source>Incidents registered as cases</source>
        <translation>其中登记为案件</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n case(s). Double-click or press Enter to list them.</source>
        <translation>
            <numerusform>%1：%n 件。双击或按回车键可列出这些案件。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StoreProblems</name>
    <message>
        <source>The data file of Mediation Desk is damaged. It was not opened, so that the damage cannot spread.</source>
        <translation>调解工作台的数据文件已损坏。为了不让损坏扩大，程序没有打开它。</translation>
    </message>
    <message>
        <source>The newest good backup is the one of %1 (%2). Restoring it brings back the data as it was then; what was entered after it must be entered again. The damaged file is kept aside, not deleted.</source>
        <translation>最近一份完好的备份是 %1 的备份（%2）。用它恢复后，数据回到当时的样子；在那之后录入的内容需要重新录入。已损坏的文件会另外保留，不会删除。</translation>
    </message>
    <message>
        <source>No good backup was found in the backups folder. You can choose a backup file yourself (for example one the township keeps for this village), or quit and ask for help. Do not delete any files.</source>
        <translation>备份文件夹里没有找到完好的备份。可以自己选择一个备份文件（例如司法所为本村保存的备份），或者退出并找人帮忙。请不要删除任何文件。</translation>
    </message>
    <message>
        <source>The data file is damaged</source>
        <translation>数据文件已损坏</translation>
    </message>
    <message>
        <source>Restore This Backup</source>
        <translation>用此备份恢复</translation>
    </message>
    <message>
        <source>Choose Another Backup…</source>
        <translation>选择其他备份…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <source>Choose a backup</source>
        <translation>选择备份</translation>
    </message>
    <message>
        <source>Backups (*.sqlite3)</source>
        <translation>备份文件 (*.sqlite3)</translation>
    </message>
    <message>
        <source>Restoring the backup…</source>
        <translation>正在恢复备份…</translation>
    </message>
    <message>
        <source>The backup was not restored: %1</source>
        <translation>没有恢复备份：%1</translation>
    </message>
    <message>
        <source>The data folder %1 is on a network share. If the connection drops while Mediation Desk writes, or two computers open it at once, the data file can be damaged.</source>
        <translation>数据文件夹 %1 在网络共享盘上。写入时如果网络断开，或者两台电脑同时打开，数据文件都可能被弄坏。</translation>
    </message>
    <message>
        <source>The data folder %1 is on a USB stick or a removable disk. Pulling it out while Mediation Desk writes damages the data file. Use the stick to carry bundles and backups, not to work on.</source>
        <translation>数据文件夹 %1 在U盘或移动硬盘上。写入时拔出U盘会把数据文件弄坏。U盘只用来带数据包和备份，不要直接在U盘上使用。</translation>
    </message>
    <message>
        <source>The data folder %1 is inside a folder that a cloud drive keeps in sync. The sync program copies the file while Mediation Desk writes it, which can damage it.</source>
        <translation>数据文件夹 %1 在网盘的同步文件夹里。网盘软件会在写入途中复制文件，可能把数据文件弄坏。</translation>
    </message>
    <message>
        <source>The data folder is not a safe place</source>
        <translation>数据文件夹的位置不安全</translation>
    </message>
    <message>
        <source>Mediation Desk can copy the data to this computer (%1) and work there. The original stays as it is.</source>
        <translation>调解工作台可以把数据复制到本机（%1），以后在本机使用。原来的数据保持不变。</translation>
    </message>
    <message>
        <source>Copy to This Computer and Work There</source>
        <translation>复制到本机并在本机使用</translation>
    </message>
    <message>
        <source>This computer already has a copy of this data in %1. Work on that copy; the data in %2 is not used.</source>
        <translation>本机的 %1 里已经有这份数据的副本。请在本机的副本上工作；%2 里的数据不再使用。</translation>
    </message>
    <message>
        <source>Work on the Copy on This Computer</source>
        <translation>使用本机的副本</translation>
    </message>
    <message>
        <source>The data cannot be copied to %1: that folder already holds other data, or is not a safe place either. Ask whoever looks after this computer. (Someone who knows the folder is safe can set MEDIATION_DESK_ALLOW_UNSAFE_LOCATION=1.)</source>
        <translation>无法把数据复制到 %1：那里已经有别的数据，或者那里也不是安全的位置。请找管理这台电脑的人帮忙。（确认这个文件夹安全的人可以设置 MEDIATION_DESK_ALLOW_UNSAFE_LOCATION=1。）</translation>
    </message>
    <message>
        <source>Copying the data to this computer…</source>
        <translation>正在把数据复制到本机…</translation>
    </message>
    <message>
        <source>The data was not copied: %1</source>
        <translation>数据没有复制：%1</translation>
    </message>
    <message>
        <source>Mediation Desk</source>
        <translation>调解工作台</translation>
    </message>
</context>
<context>
    <name>SupervisionDialog</name>
    <message>
        <source>Supervision note</source>
        <translation>督办意见</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Case %1 “%2” — reported by %3</source>
        <translation>案件%1“%2”，%3报送</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>意见内容(&amp;N)：</translation>
    </message>
    <message>
        <source>The village sees this note on the case once it has the township&apos;s next receipt: the receipt written when its next bundle is imported here.</source>
        <translation>这条意见不会马上到村里：村里下次送来数据包、在这里导入后写出回执，村里导入回执后就能在案件上看到。</translation>
    </message>
    <message>
        <source>&amp;What to correct:</source>
        <translation>需要整改的内容(&amp;W)：</translation>
    </message>
    <message>
        <source>The case goes back to the village with the township&apos;s next receipt (written when its next bundle is imported here). There it shows as “returned by the township” until you mark it as put right.</source>
        <translation>案件随下一份回执退回村里（村里下次送来数据包、在这里导入时写出回执）。在村里，案件会显示为“乡镇退回”，直到您标记整改完毕。</translation>
    </message>
    <message>
        <source>&amp;How it was put right (may stay empty):</source>
        <translation>整改情况（可不填）(&amp;H)：</translation>
    </message>
    <message>
        <source>The village sees that the return is closed once it has the township&apos;s next receipt.</source>
        <translation>村里收到下一份回执后，就能看到这次退回已整改完毕。</translation>
    </message>
    <message>
        <source>Write a supervision note</source>
        <translation>写督办意见</translation>
    </message>
    <message>
        <source>Return the case to the village</source>
        <translation>退回村里</translation>
    </message>
    <message>
        <source>Mark the return as put right</source>
        <translation>标记整改完毕</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation>保存（Ctrl+S）</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Close without saving (Esc)</source>
        <translation>不保存，关闭（Esc）</translation>
    </message>
</context>
<context>
    <name>SyncModels</name>
    <message>
        <source>Nothing yet</source>
        <translation>还没有</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>%n 天前</numerusform>
        </translation>
    </message>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <source>⚠ Missing %1</source>
        <translation>⚠ 缺 %1</translation>
    </message>
    <message>
        <source>Not checked</source>
        <translation>未核对</translation>
    </message>
    <message>
        <source>Match</source>
        <translation>一致</translation>
    </message>
    <message>
        <source>⚠ Differ</source>
        <translation>⚠ 不一致</translation>
    </message>
    <message>
        <source>Yes, %1</source>
        <translation>已接收，%1</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>尚未接收</translation>
    </message>
    <message>
        <source>(not shown)</source>
        <translation>（不显示）</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>（空）</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Exported at</source>
        <translation>导出时间</translation>
    </message>
    <message>
        <source>By</source>
        <translation>经办人</translation>
    </message>
    <message>
        <source>, all records</source>
        <translation>，全部记录</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>导出内容</translation>
    </message>
    <message>
        <source>No township is enrolled yet. Before the first export, import the identity file (.mzid) the township&apos;s justice office gives you, and compare its fingerprint with the one on the township&apos;s screen.</source>
        <translation>还没有登记乡镇。第一次导出之前，请先导入乡镇司法所给的身份文件（.mzid），并与乡镇电脑屏幕上的指纹核对。</translation>
    </message>
    <message>
        <source>%1 (code %2)
Fingerprint: %3
Enrolled %4 by %5</source>
        <translation>%1（代码 %2）
指纹：%3
%4 由 %5 登记</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 %2 件</translation>
    </message>
    <message>
        <source>No cases yet.</source>
        <translation>还没有案件。</translation>
    </message>
    <message>
        <source>Cases — %1</source>
        <translation>案件：%1</translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <source>Nothing has been exported yet.</source>
        <translation>还没有导出过。</translation>
    </message>
    <message>
        <source>received by the township %1</source>
        <translation>乡镇已于 %1 接收</translation>
    </message>
    <message>
        <source>not yet received by the township</source>
        <translation>乡镇尚未确认接收</translation>
    </message>
    <message>
        <source>Last export: %1, %2, %3; %4</source>
        <translation>最近一次导出：%1，%2，%3；%4</translation>
    </message>
    <message>
        <source>Last receipt imported: %1</source>
        <translation>最近一次导入回执：%1</translation>
    </message>
    <message>
        <source>Bundle written: %1
For %2; %3; %4 case(s), %5 record(s), %6 person(s).
Take the stick to the township. The receipt it writes back is imported here next time.</source>
        <translation>已写出数据包：%1
发往%2；%3；案件 %4 件，记录 %5 条，涉及 %6 人。
请把U盘交给乡镇。乡镇写回的回执，下次在这里导入。</translation>
    </message>
    <message>
        <source>Nothing changed since the township&apos;s last receipt: the bundle only lets the township check its totals.</source>
        <translation>自乡镇上次回执以来没有新的改动：这个数据包只供乡镇核对总数。</translation>
    </message>
    <message numerus="yes">
        <source>%n receipt(s) had been imported before.</source>
        <translation>
            <numerusform>%n 份回执以前已经导入过。</numerusform>
        </translation>
    </message>
    <message>
        <source>No receipt from the township was found there.</source>
        <translation>那里没有找到乡镇的回执。</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>案件数</translation>
    </message>
    <message>
        <source>Persons</source>
        <translation>涉及人数</translation>
    </message>
    <message>
        <source>Received by the township</source>
        <translation>乡镇已接收</translation>
    </message>
    <message>
        <source>Village</source>
        <translation>村</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <source>Last bundle</source>
        <translation>最近数据包</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>距今</translation>
    </message>
    <message>
        <source>Missing changes</source>
        <translation>缺少的改动</translation>
    </message>
    <message>
        <source>Totals check</source>
        <translation>总数核对</translation>
    </message>
    <message>
        <source>To review</source>
        <translation>待审</translation>
    </message>
    <message>
        <source>⚠ %1</source>
        <translation>⚠ %1</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>等待补齐</translation>
    </message>
    <message>
        <source>Fingerprint: %1</source>
        <translation>指纹：%1</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>案件</translation>
    </message>
    <message>
        <source>Returned on</source>
        <translation>退回日期</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>退回原因</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>Differs in</source>
        <translation>不一致的内容</translation>
    </message>
    <message>
        <source>Found at</source>
        <translation>发现时间</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>On this computer</source>
        <translation>本机</translation>
    </message>
    <message>
        <source>Reported by the village</source>
        <translation>村里报来的</translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <source>This computer</source>
        <translation>本机</translation>
    </message>
    <message>
        <source>Stopping after the current file…</source>
        <translation>当前文件处理完后停止……</translation>
    </message>
    <message>
        <source>Fingerprint: %1</source>
        <translation>指纹：%1</translation>
    </message>
    <message>
        <source>This computer: code %1</source>
        <translation>本机：代码 %1</translation>
    </message>
    <message>
        <source>This office: code %1</source>
        <translation>本单位：代码 %1</translation>
    </message>
    <message>
        <source>The sync state could not be read. Press F5 to try again.</source>
        <translation>同步情况读取失败。请按 F5 再试。</translation>
    </message>
    <message>
        <source>Changes not yet exported: %1</source>
        <translation>未导出改动：%1 条</translation>
    </message>
    <message numerus="yes">
        <source>⚠ %n case(s) returned by the township (double-click to open the case):</source>
        <translation>
            <numerusform>⚠ 乡镇退回 %n 件案件（双击打开案件）：</numerusform>
        </translation>
    </message>
    <message>
        <source>USB stick “%1” plugged in.</source>
        <translation>已插入U盘“%1”。</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>正在读取……</translation>
    </message>
    <message>
        <source>First step: enroll the township this village reports to. After that, plugging in a USB stick is enough.</source>
        <translation>第一步：登记本村所属的乡镇（司法所）。登记之后，插上U盘就能导出。</translation>
    </message>
    <message>
        <source>No USB stick found. Plug one in and this banner proposes the folder; or choose a folder.</source>
        <translation>没有发现U盘。插入U盘后，这里会提示该用哪个文件夹；也可以自己选择一个文件夹。</translation>
    </message>
    <message>
        <source>USB stick “%1” is plugged in. The bundle goes to %2, and the township&apos;s receipts there are imported too.</source>
        <translation>已插入U盘“%1”。数据包将写到 %2 ，那里乡镇写回的回执也一并导入。</translation>
    </message>
    <message>
        <source>USB stick “%1” is plugged in. Every village&apos;s bundle under %2 is imported; each receipt is written beside its bundle.</source>
        <translation>已插入U盘“%1”。将导入 %2 下各村的全部数据包，回执写在各个数据包旁边。</translation>
    </message>
    <message>
        <source>E&amp;xport and import receipts</source>
        <translation>导出并导入回执(&amp;X)</translation>
    </message>
    <message>
        <source>Import the bundles on the &amp;stick</source>
        <translation>导入U盘上的数据包(&amp;S)</translation>
    </message>
    <message>
        <source>Import the township&apos;s identity file…</source>
        <translation>导入乡镇身份文件…</translation>
    </message>
    <message>
        <source>Folder for the bundle</source>
        <translation>选择数据包的存放文件夹</translation>
    </message>
    <message>
        <source>Only the committee chair exports to the USB stick and imports from it.</source>
        <translation>只有调委会主任可以导出到U盘和从U盘导入。</translation>
    </message>
    <message>
        <source>Export cancelled: nothing was written.</source>
        <translation>已取消导出，没有写出任何文件。</translation>
    </message>
    <message>
        <source>Save this computer&apos;s &amp;identity file…</source>
        <translation>导出本机身份文件(&amp;I)…</translation>
    </message>
    <message>
        <source>Fingerprint of this computer</source>
        <translation>本机指纹</translation>
    </message>
    <message>
        <source>The other side&apos;s screen shows the same fingerprint for this computer. Compare the digits group by group, by eye or by phone.</source>
        <translation>对方电脑上显示的本机指纹应与这里完全一样。请逐组核对，当面看或电话念都可以。</translation>
    </message>
    <message>
        <source>Choose a &amp;folder…</source>
        <translation>选择文件夹(&amp;F)…</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>进度</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>What was done</source>
        <translation>处理结果</translation>
    </message>
    <message>
        <source>Our township</source>
        <translation>本村所属乡镇</translation>
    </message>
    <message>
        <source>Import the &amp;township&apos;s identity file…</source>
        <translation>导入乡镇身份文件(&amp;T)…</translation>
    </message>
    <message>
        <source>Where our cases stand</source>
        <translation>案件报送情况</translation>
    </message>
    <message>
        <source>Export for the township</source>
        <translation>导出给乡镇</translation>
    </message>
    <message>
        <source>What goes onto the stick:</source>
        <translation>写到U盘上的内容：</translation>
    </message>
    <message>
        <source>&amp;Standard (ID numbers masked)</source>
        <translation>标准（身份证号遮盖）(&amp;S)</translation>
    </message>
    <message>
        <source>F&amp;ull (with ID numbers)</source>
        <translation>完整（含身份证号）(&amp;U)</translation>
    </message>
    <message>
        <source>⚠ Full puts the ID numbers of every party onto the stick (encrypted). Choose it only when the township asks for them, and keep the stick safe.</source>
        <translation>⚠ 选“完整”时，所有当事人的身份证号都会写到U盘上（已加密）。只在乡镇要求时选择，并保管好U盘。</translation>
    </message>
    <message>
        <source>S&amp;tatistics only (numbers, no names)</source>
        <translation>仅统计数字（不含姓名）(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Export to the stick</source>
        <translation>导出到U盘(&amp;E)</translation>
    </message>
    <message>
        <source>Export e&amp;verything again…</source>
        <translation>重新导出全部(&amp;V)…</translation>
    </message>
    <message>
        <source>Import &amp;receipts…</source>
        <translation>导入回执(&amp;R)…</translation>
    </message>
    <message>
        <source>Cases the township returned (double-click to open the case):</source>
        <translation>乡镇退回的案件（双击打开案件）：</translation>
    </message>
    <message>
        <source>Returned cases</source>
        <translation>退回的案件</translation>
    </message>
    <message>
        <source>Export log: every bundle written here, and how many persons it carried (if a stick is lost, this says what was on it).</source>
        <translation>导出记录：本机写出的每个数据包及其涉及的人数（U盘丢失时，据此说明上面有什么）。</translation>
    </message>
    <message>
        <source>Export log</source>
        <translation>导出记录</translation>
    </message>
    <message>
        <source>W&amp;ho is in this bundle…</source>
        <translation>包含哪些人(&amp;H)…</translation>
    </message>
    <message>
        <source>The persons whose data the selected bundle carried (for the report of a lost stick)</source>
        <translation>所选数据包中含有哪些人的个人信息（用于U盘丢失时的报告）</translation>
    </message>
    <message>
        <source>&amp;Import bundles…</source>
        <translation>导入数据包(&amp;I)…</translation>
    </message>
    <message>
        <source>Import a &amp;whole folder…</source>
        <translation>导入整个文件夹(&amp;W)…</translation>
    </message>
    <message>
        <source>Records to re&amp;view…</source>
        <translation>待审记录(&amp;V)…</translation>
    </message>
    <message>
        <source>Villages</source>
        <translation>各村</translation>
    </message>
</context>
<context>
    <name>SyncSection</name>
    <message>
        <source>Township notes</source>
        <translation>乡镇意见</translation>
    </message>
    <message>
        <source>The papers of this village&apos;s case, in the order of the dossier. The township can preview them; printing and saving are left to the village.</source>
        <translation>这件村里案件的文书，按卷宗顺序排列。乡镇可以预览查看，打印和存档由村里办理。</translation>
    </message>
    <message>
        <source>Case reported by %1. The township can only view it.</source>
        <translation>%1报送的案件，乡镇只能查看</translation>
    </message>
    <message>
        <source>Reported by:</source>
        <translation>报送单位：</translation>
    </message>
    <message>
        <source>Township:</source>
        <translation>乡镇：</translation>
    </message>
    <message>
        <source>⚠ Returned to the village: %1 (%2). Not yet put right.</source>
        <translation>⚠ 已退回村里：%1（%2），尚未整改完毕</translation>
    </message>
    <message>
        <source>⚠ Returned by the township: %1 (%2)</source>
        <translation>⚠ 乡镇退回：%1（%2）</translation>
    </message>
    <message>
        <source>Your notes and returns on this village&apos;s case. They reach the village with the receipt written when its next bundle is imported here.</source>
        <translation>本所对这件村里案件的督办意见和退回。村里下次送来数据包、在这里导入后，写出的回执会把它们带回村里。</translation>
    </message>
    <message>
        <source>The township&apos;s notes and returns on this case. They arrive with the township&apos;s receipts; only the township can change them.</source>
        <translation>乡镇对本案的督办意见和退回。它们随乡镇的回执来到本机，只有乡镇能修改。</translation>
    </message>
    <message>
        <source>The township has written nothing on this case. Its notes and returns arrive with its receipts.</source>
        <translation>乡镇对本案还没有意见。乡镇的督办意见和退回会随回执来到本机。</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>尚未整改</translation>
    </message>
    <message>
        <source>Put right on %1: %2</source>
        <translation>%1 已整改完毕：%2</translation>
    </message>
    <message>
        <source>Put right on %1</source>
        <translation>%1 已整改完毕</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>A village&apos;s paper: the township can read it here, but printing and saving are left to the village.</source>
        <translation>这是村里的文书：乡镇可以在这里查看，打印和存档由村里办理。</translation>
    </message>
    <message>
        <source>Supervision note saved. It goes to the village with the next receipt.</source>
        <translation>督办意见已保存，会随下一份回执带回村里。</translation>
    </message>
    <message>
        <source>Case returned to the village. The village sees it with the next receipt.</source>
        <translation>案件已退回村里，村里收到下一份回执后就能看到。</translation>
    </message>
    <message>
        <source>Return marked as put right.</source>
        <translation>已标记整改完毕。</translation>
    </message>
    <message>
        <source>The township&apos;s notes on this case could not be read. Press F5 to try again.</source>
        <translation>读不出乡镇对本案的意见。请按 F5 重试。</translation>
    </message>
</context>
<context>
    <name>TermsEditor</name>
    <message>
        <source>+ Add a term</source>
        <translation>+ 增加一条</translation>
    </message>
    <message>
        <source>%1.</source>
        <translation>%1、</translation>
    </message>
    <message>
        <source>Term %1</source>
        <translation>第%1条</translation>
    </message>
    <message>
        <source>Move term %1 up (Alt+Up)</source>
        <translation>第%1条上移（Alt+↑）</translation>
    </message>
    <message>
        <source>Move term %1 down (Alt+Down)</source>
        <translation>第%1条下移（Alt+↓）</translation>
    </message>
    <message>
        <source>Remove term %1</source>
        <translation>删除第%1条</translation>
    </message>
</context>
<context>
    <name>TextSizeControl</name>
    <message>
        <source>&amp;Larger Text</source>
        <translation>字号放大(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Smaller Text</source>
        <translation>字号缩小(&amp;S)</translation>
    </message>
    <message>
        <source>S&amp;tandard Text Size</source>
        <translation>标准字号(&amp;T)</translation>
    </message>
    <message>
        <source>Make the text of the whole window larger or smaller</source>
        <translation>把整个窗口的文字调大或调小</translation>
    </message>
</context>
<context>
    <name>TodayPage</name>
    <message>
        <source>Loading…</source>
        <translation>正在读取…</translation>
    </message>
    <message>
        <source>Nothing is due in the next 7 days.</source>
        <translation>今后 7 天内没有到期的事项。</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) due</source>
        <translation>
            <numerusform>共 %n 项待办</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n of them overdue</source>
        <translation>
            <numerusform>，其中 %n 项已超期</numerusform>
        </translation>
    </message>
    <message>
        <source>The list could not be read. Press F5 to try again.</source>
        <translation>没能读取待办事项。请按 F5 重试。</translation>
    </message>
    <message>
        <source>Deadlines in the next 7 days, and all overdue ones. Double-click a line to see the case.</source>
        <translation>今后 7 天内到期的事项和所有已超期的事项。双击一行可以查看案件。</translation>
    </message>
    <message>
        <source>Deadlines</source>
        <translation>待办期限</translation>
    </message>
</context>
<context>
    <name>TownshipPart</name>
    <message>
        <source>Nothing yet</source>
        <translation>还没有</translation>
    </message>
    <message>
        <source>Not checked</source>
        <translation>未核对</translation>
    </message>
    <message numerus="yes">
        <source>%n village(s) report to this office.</source>
        <translation>
            <numerusform>共有 %n 个村向本单位报送。</numerusform>
        </translation>
    </message>
    <message>
        <source>None has sent a bundle yet: import the first one from a stick.</source>
        <translation>还没有村报来数据包：请从U盘导入第一个。</translation>
    </message>
    <message numerus="yes">
        <source>⚠ %n village(s) have missing or differing data.</source>
        <translation>
            <numerusform>⚠ 有 %n 个村的数据有缺失或核对不上。</numerusform>
        </translation>
    </message>
    <message>
        <source>Double-click a village to see its details.</source>
        <translation>双击某个村可查看详情。</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1%2</translation>
    </message>
    <message>
        <source>Records to re&amp;view (%1)…</source>
        <translation>待审记录（%1）(&amp;V)…</translation>
    </message>
    <message>
        <source>%1 (code %2) — fingerprint %3. Enrolled %4. %5 bundle(s) received, the last imported %6; changes received up to %7.</source>
        <translation>%1（代码 %2）—— 指纹 %3。%4 登记。已收到数据包 %5 个，最近一次导入于 %6；改动已连续收到第 %7 条。</translation>
    </message>
    <message>
        <source>Import bundles</source>
        <translation>导入数据包</translation>
    </message>
    <message>
        <source>Bundles (*.mzb)</source>
        <translation>数据包 (*.mzb)</translation>
    </message>
    <message>
        <source>Import every bundle in a folder</source>
        <translation>导入文件夹中的全部数据包</translation>
    </message>
    <message>
        <source>Looking for bundles…</source>
        <translation>正在查找数据包……</translation>
    </message>
    <message>
        <source>No bundles (.mzb files) were found there.</source>
        <translation>那里没有找到数据包（.mzb 文件）。</translation>
    </message>
    <message numerus="yes">
        <source>Checking %n file(s)…</source>
        <translation>
            <numerusform>正在检查 %n 个文件……</numerusform>
        </translation>
    </message>
    <message>
        <source>Waiting: compare the fingerprint of %1 in the window that opened.</source>
        <translation>等待核对：请在弹出的窗口中核对%1的指纹。</translation>
    </message>
    <message numerus="yes">
        <source>Importing %n file(s)…</source>
        <translation>
            <numerusform>正在导入 %n 个文件……</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled. %1 of %2 file(s) were imported completely; the others were not touched. Importing them again later is safe: nothing is imported twice.</source>
        <translation>已取消。%2 个文件中已完整导入 %1 个，其余的没有动。以后再导入也没关系，不会重复导入。</translation>
    </message>
    <message>
        <source>Files: %1 imported, %2 imported before, %3 not imported.</source>
        <translation>文件：导入 %1 个，以前已导入 %2 个，未导入 %3 个。</translation>
    </message>
</context>
<context>
    <name>TrainingDialog</name>
    <message>
        <source>Training record</source>
        <translation>培训记录</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>日期(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Organised by:</source>
        <translation>组织单位(&amp;O)：</translation>
    </message>
    <message>
        <source>e.g. 县司法局</source>
        <translation>如：县司法局</translation>
    </message>
    <message>
        <source>&amp;Topic:</source>
        <translation>培训内容(&amp;T)：</translation>
    </message>
    <message>
        <source>e.g. 民法典婚姻家庭编</source>
        <translation>如：民法典婚姻家庭编</translation>
    </message>
    <message>
        <source>&amp;Hours:</source>
        <translation>学时(&amp;H)：</translation>
    </message>
    <message>
        <source>&amp;Exam:</source>
        <translation>考试(&amp;E)：</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation>保存（Ctrl+S）</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Close without saving (Esc)</source>
        <translation>不保存，关闭（Esc）</translation>
    </message>
    <message>
        <source>Training record — %1</source>
        <translation>培训记录 — %1</translation>
    </message>
    <message>
        <source>Mediator: %1 (%2)</source>
        <translation>调解员：%1（%2）</translation>
    </message>
</context>
<context>
    <name>UserDialog</name>
    <message>
        <source>Add an Account</source>
        <translation>添加账户</translation>
    </message>
    <message>
        <source>Give the person a temporary password by word of mouth; they choose their own when they first sign in.</source>
        <translation>把临时密码当面告诉本人；他第一次登录时会改成自己的密码。</translation>
    </message>
    <message>
        <source>Change the Role</source>
        <translation>修改角色</translation>
    </message>
    <message>
        <source>Role of %1:</source>
        <translation>%1 的角色：</translation>
    </message>
    <message>
        <source>Temporary Password</source>
        <translation>临时密码</translation>
    </message>
    <message>
        <source>A temporary password for %1, who forgot theirs. They choose their own at the next sign-in. This also lifts a lock after too many wrong tries.</source>
        <translation>为忘了密码的 %1 设一个临时密码，他下次登录时改成自己的密码。输错次数太多被锁定的账户，也会同时解锁。</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>账户</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>姓名(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>登录名(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>角色(&amp;R)：</translation>
    </message>
    <message>
        <source>Temporary &amp;password:</source>
        <translation>临时密码(&amp;P)：</translation>
    </message>
    <message>
        <source>at least 8 characters</source>
        <translation>至少 8 个字符</translation>
    </message>
    <message>
        <source>Password &amp;again:</source>
        <translation>再次输入密码(&amp;A)：</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation>保存（Ctrl+S）</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Close without saving (Esc)</source>
        <translation>不保存，关闭（Esc）</translation>
    </message>
</context>
<context>
    <name>VillageActions</name>
    <message>
        <source>Folder for this computer&apos;s identity file</source>
        <translation>选择本机身份文件的存放文件夹</translation>
    </message>
    <message>
        <source>Identity file written: %1
Fingerprint: %2
The other side compares this fingerprint when enrolling the file.</source>
        <translation>已写出身份文件：%1
指纹：%2
对方登记这个文件时，要核对这个指纹。</translation>
    </message>
    <message>
        <source>The township&apos;s identity file</source>
        <translation>选择乡镇身份文件</translation>
    </message>
    <message>
        <source>Identity files (*.mzid)</source>
        <translation>身份文件 (*.mzid)</translation>
    </message>
    <message>
        <source>%1 is enrolled. Bundles are now encrypted for it.</source>
        <translation>已登记%1。今后的数据包都加密发给它。</translation>
    </message>
    <message>
        <source>Folder for the bundle</source>
        <translation>选择数据包的存放文件夹</translation>
    </message>
    <message>
        <source>Export everything again</source>
        <translation>重新导出全部</translation>
    </message>
    <message>
        <source>Write every record of this station into the bundle, also those the township has already received? Do this when the township asks for a full bundle.</source>
        <translation>把本机的全部记录（包括乡镇已经接收的）都写进数据包吗？乡镇要求完整数据包时才需要这样做。</translation>
    </message>
    <message>
        <source>Export everything</source>
        <translation>全部导出</translation>
    </message>
    <message>
        <source>Importing receipts…</source>
        <translation>正在导入回执……</translation>
    </message>
    <message>
        <source>Writing the bundle…</source>
        <translation>正在写数据包……</translation>
    </message>
    <message>
        <source>Import receipts</source>
        <translation>导入回执</translation>
    </message>
    <message>
        <source>Receipts (*.mzr)</source>
        <translation>回执 (*.mzr)</translation>
    </message>
</context>
<context>
    <name>VillageConfirmDialog</name>
    <message>
        <source>A village reports for the first time</source>
        <translation>村里第一次报送</translation>
    </message>
    <message>
        <source>This is the first bundle from this village. Its data is imported only after you have compared its fingerprint.</source>
        <translation>这是这个村的第一个数据包。核对指纹之后才会导入。</translation>
    </message>
    <message>
        <source>Compare it group by group with the fingerprint shown on the village&apos;s computer (or have it read out by phone).</source>
        <translation>请与村里电脑上显示的指纹逐组核对（也可以打电话请对方念给您听）。</translation>
    </message>
    <message>
        <source>The fingerprints match: import</source>
        <translation>指纹一致，导入</translation>
    </message>
    <message>
        <source>Do not import</source>
        <translation>不导入</translation>
    </message>
</context>
<context>
    <name>VoidControl</name>
    <message>
        <source>Case %1 was voided; the record stays.</source>
        <translation>案件 %1 已作废，记录仍然保留。</translation>
    </message>
</context>
<context>
    <name>VoidDialog</name>
    <message>
        <source>Void %1</source>
        <translation>作废 %1</translation>
    </message>
    <message>
        <source>Case %1 — %2</source>
        <translation>案件 %1 — %2</translation>
    </message>
    <message>
        <source>The case could not be voided. The reason was written to the log.</source>
        <translation>案件没有作废成功，原因已写入日志。</translation>
    </message>
    <message>
        <source>Void the Registration</source>
        <translation>作废登记</translation>
    </message>
    <message>
        <source>⚠ Only for a case registered in error (a duplicate, the wrong committee). The record stays, with its number and the reason, but it leaves the case lists and the statistics, and it can no longer be changed. This cannot be undone.</source>
        <translation>⚠ 只用于登记错了的案件（重复登记、不属本调委会等）。记录连同案号和作废理由都会保留，但不再出现在案件列表和统计里，也不能再修改。作废后不能撤销。</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>作废理由(&amp;R)：</translation>
    </message>
    <message>
        <source>e.g. 与（2026）青石村人调字第012号重复登记</source>
        <translation>如：与（2026）青石村人调字第012号重复登记</translation>
    </message>
    <message>
        <source>Void the registration (Ctrl+S)</source>
        <translation>作废登记（Ctrl+S）</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Close without voiding (Esc)</source>
        <translation>不作废，关闭（Esc）</translation>
    </message>
</context>
<context>
    <name>_Texts</name>
    <message>
        <source>The paper could not be made or written. The reason was written to the log.</source>
        <translation>文书没有生成或保存成功，原因已记入日志。</translation>
    </message>
    <message>
        <source>Papers</source>
        <translation>文书</translation>
    </message>
</context>
<context>
    <name>community</name>
    <message>
        <source>Dispute</source>
        <translation>矛盾纠纷</translation>
    </message>
    <message>
        <source>Safety hazard</source>
        <translation>安全隐患</translation>
    </message>
    <message>
        <source>Suspicious person</source>
        <translation>可疑人员</translation>
    </message>
    <message>
        <source>Fire</source>
        <translation>火情</translation>
    </message>
    <message>
        <source>Elderly living alone / left-behind child</source>
        <translation>空巢老人/留守儿童</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Handled by the head</source>
        <translation>户长自行处理</translation>
    </message>
    <message>
        <source>Security committee</source>
        <translation>治保会</translation>
    </message>
    <message>
        <source>Mediation committee</source>
        <translation>调委会</translation>
    </message>
    <message>
        <source>Police station</source>
        <translation>派出所</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>在任</translation>
    </message>
    <message>
        <source>Dissolved</source>
        <translation>已解散</translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <source>Registered</source>
        <translation>已登记</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>已受理</translation>
    </message>
    <message>
        <source>In mediation</source>
        <translation>调解中</translation>
    </message>
    <message>
        <source>Escalated</source>
        <translation>已上报移交</translation>
    </message>
    <message>
        <source>Agreement reached</source>
        <translation>达成协议</translation>
    </message>
    <message>
        <source>Being performed</source>
        <translation>履行中</translation>
    </message>
    <message>
        <source>Performed</source>
        <translation>履行完毕</translation>
    </message>
    <message>
        <source>Not performed</source>
        <translation>未履行</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>不予受理</translation>
    </message>
    <message>
        <source>Terminated</source>
        <translation>调解终止</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>已结案</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>已归档</translation>
    </message>
    <message>
        <source>Mediation time limit</source>
        <translation>调解期限</translation>
    </message>
    <message>
        <source>Judicial confirmation window</source>
        <translation>申请司法确认期限</translation>
    </message>
    <message>
        <source>Report of major dispute</source>
        <translation>重大纠纷报告</translation>
    </message>
    <message>
        <source>Performance of agreement</source>
        <translation>协议履行</translation>
    </message>
    <message>
        <source>Follow-up visit</source>
        <translation>回访</translation>
    </message>
    <message>
        <source>Dispute screening round</source>
        <translation>矛盾纠纷排查</translation>
    </message>
    <message>
        <source>Written report of a major finding</source>
        <translation>排查发现重大纠纷书面报告</translation>
    </message>
    <message>
        <source>Mediator&apos;s term ends</source>
        <translation>调解员任期届满</translation>
    </message>
    <message>
        <source>Group head&apos;s term ends</source>
        <translation>中心户长任期届满</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>受理</translation>
    </message>
    <message>
        <source>Decline</source>
        <translation>不予受理</translation>
    </message>
    <message>
        <source>Start mediation</source>
        <translation>开始调解</translation>
    </message>
    <message>
        <source>Terminate mediation</source>
        <translation>终止调解</translation>
    </message>
    <message>
        <source>Report or transfer</source>
        <translation>上报或移交</translation>
    </message>
    <message>
        <source>Take back after transfer</source>
        <translation>移交后退回</translation>
    </message>
    <message>
        <source>Start performance</source>
        <translation>开始履行</translation>
    </message>
    <message>
        <source>Mark as performed</source>
        <translation>履行完毕</translation>
    </message>
    <message>
        <source>Mark as not performed</source>
        <translation>登记未履行</translation>
    </message>
    <message>
        <source>Mediate again</source>
        <translation>重新调解</translation>
    </message>
    <message>
        <source>Close case</source>
        <translation>结案</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>归档</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>申请人</translation>
    </message>
    <message>
        <source>Respondent</source>
        <translation>被申请人</translation>
    </message>
    <message>
        <source>Party</source>
        <translation>当事人</translation>
    </message>
    <message>
        <source>Third party</source>
        <translation>第三人</translation>
    </message>
    <message>
        <source>male</source>
        <translation>男</translation>
    </message>
    <message>
        <source>female</source>
        <translation>女</translation>
    </message>
    <message>
        <source>⚠ Overdue</source>
        <translation>⚠ 已超期</translation>
    </message>
    <message numerus="yes">
        <source>⚠ %n day(s) overdue</source>
        <translation>
            <numerusform>⚠ 已超期 %n 天</numerusform>
        </translation>
    </message>
    <message>
        <source>due today</source>
        <translation>今天到期</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) left</source>
        <translation>
            <numerusform>还有 %n 天</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
</context>
<context>
    <name>records</name>
    <message>
        <source>Record rights notice</source>
        <translation>登记权利义务告知</translation>
    </message>
    <message>
        <source>Assign mediator</source>
        <translation>指派调解员</translation>
    </message>
    <message>
        <source>Record recusal request</source>
        <translation>登记回避申请</translation>
    </message>
    <message>
        <source>Decide recusal</source>
        <translation>决定是否回避</translation>
    </message>
    <message>
        <source>Record investigation</source>
        <translation>登记调查</translation>
    </message>
    <message>
        <source>Record mediation session</source>
        <translation>登记调解记录</translation>
    </message>
    <message>
        <source>Mark as major dispute</source>
        <translation>标记为重大纠纷</translation>
    </message>
    <message>
        <source>Report upward</source>
        <translation>向上报告</translation>
    </message>
    <message>
        <source>Extend time limit</source>
        <translation>延长调解期限</translation>
    </message>
    <message>
        <source>Record what mediation prevented</source>
        <translation>登记防止激化情况</translation>
    </message>
    <message>
        <source>Record agreement</source>
        <translation>登记调解协议</translation>
    </message>
    <message>
        <source>Record signatures and seal</source>
        <translation>登记签名盖章</translation>
    </message>
    <message>
        <source>Mark item done</source>
        <translation>登记履行完成</translation>
    </message>
    <message>
        <source>Record reminder</source>
        <translation>登记督促履行</translation>
    </message>
    <message>
        <source>Record follow-up visit</source>
        <translation>登记回访</translation>
    </message>
    <message>
        <source>Record confirmation application</source>
        <translation>登记司法确认申请</translation>
    </message>
    <message>
        <source>Record court decision</source>
        <translation>登记法院确认结果</translation>
    </message>
</context>
<context>
    <name>single_instance</name>
    <message>
        <source>Mediation Desk has this data folder open on the computer “%1”:
%2

Please close Mediation Desk on that computer first, then start it here again.</source>
        <translation>调解工作台正在另一台电脑“%1”上使用这个数据文件夹：
%2

请先在那台电脑上关闭调解工作台，再在这里重新打开。</translation>
    </message>
    <message>
        <source>Mediation Desk already has this data folder open:
%1

Please switch to the window that is already open. It may be hidden behind other windows or minimised on the taskbar.</source>
        <translation>调解工作台已经打开了这个数据文件夹：
%1

请切换到已打开的窗口。它可能被其他窗口挡住了，或者缩小在屏幕下方的任务栏里。</translation>
    </message>
    <message>
        <source>Mediation Desk is already open</source>
        <translation>调解工作台已经打开</translation>
    </message>
</context>
<context>
    <name>startup</name>
    <message>
        <source>Opening the data folder…</source>
        <translation>正在打开数据文件夹…</translation>
    </message>
    <message>
        <source>Creating demo data…</source>
        <translation>正在生成演示数据…</translation>
    </message>
    <message>
        <source>The data file is being used by another copy of Mediation Desk. Close the other window, then start again.</source>
        <translation>数据文件正被另一个调解工作台窗口使用。请先关闭那个窗口，再重新打开本程序。</translation>
    </message>
    <message>
        <source>The data folder %1 could not be read or written. Check that it exists, that the disk or USB stick is connected and that it is not read-only.</source>
        <translation>无法读写数据文件夹 %1。请检查这个文件夹是否存在、硬盘或U盘是否已插好、是否被设为只读。</translation>
    </message>
    <message>
        <source>An unexpected problem stopped the start-up. Your saved data has not been changed.</source>
        <translation>启动时遇到意外问题，程序没有打开。已经保存的数据没有改动。</translation>
    </message>
    <message>
        <source>The details were written to:
%1
Please give this file to the person who looks after this computer.</source>
        <translation>详细情况已写入：
%1
请把这个文件交给负责维护这台电脑的人员。</translation>
    </message>
    <message>
        <source>Mediation Desk could not start</source>
        <translation>调解工作台无法启动</translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation>出现问题</translation>
    </message>
    <message>
        <source>Mediation Desk hit an unexpected problem. What you saved before is safe. If this keeps happening, give the file %1 to the person who looks after this computer.</source>
        <translation>调解工作台遇到意外问题。之前保存的内容不受影响。如果反复出现，请把文件 %1 交给负责维护这台电脑的人员。</translation>
    </message>
</context>
<context>
    <name>text_size</name>
    <message>
        <source>Standard</source>
        <translation>标准</translation>
    </message>
    <message>
        <source>Larger</source>
        <translation>较大</translation>
    </message>
    <message>
        <source>Largest</source>
        <translation>特大</translation>
    </message>
</context>
</TS>
