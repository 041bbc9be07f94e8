package com.cosellstudio.app.bench;

import com.cosellstudio.ShippedReader;
import com.cosellstudio.app.Samples;
import com.cosellstudio.domain.BulkFile;
import com.cosellstudio.domain.Row;
import com.cosellstudio.io.BulkFileReader;
import com.cosellstudio.io.UploadCsvWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Writes large upload-ready files for the UI benchmark from the 40 valid sample deals: each copy gets
 * its own deal name and its own Engagement and Referral IDs (so no duplicate-referral errors), and
 * one deal in fifty a typical mistake (a missing city) so the grid has marks to draw.
 */
public final class BenchFiles {
    private BenchFiles() {
    }

    public static Path generate(Path folder, int deals) throws Exception {
        Files.createDirectories(folder);
        Path target = folder.resolve("deals-" + deals + ".csv");
        if (Files.exists(target)) {
            return target;
        }
        BulkFile sample = ShippedReader.reader().read(Samples.path("deals-valid.csv"));
        int name = sample.header().indexOf("Deal Name");
        int engagement = sample.header().indexOf("Engagement ID");
        int referral = sample.header().indexOf("Referral ID");
        int city = sample.header().indexOf("Customer City");
        List<Row> rows = new ArrayList<>(deals);
        for (int i = 0; i < deals; i++) {
            Row row = sample.rows().get(i % sample.rowCount()).copy();
            row.set(name, "Deal " + (i + 1));
            if (!row.get(referral).isBlank()) {
                row.set(engagement, UUID.nameUUIDFromBytes(("engagement" + i).getBytes(StandardCharsets.UTF_8)).toString());
                row.set(referral, UUID.nameUUIDFromBytes(("referral" + i).getBytes(StandardCharsets.UTF_8)).toString());
            }
            if (i % 50 == 7) {
                row.set(city, "");
            }
            rows.add(row);
        }
        BulkFile file = new BulkFile(null, sample.source(), sample.header(), rows);
        new UploadCsvWriter().write(file, Samples.ENGINE.layout(sample.header()).uploadColumns(), target);
        return target;
    }
}
