package ted.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 18, items 5 and 7: the scripts run from PowerShell 4 to 7 and say what they need, and the defects found in
 * review are fixed where they start (the relative -OutDir, the header-less empty CSV, ExSetup server by server, the
 * failure count, permission rows without their mailbox, evidence naming a deleted temporary folder, ExSetup labelled
 * as Get-ExchangeServer). What PowerShell would do is read from the script's text; what TED makes of the files is run.
 */
class CollectScriptFixesTest {
    static String oneCase() {
        return CliRun.of("collect-script", "--user", "jane.doe@contoso.com", "--delegate", "john.smith@contoso.com").out();
    }

    static String org() {
        return CliRun.of("collect-script", "--org").out();
    }

    /** The script without its header comment and without single-quoted text. */
    static String code(String script) {
        return script.replaceFirst("(?s)<#.*?#>", "").replaceAll("(?m)^\\s*#.*$", "").replaceAll("'[^'\\n]*'", "''");
    }

    /** Syntax and parameters that PowerShell 4 does not have (5.0: ::new, classes, using; 6 and 7: the rest). */
    static final List<String> NEWER_THAN_POWERSHELL_4 = List.of("::new(", "using namespace", "using module", "?.", "??", "&&", "||",
            " -Parallel", "-SkipHttpErrorCheck", "-AsHashtable", "-EnumsAsStrings", "UTF8NoBOM", "-NoNewline", "New-TemporaryFile",
            "-UseQuotes", "-IncludeTypeInformation", "Join-String", "-SslProtocol", "-SkipCertificateCheck", "Get-ItemPropertyValue",
            "Expand-Archive", "[ordered]::", "-MaximumRetryCount", "ForEach-Object -Parallel", "Write-Information");

    /**
     * -SkipHttpErrorCheck (PowerShell 7) is the one newer parameter allowed, and only on a line the version guard
     * reaches: PowerShell binds parameters when a command runs, so Windows PowerShell never sees it.
     */
    static String withoutGuardedPowerShell7Lines(String code) {
        Matcher guard = Pattern.compile("(?m)^(\\s*)if \\(\\$PSVersionTable\\.PSVersion\\.Major -ge 7\\) \\{\\n(\\1    .*\\n)+?\\1\\}").matcher(code);
        return guard.replaceAll(m -> java.util.regex.Matcher.quoteReplacement(m.group().replace("-SkipHttpErrorCheck", "")));
    }

    @Test
    void noSyntaxOrParameterNewerThanPowerShell4AndTheHeaderSaysWhatIsNeeded() {
        for (String s : List.of(oneCase(), org())) {
            String code = withoutGuardedPowerShell7Lines(code(s));
            for (String newer : NEWER_THAN_POWERSHELL_4) {
                assertThat(code).as(newer).doesNotContain(newer);
            }
            assertThat(code).doesNotContainPattern("(?m)^\\s*(class|enum)\\s+\\w+\\s*\\{");
            // Compress-Archive came with PowerShell 5: the zip falls back to .NET's ZipFile.
            assertThat(s).contains("if (Get-Command Compress-Archive -ErrorAction SilentlyContinue)")
                    .contains("[System.IO.Compression.ZipFile]::CreateFromDirectory($OutDir, \"$OutDir.zip\")");
            assertThat(s).contains("New-Object System.Collections.Generic.List[object]");
            assertThat(s).contains("Windows PowerShell 4.0 or 5.1").contains("PowerShell 7").contains("MicrosoftTeams module")
                    .contains("Get-ManagementRole -Cmdlet Get-MailboxFolderPermission").contains("View-Only")
                    .contains("personal data").contains("Internet access");
        }
        // The probe part says where it runs and how to run it from outside (issue 18, item 3).
        assertThat(oneCase()).contains("HTTPS (TLS 1.2, which the script enables for the\n      session) to outlook.office365.com")
                .contains("proxy settings").contains("from inside your network by default (-RunFrom inside)")
                .contains(".\\collect.ps1 -Part Probe -RunFrom outside").contains("[Net.SecurityProtocolType]::Tls12");
        assertThat(code(oneCase())).contains("-SkipHttpErrorCheck");
    }

    /** [IO.File]::ReadLines resolved a relative -OutDir against the process's folder and ended the run early. */
    @Test
    void theOutputFolderIsMadeFullBeforeAnythingUsesIt() {
        for (String s : List.of(oneCase(), org())) {
            String code = code(s);
            String full = "$OutDir = (New-Item -ItemType Directory -Force -Path $OutDir -ErrorAction Stop).FullName";
            assertThat(code).contains(full);
            int made = code.indexOf(full);
            Matcher use = Pattern.compile("\\$OutDir\\b").matcher(code);
            while (use.find()) {
                if (use.start() > code.indexOf("$ErrorActionPreference") && use.start() < made) {
                    assertThat(code.substring(use.start(), Math.min(code.length(), use.start() + 60))).as("used before it is made full")
                            .startsWith("$OutDir = (New-Item");
                }
            }
        }
        // The per-mailbox part, which counts rows with .NET, is inside a try: one failure there no longer ends the run.
        String o = code(org());
        int count = o.indexOf("$total = CountRows $mailboxes");
        assertThat(o.lastIndexOf("try {", count)).isGreaterThan(o.indexOf("$mailboxes = Join-Path $OutDir"));
    }

    /** Export-Csv of nothing wrote a header-less file, which TED called an input error. */
    @Test
    void anEmptyOrgResultIsAHeaderLineThatTedReadsAsCollectedAndEmpty(@TempDir Path dir) throws IOException {
        String s = org();
        assertThat(s).contains("if ($rows.N -eq 0) {").contains("('\"' + ($names -join '\",\"') + '\"') | Set-Content -Encoding UTF8 -LiteralPath $partial");
        try (var files = Files.list(Path.of("facts-samples/exports/csv-org"))) {
            for (Path f : files.toList()) {
                Files.copy(f, dir.resolve(f.getFileName()));
            }
        }
        // What SaveCsv writes for no automatic replies: Set-Content -Encoding UTF8 in 5.1 (a BOM), the header line.
        Files.writeString(dir.resolve("Get-MailboxAutoReplyConfiguration.csv"), "\ufeff\"Identity\",\"AutoReplyState\",\"StartTime\",\"EndTime\"\r\n");
        CliRun run = CliRun.of("scan", dir.toString(), "--format", "json");
        assertThat(run.exitCode()).as(run.err()).isIn(0, 1);
        JsonNode scan = new ObjectMapper().readTree(run.out());
        assertThat(scan.path("errors").toString()).doesNotContain("Get-MailboxAutoReplyConfiguration");
        assertThat(scan.path("sources").toString()).contains("Get-MailboxAutoReplyConfiguration.csv")
                .contains("holds its header line alone");
    }

    /** Invoke-Command ran one server at a time, three minutes each, and a failed local fallback discarded every version. */
    @Test
    void exSetupAsksEveryServerInOneInvokeCommandWithAShortOpenTimeoutInBothScripts() {
        for (String s : List.of(oneCase(), org())) {
            assertThat(s).contains("$quick = New-PSSessionOption -OpenTimeout 15000")
                    .contains("Invoke-Command -ComputerName $fqdns -SessionOption $quick -ErrorAction SilentlyContinue -ErrorVariable remoteErrors")
                    .doesNotContain("Invoke-Command -ComputerName $server")
                    .contains("Fail 'ExSetup' \"$($server.Name)\"").contains("Save 'ExSetup' { $versions }");
            // The local fallback has a try of its own, so its failure keeps the other servers' versions.
            int fallback = s.indexOf("# This server need not be asked over remoting");
            assertThat(s.indexOf("try {", fallback)).isLessThan(s.indexOf("Get-Item -LiteralPath", fallback));
        }
    }

    /** Only the first 100 per-mailbox failures were recorded, with no total. */
    @Test
    void aFailureTotalStandsBesideTheFirstHundred(@TempDir Path dir) throws IOException {
        assertThat(org()).contains("FailTotal 'Get-MailboxFolderPermission' $count $total")
                .contains("Count = $Count.Failed").contains("the first 100 are listed with their mailbox");
        Files.copy(Path.of("facts-samples/healthy-hybrid.yaml"), dir.resolve("facts.yaml"));
        Files.writeString(dir.resolve("CollectionErrors-Exchange.json"), """
                [{"Part": "Exchange", "Cmdlet": "Get-MailboxFolderPermission", "Identity": "", "Count": 250, "Category": "Total",
                  "Error": "failed for 250 of 1000 mailboxes; the first 100 are listed with their mailbox"}]
                """);
        CliRun run = CliRun.of("diagnose", dir.toString(), "--symptom", "delegation");
        assertThat(run.err()).contains("Get-MailboxFolderPermission failed when the collect script ran it: failed for 250 of 1000 mailboxes");
    }

    /** Permission rows carried the mailbox only by display name; now Identity is the address the cmdlet was asked with. */
    @Test
    void eachPermissionRowNamesItsMailboxByAddress(@TempDir Path dir) throws IOException {
        assertThat(org()).contains("$id = $mailbox + ':\\' + $folder").contains("Select-Object @{ n = 'Identity'; e = { $id } }");
        try (var files = Files.list(Path.of("facts-samples/exports/csv-org"))) {
            for (Path f : files.toList()) {
                Files.copy(f, dir.resolve(f.getFileName()));
            }
        }
        Path permissions = dir.resolve("Get-MailboxFolderPermission.csv");
        Files.writeString(permissions, Files.readString(permissions).replace("contoso.com/Users/Jane Doe:", "jane.doe@contoso.com:")
                .replace("contoso.com/Users/Amy Lee:", "amy.lee@contoso.com:"));
        JsonNode scan = new ObjectMapper().readTree(CliRun.of("scan", dir.toString(), "--format", "json").out());
        String editor = null;
        for (JsonNode subject : scan.path("subjects")) {
            if (subject.path("user").asText().contains("jane") && subject.path("delegate").asText().contains("john")) {
                for (JsonNode c : subject.path("checks")) {
                    if (c.path("code").asText().equals("DELEGATE_CALENDAR_EDITOR")) {
                        editor = c.path("status").asText();
                    }
                }
            }
        }
        assertThat(editor).isEqualTo("pass");
    }

    /** Evidence from a zip named the temporary folder it was unpacked to, deleted by the time anyone reads it. */
    @Test
    void evidenceFromAZipNamesTheZipAndItsEntry(@TempDir Path dir) throws IOException {
        Path zip = dir.resolve("ted-export-20261130-080000.zip");
        try (var out = new java.util.zip.ZipOutputStream(Files.newOutputStream(zip));
             var files = Files.list(CollectScriptPartialResultsTest.DELEGATION)) {
            for (Path f : files.filter(f -> !f.getFileName().toString().startsWith("Get-CASMailbox")).toList()) {
                out.putNextEntry(new java.util.zip.ZipEntry(f.getFileName().toString()));
                out.write(Files.readAllBytes(f));
            }
            out.putNextEntry(new java.util.zip.ZipEntry("CollectionErrors-Exchange.json"));
            out.write("[{\"Part\": \"Exchange\", \"Cmdlet\": \"Get-CASMailbox\", \"Identity\": \"\", \"Error\": \"Access is denied.\"}]"
                    .getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
        CliRun run = CliRun.of("diagnose", zip.toString(), "--symptom", "delegation", "--user", "jane.doe@contoso.com", "--format", "json");
        String out = run.out();
        assertThat(out).contains(zip + "!/CollectionErrors-Exchange.json").doesNotContain("ted-zip-");
    }

    /** ExSetup's version was shown as "Get-ExchangeServer EX01 build". */
    @Test
    void anExSetupVersionIsLabelledAsExSetup(@TempDir Path dir) throws IOException {
        try (var files = Files.list(CollectScriptPartialResultsTest.DELEGATION)) {
            for (Path f : files.toList()) {
                Files.copy(f, dir.resolve(f.getFileName()));
            }
        }
        Files.writeString(dir.resolve("ExSetup.json"), """
                [{"PSComputerName": "ex01.contoso.com", "FileName": "C:\\\\Program Files\\\\Microsoft\\\\Exchange Server\\\\V15\\\\bin\\\\ExSetup.exe",
                  "FileVersion": "15.00.1130.007"},
                 {"PSComputerName": "ex02.contoso.com", "FileName": "C:\\\\Program Files\\\\Microsoft\\\\Exchange Server\\\\V15\\\\bin\\\\ExSetup.exe",
                  "FileVersion": "15.00.1130.007"}]
                """);
        CliRun run = CliRun.of("diagnose", dir.toString(), "--symptom", "delegation", "--user", "jane.doe@contoso.com",
                "--delegate", "john.smith@contoso.com", "--format", "json");
        String build = null;
        for (JsonNode c : new ObjectMapper().readTree(run.out()).path("checks")) {
            if (c.path("code").asText().equals("EXCHANGE_BUILD_DELEGATION")) {
                build = c.path("evidence").toString();
            }
        }
        assertThat(build).contains("ExSetup.exe on EX").doesNotContain("\"Get-ExchangeServer EX01 build =");
        // A build that passes is labelled the same way: the defect was the pass evidence naming Get-ExchangeServer.
        Files.writeString(dir.resolve("ExSetup.json"), """
                [{"PSComputerName": "ex01.contoso.com", "FileName": "C:\\\\Program Files\\\\Microsoft\\\\Exchange Server\\\\V15\\\\bin\\\\ExSetup.exe",
                  "FileVersion": "15.02.1748.010"},
                 {"PSComputerName": "ex02.contoso.com", "FileName": "C:\\\\Program Files\\\\Microsoft\\\\Exchange Server\\\\V15\\\\bin\\\\ExSetup.exe",
                  "FileVersion": "15.02.1748.010"}]
                """);
        CliRun passing = CliRun.of("diagnose", dir.toString(), "--symptom", "delegation", "--user", "jane.doe@contoso.com",
                "--delegate", "john.smith@contoso.com", "--format", "json");
        JsonNode pass = BrokenRuleTest.check(new ObjectMapper().readTree(passing.out()), "EXCHANGE_BUILD_DELEGATION");
        assertThat(pass.path("status").asText()).isEqualTo("pass");
        assertThat(pass.path("evidence").findValuesAsText("source")).isNotEmpty()
                .allSatisfy(source -> assertThat(source).doesNotStartWith("Get-ExchangeServer"))
                .anySatisfy(source -> assertThat(source).startsWith("ExSetup.exe on EX"));
    }

    /**
     * Found in the line-by-line review: every file the scripts write is written under a .partial name and renamed
     * once complete (a disk filling up or Ctrl+C must not leave a cut export under its real name), and a zip that
     * failed is removed rather than handed over.
     */
    @Test
    void everyFileIsWrittenWholeOrUnderAPartialName() {
        for (String s : List.of(oneCase(), org())) {
            for (String line : code(s).lines().filter(l -> l.contains("Set-Content") || l.contains("Export-Clixml") || l.contains("Export-Csv")).toList()) {
                assertThat(line).as("written to a .partial name first: " + line.strip()).containsPattern("-LiteralPath \\$(To|partial)\\b");
            }
            assertThat(s).contains("Move-Item -LiteralPath $partial -Destination $Path -Force -ErrorAction Stop")
                    .contains("Remove-Item -LiteralPath \"$OutDir.zip\"");
        }
    }

    /** Review: Get-Command loads an installed MicrosoftTeams module, so the Teams part must also find a connection. */
    @Test
    void theTeamsPartNeedsAConnectionNotOnlyTheModule() {
        for (String s : List.of(oneCase(), org())) {
            assertThat(s).containsPattern("HasCmdlets 'Teams' 'Get-CsOnlineUser' '[^']*' \\{ Get-CsTenant -ErrorAction Stop \\}");
        }
    }

    /** Review: a mailbox without a folder of type Calendar gave the root's identity, and its permissions as the calendar's. */
    @Test
    void aMailboxWithoutACalendarIsAFailureNotItsRootFolder() {
        assertThat(oneCase()).contains("if (-not $calendar) { throw");
        assertThat(org()).contains("if (-not $folder) { throw");
    }

    /**
     * Review: -ErrorAction SilentlyContinue on an Exchange cmdlet hid every error, not only "not found". Only probes
     * of the shell, clean-ups and web requests (whose errors are read from the answer) may be silent.
     */
    @Test
    void noExchangeCmdletFailsSilently() {
        for (String s : List.of(oneCase(), org())) {
            for (String line : code(s).lines().filter(l -> l.contains("-ErrorAction SilentlyContinue")).toList()) {
                assertThat(line).as(line.strip()).containsPattern("Get-Command|Remove-Item|Test-Path|Invoke-WebRequest|Invoke-Command");
            }
            assertThat(s).doesNotContain("Get-RemoteMailbox -Identity $Id -ErrorAction SilentlyContinue");
        }
        assertThat(oneCase()).contains("catch { if (-not (IsNotFound $_)) { throw } }");
    }
}
