package ted.ruletest;

import java.util.Arrays;
import java.util.List;
import ted.read.FactsDocument;

/** The section names a facts file (and so a rule test's {@code facts:}) may hold, as docs/facts-format.md lists them. */
final class FactsSections {
    static final List<String> NAMES = Arrays.stream(FactsDocument.class.getRecordComponents())
            .map(c -> c.getName().equals("caseSection") ? "case" : c.getName()).toList();

    private FactsSections() {
    }
}
