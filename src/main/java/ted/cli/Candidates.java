package ted.cli;

import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;
import ted.engine.Check;
import ted.facts.Symptom;
import ted.load.RuleLoader;
import ted.report.ReportFormat;

/**
 * What tab completion offers after an option or parameter. picocli makes these when it builds the command model (on
 * every run), so they are cheap to make; the check codes are looked up only when a completion script asks for them.
 */
final class Candidates {
    private Candidates() {
    }

    /** delegation, calendar-app, presence and all. */
    static final class Symptoms implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return Stream.concat(Arrays.stream(Symptom.values()).map(Symptom::id), Stream.of("all")).iterator();
        }
    }

    /** Every output format, as it is typed (lower case). */
    static final class Formats implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return Arrays.stream(ReportFormat.values()).map(ReportFormat::id).iterator();
        }
    }

    /** The built-in checks' codes, for {@code ted explain}. */
    static final class Codes implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            List<String> codes = RuleLoader.load(List.of()).checks().stream().map(Check::code).toList();
            return codes.iterator();
        }
    }
}
