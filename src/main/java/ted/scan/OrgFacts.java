package ted.scan;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import ted.facts.FactSet;
import ted.facts.PersonFacts;
import ted.facts.Ref;

/**
 * An organisation's facts split once, after identities are resolved, into those every subject shares (organisation
 * settings, servers, policies, partner applications, test results) and those about one person (mailbox, CAS mailbox,
 * Teams user, calendar permissions, automatic replies), so each subject's rule session gets the shared facts and only
 * its own people's: never the organisation in one session.
 */
public final class OrgFacts {
    private final List<Object> shared = new ArrayList<>();
    private final Map<String, List<Object>> byPerson = new HashMap<>();
    private final List<String> collected;
    private final String asOf;

    private OrgFacts(FactSet facts) {
        for (Object fact : facts.facts()) {
            String owner = ownerKey(fact);
            if (owner == null) {
                shared.add(fact);
            } else {
                byPerson.computeIfAbsent(owner, k -> new ArrayList<>(4)).add(fact);
            }
        }
        collected = List.copyOf(facts.collectedSections());
        asOf = facts.asOf();
    }

    public static OrgFacts of(FactSet resolved) {
        return new OrgFacts(resolved);
    }

    /** The key of the person a per-person fact is about; null for a fact every subject shares (or that names nobody). */
    static String ownerKey(Object fact) {
        Ref owner = PersonFacts.owner(fact);
        return owner == null ? null : owner.getKey();
    }

    /** The facts one subject's session needs: the shared ones and those of its people. */
    public FactSet forSubject(Subject s) {
        FactSet facts = new FactSet();
        facts.addAll(shared);
        facts.addAll(byPerson.get(s.user().getKey()));
        if (s.delegate() != null && !s.delegate().getKey().equals(s.user().getKey())) {
            facts.addAll(byPerson.get(s.delegate().getKey()));
        }
        collected.forEach(facts::markCollected);
        return facts;
    }

    /** The day dates are judged on: the facts' asOf, else today. */
    public String today() {
        return asOf != null ? asOf : java.time.LocalDate.now().toString();
    }
}
