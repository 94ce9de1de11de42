package ted.engine;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Collection;
import org.drools.base.common.DroolsObjectInputStream;
import org.drools.base.common.DroolsObjectOutputStream;
import org.drools.kiesession.rulebase.InternalKnowledgeBase;
import org.drools.kiesession.rulebase.KnowledgeBaseFactory;
import org.kie.api.KieBase;
import org.kie.api.definition.KiePackage;

/**
 * Saves a compiled knowledge base (its packages, with the compiled consequences) and loads it again without
 * compiling, under a key that names exactly what it was compiled from. A KieBase itself cannot be serialized; its
 * packages can.
 */
final class KieBaseStore {
    private static final String MAGIC = "TED-KBASE-1";

    private KieBaseStore() {
    }

    static void write(OutputStream target, String key, KieBase kieBase) throws IOException {
        DataOutputStream header = new DataOutputStream(new BufferedOutputStream(target));
        header.writeUTF(MAGIC);
        header.writeUTF(key);
        header.flush();
        try (DroolsObjectOutputStream out = new DroolsObjectOutputStream(header)) {
            out.writeObject(new ArrayList<>(kieBase.getKiePackages()));
        }
    }

    /** The stored knowledge base, or null when the stream holds another key (stale) or is not one of ours. */
    @SuppressWarnings("unchecked")
    static KieBase read(InputStream source, String key) throws IOException {
        BufferedInputStream buffered = new BufferedInputStream(source);
        DataInputStream header = new DataInputStream(buffered);
        if (!MAGIC.equals(header.readUTF()) || !key.equals(header.readUTF())) {
            return null;
        }
        try (DroolsObjectInputStream in = new DroolsObjectInputStream(buffered, KieBaseStore.class.getClassLoader())) {
            Collection<KiePackage> packages = (Collection<KiePackage>) in.readObject();
            InternalKnowledgeBase kieBase = KnowledgeBaseFactory.newKnowledgeBase();
            kieBase.addPackages(packages);
            return kieBase;
        } catch (ClassNotFoundException | RuntimeException e) {
            throw new IOException("unreadable knowledge base: " + e, e);
        }
    }
}
