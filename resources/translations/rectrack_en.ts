<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="zh_CN">
<context>
    <name>ImportPreviewDialog</name>
    <message>
        <source>已完成</source>
        <translation>Completed</translation>
    </message>
    <message>
        <source>正在推进</source>
        <translation>In progress</translation>
    </message>
    <message>
        <source>长期坚持</source>
        <translation>Long-term</translation>
    </message>
</context>
<context>
    <name>rectrack::Access</name>
    <message>
        <source>修改台账</source>
        <translation>change the ledger</translation>
    </message>
    <message>
        <source>申请对账销号</source>
        <translation>request sign-off</translation>
    </message>
    <message>
        <source>审核对账销号</source>
        <translation>review sign-off</translation>
    </message>
    <message>
        <source>回头看</source>
        <translation>Follow-up review</translation>
    </message>
    <message>
        <source>管理账号</source>
        <translation>manage accounts</translation>
    </message>
    <message>
        <source>修改设置</source>
        <translation>change settings</translation>
    </message>
    <message>
        <source>修改自己的密码</source>
        <translation>change their own password</translation>
    </message>
    <message>
        <source>载入示例数据</source>
        <translation>load the sample data</translation>
    </message>
    <message>
        <source>从备份恢复台账</source>
        <translation>restore the ledger from a backup</translation>
    </message>
</context>
<context>
    <name>rectrack::AccountRepository</name>
    <message>
        <source>用户名不能为空，且不超过 64 个字符</source>
        <translation>A user name must not be empty and at most 64 characters long</translation>
    </message>
    <message>
        <source>用户名不能含控制字符</source>
        <translation>A user name must not contain control characters</translation>
    </message>
    <message>
        <source>用户名“%1”已存在</source>
        <translation>The user name “%1” is taken</translation>
    </message>
    <message>
        <source>至少要保留一个启用的管理员账号</source>
        <translation>At least one active administrator account must remain</translation>
    </message>
    <message>
        <source>用户名或密码不正确，或账号已停用</source>
        <translation>Wrong user name or password, or the account is disabled</translation>
    </message>
    <message>
        <source>密码至少需要 %1 个字符</source>
        <translation>The password needs at least %1 characters</translation>
    </message>
</context>
<context>
    <name>rectrack::ActivityRepository</name>
    <message>
        <source>进展情况不能为空</source>
        <translation>The progress note is empty</translation>
    </message>
    <message>
        <source>请填写进展日期</source>
        <translation>Please enter the date of the progress note</translation>
    </message>
    <message>
        <source>找不到编号为 %1 的佐证材料</source>
        <translation>No evidence file with number %1</translation>
    </message>
    <message>
        <source>文件太大（超过 512 MB），无法作为佐证材料保存</source>
        <translation>The file is too large (over 512 MB) to keep as evidence</translation>
    </message>
    <message>
        <source>数量不能为负数</source>
        <translation>Counts cannot be negative</translation>
    </message>
    <message>
        <source>只有已完成整改的问题才能申请对账销号</source>
        <translation>Only a rectified finding can be submitted for sign-off</translation>
    </message>
    <message>
        <source>该问题已申请或已销号</source>
        <translation>This finding is already awaiting sign-off or signed off</translation>
    </message>
    <message>
        <source>该问题没有待审核的销号申请</source>
        <translation>This finding has no pending sign-off request</translation>
    </message>
    <message>
        <source>退回时请写明理由</source>
        <translation>Please give a reason for returning it</translation>
    </message>
    <message>
        <source>请填写回头看日期</source>
        <translation>Please enter the date of the follow-up review</translation>
    </message>
    <message>
        <source>问题反弹时请写明原因</source>
        <translation>Please describe how the problem rebounded</translation>
    </message>
    <message>
        <source>未命名文件</source>
        <translation>unnamed file</translation>
    </message>
    <message>
        <source>申请对账销号需要先上传佐证材料</source>
        <translation>Upload evidence before requesting sign-off</translation>
    </message>
</context>
<context>
    <name>rectrack::AnchorFiles</name>
    <message>
        <source>无法读取 %1：%2</source>
        <translation>Cannot read %1: %2</translation>
    </message>
    <message>
        <source>%1 中没有修改记录的锚点。</source>
        <translation>%1 carries no history anchor.</translation>
    </message>
</context>
<context>
    <name>rectrack::AtomicSave</name>
    <message>
        <source>无法写入 %1：%2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
</context>
<context>
    <name>rectrack::Backup</name>
    <message>
        <source>备份</source>
        <translation>Backup</translation>
    </message>
    <message>
        <source>无法把 %1 移到 %2。</source>
        <translation>Cannot move %1 to %2.</translation>
    </message>
    <message>
        <source>找不到备份文件 %1。</source>
        <translation>Backup file %1 not found.</translation>
    </message>
    <message>
        <source>备份文件 %1 已损坏，不能用来恢复：%2</source>
        <translation>The backup file %1 is damaged and cannot be restored: %2</translation>
    </message>
    <message>
        <source>%1 不是整改台账的备份。</source>
        <translation>%1 is not a Rectrack backup.</translation>
    </message>
    <message>
        <source>备份 %1 由更新版本的整改台账写成（结构版本 %2），请先升级本程序。</source>
        <translation>Backup %1 was written by a newer Rectrack (schema %2); update this program first.</translation>
    </message>
    <message>
        <source>定期</source>
        <translation>Scheduled</translation>
    </message>
    <message>
        <source>升级前</source>
        <translation>Before upgrade</translation>
    </message>
    <message>
        <source>手动</source>
        <translation>Manual</translation>
    </message>
    <message>
        <source>恢复前</source>
        <translation>Before restore</translation>
    </message>
    <message>
        <source>%1 已经存在，不会覆盖。</source>
        <translation>%1 already exists; it is not overwritten.</translation>
    </message>
    <message>
        <source>无法写入 %1：%2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message>
        <source>无法把备份改名为 %1。</source>
        <translation>Cannot rename the backup to %1.</translation>
    </message>
    <message>
        <source>无法创建备份文件夹 %1。</source>
        <translation>Cannot create the backup folder %1.</translation>
    </message>
    <message>
        <source>恢复后的台账与备份内容不一致。恢复前的台账保存在 %1。</source>
        <translation>The restored ledger does not match the backup. The ledger as it was before the restore is kept in %1.</translation>
    </message>
    <message>
        <source>正在完整检查备份…</source>
        <translation>Checking the whole backup…</translation>
    </message>
    <message>
        <source>正在另存当前台账…</source>
        <translation>Keeping a copy of the current ledger…</translation>
    </message>
    <message>
        <source>正在写入备份的内容…</source>
        <translation>Writing the backup’s content…</translation>
    </message>
    <message>
        <source>正在核对恢复后的内容…</source>
        <translation>Comparing the restored content with the backup…</translation>
    </message>
    <message>
        <source>备份升级后的结构与当前台账的不同，不能恢复。请用同一版本的整改台账恢复。</source>
        <translation>Once upgraded, the backup’s schema differs from the current ledger’s, so it cannot be restored. Restore it with the same version of Rectrack.</translation>
    </message>
    <message>
        <source>恢复后的台账与备份内容不一致，已撤回恢复，台账保持原样。</source>
        <translation>The restored ledger did not match the backup; the restore was rolled back and the ledger is unchanged.</translation>
    </message>
</context>
<context>
    <name>rectrack::BulletinChanges</name>
    <message>
        <source>导入“%1”</source>
        <translation>Import “%1”</translation>
    </message>
    <message>
        <source>用“%1”更新导入</source>
        <translation>Update the import from “%1”</translation>
    </message>
</context>
<context>
    <name>rectrack::BulletinFile</name>
    <message>
        <source>无法读取 %1：%2</source>
        <translation>Cannot read %1: %2</translation>
    </message>
    <message>
        <source>问题和措施取自文件中的表格（%1 个问题），而不是正文</source>
        <translation>The problems and measures are taken from the document&apos;s table (%1 problems), not from its text</translation>
    </message>
</context>
<context>
    <name>rectrack::BulletinImport</name>
    <message>
        <source>文件中没有找到任何问题条目，未导入</source>
        <translation>No findings were found in the file; nothing was imported</translation>
    </message>
</context>
<context>
    <name>rectrack::BulletinParser</name>
    <message>
        <source>正文中的“%1”与通报总数（已完成整改问题%2个，共%3个）不一致，是过时的数字，未采用</source>
        <translation>The text&apos;s &quot;%1&quot; contradicts the stated totals (%2 of %3 problems rectified): a stale figure, not used</translation>
    </message>
    <message>
        <source>通报未写明巡视巡察轮次，轮次名称“%1”是根据通报内容拟定的</source>
        <translation>The bulletin names no inspection round; the round &quot;%1&quot; was composed from its text</translation>
    </message>
    <message>
        <source>正文没有标题行，标题“%1”是根据通报内容拟定的</source>
        <translation>The text has no title line; the title &quot;%1&quot; was composed from its text</translation>
    </message>
    <message>
        <source>没有找到任何问题条目：这可能不是整改情况通报或反馈意见，或者格式无法识别</source>
        <translation>No findings found: this may not be a rectification bulletin or feedback list, or its layout is not recognised</translation>
    </message>
    <message>
        <source>通报称问题分%1个方面，但正文没有列出类别标题，问题未归入类别</source>
        <translation>The bulletin states %1 categories but the text heads none; findings are left without a category</translation>
    </message>
    <message>
        <source>通报称问题分%1个方面，正文列出%2个类别</source>
        <translation>The bulletin states %1 categories; the text lists %2</translation>
    </message>
    <message>
        <source>通报称%1个问题，正文在%2个方面下只列出%3项整改内容；两者口径不同，未补造问题</source>
        <translation>The bulletin states %1 problems; the text lists only %3 rectification items under %2 categories. They count differently; no problems were invented</translation>
    </message>
    <message>
        <source>通报称%1个问题，正文列出%2个</source>
        <translation>The bulletin states %1 problems; the text lists %2</translation>
    </message>
    <message>
        <source>通报称%1%2，正文解析出%3</source>
        <translation>The bulletin states %1: %2; the text gives %3</translation>
    </message>
    <message>
        <source>已完成整改问题</source>
        <translation>problems rectified</translation>
    </message>
    <message>
        <source>正在推进整改问题</source>
        <translation>problems in progress</translation>
    </message>
    <message>
        <source>意见建议</source>
        <translation>Suggestion</translation>
    </message>
    <message>
        <source>整改措施</source>
        <translation>Measures</translation>
    </message>
    <message>
        <source>已完成整改措施</source>
        <translation>measures completed</translation>
    </message>
    <message>
        <source>通报称细化为%1项整改任务，正文列出%2条整改措施</source>
        <translation>The bulletin states %1 tasks; the text lists %2 measures</translation>
    </message>
    <message>
        <source>条目编号不连续或重复（在第%1项附近），请核对是否漏项</source>
        <translation>Item numbers skip or repeat (near item %1); check whether something is missing</translation>
    </message>
    <message>
        <source>第%1项“%2”</source>
        <translation>Item %1 &quot;%2&quot;</translation>
    </message>
    <message>
        <source>没有找到标题</source>
        <translation>No title found</translation>
    </message>
    <message>
        <source>标题很长，请核对是否把正文并入了标题</source>
        <translation>The title is very long; check whether body text ran into it</translation>
    </message>
    <message>
        <source>没有找到整改措施</source>
        <translation>No measures found</translation>
    </message>
    <message>
        <source>通报是繁体字，已转换为简体字后读取；请核对人名、地名</source>
        <translation>The bulletin is in Traditional characters; it was read after conversion to Simplified. Check the names of people and places</translation>
    </message>
    <message>
        <source>通报是繁体字，但繁简转换（OpenCC）无法加载，按原文读取</source>
        <translation>The bulletin is in Traditional characters, but the converter (OpenCC) could not be loaded; it was read as written</translation>
    </message>
    <message>
        <source>正文夹有%1个繁体字，已按简体字读取</source>
        <translation>The text has %1 Traditional character(s); they were read as Simplified</translation>
    </message>
    <message>
        <source>通报把%1的巡察组写成了“%2”，按巡察读取</source>
        <translation>The bulletin calls a team of the %1 “%2”; it was read as a 巡察 team</translation>
    </message>
    <message>
        <source>通报正文在“%1”处截断，没有写完：最后一项可能不完整，已导入现有内容</source>
        <translation>The bulletin’s text stops at “%1” without ending: the last item may be incomplete; what is there was imported</translation>
    </message>
    <message>
        <source>通报只给出了总数，没有逐条列出问题：导入的是巡察情况和通报所称的总数，没有问题条目</source>
        <translation>The bulletin gives only totals and lists no problems: the inspection and its stated totals are imported, with no problem items</translation>
    </message>
    <message>
        <source>这份通报的问题没有用“关于……问题”或“整改措施：”等字样标明，程序把“%1”一级的标题当作问题读取；如果不对，请在下方指定问题所在的标题层级</source>
        <translation>This bulletin does not mark its problems with words such as “关于……问题” or “整改措施：”; the headings numbered “%1” were read as the problems. If that is wrong, choose below the level the problems are at</translation>
    </message>
    <message>
        <source>通报称反馈问题%1个，正文读出%2个，请核对是否有遗漏或误读</source>
        <translation>The bulletin states %1 problems and %2 were read from its text: check for missing or misread items</translation>
    </message>
</context>
<context>
    <name>rectrack::BulletinUpdate</name>
    <message>
        <source>%1 条进展情况</source>
        <translation>%1 progress note(s)</translation>
    </message>
    <message>
        <source>%1 份佐证材料</source>
        <translation>%1 evidence file(s)</translation>
    </message>
    <message>
        <source>%1 项整改成果</source>
        <translation>%1 outcome(s)</translation>
    </message>
    <message>
        <source>%1 次延期</source>
        <translation>%1 extension(s)</translation>
    </message>
    <message>
        <source>%1 次销号</source>
        <translation>%1 sign-off(s)</translation>
    </message>
    <message>
        <source>%1 次回头看</source>
        <translation>%1 follow-up review(s)</translation>
    </message>
    <message>
        <source>%1 次状态、时限或责任的修改</source>
        <translation>%1 change(s) of status, deadline or responsibility</translation>
    </message>
    <message>
        <source>问题 %1“%2”</source>
        <translation>Finding %1 “%2”</translation>
    </message>
    <message>
        <source>%1的措施“%2”</source>
        <translation>%1, measure “%2”</translation>
    </message>
    <message>
        <source>文件中没有找到任何问题条目，未导入</source>
        <translation>No findings were found in the file; nothing was imported</translation>
    </message>
    <message>
        <source>问题 新增 %1 个、修改 %2 个、不变 %3 个、删除 %4 个；措施 新增 %5 条、修改 %6 条、删除 %7 条</source>
        <translation>findings: %1 added, %2 changed, %3 unchanged, %4 removed; measures: %5 added, %6 changed, %7 removed</translation>
    </message>
    <message>
        <source>（其中 %1 条已有工作，确认后才删除，否则保留）</source>
        <translation> (%1 of them have work on them: removed only when confirmed, otherwise kept)</translation>
    </message>
</context>
<context>
    <name>rectrack::Change</name>
    <message>
        <source>不能撤销或重做“%1”：%2 #%3 在这之后又被改动过（可能是他人所改）。为了不覆盖这些改动，这一步没有执行。</source>
        <translation>Cannot undo or redo “%1”: %2 #%3 has been changed since (perhaps by someone else). So as not to overwrite those changes, nothing was done.</translation>
    </message>
    <message>
        <source>轮次</source>
        <translation>round</translation>
    </message>
    <message>
        <source>巡察</source>
        <translation>inspection</translation>
    </message>
    <message>
        <source>问题类别</source>
        <translation>category</translation>
    </message>
    <message>
        <source>问题</source>
        <translation>finding</translation>
    </message>
    <message>
        <source>整改措施</source>
        <translation>measure</translation>
    </message>
    <message>
        <source>进展情况</source>
        <translation>progress note</translation>
    </message>
    <message>
        <source>佐证材料</source>
        <translation>evidence</translation>
    </message>
    <message>
        <source>量化成效</source>
        <translation>quantified result</translation>
    </message>
    <message>
        <source>销号记录</source>
        <translation>sign-off record</translation>
    </message>
    <message>
        <source>回头看记录</source>
        <translation>follow-up review</translation>
    </message>
    <message>
        <source>延期记录</source>
        <translation>deadline extension</translation>
    </message>
    <message>
        <source>单位</source>
        <translation>unit</translation>
    </message>
    <message>
        <source>人员</source>
        <translation>person</translation>
    </message>
    <message>
        <source>设置</source>
        <translation>setting</translation>
    </message>
    <message>
        <source>账号</source>
        <translation>account</translation>
    </message>
    <message>
        <source>不能撤销或重做“%1”：它涉及的内容在这之后已被删除或改动（%2）。这一步没有执行。</source>
        <translation>Cannot undo or redo “%1”: something it refers to has since been deleted or changed (%2). Nothing was done.</translation>
    </message>
</context>
<context>
    <name>rectrack::CsvReader</name>
    <message>
        <source>CSV 文件超过 %1 行，无法导入：请分成几个文件。</source>
        <translation>The CSV file has more than %1 rows to import: split it into several files.</translation>
    </message>
</context>
<context>
    <name>rectrack::Database</name>
    <message>
        <source>%1 不能写入：%2是只读的。整改台账需要写入这个文件和它旁边的日志文件。请检查权限，或把文件复制到可写的文件夹后再打开。</source>
        <translation>%1 cannot be written: the %2 is read-only. Rectrack needs to write this file and the log beside it. Check the permissions, or copy the file to a writable folder and open the copy.</translation>
    </message>
    <message>
        <source>文件</source>
        <translation>file</translation>
    </message>
    <message>
        <source>所在文件夹</source>
        <translation>folder it is in</translation>
    </message>
    <message>
        <source>找不到台账数据库 %1。请检查文件名；要新建台账，请用 init。</source>
        <translation>Ledger database %1 not found. Check the file name; to create a new ledger, use init.</translation>
    </message>
    <message>
        <source>%1 是一个空文件（0 字节），不是台账。要在这里新建台账，请用 init。</source>
        <translation>%1 is an empty file (0 bytes), not a ledger. To create a new ledger here, use init.</translation>
    </message>
    <message>
        <source>%1 由旧版本的整改台账写成，需要升级才能打开，但它是只读的。请把它复制到可写的文件夹后再打开。</source>
        <translation>%1 was written by an older Rectrack and must be upgraded before it can be opened, but it is read-only. Copy it to a writable folder and open the copy.</translation>
    </message>
    <message>
        <source>服务器地址“%1”不对：%2。应为 postgresql://用户名@主机:端口/数据库名</source>
        <translation>The server address “%1” is wrong: %2. It should be postgresql://user@host:port/database</translation>
    </message>
    <message>
        <source>不是 postgresql:// 开头的地址</source>
        <translation>it does not start with postgresql://</translation>
    </message>
    <message>
        <source>不认识的选项“%1”</source>
        <translation>unknown option “%1”</translation>
    </message>
    <message>
        <source>缺少数据库名</source>
        <translation>the database name is missing</translation>
    </message>
    <message>
        <source>缺少主机</source>
        <translation>the host is missing</translation>
    </message>
    <message>
        <source>无法连接服务器 %1：%2</source>
        <translation>Cannot connect to the server %1: %2</translation>
    </message>
    <message>
        <source>服务器上的数据库 %1 还不是台账。请管理员先用 rectrack-cli --db %1 init 创建。</source>
        <translation>The database %1 on the server is not a ledger yet. An administrator creates it first with rectrack-cli --db %1 init.</translation>
    </message>
    <message>
        <source>与服务器 %1 的连接断开了，正在自动重连。修改没有保存：连接恢复后请再保存一次。</source>
        <translation>The connection to the server %1 was lost; reconnecting by itself. The change was not saved: save it again once the connection is back.</translation>
    </message>
    <message>
        <source>服务器上的台账 %1 由较早的版本创建，还没有服务器端的修改记录和权限。请管理员（数据库的所有者）运行一次 rectrack-cli --server %1 server init。</source>
        <translation>The ledger %1 on the server was made by an earlier version and has no server-side history or permissions yet. The administrator (the database&apos;s owner) runs rectrack-cli --server %1 server init once.</translation>
    </message>
    <message>
        <source>服务器上的台账 %1 由较早的版本创建，需要升级。请管理员（数据库的所有者）运行一次 rectrack-cli --server %1 server init。</source>
        <translation>The ledger %1 on the server was made by an earlier version and must be upgraded. Ask the administrator (the database owner) to run rectrack-cli --server %1 server init once.</translation>
    </message>
</context>
<context>
    <name>rectrack::DocumentReader</name>
    <message>
        <source>不支持这种文件格式</source>
        <translation>This file format is not supported</translation>
    </message>
</context>
<context>
    <name>rectrack::DocxReader</name>
    <message>
        <source>Word 正文的 XML 已损坏：%1</source>
        <translation>The XML of the Word body is damaged: %1</translation>
    </message>
    <message>
        <source>Word 文件已损坏或不完整（不是有效的 .docx 压缩包）</source>
        <translation>The Word file is damaged or incomplete (not a valid .docx archive)</translation>
    </message>
    <message>
        <source>这个压缩包里没有 Word 正文（word/document.xml），不是 .docx 文件</source>
        <translation>This archive has no Word body (word/document.xml); it is not a .docx file</translation>
    </message>
    <message>
        <source>Word 正文过大，无法导入</source>
        <translation>The Word body is too large to import</translation>
    </message>
</context>
<context>
    <name>rectrack::DocxTables</name>
    <message>
        <source>表格%1</source>
        <translation>Table %1</translation>
    </message>
</context>
<context>
    <name>rectrack::Enums</name>
    <message>
        <source>问题</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>意见建议</source>
        <translation>Suggestion</translation>
    </message>
    <message>
        <source>未启动</source>
        <translation>Not started</translation>
    </message>
    <message>
        <source>正在推进</source>
        <translation>In progress</translation>
    </message>
    <message>
        <source>已完成</source>
        <translation>Completed</translation>
    </message>
    <message>
        <source>长期坚持</source>
        <translation>Long-term</translation>
    </message>
    <message>
        <source>未定</source>
        <translation>Not set</translation>
    </message>
    <message>
        <source>立行立改</source>
        <translation>Fix at once</translation>
    </message>
    <message>
        <source>限期整改</source>
        <translation>By a date</translation>
    </message>
    <message>
        <source>持续推进</source>
        <translation>Continuous</translation>
    </message>
    <message>
        <source>无时限</source>
        <translation>No deadline</translation>
    </message>
    <message>
        <source>长期</source>
        <translation>Ongoing</translation>
    </message>
    <message>
        <source>正常</source>
        <translation>On track</translation>
    </message>
    <message>
        <source>即将到期</source>
        <translation>Due soon</translation>
    </message>
    <message>
        <source>已逾期</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>未申请</source>
        <translation>Not requested</translation>
    </message>
    <message>
        <source>待审核</source>
        <translation>Awaiting review</translation>
    </message>
    <message>
        <source>已销号</source>
        <translation>Signed off</translation>
    </message>
    <message>
        <source>已退回</source>
        <translation>Returned</translation>
    </message>
    <message>
        <source>巡视</source>
        <translation>Xunshi (provincial)</translation>
    </message>
    <message>
        <source>巡察</source>
        <translation>Xuncha (city/county)</translation>
    </message>
    <message>
        <source>常规</source>
        <translation>Regular</translation>
    </message>
    <message>
        <source>专项</source>
        <translation>Special</translation>
    </message>
    <message>
        <source>机动</source>
        <translation>Ad hoc</translation>
    </message>
    <message>
        <source>回头看</source>
        <translation>Follow-up review</translation>
    </message>
    <message>
        <source>提级</source>
        <translation>Elevated</translation>
    </message>
    <message>
        <source>交叉</source>
        <translation>Cross</translation>
    </message>
    <message>
        <source>工作人员</source>
        <translation>Staff</translation>
    </message>
    <message>
        <source>审核人</source>
        <translation>Reviewer</translation>
    </message>
    <message>
        <source>领导（只读）</source>
        <translation>Leader (read-only)</translation>
    </message>
    <message>
        <source>管理员</source>
        <translation>Administrator</translation>
    </message>
</context>
<context>
    <name>rectrack::FindingRepository</name>
    <message>
        <source>找不到编号为 %1 的问题</source>
        <translation>No finding with number %1</translation>
    </message>
    <message>
        <source>该问题的整改状态由其整改措施决定，请修改整改措施的状态</source>
        <translation>This finding&apos;s status follows its measures; change the status of the measures instead</translation>
    </message>
    <message>
        <source>找不到编号为 %1 的整改措施</source>
        <translation>No measure with number %1</translation>
    </message>
    <message>
        <source>问题标题不能为空</source>
        <translation>The finding needs a title</translation>
    </message>
    <message>
        <source>限期整改需要填写整改时限日期</source>
        <translation>A dated deadline needs a date</translation>
    </message>
    <message>
        <source>整改措施内容不能为空</source>
        <translation>The measure needs a text</translation>
    </message>
    <message>
        <source>延期需要写明理由</source>
        <translation>An extension needs a reason</translation>
    </message>
</context>
<context>
    <name>rectrack::HistoryAnchor</name>
    <message>
        <source>修改记录第 %1 条与 %2 时所见的不同：修改记录被改写过（哈希链被重新计算）。</source>
        <translation>History entry %1 differs from the one seen at %2: the history was rewritten (its hash chain recomputed).</translation>
    </message>
    <message>
        <source>修改记录比 %2 时所见的少（那时已有第 %1 条）：记录被删除，或这是一份更早的副本。</source>
        <translation>The history is shorter than it was at %2 (it then had entry %1): entries were deleted, or this is an older copy.</translation>
    </message>
</context>
<context>
    <name>rectrack::HistoryVerifier</name>
    <message>
        <source>%1 #%2 没有对应的修改记录（可能是绕过程序直接写入的）</source>
        <translation>%1 #%2 has no history (perhaps written around the program)</translation>
    </message>
    <message>
        <source>%1 #%2 的 %3 现为 %4，但修改记录中最后的值是 %5（数据被直接改动过）</source>
        <translation>%1 #%2: %3 is %4, but its history last records %5 (changed directly in the data)</translation>
    </message>
    <message>
        <source>%1 #%2 按修改记录应当存在，但数据中没有这一行（被绕过程序直接删除）</source>
        <translation>%1 #%2 should exist according to the history, but the data has no such row (deleted around the program)</translation>
    </message>
    <message>
        <source>佐证材料 %1… 的内容与它的 SHA-256 不符（文件在数据库中被替换过）</source>
        <translation>The content of evidence %1… does not match its SHA-256 (the file was replaced in the database)</translation>
    </message>
    <message>
        <source>全文检索索引与台账不符：%1 条是台账中没有的文字，%2 条台账文字不在索引中（索引被直接改动过）</source>
        <translation>The full-text search index does not match the ledger: %1 entries hold text the ledger does not have, %2 pieces of ledger text are missing from it (the index was changed directly)</translation>
    </message>
    <message>
        <source>统计汇总表与台账不符（%1，%2）：汇总被直接改动过，统计数字不可信</source>
        <translation>The statistics summary does not match the ledger (%1, %2): the summary was changed directly and its figures cannot be trusted</translation>
    </message>
    <message>
        <source>%1 #%2 的 %3 现为 %4，但按修改记录应为 %5（数据被直接改动过）</source>
        <translation>%1 #%2: %3 is %4, but its history says it should be %5 (the data was changed directly)</translation>
    </message>
</context>
<context>
    <name>rectrack::HtmlReader</name>
    <message>
        <source>网页中没有找到正文</source>
        <translation>No article text found in the web page</translation>
    </message>
</context>
<context>
    <name>rectrack::HtmlTables</name>
    <message>
        <source>表%1</source>
        <translation>Table %1</translation>
    </message>
</context>
<context>
    <name>rectrack::InspectionRepository</name>
    <message>
        <source>找不到编号为 %1 的巡察轮次</source>
        <translation>No inspection round with number %1</translation>
    </message>
    <message>
        <source>轮次名称不能为空</source>
        <translation>The round needs a name</translation>
    </message>
    <message>
        <source>该轮次下还有巡察，请先删除其中的巡察</source>
        <translation>This round still has inspections; delete them first</translation>
    </message>
    <message>
        <source>找不到编号为 %1 的巡察</source>
        <translation>No inspection with number %1</translation>
    </message>
    <message>
        <source>找不到编号为 %1 的问题类别</source>
        <translation>No category with number %1</translation>
    </message>
    <message>
        <source>类别名称不能为空</source>
        <translation>The category needs a name</translation>
    </message>
    <message>
        <source>巡察标题不能为空</source>
        <translation>The inspection needs a title</translation>
    </message>
    <message>
        <source>进驻结束日期早于开始日期</source>
        <translation>The on-site period ends before it starts</translation>
    </message>
</context>
<context>
    <name>rectrack::Ledger</name>
    <message>
        <source>台账文件 %1 是只读的（文件、文件夹或所在的磁盘不能写入），只能查看、核对、导出和备份，不能修改。要修改，请把它复制到可写的文件夹后再打开。</source>
        <translation>The ledger file %1 is read-only (the file, its folder or its disk cannot be written): it can be viewed, checked, exported and backed up, but not changed. To change it, copy it to a writable folder and open the copy.</translation>
    </message>
    <message>
        <source>这份台账的修改记录中有 %1 个账号，但账号表是空的：账号被绕过程序删除了。为免任何人不登录就能修改，台账只能查看，不能写入。请用“rectrack-cli verify”查看被改动之处，并从备份恢复（rectrack-cli backups / restore）。</source>
        <translation>The history of this ledger names %1 accounts, but the accounts table is empty: the accounts were deleted around the program. So that nobody can make changes without signing in, the ledger can only be viewed, not written. Run “rectrack-cli verify” to see what was changed, and restore from a backup (rectrack-cli backups / restore).</translation>
    </message>
    <message>
        <source>服务器上的台账由服务器备份：请管理员用 pg_dump 备份、用 pg_restore 恢复（见 docs/server.md）。本程序只备份本机的台账文件。</source>
        <translation>A ledger on a server is backed up by the server: an administrator backs it up with pg_dump and restores it with pg_restore (see docs/server.md). This program backs up only ledger files on this computer.</translation>
    </message>
</context>
<context>
    <name>rectrack::LedgerChanges</name>
    <message>
        <source>新建轮次“%1”</source>
        <translation>New round “%1”</translation>
    </message>
    <message>
        <source>修改轮次“%1”</source>
        <translation>Edit round “%1”</translation>
    </message>
    <message>
        <source>删除轮次</source>
        <translation>Delete round</translation>
    </message>
    <message>
        <source>新建巡察“%1”</source>
        <translation>New inspection “%1”</translation>
    </message>
    <message>
        <source>修改巡察“%1”</source>
        <translation>Edit inspection “%1”</translation>
    </message>
    <message>
        <source>删除巡察</source>
        <translation>Delete inspection</translation>
    </message>
    <message>
        <source>新增问题类别“%1”</source>
        <translation>Add category “%1”</translation>
    </message>
    <message>
        <source>修改问题类别“%1”</source>
        <translation>Edit category “%1”</translation>
    </message>
    <message>
        <source>移动问题类别</source>
        <translation>Move category</translation>
    </message>
    <message>
        <source>删除问题类别</source>
        <translation>Delete category</translation>
    </message>
    <message>
        <source>新增问题“%1”</source>
        <translation>Add finding “%1”</translation>
    </message>
    <message>
        <source>修改问题“%1”</source>
        <translation>Edit finding “%1”</translation>
    </message>
    <message>
        <source>删除问题</source>
        <translation>Delete finding</translation>
    </message>
    <message>
        <source>新增整改措施</source>
        <translation>Add measure</translation>
    </message>
    <message>
        <source>修改整改措施</source>
        <translation>Edit measure</translation>
    </message>
    <message>
        <source>整改措施改为“%1”</source>
        <translation>Measure set to “%1”</translation>
    </message>
    <message>
        <source>问题改为“%1”</source>
        <translation>Finding set to “%1”</translation>
    </message>
    <message>
        <source>删除整改措施</source>
        <translation>Delete measure</translation>
    </message>
    <message>
        <source>添加进展情况</source>
        <translation>Add progress note</translation>
    </message>
    <message>
        <source>删除进展情况</source>
        <translation>Delete progress note</translation>
    </message>
    <message>
        <source>上传佐证材料“%1”</source>
        <translation>Attach evidence “%1”</translation>
    </message>
    <message>
        <source>删除佐证材料</source>
        <translation>Delete evidence</translation>
    </message>
    <message>
        <source>申请对账销号</source>
        <translation>Request sign-off</translation>
    </message>
    <message>
        <source>同意销号</source>
        <translation>Approve sign-off</translation>
    </message>
    <message>
        <source>退回销号申请</source>
        <translation>Return sign-off request</translation>
    </message>
    <message>
        <source>回头看</source>
        <translation>Follow-up review</translation>
    </message>
    <message>
        <source>延期</source>
        <translation>Extend deadline</translation>
    </message>
    <message>
        <source>新增单位“%1”</source>
        <translation>Add unit “%1”</translation>
    </message>
    <message>
        <source>修改单位“%1”</source>
        <translation>Edit unit “%1”</translation>
    </message>
    <message>
        <source>删除单位</source>
        <translation>Delete unit</translation>
    </message>
    <message>
        <source>新增人员“%1”</source>
        <translation>Add person “%1”</translation>
    </message>
    <message>
        <source>修改人员“%1”</source>
        <translation>Edit person “%1”</translation>
    </message>
    <message>
        <source>删除人员</source>
        <translation>Delete person</translation>
    </message>
    <message>
        <source>%1 项改为“%2”</source>
        <translation>%1 items set to “%2”</translation>
    </message>
    <message>
        <source>%1 项改派责任</source>
        <translation>%1 items reassigned</translation>
    </message>
    <message>
        <source>%1 项调整整改时限</source>
        <translation>%1 items given a new deadline</translation>
    </message>
    <message>
        <source>修改临期提醒天数</source>
        <translation>Change the due-soon window</translation>
    </message>
    <message>
        <source>修改工作日历</source>
        <translation>Change the working-day calendar</translation>
    </message>
    <message>
        <source>新增账户“%1”</source>
        <translation>Add account “%1”</translation>
    </message>
    <message>
        <source>修改账户角色</source>
        <translation>Change account role</translation>
    </message>
    <message>
        <source>启用账户</source>
        <translation>Enable account</translation>
    </message>
    <message>
        <source>停用账户</source>
        <translation>Disable account</translation>
    </message>
    <message>
        <source>修改密码</source>
        <translation>Change password</translation>
    </message>
    <message>
        <source>载入示例数据</source>
        <translation>Load sample data</translation>
    </message>
</context>
<context>
    <name>rectrack::LedgerColumns</name>
    <message>
        <source>序号</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>问题类别</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>反馈问题</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>整改措施</source>
        <translation>Measure</translation>
    </message>
    <message>
        <source>责任领导</source>
        <translation>Leader</translation>
    </message>
    <message>
        <source>牵头单位</source>
        <translation>Leading unit</translation>
    </message>
    <message>
        <source>配合单位</source>
        <translation>Helping units</translation>
    </message>
    <message>
        <source>责任人</source>
        <translation>Responsible person</translation>
    </message>
    <message>
        <source>整改时限</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <source>整改进展</source>
        <translation>Progress</translation>
    </message>
    <message>
        <source>整改成效</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>备注</source>
        <translation>Remark</translation>
    </message>
    <message>
        <source>时限日期</source>
        <translation>Deadline date</translation>
    </message>
    <message>
        <source>完成日期</source>
        <translation>Completion date</translation>
    </message>
    <message>
        <source>（不导入）</source>
        <translation>(not imported)</translation>
    </message>
    <message>
        <source>--map 中的“%1”看不懂：应为“列字母=字段”，如 C=title,E=measure,F=lead_unit。字段可以是 number, category, title, measure, leader, lead_unit, co_units, person, deadline, progress, outcome, remark, deadline_date, completed_on, ignored</source>
        <translation>“%1” in --map is not understood: give COLUMN=FIELD, as in C=title,E=measure,F=lead_unit. Fields: number, category, title, measure, leader, lead_unit, co_units, person, deadline, progress, outcome, remark, deadline_date, completed_on, ignored</translation>
    </message>
</context>
<context>
    <name>rectrack::LedgerCopy</name>
    <message>
        <source>修改记录的哈希链在第 %1 条断开</source>
        <translation>the history&apos;s hash chain breaks at entry %1</translation>
    </message>
    <message>
        <source>%1 核对不通过，没有复制：%2</source>
        <translation>%1 does not verify; nothing was copied: %2</translation>
    </message>
    <message>
        <source>%1 中已有数据（%2），只能复制到一份空的台账中</source>
        <translation>%1 already holds data (%2); a ledger is copied only into an empty one</translation>
    </message>
</context>
<context>
    <name>rectrack::LedgerRestore</name>
    <message>
        <source>正在记入修改记录…</source>
        <translation>Recording the restore in the history…</translation>
    </message>
    <message>
        <source>这个台账文件没有损坏，不能在打开之前替换。请打开它，由管理员在“备份与恢复”中恢复。</source>
        <translation>This ledger file is not damaged, so it cannot be replaced before it is opened. Open it, and have an administrator restore it in Backups and restore.</translation>
    </message>
</context>
<context>
    <name>rectrack::LedgerTable</name>
    <message>
        <source>问题清单</source>
        <translation>Findings ledger</translation>
    </message>
    <message>
        <source>任务清单</source>
        <translation>Tasks ledger</translation>
    </message>
    <message>
        <source>责任清单</source>
        <translation>Responsibility ledger</translation>
    </message>
    <message>
        <source>责任单位</source>
        <translation>Responsible unit</translation>
    </message>
    <message>
        <source>负责问题</source>
        <translation>Findings</translation>
    </message>
    <message>
        <source>已完成</source>
        <translation>Completed</translation>
    </message>
    <message>
        <source>逾期问题</source>
        <translation>Overdue findings</translation>
    </message>
    <message>
        <source>完成率</source>
        <translation>Completion</translation>
    </message>
    <message>
        <source>整改措施</source>
        <translation>Measures</translation>
    </message>
    <message>
        <source>已完成措施</source>
        <translation>Measures completed</translation>
    </message>
    <message>
        <source>逾期措施</source>
        <translation>Overdue measures</translation>
    </message>
    <message>
        <source>巡察</source>
        <translation>Inspection</translation>
    </message>
    <message>
        <source>类型</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>序号</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>问题类别</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>问题</source>
        <translation>Finding</translation>
    </message>
    <message>
        <source>问题描述</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>整改状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>整改时限</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <source>时限日期</source>
        <translation>Deadline date</translation>
    </message>
    <message>
        <source>时限状态</source>
        <translation>Deadline state</translation>
    </message>
    <message>
        <source>责任领导</source>
        <translation>Responsible leader</translation>
    </message>
    <message>
        <source>牵头单位</source>
        <translation>Lead unit</translation>
    </message>
    <message>
        <source>整改成效</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>存在的困难</source>
        <translation>Difficulties</translation>
    </message>
    <message>
        <source>销号状态</source>
        <translation>Sign-off</translation>
    </message>
    <message>
        <source>重新整改</source>
        <translation>Reopened</translation>
    </message>
    <message>
        <source>最新进展日期</source>
        <translation>Latest note date</translation>
    </message>
    <message>
        <source>最新进展</source>
        <translation>Latest note</translation>
    </message>
    <message>
        <source>问题序号</source>
        <translation>Finding no.</translation>
    </message>
    <message>
        <source>措施序号</source>
        <translation>Measure no.</translation>
    </message>
    <message>
        <source>责任人</source>
        <translation>Responsible person</translation>
    </message>
    <message>
        <source>完成日期</source>
        <translation>Completed on</translation>
    </message>
    <message>
        <source>是</source>
        <translation>yes</translation>
    </message>
</context>
<context>
    <name>rectrack::NewRecords</name>
    <message>
        <source>新问题</source>
        <translation>New finding</translation>
    </message>
    <message>
        <source>新意见建议</source>
        <translation>New suggestion</translation>
    </message>
    <message>
        <source>新整改措施</source>
        <translation>New measure</translation>
    </message>
</context>
<context>
    <name>rectrack::OfficialDocumentPdf</name>
    <message>
        <source>无法生成 PDF 文件</source>
        <translation>Cannot create the PDF file</translation>
    </message>
    <message>
        <source>标题（小标宋）</source>
        <translation>Title (Xiaobiaosong)</translation>
    </message>
    <message>
        <source>正文（仿宋）</source>
        <translation>Body (FangSong)</translation>
    </message>
    <message>
        <source>一级标题（黑体）</source>
        <translation>First-level heading (Hei)</translation>
    </message>
    <message>
        <source>二级标题（楷体）</source>
        <translation>Second-level heading (Kai)</translation>
    </message>
    <message>
        <source>页码（宋体）</source>
        <translation>Page numbers (Song)</translation>
    </message>
    <message>
        <source>西文和数字（Times New Roman）</source>
        <translation>Latin letters and digits (Times New Roman)</translation>
    </message>
</context>
<context>
    <name>rectrack::OutputGuard</name>
    <message>
        <source>没有给出要写入的文件名。</source>
        <translation>No file name to write to was given.</translation>
    </message>
    <message>
        <source>%1 是正在使用的台账数据库，不能把导出或备份写到这个文件上，否则台账会被覆盖。请换一个文件名。</source>
        <translation>%1 is the ledger database in use; an export or backup cannot be written to it, as that would overwrite the ledger. Choose another file name.</translation>
    </message>
    <message>
        <source>%1 是台账数据库 %2 的日志文件，不能写入。请换一个文件名。</source>
        <translation>%1 is the log file of the ledger database %2 and cannot be written. Choose another file name.</translation>
    </message>
    <message>
        <source>%1 在台账 %2 的备份文件夹中，那里只放程序自己做的备份。请换一个位置。</source>
        <translation>%1 is in the backup folder of the ledger %2, which holds only the program’s own backups. Choose another place.</translation>
    </message>
    <message>
        <source>%1 正在使用中（正从它恢复），不能写入。请换一个文件名。</source>
        <translation>%1 is in use (a restore from it is running) and cannot be written. Choose another file name.</translation>
    </message>
    <message>
        <source>%1 是一个文件夹，不能作为导出文件。</source>
        <translation>%1 is a folder and cannot be an export file.</translation>
    </message>
    <message>
        <source>%1 是一个数据库文件（可能是另一份台账），不会被覆盖。请换一个文件名。</source>
        <translation>%1 is a database file (perhaps another ledger) and is not overwritten. Choose another file name.</translation>
    </message>
</context>
<context>
    <name>rectrack::PdfReader</name>
    <message>
        <source>PDF 文件有密码保护，无法读取</source>
        <translation>The PDF is password-protected and cannot be read</translation>
    </message>
    <message>
        <source>PDF 文件已损坏或不完整，无法读取</source>
        <translation>The PDF is damaged or incomplete and cannot be read</translation>
    </message>
    <message>
        <source>PDF 中没有可提取的文字（可能是扫描件图片），无法导入</source>
        <translation>The PDF has no text to extract (perhaps a scanned image); it cannot be imported</translation>
    </message>
</context>
<context>
    <name>rectrack::ProgressFormSheet</name>
    <message>
        <source>本次进展（请填写）</source>
        <translation>Progress this period (fill in)</translation>
    </message>
    <message>
        <source>整改状态（请选择）</source>
        <translation>Status (choose)</translation>
    </message>
    <message>
        <source>完成日期（完成时填写）</source>
        <translation>Completion date (when completed)</translation>
    </message>
    <message>
        <source>校验键（请勿修改）</source>
        <translation>Check key (do not change)</translation>
    </message>
    <message>
        <source>表“%1”缺少“本次进展”或“整改状态”列：这两列的内容无法导入。</source>
        <translation>Sheet “%1” lacks the “progress” or “status” column: their contents cannot be imported.</translation>
    </message>
    <message>
        <source>第 %1 行的校验键被改动过，读不出是哪条措施，未导入。</source>
        <translation>The check key of row %1 was changed and does not say which measure it is: not imported.</translation>
    </message>
    <message>
        <source>第 %1 行没有校验键（可能是填报单位新加的行），未导入：新的措施请在台账中添加。</source>
        <translation>Row %1 has no check key (perhaps a row the unit added): not imported. Add new measures in the ledger.</translation>
    </message>
</context>
<context>
    <name>rectrack::ProgressForms</name>
    <message>
        <source>%1进展填报表</source>
        <translation>%1 progress form</translation>
    </message>
    <message>
        <source>序号</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>巡察</source>
        <translation>Inspection</translation>
    </message>
    <message>
        <source>问题</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>整改措施</source>
        <translation>Measure</translation>
    </message>
    <message>
        <source>责任人</source>
        <translation>Responsible person</translation>
    </message>
    <message>
        <source>整改时限</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <source>%1没有未完成的整改措施，不需要填报表。</source>
        <translation>%1 has no open measures: no form is needed.</translation>
    </message>
    <message>
        <source>无法读取 %1：%2</source>
        <translation>Cannot read %1: %2</translation>
    </message>
    <message>
        <source>表“%1”像是进展填报表，但没有一行带校验键：无法导入。</source>
        <translation>Sheet “%1” looks like a progress form but no row has a check key: cannot import it.</translation>
    </message>
    <message>
        <source>这份进展填报表是为本台账中没有的单位（编号 %1）制作的：它可能来自另一份台账。</source>
        <translation>This progress form was made for a unit this ledger does not have (number %1): it may come from another ledger.</translation>
    </message>
    <message>
        <source>第 %1 行是另一个单位的填报表中的行，未导入。</source>
        <translation>Row %1 comes from another unit&apos;s form: not imported.</translation>
    </message>
    <message>
        <source>第 %1 行重复了前面的一行（同一条措施），未导入。</source>
        <translation>Row %1 repeats an earlier row (the same measure): not imported.</translation>
    </message>
    <message>
        <source>第 %1 行的整改状态“%2”认不出（可选：%3），状态未改。</source>
        <translation>The status “%2” on row %1 is not known (choose from: %3): status not changed.</translation>
    </message>
    <message>
        <source>填报表发出后，这条措施已从台账中删除。</source>
        <translation>This measure was deleted from the ledger after the form was sent.</translation>
    </message>
    <message>
        <source>填报表发出后，这条措施已改由其他单位负责。</source>
        <translation>This measure was given to another unit after the form was sent.</translation>
    </message>
    <message>
        <source>填报表发出后，台账中这条措施已被修改：状态未改，请核对后在台账中处理。</source>
        <translation>This measure was changed in the ledger after the form was sent: status not changed; check it and settle it in the ledger.</translation>
    </message>
    <message>
        <source>第 %1 行的完成日期“%2”读不出，按导入当天记。</source>
        <translation>The completion date “%2” on row %1 cannot be read: the day of import is taken.</translation>
    </message>
    <message>
        <source>第 %1 行填了完成日期，但状态不是“已完成”：完成日期未用。</source>
        <translation>Row %1 gives a completion date but its status is not “completed”: the date is not used.</translation>
    </message>
    <message>
        <source>措施“%1”在预览之后被修改了：填报表未导入，请重新导入以查看最新的对比。</source>
        <translation>Measure “%1” was changed after the preview: the form was not imported; import it again to see the current comparison.</translation>
    </message>
    <message>
        <source>%1的进展填报表：状态变更 %2 条，新进展 %3 条，冲突 %4 条</source>
        <translation>Progress form of %1: %2 status changes, %3 new progress notes, %4 conflicts</translation>
    </message>
    <message>
        <source>导入%1的进展填报表</source>
        <translation>Import the progress form of %1</translation>
    </message>
    <message>
        <source>%1进展填报表.xlsx</source>
        <translation>%1 progress form.xlsx</translation>
    </message>
    <message>
        <source>%1 不是文件夹，也无法创建：各单位的填报表要放进一个文件夹</source>
        <translation>%1 is not a folder and cannot be made one: the units&apos; forms go into a folder</translation>
    </message>
</context>
<context>
    <name>rectrack::Query</name>
    <message>
        <source>磁盘已满，这次修改没有保存（已撤回，原有数据完好）。请腾出磁盘空间后再试。</source>
        <translation>The disk is full; this change was not saved (it was rolled back, the data already stored is intact). Free some disk space and try again.</translation>
    </message>
    <message>
        <source>数据库文件或其所在文件夹是只读的，修改没有保存。请检查文件权限，或把台账复制到可写的位置再打开。</source>
        <translation>The database file or its folder is read-only; the change was not saved. Check the file permissions, or copy the ledger to a writable place and open it there.</translation>
    </message>
    <message>
        <source>另一个程序正在写入这个台账，等待超时，修改没有保存。请稍后再试。</source>
        <translation>Another program is writing to this ledger and did not finish in time; the change was not saved. Please try again shortly.</translation>
    </message>
    <message>
        <source>数据库文件已损坏（%1）。请从备份恢复。</source>
        <translation>The database file is damaged (%1). Restore it from a backup.</translation>
    </message>
    <message>
        <source>服务器拒绝了这次操作：这个账号在服务器上没有这项权限（%1）。</source>
        <translation>The server refused this: the account has no such right on the server (%1).</translation>
    </message>
</context>
<context>
    <name>rectrack::ResultFigures</name>
    <message>
        <source>制定制度</source>
        <translation>Rules made</translation>
    </message>
    <message>
        <source>个</source>
        <translation>items</translation>
    </message>
    <message>
        <source>挽回经济损失</source>
        <translation>Economic losses recovered</translation>
    </message>
    <message>
        <source>清退资金</source>
        <translation>Funds returned</translation>
    </message>
    <message>
        <source>追缴资金</source>
        <translation>Funds recovered</translation>
    </message>
    <message>
        <source>问责</source>
        <translation>Held accountable</translation>
    </message>
    <message>
        <source>人</source>
        <translation>people</translation>
    </message>
    <message>
        <source>给予党纪政务处分</source>
        <translation>Party or government discipline</translation>
    </message>
    <message>
        <source>给予党纪处分</source>
        <translation>Party discipline</translation>
    </message>
    <message>
        <source>给予政务处分</source>
        <translation>Government discipline</translation>
    </message>
    <message>
        <source>组织处理</source>
        <translation>Organisational measures</translation>
    </message>
    <message>
        <source>诫勉</source>
        <translation>Admonished</translation>
    </message>
    <message>
        <source>交由纪委监委调查</source>
        <translation>Referred to the discipline commission</translation>
    </message>
    <message>
        <source>批评教育</source>
        <translation>Criticised</translation>
    </message>
    <message>
        <source>提醒谈话</source>
        <translation>Reminder talks</translation>
    </message>
    <message>
        <source>责令检查</source>
        <translation>Ordered to write a self-criticism</translation>
    </message>
</context>
<context>
    <name>rectrack::RowStore</name>
    <message>
        <source>%1（%2）无权%3。</source>
        <translation>%1 (%2) may not %3.</translation>
    </message>
    <message>
        <source>请先登录，才能%1。</source>
        <translation>Sign in first to %1.</translation>
    </message>
    <message>
        <source>文字中有无效的字符（不成对的 Unicode 代理项，多来自损坏的复制粘贴），没有保存。请删去这个字符后再保存。</source>
        <translation>The text contains an invalid character (half of a Unicode surrogate pair, usually from a broken copy and paste) and was not saved. Remove that character and save again.</translation>
    </message>
    <message>
        <source>%1（%2）</source>
        <translation>%1 (at %2)</translation>
    </message>
    <message>
        <source>他人</source>
        <translation>someone else</translation>
    </message>
    <message>
        <source>这一条（%1 #%2）在您打开之后已被%3修改，您的修改没有保存。请核对双方的内容，重新打开后再改。</source>
        <translation>This item (%1 #%2) was changed by %3 after you opened it; your change was not saved. Compare both versions, reopen it and edit again.</translation>
    </message>
</context>
<context>
    <name>rectrack::ServerAccounts</name>
    <message>
        <source>无法生成密码校验值：%1</source>
        <translation>Cannot make the password verifier: %1</translation>
    </message>
</context>
<context>
    <name>rectrack::SettingsRepository</name>
    <message>
        <source>提前提醒天数应在 1 到 365 之间</source>
        <translation>The due-soon window must be between 1 and 365 days</translation>
    </message>
    <message>
        <source>节假日日历有无法识别的行：
%1</source>
        <translation>The holiday calendar has lines that cannot be read:
%1</translation>
    </message>
</context>
<context>
    <name>rectrack::SheetBulletin</name>
    <message>
        <source>第 %1 行的进展“%2”看不出状态，按未启动导入</source>
        <translation>Row %1: the progress “%2” names no status; imported as not started</translation>
    </message>
    <message>
        <source>第 %1 行的问题没有整改措施</source>
        <translation>Row %1: the problem has no measures</translation>
    </message>
    <message>
        <source>从工作表“%1”第 %2 行的表头读取：%3</source>
        <translation>Read from the header in row %2 of sheet “%1”: %3</translation>
    </message>
    <message>
        <source>%1 中没有找到整改台账：没有一张表有“反馈问题”“整改措施”这样的表头。请用 --map 指定各列，如 --map &apos;B=title,C=measure,D=lead_unit&apos;。</source>
        <translation>No rectification ledger found in %1: no sheet has a header such as “反馈问题” or “整改措施”. Say what the columns are with --map, as in --map &apos;B=title,C=measure,D=lead_unit&apos;.</translation>
    </message>
    <message>
        <source>问题取自工作表“%1”，整改任务取自工作表“%2”，按问题序号对应</source>
        <translation>Problems taken from sheet “%1”, tasks from sheet “%2”, matched by problem number</translation>
    </message>
</context>
<context>
    <name>rectrack::SheetJoin</name>
    <message>
        <source>%1 + %2</source>
        <translation>%1 + %2</translation>
    </message>
    <message>
        <source>问题清单第 %1 行的问题在任务清单中没有任务</source>
        <translation>The problem on row %1 of the problem list has no task in the task list</translation>
    </message>
    <message>
        <source>任务清单第 %1 行的问题序号“%2”在问题清单中没有，未导入</source>
        <translation>The problem number “%2” on row %1 of the task list is not in the problem list: not imported</translation>
    </message>
</context>
<context>
    <name>rectrack::SheetLedger</name>
    <message>
        <source>第 %1 行是合计行，未导入</source>
        <translation>Row %1 is a total row; not imported</translation>
    </message>
    <message>
        <source>第 %1 行有序号“%2”但没有问题，未导入</source>
        <translation>Row %1 has the number “%2” but no problem; not imported</translation>
    </message>
    <message>
        <source>第 %1 行有整改措施但前面没有问题，未导入</source>
        <translation>Row %1 has a measure but no problem before it; not imported</translation>
    </message>
    <message>
        <source>第 %1 行没有问题也没有措施，未导入</source>
        <translation>Row %1 has neither a problem nor a measure; not imported</translation>
    </message>
</context>
<context>
    <name>rectrack::SpreadsheetFile</name>
    <message>
        <source>隐藏的工作表未导入：%1</source>
        <translation>Hidden sheets not imported: %1</translation>
    </message>
    <message>
        <source>%1 个隐藏的行未导入</source>
        <translation>%1 hidden rows not imported</translation>
    </message>
</context>
<context>
    <name>rectrack::SqliteFile</name>
    <message>
        <source>无法打开 %1：%2</source>
        <translation>Cannot open %1: %2</translation>
    </message>
    <message>
        <source>%1 失败（%2）：%3</source>
        <translation>%1 failed (%2): %3</translation>
    </message>
</context>
<context>
    <name>rectrack::StatedTotals</name>
    <message>
        <source>问题方面</source>
        <translation>Areas of problems</translation>
    </message>
    <message>
        <source>反馈问题</source>
        <translation>Problems fed back</translation>
    </message>
    <message>
        <source>具体问题（具体表现）</source>
        <translation>Specific problems</translation>
    </message>
    <message>
        <source>整改措施</source>
        <translation>Measures</translation>
    </message>
    <message>
        <source>整改任务</source>
        <translation>Tasks</translation>
    </message>
    <message>
        <source>意见建议</source>
        <translation>Suggestions</translation>
    </message>
    <message>
        <source>牵头部门</source>
        <translation>Lead departments</translation>
    </message>
    <message>
        <source>问题线索</source>
        <translation>Leads on problems</translation>
    </message>
    <message>
        <source>制定完善制度</source>
        <translation>Rules made or revised</translation>
    </message>
    <message>
        <source>党纪政务处分（人）</source>
        <translation>Party or government discipline (people)</translation>
    </message>
    <message>
        <source>党纪处分（人）</source>
        <translation>Party discipline (people)</translation>
    </message>
    <message>
        <source>政务处分（人）</source>
        <translation>Government discipline (people)</translation>
    </message>
    <message>
        <source>组织处理（人）</source>
        <translation>Organisational measures (people)</translation>
    </message>
    <message>
        <source>诫勉（人）</source>
        <translation>Admonished (people)</translation>
    </message>
    <message>
        <source>交由纪委监委调查（人）</source>
        <translation>Referred to the discipline commission (people)</translation>
    </message>
    <message>
        <source>批评教育（人）</source>
        <translation>Criticised (people)</translation>
    </message>
    <message>
        <source>提醒谈话（人）</source>
        <translation>Reminder talks (people)</translation>
    </message>
    <message>
        <source>责令检查（人）</source>
        <translation>Ordered self-criticism (people)</translation>
    </message>
    <message>
        <source>通报批评（人）</source>
        <translation>Publicly criticised (people)</translation>
    </message>
    <message>
        <source>处理（人）</source>
        <translation>Dealt with (people)</translation>
    </message>
    <message>
        <source>问责（人）</source>
        <translation>Held accountable (people)</translation>
    </message>
    <message>
        <source>挽回经济损失（万元）</source>
        <translation>Economic losses recovered (10,000 yuan)</translation>
    </message>
    <message>
        <source>清退资金（万元）</source>
        <translation>Funds returned (10,000 yuan)</translation>
    </message>
    <message>
        <source>追缴追回资金（万元）</source>
        <translation>Funds recovered (10,000 yuan)</translation>
    </message>
    <message>
        <source>整改规范资金（万元）</source>
        <translation>Funds put right (10,000 yuan)</translation>
    </message>
    <message>
        <source>盘活资产资金（万元）</source>
        <translation>Assets put back to use (10,000 yuan)</translation>
    </message>
    <message>
        <source>整改完成率（%）</source>
        <translation>Completion rate (%)</translation>
    </message>
    <message>
        <source>%1：已完成</source>
        <translation>%1: completed</translation>
    </message>
    <message>
        <source>%1：正在推进</source>
        <translation>%1: in progress</translation>
    </message>
    <message>
        <source>%1：基本完成</source>
        <translation>%1: mostly completed</translation>
    </message>
    <message>
        <source>%1：长期坚持</source>
        <translation>%1: long-term</translation>
    </message>
</context>
<context>
    <name>rectrack::TableWriters</name>
    <message>
        <source>无法写入 %1：%2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message>
        <source>无法替换原文件</source>
        <translation>cannot replace the existing file</translation>
    </message>
    <message>
        <source>无法创建工作簿</source>
        <translation>cannot create the workbook</translation>
    </message>
    <message>
        <source>无法创建 PDF</source>
        <translation>cannot create the PDF</translation>
    </message>
    <message>
        <source>— %1 —</source>
        <translation>— %1 —</translation>
    </message>
    <message>
        <source>无法完成 PDF</source>
        <translation>cannot finish the PDF</translation>
    </message>
    <message>
        <source>修改记录锚点</source>
        <translation>History anchor</translation>
    </message>
</context>
<context>
    <name>rectrack::TextDecoding</name>
    <message>
        <source>文件内容不是文本（可能是二进制文件或已损坏），无法导入</source>
        <translation>The file is not text (binary or damaged) and cannot be imported</translation>
    </message>
    <message>
        <source>文件标明为 UTF-8 编码，但内容有损坏的字节</source>
        <translation>The file says it is UTF-8 but contains broken bytes</translation>
    </message>
    <message>
        <source>文件标明为 UTF-16 编码，但内容有损坏的字节</source>
        <translation>The file says it is UTF-16 but contains broken bytes</translation>
    </message>
    <message>
        <source>无法识别文件的文字编码（支持 UTF-8、UTF-16、GB18030/GBK），或者它不是文本文件</source>
        <translation>Cannot tell the text encoding (UTF-8, UTF-16 and GB18030/GBK are supported), or the file is not text</translation>
    </message>
</context>
<context>
    <name>rectrack::UnitNames</name>
    <message>
        <source>单位“%1”与台账中已有的单位“%2”相近：导入时将新建“%1”。如果是同一单位，请先把表中的名称改为“%2”再导入。</source>
        <translation>Unit “%1” is close to the ledger&apos;s unit “%2”: the import will add “%1”. If they are the same unit, change the name in the sheet to “%2” first.</translation>
    </message>
    <message>
        <source>单位“%1”与同一文件中的“%2”相近：导入时将新建两个单位。如果是同一单位，请先在表中统一名称。</source>
        <translation>Unit “%1” is close to “%2” in the same file: the import will add two units. If they are the same unit, use one name in the sheet first.</translation>
    </message>
</context>
<context>
    <name>rectrack::UnitRepository</name>
    <message>
        <source>上级单位不能是它自己或它的下级单位</source>
        <translation>A unit cannot be placed under itself or one of its sub-units</translation>
    </message>
    <message>
        <source>该单位还有下级单位，请先删除或移走下级单位</source>
        <translation>This unit still has sub-units; delete or move them first</translation>
    </message>
    <message>
        <source>单位名称不能为空</source>
        <translation>The unit needs a name</translation>
    </message>
    <message>
        <source>姓名不能为空</source>
        <translation>The person needs a name</translation>
    </message>
</context>
<context>
    <name>rectrack::WordPackage</name>
    <message>
        <source>无法生成 Word 文件：%1</source>
        <translation>Cannot make the Word file: %1</translation>
    </message>
</context>
<context>
    <name>rectrack::WorkCalendar</name>
    <message>
        <source>第 %1 行无法识别：%2</source>
        <translation>Line %1 cannot be read: %2</translation>
    </message>
</context>
<context>
    <name>rectrack::XlsReader</name>
    <message>
        <source>这个工作簿设置了打开密码，无法读取。请在 Excel 或 WPS 中打开它，在“文件 → 信息 → 保护工作簿”（WPS：“文件 → 文档加密”）中去掉密码，保存后再导入。</source>
        <translation>This workbook has an open password and cannot be read. Open it in Excel or WPS, remove the password under File → Info → Protect Workbook (WPS: File → Document Encryption), save it and import it again.</translation>
    </message>
    <message>
        <source>旧版 Excel 工作簿（.xls）已损坏，无法读取%1。请在 Excel 或 WPS 中打开它，另存为 .xlsx 后再导入。</source>
        <translation>The old Excel workbook (.xls) is damaged and cannot be read%1. Open it in Excel or WPS, save it as .xlsx and import that.</translation>
    </message>
    <message>
        <source>找不到读取旧版 Excel 工作簿的程序 rectrack-xls-reader：请重新安装整改台账。</source>
        <translation>The program that reads old Excel workbooks, rectrack-xls-reader, is missing: reinstall Rectrack.</translation>
    </message>
    <message>
        <source>这不是旧版 Excel 工作簿（.xls）：文件已损坏，或是别的格式改了扩展名。</source>
        <translation>This is not an old Excel workbook (.xls): the file is damaged, or another format renamed.</translation>
    </message>
    <message>
        <source>工作簿过大，无法导入：请分成几个文件。</source>
        <translation>The workbook is too large to import: split it into several files.</translation>
    </message>
    <message>
        <source>无法写入临时文件：%1</source>
        <translation>Cannot write a temporary file: %1</translation>
    </message>
    <message>
        <source>无法启动 rectrack-xls-reader：%1</source>
        <translation>Cannot start rectrack-xls-reader: %1</translation>
    </message>
    <message>
        <source>读取超时</source>
        <translation>reading timed out</translation>
    </message>
    <message>
        <source>这个文件里没有 Excel 工作簿：它可能是 Word（.doc）等别的 Office 文件，或是设置了打开密码的工作簿。</source>
        <translation>This file holds no Excel workbook: it may be another Office file (a Word .doc), or a workbook with an open password.</translation>
    </message>
    <message>
        <source>工作簿的单元格过多（超过五百万个），无法导入：请分成几个文件。</source>
        <translation>The workbook has too many cells (over five million) to import: split it into several files.</translation>
    </message>
    <message>
        <source>工作表%1</source>
        <translation>Sheet %1</translation>
    </message>
</context>
<context>
    <name>rectrack::XlsxReader</name>
    <message>
        <source>这是旧版 Excel（.xls）或 WPS 表格（.et）文件，或是设置了打开密码的工作簿。请在 Excel 或 WPS 中打开它，去掉密码，“另存为” Excel 工作簿（.xlsx）后再导入。</source>
        <translation>This is an old Excel (.xls) or WPS Spreadsheets (.et) file, or a workbook with an opening password. Open it in Excel or WPS, remove the password, “Save As” an Excel workbook (.xlsx), then import that.</translation>
    </message>
    <message>
        <source>这不是 Excel 工作簿（.xlsx）：文件已损坏，或是别的格式改了扩展名。</source>
        <translation>This is not an Excel workbook (.xlsx): the file is damaged, or another format renamed.</translation>
    </message>
    <message>
        <source>工作簿的 %1 已损坏：%2</source>
        <translation>The workbook&apos;s %1 is damaged: %2</translation>
    </message>
    <message>
        <source>工作簿过大，无法导入</source>
        <translation>The workbook is too large to import</translation>
    </message>
    <message>
        <source>工作表“%1”超过 %2 行（或单元格过多），无法导入：请分成几个文件。</source>
        <translation>Sheet “%1” has more than %2 rows (or too many cells) to import: split it into several files.</translation>
    </message>
    <message>
        <source>工作簿缺少工作表“%1”的内容（%2）</source>
        <translation>The workbook lacks the contents of sheet “%1” (%2)</translation>
    </message>
    <message>
        <source>Excel 工作簿已损坏或不完整（不是有效的 .xlsx 压缩包）</source>
        <translation>The Excel workbook is damaged or incomplete (not a valid .xlsx package)</translation>
    </message>
    <message>
        <source>这是 Word 文件，不是 Excel 工作簿：请把它作为通报或整改方案导入。</source>
        <translation>This is a Word file, not an Excel workbook: import it as a bulletin or a rectification plan.</translation>
    </message>
    <message>
        <source>这个压缩包里没有 Excel 工作簿（xl/workbook.xml），不是 .xlsx 文件</source>
        <translation>This package holds no Excel workbook (xl/workbook.xml): it is not an .xlsx file</translation>
    </message>
</context>
<context>
    <name>rectrack::app</name>
    <message>
        <source>整改台账</source>
        <translation>Rectrack</translation>
    </message>
    <message>
        <source>--today 应为 YYYY-MM-DD 格式。</source>
        <translation>--today must be a date in YYYY-MM-DD form.</translation>
    </message>
    <message>
        <source>已从备份恢复</source>
        <translation>Restored from a backup</translation>
    </message>
</context>
<context>
    <name>rectrack::cli</name>
    <message>
        <source>%1 应为正整数编号，收到“%2”</source>
        <translation>%1 must be a positive number, got &quot;%2&quot;</translation>
    </message>
    <message>
        <source>日期应为 YYYY-MM-DD 格式，收到“%1”</source>
        <translation>Dates must be YYYY-MM-DD, got &quot;%1&quot;</translation>
    </message>
    <message>
        <source>数据库已就绪：%1（结构版本 %2）</source>
        <translation>Database ready: %1 (schema version %2)</translation>
    </message>
    <message>
        <source>已载入示例巡察，编号 %1</source>
        <translation>Loaded the sample inspection, number %1</translation>
    </message>
    <message>
        <source>问题 %1 个，完成率 %2，逾期 %3 个</source>
        <translation>%1 problems, %2 rectified, %3 overdue</translation>
    </message>
    <message>
        <source>用法：rectrack-cli findings 巡察编号</source>
        <translation>Usage: rectrack-cli findings INSPECTION</translation>
    </message>
    <message>
        <source>巡察编号</source>
        <translation>inspection number</translation>
    </message>
    <message>
        <source>用法：rectrack-cli stats [巡察编号] [--round 轮次编号]</source>
        <translation>Usage: rectrack-cli stats [INSPECTION] [--round ROUND]</translation>
    </message>
    <message>
        <source>轮次编号</source>
        <translation>round number</translation>
    </message>
    <message>
        <source>巡察 %1 个，问题类别 %2 项</source>
        <translation>%1 inspections, %2 categories</translation>
    </message>
    <message>
        <source>反馈问题 %1 个：已完成 %2 个，长期坚持 %3 个，正在推进 %4 个，未启动 %5 个；完成率 %6</source>
        <translation>%1 problems: %2 completed, %3 ongoing, %4 in progress, %5 not started; completion rate %6</translation>
    </message>
    <message>
        <source>意见建议 %1 条，已落实 %2 条</source>
        <translation>%1 suggestions, %2 acted on</translation>
    </message>
    <message>
        <source>整改措施 %1 条：已完成 %2 条，长期坚持 %3 条，逾期 %4 条</source>
        <translation>%1 measures: %2 completed, %3 ongoing, %4 overdue</translation>
    </message>
    <message>
        <source>逾期问题 %1 个，即将到期 %2 个；已销号 %3 个，重新整改 %4 个</source>
        <translation>%1 findings overdue, %2 due soon; %3 signed off, %4 reopened</translation>
    </message>
    <message>
        <source>制定制度 %1 个，挽回经济损失 %2 万元，问责 %3 人，清退资金 %4 万元</source>
        <translation>%1 rules made, %2 ten-thousand yuan recovered, %3 people held accountable, %4 ten-thousand yuan returned</translation>
    </message>
    <message>
        <source>问题编号</source>
        <translation>finding number</translation>
    </message>
    <message>
        <source>措施编号</source>
        <translation>measure number</translation>
    </message>
    <message>
        <source>措施 %1 不属于问题 %2</source>
        <translation>Measure %1 does not belong to finding %2</translation>
    </message>
    <message>
        <source>已添加进展情况，编号 %1</source>
        <translation>Added progress note %1</translation>
    </message>
    <message>
        <source>编号</source>
        <translation>number</translation>
    </message>
    <message>
        <source>未知状态“%1”。</source>
        <translation>Unknown status &quot;%1&quot;. </translation>
    </message>
    <message>
        <source>已将%1 %2 的状态设为“%3”</source>
        <translation>Set the status of %1 %2 to &quot;%3&quot;</translation>
    </message>
    <message>
        <source>问题</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>措施</source>
        <translation>measure</translation>
    </message>
    <message>
        <source>--today 应为 YYYY-MM-DD 格式，收到“%1”</source>
        <translation>--today must be YYYY-MM-DD, got &quot;%1&quot;</translation>
    </message>
    <message>
        <source>数据库文件（默认：用户数据目录中的 rectrack.sqlite）</source>
        <translation>Database file (default: rectrack.sqlite in the user&apos;s data folder)</translation>
    </message>
    <message>
        <source>文件</source>
        <translation>file</translation>
    </message>
    <message>
        <source>以 JSON 输出</source>
        <translation>Print JSON</translation>
    </message>
    <message>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>进展日期</source>
        <translation>Date of the progress note</translation>
    </message>
    <message>
        <source>进展填报人</source>
        <translation>Author of the progress note</translation>
    </message>
    <message>
        <source>进展所属的整改措施编号</source>
        <translation>Measure the progress note is about</translation>
    </message>
    <message>
        <source>只统计该轮次</source>
        <translation>Only this round</translation>
    </message>
    <message>
        <source>子命令</source>
        <translation>command</translation>
    </message>
    <message>
        <source>rectrack-cli：缺少子命令。</source>
        <translation>rectrack-cli: no command given.</translation>
    </message>
    <message>
        <source>rectrack-cli：未知子命令“%1”。请用 --help 查看可用子命令。</source>
        <translation>rectrack-cli: unknown command &quot;%1&quot;. See --help for the commands.</translation>
    </message>
    <message>
        <source>rectrack-cli：错误：</source>
        <translation>rectrack-cli: error: </translation>
    </message>
    <message>
        <source>无法读取 %1：%2</source>
        <translation>Cannot read %1: %2</translation>
    </message>
    <message>
        <source>这份文件已经导入过（巡察编号 %1）。要用它更新那次导入，请加 --update</source>
        <translation>This file was imported before (inspection %1). Add --update to update that import with it</translation>
    </message>
    <message>
        <source>格式 %1 %2；类别 %3 个，问题 %4 个，意见建议 %5 个，整改措施 %6 条</source>
        <translation>Format %1 %2; %3 categories, %4 problems, %5 suggestions, %6 measures</translation>
    </message>
    <message>
        <source>提示：</source>
        <translation>Note: </translation>
    </message>
    <message>
        <source>已更新巡察 %1</source>
        <translation>Updated inspection %1</translation>
    </message>
    <message>
        <source>已导入为巡察 %1</source>
        <translation>Imported as inspection %1</translation>
    </message>
    <message>
        <source>已生成：轮次 %1，巡察 %2，问题 %3，整改措施 %4，进展 %5</source>
        <translation>Generated: %1 rounds, %2 inspections, %3 findings, %4 measures, %5 progress notes</translation>
    </message>
    <message>
        <source>生成的问题数</source>
        <translation>Number of findings to generate</translation>
    </message>
    <message>
        <source>用再次导入的文件更新之前的导入</source>
        <translation>Update the earlier import of the same file</translation>
    </message>
    <message>
        <source>只解析和检查，不写入</source>
        <translation>Only parse and check; write nothing</translation>
    </message>
    <message>
        <source>生成数据的随机种子</source>
        <translation>Seed of the generated data</translation>
    </message>
    <message>
        <source>修改记录完整：%1 条记录的哈希链无误，%2 行数据与修改记录一致</source>
        <translation>History intact: the hash chain of %1 entries holds and %2 rows agree with it</translation>
    </message>
    <message>
        <source>修改记录被改动过：第 %1 条记录的哈希与链条不符</source>
        <translation>The history was altered: entry %1 does not match the hash chain</translation>
    </message>
    <message>
        <source>请在环境变量 RECTRACK_NEW_PASSWORD 中或标准输入的第一行给出新密码</source>
        <translation>Give the new password in the environment variable RECTRACK_NEW_PASSWORD or on the first line of standard input</translation>
    </message>
    <message>
        <source>角色应为 staff、reviewer、leader 或 admin，收到“%1”</source>
        <translation>The role must be staff, reviewer, leader or admin, got “%1”</translation>
    </message>
    <message>
        <source>没有名为“%1”的账号</source>
        <translation>There is no account named “%1”</translation>
    </message>
    <message>
        <source>用法：rectrack-cli user list | add 用户名 --role 角色 | role 用户名 角色 | passwd 用户名 | disable 用户名 | enable 用户名</source>
        <translation>Usage: rectrack-cli user list | add NAME --role ROLE | role NAME ROLE | passwd NAME | disable NAME | enable NAME</translation>
    </message>
    <message>
        <source>	（已停用）</source>
        <translation>	(disabled)</translation>
    </message>
    <message>
        <source>已创建第一个账号“%1”，角色：%2（数据库的第一个账号总是管理员；今后请用 --user 和 RECTRACK_PASSWORD 登录）</source>
        <translation>Created the first account “%1”, role: %2 (the first account of a database is always an administrator; from now on sign in with --user and RECTRACK_PASSWORD)</translation>
    </message>
    <message>
        <source>已创建账号“%1”，角色：%2</source>
        <translation>Created the account “%1”, role: %2</translation>
    </message>
    <message>
        <source>“%1”的角色已改为 %2</source>
        <translation>The role of “%1” is now %2</translation>
    </message>
    <message>
        <source>“%1”的密码已修改</source>
        <translation>The password of “%1” was changed</translation>
    </message>
    <message>
        <source>已启用账号“%1”</source>
        <translation>Enabled the account “%1”</translation>
    </message>
    <message>
        <source>已停用账号“%1”</source>
        <translation>Disabled the account “%1”</translation>
    </message>
    <message>
        <source>用法：rectrack-cli search 文字 [--json]</source>
        <translation>Usage: rectrack-cli search TEXT [--json]</translation>
    </message>
    <message>
        <source>没有找到</source>
        <translation>Nothing found</translation>
    </message>
    <message>
        <source>进展</source>
        <translation>Progress note</translation>
    </message>
    <message>
        <source>用法：rectrack-cli settings | settings due-soon 天数 [--working-days] | settings calendar 文件</source>
        <translation>Usage: rectrack-cli settings | settings due-soon DAYS [--working-days] | settings calendar FILE</translation>
    </message>
    <message>
        <source>即将到期：%1 个工作日内（到 %2）</source>
        <translation>Due soon: within %1 working days (until %2)</translation>
    </message>
    <message>
        <source>即将到期：%1 天内（到 %2）</source>
        <translation>Due soon: within %1 days (until %2)</translation>
    </message>
    <message>
        <source>以该账号登录（密码取自环境变量 RECTRACK_PASSWORD）；数据库还没有账号时，只以该名字记录修改</source>
        <translation>Sign in as this account (password from the environment variable RECTRACK_PASSWORD); on a database without accounts, only the name recorded with changes</translation>
    </message>
    <message>
        <source>新账号的角色：staff、reviewer、leader、admin</source>
        <translation>Role of the new account: staff, reviewer, leader, admin</translation>
    </message>
    <message>
        <source>按工作日计算提前提醒天数</source>
        <translation>Count the due-soon window in working days</translation>
    </message>
    <message>
        <source>以 --user 登录需要在环境变量 RECTRACK_PASSWORD 中给出密码</source>
        <translation>Signing in with --user needs the password in the environment variable RECTRACK_PASSWORD</translation>
    </message>
    <message>
        <source> 请用 --user 用户名 登录，密码放在环境变量 RECTRACK_PASSWORD 中。</source>
        <translation> Sign in with --user NAME and the password in the environment variable RECTRACK_PASSWORD.</translation>
    </message>
    <message>
        <source>未知状态“%1”</source>
        <translation>Unknown status “%1”</translation>
    </message>
    <message>
        <source>未知时限状态“%1”</source>
        <translation>Unknown deadline state “%1”</translation>
    </message>
    <message>
        <source>截至 %1</source>
        <translation>as of %1</translation>
    </message>
    <message>
        <source>已导出%1 %2 行：%3</source>
        <translation>Exported the %1, %2 rows: %3</translation>
    </message>
    <message>
        <source>导出到该文件</source>
        <translation>Export to this file</translation>
    </message>
    <message>
        <source>只导出该巡察</source>
        <translation>Only this inspection</translation>
    </message>
    <message>
        <source>只导出这些状态（逗号分隔）</source>
        <translation>Only these statuses (comma-separated)</translation>
    </message>
    <message>
        <source>只导出这些时限状态（逗号分隔）</source>
        <translation>Only these deadline states (comma-separated)</translation>
    </message>
    <message>
        <source>只导出含这些文字的</source>
        <translation>Only items containing these words</translation>
    </message>
    <message>
        <source>--font 应为 角色=字体，角色为 title、body、heading1、heading2、page；收到“%1”</source>
        <translation>--font takes role=family, the role being title, body, heading1, heading2, page or latin; got &quot;%1&quot;</translation>
    </message>
    <message>
        <source>本机没有字体“%1”</source>
        <translation>This machine has no font &quot;%1&quot;</translation>
    </message>
    <message>
        <source>已写出通报文字：%1</source>
        <translation>Bulletin text written: %1</translation>
    </message>
    <message>
        <source>已导出通报 %1 页：%2</source>
        <translation>Bulletin exported, %1 pages: %2</translation>
    </message>
    <message>
        <source>通报用字体：title|body|heading1|heading2|page=字体名（可重复）</source>
        <translation>Bulletin font: title|body|heading1|heading2|page|latin=FAMILY (repeatable)</translation>
    </message>
    <message>
        <source>用法：rectrack-cli backup [-o 文件]</source>
        <translation>Usage: rectrack-cli backup [-o FILE]</translation>
    </message>
    <message>
        <source>已备份到 %1</source>
        <translation>Backed up to %1</translation>
    </message>
    <message>
        <source>还没有备份（备份文件夹：%1）</source>
        <translation>No backups yet (backup folder: %1)</translation>
    </message>
    <message>
        <source>找不到数据库文件 %1</source>
        <translation>Database file %1 not found</translation>
    </message>
    <message>
        <source>完整检查通过：页面、索引和外键都无误</source>
        <translation>Full check passed: pages, indexes and foreign keys are all correct</translation>
    </message>
    <message>
        <source>快速检查通过：页面和记录无误</source>
        <translation>Quick check passed: pages and records are correct</translation>
    </message>
    <message>
        <source>数据库文件已损坏，请用 rectrack-cli restore 从备份恢复：</source>
        <translation>The database file is damaged; restore it from a backup with rectrack-cli restore:</translation>
    </message>
    <message>
        <source>用法：rectrack-cli restore 备份文件（rectrack-cli backups 列出备份）</source>
        <translation>Usage: rectrack-cli restore BACKUP_FILE (rectrack-cli backups lists them)</translation>
    </message>
    <message>
        <source>已从 %1 恢复，内容与备份核对一致。</source>
        <translation>Restored from %1; the content matches the backup.</translation>
    </message>
    <message>
        <source>恢复前的台账保存在 %1</source>
        <translation>The ledger as it was before the restore is kept in %1</translation>
    </message>
    <message>
        <source>完整检查（也核对索引和外键；较慢）</source>
        <translation>full check (also indexes and foreign keys; slower)</translation>
    </message>
    <message>
        <source>找不到要更新的巡察：这份文件没有导入过，也没有标题为“%1”的巡察。请用 --inspection 巡察编号 指定，或不加 --update 导入为新的巡察。</source>
        <translation>No inspection to update: this file was not imported before, and no inspection is titled “%1”. Name one with --inspection INSPECTION, or leave out --update to import it as a new inspection.</translation>
    </message>
    <message>
        <source>有多个标题为“%1”的巡察（%2），请用 --inspection 巡察编号 指定要更新哪一个。</source>
        <translation>Several inspections are titled “%1” (%2); name the one to update with --inspection INSPECTION.</translation>
    </message>
    <message>
        <source>巡察信息有改动：%1</source>
        <translation>Inspection details changed: %1</translation>
    </message>
    <message>
        <source>  新增 问题 %1 %2</source>
        <translation>  add    finding %1 %2</translation>
    </message>
    <message>
        <source>  修改 问题 %1 %2</source>
        <translation>  change finding %1 %2</translation>
    </message>
    <message>
        <source>  删除 问题 %1 %2</source>
        <translation>  remove finding %1 %2</translation>
    </message>
    <message>
        <source>（已有工作：%1）</source>
        <translation> (existing work: %1)</translation>
    </message>
    <message>
        <source>新文件中没有下列已有工作的条目，未作任何修改。确认要删除它们，请加 --allow-removal；要保留它们，请先在台账中处理：
%1</source>
        <translation>The new file lacks the following items, which already have work on them; nothing was changed. To delete them, add --allow-removal; to keep them, deal with them in the ledger first:
%1</translation>
    </message>
    <message>
        <source>--anchor 应为“条数:哈希”、哈希或带锚点的文件，收到“%1”</source>
        <translation>--anchor takes “ENTRY:HASH”, a hash or a file carrying an anchor, got “%1”</translation>
    </message>
    <message>
        <source>修改记录不再经过锚点 %1：第 %2 条被改写过。</source>
        <translation>The history no longer passes through anchor %1: entry %2 was rewritten.</translation>
    </message>
    <message>
        <source>修改记录没有锚点 %1 的第 %2 条：记录被删除，或这是一份更早的副本。</source>
        <translation>The history lacks entry %2 of anchor %1: entries were deleted, or this is an older copy.</translation>
    </message>
    <message>
        <source>锚点：%1</source>
        <translation>Anchor: %1</translation>
    </message>
    <message>
        <source>用法：rectrack-cli add-note 问题编号 &quot;进展情况&quot; [--date YYYY-MM-DD] [--author 姓名] [--measure 措施编号]
以 - 开头的进展内容请放在 -- 之后：add-note 12 -- &quot;-已整改&quot;</source>
        <translation>Usage: rectrack-cli add-note FINDING &quot;TEXT&quot; [--date YYYY-MM-DD] [--author NAME] [--measure MEASURE]
Put a note that starts with - after --: add-note 12 -- &quot;-rectified&quot;</translation>
    </message>
    <message>
        <source>用法：rectrack-cli set-status finding|measure 编号 not_started|in_progress|completed|ongoing [--completed-on YYYY-MM-DD]</source>
        <translation>Usage: rectrack-cli set-status finding|measure ID not_started|in_progress|completed|ongoing [--completed-on YYYY-MM-DD]</translation>
    </message>
    <message>
        <source>--completed-on 不能晚于今天（%1）。</source>
        <translation>--completed-on cannot be later than today (%1).</translation>
    </message>
    <message>
        <source>把“今天”视为该日期（只用于计算时限状态；修改记录和完成日期仍用真实时间）</source>
        <translation>Treat this date as today (only for deadline states; the history and completion dates still use the real date)</translation>
    </message>
    <message>
        <source>完成日期（set-status 设为已完成时；默认今天）</source>
        <translation>Completion date (when set-status sets completed; default today)</translation>
    </message>
    <message>
        <source>verify：核对修改记录仍经过该锚点（条数:哈希，或备份、导出的通报和台账文件；可重复）</source>
        <translation>verify: check that the history still passes through this anchor (ENTRY:HASH, or a backup, an exported bulletin or ledger file; repeatable)</translation>
    </message>
    <message>
        <source>import --update 时，删除新文件中已没有、但已有工作的条目</source>
        <translation>With import --update, delete the items missing from the new file even though they have work on them</translation>
    </message>
    <message>
        <source>rectrack-cli：警告：</source>
        <translation>rectrack-cli: warning: </translation>
    </message>
    <message>
        <source> 请用 verify 核对，必要时从备份恢复。</source>
        <translation> Check with verify, and restore from a backup if needed.</translation>
    </message>
    <message>
        <source>更新巡察 %1：%2</source>
        <translation>Updating inspection %1: %2</translation>
    </message>
    <message>
        <source>生成中途失败：失败前已写入的 %1 个问题（整巡察）保留在台账中，失败的那个巡察没有写入。</source>
        <translation>Generation failed part way: the %1 findings written before the failure (whole inspections) stay in the ledger; the inspection that failed was not written.</translation>
    </message>
    <message>
        <source>创建或升级数据库</source>
        <translation>Create or upgrade the database</translation>
    </message>
    <message>
        <source>载入示例巡察</source>
        <translation>Load the sample inspection</translation>
    </message>
    <message>
        <source>列出巡察</source>
        <translation>List inspections</translation>
    </message>
    <message>
        <source>列出问题及其状态、时限状态</source>
        <translation>List an inspection&apos;s problems with their status and deadline state</translation>
    </message>
    <message>
        <source>[巡察编号]</source>
        <translation>[inspection number]</translation>
    </message>
    <message>
        <source>统计与完成率</source>
        <translation>Statistics and completion rates</translation>
    </message>
    <message>
        <source>问题编号 [--] &quot;进展&quot;</source>
        <translation>finding-number [--] &quot;progress&quot;</translation>
    </message>
    <message>
        <source>添加进展情况（以 - 开头的内容放在 -- 之后）</source>
        <translation>Add a progress note (text starting with - goes after --)</translation>
    </message>
    <message>
        <source>finding|measure 编号 状态</source>
        <translation>finding|measure number status</translation>
    </message>
    <message>
        <source>修改整改状态</source>
        <translation>Change a rectification status</translation>
    </message>
    <message>
        <source>--update：要更新的巡察</source>
        <translation>--update: the inspection to update</translation>
    </message>
    <message>
        <source>核对修改记录的哈希链和数据是否一致，以及是否仍经过锚点</source>
        <translation>Verify the history&apos;s hash chain against the data, and that it still passes its anchors</translation>
    </message>
    <message>
        <source>检查数据库文件是否完好（不打开台账）</source>
        <translation>Check that the database file is intact (without opening the ledger)</translation>
    </message>
    <message>
        <source>备份台账（默认放在数据库旁的 .backups 文件夹）</source>
        <translation>Back up the ledger (by default into the .backups folder beside the database)</translation>
    </message>
    <message>
        <source>备份到该文件</source>
        <translation>Back up to this file</translation>
    </message>
    <message>
        <source>列出备份</source>
        <translation>List backups</translation>
    </message>
    <message>
        <source>备份文件</source>
        <translation>backup-file</translation>
    </message>
    <message>
        <source>从备份恢复（管理员；恢复前的台账另存一份）</source>
        <translation>Restore from a backup (administrators; the ledger as it was is kept as a copy)</translation>
    </message>
    <message>
        <source>文字</source>
        <translation>text</translation>
    </message>
    <message>
        <source>全文检索问题、措施、成效和进展</source>
        <translation>Full-text search of problems, measures, outcomes and progress notes</translation>
    </message>
    <message>
        <source>管理账号（add 用 --role）</source>
        <translation>Manage accounts (add takes --role)</translation>
    </message>
    <message>
        <source>[due-soon 天数 [--working-days] | calendar 文件]</source>
        <translation>[due-soon days [--working-days] | calendar file]</translation>
    </message>
    <message>
        <source>时限提醒设置</source>
        <translation>Deadline reminders</translation>
    </message>
    <message>
        <source>导出台账</source>
        <translation>Export a ledger</translation>
    </message>
    <message>
        <source>只导出该轮次</source>
        <translation>Export only this round</translation>
    </message>
    <message>
        <source>生成大量测试数据（约每个问题4条措施）</source>
        <translation>Generate a large amount of test data (about 4 measures per problem)</translation>
    </message>
    <message>
        <source>Rectrack 整改台账命令行工具。</source>
        <translation>Rectrack rectification ledger, command-line tool.</translation>
    </message>
    <message>
        <source>子命令（rectrack-cli 子命令 --help 查看它的选项）：</source>
        <translation>Commands (rectrack-cli COMMAND --help shows its options):</translation>
    </message>
    <message>
        <source>子命令 [参数]</source>
        <translation>command [arguments]</translation>
    </message>
    <message>
        <source>请用 rectrack-cli %1 --help 查看它的选项。</source>
        <translation>See rectrack-cli %1 --help for its options.</translation>
    </message>
    <message>
        <source>已创建账号“%1”，角色：%2。它也是服务器的登录角色：请以 --server postgresql://%1@主机/数据库 连接，密码即刚才所设。</source>
        <translation>Account “%1” created, role: %2. It is also a login role of the server: connect with --server postgresql://%1@host/database and the password just set.</translation>
    </message>
    <message>
        <source>服务器上的台账：init 创建或升级；push 文件 把桌面台账连同修改记录搬上服务器；pull -o 文件 取一份只读的离线副本</source>
        <translation>A ledger on a server: init creates or upgrades it; push FILE moves a desktop ledger with its history onto the server; pull -o FILE makes a read-only offline copy</translation>
    </message>
    <message>
        <source>server pull：副本文件</source>
        <translation>server pull: the copy&apos;s file</translation>
    </message>
    <message>
        <source>用法：rectrack-cli --server postgresql://用户@主机:端口/数据库 server init | push 台账文件.sqlite | pull -o 副本.sqlite</source>
        <translation>Usage: rectrack-cli --server postgresql://user@host:port/database server init | push LEDGER.sqlite | pull -o COPY.sqlite</translation>
    </message>
    <message>
        <source>服务器上的台账已就绪：%1（结构版本 %2）。下一步：用 user add 为每位同事建立账号。</source>
        <translation>The ledger on the server is ready: %1 (schema version %2). Next: user add an account for each colleague.</translation>
    </message>
    <message>
        <source>没有台账文件 %1</source>
        <translation>No ledger file %1</translation>
    </message>
    <message>
        <source>已把 %1 的 %2 行数据和 %3 条修改记录复制到 %4，核对通过。账号已成为服务器的登录角色：请管理员用 user passwd 为每个账号设置服务器密码。</source>
        <translation>Copied %2 rows and %3 history entries of %1 to %4; they verify. The accounts are now login roles of the server: the administrator sets each one&apos;s server password with user passwd.</translation>
    </message>
    <message>
        <source>server pull 需要 -o 副本文件</source>
        <translation>server pull needs -o COPY-FILE</translation>
    </message>
    <message>
        <source>%1 已存在：离线副本只写入新文件，不覆盖</source>
        <translation>%1 exists: an offline copy is written to a new file only, never over one</translation>
    </message>
    <message>
        <source>已把 %1 的 %2 行数据和 %3 条修改记录复制到 %4，核对通过。这是只读的离线副本：在副本上所做的修改不会回到服务器。</source>
        <translation>Copied %2 rows and %3 history entries of %1 to %4; they verify. This is a read-only offline copy: changes made to it never go back to the server.</translation>
    </message>
    <message>
        <source>服务器上的台账，代替 --db（密码取自 PGPASSWORD 或 ~/.pgpass）</source>
        <translation>a ledger on a server, instead of --db (the password from PGPASSWORD or ~/.pgpass)</translation>
    </message>
    <message>
        <source>--db 和 --server 只能给一个</source>
        <translation>give --db or --server, not both</translation>
    </message>
    <message>
        <source>--server 需要 postgresql:// 开头的地址，收到“%1”</source>
        <translation>--server needs an address starting with postgresql://, got “%1”</translation>
    </message>
    <message>
        <source>用法：rectrack-cli import 文件 [--dry-run] [--update [--inspection 巡察编号] [--allow-removal]] [--map 列=字段,…] [--json]</source>
        <translation>Usage: rectrack-cli import FILE [--dry-run] [--update [--inspection N] [--allow-removal]] [--map COLUMN=FIELD,…] [--json]</translation>
    </message>
    <message>
        <source>导入整改情况通报、整改台账表格或单位交回的进展填报表（先核对数字）；--update 用新版文件更新之前的导入，保留已做的工作</source>
        <translation>Import a rectification bulletin, a ledger spreadsheet or a progress form a unit sent back (totals checked first); --update updates an earlier import from a newer file, keeping the work done</translation>
    </message>
    <message>
        <source>台账表格（.xlsx、.xls、.csv）各列是什么，表头认不出时用：如 B=title,C=measure,D=lead_unit</source>
        <translation>What each column of a ledger sheet (.xlsx, .xls, .csv) holds, when its header is not recognised: e.g. B=title,C=measure,D=lead_unit</translation>
    </message>
    <message>
        <source>导出各责任单位的进展填报表（XLSX，只能填写进展、状态和完成日期；交回后用 import 导入）</source>
        <translation>Export each responsible unit&apos;s progress form (XLSX; only progress, status and completion date can be filled in; import the returned form with import)</translation>
    </message>
    <message>
        <source>只导出该单位的填报表（名称或编号），-o 为文件</source>
        <translation>Only this unit&apos;s form (name or number); -o is a file</translation>
    </message>
    <message>
        <source>单位</source>
        <translation>UNIT</translation>
    </message>
    <message>
        <source>填报表文件；不加 --unit 时为文件夹</source>
        <translation>The form file; a folder without --unit</translation>
    </message>
    <message>
        <source>只含该巡察的措施</source>
        <translation>Only this inspection&apos;s measures</translation>
    </message>
    <message>
        <source>只含该轮次的措施</source>
        <translation>Only this round&apos;s measures</translation>
    </message>
    <message>
        <source>--%1 应为正整数编号，收到“%2”</source>
        <translation>--%1 must be a positive number, got “%2”</translation>
    </message>
    <message>
        <source>没有名为“%1”的单位</source>
        <translation>No unit is named “%1”</translation>
    </message>
    <message>
        <source>用法：rectrack-cli forms [--unit 单位] [--inspection N] [--round N] -o 文件或文件夹
  有 --unit：该单位的填报表写到文件；没有：每个有未完成措施的单位一份，写到文件夹</source>
        <translation>Usage: rectrack-cli forms [--unit UNIT] [--inspection N] [--round N] -o FILE-OR-FOLDER
  with --unit: that unit&apos;s form to the file; without: one for each unit with open measures, in the folder</translation>
    </message>
    <message>
        <source>已写出%1的进展填报表（%2 条措施）：%3</source>
        <translation>Wrote the progress form of %1 (%2 measures): %3</translation>
    </message>
    <message>
        <source>%1：%2 条措施 → %3</source>
        <translation>%1: %2 measures → %3</translation>
    </message>
    <message>
        <source>共写出 %1 份进展填报表</source>
        <translation>Wrote %1 progress forms</translation>
    </message>
    <message>
        <source>  第 %1 行 措施“%2”：%3 → %4</source>
        <translation>  row %1, measure “%2”: %3 → %4</translation>
    </message>
    <message>
        <source>  第 %1 行 措施“%2”：新进展“%3”</source>
        <translation>  row %1, measure “%2”: new progress “%3”</translation>
    </message>
    <message>
        <source>冲突（未导入，请在台账中核对）：</source>
        <translation>Conflicts (not imported; check them in the ledger):</translation>
    </message>
    <message>
        <source>  第 %1 行 措施“%2”：%3（发出时“%4”，台账中现为“%5”，填报为“%6”）</source>
        <translation>  row %1, measure “%2”: %3 (when sent “%4”, in the ledger now “%5”, returned “%6”)</translation>
    </message>
    <message>
        <source>已导入</source>
        <translation>Imported</translation>
    </message>
    <message>
        <source>没有要导入的改动</source>
        <translation>Nothing to import</translation>
    </message>
    <message>
        <source>未写入（--dry-run）</source>
        <translation>Not written (--dry-run)</translation>
    </message>
    <message>
        <source>用法：rectrack-cli bulletin 巡察编号 -o 文件.pdf|文件.docx|文件.txt [--font 角色=字体]…</source>
        <translation>Usage: rectrack-cli bulletin INSPECTION -o FILE.pdf|FILE.docx|FILE.txt [--font ROLE=FAMILY]…</translation>
    </message>
    <message>
        <source>已导出通报（Word 文档）：%1</source>
        <translation>Bulletin exported (Word document): %1</translation>
    </message>
    <message>
        <source>导出格式：csv、xlsx、pdf、docx</source>
        <translation>Format: csv, xlsx, pdf, docx</translation>
    </message>
    <message>
        <source>导出整改情况通报（公文格式 PDF，或可编辑的 Word 文档）</source>
        <translation>Export the rectification bulletin (official-format PDF, or an editable Word document)</translation>
    </message>
    <message>
        <source>导出格式：pdf、docx 或 txt（默认取文件扩展名）</source>
        <translation>Format: pdf, docx or txt (default: the file&apos;s extension)</translation>
    </message>
    <message>
        <source>导出整改方案任务分解表（Word 表格，问题单元格合并；也可 xlsx、csv、pdf）</source>
        <translation>Export the rectification plan&apos;s task table (a Word table with each problem&apos;s cells merged; also xlsx, csv, pdf)</translation>
    </message>
    <message>
        <source>导出格式：docx、xlsx、csv、pdf（默认取文件扩展名）</source>
        <translation>Format: docx, xlsx, csv, pdf (default: the file&apos;s extension)</translation>
    </message>
    <message>
        <source>用法：rectrack-cli export findings|measures|responsibility --format csv|xlsx|pdf|docx -o 文件 [--inspection N] [--round N] [--status 状态] [--state 时限状态] [--search 文字]</source>
        <translation>Usage: rectrack-cli export findings|measures|responsibility --format csv|xlsx|pdf|docx -o FILE [--inspection N] [--round N] [--status STATUS] [--state STATE] [--search TEXT]</translation>
    </message>
    <message>
        <source>用法：rectrack-cli tasks 巡察编号 -o 文件.docx|文件.xlsx|文件.csv|文件.pdf [--format 格式]</source>
        <translation>Usage: rectrack-cli tasks INSPECTION -o FILE.docx|FILE.xlsx|FILE.csv|FILE.pdf [--format FORMAT]</translation>
    </message>
    <message>
        <source>已导出整改任务分解表 %1 行：%2</source>
        <translation>Task table exported, %1 rows: %2</translation>
    </message>
    <message>
        <source>--copy-number 应为6位数字，收到“%1”</source>
        <translation>--copy-number must be six digits; got “%1”</translation>
    </message>
    <message>
        <source>--print-date 应为 YYYY-MM-DD，收到“%1”</source>
        <translation>--print-date must be YYYY-MM-DD; got “%1”</translation>
    </message>
    <message>
        <source>份号（6位数字）</source>
        <translation>Copy number (six digits)</translation>
    </message>
    <message>
        <source>密级和保密期限，如 秘密★1年</source>
        <translation>Classification and period, e.g. 秘密★1年</translation>
    </message>
    <message>
        <source>紧急程度：特急或加急</source>
        <translation>Urgency: 特急 or 加急</translation>
    </message>
    <message>
        <source>发文机关标志（红头），如 中共××党组文件</source>
        <translation>Issuing body&apos;s mark (red head), e.g. 中共××党组文件</translation>
    </message>
    <message>
        <source>发文字号，如 ××党〔2025〕3号</source>
        <translation>Document number, e.g. ××党〔2025〕3号</translation>
    </message>
    <message>
        <source>签发人（上行文）</source>
        <translation>Signed off by (reports to a superior)</translation>
    </message>
    <message>
        <source>主送机关</source>
        <translation>Addressee</translation>
    </message>
    <message>
        <source>附件名称（可重复，按顺序）</source>
        <translation>Attachment name (repeatable, in order)</translation>
    </message>
    <message>
        <source>名称</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>加盖印章：在署名和日期处留出印章位置</source>
        <translation>Sealed: keep the seal&apos;s place clear at the signature and date</translation>
    </message>
    <message>
        <source>成文日期用汉字（二〇二五年六月十六日）</source>
        <translation>Date in Chinese numerals (二〇二五年六月十六日)</translation>
    </message>
    <message>
        <source>版记：抄送</source>
        <translation>Record: copies to</translation>
    </message>
    <message>
        <source>版记：印发机关</source>
        <translation>record: printed by</translation>
    </message>
    <message>
        <source>版记：印发日期</source>
        <translation>Record: printing date</translation>
    </message>
    <message>
        <source>--count-listed-only 只用于 --public</source>
        <translation>--count-listed-only goes with --public only</translation>
    </message>
    <message>
        <source>公开版略去：%1</source>
        <translation>Left out of the public version: %1</translation>
    </message>
    <message>
        <source>公开版：略去标为不公开的问题（默认内部版，列出全部）</source>
        <translation>Public version: leave out the findings marked not public (default: the internal version, with everything)</translation>
    </message>
    <message>
        <source>公开版的统计数字只计列出的问题</source>
        <translation>The public version's totals count only what it lists</translation>
    </message>
</context>
<context>
    <name>rectrack::ui</name>
    <message>
        <source>内容已被他人修改</source>
        <translation>Changed by someone else</translation>
    </message>
    <message>
        <source>无法完成操作</source>
        <translation>Could not do that</translation>
    </message>
    <message>
        <source>（空）</source>
        <translation>(empty)</translation>
    </message>
    <message>
        <source>字段</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>他人已保存的</source>
        <translation>Saved by someone else</translation>
    </message>
    <message>
        <source>您这次填写的（未保存）</source>
        <translation>Yours (not saved)</translation>
    </message>
</context>
<context>
    <name>rectrack::ui::AccountsDialog</name>
    <message>
        <source>账号与角色</source>
        <translation>Accounts and roles</translation>
    </message>
    <message>
        <source>用户名</source>
        <translation>User name</translation>
    </message>
    <message>
        <source>角色</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>添加…</source>
        <translation>Add…</translation>
    </message>
    <message>
        <source>改角色…</source>
        <translation>Change role…</translation>
    </message>
    <message>
        <source>重设密码…</source>
        <translation>Reset password…</translation>
    </message>
    <message>
        <source>停用/启用</source>
        <translation>Disable/enable</translation>
    </message>
    <message>
        <source>工作人员：录入和修改台账、申请销号；审核人：审核销号、回头看；领导：只读；管理员：全部，含账号与设置。&lt;br&gt;数据库有了账号之后，每次启动都要登录。</source>
        <translation>Staff: enter and edit the ledger, request sign-off; reviewers: review sign-off and follow-up reviews; leaders: read only; administrators: everything, accounts and settings included.&lt;br&gt;Once a database has accounts, everyone signs in at start.</translation>
    </message>
    <message>
        <source>启用</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>已停用</source>
        <translation>Disabled</translation>
    </message>
    <message>
        <source>添加账号</source>
        <translation>Add account</translation>
    </message>
    <message>
        <source>用户名：</source>
        <translation>User name:</translation>
    </message>
    <message>
        <source>角色：</source>
        <translation>Role:</translation>
    </message>
    <message>
        <source>改角色</source>
        <translation>Change role</translation>
    </message>
    <message>
        <source>新角色：</source>
        <translation>New role:</translation>
    </message>
    <message>
        <source>重设密码</source>
        <translation>Reset password</translation>
    </message>
    <message>
        <source>初始密码（至少 8 个字符）：</source>
        <translation>Initial password (at least 8 characters):</translation>
    </message>
    <message>
        <source>新密码（至少 8 个字符）：</source>
        <translation>New password (at least 8 characters):</translation>
    </message>
</context>
<context>
    <name>rectrack::ui::BackupDialog</name>
    <message>
        <source>备份与恢复</source>
        <translation>Backups and restore</translation>
    </message>
    <message>
        <source>立即备份</source>
        <translation>Back up now</translation>
    </message>
    <message>
        <source>恢复所选备份…</source>
        <translation>Restore selected backup…</translation>
    </message>
    <message>
        <source>从其他备份文件恢复…</source>
        <translation>Restore from another backup file…</translation>
    </message>
    <message>
        <source>完整检查数据库</source>
        <translation>Full database check</translation>
    </message>
    <message>
        <source>备份保存在 %1（只有您能读取）。程序运行时每天自动备份一次，保留最近的若干份；升级数据库结构之前和恢复之前也各备份一次。</source>
        <translation>Backups are kept in %1 (readable by you only). While the program runs it makes one a day and keeps the most recent ones; one is also made before every schema upgrade and before every restore.</translation>
    </message>
    <message>
        <source>正在备份…</source>
        <translation>Backing up…</translation>
    </message>
    <message>
        <source>已备份到 %1</source>
        <translation>Backed up to %1</translation>
    </message>
    <message>
        <source>正在完整检查数据库（大的台账需要几分钟）…</source>
        <translation>Checking the whole database (a large ledger takes a few minutes)…</translation>
    </message>
    <message>
        <source>完整检查通过：页面、索引和外键都无误。</source>
        <translation>Full check passed: pages, indexes and foreign keys are all correct.</translation>
    </message>
    <message>
        <source>数据库文件已损坏，请从备份恢复：
%1</source>
        <translation>The database file is damaged; restore it from a backup:
%1</translation>
    </message>
    <message>
        <source>从备份恢复</source>
        <translation>Restore from backup</translation>
    </message>
    <message>
        <source>用备份 %1 的内容替换当前台账？

当前台账会先另存一份（“恢复前”），之后仍可从它恢复。恢复完成后程序将重新启动。</source>
        <translation>Replace the current ledger with the content of backup %1?

The current ledger is saved first (“before restore”) and can be restored later. The program starts again once the restore is done.</translation>
    </message>
    <message>
        <source>已恢复，内容与备份核对一致。恢复前的台账保存在 %1</source>
        <translation>Restored; the content matches the backup. The ledger as it was before is kept in %1</translation>
    </message>
    <message>
        <source>没有恢复：%1</source>
        <translation>Not restored: %1</translation>
    </message>
    <message>
        <source>没有恢复</source>
        <translation>Not restored</translation>
    </message>
    <message>
        <source>请等这一步完成后再关闭。</source>
        <translation>Please wait for this step to finish before closing.</translation>
    </message>
    <message>
        <source>正在恢复…</source>
        <translation>Restoring…</translation>
    </message>
</context>
<context>
    <name>rectrack::ui::BackupList</name>
    <message>
        <source>时间</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>类型</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>大小</source>
        <translation>Size</translation>
    </message>
    <message>
        <source>文件</source>
        <translation>File</translation>
    </message>
    <message>
        <source>选择备份文件</source>
        <translation>Choose a backup file</translation>
    </message>
    <message>
        <source>台账备份 (*.sqlite);;所有文件 (*)</source>
        <translation>Ledger backups (*.sqlite);;All files (*)</translation>
    </message>
</context>
<context>
    <name>rectrack::ui::BulkEditDialog</name>
    <message>
        <source>%1 个问题</source>
        <translation>%1 findings</translation>
    </message>
    <message>
        <source>%1 条整改措施</source>
        <translation>%1 measures</translation>
    </message>
    <message>
        <source>批量修改状态</source>
        <translation>Change status in bulk</translation>
    </message>
    <message>
        <source>把选中的 %1 改为：</source>
        <translation>Set the selected %1 to:</translation>
    </message>
    <message>
        <source>整改状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>有整改措施的问题只能整体改为“已完成”或“长期坚持”（同时办结其未完成的措施）。</source>
        <translation>Findings with measures can only be set to “completed” or “ongoing” as a whole (which closes their open measures).</translation>
    </message>
    <message>
        <source>批量改派责任</source>
        <translation>Reassign in bulk</translation>
    </message>
    <message>
        <source>（不变）</source>
        <translation>(unchanged)</translation>
    </message>
    <message>
        <source>把选中的 %1 改派给：</source>
        <translation>Reassign the selected %1 to:</translation>
    </message>
    <message>
        <source>牵头单位</source>
        <translation>Lead unit</translation>
    </message>
    <message>
        <source>责任单位</source>
        <translation>Responsible unit</translation>
    </message>
    <message>
        <source>责任领导</source>
        <translation>Responsible leader</translation>
    </message>
    <message>
        <source>责任人</source>
        <translation>Responsible person</translation>
    </message>
    <message>
        <source>批量调整整改时限</source>
        <translation>Change deadlines in bulk</translation>
    </message>
    <message>
        <source>延期理由（填写后每一项都记为一次延期申请）</source>
        <translation>Reason for the extension (when given, each item records an extension)</translation>
    </message>
    <message>
        <source>选中的 %1 的新整改时限：</source>
        <translation>New deadline of the selected %1:</translation>
    </message>
    <message>
        <source>整改时限</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <source>理由</source>
        <translation>Reason</translation>
    </message>
</context>
<context>
    <name>rectrack::ui::BulletinDialog</name>
    <message>
        <source>导出整改情况通报</source>
        <translation>Export the rectification bulletin</translation>
    </message>
    <message>
        <source>标题</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>开头</source>
        <translation>Opening</translation>
    </message>
    <message>
        <source>一、整改工作组织</source>
        <translation>1. How the work was organised</translation>
    </message>
    <message>
        <source>二、整改进展由台账数据生成（问题、措施、成效和统计数字），请在台账中修改。</source>
        <translation>2. Progress is composed from the ledger (findings, measures, outcomes and figures); change it in the ledger.</translation>
    </message>
    <message>
        <source>三、下一步计划</source>
        <translation>3. Next steps</translation>
    </message>
    <message>
        <source>联系方式</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>发文机关署名</source>
        <translation>Issuing body</translation>
    </message>
    <message>
        <source>成文日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>字体（本机没有公文字体时用替代字体）</source>
        <translation>Fonts (free substitutes where the official faces are not installed)</translation>
    </message>
    <message>
        <source>导出 PDF…</source>
        <translation>Export PDF…</translation>
    </message>
    <message>
        <source>打印…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <source>恢复巡察中的文字</source>
        <translation>Restore the inspection&apos;s text</translation>
    </message>
    <message numerus="yes">
        <source>共 %n 页（A4，公文格式）</source>
        <translation>
            <numerusform>%n page (A4, official layout)</numerusform>
            <numerusform>%n pages (A4, official layout)</numerusform>
        </translation>
    </message>
    <message>
        <source>已导出：%1</source>
        <translation>Exported: %1</translation>
    </message>
    <message>
        <source>导出失败</source>
        <translation>Export failed</translation>
    </message>
    <message>
        <source>整改情况通报</source>
        <translation>Rectification bulletin</translation>
    </message>
    <message>
        <source>PDF 文件 (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <source>导出 Word…</source>
        <translation>Export Word…</translation>
    </message>
    <message>
        <source>可在 WPS 或 Word 中修改、盖章的公文格式文档（.docx），版式与 PDF 相同</source>
        <translation>An official-format document (.docx) to edit and stamp in WPS or Word, laid out as the PDF</translation>
    </message>
    <message>
        <source>Word 文档 (*.docx)</source>
        <translation>Word documents (*.docx)</translation>
    </message>
    <message>
        <source>内部版（党内通报，列出全部问题）</source>
        <translation>Internal (everything listed)</translation>
    </message>
    <message>
        <source>公开版（略去标为不公开的问题）</source>
        <translation>Public (findings marked not public left out)</translation>
    </message>
    <message>
        <source>版本</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>公开版的统计数字只计列出的问题</source>
        <translation>The public version's totals count only what it lists</translation>
    </message>
    <message numerus="yes">
        <source>有 %n 项标为不公开：内部版照常列出。</source>
        <translation>
            <numerusform>%n item(s) marked not public: the internal version lists them.</numerusform>
            <numerusform>%n item(s) marked not public: the internal version lists them.</numerusform>
        </translation>
    </message>
    <message>
        <source>没有标为不公开的问题：公开版与内部版内容相同。</source>
        <translation>Nothing is marked not public: the public version is the same as the internal one.</translation>
    </message>
    <message numerus="yes">
        <source>公开版略去 %n 项：</source>
        <translation>
            <numerusform>The public version leaves out %n item(s):</numerusform>
            <numerusform>The public version leaves out %n item(s):</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rectrack::ui::ColumnMappingDialog</name>
    <message>
        <source>表格各列的含义</source>
        <translation>What each column holds</translation>
    </message>
    <message>
        <source>导入按表头的文字判断每一列是什么。认错的列请在右边改正，按“按此重新读取”后再预览；保存到台账时，这样的表头会记住这次的选择。</source>
        <translation>The import tells each column by its header&apos;s words. Correct any column it took wrongly on the right and press “Read again this way” to see the preview again; when you save, your choice is remembered for files with the same header.</translation>
    </message>
    <message>
        <source>列</source>
        <translation>Column</translation>
    </message>
    <message>
        <source>表头</source>
        <translation>Header</translation>
    </message>
    <message>
        <source>含义</source>
        <translation>Holds</translation>
    </message>
    <message>
        <source>按此重新读取</source>
        <translation>Read again this way</translation>
    </message>
</context>
<context>
    <name>rectrack::ui::ConnectServerDialog</name>
    <message>
        <source>把密码保存在本机的钥匙串中</source>
        <translation>Keep the password in this computer&apos;s keyring</translation>
    </message>
    <message>
        <source>连接服务器上的台账</source>
        <translation>Connect to a ledger on a server</translation>
    </message>
    <message>
        <source>（新的服务器）</source>
        <translation>(a new server)</translation>
    </message>
    <message>
        <source>服务器的名称或地址，如 dbserver 或 192.168.1.20</source>
        <translation>the server&apos;s name or address, such as dbserver or 192.168.1.20</translation>
    </message>
    <message>
        <source>台账所在的数据库，如 ledger</source>
        <translation>the database holding the ledger, such as ledger</translation>
    </message>
    <message>
        <source>您在服务器上的账号</source>
        <translation>your account on the server</translation>
    </message>
    <message>
        <source>prefer：服务器支持时加密；require：必须加密；verify-full：加密并核对服务器证书；disable：不加密</source>
        <translation>prefer: encrypted when the server offers it; require: always encrypted; verify-full: encrypted and the server&apos;s certificate checked; disable: not encrypted</translation>
    </message>
    <message>
        <source>不勾选时，密码只用于这次连接，不保存在任何地方</source>
        <translation>Unticked, the password is used for this connection only and kept nowhere</translation>
    </message>
    <message>
        <source>连接</source>
        <translation>Connect</translation>
    </message>
    <message>
        <source>最近连接过</source>
        <translation>Recent</translation>
    </message>
    <message>
        <source>服务器</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>端口</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>数据库</source>
        <translation>Database</translation>
    </message>
    <message>
        <source>账号</source>
        <translation>Account</translation>
    </message>
    <message>
        <source>密码</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>加密（sslmode）</source>
        <translation>Encryption (sslmode)</translation>
    </message>
    <message>
        <source>请填写服务器、数据库和账号。</source>
        <translation>Please fill in the server, the database and the account.</translation>
    </message>
    <message>
        <source>正在连接…</source>
        <translation>Connecting…</translation>
    </message>
    <message>
        <source>已连接，但密码没能保存到钥匙串（%1）。下次连接时请再输入密码。</source>
        <translation>Connected, but the password could not be kept in the keyring (%1). Enter it again next time.</translation>
    </message>
</context>
<context>
    <name>rectrack::ui::DashboardPanel</name>
    <message>
        <source>当前巡察</source>
        <translation>This inspection</translation>
    </message>
    <message>
        <source>当前轮次</source>
        <translation>This round</translation>
    </message>
    <message>
        <source>全部巡察</source>
        <translation>All inspections</translation>
    </message>
    <message>
        <source>巡察</source>
        <translation>Inspection</translation>
    </message>
    <message>
        <source>问题</source>
        <translation>Problems</translation>
    </message>
    <message>
        <source>已完成</source>
        <translation>Completed</translation>
    </message>
    <message>
        <source>完成率</source>
        <translation>Completion</translation>
    </message>
    <message>
        <source>逾期</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>已销号</source>
        <translation>Signed off</translation>
    </message>
    <message>
        <source>刷新</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>导出…</source>
        <translation>Export…</translation>
    </message>
    <message>
        <source>打印…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <source>演示模式</source>
        <translation>Presentation</translation>
    </message>
    <message>
        <source>（未选择）</source>
        <translation>(none selected)</translation>
    </message>
    <message>
        <source>（已删除）</source>
        <translation>(deleted)</translation>
    </message>
    <message>
        <source>整改进度 — %1</source>
        <translation>Rectification progress — %1</translation>
    </message>
    <message>
        <source>%1（正在统计…）</source>
        <translation>%1 (counting…)</translation>
    </message>
    <message>
        <source>截至 %1</source>
        <translation>as of %1</translation>
    </message>
    <message>
        <source>长期坚持</source>
        <translation>Ongoing</translation>
    </message>
    <message>
        <source>正在推进</source>
        <translation>In progress</translation>
    </message>
    <message>
        <source>未启动</source>
        <translation>Not started</translation>
    </message>
    <message>
        <source>反馈问题 %1 个 · 已销号 %2 · 重新整改 %3</source>
        <translation>%1 problems · %2 signed off · %3 reopened</translation>
    </message>
    <message>
        <source>整改措施 %1 条 · 逾期 %2</source>
        <translation>%1 measures · %2 overdue</translation>
    </message>
    <message>
        <source>整改措施：%1</source>
        <translation>Measures: %1</translation>
    </message>
    <message>
        <source>整改时限（问题和意见建议）</source>
        <translation>Deadlines (problems and suggestions)</translation>
    </message>
    <message>
        <source>按问题类别</source>
        <translation>By category</translation>
    </message>
    <message>
        <source>未分类</source>
        <translation>No category</translation>
    </message>
    <message>
        <source>责任单位（逾期多的在上）</source>
        <translation>Responsible units (most overdue on top)</translation>
    </message>
    <message>
        <source>已逾期</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>整改进度（按周）</source>
        <translation>Progress (weekly)</translation>
    </message>
    <message>
        <source>整改进度（每 %1 天）</source>
        <translation>Progress (every %1 days)</translation>
    </message>
    <message>
        <source>问题总数 %1</source>
        <translation>Problems %1</translation>
    </message>
    <message>
        <source>已完成 %1</source>
        <translation>Completed %1</translation>
    </message>
    <message>
        <source>集中整改截止 %1</source>
        <translation>End of concentrated rectification %1</translation>
    </message>
    <message>
        <source>：尚无反馈日期</source>
        <translation>: no feedback date yet</translation>
    </message>
    <message>
        <source>制定制度</source>
        <translation>Rules made</translation>
    </message>
    <message>
        <source>个</source>
        <translation>rules</translation>
    </message>
    <message>
        <source>挽回经济损失</source>
        <translation>Losses recovered</translation>
    </message>
    <message>
        <source>万元</source>
        <translation>×10,000 yuan</translation>
    </message>
    <message>
        <source>问责</source>
        <translation>Held accountable</translation>
    </message>
    <message>
        <source>人</source>
        <translation>people</translation>
    </message>
    <message>
        <source>清退资金</source>
        <translation>Funds returned</translation>
    </message>
    <message>
        <source>截至 %1 · 整改台账</source>
        <translation>as of %1 · Rectrack</translation>
    </message>
    <message>
        <source>整改进度</source>
        <translation>Progress</translation>
    </message>
    <message>
        <source>导出整改进度</source>
        <translation>Export the progress dashboard</translation>
    </message>
    <message>
        <source>PDF 文件 (*.pdf);;PNG 图片 (*.png)</source>
        <translation>PDF files (*.pdf);;PNG images (*.png)</translation>
    </message>
    <message>
        <source>导出失败</source>
        <translation>Export failed</translation>
    </message>
    <message>
        <source>无法写入 %1</source>
        <translation>Cannot write %1</translation>
    </message>
    <message>
        <source>各问题合计</source>
        <translation>summed from the findings</translation>
    </message>
    <message>
        <source>通报所称</source>
        <translation>as the bulletin states</translation>
    </message>
</context>
<context>
    <name>rectrack::ui::DeadlineSettingsDialog</name>
    <message>
        <source>按工作日计算（跳过周末和节假日，计入调休上班日）</source>
        <translation>Count working days (skip weekends and holidays, count make-up working days)</translation>
    </message>
    <message>
        <source>时限提醒设置</source>
        <translation>Deadline reminders</translation>
    </message>
    <message>
        <source>导入节假日文件…</source>
        <translation>Import holiday file…</translation>
    </message>
    <message>
        <source>提前提醒天数</source>
        <translation>Due-soon window (days)</translation>
    </message>
    <message>
        <source>节假日日历</source>
        <translation>Holiday calendar</translation>
    </message>
    <message>
        <source>日历文件每行一个日期：“2025-10-01 休”为放假，“2025-09-28 班”为调休上班；# 开头为注释。</source>
        <translation>One date a line in the calendar file: “2025-10-01 休” a holiday, “2025-09-28 班” a make-up working day; lines starting with # are comments.</translation>
    </message>
    <message>
        <source>未导入（只跳过周末）</source>
        <translation>None imported (weekends only)</translation>
    </message>
    <message>
        <source>放假 %1 天，调休上班 %2 天</source>
        <translation>%1 holidays, %2 make-up working days</translation>
    </message>
    <message>
        <source>选择节假日文件</source>
        <translation>Choose the holiday file</translation>
    </message>
    <message>
        <source>文本文件 (*.txt *.csv);;所有文件 (*)</source>
        <translation>Text files (*.txt *.csv);;All files (*)</translation>
    </message>
</context>
<context>
    <name>rectrack::ui::DetailPanel</name>
    <message>
        <source>选择左侧的巡察，或台账中的问题、整改措施，在这里查看和编辑。</source>
        <translation>Select an inspection on the left, or a finding or measure in the ledger, to see and edit it here.</translation>
    </message>
    <message>
        <source>进展情况</source>
        <translation>Progress</translation>
    </message>
    <message>
        <source>佐证材料</source>
        <translation>Evidence</translation>
    </message>
    <message>
        <source>修改记录</source>
        <translation>History</translation>
    </message>
    <message>
        <source>销号与延期</source>
        <translation>Sign-off and extensions</translation>
    </message>
</context>
<context>
    <name>rectrack::ui::DigestDialog</name>
    <message>
        <source>时限提醒</source>
        <translation>Deadline reminder</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;span style=&apos;color:#c62828&apos;&gt;&lt;b&gt;已逾期：问题 %1 个，整改措施 %2 条&lt;/b&gt;&lt;/span&gt;&lt;br&gt;&lt;b&gt;%3 内到期：问题 %4 个，整改措施 %5 条&lt;/b&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;span style=&apos;color:#c62828&apos;&gt;&lt;b&gt;Overdue: %1 findings, %2 measures&lt;/b&gt;&lt;/span&gt;&lt;br&gt;&lt;b&gt;Due within %3: %4 findings, %5 measures&lt;/b&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>%1 个工作日</source>
        <translation>%1 working days</translation>
    </message>
    <message>
        <source>%1 天</source>
        <translation>%1 days</translation>
    </message>
    <message>
        <source>时限状态</source>
        <translation>Deadline state</translation>
    </message>
    <message>
        <source>整改时限</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <source>问题</source>
        <translation>Finding</translation>
    </message>
    <message>
        <source>巡察</source>
        <translation>Inspection</translation>
    </message>
    <message>
        <source>牵头单位</source>
        <translation>Lead unit</translation>
    </message>
    <message>
        <source>查看逾期问题</source>
        <translation>Show overdue findings</translation>
    </message>
    <message>
        <source>查看即将到期</source>
        <translation>Show findings due soon</translation>
    </message>
</context>
<context>
    <name>rectrack::ui::EvidencePanel</name>
    <message>
        <source>文件名</source>
        <translation>File name</translation>
    </message>
    <message>
        <source>大小</source>
        <translation>Size</translation>
    </message>
    <message>
        <source>添加时间</source>
        <translation>Added</translation>
    </message>
    <message>
        <source>添加人</source>
        <translation>Added by</translation>
    </message>
    <message>
        <source>添加…</source>
        <translation>Add…</translation>
    </message>
    <message>
        <source>选择佐证材料</source>
        <translation>Choose evidence files</translation>
    </message>
    <message>
        <source>打开</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>导出…</source>
        <translation>Export…</translation>
    </message>
    <message>
        <source>删除</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>无法读取文件</source>
        <translation>Cannot read the file</translation>
    </message>
    <message>
        <source>无法读取 %1：%2</source>
        <translation>Cannot read %1: %2</translation>
    </message>
    <message>
        <source>导出佐证材料</source>
        <translation>Export evidence</translation>
    </message>
    <message>
        <source>导出失败</source>
        <translation>Export failed</translation>
    </message>
    <message>
        <source>无法打开</source>
        <translation>Cannot open</translation>
    </message>
    <message>
        <source>删除佐证材料</source>
        <translation>Delete evidence</translation>
    </message>
    <message>
        <source>删除“%1”？删除会记入修改记录。</source>
        <translation>Delete &quot;%1&quot;? The deletion is kept in the history.</translation>
    </message>
    <message>
        <source>可把文件拖到这里作为佐证材料</source>
        <translation>Drop files here to attach them as evidence</translation>
    </message>
</context>
<context>
    <name>rectrack::ui::FilterBar</name>
    <message>
        <source>当前巡察</source>
        <translation>This inspection</translation>
    </message>
    <message>
        <source>当前轮次</source>
        <translation>This round</translation>
    </message>
    <message>
        <source>全部巡察</source>
        <translation>All inspections</translation>
    </message>
    <message>
        <source>问题和意见建议</source>
        <translation>Problems and suggestions</translation>
    </message>
    <message>
        <source>只看问题</source>
        <translation>Problems only</translation>
    </message>
    <message>
        <source>只看意见建议</source>
        <translation>Suggestions only</translation>
    </message>
    <message>
        <source>全部状态</source>
        <translation>Any status</translation>
    </message>
    <message>
        <source>未完成</source>
        <translation>Not done</translation>
    </message>
    <message>
        <source>全部时限</source>
        <translation>Any deadline state</translation>
    </message>
    <message>
        <source>逾期或即将到期</source>
        <translation>Overdue or due soon</translation>
    </message>
    <message>
        <source>全部销号状态</source>
        <translation>Any sign-off state</translation>
    </message>
    <message>
        <source>已重新打开</source>
        <translation>Reopened</translation>
    </message>
    <message>
        <source>整改时限不早于</source>
        <translation>Deadline on or after</translation>
    </message>
    <message>
        <source>整改时限不晚于</source>
        <translation>Deadline on or before</translation>
    </message>
    <message>
        <source>搜索措施、问题标题、成效和进展（Ctrl+F）…</source>
        <translation>Search measures, finding titles, outcomes and notes (Ctrl+F)…</translation>
    </message>
    <message>
        <source>搜索问题标题、措施、成效和进展（Ctrl+F）…</source>
        <translation>Search finding titles, measures, outcomes and notes (Ctrl+F)…</translation>
    </message>
    <message>
        <source>清除筛选</source>
        <translation>Clear filters</translation>
    </message>
    <message>
        <source>时限</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <source>至</source>
        <translation>to</translation>
    </message>
    <message>
        <source>全部责任单位</source>
        <translation>All responsible units</translation>
    </message>
    <message>
        <source>全部责任领导和责任人</source>
        <translation>All leaders and responsible people</translation>
    </message>
    <message>
        <source>全部类别</source>
        <translation>All categories</translation>
    </message>
    <message>
        <source>来自整改进度图：%1（改动任一筛选条件即返回普通筛选）</source>
        <translation>From the progress dashboard: %1 (change any filter to go back to ordinary filters)</translation>
    </message>
</context>
<context>
    <name>rectrack::ui::FindingForm</name>
    <message>
        <source>类型</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>序号</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>问题类别</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>标题</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>问题描述</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>整改状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>整改时限</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <source>责任领导</source>
        <translation>Responsible leader</translation>
    </message>
    <message>
        <source>牵头单位</source>
        <translation>Leading unit</translation>
    </message>
    <message>
        <source>配合单位</source>
        <translation>Co-responsible units</translation>
    </message>
    <message>
        <source>整改成效</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>存在的困难</source>
        <translation>Difficulties</translation>
    </message>
    <message>
        <source>对账销号</source>
        <translation>Sign-off</translation>
    </message>
    <message>
        <source>&lt;h3&gt;反馈问题&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;Finding&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>（无类别）</source>
        <translation>(no category)</translation>
    </message>
    <message>
        <source>（未指定）</source>
        <translation>(not set)</translation>
    </message>
    <message>
        <source>由 %1 条整改措施决定：已完成 %2 条</source>
        <translation>Follows its %1 measures: %2 completed</translation>
    </message>
    <message>
        <source>没有整改措施时可直接设置</source>
        <translation>Set directly while the finding has no measures</translation>
    </message>
    <message>
        <source>；回头看发现反弹，已重新整改</source>
        <translation>; reopened after a follow-up review found a rebound</translation>
    </message>
    <message>
        <source>无法保存</source>
        <translation>Cannot save</translation>
    </message>
    <message>
        <source>金额应为数字，单位万元，最多六位小数。</source>
        <translation>Sums are numbers in ten-thousand yuan, with at most six decimals.</translation>
    </message>
    <message>
        <source>公开（公开版通报列出此项）</source>
        <translation>Public (listed in the public bulletin)</translation>
    </message>
    <message>
        <source>选一个理由，此项的内容就不出现在公开版通报中；内部版照常列出</source>
        <translation>Choose a reason and this item's content stays out of the public bulletin; the internal version still lists it</translation>
    </message>
    <message>
        <source>不公开的理由</source>
        <translation>Not public because</translation>
    </message>
</context>
<context>
    <name>rectrack::ui::FormImportDialog</name>
    <message>
        <source>导入进展填报表：%1</source>
        <translation>Import progress form: %1</translation>
    </message>
    <message>
        <source>行</source>
        <translation>Row</translation>
    </message>
    <message>
        <source>整改措施</source>
        <translation>Measure</translation>
    </message>
    <message>
        <source>改动</source>
        <translation>Change</translation>
    </message>
    <message>
        <source>状态：%1 → %2</source>
        <translation>Status: %1 → %2</translation>
    </message>
    <message>
        <source>新进展：%1</source>
        <translation>New progress: %1</translation>
    </message>
    <message>
        <source>冲突，不导入：%1（发出时“%2”，台账中现为“%3”，填报为“%4”）</source>
        <translation>Conflict, not imported: %1 (when sent “%2”, in the ledger now “%3”, returned “%4”)</translation>
    </message>
    <message>
        <source>提示：</source>
        <translation>Notes:</translation>
    </message>
    <message>
        <source>导入改动</source>
        <translation>Import changes</translation>
    </message>
    <message>
        <source>没有要导入的改动（这份填报表可能已经导入过）。</source>
        <translation>Nothing to import (this form may have been imported already).</translation>
    </message>
</context>
<context>
    <name>rectrack::ui::HistoryPanel</name>
    <message>
        <source>问题</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>整改措施</source>
        <translation>Measures</translation>
    </message>
    <message>
        <source>进展情况</source>
        <translation>Progress</translation>
    </message>
    <message>
        <source>佐证材料</source>
        <translation>Evidence</translation>
    </message>
    <message>
        <source>量化成效</source>
        <translation>Quantified results</translation>
    </message>
    <message>
        <source>对账销号</source>
        <translation>Sign-off</translation>
    </message>
    <message>
        <source>回头看</source>
        <translation>Follow-up review</translation>
    </message>
    <message>
        <source>新增</source>
        <translation>Created</translation>
    </message>
    <message>
        <source>删除</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>修改</source>
        <translation>Changed</translation>
    </message>
    <message>
        <source>时间</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>修改人</source>
        <translation>By</translation>
    </message>
    <message>
        <source>对象</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>操作</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>字段</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>原值</source>
        <translation>Old value</translation>
    </message>
    <message>
        <source>新值</source>
        <translation>New value</translation>
    </message>
    <message>
        <source>标题</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>内容</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>序号</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>类型</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>问题类别</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>问题描述</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>整改状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>整改时限类型</source>
        <translation>Deadline kind</translation>
    </message>
    <message>
        <source>整改时限</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <source>责任领导</source>
        <translation>Responsible leader</translation>
    </message>
    <message>
        <source>牵头单位</source>
        <translation>Leading unit</translation>
    </message>
    <message>
        <source>配合单位</source>
        <translation>Co-responsible units</translation>
    </message>
    <message>
        <source>责任单位</source>
        <translation>Responsible unit</translation>
    </message>
    <message>
        <source>责任人</source>
        <translation>Responsible person</translation>
    </message>
    <message>
        <source>整改成效</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>存在的困难</source>
        <translation>Difficulties</translation>
    </message>
    <message>
        <source>完成日期</source>
        <translation>Completed on</translation>
    </message>
    <message>
        <source>重新整改</source>
        <translation>Reopened</translation>
    </message>
    <message>
        <source>排序</source>
        <translation>Order</translation>
    </message>
    <message>
        <source>进展日期</source>
        <translation>Date of the progress note</translation>
    </message>
    <message>
        <source>制定制度</source>
        <translation>Rules made</translation>
    </message>
    <message>
        <source>挽回经济损失（分）</source>
        <translation>Losses recovered (fen)</translation>
    </message>
    <message>
        <source>问责人数</source>
        <translation>People held accountable</translation>
    </message>
    <message>
        <source>清退资金（分）</source>
        <translation>Funds returned (fen)</translation>
    </message>
</context>
<context>
    <name>rectrack::ui::ImportController</name>
    <message>
        <source>正在读取和解析 %1…</source>
        <translation>Reading and parsing %1…</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>无法导入</source>
        <translation>Cannot import</translation>
    </message>
    <message>
        <source>无法导入 %1：
%2</source>
        <translation>Cannot import %1:
%2</translation>
    </message>
    <message>
        <source>导入整改情况通报、反馈意见或整改台账</source>
        <translation>Import a bulletin, feedback or a rectification ledger</translation>
    </message>
    <message>
        <source>通报、台账和填报表 (*.txt *.html *.htm *.docx *.pdf *.xlsx *.xlsm *.xls *.et *.csv);;通报文件 (*.txt *.html *.htm *.docx *.pdf);;台账表格和进展填报表 (*.xlsx *.xlsm *.xls *.et *.csv);;所有文件 (*)</source>
        <translation>Bulletins, ledgers and forms (*.txt *.html *.htm *.docx *.pdf *.xlsx *.xlsm *.xls *.et *.csv);;Bulletins (*.txt *.html *.htm *.docx *.pdf);;Ledger sheets and progress forms (*.xlsx *.xlsm *.xls *.et *.csv);;All files (*)</translation>
    </message>
    <message>
        <source>各列按上次为这样的表头确认的含义读取</source>
        <translation>The columns were read as confirmed last time for this header</translation>
    </message>
    <message>
        <source>无法按这些列读取</source>
        <translation>Cannot read the sheet with these columns</translation>
    </message>
</context>
<context>
    <name>rectrack::ui::ImportPreviewDialog</name>
    <message>
        <source>已完成</source>
        <translation>Completed</translation>
    </message>
    <message>
        <source>正在推进</source>
        <translation>In progress</translation>
    </message>
    <message>
        <source>长期坚持</source>
        <translation>Long-term</translation>
    </message>
    <message>
        <source>未说明</source>
        <translation>Not stated</translation>
    </message>
    <message>
        <source>导入预览 — %1</source>
        <translation>Import preview — %1</translation>
    </message>
    <message>
        <source>标题</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>巡视巡察轮次</source>
        <translation>Round</translation>
    </message>
    <message>
        <source>巡视巡察组</source>
        <translation>Inspection team</translation>
    </message>
    <message>
        <source>被巡视巡察单位</source>
        <translation>Inspected unit</translation>
    </message>
    <message>
        <source>序号</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>类别 / 问题 / 整改措施（双击修改）</source>
        <translation>Category / finding / measure (double-click to edit)</translation>
    </message>
    <message>
        <source>整改状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>整改时限</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <source>通报所述总数与解析结果一致。</source>
        <translation>The bulletin&apos;s totals agree with what was found.</translation>
    </message>
    <message>
        <source>核对提示</source>
        <translation>Cross-check</translation>
    </message>
    <message>
        <source>原文（选中条目时高亮）</source>
        <translation>Source text (the selected item is highlighted)</translation>
    </message>
    <message>
        <source>保存到台账</source>
        <translation>Save to the ledger</translation>
    </message>
    <message>
        <source>建议%1</source>
        <translation>Suggestion %1</translation>
    </message>
    <message>
        <source>措施%1</source>
        <translation>Measure %1</translation>
    </message>
    <message>
        <source>格式 %1 %2 · 类别 %3 个 · 问题 %4 个 · 意见建议 %5 条 · 整改措施 %6 条 · 提示 %7 条</source>
        <translation>Format %1 %2 · %3 categories · %4 problems · %5 suggestions · %6 measures · %7 notes</translation>
    </message>
    <message>
        <source>这份文件已经导入过</source>
        <translation>This file was imported before</translation>
    </message>
    <message>
        <source>这份文件已导入为巡察“%1”。用这次的结果更新那次导入，还是另存为一个新的巡察？</source>
        <translation>This file was imported as inspection &quot;%1&quot;. Update that import with this result, or save it as a new inspection?</translation>
    </message>
    <message>
        <source>更新原导入</source>
        <translation>Update the earlier import</translation>
    </message>
    <message>
        <source>另存为新巡察</source>
        <translation>Save as a new inspection</translation>
    </message>
    <message>
        <source>至</source>
        <translation>to</translation>
    </message>
    <message>
        <source>反馈</source>
        <translation>feedback</translation>
    </message>
    <message>
        <source>通报</source>
        <translation>bulletin</translation>
    </message>
    <message>
        <source>类型</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>进驻时间</source>
        <translation>On-site period</translation>
    </message>
    <message>
        <source>发文机关</source>
        <translation>Issuing body</translation>
    </message>
    <message>
        <source>联系方式</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>问题</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>意见建议</source>
        <translation>Suggestion</translation>
    </message>
    <message>
        <source>如：立行立改、长期坚持、2025年12月底</source>
        <translation>e.g. 立行立改, 长期坚持, 2025年12月底</translation>
    </message>
    <message>
        <source>所选条目</source>
        <translation>Selected item</translation>
    </message>
    <message>
        <source>整改成效（每行一条）</source>
        <translation>Outcomes (one per line)</translation>
    </message>
    <message>
        <source>存在的困难</source>
        <translation>Difficulties</translation>
    </message>
    <message>
        <source>省委、市委、县委</source>
        <translation>province, city, county</translation>
    </message>
    <message>
        <source>整改组织落实情况</source>
        <translation>How the work was organised</translation>
    </message>
    <message>
        <source>下一步工作</source>
        <translation>Next steps</translation>
    </message>
    <message>
        <source>已有同一标题的巡察“%1”（可能是这份通报的另一版本）。用这份文件更新它，还是另存为一个新的巡察？</source>
        <translation>There is already an inspection titled &quot;%1&quot; (perhaps another version of this bulletin). Update it with this file, or save it as a new inspection?</translation>
    </message>
    <message>
        <source>牵头：%1&#x3000;配合：%2&#x3000;责任人：%3</source>
        <translation>Leading: %1  Helping: %2  Responsible: %3</translation>
    </message>
    <message>
        <source>各列含义…</source>
        <translation>Columns…</translation>
    </message>
    <message>
        <source>解析结果（右键可纠正：不是问题、并入上一项；在原文中右键：从这一段开始一个问题）</source>
        <translation>What was found (right-click to correct: not a problem, merge with the one before; in the source: a problem starts here)</translation>
    </message>
    <message>
        <source>这不是问题</source>
        <translation>This is not a problem</translation>
    </message>
    <message>
        <source>并入上一项</source>
        <translation>Merge with the item before</translation>
    </message>
    <message>
        <source>从这一段开始一个问题</source>
        <translation>A problem starts at this paragraph</translation>
    </message>
</context>
<context>
    <name>rectrack::ui::ImportUpdateDialog</name>
    <message>
        <source>更新原导入</source>
        <translation>Update the earlier import</translation>
    </message>
    <message>
        <source>新文件中没有下列条目，但已有工作。勾选的将被删除（连同其工作），未勾选的保留：</source>
        <translation>The new file lacks the following items, which already have work on them. Checked items are deleted (with their work); unchecked ones are kept:</translation>
    </message>
    <message>
        <source>，</source>
        <translation>, </translation>
    </message>
    <message>
        <source>更新</source>
        <translation>Update</translation>
    </message>
    <message>
        <source>用新文件更新巡察“%1”：
%2。
已有的进展情况、佐证材料、状态、时限、责任和销号都保留。</source>
        <translation>Update inspection &quot;%1&quot; with the new file:
%2.
Existing progress notes, evidence, statuses, deadlines, responsibilities and sign-offs are all kept.</translation>
    </message>
</context>
<context>
    <name>rectrack::ui::InspectionForm</name>
    <message>
        <source>如：市委第七巡察组对××党工委巡察整改</source>
        <translation>e.g. Rectification after the 7th city inspection team inspected …</translation>
    </message>
    <message>
        <source>如：第七巡察组</source>
        <translation>e.g. 7th inspection team</translation>
    </message>
    <message>
        <source>至</source>
        <translation>to</translation>
    </message>
    <message>
        <source>标题</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>所属轮次</source>
        <translation>Round</translation>
    </message>
    <message>
        <source>巡察组</source>
        <translation>Inspection team</translation>
    </message>
    <message>
        <source>被巡察单位</source>
        <translation>Inspected unit</translation>
    </message>
    <message>
        <source>巡察类型</source>
        <translation>Inspection type</translation>
    </message>
    <message>
        <source>进驻时间</source>
        <translation>On-site period</translation>
    </message>
    <message>
        <source>反馈日期</source>
        <translation>Feedback date</translation>
    </message>
    <message>
        <source>集中整改截止</source>
        <translation>End of concentrated rectification</translation>
    </message>
    <message>
        <source>发文机关</source>
        <translation>Issuing body</translation>
    </message>
    <message>
        <source>通报日期</source>
        <translation>Bulletin date</translation>
    </message>
    <message>
        <source>整改组织落实情况</source>
        <translation>How the work was organised</translation>
    </message>
    <message>
        <source>下一步工作</source>
        <translation>Next steps</translation>
    </message>
    <message>
        <source>联系方式</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>问题类别（方面）</source>
        <translation>Categories</translation>
    </message>
    <message>
        <source>添加…</source>
        <translation>Add…</translation>
    </message>
    <message>
        <source>重命名…</source>
        <translation>Rename…</translation>
    </message>
    <message>
        <source>删除</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>上移</source>
        <translation>Up</translation>
    </message>
    <message>
        <source>下移</source>
        <translation>Down</translation>
    </message>
    <message>
        <source>&lt;h3&gt;巡察&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;Inspection&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>（未选择）</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>添加问题类别</source>
        <translation>Add category</translation>
    </message>
    <message>
        <source>类别名称：</source>
        <translation>Category name:</translation>
    </message>
    <message>
        <source>重命名问题类别</source>
        <translation>Rename category</translation>
    </message>
    <message>
        <source>删除问题类别</source>
        <translation>Delete category</translation>
    </message>
    <message>
        <source>删除类别“%1”？其下的问题会保留，但不再属于任何类别。</source>
        <translation>Delete category &quot;%1&quot;? Its findings stay, without a category.</translation>
    </message>
    <message>
        <source>通报所称的总数和成效</source>
        <translation>Totals and results as the bulletin states them</translation>
    </message>
</context>
<context>
    <name>rectrack::ui::InspectionTreeModel</name>
    <message>
        <source>%1 · %2 · %3 个巡察</source>
        <translation>%1 · %2 · %3 inspections</translation>
    </message>
    <message>
        <source>%1
%2 · 反馈日期 %3</source>
        <translation>%1
%2 · feedback %3</translation>
    </message>
    <message>
        <source>未填</source>
        <translation>not set</translation>
    </message>
    <message>
        <source>巡察轮次 / 巡察</source>
        <translation>Rounds / inspections</translation>
    </message>
</context>
<context>
    <name>rectrack::ui::LedgerExporter</name>
    <message>
        <source>导出%1</source>
        <translation>Export the %1</translation>
    </message>
    <message>
        <source>截至 %1</source>
        <translation>as of %1</translation>
    </message>
    <message>
        <source>正在导出%1…</source>
        <translation>Exporting the %1…</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>导出完成</source>
        <translation>Export finished</translation>
    </message>
    <message>
        <source>已导出到 %1</source>
        <translation>Exported to %1</translation>
    </message>
    <message>
        <source>导出失败</source>
        <translation>Export failed</translation>
    </message>
    <message>
        <source>无法读取台账</source>
        <translation>Cannot read the ledger</translation>
    </message>
    <message>
        <source>Excel 工作簿 (*.xlsx);;CSV（UTF-8，Excel 和 WPS 可打开）(*.csv);;PDF 表格 (*.pdf);;Word 表格（横向，表头每页重复）(*.docx)</source>
        <translation>Excel workbook (*.xlsx);;CSV (UTF-8, opens in Excel and WPS) (*.csv);;PDF table (*.pdf);;Word table (landscape, header on every page) (*.docx)</translation>
    </message>
</context>
<context>
    <name>rectrack::ui::LedgerListModel</name>
    <message>
        <source>建议%1</source>
        <translation>Suggestion %1</translation>
    </message>
    <message>
        <source>【重新整改】</source>
        <translation>[Reopened] </translation>
    </message>
    <message>
        <source>已重新打开</source>
        <translation>Reopened</translation>
    </message>
    <message>
        <source>巡察</source>
        <translation>Inspection</translation>
    </message>
    <message>
        <source>序号</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>问题</source>
        <translation>Finding</translation>
    </message>
    <message>
        <source>整改措施</source>
        <translation>Measure</translation>
    </message>
    <message>
        <source>类别</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>所属问题</source>
        <translation>Finding</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>整改时限</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <source>时限状态</source>
        <translation>Deadline state</translation>
    </message>
    <message>
        <source>责任领导</source>
        <translation>Responsible leader</translation>
    </message>
    <message>
        <source>责任人</source>
        <translation>Responsible person</translation>
    </message>
    <message>
        <source>牵头单位</source>
        <translation>Lead unit</translation>
    </message>
    <message>
        <source>责任单位</source>
        <translation>Responsible unit</translation>
    </message>
    <message>
        <source>措施完成</source>
        <translation>Measures done</translation>
    </message>
    <message>
        <source>完成日期</source>
        <translation>Completed on</translation>
    </message>
    <message>
        <source>最新进展</source>
        <translation>Latest note</translation>
    </message>
    <message>
        <source>销号</source>
        <translation>Sign-off</translation>
    </message>
</context>
<context>
    <name>rectrack::ui::LedgerModel</name>
    <message>
        <source>建议%1</source>
        <translation>Suggestion %1</translation>
    </message>
    <message>
        <source>【重新整改】</source>
        <translation>[Reopened] </translation>
    </message>
    <message>
        <source>措施%1</source>
        <translation>Measure %1</translation>
    </message>
    <message>
        <source>%1 完成</source>
        <translation>done %1</translation>
    </message>
    <message>
        <source>序号</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>问题 / 整改措施</source>
        <translation>Finding / measure</translation>
    </message>
    <message>
        <source>问题类别</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>整改状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>整改时限</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <source>时限状态</source>
        <translation>Deadline state</translation>
    </message>
    <message>
        <source>责任领导 / 责任人</source>
        <translation>Leader / person</translation>
    </message>
    <message>
        <source>责任单位</source>
        <translation>Responsible unit</translation>
    </message>
    <message>
        <source>进度</source>
        <translation>Progress</translation>
    </message>
    <message>
        <source>最新进展</source>
        <translation>Latest progress</translation>
    </message>
    <message>
        <source>对账销号</source>
        <translation>Sign-off</translation>
    </message>
</context>
<context>
    <name>rectrack::ui::LedgerPanel</name>
    <message>
        <source>筛选本巡察的问题和措施（标题、内容）…</source>
        <translation>Filter this inspection&apos;s findings and measures…</translation>
    </message>
    <message>
        <source>&lt;h2&gt;整改台账&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Rectification ledger&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>在左侧选择一个巡察，查看它的问题清单和整改措施。</source>
        <translation>Select an inspection on the left to see its findings and measures.</translation>
    </message>
    <message>
        <source>反馈问题 &lt;b&gt;%1&lt;/b&gt; 个：已完成 %2 · 长期坚持 %3 · 正在推进 %4 · 未启动 %5 ｜ 完成率 &lt;b&gt;%6&lt;/b&gt; ｜ 整改措施 %7 条，已完成 %8 ｜ &lt;span style=&apos;color:#c62828&apos;&gt;逾期 &lt;b&gt;%9&lt;/b&gt;&lt;/span&gt; · 即将到期 %10 ｜ 意见建议 %11 条 ｜ 已销号 %12</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; problems: %2 completed · %3 ongoing · %4 in progress · %5 not started | rate &lt;b&gt;%6&lt;/b&gt; | %7 measures, %8 completed | &lt;span style=&apos;color:#c62828&apos;&gt;overdue &lt;b&gt;%9&lt;/b&gt;&lt;/span&gt; · due soon %10 | %11 suggestions | signed off %12</translation>
    </message>
</context>
<context>
    <name>rectrack::ui::LedgerViewPanel</name>
    <message>
        <source>批量改状态…</source>
        <translation>Change status…</translation>
    </message>
    <message>
        <source>批量改派…</source>
        <translation>Reassign…</translation>
    </message>
    <message>
        <source>批量改时限…</source>
        <translation>Change deadline…</translation>
    </message>
    <message>
        <source>正在统计…（已载入 %1 项）</source>
        <translation>Counting… (%1 loaded)</translation>
    </message>
    <message>
        <source>共 %1 项</source>
        <translation>%1 items</translation>
    </message>
    <message>
        <source>共 %1 项，已选 %2 项</source>
        <translation>%1 items, %2 selected</translation>
    </message>
    <message>
        <source>正在查询…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <source>导出…</source>
        <translation>Export…</translation>
    </message>
    <message>
        <source>按当前筛选导出全部字段：Excel（.xlsx）、CSV 或 PDF 表格</source>
        <translation>Export every field of the filtered rows: Excel (.xlsx), CSV or a PDF table</translation>
    </message>
</context>
<context>
    <name>rectrack::ui::MainWindow</name>
    <message>
        <source>整改台账 — %1</source>
        <translation>Rectrack — %1</translation>
    </message>
    <message>
        <source>新建轮次</source>
        <translation>New round</translation>
    </message>
    <message>
        <source>新建巡察</source>
        <translation>New inspection</translation>
    </message>
    <message>
        <source>Ctrl+Shift+N</source>
        <translation>Ctrl+Shift+N</translation>
    </message>
    <message>
        <source>新增问题</source>
        <translation>New finding</translation>
    </message>
    <message>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <source>新增意见建议</source>
        <translation>New suggestion</translation>
    </message>
    <message>
        <source>新增整改措施</source>
        <translation>New measure</translation>
    </message>
    <message>
        <source>Ctrl+M</source>
        <translation>Ctrl+M</translation>
    </message>
    <message>
        <source>删除…</source>
        <translation>Delete…</translation>
    </message>
    <message>
        <source>Ctrl+Delete</source>
        <translation>Ctrl+Delete</translation>
    </message>
    <message>
        <source>保存</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>载入示例数据</source>
        <translation>Load sample data</translation>
    </message>
    <message>
        <source>单位与人员…</source>
        <translation>Units and people…</translation>
    </message>
    <message>
        <source>刷新</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>退出</source>
        <translation>Quit</translation>
    </message>
    <message>
        <source>撤销</source>
        <translation>Undo</translation>
    </message>
    <message>
        <source>重做</source>
        <translation>Redo</translation>
    </message>
    <message>
        <source>Ctrl+Shift+Z</source>
        <translation>Ctrl+Shift+Z</translation>
    </message>
    <message>
        <source>文件(&amp;F)</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>编辑(&amp;E)</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>台账(&amp;L)</source>
        <translation>&amp;Ledger</translation>
    </message>
    <message>
        <source>设置(&amp;S)</source>
        <translation>&amp;Settings</translation>
    </message>
    <message>
        <source>界面语言</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>重新启动整改台账后生效。</source>
        <translation>Takes effect when Rectrack is restarted.</translation>
    </message>
    <message>
        <source>帮助(&amp;H)</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>关于整改台账</source>
        <translation>About Rectrack</translation>
    </message>
    <message>
        <source>&lt;h3&gt;整改台账 Rectrack %1&lt;/h3&gt;&lt;p&gt;巡视巡察整改的问题清单、任务清单、责任清单，进展、佐证、对账销号与修改记录。&lt;/p&gt;&lt;p&gt;数据库：%2&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Rectrack %1&lt;/h3&gt;&lt;p&gt;Ledgers of findings, measures and responsibilities after discipline inspections, with progress, evidence, sign-off and history.&lt;/p&gt;&lt;p&gt;Database: %2&lt;/p&gt;</translation>
    </message>
    <message>
        <source>常用</source>
        <translation>Main</translation>
    </message>
    <message>
        <source>%1年巡察</source>
        <translation>Inspections %1</translation>
    </message>
    <message>
        <source>删除问题</source>
        <translation>Delete finding</translation>
    </message>
    <message>
        <source>删除问题“%1”及其全部整改措施、进展情况和佐证材料？
删除会记入修改记录，但不能撤销。</source>
        <translation>Delete finding &quot;%1&quot; with all its measures, progress notes and evidence?
The deletion is kept in the history but cannot be undone.</translation>
    </message>
    <message>
        <source>删除整改措施</source>
        <translation>Delete measure</translation>
    </message>
    <message>
        <source>删除整改措施“%1”？</source>
        <translation>Delete measure &quot;%1&quot;?</translation>
    </message>
    <message>
        <source>删除轮次</source>
        <translation>Delete round</translation>
    </message>
    <message>
        <source>删除轮次“%1”？</source>
        <translation>Delete round &quot;%1&quot;?</translation>
    </message>
    <message>
        <source>删除巡察</source>
        <translation>Delete inspection</translation>
    </message>
    <message>
        <source>删除巡察“%1”及其全部问题、整改措施、进展情况和佐证材料？
删除会记入修改记录，但不能撤销。</source>
        <translation>Delete inspection &quot;%1&quot; with all its findings, measures, progress notes and evidence?
The deletion is kept in the history but cannot be undone.</translation>
    </message>
    <message>
        <source>有未保存的修改</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <source>当前修改无法保存。仍要退出并放弃这些修改吗？</source>
        <translation>The current changes cannot be saved. Quit and discard them?</translation>
    </message>
    <message>
        <source>Ctrl+I</source>
        <translation>Ctrl+I</translation>
    </message>
    <message>
        <source>巡察台账</source>
        <translation>Inspection ledger</translation>
    </message>
    <message>
        <source>问题清单</source>
        <translation>Findings</translation>
    </message>
    <message>
        <source>任务清单</source>
        <translation>Tasks</translation>
    </message>
    <message>
        <source>责任清单</source>
        <translation>Responsibilities</translation>
    </message>
    <message>
        <source>操作人：%1（%2）</source>
        <translation>User: %1 (%2)</translation>
    </message>
    <message>
        <source>未登录（只读）</source>
        <translation>Not signed in (read-only)</translation>
    </message>
    <message>
        <source>批量改状态…</source>
        <translation>Change status…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+S</source>
        <translation>Ctrl+Shift+S</translation>
    </message>
    <message>
        <source>批量改派…</source>
        <translation>Reassign…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+R</source>
        <translation>Ctrl+Shift+R</translation>
    </message>
    <message>
        <source>批量改时限…</source>
        <translation>Change deadline…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+D</source>
        <translation>Ctrl+Shift+D</translation>
    </message>
    <message>
        <source>视图(&amp;V)</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>Ctrl+%1</source>
        <translation>Ctrl+%1</translation>
    </message>
    <message>
        <source>搜索</source>
        <translation>Search</translation>
    </message>
    <message>
        <source>全部逾期问题</source>
        <translation>All overdue findings</translation>
    </message>
    <message>
        <source>Ctrl+Shift+O</source>
        <translation>Ctrl+Shift+O</translation>
    </message>
    <message>
        <source>逾期和即将到期</source>
        <translation>Overdue and due soon</translation>
    </message>
    <message>
        <source>时限提醒…</source>
        <translation>Deadline reminder…</translation>
    </message>
    <message>
        <source>时限提醒设置…</source>
        <translation>Deadline reminders…</translation>
    </message>
    <message>
        <source>账号与角色…</source>
        <translation>Accounts and roles…</translation>
    </message>
    <message>
        <source>修改我的密码…</source>
        <translation>Change my password…</translation>
    </message>
    <message>
        <source>修改我的密码</source>
        <translation>Change my password</translation>
    </message>
    <message>
        <source>密码已修改</source>
        <translation>Password changed</translation>
    </message>
    <message>
        <source>整改进度</source>
        <translation>Progress</translation>
    </message>
    <message>
        <source>演示模式</source>
        <translation>Presentation</translation>
    </message>
    <message>
        <source>F11</source>
        <translation>F11</translation>
    </message>
    <message>
        <source>整改进度 — 演示</source>
        <translation>Rectification progress — presentation</translation>
    </message>
    <message>
        <source>导出整改情况通报…</source>
        <translation>Export the rectification bulletin…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+B</source>
        <translation>Ctrl+Shift+B</translation>
    </message>
    <message>
        <source>导出整改情况通报</source>
        <translation>Export the rectification bulletin</translation>
    </message>
    <message>
        <source>请先在左侧选择一次巡察。</source>
        <translation>Select an inspection on the left first.</translation>
    </message>
    <message>
        <source>备份与恢复…</source>
        <translation>Backups and restore…</translation>
    </message>
    <message>
        <source>已从备份恢复</source>
        <translation>Restored from backup</translation>
    </message>
    <message>
        <source>台账已从备份恢复。程序将重新启动，打开恢复后的台账。</source>
        <translation>The ledger was restored from a backup. The program starts again and opens the restored ledger.</translation>
    </message>
    <message>
        <source>数据库文件已损坏</source>
        <translation>The database file is damaged</translation>
    </message>
    <message>
        <source>检查发现这个台账文件已损坏，部分内容可能读不出来：
%1

请不要继续修改，从最近的备份恢复。</source>
        <translation>The check found this ledger file damaged; some of its content may not be readable:
%1

Do not make further changes; restore it from the latest backup.</translation>
    </message>
    <message>
        <source>稍后</source>
        <translation>Later</translation>
    </message>
    <message>
        <source>自动备份没有完成：%1</source>
        <translation>The automatic backup did not finish: %1</translation>
    </message>
    <message>
        <source>已自动备份到 %1</source>
        <translation>Backed up automatically to %1</translation>
    </message>
    <message>
        <source>只读</source>
        <translation>Read-only</translation>
    </message>
    <message>
        <source>修改记录被改写过</source>
        <translation>History rewritten</translation>
    </message>
    <message>
        <source>请在“备份与恢复”中做完整检查，必要时从修改之前的备份恢复。</source>
        <translation>Run a full check in &quot;Backups and restore&quot; and, if needed, restore from a backup made before the change.</translation>
    </message>
    <message>
        <source>台账需要核对</source>
        <translation>The ledger needs checking</translation>
    </message>
    <message>
        <source>新密码（至少 8 个字符）：</source>
        <translation>New password (at least 8 characters):</translation>
    </message>
    <message>
        <source>整改台账 — 服务器 %1</source>
        <translation>Rectrack — server %1</translation>
    </message>
    <message>
        <source>服务器上的台账：%1</source>
        <translation>Ledger on the server: %1</translation>
    </message>
    <message>
        <source>台账文件：%1</source>
        <translation>Ledger file: %1</translation>
    </message>
    <message>
        <source>与服务器的连接断开，正在重连…</source>
        <translation>Connection to the server lost, reconnecting…</translation>
    </message>
    <message>
        <source>已重新连接服务器</source>
        <translation>Reconnected to the server</translation>
    </message>
    <message>
        <source>其他人修改了台账，已更新</source>
        <translation>Someone else changed the ledger; updated</translation>
    </message>
    <message>
        <source>连接服务器</source>
        <translation>Connect to a server</translation>
    </message>
    <message>
        <source>无法启动新的程序窗口：%1</source>
        <translation>Cannot start the new program window: %1</translation>
    </message>
    <message>
        <source>连接服务器…</source>
        <translation>Connect to a server…</translation>
    </message>
    <message>
        <source>导入通报、台账或填报表…</source>
        <translation>Import bulletin, ledger or form…</translation>
    </message>
    <message>
        <source>导出进展填报表…</source>
        <translation>Export progress forms…</translation>
    </message>
    <message>
        <source>导出整改方案任务分解表</source>
        <translation>Export the task table</translation>
    </message>
    <message>
        <source>整改任务分解表</source>
        <translation>Task table</translation>
    </message>
    <message>
        <source>Word 表格（问题单元格合并）(*.docx);;Excel 工作簿 (*.xlsx);;PDF 表格 (*.pdf);;CSV (*.csv)</source>
        <translation>Word table (problem cells merged) (*.docx);;Excel workbook (*.xlsx);;PDF table (*.pdf);;CSV (*.csv)</translation>
    </message>
    <message>
        <source>请用 .docx、.xlsx、.pdf 或 .csv 作为文件扩展名</source>
        <translation>Use .docx, .xlsx, .pdf or .csv as the file&apos;s extension</translation>
    </message>
    <message>
        <source>已导出整改任务分解表：%1</source>
        <translation>Task table exported: %1</translation>
    </message>
    <message>
        <source>导出失败</source>
        <translation>Export failed</translation>
    </message>
    <message>
        <source>导出整改方案任务分解表…</source>
        <translation>Export the task table…</translation>
    </message>
</context>
<context>
    <name>rectrack::ui::MeasureForm</name>
    <message>
        <source>所属问题</source>
        <translation>Finding</translation>
    </message>
    <message>
        <source>措施内容</source>
        <translation>Measure</translation>
    </message>
    <message>
        <source>责任单位</source>
        <translation>Responsible unit</translation>
    </message>
    <message>
        <source>责任人</source>
        <translation>Responsible person</translation>
    </message>
    <message>
        <source>整改时限</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <source>整改状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>完成日期</source>
        <translation>Completed on</translation>
    </message>
    <message>
        <source>&lt;h3&gt;整改措施&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;Measure&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>（未指定）</source>
        <translation>(not set)</translation>
    </message>
    <message>
        <source>无法保存</source>
        <translation>Cannot save</translation>
    </message>
    <message>
        <source>金额应为数字，单位万元，最多六位小数。</source>
        <translation>Sums are numbers in ten-thousand yuan, with at most six decimals.</translation>
    </message>
</context>
<context>
    <name>rectrack::ui::NotesPanel</name>
    <message>
        <source>添加</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>删除</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>填报人</source>
        <translation>Author</translation>
    </message>
    <message>
        <source>进展情况</source>
        <translation>Progress</translation>
    </message>
    <message>
        <source>记录新的进展（回车添加）</source>
        <translation>Log new progress (Enter to add)</translation>
    </message>
    <message>
        <source>删除进展情况</source>
        <translation>Delete progress note</translation>
    </message>
    <message>
        <source>删除这条进展情况？删除会记入修改记录。</source>
        <translation>Delete this progress note? The deletion is kept in the history.</translation>
    </message>
</context>
<context>
    <name>rectrack::ui::OfficialFormatEditor</name>
    <message>
        <source>公文格式（可选，空着的不印）</source>
        <translation>Official format (optional; empty parts are left out)</translation>
    </message>
    <message>
        <source>6位数字，如 000012</source>
        <translation>six digits, e.g. 000012</translation>
    </message>
    <message>
        <source>份号</source>
        <translation>Copy number</translation>
    </message>
    <message>
        <source>密级和保密期限</source>
        <translation>Classification</translation>
    </message>
    <message>
        <source>紧急程度</source>
        <translation>Urgency</translation>
    </message>
    <message>
        <source>红头，如 中共××局党组文件</source>
        <translation>the red head, e.g. 中共××局党组文件</translation>
    </message>
    <message>
        <source>发文机关标志</source>
        <translation>Issuing body&apos;s mark</translation>
    </message>
    <message>
        <source>如 ××党〔2025〕3号</source>
        <translation>e.g. ××党〔2025〕3号</translation>
    </message>
    <message>
        <source>发文字号</source>
        <translation>Document number</translation>
    </message>
    <message>
        <source>上报的文件才写</source>
        <translation>only for a report to a superior</translation>
    </message>
    <message>
        <source>签发人</source>
        <translation>Signed off by</translation>
    </message>
    <message>
        <source>如 县委巡察办</source>
        <translation>e.g. 县委巡察办</translation>
    </message>
    <message>
        <source>主送机关</source>
        <translation>Addressee</translation>
    </message>
    <message>
        <source>每行一个附件名称</source>
        <translation>one attachment name per line</translation>
    </message>
    <message>
        <source>附件</source>
        <translation>Attachments</translation>
    </message>
    <message>
        <source>加盖印章（留出印章位置，成文日期右空四字）</source>
        <translation>Sealed (the seal&apos;s place kept clear, the date four characters from the right)</translation>
    </message>
    <message>
        <source>成文日期用汉字（二〇二五年六月十六日）</source>
        <translation>Date in Chinese numerals (二〇二五年六月十六日)</translation>
    </message>
    <message>
        <source>版记：抄送机关，用逗号分隔</source>
        <translation>record: bodies copied, separated by commas</translation>
    </message>
    <message>
        <source>抄送</source>
        <translation>Copies to</translation>
    </message>
    <message>
        <source>版记：印发机关</source>
        <translation>record: printed by</translation>
    </message>
    <message>
        <source>印发机关</source>
        <translation>Printed by</translation>
    </message>
    <message>
        <source>不写</source>
        <translation>none</translation>
    </message>
    <message>
        <source>印发日期</source>
        <translation>Printing date</translation>
    </message>
</context>
<context>
    <name>rectrack::ui::OpenProblemDialog</name>
    <message>
        <source>无法打开台账</source>
        <translation>Cannot open the ledger</translation>
    </message>
    <message>
        <source>无法打开台账文件 %1：

%2</source>
        <translation>Cannot open the ledger file %1:

%2</translation>
    </message>
    <message>
        <source>可以从下面的备份恢复这个台账。损坏的文件不会被覆盖，而是改名另存在同一文件夹中（.damaged-时间）。</source>
        <translation>You can restore this ledger from one of the backups below. The damaged file is not overwritten: it is renamed and kept in the same folder (.damaged-time).</translation>
    </message>
    <message>
        <source>从所选备份恢复</source>
        <translation>Restore the selected backup</translation>
    </message>
    <message>
        <source>从其他备份文件恢复…</source>
        <translation>Restore from another backup file…</translation>
    </message>
    <message>
        <source>打开其他台账…</source>
        <translation>Open another ledger…</translation>
    </message>
    <message>
        <source>新建台账…</source>
        <translation>New ledger…</translation>
    </message>
    <message>
        <source>重试</source>
        <translation>Try again</translation>
    </message>
    <message>
        <source>退出</source>
        <translation>Quit</translation>
    </message>
    <message>
        <source>打开台账</source>
        <translation>Open a ledger</translation>
    </message>
    <message>
        <source>整改台账 (*.sqlite);;所有文件 (*)</source>
        <translation>Rectrack ledgers (*.sqlite);;All files (*)</translation>
    </message>
    <message>
        <source>新建台账</source>
        <translation>New ledger</translation>
    </message>
    <message>
        <source>整改台账.sqlite</source>
        <translation>ledger.sqlite</translation>
    </message>
    <message>
        <source>整改台账 (*.sqlite)</source>
        <translation>Rectrack ledgers (*.sqlite)</translation>
    </message>
    <message>
        <source>正在检查备份并恢复…</source>
        <translation>Checking the backup and restoring…</translation>
    </message>
    <message>
        <source>已从 %1 恢复台账，内容与备份核对一致。
原来的文件保存在 %2。</source>
        <translation>The ledger was restored from %1; its content matches the backup.
The previous file is kept at %2.</translation>
    </message>
    <message>
        <source>没有恢复：%1</source>
        <translation>Not restored: %1</translation>
    </message>
    <message>
        <source>%1 已经存在。新建台账请选一个新的文件名；要打开它，请用“打开其他台账”。</source>
        <translation>%1 already exists. Choose a new file name for a new ledger; to open it, use “Open another ledger”.</translation>
    </message>
</context>
<context>
    <name>rectrack::ui::ProgressFormsDialog</name>
    <message>
        <source>导出进展填报表</source>
        <translation>Export progress forms</translation>
    </message>
    <message>
        <source>每个责任单位一份 Excel 填报表，列出该单位未完成的整改措施。单位只能填写“本次进展”“整改状态”和“完成日期”。交回的填报表用“文件 → 导入”（或直接拖进窗口）导入，预览后作为修改记入台账，可撤销。</source>
        <translation>One Excel form per responsible unit, listing its open measures. The unit can fill in only the progress, the status and the completion date. Import a returned form with File → Import (or drop it on the window): after a preview its changes go into the ledger as edits, which can be undone.</translation>
    </message>
    <message>
        <source>全部单位（每个单位一份，存入文件夹）</source>
        <translation>All units (one form each, into a folder)</translation>
    </message>
    <message>
        <source>责任单位：</source>
        <translation>Responsible unit:</translation>
    </message>
    <message>
        <source>只含当前巡察：%1</source>
        <translation>Only the open inspection: %1</translation>
    </message>
    <message>
        <source>只含当前巡察（未选巡察）</source>
        <translation>Only the open inspection (none selected)</translation>
    </message>
    <message>
        <source>范围：</source>
        <translation>Scope:</translation>
    </message>
    <message>
        <source>导出…</source>
        <translation>Export…</translation>
    </message>
    <message>
        <source>没有单位有未完成的整改措施，不需要填报表。</source>
        <translation>No unit has open measures: no forms are needed.</translation>
    </message>
    <message>
        <source>保存进展填报表</source>
        <translation>Save progress form</translation>
    </message>
    <message>
        <source>Excel 工作簿 (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <source>选择存放各单位填报表的文件夹</source>
        <translation>Choose the folder for the units&apos; forms</translation>
    </message>
    <message>
        <source>已导出：%1</source>
        <translation>Exported: %1</translation>
    </message>
    <message>
        <source>已导出 %1 份填报表到 %2</source>
        <translation>Exported %1 forms to %2</translation>
    </message>
    <message>
        <source>无法导出</source>
        <translation>Cannot export</translation>
    </message>
</context>
<context>
    <name>rectrack::ui::ReadingPanel</name>
    <message>
        <source>“一、”级标题</source>
        <translation>Headings numbered “一、”</translation>
    </message>
    <message>
        <source>“（一）”级标题</source>
        <translation>Headings numbered “（一）”</translation>
    </message>
    <message>
        <source>“反馈问题一：”</source>
        <translation>“反馈问题一：” items</translation>
    </message>
    <message>
        <source>“1.”级标题</source>
        <translation>Headings numbered “1.”</translation>
    </message>
    <message>
        <source>“（1）”级标题</source>
        <translation>Headings numbered “（1）”</translation>
    </message>
    <message>
        <source>无</source>
        <translation>None</translation>
    </message>
    <message>
        <source>恢复自动识别</source>
        <translation>Back to automatic reading</translation>
    </message>
    <message>
        <source>通报中哪一级标题是一个个问题；其下一级视为整改措施</source>
        <translation>Which level of headings the individual problems are at; the level below is read as their measures</translation>
    </message>
    <message>
        <source>哪一级标题是问题类别（方面）</source>
        <translation>Which level of headings the categories (areas) are at</translation>
    </message>
    <message>
        <source>问题所在：</source>
        <translation>Problems at:</translation>
    </message>
    <message>
        <source>类别所在：</source>
        <translation>Categories at:</translation>
    </message>
    <message>
        <source>自动识别</source>
        <translation>Automatic</translation>
    </message>
    <message>
        <source>自动识别（%1）</source>
        <translation>Automatic (%1)</translation>
    </message>
    <message>
        <source>没有类别</source>
        <translation>No categories</translation>
    </message>
    <message>
        <source>手工标记 %1 处</source>
        <translation>%1 marked by hand</translation>
    </message>
</context>
<context>
    <name>rectrack::ui::RecordForm</name>
    <message>
        <source>保存</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>保存修改 (Ctrl+S)</source>
        <translation>Save changes (Ctrl+S)</translation>
    </message>
    <message>
        <source>还原</source>
        <translation>Revert</translation>
    </message>
</context>
<context>
    <name>rectrack::ui::ResponsibilityPanel</name>
    <message>
        <source>当前巡察</source>
        <translation>This inspection</translation>
    </message>
    <message>
        <source>当前轮次</source>
        <translation>This round</translation>
    </message>
    <message>
        <source>全部巡察</source>
        <translation>All inspections</translation>
    </message>
    <message>
        <source>按责任单位</source>
        <translation>By responsible unit</translation>
    </message>
    <message>
        <source>按责任领导和责任人</source>
        <translation>By leader and responsible person</translation>
    </message>
    <message>
        <source>逾期多、完成率低的排在前面；双击查看其任务清单。</source>
        <translation>Most overdue and least complete first; double-click to see their tasks.</translation>
    </message>
    <message>
        <source>责任领导 / 责任人</source>
        <translation>Leader / responsible person</translation>
    </message>
    <message>
        <source>责任单位</source>
        <translation>Responsible unit</translation>
    </message>
    <message>
        <source>负责问题</source>
        <translation>Findings</translation>
    </message>
    <message>
        <source>已完成</source>
        <translation>Completed</translation>
    </message>
    <message>
        <source>逾期问题</source>
        <translation>Overdue findings</translation>
    </message>
    <message>
        <source>完成率</source>
        <translation>Completion</translation>
    </message>
    <message>
        <source>整改措施</source>
        <translation>Measure</translation>
    </message>
    <message>
        <source>已完成措施</source>
        <translation>Measures completed</translation>
    </message>
    <message>
        <source>逾期措施</source>
        <translation>Overdue measures</translation>
    </message>
    <message>
        <source>正在统计…</source>
        <translation>Counting…</translation>
    </message>
    <message>
        <source>导出…</source>
        <translation>Export…</translation>
    </message>
</context>
<context>
    <name>rectrack::ui::ResultsEditor</name>
    <message>
        <source>量化成效</source>
        <translation>Quantified results</translation>
    </message>
    <message>
        <source>每行一个制度名称</source>
        <translation>One rule title per line</translation>
    </message>
    <message>
        <source>万元，如 948.191724</source>
        <translation>ten-thousand yuan, e.g. 948.191724</translation>
    </message>
    <message>
        <source>制定制度（个）</source>
        <translation>Rules made</translation>
    </message>
    <message>
        <source>制度名称</source>
        <translation>Rule titles</translation>
    </message>
    <message>
        <source>挽回经济损失（万元）</source>
        <translation>Losses recovered (10k yuan)</translation>
    </message>
    <message>
        <source>问责（人）</source>
        <translation>People held accountable</translation>
    </message>
    <message>
        <source>清退资金（万元）</source>
        <translation>Funds returned (10k yuan)</translation>
    </message>
</context>
<context>
    <name>rectrack::ui::RoundForm</name>
    <message>
        <source>如：十三届市委第六轮巡察</source>
        <translation>e.g. 6th round of the 13th city committee</translation>
    </message>
    <message>
        <source>如：省委、市委、县委</source>
        <translation>e.g. province, city, county</translation>
    </message>
    <message>
        <source>未填</source>
        <translation>not set</translation>
    </message>
    <message>
        <source>&lt;h3&gt;巡视巡察轮次&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;Inspection round&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>轮次名称</source>
        <translation>Round</translation>
    </message>
    <message>
        <source>类型</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>层级</source>
        <translation>Level</translation>
    </message>
    <message>
        <source>年度</source>
        <translation>Year</translation>
    </message>
</context>
<context>
    <name>rectrack::ui::SignInDialog</name>
    <message>
        <source>登录整改台账</source>
        <translation>Sign in to Rectrack</translation>
    </message>
    <message>
        <source>登录</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <source>数据库：%1</source>
        <translation>Database: %1</translation>
    </message>
    <message>
        <source>用户名</source>
        <translation>User name</translation>
    </message>
    <message>
        <source>密码</source>
        <translation>Password</translation>
    </message>
</context>
<context>
    <name>rectrack::ui::SignOffPanel</name>
    <message>
        <source>申请销号</source>
        <translation>Request sign-off</translation>
    </message>
    <message>
        <source>审核通过</source>
        <translation>Approve</translation>
    </message>
    <message>
        <source>退回…</source>
        <translation>Return…</translation>
    </message>
    <message>
        <source>回头看…</source>
        <translation>Follow-up review…</translation>
    </message>
    <message>
        <source>申请延期…</source>
        <translation>Request extension…</translation>
    </message>
    <message>
        <source>时间</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>事项</source>
        <translation>Event</translation>
    </message>
    <message>
        <source>经办人</source>
        <translation>By</translation>
    </message>
    <message>
        <source>说明</source>
        <translation>Comment</translation>
    </message>
    <message>
        <source>销号状态：&lt;b&gt;%1&lt;/b&gt;</source>
        <translation>Sign-off: &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&#x3000;&lt;span style=&apos;color:#c62828&apos;&gt;&lt;b&gt;已重新打开&lt;/b&gt;（回头看发现反弹）&lt;/span&gt;</source>
        <translation>  &lt;span style=&apos;color:#c62828&apos;&gt;&lt;b&gt;Reopened&lt;/b&gt; (the follow-up review found it rebounded)&lt;/span&gt;</translation>
    </message>
    <message>
        <source>&lt;br&gt;整改完成后才能申请销号。</source>
        <translation>&lt;br&gt;Sign-off can be requested once the rectification is complete.</translation>
    </message>
    <message>
        <source>审核通过，已销号</source>
        <translation>Approved, signed off</translation>
    </message>
    <message>
        <source>退回</source>
        <translation>Returned</translation>
    </message>
    <message>
        <source>回头看：巩固</source>
        <translation>Follow-up: holding</translation>
    </message>
    <message>
        <source>回头看：反弹，重新整改</source>
        <translation>Follow-up: rebounded, reopened</translation>
    </message>
    <message>
        <source>延期%1：%2 → %3</source>
        <translation>Extension%1: %2 → %3</translation>
    </message>
    <message>
        <source>（措施）</source>
        <translation> (measure)</translation>
    </message>
    <message>
        <source>申请对账销号</source>
        <translation>request sign-off</translation>
    </message>
    <message>
        <source>已附佐证材料 %1 份。申请说明：</source>
        <translation>%1 evidence files attached. Comment:</translation>
    </message>
    <message>
        <source>经核查，同意销号</source>
        <translation>Checked; sign-off approved</translation>
    </message>
    <message>
        <source>退回销号申请</source>
        <translation>Return the sign-off request</translation>
    </message>
    <message>
        <source>退回理由（必填）：</source>
        <translation>Reason for returning (required):</translation>
    </message>
    <message>
        <source>巩固：整改成果保持</source>
        <translation>Holding: the rectification lasts</translation>
    </message>
    <message>
        <source>反弹：重新整改</source>
        <translation>Rebounded: reopen</translation>
    </message>
    <message>
        <source>回头看</source>
        <translation>Follow-up review</translation>
    </message>
    <message>
        <source>回头看结论：</source>
        <translation>Follow-up result:</translation>
    </message>
    <message>
        <source>反弹情况（必填）：</source>
        <translation>What rebounded (required):</translation>
    </message>
    <message>
        <source>说明：</source>
        <translation>Comment:</translation>
    </message>
    <message>
        <source>整改措施申请延期</source>
        <translation>Extend a measure&apos;s deadline</translation>
    </message>
    <message>
        <source>问题申请延期</source>
        <translation>Extend a finding&apos;s deadline</translation>
    </message>
    <message>
        <source>原整改时限</source>
        <translation>Current deadline</translation>
    </message>
    <message>
        <source>新整改时限</source>
        <translation>New deadline</translation>
    </message>
    <message>
        <source>延期理由</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>请先在“佐证材料”中上传整改佐证，再申请销号。</source>
        <translation>Attach the evidence in the “Evidence” tab first, then request sign-off.</translation>
    </message>
</context>
<context>
    <name>rectrack::ui::StatedResultsEditor</name>
    <message>
        <source>通报所称</source>
        <translation>as the bulletin states</translation>
    </message>
    <message>
        <source>数字</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>通报中写明的总数和量化成效；空白表示通报没有写。仪表盘和导出的通报使用这些数字，除非各问题登记的成效合计更大</source>
        <translation>The totals and quantified results the bulletin states; blank where it states none. The dashboard and the exported bulletin use these figures unless the results recorded on the findings add up to more</translation>
    </message>
    <message>
        <source>通报原文：%1</source>
        <translation>The bulletin’s words: %1</translation>
    </message>
</context>
<context>
    <name>rectrack::ui::UnitsDialog</name>
    <message>
        <source>单位与人员</source>
        <translation>Units and people</translation>
    </message>
    <message>
        <source>单位</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>职务</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>所在单位</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>责任单位</source>
        <translation>Responsible unit</translation>
    </message>
    <message>
        <source>添加单位…</source>
        <translation>Add unit…</translation>
    </message>
    <message>
        <source>添加下级…</source>
        <translation>Add sub-unit…</translation>
    </message>
    <message>
        <source>重命名…</source>
        <translation>Rename…</translation>
    </message>
    <message>
        <source>删除</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>人员</source>
        <translation>People</translation>
    </message>
    <message>
        <source>添加人员…</source>
        <translation>Add person…</translation>
    </message>
    <message>
        <source>编辑…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <source>添加单位</source>
        <translation>Add unit</translation>
    </message>
    <message>
        <source>单位名称：</source>
        <translation>Unit name:</translation>
    </message>
    <message>
        <source>重命名单位</source>
        <translation>Rename unit</translation>
    </message>
    <message>
        <source>删除单位</source>
        <translation>Delete unit</translation>
    </message>
    <message>
        <source>删除“%1”？引用它的问题和措施会变为未指定单位。</source>
        <translation>Delete &quot;%1&quot;? Findings and measures that name it will have no unit.</translation>
    </message>
    <message>
        <source>编辑人员</source>
        <translation>Edit person</translation>
    </message>
    <message>
        <source>添加人员</source>
        <translation>Add person</translation>
    </message>
    <message>
        <source>（未指定）</source>
        <translation>(not set)</translation>
    </message>
    <message>
        <source>删除人员</source>
        <translation>Delete person</translation>
    </message>
    <message>
        <source>删除“%1”？</source>
        <translation>Delete &quot;%1&quot;?</translation>
    </message>
</context>
<context>
    <name>rectrack::ui::WelcomePage</name>
    <message>
        <source>&lt;h1&gt;整改台账&lt;/h1&gt;</source>
        <translation>&lt;h1&gt;Rectrack&lt;/h1&gt;</translation>
    </message>
    <message>
        <source>这里还没有任何巡察。&lt;br&gt;新建一个巡察，录入反馈问题、整改措施、责任单位和整改时限；&lt;br&gt;或者先载入一个虚构的示例巡察，看看台账是什么样子。</source>
        <translation>There are no inspections yet.&lt;br&gt;Create one and enter its findings, measures, responsible units and deadlines;&lt;br&gt;or load a fictional sample inspection to see what a ledger looks like.</translation>
    </message>
    <message>
        <source>新建巡察</source>
        <translation>New inspection</translation>
    </message>
    <message>
        <source>载入示例数据</source>
        <translation>Load sample data</translation>
    </message>
</context>
</TS>
