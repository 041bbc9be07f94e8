package com.cosellstudio.app;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;

/**
 * Loads and verifies, on a second core, the classes the UI thread is about to need for building the
 * window and painting the first grid. From a plain class path every JavaFX class is read from the
 * jar and its bytecode verified the first time it is used: some 1,800 classes between the toolkit
 * start and the first grid, which used to be done one after the other on the UI thread. Here they
 * are only loaded and linked, never initialised, so no static code of JavaFX runs off its thread;
 * the UI thread then finds them ready.
 *
 * <p>The list ({@code startup-classes.txt}, in first-use order) is a hint, not a contract: a name that
 * no longer exists is skipped. It was taken from {@code -Xlog:class+load} of a launch with a file
 * (see docs/ui-notes.md); a stale list only makes the start slower again, never wrong.
 */
final class ClassWarmUp {
    private static final String LIST = "startup-classes.txt";

    private ClassWarmUp() {
    }

    /** Starts the warm-up on a daemon thread and returns at once. */
    static void start() {
        Thread thread = new Thread(ClassWarmUp::run, "class-warm-up");
        thread.setDaemon(true);
        thread.start();
    }

    private static void run() {
        ClassLoader loader = ClassWarmUp.class.getClassLoader();
        InputStream list = ClassWarmUp.class.getResourceAsStream(LIST);
        if (list == null) {
            return;
        }
        try (BufferedReader names = new BufferedReader(new InputStreamReader(list, StandardCharsets.UTF_8))) {
            String name;
            while ((name = names.readLine()) != null) {
                if (!name.isBlank()) {
                    link(name.strip(), loader);
                }
            }
        } catch (IOException e) {
            // Our own jar unreadable: the UI thread loads what it needs itself, as without the list.
        }
    }

    private static void link(String name, ClassLoader loader) {
        try {
            // Loading without initialising; asking for the declared constructors makes the VM link
            // (verify) the class, still without running any of its static code.
            Class.forName(name, false, loader).getDeclaredConstructors();
        } catch (ClassNotFoundException | LinkageError e) {
            // Renamed or gone since the list was made, or not loadable here: the UI thread will
            // meet the same error (or not need the class) on its own; nothing to warm.
        }
    }
}
