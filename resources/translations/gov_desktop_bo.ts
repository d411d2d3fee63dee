<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="bo" sourcelanguage="zh_CN">
<context>
    <name></name>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/register/file_dialogs.py" line="22"/>
        <source>Excel 工作簿 (*.xlsx)</source>
        <translation type="unfinished">Excel ལས་དེབ། (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/register/file_dialogs.py" line="26"/>
        <source>Excel 文件 (*.xlsx *.xls);;所有文件 (*)</source>
        <translation type="unfinished">Excel ཡིག་ཆ། (*.xlsx *.xls);;ཡིག་ཆ་ཡོངས་རྫོགས། (*)</translation>
    </message>
</context>
<context>
    <name>AcceptRequestDialog</name>
    <message>
        <location filename="../../src/gov_desktop/ui/dialogs/service_forms.py" line="42"/>
        <source>受理办件</source>
        <translation type="unfinished">ལས་དོན་ལེན་པ།</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/dialogs/service_forms.py" line="52"/>
        <source>申请人（在册）</source>
        <translation type="unfinished">ཞུ་མཁན།（ཐོ་ཐོག་ཡོད་པ།）</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/dialogs/service_forms.py" line="56"/>
        <source>不在本乡镇登记的申请人，直接填写姓名</source>
        <translation type="unfinished">ཤང་གྲོང་རྡལ་འདིར་ཐོ་འགོད་མེད་པའི་ཞུ་མཁན་ཡིན་ན། མིང་ཐད་ཀར་འབྲི་རོགས།</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/dialogs/service_forms.py" line="57"/>
        <source>申请人姓名</source>
        <translation type="unfinished">ཞུ་མཁན་གྱི་མིང་།</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/dialogs/service_forms.py" line="61"/>
        <source>所属乡镇</source>
        <translation type="unfinished">གཏོགས་ས་ཤང་གྲོང་རྡལ།</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/dialogs/service_forms.py" line="67"/>
        <source>服务窗口</source>
        <translation type="unfinished">ཞབས་ཞུའི་སྒེའུ་ཁུང་།</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/dialogs/service_forms.py" line="71"/>
        <source>服务事项</source>
        <translation type="unfinished">ཞབས་ཞུའི་རྣམ་གྲངས།</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/dialogs/service_forms.py" line="78"/>
        <source>已收材料</source>
        <translation type="unfinished">ལེན་ཟིན་པའི་ཡིག་ཆ་རྒྱུ་ཆ།</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/dialogs/service_forms.py" line="82"/>
        <source>受理方式</source>
        <translation type="unfinished">ལེན་སྟངས།</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/dialogs/service_forms.py" line="87"/>
        <source>备注</source>
        <translation type="unfinished">མཆན།</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/dialogs/service_forms.py" line="140"/>
        <source>承诺{0}个工作日内办结</source>
        <translation type="unfinished">ལས་ཉིན་ {0} ནང་མཇུག་སྒྲིལ་རྒྱུར་ཁས་ལེན།</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/dialogs/service_forms.py" line="142"/>
        <source>（需转县级办理）</source>
        <translation type="unfinished">（རྫོང་རིམ་ལ་སྤྲོད་ནས་སྒྲུབ་དགོས།）</translation>
    </message>
</context>
<context>
    <name>AddUserDialog</name>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/settings_page/users_tab.py" line="44"/>
        <source>添加用户</source>
        <translation type="unfinished">སྤྱོད་མཁན་ཁ་སྣོན།</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/settings_page/users_tab.py" line="65"/>
        <source>用户名</source>
        <translation type="unfinished">སྤྱོད་མཁན་གྱི་མིང་།</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/settings_page/users_tab.py" line="66"/>
        <source>姓名</source>
        <translation type="unfinished">མིང་།</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/settings_page/users_tab.py" line="67"/>
        <source>角色</source>
        <translation type="unfinished">གོ་གནས།</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/settings_page/users_tab.py" line="68"/>
        <source>乡镇代码</source>
        <translation type="unfinished">ཤང་གྲོང་རྡལ་གྱི་ཨང་རྟགས།</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/settings_page/users_tab.py" line="69"/>
        <source>初始密码</source>
        <translation type="unfinished">ཐོག་མའི་གསང་ཨང་།</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/settings_page/users_tab.py" line="70"/>
        <source>再次输入</source>
        <translation type="unfinished">ཡང་བསྐྱར་འབྲི།</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/settings_page/users_tab.py" line="97"/>
        <source>两次输入的密码不一致</source>
        <translation type="unfinished">ཐེངས་གཉིས་སུ་བྲིས་པའི་གསང་ཨང་མི་མཐུན།</translation>
    </message>
</context>
<context>
    <name>AdminPage</name>
    <message>
        <location filename="../../src/gov_desktop/ui/dialogs/first_run.py" line="101"/>
        <source>管理员账号</source>
        <translation type="unfinished">དོ་དམ་པའི་ཐོ་ཁོངས།</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/dialogs/first_run.py" line="102"/>
        <source>管理员可以添加其他用户、管理网格和备份数据。请牢记密码。</source>
        <translation type="unfinished">དོ་དམ་པས་སྤྱོད་མཁན་གཞན་ཁ་སྣོན་དང་། དྲ་མིག་དོ་དམ། གཞི་གྲངས་གྲབས་ཉར་བཅས་བྱེད་ཐུབ། གསང་ཨང་བརྗེད་མེད་བྱེད་རོགས།</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/dialogs/first_run.py" line="118"/>
        <source>用户名</source>
        <translation type="unfinished">སྤྱོད་མཁན་གྱི་མིང་།</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/dialogs/first_run.py" line="119"/>
        <source>姓名</source>
        <translation type="unfinished">མིང་།</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/dialogs/first_run.py" line="120"/>
        <source>密码</source>
        <translation type="unfinished">གསང་ཨང་།</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/dialogs/first_run.py" line="121"/>
        <source>再次输入密码</source>
        <translation type="unfinished">གསང་ཨང་ཡང་བསྐྱར་འབྲི།</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/dialogs/first_run.py" line="122"/>
        <source>密码至少8位，且须同时包含字母和数字</source>
        <translation type="unfinished">གསང་ཨང་ལ་ཉུང་མཐར་ཡིག་རྟགས་ 8 དགོས་ཤིང་། ཡི་གེ་དང་ཨང་ཀི་གཉིས་ཀ་ཚུད་དགོས།</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/dialogs/first_run.py" line="138"/>
        <source>两次输入的密码不一致</source>
        <translation type="unfinished">ཐེངས་གཉིས་སུ་བྲིས་པའི་གསང་ཨང་མི་མཐུན།</translation>
    </message>
</context>
<context>
    <name>AppealFormDialog</name>
    <message>
        <location filename="../../src/gov_desktop/ui/dialogs/visit_appeal_forms.py" line="159"/>
        <source>登记群众诉求</source>
        <translation type="unfinished">མང་ཚོགས་ཀྱི་རེ་འདུན་ཐོ་འགོད།</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/dialogs/visit_appeal_forms.py" line="166"/>
        <source>类别</source>
        <translation type="unfinished">རིགས།</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/dialogs/visit_appeal_forms.py" line="170"/>
        <source>诉求分类</source>
        <translation type="unfinished">རེ་འདུན་གྱི་རིགས་དབྱེ།</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/dialogs/visit_appeal_forms.py" line="172"/>
        <source>诉求内容</source>
        <translation type="unfinished">རེ་འདུན་གྱི་ནང་དོན།</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/dialogs/visit_appeal_forms.py" line="175"/>
        <source>提出诉求的户</source>
        <translation type="unfinished">རེ་འདུན་འདོན་མཁན་ཁྱིམ་ཚང་།</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/dialogs/visit_appeal_forms.py" line="179"/>
        <source>所属乡镇（不选户时）</source>
        <translation type="unfinished">གཏོགས་ས་ཤང་གྲོང་རྡལ།（ཁྱིམ་ཚང་མ་བདམས་ཚེ།）</translation>
    </message>
</context>
<context>
    <name>AppealHistoryModel</name>
    <message>
        <location filename="../../src/gov_desktop/ui/models/household_history.py" line="110"/>
        <source>提出日期</source>
        <translation type="unfinished">འདོན་པའི་ཚེས་གྲངས།</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/models/household_history.py" line="111"/>
        <source>类别</source>
        <translation type="unfinished">རིགས།</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/models/household_history.py" line="112"/>
        <source>分类</source>
        <translation type="unfinished">རིགས་དབྱེ།</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/models/household_history.py" line="113"/>
        <source>内容</source>
        <translation type="unfinished">ནང་དོན།</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/models/household_history.py" line="114"/>
        <source>状态</source>
        <translation type="unfinished">གནས་སྟངས།</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/models/household_history.py" line="115"/>
        <source>承办单位</source>
        <translation type="unfinished">འགན་འཁུར་ལས་ཁུངས།</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/models/household_history.py" line="116"/>
        <source>回音壁</source>
        <translation type="unfinished">ལན་འདེབས་ངོས།</translation>
    </message>
</context>
<context>
    <name>AppealListModel</name>
    <message>
        <location filename="../../src/gov_desktop/ui/models/appeals.py" line="34"/>
        <source>类别</source>
        <translation type="unfinished">རིགས།</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/models/appeals.py" line="35"/>
        <source>诉求内容</source>
        <translation type="unfinished">རེ་འདུན་གྱི་ནང་དོན།</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/models/appeals.py" line="36"/>
        <source>诉求分类</source>
        <translation type="unfinished">རེ་འདུན་གྱི་རིགས་དབྱེ།</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/models/appeals.py" line="37"/>
        <source>户号</source>
        <translation type="unfinished">ཁྱིམ་ཚང་ཨང་རྟགས།</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/models/appeals.py" line="38"/>
        <source>群众</source>
        <translation type="unfinished">མང་ཚོགས།</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/models/appeals.py" line="39"/>
        <source>状态</source>
        <translation type="unfinished">གནས་སྟངས།</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/models/appeals.py" line="40"/>
        <source>承办单位</source>
        <translation type="unfinished">འགན་འཁུར་ལས་ཁུངས།</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/models/appeals.py" line="41"/>
        <source>征集时间</source>
        <translation type="unfinished">བསྡུ་རུབ་དུས་ཚོད།</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/models/appeals.py" line="42"/>
        <source>办结时间</source>
        <translation type="unfinished">མཇུག་སྒྲིལ་དུས་ཚོད།</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/models/appeals.py" line="43"/>
        <source>回音壁</source>
        <translation type="unfinished">ལན་འདེབས་ངོས།</translation>
    </message>
</context>
<context>
    <name>AppealsPage</name>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/appeals.py" line="27"/>
        <source>未办结</source>
        <translation type="unfinished">མཇུག་མ་སྒྲིལ་བ།</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/appeals.py" line="28"/>
        <source>全部状态</source>
        <translation type="unfinished">གནས་སྟངས་ཡོངས།</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/appeals.py" line="42"/>
        <source>群众诉求 · 微心愿与问题墙</source>
        <translation type="unfinished">མང་ཚོགས་ཀྱི་རེ་འདུན། · རེ་འདུན་ཆུང་ཆུང་དང་གནད་དོན་གྱི་ངོས།</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/appeals.py" line="51"/>
        <source>微心愿和问题</source>
        <translation type="unfinished">རེ་འདུན་ཆུང་ཆུང་དང་གནད་དོན།</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/appeals.py" line="61"/>
        <source>登记诉求</source>
        <translation type="unfinished">རེ་འདུན་ཐོ་འགོད།</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/appeals.py" line="65"/>
        <source>派单…</source>
        <translation type="unfinished">ལས་འགན་བགོ་འགྲེམ…</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/appeals.py" line="68"/>
        <source>办结…</source>
        <translation type="unfinished">མཇུག་སྒྲིལ…</translation>
    </message>
</context>
<context>
    <name>BackupListModel</name>
    <message>
        <location filename="../../src/gov_desktop/ui/models/admin_rows.py" line="60"/>
        <source>每日/手动备份</source>
        <translation type="unfinished">ཉིན་རེ།/ལག་སྒུལ་གྲབས་ཉར།</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/models/admin_rows.py" line="61"/>
        <source>升级前自动备份</source>
        <translation type="unfinished">རིམ་སྤོར་སྔོན་གྱི་རང་འགུལ་གྲབས་ཉར།</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/models/admin_rows.py" line="62"/>
        <source>恢复前自动备份</source>
        <translation type="unfinished">སླར་གསོའི་སྔོན་གྱི་རང་འགུལ་གྲབས་ཉར།</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/models/admin_rows.py" line="63"/>
        <source>手动备份</source>
        <translation type="unfinished">ལག་སྒུལ་གྲབས་ཉར།</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/models/admin_rows.py" line="76"/>
        <source>备份时间</source>
        <translation type="unfinished">གྲབས་ཉར་དུས་ཚོད།</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/models/admin_rows.py" line="77"/>
        <source>类型</source>
        <translation type="unfinished">རིགས།</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/models/admin_rows.py" line="78"/>
        <source>大小</source>
        <translation type="unfinished">ཆེ་ཆུང་།</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/models/admin_rows.py" line="79"/>
        <source>文件</source>
        <translation type="unfinished">ཡིག་ཆ།</translation>
    </message>
</context>
<context>
    <name>BackupsTab</name>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/settings_page/backups_tab.py" line="47"/>
        <source>每天第一次启动时自动备份，保留最近7份。备份文件已加密，只能在本机（或用密钥备份文件）恢复。</source>
        <translation type="unfinished">ཉིན་རེར་ཐེངས་དང་པོ་འགོ་སློང་སྐབས་རང་འགུལ་གྱིས་གྲབས་ཉར་བྱེད་ཅིང་། ཉེ་ཆར་གྱི་ 7 ཉར་ཚགས་བྱེད། གྲབས་ཉར་ཡིག་ཆ་གསང་སྡོམ་བྱས་ཡོད་པས། གློག་ཀླད་འདིའི་ཐོག་ཁོ་ནར་（ཡང་ན་གསང་ལྡེའི་གྲབས་ཉར་ཡིག་ཆ་སྤྱད་ནས་）སླར་གསོ་བྱེད་ཐུབ།</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/settings_page/backups_tab.py" line="54"/>
        <source>立即备份</source>
        <translation type="unfinished">ད་ལྟ་གྲབས་ཉར།</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/settings_page/backups_tab.py" line="57"/>
        <source>从所选备份恢复…</source>
        <translation type="unfinished">བདམས་པའི་གྲབས་ཉར་ནས་སླར་གསོ…</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/settings_page/backups_tab.py" line="75"/>
        <source>数据库密钥备份</source>
        <translation type="unfinished">གཞི་གྲངས་མཛོད་ཀྱི་གསང་ལྡེ་གྲབས་ཉར།</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/settings_page/backups_tab.py" line="79"/>
        <source>电脑重装或密钥环丢失时，需要用密钥备份文件和口令才能打开数据。请导出并妥善保管。</source>
        <translation type="unfinished">གློག་ཀླད་བསྐྱར་སྒྲིག་བྱས་པའམ་གསང་ལྡེའི་སྒྲོག་བོར་བ་ཡིན་ན། གསང་ལྡེའི་གྲབས་ཉར་ཡིག་ཆ་དང་གསང་ཚིག་སྤྱད་དེ་གཞི་གྲངས་ཁ་ཕྱེ་དགོས། ཕྱིར་འདྲེན་བྱས་ནས་ལེགས་པར་ཉར་ཚགས་བྱེད་རོགས།</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/settings_page/backups_tab.py" line="84"/>
        <source>导出密钥备份…</source>
        <translation type="unfinished">གསང་ལྡེའི་གྲབས་ཉར་ཕྱིར་འདྲེན…</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/settings_page/backups_tab.py" line="105"/>
        <source>密钥保存在系统密钥环（{0}）中。</source>
        <translation type="unfinished">གསང་ལྡེ་མ་ལག་གི་གསང་ལྡེའི་སྒམ་（{0}）ནང་ཉར་ཡོད།</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/settings_page/backups_tab.py" line="110"/>
        <source>警告：本机没有可用的系统密钥环，数据库密钥保存在用户目录下的明文文件（{0}）中，拷走该文件和数据库即可读取数据。请先导出密钥备份；启用系统密钥环（如 GNOME 密钥环）后，用“gov-desktop key restore”把密钥移入其中。</source>
        <translation type="unfinished">ཉེན་བརྡ། གློག་ཀླད་འདིར་མ་ལག་གི་གསང་ལྡེའི་སྒམ་མེད་པས། གཞི་གྲངས་མཛོད་ཀྱི་གསང་ལྡེ་སྤྱོད་མཁན་གྱི་ཡིག་སྣོད་ནང་གི་ཡིག་ཆ་གསལ་པོ་（{0}）ནང་ཉར་ཡོད། ཡིག་ཆ་དེ་དང་གཞི་གྲངས་མཛོད་འདྲ་བཤུས་བྱས་ན་གཞི་གྲངས་ཀློག་ཐུབ། སྔོན་ལ་གསང་ལྡེའི་གྲབས་ཉར་ཕྱིར་འདྲེན་གནང་། མ་ལག་གི་གསང་ལྡེའི་སྒམ་（དཔེར་ན་ GNOME Keyring）སྤྱོད་འགོ་བཙུགས་རྗེས། “gov-desktop key restore”བེད་སྤྱད་དེ་གསང་ལྡེ་དེའི་ནང་སྤོར་རོགས།</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/settings_page/backups_tab.py" line="141"/>
        <source>已备份到 {0}</source>
        <translation type="unfinished">{0} ལ་གྲབས་ཉར་བྱས་ཟིན།</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/settings_page/backups_tab.py" line="156"/>
        <source>从备份恢复</source>
        <translation type="unfinished">གྲབས་ཉར་ནས་སླར་གསོ།</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/settings_page/backups_tab.py" line="158"/>
        <source>将把数据恢复到 {0} 的备份。

恢复前会先自动备份当前数据（类型为“恢复前自动备份”），如需撤销，可再从那份备份恢复。恢复后需要重新登录；此后尚未同步的修改以备份中的为准。

确定要恢复吗？</source>
        <translation type="unfinished">གཞི་གྲངས་དེ་ {0} ཡི་གྲབས་ཉར་ལ་སླར་གསོ་བྱེད་རྒྱུ་ཡིན།

སླར་གསོ་མ་བྱས་གོང་མིག་སྔའི་གཞི་གྲངས་རང་འགུལ་གྱིས་གྲབས་ཉར་བྱེད།（རིགས་ནི་“སླར་གསོའི་སྔོན་གྱི་རང་འགུལ་གྲབས་ཉར།”ཡིན།）ཕྱིར་འཐེན་དགོས་ན་གྲབས་ཉར་དེ་ནས་ཡང་བསྐྱར་སླར་གསོ་བྱེད་ཆོག སླར་གསོ་བྱས་རྗེས་ཡང་བསྐྱར་ནང་འཛུལ་དགོས། དེ་རྗེས་མཉམ་འགྲིག་མ་བྱས་པའི་བཟོ་བཅོས་རྣམས་གྲབས་ཉར་ནང་གི་དེ་ལྟར་འགྱུར།

ངེས་པར་དུ་སླར་གསོ་བྱེད་དམ།</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/settings_page/backups_tab.py" line="178"/>
        <source>未能先备份当前数据，没有恢复：{0}</source>
        <translation type="unfinished">མིག་སྔའི་གཞི་གྲངས་སྔོན་ལ་གྲབས་ཉར་བྱེད་མ་ཐུབ་པས་སླར་གསོ་མ་བྱས། {0}</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/settings_page/backups_tab.py" line="187"/>
        <source>导出密钥备份</source>
        <translation type="unfinished">གསང་ལྡེའི་གྲབས་ཉར་ཕྱིར་འདྲེན།</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/settings_page/backups_tab.py" line="188"/>
        <source>设置一个口令（至少8位，含字母和数字）。恢复时需要它：</source>
        <translation type="unfinished">གསང་ཚིག་ཅིག་གཏན་འཁེལ་གྱིས།（ཉུང་མཐར་ཡིག་རྟགས་ 8 དང་ཡི་གེ་དང་ཨང་ཀི་ཚུད་དགོས།）སླར་གསོ་བྱེད་སྐབས་དེ་དགོས།</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/settings_page/backups_tab.py" line="195"/>
        <source>保存密钥备份</source>
        <translation type="unfinished">གསང་ལྡེའི་གྲབས་ཉར་ཉར་ཚགས།</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/settings_page/backups_tab.py" line="197"/>
        <source>密钥备份 (*.json)</source>
        <translation type="unfinished">གསང་ལྡེའི་གྲབས་ཉར། (*.json)</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/settings_page/backups_tab.py" line="203"/>
        <source>密钥备份已保存到 {0}，请与数据分开保管。</source>
        <translation type="unfinished">གསང་ལྡེའི་གྲབས་ཉར་ {0} ལ་ཉར་ཟིན། གཞི་གྲངས་དང་ཁ་གྱེས་ནས་ཉར་ཚགས་བྱེད་རོགས།</translation>
    </message>
</context>
<context>
    <name>BatchListModel</name>
    <message>
        <location filename="../../src/gov_desktop/ui/models/sync_rows.py" line="212"/>
        <source>待发送</source>
        <translation type="unfinished">བསྐུར་རྒྱུ་སྒུག་བཞིན་པ།</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/models/sync_rows.py" line="213"/>
        <source>已确认</source>
        <translation type="unfinished">ངོས་འཛིན་བྱས་ཟིན།</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/models/sync_rows.py" line="214"/>
        <source>已写入同步文件</source>
        <translation type="unfinished">མཉམ་འགྲིག་ཡིག་ཆར་བྲིས་ཟིན།</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/models/sync_rows.py" line="229"/>
        <source>打包时间</source>
        <translation type="unfinished">ཐུམ་སྒྲིལ་དུས་ཚོད།</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/models/sync_rows.py" line="230"/>
        <source>修改条数</source>
        <translation type="unfinished">བཟོ་བཅོས་ཀྱི་གྲངས།</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/models/sync_rows.py" line="231"/>
        <source>状态</source>
        <translation type="unfinished">གནས་སྟངས།</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/models/sync_rows.py" line="232"/>
        <source>发送次数</source>
        <translation type="unfinished">བསྐུར་ཐེངས།</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/models/sync_rows.py" line="233"/>
        <source>确认时间</source>
        <translation type="unfinished">ངོས་འཛིན་དུས་ཚོད།</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/models/sync_rows.py" line="234"/>
        <source>最近错误</source>
        <translation type="unfinished">ཉེ་ཆར་གྱི་ནོར་འཁྲུལ།</translation>
    </message>
</context>
<context>
    <name>ChoicePage</name>
    <message>
        <location filename="../../src/gov_desktop/ui/dialogs/first_run.py" line="59"/>
        <source>欢迎使用</source>
        <translation type="unfinished">བྱོན་པ་ལེགས་སོ།</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/dialogs/first_run.py" line="60"/>
        <source>本机还没有用户。请选择本机的用途。</source>
        <translation type="unfinished">གློག་ཀླད་འདིར་ད་དུང་སྤྱོད་མཁན་མེད། གློག་ཀླད་འདིའི་སྤྱོད་ཡུལ་འདེམས་རོགས།</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/dialogs/first_run.py" line="62"/>
        <source>乡镇使用：本乡镇的便民服务大厅和网格管理</source>
        <translation type="unfinished">ཤང་གྲོང་རྡལ་གྱིས་སྤྱོད་པ། ཤང་གྲོང་རྡལ་འདིའི་མང་ཚོགས་ལ་སྟབས་བདེའི་ཞབས་ཞུའི་ཚོམ་ཆེན་དང་དྲ་མིག་དོ་དམ།</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/dialogs/first_run.py" line="64"/>
        <source>县级使用：查看和管理全县各乡镇的数据</source>
        <translation type="unfinished">རྫོང་རིམ་གྱིས་སྤྱོད་པ། རྫོང་ཧྲིལ་པོའི་ཤང་གྲོང་རྡལ་ཁག་གི་གཞི་གྲངས་ལྟ་ཞིབ་དང་དོ་དམ།</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/dialogs/first_run.py" line="66"/>
        <source>先看看：打开演示县（模拟数据，可随意操作）</source>
        <translation type="unfinished">སྔོན་ལ་ལྟ་བ། དཔེ་སྟོན་རྫོང་ཁ་ཕྱེ།（དཔེ་ཟླའི་གཞི་གྲངས་ཡིན་པས་རང་མོས་སུ་བཀོལ་སྤྱོད་བྱེད་ཆོག）</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/dialogs/first_run.py" line="85"/>
        <source>打开演示县</source>
        <translation type="unfinished">དཔེ་སྟོན་རྫོང་ཁ་ཕྱེ།</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/dialogs/first_run.py" line="85"/>
        <source>下一步</source>
        <translation type="unfinished">རྗེས་མ།</translation>
    </message>
</context>
<context>
    <name>CloseRequestDialog</name>
    <message>
        <location filename="../../src/gov_desktop/ui/dialogs/service_forms.py" line="191"/>
        <source>退回办件</source>
        <translation type="unfinished">ལས་དོན་ཕྱིར་སློག</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/dialogs/service_forms.py" line="191"/>
        <source>办结办件</source>
        <translation type="unfinished">ལས་དོན་མཇུག་སྒྲིལ།</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/dialogs/service_forms.py" line="198"/>
        <source>办件</source>
        <translation type="unfinished">ལས་དོན།</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/dialogs/service_forms.py" line="203"/>
        <source>退回原因</source>
        <translation type="unfinished">ཕྱིར་སློག་གི་རྒྱུ་མཚན།</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/dialogs/service_forms.py" line="203"/>
        <source>办理结果</source>
        <translation type="unfinished">སྒྲུབ་འབྲས།</translation>
    </message>
</context>
<context>
    <name>ConflictListModel</name>
    <message>
        <location filename="../../src/gov_desktop/ui/models/sync_rows.py" line="47"/>
        <source>数据</source>
        <translation type="unfinished">གཞི་གྲངས།</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/models/sync_rows.py" line="48"/>
        <source>字段</source>
        <translation type="unfinished">ཡིག་ཁོངས།</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/models/sync_rows.py" line="49"/>
        <source>本机的值</source>
        <translation type="unfinished">གློག་ཀླད་འདིའི་ནང་དོན།</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/models/sync_rows.py" line="50"/>
        <source>对方的值</source>
        <translation type="unfinished">ཕ་རོལ་གྱི་ནང་དོན།</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/models/sync_rows.py" line="51"/>
        <source>现在的值</source>
        <translation type="unfinished">ད་ལྟའི་ནང་དོན།</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/models/sync_rows.py" line="52"/>
        <source>本机修改</source>
        <translation type="unfinished">གློག་ཀླད་འདིས་བཟོ་བཅོས།</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/models/sync_rows.py" line="53"/>
        <source>对方修改</source>
        <translation type="unfinished">ཕ་རོལ་གྱིས་བཟོ་བཅོས།</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/models/sync_rows.py" line="54"/>
        <source>发现时间</source>
        <translation type="unfinished">རྙེད་པའི་དུས་ཚོད།</translation>
    </message>
</context>
<context>
    <name>ConflictsTab</name>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/sync_page/conflicts_tab.py" line="46"/>
        <source>两台设备同时修改了同一项数据。请逐条确认保留哪个值；未处理的冲突不影响其他数据的同步。</source>
        <translation type="unfinished">སྒྲིག་ཆས་གཉིས་ཀྱིས་དུས་མཚུངས་སུ་གཞི་གྲངས་གཅིག་བཟོ་བཅོས་བྱས། ནང་དོན་གང་ཞིག་ཉར་དགོས་པ་རེ་རེ་བཞིན་གཏན་འཁེལ་གྱིས། ཐག་མ་བཅད་པའི་གདོང་ཐུག་གིས་གཞི་གྲངས་གཞན་གྱི་མཉམ་འགྲིག་ལ་ཤུགས་རྐྱེན་མི་ཐེབས།</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/sync_page/conflicts_tab.py" line="57"/>
        <source>本机的值</source>
        <translation type="unfinished">གློག་ཀླད་འདིའི་ནང་དོན།</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/sync_page/conflicts_tab.py" line="58"/>
        <source>对方的值</source>
        <translation type="unfinished">ཕ་རོལ་གྱི་ནང་དོན།</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/sync_page/conflicts_tab.py" line="84"/>
        <source>保留本机的值</source>
        <translation type="unfinished">གློག་ཀླད་འདིའི་ནང་དོན་ཉར།</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/sync_page/conflicts_tab.py" line="87"/>
        <source>采用对方的值</source>
        <translation type="unfinished">ཕ་རོལ་གྱི་ནང་དོན་སྤྱོད།</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/sync_page/conflicts_tab.py" line="90"/>
        <source>改为…</source>
        <translation type="unfinished">བསྒྱུར་བ…</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/sync_page/conflicts_tab.py" line="128"/>
        <source>没有待处理的冲突</source>
        <translation type="unfinished">ཐག་གཅོད་བྱ་རྒྱུའི་གདོང་ཐུག་མེད།</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/sync_page/conflicts_tab.py" line="132"/>
        <location filename="../../src/gov_desktop/ui/pages/sync_page/conflicts_tab.py" line="134"/>
        <source>{0} 于 {1}</source>
        <translation type="unfinished">{0}། དུས་ཚོད། {1}</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/sync_page/conflicts_tab.py" line="137"/>
        <source>{0}的“{1}”，现在的值：{2}</source>
        <translation type="unfinished">{0} ནང་གི་“{1}”། ད་ལྟའི་ནང་དོན། {2}</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/sync_page/conflicts_tab.py" line="150"/>
        <source>改为新值</source>
        <translation type="unfinished">ནང་དོན་གསར་པར་བསྒྱུར།</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/sync_page/conflicts_tab.py" line="151"/>
        <source>“{0}”的正确值：</source>
        <translation type="unfinished">“{0}” ཡི་ནང་དོན་ཡང་དག་པ།</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/sync_page/conflicts_tab.py" line="174"/>
        <source>无法处理</source>
        <translation type="unfinished">ཐག་གཅོད་བྱེད་ཐབས་མེད།</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/dashboard.py" line="76"/>
        <source>在办件</source>
        <extracomment>(key, caption, page to open, colour of the number when not zero)</extracomment>
        <translation type="unfinished">སྒྲུབ་བཞིན་པའི་ལས་དོན།</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/dashboard.py" line="77"/>
        <source>超期未办结</source>
        <translation type="unfinished">དུས་ལས་བརྒལ་བ།</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/dashboard.py" line="78"/>
        <source>走访待跟进</source>
        <translation type="unfinished">རྗེས་འདེད་སྒུག་པའི་འཚམས་འདྲི།</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/dashboard.py" line="79"/>
        <source>诉求待派单</source>
        <translation type="unfinished">བགོ་འགྲེམ་སྒུག་པའི་རེ་འདུན།</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/dashboard.py" line="80"/>
        <source>诉求待反馈</source>
        <translation type="unfinished">ལན་འདེབས་སྒུག་པའི་རེ་འདུན།</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/dashboard.py" line="81"/>
        <source>近30天走访</source>
        <translation type="unfinished">ཉིན་ 30 ནང་གི་འཚམས་འདྲི།</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/dashboard.py" line="82"/>
        <source>户数</source>
        <translation type="unfinished">ཁྱིམ་ཚང་གྲངས།</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/dashboard.py" line="83"/>
        <source>在册人口</source>
        <translation type="unfinished">ཐོ་འགོད་མི་འབོར།</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/dashboard.py" line="154"/>
        <source>常用操作</source>
        <extracomment>&quot;page&quot; or &quot;page:action&quot; (the main window shows the page and runs the action)</extracomment>
        <translation type="unfinished">རྒྱུན་སྤྱོད་བཀོལ་སྤྱོད།</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/dashboard.py" line="162"/>
        <source>查找居民</source>
        <translation type="unfinished">སྡོད་དམངས་འཚོལ་བ།</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/dashboard.py" line="163"/>
        <source>受理办件</source>
        <translation type="unfinished">ལས་དོན་ལེན་པ།</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/dashboard.py" line="164"/>
        <source>登记走访</source>
        <translation type="unfinished">འཚམས་འདྲི་ཐོ་འགོད།</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/dashboard.py" line="165"/>
        <source>登记诉求</source>
        <translation type="unfinished">རེ་འདུན་ཐོ་འགོད།</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/dashboard.py" line="166"/>
        <source>统计报表</source>
        <translation type="unfinished">སྡོམ་རྩིས་རེའུ་མིག</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/dashboard.py" line="179"/>
        <source>立即同步</source>
        <translation type="unfinished">ད་ལྟ་མཉམ་འགྲིག</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/dashboard.py" line="203"/>
        <source>全县</source>
        <translation type="unfinished">རྫོང་ཧྲིལ་པོ།</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/dashboard.py" line="204"/>
        <source>工作台 · {0} · 今天 {1}</source>
        <translation type="unfinished">ལས་ཀའི་སྟེགས། · {0} · དེ་རིང་ {1}</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/dashboard.py" line="220"/>
        <source>本机尚未登记到县级服务器：数据只保存在本机。可在“数据同步”页登记，或用U盘传递同步文件。</source>
        <translation type="unfinished">གློག་ཀླད་འདི་རྫོང་གི་ཞབས་ཞུ་འཕྲུལ་ཆས་སུ་ད་དུང་ཐོ་འགོད་བྱས་མེད། གཞི་གྲངས་གློག་ཀླད་འདིར་ཁོ་ན་ཉར་ཡོད། “གཞི་གྲངས་མཉམ་འགྲིག”ཤོག་ངོས་སུ་ཐོ་འགོད་བྱེད་པའམ། U སྡེར་སྤྱད་དེ་མཉམ་འགྲིག་ཡིག་ཆ་སྐྱེལ་ཆོག</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/dashboard.py" line="226"/>
        <source>从未</source>
        <translation type="unfinished">གཏན་ནས་མེད།</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/dashboard.py" line="228"/>
        <source>上次同步：{0}；待上传 {1} 条修改</source>
        <translation type="unfinished">ཐེངས་སྔ་མའི་མཉམ་འགྲིག {0}། ཡར་སྐྱེལ་སྒུག་པའི་བཟོ་བཅོས་ {1}</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/dashboard.py" line="230"/>
        <source>；{0} 处冲突待处理</source>
        <translation type="unfinished">། ཐག་གཅོད་སྒུག་པའི་གདོང་ཐུག་ {0}</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/dashboard.py" line="232"/>
        <source>；{0} 条修改被服务器拒绝</source>
        <translation type="unfinished">། ཞབས་ཞུ་འཕྲུལ་ཆས་ཀྱིས་ཁས་མ་བླངས་པའི་བཟོ་བཅོས་ {0}</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/dashboard.py" line="234"/>
        <source>上次同步未完成：{0}</source>
        <translation type="unfinished">ཐེངས་སྔ་མའི་མཉམ་འགྲིག་ལེགས་གྲུབ་མ་བྱུང་། {0}</translation>
    </message>
</context>
<context>
    <name>DispatchDialog</name>
    <message>
        <location filename="../../src/gov_desktop/ui/dialogs/visit_appeal_forms.py" line="216"/>
        <source>派单</source>
        <translation type="unfinished">ལས་འགན་བགོ་འགྲེམ།</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/dialogs/visit_appeal_forms.py" line="220"/>
        <source>诉求</source>
        <translation type="unfinished">རེ་འདུན།</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/dialogs/visit_appeal_forms.py" line="223"/>
        <source>承办单位</source>
        <translation type="unfinished">འགན་འཁུར་ལས་ཁུངས།</translation>
    </message>
</context>
<context>
    <name>EnrolForm</name>
    <message>
        <location filename="../../src/gov_desktop/ui/widgets/enrol_form.py" line="43"/>
        <source>县级管理员给的一次性登记码</source>
        <extracomment>sync error codes → the field they are about</extracomment>
        <translation type="unfinished">རྫོང་གི་དོ་དམ་པས་སྤྲད་པའི་ཐེངས་གཅིག་སྤྱོད་ཀྱི་ཐོ་འགོད་ཨང་།</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/widgets/enrol_form.py" line="46"/>
        <source>可不填：服务器使用自签名证书时选择其CA证书</source>
        <translation type="unfinished">མ་བྲིས་ཀྱང་ཆོག ཞབས་ཞུ་འཕྲུལ་ཆས་ཀྱིས་རང་མིང་རྟགས་ལག་ཁྱེར་སྤྱོད་སྐབས་དེའི་ CA ལག་ཁྱེར་འདེམས།</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/widgets/enrol_form.py" line="47"/>
        <source>浏览…</source>
        <translation type="unfinished">བལྟ་བ…</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/widgets/enrol_form.py" line="54"/>
        <source>允许明文HTTP连接（仅限内网测试）</source>
        <translation type="unfinished">གསང་སྡོམ་མེད་པའི་ HTTP འབྲེལ་མཐུད་ཆོག（ནང་དྲའི་ཚོད་ལྟ་ཁོ་ན།）</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/widgets/enrol_form.py" line="56"/>
        <source>服务器地址</source>
        <translation type="unfinished">ཞབས་ཞུ་འཕྲུལ་ཆས་ཀྱི་ཁ་བྱང་།</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/widgets/enrol_form.py" line="57"/>
        <source>登记码</source>
        <translation type="unfinished">ཐོ་འགོད་ཨང་།</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/widgets/enrol_form.py" line="58"/>
        <source>CA证书</source>
        <translation type="unfinished">CA ལག་ཁྱེར།</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/widgets/enrol_form.py" line="64"/>
        <source>选择CA证书</source>
        <translation type="unfinished">CA ལག་ཁྱེར་འདེམས།</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/widgets/enrol_form.py" line="64"/>
        <source>证书 (*.pem *.crt *.cer);;所有文件 (*)</source>
        <translation type="unfinished">ལག་ཁྱེར། (*.pem *.crt *.cer);;ཡིག་ཆ་ཡོངས་རྫོགས། (*)</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/widgets/enrol_form.py" line="82"/>
        <source>请填写服务器地址</source>
        <translation type="unfinished">ཞབས་ཞུ་འཕྲུལ་ཆས་ཀྱི་ཁ་བྱང་འབྲི་རོགས།</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/widgets/enrol_form.py" line="84"/>
        <source>请填写登记码</source>
        <translation type="unfinished">ཐོ་འགོད་ཨང་འབྲི་རོགས།</translation>
    </message>
</context>
<context>
    <name>EnrolPage</name>
    <message>
        <location filename="../../src/gov_desktop/ui/dialogs/first_run.py" line="174"/>
        <source>登记到县级服务器（可以以后再做）</source>
        <translation type="unfinished">རྫོང་གི་ཞབས་ཞུ་འཕྲུལ་ཆས་སུ་ཐོ་འགོད།（རྗེས་སུ་བྱས་ཀྱང་ཆོག）</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/dialogs/first_run.py" line="176"/>
        <source>登记后本机的数据会自动与县级服务器同步。没有网络时可以跳过，以后在“数据同步”页登记。</source>
        <translation type="unfinished">ཐོ་འགོད་བྱས་རྗེས་གློག་ཀླད་འདིའི་གཞི་གྲངས་རང་འགུལ་གྱིས་རྫོང་གི་ཞབས་ཞུ་འཕྲུལ་ཆས་དང་མཉམ་འགྲིག་བྱེད། དྲ་རྒྱ་མེད་ན་མཆོང་ཆོག་ལ། རྗེས་སུ་“གཞི་གྲངས་མཉམ་འགྲིག”ཤོག་ངོས་སུ་ཐོ་འགོད་བྱེད་ཆོག</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/dialogs/first_run.py" line="179"/>
        <source>现在登记</source>
        <translation type="unfinished">ད་ལྟ་ཐོ་འགོད།</translation>
    </message>
</context>
<context>
    <name>EnrolTab</name>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/sync_page/enrol_usb_tab.py" line="40"/>
        <source>向县级管理员索取一次性登记码（服务器上运行 gov-desktop-server enroll），填写后点击“登记”。</source>
        <translation type="unfinished">རྫོང་གི་དོ་དམ་པར་ཐེངས་གཅིག་སྤྱོད་ཀྱི་ཐོ་འགོད་ཨང་ཞུ་དགོས།（ཞབས་ཞུ་འཕྲུལ་ཆས་ཐོག་ gov-desktop-server enroll འཁོར་སྐྱོད་བྱེད།）བྲིས་རྗེས་“ཐོ་འགོད།”ལ་མནན་རོགས།</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/sync_page/enrol_usb_tab.py" line="50"/>
        <location filename="../../src/gov_desktop/ui/pages/sync_page/enrol_usb_tab.py" line="82"/>
        <location filename="../../src/gov_desktop/ui/pages/sync_page/enrol_usb_tab.py" line="88"/>
        <source>登记</source>
        <translation type="unfinished">ཐོ་འགོད།</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/sync_page/enrol_usb_tab.py" line="64"/>
        <source>本机已登记：{0}，设备号 {1}，登记时间 {2}。重新登记会换用新的登记码。</source>
        <translation type="unfinished">གློག་ཀླད་འདི་ཐོ་འགོད་བྱས་ཟིན། {0}། སྒྲིག་ཆས་ཨང་། {1}། ཐོ་འགོད་དུས་ཚོད། {2}། བསྐྱར་དུ་ཐོ་འགོད་བྱེད་ན་ཐོ་འགོད་ཨང་གསར་པ་སྤྱོད་དགོས།</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/sync_page/enrol_usb_tab.py" line="71"/>
        <source>本机尚未登记。</source>
        <translation type="unfinished">གློག་ཀླད་འདི་ད་དུང་ཐོ་འགོད་བྱས་མེད།</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/sync_page/enrol_usb_tab.py" line="78"/>
        <source>正在登记…</source>
        <translation type="unfinished">ཐོ་འགོད་བྱེད་བཞིན་པ…</translation>
    </message>
</context>
<context>
    <name>FeedbackDialog</name>
    <message>
        <location filename="../../src/gov_desktop/ui/dialogs/visit_appeal_forms.py" line="247"/>
        <source>诉求办结</source>
        <translation type="unfinished">རེ་འདུན་མཇུག་སྒྲིལ།</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/dialogs/visit_appeal_forms.py" line="251"/>
        <source>诉求</source>
        <translation type="unfinished">རེ་འདུན།</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/dialogs/visit_appeal_forms.py" line="253"/>
        <source>回音壁反馈</source>
        <translation type="unfinished">ལན་འདེབས་ངོས་ཀྱི་ལན།</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/register/filters.py" line="40"/>
        <location filename="../../src/gov_desktop/ui/pages/register/filters.py" line="98"/>
        <source>全部乡镇</source>
        <translation type="unfinished">ཤང་གྲོང་རྡལ་ཡོངས།</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/register/filters.py" line="47"/>
        <location filename="../../src/gov_desktop/ui/pages/register/filters.py" line="118"/>
        <source>全部村（居）</source>
        <translation type="unfinished">གྲོང་ཚོ།（སྡེ་ཁུལ།）ཡོངས།</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/register/filters.py" line="53"/>
        <location filename="../../src/gov_desktop/ui/pages/register/filters.py" line="130"/>
        <source>全部网格</source>
        <translation type="unfinished">དྲ་མིག་ཡོངས།</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/register/filters.py" line="69"/>
        <source>人员状态</source>
        <translation type="unfinished">མི་སྣའི་གནས་སྟངས།</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/register/filters.py" line="75"/>
        <source>全部状态</source>
        <translation type="unfinished">གནས་སྟངས་ཡོངས།</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/register/filters.py" line="80"/>
        <source>清除筛选</source>
        <translation type="unfinished">འདེམས་འཚག་གཙང་སེལ།</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/register/filters.py" line="156"/>
        <source>户类别：{0}</source>
        <translation type="unfinished">ཁྱིམ་ཚང་གི་རིགས། {0}</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/register/filters.py" line="156"/>
        <source>户类别：不限</source>
        <translation type="unfinished">ཁྱིམ་ཚང་གི་རིགས། ཚོད་འཛིན་མེད།</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <location filename="../../src/gov_desktop/ui/dialogs/first_run.py" line="206"/>
        <source>首次使用设置</source>
        <translation type="unfinished">ཐེངས་དང་པོར་སྤྱོད་པའི་སྒྲིག་འགོད།</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/dialogs/first_run.py" line="217"/>
        <source>下一步</source>
        <translation type="unfinished">རྗེས་མ།</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/dialogs/first_run.py" line="218"/>
        <source>上一步</source>
        <translation type="unfinished">སྔོན་མ།</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/dialogs/first_run.py" line="219"/>
        <source>完成</source>
        <translation type="unfinished">ལེགས་གྲུབ།</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/dialogs/first_run.py" line="220"/>
        <source>取消</source>
        <translation>ཕྱིར་འཐེན།</translation>
    </message>
</context>
<context>
    <name>FormDialog</name>
    <message>
        <location filename="../../src/gov_desktop/ui/widgets/forms.py" line="221"/>
        <source>保存</source>
        <translation>ཉར་ཚགས།</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/widgets/forms.py" line="222"/>
        <source>取消</source>
        <translation>ཕྱིར་འཐེན།</translation>
    </message>
</context>
<context>
    <name>GeneralTab</name>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/settings_page/general_tab.py" line="39"/>
        <source>界面语言</source>
        <translation type="unfinished">ངོས་ལྡེབ་ཀྱི་སྐད་ཡིག</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/settings_page/general_tab.py" line="51"/>
        <source>同步</source>
        <translation>མཉམ་འགྲིག</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/settings_page/general_tab.py" line="56"/>
        <source> 分钟</source>
        <translation type="unfinished"> སྐར་མ།</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/settings_page/general_tab.py" line="61"/>
        <source>自动同步间隔（重新启动后生效）</source>
        <translation type="unfinished">རང་འགུལ་མཉམ་འགྲིག་གི་བར་དུས།（བསྐྱར་དུ་འགོ་སློང་རྗེས་ནུས་པ་ཐོན།）</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/settings_page/general_tab.py" line="66"/>
        <source>允许明文HTTP连接（仅限内网测试）</source>
        <translation type="unfinished">གསང་སྡོམ་མེད་པའི་ HTTP འབྲེལ་མཐུད་ཆོག（ནང་དྲའི་ཚོད་ལྟ་ཁོ་ན།）</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/settings_page/general_tab.py" line="67"/>
        <source>县级服务器地址</source>
        <translation type="unfinished">རྫོང་གི་ཞབས་ཞུ་འཕྲུལ་ཆས་ཀྱི་ཁ་བྱང་།</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/settings_page/general_tab.py" line="68"/>
        <source>CA证书文件</source>
        <translation type="unfinished">CA ལག་ཁྱེར་ཡིག་ཆ།</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/settings_page/general_tab.py" line="73"/>
        <source>保存服务器设置</source>
        <translation type="unfinished">ཞབས་ཞུ་འཕྲུལ་ཆས་ཀྱི་སྒྲིག་འགོད་ཉར་ཚགས།</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/settings_page/general_tab.py" line="82"/>
        <source>数据位置</source>
        <translation type="unfinished">གཞི་གྲངས་ཀྱི་གནས་ས།</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/settings_page/general_tab.py" line="84"/>
        <source>数据库</source>
        <translation type="unfinished">གཞི་གྲངས་མཛོད།</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/settings_page/general_tab.py" line="85"/>
        <source>日志</source>
        <translation type="unfinished">ཉིན་ཐོ།</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/settings_page/general_tab.py" line="132"/>
        <source>已保存。</source>
        <translation type="unfinished">ཉར་ཚགས་བྱས་ཟིན།</translation>
    </message>
</context>
<context>
    <name>GridDialog</name>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/grids/dialogs.py" line="67"/>
        <source>修改网格</source>
        <translation type="unfinished">དྲ་མིག་བཟོ་བཅོས།</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/grids/dialogs.py" line="67"/>
        <source>新建网格</source>
        <translation type="unfinished">དྲ་མིག་གསར་འཛུགས།</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/grids/dialogs.py" line="70"/>
        <source>编码*</source>
        <translation type="unfinished">ཨང་རྟགས།*</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/grids/dialogs.py" line="71"/>
        <source>名称*</source>
        <translation type="unfinished">མིང་།*</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/grids/dialogs.py" line="72"/>
        <source>类别</source>
        <translation type="unfinished">རིགས།</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/grids/dialogs.py" line="74"/>
        <source>警务站片区</source>
        <translation type="unfinished">ཉེན་རྟོག་ལས་ཚན་གྱི་ས་ཁུལ།</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/grids/dialogs.py" line="75"/>
        <source>村（居）</source>
        <translation type="unfinished">གྲོང་ཚོ།（སྡེ་ཁུལ།）</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/grids/dialogs.py" line="76"/>
        <source>（未指定）</source>
        <translation type="unfinished">（གཏན་འཁེལ་མ་བྱས།）</translation>
    </message>
</context>
<context>
    <name>GridEditor</name>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/grids/editing.py" line="59"/>
        <source>将 {0} 移出本网格的工作人员？</source>
        <translation type="unfinished">{0} དྲ་མིག་འདིའི་ལས་བྱེད་མི་སྣའི་ཁྲོད་ནས་ཕྱིར་འདོན་ནམ།</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/grids/editing.py" line="77"/>
        <source>将户号 {0} 移出双联户“{1}”？</source>
        <translation type="unfinished">ཁྱིམ་ཚང་ཨང་རྟགས་ {0} ཟུང་འབྲེལ་ཁྱིམ་ཚང་“{1}”ནས་ཕྱིར་འདོན་ནམ།</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/grids/editing.py" line="92"/>
        <source>结束 {0} 对户号 {1} 的包户？</source>
        <translation type="unfinished">ཁྱིམ་ཚང་ཨང་རྟགས་ {1} ལ་ {0} ཡིས་བྱེད་པའི་འགན་ལེན་མཇུག་སྒྲིལ་ལམ།</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/grids/editing.py" line="125"/>
        <source>网格管理</source>
        <translation type="unfinished">དྲ་མིག་དོ་དམ།</translation>
    </message>
</context>
<context>
    <name>GridListModel</name>
    <message>
        <location filename="../../src/gov_desktop/ui/models/grids.py" line="40"/>
        <source>网格</source>
        <translation type="unfinished">དྲ་མིག</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/models/grids.py" line="41"/>
        <source>类别</source>
        <translation type="unfinished">རིགས།</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/models/grids.py" line="42"/>
        <source>村（居）</source>
        <translation type="unfinished">གྲོང་ཚོ།（སྡེ་ཁུལ།）</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/models/grids.py" line="43"/>
        <source>警务站片区</source>
        <translation type="unfinished">ཉེན་རྟོག་ལས་ཚན་གྱི་ས་ཁུལ།</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/models/grids.py" line="44"/>
        <source>户数</source>
        <translation type="unfinished">ཁྱིམ་ཚང་གྲངས།</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/models/grids.py" line="45"/>
        <source>工作人员</source>
        <translation type="unfinished">ལས་བྱེད་མི་སྣ།</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/models/grids.py" line="46"/>
        <source>双联户</source>
        <translation type="unfinished">ཟུང་འབྲེལ་ཁྱིམ་ཚང་།</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/models/grids.py" line="47"/>
        <source>编码</source>
        <translation type="unfinished">ཨང་རྟགས།</translation>
    </message>
</context>
<context>
    <name>GridStaffModel</name>
    <message>
        <location filename="../../src/gov_desktop/ui/models/grids.py" line="20"/>
        <source>中共党员</source>
        <translation type="unfinished">ཀྲུང་གུང་ཏང་ཡོན།</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/models/grids.py" line="80"/>
        <source>姓名</source>
        <translation type="unfinished">མིང་།</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/models/grids.py" line="81"/>
        <source>职责</source>
        <translation type="unfinished">ལས་འགན།</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/models/grids.py" line="82"/>
        <source>政治面貌</source>
        <translation type="unfinished">ཆབ་སྲིད་ཀྱི་རྣམ་པ།</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/models/grids.py" line="83"/>
        <source>联系电话</source>
        <translation type="unfinished">འབྲེལ་གཏུག་ཁ་པར།</translation>
    </message>
</context>
<context>
    <name>GridsPage</name>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/grids/page.py" line="80"/>
        <source>新建网格</source>
        <translation type="unfinished">དྲ་མིག་གསར་འཛུགས།</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/grids/page.py" line="81"/>
        <source>修改网格</source>
        <translation type="unfinished">དྲ་མིག་བཟོ་བཅོས།</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/grids/page.py" line="82"/>
        <location filename="../../src/gov_desktop/ui/pages/grids/page.py" line="136"/>
        <source>修改记录</source>
        <translation type="unfinished">བཟོ་བཅོས་ཟིན་ཐོ།</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/grids/page.py" line="143"/>
        <source>导出…</source>
        <translation type="unfinished">ཕྱིར་འདྲེན…</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/grids/page.py" line="83"/>
        <source>网格</source>
        <translation type="unfinished">དྲ་མིག</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/grids/page.py" line="101"/>
        <source>工作人员</source>
        <translation type="unfinished">ལས་བྱེད་མི་སྣ།</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/grids/page.py" line="102"/>
        <location filename="../../src/gov_desktop/ui/pages/grids/page.py" line="188"/>
        <source>双联户</source>
        <translation type="unfinished">ཟུང་འབྲེལ་ཁྱིམ་ཚང་།</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/grids/page.py" line="103"/>
        <location filename="../../src/gov_desktop/ui/pages/grids/page.py" line="207"/>
        <source>党员包户</source>
        <translation type="unfinished">ཏང་ཡོན་གྱི་ཁྱིམ་ཚང་འགན་ལེན།</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/grids/page.py" line="104"/>
        <location filename="../../src/gov_desktop/ui/pages/grids/page.py" line="239"/>
        <source>文明户评星</source>
        <translation type="unfinished">ཤེས་ཡོན་ཁྱིམ་ཚང་གི་སྐར་རིམ་དཔྱད་འཇོག</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/grids/page.py" line="144"/>
        <source>打印…</source>
        <translation type="unfinished">པར་འདེབས…</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/grids/page.py" line="159"/>
        <source>添加</source>
        <translation type="unfinished">ཁ་སྣོན།</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/grids/page.py" line="160"/>
        <source>修改</source>
        <translation type="unfinished">བཟོ་བཅོས།</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/grids/page.py" line="161"/>
        <source>移除</source>
        <translation type="unfinished">ཕྱིར་འདོན།</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/grids/page.py" line="165"/>
        <source>网格工作人员</source>
        <translation type="unfinished">དྲ་མིག་ལས་བྱེད་མི་སྣ།</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/grids/page.py" line="173"/>
        <source>所选双联户的户：</source>
        <translation type="unfinished">བདམས་པའི་ཟུང་འབྲེལ་ཁྱིམ་ཚང་ནང་གི་ཁྱིམ་ཚང་།</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/grids/page.py" line="182"/>
        <source>新建双联户</source>
        <translation type="unfinished">ཟུང་འབྲེལ་ཁྱིམ་ཚང་གསར་འཛུགས།</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/grids/page.py" line="183"/>
        <source>添加户</source>
        <translation type="unfinished">ཁྱིམ་ཚང་ཁ་སྣོན།</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/grids/page.py" line="184"/>
        <source>移出所选户</source>
        <translation type="unfinished">བདམས་པའི་ཁྱིམ་ཚང་ཕྱིར་འདོན།</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/grids/page.py" line="198"/>
        <source>新增包户</source>
        <translation type="unfinished">ཁྱིམ་ཚང་འགན་ལེན་གསར་སྣོན།</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/grids/page.py" line="199"/>
        <source>结束包户</source>
        <translation type="unfinished">ཁྱིམ་ཚང་འགན་ལེན་མཇུག་སྒྲིལ།</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/grids/page.py" line="205"/>
        <source>{0} 包户 {1}</source>
        <translation type="unfinished">{0} ཡིས་ཁྱིམ་ཚང་{1}ལ་འགན་ལེན།</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/grids/page.py" line="215"/>
        <source>年度</source>
        <translation type="unfinished">ལོ།</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/grids/page.py" line="220"/>
        <source>{0}年</source>
        <translation type="unfinished">སྤྱི་ལོ་ {0}</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/grids/page.py" line="230"/>
        <source>评星</source>
        <translation type="unfinished">སྐར་རིམ་དཔྱད་འཇོག</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/grids/page.py" line="231"/>
        <source>修改评星</source>
        <translation type="unfinished">སྐར་རིམ་བཟོ་བཅོས།</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/grids/page.py" line="237"/>
        <source>{0} 户 {1}年评星</source>
        <translation type="unfinished">ཁྱིམ་ཚང་{0}ཡི་ལོ་{1}གི་སྐར་མ་གདམ་གསེས།</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/grids/page.py" line="277"/>
        <source>还没有网格</source>
        <translation type="unfinished">ད་དུང་དྲ་མིག་མེད།</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/grids/page.py" line="295"/>
        <source>{0}&#x3000;{1}&#x3000;{2}&#x3000;户数 {3}&#x3000;工作人员 {4}（党员 {5}）&#x3000;双联户 {6}</source>
        <translation type="unfinished">{0}&#x3000;{1}&#x3000;{2}&#x3000;ཁྱིམ་ཚང་གྲངས། {3}&#x3000;ལས་བྱེད་མི་སྣ། {4}（ཏང་ཡོན། {5}）&#x3000;ཟུང་འབྲེལ་ཁྱིམ་ཚང་། {6}</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/grids/page.py" line="316"/>
        <source>{0}：{1} 户评星，共 {2} 颗星</source>
        <translation type="unfinished">{0}། ཁྱིམ་ཚང་ {1} ལ་སྐར་རིམ་དཔྱད་འཇོག་བྱས། སྐར་མ་ཁྱོན་ {2}</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/grids/page.py" line="357"/>
        <source>网格管理</source>
        <translation type="unfinished">དྲ་མིག་དོ་དམ།</translation>
    </message>
</context>
<context>
    <name>GroupHouseholdDialog</name>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/grids/dialogs.py" line="172"/>
        <source>加入双联户：{0}</source>
        <translation type="unfinished">ཟུང་འབྲེལ་ཁྱིམ་ཚང་དུ་ཞུགས། {0}</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/grids/dialogs.py" line="177"/>
        <source>户</source>
        <translation type="unfinished">ཁྱིམ་ཚང་།</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/grids/dialogs.py" line="179"/>
        <source>设为联户长户（其户主任联户长）</source>
        <translation type="unfinished">ཟུང་འབྲེལ་འགོ་པའི་ཁྱིམ་ཚང་དུ་བཀོད།（དེའི་ཁྱིམ་བདག་ཟུང་འབྲེལ་འགོ་པ་བྱེད།）</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <location filename="../../src/gov_desktop/ui/dialogs/history.py" line="75"/>
        <source>修改记录 — {0}</source>
        <extracomment>referenced ids shown by name: field -&gt; how to name it</extracomment>
        <translation type="unfinished">བཟོ་བཅོས་ཟིན་ཐོ། — {0}</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/dialogs/history.py" line="77"/>
        <source>正在读取…</source>
        <translation type="unfinished">ཀློག་བཞིན་པ…</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/dialogs/history.py" line="94"/>
        <source>关闭</source>
        <translation type="unfinished">སྒོ་རྒྱག</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/dialogs/history.py" line="117"/>
        <source>共 {0} 次修改，{1} 处字段变化，含其他设备同步来的修改。</source>
        <translation type="unfinished">བཟོ་བཅོས་ཐེངས་{0}དང་། ཡིག་དུམ་འགྱུར་བ་{1}ཡོད། སྒྲིག་ཆས་གཞན་ནས་མཉམ་འགྲིག་བྱས་པའི་བཟོ་བཅོས་ཚུད་ཡོད།</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/dialogs/history.py" line="122"/>
        <source>这条记录还没有修改记录（它随整库数据到达本机，此后没有修改过）。</source>
        <translation type="unfinished">ཟིན་ཐོ་འདིར་ད་དུང་བཟོ་བཅོས་ཀྱི་ཟིན་ཐོ་མེད། （གཞི་གྲངས་ཧྲིལ་པོ་དང་མཉམ་དུ་གློག་ཀླད་འདིར་སླེབས་པ་དང་། དེ་རྗེས་བཟོ་བཅོས་བྱས་མེད།）</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <location filename="../../src/gov_desktop/ui/models/history.py" line="51"/>
        <source>新增</source>
        <extracomment>fields whose values are enum codes (or sets of codes) derived or bookkeeping fields not shown</extracomment>
        <translation type="unfinished">གསར་སྣོན།</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/models/history.py" line="52"/>
        <source>修改</source>
        <translation type="unfinished">བཟོ་བཅོས།</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/models/history.py" line="53"/>
        <source>删除</source>
        <translation type="unfinished">བསུབ་པ།</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/models/history.py" line="59"/>
        <source>是</source>
        <translation type="unfinished">ཡིན།</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/models/history.py" line="60"/>
        <source>否</source>
        <translation type="unfinished">མིན།</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/models/history.py" line="117"/>
        <source>已删除</source>
        <translation type="unfinished">བསུབ་ཟིན།</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/models/history.py" line="119"/>
        <source>恢复</source>
        <translation type="unfinished">སླར་གསོ།</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/models/history.py" line="159"/>
        <source>时间</source>
        <translation type="unfinished">དུས་ཚོད།</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/models/history.py" line="160"/>
        <source>修改人</source>
        <translation type="unfinished">བཟོ་བཅོས་བྱེད་མཁན།</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/models/history.py" line="161"/>
        <source>操作</source>
        <translation type="unfinished">བཀོལ་སྤྱོད།</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/models/history.py" line="162"/>
        <source>字段</source>
        <translation type="unfinished">ཡིག་ཁོངས།</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/models/history.py" line="163"/>
        <source>原值</source>
        <translation type="unfinished">སྔར་གྱི་ནང་དོན།</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/models/history.py" line="164"/>
        <source>新值</source>
        <translation type="unfinished">ནང་དོན་གསར་པ།</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/models/history.py" line="165"/>
        <source>已同步</source>
        <translation type="unfinished">མཉམ་འགྲིག་བྱས་ཟིན།</translation>
    </message>
</context>
<context>
    <name>HouseholdDialog</name>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/register/household_view.py" line="95"/>
        <source>户详情</source>
        <translation type="unfinished">ཁྱིམ་ཚང་གི་ཞིབ་ཕྲ།</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/register/household_view.py" line="99"/>
        <source>基本情况</source>
        <translation type="unfinished">གཞི་རྩའི་གནས་ཚུལ།</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/register/household_view.py" line="107"/>
        <source>户号</source>
        <translation type="unfinished">ཁྱིམ་ཚང་ཨང་རྟགས།</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/register/household_view.py" line="108"/>
        <source>户主</source>
        <translation type="unfinished">ཁྱིམ་བདག</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/register/household_view.py" line="109"/>
        <source>村（居）/网格</source>
        <translation type="unfinished">གྲོང་ཚོ།（སྡེ་ཁུལ།）/དྲ་མིག</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/register/household_view.py" line="110"/>
        <source>联系电话</source>
        <translation type="unfinished">འབྲེལ་གཏུག་ཁ་པར།</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/register/household_view.py" line="111"/>
        <source>住址</source>
        <translation type="unfinished">སྡོད་གནས།</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/register/household_view.py" line="112"/>
        <source>双联户</source>
        <translation type="unfinished">ཟུང་འབྲེལ་ཁྱིམ་ཚང་།</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/register/household_view.py" line="113"/>
        <source>包户党员</source>
        <translation type="unfinished">འགན་ལེན་ཏང་ཡོན།</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/register/household_view.py" line="115"/>
        <source>：</source>
        <translation type="unfinished">：</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/register/household_view.py" line="125"/>
        <source>户类别</source>
        <translation type="unfinished">ཁྱིམ་ཚང་གི་རིགས།</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/register/household_view.py" line="142"/>
        <source>家庭成员</source>
        <translation type="unfinished">ཁྱིམ་མི།</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/register/household_view.py" line="151"/>
        <source>添加成员</source>
        <translation type="unfinished">ཁྱིམ་མི་ཁ་སྣོན།</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/register/household_view.py" line="152"/>
        <source>修改</source>
        <translation type="unfinished">བཟོ་བཅོས།</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/register/household_view.py" line="153"/>
        <source>设为户主</source>
        <translation type="unfinished">ཁྱིམ་བདག་ཏུ་བཀོད།</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/register/household_view.py" line="154"/>
        <source>迁往他户…</source>
        <translation type="unfinished">ཁྱིམ་ཚང་གཞན་དུ་སྤོ…</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/register/household_view.py" line="155"/>
        <source>登记迁出…</source>
        <translation type="unfinished">ཕྱིར་གནས་སྤོས་ཐོ་འགོད…</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/register/household_view.py" line="156"/>
        <source>登记死亡…</source>
        <translation type="unfinished">འདས་གྲོངས་ཐོ་འགོད…</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/register/household_view.py" line="157"/>
        <source>修改记录</source>
        <translation type="unfinished">བཟོ་བཅོས་ཟིན་ཐོ།</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/register/household_view.py" line="185"/>
        <source>修改户信息</source>
        <translation type="unfinished">ཁྱིམ་ཚང་གི་ཆ་འཕྲིན་བཟོ་བཅོས།</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/register/household_view.py" line="190"/>
        <source>户的修改记录</source>
        <translation type="unfinished">ཁྱིམ་ཚང་གི་བཟོ་བཅོས་ཟིན་ཐོ།</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/register/household_view.py" line="198"/>
        <source>关闭</source>
        <translation type="unfinished">སྒོ་རྒྱག</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/register/household_view.py" line="228"/>
        <source>户号 {0}</source>
        <translation type="unfinished">ཁྱིམ་ཚང་ཨང་རྟགས། {0}</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/register/household_view.py" line="232"/>
        <source>找不到这一户（可能已被删除）</source>
        <translation type="unfinished">ཁྱིམ་ཚང་འདི་རྙེད་མ་སོང་།（བསུབ་ཟིན་པ་ཡིན་སྲིད།）</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/register/household_view.py" line="239"/>
        <source>户详情 — 户号 {0}</source>
        <translation type="unfinished">ཁྱིམ་ཚང་གི་ཞིབ་ཕྲ། — ཁྱིམ་ཚང་ཨང་རྟགས། {0}</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/register/household_view.py" line="241"/>
        <source>（未设户主）</source>
        <translation type="unfinished">（ཁྱིམ་བདག་བཀོད་མེད།）</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/register/household_view.py" line="247"/>
        <source>未加入双联户</source>
        <translation type="unfinished">ཟུང་འབྲེལ་ཁྱིམ་ཚང་དུ་ཞུགས་མེད།</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/register/household_view.py" line="249"/>
        <source>（党员）</source>
        <translation type="unfinished">（ཏང་ཡོན།）</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/register/household_view.py" line="251"/>
        <source>{0}（联户长：{1}，共 {2} 户）</source>
        <translation type="unfinished">{0}（ཟུང་འབྲེལ་འགོ་པ། {1}། ཁྱིམ་ཚང་ཁྱོན་ {2}）</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/register/household_view.py" line="256"/>
        <source>无</source>
        <translation type="unfinished">མེད།</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/register/household_view.py" line="270"/>
        <source>走访记录</source>
        <translation type="unfinished">ཁྱིམ་ཚང་འཚམས་འདྲིའི་ཟིན་ཐོ།</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/register/household_view.py" line="271"/>
        <source>办件记录</source>
        <translation type="unfinished">ལས་དོན་ཟིན་ཐོ།</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/register/household_view.py" line="272"/>
        <source>文明户评星</source>
        <translation type="unfinished">ཤེས་ཡོན་ཁྱིམ་ཚང་གི་སྐར་རིམ་དཔྱད་འཇོག</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/register/household_view.py" line="273"/>
        <source>群众诉求</source>
        <translation type="unfinished">མང་ཚོགས་ཀྱི་རེ་འདུན།</translation>
    </message>
</context>
<context>
    <name>HouseholdFormDialog</name>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/register/household_form.py" line="63"/>
        <source>修改户信息</source>
        <translation type="unfinished">ཁྱིམ་ཚང་གི་ཆ་འཕྲིན་བཟོ་བཅོས།</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/register/household_form.py" line="63"/>
        <source>新建户</source>
        <translation type="unfinished">ཁྱིམ་ཚང་གསར་འཛུགས།</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/register/household_form.py" line="72"/>
        <source>户号*</source>
        <translation type="unfinished">ཁྱིམ་ཚང་ཨང་རྟགས།*</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/register/household_form.py" line="77"/>
        <source>住址</source>
        <translation type="unfinished">སྡོད་གནས།</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/register/household_form.py" line="81"/>
        <location filename="../../src/gov_desktop/ui/pages/register/household_form.py" line="148"/>
        <source>（未指定）</source>
        <translation type="unfinished">（གཏན་འཁེལ་མ་བྱས།）</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/register/household_form.py" line="84"/>
        <source>村（居）</source>
        <translation type="unfinished">གྲོང་ཚོ།（སྡེ་ཁུལ།）</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/register/household_form.py" line="88"/>
        <source>网格</source>
        <translation type="unfinished">དྲ་མིག</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/register/household_form.py" line="94"/>
        <source>联系电话</source>
        <translation type="unfinished">འབྲེལ་གཏུག་ཁ་པར།</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/register/household_form.py" line="100"/>
        <source>备注</source>
        <translation type="unfinished">མཆན།</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/register/household_form.py" line="111"/>
        <source>户类别</source>
        <translation type="unfinished">ཁྱིམ་ཚང་གི་རིགས།</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/register/household_form.py" line="115"/>
        <source>保存</source>
        <translation type="unfinished">ཉར་ཚགས།</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/register/household_form.py" line="117"/>
        <source>取消</source>
        <translation type="unfinished">ཕྱིར་འཐེན།</translation>
    </message>
</context>
<context>
    <name>HouseholdListModel</name>
    <message>
        <location filename="../../src/gov_desktop/ui/models/households.py" line="31"/>
        <source>户号</source>
        <translation type="unfinished">ཁྱིམ་ཚང་ཨང་རྟགས།</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/models/households.py" line="32"/>
        <source>户主</source>
        <translation type="unfinished">ཁྱིམ་བདག</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/models/households.py" line="33"/>
        <source>户主身份证号</source>
        <translation type="unfinished">ཁྱིམ་བདག་གི་ཐོབ་ཐང་ལག་ཁྱེར་ཨང་།</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/models/households.py" line="34"/>
        <source>人数</source>
        <translation type="unfinished">མི་གྲངས།</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/models/households.py" line="35"/>
        <source>村（居）</source>
        <translation type="unfinished">གྲོང་ཚོ།（སྡེ་ཁུལ།）</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/models/households.py" line="36"/>
        <source>网格</source>
        <translation type="unfinished">དྲ་མིག</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/models/households.py" line="37"/>
        <source>住址</source>
        <translation type="unfinished">སྡོད་གནས།</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/models/households.py" line="38"/>
        <source>联系电话</source>
        <translation type="unfinished">འབྲེལ་གཏུག་ཁ་པར།</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/models/households.py" line="39"/>
        <source>户类别</source>
        <translation type="unfinished">ཁྱིམ་ཚང་གི་རིགས།</translation>
    </message>
</context>
<context>
    <name>IndicatorModel</name>
    <message>
        <location filename="../../src/gov_desktop/ui/models/indicators.py" line="52"/>
        <source>指标</source>
        <translation type="unfinished">ཚད་གཞི།</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/models/indicators.py" line="52"/>
        <source>数值</source>
        <translation type="unfinished">གྲངས་ཐང་།</translation>
    </message>
</context>
<context>
    <name>JointGroupDialog</name>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/grids/dialogs.py" line="150"/>
        <source>新建双联户</source>
        <translation type="unfinished">ཟུང་འབྲེལ་ཁྱིམ་ཚང་གསར་འཛུགས།</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/grids/dialogs.py" line="153"/>
        <source>名称*</source>
        <translation type="unfinished">མིང་།*</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/grids/dialogs.py" line="156"/>
        <source>联户长户</source>
        <translation type="unfinished">ཟུང་འབྲེལ་འགོ་པའི་ཁྱིམ་ཚང་།</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/grids/dialogs.py" line="157"/>
        <source>联户长默认为联户长户的户主。</source>
        <translation type="unfinished">ཟུང་འབྲེལ་འགོ་པ་ནི་སྔོན་སྒྲིག་ཐོག་ཟུང་འབྲེལ་འགོ་པའི་ཁྱིམ་ཚང་གི་ཁྱིམ་བདག་ཡིན།</translation>
    </message>
</context>
<context>
    <name>JointGroupModel</name>
    <message>
        <location filename="../../src/gov_desktop/ui/models/grids.py" line="111"/>
        <source>双联户</source>
        <translation type="unfinished">ཟུང་འབྲེལ་ཁྱིམ་ཚང་།</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/models/grids.py" line="112"/>
        <source>网格</source>
        <translation type="unfinished">དྲ་མིག</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/models/grids.py" line="113"/>
        <source>联户长户</source>
        <translation type="unfinished">ཟུང་འབྲེལ་འགོ་པའི་ཁྱིམ་ཚང་།</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/models/grids.py" line="114"/>
        <source>联户长</source>
        <translation type="unfinished">ཟུང་འབྲེལ་འགོ་པ།</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/models/grids.py" line="115"/>
        <source>户数</source>
        <translation type="unfinished">ཁྱིམ་ཚང་གྲངས།</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/models/grids.py" line="129"/>
        <source>（党员）</source>
        <translation type="unfinished">（ཏང་ཡོན།）</translation>
    </message>
</context>
<context>
    <name>Launcher</name>
    <message>
        <location filename="../../src/gov_desktop/app.py" line="96"/>
        <source>正在准备演示县数据（首次使用需要一两分钟）…</source>
        <translation type="unfinished">དཔེ་སྟོན་རྫོང་གི་གཞི་གྲངས་གྲ་སྒྲིག་བྱེད་བཞིན་པ།（ཐེངས་དང་པོར་སྐར་མ་གཅིག་གཉིས་དགོས།）…</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/app.py" line="96"/>
        <source>正在打开数据…</source>
        <translation type="unfinished">གཞི་གྲངས་ཁ་ཕྱེ་བཞིན་པ།…</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/app.py" line="171"/>
        <source>数据库无法打开：{0}</source>
        <translation type="unfinished">གཞི་གྲངས་མཛོད་ཁ་ཕྱེ་ཐབས་མེད། {0}</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/app.py" line="174"/>
        <source>无法打开数据</source>
        <translation type="unfinished">གཞི་གྲངས་ཁ་ཕྱེ་ཐབས་མེད།</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/app.py" line="177"/>
        <source>数据文件：{0}
如本机密钥丢失，请用“gov-desktop key restore”从密钥备份恢复。</source>
        <translation type="unfinished">གཞི་གྲངས་ཡིག་ཆ། {0}
གལ་ཏེ་གློག་ཀླད་འདིའི་གསང་ལྡེ་བོར་ན། “gov-desktop key restore” སྤྱད་དེ་གསང་ལྡེའི་གྲབས་ཉར་ནས་སླར་གསོ་བྱེད་རོགས།</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/app.py" line="208"/>
        <source>演示县（模拟数据）</source>
        <translation type="unfinished">དཔེ་སྟོན་རྫོང་།（དཔེ་ཟླའི་གཞི་གྲངས།）</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/app.py" line="211"/>
        <source>县级</source>
        <translation type="unfinished">རྫོང་རིམ།</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/app.py" line="212"/>
        <source>乡镇代码 {0}</source>
        <translation type="unfinished">ཤང་གྲོང་རྡལ་གྱི་ཨང་རྟགས། {0}</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/app.py" line="225"/>
        <source>演示账号 {0} / {1}</source>
        <translation type="unfinished">དཔེ་སྟོན་ཐོ་ཁོངས། {0} / {1}</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/app.py" line="314"/>
        <source>正在从备份恢复…</source>
        <translation type="unfinished">གྲབས་ཉར་ནས་སླར་གསོ་བྱེད་བཞིན་པ…</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/app.py" line="320"/>
        <source>已恢复</source>
        <translation type="unfinished">སླར་གསོ་བྱས་ཟིན།</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/app.py" line="321"/>
        <source>已从备份恢复数据。恢复前的数据库已保存为：
{0}
请重新登录。</source>
        <translation type="unfinished">གཞི་གྲངས་གྲབས་ཉར་ནས་སླར་གསོ་བྱས་ཟིན། སླར་གསོའི་སྔོན་གྱི་གཞི་གྲངས་མཛོད་གཤམ་གསལ་ལྟར་ཉར་ཡོད།
{0}
ཡང་བསྐྱར་ནང་འཛུལ་བྱེད་རོགས།</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/app.py" line="328"/>
        <source>恢复失败</source>
        <translation type="unfinished">སླར་གསོ་ཕམ།</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/app.py" line="343"/>
        <source>请稍候</source>
        <translation type="unfinished">ཅུང་ཙམ་སྒུག་རོགས།</translation>
    </message>
</context>
<context>
    <name>ListExport</name>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/register/export.py" line="45"/>
        <source>导出到 Excel</source>
        <extracomment>how many rows there are, when known (the progress bar&apos;s end)</extracomment>
        <translation type="unfinished">Excel ལ་ཕྱིར་འདྲེན།</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/register/export.py" line="53"/>
        <source>正在导出“{0}”…</source>
        <translation type="unfinished">“{0}” ཕྱིར་འདྲེན་བྱེད་བཞིན་པ…</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/register/export.py" line="55"/>
        <source>导出</source>
        <translation type="unfinished">ཕྱིར་འདྲེན།</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/register/export.py" line="85"/>
        <source>正在导出“{0}”：{1} 行</source>
        <translation type="unfinished">“{0}” ཕྱིར་འདྲེན་བྱེད་བཞིན་པ། ཕྲེང་ {1}</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/register/export.py" line="99"/>
        <source>导出完成</source>
        <translation type="unfinished">ཕྱིར་འདྲེན་ལེགས་གྲུབ།</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/register/export.py" line="99"/>
        <source>已导出 {0} 行到
{1}</source>
        <translation type="unfinished">ཕྲེང་ {0} གཤམ་གྱི་གནས་སར་ཕྱིར་འདྲེན་བྱས་ཟིན།
{1}</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/register/export.py" line="107"/>
        <source>导出失败</source>
        <translation type="unfinished">ཕྱིར་འདྲེན་ཕམ།</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/register/export.py" line="107"/>
        <source>导出失败：{0}</source>
        <translation type="unfinished">ཕྱིར་འདྲེན་ཕམ། {0}</translation>
    </message>
</context>
<context>
    <name>ListPage</name>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/list_page.py" line="135"/>
        <source>导出…</source>
        <extracomment>rows read per query by an export table names whose changes reload the list QSettings key of the table&apos;s layout initial column widths (the user&apos;s own layout, once changed, is remembered instead) the table of the listed records, for their history (修改记录); &quot;&quot; for none no message boxes at the end of an export (tests) the filter drop-downs of the bar (``add_widget``)</extracomment>
        <translation type="unfinished">ཕྱིར་འདྲེན…</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/list_page.py" line="176"/>
        <source>打印…</source>
        <translation type="unfinished">པར་འདེབས…</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/list_page.py" line="203"/>
        <source>修改记录</source>
        <translation type="unfinished">བཟོ་བཅོས་ཟིན་ཐོ།</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/list_page.py" line="226"/>
        <source>正在读取…</source>
        <translation type="unfinished">ཀློག་བཞིན་པ…</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/list_page.py" line="230"/>
        <source>，向下滚动加载更多</source>
        <translation type="unfinished">། མར་འགྲིལ་ན་དེ་ལས་མང་བ་འཁོད།</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/list_page.py" line="231"/>
        <source>显示 {0} 条{1}</source>
        <translation type="unfinished">{0} མངོན་ཡོད{1}</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/list_page.py" line="235"/>
        <source>读取失败：{0}</source>
        <translation type="unfinished">ཀློག་ཕམ། {0}</translation>
    </message>
</context>
<context>
    <name>ListPrint</name>
    <message>
        <location filename="../../src/gov_desktop/ui/list_print.py" line="80"/>
        <location filename="../../src/gov_desktop/ui/list_print.py" line="99"/>
        <source>打印</source>
        <extracomment>no message boxes at the end (tests, batch use) the preview dialog, open the list had more rows than may be printed (that many at least) a line under the heading: the filter or search the list was printed with</extracomment>
        <translation type="unfinished">པར་འདེབས།</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/list_print.py" line="81"/>
        <source>这份名单超过 {0} 行，不宜打印。请先筛选，或导出到 Excel。</source>
        <translation type="unfinished">མིང་ཐོ་འདིར་ཐིག་ཕྲེང་{0}ལས་བརྒལ་བས་པར་འདེབས་བྱེད་མི་འོས། སྔོན་ལ་འདེམས་སྒྲུག་གནང་ངམ། ཡང་ན་ Excel ལ་ཕྱིར་འདྲེན་གནང་།</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/list_print.py" line="92"/>
        <source>打印“{0}”</source>
        <translation type="unfinished">“{0}”པར་འདེབས།</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../src/gov_desktop/ui/main_window.py" line="331"/>
        <source>同步未完成：{0}</source>
        <translation type="unfinished">མཉམ་འགྲིག་ལེགས་གྲུབ་མ་བྱུང་། {0}</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/main_window.py" line="188"/>
        <location filename="../../src/gov_desktop/ui/main_window.py" line="339"/>
        <source>关于</source>
        <translation type="unfinished">སྐོར།</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/main_window.py" line="182"/>
        <source>乡镇便民服务与网格化管理</source>
        <extracomment>a backup file to restore (the page asked the user already); the composition root closes and reopens the user closed the window (the composition root quits)</extracomment>
        <translation type="unfinished">ཤང་གྲོང་རྡལ་གྱི་ཞབས་ཞུ་དང་དྲ་མིག་དོ་དམ།</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/main_window.py" line="183"/>
        <source>同步</source>
        <translation>མཉམ་འགྲིག</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/main_window.py" line="184"/>
        <source>立即与县级服务器同步（F5）</source>
        <translation type="unfinished">ད་ལྟ་རྫོང་གི་ཞབས་ཞུ་འཕྲུལ་ཆས་དང་མཉམ་འགྲིག་བྱེད།（F5）</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/main_window.py" line="185"/>
        <source>切换用户</source>
        <translation type="unfinished">སྤྱོད་མཁན་བརྗེ་བ།</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/main_window.py" line="186"/>
        <source>注销</source>
        <translation type="unfinished">ནང་འཛུལ་མེད་པར་བཟོ།</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/main_window.py" line="187"/>
        <source>退出</source>
        <translation type="unfinished">ཕྱིར་ཐོན།</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/main_window.py" line="189"/>
        <source>快捷键</source>
        <translation type="unfinished">མྱུར་མཐེབ།</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/main_window.py" line="190"/>
        <source>打开数据文件夹</source>
        <translation type="unfinished">གཞི་གྲངས་ཡིག་སྣོད་ཁ་ཕྱེ།</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/main_window.py" line="191"/>
        <source>系统(&amp;S)</source>
        <translation>མ་ལག(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/main_window.py" line="192"/>
        <source>转到(&amp;G)</source>
        <translation type="unfinished">འགྲོ་ཡུལ།(&amp;G)</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/main_window.py" line="193"/>
        <source>帮助(&amp;H)</source>
        <translation>རོགས་རམ།(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/main_window.py" line="322"/>
        <source>同步完成：上传 {0} 条，下载 {1} 条</source>
        <translation type="unfinished">མཉམ་འགྲིག་ལེགས་གྲུབ། ཡར་སྐྱེལ་ {0}། མར་ལེན་ {1}</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/main_window.py" line="324"/>
        <source>，{0} 处冲突待处理</source>
        <translation type="unfinished">། ཐག་གཅོད་སྒུག་པའི་གདོང་ཐུག་ {0}</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/main_window.py" line="326"/>
        <source>，{0} 条修改被服务器拒绝</source>
        <translation type="unfinished">། ཞབས་ཞུ་འཕྲུལ་ཆས་ཀྱིས་ཁས་མ་བླངས་པའི་བཟོ་བཅོས་ {0}</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/main_window.py" line="340"/>
        <source>乡镇便民服务与网格化管理 {0}
离线优先：没有网络也能正常使用，联网后自动同步。</source>
        <translation type="unfinished">ཤང་གྲོང་རྡལ་གྱི་ཞབས་ཞུ་དང་དྲ་མིག་དོ་དམ། {0}
དྲ་ཐོག་མིན་པ་གཙོ་བྱེད། དྲ་རྒྱ་མེད་ཀྱང་རྒྱུན་ལྡན་ལྟར་སྤྱོད་ཐུབ་ལ། དྲ་རྒྱ་མཐུད་རྗེས་རང་འགུལ་གྱིས་མཉམ་འགྲིག་བྱེད།</translation>
    </message>
</context>
<context>
    <name>MemberListModel</name>
    <message>
        <location filename="../../src/gov_desktop/ui/models/households.py" line="86"/>
        <source>姓名</source>
        <translation type="unfinished">མིང་།</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/models/households.py" line="87"/>
        <source>与户主关系</source>
        <translation type="unfinished">ཁྱིམ་བདག་དང་འབྲེལ་བ།</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/models/households.py" line="88"/>
        <source>性别</source>
        <translation type="unfinished">ཕོ་མོ།</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/models/households.py" line="89"/>
        <source>身份证号</source>
        <translation type="unfinished">ཐོབ་ཐང་ལག་ཁྱེར་ཨང་།</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/models/households.py" line="90"/>
        <source>出生日期</source>
        <translation type="unfinished">སྐྱེས་ཚེས།</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/models/households.py" line="91"/>
        <source>联系电话</source>
        <translation type="unfinished">འབྲེལ་གཏུག་ཁ་པར།</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/models/households.py" line="92"/>
        <source>状态</source>
        <translation type="unfinished">གནས་སྟངས།</translation>
    </message>
</context>
<context>
    <name>MovePersonDialog</name>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/register/move_person.py" line="40"/>
        <source>迁往其他户</source>
        <translation type="unfinished">ཁྱིམ་ཚང་གཞན་དུ་སྤོ་བ།</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/register/move_person.py" line="43"/>
        <source>将 {0} 从户号 {1} 迁往：</source>
        <translation type="unfinished">{0} ཁྱིམ་ཚང་ཨང་རྟགས་ {1} ནས་གཤམ་གྱི་ཁྱིམ་ཚང་དུ་སྤོ།</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/register/move_person.py" line="53"/>
        <source>迁入户</source>
        <translation type="unfinished">སྤོ་ཡུལ་ཁྱིམ་ཚང་།</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/register/move_person.py" line="56"/>
        <source>（保持不变）</source>
        <translation type="unfinished">（མི་འགྱུར་བ།）</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/register/move_person.py" line="57"/>
        <source>与新户主关系</source>
        <translation type="unfinished">ཁྱིམ་བདག་གསར་པ་དང་འབྲེལ་བ།</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/register/move_person.py" line="60"/>
        <source>确认迁移</source>
        <translation type="unfinished">སྤོ་འགྱུར་གཏན་འཁེལ།</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/register/move_person.py" line="63"/>
        <source>取消</source>
        <translation type="unfinished">ཕྱིར་འཐེན།</translation>
    </message>
</context>
<context>
    <name>Navigation</name>
    <message>
        <location filename="../../src/gov_desktop/ui/shell/navigation.py" line="61"/>
        <source>工作台</source>
        <translation>ལས་ཀའི་སྟེགས།</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/shell/navigation.py" line="68"/>
        <source>人口户籍</source>
        <translation>མི་འབོར་ཐོ་འགོད།</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/shell/navigation.py" line="75"/>
        <source>网格管理</source>
        <translation>དྲ་མིག་དོ་དམ།</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/shell/navigation.py" line="82"/>
        <source>便民服务</source>
        <translation type="unfinished">མང་ཚོགས་ལ་སྟབས་བདེའི་ཞབས་ཞུ།</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/shell/navigation.py" line="89"/>
        <source>走访记录</source>
        <translation type="unfinished">ཁྱིམ་ཚང་འཚམས་འདྲིའི་ཟིན་ཐོ།</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/shell/navigation.py" line="96"/>
        <source>群众诉求</source>
        <translation type="unfinished">མང་ཚོགས་ཀྱི་རེ་འདུན།</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/shell/navigation.py" line="103"/>
        <source>统计报表</source>
        <translation type="unfinished">སྡོམ་རྩིས་རེའུ་མིག</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/shell/navigation.py" line="110"/>
        <source>数据同步</source>
        <translation>གཞི་གྲངས་མཉམ་འགྲིག</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/shell/navigation.py" line="117"/>
        <source>系统设置</source>
        <translation>མ་ལག་སྒྲིག་འགོད།</translation>
    </message>
</context>
<context>
    <name>PartyDutyDialog</name>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/grids/dialogs.py" line="207"/>
        <source>新增党员包户</source>
        <translation type="unfinished">ཏང་ཡོན་གྱི་ཁྱིམ་ཚང་འགན་ལེན་གསར་སྣོན།</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/grids/dialogs.py" line="211"/>
        <source>党员</source>
        <translation type="unfinished">ཏང་ཡོན།</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/grids/dialogs.py" line="214"/>
        <source>所包的户</source>
        <translation type="unfinished">འགན་ལེན་བྱེད་པའི་ཁྱིམ་ཚང་།</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/grids/dialogs.py" line="218"/>
        <source>包户内容</source>
        <translation type="unfinished">འགན་ལེན་ནང་དོན།</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/grids/dialogs.py" line="222"/>
        <source>开始日期</source>
        <translation type="unfinished">འགོ་ཚུགས་ཚེས་གྲངས།</translation>
    </message>
</context>
<context>
    <name>PartyDutyModel</name>
    <message>
        <location filename="../../src/gov_desktop/ui/models/grids.py" line="155"/>
        <source>党员</source>
        <translation type="unfinished">ཏང་ཡོན།</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/models/grids.py" line="156"/>
        <source>包户户号</source>
        <translation type="unfinished">འགན་ལེན་ཁྱིམ་ཚང་གི་ཨང་རྟགས།</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/models/grids.py" line="157"/>
        <source>户主</source>
        <translation type="unfinished">ཁྱིམ་བདག</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/models/grids.py" line="158"/>
        <source>包户内容</source>
        <translation type="unfinished">འགན་ལེན་ནང་དོན།</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/models/grids.py" line="159"/>
        <source>开始日期</source>
        <translation type="unfinished">འགོ་ཚུགས་ཚེས་གྲངས།</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/settings_page/users_tab.py" line="121"/>
        <source>设置密码：{0}</source>
        <translation type="unfinished">གསང་ཨང་གཏན་འཁེལ། {0}</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/settings_page/users_tab.py" line="124"/>
        <source>新密码</source>
        <translation type="unfinished">གསང་ཨང་གསར་པ།</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/settings_page/users_tab.py" line="125"/>
        <source>再次输入</source>
        <translation type="unfinished">ཡང་བསྐྱར་འབྲི།</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/settings_page/users_tab.py" line="131"/>
        <source>两次输入的密码不一致</source>
        <translation type="unfinished">ཐེངས་གཉིས་སུ་བྲིས་པའི་གསང་ཨང་མི་མཐུན།</translation>
    </message>
</context>
<context>
    <name>PendingChangeModel</name>
    <message>
        <location filename="../../src/gov_desktop/ui/models/sync_rows.py" line="171"/>
        <source>新增</source>
        <translation type="unfinished">གསར་སྣོན།</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/models/sync_rows.py" line="172"/>
        <source>修改</source>
        <translation type="unfinished">བཟོ་བཅོས།</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/models/sync_rows.py" line="173"/>
        <source>删除</source>
        <translation type="unfinished">བསུབ་པ།</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/models/sync_rows.py" line="187"/>
        <source>时间</source>
        <translation type="unfinished">དུས་ཚོད།</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/models/sync_rows.py" line="188"/>
        <source>数据</source>
        <translation type="unfinished">གཞི་གྲངས།</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/models/sync_rows.py" line="189"/>
        <source>操作</source>
        <translation type="unfinished">བཀོལ་སྤྱོད།</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/models/sync_rows.py" line="190"/>
        <source>修改的字段</source>
        <translation type="unfinished">བཟོ་བཅོས་བྱས་པའི་ཡིག་ཁོངས།</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/models/sync_rows.py" line="191"/>
        <source>修改人</source>
        <translation type="unfinished">བཟོ་བཅོས་བྱེད་མཁན།</translation>
    </message>
</context>
<context>
    <name>PersonFormDialog</name>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/register/person_form.py" line="79"/>
        <source>修改人员信息</source>
        <extracomment>ethnic groups listed first in the 民族 box (the county&apos;s own), then the rest of the 56</extracomment>
        <translation type="unfinished">མི་སྣའི་ཆ་འཕྲིན་བཟོ་བཅོས།</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/register/person_form.py" line="79"/>
        <source>登记人员</source>
        <translation type="unfinished">མི་སྣ་ཐོ་འགོད།</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/register/person_form.py" line="94"/>
        <source>姓名*</source>
        <translation type="unfinished">མིང་།*</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/register/person_form.py" line="99"/>
        <source>18位居民身份证号</source>
        <translation type="unfinished">གྲངས་གནས་ 18 ཅན་གྱི་ཐོབ་ཐང་ལག་ཁྱེར་ཨང་།</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/register/person_form.py" line="107"/>
        <source>打开已登记的人员</source>
        <translation type="unfinished">ཐོ་འགོད་བྱས་ཟིན་པའི་མི་སྣ་ཁ་ཕྱེ།</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/register/person_form.py" line="120"/>
        <source>身份证号</source>
        <translation type="unfinished">ཐོབ་ཐང་ལག་ཁྱེར་ཨང་།</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/register/person_form.py" line="124"/>
        <source>（按身份证号）</source>
        <translation type="unfinished">（ཐོབ་ཐང་ལག་ཁྱེར་ཨང་ལྟར།）</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/register/person_form.py" line="125"/>
        <source>性别</source>
        <translation type="unfinished">ཕོ་མོ།</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/register/person_form.py" line="129"/>
        <source>如 1985-03-02（有身份证号时自动填写）</source>
        <translation type="unfinished">དཔེར་ན། 1985-03-02（ཐོབ་ཐང་ལག་ཁྱེར་ཨང་ཡོད་ན་རང་འགུལ་གྱིས་འབྲི།）</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/register/person_form.py" line="130"/>
        <source>出生日期</source>
        <translation type="unfinished">སྐྱེས་ཚེས།</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/register/person_form.py" line="138"/>
        <source>民族</source>
        <translation type="unfinished">མི་རིགས།</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/register/person_form.py" line="143"/>
        <source>与户主关系</source>
        <translation type="unfinished">ཁྱིམ་བདག་དང་འབྲེལ་བ།</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/register/person_form.py" line="147"/>
        <source>手机号或带区号的固定电话</source>
        <translation type="unfinished">ལག་ཐོགས་ཁ་པར་ཨང་ངམ་ས་ཁོངས་ཨང་ཅན་གྱི་གཏན་འཇགས་ཁ་པར།</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/register/person_form.py" line="148"/>
        <source>联系电话</source>
        <translation type="unfinished">འབྲེལ་གཏུག་ཁ་པར།</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/register/person_form.py" line="152"/>
        <source>藏文姓名</source>
        <translation type="unfinished">བོད་ཡིག་གི་མིང་།</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/register/person_form.py" line="154"/>
        <source>中共党员</source>
        <translation type="unfinished">ཀྲུང་གུང་ཏང་ཡོན།</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/register/person_form.py" line="156"/>
        <source>政治面貌</source>
        <translation type="unfinished">ཆབ་སྲིད་ཀྱི་རྣམ་པ།</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/register/person_form.py" line="160"/>
        <source>所在党支部</source>
        <translation type="unfinished">གཏོགས་ས་ཏང་ཡན་ལག་ཚོགས་ཆུང་།</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/register/person_form.py" line="165"/>
        <source>文化程度</source>
        <translation type="unfinished">ཤེས་ཚད།</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/register/person_form.py" line="169"/>
        <source>职业</source>
        <translation type="unfinished">ལས་རིགས།</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/register/person_form.py" line="180"/>
        <source>特殊人群</source>
        <translation type="unfinished">དམིགས་བསལ་མི་ཚོགས།</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/register/person_form.py" line="184"/>
        <source>保存</source>
        <translation type="unfinished">ཉར་ཚགས།</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/register/person_form.py" line="186"/>
        <source>取消</source>
        <translation type="unfinished">ཕྱིར་འཐེན།</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/register/person_form.py" line="260"/>
        <source>出生日期 {0}，{1}</source>
        <translation type="unfinished">སྐྱེས་ཚེས། {0}། {1}</translation>
    </message>
</context>
<context>
    <name>PersonListModel</name>
    <message>
        <location filename="../../src/gov_desktop/ui/models/persons.py" line="36"/>
        <source>姓名</source>
        <translation type="unfinished">མིང་།</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/models/persons.py" line="37"/>
        <source>性别</source>
        <translation type="unfinished">ཕོ་མོ།</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/models/persons.py" line="38"/>
        <source>身份证号</source>
        <translation type="unfinished">ཐོབ་ཐང་ལག་ཁྱེར་ཨང་།</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/models/persons.py" line="39"/>
        <source>出生日期</source>
        <translation type="unfinished">སྐྱེས་ཚེས།</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/models/persons.py" line="40"/>
        <source>与户主关系</source>
        <translation type="unfinished">ཁྱིམ་བདག་དང་འབྲེལ་བ།</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/models/persons.py" line="41"/>
        <source>户号</source>
        <translation type="unfinished">ཁྱིམ་ཚང་ཨང་རྟགས།</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/models/persons.py" line="42"/>
        <source>村（居）</source>
        <translation type="unfinished">གྲོང་ཚོ།（སྡེ་ཁུལ།）</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/models/persons.py" line="43"/>
        <source>网格</source>
        <translation type="unfinished">དྲ་མིག</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/models/persons.py" line="44"/>
        <source>联系电话</source>
        <translation type="unfinished">འབྲེལ་གཏུག་ཁ་པར།</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/models/persons.py" line="45"/>
        <source>状态</source>
        <translation type="unfinished">གནས་སྟངས།</translation>
    </message>
</context>
<context>
    <name>PersonPicker</name>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/register/household_picker.py" line="140"/>
        <source>输入姓名、拼音首字母、身份证号或电话</source>
        <translation type="unfinished">མིང་། པིན་ཡིན་ཡིག་འགོ། ཐོབ་ཐང་ལག་ཁྱེར་ཨང་། ཡང་ན་ཁ་པར་འབྲི།</translation>
    </message>
</context>
<context>
    <name>PlaceholderPage</name>
    <message>
        <location filename="../../src/gov_desktop/ui/shell/navigation.py" line="133"/>
        <source>“{0}”功能正在建设中。</source>
        <translation type="unfinished">“{0}” ནུས་པ་འཛུགས་སྐྲུན་བྱེད་བཞིན་པ།</translation>
    </message>
</context>
<context>
    <name>QuarantineListModel</name>
    <message>
        <location filename="../../src/gov_desktop/ui/models/sync_rows.py" line="85"/>
        <source>数据</source>
        <translation type="unfinished">གཞི་གྲངས།</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/models/sync_rows.py" line="86"/>
        <source>字段</source>
        <translation type="unfinished">ཡིག་ཁོངས།</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/models/sync_rows.py" line="87"/>
        <source>被拒绝的原因</source>
        <translation type="unfinished">ཁས་མ་བླངས་པའི་རྒྱུ་མཚན།</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/models/sync_rows.py" line="88"/>
        <source>时间</source>
        <translation type="unfinished">དུས་ཚོད།</translation>
    </message>
</context>
<context>
    <name>QueueTab</name>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/sync_page/queue_tab.py" line="35"/>
        <source>被服务器拒绝的修改</source>
        <translation type="unfinished">ཞབས་ཞུ་འཕྲུལ་ཆས་ཀྱིས་ཁས་མ་བླངས་པའི་བཟོ་བཅོས།</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/sync_page/queue_tab.py" line="38"/>
        <source>重新发送</source>
        <translation type="unfinished">བསྐྱར་དུ་བསྐུར།</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/sync_page/queue_tab.py" line="40"/>
        <source>先在相应页面改正该记录，再重新发送</source>
        <translation type="unfinished">སྔོན་ལ་འབྲེལ་ཡོད་ཤོག་ངོས་སུ་ཟིན་ཐོ་དེ་ཡང་དག་བཅོས་རྗེས་བསྐྱར་དུ་བསྐུར།</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/sync_page/queue_tab.py" line="42"/>
        <source>忽略</source>
        <translation type="unfinished">སྣང་མེད།</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/sync_page/queue_tab.py" line="58"/>
        <source>等待上传的修改</source>
        <translation type="unfinished">ཡར་སྐྱེལ་སྒུག་པའི་བཟོ་བཅོས།</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/sync_page/queue_tab.py" line="95"/>
        <source>被服务器拒绝的修改（{0}）</source>
        <translation type="unfinished">ཞབས་ཞུ་འཕྲུལ་ཆས་ཀྱིས་ཁས་མ་བླངས་པའི་བཟོ་བཅོས།（{0}）</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/sync_page/queue_tab.py" line="96"/>
        <source>等待上传的修改（{0}）</source>
        <translation type="unfinished">ཡར་སྐྱེལ་སྒུག་པའི་བཟོ་བཅོས།（{0}）</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/sync_page/queue_tab.py" line="114"/>
        <source>操作失败</source>
        <translation type="unfinished">བཀོལ་སྤྱོད་ཕམ།</translation>
    </message>
</context>
<context>
    <name>RatingDialog</name>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/grids/dialogs.py" line="258"/>
        <source>修改评星：{0}</source>
        <translation type="unfinished">སྐར་རིམ་བཟོ་བཅོས། {0}</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/grids/dialogs.py" line="258"/>
        <source>文明户评星</source>
        <translation type="unfinished">ཤེས་ཡོན་ཁྱིམ་ཚང་གི་སྐར་རིམ་དཔྱད་འཇོག</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/grids/dialogs.py" line="266"/>
        <location filename="../../src/gov_desktop/ui/pages/grids/dialogs.py" line="268"/>
        <source>户</source>
        <translation type="unfinished">ཁྱིམ་ཚང་།</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/grids/dialogs.py" line="273"/>
        <source>年度</source>
        <translation type="unfinished">ལོ།</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/grids/dialogs.py" line="280"/>
        <source>所评星目</source>
        <translation type="unfinished">ཐོབ་པའི་སྐར་མའི་རྣམ་གྲངས།</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/grids/dialogs.py" line="284"/>
        <source>星级</source>
        <translation type="unfinished">སྐར་རིམ།</translation>
    </message>
</context>
<context>
    <name>RatingListModel</name>
    <message>
        <location filename="../../src/gov_desktop/ui/models/grids.py" line="188"/>
        <source>年度</source>
        <translation type="unfinished">ལོ།</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/models/grids.py" line="189"/>
        <source>户号</source>
        <translation type="unfinished">ཁྱིམ་ཚང་ཨང་རྟགས།</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/models/grids.py" line="190"/>
        <source>户主</source>
        <translation type="unfinished">ཁྱིམ་བདག</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/models/grids.py" line="191"/>
        <source>网格</source>
        <translation type="unfinished">དྲ་མིག</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/models/grids.py" line="192"/>
        <source>星级</source>
        <translation type="unfinished">སྐར་རིམ།</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/models/grids.py" line="193"/>
        <source>所评星目</source>
        <translation type="unfinished">ཐོབ་པའི་སྐར་མའི་རྣམ་གྲངས།</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/models/grids.py" line="194"/>
        <source>评定人</source>
        <translation type="unfinished">དཔྱད་འཇོག་བྱེད་མཁན།</translation>
    </message>
</context>
<context>
    <name>RegisterActions</name>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/register/actions.py" line="159"/>
        <source>找不到此人（可能已被删除）</source>
        <translation type="unfinished">མི་འདི་རྙེད་མ་སོང་།（བསུབ་ཟིན་པ་ཡིན་སྲིད།）</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/register/actions.py" line="205"/>
        <source>未能保存</source>
        <translation type="unfinished">ཉར་ཚགས་བྱེད་མ་ཐུབ།</translation>
    </message>
</context>
<context>
    <name>RegisterList</name>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/register/lists.py" line="104"/>
        <source>读取失败：{0}</source>
        <extracomment>seconds from ``run()`` to the first page in the view</extracomment>
        <translation type="unfinished">ཀློག་ཕམ། {0}</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/register/lists.py" line="231"/>
        <source>正在统计…</source>
        <translation type="unfinished">སྡོམ་རྩིས་བྱེད་བཞིན་པ…</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/register/lists.py" line="244"/>
        <source>人</source>
        <translation type="unfinished">མི།</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/register/lists.py" line="244"/>
        <source>户</source>
        <translation type="unfinished">ཁྱིམ་ཚང་།</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/register/lists.py" line="255"/>
        <source>找到 {0} {1}以上（向下滚动看更多，或输入更多内容缩小范围）</source>
        <translation type="unfinished">{1} {0} ལས་མང་བ་རྙེད།（མར་འགྲིལ་ནས་དེ་ལས་མང་བ་ལྟ་བའམ། ནང་དོན་མང་བ་བྲིས་ནས་ཁྱབ་ཁོངས་ཆུང་དུ་གཏོང་།）</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/register/lists.py" line="259"/>
        <source>找到 {0} {1}</source>
        <translation type="unfinished">{1} {0} རྙེད།</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/register/lists.py" line="248"/>
        <source>共 {0} {1}</source>
        <translation type="unfinished">ཁྱོན་བསྡོམས། {1} {0}</translation>
    </message>
</context>
<context>
    <name>RegisterPage</name>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/register/page.py" line="66"/>
        <source>搜索：姓名、拼音首字母（如 zxh）、身份证号、户号或电话&#x3000;Ctrl+F</source>
        <extracomment>a new query was answered: (list kind, seconds from the query to the updated view) no message boxes after an export or a template download (tests)</extracomment>
        <translation type="unfinished">འཚོལ་བ། མིང་། པིན་ཡིན་ཡིག་འགོ（དཔེར་ན། zxh）། ཐོབ་ཐང་ལག་ཁྱེར་ཨང་། ཁྱིམ་ཚང་ཨང་རྟགས། ཡང་ན་ཁ་པར།&#x3000;Ctrl+F</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/register/page.py" line="72"/>
        <source>新建户</source>
        <translation type="unfinished">ཁྱིམ་ཚང་གསར་འཛུགས།</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/register/page.py" line="73"/>
        <source>导入花名册…</source>
        <translation type="unfinished">མིང་ཐོ་ནང་འདྲེན…</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/register/page.py" line="74"/>
        <source>下载模板…</source>
        <translation type="unfinished">དཔེ་པང་མར་ལེན…</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/register/page.py" line="75"/>
        <source>导出…</source>
        <translation type="unfinished">ཕྱིར་འདྲེན…</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/register/page.py" line="76"/>
        <source>打印…</source>
        <translation type="unfinished">པར་འདེབས…</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/register/page.py" line="95"/>
        <source>人员</source>
        <translation type="unfinished">མི་སྣ།</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/register/page.py" line="96"/>
        <source>户</source>
        <translation type="unfinished">ཁྱིམ་ཚང་།</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/register/page.py" line="202"/>
        <source>保存花名册模板</source>
        <translation type="unfinished">མིང་ཐོའི་དཔེ་པང་ཉར་ཚགས།</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/register/page.py" line="216"/>
        <source>下载模板</source>
        <translation type="unfinished">དཔེ་པང་མར་ལེན།</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/register/page.py" line="216"/>
        <source>模板已保存到
{0}</source>
        <translation type="unfinished">དཔེ་པང་གཤམ་གྱི་གནས་སར་ཉར་ཟིན།
{0}</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/register/page.py" line="227"/>
        <location filename="../../src/gov_desktop/ui/pages/register/page.py" line="251"/>
        <source>人员名单</source>
        <translation type="unfinished">མི་སྣའི་མིང་ཐོ།</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/register/page.py" line="227"/>
        <location filename="../../src/gov_desktop/ui/pages/register/page.py" line="251"/>
        <source>户名单</source>
        <translation type="unfinished">ཁྱིམ་ཚང་གི་མིང་ཐོ།</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/register/page.py" line="254"/>
        <source>搜索：{0}</source>
        <translation type="unfinished">འཚོལ་ཞིབ། {0}</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/register/page.py" line="261"/>
        <source>人口户籍</source>
        <translation type="unfinished">མི་འབོར་ཐོ་འགོད།</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/reports_page.py" line="42"/>
        <source>办件状态</source>
        <extracomment>breakdowns: (stats key, tab title, enum of its codes or None for plain names)</extracomment>
        <translation type="unfinished">ལས་དོན་གནས་སྟངས།</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/reports_page.py" line="43"/>
        <source>各窗口办件</source>
        <translation type="unfinished">སྒེའུ་ཁུང་སོ་སོའི་ལས་དོན།</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/reports_page.py" line="44"/>
        <source>诉求状态</source>
        <translation type="unfinished">རེ་འདུན་གནས་སྟངས།</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/reports_page.py" line="45"/>
        <source>户类别</source>
        <translation type="unfinished">ཁྱིམ་ཚང་གི་རིགས།</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/reports_page.py" line="46"/>
        <source>网格类别</source>
        <translation type="unfinished">དྲ་མིག་གི་རིགས།</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/reports_page.py" line="47"/>
        <source>网格工作人员</source>
        <translation type="unfinished">དྲ་མིག་ལས་བྱེད་མི་སྣ།</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/reports_page.py" line="94"/>
        <source>统计报表</source>
        <translation type="unfinished">སྡོམ་རྩིས་རེའུ་མིག</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/reports_page.py" line="100"/>
        <source>全县</source>
        <translation type="unfinished">རྫོང་ཧྲིལ་པོ།</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/reports_page.py" line="105"/>
        <source>范围</source>
        <translation type="unfinished">ཁྱབ་ཁོངས།</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/reports_page.py" line="111"/>
        <source>刷新</source>
        <translation type="unfinished">གསར་བཟོ།</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/reports_page.py" line="114"/>
        <source>导出Excel…</source>
        <translation type="unfinished">Excel ཕྱིར་འདྲེན…</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/reports_page.py" line="123"/>
        <source>基本情况</source>
        <translation type="unfinished">གཞི་རྩའི་གནས་ཚུལ།</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/reports_page.py" line="149"/>
        <source>正在统计…</source>
        <translation type="unfinished">སྡོམ་རྩིས་བྱེད་བཞིན་པ…</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/reports_page.py" line="151"/>
        <source>统计失败：{0}</source>
        <translation type="unfinished">སྡོམ་རྩིས་ཕམ། {0}</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/reports_page.py" line="160"/>
        <source>统计时间 {0}</source>
        <translation type="unfinished">སྡོམ་རྩིས་དུས་ཚོད། {0}</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/reports_page.py" line="167"/>
        <source>导出Excel</source>
        <translation type="unfinished">Excel ཕྱིར་འདྲེན།</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/reports_page.py" line="167"/>
        <source>Excel 工作簿 (*.xlsx)</source>
        <translation type="unfinished">Excel ལས་དེབ། (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/reports_page.py" line="176"/>
        <source>指标</source>
        <translation type="unfinished">ཚད་གཞི།</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/reports_page.py" line="176"/>
        <source>数值</source>
        <translation type="unfinished">གྲངས་ཐང་།</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/reports_page.py" line="190"/>
        <source>已导出到 {0}</source>
        <translation type="unfinished">{0} ལ་ཕྱིར་འདྲེན་བྱས་ཟིན།</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/reports_page.py" line="192"/>
        <source>导出失败</source>
        <translation type="unfinished">ཕྱིར་འདྲེན་ཕམ།</translation>
    </message>
</context>
<context>
    <name>RequestHistoryModel</name>
    <message>
        <location filename="../../src/gov_desktop/ui/models/household_history.py" line="74"/>
        <source>受理日期</source>
        <translation type="unfinished">ལེན་པའི་ཚེས་གྲངས།</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/models/household_history.py" line="75"/>
        <source>办件编号</source>
        <translation type="unfinished">ལས་དོན་ཨང་རྟགས།</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/models/household_history.py" line="76"/>
        <source>窗口</source>
        <translation type="unfinished">སྒེའུ་ཁུང་།</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/models/household_history.py" line="77"/>
        <source>事项</source>
        <translation type="unfinished">རྣམ་གྲངས།</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/models/household_history.py" line="78"/>
        <source>申请人</source>
        <translation type="unfinished">ཞུ་མཁན།</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/models/household_history.py" line="79"/>
        <source>状态</source>
        <translation type="unfinished">གནས་སྟངས།</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/models/household_history.py" line="80"/>
        <source>办结日期</source>
        <translation type="unfinished">མཇུག་སྒྲིལ་ཚེས་གྲངས།</translation>
    </message>
</context>
<context>
    <name>RequestListModel</name>
    <message>
        <location filename="../../src/gov_desktop/ui/models/requests.py" line="35"/>
        <source>办件编号</source>
        <translation type="unfinished">ལས་དོན་ཨང་རྟགས།</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/models/requests.py" line="36"/>
        <source>申请人</source>
        <translation type="unfinished">ཞུ་མཁན།</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/models/requests.py" line="37"/>
        <source>服务窗口</source>
        <translation type="unfinished">ཞབས་ཞུའི་སྒེའུ་ཁུང་།</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/models/requests.py" line="38"/>
        <source>服务事项</source>
        <translation type="unfinished">ཞབས་ཞུའི་རྣམ་གྲངས།</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/models/requests.py" line="39"/>
        <source>受理方式</source>
        <translation type="unfinished">ལེན་སྟངས།</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/models/requests.py" line="40"/>
        <source>状态</source>
        <translation type="unfinished">གནས་སྟངས།</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/models/requests.py" line="41"/>
        <source>受理时间</source>
        <translation type="unfinished">ལེན་པའི་དུས་ཚོད།</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/models/requests.py" line="42"/>
        <source>承诺办结</source>
        <translation type="unfinished">ཁས་ལེན་མཇུག་སྒྲིལ་དུས་ཚོད།</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/models/requests.py" line="43"/>
        <source>办结时间</source>
        <translation type="unfinished">མཇུག་སྒྲིལ་དུས་ཚོད།</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/models/requests.py" line="44"/>
        <source>跑动次数</source>
        <translation type="unfinished">འགྲོ་འོང་ཐེངས་གྲངས།</translation>
    </message>
</context>
<context>
    <name>RosterImportDialog</name>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/register/roster_import.py" line="121"/>
        <source>导入户籍花名册</source>
        <extracomment>county users only (None otherwise): the township the roster is imported into</extracomment>
        <translation type="unfinished">ཐེམ་ཐོའི་མིང་ཐོ་ནང་འདྲེན།</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/register/roster_pages.py" line="33"/>
        <source>选择要导入的花名册（.xlsx 或 .xls）。程序会先检查每一行，列出所有问题，确认后才写入；有错误的行不会导入，可另存为问题行报告，改正后再次导入。</source>
        <translation type="unfinished">ནང་འདྲེན་བྱ་རྒྱུའི་མིང་ཐོ་འདེམས་རོགས།（.xlsx ཡང་ན་ .xls）མཉེན་ཆས་ཀྱིས་སྔོན་ལ་ཕྲེང་རེ་རེ་ཞིབ་བཤེར་བྱས་ཏེ་གནད་དོན་ཡོངས་རྫོགས་ཐོ་འགོད་བྱེད་ཅིང་། ཁྱེད་ཀྱིས་གཏན་འཁེལ་བྱས་རྗེས་ད་གཟོད་འབྲི། ནོར་འཁྲུལ་ཡོད་པའི་ཕྲེང་ནང་འདྲེན་མི་བྱེད། དེ་དག་གནད་དོན་ཕྲེང་གི་སྙན་ཐོར་ཉར་ནས་བཅོས་རྗེས་ཡང་བསྐྱར་ནང་འདྲེན་བྱེད་ཆོག</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/register/roster_pages.py" line="45"/>
        <source>花名册文件</source>
        <translation type="unfinished">མིང་ཐོའི་ཡིག་ཆ།</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/register/roster_pages.py" line="47"/>
        <source>选择文件…</source>
        <translation type="unfinished">ཡིག་ཆ་འདེམས…</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/register/roster_pages.py" line="51"/>
        <source>下载模板…</source>
        <translation type="unfinished">དཔེ་པང་མར་ལེན…</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/register/roster_pages.py" line="59"/>
        <source>导入到乡镇(&amp;T)：</source>
        <translation type="unfinished">ཤང་གྲོང་རྡལ་དུ་ནང་འདྲེན།(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/register/roster_pages.py" line="63"/>
        <source>（请选择乡镇）</source>
        <translation type="unfinished">（ཤང་གྲོང་རྡལ་འདེམས་རོགས།）</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/register/roster_pages.py" line="72"/>
        <source>表中未写村（居）、网格的户，归入：</source>
        <translation type="unfinished">རེའུ་མིག་ནང་གྲོང་ཚོ།（སྡེ་ཁུལ།）དང་དྲ་མིག་མ་བྲིས་པའི་ཁྱིམ་ཚང་གཏོགས་ས།</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/register/roster_pages.py" line="113"/>
        <source>（不指定村居）</source>
        <translation type="unfinished">（གྲོང་ཚོ་སྡེ་ཁུལ་གཏན་འཁེལ་མི་བྱེད།）</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/register/roster_pages.py" line="118"/>
        <source>（不指定网格）</source>
        <translation type="unfinished">（དྲ་མིག་གཏན་འཁེལ་མི་བྱེད།）</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/register/roster_pages.py" line="95"/>
        <source>读取并检查</source>
        <translation type="unfinished">ཀློག་ནས་ཞིབ་བཤེར།</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/register/roster_pages.py" line="100"/>
        <source>关闭</source>
        <translation type="unfinished">སྒོ་རྒྱག</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/register/roster_import.py" line="136"/>
        <source>选择花名册</source>
        <translation type="unfinished">མིང་ཐོ་འདེམས།</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/register/roster_import.py" line="149"/>
        <source>保存花名册模板</source>
        <translation type="unfinished">མིང་ཐོའི་དཔེ་པང་ཉར་ཚགས།</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/register/roster_import.py" line="153"/>
        <source>模板已保存到
{0}</source>
        <translation type="unfinished">དཔེ་པང་གཤམ་གྱི་གནས་སར་ཉར་ཟིན།
{0}</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/register/roster_import.py" line="192"/>
        <source>请先选择花名册文件</source>
        <translation type="unfinished">སྔོན་ལ་མིང་ཐོའི་ཡིག་ཆ་འདེམས་རོགས།</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/register/roster_import.py" line="195"/>
        <source>请先选择导入到哪个乡镇</source>
        <translation type="unfinished">ནང་འདྲེན་བྱ་ཡུལ་གྱི་ཤང་གྲོང་རྡལ་སྔོན་ལ་འདེམས་རོགས།</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/register/roster_import.py" line="213"/>
        <source>正在读取并检查…</source>
        <translation type="unfinished">ཀློག་ནས་ཞིབ་བཤེར་བྱེད་བཞིན་པ…</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/register/roster_import.py" line="233"/>
        <source>无法读取此文件：{0}</source>
        <translation type="unfinished">ཡིག་ཆ་འདི་ཀློག་ཐབས་མེད། {0}</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/register/roster_pages.py" line="142"/>
        <source>只看有问题的行</source>
        <translation type="unfinished">གནད་དོན་ཡོད་པའི་ཕྲེང་ཁོ་ན་ལྟ།</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/register/roster_pages.py" line="160"/>
        <source>重新选择文件</source>
        <translation type="unfinished">ཡིག་ཆ་བསྐྱར་འདེམས།</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/register/roster_pages.py" line="166"/>
        <source>保存问题行报告…</source>
        <translation type="unfinished">གནད་དོན་ཕྲེང་གི་སྙན་ཐོ་ཉར་ཚགས…</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/register/roster_pages.py" line="173"/>
        <source>导入</source>
        <translation type="unfinished">ནང་འདྲེན།</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/register/roster_pages.py" line="178"/>
        <source>取消</source>
        <translation type="unfinished">ཕྱིར་འཐེན།</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/register/roster_import.py" line="259"/>
        <source>共读取 {0} 行、{1} 户：可导入 {2} 行（{3} 户），其中 {4} 行有提醒；有错误不能导入 {5} 行，整户不能导入 {6} 户。</source>
        <translation type="unfinished">ཕྲེང་ {0} དང་ཁྱིམ་ཚང་ {1} བཀླགས། ནང་འདྲེན་ཆོག་པ་ཕྲེང་ {2}（ཁྱིམ་ཚང་ {3}）ཡིན་ཞིང་། དེའི་ཁྲོད་ཕྲེང་ {4} ལ་དྲན་སྐུལ་ཡོད། ནོར་འཁྲུལ་ཡོད་པས་ནང་འདྲེན་མི་ཆོག་པ་ཕྲེང་ {5} དང་། ཁྱིམ་ཚང་ཧྲིལ་པོ་ནང་འདྲེན་མི་ཆོག་པ་ {6} ཡོད།</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/register/roster_import.py" line="274"/>
        <source>导入 {0} 行</source>
        <translation type="unfinished">ཕྲེང་ {0} ནང་འདྲེན།</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/register/roster_import.py" line="298"/>
        <source>正在导入…</source>
        <translation type="unfinished">ནང་འདྲེན་བྱེད་བཞིན་པ…</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/register/roster_import.py" line="306"/>
        <source>导入失败</source>
        <translation type="unfinished">ནང་འདྲེན་ཕམ།</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/register/roster_import.py" line="306"/>
        <source>没有导入任何数据：{0}</source>
        <translation type="unfinished">གཞི་གྲངས་གང་ཡང་ནང་འདྲེན་མ་བྱས། {0}</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/register/roster_import.py" line="317"/>
        <source>已导入 {0} 户、{1} 人。未导入 {2} 行。</source>
        <translation type="unfinished">ཁྱིམ་ཚང་ {0} དང་མི་ {1} ནང་འདྲེན་བྱས་ཟིན། ནང་འདྲེན་མ་བྱས་པའི་ཕྲེང་ {2} ཡོད།</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/register/roster_pages.py" line="195"/>
        <source>未导入的行可以保存为 Excel 报告：原样保留各列，末尾写明问题，改正后可再次导入。</source>
        <translation type="unfinished">ནང་འདྲེན་མ་བྱས་པའི་ཕྲེང་རྣམས་ Excel སྙན་ཐོར་ཉར་ཆོག སྟར་ཚན་སོ་སོ་སྔར་བཞིན་ཉར་ཞིང་མཇུག་ཏུ་གནད་དོན་གསལ་བར་འབྲི། བཅོས་རྗེས་ཡང་བསྐྱར་ནང་འདྲེན་བྱེད་ཆོག</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/register/roster_pages.py" line="209"/>
        <source>保存未导入行报告…</source>
        <translation type="unfinished">ནང་འདྲེན་མ་བྱས་པའི་ཕྲེང་གི་སྙན་ཐོ་ཉར་ཚགས…</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/register/roster_pages.py" line="215"/>
        <source>完成</source>
        <translation type="unfinished">ལེགས་གྲུབ།</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/register/roster_import.py" line="329"/>
        <source>未导入的行-{0}.xlsx</source>
        <translation type="unfinished">ནང་འདྲེན་མ་བྱས་པའི་ཕྲེང་-{0}.xlsx</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/register/roster_import.py" line="330"/>
        <source>保存未导入行报告</source>
        <translation type="unfinished">ནང་འདྲེན་མ་བྱས་པའི་ཕྲེང་གི་སྙན་ཐོ་ཉར་ཚགས།</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/register/roster_import.py" line="335"/>
        <source>已保存 {0} 行到 {1}</source>
        <translation type="unfinished">ཕྲེང་ {0} {1} ལ་ཉར་ཟིན།</translation>
    </message>
</context>
<context>
    <name>RosterPreviewModel</name>
    <message>
        <location filename="../../src/gov_desktop/ui/models/roster_preview.py" line="34"/>
        <source>位置</source>
        <translation type="unfinished">གནས་ས།</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/models/roster_preview.py" line="35"/>
        <source>户号</source>
        <translation type="unfinished">ཁྱིམ་ཚང་ཨང་རྟགས།</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/models/roster_preview.py" line="36"/>
        <source>姓名</source>
        <translation type="unfinished">མིང་།</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/models/roster_preview.py" line="37"/>
        <source>与户主关系</source>
        <translation type="unfinished">ཁྱིམ་བདག་དང་འབྲེལ་བ།</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/models/roster_preview.py" line="38"/>
        <source>身份证号</source>
        <translation type="unfinished">ཐོབ་ཐང་ལག་ཁྱེར་ཨང་།</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/models/roster_preview.py" line="39"/>
        <source>结果</source>
        <translation type="unfinished">འབྲས་བུ།</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/models/roster_preview.py" line="40"/>
        <source>问题</source>
        <translation type="unfinished">གནད་དོན།</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/models/roster_preview.py" line="45"/>
        <source>{0} 第{1}行</source>
        <translation type="unfinished">{0} ཕྲེང་ {1} པ།</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/models/roster_preview.py" line="61"/>
        <source>不导入</source>
        <translation type="unfinished">ནང་འདྲེན་མི་བྱེད།</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/models/roster_preview.py" line="63"/>
        <source>已导入</source>
        <translation type="unfinished">ནང་འདྲེན་བྱས་ཟིན།</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/models/roster_preview.py" line="65"/>
        <source>导入（有提醒）</source>
        <translation type="unfinished">ནང་འདྲེན།（དྲན་སྐུལ་ཡོད།）</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/models/roster_preview.py" line="66"/>
        <source>导入</source>
        <translation type="unfinished">ནང་འདྲེན།</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/models/roster_preview.py" line="95"/>
        <source>错误</source>
        <translation type="unfinished">ནོར་འཁྲུལ།</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/models/roster_preview.py" line="97"/>
        <source>提醒</source>
        <translation type="unfinished">དྲན་སྐུལ།</translation>
    </message>
</context>
<context>
    <name>RunHistoryModel</name>
    <message>
        <location filename="../../src/gov_desktop/ui/models/sync_rows.py" line="110"/>
        <source>手动同步</source>
        <translation type="unfinished">ལག་སྒུལ་མཉམ་འགྲིག</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/models/sync_rows.py" line="111"/>
        <source>自动同步</source>
        <translation type="unfinished">རང་འགུལ་མཉམ་འགྲིག</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/models/sync_rows.py" line="112"/>
        <source>导出同步文件</source>
        <translation type="unfinished">མཉམ་འགྲིག་ཡིག་ཆ་ཕྱིར་འདྲེན།</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/models/sync_rows.py" line="113"/>
        <source>导入回执文件</source>
        <translation type="unfinished">ལན་འདེབས་ཡིག་ཆ་ནང་འདྲེན།</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/models/sync_rows.py" line="130"/>
        <source>时间</source>
        <translation type="unfinished">དུས་ཚོད།</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/models/sync_rows.py" line="131"/>
        <source>方式</source>
        <translation type="unfinished">ཐབས་ལམ།</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/models/sync_rows.py" line="132"/>
        <source>结果</source>
        <translation type="unfinished">འབྲས་བུ།</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/models/sync_rows.py" line="133"/>
        <source>上传</source>
        <translation type="unfinished">ཡར་སྐྱེལ།</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/models/sync_rows.py" line="134"/>
        <source>下载</source>
        <translation type="unfinished">མར་ལེན།</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/models/sync_rows.py" line="135"/>
        <source>冲突</source>
        <translation type="unfinished">གདོང་ཐུག</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/models/sync_rows.py" line="136"/>
        <source>被拒</source>
        <translation type="unfinished">ཁས་མ་བླངས།</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/models/sync_rows.py" line="137"/>
        <source>用时（秒）</source>
        <translation type="unfinished">བེད་སྤྱོད་དུས་ཚོད།（སྐར་ཆ།）</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/models/sync_rows.py" line="141"/>
        <source>成功</source>
        <translation type="unfinished">ལེགས་འགྲུབ།</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/models/sync_rows.py" line="141"/>
        <source>失败</source>
        <translation type="unfinished">ཕམ་ཉེས།</translation>
    </message>
</context>
<context>
    <name>SearchPicker</name>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/register/household_picker.py" line="92"/>
        <source>输入户号、户主或成员姓名、拼音首字母、身份证号、电话</source>
        <translation type="unfinished">ཁྱིམ་ཚང་ཨང་རྟགས། ཁྱིམ་བདག་གམ་ཁྱིམ་མིའི་མིང་། པིན་ཡིན་ཡིག་འགོ། ཐོབ་ཐང་ལག་ཁྱེར་ཨང་། ཁ་པར་བཅས་འབྲི།</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/register/household_picker.py" line="123"/>
        <source>找到 {0} 条</source>
        <translation type="unfinished">{0} རྙེད།</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/register/household_picker.py" line="123"/>
        <source>没有找到</source>
        <translation type="unfinished">རྙེད་མ་སོང་།</translation>
    </message>
</context>
<context>
    <name>ServicesPage</name>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/services.py" line="31"/>
        <source>在办</source>
        <translation type="unfinished">སྒྲུབ་བཞིན་པ།</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/services.py" line="32"/>
        <source>超期未办结</source>
        <translation type="unfinished">དུས་ལས་བརྒལ་བ།</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/services.py" line="33"/>
        <source>全部</source>
        <translation type="unfinished">ཡོངས་རྫོགས།</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/services.py" line="47"/>
        <source>便民服务 · 办件</source>
        <translation type="unfinished">མང་ཚོགས་ལ་སྟབས་བདེའི་ཞབས་ཞུ། · ལས་དོན།</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/services.py" line="59"/>
        <source>受理办件</source>
        <translation type="unfinished">ལས་དོན་ལེན་པ།</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/services.py" line="63"/>
        <source>开始办理</source>
        <translation type="unfinished">སྒྲུབ་འགོ་འཛུགས།</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/services.py" line="69"/>
        <source>转县级</source>
        <translation type="unfinished">རྫོང་རིམ་ལ་སྤྲོད།</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/services.py" line="72"/>
        <source>办结…</source>
        <translation type="unfinished">མཇུག་སྒྲིལ…</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/services.py" line="75"/>
        <source>退回…</source>
        <translation type="unfinished">ཕྱིར་སློག…</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/services.py" line="78"/>
        <source>再次跑动</source>
        <translation type="unfinished">ཡང་བསྐྱར་འགྲོ་འོང་།</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/services.py" line="80"/>
        <source>打印回执</source>
        <translation type="unfinished">ལེན་འཛིན་པར་འདེབས།</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/services.py" line="139"/>
        <source>已受理，按 Ctrl+P 打印回执</source>
        <translation type="unfinished">ལེན་ཟིན། Ctrl+P མནན་ནས་ལེན་འཛིན་པར་འདེབས།</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/services.py" line="197"/>
        <source>打印受理回执</source>
        <translation type="unfinished">ལས་དོན་ལེན་པའི་ལེན་འཛིན་པར་འདེབས།</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/services.py" line="200"/>
        <source>无法办理</source>
        <translation type="unfinished">སྒྲུབ་ཐབས་མེད།</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/settings_page/page.py" line="28"/>
        <source>系统设置</source>
        <extracomment>a backup the user chose to restore (confirmed); the composition root closes, restores and reopens</extracomment>
        <translation>མ་ལག་སྒྲིག་འགོད།</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/settings_page/page.py" line="32"/>
        <source>常规</source>
        <translation type="unfinished">སྤྱིར་བཏང་།</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/settings_page/page.py" line="34"/>
        <source>用户</source>
        <translation>སྤྱོད་མཁན།</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/settings_page/page.py" line="39"/>
        <source>备份与恢复</source>
        <translation type="unfinished">གྲབས་ཉར་དང་སླར་གསོ།</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../src/gov_desktop/ui/dialogs/shortcuts.py" line="23"/>
        <source>转到侧栏的第 1–9 页</source>
        <extracomment>(keys as Qt writes them, what they do); &quot;Ctrl+1 … Ctrl+9&quot; and &quot;Enter / Esc&quot; stand for several keys</extracomment>
        <translation type="unfinished">ཟུར་ངོས་ཀྱི་ཤོག་ངོས་ 1–9 ལ་འགྲོ།</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/dialogs/shortcuts.py" line="24"/>
        <source>立即与县级服务器同步</source>
        <translation type="unfinished">ད་ལྟ་རྫོང་གི་ཞབས་ཞུ་འཕྲུལ་ཆས་དང་མཉམ་འགྲིག་བྱེད།</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/dialogs/shortcuts.py" line="27"/>
        <source>人口户籍：到搜索框（姓名、拼音首字母、身份证号、户号、电话）</source>
        <translation type="unfinished">མི་འབོར་ཐོ་འགོད། འཚོལ་ཞིབ་སྒྲོམ་ལ་འགྲོ། （མིང་། པིན་ཡིན་ཡིག་འགོ། ཐོབ་ཐང་ལག་ཁྱེར་ཨང་། ཁྱིམ་ཨང་། ཁ་པར།）</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/dialogs/shortcuts.py" line="29"/>
        <source>新建：户、办件、走访或诉求（看当前页）</source>
        <translation type="unfinished">གསར་འཛུགས། ཁྱིམ་ཚང་། ལས་དོན། ཐུགས་འཚམས། ཡང་ན་རེ་འདུན། （མིག་སྔའི་ཤོག་ངོས་ལྟར།）</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/dialogs/shortcuts.py" line="30"/>
        <source>便民服务：打印所选办件的受理回执</source>
        <translation type="unfinished">མང་ཚོགས་ཞབས་ཞུ། བདམས་པའི་ལས་དོན་གྱི་ལེན་ཁྱེར་པར་འདེབས།</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/dialogs/shortcuts.py" line="31"/>
        <source>把当前列表（按当前筛选）导出到 Excel</source>
        <translation type="unfinished">མིག་སྔའི་མིང་ཐོ（འདེམས་སྒྲུག་ལྟར）Excel ལ་ཕྱིར་འདྲེན།</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/dialogs/shortcuts.py" line="32"/>
        <source>打印当前列表</source>
        <translation type="unfinished">མིག་སྔའི་མིང་ཐོ་པར་འདེབས།</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/dialogs/shortcuts.py" line="33"/>
        <source>所选记录的修改记录</source>
        <translation type="unfinished">བདམས་པའི་ཟིན་ཐོའི་བཟོ་བཅོས་ཟིན་ཐོ།</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/dialogs/shortcuts.py" line="34"/>
        <source>表单：保存 / 取消</source>
        <translation type="unfinished">རེའུ་མིག ཉར་ཚགས། / མི་དགོས།</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/dialogs/shortcuts.py" line="35"/>
        <source>注销（离开座位时锁定）</source>
        <translation type="unfinished">ཕྱིར་ཐོན། （གདན་ནས་ཕྱིར་ཐོན་སྐབས་ཟྭ་རྒྱག）</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/dialogs/shortcuts.py" line="36"/>
        <source>退出</source>
        <translation type="unfinished">ཕྱིར་ཐོན།</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/dialogs/shortcuts.py" line="37"/>
        <source>本快捷键表</source>
        <translation type="unfinished">མྱུར་མཐེབ་རེའུ་མིག་འདི།</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/dialogs/shortcuts.py" line="45"/>
        <source>快捷键</source>
        <translation type="unfinished">མྱུར་མཐེབ།</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/dialogs/shortcuts.py" line="48"/>
        <source>按键</source>
        <translation type="unfinished">མཐེབ།</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/dialogs/shortcuts.py" line="48"/>
        <source>作用</source>
        <translation type="unfinished">ནུས་པ།</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/dialogs/shortcuts.py" line="60"/>
        <source>关闭</source>
        <translation type="unfinished">སྒོ་རྒྱག</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <location filename="../../src/gov_desktop/ui/dialogs/signin.py" line="46"/>
        <location filename="../../src/gov_desktop/ui/dialogs/signin.py" line="78"/>
        <source>登录</source>
        <translation>ནང་འཛུལ།</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/dialogs/signin.py" line="54"/>
        <source>乡镇便民服务与网格化管理</source>
        <translation type="unfinished">ཤང་གྲོང་རྡལ་གྱི་ཞབས་ཞུ་དང་དྲ་མིག་དོ་དམ།</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/dialogs/signin.py" line="71"/>
        <source>用户名</source>
        <translation>སྤྱོད་མཁན་གྱི་མིང་།</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/dialogs/signin.py" line="72"/>
        <source>密码</source>
        <translation>གསང་ཨང་།</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/dialogs/signin.py" line="79"/>
        <source>取消</source>
        <translation>ཕྱིར་འཐེན།</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/dialogs/signin.py" line="96"/>
        <source>请输入用户名</source>
        <translation type="unfinished">སྤྱོད་མཁན་གྱི་མིང་འབྲི་རོགས།</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/dialogs/signin.py" line="100"/>
        <source>请输入密码</source>
        <translation type="unfinished">གསང་ཨང་འབྲི་རོགས།</translation>
    </message>
</context>
<context>
    <name>StaffDialog</name>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/grids/dialogs.py" line="112"/>
        <source>修改工作人员</source>
        <translation type="unfinished">ལས་བྱེད་མི་སྣ་བཟོ་བཅོས།</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/grids/dialogs.py" line="112"/>
        <source>添加工作人员</source>
        <translation type="unfinished">ལས་བྱེད་མི་སྣ་ཁ་སྣོན།</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/grids/dialogs.py" line="116"/>
        <source>姓名*</source>
        <translation type="unfinished">མིང་།*</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/grids/dialogs.py" line="117"/>
        <source>职责</source>
        <translation type="unfinished">ལས་འགན།</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/grids/dialogs.py" line="120"/>
        <source>政治面貌</source>
        <translation type="unfinished">ཆབ་སྲིད་ཀྱི་རྣམ་པ།</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/grids/dialogs.py" line="120"/>
        <source>中共党员</source>
        <translation type="unfinished">ཀྲུང་གུང་ཏང་ཡོན།</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/grids/dialogs.py" line="122"/>
        <source>联系电话</source>
        <translation type="unfinished">འབྲེལ་གཏུག་ཁ་པར།</translation>
    </message>
</context>
<context>
    <name>StatusChangeDialog</name>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/register/status_change.py" line="51"/>
        <source>登记死亡</source>
        <translation type="unfinished">འདས་གྲོངས་ཐོ་འགོད།</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/register/status_change.py" line="51"/>
        <source>登记迁出</source>
        <translation type="unfinished">ཕྱིར་གནས་སྤོས་ཐོ་འགོད།</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/register/status_change.py" line="54"/>
        <source>确认将 {0} 登记为“死亡”？</source>
        <translation type="unfinished">{0} “འདས་གྲོངས།”སུ་ཐོ་འགོད་བྱེད་པ་གཏན་འཁེལ་ལམ།</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/register/status_change.py" line="56"/>
        <source>确认将 {0} 登记为“迁出”？</source>
        <translation type="unfinished">{0} “ཕྱིར་གནས་སྤོས།”སུ་ཐོ་འགོད་བྱེད་པ་གཏན་འཁེལ་ལམ།</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/register/status_change.py" line="62"/>
        <source>此人仍保留在户籍中，状态改为“{0}”，修改记录可在“修改记录”中查看。</source>
        <translation type="unfinished">མི་འདི་ཐེམ་ཐོའི་ནང་རྒྱུན་མཐུད་དུ་ཉར་ཞིང་། གནས་སྟངས་“{0}”ལ་བསྒྱུར་རྒྱུ་ཡིན། བཟོ་བཅོས་ཀྱི་ཆ་འཕྲིན་“བཟོ་བཅོས་ཟིན་ཐོ།”ནང་ལྟ་ཆོག</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/register/status_change.py" line="63"/>
        <source>死亡</source>
        <translation type="unfinished">འདས་གྲོངས།</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/register/status_change.py" line="63"/>
        <source>迁出</source>
        <translation type="unfinished">ཕྱིར་གནས་སྤོས།</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/register/status_change.py" line="76"/>
        <source>死亡日期</source>
        <translation type="unfinished">འདས་གྲོངས་ཚེས་གྲངས།</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/register/status_change.py" line="76"/>
        <source>迁出日期</source>
        <translation type="unfinished">ཕྱིར་གནས་སྤོས་ཚེས་གྲངས།</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/register/status_change.py" line="81"/>
        <source>如：死亡证明编号</source>
        <translation type="unfinished">དཔེར་ན། འདས་གྲོངས་ར་སྤྲོད་ཡིག་ཆའི་ཨང་རྟགས།</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/register/status_change.py" line="81"/>
        <source>如：迁往拉萨市城关区</source>
        <translation type="unfinished">དཔེར་ན། 拉萨市城关区 དུ་སྤོས།</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/register/status_change.py" line="83"/>
        <source>说明</source>
        <translation type="unfinished">གསལ་བཤད།</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/register/status_change.py" line="87"/>
        <source>确认登记</source>
        <translation type="unfinished">ཐོ་འགོད་གཏན་འཁེལ།</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/register/status_change.py" line="89"/>
        <source>取消</source>
        <translation type="unfinished">ཕྱིར་འཐེན།</translation>
    </message>
</context>
<context>
    <name>StatusTab</name>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/sync_page/status_tab.py" line="55"/>
        <source>县级服务器</source>
        <translation type="unfinished">རྫོང་གི་ཞབས་ཞུ་འཕྲུལ་ཆས།</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/sync_page/status_tab.py" line="56"/>
        <source>连接</source>
        <translation type="unfinished">འབྲེལ་མཐུད།</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/sync_page/status_tab.py" line="57"/>
        <source>待上传</source>
        <translation type="unfinished">ཡར་སྐྱེལ་སྒུག་བཞིན་པ།</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/sync_page/status_tab.py" line="58"/>
        <source>上次成功同步</source>
        <translation type="unfinished">ཐེངས་སྔ་མའི་ལེགས་གྲུབ་མཉམ་འགྲིག</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/sync_page/status_tab.py" line="59"/>
        <source>上次的问题</source>
        <translation type="unfinished">ཐེངས་སྔ་མའི་གནད་དོན།</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/sync_page/status_tab.py" line="62"/>
        <source>立即同步（F5）</source>
        <translation type="unfinished">ད་ལྟ་མཉམ་འགྲིག（F5）</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/sync_page/status_tab.py" line="79"/>
        <source>本次启动以来的同步</source>
        <translation type="unfinished">ཐེངས་འདིར་འགོ་སློང་བྱས་ནས་བཟུང་བའི་མཉམ་འགྲིག</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/sync_page/status_tab.py" line="86"/>
        <source>已打包发送的修改（最近100批）</source>
        <translation type="unfinished">ཐུམ་སྒྲིལ་བྱས་ཏེ་བསྐུར་ཟིན་པའི་བཟོ་བཅོས།（ཉེ་ཆར་གྱི་ཚན་ 100）</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/sync_page/status_tab.py" line="117"/>
        <source>{0}（本机设备号 {1}）</source>
        <translation type="unfinished">{0}（གློག་ཀླད་འདིའི་སྒྲིག་ཆས་ཨང་། {1}）</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/sync_page/status_tab.py" line="120"/>
        <source>未登记（可在“登记设备”页登记，或用U盘同步）</source>
        <translation type="unfinished">ཐོ་འགོད་བྱས་མེད།（“སྒྲིག་ཆས་ཐོ་འགོད།”ཤོག་ངོས་སུ་ཐོ་འགོད་བྱེད་པའམ། U སྡེར་གྱིས་མཉམ་འགྲིག་བྱེད་ཆོག）</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/sync_page/status_tab.py" line="122"/>
        <source>正在同步</source>
        <translation type="unfinished">མཉམ་འགྲིག་བྱེད་བཞིན་པ།</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/sync_page/status_tab.py" line="124"/>
        <source>未知（尚未连接）</source>
        <translation type="unfinished">མི་ཤེས།（ད་དུང་འབྲེལ་མཐུད་བྱས་མེད།）</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/sync_page/status_tab.py" line="124"/>
        <source>未登记</source>
        <translation type="unfinished">ཐོ་འགོད་བྱས་མེད།</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/sync_page/status_tab.py" line="126"/>
        <source>在线</source>
        <translation type="unfinished">དྲ་ཐོག</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/sync_page/status_tab.py" line="126"/>
        <source>离线：稍后自动重试</source>
        <translation type="unfinished">དྲ་ཐོག་མིན། ཅུང་ཙམ་རྗེས་སུ་རང་འགུལ་གྱིས་བསྐྱར་ཚོད་བྱེད།</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/sync_page/status_tab.py" line="129"/>
        <source>{0} 条修改；冲突 {1} 处；被拒 {2} 条</source>
        <translation type="unfinished">བཟོ་བཅོས་ {0}། གདོང་ཐུག་ {1}། ཁས་མ་བླངས་པ་ {2}</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/sync_page/status_tab.py" line="134"/>
        <source>从未</source>
        <translation type="unfinished">གཏན་ནས་མེད།</translation>
    </message>
</context>
<context>
    <name>SyncController</name>
    <message>
        <location filename="../../src/gov_desktop/ui/sync_controller.py" line="241"/>
        <source>正在连接县级服务器…</source>
        <translation type="unfinished">རྫོང་གི་ཞབས་ཞུ་འཕྲུལ་ཆས་ལ་འབྲེལ་མཐུད་བྱེད་བཞིན་པ…</translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/sync_page/page.py" line="28"/>
        <source>数据同步</source>
        <translation>གཞི་གྲངས་མཉམ་འགྲིག</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/sync_page/page.py" line="37"/>
        <source>状态与记录</source>
        <translation type="unfinished">གནས་སྟངས་དང་ཟིན་ཐོ།</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/sync_page/page.py" line="38"/>
        <source>待上传与被拒</source>
        <translation type="unfinished">ཡར་སྐྱེལ་སྒུག་པ་དང་ཁས་མ་བླངས་པ།</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/sync_page/page.py" line="39"/>
        <location filename="../../src/gov_desktop/ui/pages/sync_page/page.py" line="50"/>
        <source>冲突</source>
        <translation type="unfinished">གདོང་ཐུག</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/sync_page/page.py" line="40"/>
        <source>U盘同步</source>
        <translation type="unfinished">U སྡེར་མཉམ་འགྲིག</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/sync_page/page.py" line="44"/>
        <source>登记设备</source>
        <translation type="unfinished">སྒྲིག་ཆས་ཐོ་འགོད།</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/sync_page/page.py" line="50"/>
        <source>冲突（{0}）</source>
        <translation type="unfinished">གདོང་ཐུག（{0}）</translation>
    </message>
</context>
<context>
    <name>SyncStatusWidgets</name>
    <message>
        <location filename="../../src/gov_desktop/ui/widgets/status.py" line="61"/>
        <source>未登记同步</source>
        <translation type="unfinished">ཐོ་འགོད་བྱས་མེད།</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/widgets/status.py" line="63"/>
        <source>正在同步</source>
        <translation type="unfinished">མཉམ་འགྲིག་བྱེད་བཞིན་པ།</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/widgets/status.py" line="65"/>
        <source>等待连接</source>
        <translation type="unfinished">འབྲེལ་མཐུད་སྒུག་བཞིན་པ།</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/widgets/status.py" line="67"/>
        <source>在线</source>
        <translation type="unfinished">དྲ་ཐོག</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/widgets/status.py" line="69"/>
        <source>离线</source>
        <translation type="unfinished">དྲ་ཐོག་མིན།</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/widgets/status.py" line="57"/>
        <location filename="../../src/gov_desktop/ui/widgets/status.py" line="73"/>
        <source>待上传 {0} 条</source>
        <translation type="unfinished">ཡར་སྐྱེལ་སྒུག་བཞིན་པ། {0}</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/widgets/status.py" line="75"/>
        <source>，冲突 {0} 条</source>
        <translation type="unfinished">། གདོང་ཐུག་ {0}</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/widgets/status.py" line="77"/>
        <source>，被拒 {0} 条</source>
        <translation type="unfinished">། ཁས་མ་བླངས་པ་ {0}</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/widgets/status.py" line="81"/>
        <source>上次同步 {0}</source>
        <translation type="unfinished">ཐེངས་སྔ་མའི་མཉམ་འགྲིག {0}</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/widgets/status.py" line="58"/>
        <location filename="../../src/gov_desktop/ui/widgets/status.py" line="84"/>
        <source>尚未同步</source>
        <translation type="unfinished">ད་དུང་མཉམ་འགྲིག་བྱས་མེད།</translation>
    </message>
</context>
<context>
    <name>TownshipPage</name>
    <message>
        <location filename="../../src/gov_desktop/ui/dialogs/first_run.py" line="150"/>
        <source>所在乡镇</source>
        <translation type="unfinished">གཏོགས་ས་ཤང་གྲོང་རྡལ།</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/dialogs/first_run.py" line="152"/>
        <source>填写本乡镇的9位代码（县级行政区划代码6位 + 乡镇3位），可向县级管理员询问。</source>
        <translation type="unfinished">ཤང་གྲོང་རྡལ་འདིའི་གྲངས་གནས་ 9 ཅན་གྱི་ཨང་རྟགས་འབྲི་རོགས།（རྫོང་རིམ་སྲིད་འཛིན་ས་ཁོངས་ཀྱི་ཨང་རྟགས་གནས་ 6 + ཤང་གྲོང་རྡལ་གནས་ 3）རྫོང་གི་དོ་དམ་པར་འདྲི་ཆོག</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/dialogs/first_run.py" line="160"/>
        <source>乡镇代码</source>
        <translation type="unfinished">ཤང་གྲོང་རྡལ་གྱི་ཨང་རྟགས།</translation>
    </message>
</context>
<context>
    <name>UsbTab</name>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/sync_page/enrol_usb_tab.py" line="110"/>
        <source>没有网络时：1. 导出同步文件，用U盘带到县里，由县级管理员导入服务器；2. 把县里生成的回执文件带回，在这里导入。同一文件重复导入不会重复计算。</source>
        <translation type="unfinished">དྲ་རྒྱ་མེད་སྐབས། 1. མཉམ་འགྲིག་ཡིག་ཆ་ཕྱིར་འདྲེན་བྱས་ནས་ U སྡེར་གྱིས་རྫོང་དུ་ཁྱེར་ཏེ། རྫོང་གི་དོ་དམ་པས་ཞབས་ཞུ་འཕྲུལ་ཆས་སུ་ནང་འདྲེན་བྱེད། 2. རྫོང་ནས་བཟོས་པའི་ལན་འདེབས་ཡིག་ཆ་ཕྱིར་ཁྱེར་ནས་འདིར་ནང་འདྲེན་བྱེད། ཡིག་ཆ་གཅིག་ཐེངས་མང་ནང་འདྲེན་བྱས་ཀྱང་བསྐྱར་རྩིས་མི་བྱེད།</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/sync_page/enrol_usb_tab.py" line="118"/>
        <source>导出同步文件…</source>
        <translation type="unfinished">མཉམ་འགྲིག་ཡིག་ཆ་ཕྱིར་འདྲེན…</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/sync_page/enrol_usb_tab.py" line="121"/>
        <source>导入回执文件…</source>
        <translation type="unfinished">ལན་འདེབས་ཡིག་ཆ་ནང་འདྲེན…</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/sync_page/enrol_usb_tab.py" line="160"/>
        <source>导出同步文件</source>
        <translation type="unfinished">མཉམ་འགྲིག་ཡིག་ཆ་ཕྱིར་འདྲེན།</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/sync_page/enrol_usb_tab.py" line="162"/>
        <source>同步文件 (*.govsync);;所有文件 (*)</source>
        <translation type="unfinished">མཉམ་འགྲིག་ཡིག་ཆ། (*.govsync);;ཡིག་ཆ་ཡོངས་རྫོགས། (*)</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/sync_page/enrol_usb_tab.py" line="173"/>
        <source>已导出：{0} 批、{1} 条修改 → {2}</source>
        <translation type="unfinished">ཕྱིར་འདྲེན་བྱས་ཟིན། ཚན་ {0}། བཟོ་བཅོས་ {1} → {2}</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/sync_page/enrol_usb_tab.py" line="181"/>
        <source>导入回执文件</source>
        <translation type="unfinished">ལན་འདེབས་ཡིག་ཆ་ནང་འདྲེན།</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/sync_page/enrol_usb_tab.py" line="183"/>
        <source>同步文件 (*.govsync *.govreply);;所有文件 (*)</source>
        <translation type="unfinished">མཉམ་འགྲིག་ཡིག་ཆ། (*.govsync *.govreply);;ཡིག་ཆ་ཡོངས་རྫོགས། (*)</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/sync_page/enrol_usb_tab.py" line="194"/>
        <source>已导入：确认上传 {0} 条，下载 {1} 条，冲突 {2} 处，被拒 {3} 条</source>
        <translation type="unfinished">ནང་འདྲེན་བྱས་ཟིན། ཡར་སྐྱེལ་ངོས་འཛིན་ {0}། མར་ལེན་ {1}། གདོང་ཐུག་ {2}། ཁས་མ་བླངས་པ་ {3}</translation>
    </message>
</context>
<context>
    <name>UserLabel</name>
    <message>
        <location filename="../../src/gov_desktop/ui/widgets/status.py" line="118"/>
        <source>{0}（{1}）</source>
        <translation>{0}（{1}）</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/widgets/status.py" line="119"/>
        <source>用户名：{0}</source>
        <translation>སྤྱོད་མཁན་གྱི་མིང་། {0}</translation>
    </message>
</context>
<context>
    <name>UserListModel</name>
    <message>
        <location filename="../../src/gov_desktop/ui/models/admin_rows.py" line="30"/>
        <source>用户名</source>
        <translation type="unfinished">སྤྱོད་མཁན་གྱི་མིང་།</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/models/admin_rows.py" line="31"/>
        <source>姓名</source>
        <translation type="unfinished">མིང་།</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/models/admin_rows.py" line="32"/>
        <source>角色</source>
        <translation type="unfinished">གོ་གནས།</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/models/admin_rows.py" line="33"/>
        <source>范围</source>
        <translation type="unfinished">ཁྱབ་ཁོངས།</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/models/admin_rows.py" line="34"/>
        <source>状态</source>
        <translation type="unfinished">གནས་སྟངས།</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/models/admin_rows.py" line="35"/>
        <source>最近登录</source>
        <translation type="unfinished">ཉེ་ཆར་ནང་འཛུལ་བྱས་དུས།</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/models/admin_rows.py" line="39"/>
        <source>全县</source>
        <translation type="unfinished">རྫོང་ཧྲིལ་པོ།</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/models/admin_rows.py" line="45"/>
        <source>正常</source>
        <translation type="unfinished">རྒྱུན་ལྡན།</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/models/admin_rows.py" line="45"/>
        <source>已停用</source>
        <translation type="unfinished">སྤྱོད་མཚམས་བཞག་ཟིན།</translation>
    </message>
</context>
<context>
    <name>UsersTab</name>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/settings_page/users_tab.py" line="149"/>
        <source>添加用户…</source>
        <translation type="unfinished">སྤྱོད་མཁན་ཁ་སྣོན…</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/settings_page/users_tab.py" line="152"/>
        <source>重设密码…</source>
        <translation type="unfinished">གསང་ཨང་བསྐྱར་སྒྲིག…</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/settings_page/users_tab.py" line="155"/>
        <source>停用</source>
        <translation type="unfinished">སྤྱོད་མཚམས་འཇོག</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/settings_page/users_tab.py" line="158"/>
        <source>修改我的密码…</source>
        <translation type="unfinished">ངའི་གསང་ཨང་བཟོ་བཅོས…</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/settings_page/users_tab.py" line="173"/>
        <source>用户由管理员管理。</source>
        <translation type="unfinished">སྤྱོད་མཁན་རྣམས་དོ་དམ་པས་དོ་དམ་བྱེད།</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/settings_page/users_tab.py" line="201"/>
        <source>已添加用户 {0}</source>
        <translation type="unfinished">སྤྱོད་མཁན་ {0} ཁ་སྣོན་བྱས་ཟིན།</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/settings_page/users_tab.py" line="210"/>
        <source>密码已更新</source>
        <translation type="unfinished">གསང་ཨང་གསར་སྒྱུར་བྱས་ཟིན།</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/settings_page/users_tab.py" line="224"/>
        <source>停用用户</source>
        <translation type="unfinished">སྤྱོད་མཁན་སྤྱོད་མཚམས་འཇོག</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/settings_page/users_tab.py" line="224"/>
        <source>停用后 {0} 将不能登录。确定吗？</source>
        <translation type="unfinished">སྤྱོད་མཚམས་བཞག་རྗེས་ {0} ནང་འཛུལ་བྱེད་མི་ཐུབ། གཏན་འཁེལ་ལམ།</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/settings_page/users_tab.py" line="232"/>
        <source>无法停用</source>
        <translation type="unfinished">སྤྱོད་མཚམས་འཇོག་ཐབས་མེད།</translation>
    </message>
</context>
<context>
    <name>VisitFormDialog</name>
    <message>
        <location filename="../../src/gov_desktop/ui/dialogs/visit_appeal_forms.py" line="60"/>
        <source>登记走访</source>
        <translation type="unfinished">འཚམས་འདྲི་ཐོ་འགོད།</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/dialogs/visit_appeal_forms.py" line="68"/>
        <source>走访户</source>
        <translation type="unfinished">འཚམས་འདྲིའི་ཁྱིམ་ཚང་།</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/dialogs/visit_appeal_forms.py" line="74"/>
        <source>走访日期</source>
        <translation type="unfinished">འཚམས་འདྲིའི་ཚེས་གྲངས།</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/dialogs/visit_appeal_forms.py" line="78"/>
        <source>走访类别</source>
        <translation type="unfinished">འཚམས་འདྲིའི་རིགས།</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/dialogs/visit_appeal_forms.py" line="81"/>
        <source>（先选择走访户）</source>
        <translation type="unfinished">（སྔོན་ལ་འཚམས་འདྲིའི་ཁྱིམ་ཚང་འདེམས།）</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/dialogs/visit_appeal_forms.py" line="82"/>
        <source>走访人</source>
        <translation type="unfinished">འཚམས་འདྲི་བ།</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/dialogs/visit_appeal_forms.py" line="85"/>
        <source>不是本网格工作人员时填写姓名</source>
        <translation type="unfinished">དྲ་མིག་འདིའི་ལས་བྱེད་མི་སྣ་མིན་ན་མིང་འབྲི།</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/dialogs/visit_appeal_forms.py" line="87"/>
        <source>走访人姓名</source>
        <translation type="unfinished">འཚམས་འདྲི་བའི་མིང་།</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/dialogs/visit_appeal_forms.py" line="89"/>
        <source>走访情况</source>
        <translation type="unfinished">འཚམས་འདྲིའི་གནས་ཚུལ།</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/dialogs/visit_appeal_forms.py" line="90"/>
        <source>需要后续跟进</source>
        <translation type="unfinished">རྗེས་འདེད་དགོས།</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/dialogs/visit_appeal_forms.py" line="98"/>
        <source>跟进人</source>
        <translation type="unfinished">རྗེས་འདེད་བྱེད་མཁན།</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/dialogs/visit_appeal_forms.py" line="115"/>
        <source>（填写姓名）</source>
        <translation type="unfinished">（མིང་འབྲི།）</translation>
    </message>
</context>
<context>
    <name>VisitHistoryModel</name>
    <message>
        <location filename="../../src/gov_desktop/ui/models/household_history.py" line="35"/>
        <source>走访日期</source>
        <translation type="unfinished">འཚམས་འདྲིའི་ཚེས་གྲངས།</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/models/household_history.py" line="36"/>
        <source>类别</source>
        <translation type="unfinished">རིགས།</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/models/household_history.py" line="37"/>
        <source>走访人</source>
        <translation type="unfinished">འཚམས་འདྲི་བ།</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/models/household_history.py" line="38"/>
        <source>走访情况</source>
        <translation type="unfinished">འཚམས་འདྲིའི་གནས་ཚུལ།</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/models/household_history.py" line="39"/>
        <source>后续跟进</source>
        <translation type="unfinished">རྗེས་འདེད།</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/models/household_history.py" line="55"/>
        <source>已完成</source>
        <translation type="unfinished">ལེགས་གྲུབ་ཟིན།</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/models/household_history.py" line="57"/>
        <source>待跟进</source>
        <translation type="unfinished">རྗེས་འདེད་སྒུག་བཞིན་པ།</translation>
    </message>
</context>
<context>
    <name>VisitListModel</name>
    <message>
        <location filename="../../src/gov_desktop/ui/models/visit_records.py" line="31"/>
        <source>走访日期</source>
        <translation type="unfinished">འཚམས་འདྲིའི་ཚེས་གྲངས།</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/models/visit_records.py" line="32"/>
        <source>户号</source>
        <translation type="unfinished">ཁྱིམ་ཚང་ཨང་རྟགས།</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/models/visit_records.py" line="33"/>
        <source>户主</source>
        <translation type="unfinished">ཁྱིམ་བདག</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/models/visit_records.py" line="34"/>
        <source>网格</source>
        <translation type="unfinished">དྲ་མིག</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/models/visit_records.py" line="35"/>
        <source>走访人</source>
        <translation type="unfinished">འཚམས་འདྲི་བ།</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/models/visit_records.py" line="36"/>
        <source>类别</source>
        <translation type="unfinished">རིགས།</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/models/visit_records.py" line="37"/>
        <source>走访情况</source>
        <translation type="unfinished">འཚམས་འདྲིའི་གནས་ཚུལ།</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/models/visit_records.py" line="38"/>
        <source>后续跟进</source>
        <translation type="unfinished">རྗེས་འདེད།</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/models/visit_records.py" line="78"/>
        <source>已跟进</source>
        <translation type="unfinished">རྗེས་འདེད་བྱས་ཟིན།</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/models/visit_records.py" line="80"/>
        <source>待跟进</source>
        <translation type="unfinished">རྗེས་འདེད་སྒུག་བཞིན་པ།</translation>
    </message>
</context>
<context>
    <name>VisitsPage</name>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/visits.py" line="34"/>
        <source>走访记录</source>
        <translation type="unfinished">ཁྱིམ་ཚང་འཚམས་འདྲིའི་ཟིན་ཐོ།</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/visits.py" line="37"/>
        <source>全部走访</source>
        <translation type="unfinished">འཚམས་འདྲི་ཡོངས།</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/visits.py" line="38"/>
        <source>待跟进</source>
        <translation type="unfinished">རྗེས་འདེད་སྒུག་བཞིན་པ།</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/visits.py" line="44"/>
        <source>登记走访</source>
        <translation type="unfinished">འཚམས་འདྲི་ཐོ་འགོད།</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/visits.py" line="48"/>
        <source>跟进完成</source>
        <translation type="unfinished">རྗེས་འདེད་ལེགས་གྲུབ།</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/visits.py" line="75"/>
        <source>{0} 户的走访 {1}</source>
        <translation type="unfinished">ཁྱིམ་ཚང་{0}ལ་{1}ཉིན་གྱི་ཐུགས་འཚམས།</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/pages/visits.py" line="95"/>
        <source>无法保存</source>
        <translation type="unfinished">ཉར་ཚགས་བྱེད་ཐབས་མེད།</translation>
    </message>
</context>
<context>
    <name>crash</name>
    <message>
        <location filename="../../src/gov_desktop/ui/crash.py" line="54"/>
        <source>程序遇到一个意外错误，刚才的操作可能没有完成。已保存的数据不受影响。</source>
        <translation type="unfinished">མཉེན་ཆས་ལ་རེ་སྒུག་མེད་པའི་ནོར་འཁྲུལ་ཞིག་བྱུང་བས། ད་གིན་གྱི་བཀོལ་སྤྱོད་ལེགས་གྲུབ་བྱུང་མེད་སྲིད། ཉར་ཚགས་བྱས་ཟིན་པའི་གཞི་གྲངས་ལ་ཤུགས་རྐྱེན་མེད།</translation>
    </message>
    <message>
        <location filename="../../src/gov_desktop/ui/crash.py" line="59"/>
        <source>错误报告已保存到：{0}
请把该文件发给技术支持人员。</source>
        <translation type="unfinished">ནོར་འཁྲུལ་སྙན་ཐོ་འདིར་ཉར་ཟིན། {0}
ཡིག་ཆ་དེ་ལག་རྩལ་རྒྱབ་སྐྱོར་མི་སྣར་བསྐུར་རོགས།</translation>
    </message>
</context>
<context>
    <name>enums</name>
    <message>
        <location filename="../../build/translations/catalog_noop.py" line="4"/>
        <source>困难帮扶</source>
        <translation type="unfinished">དཀའ་ངལ་རོགས་སྐྱོར།</translation>
    </message>
    <message>
        <location filename="../../build/translations/catalog_noop.py" line="5"/>
        <source>民生实事</source>
        <translation type="unfinished">དམངས་འཚོའི་དོན་དངོས།</translation>
    </message>
    <message>
        <location filename="../../build/translations/catalog_noop.py" line="6"/>
        <source>就业</source>
        <translation type="unfinished">ལས་ཞུགས།</translation>
    </message>
    <message>
        <location filename="../../build/translations/catalog_noop.py" line="7"/>
        <source>医疗</source>
        <translation type="unfinished">སྨན་བཅོས།</translation>
    </message>
    <message>
        <location filename="../../build/translations/catalog_noop.py" line="8"/>
        <source>教育</source>
        <translation type="unfinished">སློབ་གསོ།</translation>
    </message>
    <message>
        <location filename="../../build/translations/catalog_noop.py" line="10"/>
        <source>微心愿</source>
        <translation type="unfinished">རེ་འདུན་ཆུང་ཆུང་།</translation>
    </message>
    <message>
        <location filename="../../build/translations/catalog_noop.py" line="11"/>
        <source>问题</source>
        <translation type="unfinished">གནད་དོན།</translation>
    </message>
    <message>
        <location filename="../../build/translations/catalog_noop.py" line="12"/>
        <source>已征集</source>
        <translation type="unfinished">བསྡུ་རུབ་བྱས་ཟིན།</translation>
    </message>
    <message>
        <location filename="../../build/translations/catalog_noop.py" line="13"/>
        <source>已派单</source>
        <translation type="unfinished">བགོ་འགྲེམ་བྱས་ཟིན།</translation>
    </message>
    <message>
        <location filename="../../build/translations/catalog_noop.py" line="14"/>
        <source>已认领</source>
        <translation type="unfinished">ངོས་ལེན་བྱས་ཟིན།</translation>
    </message>
    <message>
        <location filename="../../build/translations/catalog_noop.py" line="15"/>
        <source>已办结</source>
        <translation type="unfinished">མཇུག་སྒྲིལ་ཟིན།</translation>
    </message>
    <message>
        <location filename="../../build/translations/catalog_noop.py" line="16"/>
        <source>无法办理</source>
        <translation type="unfinished">སྒྲུབ་ཐབས་མེད།</translation>
    </message>
    <message>
        <location filename="../../build/translations/catalog_noop.py" line="17"/>
        <source>窗口</source>
        <translation type="unfinished">སྒེའུ་ཁུང་ནས།</translation>
    </message>
    <message>
        <location filename="../../build/translations/catalog_noop.py" line="18"/>
        <source>代办</source>
        <translation type="unfinished">ཚབ་སྒྲུབ།</translation>
    </message>
    <message>
        <location filename="../../build/translations/catalog_noop.py" line="19"/>
        <source>上门</source>
        <translation type="unfinished">ཁྱིམ་དུ་བསྐྱོད་ནས།</translation>
    </message>
    <message>
        <location filename="../../build/translations/catalog_noop.py" line="20"/>
        <source>包政策宣传</source>
        <translation type="unfinished">སྲིད་ཇུས་ཁྱབ་བསྒྲགས་འགན་ལེན།</translation>
    </message>
    <message>
        <location filename="../../build/translations/catalog_noop.py" line="21"/>
        <source>包矛盾调解</source>
        <translation type="unfinished">རྩོད་གཞི་གྲོས་སྒྲིག་འགན་ལེན།</translation>
    </message>
    <message>
        <location filename="../../build/translations/catalog_noop.py" line="22"/>
        <source>包帮扶解困</source>
        <translation type="unfinished">རོགས་སྐྱོར་དཀའ་སེལ་འགན་ལེན།</translation>
    </message>
    <message>
        <location filename="../../build/translations/catalog_noop.py" line="23"/>
        <source>文盲或半文盲</source>
        <translation type="unfinished">ཡི་གེ་མི་ཤེས་པའམ་ཕྱེད་ཙམ་ཤེས་པ།</translation>
    </message>
    <message>
        <location filename="../../build/translations/catalog_noop.py" line="24"/>
        <source>小学</source>
        <translation type="unfinished">སློབ་ཆུང་།</translation>
    </message>
    <message>
        <location filename="../../build/translations/catalog_noop.py" line="25"/>
        <source>初中</source>
        <translation type="unfinished">སློབ་འབྲིང་རིམ་དམའ།</translation>
    </message>
    <message>
        <location filename="../../build/translations/catalog_noop.py" line="26"/>
        <source>高中/中专</source>
        <translation type="unfinished">སློབ་འབྲིང་རིམ་མཐོ།/འབྲིང་རིམ་ཆེད་ལས།</translation>
    </message>
    <message>
        <location filename="../../build/translations/catalog_noop.py" line="27"/>
        <source>大专</source>
        <translation type="unfinished">ཆེད་ལས་སློབ་གྲྭ་ཆེན་མོ།</translation>
    </message>
    <message>
        <location filename="../../build/translations/catalog_noop.py" line="28"/>
        <source>本科及以上</source>
        <translation type="unfinished">སློབ་ཆེན་རྨང་རིམ་དང་དེ་ཡན།</translation>
    </message>
    <message>
        <location filename="../../build/translations/catalog_noop.py" line="29"/>
        <source>寺院教育</source>
        <translation type="unfinished">དགོན་པའི་སློབ་གསོ།</translation>
    </message>
    <message>
        <location filename="../../build/translations/catalog_noop.py" line="30"/>
        <source>男</source>
        <translation type="unfinished">ཕོ།</translation>
    </message>
    <message>
        <location filename="../../build/translations/catalog_noop.py" line="32"/>
        <source>农牧区网格</source>
        <translation type="unfinished">ཞིང་འབྲོག་ཁུལ་གྱི་དྲ་མིག</translation>
    </message>
    <message>
        <location filename="../../build/translations/catalog_noop.py" line="33"/>
        <source>县城网格</source>
        <translation type="unfinished">རྫོང་གྲོང་གི་དྲ་མིག</translation>
    </message>
    <message>
        <location filename="../../build/translations/catalog_noop.py" line="34"/>
        <source>寺管会网格</source>
        <translation type="unfinished">དགོན་པའི་དོ་དམ་ཨུ་ལྷན་གྱི་དྲ་མིག</translation>
    </message>
    <message>
        <location filename="../../build/translations/catalog_noop.py" line="9"/>
        <source>其他</source>
        <comment>AppealCategory</comment>
        <translation type="unfinished">གཞན།</translation>
    </message>
    <message>
        <location filename="../../build/translations/catalog_noop.py" line="31"/>
        <source>女</source>
        <comment>Gender</comment>
        <translation type="unfinished">མོ།</translation>
    </message>
    <message>
        <location filename="../../build/translations/catalog_noop.py" line="35"/>
        <source>网格员</source>
        <comment>GridRole</comment>
        <translation type="unfinished">དྲ་མིག་ལས་བྱེད་པ།</translation>
    </message>
    <message>
        <location filename="../../build/translations/catalog_noop.py" line="36"/>
        <source>网格联络员</source>
        <translation type="unfinished">དྲ་མིག་འབྲེལ་མཐུད་པ།</translation>
    </message>
    <message>
        <location filename="../../build/translations/catalog_noop.py" line="37"/>
        <source>医生</source>
        <translation type="unfinished">སྨན་པ།</translation>
    </message>
    <message>
        <location filename="../../build/translations/catalog_noop.py" line="38"/>
        <source>民警</source>
        <translation type="unfinished">ཉེན་རྟོག་པ།</translation>
    </message>
    <message>
        <location filename="../../build/translations/catalog_noop.py" line="39"/>
        <source>联户长</source>
        <translation type="unfinished">ཟུང་འབྲེལ་འགོ་པ།</translation>
    </message>
    <message>
        <location filename="../../build/translations/catalog_noop.py" line="40"/>
        <source>低保户</source>
        <translation type="unfinished">འཚོ་བའི་དམའ་འགན་ཁྱིམ་ཚང་།</translation>
    </message>
    <message>
        <location filename="../../build/translations/catalog_noop.py" line="41"/>
        <source>特困/五保户</source>
        <translation type="unfinished">དམིགས་བསལ་དཀའ་ངལ།/ལྔ་སྲུང་ཁྱིམ་ཚང་།</translation>
    </message>
    <message>
        <location filename="../../build/translations/catalog_noop.py" line="42"/>
        <source>脱贫户</source>
        <translation type="unfinished">དབུལ་ཐར་ཁྱིམ་ཚང་།</translation>
    </message>
    <message>
        <location filename="../../build/translations/catalog_noop.py" line="43"/>
        <source>监测户</source>
        <translation type="unfinished">ལྟ་ཞིབ་ཁྱིམ་ཚང་།</translation>
    </message>
    <message>
        <location filename="../../build/translations/catalog_noop.py" line="44"/>
        <source>军属</source>
        <translation type="unfinished">དམག་མིའི་ཁྱིམ་མི།</translation>
    </message>
    <message>
        <location filename="../../build/translations/catalog_noop.py" line="45"/>
        <source>残疾人家庭</source>
        <translation type="unfinished">དབང་པོ་སྐྱོན་ཅན་གྱི་ཁྱིམ་ཚང་།</translation>
    </message>
    <message>
        <location filename="../../build/translations/catalog_noop.py" line="46"/>
        <source>县直部门</source>
        <translation type="unfinished">རྫོང་ཐད་ཀའི་སྡེ་ཁག</translation>
    </message>
    <message>
        <location filename="../../build/translations/catalog_noop.py" line="47"/>
        <source>乡镇</source>
        <translation type="unfinished">ཤང་གྲོང་རྡལ།</translation>
    </message>
    <message>
        <location filename="../../build/translations/catalog_noop.py" line="48"/>
        <source>村居党组织</source>
        <translation type="unfinished">གྲོང་ཚོ་དང་སྡེ་ཁུལ་གྱི་ཏང་རྩ་འཛུགས།</translation>
    </message>
    <message>
        <location filename="../../build/translations/catalog_noop.py" line="49"/>
        <source>志愿服务队</source>
        <translation type="unfinished">དང་བླངས་ཞབས་ཞུ་རུ་ཁག</translation>
    </message>
    <message>
        <location filename="../../build/translations/catalog_noop.py" line="50"/>
        <source>在册</source>
        <translation type="unfinished">ཐོ་ཐོག་ཡོད་པ།</translation>
    </message>
    <message>
        <location filename="../../build/translations/catalog_noop.py" line="51"/>
        <source>迁出</source>
        <translation type="unfinished">ཕྱིར་གནས་སྤོས།</translation>
    </message>
    <message>
        <location filename="../../build/translations/catalog_noop.py" line="52"/>
        <source>死亡</source>
        <translation type="unfinished">འདས་གྲོངས།</translation>
    </message>
    <message>
        <location filename="../../build/translations/catalog_noop.py" line="53"/>
        <source>爱国守法星</source>
        <translation type="unfinished">རྒྱལ་གཅེས་ཁྲིམས་སྲུང་སྐར་མ།</translation>
    </message>
    <message>
        <location filename="../../build/translations/catalog_noop.py" line="54"/>
        <source>民族团结星</source>
        <translation type="unfinished">མི་རིགས་མཐུན་སྒྲིལ་སྐར་མ།</translation>
    </message>
    <message>
        <location filename="../../build/translations/catalog_noop.py" line="55"/>
        <source>勤劳致富星</source>
        <translation type="unfinished">འབད་བརྩོན་ཕྱུག་འགྱུར་སྐར་མ།</translation>
    </message>
    <message>
        <location filename="../../build/translations/catalog_noop.py" line="56"/>
        <source>卫生整洁星</source>
        <translation type="unfinished">འཕྲོད་བསྟེན་གཙང་སྦྲ་སྐར་མ།</translation>
    </message>
    <message>
        <location filename="../../build/translations/catalog_noop.py" line="57"/>
        <source>孝老爱亲星</source>
        <translation type="unfinished">རྒན་གསོ་ཉེ་བརྩེ་སྐར་མ།</translation>
    </message>
    <message>
        <location filename="../../build/translations/catalog_noop.py" line="58"/>
        <source>移风易俗星</source>
        <translation type="unfinished">གོམས་སྲོལ་བསྒྱུར་བཅོས་སྐར་མ།</translation>
    </message>
    <message>
        <location filename="../../build/translations/catalog_noop.py" line="59"/>
        <source>户主</source>
        <translation type="unfinished">ཁྱིམ་བདག</translation>
    </message>
    <message>
        <location filename="../../build/translations/catalog_noop.py" line="60"/>
        <source>配偶</source>
        <translation type="unfinished">བཟའ་ཟླ།</translation>
    </message>
    <message>
        <location filename="../../build/translations/catalog_noop.py" line="61"/>
        <source>子</source>
        <translation type="unfinished">བུ།</translation>
    </message>
    <message>
        <location filename="../../build/translations/catalog_noop.py" line="62"/>
        <source>女</source>
        <comment>Relation</comment>
        <translation type="unfinished">བུ་མོ།</translation>
    </message>
    <message>
        <location filename="../../build/translations/catalog_noop.py" line="63"/>
        <source>父母</source>
        <translation type="unfinished">ཕ་མ།</translation>
    </message>
    <message>
        <location filename="../../build/translations/catalog_noop.py" line="64"/>
        <source>孙子女</source>
        <translation type="unfinished">ཚ་བོ་ཚ་མོ།</translation>
    </message>
    <message>
        <location filename="../../build/translations/catalog_noop.py" line="65"/>
        <source>兄弟姐妹</source>
        <translation type="unfinished">སྤུན་མཆེད་སྲིང་མོ།</translation>
    </message>
    <message>
        <location filename="../../build/translations/catalog_noop.py" line="66"/>
        <source>儿媳/女婿</source>
        <translation type="unfinished">མནའ་མ།/མག་པ།</translation>
    </message>
    <message>
        <location filename="../../build/translations/catalog_noop.py" line="67"/>
        <source>其他</source>
        <comment>Relation</comment>
        <translation type="unfinished">གཞན།</translation>
    </message>
    <message>
        <location filename="../../build/translations/catalog_noop.py" line="68"/>
        <source>受理</source>
        <translation type="unfinished">ལེན་ཟིན།</translation>
    </message>
    <message>
        <location filename="../../build/translations/catalog_noop.py" line="69"/>
        <source>办理中</source>
        <translation type="unfinished">སྒྲུབ་བཞིན་པ།</translation>
    </message>
    <message>
        <location filename="../../build/translations/catalog_noop.py" line="70"/>
        <source>转县级</source>
        <translation type="unfinished">རྫོང་རིམ་ལ་སྤྲད་ཟིན།</translation>
    </message>
    <message>
        <location filename="../../build/translations/catalog_noop.py" line="71"/>
        <source>办结</source>
        <translation type="unfinished">མཇུག་སྒྲིལ་ཟིན།</translation>
    </message>
    <message>
        <location filename="../../build/translations/catalog_noop.py" line="72"/>
        <source>退回</source>
        <translation type="unfinished">ཕྱིར་སློག་བྱས།</translation>
    </message>
    <message>
        <location filename="../../build/translations/catalog_noop.py" line="73"/>
        <source>窗口工作人员</source>
        <translation type="unfinished">སྒེའུ་ཁུང་གི་ལས་བྱེད་པ།</translation>
    </message>
    <message>
        <location filename="../../build/translations/catalog_noop.py" line="74"/>
        <source>网格员</source>
        <comment>Role</comment>
        <translation type="unfinished">དྲ་མིག་ལས་བྱེད་པ།</translation>
    </message>
    <message>
        <location filename="../../build/translations/catalog_noop.py" line="75"/>
        <source>乡镇管理员</source>
        <translation type="unfinished">ཤང་གི་དོ་དམ་པ།</translation>
    </message>
    <message>
        <location filename="../../build/translations/catalog_noop.py" line="76"/>
        <source>县级管理员</source>
        <translation type="unfinished">རྫོང་གི་དོ་དམ་པ།</translation>
    </message>
    <message>
        <location filename="../../build/translations/catalog_noop.py" line="77"/>
        <source>只读用户</source>
        <translation type="unfinished">ལྟ་ཀློག་སྤྱོད་མཁན།</translation>
    </message>
    <message>
        <location filename="../../build/translations/catalog_noop.py" line="78"/>
        <source>非常满意</source>
        <translation type="unfinished">ཤིན་ཏུ་ཚིམ།</translation>
    </message>
    <message>
        <location filename="../../build/translations/catalog_noop.py" line="79"/>
        <source>满意</source>
        <translation type="unfinished">ཚིམ།</translation>
    </message>
    <message>
        <location filename="../../build/translations/catalog_noop.py" line="80"/>
        <source>基本满意</source>
        <translation type="unfinished">གཞི་ནས་ཚིམ།</translation>
    </message>
    <message>
        <location filename="../../build/translations/catalog_noop.py" line="81"/>
        <source>不满意</source>
        <translation type="unfinished">མི་ཚིམ།</translation>
    </message>
    <message>
        <location filename="../../build/translations/catalog_noop.py" line="82"/>
        <source>退役军人</source>
        <translation type="unfinished">དམག་ལས་ཕྱིར་བུད་མི་སྣ།</translation>
    </message>
    <message>
        <location filename="../../build/translations/catalog_noop.py" line="83"/>
        <source>残疾人</source>
        <translation type="unfinished">དབང་པོ་སྐྱོན་ཅན།</translation>
    </message>
    <message>
        <location filename="../../build/translations/catalog_noop.py" line="84"/>
        <source>留守老人</source>
        <translation type="unfinished">ཕྱིར་ལུས་རྒན་པ།</translation>
    </message>
    <message>
        <location filename="../../build/translations/catalog_noop.py" line="85"/>
        <source>留守儿童</source>
        <translation type="unfinished">ཕྱིར་ལུས་བྱིས་པ།</translation>
    </message>
    <message>
        <location filename="../../build/translations/catalog_noop.py" line="86"/>
        <source>独居老人</source>
        <translation type="unfinished">གཅིག་པུར་སྡོད་པའི་རྒན་པ།</translation>
    </message>
    <message>
        <location filename="../../build/translations/catalog_noop.py" line="87"/>
        <source>大病患者</source>
        <translation type="unfinished">ནད་ཆེན་ནད་པ།</translation>
    </message>
    <message>
        <location filename="../../build/translations/catalog_noop.py" line="88"/>
        <source>村</source>
        <translation type="unfinished">གྲོང་ཚོ།</translation>
    </message>
    <message>
        <location filename="../../build/translations/catalog_noop.py" line="89"/>
        <source>社区</source>
        <translation type="unfinished">སྡེ་ཁུལ།</translation>
    </message>
    <message>
        <location filename="../../build/translations/catalog_noop.py" line="90"/>
        <source>日常走访</source>
        <translation type="unfinished">རྒྱུན་ལྡན་འཚམས་འདྲི།</translation>
    </message>
    <message>
        <location filename="../../build/translations/catalog_noop.py" line="91"/>
        <source>政策宣传</source>
        <translation type="unfinished">སྲིད་ཇུས་ཁྱབ་བསྒྲགས།</translation>
    </message>
    <message>
        <location filename="../../build/translations/catalog_noop.py" line="92"/>
        <source>矛盾调解</source>
        <translation type="unfinished">རྩོད་གཞི་གྲོས་སྒྲིག</translation>
    </message>
    <message>
        <location filename="../../build/translations/catalog_noop.py" line="93"/>
        <source>安全检查</source>
        <translation type="unfinished">བདེ་འཇགས་ཞིབ་བཤེར།</translation>
    </message>
    <message>
        <location filename="../../build/translations/catalog_noop.py" line="94"/>
        <source>帮扶</source>
        <translation type="unfinished">རོགས་སྐྱོར།</translation>
    </message>
</context>
<context>
    <name>fields</name>
    <message>
        <location filename="../../build/translations/catalog_noop.py" line="152"/>
        <source>姓名</source>
        <translation type="unfinished">མིང་།</translation>
    </message>
    <message>
        <location filename="../../build/translations/catalog_noop.py" line="153"/>
        <source>藏文姓名</source>
        <translation type="unfinished">བོད་ཡིག་གི་མིང་།</translation>
    </message>
    <message>
        <location filename="../../build/translations/catalog_noop.py" line="154"/>
        <source>身份证号</source>
        <translation type="unfinished">ཐོབ་ཐང་ལག་ཁྱེར་ཨང་།</translation>
    </message>
    <message>
        <location filename="../../build/translations/catalog_noop.py" line="155"/>
        <source>出生日期</source>
        <translation type="unfinished">སྐྱེས་ཚེས།</translation>
    </message>
    <message>
        <location filename="../../build/translations/catalog_noop.py" line="156"/>
        <source>性别</source>
        <translation type="unfinished">ཕོ་མོ།</translation>
    </message>
    <message>
        <location filename="../../build/translations/catalog_noop.py" line="157"/>
        <source>民族</source>
        <translation type="unfinished">མི་རིགས།</translation>
    </message>
    <message>
        <location filename="../../build/translations/catalog_noop.py" line="158"/>
        <source>联系电话</source>
        <translation type="unfinished">འབྲེལ་གཏུག་ཁ་པར།</translation>
    </message>
    <message>
        <location filename="../../build/translations/catalog_noop.py" line="159"/>
        <source>与户主关系</source>
        <translation type="unfinished">ཁྱིམ་བདག་དང་འབྲེལ་བ།</translation>
    </message>
    <message>
        <location filename="../../build/translations/catalog_noop.py" line="160"/>
        <source>户号</source>
        <translation type="unfinished">ཁྱིམ་ཚང་ཨང་རྟགས།</translation>
    </message>
    <message>
        <location filename="../../build/translations/catalog_noop.py" line="161"/>
        <source>所属户</source>
        <translation type="unfinished">གཏོགས་ས་ཁྱིམ་ཚང་།</translation>
    </message>
    <message>
        <location filename="../../build/translations/catalog_noop.py" line="162"/>
        <source>住址</source>
        <translation type="unfinished">སྡོད་གནས།</translation>
    </message>
    <message>
        <location filename="../../build/translations/catalog_noop.py" line="163"/>
        <source>网格</source>
        <translation type="unfinished">དྲ་མིག</translation>
    </message>
    <message>
        <location filename="../../build/translations/catalog_noop.py" line="164"/>
        <source>村（居）</source>
        <translation type="unfinished">གྲོང་ཚོ།（སྡེ་ཁུལ།）</translation>
    </message>
    <message>
        <location filename="../../build/translations/catalog_noop.py" line="165"/>
        <source>人员</source>
        <translation type="unfinished">མི་སྣ།</translation>
    </message>
    <message>
        <location filename="../../build/translations/catalog_noop.py" line="166"/>
        <source>服务窗口</source>
        <translation type="unfinished">ཞབས་ཞུའི་སྒེའུ་ཁུང་།</translation>
    </message>
    <message>
        <location filename="../../build/translations/catalog_noop.py" line="167"/>
        <source>服务事项</source>
        <translation type="unfinished">ཞབས་ཞུའི་རྣམ་གྲངས།</translation>
    </message>
    <message>
        <location filename="../../build/translations/catalog_noop.py" line="168"/>
        <source>走访日期</source>
        <translation type="unfinished">འཚམས་འདྲིའི་ཚེས་གྲངས།</translation>
    </message>
    <message>
        <location filename="../../build/translations/catalog_noop.py" line="169"/>
        <source>走访人</source>
        <translation type="unfinished">འཚམས་འདྲི་བ།</translation>
    </message>
    <message>
        <location filename="../../build/translations/catalog_noop.py" line="170"/>
        <source>诉求内容</source>
        <translation type="unfinished">རེ་འདུན་གྱི་ནང་དོན།</translation>
    </message>
    <message>
        <location filename="../../build/translations/catalog_noop.py" line="171"/>
        <source>编码</source>
        <translation type="unfinished">ཨང་རྟགས།</translation>
    </message>
    <message>
        <location filename="../../build/translations/catalog_noop.py" line="172"/>
        <source>用户名</source>
        <translation type="unfinished">སྤྱོད་མཁན་གྱི་མིང་།</translation>
    </message>
    <message>
        <location filename="../../build/translations/catalog_noop.py" line="173"/>
        <source>密码</source>
        <translation type="unfinished">གསང་ཨང་།</translation>
    </message>
    <message>
        <location filename="../../build/translations/catalog_noop.py" line="174"/>
        <source>口令</source>
        <translation type="unfinished">གསང་ཚིག</translation>
    </message>
    <message>
        <location filename="../../build/translations/catalog_noop.py" line="175"/>
        <source>显示名称</source>
        <translation type="unfinished">མངོན་པའི་མིང་།</translation>
    </message>
    <message>
        <location filename="../../build/translations/catalog_noop.py" line="176"/>
        <source>年度</source>
        <translation type="unfinished">ལོ།</translation>
    </message>
    <message>
        <location filename="../../build/translations/catalog_noop.py" line="177"/>
        <source>星级</source>
        <translation type="unfinished">སྐར་རིམ།</translation>
    </message>
    <message>
        <location filename="../../build/translations/catalog_noop.py" line="178"/>
        <source>乡镇</source>
        <translation type="unfinished">ཤང་གྲོང་རྡལ།</translation>
    </message>
    <message>
        <location filename="../../build/translations/catalog_noop.py" line="179"/>
        <source>承办单位</source>
        <translation type="unfinished">འགན་འཁུར་ལས་ཁུངས།</translation>
    </message>
    <message>
        <location filename="../../build/translations/catalog_noop.py" line="180"/>
        <source>回音壁反馈</source>
        <translation type="unfinished">ལན་འདེབས་ངོས་ཀྱི་ལན།</translation>
    </message>
    <message>
        <location filename="../../build/translations/catalog_noop.py" line="181"/>
        <source>派单时间</source>
        <translation type="unfinished">བགོ་འགྲེམ་དུས་ཚོད།</translation>
    </message>
    <message>
        <location filename="../../build/translations/catalog_noop.py" line="182"/>
        <source>认领时间</source>
        <translation type="unfinished">ངོས་ལེན་དུས་ཚོད།</translation>
    </message>
    <message>
        <location filename="../../build/translations/catalog_noop.py" line="183"/>
        <source>走访情况</source>
        <translation type="unfinished">འཚམས་འདྲིའི་གནས་ཚུལ།</translation>
    </message>
    <message>
        <location filename="../../build/translations/catalog_noop.py" line="184"/>
        <source>状态</source>
        <translation type="unfinished">གནས་སྟངས།</translation>
    </message>
    <message>
        <location filename="../../build/translations/catalog_noop.py" line="185"/>
        <source>类别</source>
        <translation type="unfinished">རིགས།</translation>
    </message>
    <message>
        <location filename="../../build/translations/catalog_noop.py" line="186"/>
        <source>诉求分类</source>
        <translation type="unfinished">རེ་འདུན་གྱི་རིགས་དབྱེ།</translation>
    </message>
    <message>
        <location filename="../../build/translations/catalog_noop.py" line="187"/>
        <source>角色</source>
        <translation type="unfinished">གོ་གནས།</translation>
    </message>
    <message>
        <location filename="../../build/translations/catalog_noop.py" line="188"/>
        <source>备注</source>
        <translation type="unfinished">མཆན།</translation>
    </message>
    <message>
        <location filename="../../build/translations/catalog_noop.py" line="189"/>
        <source>户类别</source>
        <translation type="unfinished">ཁྱིམ་ཚང་གི་རིགས།</translation>
    </message>
    <message>
        <location filename="../../build/translations/catalog_noop.py" line="190"/>
        <source>特殊人群</source>
        <translation type="unfinished">དམིགས་བསལ་མི་ཚོགས།</translation>
    </message>
    <message>
        <location filename="../../build/translations/catalog_noop.py" line="191"/>
        <source>文化程度</source>
        <translation type="unfinished">ཤེས་ཚད།</translation>
    </message>
    <message>
        <location filename="../../build/translations/catalog_noop.py" line="192"/>
        <source>所在党支部</source>
        <translation type="unfinished">གཏོགས་ས་ཏང་ཡན་ལག་ཚོགས་ཆུང་།</translation>
    </message>
    <message>
        <location filename="../../build/translations/catalog_noop.py" line="193"/>
        <source>职业</source>
        <translation type="unfinished">ལས་རིགས།</translation>
    </message>
    <message>
        <location filename="../../build/translations/catalog_noop.py" line="194"/>
        <source>变动日期</source>
        <translation type="unfinished">འགྱུར་ལྡོག་ཚེས་གྲངས།</translation>
    </message>
    <message>
        <location filename="../../build/translations/catalog_noop.py" line="195"/>
        <source>变动说明</source>
        <translation type="unfinished">འགྱུར་ལྡོག་གསལ་བཤད།</translation>
    </message>
    <message>
        <location filename="../../build/translations/catalog_noop.py" line="196"/>
        <source>申请人</source>
        <translation type="unfinished">ཞུ་མཁན།</translation>
    </message>
    <message>
        <location filename="../../build/translations/catalog_noop.py" line="197"/>
        <source>受理方式</source>
        <translation type="unfinished">ལེན་སྟངས།</translation>
    </message>
    <message>
        <location filename="../../build/translations/catalog_noop.py" line="198"/>
        <source>材料清单</source>
        <translation type="unfinished">ཡིག་ཆ་རྒྱུ་ཆའི་ཐོ།</translation>
    </message>
    <message>
        <location filename="../../build/translations/catalog_noop.py" line="199"/>
        <source>已收材料</source>
        <translation type="unfinished">ལེན་ཟིན་པའི་ཡིག་ཆ་རྒྱུ་ཆ།</translation>
    </message>
    <message>
        <location filename="../../build/translations/catalog_noop.py" line="200"/>
        <source>办理结果</source>
        <translation type="unfinished">སྒྲུབ་འབྲས།</translation>
    </message>
    <message>
        <location filename="../../build/translations/catalog_noop.py" line="201"/>
        <source>承诺时限（天）</source>
        <translation type="unfinished">ཁས་ལེན་དུས་ཚད།（ཉིན།）</translation>
    </message>
    <message>
        <location filename="../../build/translations/catalog_noop.py" line="202"/>
        <source>排序</source>
        <translation type="unfinished">གོ་རིམ།</translation>
    </message>
    <message>
        <location filename="../../build/translations/catalog_noop.py" line="203"/>
        <source>满意度</source>
        <translation type="unfinished">ཚིམ་ཚད།</translation>
    </message>
    <message>
        <location filename="../../build/translations/catalog_noop.py" line="204"/>
        <source>跟进人</source>
        <translation type="unfinished">རྗེས་འདེད་བྱེད་མཁན།</translation>
    </message>
    <message>
        <location filename="../../build/translations/catalog_noop.py" line="205"/>
        <source>警务站片区</source>
        <translation type="unfinished">ཉེན་རྟོག་ལས་ཚན་གྱི་ས་ཁུལ།</translation>
    </message>
    <message>
        <location filename="../../build/translations/catalog_noop.py" line="206"/>
        <source>评星项目</source>
        <translation type="unfinished">སྐར་རིམ་དཔྱད་འཇོག་གི་རྣམ་གྲངས།</translation>
    </message>
    <message>
        <location filename="../../build/translations/catalog_noop.py" line="207"/>
        <source>包户内容</source>
        <translation type="unfinished">འགན་ལེན་ནང་དོན།</translation>
    </message>
    <message>
        <location filename="../../build/translations/catalog_noop.py" line="208"/>
        <source>包户开始日期</source>
        <translation type="unfinished">འགན་ལེན་འགོ་ཚུགས་ཚེས་གྲངས།</translation>
    </message>
    <message>
        <location filename="../../build/translations/catalog_noop.py" line="209"/>
        <source>网格工作人员</source>
        <translation type="unfinished">དྲ་མིག་ལས་བྱེད་མི་སྣ།</translation>
    </message>
    <message>
        <location filename="../../build/translations/catalog_noop.py" line="210"/>
        <source>双联户</source>
        <translation type="unfinished">ཟུང་འབྲེལ་ཁྱིམ་ཚང་།</translation>
    </message>
    <message>
        <location filename="../../build/translations/catalog_noop.py" line="211"/>
        <source>联户长户</source>
        <translation type="unfinished">ཟུང་འབྲེལ་འགོ་པའི་ཁྱིམ་ཚང་།</translation>
    </message>
    <message>
        <location filename="../../build/translations/catalog_noop.py" line="212"/>
        <source>联户长</source>
        <translation type="unfinished">ཟུང་འབྲེལ་འགོ་པ།</translation>
    </message>
    <message>
        <location filename="../../build/translations/catalog_noop.py" line="213"/>
        <source>包户记录</source>
        <translation type="unfinished">འགན་ལེན་ཟིན་ཐོ།</translation>
    </message>
    <message>
        <location filename="../../build/translations/catalog_noop.py" line="214"/>
        <source>评星记录</source>
        <translation type="unfinished">སྐར་རིམ་དཔྱད་འཇོག་ཟིན་ཐོ།</translation>
    </message>
    <message>
        <location filename="../../build/translations/catalog_noop.py" line="215"/>
        <source>办件</source>
        <translation type="unfinished">ལས་དོན།</translation>
    </message>
    <message>
        <location filename="../../build/translations/catalog_noop.py" line="216"/>
        <source>走访记录</source>
        <translation type="unfinished">ཁྱིམ་ཚང་འཚམས་འདྲིའི་ཟིན་ཐོ།</translation>
    </message>
    <message>
        <location filename="../../build/translations/catalog_noop.py" line="217"/>
        <source>诉求</source>
        <translation type="unfinished">རེ་འདུན།</translation>
    </message>
    <message>
        <location filename="../../build/translations/catalog_noop.py" line="218"/>
        <source>文件</source>
        <translation type="unfinished">ཡིག་ཆ།</translation>
    </message>
    <message>
        <location filename="../../build/translations/catalog_noop.py" line="219"/>
        <source>政治面貌</source>
        <translation type="unfinished">ཆབ་སྲིད་ཀྱི་རྣམ་པ།</translation>
    </message>
</context>
<context>
    <name>stats</name>
    <message>
        <location filename="../../build/translations/catalog_noop.py" line="95"/>
        <source>乡镇</source>
        <translation type="unfinished">ཤང་གྲོང་རྡལ།</translation>
    </message>
    <message>
        <location filename="../../build/translations/catalog_noop.py" line="96"/>
        <source>行政村</source>
        <translation type="unfinished">སྲིད་འཛིན་གྲོང་ཚོ།</translation>
    </message>
    <message>
        <location filename="../../build/translations/catalog_noop.py" line="97"/>
        <source>社区</source>
        <translation type="unfinished">སྡེ་ཁུལ།</translation>
    </message>
    <message>
        <location filename="../../build/translations/catalog_noop.py" line="98"/>
        <source>网格</source>
        <translation type="unfinished">དྲ་མིག</translation>
    </message>
    <message>
        <location filename="../../build/translations/catalog_noop.py" line="99"/>
        <source>农牧区网格</source>
        <translation type="unfinished">ཞིང་འབྲོག་ཁུལ་གྱི་དྲ་མིག</translation>
    </message>
    <message>
        <location filename="../../build/translations/catalog_noop.py" line="100"/>
        <source>县城网格</source>
        <translation type="unfinished">རྫོང་གྲོང་གི་དྲ་མིག</translation>
    </message>
    <message>
        <location filename="../../build/translations/catalog_noop.py" line="101"/>
        <source>寺管会网格</source>
        <translation type="unfinished">དགོན་པའི་དོ་དམ་ཨུ་ལྷན་གྱི་དྲ་མིག</translation>
    </message>
    <message>
        <location filename="../../build/translations/catalog_noop.py" line="102"/>
        <source>户数</source>
        <translation type="unfinished">ཁྱིམ་ཚང་གྲངས།</translation>
    </message>
    <message>
        <location filename="../../build/translations/catalog_noop.py" line="103"/>
        <source>在册人口</source>
        <translation type="unfinished">ཐོ་འགོད་མི་འབོར།</translation>
    </message>
    <message>
        <location filename="../../build/translations/catalog_noop.py" line="104"/>
        <source>网格工作人员</source>
        <translation type="unfinished">དྲ་མིག་ལས་བྱེད་མི་སྣ།</translation>
    </message>
    <message>
        <location filename="../../build/translations/catalog_noop.py" line="105"/>
        <source>其中党员</source>
        <translation type="unfinished">དེའི་ཁྲོད་ཀྱི་ཏང་ཡོན།</translation>
    </message>
    <message>
        <location filename="../../build/translations/catalog_noop.py" line="106"/>
        <source>网格工作人员党员占比（%）</source>
        <translation type="unfinished">དྲ་མིག་ལས་བྱེད་མི་སྣའི་ཁྲོད་ཏང་ཡོན་གྱི་བསྡུར་ཚད།（%）</translation>
    </message>
    <message>
        <location filename="../../build/translations/catalog_noop.py" line="107"/>
        <source>双联户</source>
        <translation type="unfinished">ཟུང་འབྲེལ་ཁྱིམ་ཚང་།</translation>
    </message>
    <message>
        <location filename="../../build/translations/catalog_noop.py" line="108"/>
        <source>党员联户长</source>
        <translation type="unfinished">ཏང་ཡོན་ཟུང་འབྲེལ་འགོ་པ།</translation>
    </message>
    <message>
        <location filename="../../build/translations/catalog_noop.py" line="109"/>
        <source>党员联户长占比（%）</source>
        <translation type="unfinished">ཟུང་འབྲེལ་འགོ་པའི་ཁྲོད་ཏང་ཡོན་གྱི་བསྡུར་ཚད།（%）</translation>
    </message>
    <message>
        <location filename="../../build/translations/catalog_noop.py" line="110"/>
        <source>党员（在册人口）</source>
        <translation type="unfinished">ཏང་ཡོན།（ཐོ་འགོད་མི་འབོར།）</translation>
    </message>
    <message>
        <location filename="../../build/translations/catalog_noop.py" line="111"/>
        <source>本年办件</source>
        <translation type="unfinished">ལོ་འདིའི་ལས་དོན།</translation>
    </message>
    <message>
        <location filename="../../build/translations/catalog_noop.py" line="112"/>
        <source>本年办结</source>
        <translation type="unfinished">ལོ་འདིར་མཇུག་སྒྲིལ་བ།</translation>
    </message>
    <message>
        <location filename="../../build/translations/catalog_noop.py" line="113"/>
        <source>在办件</source>
        <translation type="unfinished">སྒྲུབ་བཞིན་པའི་ལས་དོན།</translation>
    </message>
    <message>
        <location filename="../../build/translations/catalog_noop.py" line="114"/>
        <source>超期未办结</source>
        <translation type="unfinished">དུས་ལས་བརྒལ་བ།</translation>
    </message>
    <message>
        <location filename="../../build/translations/catalog_noop.py" line="115"/>
        <source>平均办结天数</source>
        <translation type="unfinished">མཇུག་སྒྲིལ་ཉིན་གྲངས་ཆ་སྙོམས།</translation>
    </message>
    <message>
        <location filename="../../build/translations/catalog_noop.py" line="116"/>
        <source>近30天走访</source>
        <translation type="unfinished">ཉིན་ 30 ནང་གི་འཚམས་འདྲི།</translation>
    </message>
    <message>
        <location filename="../../build/translations/catalog_noop.py" line="117"/>
        <source>群众诉求</source>
        <translation type="unfinished">མང་ཚོགས་ཀྱི་རེ་འདུན།</translation>
    </message>
    <message>
        <location filename="../../build/translations/catalog_noop.py" line="118"/>
        <source>微心愿</source>
        <translation type="unfinished">རེ་འདུན་ཆུང་ཆུང་།</translation>
    </message>
    <message>
        <location filename="../../build/translations/catalog_noop.py" line="119"/>
        <source>问题</source>
        <translation type="unfinished">གནད་དོན།</translation>
    </message>
    <message>
        <location filename="../../build/translations/catalog_noop.py" line="120"/>
        <source>未办结诉求</source>
        <translation type="unfinished">མཇུག་མ་སྒྲིལ་བའི་རེ་འདུན།</translation>
    </message>
    <message>
        <location filename="../../build/translations/catalog_noop.py" line="121"/>
        <source>诉求平均办结天数</source>
        <translation type="unfinished">རེ་འདུན་མཇུག་སྒྲིལ་ཉིན་གྲངས་ཆ་སྙོམས།</translation>
    </message>
</context>
<context>
    <name>sync</name>
    <message>
        <location filename="../../build/translations/catalog_noop.py" line="122"/>
        <source>正在上传本机修改</source>
        <translation type="unfinished">སྒྲིག་ཆས་འདིའི་བཟོ་བཅོས་ཡར་སྐྱེལ་བཞིན་པ།</translation>
    </message>
    <message>
        <location filename="../../build/translations/catalog_noop.py" line="123"/>
        <source>正在下载其他设备的修改</source>
        <translation type="unfinished">སྒྲིག་ཆས་གཞན་གྱི་བཟོ་བཅོས་མར་ལེན་བཞིན་པ།</translation>
    </message>
    <message>
        <location filename="../../build/translations/catalog_noop.py" line="124"/>
        <source>正在下载全量数据</source>
        <translation type="unfinished">གཞི་གྲངས་ཆ་ཚང་མར་ལེན་བཞིན་པ།</translation>
    </message>
    <message>
        <location filename="../../build/translations/catalog_noop.py" line="125"/>
        <source>无法连接县级服务器（网络不通或服务器未启动），稍后会自动重试</source>
        <translation type="unfinished">རྫོང་གི་ཞབས་ཞུ་འཕྲུལ་ཆས་ལ་འབྲེལ་མཐུད་བྱེད་ཐབས་མེད།（དྲ་རྒྱ་མི་འགྲོ་བའམ་ཞབས་ཞུ་འཕྲུལ་ཆས་འགོ་སློང་བྱས་མེད།）ཅུང་ཙམ་རྗེས་སུ་རང་འགུལ་གྱིས་བསྐྱར་ཚོད་བྱེད།</translation>
    </message>
    <message>
        <location filename="../../build/translations/catalog_noop.py" line="126"/>
        <source>连接县级服务器超时（网络太慢或中断），稍后会自动重试</source>
        <translation type="unfinished">རྫོང་གི་ཞབས་ཞུ་འཕྲུལ་ཆས་ལ་འབྲེལ་མཐུད་དུས་ལས་བརྒལ།（དྲ་རྒྱ་དལ་དྲགས་པའམ་བར་ཆད།）ཅུང་ཙམ་རྗེས་སུ་རང་འགུལ་གྱིས་བསྐྱར་ཚོད་བྱེད།</translation>
    </message>
    <message>
        <location filename="../../build/translations/catalog_noop.py" line="127"/>
        <source>与县级服务器的连接中途断开，稍后会自动重试</source>
        <translation type="unfinished">རྫོང་གི་ཞབས་ཞུ་འཕྲུལ་ཆས་དང་འབྲེལ་མཐུད་བར་ལམ་དུ་ཆད། ཅུང་ཙམ་རྗེས་སུ་རང་འགུལ་གྱིས་བསྐྱར་ཚོད་བྱེད།</translation>
    </message>
    <message>
        <location filename="../../build/translations/catalog_noop.py" line="128"/>
        <source>县级服务器的应答无法识别，请确认服务器版本</source>
        <translation type="unfinished">རྫོང་གི་ཞབས་ཞུ་འཕྲུལ་ཆས་ཀྱི་ལན་ངོས་འཛིན་བྱེད་ཐབས་མེད། ཞབས་ཞུ་འཕྲུལ་ཆས་ཀྱི་པར་གཞི་ཞིབ་བཤེར་གྱིས།</translation>
    </message>
    <message>
        <location filename="../../build/translations/catalog_noop.py" line="129"/>
        <source>本设备的授权无效或已被撤销，请联系县级管理员重新登记设备</source>
        <translation type="unfinished">སྒྲིག་ཆས་འདིའི་དབང་སྤྲོད་ནུས་མེད་དམ་ཕྱིར་བསྡུས་ཟིན། རྫོང་གི་དོ་དམ་པ་དང་འབྲེལ་གཏུག་བྱས་ཏེ་སྒྲིག་ཆས་བསྐྱར་དུ་ཐོ་འགོད་བྱེད་རོགས།</translation>
    </message>
    <message>
        <location filename="../../build/translations/catalog_noop.py" line="130"/>
        <source>一次发送的数据超过服务器上限，将拆成小批重试</source>
        <translation type="unfinished">ཐེངས་གཅིག་ལ་བསྐུར་བའི་གཞི་གྲངས་ཞབས་ཞུ་འཕྲུལ་ཆས་ཀྱི་ཚད་ལས་བརྒལ་བས། ཚན་ཆུང་དུ་བགོས་ནས་བསྐྱར་ཚོད་བྱེད།</translation>
    </message>
    <message>
        <location filename="../../build/translations/catalog_noop.py" line="131"/>
        <source>服务器地址必须以https://开头（明文http只允许连接本机，或在设置中明确允许）</source>
        <translation type="unfinished">ཞབས་ཞུ་འཕྲུལ་ཆས་ཀྱི་ཁ་བྱང་ https:// ནས་འགོ་འཛུགས་དགོས།（གསང་སྡོམ་མེད་པའི་ http ནི་གློག་ཀླད་འདི་ལ་འབྲེལ་མཐུད་པའམ། སྒྲིག་འགོད་ནང་གསལ་པོར་ཆོག་མཆན་སྤྲད་ན་ཁོ་ན་ཆོག）</translation>
    </message>
    <message>
        <location filename="../../build/translations/catalog_noop.py" line="132"/>
        <source>本设备尚未在县级服务器登记，请先执行“同步登记”</source>
        <translation type="unfinished">སྒྲིག་ཆས་འདི་རྫོང་གི་ཞབས་ཞུ་འཕྲུལ་ཆས་སུ་ད་དུང་ཐོ་འགོད་བྱས་མེད། སྔོན་ལ་“མཉམ་འགྲིག་ཐོ་འགོད།”ལག་བསྟར་གྱིས།</translation>
    </message>
    <message>
        <location filename="../../build/translations/catalog_noop.py" line="133"/>
        <source>密钥环中找不到本设备的同步令牌，请重新登记设备</source>
        <translation type="unfinished">གསང་ལྡེའི་སྒྲོག་ནང་སྒྲིག་ཆས་འདིའི་མཉམ་འགྲིག་ལག་རྟགས་རྙེད་མ་སོང་། སྒྲིག་ཆས་བསྐྱར་དུ་ཐོ་འགོད་བྱེད་རོགས།</translation>
    </message>
    <message>
        <location filename="../../build/translations/catalog_noop.py" line="134"/>
        <source>另一次同步正在进行</source>
        <translation type="unfinished">མཉམ་འགྲིག་གཞན་ཞིག་ལག་བསྟར་བྱེད་བཞིན་ཡོད།</translation>
    </message>
    <message>
        <location filename="../../build/translations/catalog_noop.py" line="135"/>
        <source>同步已中止</source>
        <translation type="unfinished">མཉམ་འགྲིག་བར་ཆད་བཏང་ཟིན།</translation>
    </message>
</context>
<context>
    <name>sync_rows</name>
    <message>
        <location filename="../../src/gov_desktop/ui/models/sync_rows.py" line="22"/>
        <source>（空）</source>
        <translation type="unfinished">（སྟོང་པ།）</translation>
    </message>
</context>
<context>
    <name>tables</name>
    <message>
        <location filename="../../build/translations/catalog_noop.py" line="136"/>
        <source>乡镇</source>
        <translation type="unfinished">ཤང་གྲོང་རྡལ།</translation>
    </message>
    <message>
        <location filename="../../build/translations/catalog_noop.py" line="137"/>
        <source>村(居)</source>
        <translation type="unfinished">གྲོང་ཚོ།(སྡེ་ཁུལ།)</translation>
    </message>
    <message>
        <location filename="../../build/translations/catalog_noop.py" line="138"/>
        <source>网格</source>
        <translation type="unfinished">དྲ་མིག</translation>
    </message>
    <message>
        <location filename="../../build/translations/catalog_noop.py" line="139"/>
        <source>网格工作人员</source>
        <translation type="unfinished">དྲ་མིག་ལས་བྱེད་མི་སྣ།</translation>
    </message>
    <message>
        <location filename="../../build/translations/catalog_noop.py" line="140"/>
        <source>户</source>
        <translation type="unfinished">ཁྱིམ་ཚང་།</translation>
    </message>
    <message>
        <location filename="../../build/translations/catalog_noop.py" line="141"/>
        <source>人员</source>
        <translation type="unfinished">མི་སྣ།</translation>
    </message>
    <message>
        <location filename="../../build/translations/catalog_noop.py" line="142"/>
        <source>双联户</source>
        <translation type="unfinished">ཟུང་འབྲེལ་ཁྱིམ་ཚང་།</translation>
    </message>
    <message>
        <location filename="../../build/translations/catalog_noop.py" line="143"/>
        <source>党员包户</source>
        <translation type="unfinished">ཏང་ཡོན་གྱི་ཁྱིམ་ཚང་འགན་ལེན།</translation>
    </message>
    <message>
        <location filename="../../build/translations/catalog_noop.py" line="144"/>
        <source>文明户评星</source>
        <translation type="unfinished">ཤེས་ཡོན་ཁྱིམ་ཚང་གི་སྐར་རིམ་དཔྱད་འཇོག</translation>
    </message>
    <message>
        <location filename="../../build/translations/catalog_noop.py" line="145"/>
        <source>服务窗口</source>
        <translation type="unfinished">ཞབས་ཞུའི་སྒེའུ་ཁུང་།</translation>
    </message>
    <message>
        <location filename="../../build/translations/catalog_noop.py" line="146"/>
        <source>服务事项</source>
        <translation type="unfinished">ཞབས་ཞུའི་རྣམ་གྲངས།</translation>
    </message>
    <message>
        <location filename="../../build/translations/catalog_noop.py" line="147"/>
        <source>办件</source>
        <translation type="unfinished">ལས་དོན།</translation>
    </message>
    <message>
        <location filename="../../build/translations/catalog_noop.py" line="148"/>
        <source>走访记录</source>
        <translation type="unfinished">ཁྱིམ་ཚང་འཚམས་འདྲིའི་ཟིན་ཐོ།</translation>
    </message>
    <message>
        <location filename="../../build/translations/catalog_noop.py" line="149"/>
        <source>群众诉求</source>
        <translation type="unfinished">མང་ཚོགས་ཀྱི་རེ་འདུན།</translation>
    </message>
    <message>
        <location filename="../../build/translations/catalog_noop.py" line="150"/>
        <source>承办单位</source>
        <translation type="unfinished">འགན་འཁུར་ལས་ཁུངས།</translation>
    </message>
    <message>
        <location filename="../../build/translations/catalog_noop.py" line="151"/>
        <source>冲突记录</source>
        <translation type="unfinished">གདོང་ཐུག་ཟིན་ཐོ།</translation>
    </message>
</context>
</TS>
