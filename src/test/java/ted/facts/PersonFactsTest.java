package ted.facts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class PersonFactsTest {

    @Test
    void aPersonsFactsNameThemAndSharedFactsNameNobody() {
        Ref jane = Ref.of("jane.doe@contoso.com");
        assertThat(PersonFacts.owner(new CasMailbox(jane, null, true, null, null, null, null, null, null))).isSameAs(jane);
        assertThat(PersonFacts.owner(new TeamsUser(jane, "TeamsOnly", null, null))).isSameAs(jane);
        assertThat(PersonFacts.owner(new MailboxAutoReplyConfiguration(jane, "Disabled", null, null))).isSameAs(jane);
        Ref calendar = Ref.of("jane.doe@contoso.com:\\Calendar");
        assertThat(PersonFacts.owner(new MailboxFolderPermission(calendar, "Calendar", Ref.of("Default"), List.of("AvailabilityOnly"))))
                .as("a permission belongs to the mailbox whose folder it is on, not to the user it grants").isSameAs(calendar);

        ExchangeServer server = new ExchangeServer("EX01", "ex01.contoso.com", null, "15.2.1544.4", null);
        assertThat(PersonFacts.isAboutOnePerson(server)).isFalse();
        assertThat(PersonFacts.owner(server)).isNull();
        assertThat(PersonFacts.isAboutOnePerson(new CasMailbox(null, null, true, null, null, null, null, null, null)))
                .as("about one person even when the export left out whom").isTrue();
    }
}
