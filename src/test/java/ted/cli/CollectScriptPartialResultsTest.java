package ted.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 18, items 2 and 6: one object that fails costs only the checks that needed it, an export that stopped midway
 * says so, and two shells' folders merge without overwriting each other. Each test builds the folder the collect
 * script writes (file names and record shapes from its templates) and runs TED on it end to end.
 */
class CollectScriptPartialResultsTest {
    static final Path DELEGATION = Path.of("facts-samples/exports/clixml-delegation");
    static final Path ORG = Path.of("facts-samples/exports/csv-org");

    static String script() {
        return CliRun.of("collect-script", "--user", "jane.doe@contoso.com", "--delegate", "john.smith@contoso.com").out();
    }

    static void copy(Path from, Path to) throws IOException {
        try (var files = Files.list(from)) {
            for (Path f : files.toList()) {
                Files.copy(f, to.resolve(f.getFileName()));
            }
        }
    }

    /** Removes from an Export-Clixml file the top-level objects that mention {@code text}. */
    static void dropObjects(Path file, String text) throws IOException {
        String xml = Files.readString(file);
        String kept = java.util.regex.Pattern.compile("(?s)\\n  <Obj RefId=.*?\\n  </Obj>").matcher(xml)
                .replaceAll(m -> m.group().contains(text) ? "" : java.util.regex.Matcher.quoteReplacement(m.group()));
        assertThat(kept).isNotEqualTo(xml);
        Files.writeString(file, kept);
    }

    static Map<String, JsonNode> checks(CliRun run) throws IOException {
        Map<String, JsonNode> byCode = new HashMap<>();
        for (JsonNode c : new ObjectMapper().readTree(run.out()).path("checks")) {
            byCode.put(c.path("code").asText(), c);
        }
        return byCode;
    }

    /** What the one-case script records when a call for one address fails (Fail in collect-functions.ps1). */
    static String failure(String part, String cmdlet, String identity, String error, String category) {
        return "{\"Part\": \"" + part + "\", \"Cmdlet\": \"" + cmdlet + "\", \"Identity\": \"" + identity + "\", \"Error\": \""
                + error + "\", \"Category\": \"" + category + "\"}";
    }

    @Test
    void theScriptAsksForEachAddressInItsOwnTry() {
        String s = script();
        for (String cmdlet : List.of("Get-CASMailbox", "Get-Mailbox", "Get-Recipient", "Get-MailUser", "Get-ManagementRoleAssignment")) {
            assertThat(s).as(cmdlet).containsPattern("SaveEach '" + cmdlet + "' \\$\\w+ \\{ param\\(\\$Id\\) " + cmdlet + " ");
        }
        // The pattern that lost both addresses when one failed is gone.
        assertThat(s).doesNotContain("$Addresses | ForEach-Object").doesNotContain("$linked | ForEach-Object");
        assertThat(s).contains("foreach ($identity in $Identities) {\n        try {").contains("Fail $Name \"$identity\" $_");
        assertThat(s).contains("Identity = $Identity; Error = $message; Category = $category");
    }

    /**
     * The hybrid case: the delegate's mailbox moved to Exchange Online, so on-premises it is a remote mailbox and
     * Get-Mailbox and Get-CASMailbox do not find it. The delegator's records are saved; the delegate's failures are
     * recorded with the address.
     */
    @Test
    void aDelegateInExchangeOnlineCostsNothingOfTheDelegatorsChecks(@TempDir Path dir) throws IOException {
        copy(DELEGATION, dir);
        dropObjects(dir.resolve("Get-Mailbox.xml"), "<S N=\"UserPrincipalName\">john.smith@contoso.com");
        dropObjects(dir.resolve("Get-CASMailbox.xml"), "john.smith@contoso.com");
        // Get-Recipient finds the delegate: on-premises, a mailbox in Exchange Online is a remote mailbox.
        Files.writeString(dir.resolve("Get-Recipient.json"), """
                [{"Name": "John Smith", "Alias": "jsmith", "DisplayName": "John Smith", "PrimarySmtpAddress": "john.smith@contoso.com",
                  "RecipientType": "MailUser", "RecipientTypeDetails": "RemoteUserMailbox", "Identity": "contoso.com/Users/John Smith",
                  "DistinguishedName": "CN=John Smith,CN=Users,DC=contoso,DC=com"}]
                """);
        String notFound = "The operation couldn't be performed because object 'john.smith@contoso.com' couldn't be found on 'dc01.contoso.com'.";
        Files.writeString(dir.resolve("CollectionErrors-Exchange.json"), "[" + failure("Exchange", "Get-CASMailbox", "john.smith@contoso.com", notFound,
                "NotSpecified") + "," + failure("Exchange", "Get-Mailbox", "john.smith@contoso.com", notFound, "NotSpecified") + "]");
        CliRun run = CliRun.of("diagnose", dir.toString(), "--symptom", "delegation", "--user", "jane.doe@contoso.com",
                "--delegate", "john.smith@contoso.com", "--format", "json");
        Map<String, JsonNode> checks = checks(run);
        for (String code : List.of("DELEGATE_SEND_ON_BEHALF", "EWS_MAILBOX_ENABLED", "EWS_MAILBOX_ALLOWS_SCHEDULING")) {
            assertThat(checks).as(code).containsKey(code);
            assertThat(checks.get(code).path("status").asText()).as(code + " in " + checks.get(code)).isNotEqualTo("unknown");
        }
        // The failure is reported once, with its address, and attached to no check about the delegator.
        assertThat(run.err()).contains("Get-CASMailbox failed for john.smith@contoso.com when the collect script ran it")
                .contains("the others use what was saved");
        for (JsonNode c : checks.values()) {
            if (!c.path("status").asText().equals("unknown")) {
                assertThat(c.path("evidence").toString()).as(c.path("code").asText()).doesNotContain("failed for john.smith");
            }
        }
    }

    /** The other way round: the delegator's CAS mailbox failed; its check is unknown with that failure, not the delegate's. */
    @Test
    void theCheckThatNeededTheMissingObjectIsUnknownWithItsOwnFailure(@TempDir Path dir) throws IOException {
        copy(DELEGATION, dir);
        dropObjects(dir.resolve("Get-CASMailbox.xml"), "jane.doe@contoso.com");
        Files.writeString(dir.resolve("CollectionErrors-Exchange.json"), "[" + failure("Exchange", "Get-CASMailbox", "jane.doe@contoso.com",
                "Access is denied.", "PermissionDenied") + "," + failure("Exchange", "Get-Mailbox", "someone.else@contoso.com",
                "not found", "NotSpecified") + "]");
        CliRun run = CliRun.of("diagnose", dir.toString(), "--symptom", "delegation", "--user", "jane.doe@contoso.com",
                "--delegate", "john.smith@contoso.com", "--format", "json");
        JsonNode ews = checks(run).get("EWS_MAILBOX_ENABLED");
        assertThat(ews.path("status").asText()).isEqualTo("unknown");
        assertThat(ews.path("evidence").toString()).contains("Get-CASMailbox failed for jane.doe@contoso.com")
                .contains("Access is denied. (PermissionDenied)").doesNotContain("someone.else");
        assertThat(checks(run).get("DELEGATE_SEND_ON_BEHALF").path("status").asText()).isNotEqualTo("unknown");
    }

    @Test
    void theOrgScriptNeverLeavesAHalfWrittenExportUnderTheCompleteName() {
        String s = CliRun.of("collect-script", "--org").out();
        assertThat(s).contains("$partial = Join-Path $OutDir \"$Name.partial.csv\"")
                .contains("Export-Csv -NoTypeInformation -Encoding UTF8 -LiteralPath $partial")
                .contains("Move-Item -LiteralPath $partial -Destination $path -Force -ErrorAction Stop");
        // The rename comes after the export, inside the same try: an export that threw is never renamed.
        int export = s.indexOf("Export-Csv -NoTypeInformation -Encoding UTF8 -LiteralPath $partial\n");
        assertThat(export).isPositive();
        assertThat(s.indexOf("Move-Item -LiteralPath $partial -Destination $path -Force")).isGreaterThan(export);
        assertThat(s).doesNotContain("-LiteralPath $path\n");
    }

    /** Get-Mailbox -ResultSize Unlimited stopped after two of four mailboxes. */
    @Test
    void aFailedMailboxEnumerationSaysTheScanIsPartial(@TempDir Path dir) throws IOException {
        copy(ORG, dir);
        List<String> rows = Files.readAllLines(dir.resolve("Get-Mailbox.csv"));
        Files.delete(dir.resolve("Get-Mailbox.csv"));
        Files.write(dir.resolve("Get-Mailbox.partial.csv"), rows.subList(0, 3));
        Files.delete(dir.resolve("Get-MailboxFolderPermission.csv"));
        Files.delete(dir.resolve("Get-MailboxAutoReplyConfiguration.csv"));
        Files.writeString(dir.resolve("CollectionErrors-Exchange.json"), "[" + failure("Exchange", "Get-Mailbox", "",
                "The LDAP server is unavailable.", "NotSpecified") + "," + failure("Exchange", "Get-MailboxFolderPermission", "",
                "not read: Get-Mailbox.csv, which lists the mailboxes, was not written completely", "") + "]");
        Files.writeString(dir.resolve("case-Exchange.yaml"), "case:\n  symptom: all\n  scope: organization\n");
        CliRun run = CliRun.of("scan", dir.toString(), "--format", "json");
        JsonNode scan = new ObjectMapper().readTree(run.out());
        assertThat(scan.path("scope").path("mailboxes").asInt()).isEqualTo(2);
        assertThat(run.err()).contains("Get-Mailbox.partial.csv").contains("a partial export: Get-Mailbox stopped before it finished")
                .contains("a mailbox that is not in it is not checked")
                .contains("Get-Mailbox failed when the collect script ran it: The LDAP server is unavailable.")
                .contains("Get-MailboxFolderPermission failed when the collect script ran it: not read");
        assertThat(scan.path("errors").toString()).contains("a partial export");
        for (JsonNode subject : scan.path("subjects")) {
            for (JsonNode c : subject.path("checks")) {
                if (c.path("code").asText().equals("DELEGATE_CALENDAR_EDITOR")) {
                    assertThat(c.path("status").asText()).as("no permissions were read").isEqualTo("unknown");
                }
                if (c.path("code").asText().equals("EWS_MAILBOX_ENABLED")) {
                    assertThat(c.path("status").asText()).as("CAS mailboxes were read whole").isNotEqualTo("unknown");
                }
            }
        }
    }

    @Test
    void eachPartWritesFilesOfItsOwnAndASkippedPartOneNote() {
        for (String s : List.of(script(), CliRun.of("collect-script", "--org").out())) {
            assertThat(s).contains("\"CollectionErrors-$part.json\"").contains("\"CollectionErrors-$part-skipped.json\"")
                    .contains("\"case-$part.yaml\"")
                    .contains("HasCmdlets 'Exchange' 'Get-ExchangeServer'").contains("HasCmdlets 'Teams' 'Get-CsOnlineUser'")
                    .contains("cmdlets are not loaded in this shell");
            // No file every run writes under one name.
            assertThat(s).doesNotContain("'CollectionErrors.json'").doesNotContain("'case.yaml'");
        }
    }

    /**
     * The Exchange part ran in the Exchange Management Shell (Teams skipped there), the Teams part in another shell
     * (Exchange skipped there); both folders are copied into one. Nothing collides, each failure explains its own
     * checks, and the notes are notes.
     */
    @Test
    void aMergedExchangeAndTeamsFolderKeepsBothRunsFailures(@TempDir Path root) throws IOException {
        Path exchange = Files.createDirectories(root.resolve("exchange"));
        Path teams = Files.createDirectories(root.resolve("teams"));
        Path merged = Files.createDirectories(root.resolve("merged"));
        copy(DELEGATION, exchange);
        Files.delete(exchange.resolve("Get-CASMailbox.xml"));
        String caseFile = "case:\n  symptom: all\n  user: \"jane.doe@contoso.com\"\n  delegate: \"john.smith@contoso.com\"\n";
        Files.writeString(exchange.resolve("CollectionErrors-Exchange.json"), "[" + failure("Exchange", "Get-CASMailbox", "",
                "Access is denied.", "PermissionDenied") + "]");
        Files.writeString(exchange.resolve("CollectionErrors-Teams-skipped.json"), "[{\"Part\": \"Teams\", \"Note\": "
                + "\"Teams cmdlets are not loaded in this shell (Get-CsOnlineUser was not found): the Teams part was skipped.\"}]");
        Files.writeString(exchange.resolve("case-Exchange.yaml"), caseFile + "  asOf: \"2026-11-30T08:00:00.0000000+01:00\"\n");
        for (String f : List.of("Get-CsOnlineUser.json", "Get-CsTeamsUpgradePolicy.json")) {
            Files.copy(Path.of("facts-samples/exports/csv-calendar-app").resolve(f), teams.resolve(f));
        }
        Files.writeString(teams.resolve("CollectionErrors-Teams.json"), "[" + failure("Teams", "Get-CsTeamsAppSetupPolicy", "",
                "The remote server returned an error: (403) Forbidden.", "AuthenticationError") + "]");
        Files.writeString(teams.resolve("CollectionErrors-Exchange-skipped.json"), "[{\"Part\": \"Exchange\", \"Note\": "
                + "\"Exchange cmdlets are not loaded in this shell (Get-ExchangeServer was not found): the Exchange part was skipped.\"}]");
        Files.writeString(teams.resolve("case-Teams.yaml"), caseFile + "  asOf: \"2026-11-30T08:05:00.0000000+01:00\"\n");
        int files = 0;
        for (Path part : List.of(exchange, teams)) {
            try (var list = Files.list(part)) {
                for (Path f : list.toList()) {
                    assertThat(merged.resolve(f.getFileName())).as("collides: " + f.getFileName()).doesNotExist();
                    Files.copy(f, merged.resolve(f.getFileName()));
                    files++;
                }
            }
        }
        assertThat(files).isGreaterThan(10);
        CliRun run = CliRun.of("diagnose", merged.toString(), "--format", "json");
        Map<String, JsonNode> checks = checks(run);
        JsonNode ews = checks.get("EWS_MAILBOX_ENABLED");
        assertThat(ews.path("status").asText()).isEqualTo("unknown");
        assertThat(ews.path("evidence").toString()).contains("Get-CASMailbox failed").contains("CollectionErrors-Exchange.json")
                .doesNotContain("Forbidden");
        JsonNode pinned = checks.values().stream().filter(c -> c.toString().contains("Get-CsTeamsAppSetupPolicy failed")).findFirst().orElseThrow();
        assertThat(pinned.path("status").asText()).isEqualTo("unknown");
        assertThat(pinned.toString()).contains("CollectionErrors-Teams.json").contains("(403) Forbidden");
        // Both runs' failures are reported; the skipped parts are notes, not failures.
        assertThat(run.err()).contains("Get-CASMailbox failed when the collect script ran it")
                .contains("Get-CsTeamsAppSetupPolicy failed when the collect script ran it")
                .doesNotContain("cmdlets are not loaded in this shell");
        assertThat(run.out()).contains("Teams cmdlets are not loaded in this shell");
        // The Exchange facts and the Teams facts are both used.
        assertThat(checks.get("DELEGATE_SEND_ON_BEHALF").path("status").asText()).isNotEqualTo("unknown");
        assertThat(run.out()).doesNotContain("\"code\" : \"TEAMS_COEXISTENCE_MODE\", \"status\" : \"unknown\"");
    }
}
