<#
  TED org-wide collect script: exports what `ted scan` reads for every mailbox of the organisation, streaming, so it
  runs in Windows PowerShell 5.1 for 100,000 mailboxes without holding them in memory. It only reads configuration;
  it changes no setting.

  Needs:
    Part 1 (-Part Exchange): the Exchange Management Shell on an Exchange server, as a member of View-Only
      Organization Management (or Organization Management). Calendar permissions and automatic replies are read
      mailbox by mailbox: expect hours for 100,000 mailboxes (a progress bar shows how far it is). -CalendarName
      Calendar skips looking up each calendar's localized name when every mailbox's calendar is called Calendar;
      -SkipAutoReplies leaves automatic replies out (presence's AUTO_REPLY_STATE is then unknown).
    Part 2 (-Part Teams): PowerShell with the MicrosoftTeams module, after Connect-MicrosoftTeams, as a Teams
      administrator (or global reader).
  Run both (the default) where both are available, or each where it can and put both results in one folder: the
  Exchange and Teams parts go to `ted scan` together.

  The files hold personal data (names, addresses, calendar permissions of everyone): keep them as you keep other
  sensitive exports, and delete them when the scan is done.

  If the execution policy blocks a downloaded script: Unblock-File .\collect-org.ps1, or run it for this session only
  with powershell.exe -ExecutionPolicy Bypass -File .\collect-org.ps1

  Results go to a folder and a .zip beside it: Export-Csv per cmdlet for what exists once per mailbox (only the
  properties the checks read, lists joined with ';'), Export-Clixml for what exists once per organisation,
  case.yaml saying this is an org-wide collection, and CollectionErrors.json naming every cmdlet that failed. Hand
  either to `ted scan ted-org-export-....zip`.
#>
param(
    [ValidateSet('All', 'Exchange', 'Teams')] [string] $Part = 'All',
    [string] $CalendarName = '',
    [switch] $SkipAutoReplies,
    [string] $OutDir = (Join-Path (Get-Location) ("ted-org-export-" + (Get-Date -Format 'yyyyMMdd-HHmmss')))
)
# Cmdlets reached through implicit remoting (the Exchange Management Shell) ignore this preference: every call below
# also passes -ErrorAction, inside a try, so a failure is recorded and the script goes on.
$ErrorActionPreference = 'Stop'
$Failures = [System.Collections.Generic.List[object]]::new()
New-Item -ItemType Directory -Force -Path $OutDir | Out-Null

function Fail([string] $Name, $ErrorRecord) {
    $Failures.Add([pscustomobject]@{ Cmdlet = $Name; Error = "$($ErrorRecord.Exception.Message)" })
    Write-Warning "$Name failed: $($ErrorRecord.Exception.Message)"
}

# Something that exists once per organisation (or per server): small, so Export-Clixml keeps it whole. An empty
# result is written as an empty list, so TED can tell "collected, nothing there" from "not collected".
function Save([string] $Name, [scriptblock] $Command) {
    try {
        $result = @(& $Command)
        Export-Clixml -InputObject $result -Depth 5 -LiteralPath (Join-Path $OutDir "$Name.xml")
        Write-Host "saved $Name ($($result.Count) objects)"
    } catch {
        Fail $Name $_
    }
}

# Something that exists once per mailbox: streamed from the cmdlet to the file, one object at a time.
function SaveCsv([string] $Name, [scriptblock] $Command) {
    try {
        $path = Join-Path $OutDir "$Name.csv"
        & $Command | Export-Csv -NoTypeInformation -Encoding UTF8 -LiteralPath $path
        Write-Host "saved $Name"
    } catch {
        Fail $Name $_
    }
}

# How many rows a saved CSV holds (for the progress bar), read line by line rather than whole.
function CountRows([string] $Path) {
    $n = -1
    foreach ($line in [System.IO.File]::ReadLines($Path)) { $n++ }
    [Math]::Max($n, 0)
}

if ($Part -in 'All', 'Exchange') {
    #region Part 1: Exchange Management Shell
    Save 'Get-ExchangeServer' { Get-ExchangeServer -ErrorAction Stop }
    Save 'ExSetup' {
        foreach ($server in @(Get-ExchangeServer -ErrorAction Stop)) {
            try {
                Invoke-Command -ComputerName $server.Fqdn -ErrorAction Stop -ScriptBlock { (Get-Command ExSetup.exe -ErrorAction Stop).FileVersionInfo }
            } catch {
                Fail "ExSetup on $($server.Name)" $_
            }
        }
    }
    Save 'Get-OrganizationConfig' { Get-OrganizationConfig -ErrorAction Stop }
    Save 'Get-WebServicesVirtualDirectory' { Get-WebServicesVirtualDirectory -ADPropertiesOnly -ErrorAction Stop }
{{ORGANISATION}}

    SaveCsv 'Get-Mailbox' {
        Get-Mailbox -ResultSize Unlimited -ErrorAction Stop |
            Select-Object UserPrincipalName, PrimarySmtpAddress, Alias, DisplayName, @{ n = 'Identity'; e = { "$($_.Identity)" } },
                DistinguishedName, RecipientTypeDetails, ServerName,
                @{ n = 'GrantSendOnBehalfTo'; e = { ($_.GrantSendOnBehalfTo | ForEach-Object { "$_" }) -join ';' } }
    }
    SaveCsv 'Get-CASMailbox' {
        Get-CASMailbox -ResultSize Unlimited -ErrorAction Stop |
            Select-Object @{ n = 'Identity'; e = { "$($_.Identity)" } }, PrimarySmtpAddress, EwsEnabled, EwsApplicationAccessPolicy,
                @{ n = 'EwsAllowList'; e = { $_.EwsAllowList -join ';' } }, @{ n = 'EwsBlockList'; e = { $_.EwsBlockList -join ';' } },
                EwsAllowOutlook, EwsAllowMacOutlook, EwsAllowEntourage
    }

    # Every mailbox's calendar permissions, one mailbox at a time, read back from the Get-Mailbox export so that no
    # list of 100,000 mailboxes is ever held. A mailbox that fails is recorded (the first 100 of them) and skipped.
    $mailboxes = Join-Path $OutDir 'Get-Mailbox.csv'
    if (Test-Path -LiteralPath $mailboxes -ErrorAction SilentlyContinue) {
        $total = CountRows $mailboxes
        # One object for the counts, so the pipeline's script blocks (which run in scopes of their own) share them.
        $count = @{ Done = 0; Failed = 0 }
        SaveCsv 'Get-MailboxFolderPermission' {
            Import-Csv -LiteralPath $mailboxes | ForEach-Object {
                $count.Done++
                if ($count.Done % 100 -eq 1) {
                    Write-Progress -Activity 'Calendar permissions' -Status "$($count.Done) of $total mailboxes" -PercentComplete ([Math]::Min(100, 100 * $count.Done / [Math]::Max($total, 1)))
                }
                $mailbox = $_.PrimarySmtpAddress
                try {
                    $folder = $CalendarName
                    if (-not $folder) {
                        # The calendar's name is localized; find it by its type.
                        $folder = (Get-MailboxFolderStatistics -Identity $mailbox -FolderScope Calendar -ErrorAction Stop |
                            Where-Object FolderType -eq 'Calendar' | Select-Object -First 1).FolderPath -replace '^/', '' -replace '/', '\'
                    }
                    Get-MailboxFolderPermission -Identity ($mailbox + ':\' + $folder) -ErrorAction Stop
                } catch {
                    $count.Failed++
                    if ($count.Failed -le 100) { Fail "Get-MailboxFolderPermission $mailbox" $_ }
                }
            } | Select-Object @{ n = 'Identity'; e = { "$($_.Identity)" } }, FolderName, @{ n = 'User'; e = { "$($_.User)" } },
                @{ n = 'AccessRights'; e = { ($_.AccessRights | ForEach-Object { "$_" }) -join ';' } },
                @{ n = 'SharingPermissionFlags'; e = { "$($_.SharingPermissionFlags)" } }
        }
        Write-Progress -Activity 'Calendar permissions' -Completed
        if ($count.Failed -gt 100) { Write-Warning "$($count.Failed) mailboxes' calendar permissions could not be read; the first 100 are in CollectionErrors.json" }

        if (-not $SkipAutoReplies) {
            $count = @{ Done = 0; Failed = 0 }
            SaveCsv 'Get-MailboxAutoReplyConfiguration' {
                Import-Csv -LiteralPath $mailboxes | ForEach-Object {
                    $count.Done++
                    if ($count.Done % 100 -eq 1) {
                        Write-Progress -Activity 'Automatic replies' -Status "$($count.Done) of $total mailboxes" -PercentComplete ([Math]::Min(100, 100 * $count.Done / [Math]::Max($total, 1)))
                    }
                    $mailbox = $_.PrimarySmtpAddress
                    try {
                        Get-MailboxAutoReplyConfiguration -Identity $mailbox -ErrorAction Stop
                    } catch {
                        $count.Failed++
                        if ($count.Failed -le 100) { Fail "Get-MailboxAutoReplyConfiguration $mailbox" $_ }
                    }
                } | Select-Object @{ n = 'Identity'; e = { "$($_.Identity)" } }, AutoReplyState, StartTime, EndTime
            }
            Write-Progress -Activity 'Automatic replies' -Completed
        }
    }
    #endregion
}

if ($Part -in 'All', 'Teams') {
    #region Part 2: Microsoft Teams PowerShell (Connect-MicrosoftTeams first)
    SaveCsv 'Get-CsOnlineUser' {
        Get-CsOnlineUser -ResultSize Unlimited -ErrorAction Stop |
            Select-Object UserPrincipalName, @{ n = 'TeamsUpgradeEffectiveMode'; e = { "$($_.TeamsUpgradeEffectiveMode)" } },
                @{ n = 'TeamsUpgradePolicy'; e = { "$($_.TeamsUpgradePolicy)" } }, @{ n = 'TeamsAppSetupPolicy'; e = { "$($_.TeamsAppSetupPolicy)" } }
    }
    Save 'Get-CsTeamsAppSetupPolicy' { Get-CsTeamsAppSetupPolicy -ErrorAction Stop }
    Save 'Get-CsTeamsUpgradePolicy' { Get-CsTeamsUpgradePolicy -ErrorAction Stop }
    #endregion
}

try {
    ConvertTo-Json -InputObject @($Failures) -Depth 3 | Set-Content -Encoding UTF8 -LiteralPath (Join-Path $OutDir 'CollectionErrors.json')
} catch {
    Write-Warning "CollectionErrors.json could not be written: $($_.Exception.Message)"
}

# What this collection is: ted scan and ted diagnose read it like any facts file.
try {
    @(
        '# Written by the org-wide collect script of TED {{VERSION}}.'
        'case:'
        '  symptom: all'
        '  scope: organization'
        ("  asOf: '" + (Get-Date).ToString('o') + "'")
    ) | Set-Content -Encoding UTF8 -LiteralPath (Join-Path $OutDir 'case.yaml')
    Compress-Archive -Path (Join-Path $OutDir '*') -DestinationPath "$OutDir.zip" -Force
    Write-Host "Done: $OutDir and $OutDir.zip. Hand either to: ted scan $OutDir.zip"
} catch {
    Write-Warning "The folder $OutDir is complete, but it could not be zipped: $($_.Exception.Message). Hand the folder to ted scan."
}
if ($Failures.Count -gt 0) {
    Write-Warning "$($Failures.Count) cmdlet(s) failed; they are listed in CollectionErrors.json, which TED reports."
}
