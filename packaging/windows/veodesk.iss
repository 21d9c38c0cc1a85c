; Inno Setup 6 script: a per-user installer (no administrator rights) for the
; one-folder app that PyInstaller made in build\dist\veodesk.
;
;   iscc /DAppVersion=X.Y.Z packaging\windows\veodesk.iss
;
; packaging\windows\build.ps1 runs it with the version from pyproject.toml.
; Paths are relative to this file. Output: dist\veodesk-X.Y.Z-windows-x64-setup.exe

#ifndef AppVersion
  #error Pass the version: iscc /DAppVersion=X.Y.Z (packaging\windows\build.ps1 does)
#endif
#define AppName "veodesk"
#define AppExe "veodesk.exe"

[Setup]
; The AppId identifies the installation for upgrades and the uninstaller: never change it.
AppId={{E955899B-F4F2-433D-B742-E0DC96B91949}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=veodesk developers
AppPublisherURL=https://github.com/veodesk/veodesk
AppSupportURL=https://github.com/veodesk/veodesk/issues
AppComments=Turn a first frame, a last frame and a prompt into a short video
VersionInfoVersion={#AppVersion}
VersionInfoProductName={#AppName}
; Per user: %LOCALAPPDATA%\Programs\veodesk, Start menu and uninstall entry under HKCU.
PrivilegesRequired=lowest
DefaultDirName={autopf}\{#AppName}
DisableProgramGroupPage=yes
DisableDirPage=auto
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
SetupIconFile=..\..\build\icons\veodesk.ico
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName}
WizardStyle=modern
Compression=lzma2
SolidCompression=yes
OutputDir=..\..\dist
OutputBaseFilename=veodesk-{#AppVersion}-windows-x64-setup
; Close a running veodesk before files are replaced or removed.
CloseApplications=yes
RestartApplications=no

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[InstallDelete]
; A new version replaces the whole bundle, so no stale library from the old one is loaded.
Type: filesandordirs; Name: "{app}\_internal"

[Files]
Source: "..\..\build\dist\veodesk\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"; WorkingDir: "{app}"; Comment: "Turn two still frames and a prompt into a short video"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; WorkingDir: "{app}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

; The uninstaller (unins000.exe in {app}, listed in Settings > Apps) removes what
; [Files] and [Icons] put there. The user's settings, history and videos (under
; AppData\Local and the Videos folder) are kept.
