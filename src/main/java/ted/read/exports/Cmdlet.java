package ted.read.exports;

import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import ted.read.ps.PsObject;

/**
 * One kind of export TED reads: the cmdlet (or test) that produces it, the facts-file section it fills, how to
 * recognize its objects when the file name does not say, and how one object becomes a fact.
 *
 * @param name       as admins type it, e.g. {@code Get-CASMailbox}; also how export files are named
 * @param section    the facts-file section it fills
 * @param typeNames  CliXml type names that identify it (any one)
 * @param signature  properties that all appear in its objects and together set it apart from the others
 * @param mapper     one exported object to one fact (null when the object is not one, e.g. a non-Global policy)
 */
record Cmdlet(String name, String section, List<String> typeNames, List<String> signature, Function<Values, Object> mapper) {

    /** The file-name form: {@code Get-CASMailbox} matches {@code get-casmailbox*.xml} and HealthChecker's {@code GetCASMailbox.xml}. */
    String fileKey() {
        return squeeze(name);
    }

    static String squeeze(String s) {
        return s.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
    }

    boolean matchesType(PsObject obj) {
        return typeNames.stream().anyMatch(obj::hasType);
    }

    boolean matchesProperties(PsObject obj) {
        return !signature.isEmpty() && signature.stream().allMatch(obj::has);
    }
}
