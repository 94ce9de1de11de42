<#
  TED org-wide collect script (TED {{VERSION}}): exports what `ted scan` reads for every mailbox of the organisation,
  streaming, so it runs in Windows PowerShell for 100,000 mailboxes without holding them in memory. It only reads
  configuration; it changes no setting.

  PowerShell: Windows PowerShell 4.0 or 5.1 (the Exchange Management Shell of Exchange 2013 and later), or
  PowerShell 7; the Teams part needs what the MicrosoftTeams module needs (Windows PowerShell 5.1, or PowerShell 7.2
  or later). This file is plain ASCII.

  Needs:
    Part 1 (-Part Exchange): the Exchange Management Shell on an Exchange server, as a member of View-Only
      Organization Management (or Organization Management). To see which roles grant a cmdlet the script runs:
        Get-ManagementRole -Cmdlet Get-MailboxFolderPermission
      and Get-ManagementRoleAssignment -RoleAssignee <you> to see which you hold. Calendar permissions and automatic
      replies are read mailbox by mailbox: expect hours for 100,000 mailboxes (a progress bar shows how far it is).
      -CalendarName Calendar skips looking up each calendar's localized name when every mailbox's calendar is called
      Calendar; -SkipAutoReplies leaves automatic replies out (presence's AUTO_REPLY_STATE is then unknown). ExSetup
      versions are read from every server at once over PowerShell remoting (WinRM) where it is allowed, else from
      this server only.
    Part 2 (-Part Teams): PowerShell with the MicrosoftTeams module, after Connect-MicrosoftTeams, as a Teams
      administrator (or global reader).
    Internet access: none; this script probes nothing.
  Dates leave it as ISO 8601 (DateTime's 'o' format), whatever this server's culture: Export-Csv would write them in
  the culture's own form (10/11/2026 in en-GB, 10.11.2026 in de-DE), which reads two ways or not at all.
  A part whose cmdlets are not loaded in this shell is skipped with one note. Run both parts (the default) where both
  are available, or each where it can and copy both folders into one: each part writes its own
  CollectionErrors-<Part>.json and case-<Part>.yaml, so nothing is overwritten, and `ted scan` reads them together.

  The files hold personal data (names, addresses, calendar permissions of everyone): keep them as you keep other
  sensitive exports, and delete them when the scan is done.

  If the execution policy blocks a downloaded script: Unblock-File .\collect-org.ps1, or run it for this session only
  with powershell.exe -ExecutionPolicy Bypass -File .\collect-org.ps1

  Results go to a folder and a .zip beside it: Export-Csv per cmdlet for what exists once per mailbox (only the
  properties the checks read, lists joined with ';'), Export-Clixml for what exists once per organisation,
  case-<Part>.yaml saying this is an org-wide collection, and CollectionErrors-<Part>.json naming every cmdlet that
  failed, for which mailbox and why (the first 100 per cmdlet, with the total). An export that stopped midway keeps
  what it read under a .partial.csv name, never under the complete one. Hand either to
  `ted scan ted-org-export-....zip`.
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
$Format = 'Clixml'
$Failures = New-Object System.Collections.Generic.List[object]
$CurrentPart = ''
# A full path: .NET methods ([System.IO.File]::ReadLines below) resolve a relative one against the process's folder,
# not PowerShell's.
$OutDir = (New-Item -ItemType Directory -Force -Path $OutDir -ErrorAction Stop).FullName
$Requested = if ($Part -eq 'All') { @('Exchange', 'Teams') } else { @($Part) }
$Ran = @()

{{FUNCTIONS}}
# Something that exists once per mailbox: streamed from the cmdlet to the file, one object at a time, with the
# columns given (their names, or @{ n = ...; e = ... }). It is written under a .partial.csv name and renamed only once
# the cmdlet has finished, so an export that stopped midway never passes for a complete one: TED reads what it holds
# and says it is partial. An export with no rows is its header line alone.
function SaveCsv([string] $Name, [object[]] $Columns, [scriptblock] $Command) {
    $path = Join-Path $OutDir "$Name.csv"
    $partial = Join-Path $OutDir "$Name.partial.csv"
    $rows = @{ N = 0 }
    try {
        & $Command | Select-Object -Property $Columns | ForEach-Object { $rows.N++; $_ } |
            Export-Csv -NoTypeInformation -Encoding UTF8 -LiteralPath $partial
        if ($rows.N -eq 0) {
            $names = @($Columns | ForEach-Object { if ($_ -is [hashtable]) { $_.n } else { "$_" } })
            ('"' + ($names -join '","') + '"') | Set-Content -Encoding UTF8 -LiteralPath $partial
        }
        Move-Item -LiteralPath $partial -Destination $path -Force -ErrorAction Stop
        Write-Host "saved $Name ($($rows.N) rows)"
    } catch {
        Fail $Name '' $_
        if ($rows.N -eq 0) {
            Remove-Item -LiteralPath $partial -Force -ErrorAction SilentlyContinue
        } else {
            Write-Warning "$Name stopped after $($rows.N) rows; they are kept in $Name.partial.csv"
        }
    }
}

# How many rows a saved CSV holds (for the progress bar), read line by line rather than whole.
function CountRows([string] $Path) {
    $n = -1
    foreach ($line in [System.IO.File]::ReadLines($Path)) { $n++ }
    [Math]::Max($n, 0)
}

# Per-mailbox failures: the first 100 with their mailbox, then a total.
function FailMailbox([string] $Cmdlet, [string] $Mailbox, $Problem, [hashtable] $Count) {
    $Count.Failed++
    if ($Count.Failed -le 100) { Fail $Cmdlet $Mailbox $Problem }
}
function FailTotal([string] $Cmdlet, [hashtable] $Count, $Total) {
    if ($Count.Failed -gt 100) {
        $Failures.Add([pscustomobject]@{ Part = $CurrentPart; Cmdlet = $Cmdlet; Identity = ''; Count = $Count.Failed
            Error = "failed for $($Count.Failed) of $Total mailboxes; the first 100 are listed with their mailbox"; Category = 'Total' })
        Write-Warning "$Cmdlet failed for $($Count.Failed) of $Total mailboxes; the first 100 are in CollectionErrors-$CurrentPart.json"
    }
}

if ($Requested -contains 'Exchange' -and (HasCmdlets 'Exchange' 'Get-ExchangeServer' 'Run this part in the Exchange Management Shell.')) {
    #region Part 1: Exchange Management Shell
    $CurrentPart = 'Exchange'
    $Ran += 'Exchange'
    Save 'Get-ExchangeServer' { Get-ExchangeServer -ErrorAction Stop }
    Save 'Get-OrganizationConfig' { Get-OrganizationConfig -ErrorAction Stop }
    Save 'Get-WebServicesVirtualDirectory' { Get-WebServicesVirtualDirectory -ADPropertiesOnly -ErrorAction Stop }
{{ORGANISATION}}

    SaveCsv 'Get-Mailbox' @('UserPrincipalName', 'PrimarySmtpAddress', 'Alias', 'DisplayName', @{ n = 'Identity'; e = { "$($_.Identity)" } },
            'DistinguishedName', 'RecipientTypeDetails', 'ServerName',
            @{ n = 'GrantSendOnBehalfTo'; e = { ($_.GrantSendOnBehalfTo | ForEach-Object { "$_" }) -join ';' } }) {
        Get-Mailbox -ResultSize Unlimited -ErrorAction Stop
    }
    SaveCsv 'Get-CASMailbox' @(@{ n = 'Identity'; e = { "$($_.Identity)" } }, 'PrimarySmtpAddress', 'EwsEnabled', 'EwsApplicationAccessPolicy',
            @{ n = 'EwsAllowList'; e = { $_.EwsAllowList -join ';' } }, @{ n = 'EwsBlockList'; e = { $_.EwsBlockList -join ';' } },
            'EwsAllowOutlook', 'EwsAllowMacOutlook', 'EwsAllowEntourage') {
        Get-CASMailbox -ResultSize Unlimited -ErrorAction Stop
    }

    # Every mailbox's calendar permissions, one mailbox at a time, read back from the Get-Mailbox export so that no
    # list of 100,000 mailboxes is ever held (only a complete export: a .partial.csv is not read back). A mailbox that
    # fails is recorded and skipped. Each row's Identity is the mailbox's address and folder, as the cmdlet was asked,
    # so TED ties it to its mailbox whatever the display names are.
    $mailboxes = Join-Path $OutDir 'Get-Mailbox.csv'
    try {
        if (Test-Path -LiteralPath $mailboxes -ErrorAction SilentlyContinue) {
            $total = CountRows $mailboxes
            # One object for the counts, so the pipeline's script blocks share them.
            $count = @{ Done = 0; Failed = 0 }
            SaveCsv 'Get-MailboxFolderPermission' @('Identity', 'FolderName', 'User', 'AccessRights', 'SharingPermissionFlags') {
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
                                Where-Object { $_.FolderType -eq 'Calendar' } | Select-Object -First 1).FolderPath -replace '^/', '' -replace '/', '\'
                            # Without it the identity would be the mailbox's root, whose permissions are not the calendar's.
                            if (-not $folder) { throw 'no folder of type Calendar was found in the mailbox' }
                        }
                        $id = $mailbox + ':\' + $folder
                        Get-MailboxFolderPermission -Identity $id -ErrorAction Stop |
                            Select-Object @{ n = 'Identity'; e = { $id } }, FolderName, @{ n = 'User'; e = { "$($_.User)" } },
                                @{ n = 'AccessRights'; e = { ($_.AccessRights | ForEach-Object { "$_" }) -join ';' } },
                                @{ n = 'SharingPermissionFlags'; e = { "$($_.SharingPermissionFlags)" } }
                    } catch {
                        FailMailbox 'Get-MailboxFolderPermission' $mailbox $_ $count
                    }
                }
            }
            Write-Progress -Activity 'Calendar permissions' -Completed
            FailTotal 'Get-MailboxFolderPermission' $count $total

            if (-not $SkipAutoReplies) {
                $count = @{ Done = 0; Failed = 0 }
                # The window's dates as ISO 8601 ('o'), not in this server's culture, which Export-Csv would use.
                SaveCsv 'Get-MailboxAutoReplyConfiguration' @(@{ n = 'Identity'; e = { "$($_.Identity)" } }, 'AutoReplyState',
                        @{ n = 'StartTime'; e = { IsoDate $_.StartTime } }, @{ n = 'EndTime'; e = { IsoDate $_.EndTime } }) {
                    Import-Csv -LiteralPath $mailboxes | ForEach-Object {
                        $count.Done++
                        if ($count.Done % 100 -eq 1) {
                            Write-Progress -Activity 'Automatic replies' -Status "$($count.Done) of $total mailboxes" -PercentComplete ([Math]::Min(100, 100 * $count.Done / [Math]::Max($total, 1)))
                        }
                        $mailbox = $_.PrimarySmtpAddress
                        try {
                            Get-MailboxAutoReplyConfiguration -Identity $mailbox -ErrorAction Stop
                        } catch {
                            FailMailbox 'Get-MailboxAutoReplyConfiguration' $mailbox $_ $count
                        }
                    }
                }
                Write-Progress -Activity 'Automatic replies' -Completed
                FailTotal 'Get-MailboxAutoReplyConfiguration' $count $total
            }
        } else {
            Fail 'Get-MailboxFolderPermission' '' 'not read: Get-Mailbox.csv, which lists the mailboxes, was not written completely'
        }
    } catch {
        Fail 'Get-MailboxFolderPermission' '' $_
    }
    #endregion
}

if ($Requested -contains 'Teams' -and (HasCmdlets 'Teams' 'Get-CsOnlineUser' 'Import the MicrosoftTeams module and run Connect-MicrosoftTeams first.' { Get-CsTenant -ErrorAction Stop })) {
    #region Part 2: Microsoft Teams PowerShell (Connect-MicrosoftTeams first)
    $CurrentPart = 'Teams'
    $Ran += 'Teams'
    SaveCsv 'Get-CsOnlineUser' @('UserPrincipalName', @{ n = 'TeamsUpgradeEffectiveMode'; e = { "$($_.TeamsUpgradeEffectiveMode)" } },
            @{ n = 'TeamsUpgradePolicy'; e = { "$($_.TeamsUpgradePolicy)" } }, @{ n = 'TeamsAppSetupPolicy'; e = { "$($_.TeamsAppSetupPolicy)" } }) {
        Get-CsOnlineUser -ResultSize Unlimited -ErrorAction Stop
    }
    Save 'Get-CsTeamsAppSetupPolicy' { Get-CsTeamsAppSetupPolicy -ErrorAction Stop }
    Save 'Get-CsTeamsUpgradePolicy' { Get-CsTeamsUpgradePolicy -ErrorAction Stop }
    #endregion
}

# What this collection is: ted scan and ted diagnose read it like any facts file.
$caseLines = @(
    '# Written by the org-wide collect script of TED {{VERSION}}.'
    'case:'
    '  symptom: all'
    '  scope: organization'
    ('  asOf: ' + (YamlText (Get-Date).ToString('o')))
)
WriteRunFiles $Requested $Ran $caseLines
if (ZipFolder) {
    Write-Host "Done: $OutDir and $OutDir.zip. Hand either to: ted scan $OutDir.zip"
}
if ($Failures.Count -gt 0) {
    Write-Warning "$($Failures.Count) failure(s) or note(s); they are listed in the CollectionErrors files, which TED reports."
}
