package ted.load;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import ted.engine.RuleDefinitionException;
import ted.engine.RuleFile;

/**
 * The rule files of a folder as a git revision holds them ({@code HEAD~1}, {@code v0.3:rules}), read with the git
 * command of the machine, so a support team can compare a rule change with what was committed before it without
 * checking anything out. Paths are reported relative to the folder, as {@link RuleSource#directory(Path)} does.
 */
final class GitRevisionRules implements RuleSource {
    private static final long TIMEOUT_SECONDS = 60;

    private final Path repository;
    private final String revision;
    private final String folder;

    /** {@code spec} is {@code REV} (the folder {@code rules}) or {@code REV:folder}, in the repository holding {@code cwd}. */
    GitRevisionRules(Path cwd, String spec) {
        int colon = spec.indexOf(':');
        this.repository = cwd;
        this.revision = colon < 0 ? spec : spec.substring(0, colon);
        this.folder = colon < 0 ? "rules" : spec.substring(colon + 1).replaceAll("^/+|/+$", "");
    }

    @Override
    public List<RuleFile> files() {
        String prefix = git("rev-parse", "--show-prefix").strip();
        String inRepo = prefix + folder;
        List<RuleFile> files = new ArrayList<>();
        for (String path : git("ls-tree", "-r", "--name-only", revision, "--", inRepo).lines().toList()) {
            if (path.endsWith(".drl")) {
                files.add(new RuleFile(path.substring(inRepo.length() + 1), git("show", revision + ":" + path)));
            }
        }
        return files;
    }

    private String git(String... args) {
        List<String> command = new ArrayList<>(List.of("git", "-C", repository.toString()));
        command.addAll(List.of(args));
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(false).start();
            process.getOutputStream().close();
            byte[] out = readAll(process.getInputStream());
            String err = new String(readAll(process.getErrorStream()), StandardCharsets.UTF_8).strip();
            if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new RuleDefinitionException(this + ": git did not answer within " + TIMEOUT_SECONDS + " s");
            }
            if (process.exitValue() != 0) {
                throw new RuleDefinitionException(this + ": " + (err.isEmpty() ? "git failed" : err.lines().findFirst().orElse(err)));
            }
            return new String(out, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new RuleDefinitionException(this + ": cannot run git (" + e.getMessage() + "); give a folder of rules instead");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new RuleDefinitionException(this + ": interrupted");
        }
    }

    private static byte[] readAll(InputStream in) throws IOException {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        in.transferTo(buffer);
        return buffer.toByteArray();
    }

    @Override
    public String toString() {
        return "git revision " + revision + ":" + folder;
    }
}
