package ted.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 9, item 3: the zip the collect script writes is an input as it is, and needs no flags. */
class ZipInputTest {
    static final Path EXPORTS = Path.of("facts-samples/exports/clixml-delegation");

    @TempDir
    Path dir;

    /** What the collect script writes beside the exports before zipping (its case.yaml lines, with the values filled in). */
    static final String CASE_YAML = """
            # Written by the collect script of TED 0.1.0-SNAPSHOT.
            case:
              symptom: delegation
              user: 'jane.doe@contoso.com'
              delegate: 'john.smith@contoso.com'
              asOf: '2026-11-29T10:15:00.0000000+01:00'
            """;

    Path zipOf(Path folder, String caseYaml) throws IOException {
        Path zip = dir.resolve("ted-export-20261129-101500.zip");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip)); Stream<Path> files = Files.list(folder)) {
            for (Path f : files.sorted().toList()) {
                out.putNextEntry(new ZipEntry(f.getFileName().toString()));
                Files.copy(f, out);
                out.closeEntry();
            }
            out.putNextEntry(new ZipEntry("case.yaml"));
            out.write(caseYaml.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            out.closeEntry();
        }
        return zip;
    }

    static Map<String, String> statuses(CliRun run) throws IOException {
        Map<String, String> got = new TreeMap<>();
        new ObjectMapper().readTree(run.out()).path("checks").forEach(c -> got.put(c.path("code").asText(), c.path("status").asText()));
        return got;
    }

    @Test
    void aCollectedZipDiagnosesWithoutFlagsLikeItsFolderWithThem() throws IOException {
        Path zip = zipOf(EXPORTS, CASE_YAML);
        CliRun fromZip = CliRun.of("diagnose", zip.toString(), "--format", "json");
        CliRun fromFolder = CliRun.of("diagnose", EXPORTS.toString(), "--symptom", "delegation", "--user", "jane.doe@contoso.com",
                "--delegate", "john.smith@contoso.com", "--format", "json");
        assertThat(fromZip.exitCode()).as(fromZip.err()).isEqualTo(fromFolder.exitCode());
        assertThat(statuses(fromZip)).isNotEmpty().isEqualTo(statuses(fromFolder));
        JsonNode root = new ObjectMapper().readTree(fromZip.out());
        assertThat(root.path("sources").toString()).contains(zip + "!/Get-CASMailbox.xml").contains(zip + "!/case.yaml")
                .doesNotContain("ted-zip-");
    }

    @Test
    void flagsStillOverrideTheZipsCase() throws IOException {
        Path zip = zipOf(EXPORTS, CASE_YAML);
        CliRun run = CliRun.of("diagnose", zip.toString(), "--symptom", "presence", "--format", "json");
        assertThat(new ObjectMapper().readTree(run.out()).path("case").path("symptoms").toString()).isEqualTo("[\"presence\"]");
    }

    @Test
    void anEntryWhoseNameEscapesTheFolderIsRefused() throws IOException {
        Path zip = dir.resolve("evil.zip");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
            out.putNextEntry(new ZipEntry("../../escaped.yaml"));
            out.write("case: {symptom: presence}\n".getBytes());
            out.closeEntry();
            out.putNextEntry(new ZipEntry("facts.yaml"));
            Files.copy(Path.of("facts-samples/healthy-hybrid.yaml"), out);
            out.closeEntry();
        }
        CliRun run = CliRun.of("import", zip.toString());
        assertThat(run.exitCode()).isZero();
        assertThat(run.err()).contains("evil.zip!/../../escaped.yaml: refused: the entry's name points outside");
        assertThat(dir.getParent().resolve("escaped.yaml")).doesNotExist();
    }

    @Test
    void aZipBombIsRefusedWithoutUnpackingIt() throws IOException {
        Path zip = dir.resolve("bomb.zip");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
            out.putNextEntry(new ZipEntry("Get-CASMailbox.txt"));
            byte[] zeros = new byte[1024 * 1024];
            for (int i = 0; i < 300; i++) {
                out.write(zeros);
            }
            out.closeEntry();
        }
        assertThat(Files.size(zip)).isLessThan(1_000_000L);
        CliRun run = CliRun.of("import", zip.toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("bomb.zip!/Get-CASMailbox.txt: refused: it unpacks to far more than it holds");
    }

    @Test
    void aFileThatIsNoZipIsOneLine() throws IOException {
        Path fake = dir.resolve("export.zip");
        Files.writeString(fake, "not a zip");
        CliRun run = CliRun.of("import", fake.toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err().strip().lines()).singleElement().asString().contains("export.zip: not a readable zip");
    }
}
