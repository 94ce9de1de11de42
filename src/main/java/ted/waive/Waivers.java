package ted.waive;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Predicate;
import java.util.stream.Stream;
import ted.engine.Diagnosis;
import ted.engine.Finding;
import ted.facts.Identities;
import ted.facts.Recipient;
import ted.facts.Ref;

/**
 * Applies waivers to a diagnosis. A waived finding keeps its status (the report still says what is wrong); it only
 * stops counting towards the exit code. A waiver whose expiry date has passed no longer applies, and the run says so,
 * so an exception cannot outlive its reason unnoticed; likewise a waiver that names no one in the inputs. Dates are
 * judged on the case's day, like every other date.
 */
public final class Waivers {
    /** The waivers that apply, by finding, and what the reader should know about the others (expired ones). */
    public record Applied(Map<Finding, Waiver> waived, List<String> notes) {
    }

    private Waivers() {
    }

    public static Applied apply(Diagnosis diagnosis, List<Waiver> waivers) {
        return apply(diagnosis, waivers, null);
    }

    /**
     * As {@link #apply(Diagnosis, List)}; {@code knownPerson} tells whether a name is anyone's in the inputs (null when
     * the inputs hold no people), so that a waiver naming nobody (a typo, a departed user) is reported rather than
     * silently waiving nothing. A waiver naming someone else who exists is for another case and says nothing.
     */
    public static Applied apply(Diagnosis diagnosis, List<Waiver> waivers, Predicate<String> knownPerson) {
        Map<Finding, Waiver> waived = new IdentityHashMap<>();
        List<String> notes = new ArrayList<>();
        LocalDate today = today(diagnosis.subject().today());
        for (Waiver w : waivers) {
            String nobody = knownPerson == null ? null : w.user() != null && !knownPerson.test(w.user()) ? "user '" + w.user() + "'"
                    : w.delegate() != null && !knownPerson.test(w.delegate()) ? "delegate '" + w.delegate() + "'" : null;
            if (nobody != null) {
                notes.add(unmatched(w, "its " + nobody + " matches no one in the inputs"));
                continue;
            }
            Finding f = diagnosis.finding(w.code());
            if (f == null || !covers(w.user(), diagnosis.subject().user()) || !covers(w.delegate(), diagnosis.subject().delegate())) {
                continue;
            }
            if (w.expires().isBefore(today)) {
                notes.add("the waiver for " + w.code() + " expired on " + w.expires() + " (" + w.where()
                        + "); it no longer applies: renew it or fix the cause");
                continue;
            }
            waived.putIfAbsent(f, w);
        }
        return new Applied(waived, notes);
    }

    /** The note for a waiver that waived nothing: which one, where it is written, and why. */
    public static String unmatched(Waiver w, String why) {
        return "the waiver for " + w.code() + " (" + w.where() + ") waives nothing: " + why + "; correct it or remove it";
    }

    /** True when the waiver names nobody, or names this person by any of their names. */
    static boolean covers(String named, Ref person) {
        if (named == null) {
            return true;
        }
        if (person == null) {
            return false;
        }
        String wanted = Identities.normalize(named);
        Stream<String> names = Stream.of(person.getRaw());
        Recipient r = person.getRecipient();
        if (r != null) {
            names = Stream.concat(names, Stream.concat(r.uniqueNames().stream(), Stream.of(r.DisplayName())));
        }
        return names.filter(Objects::nonNull).map(Identities::normalize).anyMatch(wanted::equals);
    }

    private static LocalDate today(String day) {
        try {
            // case.asOf may carry a time of day ("2026-11-29T10:15:00Z"); the date is what counts.
            return day == null ? LocalDate.now() : LocalDate.parse(day.length() > 10 ? day.substring(0, 10) : day);
        } catch (RuntimeException e) {
            return LocalDate.now();
        }
    }
}
