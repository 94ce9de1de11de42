package ted.scan;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;
import ted.facts.Recipient;
import ted.facts.Ref;
import ted.facts.Symptom;

class TemplatesTest {
    private static Ref person(String upn, String alias, String display) {
        Ref r = Ref.of(display);
        r.resolveTo(new Recipient(upn, upn, alias, display, "contoso.com/Users/" + display, "CN=" + display + ",CN=Users,DC=contoso,DC=com"));
        return r;
    }

    private static final Subject PAIR = new Subject(person("jane.doe@contoso.com", "jdoe", "Jane Doe"),
            person("john.smith@contoso.com", "jsmith", "John Smith"), Set.of(Symptom.DELEGATION));

    @Test
    void aFixForOneSubjectBecomesAPipelineCommandForAll() {
        assertThat(Templates.command("Set-MailboxFolderPermission -Identity 'jane.doe@contoso.com:\\Calendar' -User 'john.smith@contoso.com' -AccessRights Editor", PAIR))
                .isEqualTo("Set-MailboxFolderPermission -Identity \"$($_.user):\\Calendar\" -User $_.delegate -AccessRights Editor");
        assertThat(Templates.command("Set-Mailbox -Identity 'jane.doe@contoso.com' -GrantSendOnBehalfTo @{Add='john.smith@contoso.com'}", PAIR))
                .isEqualTo("Set-Mailbox -Identity $_.user -GrantSendOnBehalfTo @{Add=$_.delegate}");
        assertThat(Templates.command("Set-OrganizationConfig -EwsApplicationAccessPolicy EnforceAllowList", PAIR))
                .isEqualTo("Set-OrganizationConfig -EwsApplicationAccessPolicy EnforceAllowList");
    }

    @Test
    void aCauseLosesTheSubjectsNamesButNotWordsThatMerelyContainThem() {
        assertThat(Templates.cause("The delegator's GrantSendOnBehalfTo does not include john.smith@contoso.com (John Smith).", PAIR))
                .isEqualTo("The delegator's GrantSendOnBehalfTo does not include <delegate> (<delegate>).");
        assertThat(Templates.cause("jdoe2 and xjdoe and jdoe.", PAIR)).isEqualTo("jdoe2 and xjdoe and <user>.");
    }
}
