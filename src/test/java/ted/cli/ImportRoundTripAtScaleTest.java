package ted.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 8: `ted import` of a 10,000-mailbox export writes a facts file that `ted diagnose` reads back, with the same
 * statuses as diagnosing the exports themselves (SnakeYAML's default limit refused such a file before).
 */
class ImportRoundTripAtScaleTest {
    static final int MAILBOXES = 10_000;

    @TempDir
    Path dir;

    @Test
    void importThenDiagnoseGivesTheSameStatusesAsTheExportsAtTenThousandMailboxes() throws IOException {
        Path exports = Files.createDirectories(dir.resolve("exports"));
        writeExports(exports);
        String[] who = {"--symptom", "all", "--user", "user42@contoso.com", "--delegate", "user43@contoso.com", "--format", "json"};
        Map<String, String> direct = statuses(CliRun.of(concat(new String[] {"diagnose", exports.toString(), "facts-samples/healthy-hybrid.yaml"}, who)));

        Path facts = dir.resolve("facts.yaml");
        CliRun imported = CliRun.of("import", exports.toString(), "facts-samples/healthy-hybrid.yaml", "-o", facts.toString());
        assertThat(imported.exitCode()).as(imported.err()).isZero();
        assertThat(Files.size(facts)).isGreaterThan(3_000_000L);
        Map<String, String> roundTrip = statuses(CliRun.of(concat(new String[] {"diagnose", facts.toString()}, who)));

        assertThat(roundTrip).isEqualTo(direct);
        assertThat(direct).containsEntry("DELEGATE_CALENDAR_EDITOR", "pass").containsEntry("DELEGATE_SEND_ON_BEHALF", "pass")
                .containsEntry("EWS_MAILBOX_ALLOWS_SCHEDULING", "warn");
    }

    static Map<String, String> statuses(CliRun run) throws IOException {
        assertThat(run.err()).doesNotContain("Exception");
        JsonNode root = new ObjectMapper().readTree(run.out());
        Map<String, String> got = new TreeMap<>();
        root.path("checks").forEach(c -> got.put(c.path("code").asText(), c.path("status").asText()));
        assertThat(got).isNotEmpty();
        return got;
    }

    static String[] concat(String[] a, String[] b) {
        String[] out = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    /** ConvertTo-Json shaped exports of Get-Mailbox, Get-CASMailbox and the user's calendar permissions. */
    static void writeExports(Path exports) throws IOException {
        try (Writer mbx = Files.newBufferedWriter(exports.resolve("Get-Mailbox.json"));
             Writer cas = Files.newBufferedWriter(exports.resolve("Get-CASMailbox.json"))) {
            mbx.write("[\n");
            cas.write("[\n");
            for (int i = 0; i < MAILBOXES; i++) {
                String sep = i + 1 < MAILBOXES ? ",\n" : "\n";
                String grant = i == 42 ? "\"contoso.com/Users/User 43\"" : "";
                mbx.write(("{\"UserPrincipalName\": \"user%1$d@contoso.com\", \"PrimarySmtpAddress\": \"user%1$d@contoso.com\", "
                        + "\"Alias\": \"user%1$d\", \"DisplayName\": \"User %1$d\", \"Identity\": \"contoso.com/Users/User %1$d\", "
                        + "\"DistinguishedName\": \"CN=User %1$d,CN=Users,DC=contoso,DC=com\", \"RecipientTypeDetails\": \"UserMailbox\", "
                        + "\"ServerName\": \"ex01\", \"GrantSendOnBehalfTo\": [%2$s]}").formatted(i, grant) + sep);
                String policy = i == 42 ? "\"EnforceAllowList\", \"EwsAllowList\": [\"Outlook/*\", \"*SchedulingService\"]"
                        : "null, \"EwsAllowList\": null";
                cas.write(("{\"Identity\": \"contoso.com/Users/User %1$d\", \"PrimarySmtpAddress\": \"user%1$d@contoso.com\", "
                        + "\"EwsEnabled\": true, \"OWAEnabled\": true, \"EwsApplicationAccessPolicy\": %2$s, \"EwsBlockList\": null}")
                        .formatted(i, policy) + sep);
            }
            mbx.write("]\n");
            cas.write("]\n");
        }
        Files.writeString(exports.resolve("Get-MailboxFolderPermission.json"), """
                [{"Identity": "contoso.com/Users/User 42:\\\\Calendar", "FolderName": "Calendar", "User": "Default", "AccessRights": ["AvailabilityOnly"]},
                 {"Identity": "contoso.com/Users/User 42:\\\\Calendar", "FolderName": "Calendar", "User": "User 43", "AccessRights": ["Editor"]}]
                """);
    }
}
