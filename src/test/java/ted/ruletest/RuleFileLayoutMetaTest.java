package ted.ruletest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import ted.TestRules;
import ted.engine.Check;
import ted.engine.RuleBase;

/**
 * One troubleshooting path per rule file, readable on its own (issue 7, item 11): a file that defines checks lives in
 * the folder of their section, its first line names that section and exactly the steps it defines, and no two checks
 * of a section share a step (RuleBase refuses that at load time; this test keeps the headers honest).
 */
class RuleFileLayoutMetaTest {
    private static final Pattern STEPS = Pattern.compile("^// ([^,]+), steps? ([0-9][0-9 ,andto]*):");

    @Test
    void everyFileNamesItsSectionAndExactlyTheStepsItDefines() throws IOException {
        RuleBase rules = TestRules.builtIn();
        Map<String, List<Check>> byFile = rules.checks().stream().collect(Collectors.groupingBy(Check::file));
        List<String> wrong = new ArrayList<>();
        for (Map.Entry<String, List<Check>> e : byFile.entrySet()) {
            Path file = TestRules.RULES.resolve(e.getKey());
            String first = Files.readAllLines(file).get(0);
            Matcher m = STEPS.matcher(first);
            Set<Integer> defined = e.getValue().stream().map(Check::step).collect(Collectors.toCollection(TreeSet::new));
            Set<String> sections = e.getValue().stream().map(c -> c.section().id()).collect(Collectors.toSet());
            if (!m.find()) {
                wrong.add(e.getKey() + ": first line does not say '// <section>, step(s) <numbers>: ...': " + first);
                continue;
            }
            if (!m.group(1).equalsIgnoreCase(e.getValue().get(0).section().heading().replaceFirst(" \\(.*", ""))) {
                wrong.add(e.getKey() + ": header names section '" + m.group(1) + "' but its checks are in '"
                        + e.getValue().get(0).section().heading() + "'");
            }
            if (!numbers(m.group(2)).equals(defined)) {
                wrong.add(e.getKey() + ": header names steps " + numbers(m.group(2)) + " but the file defines steps " + defined);
            }
            if (sections.size() != 1 || !e.getKey().startsWith(sections.iterator().next() + "/")) {
                wrong.add(e.getKey() + ": defines checks of section(s) " + sections + ", so it belongs in that section's folder");
            }
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    void stepsAreUniqueWithinASection() {
        Map<String, List<String>> taken = rules().checks().stream()
                .collect(Collectors.groupingBy(c -> c.section().id() + " step " + c.step(), Collectors.mapping(Check::code, Collectors.toList())));
        assertThat(taken.values()).allSatisfy(codes -> assertThat(codes).hasSize(1));
    }

    private static RuleBase rules() {
        return TestRules.builtIn();
    }

    /** "1 to 5", "7 and 8", "4" as sets of numbers. */
    static Set<Integer> numbers(String text) {
        Set<Integer> out = new TreeSet<>();
        Matcher range = Pattern.compile("(\\d+) to (\\d+)").matcher(text);
        while (range.find()) {
            for (int i = Integer.parseInt(range.group(1)); i <= Integer.parseInt(range.group(2)); i++) {
                out.add(i);
            }
        }
        Matcher single = Pattern.compile("\\d+").matcher(text.replaceAll("\\d+ to \\d+", ""));
        while (single.find()) {
            out.add(Integer.parseInt(single.group()));
        }
        return out;
    }
}
