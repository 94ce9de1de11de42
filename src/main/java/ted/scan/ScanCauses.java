package ted.scan;

import ted.engine.Finding;

/** A finding's cause as a scan groups it: with the subject's names as {@code <user>} and {@code <delegate>}. */
public final class ScanCauses {
    private ScanCauses() {
    }

    public static String of(Finding f, Subject s) {
        return Templates.cause(f.cause(), s);
    }
}
