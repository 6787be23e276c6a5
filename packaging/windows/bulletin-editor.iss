; Inno Setup 6 script of the Bulletin Editor (双碳资讯编辑器) for Windows 10/11 x64.
; Packs the PyInstaller bundle packaging\dist\bulletin-editor (build it first, see
; packaging\README.md) into packaging\dist\bulletin-editor-<version>-setup.exe:
;
;   iscc /DAppVersion=0.1.0 packaging\windows\bulletin-editor.iss
;
; The version is not written here: pass the one of pyproject.toml
; (python packaging\version.py). Optional: /DSignTool=NAME to sign the setup and the
; uninstaller with the sign tool NAME, defined on the command line with /SNAME=COMMAND
; (or in the IDE: Tools > Configure Sign Tools); see packaging\README.md:
;
;   iscc "/Sbulletinsign=signtool.exe sign /fd SHA256 /tr http://timestamp.digicert.com /td SHA256 /a $f"
;        /DSignTool=bulletinsign /DAppVersion=0.1.0 packaging\windows\bulletin-editor.iss
; The file is UTF-8 with a BOM so that Inno Setup reads the Chinese texts correctly.

#ifndef AppVersion
  #error Pass the version of pyproject.toml: iscc /DAppVersion=X.Y.Z bulletin-editor.iss
#endif

#define AppName "双碳资讯编辑器"
#define AppPublisher "成都兴城双碳研究院"
#define AppExe "bulletin-editor.exe"
#define BundleDir "..\dist\bulletin-editor"
#define IconFile "..\build\icons\bulletin-editor.ico"

[Setup]
; AppId identifies the program for upgrades and uninstalling: never change it.
AppId={{6C1E2F4A-8B3D-4E57-9A0C-2D7F5B1E9C43}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher={#AppPublisher}
VersionInfoVersion={#AppVersion}
VersionInfoProductName={#AppName}
DefaultDirName={autopf}\BulletinEditor
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
; Install for all users (administrator) or, if the user chooses so, only for the current user.
PrivilegesRequired=admin
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
OutputDir=..\dist
OutputBaseFilename=bulletin-editor-{#AppVersion}-setup
SetupIconFile={#IconFile}
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName}
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
ChangesEnvironment=yes
CloseApplications=yes
#ifdef SignTool
SignTool={#SignTool}
SignedUninstaller=yes
#endif

[Languages]
; ChineseSimplified.isl ships with Inno Setup from 6.5 on; with older versions put the
; translation from https://jrsoftware.org/files/istrans/ into the Languages folder.
#if FileExists(AddBackslash(CompilerPath) + "Languages\ChineseSimplified.isl")
Name: "chinesesimplified"; MessagesFile: "compiler:Languages\ChineseSimplified.isl"
#endif
#if FileExists(AddBackslash(CompilerPath) + "Languages\ChineseTraditional.isl")
Name: "chinesetraditional"; MessagesFile: "compiler:Languages\ChineseTraditional.isl"
#endif
Name: "english"; MessagesFile: "compiler:Default.isl"

[CustomMessages]
english.AddToPath=Add the bulletin command to PATH (for the command line)
english.CommandLine=Command line:
#if FileExists(AddBackslash(CompilerPath) + "Languages\ChineseSimplified.isl")
chinesesimplified.AddToPath=把 bulletin 命令加入 PATH（在命令行中使用）
chinesesimplified.CommandLine=命令行：
#endif
#if FileExists(AddBackslash(CompilerPath) + "Languages\ChineseTraditional.isl")
chinesetraditional.AddToPath=把 bulletin 命令加入 PATH（在命令列中使用）
chinesetraditional.CommandLine=命令列：
#endif

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked
Name: "addtopath"; Description: "{cm:AddToPath}"; GroupDescription: "{cm:CommandLine}"; Flags: unchecked

[Files]
; The whole onedir bundle: bulletin-editor.exe (windowed), bulletin.exe (console), _internal\.
; With a sign tool, the two programs are signed (in the bundle, once) before they are packed.
#ifdef SignTool
Source: "{#BundleDir}\bulletin-editor.exe"; DestDir: "{app}"; Flags: ignoreversion signonce
Source: "{#BundleDir}\bulletin.exe"; DestDir: "{app}"; Flags: ignoreversion signonce
Source: "{#BundleDir}\*"; Excludes: "\bulletin-editor.exe,\bulletin.exe"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs
#else
Source: "{#BundleDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs
#endif

[InstallDelete]
; An upgrade replaces the bundle completely: no libraries of the previous version remain.
Type: filesandordirs; Name: "{app}\_internal"

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

[Code]
const
  SystemEnvironment = 'SYSTEM\CurrentControlSet\Control\Session Manager\Environment';
  UserEnvironment = 'Environment';

function EnvironmentRoot: Integer;
begin
  if IsAdminInstallMode then
    Result := HKEY_LOCAL_MACHINE
  else
    Result := HKEY_CURRENT_USER;
end;

function EnvironmentKey: String;
begin
  if IsAdminInstallMode then
    Result := SystemEnvironment
  else
    Result := UserEnvironment;
end;

procedure AddToPath(Dir: String);
var
  Paths: String;
begin
  if not RegQueryStringValue(EnvironmentRoot, EnvironmentKey, 'Path', Paths) then
    Paths := '';
  if Pos(';' + Uppercase(Dir) + ';', ';' + Uppercase(Paths) + ';') > 0 then
    exit;
  if (Paths <> '') and (Copy(Paths, Length(Paths), 1) <> ';') then
    Paths := Paths + ';';
  RegWriteExpandStringValue(EnvironmentRoot, EnvironmentKey, 'Path', Paths + Dir);
end;

procedure RemoveFromPath(Dir: String);
var
  Paths: String;
  P: Integer;
begin
  if not RegQueryStringValue(EnvironmentRoot, EnvironmentKey, 'Path', Paths) then
    exit;
  Paths := ';' + Paths + ';';
  P := Pos(';' + Uppercase(Dir) + ';', Uppercase(Paths));
  if P = 0 then
    exit;
  Delete(Paths, P, Length(Dir) + 1);
  RegWriteExpandStringValue(EnvironmentRoot, EnvironmentKey, 'Path', Copy(Paths, 2, Length(Paths) - 2));
end;

procedure CurStepChanged(CurStep: TSetupStep);
begin
  if (CurStep = ssPostInstall) and WizardIsTaskSelected('addtopath') then
    AddToPath(ExpandConstant('{app}'));
end;

procedure CurUninstallStepChanged(CurUninstallStep: TUninstallStep);
begin
  if CurUninstallStep = usPostUninstall then
    RemoveFromPath(ExpandConstant('{app}'));
end;
