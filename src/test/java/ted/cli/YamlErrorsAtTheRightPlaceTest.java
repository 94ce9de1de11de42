package ted.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 17, item 6: a YAML syntax error in a facts file, a waiver file or a rule test file is one line at the line and
 * column the admin must fix, in words, with the parser's own explanation kept; never where the parser gave up.
 */
class YamlErrorsAtTheRightPlaceTest {
    @TempDir
    Path dir;

    /** A facts file of some length, so that where the parser gives up is far from the mistake. */
    private static final String FACTS = """
            case:
              symptom: presence
              user: jane.doe@contoso.com
            organizationConfig:
              EwsEnabled: True
            casMailboxes:
              - Identity: contoso.com/Users/Jane Doe
                PrimarySmtpAddress: jane.doe@contoso.com
                EwsEnabled: True
              - Identity: 'contoso.com/Users/John Smith'
                PrimarySmtpAddress: john.smith@contoso.com
                EwsEnabled: True
            mailboxes:
              - UserPrincipalName: jane.doe@contoso.com
                DisplayName: Jane Doe
                RecipientTypeDetails: UserMailbox
            """;

    private String diagnoseError(String yaml) throws IOException {
        Path file = dir.resolve("facts.yaml");
        Files.writeString(file, yaml);
        CliRun run = CliRun.of("diagnose", file.toString());
        assertThat(run.exitCode()).isEqualTo(ExitCode.ERROR);
        assertThat(run.err()).doesNotContain("Exception").doesNotContain("\tat ");
        String line = run.err().lines().filter(l -> l.startsWith("ted: " + file)).findFirst().orElseThrow(() -> new AssertionError(run.err()));
        return line.substring(("ted: " + file).length());
    }

    @Test
    void anUnclosedSingleQuoteIsWhereItOpened() throws IOException {
        // Line 7 opens a quote it never closes; the parser runs on to the quote on line 10 and gives up there.
        String error = diagnoseError(FACTS.replace("- Identity: contoso.com/Users/Jane Doe", "- Identity: 'contoso.com/Users/Jane Doe"));
        assertThat(error).startsWith(":7:15: this quote is never closed (YAML parser: while parsing a block mapping, expected <block end>, "
                + "but found '<scalar>', at line 10");
    }

    @Test
    void anUnclosedDoubleQuoteIsWhereItOpenedEvenWhenTheParserReachesTheEnd() throws IOException {
        String error = diagnoseError(FACTS.replace("DisplayName: Jane Doe", "DisplayName: \"Jane Doe"));
        assertThat(error).startsWith(":15:18: this quote is never closed (YAML parser: while scanning a quoted scalar, "
                + "found unexpected end of stream, at line 17, column 1)");
    }

    @Test
    void anUnclosedQuoteInAFlowMappingIsWhereItOpened() throws IOException {
        String error = diagnoseError("casMailboxes:\n  - {Identity: 'jane, EwsEnabled: True}\n  - {Identity: 'john', EwsEnabled: True}\n");
        assertThat(error).startsWith(":2:16: this quote is never closed");
    }

    @Test
    void aTabInTheIndentationSaysSo() throws IOException {
        // Inside a section, where Jackson wraps the parser's error into "this value does not fit here".
        String error = diagnoseError(FACTS.replace("    EwsEnabled: True\n  - Identity: 'contoso", "\tEwsEnabled: True\n  - Identity: 'contoso"));
        assertThat(error).startsWith(":9:1: a tab cannot indent YAML; use spaces (YAML parser: ")
                .contains("found character '\\t(TAB)' that cannot start any token");
    }

    @Test
    void aBadMappingIsOnItsOwnLine() throws IOException {
        assertThat(diagnoseError(FACTS.replace("  user: jane.doe@contoso.com", "  user: jane.doe: contoso.com")))
                .startsWith(":3:17: a ':' where YAML cannot start a value").contains("(YAML parser: mapping values are not allowed here");
        // A name without its colon: the parser notices on the next line.
        assertThat(diagnoseError(FACTS.replace("    DisplayName: Jane Doe", "    DisplayName Jane Doe")))
                .startsWith(":15:5: this line is not 'Name: value' nor a list item").contains("could not find expected ':', at line 16");
    }

    @Test
    void aJsonReportCarriesTheColumn() throws IOException {
        Path bad = dir.resolve("bad.yaml");
        Files.writeString(bad, "organizationConfig:\n  EwsEnabled: 'True\n");
        CliRun run = CliRun.of("diagnose", bad.toString(), "facts-samples/healthy-hybrid.yaml", "--format", "json");
        com.fasterxml.jackson.databind.JsonNode error = new com.fasterxml.jackson.databind.ObjectMapper().readTree(run.out()).get("errors").get(0);
        assertThat(error.get("line").asInt()).isEqualTo(2);
        assertThat(error.get("column").asInt()).isEqualTo(15);
        assertThat(error.get("message").asText()).startsWith("this quote is never closed");
    }

    @Test
    void aWaiverFileGetsTheSame() throws IOException {
        Path waivers = dir.resolve("waivers.yaml");
        Files.writeString(waivers, """
                waivers:
                  - code: DELEGATE_CALENDAR_EDITOR
                    reason: "Reviewer until the new assistant starts
                    expires: 2999-12-31
                  - code: DELEGATE_SEND_ON_BEHALF
                    reason: "Sends as (CHG-1235)"
                    expires: 2999-12-31
                """);
        CliRun run = CliRun.of("diagnose", "facts-samples/delegation-reviewer-without-send-on-behalf.yaml", "--waivers", waivers.toString());
        assertThat(run.exitCode()).isEqualTo(ExitCode.ERROR);
        assertThat(run.err()).contains("ted: " + waivers + ":3:13: this quote is never closed (YAML parser:");
        Files.writeString(waivers, "waivers:\n  - code: DELEGATE_CALENDAR_EDITOR\n\t  reason: x\n");
        assertThat(CliRun.of("diagnose", "facts-samples/delegation-reviewer-without-send-on-behalf.yaml", "--waivers", waivers.toString()).err())
                .contains("ted: " + waivers + ":3:1: a tab cannot indent YAML; use spaces");
    }

    @Test
    void aRuleTestFileGetsTheSame() throws IOException {
        Path tests = dir.resolve("broken.test.yaml");
        Files.writeString(tests, """
                - name: the delegate holds Reviewer
                  facts:
                    case: {symptom: delegation, user: 'jane.doe@contoso.com}
                  expect:
                    DELEGATE_CALENDAR_EDITOR: fail
                - name: another
                  facts:
                    case: {symptom: 'delegation'}
                  expect: {DELEGATE_CALENDAR_EDITOR: unknown}
                """);
        CliRun run = CliRun.of("rules", "test", tests.toString());
        assertThat(run.exitCode()).isEqualTo(ExitCode.ERROR);
        assertThat(run.err().strip()).startsWith("ted: " + tests + ":3:39: this quote is never closed (YAML parser:")
                .doesNotContain("\n");
    }
}
