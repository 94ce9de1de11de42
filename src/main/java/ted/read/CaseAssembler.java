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

    /**
     * The case, what the resolver wants the admin to know (e.g. ambiguous display names), and whether a name is anyone's
     * in the inputs ({@code knownPerson}, null when the inputs hold no people to tell by), for names outside the case
     * such as a waiver's.
     */
    public record Assembled(Case subject, List<String> notes, java.util.function.Predicate<String> knownPerson) {
    }

    /**
     * @param symptom  overrides the facts file's case.symptom when not null; with neither, all symptoms
     * @param user     overrides case.user when not null; with neither, only organization- and server-level checks
     *                 are decided
     * @param delegate overrides case.delegate when not null
     * @throws IllegalArgumentException with a one-line message when the symptom is unknown, when a person named matches
     *         nobody in inputs that hold people (or several, for the user), or when user and delegate are one person
     */
    public static Assembled assemble(FactSet facts, String symptom, String user, String delegate) {
        return assemble(facts, null, symptom, user, delegate);
    }

    /**
     * As {@link #assemble(FactSet, String, String, String)}, for facts read for one case: {@code focus} (may be null)
     * knows everyone else the reader saw, so their names still resolve.
     */
    public static Assembled assemble(FactSet facts, ReadResult.Focus focus, String symptom, String user, String delegate) {
        // --symptom, else the facts file's own case.symptom, else all three, as ted scan does: an export folder holds no
        // case section, and every symptom's checks are cheap beside asking the admin to run it again.
        String symptomText = symptom != null ? symptom : facts.symptom() != null ? facts.symptom() : "all";
        Set<Symptom> symptoms = Symptom.parse(symptomText);
        String userText = user != null ? user : facts.user();
        String delegateText = delegate != null ? delegate : facts.delegate();
        String today = facts.asOf() != null ? facts.asOf() : java.time.LocalDate.now().toString();
        Case subject = new Case(symptoms, Ref.of(userText), Ref.of(delegateText), today);
        IdentityResolver resolver = IdentityResolver.learnFrom(facts.facts(), focus == null ? null : focus.directory());
        List<String> notes = new ArrayList<>();
        if (focus != null && focus.leftOut() > 0) {
            notes.add(String.format(java.util.Locale.ROOT, "kept only the facts about the people this case names; %,d facts about "
                    + "other recipients were read and set aside", focus.leftOut()));
        }
        if (subject.user() == null) {
            notes.add("no user named (--user or case.user): the organization- and server-level checks are decided; "
                    + "the checks about one mailbox are unknown until a user is named"
                    + ("organization".equalsIgnoreCase(facts.scope()) ? " (this is an org-wide collection: ted scan diagnoses every mailbox in it)" : ""));
        } else {
            requireKnown(resolver, userText, user != null ? "--user" : "case.user", notes);
        }
        if (subject.delegate() != null) {
            requireKnown(resolver, delegateText, delegate != null ? "--delegate" : "case.delegate", notes);
        }
        resolver.resolveAll(facts.facts(), subject.user(), subject.delegate());
        if (subject.user() != null && subject.user().isAmbiguous()) {
            throw new IllegalArgumentException((user != null ? "--user" : "case.user") + " '" + userText + "' is the display name of "
                    + subject.user().getCandidates().size() + " recipients: " + describe(subject.user().getCandidates())
                    + "; name one by UPN or SMTP address");
        }
        requireTwoPeople(subject, userText, user != null ? "--user" : "case.user", delegateText, delegate != null ? "--delegate" : "case.delegate");
        mergeMailboxes(facts);
        notes.addAll(resolver.notes());
        return new Assembled(subject, notes, resolver.knowsAnyone() ? resolver::knows : null);
    }

    /**
     * For an organisation-wide scan: every reference in the facts resolved to its recipient, and one record per
     * mailbox. Returns the resolver, which also resolves the names an admin lists ({@code --users}).
     */
    public static IdentityResolver resolveEveryone(FactSet facts) {
        IdentityResolver resolver = IdentityResolver.learnFrom(facts.facts());
        resolver.resolveAll(facts.facts());
        mergeMailboxes(facts);
        return resolver;
    }

    /**
     * A name that matches nobody is a typo or the wrong export, and a run of unknowns would hide that. Inputs that
     * hold no people at all (a HealthChecker folder holds servers) cannot say, so the run goes on with a note.
     */
    private static void requireKnown(IdentityResolver resolver, String name, String flag, List<String> notes) {
        if (!resolver.knowsAnyone()) {
            notes.add("the inputs hold no mailbox or user records, so " + flag + " '" + name + "' could not be checked against them");
            return;
        }
        if (!resolver.knows(name)) {
            throw new IllegalArgumentException(flag + " '" + name + "' matches no mailbox or user in the inputs; closest names found: "
                    + String.join(", ", resolver.closestTo(name, 3)));
        }
    }

    /**
     * A delegate acts for someone else: the same person on both sides would give fixes granting the delegator rights on
     * her own calendar. Compared by resolved identity (any two of one mailbox's names), else by the names as typed.
     */
    private static void requireTwoPeople(Case subject, String userText, String userFlag, String delegateText, String delegateFlag) {
        if (subject.user() == null || subject.delegate() == null) {
            return;
        }
        boolean same = subject.user().isResolved() && subject.delegate().isResolved()
                ? subject.user().sameAs(subject.delegate())
                : ted.facts.Identities.normalize(userText).equals(ted.facts.Identities.normalize(delegateText));
        if (same) {
            throw new IllegalArgumentException(userFlag + " '" + userText + "' and " + delegateFlag + " '" + delegateText
                    + "' are the same person (" + subject.user().getUpn() + "); the delegate is whoever schedules for the user: "
                    + "name someone else, or no delegate for the user's own checks");
        }
    }

    static String describe(List<ted.facts.Recipient> candidates) {
        return candidates.stream().map(r -> r.UserPrincipalName() != null ? r.UserPrincipalName()
                : r.PrimarySmtpAddress() != null ? r.PrimarySmtpAddress() : r.key()).collect(java.util.stream.Collectors.joining(", "));
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
