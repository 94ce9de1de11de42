package ted.ruletest;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.Map;

/**
 * One case of a rule test file: a facts document (a base facts file with some sections replaced) and the status
 * each named check must reach.
 *
 * @param file   the test file, for messages
 * @param base   the facts file the case starts from, or null to start from nothing
 * @param facts  sections that replace the base's; a section set to null is removed
 * @param expect check code to expected status ({@code fail}, {@code pass}, ...)
 */
public record RuleTestCase(Path file, String name, Path base, ObjectNode facts, Map<String, String> expect) {

    @Override
    public String toString() {
        return file.getFileName() + ": " + name;
    }
}
