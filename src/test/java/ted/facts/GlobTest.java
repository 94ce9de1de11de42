package ted.facts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The glob model on its own: containment and overlap decided exactly, checked against brute force over every
 * pattern up to three symbols and every word that could be a witness.
 */
class GlobTest {

    @ParameterizedTest(name = "{0} covers {1}: {2}")
    @CsvSource(delimiter = '|', value = {
        "*SchedulingService*|*SchedulingService*|true",
        "*|*SchedulingService*|true",
        "SkypeSpaces*|SkypeSpaces/*|true",
        "*Presence.App/*|*Microsoft.Skype.Presence.App/*|true",
        "*Teams*|*Teams/*|true",
        "*SchedulingService|*SchedulingService*|false",
        "MicrosoftNinja/1.*|MicrosoftNinja/*|false",
        "MicrosoftNinja/1.0|MicrosoftNinja/*|false",
        "'*Teams/* '|*Teams/*|false",
        "'* Microsoft.Skype.Presence.App/*'|*Microsoft.Skype.Presence.App/*|false",
        "*teams/*|*Teams/*|false",
    })
    void coversTheGuidesEntriesAsTheIssueSays(String entry, String guide, boolean covers) {
        assertThat(Glob.of(entry).covers(Glob.of(guide))).isEqualTo(covers);
    }

    @ParameterizedTest(name = "{0} overlaps {1}: {2}")
    @CsvSource(delimiter = '|', value = {
        "*SchedulingService|*SchedulingService*|true",
        "MicrosoftNinja/1.*|MicrosoftNinja/*|true",
        "MicrosoftNinja/1.0|MicrosoftNinja/*|true",
        "Outlook/*|MicrosoftNinja/*|false",
        "SchedulingService|*SchedulingService*|true",
        "*Teams/*|SkypeSpaces/*|true",
        "ab|ba|false",
        "a*|*b|true",
        "a*a|a|false",
    })
    void overlapsAsExpected(String a, String b, boolean overlaps) {
        assertThat(Glob.of(a).overlaps(Glob.of(b))).isEqualTo(overlaps);
        assertThat(Glob.of(b).overlaps(Glob.of(a))).as("symmetric").isEqualTo(overlaps);
    }

    /** Every pattern over {a, b, *} up to 3 symbols, against every word over {a, b, c} up to 6 letters. */
    @Test
    void agreesWithBruteForceOnEverySmallPattern() {
        List<String> patterns = strings("ab*", 3);
        List<String> words = strings("abc", 6);
        List<String> wrong = new ArrayList<>();
        for (String p : patterns) {
            Glob gp = Glob.of(p);
            for (String q : patterns) {
                Glob gq = Glob.of(q);
                boolean covers = true;
                boolean overlaps = false;
                for (String w : words) {
                    boolean inP = gp.matches(w);
                    boolean inQ = gq.matches(w);
                    covers &= !inQ || inP;
                    overlaps |= inP && inQ;
                }
                if (gp.covers(gq) != covers) {
                    wrong.add("'" + p + "' covers '" + q + "' should be " + covers);
                }
                if (gp.overlaps(gq) != overlaps) {
                    wrong.add("'" + p + "' overlaps '" + q + "' should be " + overlaps);
                }
            }
        }
        assertThat(patterns).hasSize(40);
        assertThat(wrong).isEmpty();
    }

    @ParameterizedTest(name = "{0} relates to {1}: {2}")
    @CsvSource(delimiter = '|', value = {
        "*SchedulingService|*SchedulingService*|true",
        "MicrosoftNinja/1.*|MicrosoftNinja/*|true",
        "MicrosoftNinja/1.0|MicrosoftNinja/*|true",
        "MicrosoftTeams/*|*Teams/*|true",
        "SchedulingService|*SchedulingService*|true",
        "Outlook/*|*SchedulingService*|false",
        "MicrosoftNinja/*|*Teams/*|false",
        "*Teams/*|SkypeSpaces/*|false",
        "Outlook/*|MicrosoftNinja/*|false",
    })
    void relatesOnlyWhenTheEntryIsAboutTheSameClient(String a, String b, boolean relates) {
        assertThat(Glob.of(a).relatesTo(Glob.of(b))).isEqualTo(relates);
    }

    @Test
    void matchingIsWholeStringAndCaseSensitive() {
        assertThat(Glob.of("*Teams/*").matches("Mozilla Teams/1.5")).isTrue();
        assertThat(Glob.of("*Teams/*").matches("Mozilla teams/1.5")).isFalse();
        assertThat(Glob.of("Teams/*").matches("x Teams/1")).isFalse();
        assertThat(Glob.of("").matches("")).isTrue();
    }

    private static List<String> strings(String alphabet, int maxLength) {
        List<String> all = new ArrayList<>(List.of(""));
        List<String> last = List.of("");
        for (int n = 1; n <= maxLength; n++) {
            List<String> next = new ArrayList<>();
            for (String s : last) {
                for (char c : alphabet.toCharArray()) {
                    next.add(s + c);
                }
            }
            all.addAll(next);
            last = next;
        }
        return all;
    }
}
