package ted.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 19, item 1: {@code ted rules new CODE --symptom S} writes a check in the knowledge base's form and its rule
 * tests, which load beside the built-in rules and pass as written, every verdict rule exercised.
 */
class RulesNewCommandTest {
    @TempDir
    Path dir;

    @Test
    void theScaffoldLoadsAndItsTestsPassWithEveryVerdictExercised() throws IOException {
        Path folder = dir.resolve("my-rules");
        CliRun wrote = CliRun.of("rules", "new", "EWS_VDIR_OAUTH", "--symptom", "presence", "--dir", folder.toString());
        assertThat(wrote.exitCode()).as(wrote.err()).isZero();
        String drl = Files.readString(folder.resolve("ews-vdir-oauth.drl"));
        assertThat(drl).contains("@defines(\"EWS_VDIR_OAUTH\")").contains("@section(\"presence\")")
                .contains("@code(\"EWS_VDIR_OAUTH\") @status(\"unknown\")").contains("@code(\"EWS_VDIR_OAUTH\") @status(\"fail\")");
        assertThat(folder.resolve("ews-vdir-oauth.test.yaml")).exists();

        assertThat(CliRun.of("rules", "check", "--rules", folder.toString()).exitCode()).isZero();
        CliRun tests = CliRun.of("rules", "test", "--rules", folder.toString(), "--fail-untested");
        assertThat(tests.exitCode()).as(tests.out() + tests.err()).isZero();
        assertThat(tests.out()).contains("3 passed, 0 failed").doesNotContain("UNTESTED");
    }

    @Test
    void aSecondCheckInTheSameSectionTakesTheNextFreeStep() {
        Path folder = dir.resolve("r");
        assertThat(CliRun.of("rules", "new", "FIRST_PROBE", "--symptom", "all", "--dir", folder.toString()).exitCode()).isZero();
        assertThat(CliRun.of("rules", "new", "SECOND_PROBE", "--symptom", "all", "--dir", folder.toString()).exitCode()).isZero();
        assertThat(CliRun.of("rules", "check", "--rules", folder.toString()).exitCode()).isZero();
    }

    @Test
    void anExistingCodeABadCodeAndAFileInTheWayAreRefused() throws IOException {
        CliRun builtIn = CliRun.of("rules", "new", "DELEGATE_CALENDAR_EDITOR", "--symptom", "delegation", "--dir", dir.toString());
        assertThat(builtIn.exitCode()).isEqualTo(2);
        assertThat(builtIn.err()).contains("check DELEGATE_CALENDAR_EDITOR exists already");

        CliRun lower = CliRun.of("rules", "new", "my_check", "--symptom", "presence", "--dir", dir.toString());
        assertThat(lower.exitCode()).isEqualTo(2);
        assertThat(lower.err()).contains("is not of the form [A-Z][A-Z0-9_]+");

        Files.writeString(dir.resolve("in-the-way.test.yaml"), "[]");
        CliRun inTheWay = CliRun.of("rules", "new", "IN_THE_WAY", "--symptom", "presence", "--dir", dir.toString());
        assertThat(inTheWay.exitCode()).isEqualTo(2);
        assertThat(inTheWay.err()).contains("in-the-way.test.yaml exists already");
        assertThat(dir.resolve("in-the-way.drl")).doesNotExist();

        CliRun symptom = CliRun.of("rules", "new", "SOME_CHECK", "--symptom", "presense", "--dir", dir.toString());
        assertThat(symptom.exitCode()).isEqualTo(2);
        assertThat(symptom.err()).contains("unknown symptom 'presense'");
    }
}
