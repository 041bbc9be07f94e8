package com.cosellstudio.rules.pack;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;

/**
 * Reads rule packs and the code lists they name from class-path resources (a list named by
 * several packs is read once per loader), with Jackson's
 * streaming parser (see {@link PackJson} for why not data binding). A pack that is not what the
 * records describe — an unknown or repeated field, a wrong type, an unknown constant, malformed
 * JSON — fails with an {@link IllegalStateException} naming the resource, the line and the column.
 */
public final class RulePackLoader {

    /** The pack of the 2021 template. */
    public static final String TEMPLATE_2021 = "/com/cosellstudio/rules/template-2021.json";
    /** The pack of the 2023 template, the one Partner Center issues today. */
    public static final String TEMPLATE_2023 = "/com/cosellstudio/rules/template-2023.json";

    /** A loaded pack with its code lists. */
    public record Loaded(RulePack pack, CodeLists codeLists) {
    }

    /** The code lists read so far, by resource name: packs naming the same files share them. */
    private final Map<String, Object> lists = new HashMap<>();

    /** Loads the pack at {@code resource} (absolute class-path name) and its code lists beside it. */
    public Loaded load(String resource) {
        RulePack pack = PackTexts.attach(read(resource, PackReader::rulePack), resource);
        if (pack.codeLists() == null) {
            throw new IllegalStateException("rule pack " + resource + ": no codeLists naming the country and currency lists");
        }
        String dir = resource.substring(0, resource.lastIndexOf('/') + 1);
        String countries = dir + pack.codeLists().countries();
        String currencies = dir + pack.codeLists().currencies();
        // The same object for the same files, so that an engine builds their tables once.
        CodeLists codeLists = (CodeLists) lists.get(countries + "\n" + currencies);
        if (codeLists == null) {
            codeLists = new CodeLists(list(countries, PackReader::countries), list(currencies, PackReader::currencies));
            lists.put(countries + "\n" + currencies, codeLists);
        }
        return new Loaded(pack, codeLists);
    }

    @SuppressWarnings("unchecked")
    private <T> T list(String resource, PackJson.Element<T> reader) {
        T list = (T) lists.get(resource);
        if (list == null) {
            list = read(resource, reader);
            lists.put(resource, list);
        }
        return list;
    }

    /**
     * Reads a pack from {@code in} (its code lists are not read).
     *
     * @param source what {@code in} is, for messages
     */
    public static RulePack readPack(String source, InputStream in) {
        return parse(source, in, PackReader::rulePack);
    }

    private static <T> T read(String resource, PackJson.Element<T> reader) {
        try (InputStream in = RulePackLoader.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("rule pack resource not found: " + resource);
            }
            return parse(resource, in, reader);
        } catch (IOException e) {
            throw new UncheckedIOException("rule pack resource unreadable: " + resource, e);
        }
    }

    private static <T> T parse(String source, InputStream in, PackJson.Element<T> reader) {
        try (PackJson json = PackJson.open(source, in)) {
            T value = reader.read(json);
            json.expectEnd();
            return value;
        } catch (JsonProcessingException e) {
            throw PackJson.problem(source, e);
        } catch (IOException e) {
            throw new UncheckedIOException("rule pack unreadable: " + source, e);
        }
    }
}
