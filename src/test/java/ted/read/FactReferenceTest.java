package ted.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Issue 19: a rule author finds what a fact offers in docs/rule-facts.md, generated from the classes and kept in step. */
class FactReferenceTest {

    @Test
    void theCommittedReferenceIsUpToDate() throws IOException {
        String fresh = ted.cli.RulesDocsCommandAccess.factReference();
        assertThat(Files.readString(Path.of("docs/rule-facts.md")))
                .as("docs/rule-facts.md is stale: run java -jar target/ted.jar rules docs --facts -o docs/rule-facts.md")
                .isEqualTo(fresh);
    }

    @Test
    void itListsWhatRulesCallAndLeavesOutWhatChangesAFact() {
        String md = FactReference.markdown(List.of("ted.facts.derived.OnPremisesScope"));
        assertThat(md).contains("## `CasMailbox`").contains("Facts-file section `casMailboxes`").contains("| `EwsAllowList` |")
                .contains("## `MailboxFolderPermission`").contains("`grants(String)`").contains("`calendarOf(")
                .contains("## `Ref`").contains("`sameAs(Ref)`")
                .contains("## `OnPremisesScope`").contains("Derived by the rules");
        assertThat(md).as("void methods change facts: TED's, not a rule's").doesNotContain("`resolveTo(");
    }
}
