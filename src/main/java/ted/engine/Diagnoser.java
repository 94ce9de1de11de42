package ted.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.kie.api.KieBase;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.KieSessionsPool;
import org.kie.api.runtime.rule.ConsequenceException;
import ted.facts.Case;
import ted.facts.Collected;
import ted.facts.CollectionFailure;
import ted.facts.FactSet;
import ted.facts.Ref;

/**
 * Runs the rules over one case: inserts the case, the facts, which sections were collected and the checks in
 * scope, fires, and collects the findings. It knows nothing of any particular check.
 *
 * <p>A rule that throws (a condition calling a method on a missing value, a consequence with a bug, in a built-in
 * rule or one from {@code --rules}) must not sink the report. The session it threw in cannot be trusted (an insert
 * may have stopped half-way through the network), so the case is run again from the start on a copy of the
 * knowledge base without that rule, and the checks the rule decides are reported as {@link Status#ERROR}.
 */
public final class Diagnoser {
    /** More broken rules than this in one run means the knowledge base is unusable, not one rule. */
    private static final int MAX_BROKEN_RULES = 20;

    private final RuleBase rules;
    /** Sessions reused across diagnoses (a scan runs thousands); null for one diagnosis, which needs one session. */
    private final KieSessionsPool pool;

    public Diagnoser(RuleBase rules) {
        this(rules, null);
    }

    private Diagnoser(RuleBase rules, KieSessionsPool pool) {
        this.rules = rules;
        this.pool = pool;
    }

    /**
     * For many diagnoses from {@code threads} threads at once: a session is reset and reused rather than built anew,
     * which is most of the cost of a diagnosis with few facts (Drools' session pool; a disposed session returns to it).
     */
    public static Diagnoser forMany(RuleBase rules, int threads) {
        return new Diagnoser(rules, rules.kieBase().newKieSessionsPool(Math.max(1, threads)));
    }

    public Diagnosis diagnose(FactSet facts, Case subject) {
        return diagnose(facts, subject, null);
    }

    /** As {@link #diagnose(FactSet, Case)}, telling {@code trace} which rule fired on which facts, as it happens. */
    public Diagnosis diagnose(FactSet facts, Case subject, Consumer<String> trace) {
        List<Check> inScope = rules.checks().stream().filter(c -> c.servesAny(subject.symptoms())).toList();
        List<RuleError> errors = new ArrayList<>();
        KieBase kieBase = rules.kieBase();
        while (true) {
            try {
                List<Finding> findings = run(kieBase, facts, subject, inScope, trace);
                return new Diagnosis(subject, withErrors(findings, inScope, errors), List.copyOf(errors));
            } catch (RuntimeException e) {
                List<RuleError> broken = rules.errorsIn(e);
                if (broken.isEmpty() || errors.size() + broken.size() > MAX_BROKEN_RULES) {
                    // Not attributable to a rule: a defect of TED itself, reported as such by the caller.
                    throw new RuleDefinitionException("the rules could not be evaluated: " + firstLine(e));
                }
                errors.addAll(broken);
                kieBase = rules.kieBaseWithout(errors.stream().map(RuleError::rule).collect(Collectors.toSet()));
            }
        }
    }

    private List<Finding> run(KieBase kieBase, FactSet facts, Case subject, List<Check> inScope, Consumer<String> trace) {
        Set<String> codes = inScope.stream().map(Check::code).collect(Collectors.toSet());
        KieSession session = pool != null && trace == null && kieBase == rules.kieBase() ? pool.newKieSession() : kieBase.newKieSession();
        try {
            session.setGlobal("checks", rules.byCode());
            if (trace != null) {
                session.addEventListener(new TraceListener(trace));
            }
            session.insert(subject);
            facts.collectedSections().forEach(s -> session.insert(new Collected(s)));
            facts.facts().forEach(session::insert);
            inScope.forEach(session::insert);
            session.fireAllRules();
            List<Finding> findings = session.getObjects(o -> o instanceof Finding).stream()
                    .map(Finding.class::cast)
                    .filter(f -> codes.contains(f.getCode()))
                    .toList();
            explainFailedCollection(findings, facts.factsOf(CollectionFailure.class), subject);
            return findings;
        } finally {
            session.dispose();
        }
    }

    /**
     * A check left undecided because its input is missing says so and names the command that collects it; when the
     * collect script ran that command and it failed, the admin needs the failure there, not a bare "collect this".
     */
    static void explainFailedCollection(List<Finding> findings, List<CollectionFailure> failures, Case subject) {
        for (Finding f : findings) {
            if (f.getStatus() != Status.UNKNOWN) {
                continue;
            }
            // A failure for one object (an address, a server) explains only the checks about it; one for the whole
            // command, or a total, explains the others.
            List<CollectionFailure> run = failures.stream()
                    .filter(failure -> f.collects().stream().anyMatch(failure::isRunBy)).toList();
            List<CollectionFailure> forObject = run.stream().filter(CollectionFailure::hasIdentity)
                    .filter(failure -> f.collects().stream().anyMatch(c -> concerns(failure.Identity(), c, subject))).toList();
            for (CollectionFailure failure : forObject.isEmpty()
                    ? run.stream().filter(failure -> !failure.hasIdentity()).toList() : forObject) {
                f.evidence(failure.file() == null ? "collect script" : failure.file(),
                        failure.Cmdlet() + " failed" + (failure.hasIdentity() ? " for " + failure.Identity() : ""), failure.reason());
            }
        }
    }

    /**
     * True when {@code command} is about the object {@code identity} names: it names it, or it names the case's user or
     * delegate and {@code identity} is another of that person's names (the script asked by address, the check by UPN).
     */
    static boolean concerns(String identity, String command, Case subject) {
        String text = command.toLowerCase(Locale.ROOT);
        String id = identity.strip().toLowerCase(Locale.ROOT);
        if (text.contains(id)) {
            return true;
        }
        for (Ref person : subject == null ? List.<Ref>of() : Arrays.asList(subject.user(), subject.delegate())) {
            if (person == null) {
                continue;
            }
            List<String> names = Stream.of(person.getRaw(), person.getUpn(), person.getSmtp())
                    .filter(Objects::nonNull).map(n -> n.strip().toLowerCase(Locale.ROOT)).toList();
            if (names.contains(id) && names.stream().anyMatch(text::contains)) {
                return true;
            }
        }
        return false;
    }

    /** Every check a broken rule decides gets one {@code error} finding in place of whatever else was concluded. */
    private List<Finding> withErrors(List<Finding> findings, List<Check> inScope, List<RuleError> errors) {
        Map<String, Finding> errored = new LinkedHashMap<>();
        for (RuleError error : errors) {
            for (Check check : inScope) {
                if (rules.decides(error.rule(), check) && !errored.containsKey(check.code())) {
                    errored.put(check.code(), Finding.error(check, error));
                }
            }
        }
        List<Finding> all = new ArrayList<>(errored.values());
        findings.stream().filter(f -> !errored.containsKey(f.getCode())).forEach(all::add);
        all.sort(Diagnosis.ORDER);
        return all;
    }

    static String firstLine(Throwable e) {
        Throwable cause = e instanceof ConsequenceException && e.getCause() != null ? e.getCause() : e;
        String message = String.valueOf(cause.getMessage());
        return message.lines().findFirst().orElse(cause.getClass().getSimpleName()).strip();
    }
}
