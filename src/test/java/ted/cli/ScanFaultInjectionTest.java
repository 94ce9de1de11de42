package ted.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.io.TempDir;
import ted.bench.Faults;
import ted.bench.OrgExportGenerator;

/**
 * Issue 11: a scan proven right, not only fast. An organisation is generated with faults injected at known rates
 * (mailbox EWS off, allow lists missing an entry or carrying a stray space, a coexistence mode that hides the app, an
 * app setup policy without the Calendar app, automatic replies on, delegates with a lesser role or without
 * send-on-behalf, a server below the build, an organisation-wide block list) and the scan must count exactly those, no
 * more, in every export form; counted as things (issue 17): each mailbox once though its pairs' sessions see it again,
 * each pair once, the organisation once though every session evaluates it.
 */
class ScanFaultInjectionTest {
    static final int MAILBOXES = 160;

    @TempDir
    Path dir;

    @ParameterizedTest
    @EnumSource(value = OrgExportGenerator.Form.class, names = {"JSON", "CLIXML", "CSV"})
    void theScanCountsExactlyTheInjectedFaults(OrgExportGenerator.Form form) throws IOException {
        new OrgExportGenerator(MAILBOXES, form, true).writeTo(dir);
        CliRun r = CliRun.of("scan", dir.toString(), "--format", "json");
        assertThat(r.exitCode()).as(r.err()).isEqualTo(ExitCode.CHECK_FAILED);
        JsonNode json = new ObjectMapper().readTree(r.out());
        assertThat(json.get("scope").get("mailboxes").asInt()).isEqualTo(MAILBOXES);
        assertThat(json.get("scope").get("pairs").asInt()).isEqualTo(MAILBOXES / 2);
        assertThat(json.get("errors")).isEmpty();
        Map<String, Integer> found = new TreeMap<>();
        json.get("summary").fields().forEachRemaining(c -> {
            for (String status : new String[] {"fail", "warn", "error"}) {
                int n = c.getValue().get(status).asInt();
                if (n > 0) {
                    found.put(c.getKey() + "/" + status, n);
                }
            }
        });
        Map<String, Integer> injected = new TreeMap<>();
        Faults.expected(MAILBOXES).forEach((code, statuses) -> statuses.forEach((status, n) -> injected.put(code + "/" + status, n)));
        assertThat(found).isEqualTo(injected);
        json.get("summary").fields().forEachRemaining(c -> {
            int total = 0;
            for (String status : new String[] {"fail", "error", "warn", "unknown", "info", "skipped", "pass"}) {
                total += c.getValue().get(status).asInt();
            }
            int expected = switch (c.getValue().get("unit").asText()) {
                case "organization" -> 1;
                case "pair" -> MAILBOXES / 2;
                default -> c.getKey().equals("EWS_MAILBOX_ALLOWS_SCHEDULING") || c.getKey().equals("EXCHANGE_BUILD_DELEGATION")
                        ? MAILBOXES / 2 : MAILBOXES;   // delegation's mailbox checks are about the delegators
            };
            assertThat(total).as("%s counts each of its objects once", c.getKey()).isEqualTo(expected);
            assertThat(c.getValue().get("affected")).as(c.getKey()).hasSize(total - c.getValue().get("pass").asInt());
        });
        assertThat(json.get("summary").get("EWS_MAILBOX_ENABLED").get("affected"))
                .extracting(a -> a.get("user").asText()).containsExactlyElementsOf(Faults.mailboxesWithEwsOff(MAILBOXES));
    }
}
