package ted.read;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Stream;
import ted.facts.CasMailbox;
import ted.facts.Group;
import ted.facts.Identities;
import ted.facts.Mailbox;
import ted.facts.PersonFacts;
import ted.facts.Recipient;
import ted.facts.Ref;

/**
 * Decides, while the files are read, which facts about one person a one-case diagnosis can need: those of the people
 * the case names (user and delegate, by any of their names), never the other 99,998 mailboxes of an org-wide export.
 * Facts that are not about one person (organisation settings, servers, policies, test results) are always kept.
 *
 * <p>Every person record still teaches the {@link RecipientDirectory} its names, so a name in a kept fact that points
 * at somebody else resolves to that person, and a display name two people share stays ambiguous. The records that say
 * which names belong together (Get-Mailbox, Get-Recipient) must be read before the facts that use those names:
 * {@link FactsFileReader} orders the files so.
 */
final class CaseFilter implements Predicate<Object> {
    private final RecipientDirectory directory = new RecipientDirectory();
    private final List<String> people;
    private int left;
    /** The recipients the case's names stand for, worked out again only when a record has been learned since. */
    private Set<Integer> theCase = Set.of();
    private int theCaseAsOf = -1;

    /** @param people the names the case gives its user and delegate, as typed (nulls ignored); none keeps no one */
    CaseFilter(String... people) {
        this.people = Stream.of(people).filter(Objects::nonNull).map(Identities::normalize).toList();
    }

    RecipientDirectory directory() {
        return directory;
    }

    /** How many facts about other people were left out. */
    int left() {
        return left;
    }

    @Override
    public boolean test(Object fact) {
        Recipient r = IdentityResolver.recipientOf(fact);
        List<String> unique = r == null ? null : r.uniqueNames();
        if (r != null) {
            directory.learn(r, unique);
        }
        List<String> about = fact instanceof Mailbox ? withDisplayName(unique, r) : ownerNames(fact);
        if (about == null) {
            return true;
        }
        boolean keep = about.isEmpty() || concernsTheCase(about);
        if (!keep) {
            left++;
        }
        return keep;
    }

    /**
     * The names of whom a per-person fact other than a mailbox record is about; null for a fact that is not about one
     * person; an empty list for a per-person fact that names nobody (kept, so the checks can say what is wrong with it).
     */
    private static List<String> ownerNames(Object fact) {
        if (fact instanceof CasMailbox c) {
            // A CAS mailbox exported without its Identity still names its owner by SMTP address.
            return raw(c.Identity(), c.PrimarySmtpAddress());
        }
        if (fact instanceof Group g) {
            // A group matters when the case's people may be in it; members not collected in full might include them.
            return !g.membersKnown() ? List.of() : g.Members().stream().filter(Objects::nonNull).map(Ref::getRaw).toList();
        }
        return PersonFacts.isAboutOnePerson(fact) ? raw(PersonFacts.owner(fact)) : null;
    }

    private static List<String> withDisplayName(List<String> uniqueNames, Recipient r) {
        List<String> names = new ArrayList<>(uniqueNames);
        if (r.DisplayName() != null) {
            names.add(r.DisplayName());
        }
        return names;
    }

    private static List<String> raw(Object... refsOrNames) {
        return Stream.of(refsOrNames).filter(Objects::nonNull).map(x -> x instanceof Ref ref ? ref.getRaw() : x.toString()).toList();
    }

    private boolean concernsTheCase(List<String> names) {
        if (theCaseAsOf != directory.size()) {
            Set<Integer> ids = new HashSet<>();
            for (String person : people) {
                ids.addAll(whoMayBe(person));
            }
            theCase = ids;
            theCaseAsOf = directory.size();
        }
        for (String name : names) {
            List<String> spellings = IdentityResolver.spellings(name);
            if (people.contains(spellings.get(0))) {
                return true;
            }
            for (String spelling : spellings) {
                if (directory.mayBeAnyOf(spelling, theCase)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** As {@link IdentityResolver} looks a name up: itself, then the last part of a canonical name. */
    private Set<Integer> whoMayBe(String name) {
        Set<Integer> ids = new HashSet<>();
        for (String spelling : IdentityResolver.spellings(name)) {
            ids.addAll(directory.whoMayBe(spelling));
        }
        return ids;
    }
}
