; Inno Setup 6 script: a per-user installer around the PyInstaller folder
; dist\investigator-app (built by `uv run python scripts\build_installer.py`).
;
;   iscc /DAppVersion=0.1.0 installer\windows\investigator-app.iss
;
; Run from the repository root or anywhere: paths are relative to this file.
; Output: dist\installer\investigator-app-<version>-setup.exe. See docs\windows-build.md.

#ifndef AppVersion
  #define AppVersion "0.0.0"
#endif
#define AppName "Integriteitsmeldingen"
#define AppExeName "investigator-app.exe"
#define SourceDir "..\..\dist\investigator-app"

[Setup]
; A fixed AppId: upgrades replace the previous install instead of adding a second one.
AppId={{6F2B3C1E-5A7D-4E8B-9C41-2D7E0A9B5F13}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=Vlaamse overheid
VersionInfoVersion={#AppVersion}
; Per user, no administrator rights: %LOCALAPPDATA%\Programs\Integriteitsmeldingen
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=
DefaultDirName={localappdata}\Programs\{#AppName}
DisableDirPage=yes
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
UninstallDisplayName={#AppName}
UninstallDisplayIcon={app}\{#AppExeName}
OutputDir=..\..\dist\installer
OutputBaseFilename=investigator-app-{#AppVersion}-setup
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
; The app may be running: ask to close it before files are replaced.
CloseApplications=yes
RestartApplications=no

[Languages]
Name: "dutch"; MessagesFile: "compiler:Languages\Dutch.isl"
Name: "english"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
; The whole one-folder build: the executable and its _internal\ folder.
Source: "{#SourceDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[InstallDelete]
; An upgrade must not keep stale libraries of the previous build.
Type: filesandordirs; Name: "{app}\_internal"

[Icons]
Name: "{userprograms}\{#AppName}"; Filename: "{app}\{#AppExeName}"; WorkingDir: "{app}"
Name: "{userdesktop}\{#AppName}"; Filename: "{app}\{#AppExeName}"; WorkingDir: "{app}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExeName}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

; The user's data (%LOCALAPPDATA%\Vlaamse overheid\Integriteitsmeldingen: the local store,
; logs) and settings are left in place on uninstall: they may hold unsent actions.
