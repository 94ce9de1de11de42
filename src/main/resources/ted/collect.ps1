<#
  TED collect script: exports everything `ted diagnose` reads, for the user and delegate set in $User and $Delegate
  below. It only reads configuration; it changes no setting.

  Part 1 runs in the Exchange Management Shell (on-premises Exchange).
  Part 2 runs in PowerShell with the MicrosoftTeams module, after Connect-MicrosoftTeams.
  Run both (the default) where both are available, or each where it can: -Part Exchange / -Part Teams.
  Results go to a folder and a .zip beside it, with case.yaml saying whom they are for; hand either to
  `ted diagnose ted-export-....zip` (flags still override case.yaml).

  -Format Clixml (default) keeps everything; -Format Json writes ConvertTo-Json -Depth 5 instead.
#>
param(
    [ValidateSet('All', 'Exchange', 'Teams')] [string] $Part = 'All',
    [ValidateSet('Clixml', 'Json')] [string] $Format = 'Clixml',
    [string] $OutDir = (Join-Path (Get-Location) ("ted-export-" + (Get-Date -Format 'yyyyMMdd-HHmmss')))
)
$ErrorActionPreference = 'Stop'
$User = {{USER}}
$Delegate = {{DELEGATE}}
$Addresses = @($User, $Delegate) | Where-Object { $_ }
New-Item -ItemType Directory -Force -Path $OutDir | Out-Null

# Saves what a command returns under the cmdlet's name, which is how TED recognizes the file.
function Save([string] $Name, [scriptblock] $Command) {
    try {
        $result = @(& $Command)
        if ($Format -eq 'Json') {
            $result | ConvertTo-Json -Depth 5 | Set-Content -Encoding UTF8 -Path (Join-Path $OutDir "$Name.json")
        } else {
            $result | Export-Clixml -Depth 5 -Path (Join-Path $OutDir "$Name.xml")
        }
        Write-Host "saved $Name ($($result.Count) objects)"
    } catch {
        Write-Warning "$Name failed: $($_.Exception.Message)"
    }
}

if ($Part -in 'All', 'Exchange') {
    #region Part 1: Exchange Management Shell
    Save 'Get-ExchangeServer' { Get-ExchangeServer }
    Save 'ExSetup' { (Get-Command ExSetup.exe).FileVersionInfo }
    Save 'Get-OrganizationConfig' { Get-OrganizationConfig }
    Save 'Get-CASMailbox' { $Addresses | ForEach-Object { Get-CASMailbox -Identity $_ } }
    Save 'Get-Mailbox' { $Addresses | ForEach-Object { Get-Mailbox -Identity $_ -ErrorAction SilentlyContinue } }
    Save 'Get-RemoteMailbox' { $Addresses | ForEach-Object { Get-RemoteMailbox -Identity $_ -ErrorAction SilentlyContinue } }
    Save 'Get-Recipient' { $Addresses | ForEach-Object { Get-Recipient -Identity $_ } }
    # The calendar's name is localized; find it by its type.
    $calendar = Get-MailboxFolderStatistics -Identity $User -FolderScope Calendar | Where-Object FolderType -eq 'Calendar' | Select-Object -First 1
    $permissions = @(Get-MailboxFolderPermission -Identity ($User + ':' + ($calendar.FolderPath -replace '/', '\')))
    Save 'Get-MailboxFolderPermission' { $permissions }
    # An entry may name a group: its members decide whether the delegate gets the rights.
    Save 'Get-Group' {
        $permissions | Where-Object { $_.User.ToString() -notin 'Default', 'Anonymous' } |
            ForEach-Object { Get-Group -Identity $_.User.ToString() -ErrorAction SilentlyContinue }
    }
    Save 'Get-MailboxAutoReplyConfiguration' { Get-MailboxAutoReplyConfiguration -Identity $User }
    Save 'Get-WebServicesVirtualDirectory' { Get-WebServicesVirtualDirectory -ADPropertiesOnly }
    Save 'Test-OAuthConnectivity' { Test-OAuthConnectivity -Service EWS -TargetUri 'https://outlook.office365.com/ews/exchange.asmx' -Mailbox $User }
    Save 'Get-PartnerApplication' { Get-PartnerApplication }
    Save 'Get-AuthServer' { Get-AuthServer }
    Save 'Get-IntraOrganizationConnector' { Get-IntraOrganizationConnector }
    $linked = @(Get-PartnerApplication | Where-Object {
            $_.ApplicationIdentifier -in '7557eb47-c689-4224-abcf-aef9bd7573df', '00000004-0000-0ff1-ce00-000000000000' -and $_.LinkedAccount } |
        ForEach-Object { $_.LinkedAccount.ToString() })
    Save 'Get-MailUser' { $linked | ForEach-Object { Get-MailUser -Identity $_ -ErrorAction SilentlyContinue } }
    Save 'Get-ManagementRoleAssignment' { $linked | ForEach-Object { Get-ManagementRoleAssignment -RoleAssignee $_ } }
    Save 'Get-AuthConfig' { Get-AuthConfig }
    Save 'Get-ExchangeCertificate' { Get-ExchangeCertificate -Thumbprint (Get-AuthConfig).CurrentCertificateThumbprint }

    # Autodiscover V2 answers do not say which address they answer for, so keep the address beside each.
    $answers = foreach ($address in $Addresses) {
        try {
            $a = Invoke-RestMethod -Uri ("https://outlook.office365.com/autodiscover/autodiscover.json?Email=" + [uri]::EscapeDataString($address) + "&Protocol=EWS&RedirectCount=5") -UserAgent Teams -TimeoutSec 30
            [pscustomobject]@{ EmailAddress = $address; Protocol = $a.Protocol; Url = $a.Url }
        } catch {
            [pscustomobject]@{ EmailAddress = $address; Error = $_.Exception.Message }
        }
    }
    @($answers) | ConvertTo-Json -Depth 3 | Set-Content -Encoding UTF8 -Path (Join-Path $OutDir 'Autodiscover.json')

    # The REST endpoint presence uses must answer an unauthenticated request with 401. From inside the network this
    # only shows what the server says; run it again from outside to see what Teams sees.
    $ews = @($answers | Where-Object Url | Select-Object -First 1).Url
    if ($ews) {
        $api = ([uri] $ews).GetLeftPart('Authority') + '/api'
        try {
            $status = [int] (Invoke-WebRequest -Uri $api -UseBasicParsing -MaximumRedirection 0).StatusCode
        } catch {
            $status = if ($_.Exception.Response) { [int] $_.Exception.Response.StatusCode } else { $null }
        }
        # RunFrom tells TED this probe saw the server from inside, so it cannot prove that /api is published.
        [pscustomobject]@{ Url = $api; StatusCode = $status; RunFrom = 'inside' } | ConvertTo-Json | Set-Content -Encoding UTF8 -Path (Join-Path $OutDir 'RestApiProbe.json')
    }
    #endregion
}

if ($Part -in 'All', 'Teams') {
    #region Part 2: Microsoft Teams PowerShell (Connect-MicrosoftTeams first)
    Save 'Get-CsOnlineUser' { Get-CsOnlineUser -Identity $User | Select-Object UserPrincipalName, TeamsUpgradeEffectiveMode, TeamsUpgradePolicy, TeamsAppSetupPolicy }
    Save 'Get-CsTeamsAppSetupPolicy' { Get-CsTeamsAppSetupPolicy }
    Save 'Get-CsTeamsUpgradePolicy' { Get-CsTeamsUpgradePolicy }
    #endregion
}

# Whom and what this collection is for, and when: ted diagnose reads it like any facts file, so the folder or the zip
# needs no --symptom, --user or --delegate. YAML single-quoted strings escape a quote by doubling it.
function YamlText([string] $Value) { if ($Value) { "'" + ($Value -replace "'", "''") + "'" } else { 'null' } }
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
Write-Host "Add Remote Connectivity Analyzer results as a facts file beside it (docs/facts-format.md, connectivityTests)."
