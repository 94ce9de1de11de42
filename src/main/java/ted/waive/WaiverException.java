package ted.waive;

/** A waiver file that cannot be used, with a one-line message naming the file (and line, where known). */
public final class WaiverException extends RuntimeException {
    public WaiverException(String message) {
        super(message);
    }
}
