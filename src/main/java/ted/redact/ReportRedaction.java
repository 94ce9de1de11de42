package ted.redact;

import java.nio.file.Path;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import ted.engine.Diagnosis;
import ted.engine.Finding;
import ted.engine.RuleError;
import ted.facts.Case;
import ted.facts.Recipient;
import ted.facts.Ref;
import ted.read.InputProblem;
import ted.read.SkippedFile;
import ted.read.SourceSummary;
import ted.report.Report;

/**
 * A report with every text in it redacted by one {@link Redactor}, so every format written from it agrees on every
 * stand-in. Input files are shown by their file name alone: a folder path says whose desktop it was on.
 */
public final class ReportRedaction {
    private ReportRedaction() {
    }

    public static Report redact(Report report, Redactor r) {
        Diagnosis d = report.diagnosis();
        Map<Finding, Report.Waived> waivers = new IdentityHashMap<>();
        List<Finding> findings = d.findings().stream().map(f -> {
            Finding copy = f.rewritten(r::redact);
            Report.Waived w = report.waiver(f);
            if (w != null) {
                waivers.put(copy, new Report.Waived(r.redact(w.reason()), w.expires()));
            }
            return copy;
        }).toList();
        Case c = d.subject();
        Case subject = new Case(c.symptoms(), ref(c.user(), r), ref(c.delegate(), r), c.today());
        List<RuleError> errors = d.errors().stream().map(e -> new RuleError(e.rule(), e.location(), r.redact(e.message()))).toList();
        List<SkippedFile> skipped = report.skipped().stream().map(s -> new SkippedFile(file(s.file(), r), r.redact(s.why()))).toList();
        return new Report(report.version(), new Diagnosis(subject, findings, errors), sources(report.sources(), r),
                problems(report.problems(), r), skipped, waivers, report.notes().stream().map(r::redact).toList());
    }

    /** The files read, each by its name, with every note redacted. */
    public static List<SourceSummary> sources(List<SourceSummary> sources, Redactor r) {
        return sources.stream().map(s -> new SourceSummary(file(s.file(), r), r.redact(s.readAs()), s.objects(),
                s.notes().stream().map(r::redact).toList())).toList();
    }

    /** The input problems, each file by its name, each message redacted. */
    public static List<InputProblem> problems(List<InputProblem> problems, Redactor r) {
        return problems.stream().map(p -> p.with(file(p.file(), r), r.redact(p.message()))).toList();
    }

    static String file(String file, Redactor r) {
        if (file == null) {
            return null;
        }
        Path name = Path.of(file.replace('\\', '/')).getFileName();
        return r.redact(name == null ? file : name.toString());
    }

    private static Ref ref(Ref ref, Redactor r) {
        if (ref == null) {
            return null;
        }
        Ref copy = Ref.of(r.redact(ref.getRaw()));
        Recipient p = ref.getRecipient();
        if (p != null) {
            copy.resolveTo(new Recipient(r.redact(p.UserPrincipalName()), r.redact(p.PrimarySmtpAddress()), r.redact(p.Alias()),
                    r.redact(p.DisplayName()), r.redact(p.CanonicalName()), r.redact(p.DistinguishedName())));
        }
        return copy;
    }
}
