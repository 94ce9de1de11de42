package ted.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/**
 * Every sample in facts-samples/ through the real CLI: the statuses of every check that does not pass, and the exit
 * code. Everything not listed must pass, so a sample cannot quietly start showing something else.
 */
class SamplesEndToEndTest {

    static Stream<Arguments> samples() {
        return Stream.of(
                Arguments.of("healthy-hybrid.yaml", "all", 0, Map.of("PRESENCE_DELAY", "info", "ESCALATION", "info")),
                Arguments.of("delegation-reviewer-without-send-on-behalf.yaml", null, 1,
                        Map.of("DELEGATE_CALENDAR_EDITOR", "fail", "DELEGATE_SEND_ON_BEHALF", "fail", "ESCALATION", "skipped")),
                Arguments.of("delegation-owner-instead-of-editor.yaml", null, 0,
                        Map.of("DELEGATE_CALENDAR_EDITOR", "warn", "ESCALATION", "info")),
                Arguments.of("delegation-allow-list-missing-scheduling-service.yaml", null, 1,
                        Map.of("EWS_ORG_ALLOWS_SCHEDULING", "fail", "EWS_MAILBOX_ALLOWS_SCHEDULING", "fail", "ESCALATION", "skipped")),
                Arguments.of("exchange-2013-cu10-hosting-mailbox.yaml", null, 1,
                        Map.of("EXCHANGE_BUILD_DELEGATION", "fail", "EXCHANGE_BUILD_CALENDAR", "fail", "PRESENCE_DELAY", "info",
                                "ESCALATION", "skipped")),
                Arguments.of("legacy-skype-oauth-app-only.yaml", null, 0,
                        Map.of("TEAMS_PARTNER_APP", "warn", "TEAMS_APP_ACCOUNT_ROLES", "warn", "TEAMS_APP_ACCOUNT_HIDDEN", "warn",
                                "ESCALATION", "info")),
                Arguments.of("teams-scheduler-account-without-role.yaml", null, 1,
                        Map.of("TEAMS_APP_ACCOUNT_ROLES", "fail", "ESCALATION", "skipped")),
                Arguments.of("no-teams-partner-application.yaml", null, 1,
                        Map.of("TEAMS_PARTNER_APP", "fail", "TEAMS_APP_ACCOUNT_ROLES", "skipped", "TEAMS_APP_ACCOUNT_HIDDEN", "skipped",
                                "PRESENCE_DELAY", "info", "ESCALATION", "skipped")),
                Arguments.of("autodiscover-routes-to-exchange-online.yaml", null, 1,
                        Map.of("AUTODISCOVER", "fail", "AUTODISCOVER_ON_PREM_EWS", "fail", "EWS_EXTERNAL_URL", "skipped",
                                "ESCALATION", "skipped")),
                Arguments.of("ews-external-url-missing.yaml", null, 1,
                        Map.of("AUTODISCOVER", "fail", "AUTODISCOVER_ON_PREM_EWS", "fail", "EWS_EXTERNAL_URL", "fail",
                                "RCA_CALENDAR_APP_TEST", "fail", "ESCALATION", "skipped")),
                Arguments.of("oauth-auth-certificate-expiring.yaml", null, 0,
                        Map.of("OAUTH_CERTIFICATE", "warn", "PRESENCE_DELAY", "info", "ESCALATION", "info")),
                Arguments.of("oauth-403-and-free-busy-broken.json", null, 1,
                        Map.of("OAUTH_CONNECTIVITY", "fail", "FREE_BUSY", "fail", "ESCALATION", "skipped")),
                Arguments.of("ews-disabled.yaml", null, 1,
                        Map.of("EWS_ORG_ENABLED", "fail", "EWS_MAILBOX_ENABLED", "fail", "RCA_CALENDAR_APP_TEST", "fail",
                                "ESCALATION", "skipped")),
                Arguments.of("calendar-app-unpinned-in-sfb-collab-mode.yaml", null, 1,
                        Map.of("CALENDAR_APP_PINNED", "fail", "COEXISTENCE_MODE", "fail", "RCA_CALENDAR_APP_TEST", "fail",
                                "ESCALATION", "skipped")),
                Arguments.of("calendar-app-blocked-by-ews-lists.yaml", null, 1,
                        Map.of("EWS_ORG_ALLOWS_CALENDAR_APP", "fail", "EWS_MAILBOX_ALLOWS_CALENDAR_APP", "fail",
                                "RCA_CALENDAR_APP_TEST", "fail", "ESCALATION", "skipped")),
                Arguments.of("presence-stray-space-and-unpublished-rest.yaml", null, 1,
                        Map.of("REST_API_PUBLISHED", "fail", "RCA_PRESENCE_TEST", "fail", "EWS_ORG_ALLOWS_PRESENCE", "fail",
                                "EWS_MAILBOX_ALLOWS_PRESENCE", "fail", "PRESENCE_DELAY", "info", "ESCALATION", "skipped")),
                Arguments.of("presence-automatic-replies-still-on.yaml", null, 0,
                        Map.of("AUTO_REPLY_STATE", "warn", "PRESENCE_DELAY", "info", "ESCALATION", "info")));
    }

    static Map<String, String> statuses(String sample, String symptom, int exitCode) throws IOException {
        CliRun run = symptom == null
                ? CliRun.of("diagnose", "facts-samples/" + sample, "--format", "json")
                : CliRun.of("diagnose", "facts-samples/" + sample, "--symptom", symptom, "--format", "json");
        assertThat(run.exitCode()).as(sample + "\n" + run.err()).isEqualTo(exitCode);
        // Notes about the case (a facts file holding no people cannot confirm the names) are fine; nothing else may show.
        assertThat(run.err().lines().filter(l -> !l.startsWith("ted: note: "))).as(sample).isEmpty();
        Map<String, String> got = new TreeMap<>();
        for (JsonNode check : new ObjectMapper().readTree(run.out()).path("checks")) {
            got.put(check.path("code").asText(), check.path("status").asText());
        }
        return got;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void sampleGivesItsDocumentedStatuses(String sample, String symptom, int exitCode, Map<String, String> notPassing) throws IOException {
        Map<String, String> got = statuses(sample, symptom, exitCode);
        got.forEach((code, status) -> assertThat(status).as(sample + " " + code).isEqualTo(notPassing.getOrDefault(code, "pass")));
        assertThat(got).containsKeys(notPassing.keySet().toArray(String[]::new));
    }

    @Test
    void anExchangeOnlineMailboxSkipsEveryOnPremisesCheck() throws IOException {
        Map<String, String> got = statuses("exchange-online-mailbox.yaml", null, 0);
        assertThat(got).containsEntry("EWS_ORG_ENABLED", "skipped").containsEntry("REST_API_PUBLISHED", "skipped")
                .containsEntry("PRESENCE_DELAY", "skipped").containsEntry("AUTODISCOVER", "pass")
                .containsEntry("DELEGATE_SEND_ON_BEHALF", "pass").containsEntry("ESCALATION", "info");
        assertThat(got.values()).doesNotContain("fail", "unknown");
    }

    @Test
    void nothingCollectedListsWhatToCollectForEveryCheck() throws IOException {
        // Issue 17, item 5: a run that decided nothing exits 3 (it was 0).
        Map<String, String> got = statuses("only-the-case-nothing-collected.yaml", null, ExitCode.NOTHING_DECIDED);
        got.forEach((code, status) -> assertThat(status).as(code).isIn("unknown", "info"));
        // Nothing decided, so escalation asks for the facts first rather than for a service request.
        assertThat(got).containsEntry("PRESENCE_DELAY", "info").containsEntry("ESCALATION", "unknown").hasSize(32);
    }

    @Test
    void everySampleIsCovered() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("facts-samples"))) {
            Stream<String> listed = Stream.concat(samples().map(a -> (String) a.get()[0]),
                    Stream.of("exchange-online-mailbox.yaml", "only-the-case-nothing-collected.yaml"));
            assertThat(files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".yaml") || n.endsWith(".json")))
                    .containsExactlyInAnyOrderElementsOf(listed.toList());
        }
    }
}
