    # Hybrid OAuth and the Teams partner application: the same in the one-case and the org-wide script.
    $apps = @()
    try {
        $apps = @(Get-PartnerApplication -ErrorAction Stop)
        Save 'Get-PartnerApplication' { $apps }
    } catch {
        Fail 'Get-PartnerApplication' $_
    }
    Save 'Get-AuthServer' { Get-AuthServer -ErrorAction Stop }
    Save 'Get-IntraOrganizationConnector' { Get-IntraOrganizationConnector -ErrorAction Stop }
    $linked = @($apps | Where-Object {
            $_.ApplicationIdentifier -in '7557eb47-c689-4224-abcf-aef9bd7573df', '00000004-0000-0ff1-ce00-000000000000' -and $_.LinkedAccount } |
        ForEach-Object { $_.LinkedAccount.ToString() })
    Save 'Get-MailUser' { $linked | ForEach-Object { Get-MailUser -Identity $_ -ErrorAction Stop } }
    Save 'Get-ManagementRoleAssignment' { $linked | ForEach-Object { Get-ManagementRoleAssignment -RoleAssignee $_ -ErrorAction Stop } }
    Save 'Get-AuthConfig' { Get-AuthConfig -ErrorAction Stop }
    Save 'Get-ExchangeCertificate' { Get-ExchangeCertificate -Thumbprint (Get-AuthConfig -ErrorAction Stop).CurrentCertificateThumbprint -ErrorAction Stop }