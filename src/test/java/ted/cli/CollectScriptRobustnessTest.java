package ted.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 9, item 4: the collect script never loses data silently. PowerShell does not run here, so the generated text
 * is checked for the properties that make it safe, and TED's reading of what it writes is tested for real.
 */
class CollectScriptRobustnessTest {
    static String script() {
        return CliRun.of("collect-script", "--user", "jane.doe@contoso.com", "--delegate", "john.smith@contoso.com").out();
    }

    /** The script without its header comment, which names cmdlets in prose (Get-ManagementRole -Cmdlet ...). */
    static String code() {
        return script().replaceFirst("(?s)<#.*?#>", "");
    }

    /** Implicit remoting ignores $ErrorActionPreference: each cmdlet call must say -ErrorAction itself. */
    @Test
    void everyCmdletCallSaysHowItsErrorsAreHandled() {
        // Exchange and Teams cmdlets, and remoting; local helpers such as Get-Date or Get-Location cannot fail so.
        Pattern call = Pattern.compile("\\b(Get-(?!Date\\b|Location\\b)|Test-|Invoke-Command\\b)[A-Za-z]*");
        for (String line : code().lines().toList()) {
            // The names in Save '...' are file names, not calls.
            String code = line.strip().replaceAll("'[^']*'", "''");
            if (code.startsWith("#") || (code.startsWith("Save '") || code.startsWith("SaveEach '")) && !code.contains("{ ") || !call.matcher(code).find()
                    || code.contains("Invoke-RestMethod") || code.contains("Invoke-WebRequest") || code.startsWith("'")) {
                continue;
            }
            Matcher m = call.matcher(code);
            while (m.find()) {
                String rest = code.substring(m.start());
                assertThat(rest).as("line: %s", code).containsPattern("-ErrorAction (Stop|SilentlyContinue)");
            }
        }
    }

    @Test
    void everyWebRequestHasATimeoutAndEveryFileIsWrittenByLiteralPath() {
        String s = code();
        for (String line : s.lines().filter(l -> l.contains("Invoke-RestMethod") || l.contains("Invoke-WebRequest")).toList()) {
            assertThat(line).contains("-TimeoutSec");
        }
        for (String line : s.lines().filter(l -> l.contains("Set-Content") || l.contains("Export-Clixml -")).toList()) {
            assertThat(line).contains("-LiteralPath");
        }
        // JSON gets each date property as ISO 8601 text first (issue 18, item 4); Clixml keeps the typed objects.
        assertThat(s).contains("ConvertTo-Json -InputObject @(IsoDates $Result)").contains("Export-Clixml -InputObject $Result");
    }

    @Test
    void failuresAreRecordedAndTheHeaderSaysWhatIsNeeded() {
        String s = script();
        assertThat(s).contains("CollectionErrors-<Part>.json").contains("View-Only").contains("Organization Management").contains("MicrosoftTeams module")
                .contains("personal data").contains("-ExecutionPolicy Bypass").contains("`ted diagnose` reads them\n  together")
                .contains("Invoke-Command -ComputerName $fqdns");
        // The partner applications are read once, inside a try, and reused: a Teams-only shell does not end the script.
        assertThat(s).doesNotContainPattern("(?m)^\\s*\\$linked = @\\(Get-PartnerApplication");
    }

    @Test
    void theFailuresFileIsReportedByTedOneLineEach(@TempDir Path dir) throws IOException {
        Files.copy(Path.of("facts-samples/healthy-hybrid.yaml"), dir.resolve("facts.yaml"));
        Files.writeString(dir.resolve("CollectionErrors.json"), """
                [{"Cmdlet": "Get-MailboxFolderPermission", "Error": "The operation couldn't be performed because object 'jane' couldn't be found."},
                 {"Cmdlet": "Get-PartnerApplication", "Error": "The term 'Get-PartnerApplication' is not recognized"}]
                """);
        CliRun run = CliRun.of("diagnose", dir.toString(), "--symptom", "delegation");
        assertThat(run.exitCode()).isZero();
        List<String> lines = run.err().lines().filter(l -> l.contains("failed when the collect script ran it")).toList();
        assertThat(lines).hasSize(2);
        assertThat(lines.get(0)).contains("CollectionErrors.json: Get-MailboxFolderPermission failed").contains("couldn't be found");
        Files.writeString(dir.resolve("CollectionErrors.json"), "[]");
        assertThat(CliRun.of("diagnose", dir.toString(), "--symptom", "delegation").err()).doesNotContain("failed when");
    }

    @Test
    void aCheckThatNeededAFailedCmdletIsUnknownAndShowsTheFailure(@TempDir Path dir) throws IOException {
        try (var files = Files.list(Path.of("facts-samples/exports/json-calendar-app"))) {
            for (Path f : files.filter(f -> !f.getFileName().toString().startsWith("Get-CASMailbox")).toList()) {
                Files.copy(f, dir.resolve(f.getFileName()));
            }
        }
        Files.writeString(dir.resolve("CollectionErrors.json"), """
                [{"Cmdlet": "Get-CASMailbox", "Error": "Access is denied: the account lacks the View-Only Recipients role."}]
                """);
        CliRun run = CliRun.of("diagnose", dir.toString(), "--symptom", "calendar-app", "--user", "jane.doe@contoso.com", "--format", "json");
        com.fasterxml.jackson.databind.JsonNode checks = new com.fasterxml.jackson.databind.ObjectMapper().readTree(run.out()).path("checks");
        com.fasterxml.jackson.databind.JsonNode ews = null;
        for (com.fasterxml.jackson.databind.JsonNode c : checks) {
            if (c.path("code").asText().equals("EWS_MAILBOX_ENABLED")) {
                ews = c;
            }
            if (!c.path("status").asText().equals("unknown")) {
                assertThat(c.path("evidence").toString()).as(c.path("code").asText()).doesNotContain("Get-CASMailbox failed");
            }
        }
        assertThat(ews).isNotNull();
        assertThat(ews.path("status").asText()).isEqualTo("unknown");
        assertThat(ews.path("evidence").toString()).contains("Get-CASMailbox failed").contains("View-Only Recipients");
    }
}
