package ted.read;

import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.HashMap;
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
import ted.facts.TeamsUser;

/**
 * Learns every name each recipient goes by from the records that list several at once (Get-Mailbox, Get-CASMailbox,
 * the app account), then points every {@link Ref} in the facts at its recipient. Names are compared ignoring case.
 * Display names can repeat in an organization, so they resolve only when exactly one recipient has them.
 */
public final class IdentityResolver {
    private final Map<String, Person> byUniqueName = new HashMap<>();
    /** Most display names belong to one person: a one-element list each, not a hash set each (100,000 of them in an org). */
    private final Map<String, List<Person>> byDisplayName = new HashMap<>();
    private final List<String> notes = new ArrayList<>();
    /** One key string per recipient and per unresolved spelling, shared by every reference to it. */
    private final Map<Recipient, String> keys = new IdentityHashMap<>();
    private final Map<String, String> unresolvedKeys = new HashMap<>();
    /** Everyone else in an org-wide export, when the reader kept only the case's people in full; else null. */
    private final RecipientDirectory directory;

    private IdentityResolver(RecipientDirectory directory) {
        this.directory = directory;
    }

    /** A set of records known to be one recipient (a person, or a group as one recipient). */
    private static final class Person {
        Recipient recipient;
        Person mergedInto;

        Person(Recipient recipient) {
            this.recipient = recipient;
        }

        Person root() {
            Person g = this;
            while (g.mergedInto != null) {
                g = g.mergedInto;
            }
            return g;
        }
    }

    public static IdentityResolver learnFrom(List<Object> facts) {
        return learnFrom(facts, null);
    }

    /**
     * @param directory every recipient the reader saw, when it kept only the case's people among the facts (null when
     *                  the facts hold everyone): names of anybody else are resolved through it
     */
    public static IdentityResolver learnFrom(List<Object> facts, RecipientDirectory directory) {
        IdentityResolver resolver = new IdentityResolver(directory);
        for (Object fact : facts) {
            Recipient r = recipientOf(fact);
            if (r != null) {
                resolver.learn(r);
            }
        }
        return resolver;
    }

    static Recipient recipientOf(Object fact) {
        if (fact instanceof Mailbox m) {
            return m.recipient();
        }
        if (fact instanceof CasMailbox c) {
            return new Recipient(null, c.PrimarySmtpAddress(), null, null, c.Identity() == null ? null : c.Identity().getRaw(), null);
        }
        if (fact instanceof AppAccount a) {
            return new Recipient(null, null, null, a.Name(), a.Identity() == null ? null : a.Identity().getRaw(), a.DistinguishedName());
        }
        if (fact instanceof ted.facts.Group g) {
            return g.recipient();
        }
        if (fact instanceof TeamsUser t && t.UserPrincipalName() != null) {
            return new Recipient(t.UserPrincipalName().getRaw(), null, null, null, null, null);
        }
        return null;
    }

    private void learn(Recipient r) {
        Person group = new Person(r);
        for (String name : r.uniqueNames()) {
            Person existing = byUniqueName.get(Identities.normalize(name));
            if (existing != null && existing.root() != group.root()) {
                Person keep = existing.root();
                Person gone = group.root();
                keep.recipient = keep.recipient.merge(gone.recipient);
                gone.mergedInto = keep;
            }
        }
        Person root = group.root();
        for (String name : root.recipient.uniqueNames()) {
            byUniqueName.put(Identities.normalize(name), root);
        }
        for (String name : r.uniqueNames()) {
            byUniqueName.put(Identities.normalize(name), root);
        }
        if (r.DisplayName() != null) {
            byDisplayName.merge(Identities.normalize(r.DisplayName()), List.of(root), IdentityResolver::union);
        }
    }

    /** Points every reference held by the facts (and the extra ones, e.g. the case's user) at its recipient. */
    public void resolveAll(List<Object> facts, Ref... extra) {
        for (Object fact : facts) {
            walk(fact);
        }
        for (Ref ref : extra) {
            resolve(ref);
        }
    }

    /** Each record type's component accessors, looked up once rather than copied out for every fact. */
    private static final ClassValue<Method[]> ACCESSORS = new ClassValue<>() {
        @Override
        protected Method[] computeValue(Class<?> type) {
            return java.util.Arrays.stream(type.getRecordComponents()).map(RecordComponent::getAccessor).toArray(Method[]::new);
        }
    };

    /**
     * Facts are records and lists built from the exports, so a walk cannot meet a cycle, and a reference met twice is
     * resolved once ({@link #resolve} returns at once); no table of what was visited is needed, which for an
     * organisation's million objects would be the largest thing in memory while it runs.
     */
    private void walk(Object value) {
        if (value instanceof Ref ref) {
            resolve(ref);
        } else if (value instanceof Iterable<?> items) {
            for (Object item : items) {
                walk(item);
            }
        } else if (value != null && value.getClass().isRecord()) {
            for (Method accessor : ACCESSORS.get(value.getClass())) {
                try {
                    walk(accessor.invoke(value));
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException("cannot read " + accessor, e);
                }
            }
        }
    }

    private static List<Person> union(List<Person> known, List<Person> more) {
        if (known.containsAll(more)) {
            return known;
        }
        List<Person> all = new ArrayList<>(known);
        more.stream().filter(p -> !all.contains(p)).forEach(all::add);
        return all;
    }

    public void resolve(Ref ref) {
        if (ref == null || ref.isResolved()) {
            return;
        }
        Recipient found = null;
        for (String spelling : spellings(ref.getRaw())) {
            found = found != null ? found : lookup(spelling);
        }
        if (found != null) {
            ref.resolveTo(found, keys.computeIfAbsent(found, Recipient::key));
        } else {
            String normalized = Identities.normalize(ref.getRaw());
            ref.shareKey(unresolvedKeys.computeIfAbsent(normalized, k -> k));
            List<Recipient> among = candidates(normalized);
            if (among.size() > 1) {
                ref.markAmbiguous(among);
            }
        }
    }

    private Recipient lookup(String normalized) {
        Person g = byUniqueName.get(normalized);
        if (g != null) {
            return g.root().recipient;
        }
        int id = directory == null ? -1 : directory.find(normalized);
        if (id >= 0) {
            return inFull(directory.recipient(id));
        }
        List<Recipient> among = candidates(normalized);
        if (among.size() == 1) {
            return among.get(0);
        }
        if (among.size() > 1) {
            notes.add("'" + normalized + "' is the display name of " + among.size() + " recipients; use a UPN or SMTP address");
        }
        return null;
    }

    /** The recipients whose display name this is, one per person, from the kept facts and from the directory. */
    private List<Recipient> candidates(String normalizedDisplayName) {
        Map<String, Recipient> byKey = new java.util.LinkedHashMap<>();
        List<Person> named = byDisplayName.getOrDefault(normalizedDisplayName, List.of());
        named.forEach(n -> byKey.putIfAbsent(n.root().recipient.key(), n.root().recipient));
        if (directory != null) {
            directory.sharing(normalizedDisplayName).forEach(id -> {
                Recipient r = inFull(directory.recipient(id));
                byKey.putIfAbsent(r.key(), r);
            });
        }
        // By key, so a report names them in the same order on every run.
        return byKey.values().stream().sorted(java.util.Comparator.comparing(Recipient::key)).toList();
    }

    /** The directory keeps few names per recipient; one of the case's people is known in full from the kept facts. */
    private Recipient inFull(Recipient fromDirectory) {
        Person kept = byUniqueName.get(fromDirectory.key());
        return kept != null ? kept.root().recipient : fromDirectory;
    }

    /** True when the inputs hold at least one recipient record: a name can then be checked against them. */
    public boolean knowsAnyone() {
        return !byUniqueName.isEmpty() || !byDisplayName.isEmpty() || directory != null && directory.size() > 0;
    }

    /** True when {@code name} is one of the names of a recipient in the inputs (several, for a shared display name). */
    public boolean knows(String name) {
        return spellings(name).stream().anyMatch(n -> byUniqueName.containsKey(n) || byDisplayName.containsKey(n)
                || directory != null && !directory.whoMayBe(n).isEmpty());
    }

    /**
     * The normalized forms a name is looked up by, in order: the name itself, then, for a canonical name, its last
     * part (the object's CN, which is usually the display name).
     */
    static List<String> spellings(String name) {
        String n = Identities.normalize(name);
        int slash = n.lastIndexOf('/');
        return slash > 0 ? List.of(n, n.substring(slash + 1)) : List.of(n);
    }

    /** Up to {@code max} names of recipients in the inputs that look most like {@code name}, closest first. */
    public List<String> closestTo(String name, int max) {
        String n = Identities.normalize(name);
        Set<String> all = new java.util.TreeSet<>(byUniqueName.keySet());
        all.addAll(byDisplayName.keySet());
        if (directory != null) {
            all.addAll(directory.suggestions());
        }
        return ted.util.Closest.to(n, all, max);
    }


    public List<String> notes() {
        return notes.stream().filter(Objects::nonNull).distinct().toList();
    }
}
