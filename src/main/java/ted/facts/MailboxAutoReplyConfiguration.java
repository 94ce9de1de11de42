package ted.facts;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import ted.facts.Moments.Order;

/**
 * Automatic replies, from {@code Get-MailboxAutoReplyConfiguration <user> | Format-List Identity,AutoReplyState,StartTime,EndTime}.
 * {@code AutoReplyState} is {@code Disabled}, {@code Enabled} or {@code Scheduled}. StartTime and EndTime keep the text
 * the export wrote: Export-Csv and Format-List print them in the server's culture, so {@code 10/11/2026} may be
 * 11 October or 10 November, and the verdict is taken only when both readings agree.
 */
public record MailboxAutoReplyConfiguration(Ref Identity, String AutoReplyState, String StartTime, String EndTime) {

    public String key() {
        return Identity == null ? "" : Identity.getKey();
    }

    /**
     * Where a Scheduled window stands at {@code asOf} (when the facts were collected, a date or a date-time):
     * {@code running}, {@code ended}, {@code future}; {@code undetermined} when, for a date-only {@code asOf}, the window
     * starts or ends on that very day; {@code unreadable} when a time cannot be read; {@code ambiguous} when the dates
     * read month first and day first put the window in different places.
     */
    public String scheduleAt(String asOf) {
        Map<Order, String> verdicts = verdicts(asOf);
        if (verdicts.isEmpty() || verdicts.containsValue(null)) {
            return "unreadable";
        }
        return verdicts.values().stream().distinct().count() == 1 ? verdicts.values().iterator().next() : "ambiguous";
    }

    /** The times of this window TED cannot read (nor {@code asOf}), quoted for a message; empty when all are read. */
    public String unreadableTimes(String asOf) {
        List<String> bad = new ArrayList<>();
        if (Moments.parse(StartTime) == null) {
            bad.add("StartTime '" + StartTime + "'");
        }
        if (Moments.parse(EndTime) == null) {
            bad.add("EndTime '" + EndTime + "'");
        }
        if (Moments.parse(asOf) == null) {
            bad.add("asOf '" + asOf + "'");
        }
        if (bad.isEmpty() && readings().isEmpty()) {
            bad.add("StartTime '" + StartTime + "' and EndTime '" + EndTime + "', which no single culture writes both");
        }
        return String.join(", ", bad);
    }

    /** Both readings of the window and where each puts it at {@code asOf}, for a check that cannot choose. */
    public String readingsAt(String asOf) {
        List<String> out = new ArrayList<>();
        verdicts(asOf).forEach((order, verdict) -> out.add("read " + order.label() + ", " + day(StartTime, order) + " to "
                + day(EndTime, order) + ", the window " + describe(verdict)));
        return String.join("; ", out);
    }

    /**
     * What TED assumed about a culture-dependent date, for a note; null when no date of the window reads two ways.
     */
    public String readingNote() {
        if (!Moments.isAmbiguous(StartTime) && !Moments.isAmbiguous(EndTime)) {
            return null;
        }
        List<Order> readings = readings();
        if (readings.size() == 1) {
            return "StartTime '" + StartTime + "' and EndTime '" + EndTime + "' were read " + readings.get(0).label()
                    + ", the only way both dates of the window read";
        }
        return "StartTime '" + StartTime + "' and EndTime '" + EndTime + "' read both month first (en-US) and day first "
                + "(en-GB), and the export does not say which culture wrote them; TED assumed month first, and both readings "
                + "give this verdict";
    }

    /** The orders in which both dates read: one culture wrote both, so a date that settles the order settles it for both. */
    private List<Order> readings() {
        List<Order> out = new ArrayList<>();
        for (Order o : Order.values()) {
            if (!Moments.contradicts(StartTime, o) && !Moments.contradicts(EndTime, o)) {
                out.add(o);
            }
        }
        return out;
    }

    private Map<Order, String> verdicts(String asOf) {
        Map<Order, String> out = new LinkedHashMap<>();
        for (Order o : readings()) {
            out.put(o, placeAt(Moments.parse(StartTime, o), Moments.parse(EndTime, o), asOf));
        }
        return out;
    }

    private static String placeAt(LocalDateTime start, LocalDateTime end, String asOf) {
        LocalDateTime at = Moments.parse(asOf);
        if (start == null || end == null || at == null) {
            return null;
        }
        if (Moments.isDateOnly(asOf)) {
            LocalDate day = at.toLocalDate();
            if (end.toLocalDate().isBefore(day)) {
                return "ended";
            }
            if (start.toLocalDate().isAfter(day)) {
                return "future";
            }
            return start.toLocalDate().isBefore(day) && end.toLocalDate().isAfter(day) ? "running" : "undetermined";
        }
        if (!at.isBefore(end)) {
            return "ended";
        }
        return at.isBefore(start) ? "future" : "running";
    }

    private static String day(String text, Order order) {
        LocalDateTime t = Moments.parse(text, order);
        return t == null ? "'" + text + "'" : t.toLocalDate().toString();
    }

    private static String describe(String verdict) {
        return switch (verdict == null ? "" : verdict) {
            case "running" -> "running";
            case "ended" -> "over";
            case "future" -> "not yet begun";
            case "undetermined" -> "starting or ending that day";
            default -> "unreadable";
        };
    }
}
