package ted.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import ted.engine.Diagnosis;
import ted.engine.RuleBase;
import ted.engine.RuleDefinitionException;
import ted.load.RuleLoader;
import ted.load.RuleSource;
import ted.ruletest.DiffCase;
import ted.ruletest.DiffCases;
import ted.ruletest.VerdictDiff;

/**
 * {@code ted rules diff}: a rule change proven on a case library. Every case is diagnosed under the rule set before
 * the change and the one after it, and every verdict that moved is listed with both sides' reasons and evidence; the
 * exit code lets CI gate the change on it.
 */
@Command(name = "diff", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Diagnoses every case under two rule sets and lists each verdict that changed, per case and check, "
                + "with the reason and evidence on both sides.",
                "A rule set is 'built-in', a folder of .drl files standing for the whole knowledge base, or a git revision "
                + "of the repository you are in (HEAD~1 for its rules folder, REV:path for another folder).",
                "A case is a facts file, an export folder, a zip, or a rule test file (one case per test); any other "
                + "folder is searched for cases."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:no verdict changed", "1:at least one verdict changed",
                "2:a rule set does not load, or a case cannot be read (the other cases are still compared)"})
public final class RulesDiffCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--old", required = true, paramLabel = "RULES", description = "The rule set before the change.")
    String before;

    @Option(names = "--new", paramLabel = "RULES", defaultValue = "built-in",
            description = "The rule set after the change (default: ${DEFAULT-VALUE}).")
    String after;

    enum Format { text, json }

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text", description = "text or json (default: ${DEFAULT-VALUE}).")
    Format format;

    @Parameters(arity = "1..*", paramLabel = "CASE", description = "Facts files, export folders, zips, rule test files, or folders of them.")
    List<Path> cases = new ArrayList<>();

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Path cwd = Path.of("").toAbsolutePath();
        RuleBase old;
        RuleBase now;
        try {
            old = RuleLoader.loadExactly(before, RuleSource.named(before, cwd));
            now = RuleLoader.loadExactly(after, RuleSource.named(after, cwd));
        } catch (RuleDefinitionException e) {
            e.getMessage().lines().forEach(l -> err.println("ted: rules: " + l));
            return ExitCode.ERROR;
        }
        List<String> problems = new ArrayList<>();
        List<DiffCase> found = DiffCases.find(cases, problems);
        List<VerdictDiff.Change> changes = new ArrayList<>();
        int compared = 0;
        for (DiffCase c : found) {
            try {
                Diagnosis b = c.evaluate(old);
                Diagnosis a = c.evaluate(now);
                changes.addAll(VerdictDiff.compare(c.name(), b, a));
                compared++;
            } catch (IllegalArgumentException | RuleDefinitionException e) {
                problems.add(c.name() + ": " + e.getMessage());
            }
        }
        problems.forEach(p -> err.println("ted: " + p));
        if (format == Format.json) {
            printJson(out, compared, changes, problems);
        } else {
            printText(out, compared, changes);
        }
        out.flush();
        if (!problems.isEmpty() || compared == 0) {
            if (compared == 0 && problems.isEmpty()) {
                err.println("ted: no case found in " + cases);
            }
            return ExitCode.ERROR;
        }
        return changes.isEmpty() ? ExitCode.OK : ExitCode.CHECK_FAILED;
    }

    private void printText(PrintWriter out, int compared, List<VerdictDiff.Change> changes) {
        out.println("Rules " + before + " -> " + after + ", " + compared + " case(s) compared");
        String shown = null;
        for (VerdictDiff.Change c : changes) {
            if (!c.caseName().equals(shown)) {
                out.println();
                out.println(c.caseName());
                shown = c.caseName();
            }
            out.println("  " + c.code() + ": " + c.before().status() + " -> " + c.after().status());
            side(out, "before", c.before());
            side(out, "after", c.after());
        }
        out.println();
        out.println(changes.isEmpty() ? "No verdict changed."
                : changes.size() + " verdict(s) changed in " + changes.stream().map(VerdictDiff.Change::caseName).distinct().count()
                + " case(s).");
    }

    private static void side(PrintWriter out, String label, VerdictDiff.Side side) {
        out.println("    " + label + ": " + side.status() + (side.cause() == null ? "" : " - " + side.cause()));
        side.evidence().forEach(e -> out.println("      - " + e));
    }

    private void printJson(PrintWriter out, int compared, List<VerdictDiff.Change> changes, List<String> problems) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("old", before);
        doc.put("new", after);
        doc.put("casesCompared", compared);
        doc.put("changes", changes);
        doc.put("problems", problems);
        try {
            out.println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(doc));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
