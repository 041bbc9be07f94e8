package com.cosellstudio.app.look;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * Whether the operating system is set to a dark appearance, read the cheap way each system offers
 * (JavaFX 21 has no platform preferences): the GTK theme's name or GNOME's colour scheme on Linux,
 * the registry on Windows, the global AppleInterfaceStyle on macOS. Asking runs a small command, so
 * callers do it off the UI thread; anything unreadable, slow or unknown counts as light.
 */
public final class SystemTheme {
    private static final long TIMEOUT_MILLIS = 1500;

    private SystemTheme() {
    }

    /** Asks the system; false when it cannot tell. Blocks for at most about a second and a half. */
    public static boolean isDark() {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        if (os.startsWith("windows")) {
            return windowsSaysDark(run(List.of("reg", "query",
                    "HKCU\\Software\\Microsoft\\Windows\\CurrentVersion\\Themes\\Personalize", "/v", "AppsUseLightTheme")));
        }
        if (os.startsWith("mac")) {
            return macSaysDark(run(List.of("defaults", "read", "-g", "AppleInterfaceStyle")));
        }
        return linuxSaysDark(System.getenv(), () -> run(List.of("gsettings", "get", "org.gnome.desktop.interface", "color-scheme")));
    }

    /** {@code GTK_THEME=Adwaita:dark} or a theme named {@code ...-dark}; else GNOME's {@code 'prefer-dark'}. */
    static boolean linuxSaysDark(Map<String, String> environment, Supplier<String> colorScheme) {
        String gtk = environment.getOrDefault("GTK_THEME", "").toLowerCase(Locale.ROOT);
        if (gtk.endsWith(":dark") || gtk.endsWith("-dark")) {
            return true;
        }
        if (!gtk.isEmpty()) {
            return false;
        }
        String scheme = colorScheme.get();
        return scheme != null && scheme.contains("prefer-dark");
    }

    /** {@code AppsUseLightTheme    REG_DWORD    0x0} means dark. */
    static boolean windowsSaysDark(String output) {
        if (output == null) {
            return false;
        }
        for (String line : output.split("\\R")) {
            String[] words = line.trim().split("\\s+");
            if (words.length == 3 && words[0].equalsIgnoreCase("AppsUseLightTheme")) {
                return words[2].equalsIgnoreCase("0x0");
            }
        }
        return false;
    }

    /** The key is set to {@code Dark} in dark mode and missing in light mode. */
    static boolean macSaysDark(String output) {
        return output != null && output.trim().equalsIgnoreCase("dark");
    }

    /** The command's standard output, or null when it cannot be run, fails or takes too long. */
    private static String run(List<String> command) {
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(false)
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start();
            process.getOutputStream().close();
            if (!process.waitFor(TIMEOUT_MILLIS, TimeUnit.MILLISECONDS)) {
                process.destroyForcibly();
                return null;
            }
            if (process.exitValue() != 0) {
                return null;
            }
            try (InputStream out = process.getInputStream()) {
                return new String(out.readNBytes(4096), StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            return null; // no such command on this system
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }
}
