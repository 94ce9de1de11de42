package ted.facts;

import java.util.Map;
import java.util.function.Function;

/**
 * Which facts are about one person, and the reference that names them: the one table both the reader's case filter
 * (which keeps only the case's people) and the scan (which gives each subject its own people's facts) go by, so a new
 * per-person fact is declared here once. Every other fact (organisation settings, servers, policies, test results) is
 * shared by everyone.
 */
public final class PersonFacts {
    private static final Map<Class<?>, Function<Object, Ref>> OWNER = Map.of(
            Mailbox.class, f -> ((Mailbox) f).Identity(),
            CasMailbox.class, f -> ((CasMailbox) f).Identity(),
            TeamsUser.class, f -> ((TeamsUser) f).UserPrincipalName(),
            MailboxFolderPermission.class, f -> ((MailboxFolderPermission) f).Identity(),
            MailboxAutoReplyConfiguration.class, f -> ((MailboxAutoReplyConfiguration) f).Identity());

    private PersonFacts() {
    }

    /** True for a fact about one person (whether or not it names them). */
    public static boolean isAboutOnePerson(Object fact) {
        return fact != null && OWNER.containsKey(fact.getClass());
    }

    /** The reference naming the person a per-person fact is about; null for a shared fact, or one that names nobody. */
    public static Ref owner(Object fact) {
        Function<Object, Ref> owner = fact == null ? null : OWNER.get(fact.getClass());
        return owner == null ? null : owner.apply(fact);
    }
}
