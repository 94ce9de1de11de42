package ted.engine;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import org.kie.api.runtime.rule.RuleContext;
import ted.facts.Secrets;
import ted.facts.Symptom;

/**
 * A rule's verdict on one check. Rules build it in their consequence and insert it, e.g.
 * <pre>
 * insert(Finding.from(kcontext)
 *     .because("EWS is switched off for the whole organization.")
 *     .evidence("Get-OrganizationConfig", "EwsEnabled", $org.EwsEnabled())
 *     .fix("Set-OrganizationConfig -EwsEnabled $null"));
 * </pre>
 * Code, status, title and the rest come from the rule's own metadata, so the catalogue and the verdicts cannot drift.
 *
 * <p>When two verdict rules of one check hold, the one declared first decides: {@link #comesAfter} tells the later one,
 * which {@code rules/core/verdicts.drl} withdraws. So a verdict rule states only its own condition, never the negation
 * of the rules above it.
 */
public final class Finding {
    private final Check check;
    private final Status status;
    private final String rule;
    /** Where the rule stands among the rules (file, then line); a rule that matched twice keeps its first match. */
    private final int declaredAt;
    private final long inserted = SEQUENCE.incrementAndGet();
    private static final AtomicLong SEQUENCE = new AtomicLong();
    private String cause;
    private final List<Evidence> evidence = new ArrayList<>();
    private final List<String> fix = new ArrayList<>();
    private final List<String> collect = new ArrayList<>();

    private Finding(Check check, Status status, String rule) {
        this(check, status, rule, Integer.MAX_VALUE);
    }

    private Finding(Check check, Status status, String rule, int declaredAt) {
        this.check = check;
        this.status = status;
        this.rule = rule;
        this.declaredAt = declaredAt;
    }

    /**
     * A finding for the check the firing rule names in {@code @code}, with the status its {@code @status} names. The
     * check's title and documentation come from its definition, through the {@code checks} global.
     */
    public static Finding from(RuleContext kcontext) {
        return from(kcontext, (String) null);
    }

    /**
     * For a rule declaring several statuses ({@code @status("pass|warn|fail")}) because a model reaches the verdict:
     * the one it reached, which must be among them.
     */
    public static Finding from(RuleContext kcontext, String status) {
        Map<String, Object> meta = kcontext.getRule().getMetaData();
        Check check = checks(kcontext).get(RuleMetadata.required(kcontext.getRule().getName(), meta, RuleMetadata.CODE));
        return from(kcontext, check, status);
    }

    /**
     * For template verdict rules: the check comes from the {@code Check} fact the rule matched, the status from the
     * rule's {@code @status}.
     */
    public static Finding from(RuleContext kcontext, Check check) {
        return from(kcontext, check, null);
    }

    /** A template verdict rule declaring several statuses: the check it matched and the status it reached. */
    public static Finding from(RuleContext kcontext, Check check, String status) {
        String rule = kcontext.getRule().getName();
        return new Finding(check, chosen(rule, RuleMetadata.statuses(rule, kcontext.getRule().getMetaData()), status), rule,
                checks(kcontext).declaredAt(rule));
    }

    private static Checks checks(RuleContext kcontext) {
        return (Checks) kcontext.getKieRuntime().getGlobal("checks");
    }

    private static Status chosen(String rule, List<Status> declared, String status) {
        if (status == null) {
            if (declared.size() > 1) {
                throw new IllegalStateException("rule \"" + rule + "\" declares @status(\"" + declared.stream().map(Status::id)
                        .collect(Collectors.joining("|")) + "\"); name the one it reached: Finding.from(kcontext, status)");
            }
            return declared.get(0);
        }
        Status s = Status.parse(status);
        if (!declared.contains(s)) {
            throw new IllegalStateException("rule \"" + rule + "\" reached " + s + ", which its @status does not declare");
        }
        return s;
    }

    /** For generic rules that decide about any check (skip, undecided): the check comes from a Check fact. */
    public static Finding forCheck(Check check, String status, RuleContext kcontext) {
        return new Finding(check, Status.parse(status), kcontext.getRule().getName());
    }

    /** The verdict for a check whose rule threw: it says which rule, where, and why, and decides nothing else. */
    public static Finding error(Check check, RuleError error) {
        Finding f = new Finding(check, Status.ERROR, error.rule());
        String where = error.where();
        f.cause = Character.toUpperCase(where.charAt(0)) + where.substring(1)
                + " failed while it was evaluated, so this check could not be decided: " + error.message();
        return f;
    }

    /**
     * True when this finding and {@code other} are verdicts for the same check and this one's rule is declared after
     * the other's (or is the same rule, matched later): of the two, {@code other} decides.
     */
    public boolean comesAfter(Finding other) {
        return this != other && check.code().equals(other.check.code())
                && (declaredAt != other.declaredAt ? declaredAt > other.declaredAt : inserted > other.inserted);
    }

    public Finding because(String text) {
        this.cause = Secrets.mask(text);
        return this;
    }

    public Finding evidence(String source, String property, Object value) {
        evidence.add(Evidence.of(source, property, value));
        return this;
    }

    /** Evidence for a property that is often absent (a test's Detail, an error text): shown only when set. */
    public Finding evidenceIfSet(String source, String property, Object value) {
        return value == null ? this : evidence(source, property, value);
    }

    /** A statement of fact that is not one property (e.g. "no partner application has this ID"). */
    public Finding note(String source, String text) {
        evidence.add(new Evidence(source, "", Secrets.mask(text)));
        return this;
    }

    /** A command (or a {@code #} comment line) that repairs the cause, with real identities filled in. */
    public Finding fix(String... commands) {
        Collections.addAll(fix, commands);
        return this;
    }

    public Finding fix(List<String> commands) {
        fix.addAll(commands);
        return this;
    }

    /** A command that collects the missing fact, for {@code unknown} findings. */
    public Finding collect(String... commands) {
        Collections.addAll(collect, commands);
        return this;
    }

    /**
     * This finding with every text it carries (cause, evidence sources and values, commands) passed through
     * {@code rewrite}; code, status, check and property names stay. Used to redact a report for a ticket.
     */
    public Finding rewritten(UnaryOperator<String> rewrite) {
        Finding copy = new Finding(check, status, rule, declaredAt);
        copy.cause = cause == null ? null : rewrite.apply(cause);
        evidence.forEach(e -> copy.evidence.add(new Evidence(rewrite.apply(e.source()), e.property(), rewrite.apply(e.value()))));
        fix.forEach(c -> copy.fix.add(rewrite.apply(c)));
        collect.forEach(c -> copy.collect.add(rewrite.apply(c)));
        return copy;
    }

    public Check check() {
        return check;
    }

    public String getCode() {
        return check.code();
    }

    public Status getStatus() {
        return status;
    }

    public boolean isFailed() {
        return status == Status.FAIL;
    }

    /** False for unknown and error: the check could not be decided from the facts (or the rules broke). */
    public boolean isDecided() {
        return status != Status.UNKNOWN && status != Status.ERROR;
    }

    public String rule() {
        return rule;
    }

    public String cause() {
        return cause;
    }

    public List<Evidence> evidence() {
        return List.copyOf(evidence);
    }

    public List<String> fixes() {
        return List.copyOf(fix);
    }

    public List<String> collects() {
        return List.copyOf(collect);
    }

    public Set<Symptom> symptoms() {
        return check.symptoms();
    }

    @Override
    public String toString() {
        return check.code() + "=" + status + " (" + rule + ")";
    }
}
