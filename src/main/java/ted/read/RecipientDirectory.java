package ted.read;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.carrotsearch.hppc.IntArrayList;
import com.carrotsearch.hppc.LongIntHashMap;
import com.carrotsearch.hppc.LongObjectHashMap;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import ted.facts.Identities;
import ted.facts.Recipient;

/**
 * Every recipient of an export, kept small enough for an organisation of 100,000 mailboxes: each name is stored as a
 * 64-bit hash of its normalised spelling, and each recipient keeps only the names that make its key and its display
 * name. It answers what the identity resolver needs about the people a case does not keep in full: is this name
 * somebody, who, and do several recipients share this display name. Records that share a unique name are one
 * recipient, as in {@link IdentityResolver}.
 */
public final class RecipientDirectory {
    /** Name slots, in the order {@link Recipient#key()} picks the key from; the display name is kept as well. */
    private static final int UPN = 0;
    private static final int SMTP = 1;
    private static final int CANONICAL = 2;
    private static final int DN = 3;
    private static final int ALIAS = 4;
    private static final int DISPLAY = 5;

    private final LongIntHashMap byUniqueName = new LongIntHashMap();
    private final LongIntHashMap byDisplayName = new LongIntHashMap();
    /** The rare display names several recipients share: the ids beyond the first. */
    private final LongObjectHashMap<IntArrayList> sharedDisplayNames = new LongObjectHashMap<>();
    private final IntArrayList parent = new IntArrayList();
    /** Per record, the names {@link #compact} keeps, packed by {@link #pack}: a String[] of six would cost twice as much. */
    private final List<byte[]> names = new ArrayList<>();
    private final Map<Integer, Recipient> materialized = new HashMap<>();

    /** Learns one record's names; records that share a unique name with an earlier one join its recipient. */
    public void learn(Recipient r) {
        learn(r, r.uniqueNames());
    }

    /** As {@link #learn(Recipient)}, with {@code r.uniqueNames()} already worked out by the caller. */
    void learn(Recipient r, List<String> uniqueNames) {
        int id = parent.size();
        parent.add(id);
        names.add(pack(compact(r)));
        long[] hashes = new long[uniqueNames.size()];
        for (int i = 0; i < hashes.length; i++) {
            hashes[i] = hash(Identities.normalize(uniqueNames.get(i)));
        }
        for (long h : hashes) {
            int earlier = byUniqueName.getOrDefault(h, -1);
            if (earlier >= 0) {
                union(root(earlier), root(id));
            }
        }
        int root = root(id);
        for (long h : hashes) {
            byUniqueName.put(h, root);
        }
        if (r.DisplayName() != null) {
            long h = hash(Identities.normalize(r.DisplayName()));
            int first = byDisplayName.getOrDefault(h, -1);
            if (first < 0) {
                byDisplayName.put(h, id);
            } else if (root(first) != root) {
                IntArrayList more = sharedDisplayNames.get(h);
                if (more == null) {
                    more = new IntArrayList(1);
                    sharedDisplayNames.put(h, more);
                }
                more.add(id);
            }
        }
        materialized.remove(root);
    }

    /** How many records were learned. */
    public int size() {
        return parent.size();
    }

    /** The recipient whose unique name (UPN, SMTP address, alias, canonical name, DN) this is, or -1. */
    public int find(String normalizedName) {
        int id = byUniqueName.getOrDefault(hash(normalizedName), -1);
        return id < 0 ? -1 : root(id);
    }

    /** The recipients with this display name, one id per recipient, in the order they were first read. */
    public List<Integer> sharing(String normalizedDisplayName) {
        long h = hash(normalizedDisplayName);
        int first = byDisplayName.getOrDefault(h, -1);
        if (first < 0) {
            return List.of();
        }
        Set<Integer> roots = new LinkedHashSet<>();
        roots.add(root(first));
        IntArrayList more = sharedDisplayNames.get(h);
        if (more != null) {
            more.forEach((com.carrotsearch.hppc.procedures.IntProcedure) i -> roots.add(root(i)));
        }
        return List.copyOf(roots);
    }

    /** Every recipient this name may stand for: the one whose unique name it is, else all who have it as display name. */
    public Set<Integer> whoMayBe(String normalizedName) {
        int id = find(normalizedName);
        return id >= 0 ? Set.of(id) : new LinkedHashSet<>(sharing(normalizedName));
    }

    /**
     * True when {@code normalizedName} may stand for one of {@code ids} (roots): it is the unique name of one of them, or
     * the display name of one of them when it is nobody's unique name. Asked for every fact read, so it allocates
     * nothing.
     */
    public boolean mayBeAnyOf(String normalizedName, Set<Integer> ids) {
        if (ids.isEmpty()) {
            return false;
        }
        long h = hash(normalizedName);
        int id = byUniqueName.getOrDefault(h, -1);
        if (id >= 0) {
            return ids.contains(root(id));
        }
        int first = byDisplayName.getOrDefault(h, -1);
        if (first < 0) {
            return false;
        }
        if (ids.contains(root(first))) {
            return true;
        }
        IntArrayList more = sharedDisplayNames.get(h);
        if (more != null) {
            for (int i = 0; i < more.size(); i++) {
                if (ids.contains(root(more.get(i)))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The recipient as far as the directory knows it: the names that make its key, and its display name. */
    public Recipient recipient(int id) {
        return materialized.computeIfAbsent(root(id), r -> {
            String[] n = unpack(names.get(r));
            return new Recipient(n[UPN], n[SMTP], n[ALIAS], n[DISPLAY], n[CANONICAL], n[DN]);
        });
    }

    /** Names to suggest for a typo: each recipient's key name and display name. */
    public List<String> suggestions() {
        List<String> out = new ArrayList<>();
        for (int id = 0; id < names.size(); id++) {
            if (parent.get(id) != id) {
                continue;   // its names are its recipient's
            }
            for (String name : unpack(names.get(id))) {
                if (name != null) {
                    out.add(Identities.normalize(name));
                }
            }
        }
        return out;
    }

    /** Keeps the names up to the first that {@link Recipient#key()} would pick, and the display name. */
    private static String[] compact(Recipient r) {
        String[] n = {r.UserPrincipalName(), r.PrimarySmtpAddress(), r.CanonicalName(), r.DistinguishedName(), r.Alias(), r.DisplayName()};
        truncateAfterKey(n);
        return n;
    }

    private static void truncateAfterKey(String[] n) {
        boolean seen = false;
        for (int i = UPN; i < DISPLAY; i++) {
            if (seen) {
                n[i] = null;
            }
            seen |= n[i] != null;
        }
    }

    /** Each slot as a length (plus one; zero for none) in 7-bit groups, then its characters in UTF-8. */
    static byte[] pack(String[] slots) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(64);
        for (String s : slots) {
            byte[] utf8 = s == null ? null : s.getBytes(UTF_8);
            int len = utf8 == null ? 0 : utf8.length + 1;
            while (len >= 0x80) {
                out.write(len & 0x7f | 0x80);
                len >>>= 7;
            }
            out.write(len);
            if (utf8 != null) {
                out.write(utf8, 0, utf8.length);
            }
        }
        return out.toByteArray();
    }

    static String[] unpack(byte[] packed) {
        String[] slots = new String[DISPLAY + 1];
        int at = 0;
        for (int i = 0; i < slots.length; i++) {
            int len = 0;
            for (int shift = 0; ; shift += 7) {
                int b = packed[at++];
                len |= (b & 0x7f) << shift;
                if ((b & 0x80) == 0) {
                    break;
                }
            }
            if (len > 0) {
                slots[i] = new String(packed, at, len - 1, UTF_8);
                at += len - 1;
            }
        }
        return slots;
    }

    private int root(int id) {
        int r = id;
        while (parent.get(r) != r) {
            r = parent.get(r);
        }
        // Path halving keeps later look-ups short without recursion.
        int i = id;
        while (parent.get(i) != r) {
            int next = parent.get(i);
            parent.set(i, r);
            i = next;
        }
        return r;
    }

    /** The earlier recipient stays; its names are completed from the later one's, as {@link Recipient#merge} does. */
    private void union(int keep, int gone) {
        if (keep == gone) {
            return;
        }
        if (gone < keep) {
            int t = keep;
            keep = gone;
            gone = t;
        }
        String[] a = unpack(names.get(keep));
        String[] b = unpack(names.get(gone));
        for (int i = 0; i < a.length; i++) {
            a[i] = a[i] != null ? a[i] : b[i];
        }
        truncateAfterKey(a);
        byte[] packed = pack(a);
        names.set(keep, packed);
        names.set(gone, null);   // only a recipient's first record speaks for it from now on
        parent.set(gone, keep);
        materialized.remove(keep);
        materialized.remove(gone);
    }

    /**
     * FNV-1a over the characters, then a SplitMix64 finaliser to spread the bits. With 600,000 names the chance that two
     * different names collide is about one in fifty million. A collision could at worst leave a fact about the case
     * out, which the checks report as not collected (unknown), never as a pass.
     */
    static long hash(String s) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < s.length(); i++) {
            h ^= s.charAt(i);
            h *= 0x100000001b3L;
        }
        h ^= h >>> 30;
        h *= 0xbf58476d1ce4e5b9L;
        h ^= h >>> 27;
        h *= 0x94d049bb133111ebL;
        return h ^ (h >>> 31);
    }
}
