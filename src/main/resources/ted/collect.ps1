<#
  TED collect script (TED {{VERSION}}): exports everything `ted diagnose` reads, for the user and delegate set in
  $User and $Delegate below. It only reads configuration; it changes no setting.

  PowerShell: Windows PowerShell 4.0 or 5.1 (the Exchange Management Shell of Exchange 2013 and later), or
  PowerShell 7; the Teams part needs what the MicrosoftTeams module needs (Windows PowerShell 5.1, or PowerShell 7.2
  or later). This file is plain ASCII: the names are written in as Base64 of their UTF-8 text, so however the file is
  saved, no code page can turn a letter of a name into a quote.

  Needs:
    Part 1 (-Part Exchange): the Exchange Management Shell on an Exchange server, as a member of View-Only
      Organization Management (or Organization Management). To see which roles grant a cmdlet the script runs:
        Get-ManagementRole -Cmdlet Get-MailboxFolderPermission
      and Get-ManagementRoleAssignment -RoleAssignee <you> to see which you hold. ExSetup versions are read from
      every server at once over PowerShell remoting (WinRM) where it is allowed, else from this server only.
    Part 2 (-Part Teams): PowerShell with the MicrosoftTeams module, after Connect-MicrosoftTeams, as a Teams
      administrator (or global reader).
    Internet access (Part 1): HTTPS (TLS 1.2) to outlook.office365.com for Autodiscover V2, and to the EWS host it
      names, through this user's proxy settings. These probes run from inside your network, so they show what this
      server sees, not what Teams sees from the internet.
  A part whose cmdlets are not loaded in this shell is skipped with one note. Run both parts (the default) where both
  are available, or each where it can and copy both folders into one: each part writes its own
  CollectionErrors-<Part>.json and case-<Part>.yaml, so nothing is overwritten, and `ted diagnose` reads them
  together.

  The files hold personal data (names, addresses, calendar permissions): keep them as you keep other tickets' data.

  If the execution policy blocks a downloaded script: Unblock-File .\collect.ps1, or run it for this session only with
  powershell.exe -ExecutionPolicy Bypass -File .\collect.ps1

  Results go to a folder and a .zip beside it, with case-<Part>.yaml saying whom they are for, and
  CollectionErrors-<Part>.json naming every cmdlet that failed, for which identity and why (TED reports them); hand
  either to `ted diagnose ted-export-....zip` (flags still override the case file).

  -Format Clixml (default) keeps everything; -Format Json writes ConvertTo-Json -Depth 5 instead.
#>
param(
    [ValidateSet('All', 'Exchange', 'Teams')] [string] $Part = 'All',
    [ValidateSet('Clixml', 'Json')] [string] $Format = 'Clixml',
    [string] $OutDir = (Join-Path (Get-Location) ("ted-export-" + (Get-Date -Format 'yyyyMMdd-HHmmss')))
)
# Cmdlets reached through implicit remoting (the Exchange Management Shell) ignore this preference: every call below
# also passes -ErrorAction, inside a try, so a failure is recorded and the script goes on.
$ErrorActionPreference = 'Stop'
$User = {{USER}}
$Delegate = {{DELEGATE}}
$Addresses = @(@($User, $Delegate) | Where-Object { $_ })
$Failures = New-Object System.Collections.Generic.List[object]
$CurrentPart = ''
# A full path: .NET methods resolve a relative one against the process's folder, not PowerShell's.
$OutDir = (New-Item -ItemType Directory -Force -Path $OutDir -ErrorAction Stop).FullName
$Requested = if ($Part -eq 'All') { @('Exchange', 'Teams') } else { @($Part) }
$Ran = @()

{{FUNCTIONS}}
if ($Requested -contains 'Exchange' -and (HasCmdlets 'Exchange' 'Get-ExchangeServer' 'Run this part in the Exchange Management Shell.')) {
    #region Part 1: Exchange Management Shell
    $CurrentPart = 'Exchange'
    $Ran += 'Exchange'
    Save 'Get-ExchangeServer' { Get-ExchangeServer -ErrorAction Stop }
    Save 'Get-OrganizationConfig' { Get-OrganizationConfig -ErrorAction Stop }
    # One address after the other, each in its own try: a delegate not found here (moved to Exchange Online) does not
    # cost the delegator's records.
    SaveEach 'Get-CASMailbox' $Addresses { param($Id) Get-CASMailbox -Identity $Id -ErrorAction Stop }
    SaveEach 'Get-Mailbox' $Addresses { param($Id) Get-Mailbox -Identity $Id -ErrorAction Stop }
    # A mailbox moved to Exchange Online is a remote mailbox on-premises; not finding one is no failure.
    SaveEach 'Get-RemoteMailbox' $Addresses { param($Id) Get-RemoteMailbox -Identity $Id -ErrorAction SilentlyContinue }
    SaveEach 'Get-Recipient' $Addresses { param($Id) Get-Recipient -Identity $Id -ErrorAction Stop }
    $permissions = @()
    try {
        # The calendar's name is localized; find it by its type.
        $calendar = Get-MailboxFolderStatistics -Identity $User -FolderScope Calendar -ErrorAction Stop |
            Where-Object { $_.FolderType -eq 'Calendar' } | Select-Object -First 1
        $permissions = @(Get-MailboxFolderPermission -Identity ($User + ':' + ($calendar.FolderPath -replace '/', '\')) -ErrorAction Stop)
        Save 'Get-MailboxFolderPermission' { $permissions }
    } catch {
        Fail 'Get-MailboxFolderPermission' $User $_
    }
    # An entry may name a group: its members decide whether the delegate gets the rights. A name that is no group
    # is expected here, so it is not a failure.
    $named = @($permissions | ForEach-Object { $_.User.ToString() } | Where-Object { @('Default', 'Anonymous') -notcontains $_ })
    SaveEach 'Get-Group' $named { param($Id) Get-Group -Identity $Id -ErrorAction SilentlyContinue }
    Save 'Get-MailboxAutoReplyConfiguration' { Get-MailboxAutoReplyConfiguration -Identity $User -ErrorAction Stop }
    Save 'Get-WebServicesVirtualDirectory' { Get-WebServicesVirtualDirectory -ADPropertiesOnly -ErrorAction Stop }
    Save 'Test-OAuthConnectivity' { Test-OAuthConnectivity -Service EWS -TargetUri 'https://outlook.office365.com/ews/exchange.asmx' -Mailbox $User -ErrorAction Stop }
{{ORGANISATION}}

    # outlook.office365.com accepts TLS 1.2 only; Windows PowerShell 4 and 5.1 on older .NET offer TLS 1.0 by default.
    try {
        [Net.ServicePointManager]::SecurityProtocol = [Net.ServicePointManager]::SecurityProtocol -bor [Net.SecurityProtocolType]::Tls12
    } catch {
        Fail 'TLS 1.2' '' $_
    }
    # Autodiscover V2 answers do not say which address they answer for, so keep the address beside each.
    $answers = foreach ($address in $Addresses) {
        try {
            $a = Invoke-RestMethod -Uri ("https://outlook.office365.com/autodiscover/autodiscover.json?Email=" + [uri]::EscapeDataString($address) + "&Protocol=EWS&RedirectCount=5") -UserAgent Teams -TimeoutSec 30
            [pscustomobject]@{ EmailAddress = $address; Protocol = $a.Protocol; Url = $a.Url }
        } catch {
            [pscustomobject]@{ EmailAddress = $address; Error = $_.Exception.Message }
        }
    }
    try {
        ConvertTo-Json -InputObject @($answers) -Depth 3 | Set-Content -Encoding UTF8 -LiteralPath (Join-Path $OutDir 'Autodiscover.json')
    } catch {
        Fail 'Autodiscover' '' $_
    }

    # The REST endpoint presence uses must answer an unauthenticated request with 401. From inside the network this
    # only shows what the server says; run it again from outside to see what Teams sees.
    $ews = @($answers | Where-Object Url | Select-Object -First 1).Url
    if ($ews) {
        try {
            $api = ([uri] $ews).GetLeftPart('Authority') + '/api'
            try {
                $status = [int] (Invoke-WebRequest -Uri $api -UseBasicParsing -MaximumRedirection 0 -TimeoutSec 30).StatusCode
            } catch {
                $status = if ($_.Exception.Response) { [int] $_.Exception.Response.StatusCode } else { $null }
            }
            # RunFrom tells TED this probe saw the server from inside, so it cannot prove that /api is published.
            [pscustomobject]@{ Url = $api; StatusCode = $status; RunFrom = 'inside' } | ConvertTo-Json |
                Set-Content -Encoding UTF8 -LiteralPath (Join-Path $OutDir 'RestApiProbe.json')
        } catch {
            Fail 'RestApiProbe' '' $_
        }
    }
    #endregion
}

if ($Requested -contains 'Teams' -and (HasCmdlets 'Teams' 'Get-CsOnlineUser' 'Import the MicrosoftTeams module and run Connect-MicrosoftTeams first.')) {
    #region Part 2: Microsoft Teams PowerShell (Connect-MicrosoftTeams first)
    $CurrentPart = 'Teams'
    $Ran += 'Teams'
    SaveEach 'Get-CsOnlineUser' @($User) { param($Id) Get-CsOnlineUser -Identity $Id -ErrorAction Stop | Select-Object UserPrincipalName, TeamsUpgradeEffectiveMode, TeamsUpgradePolicy, TeamsAppSetupPolicy }
    Save 'Get-CsTeamsAppSetupPolicy' { Get-CsTeamsAppSetupPolicy -ErrorAction Stop }
    Save 'Get-CsTeamsUpgradePolicy' { Get-CsTeamsUpgradePolicy -ErrorAction Stop }
    #endregion
}

# Whom and what this collection is for, and when: ted diagnose reads it like any facts file, so the folder or the zip
# needs no --symptom, --user or --delegate. The names are written as YAML double-quoted strings (YamlText).
$caseLines = @(
    '# Written by the collect script of TED {{VERSION}}.'
    'case:'
    '  symptom: {{SYMPTOM}}'
    ('  user: ' + (YamlText $User))
    ('  delegate: ' + (YamlText $Delegate))
    ('  asOf: ' + (YamlText (Get-Date).ToString('o')))
)
# Every failure, so TED says what went wrong where a check lacks its facts, instead of "not collected".
WriteRunFiles $Requested $Ran $caseLines
if (ZipFolder) {
    Write-Host "Done: $OutDir and $OutDir.zip. Hand either to: ted diagnose $OutDir.zip   (no flags needed; the case file says whom it is for)"
}
if ($Failures.Count -gt 0) {
    Write-Warning "$($Failures.Count) failure(s) or note(s); they are listed in the CollectionErrors files, which TED reports."
}
Write-Host "Add Remote Connectivity Analyzer results as a facts file beside it (docs/facts-format.md, connectivityTests)."
