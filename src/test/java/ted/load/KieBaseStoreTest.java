package ted.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.ObjectOutputStream;
import org.junit.jupiter.api.Test;
import ted.TestRules;

/** Issue 8, item 6: a cache entry is read back only when it holds nothing but a knowledge base. */
class KieBaseStoreTest {

    @Test
    void aRealKnowledgeBaseRoundTripsThroughTheFilter() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        KieBaseStore.write(bytes, "k", TestRules.builtIn().kieBase());
        assertThat(KieBaseStore.read(new ByteArrayInputStream(bytes.toByteArray()), "k").getKiePackages()).isNotEmpty();
    }

    /** A tampered entry naming a class outside the knowledge base's own is refused before that class can run code. */
    @Test
    void aTamperedEntryNamingAnotherClassIsRefused() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        DataOutputStream header = new DataOutputStream(bytes);
        header.writeUTF("TED-KBASE-1");
        header.writeUTF("k");
        header.flush();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(new javax.management.BadAttributeValueExpException("not a knowledge base"));
        }
        assertThatThrownBy(() -> KieBaseStore.read(new ByteArrayInputStream(bytes.toByteArray()), "k"))
                .isInstanceOf(java.io.InvalidClassException.class).hasMessageContaining("REJECTED");
    }

    @Test
    void theFilterRefusesReflectionAndInvocationTypesEvenInJavaLang() {
        assertThat(KieBaseStore.ADMITTED).noneMatch(p -> p.startsWith("javax.") || p.startsWith("com."));
    }
}
