package ted.scan;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import ted.facts.FactSet;
import ted.facts.Mailbox;
import ted.facts.MailboxFolderPermission;
import ted.facts.Ref;
import ted.facts.Symptom;

/**
 * Who a scan diagnoses. Every mailbox is a subject for the Calendar app and presence. Every delegate pair is a subject
 * for delegated scheduling: the delegate is in the delegator's GrantSendOnBehalfTo, or holds a calendar permission
 * whose SharingPermissionFlags include Delegate (the entry Outlook's delegate dialog makes).
 */
public final class Subjects {
    private Subjects() {
    }

    /** The subjects in the order the mailboxes were read; {@code wanted} narrows the mailboxes (and delegators). */
    public static List<Subject> of(FactSet resolved, Set<Symptom> symptoms, Predicate<String> wanted) {
        List<Subject> subjects = new ArrayList<>();
        Set<Symptom> perMailbox = EnumSet.noneOf(Symptom.class);
        symptoms.stream().filter(s -> s != Symptom.DELEGATION).forEach(perMailbox::add);
        List<Mailbox> mailboxes = resolved.factsOf(Mailbox.class).stream()
                .filter(m -> m.Identity() != null && wanted.test(m.key())).toList();
        if (!perMailbox.isEmpty()) {
            Set<Symptom> asked = Set.copyOf(perMailbox);  // one set for all, not one per mailbox
            mailboxes.forEach(m -> subjects.add(new Subject(m.Identity(), null, asked)));
        }
        if (symptoms.contains(Symptom.DELEGATION)) {
            subjects.addAll(pairs(resolved, mailboxes));
        }
        return subjects;
    }

    static List<Subject> pairs(FactSet resolved, List<Mailbox> delegators) {
        Map<String, List<Ref>> flagged = new LinkedHashMap<>();
        for (MailboxFolderPermission p : resolved.factsOf(MailboxFolderPermission.class)) {
            if (p.marksDelegate() && p.User() != null) {
                flagged.computeIfAbsent(p.mailboxKey(), k -> new ArrayList<>()).add(p.User());
            }
        }
        List<Subject> pairs = new ArrayList<>();
        Set<Symptom> delegation = Set.of(Symptom.DELEGATION);
        for (Mailbox m : delegators) {
            Map<String, Ref> delegates = new LinkedHashMap<>();
            if (m.GrantSendOnBehalfTo() != null) {
                m.GrantSendOnBehalfTo().stream().filter(r -> r != null).forEach(r -> delegates.putIfAbsent(r.getKey(), r));
            }
            flagged.getOrDefault(m.key(), List.of()).forEach(r -> delegates.putIfAbsent(r.getKey(), r));
            delegates.values().forEach(d -> pairs.add(new Subject(m.Identity(), d, delegation)));
        }
        return pairs;
    }
}
