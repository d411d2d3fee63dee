; Inno Setup 6.3+ script: one installer for the township desk (desktop app) and the county server.
;
; Built by packaging\windows\build.ps1 after PyInstaller has made dist\gov-desktop and dist\gov-desktop-server:
;   ISCC.exe /DAppVersion=0.1.0 packaging\windows\gov-desktop.iss   ->  dist\gov-desktop-setup-0.1.0.exe
;
; Components: the desktop app (default) and the county server (chosen on the county's machine). User data lives
; in %LOCALAPPDATA%\gov-desktop (the app) or the server's --data-dir; the uninstaller leaves both alone.
; Chinese setup texts need Languages\ChineseSimplified.isl (an unofficial Inno Setup translation): put it into
; the compiler's Languages folder, or pass /DChineseIsl=PATH; without it the installer is in English.

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif
#define AppName "乡镇便民服务与网格化管理"
#define AppExe "gov-desktop.exe"
#define Root "..\.."
#ifndef ChineseIsl
  #if FileExists(AddBackslash(CompilerPath) + "Languages\ChineseSimplified.isl")
    #define ChineseIsl "compiler:Languages\ChineseSimplified.isl"
  #endif
#endif

[Setup]
AppId={{A818EB9F-5163-48A6-AC41-85BE6CE78F7A}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=gov-desktop
DefaultDirName={autopf}\gov-desktop
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
OutputDir={#Root}\dist
OutputBaseFilename=gov-desktop-setup-{#AppVersion}
SetupIconFile={#Root}\resources\icons\gov-desktop.ico
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName}
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
PrivilegesRequired=admin
; a running app or server holds its DLLs open: ask to close it before files are replaced
CloseApplications=yes
RestartApplications=no

[Languages]
#ifdef ChineseIsl
Name: "zh_CN"; MessagesFile: "{#ChineseIsl}"
#endif
Name: "en"; MessagesFile: "compiler:Default.isl"

[Types]
Name: "desk"; Description: "乡镇桌面端 / Township desk"
Name: "county"; Description: "桌面端和县级同步服务器 / Desk and county server"
Name: "server"; Description: "仅县级同步服务器 / County server only"
Name: "custom"; Description: "自定义 / Custom"; Flags: iscustom

[Components]
Name: "desktop"; Description: "桌面端 gov-desktop"; Types: desk county custom
Name: "server"; Description: "县级同步服务器 gov-desktop-server"; Types: county server

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Components: desktop
Name: "firewall"; Description: "允许同步服务器通过 Windows 防火墙 / Allow the server through the firewall"; Components: server

[Files]
; the PyInstaller bundles, as built (gov-desktop.exe: the app; gov-desktop-cli.exe: the same program with a
; console, for the command-line tools)
Source: "{#Root}\dist\gov-desktop\*"; DestDir: "{app}"; Components: desktop; \
    Flags: ignoreversion recursesubdirs createallsubdirs
Source: "{#Root}\dist\gov-desktop-server\*"; DestDir: "{app}\server"; Components: server; \
    Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\{#AppName}"; Filename: "{app}\{#AppExe}"; Components: desktop
Name: "{group}\演示县（模拟数据）"; Filename: "{app}\{#AppExe}"; Parameters: "--demo"; Components: desktop
Name: "{group}\命令行工具"; Filename: "{cmd}"; Parameters: "/k ""{app}\gov-desktop-cli.exe"" --help"; \
    WorkingDir: "{app}"; Components: desktop
Name: "{group}\县级同步服务器（命令行）"; Filename: "{cmd}"; \
    Parameters: "/k ""{app}\server\gov-desktop-server.exe"" --help"; WorkingDir: "{app}\server"; Components: server
Name: "{group}\{cm:UninstallProgram,{#AppName}}"; Filename: "{uninstallexe}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon

[Run]
Filename: "{sys}\netsh.exe"; \
    Parameters: "advfirewall firewall add rule name=""gov-desktop-server"" dir=in action=allow program=""{app}\server\gov-desktop-server.exe"" enable=yes"; \
    Flags: runhidden; Tasks: firewall
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Components: desktop; \
    Flags: nowait postinstall skipifsilent unchecked

[UninstallRun]
Filename: "{sys}\netsh.exe"; Parameters: "advfirewall firewall delete rule name=""gov-desktop-server"""; \
    Flags: runhidden; RunOnceId: "gov-desktop-server-firewall"; Tasks: firewall
