package ted.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The export folders in facts-samples/exports through the CLI, and `ted import` giving the same diagnosis. */
class ExportsEndToEndTest {
    @TempDir
    Path dir;

    static Stream<Arguments> folders() {
        return Stream.of(
                Arguments.of("clixml-delegation", new String[] {"--symptom", "delegation", "--user", "jane.doe@contoso.com",
                        "--delegate", "john.smith@contoso.com"}, Map.of("DELEGATE_CALENDAR_EDITOR", "fail",
                        "DELEGATE_SEND_ON_BEHALF", "pass", "EWS_ORG_ALLOWS_SCHEDULING", "pass", "OAUTH_CONNECTIVITY", "pass",
                        "TEAMS_APP_ACCOUNT_ROLES", "pass", "TEAMS_APP_ACCOUNT_HIDDEN", "pass", "EWS_EXTERNAL_URL", "pass",
                        "AUTODISCOVER", "unknown")),
                Arguments.of("json-calendar-app", new String[] {"--symptom", "calendar-app", "--user", "jane.doe@contoso.com"},
                        Map.of("EWS_MAILBOX_ALLOWS_CALENDAR_APP", "fail", "CALENDAR_APP_PINNED", "pass", "COEXISTENCE_MODE", "pass",
                                "AUTODISCOVER_ON_PREM_EWS", "pass", "EXCHANGE_BUILD_CALENDAR", "pass", "EWS_ORG_ALLOWS_CALENDAR_APP", "pass")),
                // Export-Csv as Windows PowerShell 5.1 (Get-Mailbox: #TYPE, UTF-16, every field quoted) and PowerShell 7
                // (Get-CASMailbox: -UseCulture semicolons, the allow list joined with ';') write it, beside JSON.
                Arguments.of("csv-calendar-app", new String[] {"--symptom", "calendar-app", "--user", "jane.doe@contoso.com"},
                        Map.of("EWS_MAILBOX_ALLOWS_CALENDAR_APP", "fail", "CALENDAR_APP_PINNED", "pass", "COEXISTENCE_MODE", "pass",
                                "AUTODISCOVER_ON_PREM_EWS", "pass", "EXCHANGE_BUILD_CALENDAR", "pass", "EWS_ORG_ALLOWS_CALENDAR_APP", "pass",
                                "EWS_MAILBOX_ENABLED", "pass")),
                Arguments.of("formatlist-utf16-presence", new String[] {"--symptom", "presence", "--user", "jane.doe@contoso.com"},
                        Map.of("EWS_ORG_ALLOWS_PRESENCE", "fail", "EWS_MAILBOX_ALLOWS_PRESENCE", "fail", "OAUTH_CONNECTIVITY", "fail",
                                "REST_API_PUBLISHED", "pass", "AUTO_REPLY_STATE", "pass", "EXCHANGE_BUILD_CALENDAR", "pass")));
    }

    static Map<String, String> statuses(CliRun run) throws IOException {
        Map<String, String> got = new TreeMap<>();
        new ObjectMapper().readTree(run.out()).path("checks").forEach(c -> got.put(c.path("code").asText(), c.path("status").asText()));
        return got;
    }

    static String[] args(String first, Path path, String[] flags, String... more) {
        return Stream.of(new String[] {first, path.toString()}, flags, more).flatMap(Stream::of).toArray(String[]::new);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("folders")
    void anExportFolderIsDiagnosedAndImportingItChangesNothing(String folder, String[] flags, Map<String, String> expected) throws IOException {
        Path exports = Path.of("facts-samples/exports", folder);
        CliRun direct = CliRun.of(args("diagnose", exports, flags, "--format", "json"));
        assertThat(direct.exitCode()).as(direct.err()).isEqualTo(1);
        Map<String, String> fromExports = statuses(direct);
        assertThat(fromExports).containsAllEntriesOf(expected);
        JsonNode sources = new ObjectMapper().readTree(direct.out()).path("sources");
        try (Stream<Path> files = Files.list(exports)) {
            assertThat(sources.size()).isEqualTo((int) files.count());
        }

        Path facts = dir.resolve(folder + ".yaml");
        CliRun imported = CliRun.of(args("import", exports, flags, "-o", facts.toString()));
        assertThat(imported.exitCode()).as(imported.err()).isZero();
        CliRun again = CliRun.of("diagnose", facts.toString(), "--format", "json");
        assertThat(statuses(again)).isEqualTo(fromExports);
    }

    @Test
    void theCollectScriptOnlyRunsCmdletsTedReadsAndWritesNamesTedRecognizes() {
        CliRun run = CliRun.of("collect-script", "--user", "jane.doe@contoso.com", "--delegate", "o'brien@contoso.com");
        assertThat(run.exitCode()).isZero();
        String script = run.out();
        // Names are written in as Base64 of their UTF-8 text (issue 18), so the script is ASCII whatever they hold.
        assertThat(script).contains("$User = [Text.Encoding]::UTF8.GetString([Convert]::FromBase64String('"
                        + java.util.Base64.getEncoder().encodeToString("jane.doe@contoso.com".getBytes(java.nio.charset.StandardCharsets.UTF_8)) + "'))")
                .contains("$Delegate = [Text.Encoding]::UTF8.GetString([Convert]::FromBase64String('"
                        + java.util.Base64.getEncoder().encodeToString("o'brien@contoso.com".getBytes(java.nio.charset.StandardCharsets.UTF_8)) + "'))")
                .contains("#region Part 1: Exchange Management Shell").contains("#region Part 2: Microsoft Teams PowerShell")
                .contains("Compress-Archive").contains("Export-Clixml").contains("ConvertTo-Json -Depth 5");
        // Only files are written (New-Item, Set-Content; Add-Type loads .NET's zip classes in PowerShell 4); no cmdlet
        // that changes configuration appears.
        assertThat(script).doesNotContainPattern("\\b(Set|New|Remove|Add|Enable|Disable|Grant|Update|Install)-(?!Item\\b|Content\\b|Type\\b|Object\\b|PSSessionOption\\b)[A-Z]");
        Matcher saved = Pattern.compile("Save(?:Each)? '([^']+)'").matcher(script);
        int count = 0;
        while (saved.find()) {
            count++;
            String name = saved.group(1);
            assertThat(ted.read.exports.ExportNames.recognizes(name + ".xml")).as(name + ".xml").isTrue();
            assertThat(ted.read.exports.ExportNames.recognizes(name + ".json")).as(name + ".json").isTrue();
        }
        assertThat(count).isGreaterThanOrEqualTo(19);
        assertThat(ted.read.exports.ExportNames.recognizes("Autodiscover.json")).isTrue();
        assertThat(ted.read.exports.ExportNames.recognizes("RestApiProbe.json")).isTrue();
        // Get-User is read when an admin sends it, but the script collects Get-MailUser, which alone shows
        // HiddenFromAddressListsEnabled; connectivity tests are typed in from the analyzer's web page.
        for (String cmdlet : ted.read.exports.ExportNames.cmdletsRead().stream().filter(c -> !c.equals("Get-User")).toList()) {
            assertThat(script).as("the script collects " + cmdlet).contains(cmdlet.equals("ConnectivityTest") ? "Remote Connectivity Analyzer" : cmdlet);
        }
    }

    /** The same export saved twice (a copy, or .xml beside .json) is read once: no check is reported twice. */
    @Test
    void anExportSavedTwiceIsCountedOnce() throws IOException {
        Path folder = dir.resolve("twice");
        Files.createDirectories(folder);
        try (Stream<Path> files = Files.list(Path.of("facts-samples/exports/clixml-delegation"))) {
            for (Path f : files.toList()) {
                Files.copy(f, folder.resolve(f.getFileName().toString()));
            }
        }
        Files.copy(folder.resolve("Get-MailboxFolderPermission.xml"), folder.resolve("Get-MailboxFolderPermission (2).xml"));
        CliRun run = CliRun.of("diagnose", folder.toString(), "--symptom", "delegation", "--user", "jane.doe@contoso.com",
                "--delegate", "john.smith@contoso.com", "--format", "json");
        JsonNode root = new ObjectMapper().readTree(run.out());
        int editorVerdicts = 0;
        for (JsonNode c : root.path("checks")) {
            editorVerdicts += c.path("code").asText().equals("DELEGATE_CALENDAR_EDITOR") ? 1 : 0;
        }
        assertThat(editorVerdicts).isEqualTo(1);
        assertThat(root.path("summary").path("fail").asInt()).isEqualTo(1);
        assertThat(root.path("sources").toString()).contains("3 object(s) repeat what an earlier file held and are counted once");
    }
}
