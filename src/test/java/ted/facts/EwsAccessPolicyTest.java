package ted.facts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The EWS application access policy as a model, on its own: what Exchange would let each Teams service do. */
class EwsAccessPolicyTest {
    static final TeamsEwsClient SCHEDULING = new TeamsEwsClient("scheduling", List.of("*SchedulingService*"),
            List.of("MicrosoftTeamsSchedulingService/1.0"));
    static final TeamsEwsClient CALENDAR_APP = new TeamsEwsClient("calendar app",
            List.of("MicrosoftNinja/*", "*Teams/*", "SkypeSpaces/*"), List.of("MicrosoftNinja/1.0", "Teams/1.0", "SkypeSpaces/1.0"));
    static final TeamsEwsClient PRESENCE = new TeamsEwsClient("presence", List.of("*Microsoft.Skype.Presence.App/*"),
            List.of("Microsoft.Skype.Presence.App/1.0"));

    static EwsVerdict verdict(String policy, List<String> allow, List<String> block, TeamsEwsClient client) {
        return new EwsAccessPolicy("organization", policy, allow, block).verdictFor(client);
    }

    @Test
    void noPolicyAdmitsEveryoneWhateverTheListsSay() {
        assertThat(verdict(null, List.of(), List.of("*"), SCHEDULING).admitted()).isTrue();
        assertThat(verdict("", null, null, PRESENCE).admitted()).isTrue();
    }

    @Test
    void enforceAllowListWithAnEmptyOrNullListAdmitsNobody() {
        EwsVerdict empty = verdict("EnforceAllowList", List.of(), null, SCHEDULING);
        assertThat(empty.admitted()).isFalse();
        assertThat(empty.reason()).contains("empty EwsAllowList");
        assertThat(verdict("EnforceAllowList", null, null, SCHEDULING).admitted()).isFalse();
    }

    @Test
    void enforceAllowListAdmitsOnlyWhatAnEntryMatches() {
        List<String> guideEntries = List.of("*SchedulingService*", "MicrosoftNinja/*", "*Teams/*", "SkypeSpaces/*",
                "*Microsoft.Skype.Presence.App/*");
        assertThat(verdict("EnforceAllowList", guideEntries, null, SCHEDULING).admitted()).isTrue();
        assertThat(verdict("EnforceAllowList", guideEntries, null, CALENDAR_APP).admitted()).isTrue();
        assertThat(verdict("EnforceAllowList", guideEntries, null, PRESENCE).admitted()).isTrue();
        assertThat(verdict("EnforceAllowList", List.of("*SchedulingService*"), null, PRESENCE).admitted()).isFalse();
    }

    @Test
    void theCalendarAppNeedsAllThreeEntries() {
        EwsVerdict partial = verdict("EnforceAllowList", List.of("*Teams/*"), null, CALENDAR_APP);
        assertThat(partial.admitted()).isFalse();
        assertThat(partial.blockedAgents()).containsExactly("MicrosoftNinja/1.0", "SkypeSpaces/1.0");
        assertThat(partial.deciding()).containsExactly("*Teams/*");
    }

    @Test
    void aWildcardEntryAdmitsEverything() {
        assertThat(verdict("EnforceAllowList", List.of("*"), null, CALENDAR_APP).admitted()).isTrue();
    }

    @Test
    void enforceBlockListShutsOutWhatAnEntryMatchesAndNamesTheEntry() {
        EwsVerdict blocked = verdict("EnforceBlockList", null, List.of("Outlook/*", "SkypeSpaces/*"), CALENDAR_APP);
        assertThat(blocked.admitted()).isFalse();
        assertThat(blocked.deciding()).containsExactly("SkypeSpaces/*");
        assertThat(verdict("EnforceBlockList", null, List.of("Outlook/*"), CALENDAR_APP).admitted()).isTrue();
        assertThat(verdict("EnforceBlockList", null, null, CALENDAR_APP).admitted()).isTrue();
    }

    @Test
    void theGuidesStraySpaceEntryMatchesNothingAndIsNamed() {
        EwsVerdict v = verdict("EnforceAllowList", List.of("* Microsoft.Skype.Presence.App/*"), null, PRESENCE);
        assertThat(v.admitted()).isFalse();
        assertThat(v.unusable()).extracting(EwsVerdict.Unusable::entry).containsExactly("* Microsoft.Skype.Presence.App/*");
        assertThat(v.unusable().get(0).why()).contains("stray white space");
    }

    @Test
    void entriesMatchCaseSensitivelyAndACaseOnlyMismatchIsNamed() {
        EwsVerdict v = verdict("EnforceAllowList", List.of("*schedulingservice*"), null, SCHEDULING);
        assertThat(v.admitted()).isFalse();
        assertThat(v.unusable()).extracting(EwsVerdict.Unusable::why).singleElement().asString().contains("letter case");
    }

    @Test
    void policyNamesAreReadIgnoringCaseAndUnknownOnesAreNotGuessed() {
        assertThat(verdict("enforceallowlist", List.of("*SchedulingService*"), null, SCHEDULING).admitted()).isTrue();
        EwsVerdict odd = verdict("EnforceSomething", null, null, SCHEDULING);
        assertThat(odd.admitted()).isFalse();
        assertThat(odd.reason()).contains("not a value Exchange knows");
    }

    @Test
    void patternsAreLiteralApartFromTheStar() {
        assertThat(EwsAccessPolicy.matches("Microsoft.Skype.Presence.App/*", "MicrosoftXSkype.Presence.App/1")).isFalse();
        assertThat(EwsAccessPolicy.matches("*Teams/*", "Teams/1.0")).isTrue();
        assertThat(EwsAccessPolicy.matches("*Teams/*", "MicrosoftTeams/1.0 (x)")).isTrue();
        assertThat(EwsAccessPolicy.matches("SkypeSpaces/*", "xSkypeSpaces/1.0")).isFalse();
    }
}
