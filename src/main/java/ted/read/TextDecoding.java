package ted.read;

import java.nio.charset.StandardCharsets;

/**
 * Turns file bytes into text the way Windows PowerShell writes them: UTF-16LE with a BOM from 5.1's
 * {@code >}/{@code Out-File}, UTF-8 with or without a BOM elsewhere.
 */
public final class TextDecoding {
    private TextDecoding() {
    }

    public static String decode(byte[] b) {
        if (b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) {
            return new String(b, 3, b.length - 3, StandardCharsets.UTF_8);
        }
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE) {
            return new String(b, 2, b.length - 2, StandardCharsets.UTF_16LE);
        }
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) {
            return new String(b, 2, b.length - 2, StandardCharsets.UTF_16BE);
        }
        return new String(b, StandardCharsets.UTF_8);
    }
}
