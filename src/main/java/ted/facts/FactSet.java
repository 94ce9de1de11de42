package ted.facts;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Everything read about one case, ready to insert into the engine: the facts, which sections were collected,
 * and what the files said about the case itself. Facts are per object (per mailbox, per server) so a future
 * org-wide scan can feed one mailbox's slice at a time.
 */
public final class FactSet {
    private final List<Object> facts = new ArrayList<>();
    private java.util.function.Predicate<Object> admit = fact -> true;
    private final Set<String> collected = new LinkedHashSet<>();
    private String symptom;
    private String user;
    private String delegate;
    private String asOf;
    private String scope;

    /**
     * From now on, adds only the facts {@code filter} admits; it sees every fact offered (so it may learn from those
     * it turns away). Reading one case from an org-wide export keeps memory to the case this way.
     */
    public void admitOnly(java.util.function.Predicate<Object> filter) {
        this.admit = filter;
    }

    public void add(Object fact) {
        if (admit.test(fact)) {
            facts.add(fact);
        }
    }

    public void addAll(List<?> more) {
        if (more != null) {
            more.stream().filter(java.util.Objects::nonNull).forEach(this::add);
        }
    }

    /** Swaps one fact for another (e.g. a server record completed with ExSetup's version). */
    public void replace(Object old, Object replacement) {
        int at = facts.indexOf(old);
        if (at >= 0) {
            facts.set(at, replacement);
        }
    }

    public void remove(Object fact) {
        facts.remove(fact);
    }

    public void markCollected(String section) {
        collected.add(section);
    }

    public boolean isCollected(String section) {
        return collected.contains(section);
    }

    public List<Object> facts() {
        return Collections.unmodifiableList(facts);
    }

    public <T> List<T> factsOf(Class<T> type) {
        return facts.stream().filter(type::isInstance).map(type::cast).toList();
    }

    public Set<String> collectedSections() {
        return Collections.unmodifiableSet(collected);
    }

    /** The case as the files describe it; the first file that names each part wins. */
    public void describeCase(String symptomText, String userText, String delegateText) {
        if (symptom == null) {
            symptom = symptomText;
        }
        if (user == null) {
            user = userText;
        }
        if (delegate == null) {
            delegate = delegateText;
        }
    }

    /** The day the facts file says dates are judged on, or null for today. */
    public void judgeDatesAsOf(String day) {
        if (asOf == null) {
            asOf = day;
        }
    }

    /** What the collection covers: "organization" for an org-wide one; null when the files do not say. */
    public void describeScope(String text) {
        if (scope == null) {
            scope = text;
        }
    }

    public String scope() {
        return scope;
    }

    public String asOf() {
        return asOf;
    }

    public String symptom() {
        return symptom;
    }

    public String user() {
        return user;
    }

    public String delegate() {
        return delegate;
    }
}
