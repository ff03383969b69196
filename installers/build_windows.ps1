# Build the Windows installer: dist\wijkdesk-<version>-windows-x64-setup.exe
#
#   powershell -ExecutionPolicy Bypass -File installers\build_windows.ps1
#
# Needs 64-bit Python 3.11 (the "py" launcher) and Inno Setup 6.3 or later (iscc.exe on the PATH
# or in its default folder). Makes .venv when it is missing, builds the one-folder app with
# PyInstaller (installers\wijkdesk.spec), runs the bundle's self-test, then the installer script
# (installers\wijkdesk.iss).
$ErrorActionPreference = "Stop"
Set-Location (Split-Path -Parent $PSScriptRoot)

function Invoke-Checked([string]$exe, [string[]]$arguments) {
    & $exe @arguments
    if ($LASTEXITCODE -ne 0) { throw "$exe $($arguments -join ' ') failed ($LASTEXITCODE)" }
}

if (-not (Test-Path ".venv\Scripts\python.exe")) { Invoke-Checked "py" @("-3.11", "-m", "venv", ".venv") }
$py = ".venv\Scripts\python.exe"
Invoke-Checked $py @("-m", "pip", "install", "--quiet", "-e", ".[dist]")
foreach ($lang in @("nl", "en")) {
    Invoke-Checked ".venv\Scripts\pyside6-lrelease.exe" @("-silent",
        "resources\translations\wijkdesk_$lang.ts", "-qm", "resources\translations\wijkdesk_$lang.qm")
}
$version = & $py -c "import tomllib; print(tomllib.load(open('pyproject.toml', 'rb'))['project']['version'])"
if ($LASTEXITCODE -ne 0) { throw "cannot read the version from pyproject.toml" }

Invoke-Checked $py @("-m", "PyInstaller", "--noconfirm", "--clean", "--log-level", "WARN",
    "--distpath", "dist", "--workpath", "build\pyinstaller", "installers\wijkdesk.spec")

# The bundle runs its main flows without a screen before it is packed (the console variant:
# the windowed wijkdesk.exe has no console to print to).
$env:QT_QPA_PLATFORM = "offscreen"
try { Invoke-Checked "dist\wijkdesk\wijkdesk-cli.exe" @("--self-test") }
finally { Remove-Item Env:QT_QPA_PLATFORM }

$iscc = (Get-Command "iscc.exe" -ErrorAction SilentlyContinue).Source
if (-not $iscc) { $iscc = Join-Path ${env:ProgramFiles(x86)} "Inno Setup 6\ISCC.exe" }
if (-not (Test-Path $iscc)) { $iscc = Join-Path $env:LOCALAPPDATA "Programs\Inno Setup 6\ISCC.exe" }
Invoke-Checked $iscc @("/Qp", "/DAppVersion=$version", "installers\wijkdesk.iss")
Write-Host "Built dist\wijkdesk-$version-windows-x64-setup.exe"
