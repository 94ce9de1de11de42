package ted.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 7, item 7: a fix fits the state it repairs and pastes safely: Set- where something exists, Add- or New- only
 * where nothing does, Windows PowerShell 5.1 syntax, values single-quoted, placeholders quoted.
 */
class FixCommandsTest {
    static final String HEALTHY = Path.of("facts-samples/healthy-hybrid.yaml").toAbsolutePath().toString();

    @TempDir
    Path dir;

    static String fixes(JsonNode root, String code) {
        return BrokenRuleTest.check(root, code).path("fix").toString();
    }

    @Test
    void aDelegateWithALesserEntryGetsSetAndOneWithoutAnEntryGetsAdd() throws IOException {
        Path onlyDefault = dir.resolve("perm.yaml");
        Files.writeString(onlyDefault, """
                case: {symptom: delegation, user: jane.doe@contoso.com, delegate: john.smith@contoso.com}
                mailboxes:
                  - {UserPrincipalName: jane.doe@contoso.com, DisplayName: Jane Doe, Identity: contoso.com/Users/Jane Doe, ServerName: ex01, GrantSendOnBehalfTo: []}
                  - {UserPrincipalName: john.smith@contoso.com, DisplayName: John Smith, Identity: contoso.com/Users/John Smith}
                mailboxFolderPermissions:
                  - {Identity: 'contoso.com/Users/Jane Doe:\\Kalender', FolderName: Kalender, User: Default, AccessRights: [AvailabilityOnly]}
                """);
        JsonNode none = new ObjectMapper().readTree(CliRun.of("diagnose", onlyDefault.toString(), "--format", "json").out());
        assertThat(fixes(none, "DELEGATE_CALENDAR_EDITOR"))
                .contains("Add-MailboxFolderPermission -Identity 'jane.doe@contoso.com:\\\\Kalender' -User 'john.smith@contoso.com' -AccessRights Editor");
        assertThat(fixes(none, "DELEGATE_SEND_ON_BEHALF"))
                .contains("Set-Mailbox -Identity 'jane.doe@contoso.com' -GrantSendOnBehalfTo @{Add='john.smith@contoso.com'}");

        Files.writeString(onlyDefault, Files.readString(onlyDefault)
                + "  - {Identity: 'contoso.com/Users/Jane Doe:\\\\Kalender', FolderName: Kalender, User: John Smith, AccessRights: [Reviewer]}\n");
        JsonNode lesser = new ObjectMapper().readTree(CliRun.of("diagnose", onlyDefault.toString(), "--format", "json").out());
        assertThat(fixes(lesser, "DELEGATE_CALENDAR_EDITOR")).contains("Set-MailboxFolderPermission -Identity").doesNotContain("Add-MailboxFolderPermission");
    }

    @Test
    void aDisabledTeamsSchedulerIsEnabledNotCreated() throws IOException {
        Path f = dir.resolve("apps.yaml");
        Files.writeString(f, Files.readString(Path.of(HEALTHY)).replaceFirst(
                "(?s)(- Name: TeamsScheduler\\n    ApplicationIdentifier: 7557eb47-c689-4224-abcf-aef9bd7573df\\n    Enabled: )True", "$1False"));
        JsonNode root = new ObjectMapper().readTree(CliRun.of("diagnose", f.toString(), "--format", "json").out());
        JsonNode app = BrokenRuleTest.check(root, "TEAMS_PARTNER_APP");
        assertThat(app.path("status").asText()).isEqualTo("warn");
        assertThat(app.path("fix").toString()).contains("Set-PartnerApplication -Identity 'TeamsScheduler' -Enabled $true")
                .doesNotContain("New-PartnerApplication");
    }

    @Test
    void theRestProbeIsWindowsPowerShellNotCurl() {
        CliRun run = CliRun.of("diagnose", "facts-samples/presence-stray-space-and-unpublished-rest.yaml", "--format", "json");
        assertThat(run.out()).doesNotContain("curl").contains("Invoke-WebRequest -Uri 'https://mail.contoso.com/api' -UseBasicParsing");
    }

    /** A name taken from the inputs can hold anything; in a fix it is a string, never code. */
    @Test
    void anIdentityHoldingPowerShellIsPrintedInert() throws IOException {
        Path f = dir.resolve("hostile.yaml");
        Files.writeString(f, """
                case: {symptom: presence, user: 'john$(Remove-Mailbox boss)@contoso.com', asOf: 2026-11-29}
                mailboxes:
                  - {UserPrincipalName: 'john$(Remove-Mailbox boss)@contoso.com', RecipientTypeDetails: UserMailbox}
                casMailboxes:
                  - {Identity: 'john$(Remove-Mailbox boss)@contoso.com', PrimarySmtpAddress: 'john$(Remove-Mailbox boss)@contoso.com', EwsEnabled: False}
                autoReplyConfigurations:
                  - {Identity: 'john$(Remove-Mailbox boss)@contoso.com', AutoReplyState: Enabled}
                """);
        JsonNode root = new ObjectMapper().readTree(CliRun.of("diagnose", f.toString(), "--format", "json").out());
        assertThat(fixes(root, "EWS_MAILBOX_ENABLED")).contains("'john$(Remove-Mailbox boss)@contoso.com'");
        assertThat(fixes(root, "AUTO_REPLY_STATE")).contains("-Identity 'john$(Remove-Mailbox boss)@contoso.com'");
        for (JsonNode check : root.path("checks")) {
            for (JsonNode command : check.path("fix")) {
                assertThat(command.asText()).as(check.path("code").asText()).doesNotContainPattern("(?<!')john\\$\\(");
            }
        }
    }
}
