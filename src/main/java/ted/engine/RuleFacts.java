package ted.engine;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.drools.base.base.ClassObjectType;
import org.drools.base.definitions.rule.impl.RuleImpl;
import org.drools.base.rule.Pattern;
import org.drools.base.rule.RuleConditionElement;
import org.kie.api.definition.rule.Rule;

/** Which fact types a rule's conditions read, from the compiled rule itself, so documentation cannot go stale. */
public final class RuleFacts {
    /** Types that are the engine's plumbing rather than exported facts. */
    private static final Set<String> PLUMBING = Set.of("Case", "Check", "Finding", "Collected", "OnPremisesScope",
            "MailboxInExchangeOnline", "InitialFact", "Object", "List", "ArrayList", "String", "EwsVerdict");

    private RuleFacts() {
    }

    public static Set<String> typesRead(Rule rule) {
        Set<String> types = new LinkedHashSet<>();
        if (rule instanceof RuleImpl impl && impl.getLhs() != null) {
            walk(impl.getLhs(), types);
        }
        types.removeIf(PLUMBING::contains);
        return types;
    }

    private static void walk(RuleConditionElement element, Set<String> types) {
        if (element instanceof Pattern p) {
            if (p.getObjectType() instanceof ClassObjectType c) {
                types.add(c.getClassType().getSimpleName());
            }
            if (p.getSource() != null) {
                walk(p.getSource(), types);
            }
        }
        List<? extends RuleConditionElement> nested = element.getNestedElements();
        if (nested != null) {
            nested.forEach(n -> walk(n, types));
        }
    }
}
