package ted.facts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The EWS application access policy as a model, on its own: each level judged against the entries the guide names
 * for a Teams service (issue 7, items 3 and 4).
 */
class EwsAccessPolicyTest {
    static final TeamsEwsClient SCHEDULING = new TeamsEwsClient("the scheduling service", List.of("*SchedulingService*"), "ORG", "MBX");
    static final TeamsEwsClient CALENDAR_APP = new TeamsEwsClient("the Calendar app",
            List.of("MicrosoftNinja/*", "*Teams/*", "SkypeSpaces/*"), "ORG", "MBX");
    static final TeamsEwsClient PRESENCE = new TeamsEwsClient("the presence service", List.of("*Microsoft.Skype.Presence.App/*"), "ORG", "MBX");

    static EwsVerdict allow(TeamsEwsClient client, String... entries) {
        return new EwsAccessPolicy("mailbox", "EnforceAllowList", List.of(entries), null).verdictFor(client);
    }

    static EwsVerdict block(TeamsEwsClient client, String... entries) {
        return new EwsAccessPolicy("mailbox", "EnforceBlockList", null, List.of(entries)).verdictFor(client);
    }

    static TeamsEwsClient client(String name) {
        return switch (name) {
            case "scheduling" -> SCHEDULING;
            case "calendar" -> CALENDAR_APP;
            default -> PRESENCE;
        };
    }

    @Test
    void noPolicyAdmitsEveryoneWhateverTheListsSay() {
        assertThat(new EwsAccessPolicy("organization", null, List.of(), List.of("*"))
                .verdictFor(SCHEDULING).status()).isEqualTo("pass");
        assertThat(new EwsAccessPolicy("organization", " ", null, null).verdictFor(PRESENCE).status()).isEqualTo("pass");
    }

    @Test
    void enforceAllowListWithAnEmptyOrNullListAdmitsNobody() {
        EwsVerdict empty = allow(SCHEDULING);
        assertThat(empty.status()).isEqualTo("fail");
        assertThat(empty.reason()).contains("empty EwsAllowList");
        assertThat(empty.toAdd()).containsExactly("*SchedulingService*");
        assertThat(new EwsAccessPolicy("mailbox", "EnforceAllowList", null, null).verdictFor(SCHEDULING).status()).isEqualTo("fail");
    }

    @ParameterizedTest(name = "allow list [{1}] for {0}: {2}")
    @CsvSource(delimiter = '|', value = {
        // the guide's own entries, and broader ones, pass
        "scheduling|*SchedulingService*|pass",
        "scheduling|*|pass",
        "calendar|MicrosoftNinja/*,*Teams/*,SkypeSpaces/*|pass",
        "calendar|MicrosoftNinja/*,*Teams/*,SkypeSpaces*|pass",
        "presence|*Presence.App/*|pass",
        // narrower or different entries that still admit some Teams agents warn
        "scheduling|*SchedulingService|warn",
        "calendar|MicrosoftNinja/1.*,*Teams/*,SkypeSpaces/*|warn",
        "calendar|MicrosoftNinja/1.0,*Teams/*,SkypeSpaces/*|warn",
        // entries that admit none of them fail
        "scheduling|Outlook/*|fail",
        "calendar|MicrosoftNinja/*,SkypeSpaces/*|fail",
        "presence|* Microsoft.Skype.Presence.App/*|fail",
        "scheduling|*schedulingservice*|fail",
    })
    void allowListsAreJudgedAgainstTheGuidesEntries(String client, String entries, String status) {
        TeamsEwsClient c = client(client);
        assertThat(allow(c, entries.split(",")).status()).isEqualTo(status);
    }

    /** The guide's own pitfall: a trailing space makes an entry that matches nothing; the fix removes it exactly. */
    @Test
    void aStraySpaceFailsWithTheEntryShownBesideTheGuidesAndIsRemovedByTheFix() {
        EwsVerdict v = allow(CALENDAR_APP, "MicrosoftNinja/*", "*Teams/* ", "SkypeSpaces/*");
        assertThat(v.status()).isEqualTo("fail");
        assertThat(v.toRemove()).containsExactly("*Teams/* ");
        assertThat(v.toAdd()).containsExactly("*Teams/*");
        assertThat(v.entries()).filteredOn(e -> e.guideEntry().equals("*Teams/*")).singleElement().satisfies(e -> {
            assertThat(e.status()).isEqualTo("fail");
            assertThat(e.text()).contains("guide's *Teams/*").contains("'*Teams/*\u2423'").contains("a trailing space");
        });
        EwsVerdict presence = allow(PRESENCE, "* Microsoft.Skype.Presence.App/*");
        assertThat(presence.toRemove()).containsExactly("* Microsoft.Skype.Presence.App/*");
        assertThat(presence.entries().get(0).text()).contains("'*\u2423Microsoft.Skype.Presence.App/*'").contains("a space after '*'");
    }

    @Test
    void aNarrowerEntryWarnsWithBothEntriesSideBySide() {
        EwsVerdict v = allow(SCHEDULING, "*SchedulingService");
        assertThat(v.entries()).singleElement().satisfies(e -> {
            assertThat(e.listEntry()).isEqualTo("*SchedulingService");
            assertThat(e.text()).contains("guide's *SchedulingService*").contains("'*SchedulingService'").contains("some");
        });
        assertThat(v.toAdd()).containsExactly("*SchedulingService*");
        assertThat(v.toRemove()).isEmpty();
    }

    @Test
    void aLetterCaseLookalikeIsNamedAsSuch() {
        assertThat(allow(SCHEDULING, "*schedulingservice*").entries().get(0).text()).contains("letter case");
    }

    @Test
    void aListCutShortDecidesOnlyWhatItShows() {
        EwsAccessPolicy showsIt = new EwsAccessPolicy("organization", "EnforceAllowList",
                new PartialList<>(List.of("*SchedulingService*")), null);
        assertThat(showsIt.verdictFor(SCHEDULING).status()).isEqualTo("pass");
        EwsAccessPolicy hidesIt = new EwsAccessPolicy("organization", "EnforceAllowList", new PartialList<>(List.of("Outlook/*")), null);
        assertThat(hidesIt.verdictFor(SCHEDULING).status()).isEqualTo("unknown");
        EwsAccessPolicy cutBlock = new EwsAccessPolicy("organization", "EnforceBlockList", null, new PartialList<>(List.of("Outlook/*")));
        assertThat(cutBlock.verdictFor(SCHEDULING).status()).isEqualTo("unknown");
        EwsAccessPolicy cutButBlocked = new EwsAccessPolicy("organization", "EnforceBlockList", null,
                new PartialList<>(List.of("*SchedulingService*")));
        assertThat(cutButBlocked.verdictFor(SCHEDULING).status()).isEqualTo("fail");
    }

    @ParameterizedTest(name = "block list [{1}] for {0}: {2}")
    @CsvSource(delimiter = '|', value = {
        "scheduling|*SchedulingService*|fail",
        "scheduling|SchedulingService|fail",
        "scheduling|*Service*|fail",
        "scheduling|*|fail",
        "calendar|Outlook/*,SkypeSpaces/1.0|warn",
        "calendar|Outlook/*|pass",
        "presence|MicrosoftNinja/*|pass",
    })
    void blockListsFailWhenAnEntryCertainlyBlocksAndWarnWhenItMay(String client, String entries, String status) {
        TeamsEwsClient c = client(client);
        EwsVerdict v = block(c, entries.split(","));
        assertThat(v.status()).isEqualTo(status);
        if (!status.equals("pass")) {
            assertThat(v.toRemove()).isNotEmpty();
            assertThat(v.toAdd()).isEmpty();
        }
    }

    @Test
    void aPolicyValueExchangeDoesNotHaveIsUnknownNotFail() {
        EwsVerdict odd = new EwsAccessPolicy("organization", "EnforceSomething", null, null).verdictFor(SCHEDULING);
        assertThat(odd.status()).isEqualTo("unknown");
        assertThat(odd.reason()).contains("EnforceSomething");
    }
}
