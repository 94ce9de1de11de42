package ted.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import ted.engine.Diagnoser;
import ted.engine.Diagnosis;
import ted.engine.RuleBase;
import ted.load.RuleLoader;
import ted.engine.RuleDefinitionException;
import ted.facts.Case;
import ted.facts.FactSet;
import ted.facts.Symptom;
import ted.read.FactsFileReader;
import ted.read.CaseAssembler;
import ted.read.ReadResult;
import ted.report.Ansi;
import ted.report.Report;
import ted.report.ReportFiles;
import ted.report.ReportFormat;
import ted.report.Renderer;
import ted.report.TextRenderer;
import ted.engine.Status;
import ted.redact.DeferredRedaction;
import ted.redact.FactIdentifiers;
import ted.redact.RedactionMap;
import ted.redact.Redactor;
import ted.redact.ReportRedaction;
import ted.waive.WaiverException;
import ted.waive.Waivers;

/** {@code ted diagnose}: read the facts, run the rules, print the checklist. */
@Command(name = "diagnose", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Walks the troubleshooting guide for a symptom over exported configuration and prints every check "
                + "with its status, the facts that decided it, and the fix."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:something was decided and no check failed",
            "1:a check has a status --fail-on names (default: fail or error) and no waiver",
            "2:usage or input error, or broken rules (2 wins over 1 and 3)",
            "3:nothing decided: no check passed, warned or failed",
            " :README, \"Exit codes\", has the whole table"})
public final class DiagnoseCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = {"Exports, as they come out of PowerShell: Export-Clixml (.xml), "
            + "ConvertTo-Json (.json) or Format-List text (.txt), UTF-8 or UTF-16, as files or whole folders (a HealthChecker "
            + "capture folder too). Facts files (.yaml, .yml, .json) may be mixed in; docs/exports.md lists what is read."})
    List<Path> paths;

    @Option(names = "--symptom", paramLabel = "SYMPTOM", completionCandidates = Candidates.Symptoms.class,
            description = "delegation, calendar-app, presence or all (default: the facts file's case.symptom, else all).")
    String symptom;

    @Option(names = "--user", paramLabel = "UPN",
            description = "The affected mailbox; for delegation, the delegator (default: case.user).")
    String user;

    @Option(names = "--delegate", paramLabel = "UPN", description = "The delegate, for delegation (default: case.delegate).")
    String delegate;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text", completionCandidates = Candidates.Formats.class,
            description = "What to print on standard output: text, json, markdown, html, junit or csv (default: ${DEFAULT-VALUE}).")
    ReportFormat format;




    @Option(names = "--only", paramLabel = "STATUS", split = ",",
            description = "List only the checks with these statuses in text output, e.g. fail,unknown (the summary still counts all; "
                + "JSON and report files are always complete).")
    Set<Status> only;

    @Option(names = {"-q", "--quiet"}, description = "Print only the summary line in text output (report files are still complete).")
    boolean quiet;


    @picocli.CommandLine.Mixin
    RedactOptions redaction = new RedactOptions();

    /** Set once the facts are read, when redacting. */
    private Redactor redactor;

    @picocli.CommandLine.Mixin
    OutputOptions output = new OutputOptions();

    @picocli.CommandLine.Mixin
    RuleFolders ruleFolders = new RuleFolders();

    @Option(names = "--trace", description = "Print, on stderr, every rule that fired and the facts it matched.")
    boolean trace;

    @Option(names = "--timings", hidden = true, description = "Print how long each stage took, on stderr (for benchmarks).")
    boolean timings;


    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (!redaction.on()) {
            return run(out, err);
        }
        // Redacted: stderr is held until every name in the facts is known, then printed redacted; the paths named are
        // known from the start, so even a run that stops early names no folder.
        redactor = InputRedaction.withPaths(paths);
        DeferredRedaction held = new DeferredRedaction(err);
        try {
            return run(out, held.writer());
        } finally {
            held.release(redactor);
        }
    }

    private int run(PrintWriter out, PrintWriter err) {
        if (symptom != null) {
            try {
                Symptom.parse(symptom);
            } catch (IllegalArgumentException e) {
                err.println("ted: --symptom: " + e.getMessage());
                return ExitCode.ERROR;
            }
        }
        Map<Path, ReportFormat> reportFormats;
        try {
            reportFormats = ReportFiles.formats(output.reports, EnumSet.allOf(ReportFormat.class));
        } catch (IllegalArgumentException e) {
            err.println("ted: --report: " + e.getMessage());
            return ExitCode.ERROR;
        }
        Stopwatch clock = new Stopwatch(timings, err);
        // Compiling the rules does not depend on the facts: start it now and read the files meanwhile.
        CompletableFuture<RuleLoader.Loaded> compiling = CompletableFuture.supplyAsync(() -> RuleLoader.loadWithOrigin(ruleFolders.folders));

        ReadResult read = new FactsFileReader().readFor(paths, user, delegate);
        if (redactor != null) {
            InputRedaction.files(read, redactor);
        }
        read.problems().forEach(p -> err.println("ted: " + p));
        if (read.nothingUsable()) {
            SourceLines.printSkipped(read, err);
            return ExitCode.ERROR;
        }
        FactSet facts = read.facts();
        clock.lap("read");

        Case subject;
        CaseAssembler.Assembled assembled;
        try {
            assembled = CaseAssembler.assemble(facts, read.focus(), symptom, user, delegate);
            subject = assembled.subject();
            assembled.notes().forEach(n -> err.println("ted: note: " + n));
        } catch (IllegalArgumentException e) {
            err.println("ted: " + e.getMessage());
            return ExitCode.ERROR;
        }
        clock.lap("resolve identities");
        RuleBase rules;
        try {
            RuleLoader.Loaded loaded = compiling.join();
            rules = loaded.rules();
            clock.lap("wait for rules (" + loaded.origin().name().toLowerCase(java.util.Locale.ROOT) + ")");
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuleDefinitionException broken) {
                broken.getMessage().lines().forEach(l -> err.println("ted: rules: " + l));
                return ExitCode.ERROR;
            }
            throw e;
        }
        // A waiver file that cannot be used stops the run before the rules are evaluated for nothing.
        OutputOptions.Waivers waivers;
        try {
            waivers = output.waivers(rules);
        } catch (WaiverException e) {
            err.println("ted: " + e.getMessage());
            return ExitCode.ERROR;
        }
        Diagnosis diagnosis;
        try {
            diagnosis = new Diagnoser(rules).diagnose(facts, subject, trace ? t -> err.println("ted: trace: " + t) : null);
        } catch (RuleDefinitionException e) {
            err.println("ted: rules: " + e.getMessage());
            return ExitCode.ERROR;
        }
        clock.lap("evaluate");

        Waivers.Applied waived = Waivers.apply(diagnosis, waivers.list(), assembled.knownPerson());
        Map<ted.engine.Finding, Report.Waived> shown = new java.util.IdentityHashMap<>();
        waived.waived().forEach((f, w) -> shown.put(f, new Report.Waived(w.reason(), w.expires().toString())));
        // What the reader of any format must know about the run itself: every format shows these notes.
        List<String> notes = new java.util.ArrayList<>();
        if (!diagnosis.decidedAnything()) {
            notes.add(Report.NOTHING_DECIDED);
        }
        if (waivers.note() != null) {
            notes.add(waivers.note());
        }
        notes.addAll(waived.notes());
        Report report = new Report(VersionProvider.version(), diagnosis, read.sources(), read.problems(), read.skipped(),
                shown, notes);
        if (redactor != null) {
            FactIdentifiers.learn(facts.facts(), subject, redactor);
            report = ReportRedaction.redact(report, redactor);
            if (redaction.map != null && !RedactionMap.write(redactor, redaction.map, spec.commandLine().getErr())) {
                return ExitCode.ERROR;
            }
        }
        if (format == ReportFormat.TEXT && !quiet) {
            SourceLines.print(read, err);   // when redacting, err redacts it: each file by its name
        }
        // Text shows the notes above its summary (-q: the summary alone, which says when nothing was decided); other
        // formats carry them inside, where a terminal does not see them.
        if (format != ReportFormat.TEXT || quiet) {
            report.notes().stream().filter(n -> format != ReportFormat.TEXT || !n.equals(Report.NOTHING_DECIDED))
                    .forEach(n -> err.println("ted: note: " + n));
        }
        boolean colour = output.colour();
        Renderer renderer = format == ReportFormat.TEXT
                ? new TextRenderer(new Ansi(colour), only == null || only.isEmpty() ? EnumSet.allOf(Status.class) : only, quiet)
                : format.renderer(colour);
        renderer.render(report, out);
        out.flush();
        boolean written = ReportFiles.write(report, reportFormats, err);
        clock.lap("render");
        if (!written) {
            return ExitCode.ERROR;
        }
        // The report is complete but for the broken rules' checks: it is printed, and the exit code says rules broke.
        diagnosis.errors().forEach(e -> err.println("ted: rules: " + e));
        // Likewise for a path named that could not be read: the report shows what the others held, and the exit code
        // says it is not the whole report asked for.
        if (!read.unreadable().isEmpty()) {
            err.println("ted: " + String.join(", ", read.unreadable()) + ": named but not read (see above); the report covers the other inputs only");
        }
        boolean failed = diagnosis.findings().stream().anyMatch(f -> output.failOn.contains(f.getStatus()) && !shown.containsKey(f));
        return ExitCode.of(diagnosis.hasErrors() || !read.unreadable().isEmpty(), failed, diagnosis.decidedAnything());
    }
}
