package ted.read.exports;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import ted.facts.PartialList;
import ted.facts.Ref;
import ted.read.ps.PsObject;
import ted.read.ps.Truncated;
import ted.read.ps.NotExpanded;
import ted.read.ps.Unreadable;

/**
 * Reads one property of an exported object as the type a fact needs, whatever form the export used (CliXml types,
 * JSON scalars, Format-List text), and writes down what it had to interpret: truncation, enums written as numbers.
 */
final class Values {
    private final PsObject obj;
    private final String source;
    private final Notes notes;
    private final ted.util.Interner strings;

    Values(PsObject obj, String source, Notes notes, ted.util.Interner strings) {
        this.obj = obj;
        this.source = source;
        this.notes = notes;
        this.strings = strings;
    }

    boolean has(String name) {
        return obj.has(name);
    }

    Object raw(String name) {
        return obj.get(name);
    }

    /** Text as an admin reads it: an object's ToString, a number's digits; blank is null. */
    String text(String name) {
        return text(name, obj.get(name));
    }

    private String text(String name, Object v) {
        if (v instanceof NotExpanded n) {
            notExpanded(name, n);
            return null;
        }
        if (v instanceof Unreadable u) {
            note(name + " '" + u.text() + "' is not " + u.type() + "; it is treated as unknown");
            return null;
        }
        if (v instanceof Truncated t) {
            note(name + " was cut short by " + t.how() + "; it is treated as unknown (" + t.remedy() + ")");
            return null;
        }
        String s = plain(v);
        // Free text (a test's Detail, an error) can quote a credential; it must not reach a report or a ticket.
        return s == null || s.isBlank() ? null : strings.of(ted.facts.Secrets.mask(s.strip()));
    }

    static String plain(Object v) {
        if (v == null) {
            return null;
        }
        if (v instanceof PsObject o) {
            if (o.toStringText() != null) {
                return o.toStringText();
            }
            for (String key : List.of("Name", "DisplayName", "DistinguishedName", "Identity")) {
                if (o.get(key) != null && !(o.get(key) instanceof PsObject)) {
                    return String.valueOf(o.get(key));
                }
            }
            return null;
        }
        if (v instanceof Boolean b) {
            return b ? "True" : "False";
        }
        return String.valueOf(v);
    }

    Boolean bool(String name) {
        Object v = obj.get(name);
        if (v instanceof Boolean b) {
            return b;
        }
        if (v instanceof Number n) {
            return n.intValue() != 0;
        }
        String s = text(name, v);
        if (s == null) {
            return null;
        }
        return switch (s.toLowerCase(Locale.ROOT).replace("$", "")) {
            case "true" -> true;
            case "false" -> false;
            default -> {
                note(name + " '" + s + "' is not True or False; it is treated as unknown");
                yield null;
            }
        };
    }

    Integer integer(String name) {
        Object v = obj.get(name);
        if (v instanceof Number n) {
            // intValue() would wrap a value beyond int into another number: such a value is unknown, not another one.
            if (n instanceof Integer || n instanceof Short || n instanceof Byte
                    || (n instanceof Long l && l == l.intValue())) {
                return n.intValue();
            }
            try {
                return new java.math.BigDecimal(n.toString()).intValueExact();
            } catch (ArithmeticException | NumberFormatException e) {
                note(name + " '" + n + "' is not a whole number TED can hold; it is treated as unknown");
                return null;
            }
        }
        String s = text(name, v);
        try {
            return s == null ? null : Integer.valueOf(s);
        } catch (NumberFormatException e) {
            note(name + " '" + s + "' is not a whole number; it is treated as unknown");
            return null;
        }
    }

    /** A build number as exported; one TED cannot read as a build (a part beyond any number) is kept for the checks to show, and noted. */
    String build(String name) {
        String s = text(name);
        if (s != null && ted.facts.ExchangeBuild.parse(s) == null) {
            note(name + " '" + s + "' is not a build number TED can read; the checks that need it say unknown");
        }
        return s;
    }

    /**
     * A date-time as exported, for the fact to read: one TED cannot read, or one in a culture's form that reads both
     * month first and day first ({@code 05/12/2026}), is noted here, and the checks decide what it means.
     */
    String moment(String name) {
        String s = text(name);
        if (s == null) {
            return null;
        }
        if (ted.facts.Moments.parse(s) == null) {
            note(name + " '" + s + "' is not a date TED can read; the checks that need it say unknown");
        } else if (ted.facts.Moments.isAmbiguous(s)) {
            note(name + " holds dates that read both month first (en-US) and day first (en-GB), and the file does not say which "
                    + "culture wrote them; TED assumed month first, and a check the two readings would decide differently says "
                    + "unknown (export dates with .ToString('o') to settle it)");
        }
        return s;
    }

    /** An enum's name; a number (ConvertTo-Json without -EnumsAsStrings) is mapped through {@code names}, and noted. */
    String enumName(String name, Map<Long, String> names) {
        Object v = obj.get(name);
        Long number = null;
        if (v instanceof Number n) {
            number = n.longValue();
        } else if (v instanceof String s && s.strip().matches("\\d{1,18}")) {
            number = Long.valueOf(s.strip());
        }
        if (number == null) {
            return text(name);
        }
        String mapped = names.get(number);
        if (mapped == null) {
            note(name + " is the number " + number + ", which TED cannot map to a name; it is treated as unknown");
            return null;
        }
        note(name + " was written as the number " + number + " and read as " + mapped);
        return mapped;
    }

    /** A list of texts; null when not set; a list cut short becomes a {@link PartialList}. */
    List<String> list(String name) {
        Object v = obj.get(name);
        if (v == null) {
            // Export-Csv writes an empty list joined with ';' and a null list alike, as an empty field; Exchange treats a
            // null list as empty too, so a column that is there but empty is an empty list.
            return obj.listSeparator() != null && obj.has(name) ? new ArrayList<>() : null;
        }
        if (v instanceof Truncated t) {
            note(name + " was cut short by " + t.how() + "; only the visible items count (" + t.remedy() + ")");
            return t.visible() instanceof List<?> items ? new PartialList<>(texts(items, strings)) : new PartialList<>(List.of());
        }
        if (v instanceof Unreadable u) {
            note(name + " '" + u.text() + "' is not " + u.type() + "; it is treated as unknown");
            return null;
        }
        if (v instanceof List<?> items) {
            return texts(items, strings);
        }
        if (v instanceof NotExpanded n) {
            notExpanded(name, n);
            return null;
        }
        if (v instanceof String joined && obj.listSeparator() != null) {
            if (!joined.contains(obj.listSeparator()) && joined.contains(",")) {
                note(name + " holds commas; a list exported to CSV is read split on '" + obj.listSeparator() + "' (join it with -join '"
                        + obj.listSeparator() + "')");
            }
            return texts(List.of(joined.split(java.util.regex.Pattern.quote(obj.listSeparator()))), strings);
        }
        String single = plain(v);
        return single == null || single.isBlank() ? new ArrayList<>() : new ArrayList<>(List.of(strings.of(single)));
    }

    /**
     * Entries exactly as exported: never trimmed, because a stray space in an EwsAllowList entry is itself a fault
     * the rules must see (the guide's own example has one).
     */
    private static List<String> texts(List<?> items, ted.util.Interner strings) {
        List<String> out = new ArrayList<>(items.size());
        for (Object item : items) {
            String s = plain(item);
            if (s != null && !s.isBlank()) {
                out.add(strings.of(s));
            }
        }
        return out;
    }

    /** A reference to a recipient: an ADObjectId's canonical name, else its DN or name, else the text. */
    Ref ref(String name) {
        return Ref.of(strings.of(refText(obj.get(name))));
    }

    List<Ref> refs(String name) {
        List<String> items = list(name);
        if (items == null) {
            return null;
        }
        List<Ref> refs = new ArrayList<>();
        items.forEach(i -> refs.add(Ref.of(i)));  // the items are interned already
        return items instanceof PartialList ? new PartialList<>(refs) : refs;
    }

    private static String refText(Object v) {
        if (v instanceof PsObject o && o.toStringText() == null && o.get("DistinguishedName") != null) {
            return String.valueOf(o.get("DistinguishedName"));
        }
        return plain(v);
    }

    /** A list a plain Export-Csv wrote as its type name: unknown, with how to export it so its values survive. */
    private void notExpanded(String name, NotExpanded n) {
        note(name + " was exported as its type name (" + n.typeName() + "), not its values; it is treated as unknown ("
                + n.remedy(name) + ")");
    }

    void note(String text) {
        notes.add(source + ": " + text);
    }
}
