package ted.redact;

import java.lang.reflect.RecordComponent;
import java.util.Collection;
import java.util.Map;
import java.util.Set;
import ted.facts.Case;
import ted.facts.Ref;

/**
 * Which properties of which facts identify someone or something, as data (one row per fact type), so a new fact type
 * is one new row. {@link #learn} walks the facts a diagnosis read and teaches the {@link Redactor} their names before
 * any text is redacted: one person then keeps one number whichever name a check happens to print.
 */
public final class FactIdentifiers {
    /** How a property's value is learned. */
    enum As { PERSON, SERVER, DOMAIN, POLICY, APPLICATION, TEXT }

    static final Map<String, Map<String, As>> FIELDS = Map.ofEntries(
            Map.entry("Mailbox", Map.of("Identity", As.PERSON, "GrantSendOnBehalfTo", As.PERSON, "ServerName", As.SERVER,
                    "UserPrincipalName", As.PERSON, "PrimarySmtpAddress", As.PERSON, "Alias", As.PERSON,
                    "DisplayName", As.PERSON, "DistinguishedName", As.TEXT)),
            Map.entry("CasMailbox", Map.of("Identity", As.PERSON, "PrimarySmtpAddress", As.PERSON)),
            Map.entry("MailboxFolderPermission", Map.of("Identity", As.TEXT, "User", As.PERSON)),
            Map.entry("MailboxAutoReplyConfiguration", Map.of("Identity", As.PERSON)),
            Map.entry("Group", Map.of("Identity", As.PERSON, "Name", As.PERSON, "DisplayName", As.PERSON,
                    "DistinguishedName", As.TEXT, "WindowsEmailAddress", As.PERSON, "Members", As.PERSON)),
            Map.entry("TeamsUser", Map.of("UserPrincipalName", As.PERSON, "TeamsAppSetupPolicy", As.POLICY,
                    "TeamsUpgradePolicy", As.POLICY)),
            Map.entry("TeamsAppSetupPolicy", Map.of("Identity", As.POLICY)),
            Map.entry("TeamsUpgradePolicy", Map.of("Identity", As.POLICY)),
            Map.entry("AppAccount", Map.of("Identity", As.PERSON, "Name", As.PERSON, "DistinguishedName", As.TEXT)),
            Map.entry("ManagementRoleAssignment", Map.of("RoleAssignee", As.PERSON, "Name", As.TEXT)),
            Map.entry("PartnerApplication", Map.of("LinkedAccount", As.PERSON, "Name", As.APPLICATION)),
            Map.entry("AutodiscoverResponse", Map.of("EmailAddress", As.PERSON, "Url", As.TEXT, "Error", As.TEXT, "TransportError", As.TEXT)),
            Map.entry("ConnectivityTest", Map.of("Mailbox", As.PERSON, "Detail", As.TEXT)),
            Map.entry("OAuthConnectivityResult", Map.of("Mailbox", As.PERSON, "Detail", As.TEXT)),
            Map.entry("ExchangeServer", Map.of("Name", As.SERVER, "Fqdn", As.SERVER, "Site", As.TEXT)),
            Map.entry("WebServicesVirtualDirectory", Map.of("Server", As.SERVER, "Identity", As.TEXT, "InternalUrl", As.TEXT,
                    "ExternalUrl", As.TEXT)),
            Map.entry("ExchangeCertificate", Map.of("Server", As.SERVER, "Thumbprint", As.TEXT, "Subject", As.TEXT)),
            Map.entry("AuthConfig", Map.of("CurrentCertificateThumbprint", As.TEXT, "PreviousCertificateThumbprint", As.TEXT,
                    "NextCertificateThumbprint", As.TEXT)),
            Map.entry("AuthServer", Map.of("Name", As.TEXT, "IssuerIdentifier", As.TEXT, "TokenIssuingEndpoint", As.TEXT,
                    "AuthMetadataUrl", As.TEXT)),
            Map.entry("IntraOrganizationConnector", Map.of("Name", As.TEXT, "TargetAddressDomains", As.DOMAIN,
                    "DiscoveryEndpoint", As.TEXT)),
            Map.entry("RestApiProbe", Map.of("Url", As.TEXT, "Error", As.TEXT, "TransportError", As.TEXT)),
            Map.entry("ServerCoverage", Map.of("Servers", As.SERVER)),
            Map.entry("CollectionFailure", Map.of("Error", As.TEXT, "Identity", As.PERSON)));

    /** Teams policy names every tenant has; an admin's own policy names can carry the organisation's name. */
    static final Set<String> BUILT_IN_POLICIES = Set.of("global", "default", "islands", "islandswithnotify", "sfbonly",
            "sfbonlywithnotify", "sfbwithteamscollab", "sfbwithteamscollabwithnotify", "sfbwithteamscollabandmeetings",
            "sfbwithteamscollabandmeetingswithnotify", "upgradetoteams", "tag:upgradetoteams", "tag:islands",
            "tag:sfbonly", "tag:sfbwithteamscollab", "tag:sfbwithteamscollabandmeetings", "tag:islandswithnotify",
            "frontlineworker", "tag:frontlineworker");

    /**
     * Partner applications Exchange setup, the Hybrid Configuration Wizard and the guide create under these names in
     * every organisation; one an admin named otherwise can carry the organisation's name.
     */
    static final Set<String> BUILT_IN_APPLICATIONS = Set.of("exchange online", "skype for business online", "teamsscheduler",
            "sfblegacy", "cloudvoicemail", "microsoft graph", "lync online", "exchange online-applicationaccount",
            "teamsintegration-applicationaccount");

    private FactIdentifiers() {
    }

    /** Teaches the redactor every identifying value in the facts and the case. People come first, then everything else. */
    public static void learn(Collection<Object> facts, Case subject, Redactor redactor) {
        person(subject.user(), redactor);
        person(subject.delegate(), redactor);
        learn(facts, redactor);
    }

    /** Teaches the redactor every identifying value in the facts: for a scan, whose subjects are everyone. */
    public static void learn(Collection<Object> facts, Redactor redactor) {
        for (As pass : As.values()) {
            for (Object fact : facts) {
                Map<String, As> fields = FIELDS.get(fact.getClass().getSimpleName());
                if (fields == null || !fact.getClass().isRecord()) {
                    continue;
                }
                for (RecordComponent c : fact.getClass().getRecordComponents()) {
                    if (fields.get(c.getName()) == pass) {
                        learn(value(fact, c), pass, redactor);
                    }
                }
            }
        }
    }

    private static void learn(Object value, As as, Redactor redactor) {
        if (value == null) {
            return;
        }
        if (value instanceof Collection<?> many) {
            many.forEach(v -> learn(v, as, redactor));
            return;
        }
        if (value instanceof Ref ref) {
            person(ref, redactor);
            return;
        }
        String text = String.valueOf(value);
        switch (as) {
            case PERSON -> redactor.someone(text);
            case SERVER -> redactor.server(text);
            case DOMAIN -> redactor.domain(text);
            case POLICY -> redactor.policy(text, BUILT_IN_POLICIES);
            case APPLICATION -> redactor.policy(text, BUILT_IN_APPLICATIONS);
            case TEXT -> redactor.text(text);
        }
    }

    private static void person(Ref ref, Redactor redactor) {
        if (ref == null) {
            return;
        }
        if (ref.getRecipient() != null) {
            redactor.person(ref.getRecipient());
        }
        ref.getCandidates().forEach(redactor::person);
        redactor.someone(ref.getRaw());
    }

    private static Object value(Object fact, RecordComponent c) {
        try {
            return c.getAccessor().invoke(fact);
        } catch (ReflectiveOperationException e) {
            return null;
        }
    }
}
