package ted.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Issue 8: hostile and broken inputs, as admins (and attackers) hand them over, generated here rather than committed.
 * Every case, alone and beside a good file, must give the exit code the contract names, one clean line per problem
 * (no stack trace, no parser or Java jargon, no more than a short excerpt of the input), keep the good file's facts,
 * and finish quickly: nothing may hang, blow the stack or exhaust memory.
 */
class MalformedInputCorpusTest {
    static final Path GOOD = Path.of("facts-samples/healthy-hybrid.yaml");
    static final String OBJS = "<Objs Version=\"1.1.0.1\" xmlns=\"http://schemas.microsoft.com/powershell/2004/04\">";
    /** Words that mean the user is reading the tool's internals instead of a message. */
    static final Pattern JARGON = Pattern.compile("JsonToken|org\\.yaml|snakeyaml|com\\.fasterxml|For input string|through reference chain"
            + "|\\bjava\\.[a-z]|Exception|StackOverflow|OutOfMemory|\\tat |\\bnull\\b(?! =)|StreamReadConstraints|`");
    static Path dir;
    static long started;

    /** One malformed input: a file name, its bytes, and the exit code of `import` on it alone (2: nothing usable). */
    record Case(String name, String file, Supplier<byte[]> bytes, int aloneExit) {
        @Override
        public String toString() {
            return name;
        }
    }

    static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    static byte[] concat(byte[] a, byte[] b) {
        byte[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    static final byte[] BOM8 = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    static final byte[] BOM16 = {(byte) 0xFF, (byte) 0xFE};

    static List<Case> corpus() {
        List<Case> c = new ArrayList<>();
        String casXml = OBJS + "<Obj RefId=\"0\"><TN RefId=\"0\"><T>Microsoft.Exchange.Data.Directory.Management.CASMailbox</T></TN><Props>"
                + "<S N=\"Identity\">jane.doe</S><S N=\"PrimarySmtpAddress\">jane.doe@contoso.com</S>%s</Props></Obj></Objs>";
        // ---- Export-Clixml
        c.add(new Case("clixml: empty", "Get-CASMailbox.xml", () -> new byte[0], 2));
        c.add(new Case("clixml: only a BOM", "Get-CASMailbox.xml", () -> BOM8, 2));
        c.add(new Case("clixml: binary", "Get-CASMailbox.xml", () -> new byte[] {0, 1, 2, 3, (byte) 0xFF, 0, 7, 8, 9}, 2));
        c.add(new Case("clixml: cut short inside an object", "Get-CASMailbox.xml", () -> utf8(OBJS + "<Obj RefId=\"0\"><Props><S N=\"Identity\">ja"), 2));
        c.add(new Case("clixml: cut short after one object", "Get-CASMailbox.xml",
                () -> utf8(casXml.formatted("").replace("</Objs>", "") + "<Obj RefId=\"1\"><Props>"), 0));
        c.add(new Case("clixml: not XML at all", "Get-CASMailbox.xml", () -> utf8("hello, this is a ticket note"), 2));
        c.add(new Case("clixml: another XML document", "Get-CASMailbox.xml", () -> utf8("<configuration><appSettings/></configuration>"), 2));
        c.add(new Case("clixml: nested 5,000 levels", "Get-CASMailbox.xml",
                () -> utf8(OBJS + "<Obj RefId=\"0\"><Props>" + "<Obj N=\"x\"><Props>".repeat(5000) + "</Props></Obj>".repeat(5000) + "</Props></Obj></Objs>"), 2));
        c.add(new Case("clixml: a 10 MB value", "Get-CASMailbox.xml", () -> utf8(casXml.formatted("<S N=\"EwsAllowList\">" + "x".repeat(10_000_000) + "</S>")), 0));
        c.add(new Case("clixml: boolean 'maybe'", "Get-CASMailbox.xml", () -> utf8(casXml.formatted("<B N=\"EwsEnabled\">maybe</B>")), 0));
        c.add(new Case("clixml: I32 holding letters", "Get-CASMailbox.xml", () -> utf8(casXml.formatted("<I32 N=\"EwsEnabled\">twelve</I32>")), 0));
        c.add(new Case("clixml: reference to a missing object", "Get-CASMailbox.xml", () -> utf8(casXml.formatted("<Ref N=\"EwsAllowList\" RefId=\"99\" />")), 0));
        c.add(new Case("clixml: entity expansion (billion laughs)", "Get-CASMailbox.xml", () -> utf8("<?xml version=\"1.0\"?><!DOCTYPE lolz [<!ENTITY lol \"lol\">"
                + "<!ENTITY lol2 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\"><!ENTITY lol3 \"&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;\">]>"
                + OBJS + "<Obj RefId=\"0\"><Props><S N=\"Identity\">&lol3;</S></Props></Obj></Objs>"), 2));
        c.add(new Case("clixml: external entity", "Get-CASMailbox.xml", () -> utf8("<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>"
                + OBJS + "<Obj RefId=\"0\"><Props><S N=\"Identity\">&xxe;</S></Props></Obj></Objs>"), 2));
        c.add(new Case("clixml: mismatched tags", "Get-CASMailbox.xml", () -> utf8(OBJS + "<Obj RefId=\"0\"><Props><S N=\"Identity\">x</B></Props></Obj></Objs>"), 2));
        c.add(new Case("clixml: invalid UTF-8", "Get-CASMailbox.xml", () -> concat(utf8(OBJS + "<Obj RefId=\"0\"><Props><S N=\"Identity\">"),
                new byte[] {(byte) 0xC3, (byte) 0x28, (byte) 0xA0, '<', '/', 'S', '>'}), 2));
        c.add(new Case("clixml: UTF-16 without a BOM", "Get-CASMailbox.xml", () -> (OBJS + "</Objs>").getBytes(StandardCharsets.UTF_16LE), 2));
        c.add(new Case("clixml: Objs holding nothing", "Get-CASMailbox.xml", () -> utf8(OBJS + "   \n  </Objs>"), 0));
        c.add(new Case("clixml: elements CliXml does not have", "Get-CASMailbox.xml",
                () -> utf8(OBJS + "<Weird><Stuff/></Weird><Obj RefId=\"0\"><Props><S N=\"Identity\">jane.doe</S><S N=\"EwsEnabled\">True</S></Props></Obj></Objs>"), 0));
        c.add(new Case("clixml: a file that names no cmdlet and holds strings", "notes.xml", () -> utf8(OBJS + "<S>hello</S><S>world</S></Objs>"), 2));
        c.add(new Case("clixml: a token in a value", "Test-OAuthConnectivity.xml", () -> utf8(OBJS + "<Obj RefId=\"0\"><Props><S N=\"Task\">Checking EWS</S>"
                + "<S N=\"ResultType\">Error</S><S N=\"Detail\">Authorization: Bearer eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJ4In0.c2lnbmF0dXJl</S></Props></Obj></Objs>"), 0));
        // ---- ConvertTo-Json
        c.add(new Case("json: empty", "Get-CASMailbox.json", () -> new byte[0], 2));
        c.add(new Case("json: an opening brace only", "Get-CASMailbox.json", () -> utf8("{"), 2));
        c.add(new Case("json: an array cut short", "Get-CASMailbox.json", () -> utf8("[{\"Identity\": \"jane\", \"EwsEnabled\": true}, {\"Ide"), 0));
        c.add(new Case("json: nested 5,000 levels", "Get-CASMailbox.json", () -> utf8("[".repeat(5000) + "]".repeat(5000)), 2));
        c.add(new Case("json: a 10 MB string", "Get-CASMailbox.json", () -> utf8("{\"Identity\": \"" + "x".repeat(10_000_000) + "\"}"), 2));
        c.add(new Case("json: a number too large", "Get-CASMailbox.json", () -> utf8("{\"Identity\": \"jane\", \"EwsEnabled\": 1e999999}"), 0));
        c.add(new Case("json: NaN", "Get-CASMailbox.json", () -> utf8("{\"Identity\": \"jane\", \"EwsEnabled\": NaN}"), 2));
        c.add(new Case("json: garbage after the document", "Get-CASMailbox.json", () -> utf8("{\"Identity\": \"jane\", \"EwsEnabled\": true} trailing"), 0));
        c.add(new Case("json: a bare string", "Get-CASMailbox.json", () -> utf8("\"hello\""), 2));
        c.add(new Case("json: a bare number", "Get-CASMailbox.json", () -> utf8("42"), 2));
        c.add(new Case("json: an array of numbers", "Get-CASMailbox.json", () -> utf8("[1, 2, 3]"), 2));
        c.add(new Case("json: comments", "Get-CASMailbox.json", () -> utf8("// exported by hand\n{\"Identity\": \"jane\"}"), 2));
        c.add(new Case("json: a BOM then garbage", "Get-CASMailbox.json", () -> concat(BOM8, utf8("@@@@")), 2));
        c.add(new Case("json: UTF-16LE with BOM (valid)", "Get-CASMailbox.json", () -> concat(BOM16,
                "{\"Identity\": \"jane\", \"PrimarySmtpAddress\": \"jane.doe@contoso.com\", \"EwsEnabled\": true}".getBytes(StandardCharsets.UTF_16LE)), 0));
        c.add(new Case("json: control characters in a string", "Get-CASMailbox.json", () -> utf8("{\"Identity\": \"ja\u0001ne\"}"), 2));
        c.add(new Case("json: cut short inside a string", "Get-CASMailbox.json", () -> utf8("{\"Identity\": \"jane"), 2));
        c.add(new Case("json: duplicate keys", "Get-CASMailbox.json", () -> utf8("{\"Identity\": \"jane\", \"Identity\": \"john\", \"EwsEnabled\": true}"), 0));
        c.add(new Case("json: a file that names no cmdlet", "export.json", () -> utf8("{\"Foo\": 1, \"Bar\": 2}"), 2));
        // ---- Format-List text
        c.add(new Case("format-list: empty", "Get-CASMailbox.txt", () -> new byte[0], 2));
        c.add(new Case("format-list: prose, no 'Name : value' line", "Get-CASMailbox.txt", () -> utf8("Hi team,\nthe user cannot see the calendar.\nThanks\n"), 2));
        c.add(new Case("format-list: one 2 MB line", "Get-CASMailbox.txt", () -> utf8("Identity : " + "x".repeat(2_000_000) + "\n"), 2));
        c.add(new Case("format-list: a 2 MB line beside good ones", "Get-CASMailbox.txt",
                () -> utf8("Identity   : jane.doe\nEwsEnabled : True\nJunk " + "x".repeat(2_000_000) + "\n"), 0));
        c.add(new Case("format-list: binary", "Get-CASMailbox.txt", () -> new byte[] {0, 0, 0, 1, 2, 3}, 2));
        c.add(new Case("format-list: blank lines only", "Get-CASMailbox.txt", () -> utf8("\n\n   \n\t\n"), 2));
        c.add(new Case("format-list: names without values", "Get-CASMailbox.txt", () -> utf8("Identity   :\nEwsEnabled :\n"), 0));
        c.add(new Case("format-list: continuation lines with no property", "Get-CASMailbox.txt", () -> utf8("    continued\n    more\n"), 2));
        c.add(new Case("format-list: UTF-16 BOM then garbage", "Get-CASMailbox.txt", () -> concat(BOM16, new byte[] {0, (byte) 0xD8, 0, (byte) 0xD8}), 2));
        // Windows PowerShell 5.1's Set-Content writes the ANSI code page: once refused as binary (issue 18).
        c.add(new Case("format-list: Windows-1252 (ANSI) text", "Get-CASMailbox.txt",
                () -> "Identity   : Zoë Müller-Lüdenscheidt\r\nEwsEnabled : True\r\n".getBytes(java.nio.charset.Charset.forName("windows-1252")), 0));
        c.add(new Case("format-list: a build beyond any number", "Get-ExchangeServer.txt",
                () -> utf8("Name                : EX01\nAdminDisplayVersion : Version 15.2 (Build 99999999999999999999.5)\nServerRole : Mailbox\n"), 0));
        c.add(new Case("format-list: the same object 10,000 times", "Get-CASMailbox.txt",
                () -> utf8("Identity   : jane.doe\nEwsAllowList : {a, b...}\n\n".repeat(10_000)), 0));
        // ---- Export-Csv
        String casCsv = "#TYPE Selected.Microsoft.Exchange.Data.Directory.Management.CASMailbox\r\n\"Identity\",\"PrimarySmtpAddress\",\"EwsEnabled\"\r\n";
        c.add(new Case("csv: empty", "Get-CASMailbox.csv", () -> new byte[0], 2));
        c.add(new Case("csv: a #TYPE line and nothing else", "Get-CASMailbox.csv", () -> utf8("#TYPE System.Management.Automation.PSCustomObject\r\n"), 2));
        // What the collect script writes for an empty result (issue 18): collected, nothing there.
        c.add(new Case("csv: a header and no rows", "Get-CASMailbox.csv", () -> utf8(casCsv), 0));
        c.add(new Case("csv: a quote never closed", "Get-CASMailbox.csv", () -> utf8(casCsv + "\"jane.doe,\"jane.doe@contoso.com\",\"True\r\n"), 2));
        c.add(new Case("csv: a row cut short after a good one", "Get-CASMailbox.csv",
                () -> utf8(casCsv + "\"jane.doe\",\"jane.doe@contoso.com\",\"True\"\r\n\"john"), 0));
        c.add(new Case("csv: more fields than the header", "Get-CASMailbox.csv",
                () -> utf8(casCsv + "\"jane.doe\",\"jane.doe@contoso.com\",\"True\",\"extra\",\"more\"\r\n"), 0));
        c.add(new Case("csv: a boolean 'maybe'", "Get-CASMailbox.csv", () -> utf8(casCsv + "\"jane.doe\",\"jane.doe@contoso.com\",\"maybe\"\r\n"), 0));
        c.add(new Case("csv: a 10 MB field", "Get-CASMailbox.csv",
                () -> utf8(casCsv + "\"jane.doe\",\"jane.doe@contoso.com\",\"" + "x".repeat(10_000_000) + "\"\r\n"), 2));
        c.add(new Case("csv: binary", "Get-CASMailbox.csv", () -> new byte[] {0, 1, 2, (byte) 0xFF, 0, 9}, 2));
        // ---- facts files (YAML and JSON)
        c.add(new Case("yaml: empty", "facts.yaml", () -> new byte[0], 2));
        c.add(new Case("yaml: tab indentation", "facts.yaml", () -> utf8("casMailboxes:\n\t- Identity: jane\n"), 2));
        c.add(new Case("yaml: unclosed bracket", "facts.yaml", () -> utf8("casMailboxes: [\n  {Identity: jane\n"), 2));
        c.add(new Case("yaml: a misspelt section", "facts.yaml", () -> utf8("mailboxs:\n  - UserPrincipalName: jane@contoso.com\n"), 2));
        c.add(new Case("yaml: a section of the wrong kind", "facts.yaml", () -> utf8("casMailboxes: just a string\n"), 2));
        c.add(new Case("yaml: alias bomb", "facts.yaml", () -> utf8("a: &a [x,x,x,x,x,x,x,x,x]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]\n"
                + "d: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]\ne: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]\nf: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]\n"
                + "g: &g [*f,*f,*f,*f,*f,*f,*f,*f,*f]\nh: &h [*g,*g,*g,*g,*g,*g,*g,*g,*g]\ni: [*h,*h,*h,*h,*h,*h,*h,*h,*h]\n"), 2));
        c.add(new Case("yaml: nested 5,000 levels", "facts.yaml", () -> utf8("casMailboxes: " + "[".repeat(5000) + "]".repeat(5000) + "\n"), 2));
        c.add(new Case("yaml: a 50 MB value on one line", "facts.yaml", () -> utf8("case: {user: " + "x".repeat(50_000_000) + "}\n"), 2));
        // Split over short lines, a long value stays under every line limit; it is read (quickly) and merely useless.
        c.add(new Case("yaml: a 10 MB block value", "facts.yaml", () -> utf8("case:\n  user: |\n" + "    xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\n".repeat(250_000)), 0));
        c.add(new Case("yaml: duplicate keys", "facts.yaml", () -> utf8("organizationConfig: {EwsEnabled: true, EwsEnabled: false}\n"), 2));
        c.add(new Case("yaml: a boolean that reads maybe", "facts.yaml", () -> utf8("organizationConfig: {EwsEnabled: maybe}\n"), 2));
        c.add(new Case("yaml: binary", "facts.yaml", () -> new byte[] {0, (byte) 0xFF, 0, 1}, 2));
        c.add(new Case("yaml: a list instead of sections", "facts.yaml", () -> utf8("- a\n- b\n"), 2));
        c.add(new Case("yaml: a Java type tag", "facts.yaml", () -> utf8("case: !!javax.script.ScriptEngineManager [!!java.net.URLClassLoader [[!!java.net.URL [\"http://127.0.0.1/\"]]]]\n"), 2));
        c.add(new Case("json facts: broken after its first section", "facts.json", () -> utf8("{\"case\": {\"user\": \"jane\"}, \"casMailboxes\": [}"), 2));
        return c;
    }

    @BeforeAll
    static void setUp() throws IOException {
        dir = Files.createTempDirectory("ted-corpus");
        started = System.nanoTime();
    }

    @AfterAll
    static void wholeCorpusIsQuick() {
        // A generous bound for CI's 2 cores: the point is that nothing hangs.
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(50));
    }

    @Test
    void theCorpusIsLargeEnough() {
        assertThat(corpus()).hasSizeGreaterThanOrEqualTo(60);
    }

    @TestFactory
    Stream<DynamicTest> everyMalformedInputGivesTheContractedAnswer() {
        return corpus().stream().map(c -> DynamicTest.dynamicTest(c.name(), () -> check(c)));
    }

    static void check(Case c) throws IOException {
        Path folder = Files.createDirectories(dir.resolve(c.name().replaceAll("[^A-Za-z0-9]+", "-")));
        Path file = folder.resolve(c.file());
        Files.write(file, c.bytes().get());
        CliRun alone = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> CliRun.of("import", file.toString()));
        assertClean(c, alone);
        assertThat(alone.exitCode()).as(c + ": " + alone.err()).isEqualTo(c.aloneExit());
        if (c.aloneExit() == 2) {
            assertThat(alone.err()).as(c.name()).contains(c.file());
        }
        CliRun mixed = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> CliRun.of("import", file.toString(), GOOD.toString()));
        assertClean(c, mixed);
        assertThat(mixed.exitCode()).as(c + " beside a good file: " + mixed.err()).isZero();
        assertThat(mixed.out()).as(c.name()).contains("jane.doe@contoso.com").contains("TeamsScheduler");
        Files.delete(file);
    }

    static void assertClean(Case c, CliRun run) {
        assertThat(run.err()).as(c.name()).doesNotContainPattern(JARGON);
        for (String line : run.err().lines().toList()) {
            assertThat(line.length()).as(c.name() + ": a short line").isLessThan(1200);
        }
        assertThat(run.err() + run.out()).as(c.name() + ": tokens are masked").doesNotContain("eyJzdWIiOiJ4In0");
    }

    /** Paths that are not regular files are named and skipped without being opened (a FIFO would block forever). */
    @Test
    void specialFilesAndMissingPathsAreNamedAndNeverOpened() throws Exception {
        Path fifo = dir.resolve("Get-CASMailbox.txt");
        Process mk = new ProcessBuilder("mkfifo", fifo.toString()).start();
        org.junit.jupiter.api.Assumptions.assumeTrue(mk.waitFor() == 0, "mkfifo is not available here");
        CliRun run = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> CliRun.of("import", fifo.toString(), GOOD.toString()));
        // A path named on the command line that could not be read fails the run (issue 17), after the good file is imported.
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.out()).contains("jane.doe@contoso.com");
        assertThat(run.err()).contains(fifo + ": not a regular file");
        CliRun missing = CliRun.of("import", dir.resolve("nope.xml").toString());
        assertThat(missing.exitCode()).isEqualTo(2);
        assertThat(missing.err()).contains("nope.xml: no such file");
        Files.delete(fifo);
    }

    /** A symlink to a file that is no export: the error quotes at most a short excerpt of what it points at. */
    @Test
    void aSymlinkToAnotherFileIsNotReplayedInTheError() throws IOException {
        Path secret = dir.resolve("secret.txt");
        Files.writeString(secret, ("password=hunter2 " + "y".repeat(100)).repeat(50) + "\n");
        Path link = dir.resolve("Get-OrganizationConfig.json");
        Files.createSymbolicLink(link, secret);
        CliRun run = CliRun.of("import", link.toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err().length()).isLessThan(600);
    }

    /** The contract through diagnose too: nothing usable is exit 2, one line, no report. */
    @Test
    void diagnoseOnNothingUsableExitsTwoWithOneLine() throws IOException {
        Path prose = dir.resolve("Get-Mailbox.txt");
        Files.writeString(prose, "Hello,\nplease look at this.\n");
        CliRun run = CliRun.of("diagnose", prose.toString(), "--symptom", "presence");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err().strip().lines()).singleElement().asString().contains("Get-Mailbox.txt").contains("not Format-List output");
    }
}
