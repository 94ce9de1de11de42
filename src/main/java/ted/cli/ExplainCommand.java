package ted.cli;

import java.io.PrintWriter;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import ted.engine.CheckDocs;
import ted.engine.CheckDocs.CheckDoc;
import ted.engine.Check;
import ted.engine.RuleBase;
import ted.facts.Symptom;
import ted.report.TextRenderer;

/** {@code ted explain CODE}: everything about one check, from its definition and its rules. */
@Command(name = "explain", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Explains a check: what it checks, why it matters, the facts it reads, the statuses it can give, the fix, its source and rule file.",
        exitCodeListHeading = "%nExit codes:%n", exitCodeList = {"0:explained", "2:no such check (the closest codes are named), or broken rules"})
public final class ExplainCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    RuleFolders ruleFolders = new RuleFolders();

    @Parameters(paramLabel = "CODE", completionCandidates = Candidates.Codes.class, description = "A check code, e.g. EWS_ORG_ALLOWS_SCHEDULING (any case).")
    String code;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        RuleBase rules = ruleFolders.load(err);
        if (rules == null) {
            return ExitCode.ERROR;
        }
        String wanted = code.trim().toUpperCase(Locale.ROOT);
        CheckDoc doc = CheckDocs.all(rules).stream().filter(d -> d.check().code().equals(wanted)).findFirst().orElse(null);
        if (doc == null) {
            List<String> closest = rules.checks().stream().map(Check::code)
                    .sorted(Comparator.comparingInt(c -> Math.min(ted.util.Closest.distance(c, wanted),
                            ted.util.Closest.distance(c.substring(0, Math.min(c.length(), wanted.length())), wanted)))).limit(3).toList();
            err.println("ted: no check " + wanted + "; closest: " + String.join(", ", closest));
            return ExitCode.ERROR;
        }
        Check c = doc.check();
        out.println(c.code() + " - " + c.title());
        out.println();
        field(out, "What it checks", c.what());
        field(out, "Why it matters", c.why());
        field(out, "Facts it reads", doc.factsRead().isEmpty() ? "(none)" : String.join(", ", doc.factsRead()));
        field(out, "Statuses", String.join(", ", doc.statuses()));
        field(out, "Fix", c.fix());
        field(out, "Symptoms", String.join(", ", c.symptoms().stream().sorted().map(Symptom::id).toList())
                + (c.onPremisesOnly() ? " (on-premises mailboxes only)" : ""));
        field(out, "Severity", c.severity());
        field(out, "Source", c.source());
        field(out, "Rule file", c.file() + " (" + doc.rules().size() + " verdict rules)");
        out.flush();
        return ExitCode.OK;
    }

    private static void field(PrintWriter out, String name, String value) {
        String label = String.format("%-15s ", name + ":");
        TextRenderer.wrap(value, label, " ".repeat(label.length())).forEach(out::println);
    }
}
