package ted.read;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Input discovery, apart from parsing: turns the paths an admin typed into the regular files to read. A folder and a
 * zip are read by the same rules: the export and facts files in them and in their subfolders, to {@link #MAX_DEPTH}
 * levels and at most {@link ZipInput#MAX_ENTRIES} files, so a capture reads the same whether it arrives as a folder,
 * the folder above it, or a zip of either. Anything that is not a regular, readable file (a FIFO, a device, a missing
 * path) is named and skipped without being opened, so nothing blocks.
 */
public final class InputFiles {
    private InputFiles() {
    }

    /**
     * How many folder levels below a folder or zip are searched: a HealthChecker capture zipped with the folder above
     * it holds {@code capture/Exchange/IIS/GetWebSite.xml}, four levels down; deeper trees are not exports.
     */
    public static final int MAX_DEPTH = 5;

    /**
     * What was found: the files to read, the temporary folders zips were unpacked to (delete them when done), for
     * each such folder the name to show instead ({@code collect.zip!/}), and for each folder or zip that had files in
     * subfolders, those subfolders (relative, with '/').
     */
    public record Discovered(List<Path> files, List<Path> temporary, java.util.Map<String, String> shownAs,
                             java.util.Map<Path, List<String>> subfolders) {
    }

    /** The files to read, in order; what cannot be read goes to {@code log} as one problem each. */
    public static Discovered discover(List<Path> paths, ReadLog log) {
        List<Path> files = new ArrayList<>();
        List<Path> temporary = new ArrayList<>();
        java.util.Map<String, String> shownAs = new java.util.LinkedHashMap<>();
        java.util.Map<Path, List<String>> subfolders = new java.util.LinkedHashMap<>();
        for (Path p : paths) {
            if (p.toString().equals("-")) {
                Path copy = fromStandardInput(log);
                if (copy != null) {
                    temporary.add(copy.getParent());
                    shownAs.put(copy.toString(), "(standard input)");
                    files.add(copy);
                }
                continue;
            }
            if (Files.isDirectory(p)) {
                files.addAll(inFolder(p, p.toString(), log, subfolders, true));
            } else if (!usable(p, log, true)) {
                continue;
            } else if (ZipInput.isZip(p)) {
                Path unpacked = ZipInput.unpack(p, log);
                if (unpacked != null) {
                    temporary.add(unpacked);
                    shownAs.put(unpacked + java.io.File.separator, p + "!/");
                    files.addAll(inFolder(unpacked, p.toString(), log, subfolders, false));
                }
            } else {
                files.add(p);
            }
        }
        return new Discovered(files, temporary, shownAs, subfolders);
    }

    /**
     * {@code -}: what was piped in ({@code Get-CASMailbox jane | Format-List | ted diagnose - ...}), saved to a private
     * temporary file named for its form, since the readers tell the forms apart by name as well as content. A facts
     * file (YAML keys have no space before the colon) is told from Format-List text ("Name : value").
     */
    static Path fromStandardInput(ReadLog log) {
        try {
            byte[] bytes = System.in.readAllBytes();
            String head = TextDecoding.decode(java.util.Arrays.copyOf(bytes, Math.min(bytes.length, 4096))).stripLeading();
            String ext = head.startsWith("<") ? ".xml" : head.startsWith("{") || head.startsWith("[") ? ".json"
                    : ted.read.ps.CsvExportReader.looksLikeCsv(head.lines().findFirst().orElse("")) ? ".csv"
                    : head.lines().filter(l -> !l.isBlank() && !l.startsWith("#")).findFirst().orElse("").matches("^[A-Za-z]\\w*:(\\s.*)?$")
                    ? ".yaml" : ".txt";
            Path dir = Files.createTempDirectory("ted-stdin-");
            return Files.write(dir.resolve("stdin" + ext), bytes);
        } catch (IOException e) {
            log.unreadable("(standard input)", "cannot read: " + reason(e));
            return null;
        }
    }

    /**
     * The input files in {@code folder} and its subfolders, in name order; hidden folders (.git) and the resource forks
     * macOS zips carry (__MACOSX) are not entered. {@code shown} names the folder in messages (the zip, for an unpacked
     * one); a folder the admin {@code named} that cannot be listed is an input error of the run.
     */
    private static List<Path> inFolder(Path folder, String shown, ReadLog log, java.util.Map<Path, List<String>> subfolders,
                                         boolean named) {
        List<Path> inside = new ArrayList<>();
        java.util.Set<String> from = new java.util.TreeSet<>();
        try {
            List<Path> all = new ArrayList<>();
            Files.walkFileTree(folder, java.util.EnumSet.noneOf(java.nio.file.FileVisitOption.class), MAX_DEPTH,
                    new java.nio.file.SimpleFileVisitor<>() {
                        @Override
                        public java.nio.file.FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                            String name = dir.getFileName() == null ? "" : dir.getFileName().toString();
                            return !dir.equals(folder) && (name.startsWith(".") || name.equals("__MACOSX"))
                                    ? java.nio.file.FileVisitResult.SKIP_SUBTREE : java.nio.file.FileVisitResult.CONTINUE;
                        }

                        @Override
                        public java.nio.file.FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                            all.add(file);
                            return java.nio.file.FileVisitResult.CONTINUE;
                        }

                        @Override
                        public java.nio.file.FileVisitResult visitFileFailed(Path file, IOException e) {
                            log.problem(file.toString(), 0, "cannot read: " + reason(e));
                            return java.nio.file.FileVisitResult.CONTINUE;
                        }
                    });
            all.sort(null);
            for (Path p : all) {
                if (!looksLikeInput(p) || !usable(p, log, false)) {
                    continue;
                }
                if (inside.size() == ZipInput.MAX_ENTRIES) {
                    log.problem(shown, 0, "holds more than " + ZipInput.MAX_ENTRIES + " files to read; only the first were read");
                    break;
                }
                inside.add(p);
                Path parent = folder.relativize(p).getParent();
                if (parent != null) {
                    from.add(parent.toString().replace(java.io.File.separatorChar, '/'));
                }
            }
        } catch (IOException | RuntimeException e) {
            if (named) {
                log.unreadable(shown, "cannot list folder: " + reason(e));
            } else {
                log.problem(shown, 0, "cannot list folder: " + reason(e));
            }
            return List.of();
        }
        if (inside.isEmpty()) {
            log.problem(shown, 0, "holds no facts file or export (nor do its subfolders, " + MAX_DEPTH
                    + " levels down): TED reads .yaml, .json, .xml, .clixml, .csv and .txt files");
        } else if (!from.isEmpty()) {
            subfolders.put(folder, List.copyOf(from));
        }
        return inside;
    }

    /**
     * A regular file that can be opened; a special file would block or never end, so it is never opened. One the admin
     * {@code named} on the command line that fails this is an input error of the run (a mistyped path must not pass
     * unnoticed); one found in a folder is only skipped.
     */
    private static boolean usable(Path p, ReadLog log, boolean named) {
        java.util.function.BiConsumer<String, String> problem = named ? log::unreadable : (file, message) -> log.problem(file, 0, message);
        BasicFileAttributes attrs;
        try {
            attrs = Files.readAttributes(p, BasicFileAttributes.class);
        } catch (IOException e) {
            problem.accept(p.toString(), Files.exists(p, LinkOption.NOFOLLOW_LINKS) ? "cannot read: " + reason(e) : "no such file");
            return false;
        }
        if (!attrs.isRegularFile()) {
            problem.accept(p.toString(), "not a regular file (a pipe, device or socket); skipped without reading it");
            return false;
        }
        if (!Files.isReadable(p)) {
            problem.accept(p.toString(), "cannot read: permission denied");
            return false;
        }
        return true;
    }

    /** Files in a folder worth reading: exports and facts files, not notes, configs or archives lying beside them. */
    public static boolean looksLikeInput(Path p) {
        String name = p.getFileName().toString().toLowerCase(Locale.ROOT);
        return !name.startsWith(".") && !Files.isDirectory(p)
                && (name.endsWith(".yaml") || name.endsWith(".yml") || name.endsWith(".json") || name.endsWith(".xml")
                || name.endsWith(".txt") || name.endsWith(".clixml") || name.endsWith(".csv"));
    }

    /** An exception's reason without Java's class names: "Permission denied", not java.nio.file.AccessDeniedException. */
    public static String reason(Exception e) {
        if (e instanceof java.nio.file.AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof java.nio.file.NoSuchFileException) {
            return "no such file";
        }
        String m = e.getMessage();
        return m == null ? "I/O error" : m.replaceAll("\\b([a-z]+\\.)+[A-Z][A-Za-z]*(Exception|Error)\\b:?\\s*", "").strip();
    }
}
