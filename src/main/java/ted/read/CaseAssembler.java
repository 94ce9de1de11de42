package ted.read;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import ted.facts.Mailbox;
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
        String today = facts.asOf() != null ? facts.asOf() : java.time.LocalDate.now().toString();
        Case subject = new Case(symptoms, Ref.of(userText), Ref.of(delegate != null ? delegate : facts.delegate()), today);
        IdentityResolver resolver = IdentityResolver.learnFrom(facts.facts());
        resolver.resolveAll(facts.facts(), subject.user(), subject.delegate());
        mergeMailboxes(facts);
        return new Assembled(subject, resolver.notes());
    }

    /**
     * One mailbox may arrive from Get-Mailbox and Get-Recipient (or from a facts file and an export): rules must see
     * one record per person, holding what either source knew.
     */
    static void mergeMailboxes(FactSet facts) {
        Map<String, List<Mailbox>> byKey = new LinkedHashMap<>();
        facts.factsOf(Mailbox.class).forEach(m -> byKey.computeIfAbsent(m.key(), k -> new ArrayList<>()).add(m));
        for (List<Mailbox> same : byKey.values()) {
            if (same.size() < 2) {
                continue;
            }
            Mailbox merged = same.get(0);
            for (Mailbox other : same.subList(1, same.size())) {
                merged = new Mailbox(first(merged.UserPrincipalName(), other.UserPrincipalName()),
                        first(merged.PrimarySmtpAddress(), other.PrimarySmtpAddress()), first(merged.Alias(), other.Alias()),
                        first(merged.DisplayName(), other.DisplayName()), first(merged.Identity(), other.Identity()),
                        first(merged.DistinguishedName(), other.DistinguishedName()),
                        first(merged.RecipientTypeDetails(), other.RecipientTypeDetails()), first(merged.ServerName(), other.ServerName()),
                        first(merged.GrantSendOnBehalfTo(), other.GrantSendOnBehalfTo()));
                facts.remove(other);
            }
            facts.replace(same.get(0), merged);
        }
    }

    private static <T> T first(T a, T b) {
        return a != null ? a : b;
    }
}
