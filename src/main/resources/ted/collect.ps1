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
    Part 3 (-Part Probe): no cmdlets, no rights; Internet access: HTTPS (TLS 1.2, which the script enables for the
      session) to outlook.office365.com for Autodiscover V2, to the on-premises Autodiscover it redirects to, and to
      the EWS host it names (/api), through this user's proxy settings.
  A part whose cmdlets are not loaded in this shell is skipped with one note. Run all parts (the default) where they
  are available, or each where it can and copy the folders into one: each part writes its own
  CollectionErrors-<Part>.json and case-<Part>.yaml, so nothing is overwritten, and `ted diagnose` reads them
  together.

  Where the probes run: from inside your network by default (-RunFrom inside), where they show what this machine sees,
  not what Teams sees from the internet, and TED says so (unknown, with the command to run from outside). To see what
  Teams sees, run the probe part again on a machine outside the corporate network (no VPN), in Windows PowerShell 5.1
  or PowerShell 7, with no Exchange cmdlets needed:
      .\collect.ps1 -Part Probe -RunFrom outside
  and copy its folder's files into this one (they are named Autodiscover-outside.json, RestApiProbe-outside.json,
  CollectionErrors-Probe-outside.json and case-Probe-outside.yaml, so nothing is overwritten).
  What a probe records: every request is sent with -MaximumRedirection 0, so a redirect is recorded, not followed: its
  StatusCode and Location. Autodiscover V2 answers an on-premises mailbox with a 302 to the on-premises Autodiscover;
  the script follows that chain itself, at most 5 redirects (RedirectCount=5), records each one in Hops, and takes
  Protocol and Url from the last answer. The /api probe records its first answer (StatusCode, Location for a redirect,
  WwwAuthenticate for a 401). A request that got no HTTP answer at all (TLS, proxy, DNS, timeout) is recorded in
  TransportError, apart from Error, which is an HTTP answer's error; TED reads neither as a verdict on Exchange.

  The files hold personal data (names, addresses, calendar permissions): keep them as you keep other tickets' data.

  If the execution policy blocks a downloaded script: Unblock-File .\collect.ps1, or run it for this session only with
  powershell.exe -ExecutionPolicy Bypass -File .\collect.ps1

  Results go to a folder and a .zip beside it, with case-<Part>.yaml saying whom they are for, and
  CollectionErrors-<Part>.json naming every cmdlet that failed, for which identity and why (TED reports them); hand
  either to `ted diagnose ted-export-....zip` (flags still override the case file).

  -Format Clixml (default) keeps everything, typed; -Format Json writes ConvertTo-Json -Depth 5 instead, with every
  date property as ISO 8601 (DateTime's 'o' format), whatever this server's culture. The case file's asOf is 'o' too.
#>
param(
    [ValidateSet('All', 'Exchange', 'Teams', 'Probe')] [string] $Part = 'All',
    [ValidateSet('inside', 'outside')] [string] $RunFrom = 'inside',
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
# The probe part run from outside writes its files under its own name, so its folder copies into the inside one.
$ProbePart = if ($RunFrom -eq 'outside') { 'Probe-outside' } else { 'Probe' }
$Requested = if ($Part -eq 'All') { @('Exchange', 'Teams', $ProbePart) } elseif ($Part -eq 'Probe') { @($ProbePart) } else { @($Part) }
$Ran = @()

{{FUNCTIONS}}
# One GET, redirects recorded and not followed (-MaximumRedirection 0), as an object with StatusCode, Location,
# WwwAuthenticate, Content, Error (an HTTP answer's error) and TransportError (no HTTP answer at all). Windows
# PowerShell returns a 3xx answer beside a MaximumRedirectExceeded error (silenced by -ErrorAction SilentlyContinue)
# and throws a WebException with a Response for 4xx and 5xx; PowerShell 7 returns every answer with
# -SkipHttpErrorCheck. An exception without a Response never reached HTTP: TLS, proxy, DNS or a timeout.
function WebAnswer([string] $Uri) {
    $answer = [pscustomobject]@{ Url = $Uri; StatusCode = $null; Location = $null; WwwAuthenticate = $null; Content = $null; Error = $null; TransportError = $null }
    try {
        if ($PSVersionTable.PSVersion.Major -ge 7) {
            $response = Invoke-WebRequest -Uri $Uri -UseBasicParsing -UserAgent Teams -MaximumRedirection 0 -TimeoutSec 30 -SkipHttpErrorCheck -ErrorAction SilentlyContinue
        } else {
            $response = Invoke-WebRequest -Uri $Uri -UseBasicParsing -UserAgent Teams -MaximumRedirection 0 -TimeoutSec 30 -ErrorAction SilentlyContinue
        }
        if ($response) {
            $answer.StatusCode = [int] $response.StatusCode
            if ($answer.StatusCode -ge 400) { $answer.Error = "HTTP $($answer.StatusCode) $($response.StatusDescription)" }
            $answer.Location = HeaderText $response.Headers 'Location'
            $answer.WwwAuthenticate = HeaderText $response.Headers 'WWW-Authenticate'
            $answer.Content = "$($response.Content)"
        } else {
            $answer.TransportError = 'no answer'
        }
    } catch {
        $http = $_.Exception.Response
        if ($http) {
            $answer.StatusCode = [int] $http.StatusCode
            $answer.Location = HeaderText $http.Headers 'Location'
            $answer.WwwAuthenticate = HeaderText $http.Headers 'WWW-Authenticate'
            $answer.Error = $_.Exception.Message
        } elseif ("$($_.FullyQualifiedErrorId)" -like 'InsecureRedirection*') {
            # PowerShell 7.4 refuses a redirect from https to http before -SkipHttpErrorCheck: an HTTP answer all the same.
            $answer.Error = $_.Exception.Message
        } else {
            $answer.TransportError = $_.Exception.Message
            if ($_.Exception.InnerException) { $answer.TransportError += ' (' + $_.Exception.InnerException.Message + ')' }
        }
    }
    $answer
}

# A response header as text: Windows PowerShell gives a string, PowerShell 7 a list of strings.
function HeaderText($Headers, [string] $Name) {
    try {
        $value = $Headers[$Name]
    } catch {
        $value = $null
    }
    if ($value) { (@($value) | ForEach-Object { "$_" }) -join ', ' } else { $null }
}

# The Autodiscover V2 answer for one address, asked as Teams asks it. Exchange Online answers an on-premises mailbox
# with a 302 to the on-premises Autodiscover: the chain is followed here, one recorded request at a time, at most 5
# redirects (RedirectCount=5), and Protocol and Url come from the last answer's JSON.
function AutodiscoverAnswer([string] $Address) {
    $uri = 'https://outlook.office365.com/autodiscover/autodiscover.json?Email=' + [uri]::EscapeDataString($Address) + '&Protocol=EWS&RedirectCount=5'
    $hops = @()
    do {
        $answer = WebAnswer $uri
        $hops += [pscustomobject]@{ Url = $answer.Url; StatusCode = $answer.StatusCode; Location = $answer.Location }
        $redirected = $answer.Location -and $answer.StatusCode -ge 300 -and $answer.StatusCode -lt 400
        if ($redirected) { $uri = (New-Object System.Uri -ArgumentList ([uri] $uri), $answer.Location).AbsoluteUri }
    } while ($redirected -and $hops.Count -le 5)
    $json = $null
    if ($answer.StatusCode -eq 200) {
        try { $json = ConvertFrom-Json -InputObject $answer.Content } catch { $json = $null }
    }
    $problem = $null
    if ($answer.TransportError) {
        $problem = $null
    } elseif ($redirected) {
        $problem = 'more than 5 redirects; the last went to ' + $answer.Location
    } elseif ($answer.Error) {
        $problem = $answer.Error
    } elseif (-not ($json -and $json.Url)) {
        $body = "$($answer.Content)"
        if ($body.Length -gt 300) { $body = $body.Substring(0, 300) }
        $problem = "HTTP $($answer.StatusCode) without a Url: $body"
    }
    $protocol = $null
    $url = $null
    if ($json) {
        $protocol = $json.Protocol
        $url = $json.Url
    }
    [pscustomobject]@{ EmailAddress = $Address; Protocol = $protocol; Url = $url; StatusCode = $answer.StatusCode; Error = $problem
        TransportError = $answer.TransportError; RunFrom = $RunFrom; Hops = $hops }
}
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
    SaveEach 'Get-RemoteMailbox' $Addresses { param($Id) try { Get-RemoteMailbox -Identity $Id -ErrorAction Stop } catch { if (-not (IsNotFound $_)) { throw } } }
    SaveEach 'Get-Recipient' $Addresses { param($Id) Get-Recipient -Identity $Id -ErrorAction Stop }
    $permissions = @()
    try {
        # The calendar's name is localized; find it by its type.
        $calendar = Get-MailboxFolderStatistics -Identity $User -FolderScope Calendar -ErrorAction Stop |
            Where-Object { $_.FolderType -eq 'Calendar' } | Select-Object -First 1
        # Without it the identity would be the mailbox's root, whose permissions are not the calendar's.
        if (-not $calendar) { throw 'no folder of type Calendar was found in the mailbox' }
        $permissions = @(Get-MailboxFolderPermission -Identity ($User + ':' + ($calendar.FolderPath -replace '/', '\')) -ErrorAction Stop)
        Save 'Get-MailboxFolderPermission' { $permissions }
    } catch {
        Fail 'Get-MailboxFolderPermission' $User $_
    }
    # An entry may name a group: its members decide whether the delegate gets the rights. A name that is no group
    # is expected here, so it is not a failure.
    $named = @($permissions | ForEach-Object { $_.User.ToString() } | Where-Object { @('Default', 'Anonymous') -notcontains $_ })
    SaveEach 'Get-Group' $named { param($Id) try { Get-Group -Identity $Id -ErrorAction Stop } catch { if (-not (IsNotFound $_)) { throw } } }
    Save 'Get-MailboxAutoReplyConfiguration' { Get-MailboxAutoReplyConfiguration -Identity $User -ErrorAction Stop }
    Save 'Get-WebServicesVirtualDirectory' { Get-WebServicesVirtualDirectory -ADPropertiesOnly -ErrorAction Stop }
    Save 'Test-OAuthConnectivity' { Test-OAuthConnectivity -Service EWS -TargetUri 'https://outlook.office365.com/ews/exchange.asmx' -Mailbox $User -ErrorAction Stop }
{{ORGANISATION}}
    #endregion
}

if ($Requested -contains 'Teams' -and (HasCmdlets 'Teams' 'Get-CsOnlineUser' 'Import the MicrosoftTeams module and run Connect-MicrosoftTeams first.' { Get-CsTenant -ErrorAction Stop })) {
    #region Part 2: Microsoft Teams PowerShell (Connect-MicrosoftTeams first)
    $CurrentPart = 'Teams'
    $Ran += 'Teams'
    SaveEach 'Get-CsOnlineUser' @($User) { param($Id) Get-CsOnlineUser -Identity $Id -ErrorAction Stop | Select-Object UserPrincipalName, TeamsUpgradeEffectiveMode, TeamsUpgradePolicy, TeamsAppSetupPolicy }
    Save 'Get-CsTeamsAppSetupPolicy' { Get-CsTeamsAppSetupPolicy -ErrorAction Stop }
    Save 'Get-CsTeamsUpgradePolicy' { Get-CsTeamsUpgradePolicy -ErrorAction Stop }
    #endregion
}

if ($Requested -contains $ProbePart) {
    #region Part 3: web probes, from inside (the default) or from outside (-RunFrom outside); no cmdlets needed
    $CurrentPart = $ProbePart
    $Ran += $ProbePart
    # outlook.office365.com accepts TLS 1.2 only; Windows PowerShell 4 and 5.1 on older .NET offer TLS 1.0 by default.
    try {
        [Net.ServicePointManager]::SecurityProtocol = [Net.ServicePointManager]::SecurityProtocol -bor [Net.SecurityProtocolType]::Tls12
    } catch {
        Fail 'TLS 1.2' '' $_
    }
    # Autodiscover V2 answers do not say which address they answer for, so keep the address beside each.
    $answers = @(foreach ($address in $Addresses) { AutodiscoverAnswer $address })
    try {
        WriteWhole (Join-Path $OutDir "Autodiscover-$RunFrom.json") { param($To) ConvertTo-Json -InputObject $answers -Depth 4 | Set-Content -Encoding UTF8 -LiteralPath $To }
        Write-Host "saved Autodiscover-$RunFrom ($($answers.Count) objects)"
    } catch {
        Fail 'Autodiscover' '' $_
    }

    # The REST endpoint presence uses must answer an unauthenticated request with 401. From inside the network this
    # only shows what the server says; run the probe part from outside to see what Teams sees.
    $ews = @($answers | Where-Object { $_.Url } | Select-Object -First 1).Url
    if ($ews) {
        try {
            $api = ([uri] $ews).GetLeftPart('Authority') + '/api'
            $answer = WebAnswer $api
            $probe = [pscustomobject]@{ Url = $api; StatusCode = $answer.StatusCode; Location = $answer.Location; WwwAuthenticate = $answer.WwwAuthenticate
                Error = $answer.Error; TransportError = $answer.TransportError; RunFrom = $RunFrom }
            WriteWhole (Join-Path $OutDir "RestApiProbe-$RunFrom.json") { param($To) $probe | ConvertTo-Json | Set-Content -Encoding UTF8 -LiteralPath $To }
            Write-Host "saved RestApiProbe-$RunFrom"
        } catch {
            Fail 'RestApiProbe' '' $_
        }
    } else {
        Fail 'RestApiProbe' '' 'not probed: no Autodiscover V2 answer named an EWS URL, whose host /api is on'
    }
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
if ($Ran -contains 'Probe') {
    Write-Host "The probes ran from inside the network. To see what Teams sees, run on a machine outside it: .\collect.ps1 -Part Probe -RunFrom outside"
}
Write-Host "Add Remote Connectivity Analyzer results as a facts file beside it (docs/facts-format.md, connectivityTests)."
