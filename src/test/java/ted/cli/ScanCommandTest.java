package ted.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** `ted scan`: the same verdicts as `ted diagnose` per subject, grouped causes with one fix, and the exit codes. */
class ScanCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    static Stream<Arguments> samples() {
        return Stream.of(
                Arguments.of("clixml-delegation", "delegation", "jane.doe@contoso.com", "john.smith@contoso.com"),
                Arguments.of("json-calendar-app", "calendar-app", "jane.doe@contoso.com", null),
                Arguments.of("csv-calendar-app", "calendar-app", "jane.doe@contoso.com", null),
                Arguments.of("formatlist-utf16-presence", "presence", "jane.doe@contoso.com", null));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void eachSubjectGetsWhatDiagnoseGivesThatCase(String folder, String symptom, String user, String delegate) throws IOException {
        Path path = Path.of("facts-samples/exports", folder);
        CliRun scan = CliRun.of("scan", path.toString(), "--symptom", symptom, "--format", "json");
        assertThat(scan.exitCode()).as(scan.err()).isIn(0, 1);
        JsonNode subject = null;
        for (JsonNode s : JSON.readTree(scan.out()).get("subjects")) {
            if (s.get("user").asText().equals(user) && (delegate == null ? s.get("delegate").isNull() : delegate.equals(s.get("delegate").asText()))) {
                subject = s;
            }
        }
        assertThat(subject).as("the scan has the subject %s / %s", user, delegate).isNotNull();
        List<String> args = new java.util.ArrayList<>(List.of("diagnose", path.toString(), "--symptom", symptom, "--user", user, "--format", "json"));
        if (delegate != null) {
            args.addAll(List.of("--delegate", delegate));
        }
        CliRun diagnose = CliRun.of(args.toArray(String[]::new));
        assertThat(statuses(subject.get("checks"))).isEqualTo(statuses(JSON.readTree(diagnose.out()).get("checks")))
                .isNotEmpty();
    }

    private static Map<String, String> statuses(JsonNode checks) {
        Map<String, String> m = new LinkedHashMap<>();
        checks.forEach(c -> m.put(c.get("code").asText(), c.get("status").asText()));
        return m;
    }

    /** Three mailboxes; Jane and Amy share one fault of their allow lists, John has none. */
    private Path org() throws IOException {
        String s = Files.readString(Path.of("facts-samples/calendar-app-blocked-by-ews-lists.yaml"));
        s = s.replaceFirst("casMailboxes:\n", "casMailboxes:\n  - Identity: contoso.com/Users/Amy Lee\n    PrimarySmtpAddress: amy.lee@contoso.com\n"
                + "    EwsEnabled: True\n    EwsApplicationAccessPolicy: EnforceAllowList\n    EwsAllowList: ['*Teams/*']\n");
        s = s.replaceFirst("mailboxes:\n  - UserPrincipalName: jane.doe@contoso.com", "mailboxes:\n  - UserPrincipalName: amy.lee@contoso.com\n"
                + "    PrimarySmtpAddress: amy.lee@contoso.com\n    Alias: alee\n    DisplayName: Amy Lee\n    Identity: contoso.com/Users/Amy Lee\n"
                + "    RecipientTypeDetails: UserMailbox\n    ServerName: ex01\n  - UserPrincipalName: jane.doe@contoso.com");
        Path file = dir.resolve("org.yaml");
        Files.writeString(file, s);
        return file;
    }

    @Test
    void textGroupsSubjectsByCauseWithOneFixForAllOfThem() throws IOException {
        CliRun r = CliRun.of("scan", org().toString(), "--symptom", "calendar-app");
        assertThat(r.exitCode()).isEqualTo(ExitCode.CHECK_FAILED);
        assertThat(r.out()).contains("Scope:    3 mailboxes, 0 delegate pairs (3 subjects)")
                .contains("EWS_MAILBOX_ALLOWS_CALENDAR_APP  mailboxes: fail 2, pass 1")
                .contains("[FAIL] 2 mailboxes:")
                .contains("amy.lee@contoso.com, jane.doe@contoso.com\n")
                .contains("ForEach-Object { Set-CASMailbox -Identity $_.user")
                .contains("Summary: 3 of 3 subjects have a check that fails the run (--fail-on)");
        // an organisation-level verdict (the sample's org-wide EWS lists block the app) is said once, above the
        // mailboxes, with its fix
        String org = r.out().substring(r.out().indexOf("The organisation (each check once)"),
                r.out().indexOf("Mailboxes and delegate pairs, most failing first"));
        assertThat(org).contains("[FAIL]    EWS_ORG_ALLOWS_CALENDAR_APP").contains("Set-OrganizationConfig");
        assertThat(r.out().split("EWS_ORG_ALLOWS_CALENDAR_APP", -1)).hasSize(2);
    }

    @Test
    void csvHasARowPerSubjectAndCheckThatDidNotPassWithTheCauseTheFixFilters() throws IOException {
        CliRun r = CliRun.of("scan", org().toString(), "--symptom", "calendar-app", "--format", "csv");
        Path csv = dir.resolve("scan.csv");
        Files.writeString(csv, r.out());
        List<Map<String, String>> rows = ReportFilesTest.csv(csv);
        assertThat(rows).filteredOn(row -> row.get("code").equals("EWS_MAILBOX_ALLOWS_CALENDAR_APP"))
                .extracting(row -> row.get("user")).containsExactly("amy.lee@contoso.com", "jane.doe@contoso.com");
        assertThat(rows).noneMatch(row -> row.get("status").equals("pass"));
        // The organisation's verdict is one row, naming no one, however many mailboxes were evaluated.
        assertThat(rows).filteredOn(row -> row.get("code").equals("EWS_ORG_ALLOWS_CALENDAR_APP"))
                .singleElement().satisfies(row -> assertThat(row.get("user")).isEmpty());
        String cause = rows.stream().filter(row -> row.get("code").equals("EWS_MAILBOX_ALLOWS_CALENDAR_APP")).findFirst().orElseThrow().get("cause");
        String text = CliRun.of("scan", org().toString(), "--symptom", "calendar-app").out();
        assertThat(text).contains("$_.cause -eq `\n").contains("'" + cause.replace("'", "''") + "'");
    }

    @Test
    void jsonFollowsItsContract() throws IOException {
        CliRun r = CliRun.of("scan", org().toString(), "--format", "json");
        JsonNode json = JSON.readTree(r.out());
        assertThat(json.get("tool").asText()).isEqualTo("ted");
        assertThat(json.get("scope").get("mailboxes").asInt()).isEqualTo(3);
        assertThat(json.get("scope").get("pairs").asInt()).isEqualTo(1);   // Jane granted John send-on-behalf
        assertThat(json.get("subjects")).hasSize(4);
        JsonNode counts = json.get("summary").get("EWS_MAILBOX_ALLOWS_CALENDAR_APP");
        assertThat(counts.get("unit").asText()).isEqualTo("mailbox");
        assertThat(counts.get("fail").asInt()).isEqualTo(2);
        assertThat(counts.get("pass").asInt()).isEqualTo(1);
        assertThat(counts.get("affected")).extracting(a -> a.get("user").asText() + " " + a.get("status").asText())
                .containsExactly("amy.lee@contoso.com fail", "jane.doe@contoso.com fail");
        // The organisation's check counts the organisation once (4 subjects evaluated it), and lists it as naming no one.
        JsonNode org = json.get("summary").get("EWS_ORG_ALLOWS_CALENDAR_APP");
        assertThat(org.get("unit").asText()).isEqualTo("organization");
        assertThat(org.get("fail").asInt()).isEqualTo(1);
        assertThat(org.get("affected")).singleElement().satisfies(a -> assertThat(a.get("user").isNull()).isTrue());
        // Organisation checks come first in the summary, then the rest by how many objects fail.
        List<String> units = new java.util.ArrayList<>();
        json.get("summary").forEach(c -> units.add(c.get("unit").asText()));
        assertThat(units.subList(0, units.lastIndexOf("organization") + 1)).containsOnly("organization");
        assertThat(json.get("sources").get(0).get("readAs").asText()).isEqualTo("facts file");
        assertThat(json.get("errors")).isEmpty();
    }

    @Test
    void aMailboxEvaluatedAsASubjectAndAsADelegatorIsCountedOnce() throws IOException {
        // Jane is a subject (Calendar app, presence) and the delegator of Jane -> John: EWS off on her mailbox is
        // evaluated twice, and is one mailbox.
        Path org = org();
        Files.writeString(org, Files.readString(org).replace("PrimarySmtpAddress: jane.doe@contoso.com\n    EwsEnabled: True",
                "PrimarySmtpAddress: jane.doe@contoso.com\n    EwsEnabled: False"));
        JsonNode json = JSON.readTree(CliRun.of("scan", org.toString(), "--format", "json").out());
        int evaluations = 0;
        for (JsonNode subject : json.get("subjects")) {
            for (JsonNode c : subject.get("checks")) {
                evaluations += c.get("code").asText().equals("EWS_MAILBOX_ENABLED") && c.get("status").asText().equals("fail") ? 1 : 0;
            }
        }
        assertThat(evaluations).isEqualTo(2);
        JsonNode counts = json.get("summary").get("EWS_MAILBOX_ENABLED");
        assertThat(counts.get("fail").asInt()).isEqualTo(1);
        assertThat(counts.get("pass").asInt()).isEqualTo(2);
        Path csv = dir.resolve("scan.csv");
        Files.writeString(csv, CliRun.of("scan", org.toString(), "--format", "csv").out());
        assertThat(ReportFilesTest.csv(csv)).filteredOn(row -> row.get("code").equals("EWS_MAILBOX_ENABLED"))
                .extracting(row -> row.get("user") + " " + row.get("status") + " " + row.get("detail"))
                .containsExactly("jane.doe@contoso.com fail EwsEnabled is False on this mailbox, so no Teams service can reach it.");
    }

    @Test
    void theScansFixesKeepEveryAlternativeDiagnoseGives() throws IOException {
        // Jane's server ex01 runs a build below the Calendar app's: diagnose says move the mailbox or upgrade ex01.
        Path org = org();
        Files.writeString(org, Files.readString(org).replaceFirst("AdminDisplayVersion: Version 15.2 \\(Build 1748.10\\)",
                "AdminDisplayVersion: Version 15.0 (Build 1497.2)"));
        JsonNode diagnosis = JSON.readTree(CliRun.of("diagnose", org.toString(), "--symptom", "calendar-app", "--user",
                "jane.doe@contoso.com", "--format", "json").out());
        CliRun scan = CliRun.of("scan", org.toString(), "--symptom", "calendar-app", "--report", dir.resolve("scan.md").toString());
        String md = Files.readString(dir.resolve("scan.md"));
        int compared = 0;
        for (JsonNode check : diagnosis.get("checks")) {
            if (!check.get("status").asText().equals("fail")) {
                continue;
            }
            for (JsonNode line : check.get("fix")) {
                String fix = line.asText();
                String inScan = fix.startsWith("#") ? fix.replace("jane.doe@contoso.com", "<user>")
                        : fix.replace("'jane.doe@contoso.com'", "$_.user");
                String where = check.get("code").asText().startsWith("EWS_ORG") ? md : md.substring(md.indexOf("## Mailboxes"));
                assertThat(where).as("%s: %s", check.get("code").asText(), fix).contains(inScan);
                compared++;
            }
        }
        assertThat(compared).isGreaterThan(3);
        assertThat(md).contains("# Move the mailbox to a server running Exchange 2016 CU3 or later, or upgrade");
        assertThat(scan.out()).contains("New-MoveRequest -Identity $_.user");
    }

    @Test
    void quietPrintsTheSummaryLineAloneAndReportFilesStayComplete() throws IOException {
        CliRun r = CliRun.of("scan", "facts-samples/exports/csv-org", "-q", "--report", dir.resolve("scan.txt").toString());
        assertThat(r.exitCode()).isEqualTo(ExitCode.CHECK_FAILED);
        assertThat(r.out()).isEqualTo("Summary: 3 of 6 subjects have a check that fails the run (--fail-on)" + System.lineSeparator());
        assertThat(r.err()).doesNotContain("ted: read ").contains("wrote " + dir.resolve("scan.txt"));
        assertThat(Files.readString(dir.resolve("scan.txt"))).contains("The organisation (each check once)")
                .contains("Mailboxes and delegate pairs, most failing first");
        assertThat(CliRun.of("scan", "facts-samples/exports/csv-org", "--quiet").out().lines()).hasSize(1);
    }

    @Test
    void aCalendarPermissionFlaggedDelegateMakesAPairToo() throws IOException {
        Path org = org();
        String s = Files.readString(org).replace("mailboxFolderPermissions:\n", "mailboxFolderPermissions:\n"
                + "  - {Identity: 'contoso.com/Users/Amy Lee:\\Calendar', FolderName: Calendar, User: John Smith, AccessRights: [Editor],"
                + " SharingPermissionFlags: [Delegate]}\n"
                + "  - {Identity: 'contoso.com/Users/Amy Lee:\\Calendar', FolderName: Calendar, User: Jane Doe, AccessRights: [Reviewer]}\n");
        Files.writeString(org, s);
        JsonNode json = JSON.readTree(CliRun.of("scan", org.toString(), "--symptom", "delegation", "--format", "json").out());
        assertThat(json.get("scope").get("pairs").asInt()).isEqualTo(2);   // Jane -> John (send on behalf), Amy -> John (flag)
        assertThat(json.get("subjects")).extracting(x -> x.get("user").asText() + " / " + x.get("delegate").asText())
                .containsExactly("amy.lee@contoso.com / john.smith@contoso.com", "jane.doe@contoso.com / john.smith@contoso.com");
    }

    @Test
    void sharingFlagsWrittenAsTheEnumsNumberByWindowsPowerShellStillMarkADelegate() throws IOException {
        Path exports = Files.createDirectories(dir.resolve("exports"));
        Files.writeString(exports.resolve("Get-Mailbox.json"), """
                [{"UserPrincipalName": "amy.lee@contoso.com", "PrimarySmtpAddress": "amy.lee@contoso.com", "Alias": "alee",
                  "DisplayName": "Amy Lee", "Identity": "contoso.com/Users/Amy Lee", "GrantSendOnBehalfTo": []},
                 {"UserPrincipalName": "john.smith@contoso.com", "PrimarySmtpAddress": "john.smith@contoso.com", "Alias": "jsmith",
                  "DisplayName": "John Smith", "Identity": "contoso.com/Users/John Smith", "GrantSendOnBehalfTo": []}]
                """);
        Files.writeString(exports.resolve("Get-MailboxFolderPermission.json"), """
                [{"Identity": "contoso.com/Users/Amy Lee:\\\\Calendar", "FolderName": "Calendar", "User": "John Smith",
                  "AccessRights": ["Editor"], "SharingPermissionFlags": 3},
                 {"Identity": "contoso.com/Users/Amy Lee:\\\\Calendar", "FolderName": "Calendar", "User": "Default",
                  "AccessRights": ["AvailabilityOnly"], "SharingPermissionFlags": 0}]
                """);
        JsonNode json = JSON.readTree(CliRun.of("scan", exports.toString(), "--symptom", "delegation", "--format", "json").out());
        assertThat(json.get("subjects")).extracting(x -> x.get("user").asText() + " / " + x.get("delegate").asText())
                .containsExactly("amy.lee@contoso.com / john.smith@contoso.com");
    }

    @Test
    void theOrgWideCsvSampleGivesTheCountsItWasMadeWith() throws IOException {
        // facts-samples/exports/csv-org, as collect-script --org writes it: Jane's allow list lacks the calendar app's,
        // presence's and the scheduling service's entries; Bob's automatic replies are on; Amy's delegate Bob (flagged
        // Delegate) is a Reviewer without send-on-behalf; Jane's delegate John is an Editor with it.
        CliRun r = CliRun.of("scan", "facts-samples/exports/csv-org", "--format", "json");
        assertThat(r.exitCode()).isEqualTo(ExitCode.CHECK_FAILED);
        JsonNode json = JSON.readTree(r.out());
        assertThat(json.get("scope").get("mailboxes").asInt()).isEqualTo(4);
        assertThat(json.get("scope").get("pairs").asInt()).isEqualTo(2);
        JsonNode summary = json.get("summary");
        assertThat(summary.get("EWS_MAILBOX_ALLOWS_CALENDAR_APP").get("fail").asInt()).isEqualTo(1);
        assertThat(summary.get("EWS_MAILBOX_ALLOWS_PRESENCE").get("fail").asInt()).isEqualTo(1);
        assertThat(summary.get("EWS_MAILBOX_ALLOWS_SCHEDULING").get("fail").asInt()).isEqualTo(1);
        assertThat(summary.get("AUTO_REPLY_STATE").get("warn").asInt()).isEqualTo(1);
        assertThat(summary.get("DELEGATE_CALENDAR_EDITOR").get("fail").asInt()).isEqualTo(1);
        assertThat(summary.get("DELEGATE_CALENDAR_EDITOR").get("pass").asInt()).isEqualTo(1);
        assertThat(summary.get("DELEGATE_SEND_ON_BEHALF").get("fail").asInt()).isEqualTo(1);
        // An organisation-level check counts the organisation, once, not the six subjects that evaluated it.
        assertThat(summary.get("HYBRID_EXO_PARTNER_APP").get("pass").asInt()).isEqualTo(1);
        assertThat(summary.get("HYBRID_AUTH_SERVER").get("unknown").asInt()).isEqualTo(1);
        assertThat(summary.get("DELEGATE_SEND_ON_BEHALF").get("unit").asText()).isEqualTo("pair");
        assertThat(summary.get("DELEGATE_SEND_ON_BEHALF").get("affected")).singleElement()
                .satisfies(a -> assertThat(a.get("user").asText() + " / " + a.get("delegate").asText())
                        .isEqualTo("amy.lee@contoso.com / bob.king@contoso.com"));
        assertThat(json.get("sources").toString()).doesNotContain("holds commas");
    }

    @Test
    void reportFilesCarryTheScanAsHtmlWithCountsPerStepAndAsMarkdown() throws IOException {
        CliRun r = CliRun.of("scan", "facts-samples/exports/csv-org", "--format", "json", "--report", dir.resolve("scan.html").toString(),
                "--report", dir.resolve("scan.md").toString(), "--report", dir.resolve("scan.csv").toString());
        assertThat(r.err()).contains("wrote " + dir.resolve("scan.html") + " (html)").contains("wrote " + dir.resolve("scan.csv") + " (csv)");
        org.jsoup.nodes.Document page = org.jsoup.Jsoup.parse(dir.resolve("scan.html").toFile(), "UTF-8");
        assertThat(page.select("meta[http-equiv=Content-Security-Policy]")).hasSize(1);
        assertThat(page.select("svg.flow a.node")).isNotEmpty();
        // The step of DELEGATE_CALENDAR_EDITOR (delegation, step 1): one pair of two fails there; the box names the check.
        assertThat(page.select("svg.flow a.node[href=#DELEGATE_CALENDAR_EDITOR] text").eachText())
                .contains("Step 1 · ✗ FAIL", "DELEGATE_CALENDAR_EDITOR", "The delegate has Editor on…", "1 delegate pair fail");
        assertThat(page.select("svg.flow a.node[href=#DELEGATE_CALENDAR_EDITOR] title").text())
                .contains("The delegate has Editor on the delegator's calendar");
        assertThat(page.select("#objects article[data-code=EWS_MAILBOX_ALLOWS_CALENDAR_APP] .cause").text())
                .contains("1 mailbox").contains("jane.doe@contoso.com");
        assertThat(page.select("#objects pre code").eachText()).anyMatch(c -> c.contains("ForEach-Object { Set-CASMailbox -Identity $_.user"));
        assertThat(page.select("#organisation article[data-code=HYBRID_AUTH_SERVER]")).hasSize(1);
        String md = Files.readString(dir.resolve("scan.md"));
        assertThat(md).startsWith("# TED organisation scan: delegation, calendar-app, presence")
                .contains("### `AUTO_REPLY_STATE` Automatic replies are really off").contains("```powershell");
        // The CSV report is the same stream as --format csv would print.
        assertThat(ReportFilesTest.csv(dir.resolve("scan.csv"))).isNotEmpty()
                .allSatisfy(row -> assertThat(row.get("status")).isNotEqualTo("pass"));
        CliRun junit = CliRun.of("scan", "facts-samples/exports/csv-org", "--report", dir.resolve("scan.xml").toString());
        assertThat(junit.exitCode()).isEqualTo(ExitCode.ERROR);
        assertThat(junit.err()).contains("there is no junit report of this; use text, json, markdown, html, csv");
    }

    @Test
    void waiversKeepTheirSubjectsFromFailingTheScanAndAnExpiredOneSaysSoOnce() throws IOException {
        Path waivers = dir.resolve("waivers.yaml");
        Files.writeString(waivers, """
                waivers:
                  - {code: DELEGATE_SEND_ON_BEHALF, user: amy.lee@contoso.com, reason: "Bob sends as Amy (CHG-9)", expires: 2999-12-31}
                  - {code: DELEGATE_CALENDAR_EDITOR, user: Amy Lee, delegate: bking, reason: "CHG-9", expires: 2999-12-31}
                  - {code: AUTO_REPLY_STATE, reason: "long leave", expires: 2020-01-01}
                """);
        CliRun before = CliRun.of("scan", "facts-samples/exports/csv-org");
        assertThat(before.out()).contains("Summary: 3 of 6 subjects have a check that fails the run");
        CliRun r = CliRun.of("scan", "facts-samples/exports/csv-org", "--waivers", waivers.toString());
        assertThat(r.out()).contains("Summary: 2 of 6 subjects have a check that fails the run")
                .contains("DELEGATE_SEND_ON_BEHALF  delegate pairs: fail 1, pass 1 (1 waived)");
        assertThat(r.err().lines().filter(l -> l.contains("the waiver for AUTO_REPLY_STATE expired on 2020-01-01"))).hasSize(1);
        JsonNode json = JSON.readTree(CliRun.of("scan", "facts-samples/exports/csv-org", "--waivers", waivers.toString(),
                "--format", "json").out());
        assertThat(json.get("summary").get("DELEGATE_CALENDAR_EDITOR").get("fail").asInt()).isEqualTo(1);
        assertThat(json.get("summary").get("DELEGATE_CALENDAR_EDITOR").get("waived").asInt()).isEqualTo(1);
        assertThat(json.get("summary").get("AUTO_REPLY_STATE").get("waived").asInt()).isZero();
        Files.writeString(waivers, "waivers:\n  - {code: NO_SUCH_CHECK, reason: x, expires: 2999-12-31}\n");
        CliRun bad = CliRun.of("scan", "facts-samples/exports/csv-org", "--waivers", waivers.toString());
        assertThat(bad.exitCode()).isEqualTo(ExitCode.ERROR);
        assertThat(bad.err()).contains("no check has the code 'NO_SUCH_CHECK'");
    }

    @Test
    void usersNarrowsTheScanAndANameThatMatchesNobodyIsAnError() throws IOException {
        Path users = dir.resolve("users.txt");
        Files.writeString(users, "# the helpdesk's list\nJohn Smith\n");
        CliRun one = CliRun.of("scan", org().toString(), "--symptom", "calendar-app", "--users", users.toString(), "--format", "json");
        assertThat(JSON.readTree(one.out()).get("subjects")).hasSize(1);
        assertThat(JSON.readTree(one.out()).get("subjects").get(0).get("user").asText()).isEqualTo("john.smith@contoso.com");
        Files.writeString(users, "john.smith@contoso.com\nnobody@contoso.com\n");
        CliRun bad = CliRun.of("scan", org().toString(), "--users", users.toString());
        assertThat(bad.exitCode()).isEqualTo(ExitCode.ERROR);
        assertThat(bad.err()).contains("users.txt:2: 'nobody@contoso.com' matches no one in the inputs");
    }

    /** Issue 17, item 5, for scan: a scan that decided nothing for any subject says so and exits 3. */
    @Test
    void aScanThatDecidedNothingSaysSoAndExitsThree() throws IOException {
        Path file = dir.resolve("mailboxes-only.yaml");
        Files.writeString(file, "mailboxes:\n  - {UserPrincipalName: jane.doe@contoso.com, DisplayName: Jane Doe, RecipientTypeDetails: UserMailbox}\n");
        CliRun r = CliRun.of("scan", file.toString(), "--symptom", "presence");
        assertThat(r.exitCode()).as(r.err()).isEqualTo(ExitCode.NOTHING_DECIDED);
        assertThat(r.out()).contains("Nothing decided: no subject had a check pass, warn or fail (exit code 3).\nSummary: 0 of 1 subjects");
    }

    /** Issue 17, item 5, for scan: a path named that is not there is exit 2 after the scan of the others. */
    @Test
    void aMistypedPathExitsTwoAfterTheScanOfTheOthers() throws IOException {
        Path nope = dir.resolve("nope");
        CliRun r = CliRun.of("scan", org().toString(), nope.toString(), "--symptom", "calendar-app");
        assertThat(r.exitCode()).isEqualTo(ExitCode.ERROR);
        assertThat(r.out()).contains("Summary: 3 of 3 subjects");
        assertThat(r.err()).contains(nope + ": no such file").contains(nope + ": named but not read (see above)");
    }

    /** Issue 17, item 5, for scan: a waiver that covered no subject (or names no one) is named once. */
    @Test
    void aWaiverThatCoveredNoSubjectIsNamed() throws IOException {
        Path waivers = dir.resolve("waivers.yaml");
        Files.writeString(waivers, """
                waivers:
                  - {code: EWS_MAILBOX_ALLOWS_CALENDAR_APP, user: amy.lee@contoso.com, reason: "CHG-1", expires: 2999-12-31}
                  - {code: EWS_MAILBOX_ALLOWS_CALENDAR_APP, user: amy.leee@contoso.com, reason: "CHG-2", expires: 2999-12-31}
                  - {code: DELEGATE_SEND_ON_BEHALF, reason: "CHG-3", expires: 2999-12-31}
                """);
        CliRun r = CliRun.of("scan", org().toString(), "--symptom", "calendar-app", "--waivers", waivers.toString());
        assertThat(r.err().lines().filter(l -> l.contains("waives nothing"))).containsExactly(
                "ted: note: the waiver for EWS_MAILBOX_ALLOWS_CALENDAR_APP (" + waivers + ": waivers[2]) waives nothing: its user "
                        + "'amy.leee@contoso.com' matches no one in the inputs; correct it or remove it",
                "ted: note: the waiver for DELEGATE_SEND_ON_BEHALF (" + waivers + ": waivers[3]) waives nothing: it covered no subject "
                        + "of this scan; correct it or remove it");
    }

    @Test
    void failOnAndInputsWithoutMailboxesFollowTheContract() throws IOException {
        assertThat(CliRun.of("scan", org().toString(), "--symptom", "calendar-app", "--fail-on", "error").exitCode()).isEqualTo(ExitCode.OK);
        CliRun none = CliRun.of("scan", "facts-samples/only-the-case-nothing-collected.yaml");
        assertThat(none.exitCode()).isEqualTo(ExitCode.ERROR);
        assertThat(none.err()).contains("no mailboxes to scan");
    }
}
