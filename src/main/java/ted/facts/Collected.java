package ted.facts;

/**
 * Says that a section of the facts file was present, even if it held nothing. Rules need it to tell "the
 * admin collected partner applications and there are none" (a failure) from "nobody collected them" (unknown).
 */
public record Collected(String section) {
}
