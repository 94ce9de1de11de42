package ted.read;

import java.util.ArrayList;
import java.util.List;

/** What reading a set of files has to tell so far: each file read, each problem, each file skipped. */
public final class ReadLog {
    private final List<SourceSummary> sources = new ArrayList<>();
    private final List<InputProblem> problems = new ArrayList<>();
    private final List<SkippedFile> skipped = new ArrayList<>();
    private final List<String> unreadable = new ArrayList<>();

    public void read(SourceSummary source) {
        sources.add(source);
    }

    public void problem(InputProblem problem) {
        problems.add(problem);
    }

    public void problem(String file, int line, String message) {
        problems.add(new InputProblem(file, line, message));
    }

    /** Adds a note to the file already read as {@code file}; a problem when it was not read. */
    public void noteOn(String file, String note) {
        for (int i = 0; i < sources.size(); i++) {
            SourceSummary s = sources.get(i);
            if (s.file().equals(file)) {
                List<String> notes = new ArrayList<>(s.notes());
                notes.add(note);
                sources.set(i, new SourceSummary(s.file(), s.readAs(), s.objects(), notes));
                return;
            }
        }
        problem(file, 0, note);
    }

    /**
     * Adds a note to the first file read from {@code folder} or its subfolders: what the note says is about the folder,
     * and a report lists files, not folders. Nothing is noted when nothing was read from it.
     */
    public void noteOnFirstUnder(String folder, String note) {
        String prefix = folder.endsWith(java.io.File.separator) ? folder : folder + java.io.File.separator;
        sources.stream().filter(s -> s.file().startsWith(prefix)).findFirst().ifPresent(s -> noteOn(s.file(), note));
    }

    /**
     * A path the admin named that could not be read at all (missing, unreadable, a special file): a problem like any
     * other, and also an input error of the run, since a report without it is not the report that was asked for.
     */
    public void unreadable(String file, String message) {
        problem(file, 0, message);
        unreadable.add(file);
    }

    public void skipped(String file, String why) {
        skipped.add(new SkippedFile(file, why));
    }

    /** Shows every file name starting with {@code prefix} (and notes quoting it) with {@code shown} in its place. */
    public void rename(String prefix, String shown) {
        java.util.function.UnaryOperator<String> r = t -> t == null ? null : t.replace(prefix, shown);
        sources.replaceAll(s -> new SourceSummary(r.apply(s.file()), s.readAs(), s.objects(), s.notes().stream().map(r).toList()));
        problems.replaceAll(p -> p.with(r.apply(p.file()), r.apply(p.message())));
        skipped.replaceAll(f -> new SkippedFile(r.apply(f.file()), f.why()));
        unreadable.replaceAll(r);
    }

    public List<SourceSummary> sources() {
        return sources;
    }

    public List<InputProblem> problems() {
        return problems;
    }

    public List<SkippedFile> skipped() {
        return skipped;
    }

    public List<String> unreadable() {
        return unreadable;
    }
}
