package ted.read.exports;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Tells a file without a byte-order mark written in UTF-8 from one written in the Windows ANSI code page, which
 * Windows PowerShell 5.1's {@code Set-Content} and {@code Out-File -Encoding Default} write ({@code Zoë Müller} as the
 * bytes {@code 5A 6F EB ...}). Read as UTF-8, every such letter would become a replacement character, and enough of
 * them made the file look binary. Text that is valid UTF-8 is UTF-8 (ASCII is both); text that holds a NUL is no
 * ANSI text (UTF-16 without a BOM, or binary) and is left to UTF-8, which refuses it.
 */
final class Ansi {
    /** Western European Windows, the common ANSI code page; another (1250, 1251) reads wrong, which the note warns of. */
    static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private Ansi() {
    }

    /** True when the file is not valid UTF-8 and holds no NUL byte. Reads the file once, without keeping it. */
    static boolean isWindows1252(Path path) throws IOException {
        try (InputStream in = Files.newInputStream(path)) {
            byte[] buf = new byte[1 << 16];
            int pending = 0;   // continuation bytes the current UTF-8 sequence still needs
            boolean valid = true;
            int n;
            while ((n = in.read(buf)) > 0) {
                for (int i = 0; i < n; i++) {
                    int b = buf[i] & 0xFF;
                    if (b == 0) {
                        return false;
                    }
                    if (!valid) {
                        continue;   // still looking for a NUL
                    }
                    if (pending > 0) {
                        if ((b & 0xC0) != 0x80) {
                            valid = false;
                        }
                        pending--;
                    } else if (b >= 0x80) {
                        pending = b >= 0xC2 && b <= 0xDF ? 1 : b >= 0xE0 && b <= 0xEF ? 2 : b >= 0xF0 && b <= 0xF4 ? 3 : -1;
                        if (pending < 0) {
                            valid = false;
                            pending = 0;
                        }
                    }
                }
            }
            return !valid || pending > 0;
        }
    }

    static String note(String file) {
        return file + ": not UTF-8, so read as Windows-1252 (the ANSI code page that Set-Content and Out-File -Encoding "
                + "Default write in Windows PowerShell 5.1); if names look wrong, export again with -Encoding UTF8";
    }
}
