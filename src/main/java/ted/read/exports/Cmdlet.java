package ted.read.exports;

import java.util.List;
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
 * @param refusal    why an object that looks like this cmdlet's output is not (a type shared with other exports, such
 *                   as any file's FileVersionInfo); null when it is
 */
record Cmdlet(String name, String section, List<String> typeNames, List<String> signature, Function<Values, Object> mapper,
              Function<PsObject, String> refusal) {

    Cmdlet(String name, String section, List<String> typeNames, List<String> signature, Function<Values, Object> mapper) {
        this(name, section, typeNames, signature, mapper, obj -> null);
    }

    /** Why {@code obj} is not this cmdlet's output although its type or properties say so; null when it is. */
    String refuses(PsObject obj) {
        return refusal.apply(obj);
    }

    /** How export files of this cmdlet are named: see {@link Cmdlets#byFileName(String)}. */
    java.util.regex.Pattern fileNamePattern() {
        String name = java.util.Arrays.stream(name().split("-")).map(java.util.regex.Pattern::quote)
                .collect(java.util.stream.Collectors.joining("-?"));
        return java.util.regex.Pattern.compile("(?i)" + name + "(?:\\d+|[-_ .#(\\[].*)?");
    }

    boolean matchesType(PsObject obj) {
        return typeNames.stream().anyMatch(obj::hasType);
    }

    /**
     * True when the object's CliXml type names say it is something else: it has a specific type (not a bare
     * PSCustomObject or Hashtable) and this cmdlet's types, where it has any, do not include it.
     */
    boolean contradictedByType(PsObject obj) {
        return !typeNames.isEmpty() && hasSpecificType(obj) && !matchesType(obj);
    }

    /** True when CliXml says what the object is beyond a bare PSCustomObject, Hashtable or Object. */
    static boolean hasSpecificType(PsObject obj) {
        return obj.typeNames().stream().anyMatch(t -> !GENERIC_TYPES.contains(PsObject.baseType(t)));
    }

    private static final java.util.Set<String> GENERIC_TYPES = java.util.Set.of("System.Object",
            "System.Management.Automation.PSCustomObject", "System.Collections.Hashtable", "System.Management.Automation.PSObject");

    boolean matchesProperties(PsObject obj) {
        return !signature.isEmpty() && signature.stream().allMatch(obj::has);
    }
}
