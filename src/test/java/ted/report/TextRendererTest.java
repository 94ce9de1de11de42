package ted.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TextRendererTest {

    @Test
    void longCommandsContinueWithABacktickAndKeepQuotedIdentitiesWhole() {
        List<String> lines = TextRenderer.command(
                "Set-MailboxFolderPermission -Identity 'contoso.com/Users/Jane Doe:\\Calendar' -User 'John Smith' -AccessRights Editor");
        assertThat(lines).allSatisfy(l -> assertThat(l.length()).isLessThanOrEqualTo(80));
        assertThat(lines.subList(0, lines.size() - 1)).allSatisfy(l -> assertThat(l).endsWith(" `"));
        assertThat(String.join("\n", lines)).contains("'contoso.com/Users/Jane Doe:\\Calendar'").contains("'John Smith'");
    }

    @Test
    void longPropertyListsBreakAfterACommaWithoutABacktick() {
        List<String> lines = TextRenderer.command("Get-Mailbox jane.doe@contoso.com | Format-List UserPrincipalName,PrimarySmtpAddress,"
                + "Alias,DisplayName,Identity,DistinguishedName,RecipientTypeDetails,ServerName,GrantSendOnBehalfTo");
        assertThat(lines).allSatisfy(l -> assertThat(l.length()).isLessThanOrEqualTo(80));
        assertThat(lines.stream().filter(l -> l.endsWith(","))).isNotEmpty();
        String joined = String.join("", lines.stream().map(l -> l.strip().replaceAll(" `$", " ")).toList());
        assertThat(joined).contains("UserPrincipalName,PrimarySmtpAddress,Alias,DisplayName,Identity,DistinguishedName,RecipientTypeDetails,ServerName,GrantSendOnBehalfTo");
    }

    @Test
    void commentLinesWrapAsComments() {
        List<String> lines = TextRenderer.command("# " + "word ".repeat(30));
        assertThat(lines).allSatisfy(l -> assertThat(l.strip()).startsWith("#"));
    }

    @Test
    void proseWrapsAtWordsWithAHangingIndent() {
        List<String> lines = TextRenderer.wrap("alpha ".repeat(30).strip(), "    Why: ", "         ");
        assertThat(lines).allSatisfy(l -> assertThat(l.length()).isLessThanOrEqualTo(80));
        assertThat(lines.get(1)).startsWith("         alpha");
    }
}
