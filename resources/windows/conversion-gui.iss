; Inno Setup script: a per-user installer around the PyInstaller one-folder bundle.
;   iscc /DAppVersion=0.1.0 /DBundleDir=..\..\build\dist\conversion-gui resources\windows\conversion-gui.iss
; .github/workflows/release.yml runs it on windows-latest (Inno Setup is on GitHub's runners).
#ifndef AppVersion
  #define AppVersion "0.0.0"
#endif
#ifndef BundleDir
  #define BundleDir "..\..\build\dist\conversion-gui"
#endif
#ifndef OutputDir
  #define OutputDir "..\..\build\installer"
#endif

[Setup]
; A fixed AppId: upgrades replace the old version instead of installing beside it.
AppId={{6F1E8C53-2B7D-4C0A-9E35-3C9B1D2A7F40}
AppName=Conversion GUI
AppVersion={#AppVersion}
AppPublisher=conversion-gui
AppComments=Report conversions to the Vonage Conversion API
DefaultDirName={autopf}\conversion-gui
DefaultGroupName=Conversion GUI
; Per user, no administrator needed; an administrator may still install for everyone.
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputDir={#OutputDir}
OutputBaseFilename=conversion-gui-{#AppVersion}-windows-setup
SetupIconFile=..\icons\app.ico
UninstallDisplayIcon={app}\conversion-gui.exe
Compression=lzma2
SolidCompression=yes
WizardStyle=modern
ShowLanguageDialog=auto

[Languages]
Name: "en"; MessagesFile: "compiler:Default.isl"
Name: "de"; MessagesFile: "compiler:Languages\German.isl"
Name: "fr"; MessagesFile: "compiler:Languages\French.isl"
Name: "es"; MessagesFile: "compiler:Languages\Spanish.isl"
Name: "pt_BR"; MessagesFile: "compiler:Languages\BrazilianPortuguese.isl"
Name: "ja"; MessagesFile: "compiler:Languages\Japanese.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "{#BundleDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\Conversion GUI"; Filename: "{app}\conversion-gui.exe"
Name: "{group}\Conversion GUI (sandbox)"; Filename: "{app}\conversion-gui.exe"; Parameters: "--sandbox"
Name: "{autodesktop}\Conversion GUI"; Filename: "{app}\conversion-gui.exe"; Tasks: desktopicon

[Run]
Filename: "{app}\conversion-gui.exe"; Description: "{cm:LaunchProgram,Conversion GUI}"; Flags: nowait postinstall skipifsilent
