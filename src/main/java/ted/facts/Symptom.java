package ted.facts;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/** The three symptoms the troubleshooting guide documents, named as the CLI and rule metadata spell them. */
public enum Symptom {
    DELEGATION("delegation", "D"),
    CALENDAR_APP("calendar-app", "C"),
    PRESENCE("presence", "P");

    private final String id;
    private final String letter;

    Symptom(String id, String letter) {
        this.id = id;
        this.letter = letter;
    }

    public String id() {
        return id;
    }

    public String letter() {
        return letter;
    }

    /** Parses one symptom name, or {@code all}; throws with the accepted names when it is neither. */
    public static Set<Symptom> parse(String text) {
        String wanted = text == null ? "" : text.trim().toLowerCase(Locale.ROOT);
        if (wanted.equals("all")) {
            return EnumSet.allOf(Symptom.class);
        }
        for (Symptom s : values()) {
            if (s.id.equals(wanted)) {
                return EnumSet.of(s);
            }
        }
        throw new IllegalArgumentException("unknown symptom '" + text + "'; expected one of " + names());
    }

    /** Parses a comma-separated list as written in rule metadata, e.g. {@code delegation,presence}. */
    public static Set<Symptom> parseList(String text) {
        Set<Symptom> all = EnumSet.noneOf(Symptom.class);
        for (String part : text.split(",")) {
            if (!part.isBlank()) {
                all.addAll(parse(part));
            }
        }
        return all;
    }

    public static String names() {
        return Arrays.stream(values()).map(Symptom::id).collect(Collectors.joining(", ")) + ", all";
    }

    @Override
    public String toString() {
        return id;
    }
}
