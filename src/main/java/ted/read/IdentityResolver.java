package ted.read;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import ted.facts.AppAccount;
import ted.facts.CasMailbox;
import ted.facts.Identities;
import ted.facts.Mailbox;
import ted.facts.Recipient;
import ted.facts.Ref;

/**
 * Learns every name each recipient goes by from the records that list several at once (Get-Mailbox, Get-CASMailbox,
 * the app account), then points every {@link Ref} in the facts at its recipient. Names are compared ignoring case.
 * Display names can repeat in an organization, so they resolve only when exactly one recipient has them.
 */
public final class IdentityResolver {
    private final Map<String, Group> byUniqueName = new HashMap<>();
    private final Map<String, Set<Group>> byDisplayName = new HashMap<>();
    private final List<String> notes = new ArrayList<>();

    /** A set of records known to be one recipient. */
    private static final class Group {
        Recipient recipient;
        Group mergedInto;

        Group(Recipient recipient) {
            this.recipient = recipient;
        }

        Group root() {
            Group g = this;
            while (g.mergedInto != null) {
                g = g.mergedInto;
            }
            return g;
        }
    }

    public static IdentityResolver learnFrom(List<Object> facts) {
        IdentityResolver resolver = new IdentityResolver();
        for (Object fact : facts) {
            Recipient r = recipientOf(fact);
            if (r != null) {
                resolver.learn(r);
            }
        }
        return resolver;
    }

    private static Recipient recipientOf(Object fact) {
        if (fact instanceof Mailbox m) {
            return m.recipient();
        }
        if (fact instanceof CasMailbox c) {
            return new Recipient(null, c.PrimarySmtpAddress(), null, null, c.Identity() == null ? null : c.Identity().getRaw(), null);
        }
        if (fact instanceof AppAccount a) {
            return new Recipient(null, null, null, a.Name(), a.Identity() == null ? null : a.Identity().getRaw(), a.DistinguishedName());
        }
        return null;
    }

    private void learn(Recipient r) {
        Group group = new Group(r);
        for (String name : r.uniqueNames()) {
            Group existing = byUniqueName.get(Identities.normalize(name));
            if (existing != null && existing.root() != group.root()) {
                Group keep = existing.root();
                Group gone = group.root();
                keep.recipient = keep.recipient.merge(gone.recipient);
                gone.mergedInto = keep;
            }
        }
        Group root = group.root();
        for (String name : root.recipient.uniqueNames()) {
            byUniqueName.put(Identities.normalize(name), root);
        }
        for (String name : r.uniqueNames()) {
            byUniqueName.put(Identities.normalize(name), root);
        }
        if (r.DisplayName() != null) {
            byDisplayName.computeIfAbsent(Identities.normalize(r.DisplayName()), k -> new HashSet<>()).add(root);
        }
    }

    /** Points every reference held by the facts (and the extra ones, e.g. the case's user) at its recipient. */
    public void resolveAll(List<Object> facts, Ref... extra) {
        Map<Object, Boolean> seen = new IdentityHashMap<>();
        for (Object fact : facts) {
            walk(fact, seen);
        }
        for (Ref ref : extra) {
            resolve(ref);
        }
    }

    private void walk(Object value, Map<Object, Boolean> seen) {
        if (value == null || seen.put(value, Boolean.TRUE) != null) {
            return;
        }
        if (value instanceof Ref ref) {
            resolve(ref);
        } else if (value instanceof Iterable<?> items) {
            items.forEach(item -> walk(item, seen));
        } else if (value.getClass().isRecord()) {
            for (RecordComponent component : value.getClass().getRecordComponents()) {
                try {
                    walk(component.getAccessor().invoke(value), seen);
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException("cannot read " + component, e);
                }
            }
        }
    }

    public void resolve(Ref ref) {
        if (ref == null || ref.isResolved()) {
            return;
        }
        Recipient found = lookup(Identities.normalize(ref.getRaw()));
        if (found == null) {
            // Canonical names end in the object's CN, which is usually the display name.
            String raw = Identities.normalize(ref.getRaw());
            int slash = raw.lastIndexOf('/');
            if (slash > 0) {
                found = lookup(raw.substring(slash + 1));
            }
        }
        if (found != null) {
            ref.resolveTo(found);
        }
    }

    private Recipient lookup(String normalized) {
        Group g = byUniqueName.get(normalized);
        if (g != null) {
            return g.root().recipient;
        }
        Set<Group> named = byDisplayName.get(normalized);
        if (named == null) {
            return null;
        }
        Set<Group> roots = new HashSet<>();
        named.forEach(n -> roots.add(n.root()));
        if (roots.size() == 1) {
            return roots.iterator().next().recipient;
        }
        notes.add("'" + normalized + "' is the display name of " + roots.size() + " recipients; use a UPN or SMTP address");
        return null;
    }

    public List<String> notes() {
        return notes.stream().filter(Objects::nonNull).distinct().toList();
    }
}
