package com.cosellstudio.io;

import com.opencsv.CSVParserBuilder;
import com.opencsv.CSVReader;
import com.opencsv.CSVReaderBuilder;
import com.opencsv.ICSVParser;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;

/** OpenCSV's own reading of a text: the reference our FastCSV-based reader must agree with. */
final class OpenCsvOracle {
    private OpenCsvOracle() {
    }

    /** The records after the header, as OpenCSV's CSVReader reads them (RFC 4180, no escape character). */
    static List<String[]> recordsAfterHeader(String text, char separator) throws Exception {
        List<String[]> rows = new ArrayList<>();
        try (CSVReader csv = new CSVReaderBuilder(new StringReader(text))
                .withCSVParser(new CSVParserBuilder().withSeparator(separator).withEscapeChar(ICSVParser.NULL_CHARACTER)
                        .withIgnoreLeadingWhiteSpace(false).build())
                .build()) {
            csv.readNext();
            String[] row;
            while ((row = csv.readNext()) != null) {
                rows.add(row);
            }
        }
        return rows;
    }
}
