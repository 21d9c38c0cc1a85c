# Build veodesk for Windows: the PyInstaller bundle, its self-test, then the
# Inno Setup per-user installer, which is installed, self-tested and
# uninstalled again. Run from anywhere, in PowerShell 7 (pwsh):
#
#   pwsh packaging/windows/build.ps1 [-SkipInstallTest]
#
# Outputs: build\dist\veodesk\ (bundle), dist\veodesk-VERSION-windows-x64-setup.exe
param([switch]$SkipInstallTest)
$ErrorActionPreference = 'Stop'
Set-StrictMode -Version Latest
Set-Location (Join-Path $PSScriptRoot '..\..')
$root = (Get-Location).Path

function Invoke-Checked([string]$exe, [string[]]$arguments) {
    & $exe @arguments
    if ($LASTEXITCODE -ne 0) { throw "$exe $($arguments -join ' ') exited $LASTEXITCODE" }
}

# The frozen app's self-test: windowed, so it is started as a process and waited for.
function Test-Frozen([string]$exePath) {
    $smokeHome = Join-Path ([IO.Path]::GetTempPath()) ("veodesk-smoke-" + [guid]::NewGuid())
    New-Item -ItemType Directory -Path $smokeHome | Out-Null
    $psi = New-Object System.Diagnostics.ProcessStartInfo
    $psi.FileName = $exePath
    $psi.Arguments = '--self-test --timeout 200'
    $psi.UseShellExecute = $false
    $psi.Environment['QT_QPA_PLATFORM'] = 'offscreen'
    $psi.Environment['VEODESK_HOME'] = $smokeHome
    $started = Get-Date
    $process = [System.Diagnostics.Process]::Start($psi)
    if (-not $process.WaitForExit(240000)) {
        $process.Kill($true)
        throw "self-test of $exePath hung"
    }
    if ($process.ExitCode -ne 0) {
        Get-ChildItem -Recurse -Filter '*.log' $smokeHome | ForEach-Object { Get-Content $_.FullName -Tail 40 }
        throw "self-test of $exePath exited $($process.ExitCode)"
    }
    $videos = @(Get-ChildItem -Recurse -Filter '*.mp4' $smokeHome)
    if ($videos.Count -lt 1) { throw "self-test of $exePath saved no video" }
    $seconds = [int]((Get-Date) - $started).TotalSeconds
    Write-Host "self-test ok: $exePath made and played a demo video in $seconds s"
    Remove-Item -Recurse -Force $smokeHome
}

$python = if ($env:PYTHON) { $env:PYTHON } else { 'python' }
if (-not (Test-Path .venv\Scripts\python.exe)) { Invoke-Checked $python @('-m', 'venv', '.venv') }
$py = Join-Path $root '.venv\Scripts\python.exe'
Invoke-Checked $py @('-m', 'pip', 'install', '-q', '--upgrade', 'pip')
Invoke-Checked $py @('-m', 'pip', 'install', '-q', '-e', '.[packaging]')
$version = (Select-String -Path pyproject.toml -Pattern '^version\s*=\s*"([^"]+)"').Matches[0].Groups[1].Value
Write-Host "== veodesk $version"

$timer = [Diagnostics.Stopwatch]::StartNew()
if (Test-Path build\dist\veodesk) { Remove-Item -Recurse -Force build\dist\veodesk }
Invoke-Checked $py @('-m', 'PyInstaller', '--noconfirm', '--clean', '--log-level', 'WARN',
    '--distpath', 'build\dist', '--workpath', 'build\pyinstaller', 'packaging\veodesk.spec')
Write-Host "PyInstaller: $([int]$timer.Elapsed.TotalSeconds) s"
$bundle = Join-Path $root 'build\dist\veodesk'
Test-Frozen (Join-Path $bundle 'veodesk.exe')

# Inno Setup 6: on the GitHub Windows images; otherwise from Chocolatey.
$iscc = Get-Command iscc.exe -ErrorAction SilentlyContinue | Select-Object -ExpandProperty Source
if (-not $iscc) {
    $iscc = Join-Path ${env:ProgramFiles(x86)} 'Inno Setup 6\ISCC.exe'
    if (-not (Test-Path $iscc)) { Invoke-Checked choco @('install', 'innosetup', '-y', '--no-progress') }
}
New-Item -ItemType Directory -Force -Path dist | Out-Null
Invoke-Checked $iscc @('/Qp', "/DAppVersion=$version", 'packaging\windows\veodesk.iss')
$setup = Join-Path $root "dist\veodesk-$version-windows-x64-setup.exe"
if (-not (Test-Path $setup)) { throw "no $setup" }

if (-not $SkipInstallTest) {
    # Install silently for this user into a scratch folder, self-test the
    # installed app, check the Start-menu entry, then uninstall.
    $target = Join-Path ([IO.Path]::GetTempPath()) ("veodesk-install-" + [guid]::NewGuid())
    $p = Start-Process -FilePath $setup -PassThru -Wait -ArgumentList @(
        '/VERYSILENT', '/SUPPRESSMSGBOXES', '/NORESTART', "/DIR=`"$target`"")
    if ($p.ExitCode -ne 0) { throw "installer exited $($p.ExitCode)" }
    $shortcut = Join-Path ([Environment]::GetFolderPath('Programs')) 'veodesk.lnk'
    if (-not (Test-Path $shortcut)) { throw "no Start-menu entry at $shortcut" }
    Test-Frozen (Join-Path $target 'veodesk.exe')
    $p = Start-Process -FilePath (Join-Path $target 'unins000.exe') -PassThru -Wait `
        -ArgumentList @('/VERYSILENT', '/SUPPRESSMSGBOXES', '/NORESTART')
    if ($p.ExitCode -ne 0) { throw "uninstaller exited $($p.ExitCode)" }
    # The uninstaller finishes from a temporary copy of itself: give it time.
    for ($i = 0; $i -lt 60 -and (Test-Path (Join-Path $target 'veodesk.exe')); $i++) { Start-Sleep 1 }
    if (Test-Path (Join-Path $target 'veodesk.exe')) { throw 'the uninstaller left veodesk.exe' }
    if (Test-Path $shortcut) { throw 'the uninstaller left the Start-menu entry' }
    Write-Host 'installer ok: installed per user, Start-menu entry, self-test, uninstalled'
}

$bundleMb = [math]::Round((Get-ChildItem -Recurse -File $bundle | Measure-Object Length -Sum).Sum / 1MB)
$setupMb = [math]::Round((Get-Item $setup).Length / 1MB)
Write-Host "bundle: $bundleMb MB unpacked; installer: $setupMb MB; total $([int]$timer.Elapsed.TotalSeconds) s"
