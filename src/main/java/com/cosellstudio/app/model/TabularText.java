package com.cosellstudio.app.model;

import com.opencsv.CSVReader;
import com.opencsv.CSVReaderBuilder;
import com.opencsv.CSVWriterBuilder;
import com.opencsv.ICSVWriter;
import com.opencsv.RFC4180ParserBuilder;
import com.opencsv.exceptions.CsvException;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * Tab-separated text as Excel and LibreOffice put it on the clipboard: one line per row, TAB
 * between cells, a cell quoted only when it holds a TAB, a quote or a line break.
 */
public final class TabularText {
    private static final char TAB = '\t';

    private TabularText() {
    }

    /** The rows of a clipboard text; a trailing line break does not make an extra row. */
    public static List<String[]> parse(String text) {
        if (text == null || text.isEmpty()) {
            return List.of();
        }
        try (CSVReader reader = new CSVReaderBuilder(new StringReader(text))
                .withCSVParser(new RFC4180ParserBuilder().withSeparator(TAB).build())
                .build()) {
            return reader.readAll();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (CsvException e) {
            // A malformed quote: take the text literally, line by line, cell by tab.
            return literal(text);
        }
    }

    private static List<String[]> literal(String text) {
        String[] lines = text.split("\r\n|\n|\r", -1);
        int count = lines.length;
        if (count > 0 && lines[count - 1].isEmpty()) {
            count--;
        }
        String[][] cells = new String[count][];
        for (int i = 0; i < count; i++) {
            cells[i] = lines[i].split("\t", -1);
        }
        return List.of(cells);
    }

    /** Rows as clipboard text, CRLF after every row as the spreadsheets write it. */
    public static String format(List<String[]> rows) {
        StringWriter out = new StringWriter();
        try (ICSVWriter writer = new CSVWriterBuilder(out)
                .withSeparator(TAB)
                .withQuoteChar(ICSVWriter.DEFAULT_QUOTE_CHARACTER)
                .withEscapeChar(ICSVWriter.DEFAULT_QUOTE_CHARACTER)
                .withLineEnd("\r\n")
                .build()) {
            for (String[] row : rows) {
                writer.writeNext(row, false);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }
}
