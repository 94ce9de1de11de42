package ted.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import ted.facts.AppAccount;
import ted.facts.CasMailbox;
import ted.facts.Identities;
import ted.facts.Mailbox;
import ted.facts.Ref;

/** One person appears as UPN, SMTP, alias, display name, canonical name or DN: all must meet. */
class IdentityResolverTest {

    static Mailbox jane() {
        return new Mailbox("jane.doe@contoso.com", "jane.doe@contoso.com", "jdoe", "Jane Doe",
                Ref.of("contoso.com/Users/Jane Doe"), "CN=Jane Doe,CN=Users,DC=contoso,DC=com", "UserMailbox", "EX01", List.of());
    }

    static Ref resolved(List<Object> facts, String name) {
        Ref ref = Ref.of(name);
        IdentityResolver.learnFrom(facts).resolve(ref);
        return ref;
    }

    @Test
    void everyFormOfOnePersonResolvesToTheSameKey() {
        List<Object> facts = List.of(jane());
        for (String form : List.of("jane.doe@contoso.com", "JANE.DOE@CONTOSO.COM", "SMTP:jane.doe@contoso.com", "jdoe", "Jane Doe",
                "contoso.com/Users/Jane Doe", "contoso.com/Users/Jane Doe:\\Calendar", "CN=Jane Doe,CN=Users,DC=contoso,DC=com",
                "'jane.doe@contoso.com'")) {
            assertThat(resolved(facts, form).getKey()).as(form).isEqualTo("jane.doe@contoso.com");
        }
    }

    @Test
    void aCanonicalNameIsDerivedFromTheDnWhenIdentityWasNotExported() {
        Mailbox noIdentity = new Mailbox("jane.doe@contoso.com", null, null, null, null,
                "CN=Jane Doe,OU=Sales,DC=contoso,DC=com", "UserMailbox", null, List.of());
        assertThat(Identities.canonicalFromDn("CN=Jane Doe,OU=Sales,DC=contoso,DC=com")).isEqualTo("contoso.com/Sales/Jane Doe");
        assertThat(resolved(List.of(noIdentity), "contoso.com/Sales/Jane Doe").getUpn()).isEqualTo("jane.doe@contoso.com");
    }

    @Test
    void recordsSharingAnyUniqueNameAreMerged() {
        CasMailbox cas = new CasMailbox(Ref.of("contoso.com/Users/Jane Doe"), "jane.doe@contoso.com", false, null, null, null, null, null, null);
        Mailbox upnOnly = new Mailbox("jane.doe@contoso.com", "jane.doe@contoso.com", null, null, null, null, null, null, null);
        List<Object> facts = new ArrayList<>(List.of(cas, upnOnly));
        IdentityResolver.learnFrom(facts).resolveAll(facts);
        assertThat(cas.key()).isEqualTo(upnOnly.key()).isEqualTo("jane.doe@contoso.com");
    }

    @Test
    void aDisplayNameSharedByTwoPeopleDoesNotResolveAndSaysWhy() {
        Mailbox other = new Mailbox("jane.doe2@contoso.com", null, "jdoe2", "Jane Doe", Ref.of("contoso.com/Sales/Jane Doe"), null, null, null, null);
        IdentityResolver resolver = IdentityResolver.learnFrom(List.of(jane(), other));
        Ref ambiguous = Ref.of("Jane Doe");
        resolver.resolve(ambiguous);
        assertThat(ambiguous.isResolved()).isFalse();
        assertThat(resolver.notes()).singleElement().asString().contains("display name of 2 recipients");
        Ref precise = Ref.of("jdoe2");
        resolver.resolve(precise);
        assertThat(precise.getUpn()).isEqualTo("jane.doe2@contoso.com");
    }

    @Test
    void anAppAccountResolvesByNameAndCanonicalName() {
        AppAccount account = new AppAccount(Ref.of("contoso.com/Users/TeamsScheduler"), "TeamsScheduler", null, true, "MailUser");
        List<Object> facts = List.of(account);
        assertThat(resolved(facts, "TeamsScheduler").getKey()).isEqualTo(resolved(facts, "contoso.com/Users/TeamsScheduler").getKey());
    }

    @Test
    void anUnknownNameKeepsItsOwnSpellingAsKey() {
        Ref stranger = resolved(List.of(jane()), "Bob@Contoso.com");
        assertThat(stranger.isResolved()).isFalse();
        assertThat(stranger.getKey()).isEqualTo("bob@contoso.com");
        assertThat(stranger.getUpn()).isEqualTo("Bob@Contoso.com");
    }

    @Test
    void everyReferenceToOnePersonSharesOneKeyString() {
        List<Object> facts = new ArrayList<>(List.of(jane()));
        Ref byAlias = Ref.of("jdoe");
        Ref byDisplayName = Ref.of("Jane Doe");
        Ref defaultUser = Ref.of("Default");
        Ref defaultAgain = Ref.of("Default");
        IdentityResolver.learnFrom(facts).resolveAll(facts, byAlias, byDisplayName, defaultUser, defaultAgain);
        // An organisation's export holds about ten references per mailbox: one key string each would be most of them.
        assertThat(byAlias.getKey()).isSameAs(byDisplayName.getKey()).isEqualTo("jane.doe@contoso.com");
        assertThat(defaultUser.getKey()).isSameAs(defaultAgain.getKey()).isEqualTo("default");
    }

    @Test
    void aDisplayNameLearnedTwiceForOnePersonStillResolves() {
        Mailbox again = new Mailbox("jane.doe@contoso.com", null, null, "Jane Doe", null, null, null, null, null);
        Mailbox other = new Mailbox("john.smith@contoso.com", null, null, "John Smith", null, null, null, null, null);
        List<Object> facts = List.of(jane(), again, other);
        assertThat(resolved(facts, "Jane Doe").getKey()).isEqualTo("jane.doe@contoso.com");
        assertThat(resolved(facts, "John Smith").getKey()).isEqualTo("john.smith@contoso.com");
    }
}
