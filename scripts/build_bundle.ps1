# Build the scope-desk bundle on Windows (dist\scope-desk\) and test the FROZEN program.
# The Windows twin of scripts/build_bundle.sh; see the README, "Windows bundle".
#
#   powershell -ExecutionPolicy Bypass -File scripts\build_bundle.ps1      (uses .venv\Scripts\python.exe, else py)
#
# Stops at the first failure with a non-zero exit code.
$ErrorActionPreference = "Stop"
Set-Location (Join-Path $PSScriptRoot "..")
if ($env:PYTHON) { $Python = $env:PYTHON }
elseif (Test-Path ".venv\Scripts\python.exe") { $Python = ".venv\Scripts\python.exe" }
else { $Python = "py" }
$env:QT_QPA_PLATFORM = "offscreen"

function Step($text) { Write-Host "`n--- bundle: $text" }
function Run {
    param([Parameter(ValueFromRemainingArguments = $true)] $Command)
    & $Command[0] $Command[1..($Command.Length - 1)]
    if ($LASTEXITCODE -ne 0) { throw "failed (exit $LASTEXITCODE): $($Command -join ' ')" }
}

Step "translations"
Run $Python scripts\compile_translations.py

Step "PyInstaller"
& $Python -c "import PyInstaller" 2>$null
if ($LASTEXITCODE -ne 0) { Run $Python -m pip install -q "pyinstaller>=6.10,<7" }
Run $Python -m PyInstaller --noconfirm --log-level WARN build.spec

$Frozen = "dist\scope-desk\scope-desk-cli.exe"
$Work = Join-Path ([System.IO.Path]::GetTempPath()) ("scope-desk-bundle-" + [guid]::NewGuid())
New-Item -ItemType Directory -Path $Work | Out-Null
# The frozen program must not touch the builder's own data folder or settings.
$env:LOCALAPPDATA = Join-Path $Work "localappdata"
$env:APPDATA = Join-Path $Work "appdata"
New-Item -ItemType Directory -Path $env:LOCALAPPDATA, $env:APPDATA | Out-Null
$Store = Join-Path $Work "store.sqlite3"
try {
    Step "frozen: --version"
    Run $Frozen --version
    Step "frozen: demo --students 300"
    Run $Frozen --db $Store demo --students 300
    Step "frozen: check"
    Run $Frozen --db $Store check
    $Pages = (& $Python -c "from scope_desk.ui.pages import page_names; print(' '.join(page_names()))").Split(" ")
    foreach ($Page in $Pages) {
        Step "screenshot ${Page}: frozen and normal, compared"
        Run $Frozen --db $Store screenshot --page $Page --out "$Work\frozen-$Page.png"
        Run $Python -m scope_desk --db $Store screenshot --page $Page --out "$Work\normal-$Page.png"
        Run $Python scripts\compare_screenshots.py "$Work\normal-$Page.png" "$Work\frozen-$Page.png"
    }
    Step "frozen: English dashboard"
    Run $Frozen --db $Store --lang en screenshot --page dashboard --out "$Work\frozen-dashboard-en.png"
    & $Python scripts\compare_screenshots.py "$Work\frozen-dashboard.png" "$Work\frozen-dashboard-en.png" | Out-Null
    if ($LASTEXITCODE -eq 0) { throw "the English dashboard looks like the Dutch one: translations missing from the bundle" }
    Step "bundle OK in dist\scope-desk"
}
finally {
    Remove-Item -Recurse -Force $Work -ErrorAction SilentlyContinue
}
