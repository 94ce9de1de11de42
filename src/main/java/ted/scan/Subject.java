package ted.scan;

import java.util.Set;
import ted.facts.Ref;
import ted.facts.Symptom;

/**
 * What one diagnosis of a scan is about: a mailbox (for the Calendar app and presence) or a delegator and delegate
 * (for delegated scheduling), and the symptoms asked of it.
 */
public record Subject(Ref user, Ref delegate, Set<Symptom> symptoms) {

    public String userName() {
        return user.getUpn();
    }

    public String delegateName() {
        return delegate == null ? null : delegate.getUpn();
    }
}
