package com.cosellstudio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.jar.Attributes;
import java.util.jar.JarFile;
import java.util.zip.ZipEntry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The runnable jars {@code mvn package} makes, one per desktop platform: each holds the app, starts
 * it, and carries the JavaFX native libraries its platform loads, built for its processor and no
 * other platform's. Run by failsafe in {@code verify}, after the jars exist.
 */
class PlatformJarsIT {
    private static final Path TARGET = Paths.get("target");

    /** A JavaFX classifier, what its Glass and Prism need, and the binary format its libraries must have. */
    enum Platform {
        LINUX("linux", Binary.ELF, Cpu.X64, "com/sun/glass/ui/gtk/GtkApplication.class",
                "com/sun/prism/es2/X11GLFactory.class", "glass", "glassgtk3", "prism_es2", "prism_sw",
                "prism_common", "javafx_font", "javafx_font_freetype", "javafx_font_pango", "javafx_iio",
                "decora_sse"),
        LINUX_AARCH64("linux-aarch64", Binary.ELF, Cpu.ARM64, "com/sun/glass/ui/gtk/GtkApplication.class",
                "com/sun/prism/es2/X11GLFactory.class", "glass", "glassgtk3", "prism_es2", "prism_sw",
                "prism_common", "javafx_font", "javafx_font_freetype", "javafx_font_pango", "javafx_iio",
                "decora_sse"),
        WIN("win", Binary.PE, Cpu.X64, "com/sun/glass/ui/win/WinApplication.class",
                "com/sun/prism/d3d/D3DPipeline.class", "glass", "prism_d3d", "prism_sw", "prism_common",
                "javafx_font", "javafx_iio", "decora_sse", "msvcp140", "vcruntime140"),
        MAC("mac", Binary.MACH_O, Cpu.X64, "com/sun/glass/ui/mac/MacApplication.class",
                "com/sun/prism/es2/MacGLFactory.class", "glass", "prism_es2", "prism_sw", "prism_common",
                "javafx_font", "javafx_iio", "decora_sse"),
        MAC_AARCH64("mac-aarch64", Binary.MACH_O, Cpu.ARM64, "com/sun/glass/ui/mac/MacApplication.class",
                "com/sun/prism/es2/MacGLFactory.class", "glass", "prism_es2", "prism_sw", "prism_common",
                "javafx_font", "javafx_iio", "decora_sse");

        final String classifier;
        final Binary binary;
        final Cpu cpu;
        final String glassApplication;
        final String graphicsFactory;
        final List<String> libraries;

        Platform(String classifier, Binary binary, Cpu cpu, String glassApplication, String graphicsFactory,
                String... libraries) {
            this.classifier = classifier;
            this.binary = binary;
            this.cpu = cpu;
            this.glassApplication = glassApplication;
            this.graphicsFactory = graphicsFactory;
            this.libraries = List.of(libraries);
        }

        Path jar() {
            return TARGET.resolve("cosell-studio-" + classifier + ".jar");
        }

        /** The platform this JVM runs on, if the build makes a jar for it. */
        static Platform current() {
            String os = System.getProperty("os.name").toLowerCase(Locale.ROOT);
            boolean arm = System.getProperty("os.arch").matches("aarch64|arm64");
            if (os.startsWith("windows")) {
                return arm ? null : WIN;
            }
            if (os.startsWith("mac")) {
                return arm ? MAC_AARCH64 : MAC;
            }
            return os.startsWith("linux") ? (arm ? LINUX_AARCH64 : LINUX) : null;
        }
    }

    /** How each platform names and marks its shared libraries. */
    enum Binary {
        ELF("lib", ".so"),
        PE("", ".dll"),
        MACH_O("lib", ".dylib");

        final String prefix;
        final String suffix;

        Binary(String prefix, String suffix) {
            this.prefix = prefix;
            this.suffix = suffix;
        }

        String fileName(String library) {
            return prefix + library + suffix;
        }

        static boolean isNative(String entry) {
            return !entry.contains("/") && (entry.endsWith(".so") || entry.endsWith(".dll") || entry.endsWith(".dylib"));
        }
    }

    enum Cpu { X64, ARM64 }

    @TempDir
    Path home;

    @ParameterizedTest
    @EnumSource(Platform.class)
    void eachPlatformsJarStartsTheApp(Platform platform) throws IOException {
        assertTrue(Files.isRegularFile(platform.jar()), platform.jar() + " was not built");
        try (JarFile jar = new JarFile(platform.jar().toFile())) {
            Attributes manifest = jar.getManifest().getMainAttributes();
            assertEquals("com.cosellstudio.Launcher", manifest.getValue(Attributes.Name.MAIN_CLASS));
            assertEquals("true", manifest.getValue("Multi-Release"));
            assertNotNull(jar.getEntry("com/cosellstudio/Launcher.class"));
            assertNotNull(jar.getEntry("org/apache/poi/xssf/usermodel/XSSFWorkbook.class"));
            assertNotNull(jar.getEntry("javafx/application/Application.class"));
            assertNotNull(jar.getEntry("javafx/scene/control/TableView.class"));
            assertNotNull(jar.getEntry("com/sun/javafx/scene/control/skin/modena/modena.bss"));
            assertNotNull(jar.getEntry("com/cosellstudio/rules/template-2023.json"),
                    "the rule pack the checks read");
        }
    }

    @ParameterizedTest
    @EnumSource(Platform.class)
    void eachPlatformsJarHoldsTheGlassAndPrismItsPlatformLoads(Platform platform) throws IOException {
        try (JarFile jar = new JarFile(platform.jar().toFile())) {
            assertNotNull(jar.getEntry(platform.glassApplication), platform.glassApplication);
            assertNotNull(jar.getEntry(platform.graphicsFactory), platform.graphicsFactory);
            assertNotNull(jar.getEntry("com/sun/prism/sw/SWPipeline.class"));
            for (String library : platform.libraries) {
                String name = platform.binary.fileName(library);
                ZipEntry entry = jar.getEntry(name);
                assertNotNull(entry, platform.classifier + " jar lacks " + name);
                assertTrue(entry.getSize() > 0, name);
            }
        }
    }

    @ParameterizedTest
    @EnumSource(Platform.class)
    void everyNativeLibraryInAJarIsBuiltForItsPlatformAndProcessor(Platform platform) throws IOException {
        List<String> wrong = new ArrayList<>();
        int natives = 0;
        try (JarFile jar = new JarFile(platform.jar().toFile())) {
            for (ZipEntry entry : Collections.list(jar.entries())) {
                if (!Binary.isNative(entry.getName())) {
                    continue;
                }
                natives++;
                byte[] head;
                try (InputStream in = jar.getInputStream(entry)) {
                    head = in.readNBytes(4096);
                }
                String found = describe(head);
                String wanted = platform.binary + " " + platform.cpu;
                if (!entry.getName().endsWith(platform.binary.suffix) || !found.equals(wanted)) {
                    wrong.add(entry.getName() + " is " + found + ", wanted " + wanted);
                }
            }
        }
        assertTrue(natives >= platform.libraries.size(), "natives found: " + natives);
        assertEquals(List.of(), wrong, platform.classifier);
    }

    /** The build machine's own jar, which the README and the benchmarks run, is that platform's jar. */
    @Test
    void theBuildMachinesJarHoldsWhatItsPlatformJarHolds() throws IOException {
        Platform here = Platform.current();
        assumeTrue(here != null, "no platform jar for " + System.getProperty("os.name"));
        assertEquals(entries(here.jar()), entries(TARGET.resolve("cosell-studio.jar")));
    }

    /**
     * JavaFX's own loader finds this machine's native libraries in its platform jar, copies them out
     * and loads them; the display-free ones, so it runs without a screen.
     */
    @Test
    void javaFxLoadsTheNativeLibrariesFromThisMachinesJar() throws Exception {
        Platform here = Platform.current();
        assumeTrue(here != null, "no platform jar for " + System.getProperty("os.name"));
        Path java = Paths.get(System.getProperty("java.home"), "bin", "java");
        String classPath = here.jar().toAbsolutePath() + File.pathSeparator
                + Paths.get("target", "test-classes").toAbsolutePath();
        Process process = new ProcessBuilder(java.toString(), "-Duser.home=" + home, "-Djava.library.path=",
                "-cp", classPath, LoadNatives.class.getName(), "prism_sw", "javafx_font", "prism_common")
                .redirectErrorStream(true)
                .start();
        assertTrue(process.waitFor(60, TimeUnit.SECONDS), "the child JVM did not finish");
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, process.exitValue(), output);
        assertTrue(output.contains("loaded prism_sw javafx_font prism_common"), output);
        try (var cached = Files.walk(home)) {
            assertTrue(cached.anyMatch(p -> p.getFileName().toString().equals(here.binary.fileName("prism_sw"))),
                    "JavaFX copied its libraries out of the jar under the user's home");
        }
    }

    /** Run in a child JVM on a platform jar: loads the named libraries the way JavaFX does. */
    public static final class LoadNatives {
        public static void main(String[] args) {
            for (String library : args) {
                com.sun.glass.utils.NativeLibLoader.loadLibrary(library);
            }
            System.out.println("loaded " + String.join(" ", args));
        }
    }

    private static Set<String> entries(Path jar) throws IOException {
        Set<String> names = new TreeSet<>();
        try (JarFile file = new JarFile(jar.toFile())) {
            for (ZipEntry entry : Collections.list(file.entries())) {
                if (!entry.isDirectory() && !entry.getName().equals(JarFile.MANIFEST_NAME)) {
                    names.add(entry.getName());
                }
            }
        }
        return names;
    }

    /** The binary format and processor a shared library's header names. */
    static String describe(byte[] head) {
        ByteBuffer le = ByteBuffer.wrap(head).order(ByteOrder.LITTLE_ENDIAN);
        if (head.length >= 20 && le.getInt(0) == 0x464C457F) {
            return Binary.ELF + " " + cpu(le.getShort(18) & 0xFFFF, 0x3E, 0xB7);
        }
        if (head.length >= 0x40 && (le.getShort(0) & 0xFFFF) == 0x5A4D) {
            int pe = le.getInt(0x3C);
            if (pe > 0 && pe + 6 <= head.length && le.getInt(pe) == 0x00004550) {
                return Binary.PE + " " + cpu(le.getShort(pe + 4) & 0xFFFF, 0x8664, 0xAA64);
            }
        }
        if (head.length >= 8 && le.getInt(0) == 0xFEEDFACF) {
            return Binary.MACH_O + " " + cpu(le.getInt(4), 0x01000007, 0x0100000C);
        }
        return "unknown";
    }

    private static String cpu(int machine, int x64, int arm64) {
        return machine == x64 ? Cpu.X64.name() : machine == arm64 ? Cpu.ARM64.name() : "cpu 0x" + Integer.toHexString(machine);
    }
}
