package ted.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Model.OptionSpec;

/** Every visible option of every command is named in the README, so a new flag cannot ship undocumented. */
class ReadmeDocumentsEveryOptionTest {

    @Test
    void everyOptionOfDiagnoseAndItsSiblingsIsInTheReadme() throws IOException {
        String readme = Files.readString(Path.of("README.md"));
        CommandLine ted = new CommandLine(new TedCommand());
        for (CommandLine command : ted.getSubcommands().values()) {
            for (OptionSpec option : command.getCommandSpec().options()) {
                if (option.hidden() || option.usageHelp() || option.versionHelp()) {
                    continue;
                }
                assertThat(readme).as("README names %s %s", command.getCommandName(), option.longestName())
                        .contains(option.longestName());
            }
        }
    }
}
