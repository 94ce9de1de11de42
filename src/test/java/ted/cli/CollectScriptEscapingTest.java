package ted.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 7, item 7 and issue 18, item 1: whatever a name holds, the collect script is plain ASCII and runs only what TED
 * wrote. Windows PowerShell 5.1 reads a script without a byte-order mark in the ANSI code page, where the UTF-8 bytes
 * of an accented letter can hold 0x91, 0x92 or 0x82, which cp1252 turns into quotes; so names reach PowerShell as
 * Base64 of their UTF-8 text, which holds no such byte.
 */
class CollectScriptEscapingTest {
    static final Pattern LITERAL = Pattern.compile("\\[Text\\.Encoding]::UTF8\\.GetString\\(\\[Convert]::FromBase64String\\('([A-Za-z0-9+/=]*)'\\)\\)");

    static String script(String user, String delegate) {
        CliRun run = delegate == null ? CliRun.of("collect-script", "--user", user) : CliRun.of("collect-script", "--user", user, "--delegate", delegate);
        assertThat(run.exitCode()).as(run.err()).isZero();
        return run.out();
    }

    /** The names the script's two assignments decode to, in order. */
    static List<String> decoded(String script) {
        List<String> names = new ArrayList<>();
        Matcher m = LITERAL.matcher(script);
        while (m.find()) {
            names.add(new String(Base64.getDecoder().decode(m.group(1)), StandardCharsets.UTF_8));
        }
        return names;
    }

    /** Every quote-like character PowerShell's tokenizer knows, and the rest of what has broken scripts. */
    static final List<String> HOSTILE = List.of(
            "O\u2019Brien@contoso.com", "x\u00d2; Start-Process calc.exe; #@contoso.com", "Jos\u00e9 PE\u00d1A",
            "'; Remove-Mailbox boss; '", "\u2018\u2019\u201a\u201b", "\"\u201c\u201d\u201e", "$(Start-Process calc.exe)",
            "`$x`n", "x#>@contoso.com", "<# x", "{{DELEGATE}}", "@'\n".strip() + "here", "caf\u00e9 \u00fc\u00f1\u00ee\u00e7\u00f8d\u00e9 \u65e5\u672c",
            "\u0152\u0160\u017d\u0192\u02c6\u02dc\u2013\u2014\u2122", "a".repeat(MAX()), "\ud83d\ude00@contoso.com");

    static int MAX() {
        return CollectScriptCommand.MAX_NAME;
    }

    @Test
    void everyHostileNameGivesAnAsciiScriptThatDiffersFromAPlainNamesOnlyInTheEncodedLiteral() {
        String plain = script("jane.doe@contoso.com", "john.smith@contoso.com");
        String plainMasked = LITERAL.matcher(plain).replaceAll("NAME");
        for (String name : HOSTILE) {
            String s = script(name, name);
            assertThat(s.chars().allMatch(c -> c < 128)).as("ASCII only for %s", name).isTrue();
            assertThat(decoded(s)).as(name).containsExactly(name, name);
            String rest = LITERAL.matcher(s).replaceAll("NAME");
            assertThat(rest).as("the rest of the script, for %s", name).isEqualTo(plainMasked);
            if (name.length() > 3) {
                assertThat(rest).doesNotContain(name);
            }
        }
        // The templates themselves are ASCII, so the org script is too.
        assertThat(CliRun.of("collect-script", "--org").out().chars().allMatch(c -> c < 128)).isTrue();
    }

    @Test
    void blankControlCharacterAndOverLongNamesAreRefused() {
        for (String name : List.of("", "   ", "jane\n@contoso.com", "jane\r", "a\u0000b", "tab\there", "x\u2028y", "x\u2029y", "\u0085x",
                "\u001b[31m", "a".repeat(MAX() + 1), "a".repeat(20_000), "\ud83dx")) {
            for (String option : List.of("--user", "--delegate")) {
                CliRun run = option.equals("--user") ? CliRun.of("collect-script", "--user", name)
                        : CliRun.of("collect-script", "--user", "jane.doe@contoso.com", "--delegate", name);
                assertThat(run.exitCode()).as("%s %s", option, name.length() > 40 ? name.length() + " characters" : name).isEqualTo(ExitCode.ERROR);
                assertThat(run.out()).isEmpty();
                assertThat(run.err()).contains("ted: collect-script: " + option);
            }
        }
    }

    @Test
    void theHeaderSaysTheNamesAreEncoded() {
        assertThat(script("jane.doe@contoso.com", null)).contains("This file is plain ASCII: the names are written in as Base64");
    }

    @Test
    void theCaseFileTheScriptWritesReadsBackTheExactName(@TempDir Path dir) throws Exception {
        // YamlText writes ConvertTo-Json's string, which YAML reads as a double-quoted string.
        String name = "Jos\u00e9 O'PE\u00d1A \"x\" #>";
        String json = new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(name);
        assertThat(script("jane.doe@contoso.com", null)).contains("function YamlText([string] $Value) {\n"
                + "    if ($Value) { ConvertTo-Json -InputObject $Value -Compress } else { 'null' }");
        Files.writeString(dir.resolve("case-Exchange.yaml"), "case:\n  symptom: all\n  user: " + json + "\n  delegate: null\n");
        var read = new ted.read.FactsFileReader().read(List.of(dir));
        assertThat(read.facts().user()).isEqualTo(name);
    }

    @Test
    void theProbeTheScriptRunsSaysItRanFromInside() {
        assertThat(script("jane.doe@contoso.com", null)).contains("RunFrom = 'inside'");
    }
}
