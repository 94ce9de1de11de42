package ted.load;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.ObjectInputFilter;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
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

    /**
     * Java deserialization runs code in whatever classes a stream names, so a cache file someone else could write (it
     * lives in the user's cache folder) may only name the classes a compiled knowledge base is made of: Drools and Kie,
     * TED's own, and the JDK's basic value and collection types. Anything else is rejected, the entry is discarded and
     * the rules are compiled afresh.
     */
    static ObjectInputFilter.Status admit(ObjectInputFilter.FilterInfo info) {
        Class<?> type = info.serialClass();
        if (info.depth() > 500 || info.references() > 5_000_000 || info.arrayLength() > 10_000_000) {
            return ObjectInputFilter.Status.REJECTED;
        }
        if (type == null) {
            return ObjectInputFilter.Status.UNDECIDED;
        }
        while (type.isArray()) {
            type = type.getComponentType();
        }
        if (type.isPrimitive()) {
            return ObjectInputFilter.Status.ALLOWED;
        }
        String name = type.getName();
        if (name.startsWith("java.lang.invoke.") || name.startsWith("java.lang.reflect.")) {
            return ObjectInputFilter.Status.REJECTED;
        }
        boolean known = ADMITTED.stream().anyMatch(name::startsWith);
        return known ? ObjectInputFilter.Status.ALLOWED : ObjectInputFilter.Status.REJECTED;
    }

    /** Package prefixes a stored knowledge base is made of (measured on the built-in rules). */
    static final List<String> ADMITTED = List.of("org.drools.", "org.kie.api.", "org.kie.internal.",
            "ted.engine.", "ted.facts.", "java.lang.", "java.util.", "java.math.", "java.time.");

    /** The stored knowledge base, or null when the stream holds another key (stale) or is not one of ours. */
    @SuppressWarnings("unchecked")
    static KieBase read(InputStream source, String key) throws IOException {
        BufferedInputStream buffered = new BufferedInputStream(source);
        DataInputStream header = new DataInputStream(buffered);
        if (!MAGIC.equals(header.readUTF()) || !key.equals(header.readUTF())) {
            return null;
        }
        try (DroolsObjectInputStream in = new DroolsObjectInputStream(buffered, KieBaseStore.class.getClassLoader())) {
            in.setObjectInputFilter(KieBaseStore::admit);
            Collection<KiePackage> packages = (Collection<KiePackage>) in.readObject();
            InternalKnowledgeBase kieBase = KnowledgeBaseFactory.newKnowledgeBase();
            kieBase.addPackages(packages);
            return kieBase;
        } catch (ClassNotFoundException | RuntimeException e) {
            throw new IOException("unreadable knowledge base: " + e, e);
        }
    }
}
