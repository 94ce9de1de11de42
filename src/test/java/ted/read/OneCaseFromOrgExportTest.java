package ted.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import ted.TestRules;
import ted.bench.OrgExportGenerator;
import ted.engine.Diagnoser;
import ted.engine.Finding;
import ted.facts.MailboxFolderPermission;

/**
 * Issue 8: diagnosing one case from an org-wide export keeps only the case's people, and must give exactly what reading
 * everyone gives: the same statuses, the same evidence and the same fix commands, in all three export forms, including
 * when a permission names a display name two people share.
 */
class OneCaseFromOrgExportTest {
    static final int MAILBOXES = 300;

    @TempDir
    static Path dir;

    @BeforeAll
    static void generate() throws IOException {
        for (OrgExportGenerator.Form form : OrgExportGenerator.Form.values()) {
            new OrgExportGenerator(MAILBOXES, form).writeTo(dir.resolve(form.name()));
        }
    }

    static List<Arguments> cases() {
        List<Arguments> all = new java.util.ArrayList<>();
        for (OrgExportGenerator.Form form : OrgExportGenerator.Form.values()) {
            // The allow-list problem; a delegate named by display name two people share; a plain pair by alias and UPN;
            // a delegate who holds no permission; a user alone.
            all.add(Arguments.of(form, "user42@contoso.com", "user43@contoso.com"));
            all.add(Arguments.of(form, "user6@contoso.com", "user7@contoso.com"));
            all.add(Arguments.of(form, "user10", "User 11"));
            all.add(Arguments.of(form, "user11@contoso.com", "user10@contoso.com"));
            all.add(Arguments.of(form, "contoso.com/Users/User 299", null));
        }
        return all;
    }

    @ParameterizedTest(name = "{0}: {1} with {2}")
    @MethodSource("cases")
    void readingForTheCaseGivesWhatReadingEveryoneGives(OrgExportGenerator.Form form, String user, String delegate) {
        List<Path> in = List.of(dir.resolve(form.name()));
        ReadResult everyone = new FactsFileReader().read(in);
        ReadResult forCase = new FactsFileReader().readFor(in, user, delegate);

        assertThat(forCase.facts().factsOf(MailboxFolderPermission.class)).hasSizeLessThanOrEqualTo(6);
        assertThat(forCase.focus().leftOut()).isGreaterThan(MAILBOXES * 2);
        assertThat(outcome(forCase, user, delegate)).isEqualTo(outcome(everyone, user, delegate));
    }

    @Test
    void aSharedDisplayNameInAPermissionStaysAmbiguousThoughTheOtherPersonWasSetAside() {
        List<Path> in = List.of(dir.resolve("JSON"));
        Map<String, String> got = outcome(new FactsFileReader().readFor(in, "user6@contoso.com", "user7@contoso.com"),
                "user6@contoso.com", "user7@contoso.com");
        // User 6's calendar grants Editor to "Sam Lee", the display name of users 7 and 8: it may or may not be user 7.
        assertThat(got.get("DELEGATE_CALENDAR_EDITOR")).startsWith("unknown");
    }

    @Test
    void aUserNamedByASharedDisplayNameIsRefusedAsWhenEveryoneIsRead() {
        List<Path> in = List.of(dir.resolve("CLIXML"));
        ReadResult forCase = new FactsFileReader().readFor(in, "Sam Lee", null);
        assertThatThrownBy(() -> CaseAssembler.assemble(forCase.facts(), forCase.focus(), "all", "Sam Lee", null))
                .hasMessageContaining("display name of 2 recipients");
    }

    @Test
    void aNameThatMatchesNobodyIsRefusedWithTheClosestNamesOfPeopleSetAside() {
        List<Path> in = List.of(dir.resolve("FORMAT_LIST"));
        ReadResult forCase = new FactsFileReader().readFor(in, "user4242@contoso.com", null);
        assertThatThrownBy(() -> CaseAssembler.assemble(forCase.facts(), forCase.focus(), "all", "user4242@contoso.com", null))
                .hasMessageContaining("matches no mailbox").hasMessageContaining("user242@contoso.com");
    }

    /** Per check: status, evidence and fix commands, as the report would show them. */
    private static Map<String, String> outcome(ReadResult read, String user, String delegate) {
        CaseAssembler.Assembled assembled = CaseAssembler.assemble(read.facts(), read.focus(), "all", user, delegate);
        Map<String, String> got = new TreeMap<>();
        for (Finding f : new Diagnoser(TestRules.builtIn()).diagnose(read.facts(), assembled.subject()).findings()) {
            got.put(f.getCode(), f.getStatus().name().toLowerCase(java.util.Locale.ROOT) + " | "
                    + f.evidence().stream().map(Object::toString).collect(Collectors.joining("; ")) + " | " + String.join("; ", f.fixes()));
        }
        return got;
    }

    @Test
    void aFactsFileNamingTheUserByCanonicalNameInAnEarlierSectionKeepsItForTheUpn() throws IOException {
        Path file = dir.resolve("facts.yaml");
        java.nio.file.Files.writeString(file, """
                casMailboxes:
                  - {Identity: contoso.com/Users/Jane Doe, EwsEnabled: false}
                  - {Identity: contoso.com/Users/John Smith, EwsEnabled: true}
                mailboxes:
                  - {UserPrincipalName: jane.doe@contoso.com, Identity: contoso.com/Users/Jane Doe, DisplayName: Jane Doe}
                  - {UserPrincipalName: john.smith@contoso.com, Identity: contoso.com/Users/John Smith, DisplayName: John Smith}
                """);
        ReadResult forCase = new FactsFileReader().readFor(List.of(file), "jane.doe@contoso.com", null);
        assertThat(forCase.facts().factsOf(ted.facts.CasMailbox.class)).extracting(c -> c.Identity().getRaw()).containsExactly("contoso.com/Users/Jane Doe");
        assertThat(forCase.facts().factsOf(ted.facts.Mailbox.class)).hasSize(1);
    }
}
