package ted.engine;

import java.util.Locale;

/** The parts of the troubleshooting guide, in the order a diagnosis is read. */
public enum Section {
    PREREQUISITES("prerequisites", "Prerequisites"),
    COMMON("common", "Common steps (all symptoms)"),
    DELEGATION("delegation", "Delegated scheduling"),
    CALENDAR_APP("calendar-app", "Teams Calendar app"),
    PRESENCE("presence", "Calendar-based presence"),
    ESCALATION("escalation", "Escalation");

    private final String id;
    private final String heading;

    Section(String id, String heading) {
        this.id = id;
        this.heading = heading;
    }

    public String id() {
        return id;
    }

    public String heading() {
        return heading;
    }

    public static Section parse(String text) {
        String wanted = text == null ? "" : text.trim().toLowerCase(Locale.ROOT);
        for (Section s : values()) {
            if (s.id.equals(wanted)) {
                return s;
            }
        }
        throw new IllegalArgumentException("unknown section '" + text + "'");
    }

    @Override
    public String toString() {
        return id;
    }
}
