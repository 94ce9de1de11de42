package ted.ruletest;

import java.nio.file.Path;
import java.util.List;
import ted.engine.Diagnosis;
import ted.engine.Diagnoser;
import ted.engine.RuleBase;
import ted.read.CaseAssembler;
import ted.read.FactsFileReader;
import ted.read.ReadResult;

/**
 * One case {@code ted rules diff} evaluates under both rule sets: the files of one diagnosis (a facts file, an export
 * folder or a zip), or one rule test. Each evaluation reads the case afresh, so nothing one rule set's run leaves in
 * the facts can colour the other's.
 */
public sealed interface DiffCase {

    /** How the case is named in the output: its path, or a rule test's file and name. */
    String name();

    /** The diagnosis under {@code rules}; throws {@link IllegalArgumentException} with one line when the case cannot be read. */
    Diagnosis evaluate(RuleBase rules);

    /** Files read as one diagnosis; a case without its own symptom is diagnosed for every symptom, as a scan is. */
    record Files(String name, List<Path> paths) implements DiffCase {
        @Override
        public Diagnosis evaluate(RuleBase rules) {
            ReadResult read = new FactsFileReader().read(paths);
            if (read.nothingUsable()) {
                throw new IllegalArgumentException(read.problems().isEmpty() ? "nothing could be read"
                        : read.problems().get(0).toString());
            }
            String symptom = read.facts().symptom() == null ? "all" : null;
            CaseAssembler.Assembled assembled = CaseAssembler.assemble(read.facts(), symptom, null, null);
            return new Diagnoser(rules).diagnose(read.facts(), assembled.subject());
        }
    }

    /** One case of a {@code .test.yaml} file: its facts, as {@code ted rules test} builds them. */
    record RuleTest(RuleTestCase testCase) implements DiffCase {
        @Override
        public String name() {
            return testCase.toString();
        }

        @Override
        public Diagnosis evaluate(RuleBase rules) {
            RuleTestResult result = new RuleTestRunner(rules).run(testCase);
            if (result.diagnosis() == null) {
                throw new IllegalArgumentException(String.join("; ", result.mismatches()));
            }
            return result.diagnosis();
        }
    }
}
