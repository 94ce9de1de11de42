package ted.facts;

import java.util.Set;

/** What is being diagnosed: the symptoms, the affected mailbox (the delegator, for delegation) and the delegate. */
public record Case(Set<Symptom> symptoms, Ref user, Ref delegate) {

    public boolean has(Symptom s) {
        return symptoms.contains(s);
    }

    public boolean hasDelegate() {
        return delegate != null;
    }
}
