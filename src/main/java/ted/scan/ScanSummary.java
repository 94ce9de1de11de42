package ted.scan;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
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
import ted.engine.Unit;

/**
 * What a scan found, counted in things rather than evaluations: each check counts the objects it is about (the
 * organisation once, each mailbox once, each delegate pair once; {@link Unit}), however many subjects' sessions
 * evaluated it. An object evaluated more than once (a mailbox as a subject and again as the delegator of each of its
 * pairs; the organisation in every session) keeps its worst status, where a decided status outranks {@code skipped}
 * (an organisation check is skipped only for the mailboxes in Exchange Online). Per check it keeps one small int per
 * object (status, waived, cause), the causes (a status and a reason with the subject's names taken out) with the one
 * command that fixes them all, and whether every evaluation came out the same; counts, examples and the affected
 * objects are read from those ints when asked.
 */
public final class ScanSummary {
    static final int EXAMPLES = 5;
    private static final int RANK_BITS = 0x7;
    private static final int WAIVED = 0x8;
    private static final int CAUSE_SHIFT = 4;

    /** Objects that share one cause of one check's status. */
    public static final class Cause {
        private final Status status;
        private final String text;
        private final int index;
        private List<String> fix;
        private boolean fixDiffers;
        private int count;
        private final List<String> examples = new ArrayList<>();
        /** What every text handed out passes through: nothing, or the redactor in a redacted copy. */
        private UnaryOperator<String> shown = UnaryOperator.identity();

        Cause(Status status, String text, int index) {
            this.status = status;
            this.text = text;
            this.index = index;
        }

        public Status status() {
            return status;
        }

        /** The cause, with {@code <user>} and {@code <delegate>} for the object's names. */
        public String text() {
            return text;
        }

        /** Objects whose status this cause is. */
        public int count() {
            return count;
        }

        /** The first few of them, in the order they were read. */
        public List<String> examples() {
            return List.copyOf(examples);
        }

        /**
         * Every line of the fix diagnose gives each of these objects, alternatives included: {@code #} lines with
         * {@code <user>} for names, commands with {@code $_.user} and {@code $_.delegate}, to run over the scan's CSV;
         * null when the objects need different fixes.
         */
        public List<String> fix() {
            return fixDiffers ? null : fix;
        }

        /** The cause as one object's diagnosis says it: its names put back. */
        public String detail(Subject named) {
            if (text == null || named == null) {
                return text;
            }
            String out = text.replace("<user>", named.userName());
            return shown.apply(named.delegate() == null ? out : out.replace("<delegate>", named.delegateName()));
        }
    }

    /** One object a check did not pass: whom it names (null for the organisation) and why. */
    public record Affected(Subject named, String user, String delegate, Status status, Cause cause) {
    }

    /** One check across the scan. */
    public static final class CheckSummary {
        private final Check check;
        private final ScanObjects objects;
        private int[] state;
        private final List<Cause> causes = new ArrayList<>();
        private final Map<String, Cause> causeByKey = new HashMap<>();
        private Finding first;
        private boolean uniform = true;
        private Finding worst;
        private int worstRank = Integer.MAX_VALUE;
        private boolean tallied;
        private final Map<Status, Integer> counts = new EnumMap<>(Status.class);
        private int waived;
        /** What every name handed out passes through: nothing, or the redactor in a redacted copy. */
        private UnaryOperator<String> shown = UnaryOperator.identity();

        CheckSummary(Check check, ScanObjects objects) {
            this.check = check;
            this.objects = objects;
        }

        public Check check() {
            return check;
        }

        public Unit unit() {
            return check.unit();
        }

        /** Objects per status, each object once with its worst status. */
        public Map<Status, Integer> counts() {
            tally();
            return Map.copyOf(counts);
        }

        public int count(Status s) {
            tally();
            return counts.get(s);
        }

        /** Objects whose status a waiver covers (they keep their status; they do not fail the run). */
        public int waived() {
            tally();
            return waived;
        }

        /** Objects the check was evaluated for. */
        public int total() {
            tally();
            return counts.values().stream().mapToInt(Integer::intValue).sum();
        }

        /** Causes of every status but pass, worst status first, then most objects first. */
        public List<Cause> causes() {
            tally();
            return causes.stream().filter(c -> c.count > 0).sorted(Comparator.comparing((Cause c) -> c.status)
                    .thenComparing(Comparator.comparingInt((Cause c) -> c.count).reversed())).toList();
        }

        /** True when every evaluation reached the same status for the same reason, on the same evidence. */
        public boolean sameForEveryObject() {
            return uniform;
        }

        /** The first evaluation's finding: for a verdict the same for everyone, the one to show. */
        public Finding example() {
            return first;
        }

        /** The finding that gave the worst status: for the organisation, its verdict. */
        public Finding worst() {
            return worst;
        }

        /** Every object that did not pass, in the order they were read; streamed, not collected. */
        public void forEachAffected(Consumer<Affected> sink) {
            if (state == null) {
                return;
            }
            for (int id = 0; id < state.length; id++) {
                int st = state[id];
                Status status = status(st);
                if (status == null || status == Status.PASS) {
                    continue;
                }
                Subject s = objects.named(unit(), id);
                sink.accept(new Affected(s, s == null ? null : shown.apply(s.userName()),
                        s == null || unit() != Unit.PAIR ? null : shown.apply(s.delegateName()), status, cause(st)));
            }
        }

        void record(int id, Finding f, boolean isWaived, Subject subject, NameFreeTexts texts) {
            if (state == null) {
                state = new int[objects.count(unit())];
            }
            int rank = rank(f.getStatus());
            int old = state[id];
            if (old != 0) {
                int oldRank = (old & RANK_BITS) - 1;
                if (rank > oldRank) {
                    return;
                }
                if (rank == oldRank) {
                    // The same status again: counted already; it fails the run unless every evaluation was waived.
                    state[id] = isWaived ? old : old & ~WAIVED;
                    return;
                }
            }
            int cause = f.getStatus() == Status.PASS ? 0 : causeOf(f, subject, texts) + 1;
            state[id] = (rank + 1) | (isWaived ? WAIVED : 0) | cause << CAUSE_SHIFT;
            if (rank < worstRank) {
                worstRank = rank;
                worst = f;
            }
            tallied = false;
        }

        private int causeOf(Finding f, Subject subject, NameFreeTexts texts) {
            String text = texts.apply(f.cause(), subject, Templates::cause);
            Cause cause = causeByKey.get(f.getStatus() + "\u0000" + text);
            if (cause == null) {
                cause = new Cause(f.getStatus(), text, causes.size());
                causeByKey.put(f.getStatus() + "\u0000" + text, cause);
                causes.add(cause);
            }
            List<String> fix = f.fixes().stream().map(x -> x.startsWith("#") ? texts.apply(x, subject, Templates::cause)
                    : texts.apply(x, subject, Templates::command)).toList();
            if (cause.fix == null) {
                cause.fix = fix;
            } else if (!cause.fix.equals(fix)) {
                cause.fixDiffers = true;
            }
            return cause.index;
        }

        private void observe(Finding f) {
            if (first == null) {
                first = f;
            } else if (uniform && !sameVerdict(first, f)) {
                uniform = false;
            }
        }

        private Cause cause(int st) {
            int index = (st >>> CAUSE_SHIFT) - 1;
            return index < 0 ? null : causes.get(index);
        }

        private void tally() {
            if (tallied) {
                return;
            }
            for (Status s : Status.values()) {
                counts.put(s, 0);
            }
            waived = 0;
            causes.forEach(c -> {
                c.count = 0;
                c.examples.clear();
            });
            if (state != null) {
                for (int id = 0; id < state.length; id++) {
                    int st = state[id];
                    Status status = status(st);
                    if (status == null) {
                        continue;
                    }
                    counts.merge(status, 1, Integer::sum);
                    waived += (st & WAIVED) != 0 ? 1 : 0;
                    Cause c = cause(st);
                    if (c != null && c.count++ < EXAMPLES) {
                        c.examples.add(shown.apply(objects.name(unit(), id)));
                    }
                }
            }
            tallied = true;
        }
    }

    private final Map<String, CheckSummary> checks = new LinkedHashMap<>();
    private final List<RuleError> errors = new ArrayList<>();
    private final Set<Status> failOn;
    private final ScanObjects objects;
    private final NameFreeTexts texts = new NameFreeTexts();
    private int subjects;
    private int failing;

    public ScanSummary(List<Check> inOrder, Set<Status> failOn, ScanObjects objects) {
        this.objects = objects;
        inOrder.forEach(c -> checks.put(c.code(), new CheckSummary(c, objects)));
        this.failOn = failOn;
    }

    public void accept(Scanner.Result r) {
        accept(r, Set.of());
    }

    /** As {@link #accept(Scanner.Result)}, with the findings waivers cover: they are counted, but fail nothing. */
    public void accept(Scanner.Result r, Set<Finding> waived) {
        subjects++;
        boolean fails = false;
        for (Finding f : r.diagnosis().findings()) {
            CheckSummary c = checks.computeIfAbsent(f.getCode(), k -> new CheckSummary(f.check(), objects));
            boolean isWaived = waived.contains(f);
            if (!isWaived) {
                fails |= failOn.contains(f.getStatus());
            }
            if (c.unit() != Unit.ORGANIZATION) {
                c.observe(f);
            }
            int id = objects.of(c.unit(), r.index());
            if (id >= 0) {
                c.record(id, f, isWaived, r.subject(), texts);
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
        ScanSummary copy = new ScanSummary(List.of(), failOn, objects);
        copy.subjects = subjects;
        copy.failing = failing;
        errors.forEach(e -> copy.errors.add(new RuleError(e.rule(), e.location(), rewrite.apply(e.message()))));
        for (CheckSummary c : checks.values()) {
            CheckSummary to = new CheckSummary(c.check, objects);
            // The per-object states are only read from here on: the copy shares them, and rewrites what it hands out.
            to.state = c.state;
            to.shown = rewrite;
            to.uniform = c.uniform;
            to.worstRank = c.worstRank;
            to.first = c.first == null ? null : c.first.rewritten(rewrite);
            to.worst = c.worst == null ? null : c.worst.rewritten(rewrite);
            for (Cause cause : c.causes) {
                Cause t = new Cause(cause.status, cause.text == null ? null : rewrite.apply(cause.text), cause.index);
                t.fix = cause.fix == null ? null : cause.fix.stream().map(rewrite).toList();
                t.fixDiffers = cause.fixDiffers;
                t.shown = rewrite;
                to.causes.add(t);
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

    /** A status's place in the order of concern, worst first; {@code skipped} last, below pass (see the class comment). */
    static int rank(Status s) {
        return switch (s) {
            case SKIPPED -> Status.PASS.ordinal();
            case PASS -> Status.SKIPPED.ordinal();
            default -> s.ordinal();
        };
    }

    private static Status status(int st) {
        int rank = (st & RANK_BITS) - 1;
        if (rank < 0) {
            return null;
        }
        return rank == Status.PASS.ordinal() ? Status.SKIPPED : rank == Status.SKIPPED.ordinal() ? Status.PASS : Status.values()[rank];
    }

    /**
     * The checks evaluated, in the order a reader acts on them: the organisation's first (worst status first), then
     * the others by how many objects fail, have an error, warn, are unknown (most first), then in the guide's order.
     */
    public List<CheckSummary> checks() {
        List<CheckSummary> all = checks.values().stream().filter(c -> c.total() > 0).toList();
        List<CheckSummary> ordered = new ArrayList<>(all.stream().filter(c -> c.unit() == Unit.ORGANIZATION)
                .sorted(Comparator.comparingInt(c -> rank(c.worst().getStatus()))).toList());
        Comparator<CheckSummary> mostFirst = Comparator.comparingInt((CheckSummary c) -> -c.count(Status.FAIL))
                .thenComparingInt(c -> -c.count(Status.ERROR)).thenComparingInt(c -> -c.count(Status.WARN))
                .thenComparingInt(c -> -c.count(Status.UNKNOWN));
        ordered.addAll(all.stream().filter(c -> c.unit() != Unit.ORGANIZATION).sorted(mostFirst).toList());
        return ordered;
    }

    public int subjects() {
        return subjects;
    }

    /** True when some subject had a check pass, warn or fail; a scan of unknowns and skips decided nothing. */
    public boolean decidedAnything() {
        return checks.values().stream().anyMatch(c -> c.counts().entrySet().stream().anyMatch(e -> e.getKey().decides() && e.getValue() > 0));
    }

    /** Subjects with at least one check in a --fail-on status. */
    public int failing() {
        return failing;
    }

    public List<RuleError> errors() {
        return List.copyOf(errors);
    }
}
