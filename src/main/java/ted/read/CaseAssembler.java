package ted.read;

import java.util.List;
import java.util.Set;
import ted.facts.Case;
import ted.facts.FactSet;
import ted.facts.Ref;
import ted.facts.Symptom;

/**
 * Turns what was read plus the caller's overrides into the case to diagnose, and resolves every identity in the
 * facts against each other. The last step of reading: after it, rules can compare people by key.
 */
public final class CaseAssembler {
    private CaseAssembler() {
    }

    /** The case and what the resolver wants the admin to know (e.g. ambiguous display names). */
    public record Assembled(Case subject, List<String> notes) {
    }

    /**
     * @param symptom  overrides the facts file's case.symptom when not null
     * @param user     overrides case.user when not null
     * @param delegate overrides case.delegate when not null
     * @throws IllegalArgumentException with a one-line message when the symptom or user is missing or unknown
     */
    public static Assembled assemble(FactSet facts, String symptom, String user, String delegate) {
        String symptomText = symptom != null ? symptom : facts.symptom();
        if (symptomText == null) {
            throw new IllegalArgumentException("no symptom: pass --symptom (" + Symptom.names() + ") or set case.symptom in the facts file");
        }
        Set<Symptom> symptoms = Symptom.parse(symptomText);
        String userText = user != null ? user : facts.user();
        if (userText == null) {
            throw new IllegalArgumentException("no affected user: pass --user UPN or set case.user in the facts file");
        }
        Case subject = new Case(symptoms, Ref.of(userText), Ref.of(delegate != null ? delegate : facts.delegate()));
        IdentityResolver resolver = IdentityResolver.learnFrom(facts.facts());
        resolver.resolveAll(facts.facts(), subject.user(), subject.delegate());
        return new Assembled(subject, resolver.notes());
    }
}
