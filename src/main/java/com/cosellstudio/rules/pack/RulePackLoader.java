package com.cosellstudio.rules.pack;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** Reads a rule pack and the code lists it names from class-path resources. */
public final class RulePackLoader {

    /** The pack of the 2021 template. */
    public static final String TEMPLATE_2021 = "/com/cosellstudio/rules/template-2021.json";

    private final ObjectMapper json = new ObjectMapper()
            // A typo in a pack must fail loudly, not silently drop a rule.
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    /** A loaded pack with its code lists. */
    public record Loaded(RulePack pack, CodeLists codeLists) {
    }

    /** Loads the pack at {@code resource} (absolute class-path name) and its code lists beside it. */
    public Loaded load(String resource) {
        RulePack pack = read(resource, RulePack.class);
        String dir = resource.substring(0, resource.lastIndexOf('/') + 1);
        CodeLists.Countries countries = read(dir + pack.codeLists().countries(), CodeLists.Countries.class);
        CodeLists.Currencies currencies = read(dir + pack.codeLists().currencies(), CodeLists.Currencies.class);
        return new Loaded(pack, new CodeLists(countries, currencies));
    }

    private <T> T read(String resource, Class<T> type) {
        try (InputStream in = RulePackLoader.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("rule pack resource not found: " + resource);
            }
            return json.readValue(in, type);
        } catch (IOException e) {
            throw new UncheckedIOException("rule pack resource unreadable: " + resource, e);
        }
    }
}
