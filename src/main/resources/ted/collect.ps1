<#
  TED collect script: exports everything `ted diagnose` reads, for the user and delegate set in $User and $Delegate
  below. It only reads configuration; it changes no setting.

  Needs:
    Part 1 (-Part Exchange): the Exchange Management Shell on an Exchange server, as a member of View-Only
      Organization Management (or Organization Management). ExSetup versions are read from every server over
      PowerShell remoting where it is allowed, else from this server only.
    Part 2 (-Part Teams): PowerShell with the MicrosoftTeams module, after Connect-MicrosoftTeams, as a Teams
      administrator (or global reader).
  Run both (the default) where both are available, or each where it can and put both results in one folder: the
  Exchange and Teams parts go to `ted diagnose` together.

  The files hold personal data (names, addresses, calendar permissions): keep them as you keep other tickets' data.

  If the execution policy blocks a downloaded script: Unblock-File .\collect.ps1, or run it for this session only with
  powershell.exe -ExecutionPolicy Bypass -File .\collect.ps1

  Results go to a folder and a .zip beside it, with case.yaml saying whom they are for, and CollectionErrors.json
  naming every cmdlet that failed (TED reports them); hand either to `ted diagnose ted-export-....zip` (flags still
  override case.yaml).

  -Format Clixml (default) keeps everything; -Format Json writes ConvertTo-Json -Depth 5 instead.
#>
param(
    [ValidateSet('All', 'Exchange', 'Teams')] [string] $Part = 'All',
    [ValidateSet('Clixml', 'Json')] [string] $Format = 'Clixml',
    [string] $OutDir = (Join-Path (Get-Location) ("ted-export-" + (Get-Date -Format 'yyyyMMdd-HHmmss')))
)
# Cmdlets reached through implicit remoting (the Exchange Management Shell) ignore this preference: every call below
# also passes -ErrorAction Stop, inside a try, so a failure is recorded and the script goes on.
$ErrorActionPreference = 'Stop'
$User = {{USER}}
$Delegate = {{DELEGATE}}
$Addresses = @($User, $Delegate) | Where-Object { $_ }
$Failures = [System.Collections.Generic.List[object]]::new()
New-Item -ItemType Directory -Force -Path $OutDir | Out-Null

function Fail([string] $Name, $ErrorRecord) {
    $Failures.Add([pscustomobject]@{ Cmdlet = $Name; Error = "$($ErrorRecord.Exception.Message)" })
    Write-Warning "$Name failed: $($ErrorRecord.Exception.Message)"
}

# Saves what a command returns under the cmdlet's name, which is how TED recognizes the file. An empty result is
# written as an empty list, so TED can tell "collected, nothing there" from "not collected".
function Save([string] $Name, [scriptblock] $Command) {
    try {
        $result = @(& $Command)
        if ($Format -eq 'Json') {
            ConvertTo-Json -InputObject $result -Depth 5 | Set-Content -Encoding UTF8 -LiteralPath (Join-Path $OutDir "$Name.json")
        } else {
            Export-Clixml -InputObject $result -Depth 5 -LiteralPath (Join-Path $OutDir "$Name.xml")
        }
        Write-Host "saved $Name ($($result.Count) objects)"
    } catch {
        Fail $Name $_
    }
}

if ($Part -in 'All', 'Exchange') {
    #region Part 1: Exchange Management Shell
    Save 'Get-ExchangeServer' { Get-ExchangeServer -ErrorAction Stop }
    # ExSetup's file version per server, with the server's name (PSComputerName), as HealthChecker reads it.
    Save 'ExSetup' {
        foreach ($server in @(Get-ExchangeServer -ErrorAction Stop)) {
            try {
                Invoke-Command -ComputerName $server.Fqdn -ErrorAction Stop -ScriptBlock { (Get-Command ExSetup.exe -ErrorAction Stop).FileVersionInfo }
            } catch {
                Fail "ExSetup on $($server.Name)" $_
            }
        }
        if ($Failures | Where-Object { $_.Cmdlet -like 'ExSetup on *' }) {
            $local = (Get-Command ExSetup.exe -ErrorAction Stop).FileVersionInfo
            [pscustomobject]@{ PSComputerName = $env:COMPUTERNAME; FileName = $local.FileName; FileVersion = $local.FileVersion }
        }
    }
    Save 'Get-OrganizationConfig' { Get-OrganizationConfig -ErrorAction Stop }
    Save 'Get-CASMailbox' { $Addresses | ForEach-Object { Get-CASMailbox -Identity $_ -ErrorAction Stop } }
    Save 'Get-Mailbox' { $Addresses | ForEach-Object { Get-Mailbox -Identity $_ -ErrorAction Stop } }
    # A mailbox moved to Exchange Online is a remote mailbox on-premises; not finding one is no failure.
    Save 'Get-RemoteMailbox' { $Addresses | ForEach-Object { Get-RemoteMailbox -Identity $_ -ErrorAction SilentlyContinue } }
    Save 'Get-Recipient' { $Addresses | ForEach-Object { Get-Recipient -Identity $_ -ErrorAction Stop } }
    $permissions = @()
    try {
        # The calendar's name is localized; find it by its type.
        $calendar = Get-MailboxFolderStatistics -Identity $User -FolderScope Calendar -ErrorAction Stop |
            Where-Object FolderType -eq 'Calendar' | Select-Object -First 1
        $permissions = @(Get-MailboxFolderPermission -Identity ($User + ':' + ($calendar.FolderPath -replace '/', '\')) -ErrorAction Stop)
        Save 'Get-MailboxFolderPermission' { $permissions }
    } catch {
        Fail 'Get-MailboxFolderPermission' $_
    }
    # An entry may name a group: its members decide whether the delegate gets the rights. A name that is no group
    # is expected here, so it is not a failure.
    Save 'Get-Group' {
        $permissions | Where-Object { $_.User.ToString() -notin 'Default', 'Anonymous' } |
            ForEach-Object { Get-Group -Identity $_.User.ToString() -ErrorAction SilentlyContinue }
    }
    Save 'Get-MailboxAutoReplyConfiguration' { Get-MailboxAutoReplyConfiguration -Identity $User -ErrorAction Stop }
    Save 'Get-WebServicesVirtualDirectory' { Get-WebServicesVirtualDirectory -ADPropertiesOnly -ErrorAction Stop }
    Save 'Test-OAuthConnectivity' { Test-OAuthConnectivity -Service EWS -TargetUri 'https://outlook.office365.com/ews/exchange.asmx' -Mailbox $User -ErrorAction Stop }
{{ORGANISATION}}

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
        Fail 'Autodiscover' $_
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
            Fail 'RestApiProbe' $_
        }
    }
    #endregion
}

if ($Part -in 'All', 'Teams') {
    #region Part 2: Microsoft Teams PowerShell (Connect-MicrosoftTeams first)
    Save 'Get-CsOnlineUser' { Get-CsOnlineUser -Identity $User -ErrorAction Stop | Select-Object UserPrincipalName, TeamsUpgradeEffectiveMode, TeamsUpgradePolicy, TeamsAppSetupPolicy }
    Save 'Get-CsTeamsAppSetupPolicy' { Get-CsTeamsAppSetupPolicy -ErrorAction Stop }
    Save 'Get-CsTeamsUpgradePolicy' { Get-CsTeamsUpgradePolicy -ErrorAction Stop }
    #endregion
}

# Every failure, so TED says what went wrong where a check lacks its facts, instead of "not collected".
try {
    ConvertTo-Json -InputObject @($Failures) -Depth 3 | Set-Content -Encoding UTF8 -LiteralPath (Join-Path $OutDir 'CollectionErrors.json')
} catch {
    Write-Warning "CollectionErrors.json could not be written: $($_.Exception.Message)"
}

# Whom and what this collection is for, and when: ted diagnose reads it like any facts file, so the folder or the zip
# needs no --symptom, --user or --delegate. YAML single-quoted strings escape a quote by doubling it.
function YamlText([string] $Value) { if ($Value) { "'" + ($Value -replace "'", "''") + "'" } else { 'null' } }
try {
    @(
        '# Written by the collect script of TED {{VERSION}}.'
        'case:'
        '  symptom: {{SYMPTOM}}'
        ('  user: ' + (YamlText $User))
        ('  delegate: ' + (YamlText $Delegate))
        ('  asOf: ' + (YamlText (Get-Date).ToString('o')))
    ) | Set-Content -Encoding UTF8 -LiteralPath (Join-Path $OutDir 'case.yaml')
    Compress-Archive -Path (Join-Path $OutDir '*') -DestinationPath "$OutDir.zip" -Force
    Write-Host "Done: $OutDir and $OutDir.zip. Hand either to: ted diagnose $OutDir.zip   (no flags needed; case.yaml says whom it is for)"
} catch {
    Write-Warning "The folder $OutDir is complete, but it could not be zipped: $($_.Exception.Message). Hand the folder to ted diagnose."
}
if ($Failures.Count -gt 0) {
    Write-Warning "$($Failures.Count) cmdlet(s) failed; they are listed in CollectionErrors.json, which TED reports."
}
Write-Host "Add Remote Connectivity Analyzer results as a facts file beside it (docs/facts-format.md, connectivityTests)."
