package ted.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 9, item 5: a CLI that forgives the typos an admin makes, and says what it understood. */
class ForgivingCliTest {
    static final String HEALTHY = "facts-samples/healthy-hybrid.yaml";

    @Test
    void aMisspeltSubcommandGetsASuggestion() {
        CliRun run = CliRun.of("diagnoze", HEALTHY);
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("'diagnoze' is not a command").contains("Did you mean: diagnose?").doesNotContain("index 0");
    }

    @Test
    void aMisspeltOptionGetsASuggestion() {
        CliRun run = CliRun.of("diagnose", HEALTHY, "--formt", "json");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("Did you mean: --format?");
    }

    @Test
    void enumOptionsIgnoreCase() {
        assertThat(CliRun.of("diagnose", HEALTHY, "--format", "JSON", "--color", "Never").exitCode()).isZero();
        assertThat(CliRun.of("diagnose", HEALTHY, "--symptom", "Presence", "--format", "Json").exitCode()).isZero();
    }

    @Test
    void completionPrintsAScriptForBashAndZsh() {
        for (String shell : new String[] {"bash", "zsh", "BASH"}) {
            CliRun run = CliRun.of("completion", shell);
            assertThat(run.exitCode()).isZero();
            assertThat(run.out()).contains("complete -F").contains("diagnose").contains("--symptom");
        }
        // Issue 19: completion offers the values, not only the option names.
        String script = CliRun.of("completion", "bash").out();
        assertThat(script).contains("calendar-app").contains("markdown").contains("EWS_ORG_ALLOWS_SCHEDULING");
    }

    @Test
    void diagnoseHelpSaysExportsAreTheMainInput() {
        assertThat(CliRun.of("diagnose", "--help").out()).contains("Export-Clixml").contains("ConvertTo-Json").contains("Format-List");
    }

    @Test
    void aFacetsFileTypoSuggestsTheSectionMeant(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("typo.yaml");
        Files.writeString(f, "case: {symptom: presence, user: jane.doe@contoso.com}\nmailboxs:\n  - UserPrincipalName: jane.doe@contoso.com\n");
        CliRun run = CliRun.of("diagnose", f.toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains(f + ":2: unknown section 'mailboxs'").contains("did you mean 'mailboxes'?");
    }

    @Test
    void aRoleThatIsNoRoleIsANoteAndUnknown(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("Get-MailboxFolderPermission.txt");
        Files.writeString(f, """
                Identity     : contoso.com/Users/Jane Doe:\\Calendar
                FolderName   : Calendar
                User         : John Smith
                AccessRights : {Editr}
                """);
        Path people = dir.resolve("people.yaml");
        Files.writeString(people, """
                case: {symptom: delegation, user: jane.doe@contoso.com, delegate: john.smith@contoso.com}
                mailboxes:
                  - {UserPrincipalName: jane.doe@contoso.com, DisplayName: Jane Doe, Identity: contoso.com/Users/Jane Doe, GrantSendOnBehalfTo: []}
                  - {UserPrincipalName: john.smith@contoso.com, DisplayName: John Smith, Identity: contoso.com/Users/John Smith}
                """);
        CliRun run = CliRun.of("diagnose", people.toString(), f.toString(), "--format", "json");
        assertThat(run.out()).contains("AccessRights 'Editr' is not a folder role");
        assertThat(BrokenRuleTest.check(new com.fasterxml.jackson.databind.ObjectMapper().readTree(run.out()), "DELEGATE_CALENDAR_EDITOR")
                .path("status").asText()).isEqualTo("unknown");
    }

    /** "-" reads what was piped in; a facts file is told from Format-List text by its keys. */
    @Test
    void aDashReadsStandardInput() throws IOException {
        java.io.InputStream saved = System.in;
        try {
            System.setIn(Files.newInputStream(Path.of(HEALTHY)));
            CliRun run = CliRun.of("diagnose", "-", "--format", "json");
            assertThat(run.exitCode()).as(run.err()).isZero();
            assertThat(run.out()).contains("\"file\" : \"(standard input)\"").contains("\"readAs\" : \"facts file\"");
        } finally {
            System.setIn(saved);
        }
    }
}
