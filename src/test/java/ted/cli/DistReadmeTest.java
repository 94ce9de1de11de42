package ted.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The README inside the zip is for people who unpack it: no build steps, and every link resolves inside the zip
 * (src/assembly/layout.xml ships README, CHANGELOG, docs/, facts-samples/, examples/, bin/ and lib/).
 */
class DistReadmeTest {
    static final Path README = Path.of("src/main/dist/README.md");
    /** What the zip holds, top level, as src/assembly/layout.xml puts it there. */
    static final List<String> SHIPPED = List.of("docs/", "facts-samples", "examples/", "bin/", "lib/", "CHANGELOG.md");

    @Test
    void everyLinkResolvesInsideTheZip() throws IOException {
        String text = Files.readString(README);
        String layout = Files.readString(Path.of("src/assembly/layout.xml"));
        Matcher link = Pattern.compile("\\]\\(([^)#]+)\\)").matcher(text);
        int links = 0;
        while (link.find()) {
            String target = link.group(1);
            links++;
            assertThat(target).as("a link out of the zip").doesNotStartWith("http").doesNotStartWith("../");
            assertThat(SHIPPED).as(target + " is shipped").anySatisfy(top -> assertThat(target).startsWith(top));
            assertThat(Path.of(target)).as(target).exists();
            String top = target.contains("/") ? target.substring(0, target.indexOf('/')) : target;
            assertThat(layout).as("layout.xml ships " + top).contains(top);
        }
        assertThat(links).isGreaterThan(5);
    }

    @Test
    void itHasNoBuildStepsAndItsFirstCommandWorks() throws IOException {
        String text = Files.readString(README);
        assertThat(text).doesNotContain("mvn ").doesNotContain("target/");
        Matcher first = Pattern.compile("(?m)^bin/ted (diagnose \\S+)").matcher(text);
        assertThat(first.find()).isTrue();
        CliRun run = CliRun.of(first.group(1).split(" "));
        assertThat(run.exitCode()).as(run.err()).isEqualTo(1);
        assertThat(run.out()).contains("DELEGATE_CALENDAR_EDITOR");
    }
}
