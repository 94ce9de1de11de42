package ted.read.exports;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import ted.facts.AppAccount;
import ted.facts.AuthConfig;
import ted.facts.AuthServer;
import ted.facts.IntraOrganizationConnector;
import ted.facts.AutodiscoverResponse;
import ted.facts.CasMailbox;
import ted.facts.ConnectivityTest;
import ted.facts.ExchangeServer;
import ted.facts.Group;
import ted.facts.Mailbox;
import ted.facts.MailboxAutoReplyConfiguration;
import ted.facts.MailboxFolderPermission;
import ted.facts.ManagementRoleAssignment;
import ted.facts.OAuthConnectivityResult;
import ted.facts.OrganizationConfig;
import ted.facts.PartialList;
import ted.facts.PartnerApplication;
import ted.facts.RestApiProbe;
import ted.facts.TeamsAppSetupPolicy;
import ted.facts.TeamsUpgradePolicy;
import ted.facts.TeamsUser;
import ted.facts.WebServicesVirtualDirectory;
import ted.read.ps.PsObject;
import ted.read.ps.Truncated;

/**
 * Every export TED reads, in the order content recognition tries them (most specific first). Property names are
 * the cmdlets' own; what each property means is decided by the rules, not here.
 */
final class Cmdlets {
    /** Exchange's EwsApplicationAccessPolicy enum as ConvertTo-Json numbers it (assumed order; the output says so). */
    static final Map<Long, String> EWS_POLICY = Map.of(0L, "EnforceAllowList", 1L, "EnforceBlockList");
    static final Map<Long, String> AUTO_REPLY_STATE = Map.of(0L, "Disabled", 1L, "Enabled", 2L, "Scheduled");
    static final Map<Long, String> RECIPIENT_TYPE_DETAILS = Map.of(1L, "UserMailbox", 2L, "LinkedMailbox", 4L, "SharedMailbox",
            16L, "RoomMailbox", 32L, "EquipmentMailbox", 128L, "MailUser", 2147483648L, "RemoteUserMailbox",
            8589934592L, "RemoteRoomMailbox", 17179869184L, "RemoteEquipmentMailbox", 34359738368L, "RemoteSharedMailbox");

    /** SharingPermissionFlags prints as "Delegate, CanViewPrivateItems" (a flags enum), or as a list. */
    static List<String> sharingFlags(Values v) {
        // A flags enum, not a list: read as its text ("Delegate, CanViewPrivateItems", or the number in 5.1's JSON).
        String text = v.text("SharingPermissionFlags");
        if (text == null) {
            return null;
        }
        List<String> flags = List.of(text.split(";"));
        List<String> out = new java.util.ArrayList<>();
        for (String f : flags) {
            if (f.strip().matches("\\d{1,18}")) {
                // Windows PowerShell 5.1's ConvertTo-Json writes the flags enum as its number: Delegate = 1, CanViewPrivateItems = 2.
                long n = Long.parseLong(f.strip());
                if ((n & 1) != 0) {
                    out.add("Delegate");
                }
                if ((n & 2) != 0) {
                    out.add("CanViewPrivateItems");
                }
                continue;
            }
            java.util.Arrays.stream(f.split(",")).map(String::strip).filter(x -> !x.isEmpty()).forEach(out::add);
        }
        return out;
    }

    static final List<Cmdlet> ALL = List.of(
            new Cmdlet("Get-MailboxFolderPermission", "mailboxFolderPermissions",
                    List.of("Microsoft.Exchange.Management.StoreTasks.MailboxFolderPermission"),
                    List.of("FolderName", "User", "AccessRights"),
                    v -> new MailboxFolderPermission(v.ref("Identity"), v.text("FolderName"), v.ref("User"), accessRights(v),
                            sharingFlags(v))),
            new Cmdlet("Get-MailboxAutoReplyConfiguration", "autoReplyConfigurations",
                    List.of("Microsoft.Exchange.InfoWorker.Common.OOF.MailboxAutoReplyConfiguration"),
                    List.of("AutoReplyState"),
                    v -> new MailboxAutoReplyConfiguration(Optional.ofNullable(v.ref("Identity")).orElse(v.ref("MailboxOwnerId")),
                            v.enumName("AutoReplyState", AUTO_REPLY_STATE), v.moment("StartTime"), v.moment("EndTime"))),
            new Cmdlet("Test-OAuthConnectivity", "oauthConnectivity",
                    List.of("Microsoft.Exchange.Security.OAuth.ValidationResultNode"),
                    List.of("Task", "ResultType"),
                    v -> new OAuthConnectivityResult(v.text("Task"), v.text("ResultType"), v.text("Detail"), v.ref("Mailbox"))),
            new Cmdlet("Get-PartnerApplication", "partnerApplications",
                    List.of("Microsoft.Exchange.Data.Directory.SystemConfiguration.PartnerApplication"),
                    List.of("ApplicationIdentifier", "LinkedAccount"),
                    v -> new PartnerApplication(v.text("Name"), v.text("ApplicationIdentifier"), v.bool("Enabled"), v.ref("LinkedAccount"))),
            new Cmdlet("Get-AuthServer", "authServers",
                    List.of("Microsoft.Exchange.Data.Directory.SystemConfiguration.AuthServer"),
                    List.of("IssuerIdentifier", "TokenIssuingEndpoint"),
                    v -> new AuthServer(v.text("Name"), v.text("Type"), v.text("IssuerIdentifier"), v.text("TokenIssuingEndpoint"),
                            v.text("AuthMetadataUrl"), v.bool("Enabled"))),
            new Cmdlet("Get-IntraOrganizationConnector", "intraOrganizationConnectors",
                    List.of("Microsoft.Exchange.Data.Directory.SystemConfiguration.IntraOrganizationConnector"),
                    List.of("TargetAddressDomains", "DiscoveryEndpoint"),
                    v -> new IntraOrganizationConnector(v.text("Name"), v.list("TargetAddressDomains"), v.text("DiscoveryEndpoint"),
                            v.bool("Enabled"))),
            new Cmdlet("Get-AuthConfig", "authConfig",
                    List.of("Microsoft.Exchange.Data.Directory.SystemConfiguration.AuthConfig"),
                    List.of("CurrentCertificateThumbprint"),
                    v -> new AuthConfig(v.text("CurrentCertificateThumbprint"), v.text("PreviousCertificateThumbprint"),
                            v.text("NextCertificateThumbprint"), v.text("NextCertificateEffectiveDate"))),
            new Cmdlet("Get-ExchangeCertificate", "exchangeCertificates",
                    List.of("Microsoft.Exchange.Management.SystemConfigurationTasks.ExchangeCertificate",
                            "System.Security.Cryptography.X509Certificates.X509Certificate2"),
                    List.of("Thumbprint", "NotAfter"),
                    Certificates::fromExport),
            new Cmdlet("Get-ManagementRoleAssignment", "managementRoleAssignments",
                    List.of("Microsoft.Exchange.Management.RbacTasks.ExchangeRoleAssignmentPresentation"),
                    List.of("Role", "RoleAssignee"),
                    v -> new ManagementRoleAssignment(v.text("Name"), v.text("Role"),
                            Optional.ofNullable(v.ref("RoleAssignee")).orElse(v.ref("RoleAssigneeName")), v.bool("Enabled"))),
            new Cmdlet("Get-CsTeamsAppSetupPolicy", "teamsAppSetupPolicies", List.of(), List.of("PinnedAppBarApps"),
                    Cmdlets::appSetupPolicy),
            new Cmdlet("Get-CsTeamsUpgradePolicy", "teamsUpgradePolicy", List.of(), List.of("Identity", "Mode", "NotifySfbUsers"),
                    v -> isGlobal(v.text("Identity")) ? new TeamsUpgradePolicy("Global", v.text("Mode")) : null),
            new Cmdlet("Get-CsOnlineUser", "teamsUsers", List.of(), List.of("UserPrincipalName", "TeamsUpgradeEffectiveMode"),
                    v -> new TeamsUser(v.ref("UserPrincipalName"), v.text("TeamsUpgradeEffectiveMode"), v.text("TeamsUpgradePolicy"),
                            v.text("TeamsAppSetupPolicy"))),
            new Cmdlet("Get-WebServicesVirtualDirectory", "webServicesVirtualDirectories",
                    List.of("Microsoft.Exchange.Data.Directory.SystemConfiguration.ADWebServicesVirtualDirectory"),
                    List.of("InternalUrl", "ExternalUrl", "MRSProxyEnabled"),
                    v -> new WebServicesVirtualDirectory(v.text("Server"), v.text("Identity"), v.text("InternalUrl"), v.text("ExternalUrl"))),
            new Cmdlet("ExSetup", "exSetup", List.of("System.Diagnostics.FileVersionInfo"), List.of("FileVersion", "FileName"),
                    v -> new ExSetupFile(v.text("PSComputerName"), v.build("FileVersion"), null), Cmdlets::notExSetup),
            new Cmdlet("Get-ExchangeServer", "exchangeServers",
                    List.of("Microsoft.Exchange.Data.Directory.Management.ExchangeServer"),
                    List.of("AdminDisplayVersion", "ServerRole", "Fqdn"),
                    v -> new ExchangeServer(v.text("Name"), v.text("Fqdn"), v.build("AdminDisplayVersion"), null, v.text("Site"))),
            new Cmdlet("Get-CASMailbox", "casMailboxes",
                    List.of("Microsoft.Exchange.Data.Directory.Management.CASMailbox"),
                    List.of("EwsEnabled", "OWAEnabled"),
                    v -> new CasMailbox(v.ref("Identity"), v.text("PrimarySmtpAddress"), v.bool("EwsEnabled"),
                            v.enumName("EwsApplicationAccessPolicy", EWS_POLICY), v.list("EwsAllowList"), v.list("EwsBlockList"),
                            v.bool("EwsAllowOutlook"), v.bool("EwsAllowMacOutlook"), v.bool("EwsAllowEntourage"))),
            new Cmdlet("Get-OrganizationConfig", "organizationConfig",
                    List.of("Microsoft.Exchange.Data.Directory.Management.OrganizationConfig"),
                    List.of("EwsApplicationAccessPolicy", "MailTipsAllTipsEnabled"),
                    v -> new OrganizationConfig(v.bool("EwsEnabled"), v.enumName("EwsApplicationAccessPolicy", EWS_POLICY),
                            v.list("EwsAllowList"), v.list("EwsBlockList"), v.bool("EwsAllowOutlook"), v.bool("EwsAllowMacOutlook"),
                            v.bool("EwsAllowEntourage"))),
            new Cmdlet("Get-RemoteMailbox", "mailboxes",
                    List.of("Microsoft.Exchange.Data.Directory.Management.RemoteMailbox"),
                    List.of("RemoteRoutingAddress"), Cmdlets::mailbox),
            new Cmdlet("Get-Mailbox", "mailboxes",
                    List.of("Microsoft.Exchange.Data.Directory.Management.Mailbox"),
                    List.of("GrantSendOnBehalfTo", "RecipientTypeDetails"), Cmdlets::mailbox),
            new Cmdlet("Get-MailUser", "appAccounts",
                    List.of("Microsoft.Exchange.Data.Directory.Management.MailUser"),
                    List.of("HiddenFromAddressListsEnabled", "ExternalEmailAddress"), Cmdlets::appAccount),
            new Cmdlet("Get-User", "appAccounts",
                    List.of("Microsoft.Exchange.Data.Directory.Management.User"),
                    List.of("UserAccountControl", "RecipientTypeDetails"), Cmdlets::appAccount),
            new Cmdlet("Get-Group", "groups",
                    List.of("Microsoft.Exchange.Data.Directory.Management.WindowsGroup"),
                    List.of("Members", "SamAccountName", "RecipientTypeDetails"),
                    v -> new Group(v.ref("Identity"), v.text("Name"), v.text("DisplayName"), v.text("DistinguishedName"),
                            v.text("WindowsEmailAddress"), v.enumName("RecipientTypeDetails", RECIPIENT_TYPE_DETAILS), v.refs("Members"))),
            new Cmdlet("Get-Recipient", "mailboxes",
                    List.of("Microsoft.Exchange.Data.Directory.Management.ReducedRecipient"),
                    List.of("RecipientType", "RecipientTypeDetails", "PrimarySmtpAddress"), Cmdlets::mailbox),
            new Cmdlet("Autodiscover", "autodiscover", List.of(), List.of("Protocol", "Url"),
                    v -> new AutodiscoverResponse(v.ref("EmailAddress"), v.text("Protocol"), v.text("Url"), v.text("Error"),
                            v.integer("StatusCode"), v.text("TransportError"), v.text("RunFrom"))),
            new Cmdlet("RestApiProbe", "restApiProbes", List.of(), List.of("Url", "StatusCode"),
                    v -> new RestApiProbe(v.text("Url"), v.integer("StatusCode"), v.text("Error"), v.text("RunFrom"), v.text("TransportError"))),
            new Cmdlet("CollectionErrors", "collectionErrors", List.of(), List.of("Cmdlet", "Error"),
                    v -> new ted.facts.CollectionFailure(v.text("Cmdlet"), v.text("Identity"), v.text("Error"), v.text("Category"),
                            v.integer("Count"), v.text("Note"), null)),
            new Cmdlet("ConnectivityTest", "connectivityTests", List.of(), List.of("Test", "Result"),
                    v -> new ConnectivityTest(v.text("Test"), v.ref("Mailbox"), v.text("Direction"), v.text("Result"), v.text("Detail"))));

    private Cmdlets() {
    }

    /**
     * The cmdlet a file name names: exactly its name, with or without hyphens ({@code Get-ExchangeServer.xml},
     * {@code GetExchangeServer.xml}), optionally followed by digits or by a separator and any suffix
     * ({@code ExSetup1.xml}, {@code Get-CASMailbox-EX01.xml}, {@code Autodiscover_jane.doe@contoso.com.json}). A name
     * that merely starts with a cmdlet's ({@code GetExchangeServerADInformation.xml}, {@code GetMailboxServer.xml}) names
     * none, so its objects are recognised by their content.
     */
    static Optional<Cmdlet> byFileName(String fileName) {
        String stem = fileName.replaceFirst("\\.[^.]*$", "");
        return ALL.stream().filter(c -> c.fileNamePattern().matcher(stem).matches()).findFirst();
    }

    /**
     * The cmdlet an object's CliXml type names point at; properties decide only for objects that carry no specific
     * type (JSON, Format-List, PSCustomObject): a DynamicDistributionGroup has GrantSendOnBehalfTo too, and is no
     * mailbox.
     */
    static Optional<Cmdlet> byContent(PsObject obj) {
        Optional<Cmdlet> byType = ALL.stream().filter(c -> c.matchesType(obj)).findFirst();
        if (byType.isPresent() || Cmdlet.hasSpecificType(obj)) {
            return byType;
        }
        return ALL.stream().filter(c -> c.matchesProperties(obj)).findFirst();
    }

    static Optional<Cmdlet> named(String name) {
        return ALL.stream().filter(c -> c.name().equalsIgnoreCase(name)).findFirst();
    }

    /**
     * Every file's FileVersionInfo has the same type and properties: HealthChecker saves those of IIS modules
     * ({@code IIS/GetVersionInformationCachTokn.xml}, cachtokn.dll) beside ExSetup's. Only ExSetup.exe's says which
     * Exchange build a server runs; taking another file's would judge the server by a Windows build number.
     */
    static String notExSetup(PsObject obj) {
        for (String property : List.of("OriginalFilename", "FileName", "InternalName")) {
            Object value = obj.get(property);
            String text = value == null ? null : Values.plain(value);
            if (text != null && !text.isBlank()) {
                String file = text.strip().replaceFirst("^.*[\\\\/]", "");
                return file.equalsIgnoreCase("ExSetup.exe") ? null : "the file version of " + file + ", not of ExSetup.exe";
            }
        }
        return null;
    }

    private static boolean isGlobal(String identity) {
        return identity != null && identity.replaceFirst("(?i)^Tag:", "").equalsIgnoreCase("Global");
    }

    /**
     * Folder roles are flag combinations that ConvertTo-Json in Windows PowerShell 5.1 writes as numbers; TED does not
     * guess them back into role names, so such a value is left unknown (null) and the output says how to re-export.
     */
    private static List<String> accessRights(Values v) {
        List<String> rights = v.list("AccessRights");
        if (rights != null && rights.stream().anyMatch(r -> r.matches("\\d+"))) {
            v.note("AccessRights was written as numbers " + rights + ", which TED does not map to roles; it is treated as "
                    + "unknown (export with Export-Clixml, or ConvertTo-Json -EnumsAsStrings in PowerShell 7)");
            return null;
        }
        if (rights != null) {
            MailboxFolderPermission.unknownRights(rights).forEach(r -> v.note(MailboxFolderPermission.notARole(r)));
        }
        return rights;
    }

    private static Mailbox mailbox(Values v) {
        return new Mailbox(v.text("UserPrincipalName"), v.text("PrimarySmtpAddress"), v.text("Alias"), v.text("DisplayName"),
                v.ref("Identity"), v.text("DistinguishedName"), v.enumName("RecipientTypeDetails", RECIPIENT_TYPE_DETAILS),
                v.text("ServerName"), v.has("GrantSendOnBehalfTo") ? v.refs("GrantSendOnBehalfTo") : null);
    }

    private static AppAccount appAccount(Values v) {
        return new AppAccount(v.ref("Identity"), v.text("Name"), v.text("DistinguishedName"), v.bool("HiddenFromAddressListsEnabled"),
                v.enumName("RecipientTypeDetails", RECIPIENT_TYPE_DETAILS));
    }

    private static TeamsAppSetupPolicy appSetupPolicy(Values v) {
        Object raw = v.raw("PinnedAppBarApps");
        List<TeamsAppSetupPolicy.PinnedApp> apps = null;
        boolean cut = false;
        if (raw instanceof Truncated t) {
            v.note("PinnedAppBarApps was cut short by " + t.how() + "; only the visible apps count (" + t.remedy() + ")");
            raw = t.visible();
            cut = true;
        }
        if (raw instanceof List<?> items) {
            apps = new ArrayList<>();
            for (Object item : items) {
                if (item instanceof PsObject app) {
                    Object order = app.get("Order");
                    apps.add(new TeamsAppSetupPolicy.PinnedApp(Values.plain(app.get("Id")),
                            order instanceof Number n ? n.intValue() : null));
                } else if (item != null) {
                    apps.add(TeamsAppSetupPolicy.PinnedApp.parse(String.valueOf(item)));
                }
            }
        } else if (raw != null) {
            apps = new ArrayList<>(List.of(TeamsAppSetupPolicy.PinnedApp.parse(String.valueOf(raw))));
        }
        return new TeamsAppSetupPolicy(v.text("Identity"), cut && apps != null ? new PartialList<>(apps) : apps);
    }
}
