package com.cosellstudio.app.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Clipboard text as Excel and LibreOffice write it. */
class TabularTextTest {

    @Test
    void excelStyleTextWithQuotedLineBreaksAndTabsParses() {
        String excel = "a\tb c\r\n\"two\nlines\"\t\"has\ttab\"\r\n\t\r\n";
        List<String[]> rows = TabularText.parse(excel);
        assertEquals(3, rows.size());
        assertArrayEquals(new String[] {"a", "b c"}, rows.get(0));
        assertArrayEquals(new String[] {"two\nlines", "has\ttab"}, rows.get(1));
        assertArrayEquals(new String[] {"", ""}, rows.get(2));
    }

    @Test
    void formattedTextQuotesOnlyWhatNeedsItAndParsesBack() {
        List<String[]> rows = List.of(new String[] {"plain", "with \"quote\"", "tab\there"},
                new String[] {"line\nbreak", "", "12,5"});
        String text = TabularText.format(rows);
        assertEquals("plain\t\"with \"\"quote\"\"\"\t\"tab\there\"\r\n\"line\nbreak\"\t\t12,5\r\n", text);
        List<String[]> back = TabularText.parse(text);
        assertArrayEquals(rows.get(0), back.get(0));
        assertArrayEquals(rows.get(1), back.get(1));
    }

    @Test
    void aSingleCellWithoutLineEndIsOneCell() {
        List<String[]> rows = TabularText.parse("US");
        assertEquals(1, rows.size());
        assertArrayEquals(new String[] {"US"}, rows.get(0));
    }
}
