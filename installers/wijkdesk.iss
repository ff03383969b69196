; Inno Setup script for wijkdesk on Windows: dist\wijkdesk-<version>-windows-x64-setup.exe.
;
; A per-user install that needs no administrator rights (municipal laptops): the app goes to
; %LOCALAPPDATA%\Programs\wijkdesk, the Start menu entry to the user's Start menu, and the
; .wijkdesk file type to HKEY_CURRENT_USER\Software\Classes. Uninstall from Settings > Apps
; removes all of it; projects and wijkdesk's data in %APPDATA%\wijkdesk stay.
;
; Build (installers\build_windows.ps1 does all of it): first the one-folder app with PyInstaller
; (dist\wijkdesk\wijkdesk.exe and wijkdesk-cli.exe), then, with Inno Setup 6.3 or later:
;   iscc /DAppVersion=0.1.0 installers\wijkdesk.iss
; Paths below are relative to this file's folder (installers\).

#ifndef AppVersion
  #error Pass the version from pyproject.toml: iscc /DAppVersion=X.Y.Z installers\wijkdesk.iss
#endif
#define AppName "wijkdesk"
#define AppExe "wijkdesk.exe"
#define ProgId "wijkdesk.project"

[Setup]
; The AppId identifies wijkdesk to Windows across versions (updates, uninstall): never change it.
AppId={{96E6D202-0E71-4B71-B9A0-CFD0775F437B}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=wijkdesk
AppCopyright=EUPL-1.2
VersionInfoVersion={#AppVersion}
VersionInfoDescription={#AppName} setup
; Per user, no UAC prompt: {autopf} is then %LOCALAPPDATA%\Programs, HKA is HKCU.
PrivilegesRequired=lowest
DefaultDirName={autopf}\{#AppName}
DisableDirPage=auto
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
UsePreviousAppDir=yes
; Qt 6 runs on 64-bit Windows 10 1809 and later.
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0.17763
LicenseFile=..\LICENSE
SetupIconFile=..\resources\icons\wijkdesk.ico
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName}
; Tell Explorer about the new file type when done (and on uninstall).
ChangesAssociations=yes
; An open wijkdesk is asked to close before its files are replaced.
CloseApplications=yes
OutputDir=..\dist
OutputBaseFilename={#AppName}-{#AppVersion}-windows-x64-setup
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
ShowLanguageDialog=auto

[Languages]
Name: "dutch"; MessagesFile: "compiler:Languages\Dutch.isl"
Name: "english"; MessagesFile: "compiler:Default.isl"

[CustomMessages]
dutch.FileTypeName=wijkdesk-project
english.FileTypeName=wijkdesk project
dutch.AppComment=Bewonersavonden begeleiden, zonder internet
english.AppComment=Facilitate neighbourhood meetings, offline

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
; The whole PyInstaller folder: wijkdesk.exe (no console), wijkdesk-cli.exe (command line,
; --self-test) and _internal\.
Source: "..\dist\wijkdesk\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[InstallDelete]
; An update replaces the bundled libraries as a whole: no stale files from an older version.
Type: filesandordirs; Name: "{app}\_internal"

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"; Comment: "{cm:AppComment}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon

[Registry]
; The .wijkdesk file type, for this user only (HKCU\Software\Classes; no admin rights needed).
; Opening a .wijkdesk file runs: "...\wijkdesk.exe" "C:\path\to\file.wijkdesk"
Root: HKCU; Subkey: "Software\Classes\.wijkdesk"; ValueType: string; ValueName: ""; ValueData: "{#ProgId}"; Flags: uninsdeletevalue
Root: HKCU; Subkey: "Software\Classes\.wijkdesk\OpenWithProgids"; ValueType: string; ValueName: "{#ProgId}"; ValueData: ""; Flags: uninsdeletevalue
Root: HKCU; Subkey: "Software\Classes\{#ProgId}"; ValueType: string; ValueName: ""; ValueData: "{cm:FileTypeName}"; Flags: uninsdeletekey
Root: HKCU; Subkey: "Software\Classes\{#ProgId}\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\{#AppExe},0"
Root: HKCU; Subkey: "Software\Classes\{#ProgId}\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\{#AppExe}"" ""%1"""
Root: HKCU; Subkey: "Software\Classes\Applications\{#AppExe}\SupportedTypes"; ValueType: string; ValueName: ".wijkdesk"; ValueData: ""; Flags: uninsdeletekey
Root: HKCU; Subkey: "Software\Classes\Applications\{#AppExe}"; ValueType: string; ValueName: "FriendlyAppName"; ValueData: "{#AppName}"; Flags: uninsdeletekey

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent
