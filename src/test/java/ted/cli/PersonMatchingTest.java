package ted.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 7, item 6: a person named on the command line who is in none of the inputs is an error, not a run of unknowns. */
class PersonMatchingTest {
    static final String HEALTHY = "facts-samples/healthy-hybrid.yaml";

    @Test
    void aUserWhoMatchesNobodyIsOneLineWithTheClosestNamesAndExitTwo() {
        CliRun run = CliRun.of("diagnose", HEALTHY, "--user", "jane.deo@contoso.com");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err().strip().lines()).singleElement().asString()
                .startsWith("ted: --user 'jane.deo@contoso.com' matches no mailbox or user in the inputs")
                .contains("closest names found: jane.doe@contoso.com");
    }

    @Test
    void aDelegateWhoMatchesNobodyIsAnErrorToo() {
        CliRun run = CliRun.of("diagnose", HEALTHY, "--delegate", "jon.smith@contoso.com");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("--delegate 'jon.smith@contoso.com' matches no mailbox or user").contains("john.smith@contoso.com");
    }

    @Test
    void anyOfAPersonsNamesMatches() {
        for (String name : new String[] {"JDOE", "Jane Doe", "contoso.com/Users/Jane Doe", "CN=Jane Doe,CN=Users,DC=contoso,DC=com"}) {
            CliRun run = CliRun.of("diagnose", HEALTHY, "--user", name, "--format", "json");
            assertThat(run.exitCode()).as(name + ": " + run.err()).isZero();
        }
    }

    /** A HealthChecker folder holds servers, not people: the name cannot be checked, so the run goes on and says so. */
    @Test
    void inputsWithoutPeopleGoOnWithANote(@TempDir Path dir) throws IOException {
        Path servers = dir.resolve("servers.yaml");
        Files.writeString(servers, """
                exchangeServers:
                  - {Name: EX01, AdminDisplayVersion: Version 15.2 (Build 1748.10)}
                organizationConfig: {EwsEnabled: null}
                """);
        CliRun run = CliRun.of("diagnose", servers.toString(), "--user", "someone@contoso.com", "--symptom", "presence");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.err()).doesNotContain("matches no mailbox")
                .contains("the inputs hold no mailbox or user records, so --user 'someone@contoso.com' could not be checked");
    }
}
