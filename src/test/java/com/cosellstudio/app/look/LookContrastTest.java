package com.cosellstudio.app.look;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Every mark of the grid is readable on both themes by the WCAG AA measure: the text of a marked
 * cell against each mark's fill at least 4.5:1, each mark's glyph and bar against every fill it
 * can sit on at least 3:1 (non-text contrast). The colours are read from studio.css's two colour
 * blocks, the one place they are defined.
 */
class LookContrastTest {
    private static final List<String> FILLS = List.of("-cs-error-fill", "-cs-warning-fill", "-cs-note-fill",
            "-cs-changed-fill", "-cs-rejected-fill", "-cs-selection", "-cs-grid-fill");
    private static final List<String> MARKS = List.of("-cs-error", "-cs-warning", "-cs-note", "-cs-changed", "-cs-rejected");

    private final String css = stylesheet();

    @Test
    void marksAreReadableOnBothThemes() {
        List<String> failures = new ArrayList<>();
        for (String theme : List.of(".root", ".root.dark")) {
            Map<String, String> colours = block(theme);
            for (String fill : FILLS) {
                need(failures, theme, colours, "-cs-text", fill, 4.5);
                for (String mark : MARKS) {
                    need(failures, theme, colours, mark, fill, 3);
                }
            }
            // Row numbers: muted digits on their own fill and on the fills of the marks a row shows.
            for (String fill : List.of("-cs-row-number-fill", "-cs-error-fill", "-cs-changed-fill", "-cs-rejected-fill")) {
                need(failures, theme, colours, "-cs-muted", fill, 4.5);
            }
            // Coloured texts of the status bar, the issues panel and the banner.
            for (String text : List.of("-cs-error", "-cs-warning-text", "-cs-changed", "-cs-rejected")) {
                need(failures, theme, colours, text, "-cs-header-fill", 4.5);
                need(failures, theme, colours, text, "-cs-grid-fill", 4.5);
            }
            need(failures, theme, colours, "-cs-error", "-cs-banner-fill", 4.5);
            need(failures, theme, colours, "-cs-warning-text", "-cs-banner-fill", 4.5);
        }
        assertEquals(List.of(), failures);
    }

    @Test
    void bothThemesDefineEveryColourTheStylesheetUses() {
        Set<String> used = new TreeSet<>();
        Matcher names = Pattern.compile("(-cs-[a-z-]+[a-z])").matcher(css);
        while (names.find()) {
            used.add(names.group(1));
        }
        assertTrue(used.size() > 15, "found the colours: " + used);
        assertEquals(used, block(".root").keySet(), "the light block defines exactly the colours used");
        assertEquals(used, block(".root.dark").keySet(), "the dark block defines exactly the colours used");
    }

    @Test
    void contrastRatioIsWcags() {
        assertEquals(21, ratio("#000000", "#ffffff"), 0.01);
        assertEquals(1, ratio("#777777", "#777777"), 0.01);
        assertEquals(4.48, ratio("#777777", "#ffffff"), 0.01);
    }

    private static void need(List<String> failures, String theme, Map<String, String> colours, String fore,
                             String back, double least) {
        double ratio = ratio(colours.get(fore), colours.get(back));
        if (ratio < least) {
            failures.add(String.format("%s: %s %s on %s %s is %.2f:1, needs %.1f:1", theme, fore, colours.get(fore),
                    back, colours.get(back), ratio, least));
        }
    }

    /** The {@code -cs-name: #rrggbb;} pairs of the block with exactly this selector. */
    private Map<String, String> block(String selector) {
        Matcher block = Pattern.compile("(?m)^" + Pattern.quote(selector) + " \\{([^}]*)}").matcher(css);
        assertTrue(block.find(), "no block " + selector);
        Map<String, String> colours = new LinkedHashMap<>();
        Matcher pair = Pattern.compile("(-cs-[a-z-]+):\\s*(#[0-9a-fA-F]{6});").matcher(block.group(1));
        while (pair.find()) {
            colours.put(pair.group(1), pair.group(2));
        }
        return colours;
    }

    /** WCAG 2's contrast ratio of two sRGB colours. */
    static double ratio(String first, String second) {
        double a = luminance(first);
        double b = luminance(second);
        return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
    }

    private static double luminance(String hex) {
        int rgb = Integer.parseInt(hex.substring(1), 16);
        return 0.2126 * channel(rgb >> 16) + 0.7152 * channel(rgb >> 8) + 0.0722 * channel(rgb);
    }

    private static double channel(int value) {
        double c = (value & 0xff) / 255.0;
        return c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }

    private static String stylesheet() {
        try (InputStream in = LookContrastTest.class.getResourceAsStream("/com/cosellstudio/app/studio.css")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
