package ted.read;

/**
 * A file in an input folder that holds nothing TED reads (a HealthChecker capture of a cmdlet no check needs, a
 * configuration file): not an error, but named once in a summary so the admin knows it was looked at.
 */
public record SkippedFile(String file, String why) {
}
