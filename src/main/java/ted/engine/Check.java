package ted.engine;

import java.util.Set;
import ted.facts.Symptom;

/**
 * A check as its definition rule declares it ({@code rule "CODE" @defines("CODE") ... when eval(false) then end}): the
 * stable code scripts key on, and everything the catalogue and {@code ted explain} show. The engine inserts one per
 * code in scope so generic rules can reason about checks (skip, undecided, escalation).
 *
 * @param scope       {@code on-premises} when the check only means something for a mailbox hosted on-premises, else {@code any}
 * @param what        what it checks
 * @param why         why it matters
 * @param fix         the remediation in a sentence; findings carry the exact commands
 * @param file        the DRL file that defines it, relative to its rule folder
 * @param template    the shared verdict rules that decide it ({@code @template}), or null when its own rules do
 * @param unit        what it is about (organisation, mailbox, delegate pair): what a scan counts once each
 */
public record Check(String code, String title, Set<Symptom> symptoms, Section section, int step, String severity,
                    String source, String scope, String what, String why, String fix, String file, String template,
                    Unit unit) {

    /** Rules read this as {@code Check(code == ..., decidedByTemplate("ews-access-policy"))}. */
    public boolean decidedByTemplate(String name) {
        return name.equals(template);
    }

    public boolean onPremisesOnly() {
        return "on-premises".equals(scope);
    }

    public boolean servesAny(Set<Symptom> wanted) {
        return symptoms.stream().anyMatch(wanted::contains);
    }
}
