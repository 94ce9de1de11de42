package ted.read;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Enumeration;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * A zip of exports (what the collect script writes) read as the folder it was made from: each entry is copied, as a
 * stream and within limits, into a private temporary folder that the readers then read like any folder. An entry
 * whose name would land outside that folder is refused; so is a zip that unpacks to far more than it holds (a zip
 * bomb) or to more than any collection needs.
 */
final class ZipInput {
    static final int MAX_ENTRIES = 10_000;
    static final long MAX_TOTAL_BYTES = 4L * 1024 * 1024 * 1024;
    /** How many times larger than its compressed size an entry may unpack; exports compress 10 to 30 times. */
    static final long MAX_RATIO = 200;

    private ZipInput() {
    }

    static boolean isZip(Path p) {
        return p.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".zip");
    }

    /** The folder the zip unpacked to, or null when it could not be read at all (a problem names it). */
    static Path unpack(Path zip, ReadLog log) {
        Path into;
        try {
            into = Files.createTempDirectory("ted-zip-");
        } catch (IOException e) {
            log.problem(zip.toString(), 0, "cannot unpack: no room for a temporary folder (" + InputFiles.reason(e) + ")");
            return null;
        }
        long total = 0;
        int entries = 0;
        try (ZipFile file = new ZipFile(zip.toFile())) {
            Enumeration<? extends ZipEntry> all = file.entries();
            while (all.hasMoreElements()) {
                ZipEntry entry = all.nextElement();
                if (entry.isDirectory()) {
                    continue;
                }
                if (++entries > MAX_ENTRIES) {
                    log.problem(zip.toString(), 0, "holds more than " + MAX_ENTRIES + " files; only the first were read");
                    break;
                }
                Path target = into.resolve(entry.getName()).normalize();
                if (!target.startsWith(into) || entry.getName().contains("..") || entry.getName().startsWith("/")
                        || entry.getName().contains(":")) {
                    log.problem(zip + "!/" + entry.getName(), 0, "refused: the entry's name points outside the zip's folder");
                    continue;
                }
                long cap = Math.max(1024 * 1024, Math.max(entry.getCompressedSize(), 0) * MAX_RATIO);
                Files.createDirectories(target.getParent());
                long copied;
                try (InputStream in = file.getInputStream(entry); OutputStream out = Files.newOutputStream(target)) {
                    copied = copy(in, out, Math.min(cap, MAX_TOTAL_BYTES - total));
                }
                if (copied < 0) {
                    Files.deleteIfExists(target);
                    log.problem(zip + "!/" + entry.getName(), 0, "refused: it unpacks to far more than it holds (more than "
                            + MAX_RATIO + " times its compressed size, or past " + (MAX_TOTAL_BYTES >> 30) + " GB in all)");
                    continue;
                }
                total += copied;
            }
        } catch (ZipException e) {
            log.problem(zip.toString(), 0, "not a readable zip: " + InputFiles.reason(e));
            delete(into);
            return null;
        } catch (IOException e) {
            log.problem(zip.toString(), 0, "cannot unpack: " + InputFiles.reason(e));
            delete(into);
            return null;
        }
        return into;
    }

    /** Copies at most {@code limit} bytes; -1 when there was more. */
    private static long copy(InputStream in, OutputStream out, long limit) throws IOException {
        byte[] buffer = new byte[64 * 1024];
        long n = 0;
        int r;
        while ((r = in.read(buffer)) > 0) {
            n += r;
            if (n > limit) {
                return -1;
            }
            out.write(buffer, 0, r);
        }
        return n;
    }

    static void delete(Path folder) {
        if (folder == null) {
            return;
        }
        try (Stream<Path> all = Files.walk(folder)) {
            all.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException e) {
                    // a temporary folder the system cleans up anyway
                }
            });
        } catch (IOException e) {
            // as above
        }
    }
}
