package ted.engine;

/** One DRL file: the path it is reported under (relative to its rule folder) and its text. */
public record RuleFile(String path, String text) {
}
