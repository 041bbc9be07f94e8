package com.cosellstudio.roundtrip;

import com.cosellstudio.ShippedReader;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.cosellstudio.domain.BulkFile;
import com.cosellstudio.domain.Row;
import com.cosellstudio.io.BulkFileReader;
import com.cosellstudio.io.UploadCsvWriter;
import com.cosellstudio.rules.ColumnLayout;
import com.cosellstudio.rules.RuleEngine;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The loop of issue 4 on real files: written, read back, worked on, written again, read back. */
class RoundTripEndToEndTest {
    private static final RuleEngine ENGINE = RuleEngine.shipped();

    @TempDir
    Path dir;

    private final UploadCsvWriter writer = new UploadCsvWriter();
    private final BulkFileReader reader = ShippedReader.reader();

    private Path save(BulkFile file, String name) throws Exception {
        Path path = dir.resolve(name);
        writer.write(file, ENGINE.layout(file.header()).uploadColumns(), path);
        return path;
    }

    /** Deal name → row of every deal in a file read back. */
    private static Map<String, Row> dealsByName(BulkFile file) {
        int name = ENGINE.layout(file.header()).indexOf("Deal Name");
        Map<String, Row> deals = new TreeMap<>();
        for (Row row : file.rows()) {
            if (!row.isBlank()) {
                deals.put(row.get(name), row);
            }
        }
        return deals;
    }

    @Test
    void editingThreeCellsOfAnExportUploadsExactlyThoseThreeDeals() throws Exception {
        Path exportPath = save(TestDeals.export(40), "export.csv");
        BulkFile document = reader.read(exportPath);
        BulkFile exported = reader.read(exportPath);
        ColumnLayout layout = ENGINE.layout(document.header());
        BaselineComparison comparison = Baseline.of(exported, ENGINE.layout(exported.header())).against(layout);

        // Three edits as the grid makes them: one cell each in deals 7, 19 and 33.
        document.row(7).set(layout.indexOf("Customer City"), "Redmond");
        document.row(19).set(layout.indexOf("Estimated Deal Value"), "250000");
        document.row(33).set(layout.indexOf("Notes"), "Customer asked for a \"quick\" demo, then, a POC");
        assertEquals(3, comparison.changedRowCount(document.rows()));

        Path out = dir.resolve("changed.csv");
        writer.write(document, layout.uploadColumns(), comparison.rowsToUploadOf(document.rows()), out);

        Map<String, Row> uploaded = dealsByName(reader.read(out));
        assertEquals(Set.of("Deal 7", "Deal 19", "Deal 33"), uploaded.keySet());
        BulkFile back = reader.read(out);
        ColumnLayout backLayout = ENGINE.layout(back.header());
        assertEquals("Redmond", uploaded.get("Deal 7").get(backLayout.indexOf("Customer City")));
        assertEquals("250000", uploaded.get("Deal 19").get(backLayout.indexOf("Estimated Deal Value")));
        assertEquals("Customer asked for a \"quick\" demo, then, a POC", uploaded.get("Deal 33").get(backLayout.indexOf("Notes")));
        assertEquals(TestDeals.referralId(19), uploaded.get("Deal 19").get(backLayout.indexOf("Referral ID")),
                "an update keeps its Referral ID");
    }

    @Test
    void aNewDealIsPartOfTheChangedRowsOnlyUpload() throws Exception {
        Path exportPath = save(TestDeals.export(10), "export.csv");
        BulkFile document = reader.read(exportPath);
        ColumnLayout layout = ENGINE.layout(document.header());
        BaselineComparison comparison = Baseline.of(reader.read(exportPath), layout).against(layout);
        document.rows().add(new Row(TestDeals.newDeal(11), 0));
        document.row(2).set(layout.indexOf("Customer Name"), "Contoso Ltd");

        assertEquals(List.of(2, 11), comparison.rowsToUpload(document.rows()));
        assertEquals(0, ENGINE.check(layout, document, comparison::rowBaseline).errors());
    }

    @Test
    void aProcessedFileWithFourRejectedRowsGivesARetryFileOfThoseFour() throws Exception {
        BulkFile processed = TestDeals.export(10);
        Map<Integer, String> rejected = Map.of(3, "Customer Country is invalid", 4, "Deal Value is mandatory",
                8, "Invalid email; Invalid phone", 10, "Solution not found");
        // Partner Center's download: the uploaded rows with the Errors column filled where a row failed.
        Path download = dir.resolve("processed.csv");
        writer.writeWithErrors(processed, ENGINE.layout(processed.header()).uploadColumns(), rejected::get, download);

        BulkFile document = reader.read(download);
        ColumnLayout layout = ENGINE.layout(document.header());
        ProcessedErrors errors = ProcessedErrors.of(document, layout);
        assertEquals(List.of(3, 4, 8, 10), errors.rejectedRows());
        assertEquals(List.of("Invalid email", "Invalid phone"), errors.errors(8));
        RetryFile.Result result = RetryFile.prepare(document, layout);
        assertEquals(4, result.kept());
        assertEquals(6, result.dropped());
        Path retry = save(document, "retry.csv");

        BulkFile back = reader.read(retry);
        ColumnLayout backLayout = ENGINE.layout(back.header());
        assertEquals(Set.of("Deal 3", "Deal 4", "Deal 8", "Deal 10"), dealsByName(back).keySet());
        int errorsColumn = backLayout.indexOf("Errors");
        assertTrue(errorsColumn >= 0, "the retry file keeps the Errors column");
        for (Row row : back.rows()) {
            assertEquals("", row.get(errorsColumn));
        }
    }

    @Test
    void twentyFiveHundredDealsSplitIntoThreeUploadsHoldingEveryDealOnce() throws Exception {
        Path big = save(TestDeals.export(2500), "deals.csv");
        BulkFile document = reader.read(big);
        ColumnLayout layout = ENGINE.layout(document.header());
        SplitPlan plan = SplitPlan.of(document, layout.rowsPerUpload(), SplitPlan.baseNameOf("deals.csv"));
        Path parts = Files.createDirectory(dir.resolve("parts"));

        List<Path> written = new Splitter(writer).write(document, layout, plan, parts);

        assertEquals(List.of(parts.resolve("deals-part-1-of-3.csv"), parts.resolve("deals-part-2-of-3.csv"),
                parts.resolve("deals-part-3-of-3.csv")), written);
        List<Integer> sizes = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        int total = 0;
        for (Path part : written) {
            BulkFile back = reader.read(part);
            assertEquals(document.header(), back.header(), "every part has the header");
            assertEquals(0, ENGINE.check(back).errors(), part + " is a valid upload");
            ColumnLayout backLayout = ENGINE.layout(back.header());
            sizes.add(back.rowCount());
            for (Row row : back.rows()) {
                seen.add(row.get(backLayout.indexOf("Referral ID")));
                total++;
            }
        }
        assertEquals(List.of(1000, 1000, 500), sizes);
        assertEquals(2500, total);
        assertEquals(2500, seen.size(), "every deal exactly once");
    }
}
