package ted.scan;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import ted.facts.Ref;
import ted.facts.Symptom;

class NameFreeTextsTest {
    private static final Subject JANE = new Subject(Ref.of("jane.doe@contoso.com"), null, Set.of(Symptom.PRESENCE));
    private static final Subject JOHN = new Subject(Ref.of("john.smith@contoso.com"), null, Set.of(Symptom.PRESENCE));

    @Test
    void aTextUnchangedForTwoSubjectsIsNotSearchedAgain() {
        NameFreeTexts texts = new NameFreeTexts();
        AtomicInteger searches = new AtomicInteger();
        String org = "No partner application for Teams is in the facts.";
        for (Subject s : new Subject[] {JANE, JOHN, JANE, JOHN}) {
            assertThat(texts.apply(org, s, (t, x) -> {
                searches.incrementAndGet();
                return Templates.cause(t, x);
            })).isEqualTo(org);
        }
        assertThat(searches).hasValue(2);
    }

    @Test
    void aTextNamingItsSubjectIsTemplatedEveryTime() {
        NameFreeTexts texts = new NameFreeTexts();
        assertThat(texts.apply("The allow list of jane.doe@contoso.com lacks *Teams/*", JANE, Templates::cause))
                .isEqualTo("The allow list of <user> lacks *Teams/*");
        assertThat(texts.apply("The allow list of john.smith@contoso.com lacks *Teams/*", JOHN, Templates::cause))
                .isEqualTo("The allow list of <user> lacks *Teams/*");
        // The same subject twice is not two subjects: the text stays under watch.
        String once = "Automatic replies of jane.doe@contoso.com are on";
        texts.apply(once, JOHN, Templates::cause);
        texts.apply(once, JOHN, Templates::cause);
        assertThat(texts.apply(once, JANE, Templates::cause)).isEqualTo("Automatic replies of <user> are on");
    }
}
