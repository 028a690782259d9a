; Inno Setup 6.3+ script: a Windows installer for the one-folder build.
; NOT BUILT OR TESTED in this project's CI (Linux only): see installer/README.md.
;
; On a Windows build machine (x64, Python 3.11, Inno Setup 6.3 or newer), from the repository root:
;   py -3.11 -m venv .venv
;   .venv\Scripts\pip install -e ".[dist]"
;   .venv\Scripts\pyinstaller --noconfirm --distpath dist --workpath build\pyinstaller installer\carefield.spec
;   dist\carefield\carefield-console.exe --self-test
;   iscc /DAppVersion=0.1.0 installer\windows\carefield.iss
; The installer lands in dist\carefield-<version>-setup.exe. Sign carefield.exe, carefield-console.exe and
; the installer with the organisation's code-signing certificate (signtool) before handing them out.
;
; The nurse's data (%LOCALAPPDATA%\Carefield: vault.json and the encrypted database) is not the
; installer's: uninstalling leaves it, so a reinstall finds the vault again.

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif
#define AppName "Carefield"
#define DistDir "..\..\dist\carefield"

[Setup]
; Never change AppId: upgrades and the uninstaller find earlier installs by it.
AppId={{73456ED5-FCDC-4AE9-860D-78F498C85D1F}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=Carefield
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
; Per-user by default (no administrator needed); IT can install for all users (/ALLUSERS).
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog commandline
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
OutputDir=..\..\dist
OutputBaseFilename=carefield-{#AppVersion}-setup
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
UninstallDisplayIcon={app}\carefield.exe
UninstallDisplayName={#AppName}
; The app may be running during an upgrade: ask to close it.
CloseApplications=yes

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"
Name: "spanish"; MessagesFile: "compiler:Languages\Spanish.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
; The whole PyInstaller folder: carefield.exe, carefield-console.exe and _internal\.
Source: "{#DistDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[InstallDelete]
; An upgrade replaces the bundle whole: files a newer build no longer has must not linger.
Type: filesandordirs; Name: "{app}\_internal"

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\carefield.exe"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\carefield.exe"; Tasks: desktopicon

[Run]
Filename: "{app}\carefield.exe"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent
