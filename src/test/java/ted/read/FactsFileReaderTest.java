package ted.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import ted.facts.CasMailbox;
import ted.facts.OrganizationConfig;

class FactsFileReaderTest {
    @TempDir
    Path dir;

    private Path write(String name, String text) throws IOException {
        Path p = dir.resolve(name);
        Files.writeString(p, text, StandardCharsets.UTF_8);
        return p;
    }

    private ReadResult read(Path... paths) {
        return new FactsFileReader().read(List.of(paths));
    }

    @Test
    void readsPropertiesAsTheCmdletsPrintThemInAnyCase() throws IOException {
        ReadResult r = read(write("f.yaml", """
                organizationConfig:
                  ewsapplicationaccesspolicy: EnforceAllowList
                  EwsAllowList: '*SchedulingService*'
                  EwsEnabled:
                casMailboxes:
                  - {Identity: contoso.com/Users/Jane Doe, EwsAllowList: [], EwsEnabled: True}
                """));
        assertThat(r.problems()).isEmpty();
        OrganizationConfig org = r.facts().factsOf(OrganizationConfig.class).get(0);
        assertThat(org.EwsApplicationAccessPolicy()).isEqualTo("EnforceAllowList");
        assertThat(org.EwsAllowList()).containsExactly("*SchedulingService*");
        assertThat(org.EwsEnabled()).isNull();
        CasMailbox cas = r.facts().factsOf(CasMailbox.class).get(0);
        assertThat(cas.EwsAllowList()).isEmpty();
        assertThat(cas.EwsBlockList()).isNull();
        assertThat(r.facts().isCollected("casMailboxes")).isTrue();
        assertThat(r.facts().isCollected("mailboxes")).isFalse();
    }

    @Test
    void anEmptySectionIsCollectedButHoldsNothing() throws IOException {
        ReadResult r = read(write("f.yaml", "partnerApplications: []\n"));
        assertThat(r.facts().isCollected("partnerApplications")).isTrue();
        assertThat(r.facts().facts()).isEmpty();
    }

    @Test
    void readsUtf16LittleEndianWithBomAsWindowsPowerShellWritesIt() throws IOException {
        Path p = dir.resolve("utf16.yaml");
        byte[] text = "case:\r\n  user: jane.doe@contoso.com\r\n".getBytes(StandardCharsets.UTF_16LE);
        byte[] withBom = new byte[text.length + 2];
        withBom[0] = (byte) 0xFF;
        withBom[1] = (byte) 0xFE;
        System.arraycopy(text, 0, withBom, 2, text.length);
        Files.write(p, withBom);
        ReadResult r = read(p);
        assertThat(r.problems()).isEmpty();
        assertThat(r.facts().user()).isEqualTo("jane.doe@contoso.com");
    }

    @Test
    void readsJson() throws IOException {
        ReadResult r = read(write("f.json", "{\"case\": {\"user\": \"jane.doe@contoso.com\", \"symptom\": \"presence\"}}"));
        assertThat(r.problems()).isEmpty();
        assertThat(r.facts().symptom()).isEqualTo("presence");
    }

    @Test
    void malformedYamlNamesFileAndLine() throws IOException {
        Path p = write("broken.yaml", "case:\n  user: jane\n organizationConfig: [\n");
        ReadResult r = read(p);
        assertThat(r.nothingUsable()).isTrue();
        assertThat(r.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.file()).isEqualTo(p.toString());
            assertThat(problem.line()).isEqualTo(3);
            // Issue 17, item 6: the column too, and the mistake in words before the parser's explanation.
            assertThat(problem.toString()).doesNotContain("\n").startsWith(p + ":3:2: this does not line up with the lines above it");
        });
    }

    @Test
    void malformedJsonNamesFileAndLine() throws IOException {
        Path p = write("broken.json", "{\n  \"case\": {\n    \"user\": \"jane\",\n  }\n");
        InputProblem problem = read(p).problems().get(0);
        assertThat(problem.line()).isEqualTo(4);
        assertThat(problem.toString()).doesNotContain("\n");
    }

    @Test
    void aMistypedPropertyIsNamedWithItsSection() throws IOException {
        InputProblem problem = read(write("typo.yaml", "casMailboxes:\n  - Identity: x\n    EwsAlowList: []\n")).problems().get(0);
        assertThat(problem.line()).isEqualTo(3);
        assertThat(problem.message()).contains("unknown property 'EwsAlowList'").contains("casMailboxes[0]");
    }

    @Test
    void aWrongTypeSaysWhereWithoutJavaNames() throws IOException {
        InputProblem problem = read(write("type.yaml", "organizationConfig:\n  EwsEnabled: maybe\n")).problems().get(0);
        assertThat(problem.line()).isEqualTo(2);
        assertThat(problem.message()).contains("organizationConfig.EwsEnabled").doesNotContain("java.lang");
    }

    @Test
    void missingAndEmptyFilesAreOneLineEach() throws IOException {
        ReadResult r = read(dir.resolve("nope.yaml"), write("empty.yaml", "  \n"));
        assertThat(r.problems()).extracting(InputProblem::message).containsExactly("no such file",
                "file is empty: expected a facts document");
    }

    @Test
    void oneBadFileDoesNotHideTheGoodOne() throws IOException {
        ReadResult r = read(write("bad.yaml", "case: [\n"), write("good.yaml", "case: {user: jane.doe@contoso.com}\n"));
        assertThat(r.problems()).hasSize(1);
        assertThat(r.sources()).extracting(SourceSummary::file).containsExactly(dir.resolve("good.yaml").toString());
        assertThat(r.facts().user()).isEqualTo("jane.doe@contoso.com");
    }

    @Test
    void aContradictingSecondOrganizationConfigIsReportedAndTheFirstKept() throws IOException {
        ReadResult r = read(write("a.yaml", "organizationConfig: {EwsEnabled: True}\n"), write("b.yaml", "organizationConfig: {EwsEnabled: False}\n"));
        assertThat(r.problems()).singleElement().asString().contains("b.yaml").contains("contradicts");
        assertThat(r.facts().factsOf(OrganizationConfig.class)).singleElement().extracting(OrganizationConfig::EwsEnabled).isEqualTo(true);
    }

    @Test
    void aFolderStandsForTheFactsFilesInIt() throws IOException {
        write("one.yaml", "case: {user: jane.doe@contoso.com}\n");
        write("notes.md", "not facts, not an export");
        ReadResult r = read(dir);
        assertThat(r.problems()).isEmpty();
        assertThat(r.sources()).hasSize(1);
    }
}
