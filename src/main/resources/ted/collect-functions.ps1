# What failed, for which object, why (the error's message and category), in which part. TED reads these records: a
# check that needed the missing object says unknown and shows the failure; the other checks use what was saved.
function Fail([string] $Cmdlet, [string] $Identity, $Problem) {
    if ($Problem -is [System.Management.Automation.ErrorRecord]) {
        $message = "$($Problem.Exception.Message)"
        $category = "$($Problem.CategoryInfo.Category)"
    } else {
        $message = "$Problem"
        $category = ''
    }
    $Failures.Add([pscustomobject]@{ Part = $CurrentPart; Cmdlet = $Cmdlet; Identity = $Identity; Error = $message; Category = $category })
    if ($Identity) {
        Write-Warning "$Cmdlet failed for ${Identity}: $message"
    } else {
        Write-Warning "$Cmdlet failed: $message"
    }
}

# Writes a file under a .partial name and gives it its own name only once the write finished: a file cut short (a full
# disk, Ctrl+C) is never left under the name of a complete one, and TED reads a .partial file as partial.
function WriteWhole([string] $Path, [scriptblock] $Write) {
    $partial = [System.IO.Path]::ChangeExtension($Path, '.partial' + [System.IO.Path]::GetExtension($Path))
    & $Write $partial
    Move-Item -LiteralPath $partial -Destination $Path -Force -ErrorAction Stop
}

# Writes one export under the cmdlet's name, which is how TED recognizes the file. An empty result is written as an
# empty list, so TED can tell "collected, nothing there" from "not collected". Export-Clixml keeps dates and numbers
# typed; for JSON each date property is written as IsoDate text (IsoDates).
function WriteExport([string] $Name, [object[]] $Result) {
    if ($Format -eq 'Json') {
        WriteWhole (Join-Path $OutDir "$Name.json") { param($To) ConvertTo-Json -InputObject @(IsoDates $Result) -Depth 5 | Set-Content -Encoding UTF8 -LiteralPath $To }
    } else {
        WriteWhole (Join-Path $OutDir "$Name.xml") { param($To) Export-Clixml -InputObject $Result -Depth 5 -LiteralPath $To }
    }
    Write-Host "saved $Name ($($Result.Count) objects)"
}

# Something that exists once: one call, one try.
function Save([string] $Name, [scriptblock] $Command) {
    try {
        WriteExport $Name @(& $Command)
    } catch {
        Fail $Name '' $_
    }
}

# Something read object by object: each identity in its own try, so one that fails (an address not found: a delegate
# whose mailbox moved to Exchange Online is a remote mailbox on-premises) is recorded with its identity and the others
# are still saved.
function SaveEach([string] $Name, [object[]] $Identities, [scriptblock] $Command) {
    $result = New-Object System.Collections.Generic.List[object]
    foreach ($identity in $Identities) {
        try {
            foreach ($item in @(& $Command $identity)) { $result.Add($item) }
        } catch {
            Fail $Name "$identity" $_
        }
    }
    try {
        WriteExport $Name $result.ToArray()
    } catch {
        Fail $Name '' $_
    }
}

# True when this shell has the part's cmdlets (and, given $Connected, a session they can use); else one note says so
# and the part is skipped, instead of a failure for every cmdlet of it. Get-Command loads an installed module, so the
# Teams cmdlets are found in any shell where MicrosoftTeams is installed, connected or not.
function HasCmdlets([string] $Part, [string] $Probe, [string] $Hint, [scriptblock] $Connected) {
    if (Get-Command $Probe -ErrorAction SilentlyContinue) {
        if (-not $Connected) {
            return $true
        }
        try {
            & $Connected | Out-Null
            return $true
        } catch {
            $Failures.Add([pscustomobject]@{ Part = $Part; Note = "$Part cmdlets are loaded but not connected ($($_.Exception.Message)): the $Part part was skipped. $Hint" })
            Write-Warning "$Part cmdlets are loaded but not connected: the $Part part is skipped. $Hint"
            return $false
        }
    }
    $Failures.Add([pscustomobject]@{ Part = $Part; Note = "$Part cmdlets are not loaded in this shell ($Probe was not found): the $Part part was skipped. $Hint" })
    Write-Warning "$Part cmdlets are not loaded in this shell: the $Part part is skipped. $Hint"
    return $false
}

# Each part that ran writes its own failure file and case file (CollectionErrors-Exchange.json, case-Teams.yaml, ...);
# a part that was skipped writes only its note (CollectionErrors-Teams-skipped.json). Two shells' folders copied into
# one therefore overwrite nothing, and TED reads every file.
function WriteRunFiles([string[]] $Requested, [string[]] $Ran, [string[]] $CaseLines) {
    foreach ($part in $Requested) {
        $name = if ($Ran -contains $part) { "CollectionErrors-$part.json" } else { "CollectionErrors-$part-skipped.json" }
        try {
            $mine = @($Failures | Where-Object { $_.Part -eq $part })
            WriteWhole (Join-Path $OutDir $name) { param($To) ConvertTo-Json -InputObject $mine -Depth 3 | Set-Content -Encoding UTF8 -LiteralPath $To }
        } catch {
            Write-Warning "$name could not be written: $($_.Exception.Message)"
        }
        if ($Ran -contains $part) {
            try {
                WriteWhole (Join-Path $OutDir "case-$part.yaml") { param($To) $CaseLines | Set-Content -Encoding UTF8 -LiteralPath $To }
            } catch {
                Write-Warning "case-$part.yaml could not be written: $($_.Exception.Message)"
            }
        }
    }
}

# True for Exchange's "not found" error (a remote mailbox, a group that is no group): expected, so no failure; any
# other error (rights, a domain controller, a broken session) still is one. Over remoting the type survives only in
# the error's reason and its fully qualified id.
function IsNotFound($Problem) {
    "$($Problem.CategoryInfo.Reason) $($Problem.FullyQualifiedErrorId)" -match 'ManagementObjectNotFoundException|ManagementObjectNotFound'
}

# A YAML double-quoted string, which escapes every control character: JSON's string syntax is YAML's too.
function YamlText([string] $Value) {
    if ($Value) { ConvertTo-Json -InputObject $Value -Compress } else { 'null' }
}

# The zip beside the folder: Compress-Archive (PowerShell 5 and later), else .NET's ZipFile (PowerShell 4).
function ZipFolder {
    try {
        if (Get-Command Compress-Archive -ErrorAction SilentlyContinue) {
            Compress-Archive -Path (Join-Path $OutDir '*') -DestinationPath "$OutDir.zip" -Force -ErrorAction Stop
        } else {
            Add-Type -AssemblyName System.IO.Compression.FileSystem -ErrorAction Stop
            [System.IO.Compression.ZipFile]::CreateFromDirectory($OutDir, "$OutDir.zip")
        }
        return $true
    } catch {
        # A zip cut short would be read as the whole collection: remove it, the folder is what to hand over.
        Remove-Item -LiteralPath "$OutDir.zip" -Force -ErrorAction SilentlyContinue
        Write-Warning "The folder $OutDir is complete, but it could not be zipped: $($_.Exception.Message). Hand the folder to TED."
        return $false
    }
}

# A date as ISO 8601 text, DateTime's round-trip format 'o' (2026-11-10T08:00:00.0000000+01:00), the same in every
# culture: Export-Csv and Format-List write a date in the current culture (10/11/2026 in en-GB, 10.11.2026 in de-DE),
# and ConvertTo-Json as \/Date(...)\/ in Windows PowerShell. Anything that is not a date is written as it is.
function IsoDate($Value) {
    if ($Value -is [datetime]) { $Value.ToString('o', [cultureinfo]::InvariantCulture) } else { $Value }
}

# The objects with each date property written as IsoDate text (a copy; an object without dates is passed on as it is).
function IsoDates([object[]] $Objects) {
    foreach ($object in $Objects) {
        # A property whose getter throws (live objects of some modules) is simply not a date: one must not lose the export.
        $dates = @($object.PSObject.Properties | Where-Object { try { $_.Value -is [datetime] } catch { $false } } | ForEach-Object { $_.Name })
        if ($dates.Count -eq 0) {
            $object
        } else {
            $copy = $object | Select-Object -Property *
            foreach ($name in $dates) { $copy.$name = IsoDate $object.$name }
            $copy
        }
    }
}
