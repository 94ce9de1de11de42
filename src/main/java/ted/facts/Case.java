package ted.facts;

import java.util.Set;

/**
 * What is being diagnosed: the symptoms, the affected mailbox (the delegator, for delegation), the delegate, and the
 * day dates are judged on (today unless the facts file fixes it, so a diagnosis can be reproduced).
 */
public record Case(Set<Symptom> symptoms, Ref user, Ref delegate, String today) {

    public boolean has(Symptom s) {
        return symptoms.contains(s);
    }

    public boolean hasDelegate() {
        return delegate != null;
    }
}
