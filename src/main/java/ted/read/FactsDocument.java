package ted.read;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import ted.facts.AppAccount;
import ted.facts.AuthConfig;
import ted.facts.AuthServer;
import ted.facts.IntraOrganizationConnector;
import ted.facts.ExchangeCertificate;
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
import ted.facts.PartnerApplication;
import ted.facts.RestApiProbe;
import ted.facts.ServerCoverage;
import ted.facts.TeamsAppSetupPolicy;
import ted.facts.TeamsUpgradePolicy;
import ted.facts.TeamsUser;
import ted.facts.WebServicesVirtualDirectory;

/**
 * The facts file, section by section (docs/facts-format.md documents each one). A section that is absent was
 * not collected; a section present but empty was collected and held nothing.
 */
@com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL)
public record FactsDocument(
        @JsonProperty("case") CaseSection caseSection,
        List<ExchangeServer> exchangeServers,
        OrganizationConfig organizationConfig,
        List<CasMailbox> casMailboxes,
        List<Mailbox> mailboxes,
        List<MailboxFolderPermission> mailboxFolderPermissions,
        List<Group> groups,
        List<AutodiscoverResponse> autodiscover,
        List<WebServicesVirtualDirectory> webServicesVirtualDirectories,
        List<OAuthConnectivityResult> oauthConnectivity,
        List<PartnerApplication> partnerApplications,
        List<AuthServer> authServers,
        List<IntraOrganizationConnector> intraOrganizationConnectors,
        List<AppAccount> appAccounts,
        List<ManagementRoleAssignment> managementRoleAssignments,
        List<TeamsUser> teamsUsers,
        List<TeamsAppSetupPolicy> teamsAppSetupPolicies,
        TeamsUpgradePolicy teamsUpgradePolicy,
        List<ConnectivityTest> connectivityTests,
        List<RestApiProbe> restApiProbes,
        List<MailboxAutoReplyConfiguration> autoReplyConfigurations,
        AuthConfig authConfig,
        List<ExchangeCertificate> exchangeCertificates,
        ServerCoverage serverCoverage) {

    /** What is being diagnosed; command-line flags override each part. */
    @com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL)
    /** @param scope {@code organization} for an org-wide collection (collect-script --org), else absent */
    public record CaseSection(String symptom, String user, String delegate, String asOf, String scope) {
        public CaseSection(String symptom, String user, String delegate, String asOf) {
            this(symptom, user, delegate, asOf, null);
        }
    }
}
