package ted.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import ted.engine.RuleBase;
import ted.engine.RuleDefinitionException;
import ted.facts.FactSet;
import ted.facts.Ref;
import ted.facts.Symptom;
import ted.read.CaseAssembler;
import ted.read.FactsFileReader;
import ted.read.IdentityResolver;
import ted.read.ReadResult;
import ted.report.Ansi;
import ted.report.ReportFiles;
import ted.report.ReportFormat;
import ted.report.ScanReport;
import ted.report.ScanReportFiles;
import ted.report.ScanStream;
import ted.report.ScanText;
import ted.redact.DeferredRedaction;
import ted.redact.FactIdentifiers;
import ted.redact.RedactionMap;
import ted.redact.Redactor;
import ted.redact.ReportRedaction;
import ted.redact.ScanRedaction;
import ted.scan.OrgFacts;
import ted.scan.ScanObjects;
import ted.scan.ScanSummary;
import ted.scan.Scanner;
import ted.scan.Subject;
import ted.scan.Subjects;

/** {@code ted scan}: every mailbox and every delegate pair of an organisation's exports, grouped by cause. */
@Command(name = "scan", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Diagnoses every mailbox (Calendar app, presence) and every delegate pair (delegated scheduling) in "
                + "org-wide exports, and groups what fails by cause, with one fix per cause for all its subjects."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:something was decided and no subject has a check in a --fail-on status",
            "1:a subject has a check with a status --fail-on names (default: fail or error) and no waiver",
            "2:usage or input error, or broken rules (2 wins over 1 and 3)",
            "3:nothing decided: no subject had a check pass, warn or fail",
            " :README, \"Exit codes\", has the whole table"})
public final class ScanCommand implements Callable<Integer> {

    /** What a scan prints. */
    enum Format { text, json, csv }

    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Org-wide exports (Export-Csv, Export-Clixml, ConvertTo-Json, "
            + "Format-List), facts files, folders or zips of them, as diagnose takes them.")
    List<Path> paths;

    @Option(names = "--symptom", paramLabel = "SYMPTOM", defaultValue = "all", completionCandidates = Candidates.Symptoms.class,
            description = "delegation, calendar-app, presence or all (default: ${DEFAULT-VALUE}).")
    String symptom;

    @Option(names = "--users", paramLabel = "FILE",
            description = "Scan only these mailboxes (and the delegate pairs whose delegator is one): one name per line, any form --user takes.")
    Path users;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "text (grouped by cause), json (every subject, and per check the objects it counts; docs/scan.md) or csv "
                + "(one row per object and check that did not pass).")
    Format format;

    @Option(names = "--threads", paramLabel = "N", description = "Rule sessions run at once (default: one per core).")
    Integer threads;

    @Option(names = {"-q", "--quiet"}, description = "Print only the summary line in text output, and nothing on stderr but "
            + "problems (report files are still complete).")
    boolean quiet;

    @picocli.CommandLine.Mixin
    RedactOptions redaction = new RedactOptions();

    /** Set when redacting: knows the paths named from the start, and the organisation's names once it is read. */
    private Redactor redactor;
    private DeferredRedaction held;

    @Mixin
    OutputOptions output = new OutputOptions();

    @Mixin
    RuleFolders ruleFolders = new RuleFolders();

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (!redaction.on()) {
            return run(out, err, err);
        }
        // Redacted: stderr is held until the organisation's names are known, then every line is redacted.
        redactor = InputRedaction.withPaths(paths);
        held = new DeferredRedaction(err);
        try {
            return run(out, held.writer(), err);
        } finally {
            held.release(redactor);
        }
    }

    /** The scan; {@code progress} is where the progress line goes (only numbers: never held back for redaction). */
    private int run(PrintWriter out, PrintWriter err, PrintWriter progressTo) {
        Set<Symptom> symptoms;
        try {
            symptoms = Symptom.parse(symptom);
        } catch (IllegalArgumentException e) {
            err.println("ted: --symptom: " + e.getMessage());
            return ExitCode.ERROR;
        }
        java.util.Map<Path, ReportFormat> files;
        try {
            files = ReportFiles.formats(output.reports, java.util.EnumSet.complementOf(java.util.EnumSet.of(ReportFormat.JUNIT)));
        } catch (IllegalArgumentException e) {
            err.println("ted: --report: " + e.getMessage());
            return ExitCode.ERROR;
        }
        RuleBase rules = ruleFolders.load(err);
        if (rules == null) {
            return ExitCode.ERROR;
        }
        OutputOptions.Waivers waivers;
        try {
            waivers = output.waivers(rules);
        } catch (ted.waive.WaiverException e) {
            err.println("ted: " + e.getMessage());
            return ExitCode.ERROR;
        }
        // An expired waiver says so once, not once per subject it would have covered.
        Set<String> waiverNotes = new java.util.LinkedHashSet<>();
        if (waivers.note() != null) {
            waiverNotes.add(waivers.note());
        }
        Set<ted.waive.Waiver> used = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        Prepared prepared = prepare(symptoms, err);
        if (prepared == null) {
            return ExitCode.ERROR;
        }
        UnaryOperator<String> shown = UnaryOperator.identity();
        List<ted.read.SourceSummary> sources = prepared.sources();
        List<ted.read.InputProblem> problems = prepared.problems();
        if (redactor != null) {
            shown = redactor::redact;
            sources = ReportRedaction.sources(sources, redactor);
            problems = ReportRedaction.problems(problems, redactor);
            if (redaction.map != null && !RedactionMap.write(redactor, redaction.map, spec.commandLine().getErr())) {
                return ExitCode.ERROR;
            }
        }
        OrgFacts org = prepared.org();
        List<Subject> subjects = prepared.subjects();
        int pairs = (int) subjects.stream().filter(s -> s.delegate() != null).count();
        int mailboxes = subjects.size() - pairs;
        ScanSummary summary = new ScanSummary(rules.checks(), output.failOn, new ScanObjects(subjects));
        boolean progress = System.console() != null && format == Format.text && !quiet;
        long started = System.nanoTime();
        List<ScanStream> streams = new java.util.ArrayList<>();
        if (format != Format.text) {
            streams.add(format == Format.json ? ScanStream.json(out, VersionProvider.version(), mailboxes, pairs, shown)
                    : ScanStream.csv(out, shown));
        }
        ScanReportFiles reportFiles;
        try {
            reportFiles = ScanReportFiles.open(files, VersionProvider.version(), mailboxes, pairs, shown);
        } catch (IOException e) {
            err.println("ted: --report: cannot write: " + e.getMessage());
            return ExitCode.ERROR;
        }
        try {
            new Scanner(rules, threads == null ? Runtime.getRuntime().availableProcessors() : threads).scan(org, subjects, r -> {
                ted.waive.Waivers.Applied applied = ted.waive.Waivers.apply(r.diagnosis(), waivers.list(), prepared.knownPerson());
                waiverNotes.addAll(applied.notes());
                used.addAll(applied.waived().values());
                summary.accept(r, applied.waived().keySet());
                streams.forEach(st -> st.accept(r));
                reportFiles.accept(r);
            }, (done, total) -> {
                if (progress) {
                    double seconds = (System.nanoTime() - started) / 1e9;
                    double rate = done / Math.max(seconds, 1e-3);
                    progressTo.printf(Locale.ROOT, "\rted: scanned %,d of %,d subjects, %,.0f/s, about %,.0f s left   ", done, total, rate,
                            (total - done) / Math.max(rate, 1e-3));
                    progressTo.flush();
                }
            });
        } catch (RuleDefinitionException e) {
            err.println("ted: rules: " + e.getMessage());
            return ExitCode.ERROR;
        }
        if (progress) {
            progressTo.println();
        }
        // A waiver that covered no subject is named, unless a note already said why (expired, or names no one).
        waivers.list().stream().filter(w -> !used.contains(w) && waiverNotes.stream().noneMatch(n -> n.contains("(" + w.where() + ")")))
                .forEach(w -> waiverNotes.add(ted.waive.Waivers.unmatched(w, "it covered no subject of this scan")));
        waiverNotes.forEach(n -> err.println("ted: note: " + n));
        for (ScanStream st : streams) {
            st.finish(summary, sources, problems);
            st.close();
        }
        ScanReport report = new ScanReport(VersionProvider.version(), symptoms.stream().map(Symptom::id).collect(Collectors.joining(", ")),
                mailboxes, pairs, summary, prepared.sources(), prepared.problems());
        if (redactor != null) {
            report = ScanRedaction.redact(report, redactor);
        }
        if (format == Format.text) {
            new ScanText(new Ansi(output.colour()), quiet).render(report, out);
        }
        out.flush();
        boolean written = reportFiles.finish(report, err);
        if (!written) {
            return ExitCode.ERROR;
        }
        summary.errors().forEach(e -> err.println("ted: rules: " + e));
        if (!prepared.unreadable().isEmpty()) {
            err.println("ted: " + String.join(", ", prepared.unreadable()) + ": named but not read (see above); the scan covers the other inputs only");
        }
        return ExitCode.of(!summary.errors().isEmpty() || !prepared.unreadable().isEmpty(), summary.failing() > 0, summary.decidedAnything());
    }

    /** The organisation's facts split for the scan, whom it diagnoses, and what reading said. */
    private record Prepared(OrgFacts org, List<Subject> subjects, List<ted.read.SourceSummary> sources, List<ted.read.InputProblem> problems,
                            List<String> unreadable, Predicate<String> knownPerson) {
    }

    /**
     * Reads the inputs, resolves everyone and splits the facts; null (with the reason on stderr) when there is nothing to
     * scan. Its own method so that what only reading needs (the files' fact lists, the identity resolver's tables: some
     * 60 MB at 100,000 mailboxes) is garbage before the first subject is diagnosed.
     */
    private Prepared prepare(Set<Symptom> symptoms, PrintWriter err) {
        ReadResult read = new FactsFileReader().read(paths);
        if (redactor != null) {
            InputRedaction.files(read, redactor);
        }
        read.problems().forEach(p -> err.println("ted: " + p));
        if (read.nothingUsable()) {
            SourceLines.printSkipped(read, err);
            return null;
        }
        if (format == Format.text && !quiet) {
            SourceLines.print(read, err);
        }
        FactSet facts = read.facts();
        IdentityResolver resolver = CaseAssembler.resolveEveryone(facts);
        Predicate<String> wanted;
        try {
            wanted = wanted(resolver);
        } catch (IllegalArgumentException e) {
            err.println("ted: " + e.getMessage());
            return null;
        }
        List<Subject> subjects = Subjects.of(facts, symptoms, wanted);
        if (subjects.isEmpty()) {
            err.println("ted: the inputs hold no mailboxes to scan (Get-Mailbox is what names them)");
            return null;
        }
        if (redactor != null) {
            // Everyone's names, before anything about a subject is written: one person keeps one number throughout.
            FactIdentifiers.learn(facts.facts(), redactor);
            held.release(redactor);
        }
        return new Prepared(OrgFacts.of(facts), subjects, read.sources(), read.problems(), read.unreadable(),
                resolver.knowsAnyone() ? resolver::knows : null);
    }

    /** The mailboxes --users names, by key; every mailbox without it. A name that matches nobody is an error. */
    private Predicate<String> wanted(IdentityResolver resolver) {
        if (users == null) {
            return key -> true;
        }
        List<String> names;
        try {
            names = Files.readAllLines(users).stream().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
        } catch (IOException e) {
            throw new IllegalArgumentException(users + ": cannot read: " + ted.read.InputFiles.reason(e));
        }
        Set<String> keys = new HashSet<>();
        for (int i = 0; i < names.size(); i++) {
            Ref ref = Ref.of(names.get(i));
            resolver.resolve(ref);
            if (!ref.isResolved()) {
                throw new IllegalArgumentException(users + ":" + (i + 1) + ": '" + names.get(i) + "' matches no one in the inputs"
                        + (ref.isAmbiguous() ? " alone (several recipients share that display name)" : ""));
            }
            keys.add(ref.getKey());
        }
        return keys::contains;
    }
}
