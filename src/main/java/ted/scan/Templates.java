package ted.scan;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import ted.facts.Recipient;
import ted.facts.Ref;

/**
 * Takes one subject's names out of a finding's text, so that findings of many subjects with one cause read the same
 * ("The allow list of &lt;user&gt; lacks *Teams/*") and one command fixes them all: its identities become the pipeline
 * variables {@code $_.user} and {@code $_.delegate} of a {@code ForEach-Object} over the scan's CSV.
 */
public final class Templates {
    private static final Pattern SINGLE_QUOTED = Pattern.compile("'((?:[^']|'')*)'");

    private Templates() {
    }

    /** The cause with the subject's names as {@code <user>} and {@code <delegate>}. */
    public static String cause(String text, Subject s) {
        if (text == null) {
            return null;
        }
        // One lower-casing per text rules most names out at once: most causes name nobody, or one name of the user.
        String lower = text.toLowerCase(java.util.Locale.ROOT);
        boolean comparable = lower.length() == text.length();
        String out = text;
        for (String name : names(s.user())) {
            if (!comparable || lower.contains(name.toLowerCase(java.util.Locale.ROOT))) {
                out = replaceWhole(out, name, "<user>");
            }
        }
        for (String name : names(s.delegate())) {
            if (!comparable || lower.contains(name.toLowerCase(java.util.Locale.ROOT))) {
                out = replaceWhole(out, name, "<delegate>");
            }
        }
        return out;
    }

    /**
     * A fix command with the subject's names as pipeline variables. A single-quoted argument that is exactly a name
     * becomes the variable; one that holds a name among other text ({@code 'jane@contoso.com:\Calendar'}) becomes a
     * double-quoted string with {@code $($_.user)} in it, since PowerShell expands nothing inside single quotes.
     */
    static String command(String command, Subject s) {
        Matcher m = SINGLE_QUOTED.matcher(command);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String inner = m.group(1).replace("''", "'");
            String replaced = inner;
            for (String name : names(s.user())) {
                replaced = replace(replaced, name, "\u0000U");
            }
            for (String name : names(s.delegate())) {
                replaced = replace(replaced, name, "\u0000D");
            }
            String literal;
            if (replaced.equals(inner)) {
                literal = m.group();
            } else if (replaced.equals("\u0000U")) {
                literal = "$_.user";
            } else if (replaced.equals("\u0000D")) {
                literal = "$_.delegate";
            } else {
                literal = "\"" + replaced.replace("`", "``").replace("\"", "`\"").replace("$", "`$")
                        .replace("\u0000U", "$($_.user)").replace("\u0000D", "$($_.delegate)") + "\"";
            }
            m.appendReplacement(out, Matcher.quoteReplacement(literal));
        }
        m.appendTail(out);
        String result = out.toString();
        for (String name : names(s.user())) {
            result = replace(result, name, "$($_.user)");
        }
        for (String name : names(s.delegate())) {
            result = replace(result, name, "$($_.delegate)");
        }
        return result;
    }

    /** Every name a person is known by, longest first, so a UPN is replaced before the alias inside it. */
    static List<String> names(Ref ref) {
        if (ref == null) {
            return List.of();
        }
        List<String> names = new ArrayList<>();
        names.add(ref.getRaw());
        Recipient r = ref.getRecipient();
        if (r != null) {
            Stream.of(r.UserPrincipalName(), r.PrimarySmtpAddress(), r.DisplayName(), r.CanonicalName(), r.DistinguishedName(),
                    r.Alias()).filter(Objects::nonNull).forEach(names::add);
        }
        return names.stream().filter(n -> n.length() >= 3).distinct().sorted(Comparator.comparingInt(String::length).reversed()).toList();
    }

    /**
     * Every whole occurrence of {@code name} in {@code text}, in any letter case, replaced: not inside a longer word or
     * address. A plain scan rather than a regular expression, since it runs for every finding of every subject.
     */
    static String replace(String text, String name, String with) {
        // Most texts hold no name at all: a lower-case search (the JDK's fast indexOf) rules that out first.
        String lower = text.toLowerCase(java.util.Locale.ROOT);
        if (lower.length() == text.length() && !lower.contains(name.toLowerCase(java.util.Locale.ROOT))) {
            return text;
        }
        return replaceWhole(text, name, with);
    }

    private static String replaceWhole(String text, String name, String with) {
        int at = indexOf(text, name, 0);
        if (at < 0) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        int last = 0;
        while (at >= 0) {
            int end = at + name.length();
            boolean whole = (at == 0 || !joins(text.charAt(at - 1), true)) && (end == text.length() || !joins(text.charAt(end), false));
            if (whole) {
                out.append(text, last, at).append(with);
                last = end;
            }
            at = indexOf(text, name, whole ? end : at + 1);
        }
        return out.append(text, last, text.length()).toString();
    }

    private static int indexOf(String text, String name, int from) {
        char first = Character.toLowerCase(name.charAt(0));
        for (int i = from; i + name.length() <= text.length(); i++) {
            if (Character.toLowerCase(text.charAt(i)) == first && text.regionMatches(true, i, name, 0, name.length())) {
                return i;
            }
        }
        return -1;
    }

    /** True when {@code c} would make the name part of a longer word, address or host. */
    private static boolean joins(char c, boolean before) {
        return Character.isLetterOrDigit(c) || c == '@' || c == '-' || before && c == '.';
    }
}
