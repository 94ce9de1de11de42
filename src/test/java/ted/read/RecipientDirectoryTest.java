package ted.read;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import ted.facts.Identities;
import ted.facts.Recipient;

/** The compact directory must answer as the identity resolver would, whatever order the records arrive in. */
class RecipientDirectoryTest {
    static final Recipient JANE_CAS = new Recipient(null, "jane.doe@contoso.com", null, null, "contoso.com/Users/Jane Doe", null);
    static final Recipient JANE = new Recipient("jane.doe@contoso.com", "jane.doe@contoso.com", "jdoe", "Jane Doe",
            "contoso.com/Users/Jane Doe", "CN=Jane Doe,CN=Users,DC=contoso,DC=com");
    static final Recipient OTHER_JANE = new Recipient("jane.doe2@fabrikam.com", "jane.doe2@fabrikam.com", "jdoe2", "Jane Doe",
            "fabrikam.com/Users/Jane Doe", null);

    static int find(RecipientDirectory d, String name) {
        return d.find(Identities.normalize(name));
    }

    @Test
    void recordsThatShareAUniqueNameAreOneRecipientWhicheverComesFirst() {
        RecipientDirectory d = new RecipientDirectory();
        d.learn(JANE_CAS);
        d.learn(JANE);
        assertThat(find(d, "jdoe")).isEqualTo(find(d, "contoso.com/Users/Jane Doe")).isEqualTo(find(d, "JANE.DOE@contoso.com"))
                .isNotNegative();
        // The key is what the resolver would give the merged records: the UPN, though the first record had none.
        assertThat(d.recipient(find(d, "jdoe")).key()).isEqualTo(JANE.key());
        assertThat(d.recipient(find(d, "jdoe")).DisplayName()).isEqualTo("Jane Doe");
    }

    @Test
    void aSharedDisplayNameNamesEveryoneWhoHasIt() {
        RecipientDirectory d = new RecipientDirectory();
        d.learn(OTHER_JANE);
        d.learn(JANE_CAS);
        d.learn(JANE);
        assertThat(d.sharing("jane doe")).hasSize(2);
        assertThat(d.whoMayBe("jane doe")).hasSize(2);
        assertThat(d.whoMayBe("jdoe2")).containsExactly(find(d, "jane.doe2@fabrikam.com"));
    }

    @Test
    void aNameNobodyHasIsNobody() {
        RecipientDirectory d = new RecipientDirectory();
        d.learn(JANE);
        assertThat(find(d, "john.smith@contoso.com")).isEqualTo(-1);
        assertThat(d.sharing("john smith")).isEmpty();
        assertThat(d.suggestions()).contains("jane.doe@contoso.com", "jane doe");
    }

    @Test
    void theHashSpreadsNamesThatDifferInOneCharacter() {
        assertThat(RecipientDirectory.hash("user1@contoso.com")).isNotEqualTo(RecipientDirectory.hash("user2@contoso.com"));
        assertThat(RecipientDirectory.hash("ab")).isNotEqualTo(RecipientDirectory.hash("ba"));
    }

    @Test
    void packedNamesComeBackAsTheyWentInWhateverTheirLengthOrScript() {
        String longDn = "CN=" + "Jürgen Groß ".repeat(20) + ",OU=Users,DC=contoso,DC=com";   // past one 7-bit length group
        String[] slots = {"jürgen@contoso.com", null, "", longDn, null, "Jürgen Groß 李"};
        assertThat(RecipientDirectory.unpack(RecipientDirectory.pack(slots))).containsExactly(slots);
        assertThat(RecipientDirectory.unpack(RecipientDirectory.pack(new String[6]))).containsOnlyNulls().hasSize(6);
    }
}
