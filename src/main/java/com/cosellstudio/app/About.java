package com.cosellstudio.app;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * What Help ▸ About shows: the version the build stamped, the app's licence and every library it
 * ships with and under which licence, all read from resources the build puts beside the classes.
 */
public record About(String version, String licence, List<Library> libraries) {
    /** One shipped library: its name, Maven coordinates ({@code group:artifact}), version and licence. */
    public record Library(String name, String artifact, String version, String licence) {
    }

    /** The About of this build. */
    public static About ofThisBuild() {
        Properties version = new Properties();
        try (InputStream in = resource("version.properties")) {
            version.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new About(version.getProperty("version"), text("LICENSE"), libraries(text("third-party.txt")));
    }

    /** The lines of third-party.txt that are not comments: {@code name | artifact | version | licence}. */
    static List<Library> libraries(String list) {
        List<Library> libraries = new ArrayList<>();
        list.lines().map(String::strip).filter(line -> !line.isEmpty() && !line.startsWith("#")).forEach(line -> {
            String[] parts = line.split("\\|");
            if (parts.length != 4) {
                throw new IllegalArgumentException("not name | artifact | version | licence: " + line);
            }
            libraries.add(new Library(parts[0].strip(), parts[1].strip(), parts[2].strip(), parts[3].strip()));
        });
        return List.copyOf(libraries);
    }

    private static String text(String name) {
        try (InputStream in = resource(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static InputStream resource(String name) throws IOException {
        InputStream in = About.class.getResourceAsStream(name);
        if (in == null) {
            throw new IOException("missing from the build: " + name);
        }
        return in;
    }
}
