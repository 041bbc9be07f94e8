package com.cosellstudio.io;

import com.cosellstudio.ShippedReader;
import com.cosellstudio.domain.BulkFile;
import com.opencsv.CSVWriter;
import com.opencsv.ICSVWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.UUID;

/**
 * Measures how long reading a large bulk file takes; not a unit test (timings on a shared machine
 * are no pass/fail criterion). Run from the project root after {@code mvn test-compile}:
 *
 * <pre>java -cp target/classes:target/test-classes:$(cat cp.txt) com.cosellstudio.io.ReadSpeedMain [FILE]</pre>
 *
 * Without FILE it first writes {@code target/speed/deals-100k.csv}: 100,000 deals of 36 columns
 * (~41 MB) made from the rows of {@code deals-valid.csv} with unique IDs, names, amounts and dates.
 */
public final class ReadSpeedMain {

    public static void main(String[] args) throws Exception {
        Path file = args.length > 0 ? Path.of(args[0]) : generate(Path.of("target/speed/deals-100k.csv"), 100_000);
        long start = System.nanoTime();
        BulkFile bulk = ShippedReader.reader().read(file);
        long millis = (System.nanoTime() - start) / 1_000_000;
        Runtime rt = Runtime.getRuntime();
        System.out.printf("%s: %,d bytes, %,d rows x %d columns read in %d ms (heap used %d MB)%n",
                file.getFileName(), Files.size(file), bulk.rowCount(), bulk.columnCount(), millis,
                (rt.totalMemory() - rt.freeMemory()) >> 20);
    }

    /** Writes {@code rows} deals built from the valid sample, varied so values are not all repeats. */
    static Path generate(Path target, int rows) throws IOException {
        Files.createDirectories(target.getParent());
        BulkFile sample;
        try (InputStream in = ReadSpeedMain.class.getResourceAsStream("/samples/deals-valid.csv")) {
            Path copy = Files.createTempFile("deals-valid", ".csv");
            Files.write(copy, in.readAllBytes());
            sample = ShippedReader.reader().read(copy);
            Files.delete(copy);
        } catch (UnreadableFileException e) {
            throw new IOException(e.getMessage(), e);
        }
        List<String> header = sample.header();
        int engagement = header.indexOf("Engagement ID");
        int referral = header.indexOf("Referral ID");
        int dealName = header.indexOf("Deal Name");
        int value = header.indexOf("Estimated Deal Value");
        int closeDate = header.indexOf("Estimated Close Date");
        int email = header.indexOf("Customer Contact Email Address");
        int crm = header.indexOf("CRM ID");
        Random random = new Random(42);
        try (OutputStream out = Files.newOutputStream(target);
             Writer text = new OutputStreamWriter(out, StandardCharsets.UTF_8);
             ICSVWriter csv = new CSVWriter(text, ',', '"', '"', "\r\n")) {
            out.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
            csv.writeNext(header.toArray(new String[0]), false);
            for (int i = 0; i < rows; i++) {
                String[] cells = sample.rows().get(i % sample.rowCount()).toArray();
                cells = java.util.Arrays.copyOf(cells, header.size());
                for (int c = 0; c < cells.length; c++) {
                    if (cells[c] == null) {
                        cells[c] = "";
                    }
                }
                boolean update = random.nextBoolean();
                cells[engagement] = update ? UUID.randomUUID().toString() : "";
                cells[referral] = update ? UUID.randomUUID().toString() : "";
                cells[dealName] = cells[dealName].replaceAll("#\\d+", "#" + (i + 1));
                cells[value] = String.format(java.util.Locale.ROOT, "%.2f", random.nextDouble() * 1_000_000);
                cells[closeDate] = (1 + random.nextInt(12)) + "/" + (1 + random.nextInt(28)) + "/" + (2026 + random.nextInt(3));
                cells[email] = "contact" + i + "@example.org";
                cells[crm] = random.nextBoolean() ? "CRM-" + random.nextInt(100_000_000) : "";
                csv.writeNext(cells, false);
            }
        }
        return target;
    }
}
