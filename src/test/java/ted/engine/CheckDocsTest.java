package ted.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import ted.TestRules;

class CheckDocsTest {

    @Test
    void theCommittedCatalogueIsUpToDate() throws IOException {
        String fresh = ted.report.CheckDocsMarkdown.of(TestRules.builtIn());
        assertThat(Files.readString(Path.of("docs/checks.md")))
                .as("docs/checks.md is stale: run java -jar target/ted.jar rules docs -o docs/checks.md")
                .isEqualTo(fresh);
    }

    @Test
    void everyCheckIsDocumentedWithWhatItReadsAndCanSay() {
        for (CheckDocs.CheckDoc doc : CheckDocs.all(TestRules.builtIn())) {
            assertThat(doc.statuses()).as(doc.check().code()).isNotEmpty();
            assertThat(doc.check().file()).as(doc.check().code()).endsWith(".drl");
        }
    }
}
