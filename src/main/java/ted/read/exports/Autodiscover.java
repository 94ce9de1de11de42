package ted.read.exports;

import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import ted.facts.AutodiscoverResponse;
import ted.facts.Ref;

/**
 * An Autodiscover V2 answer does not say which address it answers for. TED's collect script records it beside the
 * answer; a bare answer saved as {@code Autodiscover-jane.doe@contoso.com.json} gets it from the file name.
 */
final class Autodiscover {
    private static final Pattern ADDRESS = Pattern.compile("([A-Za-z0-9._%+'-]+@[A-Za-z0-9.-]+\\.[A-Za-z]{2,})");

    private Autodiscover() {
    }

    static AutodiscoverResponse withAddressFromFileName(AutodiscoverResponse answer, String file, Notes notes) {
        String name = Path.of(file).getFileName().toString().replaceFirst("\\.[A-Za-z]+$", "").replaceFirst("(?i)^autodiscover[-_ ]*", "");
        Matcher m = ADDRESS.matcher(name);
        if (m.find()) {
            return answer.forAddress(Ref.of(m.group(1)));
        }
        notes.add(file + ": an Autodiscover answer without the address it answers for is of no use; add EmailAddress, "
                + "or name the file Autodiscover-<address>.json");
        return null;
    }
}
