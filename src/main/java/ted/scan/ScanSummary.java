package ted.scan;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import ted.engine.Check;
import ted.engine.Finding;
import ted.engine.RuleError;
import ted.engine.Status;

/**
 * What a scan found, gathered as the results stream past and kept small: per check, how many subjects got each
 * status; per cause (a check's status and its cause with the subject's names taken out), how many, a few examples and
 * the one command that fixes them all; and which checks came out the same for every subject (organisation-wide), to
 * be said once.
 */
public final class ScanSummary implements Consumer<Scanner.Result> {
    static final int EXAMPLES = 3;

    /** Subjects that share one cause of one check's status. */
    public static final class Cause {
        private final Status status;
        private final String text;
        private int count;
        private final List<String> examples = new ArrayList<>();
        private List<String> fix;
        private boolean fixDiffers;

        Cause(Status status, String text) {
            this.status = status;
            this.text = text;
        }

        public Status status() {
            return status;
        }

        /** The cause, with {@code <user>} and {@code <delegate>} for the subject's names. */
        public String text() {
            return text;
        }

        public int count() {
            return count;
        }

        public List<String> examples() {
            return List.copyOf(examples);
        }

        /** The fix for every subject of this cause, over the scan's CSV; null when the subjects need different fixes. */
        public List<String> fix() {
            return fixDiffers ? null : fix;
        }
    }

    /** One check across the scan. */
    public static final class CheckSummary {
        private final Check check;
        private final Map<Status, Integer> counts = new EnumMap<>(Status.class);
        private final Map<String, Cause> causes = new LinkedHashMap<>();
        private Finding first;
        private boolean uniform = true;
        private int waived;

        CheckSummary(Check check) {
            this.check = check;
            for (Status s : Status.values()) {
                counts.put(s, 0);
            }
        }

        public Check check() {
            return check;
        }

        public Map<Status, Integer> counts() {
            return Map.copyOf(counts);
        }

        /** Subjects whose finding for this check a waiver covers (they keep their status; they do not fail the run). */
        public int waived() {
            return waived;
        }

        public int total() {
            return counts.values().stream().mapToInt(Integer::intValue).sum();
        }

        /** Causes of every status but pass, most subjects first. */
        public List<Cause> causes() {
            return causes.values().stream().sorted((a, b) -> a.status != b.status ? a.status.compareTo(b.status)
                    : Integer.compare(b.count, a.count)).toList();
        }

        /** True when every subject got the same status for the same reason: an organisation-wide verdict. */
        public boolean sameForEverySubject() {
            return uniform;
        }

        /** The first subject's finding: for an organisation-wide verdict, the one to show. */
        public Finding example() {
            return first;
        }
    }

    private final Map<String, CheckSummary> checks = new LinkedHashMap<>();
    private final List<RuleError> errors = new ArrayList<>();
    private final Set<Status> failOn;
    private final NameFreeTexts texts = new NameFreeTexts();
    private int subjects;
    private int failing;

    public ScanSummary(List<Check> inOrder, Set<Status> failOn) {
        inOrder.forEach(c -> checks.put(c.code(), new CheckSummary(c)));
        this.failOn = failOn;
    }

    @Override
    public void accept(Scanner.Result r) {
        accept(r, Set.of());
    }

    /** As {@link #accept(Scanner.Result)}, with the findings waivers cover: they are counted, but fail nothing. */
    public void accept(Scanner.Result r, Set<Finding> waived) {
        subjects++;
        boolean fails = false;
        for (Finding f : r.diagnosis().findings()) {
            CheckSummary c = checks.computeIfAbsent(f.getCode(), k -> new CheckSummary(f.check()));
            c.counts.merge(f.getStatus(), 1, Integer::sum);
            if (waived.contains(f)) {
                c.waived++;
            } else {
                fails |= failOn.contains(f.getStatus());
            }
            if (c.first == null) {
                c.first = f;
            } else if (c.uniform && !sameVerdict(c.first, f)) {
                c.uniform = false;
            }
            if (f.getStatus() == Status.PASS) {
                continue;
            }
            String text = texts.apply(f.cause(), r.subject(), Templates::cause);
            Cause cause = c.causes.computeIfAbsent(f.getStatus() + "\u0000" + text, k -> new Cause(f.getStatus(), text));
            cause.count++;
            if (cause.examples.size() < EXAMPLES) {
                cause.examples.add(r.subject().userName() + (r.subject().delegate() == null ? "" : " / " + r.subject().delegateName()));
            }
            List<String> fix = f.fixes().stream().filter(x -> !x.startsWith("#")).map(x -> texts.apply(x, r.subject(), Templates::command)).toList();
            if (cause.fix == null) {
                cause.fix = fix;
            } else if (!cause.fix.equals(fix)) {
                cause.fixDiffers = true;
            }
        }
        r.diagnosis().errors().stream().filter(e -> errors.stream().noneMatch(x -> x.rule().equals(e.rule()))).forEach(errors::add);
        if (fails) {
            failing++;
        }
    }

    /**
     * A copy with every text rewritten by {@code rewrite} (causes, examples, commands, the example findings, rule
     * errors): how a redacted scan's reports get what the summary gathered. Counts and order stay.
     */
    public ScanSummary rewritten(UnaryOperator<String> rewrite) {
        ScanSummary copy = new ScanSummary(List.of(), failOn);
        copy.subjects = subjects;
        copy.failing = failing;
        errors.forEach(e -> copy.errors.add(new RuleError(e.rule(), e.location(), rewrite.apply(e.message()))));
        for (CheckSummary c : checks.values()) {
            CheckSummary to = new CheckSummary(c.check);
            to.counts.putAll(c.counts);
            to.uniform = c.uniform;
            to.waived = c.waived;
            to.first = c.first == null ? null : c.first.rewritten(rewrite);
            for (Cause cause : c.causes.values()) {
                Cause t = new Cause(cause.status, cause.text == null ? null : rewrite.apply(cause.text));
                t.count = cause.count;
                cause.examples.forEach(e -> t.examples.add(rewrite.apply(e)));
                t.fix = cause.fix == null ? null : cause.fix.stream().map(rewrite).toList();
                t.fixDiffers = cause.fixDiffers;
                to.causes.put(t.status + "\u0000" + t.text, t);
            }
            copy.checks.put(c.check.code(), to);
        }
        return copy;
    }

    /** Same status for the same reason, on the same evidence, with the same commands: nothing about it is the subject's. */
    static boolean sameVerdict(Finding a, Finding b) {
        return a.getStatus() == b.getStatus() && Objects.equals(a.cause(), b.cause()) && a.evidence().equals(b.evidence())
                && a.fixes().equals(b.fixes()) && a.collects().equals(b.collects());
    }

    public List<CheckSummary> checks() {
        return checks.values().stream().filter(c -> c.total() > 0).toList();
    }

    public int subjects() {
        return subjects;
    }

    /** Subjects with at least one check in a --fail-on status. */
    public int failing() {
        return failing;
    }

    public List<RuleError> errors() {
        return List.copyOf(errors);
    }
}
