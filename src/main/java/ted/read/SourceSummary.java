package ted.read;

/** What one input file was read as and how many objects it held, so the admin sees what TED understood. */
public record SourceSummary(String file, String readAs, int objects) {
}
