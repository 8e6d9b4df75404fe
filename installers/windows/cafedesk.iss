; Inno Setup 6 script: a per-user installer for the frozen app (dist\cafedesk from PyInstaller).
; No administrator rights: installs under %LOCALAPPDATA%\Programs, registers .cafedesk for this
; user (HKA is HKCU in a non-administrative install), adds a Start-menu entry, uninstalls cleanly.
; Built by the CI workflow:  iscc /DAppVersion=0.1.0 installers\windows\cafedesk.iss
; Untested on this project's own machines (no Windows here); see README.

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif

[Setup]
AppId={{8C2D7F0E-5B1A-4E3C-9F4A-CAFEDE5C0001}
AppName=cafedesk
AppVersion={#AppVersion}
AppPublisher=cafedesk
DefaultDirName={autopf}\cafedesk
DefaultGroupName=cafedesk
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
ChangesAssociations=yes
OutputDir=..\..\dist
OutputBaseFilename=cafedesk-{#AppVersion}-setup
SetupIconFile=..\..\build\icons\cafedesk.ico
UninstallDisplayIcon={app}\cafedesk.exe
Compression=lzma2
SolidCompression=yes
WizardStyle=modern
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"
Name: "german"; MessagesFile: "compiler:Languages\German.isl"

[Files]
Source: "..\..\dist\cafedesk\*"; DestDir: "{app}"; Flags: recursesubdirs createallsubdirs ignoreversion

[Icons]
Name: "{group}\cafedesk"; Filename: "{app}\cafedesk.exe"
Name: "{group}\Uninstall cafedesk"; Filename: "{uninstallexe}"

[Registry]
Root: HKA; Subkey: "Software\Classes\.cafedesk"; ValueType: string; ValueName: ""; ValueData: "cafedesk.event"; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\cafedesk.event"; ValueType: string; ValueName: ""; ValueData: "cafedesk event"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\cafedesk.event\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\cafedesk.exe,0"
Root: HKA; Subkey: "Software\Classes\cafedesk.event\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\cafedesk.exe"" ""%1"""

[Run]
Filename: "{app}\cafedesk.exe"; Description: "{cm:LaunchProgram,cafedesk}"; Flags: nowait postinstall skipifsilent
