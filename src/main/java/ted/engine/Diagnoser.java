package ted.engine;

import java.util.List;
import java.util.Set;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.rule.ConsequenceException;
import ted.facts.Case;
import ted.facts.Collected;
import ted.facts.FactSet;

/**
 * Runs the rules over one case: inserts the case, the facts, which sections were collected and the checks in
 * scope, fires, and collects the findings. It knows nothing of any particular check.
 */
public final class Diagnoser {
    private final RuleBase rules;

    public Diagnoser(RuleBase rules) {
        this.rules = rules;
    }

    public Diagnosis diagnose(FactSet facts, Case subject) {
        return diagnose(facts, subject, null);
    }

    /** As {@link #diagnose(FactSet, Case)}, telling {@code trace} which rule fired on which facts, as it happens. */
    public Diagnosis diagnose(FactSet facts, Case subject, java.util.function.Consumer<String> trace) {
        List<Check> inScope = rules.checks().stream().filter(c -> c.servesAny(subject.symptoms())).toList();
        Set<String> codes = inScope.stream().map(Check::code).collect(java.util.stream.Collectors.toSet());
        KieSession session = rules.kieBase().newKieSession();
        try {
            session.setGlobal("catalogue", rules.catalogue());
            if (trace != null) {
                session.addEventListener(new TraceListener(trace));
            }
            session.insert(subject);
            facts.collectedSections().forEach(s -> session.insert(new Collected(s)));
            facts.facts().forEach(session::insert);
            inScope.forEach(session::insert);
            try {
                session.fireAllRules();
            } catch (ConsequenceException e) {
                // A rule's own code broke: a defect of the knowledge base, reported as such and not as a crash.
                Throwable cause = e.getCause() == null ? e : e.getCause();
                throw new RuleDefinitionException("rule \"" + e.getMatch().getRule().getName() + "\" failed: " + cause);
            }
            List<Finding> findings = session.getObjects(o -> o instanceof Finding).stream()
                    .map(Finding.class::cast)
                    .filter(f -> codes.contains(f.getCode()))
                    .sorted(Diagnosis.ORDER)
                    .toList();
            return new Diagnosis(subject, findings);
        } finally {
            session.dispose();
        }
    }
}
