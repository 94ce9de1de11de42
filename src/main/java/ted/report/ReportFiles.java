package ted.report;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/** Writes one report to each file asked for, in UTF-8, and says on stderr what was written or why it could not be. */
public final class ReportFiles {
    private ReportFiles() {
    }

    /**
     * The format of each file asked for, by its extension, in the order given.
     *
     * @throws IllegalArgumentException naming the file, when its extension names no format or one {@code allowed} lacks
     */
    public static Map<Path, ReportFormat> formats(java.util.List<Path> files, java.util.Set<ReportFormat> allowed) {
        Map<Path, ReportFormat> formats = new java.util.LinkedHashMap<>();
        for (Path file : files) {
            ReportFormat f = ReportFormat.forFile(file);
            if (!allowed.contains(f)) {
                throw new IllegalArgumentException("'" + file + "': there is no " + f.id() + " report of this; use "
                        + String.join(", ", allowed.stream().map(ReportFormat::id).toList()));
            }
            formats.put(file, f);
        }
        return formats;
    }

    /** False when a file could not be written (the others are still written). */
    public static boolean write(Report report, Map<Path, ReportFormat> files, PrintWriter err) {
        boolean all = true;
        for (Map.Entry<Path, ReportFormat> file : files.entrySet()) {
            try (Writer w = Files.newBufferedWriter(file.getKey(), StandardCharsets.UTF_8); PrintWriter out = new PrintWriter(w)) {
                file.getValue().renderer(false).render(report, out);
                out.flush();
                if (out.checkError()) {
                    throw new IOException("the write did not complete");
                }
                err.println("ted: wrote " + file.getKey() + " (" + file.getValue().id() + ")");
            } catch (IOException | RuntimeException e) {
                err.println("ted: " + file.getKey() + ": cannot write: " + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()));
                all = false;
            }
        }
        err.flush();
        return all;
    }
}
