package ted.read.ps;

/**
 * A scalar the export wrote but that is not what its type says ({@code <B>maybe</B>}, an {@code <I32>} holding
 * letters). It spoils only its own property: the mappings read it as unknown and say why.
 *
 * @param text the text as written
 * @param type what it should have been, in the admin's words ("True or False", "a whole number")
 */
public record Unreadable(String text, String type) {
}
