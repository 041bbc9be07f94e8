package com.cosellstudio.app;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The committed renderings of the app icon are there at the sizes each platform asks for, and are
 * files those platforms can read: a half-regenerated set (or a renamed file) fails here rather than
 * in an installer built on another machine.
 */
class IconFilesTest {
    private static final Path ICONS = Path.of("icons");
    private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};

    @Test
    void eachPngRenderingIsAPngOfItsSize() throws IOException {
        for (int size : List.of(16, 24, 32, 48, 64, 128, 256, 512)) {
            byte[] png = Files.readAllBytes(ICONS.resolve("png/cosell-studio-" + size + ".png"));
            assertEquals(List.of(size, size), pngSize(png), "cosell-studio-" + size + ".png");
        }
    }

    @Test
    void theWindowLoadsTheCommittedRenderings() throws IOException {
        for (int size : List.of(16, 32, 48, 256)) {
            try (InputStream in = Objects.requireNonNull(
                    IconFilesTest.class.getResourceAsStream("/com/cosellstudio/app/icon-" + size + ".png"))) {
                assertArrayEquals(Files.readAllBytes(ICONS.resolve("png/cosell-studio-" + size + ".png")),
                        in.readAllBytes(), "icon-" + size + ".png is not the rendering of the SVG; run icons/render.sh");
            }
        }
    }

    @Test
    void theWindowsIconHoldsEverySizeFrom16To256() throws IOException {
        byte[] ico = Files.readAllBytes(ICONS.resolve("cosell-studio.ico"));
        ByteBuffer in = ByteBuffer.wrap(ico).order(ByteOrder.LITTLE_ENDIAN);
        assertEquals(0, in.getShort(0), "reserved");
        assertEquals(1, in.getShort(2), "type 1 is an icon");
        int count = in.getShort(4);
        Set<Integer> sizes = new TreeSet<>();
        for (int i = 0; i < count; i++) {
            int entry = 6 + 16 * i;
            int width = Byte.toUnsignedInt(ico[entry]) == 0 ? 256 : Byte.toUnsignedInt(ico[entry]);
            int height = Byte.toUnsignedInt(ico[entry + 1]) == 0 ? 256 : Byte.toUnsignedInt(ico[entry + 1]);
            assertEquals(width, height);
            int length = in.getInt(entry + 8);
            int offset = in.getInt(entry + 12);
            assertTrue(length > 0 && offset + (long) length <= ico.length, "image " + i + " lies inside the file");
            sizes.add(width);
        }
        assertEquals(Set.of(16, 24, 32, 48, 64, 128, 256), sizes);
    }

    @Test
    void theMacIconHoldsEverySizeFrom16To512() throws IOException {
        byte[] icns = Files.readAllBytes(ICONS.resolve("cosell-studio.icns"));
        ByteBuffer in = ByteBuffer.wrap(icns);
        assertEquals("icns", type(icns, 0));
        assertEquals(icns.length, in.getInt(4), "the header's length is the file's");
        List<String> types = new ArrayList<>();
        for (int at = 8; at < icns.length; at += in.getInt(at + 4)) {
            assertTrue(in.getInt(at + 4) > 8 && at + in.getInt(at + 4) <= icns.length, "element at " + at);
            types.add(type(icns, at));
        }
        // 16, 32, 48 and 128 px with their masks; 256 and 512 px.
        assertTrue(types.containsAll(List.of("is32", "s8mk", "il32", "l8mk", "ih32", "h8mk", "it32", "t8mk",
                "ic08", "ic09")), types.toString());
    }

    @Test
    void theSourceDrawingIsAnSvg() throws IOException {
        String svg = Files.readString(ICONS.resolve("cosell-studio.svg"));
        assertTrue(svg.contains("<svg xmlns=\"http://www.w3.org/2000/svg\""), "an SVG document");
    }

    /** Width and height from the IHDR chunk, which a PNG must start with. */
    private static List<Integer> pngSize(byte[] png) {
        assertArrayEquals(PNG_SIGNATURE, Arrays.copyOf(png, 8), "PNG signature");
        assertEquals("IHDR", new String(png, 12, 4, StandardCharsets.US_ASCII));
        ByteBuffer in = ByteBuffer.wrap(png);
        return List.of(in.getInt(16), in.getInt(20));
    }

    private static String type(byte[] bytes, int at) {
        return new String(bytes, at, 4, StandardCharsets.US_ASCII);
    }
}
