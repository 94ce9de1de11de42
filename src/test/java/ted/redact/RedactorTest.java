package ted.redact;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import ted.facts.Recipient;

class RedactorTest {

    @Test
    void onePersonKeepsOneNumberInEveryFormOfTheirName() {
        Redactor r = new Redactor();
        r.person(new Recipient("jane.doe@contoso.com", "jane.doe@contoso.com", "jdoe", "Jane Doe",
                "contoso.com/Sales/Jane Doe", "CN=Jane Doe,OU=Sales,DC=contoso,DC=com"));
        assertThat(r.redact("Set-Mailbox -Identity 'jane.doe@contoso.com' # jdoe, Jane Doe, contoso.com/Sales/Jane Doe"))
                .isEqualTo("Set-Mailbox -Identity 'user1@domain1.example' # user1, User 1, domain1.example/ou1/User 1");
        assertThat(r.redact("CN=Jane Doe,OU=Sales,DC=contoso,DC=com")).isEqualTo("CN=User 1,OU=ou1,DC=domain1,DC=example");
    }

    @Test
    void addressesHostsAndNumbersWithAShapeAreReplacedEvenWhenNoFactNamedThem() {
        Redactor r = new Redactor();
        String out = r.redact("bob@fabrikam.com at https://mail.fabrikam.com/owa from 10.1.2.3 and fe80::1ff:fe23:4567:890a, "
                + "tenant 4f8e1c2a-7b3d-4e5f-9a1b-2c3d4e5f6a7b, cert 7C2E5D8A41B36F90E1D24C3B5A6F7E8D9C0B1A23");
        assertThat(out).doesNotContain("fabrikam", "10.1.2.3", "fe80", "4f8e1c2a", "7C2E5D8A")
                .contains("user1@domain1.example", "https://mail.domain1.example/owa", "192.0.2.1", "2001:db8::",
                        "00000000-0000-0000-0000-000000000001", "THUMBPRINT1");
    }

    @Test
    void whatIsTheProductsOrMicrosoftsStays() {
        Redactor r = new Redactor();
        String kept = "Exchange 15.2.1118.7, app 00000002-0000-0ff1-ce00-000000000000 at https://autodiscover-s.outlook.com/autodiscover/"
                + "autodiscover.svc, [System.Net.ServicePointManager]::SecurityProtocol, Get-Mailbox.xml, EwsAllowList {Teams/*}, "
                + "AccessRights {Editor}, DELEGATE_SEND_ON_BEHALF, 10:15:00";
        assertThat(r.redact(kept)).isEqualTo(kept);
    }

    @Test
    void aTenantKeepsItsMicrosoftSuffixSoTheReportStillSaysWhereThingsGo() {
        Redactor r = new Redactor();
        assertThat(r.redact("contoso.mail.onmicrosoft.com and https://login.windows.net/contoso.onmicrosoft.com/x"))
                .isEqualTo("tenant1.mail.onmicrosoft.com and https://login.windows.net/tenant1.onmicrosoft.com/x");
    }

    @Test
    void theMapListsEachReplacementOnce() {
        Redactor r = new Redactor();
        r.redact("bob@fabrikam.com bob@fabrikam.com BOB@FABRIKAM.COM");
        assertThat(r.map().stream().filter(e -> e[1].equalsIgnoreCase("bob@fabrikam.com"))).hasSize(1);
    }
}
