package com.cosellstudio.rules;

import com.cosellstudio.domain.BulkFile;
import com.cosellstudio.domain.Row;
import com.cosellstudio.domain.SourceInfo;
import com.opencsv.CSVParserBuilder;
import com.opencsv.CSVReader;
import com.opencsv.CSVReaderBuilder;
import com.opencsv.exceptions.CsvException;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.io.input.BOMInputStream;

/** Reads the sample CSVs of the test resources with OpenCSV (UTF-8, BOM stripped), independent of the io package. */
final class SampleFiles {

    private SampleFiles() {
    }

    static BulkFile read(String name) {
        return read(name, StandardCharsets.UTF_8, ',');
    }

    /** A sample in another encoding or with another separator (as European Excel saves "CSV"). */
    static BulkFile read(String name, Charset charset, char separator) {
        String resource = "/samples/" + name;
        try (InputStream in = SampleFiles.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("no test resource " + resource);
            }
            try (Reader reader = new InputStreamReader(BOMInputStream.builder().setInputStream(in).get(), charset);
                 CSVReader csv = new CSVReaderBuilder(reader)
                         .withCSVParser(new CSVParserBuilder().withSeparator(separator).build()).build()) {
                List<String[]> records = csv.readAll();
                List<Row> rows = new ArrayList<>();
                for (int i = 1; i < records.size(); i++) {
                    rows.add(new Row(records.get(i), i + 1));
                }
                return new BulkFile(Path.of(name), SourceInfo.uploadReady(), Arrays.asList(records.get(0)), rows);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (CsvException e) {
            throw new IllegalStateException(e);
        }
    }
}
