<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
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
        <source>Case No.</source>
        <translation>案件编号</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>案件名称</translation>
    </message>
</context>
<context>
    <name>CaseDetailDialog</name>
    <message>
        <source>Case %1</source>
        <translation>案件 %1</translation>
    </message>
    <message>
        <source>not yet assigned</source>
        <translation>尚未指定</translation>
    </message>
    <message>
        <source> · major dispute</source>
        <translation> · 重大纠纷</translation>
    </message>
    <message>
        <source>Parties</source>
        <translation>当事人</translation>
    </message>
    <message>
        <source>none recorded</source>
        <translation>（未登记）</translation>
    </message>
    <message>
        <source>Requests:</source>
        <translation>申请事项：</translation>
    </message>
    <message>
        <source>Facts of the dispute</source>
        <translation>纠纷简要情况</translation>
    </message>
    <message>
        <source>Time limits</source>
        <translation>期限</translation>
    </message>
    <message>
        <source>nothing due</source>
        <translation>没有待办期限</translation>
    </message>
    <message>
        <source>What can be done next</source>
        <translation>下一步可以办理</translation>
    </message>
    <message>
        <source>nothing; the case is finished</source>
        <translation>无（案件已办结）</translation>
    </message>
    <message numerus="yes">
        <source>%n year(s) old</source>
        <translation>
            <numerusform>%n岁</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Address: %1</source>
        <translation>住址：%1</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>案件</translation>
    </message>
    <message>
        <source>Case number:</source>
        <translation>案件编号：</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>案件名称：</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>状态：</translation>
    </message>
    <message>
        <source>Category:</source>
        <translation>纠纷类型：</translation>
    </message>
    <message>
        <source>Received:</source>
        <translation>登记日期：</translation>
    </message>
    <message>
        <source>Host mediator:</source>
        <translation>主持调解员：</translation>
    </message>
    <message>
        <source>Case details</source>
        <translation>案件详情</translation>
    </message>
    <message>
        <source>This is a read-only summary. Editing cases will come in a later version.</source>
        <translation>这里只能查看，不能修改。修改案件的功能将在后续版本中加入。</translation>
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
        <source>No cases match. Clear the search or choose “All”.</source>
        <translation>没有找到符合条件的案件。请清空查找内容，或把状态选为“全部”。</translation>
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
        <source>&amp;Overdue only</source>
        <translation>只看已超期(&amp;O)</translation>
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
        <source>[major] %1</source>
        <translation>【重大】%1</translation>
    </message>
    <message>
        <source>Parties: %1</source>
        <translation>当事人：%1</translation>
    </message>
    <message>
        <source>Host mediator: %1</source>
        <translation>主持调解员：%1</translation>
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
        <source>Opening case…</source>
        <translation>正在打开案件…</translation>
    </message>
    <message>
        <source>About Mediation Desk</source>
        <translation>关于调解工作台</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Mediation Desk %1&lt;/h3&gt;&lt;p&gt;Case work for village people&apos;s mediation committees. Works without a network; all data stays on this computer.&lt;/p&gt;&lt;p&gt;Data folder: %2&lt;/p&gt;</source>
        <translation>&lt;h3&gt;调解工作台 %1&lt;/h3&gt;&lt;p&gt;村人民调解委员会办案软件。不需要联网，所有数据都保存在这台电脑上。&lt;/p&gt;&lt;p&gt;数据文件夹：%2&lt;/p&gt;</translation>
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
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Cases</source>
        <translation>案件(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
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
    <name>PlaceholderPage</name>
    <message>
        <source>“%1” is not available yet. It will be added in a later version.</source>
        <translation>%1功能尚未提供，将在后续版本中加入。</translation>
    </message>
    <message>
        <source>You can already use the “Cases” and “Today” pages on the left.</source>
        <translation>现在可以使用左侧的“案件”和“今日待办”。</translation>
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
        <source>Record agreement</source>
        <translation>登记调解协议</translation>
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
</TS>
