<#
.SYNOPSIS
    Build gov-desktop on Windows: PyInstaller bundles, then the Inno Setup installer.

.DESCRIPTION
    From a clone of the repository, in PowerShell (5.1 or 7), with 64-bit Python 3.11+ and Inno Setup 6.3+:

        powershell -ExecutionPolicy Bypass -File packaging\windows\build.ps1

    makes .venv (if missing), installs the app with the `package` and `server` extras, compiles the UI
    translations (.ts -> .qm), runs PyInstaller on packaging\gov-desktop.spec, smoke-tests the frozen
    programs and runs ISCC:

        dist\gov-desktop\gov-desktop.exe             the app (no console window)
        dist\gov-desktop\gov-desktop-cli.exe         the same program with a console: demo, stats, key, backup, ...
        dist\gov-desktop-server\gov-desktop-server.exe
        dist\gov-desktop-setup-VERSION.exe           the installer (both, as components)

.PARAMETER Python
    The Python that creates .venv (default: py -3.11 when the launcher exists, else python).
.PARAMETER InnoSetup
    Path to ISCC.exe (default: found on PATH or in Program Files).
.PARAMETER SkipInstaller
    Stop after the PyInstaller bundles.
.PARAMETER SkipSmoke
    Do not run the frozen programs after building.
#>
[CmdletBinding()]
param(
    [string]$Python = "",
    [string]$InnoSetup = "",
    [switch]$SkipInstaller,
    [switch]$SkipSmoke
)
$ErrorActionPreference = "Stop"
Set-StrictMode -Version Latest

$Root = Resolve-Path (Join-Path $PSScriptRoot "..\..")
Set-Location $Root
$Venv = Join-Path $Root ".venv"
$VenvPython = Join-Path $Venv "Scripts\python.exe"

function Invoke-Checked {
    param([string]$Exe, [string[]]$Arguments)
    & $Exe @Arguments
    if ($LASTEXITCODE -ne 0) { throw "$Exe $($Arguments -join ' ') failed (exit code $LASTEXITCODE)" }
}

# --- environment -------------------------------------------------------------------------------------------
if (-not (Test-Path $VenvPython)) {
    if ($Python -eq "") {
        if (Get-Command py -ErrorAction SilentlyContinue) { $Python = "py"; $PyArgs = @("-3.11") } else { $Python = "python"; $PyArgs = @() }
    } else { $PyArgs = @() }
    Write-Host "creating $Venv"
    Invoke-Checked $Python ($PyArgs + @("-m", "venv", $Venv))
}
$env:PIP_DISABLE_PIP_VERSION_CHECK = "1"
Invoke-Checked $VenvPython @("-m", "pip", "install", "--quiet", "-e", ".[package,server]")

# --- translations (what scripts/build-translations.sh does on Linux) ---------------------------------------
$Lrelease = Join-Path $Venv "Scripts\pyside6-lrelease.exe"
foreach ($lang in @("zh_CN", "bo", "en")) {
    $ts = "resources\translations\gov_desktop_$lang.ts"
    $qm = "resources\translations\gov_desktop_$lang.qm"
    if (-not (Test-Path $qm) -or (Get-Item $ts).LastWriteTime -gt (Get-Item $qm).LastWriteTime) {
        Invoke-Checked $Lrelease @("-silent", $ts, "-qm", $qm)
    }
}

# --- PyInstaller -------------------------------------------------------------------------------------------
$watch = [System.Diagnostics.Stopwatch]::StartNew()
Invoke-Checked (Join-Path $Venv "Scripts\pyinstaller.exe") @(
    "--noconfirm", "--clean", "--log-level", "WARN",
    "--distpath", "dist", "--workpath", "build\pyinstaller", "packaging\gov-desktop.spec")
$watch.Stop()
$Version = (& $VenvPython -c "import gov_desktop; print(gov_desktop.__version__)").Trim()

function Get-FolderMB([string]$Path) {
    [math]::Round(((Get-ChildItem $Path -Recurse -File | Measure-Object Length -Sum).Sum / 1MB), 1)
}
Write-Host ("built gov-desktop {0} in {1:n0} s: dist\gov-desktop {2} MB, dist\gov-desktop-server {3} MB" -f `
    $Version, $watch.Elapsed.TotalSeconds, (Get-FolderMB "dist\gov-desktop"), (Get-FolderMB "dist\gov-desktop-server"))

# --- smoke test --------------------------------------------------------------------------------------------
if (-not $SkipSmoke) {
    $scratch = Join-Path ([System.IO.Path]::GetTempPath()) ("gov-desktop-smoke-" + [guid]::NewGuid())
    try {
        $cli = "dist\gov-desktop\gov-desktop-cli.exe"
        $server = "dist\gov-desktop-server\gov-desktop-server.exe"
        Invoke-Checked $cli @("--version")
        Invoke-Checked $cli @("--data-dir", "$scratch\app", "demo", "$scratch\demo.db", "--households", "20", "--plain") | Out-Null
        Invoke-Checked $cli @("--data-dir", "$scratch\app", "stats", "--db", "$scratch\demo.db", "--json") | Out-Null
        Invoke-Checked $server @("--data-dir", "$scratch\server", "init") | Out-Null
        Write-Host "smoke test: gov-desktop-cli --version, demo, stats ok; gov-desktop-server init ok"
    } finally {
        Remove-Item -Recurse -Force $scratch -ErrorAction SilentlyContinue
    }
}

# --- installer ---------------------------------------------------------------------------------------------
if ($SkipInstaller) { exit 0 }
if ($InnoSetup -eq "") {
    $found = Get-Command ISCC.exe -ErrorAction SilentlyContinue
    if ($found) { $InnoSetup = $found.Source }
    else {
        $InnoSetup = @("${env:ProgramFiles(x86)}\Inno Setup 6\ISCC.exe", "$env:ProgramFiles\Inno Setup 6\ISCC.exe",
                       "$env:LOCALAPPDATA\Programs\Inno Setup 6\ISCC.exe") |
            Where-Object { Test-Path $_ } | Select-Object -First 1
    }
}
if (-not $InnoSetup) { throw "ISCC.exe (Inno Setup 6.3+) not found: install it or pass -InnoSetup PATH (or use -SkipInstaller)" }
Invoke-Checked $InnoSetup @("/Q", "/DAppVersion=$Version", "packaging\windows\gov-desktop.iss")
Write-Host "installer: dist\gov-desktop-setup-$Version.exe"
