package ted.read.exports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import ted.facts.AuthConfig;
import ted.facts.ExchangeCertificate;
import ted.facts.ExchangeServer;
import ted.facts.OrganizationConfig;
import ted.facts.PartnerApplication;
import ted.facts.WebServicesVirtualDirectory;
import ted.read.FactsFileReader;
import ted.read.ReadResult;
import ted.read.SourceSummary;

/**
 * The real Export-Clixml captures from CSS-Exchange HealthChecker's test suite (Exchange 2019 labs), read from
 * ../shared; skipped where that folder is not present.
 */
class HealthCheckerFixturesTest {
    static final Path FIXTURES = Path.of("../shared/fixtures/css-exchange-healthchecker");
    static ReadResult read;

    @BeforeAll
    static void readFixtures() {
        assumeTrue(Files.isDirectory(FIXTURES), "HealthChecker fixtures not present");
        read = new FactsFileReader().read(List.of(FIXTURES));
    }

    @Test
    void everyFileIsRecognizedByItsName() {
        assertThat(read.sources()).extracting(SourceSummary::readAs).contains(
                "ExSetup (Export-Clixml)", "Get-AuthConfig (Export-Clixml)", "Get-ExchangeCertificate (Export-Clixml)",
                "Get-ExchangeServer (Export-Clixml)", "Get-OrganizationConfig (Export-Clixml)",
                "Get-PartnerApplication (Export-Clixml)", "Get-WebServicesVirtualDirectory (Export-Clixml)");
        assertThat(read.problems()).isEmpty();
        assertThat(read.skipped()).singleElement().asString()
                .contains("GetHybridConfiguration.xml").contains("HybridConfiguration objects, which no check reads");
    }

    @Test
    void organizationEwsSettingsAreAllNull() {
        OrganizationConfig org = read.facts().factsOf(OrganizationConfig.class).get(0);
        assertThat(org).isEqualTo(new OrganizationConfig(null, null, null, null, null, null, null));
    }

    @Test
    void partnerApplicationsKeepIdsEnabledFlagsAndLinkedAccounts() {
        List<PartnerApplication> apps = read.facts().factsOf(PartnerApplication.class);
        assertThat(apps).hasSize(5);
        PartnerApplication exo = apps.stream().filter(a -> a.hasId("00000002-0000-0ff1-ce00-000000000000")).findFirst().orElseThrow();
        assertThat(exo.isEnabled()).isTrue();
        assertThat(exo.LinkedAccount().getRaw()).isEqualTo("contoso.lab/Users/Exchange Online-ApplicationAccount");
        assertThat(apps).filteredOn(a -> a.hasId("7557eb47-c689-4224-abcf-aef9bd7573df")).singleElement()
                .satisfies(a -> assertThat(a.isEnabled()).isFalse());
        assertThat(apps).filteredOn(a -> a.LinkedAccount() == null).hasSize(2);
    }

    @Test
    void theServerRunsExchange2019Cu11FromExSetup() {
        ExchangeServer server = read.facts().factsOf(ExchangeServer.class).get(0);
        assertThat(server.Name()).isEqualTo("SOLO-E19A");
        assertThat(server.AdminDisplayVersion()).isEqualTo("Version 15.2 (Build 986.5)");
        assertThat(server.ExSetupVersion()).isEqualTo("15.02.0986.005");
        assertThat(server.build()).hasToString("15.2.986.5");
    }

    @Test
    void theEwsVirtualDirectoryHasNoExternalUrl() {
        WebServicesVirtualDirectory vdir = read.facts().factsOf(WebServicesVirtualDirectory.class).get(0);
        assertThat(vdir.ExternalUrl()).isNull();
        assertThat(vdir.InternalUrl()).isEqualTo("https://solo-e19a.solo.com/EWS/Exchange.asmx");
    }

    @Test
    void theAuthCertificateIsFoundByTheThumbprintOfItsDerBytes() {
        AuthConfig auth = read.facts().factsOf(AuthConfig.class).get(0);
        assertThat(auth.CurrentCertificateThumbprint()).isEqualTo("C3EDCF181EF4F9B53D01768ECA99564014BCA6E7");
        assertThat(auth.hasNext()).isFalse();
        List<ExchangeCertificate> certs = read.facts().factsOf(ExchangeCertificate.class);
        assertThat(certs).hasSize(3);
        ExchangeCertificate authCert = certs.stream().filter(c -> c.hasThumbprint(auth.CurrentCertificateThumbprint())).findFirst().orElseThrow();
        assertThat(authCert.Subject()).isEqualTo("CN=Microsoft Exchange Server Auth Certificate");
        assertThat(authCert.NotAfter()).startsWith("2024-11-06");
        assertThat(authCert.daysLeft("2026-11-29")).isNegative();
    }
}
