package com.cosellstudio.cli;

import com.cosellstudio.rules.RuleEngine;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.opencsv.CSVParserBuilder;
import com.opencsv.CSVReader;
import com.opencsv.CSVReaderBuilder;
import com.opencsv.exceptions.CsvException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;

/** One in-process run of the command line, its streams captured. */
record CliRun(int status, String out, String err) {
    static final Path SAMPLES = Path.of("src/test/resources/samples");
    private static RuleEngine engine;

    static CliRun of(String... args) {
        return with(CliRun::engine, args);
    }

    /** A run whose rule engine comes from {@code engine} (a test's, that may fail). */
    static CliRun with(Supplier<RuleEngine> engine, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Cli cli = new Cli(VerbRegistry.standard(), Locale.ROOT, engine);
        int status;
        try (PrintStream outStream = new PrintStream(out, true, StandardCharsets.UTF_8);
             PrintStream errStream = new PrintStream(err, true, StandardCharsets.UTF_8)) {
            status = cli.run(args, outStream, errStream);
        }
        return new CliRun(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    static String sample(String name) {
        return SAMPLES.resolve(name).toString();
    }

    /** The rule pack is compiled once for all CLI tests, as the real command line does once per run. */
    private static synchronized RuleEngine engine() {
        if (engine == null) {
            engine = RuleEngine.shipped();
        }
        return engine;
    }

    /** The rows the author of deals-with-errors.csv marked as faulty (its .expected.json). */
    static Set<Integer> expectedErrorRows() throws IOException {
        Set<Integer> rows = new TreeSet<>();
        for (JsonNode fault : new ObjectMapper().readTree(SAMPLES.resolve("deals-with-errors.expected.json").toFile())) {
            rows.add(fault.get("row").asInt());
        }
        return rows;
    }

    /** All records of a CSV file read with OpenCSV, a leading BOM dropped from the first cell. */
    static List<String[]> readCsv(Path file, Charset charset, char delimiter) throws IOException {
        try (Reader reader = Files.newBufferedReader(file, charset);
             CSVReader csv = new CSVReaderBuilder(reader)
                     .withCSVParser(new CSVParserBuilder().withSeparator(delimiter).build()).build()) {
            List<String[]> records = csv.readAll();
            String first = records.get(0)[0];
            if (first.startsWith("\uFEFF")) {
                records.get(0)[0] = first.substring(1);
            }
            return records;
        } catch (CsvException e) {
            throw new IOException(e);
        }
    }

    List<String> errLines() {
        return err.lines().toList();
    }

    List<String> outLines() {
        return out.lines().toList();
    }
}
