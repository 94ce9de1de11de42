package ted.waive;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.yaml.snakeyaml.LoaderOptions;
import ted.read.YamlErrors;
import ted.util.Closest;

/**
 * Reads a waiver file ({@code --waivers FILE}, or {@code .ted.yaml} in the current folder). Strict, because a typo in a
 * waiver would otherwise silently stop it from applying or make it apply too widely: every property is known, every
 * code is a check that exists, every waiver has a reason and an expiry date. Any problem is one line naming the file
 * and, where the parser knows it, the line (and, for a YAML syntax error, the column where it must be fixed).
 */
public final class WaiverFile {
    // Plain classes rather than records: Jackson binds records through their constructor, which buffers a whole entry
    // and so reports an unknown property at the entry's end instead of on its own line.

    /** The file as written. */
    static final class Document {
        public List<Entry> waivers;
    }

    /** One entry as written; checked and turned into a {@link Waiver}. */
    static final class Entry {
        public String code;
        public String user;
        public String delegate;
        public String reason;
        public String expires;
    }

    private static final List<String> ENTRY_PROPERTIES = List.of("code", "user", "delegate", "reason", "expires");

    private WaiverFile() {
    }

    /** The waivers in {@code file}; {@code knownCodes} are the checks of the rules in use. */
    public static List<Waiver> read(Path file, Collection<String> knownCodes) {
        String text;
        try {
            if (Files.size(file) > 1_000_000) {
                throw new WaiverException(file + ": a waiver file larger than 1 MB is not read");
            }
            text = Files.readString(file);
        } catch (NoSuchFileException e) {
            throw new WaiverException(file + ": no such file");
        } catch (IOException e) {
            throw new WaiverException(file + ": cannot read: " + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()));
        }
        Document doc;
        try {
            doc = mapper().readValue(text, Document.class);
        } catch (UnrecognizedPropertyException e) {
            String known = e.getPath().size() > 1 ? "a waiver" : "the file";
            List<String> options = e.getPath().size() > 1 ? ENTRY_PROPERTIES : List.of("waivers");
            List<String> close = Closest.to(e.getPropertyName(), options, 1);
            throw new WaiverException(file + at(e.getLocation()) + ": unknown property '" + e.getPropertyName() + "' in " + known
                    + (close.isEmpty() ? "; known: " + String.join(", ", options) : "; did you mean '" + close.get(0) + "'?"));
        } catch (JsonProcessingException e) {
            YamlErrors.Located yaml = YamlErrors.locate(e, text);
            throw new WaiverException(file + (yaml != null ? ":" + yaml
                    : at(e.getLocation()) + ": " + e.getOriginalMessage().lines().findFirst().orElse("not valid YAML")));
        }
        if (doc == null || doc.waivers == null) {
            return List.of();
        }
        List<Waiver> waivers = new ArrayList<>();
        for (int i = 0; i < doc.waivers.size(); i++) {
            waivers.add(check(file + ": waivers[" + (i + 1) + "]", doc.waivers.get(i), knownCodes));
        }
        return waivers;
    }

    private static Waiver check(String where, Entry e, Collection<String> knownCodes) {
        if (e == null) {
            throw new WaiverException(where + ": an empty waiver");
        }
        if (blank(e.code)) {
            throw new WaiverException(where + ": no code (the check to waive, e.g. DELEGATE_SEND_ON_BEHALF)");
        }
        String code = e.code.trim();
        if (!knownCodes.contains(code)) {
            List<String> close = Closest.to(code, knownCodes, 1);
            throw new WaiverException(where + ": no check has the code '" + code + "'"
                    + (close.isEmpty() ? "; ted rules list shows them" : "; did you mean " + close.get(0) + "?"));
        }
        if (blank(e.reason)) {
            throw new WaiverException(where + " (" + code + "): no reason; say why this is accepted, for whoever reads the report next");
        }
        if (blank(e.expires)) {
            throw new WaiverException(where + " (" + code + "): no expires date (YYYY-MM-DD); a waiver that never ends is forgotten");
        }
        LocalDate expires;
        try {
            expires = LocalDate.parse(e.expires.trim());
        } catch (DateTimeParseException x) {
            throw new WaiverException(where + " (" + code + "): expires '" + e.expires.trim() + "' is not a date (YYYY-MM-DD)");
        }
        return new Waiver(code, trimmed(e.user), trimmed(e.delegate), e.reason.trim(), expires, where);
    }

    private static ObjectMapper mapper() {
        LoaderOptions loader = new LoaderOptions();
        loader.setMaxAliasesForCollections(10);
        loader.setNestingDepthLimit(20);
        return YAMLMapper.builder(YAMLFactory.builder().loaderOptions(loader)
                        .streamReadConstraints(StreamReadConstraints.builder().maxStringLength(100_000).build()).build())
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY)
                .build();
    }

    private static String at(JsonLocation location) {
        return location == null || location.getLineNr() < 1 ? "" : ":" + location.getLineNr();
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static String trimmed(String s) {
        return blank(s) ? null : s.trim();
    }
}
