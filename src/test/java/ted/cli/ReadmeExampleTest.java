package ted.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 9, item 8: the README's worked example is real output. Every line it shows (all but the "..." lines that mark
 * what it left out) must appear in what TED prints today, in the same order, so a change in wording, order or
 * evidence fails the build until the README is regenerated.
 */
class ReadmeExampleTest {
    static final String COMMAND = "$ target/ted/bin/ted diagnose facts-samples/delegation-reviewer-without-send-on-behalf.yaml";

    @Test
    void theWorkedExampleIsWhatTedPrints() throws IOException {
        List<String> readme = Files.readAllLines(Path.of("README.md"));
        int start = readme.indexOf(COMMAND);
        assertThat(start).as("the README's example starts with: " + COMMAND).isPositive();
        List<String> shown = new ArrayList<>();
        for (String line : readme.subList(start + 1, readme.size())) {
            if (line.startsWith("```") || line.startsWith("$ ")) {
                break;
            }
            if (!line.strip().startsWith("...")) {
                shown.add(line);
            }
        }
        assertThat(shown).hasSizeGreaterThan(20);

        CliRun run = CliRun.of("diagnose", "facts-samples/delegation-reviewer-without-send-on-behalf.yaml", "--color", "never");
        List<String> actual = new ArrayList<>(run.err().lines().toList());
        actual.addAll(run.out().lines().toList());
        int at = 0;
        for (String line : shown) {
            int found = actual.subList(at, actual.size()).indexOf(line);
            assertThat(found).as("README line not in today's output (in this order); regenerate the example:%n  %s", line)
                    .isNotNegative();
            at += found + 1;
        }
    }
}
