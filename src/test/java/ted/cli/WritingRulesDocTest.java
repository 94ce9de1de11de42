package ted.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import ted.TestRules;
import ted.engine.RuleBase;
import ted.engine.RuleMetadata;

/**
 * docs/writing-rules.md teaches from real rules: every code block it says is taken from a file is in that file word
 * for word, and its table of a check's verdicts is that check's verdict rules in the order they are tried. So the page
 * cannot drift from the rules it explains.
 */
class WritingRulesDocTest {
    private static final Path DOC = Path.of("docs/writing-rules.md");
    private static final Pattern FROM = Pattern.compile("<!-- from: (\\S+) -->\\n```\\w*\\n(.*?)```", Pattern.DOTALL);
    private static final Pattern LIST = Pattern.compile("<!-- list: ([A-Z_]+) -->\\n((?:\\|.*\\n)+)");

    @Test
    void everyQuotedBlockIsInTheFileItNames() throws IOException {
        String doc = Files.readString(DOC);
        Matcher m = FROM.matcher(doc);
        int blocks = 0;
        while (m.find()) {
            blocks++;
            String file = Files.readString(Path.of(m.group(1)));
            assertThat(file).as("a block docs/writing-rules.md quotes from " + m.group(1)).contains(m.group(2).strip());
        }
        assertThat(blocks).as("quoted blocks").isGreaterThanOrEqualTo(4);
    }

    @Test
    void theVerdictTableIsTheCheckVerdictRulesInTheOrderTheyAreTried() throws IOException {
        RuleBase rules = TestRules.builtIn();
        Matcher m = LIST.matcher(Files.readString(DOC));
        assertThat(m.find()).as("a <!-- list: CODE --> table").isTrue();
        String code = m.group(1);
        List<String> expected = new ArrayList<>();
        rules.rules().stream().filter(r -> code.equals(r.getMetaData().get(RuleMetadata.CODE))).forEach(r ->
                expected.add("| " + (expected.size() + 1) + " | " + r.getMetaData().get(RuleMetadata.STATUS) + " | "
                        + r.getName().substring(code.length() + 2) + " |"));
        List<String> rows = m.group(2).lines().skip(2).toList();
        assertThat(rows).isEqualTo(expected);
    }
}
