package ted.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 17: one HealthChecker capture in every shape an admin hands it over (its Exchange/ folder, the whole capture
 * tree, and the zip of either) reads the same: ExSetup's build and not an IIS module's, the subfolders read and named,
 * and the inputs said to cover one server. The zip of Exchange/ used to fail EXCHANGE_BUILD_DELEGATION with
 * cachtokn.dll's Windows build 10.0.17763.0, and the tree's root folder was refused.
 */
class HealthCheckerCaptureShapesTest {
    static final Path TREE = Path.of("../shared/fixtures/css-exchange-healthchecker-e19");

    @TempDir
    Path tmp;

    @Test
    void everyShapeOfTheCaptureGivesTheSameBuildVerdictsWithTheServersRealBuild() throws IOException {
        assumeTrue(Files.isDirectory(TREE.resolve("Exchange")), "E19 capture tree not present");
        Path exchangeZip = zip(TREE.toAbsolutePath(), TREE.toAbsolutePath().resolve("Exchange"), tmp.resolve("hc.zip"));
        Path treeZip = zip(TREE.toAbsolutePath().getParent(), TREE.toAbsolutePath(), tmp.resolve("tree.zip"));
        for (Path shape : List.of(TREE.resolve("Exchange"), TREE, exchangeZip, treeZip)) {
            CliRun run = CliRun.of("diagnose", shape.toString(), "--symptom", "all", "--format", "json");
            assertThat(run.err()).as(shape.toString()).doesNotContain("holds no facts file").doesNotContain("Exception");
            JsonNode root = new ObjectMapper().readTree(run.out());
            for (String code : List.of("EXCHANGE_BUILD_DELEGATION", "EXCHANGE_BUILD_CALENDAR")) {
                JsonNode check = BrokenRuleTest.check(root, code);
                assertThat(check.path("status").asText()).as(shape + " " + code).isEqualTo("pass");
                // ExSetup.xml's 15.02.0986.005 (the older of the capture's two ExSetup files), not 10.0.17763.0.
                assertThat(check.path("evidence").toString()).as(shape + " " + code).contains("15.2.986.5").doesNotContain("10.0.17763");
                assertThat(check.path("evidence").toString()).contains("1 of ? servers: SOLO-E19A");
            }
            assertThat(BrokenRuleTest.check(root, "EWS_EXTERNAL_URL").path("status").asText()).as(shape.toString()).isEqualTo("unknown");
            String sources = root.path("sources").toString();
            assertThat(sources).as(shape.toString()).contains("a HealthChecker capture of one server").contains("1 of ? servers: SOLO-E19A");
            assertThat(sources).contains("GetOrganizationConfig1.xml").doesNotContain("(0 objects)");
            assertThat(root.path("skipped").toString()).as(shape.toString())
                    .contains("GetVersionInformationCachTokn.xml").contains("cachtokn.dll, not of ExSetup.exe");
            assertThat(sources).as("the subfolders read are named").contains("read with its subfolder").contains("IIS");
        }
    }

    @Test
    void aFolderWithNothingReadableSaysHowDeepItLooked() throws IOException {
        Files.createDirectories(tmp.resolve("notes/deeper"));
        Files.writeString(tmp.resolve("notes/deeper/readme.md"), "not an export");
        CliRun run = CliRun.of("diagnose", tmp.resolve("notes").toString(), "--symptom", "all");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("holds no facts file or export (nor do its subfolders");
    }

    /** Zips {@code what} with entry names relative to {@code base}, as Windows' "Send to > Compressed folder" does. */
    static Path zip(Path base, Path what, Path into) throws IOException {
        try (OutputStream out = Files.newOutputStream(into); ZipOutputStream zip = new ZipOutputStream(out);
             Stream<Path> files = Files.walk(what)) {
            for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
                zip.putNextEntry(new ZipEntry(base.relativize(f).toString().replace('\\', '/')));
                Files.copy(f, zip);
                zip.closeEntry();
            }
        }
        return into;
    }
}
