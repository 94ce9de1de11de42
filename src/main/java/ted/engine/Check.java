package ted.engine;

import java.util.Set;
import ted.facts.Symptom;

/**
 * A check as its rules declare it in their metadata: the stable code scripts key on, and what the catalogue shows.
 * The engine inserts one per code in scope so generic rules can reason about checks (skip, undecided, escalation).
 *
 * @param scope {@code on-premises} when the check only means something for a mailbox hosted on-premises, else {@code any}
 */
public record Check(String code, String title, Set<Symptom> symptoms, Section section, int step, String severity,
                    String source, String scope) {

    public boolean onPremisesOnly() {
        return "on-premises".equals(scope);
    }

    public boolean servesAny(Set<Symptom> wanted) {
        return symptoms.stream().anyMatch(wanted::contains);
    }
}
