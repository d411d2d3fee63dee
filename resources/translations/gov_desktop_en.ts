<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="zh_CN">
<context>
    <name></name>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/register/file_dialogs.py" line="22"/>
        <source>Excel 工作簿 (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/register/file_dialogs.py" line="26"/>
        <source>Excel 文件 (*.xlsx *.xls);;所有文件 (*)</source>
        <translation>Excel files (*.xlsx *.xls);;All files (*)</translation>
    </message>
</context>
<context>
    <name>AcceptRequestDialog</name>
    <message>
        <location filename="../../src/gov_desktop/ui/dialogs/service_forms.py" line="42"/>
        <source>受理办件</source>
        <translation>Accept a request</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/dialogs/service_forms.py" line="52"/>
        <source>申请人（在册）</source>
        <translation>Applicant (registered)</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/dialogs/service_forms.py" line="56"/>
        <source>不在本乡镇登记的申请人，直接填写姓名</source>
        <translation>Applicant not registered here: type the name</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/dialogs/service_forms.py" line="57"/>
        <source>申请人姓名</source>
        <translation>Applicant&apos;s name</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/dialogs/service_forms.py" line="61"/>
        <source>所属乡镇</source>
        <translation>Township</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/dialogs/service_forms.py" line="67"/>
        <source>服务窗口</source>
        <translation>Window</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/dialogs/service_forms.py" line="71"/>
        <source>服务事项</source>
        <translation>Matter</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/dialogs/service_forms.py" line="78"/>
        <source>已收材料</source>
        <translation>Materials received</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/dialogs/service_forms.py" line="82"/>
        <source>受理方式</source>
        <translation>Channel</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/dialogs/service_forms.py" line="87"/>
        <source>备注</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/dialogs/service_forms.py" line="140"/>
        <source>承诺{0}个工作日内办结</source>
        <translation>Promised within {0} working days</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/dialogs/service_forms.py" line="142"/>
        <source>（需转县级办理）</source>
        <translation> (handled by the county)</translation>
    </message>
</context>
<context>
    <name>AddUserDialog</name>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/settings_page/users_tab.py" line="44"/>
        <source>添加用户</source>
        <translation>Add user</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/settings_page/users_tab.py" line="65"/>
        <source>用户名</source>
        <translation>User name</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/settings_page/users_tab.py" line="66"/>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/settings_page/users_tab.py" line="67"/>
        <source>角色</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/settings_page/users_tab.py" line="68"/>
        <source>乡镇代码</source>
        <translation>Township code</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/settings_page/users_tab.py" line="69"/>
        <source>初始密码</source>
        <translation>Initial password</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/settings_page/users_tab.py" line="70"/>
        <source>再次输入</source>
        <translation>Again</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/settings_page/users_tab.py" line="97"/>
        <source>两次输入的密码不一致</source>
        <translation>The two passwords differ</translation>
    </message>
</context>
<context>
    <name>AdminPage</name>
    <message>
        <location filename="../../src/gov_desktop/ui/dialogs/first_run.py" line="101"/>
        <source>管理员账号</source>
        <translation>Administrator account</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/dialogs/first_run.py" line="102"/>
        <source>管理员可以添加其他用户、管理网格和备份数据。请牢记密码。</source>
        <translation>The administrator adds users, manages grids and backs the data up. Remember the password.</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/dialogs/first_run.py" line="118"/>
        <source>用户名</source>
        <translation>User name</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/dialogs/first_run.py" line="119"/>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/dialogs/first_run.py" line="120"/>
        <source>密码</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/dialogs/first_run.py" line="121"/>
        <source>再次输入密码</source>
        <translation>Password again</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/dialogs/first_run.py" line="122"/>
        <source>密码至少8位，且须同时包含字母和数字</source>
        <translation>At least 8 characters, with letters and digits</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/dialogs/first_run.py" line="138"/>
        <source>两次输入的密码不一致</source>
        <translation>The two passwords differ</translation>
    </message>
</context>
<context>
    <name>AppealFormDialog</name>
    <message>
        <location filename="../../src/gov_desktop/ui/dialogs/visit_appeal_forms.py" line="159"/>
        <source>登记群众诉求</source>
        <translation>Record an appeal</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/dialogs/visit_appeal_forms.py" line="166"/>
        <source>类别</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/dialogs/visit_appeal_forms.py" line="170"/>
        <source>诉求分类</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/dialogs/visit_appeal_forms.py" line="172"/>
        <source>诉求内容</source>
        <translation>Content</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/dialogs/visit_appeal_forms.py" line="175"/>
        <source>提出诉求的户</source>
        <translation>Household</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/dialogs/visit_appeal_forms.py" line="179"/>
        <source>所属乡镇（不选户时）</source>
        <translation>Township (when no household)</translation>
    </message>
</context>
<context>
    <name>AppealHistoryModel</name>
    <message>
        <location filename="../../src/gov_desktop/ui/models/household_history.py" line="110"/>
        <source>提出日期</source>
        <translation>Raised</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/models/household_history.py" line="111"/>
        <source>类别</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/models/household_history.py" line="112"/>
        <source>分类</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/models/household_history.py" line="113"/>
        <source>内容</source>
        <translation>Content</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/models/household_history.py" line="114"/>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/models/household_history.py" line="115"/>
        <source>承办单位</source>
        <translation>Assigned to</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/models/household_history.py" line="116"/>
        <source>回音壁</source>
        <translation>Feedback</translation>
    </message>
</context>
<context>
    <name>AppealListModel</name>
    <message>
        <location filename="../../src/gov_desktop/ui/models/appeals.py" line="34"/>
        <source>类别</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/models/appeals.py" line="35"/>
        <source>诉求内容</source>
        <translation>Content</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/models/appeals.py" line="36"/>
        <source>诉求分类</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/models/appeals.py" line="37"/>
        <source>户号</source>
        <translation>Household no.</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/models/appeals.py" line="38"/>
        <source>群众</source>
        <translation>Resident</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/models/appeals.py" line="39"/>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/models/appeals.py" line="40"/>
        <source>承办单位</source>
        <translation>Assigned to</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/models/appeals.py" line="41"/>
        <source>征集时间</source>
        <translation>Collected</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/models/appeals.py" line="42"/>
        <source>办结时间</source>
        <translation>Closed</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/models/appeals.py" line="43"/>
        <source>回音壁</source>
        <translation>Feedback</translation>
    </message>
</context>
<context>
    <name>AppealsPage</name>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/appeals.py" line="27"/>
        <source>未办结</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/appeals.py" line="28"/>
        <source>全部状态</source>
        <translation>Any status</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/appeals.py" line="42"/>
        <source>群众诉求 · 微心愿与问题墙</source>
        <translation>Appeals · Micro-wishes and Problems</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/appeals.py" line="51"/>
        <source>微心愿和问题</source>
        <translation>Wishes and problems</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/appeals.py" line="61"/>
        <source>登记诉求</source>
        <translation>Record an appeal</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/appeals.py" line="65"/>
        <source>派单…</source>
        <translation>Dispatch…</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/appeals.py" line="68"/>
        <source>办结…</source>
        <translation>Complete…</translation>
    </message>
</context>
<context>
    <name>BackupListModel</name>
    <message>
        <location filename="../../src/gov_desktop/ui/models/admin_rows.py" line="60"/>
        <source>每日/手动备份</source>
        <translation>Daily / manual</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/models/admin_rows.py" line="61"/>
        <source>升级前自动备份</source>
        <translation>Before upgrade</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/models/admin_rows.py" line="62"/>
        <source>恢复前自动备份</source>
        <translation>Before restore</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/models/admin_rows.py" line="63"/>
        <source>手动备份</source>
        <translation>Manual</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/models/admin_rows.py" line="76"/>
        <source>备份时间</source>
        <translation>Made</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/models/admin_rows.py" line="77"/>
        <source>类型</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/models/admin_rows.py" line="78"/>
        <source>大小</source>
        <translation>Size</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/models/admin_rows.py" line="79"/>
        <source>文件</source>
        <translation>File</translation>
    </message>
</context>
<context>
    <name>BackupsTab</name>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/settings_page/backups_tab.py" line="47"/>
        <source>每天第一次启动时自动备份，保留最近7份。备份文件已加密，只能在本机（或用密钥备份文件）恢复。</source>
        <translation>A backup is made at the first start of each day; the last 7 are kept. Backups are encrypted and restore only on this computer (or with the key backup).</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/settings_page/backups_tab.py" line="54"/>
        <source>立即备份</source>
        <translation>Back up now</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/settings_page/backups_tab.py" line="57"/>
        <source>从所选备份恢复…</source>
        <translation>Restore the selected backup…</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/settings_page/backups_tab.py" line="75"/>
        <source>数据库密钥备份</source>
        <translation>Database key backup</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/settings_page/backups_tab.py" line="79"/>
        <source>电脑重装或密钥环丢失时，需要用密钥备份文件和口令才能打开数据。请导出并妥善保管。</source>
        <translation>If the computer is reinstalled or its keyring lost, the data opens only with the key backup and its passphrase. Export it and keep it safe.</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/settings_page/backups_tab.py" line="84"/>
        <source>导出密钥备份…</source>
        <translation>Export key backup…</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/settings_page/backups_tab.py" line="105"/>
        <source>密钥保存在系统密钥环（{0}）中。</source>
        <translation>The key is kept in the system keyring ({0}).</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/settings_page/backups_tab.py" line="110"/>
        <source>警告：本机没有可用的系统密钥环，数据库密钥保存在用户目录下的明文文件（{0}）中，拷走该文件和数据库即可读取数据。请先导出密钥备份；启用系统密钥环（如 GNOME 密钥环）后，用“gov-desktop key restore”把密钥移入其中。</source>
        <translation>Warning: this computer has no system keyring, so the database key is kept in a plain file in the user&apos;s folder ({0}). Whoever copies that file and the database can read the data. Export a key backup first; once a system keyring (such as GNOME Keyring) is enabled, move the key into it with “gov-desktop key restore”.</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/settings_page/backups_tab.py" line="141"/>
        <source>已备份到 {0}</source>
        <translation>Backed up to {0}</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/settings_page/backups_tab.py" line="156"/>
        <source>从备份恢复</source>
        <translation>Restore from backup</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/settings_page/backups_tab.py" line="158"/>
        <source>将把数据恢复到 {0} 的备份。

恢复前会先自动备份当前数据（类型为“恢复前自动备份”），如需撤销，可再从那份备份恢复。恢复后需要重新登录；此后尚未同步的修改以备份中的为准。

确定要恢复吗？</source>
        <translation>The data will be restored to the backup of {0}.

The current data is backed up first (as “before restore”), so you can undo by restoring that backup. You will sign in again afterwards; unsynced changes will be as in the backup.

Restore now?</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/settings_page/backups_tab.py" line="178"/>
        <source>未能先备份当前数据，没有恢复：{0}</source>
        <translation>Could not back up the current data first, so nothing was restored: {0}</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/settings_page/backups_tab.py" line="187"/>
        <source>导出密钥备份</source>
        <translation>Export key backup</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/settings_page/backups_tab.py" line="188"/>
        <source>设置一个口令（至少8位，含字母和数字）。恢复时需要它：</source>
        <translation>Choose a passphrase (8+ characters, letters and digits). You need it to restore:</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/settings_page/backups_tab.py" line="195"/>
        <source>保存密钥备份</source>
        <translation>Save key backup</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/settings_page/backups_tab.py" line="197"/>
        <source>密钥备份 (*.json)</source>
        <translation>Key backup (*.json)</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/settings_page/backups_tab.py" line="203"/>
        <source>密钥备份已保存到 {0}，请与数据分开保管。</source>
        <translation>Key backup saved to {0}; keep it apart from the data.</translation>
    </message>
</context>
<context>
    <name>BatchListModel</name>
    <message>
        <location filename="../../src/gov_desktop/ui/models/sync_rows.py" line="212"/>
        <source>待发送</source>
        <translation>To send</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/models/sync_rows.py" line="213"/>
        <source>已确认</source>
        <translation>Acknowledged</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/models/sync_rows.py" line="214"/>
        <source>已写入同步文件</source>
        <translation>In a sync file</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/models/sync_rows.py" line="229"/>
        <source>打包时间</source>
        <translation>Made</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/models/sync_rows.py" line="230"/>
        <source>修改条数</source>
        <translation>Changes</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/models/sync_rows.py" line="231"/>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/models/sync_rows.py" line="232"/>
        <source>发送次数</source>
        <translation>Attempts</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/models/sync_rows.py" line="233"/>
        <source>确认时间</source>
        <translation>Acknowledged at</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/models/sync_rows.py" line="234"/>
        <source>最近错误</source>
        <translation>Last error</translation>
    </message>
</context>
<context>
    <name>ChoicePage</name>
    <message>
        <location filename="../../src/gov_desktop/ui/dialogs/first_run.py" line="59"/>
        <source>欢迎使用</source>
        <translation>Welcome</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/dialogs/first_run.py" line="60"/>
        <source>本机还没有用户。请选择本机的用途。</source>
        <translation>This computer has no users yet. What is it for?</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/dialogs/first_run.py" line="62"/>
        <source>乡镇使用：本乡镇的便民服务大厅和网格管理</source>
        <translation>A township office: this township&apos;s service hall and grid management</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/dialogs/first_run.py" line="64"/>
        <source>县级使用：查看和管理全县各乡镇的数据</source>
        <translation>The county office: see and manage every township&apos;s data</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/dialogs/first_run.py" line="66"/>
        <source>先看看：打开演示县（模拟数据，可随意操作）</source>
        <translation>Just looking: open the demo county (simulated data, try anything)</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/dialogs/first_run.py" line="85"/>
        <source>打开演示县</source>
        <translation>Open the demo county</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/dialogs/first_run.py" line="85"/>
        <source>下一步</source>
        <translation>Next</translation>
    </message>
</context>
<context>
    <name>CloseRequestDialog</name>
    <message>
        <location filename="../../src/gov_desktop/ui/dialogs/service_forms.py" line="191"/>
        <source>退回办件</source>
        <translation>Return the request</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/dialogs/service_forms.py" line="191"/>
        <source>办结办件</source>
        <translation>Complete the request</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/dialogs/service_forms.py" line="198"/>
        <source>办件</source>
        <translation>Request</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/dialogs/service_forms.py" line="203"/>
        <source>退回原因</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/dialogs/service_forms.py" line="203"/>
        <source>办理结果</source>
        <translation>Result</translation>
    </message>
</context>
<context>
    <name>ConflictListModel</name>
    <message>
        <location filename="../../src/gov_desktop/ui/models/sync_rows.py" line="47"/>
        <source>数据</source>
        <translation>Record</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/models/sync_rows.py" line="48"/>
        <source>字段</source>
        <translation>Field</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/models/sync_rows.py" line="49"/>
        <source>本机的值</source>
        <translation>This device&apos;s value</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/models/sync_rows.py" line="50"/>
        <source>对方的值</source>
        <translation>The other value</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/models/sync_rows.py" line="51"/>
        <source>现在的值</source>
        <translation>Now</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/models/sync_rows.py" line="52"/>
        <source>本机修改</source>
        <translation>Changed here</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/models/sync_rows.py" line="53"/>
        <source>对方修改</source>
        <translation>Changed there</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/models/sync_rows.py" line="54"/>
        <source>发现时间</source>
        <translation>Found</translation>
    </message>
</context>
<context>
    <name>ConflictsTab</name>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/sync_page/conflicts_tab.py" line="46"/>
        <source>两台设备同时修改了同一项数据。请逐条确认保留哪个值；未处理的冲突不影响其他数据的同步。</source>
        <translation>Two devices changed the same item at the same time. Choose which value to keep, one by one; open conflicts do not hold up the rest of the sync.</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/sync_page/conflicts_tab.py" line="57"/>
        <source>本机的值</source>
        <translation>This device&apos;s value</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/sync_page/conflicts_tab.py" line="58"/>
        <source>对方的值</source>
        <translation>The other value</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/sync_page/conflicts_tab.py" line="84"/>
        <source>保留本机的值</source>
        <translation>Keep mine</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/sync_page/conflicts_tab.py" line="87"/>
        <source>采用对方的值</source>
        <translation>Take theirs</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/sync_page/conflicts_tab.py" line="90"/>
        <source>改为…</source>
        <translation>Change to…</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/sync_page/conflicts_tab.py" line="128"/>
        <source>没有待处理的冲突</source>
        <translation>No conflicts to resolve</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/sync_page/conflicts_tab.py" line="132"/>
        <location filename="../../src/gov_desktop/ui/pages/sync_page/conflicts_tab.py" line="134"/>
        <source>{0} 于 {1}</source>
        <translation>{0} at {1}</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/sync_page/conflicts_tab.py" line="137"/>
        <source>{0}的“{1}”，现在的值：{2}</source>
        <translation>{0}, “{1}”; now: {2}</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/sync_page/conflicts_tab.py" line="150"/>
        <source>改为新值</source>
        <translation>Change to a new value</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/sync_page/conflicts_tab.py" line="151"/>
        <source>“{0}”的正确值：</source>
        <translation>The right value of “{0}”:</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/sync_page/conflicts_tab.py" line="174"/>
        <source>无法处理</source>
        <translation>Cannot resolve</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/dashboard.py" line="76"/>
        <source>在办件</source>
        <extracomment>(key, caption, page to open, colour of the number when not zero)</extracomment>
        <translation>Open requests</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/dashboard.py" line="77"/>
        <source>超期未办结</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/dashboard.py" line="78"/>
        <source>走访待跟进</source>
        <translation>Visit follow-ups due</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/dashboard.py" line="79"/>
        <source>诉求待派单</source>
        <translation>Appeals to dispatch</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/dashboard.py" line="80"/>
        <source>诉求待反馈</source>
        <translation>Appeals awaiting feedback</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/dashboard.py" line="81"/>
        <source>近30天走访</source>
        <translation>Visits, last 30 days</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/dashboard.py" line="82"/>
        <source>户数</source>
        <translation>Households</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/dashboard.py" line="83"/>
        <source>在册人口</source>
        <translation>Registered residents</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/dashboard.py" line="154"/>
        <source>常用操作</source>
        <extracomment>&quot;page&quot; or &quot;page:action&quot; (the main window shows the page and runs the action)</extracomment>
        <translation>Everyday tasks</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/dashboard.py" line="162"/>
        <source>查找居民</source>
        <translation>Find a resident</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/dashboard.py" line="163"/>
        <source>受理办件</source>
        <translation>Accept a request</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/dashboard.py" line="164"/>
        <source>登记走访</source>
        <translation>Record a visit</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/dashboard.py" line="165"/>
        <source>登记诉求</source>
        <translation>Record an appeal</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/dashboard.py" line="166"/>
        <source>统计报表</source>
        <translation>Reports</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/dashboard.py" line="179"/>
        <source>立即同步</source>
        <translation>Sync now</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/dashboard.py" line="203"/>
        <source>全县</source>
        <translation>Whole county</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/dashboard.py" line="204"/>
        <source>工作台 · {0} · 今天 {1}</source>
        <translation>Dashboard · {0} · today {1}</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/dashboard.py" line="220"/>
        <source>本机尚未登记到县级服务器：数据只保存在本机。可在“数据同步”页登记，或用U盘传递同步文件。</source>
        <translation>This computer is not enrolled with the county server: the data stays on this computer. Enrol on the Sync page, or carry sync files on a USB stick.</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/dashboard.py" line="226"/>
        <source>从未</source>
        <translation>Never</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/dashboard.py" line="228"/>
        <source>上次同步：{0}；待上传 {1} 条修改</source>
        <translation>Last sync: {0}; {1} change(s) to send</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/dashboard.py" line="230"/>
        <source>；{0} 处冲突待处理</source>
        <translation>; {0} conflict(s) to resolve</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/dashboard.py" line="232"/>
        <source>；{0} 条修改被服务器拒绝</source>
        <translation>; {0} change(s) refused by the server</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/dashboard.py" line="234"/>
        <source>上次同步未完成：{0}</source>
        <translation>The last sync did not finish: {0}</translation>
    </message>
</context>
<context>
    <name>DispatchDialog</name>
    <message>
        <location filename="../../src/gov_desktop/ui/dialogs/visit_appeal_forms.py" line="216"/>
        <source>派单</source>
        <translation>Dispatch</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/dialogs/visit_appeal_forms.py" line="220"/>
        <source>诉求</source>
        <translation>Appeal</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/dialogs/visit_appeal_forms.py" line="223"/>
        <source>承办单位</source>
        <translation>Assigned to</translation>
    </message>
</context>
<context>
    <name>EnrolForm</name>
    <message>
        <location filename="../../src/gov_desktop/ui/widgets/enrol_form.py" line="43"/>
        <source>县级管理员给的一次性登记码</source>
        <extracomment>sync error codes → the field they are about</extracomment>
        <translation>One-time code from the county administrator</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/widgets/enrol_form.py" line="46"/>
        <source>可不填：服务器使用自签名证书时选择其CA证书</source>
        <translation>Optional: the CA certificate when the server&apos;s certificate is self-signed</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/widgets/enrol_form.py" line="47"/>
        <source>浏览…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/widgets/enrol_form.py" line="54"/>
        <source>允许明文HTTP连接（仅限内网测试）</source>
        <translation>Allow plain HTTP (local testing only)</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/widgets/enrol_form.py" line="56"/>
        <source>服务器地址</source>
        <translation>Server address</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/widgets/enrol_form.py" line="57"/>
        <source>登记码</source>
        <translation>Enrolment code</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/widgets/enrol_form.py" line="58"/>
        <source>CA证书</source>
        <translation>CA certificate</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/widgets/enrol_form.py" line="64"/>
        <source>选择CA证书</source>
        <translation>Choose the CA certificate</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/widgets/enrol_form.py" line="64"/>
        <source>证书 (*.pem *.crt *.cer);;所有文件 (*)</source>
        <translation>Certificates (*.pem *.crt *.cer);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/widgets/enrol_form.py" line="82"/>
        <source>请填写服务器地址</source>
        <translation>Enter the server address</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/widgets/enrol_form.py" line="84"/>
        <source>请填写登记码</source>
        <translation>Enter the enrolment code</translation>
    </message>
</context>
<context>
    <name>EnrolPage</name>
    <message>
        <location filename="../../src/gov_desktop/ui/dialogs/first_run.py" line="174"/>
        <source>登记到县级服务器（可以以后再做）</source>
        <translation>Enrol with the county server (can be done later)</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/dialogs/first_run.py" line="176"/>
        <source>登记后本机的数据会自动与县级服务器同步。没有网络时可以跳过，以后在“数据同步”页登记。</source>
        <translation>Once enrolled, this computer syncs with the county server by itself. Without a network, skip this and enrol later on the Sync page.</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/dialogs/first_run.py" line="179"/>
        <source>现在登记</source>
        <translation>Enrol now</translation>
    </message>
</context>
<context>
    <name>EnrolTab</name>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/sync_page/enrol_usb_tab.py" line="40"/>
        <source>向县级管理员索取一次性登记码（服务器上运行 gov-desktop-server enroll），填写后点击“登记”。</source>
        <translation>Ask the county administrator for a one-time code (gov-desktop-server enroll on the server), enter it and click Enrol.</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/sync_page/enrol_usb_tab.py" line="50"/>
        <location filename="../../src/gov_desktop/ui/pages/sync_page/enrol_usb_tab.py" line="82"/>
        <location filename="../../src/gov_desktop/ui/pages/sync_page/enrol_usb_tab.py" line="88"/>
        <source>登记</source>
        <translation>Enrol</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/sync_page/enrol_usb_tab.py" line="64"/>
        <source>本机已登记：{0}，设备号 {1}，登记时间 {2}。重新登记会换用新的登记码。</source>
        <translation>Enrolled with {0} as device {1} on {2}. Enrolling again uses a new code.</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/sync_page/enrol_usb_tab.py" line="71"/>
        <source>本机尚未登记。</source>
        <translation>This computer is not enrolled.</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/sync_page/enrol_usb_tab.py" line="78"/>
        <source>正在登记…</source>
        <translation>Enrolling…</translation>
    </message>
</context>
<context>
    <name>FeedbackDialog</name>
    <message>
        <location filename="../../src/gov_desktop/ui/dialogs/visit_appeal_forms.py" line="247"/>
        <source>诉求办结</source>
        <translation>Close the appeal</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/dialogs/visit_appeal_forms.py" line="251"/>
        <source>诉求</source>
        <translation>Appeal</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/dialogs/visit_appeal_forms.py" line="253"/>
        <source>回音壁反馈</source>
        <translation>Feedback</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/register/filters.py" line="40"/>
        <location filename="../../src/gov_desktop/ui/pages/register/filters.py" line="98"/>
        <source>全部乡镇</source>
        <translation>All townships</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/register/filters.py" line="47"/>
        <location filename="../../src/gov_desktop/ui/pages/register/filters.py" line="118"/>
        <source>全部村（居）</source>
        <translation>All villages</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/register/filters.py" line="53"/>
        <location filename="../../src/gov_desktop/ui/pages/register/filters.py" line="130"/>
        <source>全部网格</source>
        <translation>All grids</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/register/filters.py" line="69"/>
        <source>人员状态</source>
        <translation>Resident status</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/register/filters.py" line="75"/>
        <source>全部状态</source>
        <translation>Any status</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/register/filters.py" line="80"/>
        <source>清除筛选</source>
        <translation>Clear filters</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/register/filters.py" line="156"/>
        <source>户类别：{0}</source>
        <translation>Household types: {0}</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/register/filters.py" line="156"/>
        <source>户类别：不限</source>
        <translation>Household types: any</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <location filename="../../src/gov_desktop/ui/dialogs/first_run.py" line="206"/>
        <source>首次使用设置</source>
        <translation>First-time setup</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/dialogs/first_run.py" line="217"/>
        <source>下一步</source>
        <translation>Next</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/dialogs/first_run.py" line="218"/>
        <source>上一步</source>
        <translation>Back</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/dialogs/first_run.py" line="219"/>
        <source>完成</source>
        <translation>Finish</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/dialogs/first_run.py" line="220"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>FormDialog</name>
    <message>
        <location filename="../../src/gov_desktop/ui/widgets/forms.py" line="221"/>
        <source>保存</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/widgets/forms.py" line="222"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>GeneralTab</name>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/settings_page/general_tab.py" line="39"/>
        <source>界面语言</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/settings_page/general_tab.py" line="51"/>
        <source>同步</source>
        <translation>Sync</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/settings_page/general_tab.py" line="56"/>
        <source> 分钟</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/settings_page/general_tab.py" line="61"/>
        <source>自动同步间隔（重新启动后生效）</source>
        <translation>Automatic sync every (after a restart)</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/settings_page/general_tab.py" line="66"/>
        <source>允许明文HTTP连接（仅限内网测试）</source>
        <translation>Allow plain HTTP (local testing only)</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/settings_page/general_tab.py" line="67"/>
        <source>县级服务器地址</source>
        <translation>County server address</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/settings_page/general_tab.py" line="68"/>
        <source>CA证书文件</source>
        <translation>CA certificate file</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/settings_page/general_tab.py" line="73"/>
        <source>保存服务器设置</source>
        <translation>Save server settings</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/settings_page/general_tab.py" line="82"/>
        <source>数据位置</source>
        <translation>Where the data is</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/settings_page/general_tab.py" line="84"/>
        <source>数据库</source>
        <translation>Database</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/settings_page/general_tab.py" line="85"/>
        <source>日志</source>
        <translation>Logs</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/settings_page/general_tab.py" line="132"/>
        <source>已保存。</source>
        <translation>Saved.</translation>
    </message>
</context>
<context>
    <name>GridDialog</name>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/grids/dialogs.py" line="67"/>
        <source>修改网格</source>
        <translation>Edit grid</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/grids/dialogs.py" line="67"/>
        <source>新建网格</source>
        <translation>New grid</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/grids/dialogs.py" line="70"/>
        <source>编码*</source>
        <translation>Code*</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/grids/dialogs.py" line="71"/>
        <source>名称*</source>
        <translation>Name*</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/grids/dialogs.py" line="72"/>
        <source>类别</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/grids/dialogs.py" line="74"/>
        <source>警务站片区</source>
        <translation>Police area</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/grids/dialogs.py" line="75"/>
        <source>村（居）</source>
        <translation>Village</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/grids/dialogs.py" line="76"/>
        <source>（未指定）</source>
        <translation>(not set)</translation>
    </message>
</context>
<context>
    <name>GridEditor</name>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/grids/editing.py" line="59"/>
        <source>将 {0} 移出本网格的工作人员？</source>
        <translation>Remove {0} from the staff of this grid?</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/grids/editing.py" line="77"/>
        <source>将户号 {0} 移出双联户“{1}”？</source>
        <translation>Remove household no. {0} from the joint-household group “{1}”?</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/grids/editing.py" line="92"/>
        <source>结束 {0} 对户号 {1} 的包户？</source>
        <translation>End the party duty of {0} for household no. {1}?</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/grids/editing.py" line="125"/>
        <source>网格管理</source>
        <translation>Grids</translation>
    </message>
</context>
<context>
    <name>GridListModel</name>
    <message>
        <location filename="../../src/gov_desktop/ui/models/grids.py" line="40"/>
        <source>网格</source>
        <translation>Grid</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/models/grids.py" line="41"/>
        <source>类别</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/models/grids.py" line="42"/>
        <source>村（居）</source>
        <translation>Village</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/models/grids.py" line="43"/>
        <source>警务站片区</source>
        <translation>Police area</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/models/grids.py" line="44"/>
        <source>户数</source>
        <translation>Households</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/models/grids.py" line="45"/>
        <source>工作人员</source>
        <translation>Staff</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/models/grids.py" line="46"/>
        <source>双联户</source>
        <translation>Joint-household groups</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/models/grids.py" line="47"/>
        <source>编码</source>
        <translation>Code</translation>
    </message>
</context>
<context>
    <name>GridStaffModel</name>
    <message>
        <location filename="../../src/gov_desktop/ui/models/grids.py" line="20"/>
        <source>中共党员</source>
        <translation>CPC member</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/models/grids.py" line="80"/>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/models/grids.py" line="81"/>
        <source>职责</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/models/grids.py" line="82"/>
        <source>政治面貌</source>
        <translation>Party membership</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/models/grids.py" line="83"/>
        <source>联系电话</source>
        <translation>Phone</translation>
    </message>
</context>
<context>
    <name>GridsPage</name>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/grids/page.py" line="80"/>
        <source>新建网格</source>
        <translation>New grid</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/grids/page.py" line="81"/>
        <source>修改网格</source>
        <translation>Edit grid</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/grids/page.py" line="82"/>
        <location filename="../../src/gov_desktop/ui/pages/grids/page.py" line="136"/>
        <source>修改记录</source>
        <translation>Change history</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/grids/page.py" line="143"/>
        <source>导出…</source>
        <translation>Export…</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/grids/page.py" line="83"/>
        <source>网格</source>
        <translation>Grid</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/grids/page.py" line="101"/>
        <source>工作人员</source>
        <translation>Staff</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/grids/page.py" line="102"/>
        <location filename="../../src/gov_desktop/ui/pages/grids/page.py" line="188"/>
        <source>双联户</source>
        <translation>Joint-household groups</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/grids/page.py" line="103"/>
        <location filename="../../src/gov_desktop/ui/pages/grids/page.py" line="207"/>
        <source>党员包户</source>
        <translation>Party duty</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/grids/page.py" line="104"/>
        <location filename="../../src/gov_desktop/ui/pages/grids/page.py" line="239"/>
        <source>文明户评星</source>
        <translation>Civilized-household rating</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/grids/page.py" line="144"/>
        <source>打印…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/grids/page.py" line="159"/>
        <source>添加</source>
        <translation>Add</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/grids/page.py" line="160"/>
        <source>修改</source>
        <translation>Edit</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/grids/page.py" line="161"/>
        <source>移除</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/grids/page.py" line="165"/>
        <source>网格工作人员</source>
        <translation>Grid staff</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/grids/page.py" line="173"/>
        <source>所选双联户的户：</source>
        <translation>Households in the selected group:</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/grids/page.py" line="182"/>
        <source>新建双联户</source>
        <translation>New joint-household group</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/grids/page.py" line="183"/>
        <source>添加户</source>
        <translation>Add household</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/grids/page.py" line="184"/>
        <source>移出所选户</source>
        <translation>Remove selected household</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/grids/page.py" line="198"/>
        <source>新增包户</source>
        <translation>New party duty</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/grids/page.py" line="199"/>
        <source>结束包户</source>
        <translation>End party duty</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/grids/page.py" line="205"/>
        <source>{0} 包户 {1}</source>
        <translation>{0} looking after household {1}</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/grids/page.py" line="215"/>
        <source>年度</source>
        <translation>Year</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/grids/page.py" line="220"/>
        <source>{0}年</source>
        <translation>{0}</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/grids/page.py" line="230"/>
        <source>评星</source>
        <translation>Rate</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/grids/page.py" line="231"/>
        <source>修改评星</source>
        <translation>Edit rating</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/grids/page.py" line="237"/>
        <source>{0} 户 {1}年评星</source>
        <translation>Household {0}, stars for {1}</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/grids/page.py" line="277"/>
        <source>还没有网格</source>
        <translation>No grids yet</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/grids/page.py" line="295"/>
        <source>{0}&#x3000;{1}&#x3000;{2}&#x3000;户数 {3}&#x3000;工作人员 {4}（党员 {5}）&#x3000;双联户 {6}</source>
        <translation>{0}   {1}   {2}   Households: {3}   Staff: {4} (party members: {5})   Joint-household groups: {6}</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/grids/page.py" line="316"/>
        <source>{0}：{1} 户评星，共 {2} 颗星</source>
        <translation>{0}: {1} household(s) rated, {2} star(s) in all</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/grids/page.py" line="357"/>
        <source>网格管理</source>
        <translation>Grids</translation>
    </message>
</context>
<context>
    <name>GroupHouseholdDialog</name>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/grids/dialogs.py" line="172"/>
        <source>加入双联户：{0}</source>
        <translation>Add to joint-household group: {0}</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/grids/dialogs.py" line="177"/>
        <source>户</source>
        <translation>Household</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/grids/dialogs.py" line="179"/>
        <source>设为联户长户（其户主任联户长）</source>
        <translation>Make it the head household (its head becomes the joint-group head)</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <location filename="../../src/gov_desktop/ui/dialogs/history.py" line="75"/>
        <source>修改记录 — {0}</source>
        <extracomment>referenced ids shown by name: field -&gt; how to name it</extracomment>
        <translation>Change history — {0}</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/dialogs/history.py" line="77"/>
        <source>正在读取…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/dialogs/history.py" line="94"/>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/dialogs/history.py" line="117"/>
        <source>共 {0} 次修改，{1} 处字段变化，含其他设备同步来的修改。</source>
        <translation>{0} changes, {1} field changes, including changes synced from other devices.</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/dialogs/history.py" line="122"/>
        <source>这条记录还没有修改记录（它随整库数据到达本机，此后没有修改过）。</source>
        <translation>This record has no changes yet (it arrived with a full copy of the data and has not been changed since).</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <location filename="../../src/gov_desktop/ui/models/history.py" line="51"/>
        <source>新增</source>
        <extracomment>fields whose values are enum codes (or sets of codes) derived or bookkeeping fields not shown</extracomment>
        <translation>Added</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/models/history.py" line="52"/>
        <source>修改</source>
        <translation>Changed</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/models/history.py" line="53"/>
        <source>删除</source>
        <translation>Deleted</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/models/history.py" line="59"/>
        <source>是</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/models/history.py" line="60"/>
        <source>否</source>
        <translation>No</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/models/history.py" line="117"/>
        <source>已删除</source>
        <translation>Deleted</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/models/history.py" line="119"/>
        <source>恢复</source>
        <translation>Restored</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/models/history.py" line="159"/>
        <source>时间</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/models/history.py" line="160"/>
        <source>修改人</source>
        <translation>By</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/models/history.py" line="161"/>
        <source>操作</source>
        <translation>Operation</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/models/history.py" line="162"/>
        <source>字段</source>
        <translation>Field</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/models/history.py" line="163"/>
        <source>原值</source>
        <translation>Before</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/models/history.py" line="164"/>
        <source>新值</source>
        <translation>After</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/models/history.py" line="165"/>
        <source>已同步</source>
        <translation>Synced</translation>
    </message>
</context>
<context>
    <name>HouseholdDialog</name>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/register/household_view.py" line="95"/>
        <source>户详情</source>
        <translation>Household details</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/register/household_view.py" line="99"/>
        <source>基本情况</source>
        <translation>Overview</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/register/household_view.py" line="107"/>
        <source>户号</source>
        <translation>Household no.</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/register/household_view.py" line="108"/>
        <source>户主</source>
        <translation>Head</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/register/household_view.py" line="109"/>
        <source>村（居）/网格</source>
        <translation>Village / grid</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/register/household_view.py" line="110"/>
        <source>联系电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/register/household_view.py" line="111"/>
        <source>住址</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/register/household_view.py" line="112"/>
        <source>双联户</source>
        <translation>Joint-household groups</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/register/household_view.py" line="113"/>
        <source>包户党员</source>
        <translation>Party members on duty</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/register/household_view.py" line="115"/>
        <source>：</source>
        <translation>:</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/register/household_view.py" line="125"/>
        <source>户类别</source>
        <translation>Household types</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/register/household_view.py" line="142"/>
        <source>家庭成员</source>
        <translation>Family members</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/register/household_view.py" line="151"/>
        <source>添加成员</source>
        <translation>Add member</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/register/household_view.py" line="152"/>
        <source>修改</source>
        <translation>Edit</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/register/household_view.py" line="153"/>
        <source>设为户主</source>
        <translation>Make head</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/register/household_view.py" line="154"/>
        <source>迁往他户…</source>
        <translation>Move to another household…</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/register/household_view.py" line="155"/>
        <source>登记迁出…</source>
        <translation>Record moving out…</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/register/household_view.py" line="156"/>
        <source>登记死亡…</source>
        <translation>Record death…</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/register/household_view.py" line="157"/>
        <source>修改记录</source>
        <translation>Change history</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/register/household_view.py" line="185"/>
        <source>修改户信息</source>
        <translation>Edit household</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/register/household_view.py" line="190"/>
        <source>户的修改记录</source>
        <translation>Household change history</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/register/household_view.py" line="198"/>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/register/household_view.py" line="228"/>
        <source>户号 {0}</source>
        <translation>Household no. {0}</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/register/household_view.py" line="232"/>
        <source>找不到这一户（可能已被删除）</source>
        <translation>Household not found (it may have been deleted)</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/register/household_view.py" line="239"/>
        <source>户详情 — 户号 {0}</source>
        <translation>Household details — no. {0}</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/register/household_view.py" line="241"/>
        <source>（未设户主）</source>
        <translation>(no head set)</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/register/household_view.py" line="247"/>
        <source>未加入双联户</source>
        <translation>Not in a joint-household group</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/register/household_view.py" line="249"/>
        <source>（党员）</source>
        <translation> (party member)</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/register/household_view.py" line="251"/>
        <source>{0}（联户长：{1}，共 {2} 户）</source>
        <translation>{0} (joint-group head: {1}; {2} household(s))</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/register/household_view.py" line="256"/>
        <source>无</source>
        <translation>None</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/register/household_view.py" line="270"/>
        <source>走访记录</source>
        <translation>Home Visits</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/register/household_view.py" line="271"/>
        <source>办件记录</source>
        <translation>Requests</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/register/household_view.py" line="272"/>
        <source>文明户评星</source>
        <translation>Civilized-household rating</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/register/household_view.py" line="273"/>
        <source>群众诉求</source>
        <translation>Appeals</translation>
    </message>
</context>
<context>
    <name>HouseholdFormDialog</name>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/register/household_form.py" line="63"/>
        <source>修改户信息</source>
        <translation>Edit household</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/register/household_form.py" line="63"/>
        <source>新建户</source>
        <translation>New household</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/register/household_form.py" line="72"/>
        <source>户号*</source>
        <translation>Household no.*</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/register/household_form.py" line="77"/>
        <source>住址</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/register/household_form.py" line="81"/>
        <location filename="../../src/gov_desktop/ui/pages/register/household_form.py" line="148"/>
        <source>（未指定）</source>
        <translation>(not set)</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/register/household_form.py" line="84"/>
        <source>村（居）</source>
        <translation>Village</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/register/household_form.py" line="88"/>
        <source>网格</source>
        <translation>Grid</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/register/household_form.py" line="94"/>
        <source>联系电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/register/household_form.py" line="100"/>
        <source>备注</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/register/household_form.py" line="111"/>
        <source>户类别</source>
        <translation>Household types</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/register/household_form.py" line="115"/>
        <source>保存</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/register/household_form.py" line="117"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>HouseholdListModel</name>
    <message>
        <location filename="../../src/gov_desktop/ui/models/households.py" line="31"/>
        <source>户号</source>
        <translation>Household no.</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/models/households.py" line="32"/>
        <source>户主</source>
        <translation>Head</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/models/households.py" line="33"/>
        <source>户主身份证号</source>
        <translation>Head&apos;s ID number</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/models/households.py" line="34"/>
        <source>人数</source>
        <translation>Members</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/models/households.py" line="35"/>
        <source>村（居）</source>
        <translation>Village</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/models/households.py" line="36"/>
        <source>网格</source>
        <translation>Grid</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/models/households.py" line="37"/>
        <source>住址</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/models/households.py" line="38"/>
        <source>联系电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/models/households.py" line="39"/>
        <source>户类别</source>
        <translation>Household types</translation>
    </message>
</context>
<context>
    <name>IndicatorModel</name>
    <message>
        <location filename="../../src/gov_desktop/ui/models/indicators.py" line="52"/>
        <source>指标</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/models/indicators.py" line="52"/>
        <source>数值</source>
        <translation>Value</translation>
    </message>
</context>
<context>
    <name>JointGroupDialog</name>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/grids/dialogs.py" line="150"/>
        <source>新建双联户</source>
        <translation>New joint-household group</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/grids/dialogs.py" line="153"/>
        <source>名称*</source>
        <translation>Name*</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/grids/dialogs.py" line="156"/>
        <source>联户长户</source>
        <translation>Head household</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/grids/dialogs.py" line="157"/>
        <source>联户长默认为联户长户的户主。</source>
        <translation>The joint-group head is by default the head of the head household.</translation>
    </message>
</context>
<context>
    <name>JointGroupModel</name>
    <message>
        <location filename="../../src/gov_desktop/ui/models/grids.py" line="111"/>
        <source>双联户</source>
        <translation>Joint-household groups</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/models/grids.py" line="112"/>
        <source>网格</source>
        <translation>Grid</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/models/grids.py" line="113"/>
        <source>联户长户</source>
        <translation>Head household</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/models/grids.py" line="114"/>
        <source>联户长</source>
        <translation>Joint-group head</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/models/grids.py" line="115"/>
        <source>户数</source>
        <translation>Households</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/models/grids.py" line="129"/>
        <source>（党员）</source>
        <translation> (party member)</translation>
    </message>
</context>
<context>
    <name>Launcher</name>
    <message>
        <location filename="../../src/gov_desktop/app.py" line="96"/>
        <source>正在准备演示县数据（首次使用需要一两分钟）…</source>
        <translation>Preparing the demo county (a minute or two the first time)…</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/app.py" line="96"/>
        <source>正在打开数据…</source>
        <translation>Opening the data…</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/app.py" line="171"/>
        <source>数据库无法打开：{0}</source>
        <translation>The database cannot be opened: {0}</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/app.py" line="174"/>
        <source>无法打开数据</source>
        <translation>Cannot open the data</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/app.py" line="177"/>
        <source>数据文件：{0}
如本机密钥丢失，请用“gov-desktop key restore”从密钥备份恢复。</source>
        <translation>Data file: {0}
If this computer lost the key, restore it from the key backup with “gov-desktop key restore”.</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/app.py" line="208"/>
        <source>演示县（模拟数据）</source>
        <translation>Demo county (simulated data)</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/app.py" line="211"/>
        <source>县级</source>
        <translation>County</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/app.py" line="212"/>
        <source>乡镇代码 {0}</source>
        <translation>Township code {0}</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/app.py" line="225"/>
        <source>演示账号 {0} / {1}</source>
        <translation>Demo account {0} / {1}</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/app.py" line="314"/>
        <source>正在从备份恢复…</source>
        <translation>Restoring from the backup…</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/app.py" line="320"/>
        <source>已恢复</source>
        <translation>Restored</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/app.py" line="321"/>
        <source>已从备份恢复数据。恢复前的数据库已保存为：
{0}
请重新登录。</source>
        <translation>The data was restored from the backup. The database as it was before is kept as:
{0}
Please sign in again.</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/app.py" line="328"/>
        <source>恢复失败</source>
        <translation>Restore failed</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/app.py" line="343"/>
        <source>请稍候</source>
        <translation>Please wait</translation>
    </message>
</context>
<context>
    <name>ListExport</name>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/register/export.py" line="45"/>
        <source>导出到 Excel</source>
        <extracomment>how many rows there are, when known (the progress bar&apos;s end)</extracomment>
        <translation>Export to Excel</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/register/export.py" line="53"/>
        <source>正在导出“{0}”…</source>
        <translation>Exporting “{0}”…</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/register/export.py" line="55"/>
        <source>导出</source>
        <translation>Export</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/register/export.py" line="85"/>
        <source>正在导出“{0}”：{1} 行</source>
        <translation>Exporting “{0}”: {1} row(s)</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/register/export.py" line="99"/>
        <source>导出完成</source>
        <translation>Export finished</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/register/export.py" line="99"/>
        <source>已导出 {0} 行到
{1}</source>
        <translation>Exported {0} row(s) to
{1}</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/register/export.py" line="107"/>
        <source>导出失败</source>
        <translation>Export failed</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/register/export.py" line="107"/>
        <source>导出失败：{0}</source>
        <translation>Export failed: {0}</translation>
    </message>
</context>
<context>
    <name>ListPage</name>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/list_page.py" line="135"/>
        <source>导出…</source>
        <extracomment>rows read per query by an export table names whose changes reload the list QSettings key of the table&apos;s layout initial column widths (the user&apos;s own layout, once changed, is remembered instead) the table of the listed records, for their history (修改记录); &quot;&quot; for none no message boxes at the end of an export (tests) the filter drop-downs of the bar (``add_widget``)</extracomment>
        <translation>Export…</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/list_page.py" line="176"/>
        <source>打印…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/list_page.py" line="203"/>
        <source>修改记录</source>
        <translation>Change history</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/list_page.py" line="226"/>
        <source>正在读取…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/list_page.py" line="230"/>
        <source>，向下滚动加载更多</source>
        <translation>, scroll down for more</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/list_page.py" line="231"/>
        <source>显示 {0} 条{1}</source>
        <translation>Showing {0}{1}</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/list_page.py" line="235"/>
        <source>读取失败：{0}</source>
        <translation>Could not load: {0}</translation>
    </message>
</context>
<context>
    <name>ListPrint</name>
    <message>
        <location filename="../../src/gov_desktop/ui/list_print.py" line="80"/>
        <location filename="../../src/gov_desktop/ui/list_print.py" line="99"/>
        <source>打印</source>
        <extracomment>no message boxes at the end (tests, batch use) the preview dialog, open the list had more rows than may be printed (that many at least) a line under the heading: the filter or search the list was printed with</extracomment>
        <translation>Print</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/list_print.py" line="81"/>
        <source>这份名单超过 {0} 行，不宜打印。请先筛选，或导出到 Excel。</source>
        <translation>This list has more than {0} rows, too many to print. Narrow the filter first, or export it to Excel.</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/list_print.py" line="92"/>
        <source>打印“{0}”</source>
        <translation>Print “{0}”</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../src/gov_desktop/ui/main_window.py" line="331"/>
        <source>同步未完成：{0}</source>
        <translation>Sync did not finish: {0}</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/main_window.py" line="188"/>
        <location filename="../../src/gov_desktop/ui/main_window.py" line="339"/>
        <source>关于</source>
        <translation>About</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/main_window.py" line="182"/>
        <source>乡镇便民服务与网格化管理</source>
        <extracomment>a backup file to restore (the page asked the user already); the composition root closes and reopens the user closed the window (the composition root quits)</extracomment>
        <translation>Township Services and Grid Management</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/main_window.py" line="183"/>
        <source>同步</source>
        <translation>Sync</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/main_window.py" line="184"/>
        <source>立即与县级服务器同步（F5）</source>
        <translation>Sync with the county server now (F5)</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/main_window.py" line="185"/>
        <source>切换用户</source>
        <translation>Switch User</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/main_window.py" line="186"/>
        <source>注销</source>
        <translation>Sign Out</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/main_window.py" line="187"/>
        <source>退出</source>
        <translation>Quit</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/main_window.py" line="189"/>
        <source>快捷键</source>
        <translation>Keyboard shortcuts</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/main_window.py" line="190"/>
        <source>打开数据文件夹</source>
        <translation>Open Data Folder</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/main_window.py" line="191"/>
        <source>系统(&amp;S)</source>
        <translation>&amp;System</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/main_window.py" line="192"/>
        <source>转到(&amp;G)</source>
        <translation>&amp;Go</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/main_window.py" line="193"/>
        <source>帮助(&amp;H)</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/main_window.py" line="322"/>
        <source>同步完成：上传 {0} 条，下载 {1} 条</source>
        <translation>Sync finished: {0} sent, {1} received</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/main_window.py" line="324"/>
        <source>，{0} 处冲突待处理</source>
        <translation>, {0} conflict(s) to resolve</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/main_window.py" line="326"/>
        <source>，{0} 条修改被服务器拒绝</source>
        <translation>, {0} change(s) refused by the server</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/main_window.py" line="340"/>
        <source>乡镇便民服务与网格化管理 {0}
离线优先：没有网络也能正常使用，联网后自动同步。</source>
        <translation>Township Services and Grid Management {0}
Offline first: works without a network and syncs when a link is available.</translation>
    </message>
</context>
<context>
    <name>MemberListModel</name>
    <message>
        <location filename="../../src/gov_desktop/ui/models/households.py" line="86"/>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/models/households.py" line="87"/>
        <source>与户主关系</source>
        <translation>Relation to head</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/models/households.py" line="88"/>
        <source>性别</source>
        <translation>Gender</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/models/households.py" line="89"/>
        <source>身份证号</source>
        <translation>ID number</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/models/households.py" line="90"/>
        <source>出生日期</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/models/households.py" line="91"/>
        <source>联系电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/models/households.py" line="92"/>
        <source>状态</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>MovePersonDialog</name>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/register/move_person.py" line="40"/>
        <source>迁往其他户</source>
        <translation>Move to another household</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/register/move_person.py" line="43"/>
        <source>将 {0} 从户号 {1} 迁往：</source>
        <translation>Move {0} from household no. {1} to:</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/register/move_person.py" line="53"/>
        <source>迁入户</source>
        <translation>To household</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/register/move_person.py" line="56"/>
        <source>（保持不变）</source>
        <translation>(unchanged)</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/register/move_person.py" line="57"/>
        <source>与新户主关系</source>
        <translation>Relation to new head</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/register/move_person.py" line="60"/>
        <source>确认迁移</source>
        <translation>Move</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/register/move_person.py" line="63"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>Navigation</name>
    <message>
        <location filename="../../src/gov_desktop/ui/shell/navigation.py" line="61"/>
        <source>工作台</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/shell/navigation.py" line="68"/>
        <source>人口户籍</source>
        <translation>Residents</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/shell/navigation.py" line="75"/>
        <source>网格管理</source>
        <translation>Grids</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/shell/navigation.py" line="82"/>
        <source>便民服务</source>
        <translation>Service Hall</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/shell/navigation.py" line="89"/>
        <source>走访记录</source>
        <translation>Home Visits</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/shell/navigation.py" line="96"/>
        <source>群众诉求</source>
        <translation>Appeals</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/shell/navigation.py" line="103"/>
        <source>统计报表</source>
        <translation>Reports</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/shell/navigation.py" line="110"/>
        <source>数据同步</source>
        <translation>Sync</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/shell/navigation.py" line="117"/>
        <source>系统设置</source>
        <translation>Settings</translation>
    </message>
</context>
<context>
    <name>PartyDutyDialog</name>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/grids/dialogs.py" line="207"/>
        <source>新增党员包户</source>
        <translation>New party duty</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/grids/dialogs.py" line="211"/>
        <source>党员</source>
        <translation>Party member</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/grids/dialogs.py" line="214"/>
        <source>所包的户</source>
        <translation>Household</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/grids/dialogs.py" line="218"/>
        <source>包户内容</source>
        <translation>Duties</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/grids/dialogs.py" line="222"/>
        <source>开始日期</source>
        <translation>Start date</translation>
    </message>
</context>
<context>
    <name>PartyDutyModel</name>
    <message>
        <location filename="../../src/gov_desktop/ui/models/grids.py" line="155"/>
        <source>党员</source>
        <translation>Party member</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/models/grids.py" line="156"/>
        <source>包户户号</source>
        <translation>Household no.</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/models/grids.py" line="157"/>
        <source>户主</source>
        <translation>Head</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/models/grids.py" line="158"/>
        <source>包户内容</source>
        <translation>Duties</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/models/grids.py" line="159"/>
        <source>开始日期</source>
        <translation>Start date</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/settings_page/users_tab.py" line="121"/>
        <source>设置密码：{0}</source>
        <translation>Set password: {0}</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/settings_page/users_tab.py" line="124"/>
        <source>新密码</source>
        <translation>New password</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/settings_page/users_tab.py" line="125"/>
        <source>再次输入</source>
        <translation>Again</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/settings_page/users_tab.py" line="131"/>
        <source>两次输入的密码不一致</source>
        <translation>The two passwords differ</translation>
    </message>
</context>
<context>
    <name>PendingChangeModel</name>
    <message>
        <location filename="../../src/gov_desktop/ui/models/sync_rows.py" line="171"/>
        <source>新增</source>
        <translation>Added</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/models/sync_rows.py" line="172"/>
        <source>修改</source>
        <translation>Changed</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/models/sync_rows.py" line="173"/>
        <source>删除</source>
        <translation>Deleted</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/models/sync_rows.py" line="187"/>
        <source>时间</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/models/sync_rows.py" line="188"/>
        <source>数据</source>
        <translation>Record</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/models/sync_rows.py" line="189"/>
        <source>操作</source>
        <translation>Operation</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/models/sync_rows.py" line="190"/>
        <source>修改的字段</source>
        <translation>Fields</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/models/sync_rows.py" line="191"/>
        <source>修改人</source>
        <translation>By</translation>
    </message>
</context>
<context>
    <name>PersonFormDialog</name>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/register/person_form.py" line="79"/>
        <source>修改人员信息</source>
        <extracomment>ethnic groups listed first in the 民族 box (the county&apos;s own), then the rest of the 56</extracomment>
        <translation>Edit person</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/register/person_form.py" line="79"/>
        <source>登记人员</source>
        <translation>Register a person</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/register/person_form.py" line="94"/>
        <source>姓名*</source>
        <translation>Name*</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/register/person_form.py" line="99"/>
        <source>18位居民身份证号</source>
        <translation>18-digit resident ID number</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/register/person_form.py" line="107"/>
        <source>打开已登记的人员</source>
        <translation>Open the registered person</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/register/person_form.py" line="120"/>
        <source>身份证号</source>
        <translation>ID number</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/register/person_form.py" line="124"/>
        <source>（按身份证号）</source>
        <translation>(from the ID number)</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/register/person_form.py" line="125"/>
        <source>性别</source>
        <translation>Gender</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/register/person_form.py" line="129"/>
        <source>如 1985-03-02（有身份证号时自动填写）</source>
        <translation>e.g. 1985-03-02 (filled in from the ID number)</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/register/person_form.py" line="130"/>
        <source>出生日期</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/register/person_form.py" line="138"/>
        <source>民族</source>
        <translation>Ethnicity</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/register/person_form.py" line="143"/>
        <source>与户主关系</source>
        <translation>Relation to head</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/register/person_form.py" line="147"/>
        <source>手机号或带区号的固定电话</source>
        <translation>Mobile, or landline with area code</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/register/person_form.py" line="148"/>
        <source>联系电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/register/person_form.py" line="152"/>
        <source>藏文姓名</source>
        <translation>Name in Tibetan</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/register/person_form.py" line="154"/>
        <source>中共党员</source>
        <translation>CPC member</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/register/person_form.py" line="156"/>
        <source>政治面貌</source>
        <translation>Party membership</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/register/person_form.py" line="160"/>
        <source>所在党支部</source>
        <translation>Party branch</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/register/person_form.py" line="165"/>
        <source>文化程度</source>
        <translation>Education</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/register/person_form.py" line="169"/>
        <source>职业</source>
        <translation>Occupation</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/register/person_form.py" line="180"/>
        <source>特殊人群</source>
        <translation>Special groups</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/register/person_form.py" line="184"/>
        <source>保存</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/register/person_form.py" line="186"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/register/person_form.py" line="260"/>
        <source>出生日期 {0}，{1}</source>
        <translation>Born {0}, {1}</translation>
    </message>
</context>
<context>
    <name>PersonListModel</name>
    <message>
        <location filename="../../src/gov_desktop/ui/models/persons.py" line="36"/>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/models/persons.py" line="37"/>
        <source>性别</source>
        <translation>Gender</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/models/persons.py" line="38"/>
        <source>身份证号</source>
        <translation>ID number</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/models/persons.py" line="39"/>
        <source>出生日期</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/models/persons.py" line="40"/>
        <source>与户主关系</source>
        <translation>Relation to head</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/models/persons.py" line="41"/>
        <source>户号</source>
        <translation>Household no.</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/models/persons.py" line="42"/>
        <source>村（居）</source>
        <translation>Village</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/models/persons.py" line="43"/>
        <source>网格</source>
        <translation>Grid</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/models/persons.py" line="44"/>
        <source>联系电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/models/persons.py" line="45"/>
        <source>状态</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>PersonPicker</name>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/register/household_picker.py" line="140"/>
        <source>输入姓名、拼音首字母、身份证号或电话</source>
        <translation>Type a name, pinyin initials, ID number or phone</translation>
    </message>
</context>
<context>
    <name>PlaceholderPage</name>
    <message>
        <location filename="../../src/gov_desktop/ui/shell/navigation.py" line="133"/>
        <source>“{0}”功能正在建设中。</source>
        <translation>“{0}” is under construction.</translation>
    </message>
</context>
<context>
    <name>QuarantineListModel</name>
    <message>
        <location filename="../../src/gov_desktop/ui/models/sync_rows.py" line="85"/>
        <source>数据</source>
        <translation>Record</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/models/sync_rows.py" line="86"/>
        <source>字段</source>
        <translation>Field</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/models/sync_rows.py" line="87"/>
        <source>被拒绝的原因</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/models/sync_rows.py" line="88"/>
        <source>时间</source>
        <translation>Time</translation>
    </message>
</context>
<context>
    <name>QueueTab</name>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/sync_page/queue_tab.py" line="35"/>
        <source>被服务器拒绝的修改</source>
        <translation>Changes the server refused</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/sync_page/queue_tab.py" line="38"/>
        <source>重新发送</source>
        <translation>Send again</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/sync_page/queue_tab.py" line="40"/>
        <source>先在相应页面改正该记录，再重新发送</source>
        <translation>Correct the record on its page first, then send it again</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/sync_page/queue_tab.py" line="42"/>
        <source>忽略</source>
        <translation>Dismiss</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/sync_page/queue_tab.py" line="58"/>
        <source>等待上传的修改</source>
        <translation>Changes waiting to be sent</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/sync_page/queue_tab.py" line="95"/>
        <source>被服务器拒绝的修改（{0}）</source>
        <translation>Changes the server refused ({0})</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/sync_page/queue_tab.py" line="96"/>
        <source>等待上传的修改（{0}）</source>
        <translation>Changes waiting to be sent ({0})</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/sync_page/queue_tab.py" line="114"/>
        <source>操作失败</source>
        <translation>Failed</translation>
    </message>
</context>
<context>
    <name>RatingDialog</name>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/grids/dialogs.py" line="258"/>
        <source>修改评星：{0}</source>
        <translation>Edit rating: {0}</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/grids/dialogs.py" line="258"/>
        <source>文明户评星</source>
        <translation>Civilized-household rating</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/grids/dialogs.py" line="266"/>
        <location filename="../../src/gov_desktop/ui/pages/grids/dialogs.py" line="268"/>
        <source>户</source>
        <translation>Household</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/grids/dialogs.py" line="273"/>
        <source>年度</source>
        <translation>Year</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/grids/dialogs.py" line="280"/>
        <source>所评星目</source>
        <translation>Stars awarded</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/grids/dialogs.py" line="284"/>
        <source>星级</source>
        <translation>Stars</translation>
    </message>
</context>
<context>
    <name>RatingListModel</name>
    <message>
        <location filename="../../src/gov_desktop/ui/models/grids.py" line="188"/>
        <source>年度</source>
        <translation>Year</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/models/grids.py" line="189"/>
        <source>户号</source>
        <translation>Household no.</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/models/grids.py" line="190"/>
        <source>户主</source>
        <translation>Head</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/models/grids.py" line="191"/>
        <source>网格</source>
        <translation>Grid</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/models/grids.py" line="192"/>
        <source>星级</source>
        <translation>Stars</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/models/grids.py" line="193"/>
        <source>所评星目</source>
        <translation>Stars awarded</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/models/grids.py" line="194"/>
        <source>评定人</source>
        <translation>Rated by</translation>
    </message>
</context>
<context>
    <name>RegisterActions</name>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/register/actions.py" line="159"/>
        <source>找不到此人（可能已被删除）</source>
        <translation>Person not found (may have been deleted)</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/register/actions.py" line="205"/>
        <source>未能保存</source>
        <translation>Could not save</translation>
    </message>
</context>
<context>
    <name>RegisterList</name>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/register/lists.py" line="104"/>
        <source>读取失败：{0}</source>
        <extracomment>seconds from ``run()`` to the first page in the view</extracomment>
        <translation>Could not load: {0}</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/register/lists.py" line="231"/>
        <source>正在统计…</source>
        <translation>Computing…</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/register/lists.py" line="244"/>
        <source>人</source>
        <translation>Resident</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/register/lists.py" line="244"/>
        <source>户</source>
        <translation>Household</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/register/lists.py" line="255"/>
        <source>找到 {0} {1}以上（向下滚动看更多，或输入更多内容缩小范围）</source>
        <translation>{1}s found: more than {0} (scroll down for more, or type more to narrow the search)</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/register/lists.py" line="259"/>
        <source>找到 {0} {1}</source>
        <translation>{1}s found: {0}</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/register/lists.py" line="248"/>
        <source>共 {0} {1}</source>
        <translation>{1}s: {0}</translation>
    </message>
</context>
<context>
    <name>RegisterPage</name>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/register/page.py" line="66"/>
        <source>搜索：姓名、拼音首字母（如 zxh）、身份证号、户号或电话&#x3000;Ctrl+F</source>
        <extracomment>a new query was answered: (list kind, seconds from the query to the updated view) no message boxes after an export or a template download (tests)</extracomment>
        <translation>Search: name, pinyin initials (e.g. zxh), ID number, household no. or phone   Ctrl+F</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/register/page.py" line="72"/>
        <source>新建户</source>
        <translation>New household</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/register/page.py" line="73"/>
        <source>导入花名册…</source>
        <translation>Import roster…</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/register/page.py" line="74"/>
        <source>下载模板…</source>
        <translation>Download template…</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/register/page.py" line="75"/>
        <source>导出…</source>
        <translation>Export…</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/register/page.py" line="76"/>
        <source>打印…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/register/page.py" line="95"/>
        <source>人员</source>
        <translation>Person</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/register/page.py" line="96"/>
        <source>户</source>
        <translation>Household</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/register/page.py" line="202"/>
        <source>保存花名册模板</source>
        <translation>Save roster template</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/register/page.py" line="216"/>
        <source>下载模板</source>
        <translation>Download template</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/register/page.py" line="216"/>
        <source>模板已保存到
{0}</source>
        <translation>Template saved to
{0}</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/register/page.py" line="227"/>
        <location filename="../../src/gov_desktop/ui/pages/register/page.py" line="251"/>
        <source>人员名单</source>
        <translation>Residents</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/register/page.py" line="227"/>
        <location filename="../../src/gov_desktop/ui/pages/register/page.py" line="251"/>
        <source>户名单</source>
        <translation>Households</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/register/page.py" line="254"/>
        <source>搜索：{0}</source>
        <translation>Search: {0}</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/register/page.py" line="261"/>
        <source>人口户籍</source>
        <translation>Residents</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/reports_page.py" line="42"/>
        <source>办件状态</source>
        <extracomment>breakdowns: (stats key, tab title, enum of its codes or None for plain names)</extracomment>
        <translation>Requests by status</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/reports_page.py" line="43"/>
        <source>各窗口办件</source>
        <translation>Requests by window</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/reports_page.py" line="44"/>
        <source>诉求状态</source>
        <translation>Appeals by status</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/reports_page.py" line="45"/>
        <source>户类别</source>
        <translation>Household types</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/reports_page.py" line="46"/>
        <source>网格类别</source>
        <translation>Grid kinds</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/reports_page.py" line="47"/>
        <source>网格工作人员</source>
        <translation>Grid staff</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/reports_page.py" line="94"/>
        <source>统计报表</source>
        <translation>Reports</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/reports_page.py" line="100"/>
        <source>全县</source>
        <translation>Whole county</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/reports_page.py" line="105"/>
        <source>范围</source>
        <translation>Scope</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/reports_page.py" line="111"/>
        <source>刷新</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/reports_page.py" line="114"/>
        <source>导出Excel…</source>
        <translation>Export to Excel…</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/reports_page.py" line="123"/>
        <source>基本情况</source>
        <translation>Overview</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/reports_page.py" line="149"/>
        <source>正在统计…</source>
        <translation>Computing…</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/reports_page.py" line="151"/>
        <source>统计失败：{0}</source>
        <translation>Could not compute: {0}</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/reports_page.py" line="160"/>
        <source>统计时间 {0}</source>
        <translation>As of {0}</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/reports_page.py" line="167"/>
        <source>导出Excel</source>
        <translation>Export to Excel</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/reports_page.py" line="167"/>
        <source>Excel 工作簿 (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/reports_page.py" line="176"/>
        <source>指标</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/reports_page.py" line="176"/>
        <source>数值</source>
        <translation>Value</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/reports_page.py" line="190"/>
        <source>已导出到 {0}</source>
        <translation>Exported to {0}</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/reports_page.py" line="192"/>
        <source>导出失败</source>
        <translation>Export failed</translation>
    </message>
</context>
<context>
    <name>RequestHistoryModel</name>
    <message>
        <location filename="../../src/gov_desktop/ui/models/household_history.py" line="74"/>
        <source>受理日期</source>
        <translation>Accepted</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/models/household_history.py" line="75"/>
        <source>办件编号</source>
        <translation>Serial no.</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/models/household_history.py" line="76"/>
        <source>窗口</source>
        <translation>At the window</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/models/household_history.py" line="77"/>
        <source>事项</source>
        <translation>Matter</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/models/household_history.py" line="78"/>
        <source>申请人</source>
        <translation>Applicant</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/models/household_history.py" line="79"/>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/models/household_history.py" line="80"/>
        <source>办结日期</source>
        <translation>Closed</translation>
    </message>
</context>
<context>
    <name>RequestListModel</name>
    <message>
        <location filename="../../src/gov_desktop/ui/models/requests.py" line="35"/>
        <source>办件编号</source>
        <translation>Serial no.</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/models/requests.py" line="36"/>
        <source>申请人</source>
        <translation>Applicant</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/models/requests.py" line="37"/>
        <source>服务窗口</source>
        <translation>Window</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/models/requests.py" line="38"/>
        <source>服务事项</source>
        <translation>Matter</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/models/requests.py" line="39"/>
        <source>受理方式</source>
        <translation>Channel</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/models/requests.py" line="40"/>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/models/requests.py" line="41"/>
        <source>受理时间</source>
        <translation>Accepted</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/models/requests.py" line="42"/>
        <source>承诺办结</source>
        <translation>Due</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/models/requests.py" line="43"/>
        <source>办结时间</source>
        <translation>Closed</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/models/requests.py" line="44"/>
        <source>跑动次数</source>
        <translation>Visits</translation>
    </message>
</context>
<context>
    <name>RosterImportDialog</name>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/register/roster_import.py" line="121"/>
        <source>导入户籍花名册</source>
        <extracomment>county users only (None otherwise): the township the roster is imported into</extracomment>
        <translation>Import household roster</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/register/roster_pages.py" line="33"/>
        <source>选择要导入的花名册（.xlsx 或 .xls）。程序会先检查每一行，列出所有问题，确认后才写入；有错误的行不会导入，可另存为问题行报告，改正后再次导入。</source>
        <translation>Choose the roster to import (.xlsx or .xls). Every row is checked first and all problems are listed; nothing is written until you confirm. Rows with errors are not imported: save them as a problem-row report, correct them and import again.</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/register/roster_pages.py" line="45"/>
        <source>花名册文件</source>
        <translation>Roster file</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/register/roster_pages.py" line="47"/>
        <source>选择文件…</source>
        <translation>Choose file…</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/register/roster_pages.py" line="51"/>
        <source>下载模板…</source>
        <translation>Download template…</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/register/roster_pages.py" line="59"/>
        <source>导入到乡镇(&amp;T)：</source>
        <translation>Import into &amp;township:</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/register/roster_pages.py" line="63"/>
        <source>（请选择乡镇）</source>
        <translation>(choose a township)</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/register/roster_pages.py" line="72"/>
        <source>表中未写村（居）、网格的户，归入：</source>
        <translation>Households with no village or grid in the sheet go to:</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/register/roster_pages.py" line="113"/>
        <source>（不指定村居）</source>
        <translation>(no village)</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/register/roster_pages.py" line="118"/>
        <source>（不指定网格）</source>
        <translation>(no grid)</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/register/roster_pages.py" line="95"/>
        <source>读取并检查</source>
        <translation>Read and check</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/register/roster_pages.py" line="100"/>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/register/roster_import.py" line="136"/>
        <source>选择花名册</source>
        <translation>Choose roster</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/register/roster_import.py" line="149"/>
        <source>保存花名册模板</source>
        <translation>Save roster template</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/register/roster_import.py" line="153"/>
        <source>模板已保存到
{0}</source>
        <translation>Template saved to
{0}</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/register/roster_import.py" line="192"/>
        <source>请先选择花名册文件</source>
        <translation>Choose a roster file first</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/register/roster_import.py" line="195"/>
        <source>请先选择导入到哪个乡镇</source>
        <translation>Choose the township to import into first</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/register/roster_import.py" line="213"/>
        <source>正在读取并检查…</source>
        <translation>Reading and checking…</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/register/roster_import.py" line="233"/>
        <source>无法读取此文件：{0}</source>
        <translation>Cannot read this file: {0}</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/register/roster_pages.py" line="142"/>
        <source>只看有问题的行</source>
        <translation>Only rows with problems</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/register/roster_pages.py" line="160"/>
        <source>重新选择文件</source>
        <translation>Choose another file</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/register/roster_pages.py" line="166"/>
        <source>保存问题行报告…</source>
        <translation>Save problem-row report…</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/register/roster_pages.py" line="173"/>
        <source>导入</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/register/roster_pages.py" line="178"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/register/roster_import.py" line="259"/>
        <source>共读取 {0} 行、{1} 户：可导入 {2} 行（{3} 户），其中 {4} 行有提醒；有错误不能导入 {5} 行，整户不能导入 {6} 户。</source>
        <translation>Read {0} row(s), {1} household(s): {2} row(s) ({3} household(s)) can be imported, {4} of them with warnings; {5} row(s) with errors cannot be imported, nor can {6} whole household(s).</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/register/roster_import.py" line="274"/>
        <source>导入 {0} 行</source>
        <translation>Import {0} row(s)</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/register/roster_import.py" line="298"/>
        <source>正在导入…</source>
        <translation>Importing…</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/register/roster_import.py" line="306"/>
        <source>导入失败</source>
        <translation>Import failed</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/register/roster_import.py" line="306"/>
        <source>没有导入任何数据：{0}</source>
        <translation>Nothing was imported: {0}</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/register/roster_import.py" line="317"/>
        <source>已导入 {0} 户、{1} 人。未导入 {2} 行。</source>
        <translation>Imported {0} household(s), {1} person(s). {2} row(s) not imported.</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/register/roster_pages.py" line="195"/>
        <source>未导入的行可以保存为 Excel 报告：原样保留各列，末尾写明问题，改正后可再次导入。</source>
        <translation>Rows not imported can be saved as an Excel report: the columns are kept as they were and the problems written at the end. Correct them and import again.</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/register/roster_pages.py" line="209"/>
        <source>保存未导入行报告…</source>
        <translation>Save report of rows not imported…</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/register/roster_pages.py" line="215"/>
        <source>完成</source>
        <translation>Finish</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/register/roster_import.py" line="329"/>
        <source>未导入的行-{0}.xlsx</source>
        <translation>not-imported-{0}.xlsx</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/register/roster_import.py" line="330"/>
        <source>保存未导入行报告</source>
        <translation>Save report of rows not imported</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/register/roster_import.py" line="335"/>
        <source>已保存 {0} 行到 {1}</source>
        <translation>Saved {0} row(s) to {1}</translation>
    </message>
</context>
<context>
    <name>RosterPreviewModel</name>
    <message>
        <location filename="../../src/gov_desktop/ui/models/roster_preview.py" line="34"/>
        <source>位置</source>
        <translation>Location</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/models/roster_preview.py" line="35"/>
        <source>户号</source>
        <translation>Household no.</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/models/roster_preview.py" line="36"/>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/models/roster_preview.py" line="37"/>
        <source>与户主关系</source>
        <translation>Relation to head</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/models/roster_preview.py" line="38"/>
        <source>身份证号</source>
        <translation>ID number</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/models/roster_preview.py" line="39"/>
        <source>结果</source>
        <translation>Result</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/models/roster_preview.py" line="40"/>
        <source>问题</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/models/roster_preview.py" line="45"/>
        <source>{0} 第{1}行</source>
        <translation>{0} row {1}</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/models/roster_preview.py" line="61"/>
        <source>不导入</source>
        <translation>Skip</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/models/roster_preview.py" line="63"/>
        <source>已导入</source>
        <translation>Imported</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/models/roster_preview.py" line="65"/>
        <source>导入（有提醒）</source>
        <translation>Import (with warnings)</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/models/roster_preview.py" line="66"/>
        <source>导入</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/models/roster_preview.py" line="95"/>
        <source>错误</source>
        <translation>Error</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/models/roster_preview.py" line="97"/>
        <source>提醒</source>
        <translation>Warning</translation>
    </message>
</context>
<context>
    <name>RunHistoryModel</name>
    <message>
        <location filename="../../src/gov_desktop/ui/models/sync_rows.py" line="110"/>
        <source>手动同步</source>
        <translation>Manual</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/models/sync_rows.py" line="111"/>
        <source>自动同步</source>
        <translation>Automatic</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/models/sync_rows.py" line="112"/>
        <source>导出同步文件</source>
        <translation>Export sync file</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/models/sync_rows.py" line="113"/>
        <source>导入回执文件</source>
        <translation>Import reply file</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/models/sync_rows.py" line="130"/>
        <source>时间</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/models/sync_rows.py" line="131"/>
        <source>方式</source>
        <translation>How</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/models/sync_rows.py" line="132"/>
        <source>结果</source>
        <translation>Result</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/models/sync_rows.py" line="133"/>
        <source>上传</source>
        <translation>Sent</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/models/sync_rows.py" line="134"/>
        <source>下载</source>
        <translation>Received</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/models/sync_rows.py" line="135"/>
        <source>冲突</source>
        <translation>Conflicts</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/models/sync_rows.py" line="136"/>
        <source>被拒</source>
        <translation>Refused</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/models/sync_rows.py" line="137"/>
        <source>用时（秒）</source>
        <translation>Seconds</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/models/sync_rows.py" line="141"/>
        <source>成功</source>
        <translation>Succeeded</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/models/sync_rows.py" line="141"/>
        <source>失败</source>
        <translation>Failed</translation>
    </message>
</context>
<context>
    <name>SearchPicker</name>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/register/household_picker.py" line="92"/>
        <source>输入户号、户主或成员姓名、拼音首字母、身份证号、电话</source>
        <translation>Type a household no., name of the head or a member, pinyin initials, ID number or phone</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/register/household_picker.py" line="123"/>
        <source>找到 {0} 条</source>
        <translation>{0} found</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/register/household_picker.py" line="123"/>
        <source>没有找到</source>
        <translation>Nothing found</translation>
    </message>
</context>
<context>
    <name>ServicesPage</name>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/services.py" line="31"/>
        <source>在办</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/services.py" line="32"/>
        <source>超期未办结</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/services.py" line="33"/>
        <source>全部</source>
        <translation>All</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/services.py" line="47"/>
        <source>便民服务 · 办件</source>
        <translation>Service Hall · Requests</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/services.py" line="59"/>
        <source>受理办件</source>
        <translation>Accept a request</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/services.py" line="63"/>
        <source>开始办理</source>
        <translation>Start work</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/services.py" line="69"/>
        <source>转县级</source>
        <translation>Refer to county</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/services.py" line="72"/>
        <source>办结…</source>
        <translation>Complete…</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/services.py" line="75"/>
        <source>退回…</source>
        <translation>Return…</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/services.py" line="78"/>
        <source>再次跑动</source>
        <translation>Another visit</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/services.py" line="80"/>
        <source>打印回执</source>
        <translation>Print receipt</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/services.py" line="139"/>
        <source>已受理，按 Ctrl+P 打印回执</source>
        <translation>Accepted. Press Ctrl+P to print the receipt</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/services.py" line="197"/>
        <source>打印受理回执</source>
        <translation>Print acceptance receipt</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/services.py" line="200"/>
        <source>无法办理</source>
        <translation>Cannot do this</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/settings_page/page.py" line="28"/>
        <source>系统设置</source>
        <extracomment>a backup the user chose to restore (confirmed); the composition root closes, restores and reopens</extracomment>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/settings_page/page.py" line="32"/>
        <source>常规</source>
        <translation>General</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/settings_page/page.py" line="34"/>
        <source>用户</source>
        <translation>Users</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/settings_page/page.py" line="39"/>
        <source>备份与恢复</source>
        <translation>Backup and restore</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../src/gov_desktop/ui/dialogs/shortcuts.py" line="23"/>
        <source>转到侧栏的第 1–9 页</source>
        <extracomment>(keys as Qt writes them, what they do); &quot;Ctrl+1 … Ctrl+9&quot; and &quot;Enter / Esc&quot; stand for several keys</extracomment>
        <translation>Go to page 1–9 of the sidebar</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/dialogs/shortcuts.py" line="24"/>
        <source>立即与县级服务器同步</source>
        <translation>Sync with the county server now</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/dialogs/shortcuts.py" line="27"/>
        <source>人口户籍：到搜索框（姓名、拼音首字母、身份证号、户号、电话）</source>
        <translation>Register: go to the search box (name, pinyin initials, ID number, household number, phone)</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/dialogs/shortcuts.py" line="29"/>
        <source>新建：户、办件、走访或诉求（看当前页）</source>
        <translation>New: household, request, visit or appeal (by the current page)</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/dialogs/shortcuts.py" line="30"/>
        <source>便民服务：打印所选办件的受理回执</source>
        <translation>Service hall: print the receipt of the selected request</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/dialogs/shortcuts.py" line="31"/>
        <source>把当前列表（按当前筛选）导出到 Excel</source>
        <translation>Export the current list (as filtered) to Excel</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/dialogs/shortcuts.py" line="32"/>
        <source>打印当前列表</source>
        <translation>Print the current list</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/dialogs/shortcuts.py" line="33"/>
        <source>所选记录的修改记录</source>
        <translation>Change history of the selected record</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/dialogs/shortcuts.py" line="34"/>
        <source>表单：保存 / 取消</source>
        <translation>Forms: save / cancel</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/dialogs/shortcuts.py" line="35"/>
        <source>注销（离开座位时锁定）</source>
        <translation>Sign out (lock the desk when you leave it)</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/dialogs/shortcuts.py" line="36"/>
        <source>退出</source>
        <translation>Quit</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/dialogs/shortcuts.py" line="37"/>
        <source>本快捷键表</source>
        <translation>This list of shortcuts</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/dialogs/shortcuts.py" line="45"/>
        <source>快捷键</source>
        <translation>Keyboard shortcuts</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/dialogs/shortcuts.py" line="48"/>
        <source>按键</source>
        <translation>Keys</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/dialogs/shortcuts.py" line="48"/>
        <source>作用</source>
        <translation>What it does</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/dialogs/shortcuts.py" line="60"/>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <location filename="../../src/gov_desktop/ui/dialogs/signin.py" line="46"/>
        <location filename="../../src/gov_desktop/ui/dialogs/signin.py" line="78"/>
        <source>登录</source>
        <translation>Sign In</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/dialogs/signin.py" line="54"/>
        <source>乡镇便民服务与网格化管理</source>
        <translation>Township Services and Grid Management</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/dialogs/signin.py" line="71"/>
        <source>用户名</source>
        <translation>User name</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/dialogs/signin.py" line="72"/>
        <source>密码</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/dialogs/signin.py" line="79"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/dialogs/signin.py" line="96"/>
        <source>请输入用户名</source>
        <translation>Enter your user name</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/dialogs/signin.py" line="100"/>
        <source>请输入密码</source>
        <translation>Enter your password</translation>
    </message>
</context>
<context>
    <name>StaffDialog</name>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/grids/dialogs.py" line="112"/>
        <source>修改工作人员</source>
        <translation>Edit staff member</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/grids/dialogs.py" line="112"/>
        <source>添加工作人员</source>
        <translation>Add staff member</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/grids/dialogs.py" line="116"/>
        <source>姓名*</source>
        <translation>Name*</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/grids/dialogs.py" line="117"/>
        <source>职责</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/grids/dialogs.py" line="120"/>
        <source>政治面貌</source>
        <translation>Party membership</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/grids/dialogs.py" line="120"/>
        <source>中共党员</source>
        <translation>CPC member</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/grids/dialogs.py" line="122"/>
        <source>联系电话</source>
        <translation>Phone</translation>
    </message>
</context>
<context>
    <name>StatusChangeDialog</name>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/register/status_change.py" line="51"/>
        <source>登记死亡</source>
        <translation>Record death</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/register/status_change.py" line="51"/>
        <source>登记迁出</source>
        <translation>Record moving out</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/register/status_change.py" line="54"/>
        <source>确认将 {0} 登记为“死亡”？</source>
        <translation>Record {0} as “deceased”?</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/register/status_change.py" line="56"/>
        <source>确认将 {0} 登记为“迁出”？</source>
        <translation>Record {0} as “moved out”?</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/register/status_change.py" line="62"/>
        <source>此人仍保留在户籍中，状态改为“{0}”，修改记录可在“修改记录”中查看。</source>
        <translation>The person stays in the register, with the status “{0}”; the change can be seen in Change history.</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/register/status_change.py" line="63"/>
        <source>死亡</source>
        <translation>Deceased</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/register/status_change.py" line="63"/>
        <source>迁出</source>
        <translation>Moved out</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/register/status_change.py" line="76"/>
        <source>死亡日期</source>
        <translation>Date of death</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/register/status_change.py" line="76"/>
        <source>迁出日期</source>
        <translation>Date moved out</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/register/status_change.py" line="81"/>
        <source>如：死亡证明编号</source>
        <translation>e.g. death certificate number</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/register/status_change.py" line="81"/>
        <source>如：迁往拉萨市城关区</source>
        <translation>e.g. moved to Chengguan District, Lhasa</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/register/status_change.py" line="83"/>
        <source>说明</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/register/status_change.py" line="87"/>
        <source>确认登记</source>
        <translation>Record</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/register/status_change.py" line="89"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>StatusTab</name>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/sync_page/status_tab.py" line="55"/>
        <source>县级服务器</source>
        <translation>County server</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/sync_page/status_tab.py" line="56"/>
        <source>连接</source>
        <translation>Link</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/sync_page/status_tab.py" line="57"/>
        <source>待上传</source>
        <translation>Pending</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/sync_page/status_tab.py" line="58"/>
        <source>上次成功同步</source>
        <translation>Last successful sync</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/sync_page/status_tab.py" line="59"/>
        <source>上次的问题</source>
        <translation>Last problem</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/sync_page/status_tab.py" line="62"/>
        <source>立即同步（F5）</source>
        <translation>Sync now (F5)</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/sync_page/status_tab.py" line="79"/>
        <source>本次启动以来的同步</source>
        <translation>Runs since the app started</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/sync_page/status_tab.py" line="86"/>
        <source>已打包发送的修改（最近100批）</source>
        <translation>Batches sent (last 100)</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/sync_page/status_tab.py" line="117"/>
        <source>{0}（本机设备号 {1}）</source>
        <translation>{0} (device {1})</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/sync_page/status_tab.py" line="120"/>
        <source>未登记（可在“登记设备”页登记，或用U盘同步）</source>
        <translation>Not enrolled (enrol on the Enrol device tab, or sync by USB stick)</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/sync_page/status_tab.py" line="122"/>
        <source>正在同步</source>
        <translation>Syncing</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/sync_page/status_tab.py" line="124"/>
        <source>未知（尚未连接）</source>
        <translation>Unknown (not connected yet)</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/sync_page/status_tab.py" line="124"/>
        <source>未登记</source>
        <translation>Not enrolled</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/sync_page/status_tab.py" line="126"/>
        <source>在线</source>
        <translation>Online</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/sync_page/status_tab.py" line="126"/>
        <source>离线：稍后自动重试</source>
        <translation>Offline: will retry by itself</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/sync_page/status_tab.py" line="129"/>
        <source>{0} 条修改；冲突 {1} 处；被拒 {2} 条</source>
        <translation>{0} change(s); {1} conflict(s); {2} refused</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/sync_page/status_tab.py" line="134"/>
        <source>从未</source>
        <translation>Never</translation>
    </message>
</context>
<context>
    <name>SyncController</name>
    <message>
        <location filename="../../src/gov_desktop/ui/sync_controller.py" line="241"/>
        <source>正在连接县级服务器…</source>
        <translation>Connecting to the county server…</translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/sync_page/page.py" line="28"/>
        <source>数据同步</source>
        <translation>Sync</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/sync_page/page.py" line="37"/>
        <source>状态与记录</source>
        <translation>State and history</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/sync_page/page.py" line="38"/>
        <source>待上传与被拒</source>
        <translation>Pending and refused</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/sync_page/page.py" line="39"/>
        <location filename="../../src/gov_desktop/ui/pages/sync_page/page.py" line="50"/>
        <source>冲突</source>
        <translation>Conflicts</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/sync_page/page.py" line="40"/>
        <source>U盘同步</source>
        <translation>USB stick</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/sync_page/page.py" line="44"/>
        <source>登记设备</source>
        <translation>Enrol device</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/sync_page/page.py" line="50"/>
        <source>冲突（{0}）</source>
        <translation>Conflicts ({0})</translation>
    </message>
</context>
<context>
    <name>SyncStatusWidgets</name>
    <message>
        <location filename="../../src/gov_desktop/ui/widgets/status.py" line="61"/>
        <source>未登记同步</source>
        <translation>Not enrolled</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/widgets/status.py" line="63"/>
        <source>正在同步</source>
        <translation>Syncing</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/widgets/status.py" line="65"/>
        <source>等待连接</source>
        <translation>Waiting for link</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/widgets/status.py" line="67"/>
        <source>在线</source>
        <translation>Online</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/widgets/status.py" line="69"/>
        <source>离线</source>
        <translation>Offline</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/widgets/status.py" line="57"/>
        <location filename="../../src/gov_desktop/ui/widgets/status.py" line="73"/>
        <source>待上传 {0} 条</source>
        <translation>{0} pending</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/widgets/status.py" line="75"/>
        <source>，冲突 {0} 条</source>
        <translation>, {0} conflicts</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/widgets/status.py" line="77"/>
        <source>，被拒 {0} 条</source>
        <translation>, {0} refused</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/widgets/status.py" line="81"/>
        <source>上次同步 {0}</source>
        <translation>Last sync {0}</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/widgets/status.py" line="58"/>
        <location filename="../../src/gov_desktop/ui/widgets/status.py" line="84"/>
        <source>尚未同步</source>
        <translation>Never synced</translation>
    </message>
</context>
<context>
    <name>TownshipPage</name>
    <message>
        <location filename="../../src/gov_desktop/ui/dialogs/first_run.py" line="150"/>
        <source>所在乡镇</source>
        <translation>Township</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/dialogs/first_run.py" line="152"/>
        <source>填写本乡镇的9位代码（县级行政区划代码6位 + 乡镇3位），可向县级管理员询问。</source>
        <translation>Enter the township&apos;s 9-digit code (6-digit county code + 3 digits); the county administrator knows it.</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/dialogs/first_run.py" line="160"/>
        <source>乡镇代码</source>
        <translation>Township code</translation>
    </message>
</context>
<context>
    <name>UsbTab</name>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/sync_page/enrol_usb_tab.py" line="110"/>
        <source>没有网络时：1. 导出同步文件，用U盘带到县里，由县级管理员导入服务器；2. 把县里生成的回执文件带回，在这里导入。同一文件重复导入不会重复计算。</source>
        <translation>Without a network: 1. export a sync file and carry it to the county on a USB stick, where the administrator imports it; 2. bring the county&apos;s reply file back and import it here. Importing a file twice counts nothing twice.</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/sync_page/enrol_usb_tab.py" line="118"/>
        <source>导出同步文件…</source>
        <translation>Export sync file…</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/sync_page/enrol_usb_tab.py" line="121"/>
        <source>导入回执文件…</source>
        <translation>Import reply file…</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/sync_page/enrol_usb_tab.py" line="160"/>
        <source>导出同步文件</source>
        <translation>Export sync file</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/sync_page/enrol_usb_tab.py" line="162"/>
        <source>同步文件 (*.govsync);;所有文件 (*)</source>
        <translation>Sync files (*.govsync);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/sync_page/enrol_usb_tab.py" line="173"/>
        <source>已导出：{0} 批、{1} 条修改 → {2}</source>
        <translation>Exported {0} batch(es), {1} change(s) → {2}</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/sync_page/enrol_usb_tab.py" line="181"/>
        <source>导入回执文件</source>
        <translation>Import reply file</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/sync_page/enrol_usb_tab.py" line="183"/>
        <source>同步文件 (*.govsync *.govreply);;所有文件 (*)</source>
        <translation>Sync files (*.govsync *.govreply);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/sync_page/enrol_usb_tab.py" line="194"/>
        <source>已导入：确认上传 {0} 条，下载 {1} 条，冲突 {2} 处，被拒 {3} 条</source>
        <translation>Imported: {0} sent and acknowledged, {1} received, {2} conflict(s), {3} refused</translation>
    </message>
</context>
<context>
    <name>UserLabel</name>
    <message>
        <location filename="../../src/gov_desktop/ui/widgets/status.py" line="118"/>
        <source>{0}（{1}）</source>
        <translation>{0} ({1})</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/widgets/status.py" line="119"/>
        <source>用户名：{0}</source>
        <translation>User name: {0}</translation>
    </message>
</context>
<context>
    <name>UserListModel</name>
    <message>
        <location filename="../../src/gov_desktop/ui/models/admin_rows.py" line="30"/>
        <source>用户名</source>
        <translation>User name</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/models/admin_rows.py" line="31"/>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/models/admin_rows.py" line="32"/>
        <source>角色</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/models/admin_rows.py" line="33"/>
        <source>范围</source>
        <translation>Scope</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/models/admin_rows.py" line="34"/>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/models/admin_rows.py" line="35"/>
        <source>最近登录</source>
        <translation>Last sign-in</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/models/admin_rows.py" line="39"/>
        <source>全县</source>
        <translation>Whole county</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/models/admin_rows.py" line="45"/>
        <source>正常</source>
        <translation>Active</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/models/admin_rows.py" line="45"/>
        <source>已停用</source>
        <translation>Deactivated</translation>
    </message>
</context>
<context>
    <name>UsersTab</name>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/settings_page/users_tab.py" line="149"/>
        <source>添加用户…</source>
        <translation>Add user…</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/settings_page/users_tab.py" line="152"/>
        <source>重设密码…</source>
        <translation>Reset password…</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/settings_page/users_tab.py" line="155"/>
        <source>停用</source>
        <translation>Deactivate</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/settings_page/users_tab.py" line="158"/>
        <source>修改我的密码…</source>
        <translation>Change my password…</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/settings_page/users_tab.py" line="173"/>
        <source>用户由管理员管理。</source>
        <translation>Users are managed by the administrator.</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/settings_page/users_tab.py" line="201"/>
        <source>已添加用户 {0}</source>
        <translation>User {0} added</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/settings_page/users_tab.py" line="210"/>
        <source>密码已更新</source>
        <translation>Password changed</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/settings_page/users_tab.py" line="224"/>
        <source>停用用户</source>
        <translation>Deactivate user</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/settings_page/users_tab.py" line="224"/>
        <source>停用后 {0} 将不能登录。确定吗？</source>
        <translation>{0} will no longer be able to sign in. Continue?</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/settings_page/users_tab.py" line="232"/>
        <source>无法停用</source>
        <translation>Cannot deactivate</translation>
    </message>
</context>
<context>
    <name>VisitFormDialog</name>
    <message>
        <location filename="../../src/gov_desktop/ui/dialogs/visit_appeal_forms.py" line="60"/>
        <source>登记走访</source>
        <translation>Record a visit</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/dialogs/visit_appeal_forms.py" line="68"/>
        <source>走访户</source>
        <translation>Household</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/dialogs/visit_appeal_forms.py" line="74"/>
        <source>走访日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/dialogs/visit_appeal_forms.py" line="78"/>
        <source>走访类别</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/dialogs/visit_appeal_forms.py" line="81"/>
        <source>（先选择走访户）</source>
        <translation>(choose the household first)</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/dialogs/visit_appeal_forms.py" line="82"/>
        <source>走访人</source>
        <translation>Visitor</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/dialogs/visit_appeal_forms.py" line="85"/>
        <source>不是本网格工作人员时填写姓名</source>
        <translation>Type the name if not on the grid&apos;s staff</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/dialogs/visit_appeal_forms.py" line="87"/>
        <source>走访人姓名</source>
        <translation>Visitor&apos;s name</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/dialogs/visit_appeal_forms.py" line="89"/>
        <source>走访情况</source>
        <translation>Findings</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/dialogs/visit_appeal_forms.py" line="90"/>
        <source>需要后续跟进</source>
        <translation>Follow-up needed</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/dialogs/visit_appeal_forms.py" line="98"/>
        <source>跟进人</source>
        <translation>Follow-up by</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/dialogs/visit_appeal_forms.py" line="115"/>
        <source>（填写姓名）</source>
        <translation>(type a name)</translation>
    </message>
</context>
<context>
    <name>VisitHistoryModel</name>
    <message>
        <location filename="../../src/gov_desktop/ui/models/household_history.py" line="35"/>
        <source>走访日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/models/household_history.py" line="36"/>
        <source>类别</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/models/household_history.py" line="37"/>
        <source>走访人</source>
        <translation>Visitor</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/models/household_history.py" line="38"/>
        <source>走访情况</source>
        <translation>Findings</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/models/household_history.py" line="39"/>
        <source>后续跟进</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/models/household_history.py" line="55"/>
        <source>已完成</source>
        <translation>Done</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/models/household_history.py" line="57"/>
        <source>待跟进</source>
        <translation>Follow-up due</translation>
    </message>
</context>
<context>
    <name>VisitListModel</name>
    <message>
        <location filename="../../src/gov_desktop/ui/models/visit_records.py" line="31"/>
        <source>走访日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/models/visit_records.py" line="32"/>
        <source>户号</source>
        <translation>Household no.</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/models/visit_records.py" line="33"/>
        <source>户主</source>
        <translation>Head</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/models/visit_records.py" line="34"/>
        <source>网格</source>
        <translation>Grid</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/models/visit_records.py" line="35"/>
        <source>走访人</source>
        <translation>Visitor</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/models/visit_records.py" line="36"/>
        <source>类别</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/models/visit_records.py" line="37"/>
        <source>走访情况</source>
        <translation>Findings</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/models/visit_records.py" line="38"/>
        <source>后续跟进</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/models/visit_records.py" line="78"/>
        <source>已跟进</source>
        <translation>Done</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/models/visit_records.py" line="80"/>
        <source>待跟进</source>
        <translation>Due</translation>
    </message>
</context>
<context>
    <name>VisitsPage</name>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/visits.py" line="34"/>
        <source>走访记录</source>
        <translation>Home Visits</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/visits.py" line="37"/>
        <source>全部走访</source>
        <translation>All visits</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/visits.py" line="38"/>
        <source>待跟进</source>
        <translation>Follow-up due</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/visits.py" line="44"/>
        <source>登记走访</source>
        <translation>Record a visit</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/visits.py" line="48"/>
        <source>跟进完成</source>
        <translation>Follow-up done</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/visits.py" line="75"/>
        <source>{0} 户的走访 {1}</source>
        <translation>Visit to household {0} on {1}</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/visits.py" line="95"/>
        <source>无法保存</source>
        <translation>Cannot save</translation>
    </message>
</context>
<context>
    <name>crash</name>
    <message>
        <location filename="../../src/gov_desktop/ui/crash.py" line="54"/>
        <source>程序遇到一个意外错误，刚才的操作可能没有完成。已保存的数据不受影响。</source>
        <translation>The program met an unexpected error; the last action may not have finished. Saved data is not affected.</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/crash.py" line="59"/>
        <source>错误报告已保存到：{0}
请把该文件发给技术支持人员。</source>
        <translation>An error report was saved to: {0}
Please send that file to technical support.</translation>
    </message>
</context>
<context>
    <name>enums</name>
    <message>
        <location filename="../../build/translations/catalog_noop.py" line="4"/>
        <source>困难帮扶</source>
        <translation>Hardship aid</translation>
    </message>
    <message>
        <location filename="../../build/translations/catalog_noop.py" line="5"/>
        <source>民生实事</source>
        <translation>Livelihood</translation>
    </message>
    <message>
        <location filename="../../build/translations/catalog_noop.py" line="6"/>
        <source>就业</source>
        <translation>Employment</translation>
    </message>
    <message>
        <location filename="../../build/translations/catalog_noop.py" line="7"/>
        <source>医疗</source>
        <translation>Medical care</translation>
    </message>
    <message>
        <location filename="../../build/translations/catalog_noop.py" line="8"/>
        <source>教育</source>
        <translation>Education</translation>
    </message>
    <message>
        <location filename="../../build/translations/catalog_noop.py" line="10"/>
        <source>微心愿</source>
        <translation>Micro-wish</translation>
    </message>
    <message>
        <location filename="../../build/translations/catalog_noop.py" line="11"/>
        <source>问题</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location filename="../../build/translations/catalog_noop.py" line="12"/>
        <source>已征集</source>
        <translation>Collected</translation>
    </message>
    <message>
        <location filename="../../build/translations/catalog_noop.py" line="13"/>
        <source>已派单</source>
        <translation>Dispatched</translation>
    </message>
    <message>
        <location filename="../../build/translations/catalog_noop.py" line="14"/>
        <source>已认领</source>
        <translation>Claimed</translation>
    </message>
    <message>
        <location filename="../../build/translations/catalog_noop.py" line="15"/>
        <source>已办结</source>
        <translation>Done</translation>
    </message>
    <message>
        <location filename="../../build/translations/catalog_noop.py" line="16"/>
        <source>无法办理</source>
        <translation>Cannot do this</translation>
    </message>
    <message>
        <location filename="../../build/translations/catalog_noop.py" line="17"/>
        <source>窗口</source>
        <translation>At the window</translation>
    </message>
    <message>
        <location filename="../../build/translations/catalog_noop.py" line="18"/>
        <source>代办</source>
        <translation>By proxy</translation>
    </message>
    <message>
        <location filename="../../build/translations/catalog_noop.py" line="19"/>
        <source>上门</source>
        <translation>At home</translation>
    </message>
    <message>
        <location filename="../../build/translations/catalog_noop.py" line="20"/>
        <source>包政策宣传</source>
        <translation>Policy outreach</translation>
    </message>
    <message>
        <location filename="../../build/translations/catalog_noop.py" line="21"/>
        <source>包矛盾调解</source>
        <translation>Dispute mediation</translation>
    </message>
    <message>
        <location filename="../../build/translations/catalog_noop.py" line="22"/>
        <source>包帮扶解困</source>
        <translation>Hardship help</translation>
    </message>
    <message>
        <location filename="../../build/translations/catalog_noop.py" line="23"/>
        <source>文盲或半文盲</source>
        <translation>Illiterate or semi-literate</translation>
    </message>
    <message>
        <location filename="../../build/translations/catalog_noop.py" line="24"/>
        <source>小学</source>
        <translation>Primary school</translation>
    </message>
    <message>
        <location filename="../../build/translations/catalog_noop.py" line="25"/>
        <source>初中</source>
        <translation>Junior middle school</translation>
    </message>
    <message>
        <location filename="../../build/translations/catalog_noop.py" line="26"/>
        <source>高中/中专</source>
        <translation>Senior middle / vocational</translation>
    </message>
    <message>
        <location filename="../../build/translations/catalog_noop.py" line="27"/>
        <source>大专</source>
        <translation>College</translation>
    </message>
    <message>
        <location filename="../../build/translations/catalog_noop.py" line="28"/>
        <source>本科及以上</source>
        <translation>Bachelor or higher</translation>
    </message>
    <message>
        <location filename="../../build/translations/catalog_noop.py" line="29"/>
        <source>寺院教育</source>
        <translation>Monastic education</translation>
    </message>
    <message>
        <location filename="../../build/translations/catalog_noop.py" line="30"/>
        <source>男</source>
        <translation>Male</translation>
    </message>
    <message>
        <location filename="../../build/translations/catalog_noop.py" line="32"/>
        <source>农牧区网格</source>
        <translation>Farming/herding grid</translation>
    </message>
    <message>
        <location filename="../../build/translations/catalog_noop.py" line="33"/>
        <source>县城网格</source>
        <translation>County-town grid</translation>
    </message>
    <message>
        <location filename="../../build/translations/catalog_noop.py" line="34"/>
        <source>寺管会网格</source>
        <translation>Monastery grid</translation>
    </message>
    <message>
        <location filename="../../build/translations/catalog_noop.py" line="9"/>
        <source>其他</source>
        <comment>AppealCategory</comment>
        <translation>Other</translation>
    </message>
    <message>
        <location filename="../../build/translations/catalog_noop.py" line="31"/>
        <source>女</source>
        <comment>Gender</comment>
        <translation>Female</translation>
    </message>
    <message>
        <location filename="../../build/translations/catalog_noop.py" line="35"/>
        <source>网格员</source>
        <comment>GridRole</comment>
        <translation>Grid liaison</translation>
    </message>
    <message>
        <location filename="../../build/translations/catalog_noop.py" line="36"/>
        <source>网格联络员</source>
        <translation>Grid contact</translation>
    </message>
    <message>
        <location filename="../../build/translations/catalog_noop.py" line="37"/>
        <source>医生</source>
        <translation>Doctor</translation>
    </message>
    <message>
        <location filename="../../build/translations/catalog_noop.py" line="38"/>
        <source>民警</source>
        <translation>Police officer</translation>
    </message>
    <message>
        <location filename="../../build/translations/catalog_noop.py" line="39"/>
        <source>联户长</source>
        <translation>Joint-group head</translation>
    </message>
    <message>
        <location filename="../../build/translations/catalog_noop.py" line="40"/>
        <source>低保户</source>
        <translation>Subsistence allowance</translation>
    </message>
    <message>
        <location filename="../../build/translations/catalog_noop.py" line="41"/>
        <source>特困/五保户</source>
        <translation>Extreme hardship</translation>
    </message>
    <message>
        <location filename="../../build/translations/catalog_noop.py" line="42"/>
        <source>脱贫户</source>
        <translation>Lifted out of poverty</translation>
    </message>
    <message>
        <location filename="../../build/translations/catalog_noop.py" line="43"/>
        <source>监测户</source>
        <translation>Monitored</translation>
    </message>
    <message>
        <location filename="../../build/translations/catalog_noop.py" line="44"/>
        <source>军属</source>
        <translation>Military family</translation>
    </message>
    <message>
        <location filename="../../build/translations/catalog_noop.py" line="45"/>
        <source>残疾人家庭</source>
        <translation>Family with disability</translation>
    </message>
    <message>
        <location filename="../../build/translations/catalog_noop.py" line="46"/>
        <source>县直部门</source>
        <translation>County department</translation>
    </message>
    <message>
        <location filename="../../build/translations/catalog_noop.py" line="47"/>
        <source>乡镇</source>
        <translation>Township</translation>
    </message>
    <message>
        <location filename="../../build/translations/catalog_noop.py" line="48"/>
        <source>村居党组织</source>
        <translation>Village party branch</translation>
    </message>
    <message>
        <location filename="../../build/translations/catalog_noop.py" line="49"/>
        <source>志愿服务队</source>
        <translation>Volunteer team</translation>
    </message>
    <message>
        <location filename="../../build/translations/catalog_noop.py" line="50"/>
        <source>在册</source>
        <translation>Registered</translation>
    </message>
    <message>
        <location filename="../../build/translations/catalog_noop.py" line="51"/>
        <source>迁出</source>
        <translation>Moved out</translation>
    </message>
    <message>
        <location filename="../../build/translations/catalog_noop.py" line="52"/>
        <source>死亡</source>
        <translation>Deceased</translation>
    </message>
    <message>
        <location filename="../../build/translations/catalog_noop.py" line="53"/>
        <source>爱国守法星</source>
        <translation>Patriotic &amp; law-abiding</translation>
    </message>
    <message>
        <location filename="../../build/translations/catalog_noop.py" line="54"/>
        <source>民族团结星</source>
        <translation>Ethnic unity</translation>
    </message>
    <message>
        <location filename="../../build/translations/catalog_noop.py" line="55"/>
        <source>勤劳致富星</source>
        <translation>Hard work</translation>
    </message>
    <message>
        <location filename="../../build/translations/catalog_noop.py" line="56"/>
        <source>卫生整洁星</source>
        <translation>Clean &amp; tidy</translation>
    </message>
    <message>
        <location filename="../../build/translations/catalog_noop.py" line="57"/>
        <source>孝老爱亲星</source>
        <translation>Caring for elders</translation>
    </message>
    <message>
        <location filename="../../build/translations/catalog_noop.py" line="58"/>
        <source>移风易俗星</source>
        <translation>Modern customs</translation>
    </message>
    <message>
        <location filename="../../build/translations/catalog_noop.py" line="59"/>
        <source>户主</source>
        <translation>Head</translation>
    </message>
    <message>
        <location filename="../../build/translations/catalog_noop.py" line="60"/>
        <source>配偶</source>
        <translation>Spouse</translation>
    </message>
    <message>
        <location filename="../../build/translations/catalog_noop.py" line="61"/>
        <source>子</source>
        <translation>Son</translation>
    </message>
    <message>
        <location filename="../../build/translations/catalog_noop.py" line="62"/>
        <source>女</source>
        <comment>Relation</comment>
        <translation>Daughter</translation>
    </message>
    <message>
        <location filename="../../build/translations/catalog_noop.py" line="63"/>
        <source>父母</source>
        <translation>Parent</translation>
    </message>
    <message>
        <location filename="../../build/translations/catalog_noop.py" line="64"/>
        <source>孙子女</source>
        <translation>Grandchild</translation>
    </message>
    <message>
        <location filename="../../build/translations/catalog_noop.py" line="65"/>
        <source>兄弟姐妹</source>
        <translation>Sibling</translation>
    </message>
    <message>
        <location filename="../../build/translations/catalog_noop.py" line="66"/>
        <source>儿媳/女婿</source>
        <translation>Child-in-law</translation>
    </message>
    <message>
        <location filename="../../build/translations/catalog_noop.py" line="67"/>
        <source>其他</source>
        <comment>Relation</comment>
        <translation>Other</translation>
    </message>
    <message>
        <location filename="../../build/translations/catalog_noop.py" line="68"/>
        <source>受理</source>
        <translation>Accepted</translation>
    </message>
    <message>
        <location filename="../../build/translations/catalog_noop.py" line="69"/>
        <source>办理中</source>
        <translation>In progress</translation>
    </message>
    <message>
        <location filename="../../build/translations/catalog_noop.py" line="70"/>
        <source>转县级</source>
        <translation>At the county</translation>
    </message>
    <message>
        <location filename="../../build/translations/catalog_noop.py" line="71"/>
        <source>办结</source>
        <translation>Completed</translation>
    </message>
    <message>
        <location filename="../../build/translations/catalog_noop.py" line="72"/>
        <source>退回</source>
        <translation>Returned</translation>
    </message>
    <message>
        <location filename="../../build/translations/catalog_noop.py" line="73"/>
        <source>窗口工作人员</source>
        <translation>Hall staff</translation>
    </message>
    <message>
        <location filename="../../build/translations/catalog_noop.py" line="74"/>
        <source>网格员</source>
        <comment>Role</comment>
        <translation>Grid liaison</translation>
    </message>
    <message>
        <location filename="../../build/translations/catalog_noop.py" line="75"/>
        <source>乡镇管理员</source>
        <translation>Township administrator</translation>
    </message>
    <message>
        <location filename="../../build/translations/catalog_noop.py" line="76"/>
        <source>县级管理员</source>
        <translation>County administrator</translation>
    </message>
    <message>
        <location filename="../../build/translations/catalog_noop.py" line="77"/>
        <source>只读用户</source>
        <translation>Viewer</translation>
    </message>
    <message>
        <location filename="../../build/translations/catalog_noop.py" line="78"/>
        <source>非常满意</source>
        <translation>Very satisfied</translation>
    </message>
    <message>
        <location filename="../../build/translations/catalog_noop.py" line="79"/>
        <source>满意</source>
        <translation>Satisfied</translation>
    </message>
    <message>
        <location filename="../../build/translations/catalog_noop.py" line="80"/>
        <source>基本满意</source>
        <translation>Fairly satisfied</translation>
    </message>
    <message>
        <location filename="../../build/translations/catalog_noop.py" line="81"/>
        <source>不满意</source>
        <translation>Unsatisfied</translation>
    </message>
    <message>
        <location filename="../../build/translations/catalog_noop.py" line="82"/>
        <source>退役军人</source>
        <translation>Veteran</translation>
    </message>
    <message>
        <location filename="../../build/translations/catalog_noop.py" line="83"/>
        <source>残疾人</source>
        <translation>Person with disability</translation>
    </message>
    <message>
        <location filename="../../build/translations/catalog_noop.py" line="84"/>
        <source>留守老人</source>
        <translation>Elderly left behind</translation>
    </message>
    <message>
        <location filename="../../build/translations/catalog_noop.py" line="85"/>
        <source>留守儿童</source>
        <translation>Child left behind</translation>
    </message>
    <message>
        <location filename="../../build/translations/catalog_noop.py" line="86"/>
        <source>独居老人</source>
        <translation>Elderly living alone</translation>
    </message>
    <message>
        <location filename="../../build/translations/catalog_noop.py" line="87"/>
        <source>大病患者</source>
        <translation>Serious illness</translation>
    </message>
    <message>
        <location filename="../../build/translations/catalog_noop.py" line="88"/>
        <source>村</source>
        <translation>Village</translation>
    </message>
    <message>
        <location filename="../../build/translations/catalog_noop.py" line="89"/>
        <source>社区</source>
        <translation>Community</translation>
    </message>
    <message>
        <location filename="../../build/translations/catalog_noop.py" line="90"/>
        <source>日常走访</source>
        <translation>Routine visit</translation>
    </message>
    <message>
        <location filename="../../build/translations/catalog_noop.py" line="91"/>
        <source>政策宣传</source>
        <translation>Policy outreach</translation>
    </message>
    <message>
        <location filename="../../build/translations/catalog_noop.py" line="92"/>
        <source>矛盾调解</source>
        <translation>Mediation</translation>
    </message>
    <message>
        <location filename="../../build/translations/catalog_noop.py" line="93"/>
        <source>安全检查</source>
        <translation>Safety check</translation>
    </message>
    <message>
        <location filename="../../build/translations/catalog_noop.py" line="94"/>
        <source>帮扶</source>
        <translation>Assistance</translation>
    </message>
</context>
<context>
    <name>fields</name>
    <message>
        <location filename="../../build/translations/catalog_noop.py" line="152"/>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../build/translations/catalog_noop.py" line="153"/>
        <source>藏文姓名</source>
        <translation>Name in Tibetan</translation>
    </message>
    <message>
        <location filename="../../build/translations/catalog_noop.py" line="154"/>
        <source>身份证号</source>
        <translation>ID number</translation>
    </message>
    <message>
        <location filename="../../build/translations/catalog_noop.py" line="155"/>
        <source>出生日期</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <location filename="../../build/translations/catalog_noop.py" line="156"/>
        <source>性别</source>
        <translation>Gender</translation>
    </message>
    <message>
        <location filename="../../build/translations/catalog_noop.py" line="157"/>
        <source>民族</source>
        <translation>Ethnicity</translation>
    </message>
    <message>
        <location filename="../../build/translations/catalog_noop.py" line="158"/>
        <source>联系电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../build/translations/catalog_noop.py" line="159"/>
        <source>与户主关系</source>
        <translation>Relation to head</translation>
    </message>
    <message>
        <location filename="../../build/translations/catalog_noop.py" line="160"/>
        <source>户号</source>
        <translation>Household no.</translation>
    </message>
    <message>
        <location filename="../../build/translations/catalog_noop.py" line="161"/>
        <source>所属户</source>
        <translation>Household</translation>
    </message>
    <message>
        <location filename="../../build/translations/catalog_noop.py" line="162"/>
        <source>住址</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../build/translations/catalog_noop.py" line="163"/>
        <source>网格</source>
        <translation>Grid</translation>
    </message>
    <message>
        <location filename="../../build/translations/catalog_noop.py" line="164"/>
        <source>村（居）</source>
        <translation>Village</translation>
    </message>
    <message>
        <location filename="../../build/translations/catalog_noop.py" line="165"/>
        <source>人员</source>
        <translation>Person</translation>
    </message>
    <message>
        <location filename="../../build/translations/catalog_noop.py" line="166"/>
        <source>服务窗口</source>
        <translation>Window</translation>
    </message>
    <message>
        <location filename="../../build/translations/catalog_noop.py" line="167"/>
        <source>服务事项</source>
        <translation>Matter</translation>
    </message>
    <message>
        <location filename="../../build/translations/catalog_noop.py" line="168"/>
        <source>走访日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../build/translations/catalog_noop.py" line="169"/>
        <source>走访人</source>
        <translation>Visitor</translation>
    </message>
    <message>
        <location filename="../../build/translations/catalog_noop.py" line="170"/>
        <source>诉求内容</source>
        <translation>Content</translation>
    </message>
    <message>
        <location filename="../../build/translations/catalog_noop.py" line="171"/>
        <source>编码</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../build/translations/catalog_noop.py" line="172"/>
        <source>用户名</source>
        <translation>User name</translation>
    </message>
    <message>
        <location filename="../../build/translations/catalog_noop.py" line="173"/>
        <source>密码</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../../build/translations/catalog_noop.py" line="174"/>
        <source>口令</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <location filename="../../build/translations/catalog_noop.py" line="175"/>
        <source>显示名称</source>
        <translation>Display name</translation>
    </message>
    <message>
        <location filename="../../build/translations/catalog_noop.py" line="176"/>
        <source>年度</source>
        <translation>Year</translation>
    </message>
    <message>
        <location filename="../../build/translations/catalog_noop.py" line="177"/>
        <source>星级</source>
        <translation>Stars</translation>
    </message>
    <message>
        <location filename="../../build/translations/catalog_noop.py" line="178"/>
        <source>乡镇</source>
        <translation>Township</translation>
    </message>
    <message>
        <location filename="../../build/translations/catalog_noop.py" line="179"/>
        <source>承办单位</source>
        <translation>Assigned to</translation>
    </message>
    <message>
        <location filename="../../build/translations/catalog_noop.py" line="180"/>
        <source>回音壁反馈</source>
        <translation>Feedback</translation>
    </message>
    <message>
        <location filename="../../build/translations/catalog_noop.py" line="181"/>
        <source>派单时间</source>
        <translation>Dispatched</translation>
    </message>
    <message>
        <location filename="../../build/translations/catalog_noop.py" line="182"/>
        <source>认领时间</source>
        <translation>Claimed</translation>
    </message>
    <message>
        <location filename="../../build/translations/catalog_noop.py" line="183"/>
        <source>走访情况</source>
        <translation>Findings</translation>
    </message>
    <message>
        <location filename="../../build/translations/catalog_noop.py" line="184"/>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../build/translations/catalog_noop.py" line="185"/>
        <source>类别</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../build/translations/catalog_noop.py" line="186"/>
        <source>诉求分类</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../build/translations/catalog_noop.py" line="187"/>
        <source>角色</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../build/translations/catalog_noop.py" line="188"/>
        <source>备注</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../build/translations/catalog_noop.py" line="189"/>
        <source>户类别</source>
        <translation>Household types</translation>
    </message>
    <message>
        <location filename="../../build/translations/catalog_noop.py" line="190"/>
        <source>特殊人群</source>
        <translation>Special groups</translation>
    </message>
    <message>
        <location filename="../../build/translations/catalog_noop.py" line="191"/>
        <source>文化程度</source>
        <translation>Education</translation>
    </message>
    <message>
        <location filename="../../build/translations/catalog_noop.py" line="192"/>
        <source>所在党支部</source>
        <translation>Party branch</translation>
    </message>
    <message>
        <location filename="../../build/translations/catalog_noop.py" line="193"/>
        <source>职业</source>
        <translation>Occupation</translation>
    </message>
    <message>
        <location filename="../../build/translations/catalog_noop.py" line="194"/>
        <source>变动日期</source>
        <translation>Date of change</translation>
    </message>
    <message>
        <location filename="../../build/translations/catalog_noop.py" line="195"/>
        <source>变动说明</source>
        <translation>Note on change</translation>
    </message>
    <message>
        <location filename="../../build/translations/catalog_noop.py" line="196"/>
        <source>申请人</source>
        <translation>Applicant</translation>
    </message>
    <message>
        <location filename="../../build/translations/catalog_noop.py" line="197"/>
        <source>受理方式</source>
        <translation>Channel</translation>
    </message>
    <message>
        <location filename="../../build/translations/catalog_noop.py" line="198"/>
        <source>材料清单</source>
        <translation>Materials</translation>
    </message>
    <message>
        <location filename="../../build/translations/catalog_noop.py" line="199"/>
        <source>已收材料</source>
        <translation>Materials received</translation>
    </message>
    <message>
        <location filename="../../build/translations/catalog_noop.py" line="200"/>
        <source>办理结果</source>
        <translation>Result</translation>
    </message>
    <message>
        <location filename="../../build/translations/catalog_noop.py" line="201"/>
        <source>承诺时限（天）</source>
        <translation>Promised days</translation>
    </message>
    <message>
        <location filename="../../build/translations/catalog_noop.py" line="202"/>
        <source>排序</source>
        <translation>Order</translation>
    </message>
    <message>
        <location filename="../../build/translations/catalog_noop.py" line="203"/>
        <source>满意度</source>
        <translation>Satisfaction</translation>
    </message>
    <message>
        <location filename="../../build/translations/catalog_noop.py" line="204"/>
        <source>跟进人</source>
        <translation>Follow-up by</translation>
    </message>
    <message>
        <location filename="../../build/translations/catalog_noop.py" line="205"/>
        <source>警务站片区</source>
        <translation>Police area</translation>
    </message>
    <message>
        <location filename="../../build/translations/catalog_noop.py" line="206"/>
        <source>评星项目</source>
        <translation>Rating criteria</translation>
    </message>
    <message>
        <location filename="../../build/translations/catalog_noop.py" line="207"/>
        <source>包户内容</source>
        <translation>Duties</translation>
    </message>
    <message>
        <location filename="../../build/translations/catalog_noop.py" line="208"/>
        <source>包户开始日期</source>
        <translation>Duty since</translation>
    </message>
    <message>
        <location filename="../../build/translations/catalog_noop.py" line="209"/>
        <source>网格工作人员</source>
        <translation>Grid staff</translation>
    </message>
    <message>
        <location filename="../../build/translations/catalog_noop.py" line="210"/>
        <source>双联户</source>
        <translation>Joint-household groups</translation>
    </message>
    <message>
        <location filename="../../build/translations/catalog_noop.py" line="211"/>
        <source>联户长户</source>
        <translation>Head household</translation>
    </message>
    <message>
        <location filename="../../build/translations/catalog_noop.py" line="212"/>
        <source>联户长</source>
        <translation>Joint-group head</translation>
    </message>
    <message>
        <location filename="../../build/translations/catalog_noop.py" line="213"/>
        <source>包户记录</source>
        <translation>Party duty</translation>
    </message>
    <message>
        <location filename="../../build/translations/catalog_noop.py" line="214"/>
        <source>评星记录</source>
        <translation>Rating</translation>
    </message>
    <message>
        <location filename="../../build/translations/catalog_noop.py" line="215"/>
        <source>办件</source>
        <translation>Request</translation>
    </message>
    <message>
        <location filename="../../build/translations/catalog_noop.py" line="216"/>
        <source>走访记录</source>
        <translation>Home Visits</translation>
    </message>
    <message>
        <location filename="../../build/translations/catalog_noop.py" line="217"/>
        <source>诉求</source>
        <translation>Appeal</translation>
    </message>
    <message>
        <location filename="../../build/translations/catalog_noop.py" line="218"/>
        <source>文件</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../../build/translations/catalog_noop.py" line="219"/>
        <source>政治面貌</source>
        <translation>Party membership</translation>
    </message>
</context>
<context>
    <name>stats</name>
    <message>
        <location filename="../../build/translations/catalog_noop.py" line="95"/>
        <source>乡镇</source>
        <translation>Townships</translation>
    </message>
    <message>
        <location filename="../../build/translations/catalog_noop.py" line="96"/>
        <source>行政村</source>
        <translation>Administrative villages</translation>
    </message>
    <message>
        <location filename="../../build/translations/catalog_noop.py" line="97"/>
        <source>社区</source>
        <translation>Communities</translation>
    </message>
    <message>
        <location filename="../../build/translations/catalog_noop.py" line="98"/>
        <source>网格</source>
        <translation>Grids</translation>
    </message>
    <message>
        <location filename="../../build/translations/catalog_noop.py" line="99"/>
        <source>农牧区网格</source>
        <translation>Farming/herding grids</translation>
    </message>
    <message>
        <location filename="../../build/translations/catalog_noop.py" line="100"/>
        <source>县城网格</source>
        <translation>County-town grids</translation>
    </message>
    <message>
        <location filename="../../build/translations/catalog_noop.py" line="101"/>
        <source>寺管会网格</source>
        <translation>Monastery grids</translation>
    </message>
    <message>
        <location filename="../../build/translations/catalog_noop.py" line="102"/>
        <source>户数</source>
        <translation>Households</translation>
    </message>
    <message>
        <location filename="../../build/translations/catalog_noop.py" line="103"/>
        <source>在册人口</source>
        <translation>Registered residents</translation>
    </message>
    <message>
        <location filename="../../build/translations/catalog_noop.py" line="104"/>
        <source>网格工作人员</source>
        <translation>Grid staff</translation>
    </message>
    <message>
        <location filename="../../build/translations/catalog_noop.py" line="105"/>
        <source>其中党员</source>
        <translation>of whom party members</translation>
    </message>
    <message>
        <location filename="../../build/translations/catalog_noop.py" line="106"/>
        <source>网格工作人员党员占比（%）</source>
        <translation>Grid staff who are party members (%)</translation>
    </message>
    <message>
        <location filename="../../build/translations/catalog_noop.py" line="107"/>
        <source>双联户</source>
        <translation>Joint-household groups</translation>
    </message>
    <message>
        <location filename="../../build/translations/catalog_noop.py" line="108"/>
        <source>党员联户长</source>
        <translation>Group heads who are party members</translation>
    </message>
    <message>
        <location filename="../../build/translations/catalog_noop.py" line="109"/>
        <source>党员联户长占比（%）</source>
        <translation>Group heads who are party members (%)</translation>
    </message>
    <message>
        <location filename="../../build/translations/catalog_noop.py" line="110"/>
        <source>党员（在册人口）</source>
        <translation>Party members (registered)</translation>
    </message>
    <message>
        <location filename="../../build/translations/catalog_noop.py" line="111"/>
        <source>本年办件</source>
        <translation>Requests this year</translation>
    </message>
    <message>
        <location filename="../../build/translations/catalog_noop.py" line="112"/>
        <source>本年办结</source>
        <translation>Completed this year</translation>
    </message>
    <message>
        <location filename="../../build/translations/catalog_noop.py" line="113"/>
        <source>在办件</source>
        <translation>Open requests</translation>
    </message>
    <message>
        <location filename="../../build/translations/catalog_noop.py" line="114"/>
        <source>超期未办结</source>
        <translation>Overdue requests</translation>
    </message>
    <message>
        <location filename="../../build/translations/catalog_noop.py" line="115"/>
        <source>平均办结天数</source>
        <translation>Average days to complete</translation>
    </message>
    <message>
        <location filename="../../build/translations/catalog_noop.py" line="116"/>
        <source>近30天走访</source>
        <translation>Visits, last 30 days</translation>
    </message>
    <message>
        <location filename="../../build/translations/catalog_noop.py" line="117"/>
        <source>群众诉求</source>
        <translation>Appeals</translation>
    </message>
    <message>
        <location filename="../../build/translations/catalog_noop.py" line="118"/>
        <source>微心愿</source>
        <translation>Micro-wishes</translation>
    </message>
    <message>
        <location filename="../../build/translations/catalog_noop.py" line="119"/>
        <source>问题</source>
        <translation>Problems</translation>
    </message>
    <message>
        <location filename="../../build/translations/catalog_noop.py" line="120"/>
        <source>未办结诉求</source>
        <translation>Open appeals</translation>
    </message>
    <message>
        <location filename="../../build/translations/catalog_noop.py" line="121"/>
        <source>诉求平均办结天数</source>
        <translation>Average days to close an appeal</translation>
    </message>
</context>
<context>
    <name>sync</name>
    <message>
        <location filename="../../build/translations/catalog_noop.py" line="122"/>
        <source>正在上传本机修改</source>
        <translation>Sending this device&apos;s changes</translation>
    </message>
    <message>
        <location filename="../../build/translations/catalog_noop.py" line="123"/>
        <source>正在下载其他设备的修改</source>
        <translation>Receiving other devices&apos; changes</translation>
    </message>
    <message>
        <location filename="../../build/translations/catalog_noop.py" line="124"/>
        <source>正在下载全量数据</source>
        <translation>Receiving the full data set</translation>
    </message>
    <message>
        <location filename="../../build/translations/catalog_noop.py" line="125"/>
        <source>无法连接县级服务器（网络不通或服务器未启动），稍后会自动重试</source>
        <translation>Cannot reach the county server (no network, or the server is down); will retry by itself</translation>
    </message>
    <message>
        <location filename="../../build/translations/catalog_noop.py" line="126"/>
        <source>连接县级服务器超时（网络太慢或中断），稍后会自动重试</source>
        <translation>The county server did not answer in time (slow or broken link); will retry by itself</translation>
    </message>
    <message>
        <location filename="../../build/translations/catalog_noop.py" line="127"/>
        <source>与县级服务器的连接中途断开，稍后会自动重试</source>
        <translation>The connection to the county server broke off; will retry by itself</translation>
    </message>
    <message>
        <location filename="../../build/translations/catalog_noop.py" line="128"/>
        <source>县级服务器的应答无法识别，请确认服务器版本</source>
        <translation>The county server&apos;s answer was not understood; check the server&apos;s version</translation>
    </message>
    <message>
        <location filename="../../build/translations/catalog_noop.py" line="129"/>
        <source>本设备的授权无效或已被撤销，请联系县级管理员重新登记设备</source>
        <translation>This device&apos;s authorisation is invalid or revoked; ask the county administrator to enrol it again</translation>
    </message>
    <message>
        <location filename="../../build/translations/catalog_noop.py" line="130"/>
        <source>一次发送的数据超过服务器上限，将拆成小批重试</source>
        <translation>Too much data for one request; retrying in smaller batches</translation>
    </message>
    <message>
        <location filename="../../build/translations/catalog_noop.py" line="131"/>
        <source>服务器地址必须以https://开头（明文http只允许连接本机，或在设置中明确允许）</source>
        <translation>The server address must start with https:// (plain http only to this computer, or when allowed in the settings)</translation>
    </message>
    <message>
        <location filename="../../build/translations/catalog_noop.py" line="132"/>
        <source>本设备尚未在县级服务器登记，请先执行“同步登记”</source>
        <translation>This device is not enrolled with the county server; enrol it first</translation>
    </message>
    <message>
        <location filename="../../build/translations/catalog_noop.py" line="133"/>
        <source>密钥环中找不到本设备的同步令牌，请重新登记设备</source>
        <translation>The keyring has no sync token for this device; enrol it again</translation>
    </message>
    <message>
        <location filename="../../build/translations/catalog_noop.py" line="134"/>
        <source>另一次同步正在进行</source>
        <translation>Another sync is running</translation>
    </message>
    <message>
        <location filename="../../build/translations/catalog_noop.py" line="135"/>
        <source>同步已中止</source>
        <translation>Sync was stopped</translation>
    </message>
</context>
<context>
    <name>sync_rows</name>
    <message>
        <location filename="../../src/gov_desktop/ui/models/sync_rows.py" line="22"/>
        <source>（空）</source>
        <translation>(empty)</translation>
    </message>
</context>
<context>
    <name>tables</name>
    <message>
        <location filename="../../build/translations/catalog_noop.py" line="136"/>
        <source>乡镇</source>
        <translation>Township</translation>
    </message>
    <message>
        <location filename="../../build/translations/catalog_noop.py" line="137"/>
        <source>村(居)</source>
        <translation>Village</translation>
    </message>
    <message>
        <location filename="../../build/translations/catalog_noop.py" line="138"/>
        <source>网格</source>
        <translation>Grid</translation>
    </message>
    <message>
        <location filename="../../build/translations/catalog_noop.py" line="139"/>
        <source>网格工作人员</source>
        <translation>Grid staff</translation>
    </message>
    <message>
        <location filename="../../build/translations/catalog_noop.py" line="140"/>
        <source>户</source>
        <translation>Household</translation>
    </message>
    <message>
        <location filename="../../build/translations/catalog_noop.py" line="141"/>
        <source>人员</source>
        <translation>Person</translation>
    </message>
    <message>
        <location filename="../../build/translations/catalog_noop.py" line="142"/>
        <source>双联户</source>
        <translation>Joint-household groups</translation>
    </message>
    <message>
        <location filename="../../build/translations/catalog_noop.py" line="143"/>
        <source>党员包户</source>
        <translation>Party duty</translation>
    </message>
    <message>
        <location filename="../../build/translations/catalog_noop.py" line="144"/>
        <source>文明户评星</source>
        <translation>Civilized-household rating</translation>
    </message>
    <message>
        <location filename="../../build/translations/catalog_noop.py" line="145"/>
        <source>服务窗口</source>
        <translation>Window</translation>
    </message>
    <message>
        <location filename="../../build/translations/catalog_noop.py" line="146"/>
        <source>服务事项</source>
        <translation>Matter</translation>
    </message>
    <message>
        <location filename="../../build/translations/catalog_noop.py" line="147"/>
        <source>办件</source>
        <translation>Service request</translation>
    </message>
    <message>
        <location filename="../../build/translations/catalog_noop.py" line="148"/>
        <source>走访记录</source>
        <translation>Home Visits</translation>
    </message>
    <message>
        <location filename="../../build/translations/catalog_noop.py" line="149"/>
        <source>群众诉求</source>
        <translation>Appeals</translation>
    </message>
    <message>
        <location filename="../../build/translations/catalog_noop.py" line="150"/>
        <source>承办单位</source>
        <translation>Assigned to</translation>
    </message>
    <message>
        <location filename="../../build/translations/catalog_noop.py" line="151"/>
        <source>冲突记录</source>
        <translation>Conflict</translation>
    </message>
</context>
</TS>
