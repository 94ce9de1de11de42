    # ExSetup's file version per server, with the server's name (PSComputerName), as HealthChecker reads it: every
    # server in one Invoke-Command, so they answer together, each given 15 seconds to open a session (the default is
    # three minutes). ExSetup.exe is found through ExchangeInstallPath, which Exchange setup sets on every server.
    $versions = New-Object System.Collections.Generic.List[object]
    try {
        $servers = @(Get-ExchangeServer -ErrorAction Stop)
        $fqdns = @($servers | ForEach-Object { "$($_.Fqdn)" })
        $remoteErrors = @()
        $quick = New-PSSessionOption -OpenTimeout 15000 -OperationTimeout 60000
        $reached = @(Invoke-Command -ComputerName $fqdns -SessionOption $quick -ErrorAction SilentlyContinue -ErrorVariable remoteErrors -ScriptBlock {
            (Get-Item -LiteralPath (Join-Path $env:ExchangeInstallPath 'bin\ExSetup.exe') -ErrorAction Stop).VersionInfo
        })
        foreach ($version in $reached) { $versions.Add($version) }
        $answered = @($reached | ForEach-Object { "$($_.PSComputerName)" })
        foreach ($server in $servers) {
            if ($answered -contains "$($server.Fqdn)") { continue }
            if ("$($server.Name)" -eq $env:COMPUTERNAME) {
                # This server need not be asked over remoting: read its own file.
                try {
                    $local = (Get-Item -LiteralPath (Join-Path $env:ExchangeInstallPath 'bin\ExSetup.exe') -ErrorAction Stop).VersionInfo
                    $versions.Add([pscustomobject]@{ PSComputerName = $env:COMPUTERNAME; FileName = $local.FileName; FileVersion = $local.FileVersion })
                    continue
                } catch {
                    Fail 'ExSetup' "$($server.Name)" $_
                    continue
                }
            }
            $why = @($remoteErrors | Where-Object { "$($_.TargetObject)" -eq "$($server.Fqdn)" -or "$_" -like "*$($server.Fqdn)*" } | Select-Object -First 1)
            if ($why.Count -gt 0) { Fail 'ExSetup' "$($server.Name)" $why[0] } else { Fail 'ExSetup' "$($server.Name)" 'no answer over PowerShell remoting' }
        }
    } catch {
        Fail 'ExSetup' '' $_
    }
    Save 'ExSetup' { $versions }

    # Hybrid OAuth and the Teams partner application: the same in the one-case and the org-wide script.
    $apps = @()
    try {
        $apps = @(Get-PartnerApplication -ErrorAction Stop)
        Save 'Get-PartnerApplication' { $apps }
    } catch {
        Fail 'Get-PartnerApplication' '' $_
    }
    Save 'Get-AuthServer' { Get-AuthServer -ErrorAction Stop }
    Save 'Get-IntraOrganizationConnector' { Get-IntraOrganizationConnector -ErrorAction Stop }
    $linked = @($apps | Where-Object {
            @('7557eb47-c689-4224-abcf-aef9bd7573df', '00000004-0000-0ff1-ce00-000000000000') -contains "$($_.ApplicationIdentifier)" -and $_.LinkedAccount } |
        ForEach-Object { $_.LinkedAccount.ToString() })
    SaveEach 'Get-MailUser' $linked { param($Id) Get-MailUser -Identity $Id -ErrorAction Stop }
    SaveEach 'Get-ManagementRoleAssignment' $linked { param($Id) Get-ManagementRoleAssignment -RoleAssignee $Id -ErrorAction Stop }
    Save 'Get-AuthConfig' { Get-AuthConfig -ErrorAction Stop }
    Save 'Get-ExchangeCertificate' { Get-ExchangeCertificate -Thumbprint (Get-AuthConfig -ErrorAction Stop).CurrentCertificateThumbprint -ErrorAction Stop }
