package ted.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 18, TED's reading side, end to end through {@code ted diagnose FOLDER} and {@code ted scan FOLDER}: exports in
 * the Windows ANSI code page, numbers beyond any build or date, Autodiscover asked from inside the network or failing
 * before any HTTP answer, and auto-reply windows in the server's culture.
 */
class CultureEncodingAndProbePlaceTest {
    @TempDir
    Path dir;

    static Path copy(String sample, Path to) throws IOException {
        Files.createDirectories(to);
        try (Stream<Path> files = Files.list(Path.of("facts-samples/exports", sample))) {
            for (Path f : files.toList()) {
                Files.copy(f, to.resolve(f.getFileName().toString()));
            }
        }
        return to;
    }

    static Map<String, String> statuses(JsonNode checks) {
        Map<String, String> got = new TreeMap<>();
        checks.forEach(c -> got.put(c.path("code").asText(), c.path("status").asText()));
        return got;
    }

    /** Before: refused as "a binary file" (three letters or more), or read with replacement characters for names. */
    @Test
    void anAnsiFormatListExportIsReadAsWindows1252WithANote() throws IOException {
        Path folder = copy("formatlist-utf16-presence", dir.resolve("ansi"));
        Files.delete(folder.resolve("Get-Mailbox.txt"));
        Files.write(folder.resolve("Get-Mailbox.txt"), ("Name                 : Jane Doe\r\n"
                + "DisplayName          : Zoë Müller-Lüdenscheidt\r\n"
                + "UserPrincipalName    : jane.doe@contoso.com\r\n"
                + "PrimarySmtpAddress   : jane.doe@contoso.com\r\n"
                + "Identity             : contoso.com/Users/Jane Doe\r\n"
                + "RecipientTypeDetails : UserMailbox\r\n"
                + "GrantSendOnBehalfTo  : {}\r\n").getBytes(Charset.forName("windows-1252")));

        CliRun run = CliRun.of("diagnose", folder.toString(), "--symptom", "presence", "--user", "jane.doe@contoso.com", "--format", "json");
        assertThat(run.exitCode()).as(run.err()).isIn(0, 1);
        // With --format json, what each file was read as is in the JSON's sources.
        assertThat(run.out()).contains("Get-Mailbox (Format-List text)").contains("read as Windows-1252").doesNotContain("binary");

        Path facts = dir.resolve("ansi.yaml");
        CliRun imported = CliRun.of("import", folder.resolve("Get-Mailbox.txt").toString(), "-o", facts.toString());
        assertThat(imported.exitCode()).as(imported.err()).isZero();
        assertThat(Files.readString(facts, StandardCharsets.UTF_8)).contains("Zoë Müller-Lüdenscheidt");
    }

    /** Before: PropertyAccessException "For input string" in rule conditions, and exit 2. */
    @Test
    void anOutOfRangeBuildOrDateSpoilsOnlyItsProperty() throws IOException {
        Path folder = copy("formatlist-utf16-presence", dir.resolve("overflow"));
        Files.write(folder.resolve("Get-ExchangeServer.txt"), ("Name                : EX01\r\nFqdn                : ex01.contoso.com\r\n"
                + "AdminDisplayVersion : Version 15.2 (Build 99999999999999999999)\r\nServerRole          : Mailbox\r\n\r\n"
                + "Name                : EX02\r\nFqdn                : ex02.contoso.com\r\n"
                + "AdminDisplayVersion : Version 15.2 (Build 99999999999999999999.5)\r\nServerRole          : Mailbox\r\n")
                .getBytes(StandardCharsets.UTF_8));
        Files.write(folder.resolve("Get-MailboxAutoReplyConfiguration.txt"), ("Identity       : contoso.com/Users/Jane Doe\r\n"
                + "AutoReplyState : Scheduled\r\nStartTime      : /Date(99999999999999999999)/\r\nEndTime        : /Date(1796716800000)/\r\n")
                .getBytes(StandardCharsets.UTF_8));

        CliRun run = CliRun.of("diagnose", folder.toString(), "--symptom", "presence", "--user", "jane.doe@contoso.com", "--format", "json");
        assertThat(run.exitCode()).as(run.err()).isIn(0, 1);
        assertThat(run.err() + run.out()).doesNotContain("PropertyAccessException").doesNotContain("For input string")
                .contains("AdminDisplayVersion 'Version 15.2 (Build 99999999999999999999)' is not a build number TED can read")
                .contains("StartTime '/Date(99999999999999999999)/' is not a date TED can read");
        JsonNode root = new ObjectMapper().readTree(run.out());
        Map<String, String> got = statuses(root.path("checks"));
        assertThat(got).containsEntry("EXCHANGE_BUILD_CALENDAR", "unknown").containsEntry("AUTO_REPLY_STATE", "unknown")
                .doesNotContainValue("error");
        assertThat(run.out()).contains("/Date(99999999999999999999)/").contains("Build 99999999999999999999");
    }

    /** Before: an inside answer passed on the strength of internal DNS. */
    @Test
    void anAutodiscoverAnswerAskedFromInsideIsUnknownWithTheOutsideCommand() throws IOException {
        Path folder = copy("json-calendar-app", dir.resolve("inside"));
        Files.writeString(folder.resolve("Autodiscover-jane.doe@contoso.com.json"), "{\"Protocol\": \"EWS\", "
                + "\"Url\": \"https://mail.contoso.com/EWS/Exchange.asmx\", \"StatusCode\": 200, \"RunFrom\": \"inside\"}");
        JsonNode check = autodiscoverCheck(folder);
        assertThat(check.path("status").asText()).isEqualTo("unknown");
        assertThat(check.toString()).contains("inside the network").contains("from a machine outside the corporate network")
                .contains("autodiscover.json?Email=jane.doe%40contoso.com");
    }

    /** Before: FAIL with a fix telling the admin to publish Autodiscover and EWS to the internet. */
    @Test
    void aTransportErrorIsUnknownNotAFailedAutodiscover() throws IOException {
        Path folder = copy("json-calendar-app", dir.resolve("transport"));
        Files.writeString(folder.resolve("Autodiscover-jane.doe@contoso.com.json"), "{\"RunFrom\": \"outside\", \"TransportError\": "
                + "\"The underlying connection was closed: An unexpected error occurred on a send.\"}");
        JsonNode check = autodiscoverCheck(folder);
        assertThat(check.path("status").asText()).isEqualTo("unknown");
        assertThat(check.toString()).contains("TLS 1.2").contains("The underlying connection was closed").doesNotContain("Publish Autodiscover");
    }

    /** An answer that does not say where it ran keeps today's verdict, with a note. */
    @Test
    void anAnswerWithoutRunFromKeepsItsVerdictWithANote() throws IOException {
        JsonNode check = autodiscoverCheck(copy("json-calendar-app", dir.resolve("unsaid")));
        assertThat(check.path("status").asText()).isEqualTo("pass");
        assertThat(check.toString()).contains("does not say where the request ran (RunFrom)");
    }

    private JsonNode autodiscoverCheck(Path folder) throws IOException {
        CliRun run = CliRun.of("diagnose", folder.toString(), "--symptom", "calendar-app", "--user", "jane.doe@contoso.com", "--format", "json");
        assertThat(run.exitCode()).as(run.err()).isIn(0, 1);
        for (JsonNode c : new ObjectMapper().readTree(run.out()).path("checks")) {
            if (c.path("code").asText().equals("AUTODISCOVER_ON_PREM_EWS")) {
                return c;
            }
        }
        throw new AssertionError("no AUTODISCOVER_ON_PREM_EWS in " + run.out());
    }

    /**
     * The org export with Export-Csv dates as an en-GB server writes them (5.1: #TYPE, every field quoted), and one row
     * as de-DE writes it. Before: Jane's 10/11/2026-05/12/2026 was read October to May and passed; John's and Bob's
     * were unreadable.
     */
    @Test
    void anEnGbOrgExportNeverPassesOnAWrongReading() throws IOException {
        Path folder = copy("csv-org", dir.resolve("en-gb"));
        Files.writeString(folder.resolve("Get-MailboxAutoReplyConfiguration.csv"),
                "#TYPE Microsoft.Exchange.InfoWorker.Common.OOF.MailboxAutoReplyConfiguration\r\n"
                + "\"Identity\",\"AutoReplyState\",\"StartTime\",\"EndTime\"\r\n"
                + "\"contoso.com/Users/Jane Doe\",\"Scheduled\",\"10/11/2026 08:00:00\",\"05/12/2026 17:00:00\"\r\n"
                + "\"contoso.com/Users/John Smith\",\"Scheduled\",\"28/11/2026 08:00:00\",\"05/12/2026 17:00:00\"\r\n"
                + "\"contoso.com/Users/Amy Lee\",\"Scheduled\",\"02/03/2026 08:00:00\",\"04/05/2026 17:00:00\"\r\n"
                + "\"contoso.com/Users/Bob King\",\"Scheduled\",\"10.11.2026 08:00:00\",\"05.12.2026 17:00:00\"\r\n");
        CliRun run = CliRun.of("scan", folder.toString(), "--format", "json");
        assertThat(run.exitCode()).as(run.err()).isIn(0, 1);
        Map<String, String> autoReply = new TreeMap<>();
        JsonNode root = new ObjectMapper().readTree(run.out());
        for (JsonNode s : root.path("subjects")) {
            String status = statuses(s.path("checks")).get("AUTO_REPLY_STATE");
            if (status != null) {
                autoReply.put(s.path("user").asText(), status);
            }
        }
        // asOf (case.yaml) is 2026-11-30: inside Jane's window read day first, after it read month first.
        assertThat(autoReply).containsEntry("jane.doe@contoso.com", "unknown").containsEntry("john.smith@contoso.com", "warn")
                .containsEntry("amy.lee@contoso.com", "pass").containsEntry("bob.king@contoso.com", "warn");
        assertThat(root.path("sources").toString()).contains("read both month first (en-US) and day first (en-GB)");
    }
}
