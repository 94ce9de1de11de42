package ted.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * `ted collect-script --org`, checked as the one-case script is (PowerShell cannot run here): it only reads, every
 * cmdlet says how its errors are handled, every file is written by literal path, what exists per mailbox streams to
 * Export-Csv with its lists joined, and the case.yaml it writes reads back as an org-wide collection.
 */
class OrgCollectScriptTest {
    static String script() {
        CliRun r = CliRun.of("collect-script", "--org");
        assertThat(r.exitCode()).isZero();
        return r.out();
    }

    /** The script without its header comment, which names cmdlets and rights in prose. */
    static String code() {
        return script().replaceFirst("(?s)<#.*?#>", "");
    }

    /** The verbs the script may use: reading, formatting, writing its own files, progress. Nothing that changes Exchange. */
    private static final Set<String> READ_ONLY_VERBS = Set.of("Get", "Test", "Invoke", "Export", "Import", "Select", "ForEach",
            "Where", "Write", "Out", "New", "Set", "ConvertTo", "Compress", "Join", "Move", "Remove", "Add");

    @Test
    void itOnlyReadsExchangeAndTeams() {
        Matcher m = Pattern.compile("\\b([A-Z][a-z]+)-([A-Z][A-Za-z]+)\\b").matcher(code().replaceAll("(?m)^\\s*#.*$", "")
                // Single-quoted text is words, not calls (the hint to run Connect-MicrosoftTeams first).
                .replaceAll("'[^'\\n]*'", "''"));
        while (m.find()) {
            String verb = m.group(1);
            String noun = m.group(2);
            assertThat(READ_ONLY_VERBS).as(m.group()).contains(verb);
            if (verb.equals("Set")) {
                assertThat(noun).as("Set- only writes the script's own files").isEqualTo("Content");
            }
            if (verb.equals("New")) {
                assertThat(noun).as("New- only makes the output folder, a list and a remoting option").isIn("Item", "Object", "PSSessionOption");
            }
            if (verb.equals("Move") || verb.equals("Remove")) {
                assertThat(noun).as("Move-Item and Remove-Item only rename or drop the script's own .partial.csv").isEqualTo("Item");
            }
            if (verb.equals("Add")) {
                assertThat(noun).as("Add-Type only loads .NET's zip classes in PowerShell 4").isEqualTo("Type");
            }
            if (verb.equals("Invoke")) {
                assertThat(noun).as(m.group()).isEqualTo("Command");
            }
        }
    }

    @Test
    void everyCmdletCallSaysHowItsErrorsAreHandledAndEveryFileIsWrittenByLiteralPath() {
        Pattern call = Pattern.compile("\\b(Get-(?!Date\\b|Location\\b)|Test-|Invoke-Command\\b)[A-Za-z]*");
        for (String line : code().lines().toList()) {
            // Quoted text names cmdlets (a failure's label) without calling them.
            String code = line.strip().replaceAll("'[^']*'", "''").replaceAll("\"[^\"]*\"", "\"\"");
            if (code.startsWith("#") || (code.startsWith("Save ") || code.startsWith("SaveCsv ") || code.startsWith("SaveEach ")) && !code.contains("{ ")) {
                continue;
            }
            Matcher m = call.matcher(code);
            while (m.find()) {
                assertThat(code.substring(m.start())).as("line: %s", code).containsPattern("-ErrorAction (Stop|SilentlyContinue)");
            }
            if (code.contains("Set-Content") || code.contains("Export-Clixml -") || code.contains("Export-Csv") || code.contains("Import-Csv")) {
                assertThat(code).as(code).contains("-LiteralPath");
            }
        }
    }

    @Test
    void whatExistsPerMailboxStreamsToExportCsvWithItsListsJoined() {
        String s = script();
        assertThat(s).contains("Get-Mailbox -ResultSize Unlimited").contains("Get-CASMailbox -ResultSize Unlimited")
                .contains("Get-CsOnlineUser -ResultSize Unlimited")
                .contains("Export-Csv -NoTypeInformation -Encoding UTF8")
                .contains("@{ n = 'EwsAllowList'; e = { $_.EwsAllowList -join ';' } }")
                .contains("GrantSendOnBehalfTo'; e = { ($_.GrantSendOnBehalfTo | ForEach-Object { \"$_\" }) -join ';' } })")
                .contains("SharingPermissionFlags").contains("Write-Progress -Activity 'Calendar permissions'")
                .contains("[System.IO.File]::ReadLines");
        // Nothing holds the organisation: no @(Get-Mailbox ...) and no $x = Get-Mailbox -ResultSize Unlimited.
        assertThat(s).doesNotContainPattern("@\\(Get-(Mailbox|CASMailbox|CsOnlineUser) -ResultSize")
                .doesNotContainPattern("\\$\\w+ = Get-(Mailbox|CASMailbox) -ResultSize");
        // The separator the script joins with is the one TED splits on.
        assertThat(ted.read.ps.CsvExportReader.LIST_SEPARATOR).isEqualTo(";");
    }

    @Test
    void theHeaderSaysWhatIsNeededAndTheOptionsAreExclusive() {
        assertThat(script()).contains("View-Only").contains("MicrosoftTeams module").contains("personal data")
                .contains("-ExecutionPolicy Bypass").contains("ted scan").contains("-CalendarName").contains("-SkipAutoReplies");
        CliRun both = CliRun.of("collect-script", "--org", "--user", "jane.doe@contoso.com");
        assertThat(both.exitCode()).isEqualTo(ExitCode.ERROR);
        assertThat(both.err()).contains("give --user UPN (one case) or --org");
        assertThat(CliRun.of("collect-script").exitCode()).isEqualTo(ExitCode.ERROR);
        assertThat(CliRun.of("collect-script", "--org", "--delegate", "x").err()).contains("--org collects every delegate");
    }

    @Test
    void theCaseFileItWritesReadsBackAsAnOrgWideCollection(@TempDir Path dir) throws IOException {
        String s = script();
        assertThat(s).contains("'case:'").contains("'  symptom: all'").contains("'  scope: organization'")
                .contains("('  asOf: ' + (YamlText (Get-Date).ToString('o')))").contains("\"case-$part.yaml\"");
        // What those lines write, with the time of collection filled in as Get-Date's 'o' format gives it.
        Files.writeString(dir.resolve("case-Exchange.yaml"), "# Written by the org-wide collect script of TED 0.1.0.\ncase:\n  symptom: all\n"
                + "  scope: organization\n  asOf: \"2026-11-30T08:00:00.0000000+01:00\"\n");
        Files.writeString(dir.resolve("facts.yaml"),
                Files.readString(Path.of("facts-samples/healthy-hybrid.yaml")).replaceFirst("(?s)\ncase:.*?\n(?=\\S)", "\n"));
        CliRun r = CliRun.of("diagnose", dir.toString());
        assertThat(r.err()).contains("this is an org-wide collection: ted scan diagnoses every mailbox in it");
        assertThat(CliRun.of("scan", dir.toString(), "--format", "json").exitCode()).isIn(0, 1);
    }
}
