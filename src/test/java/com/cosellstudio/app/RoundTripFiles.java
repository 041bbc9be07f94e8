package com.cosellstudio.app;

import com.cosellstudio.app.model.DocumentViewModel;
import com.cosellstudio.app.model.LoadedDocument;
import com.cosellstudio.domain.BulkFile;
import com.cosellstudio.domain.Row;
import com.cosellstudio.io.UnreadableFileException;
import com.cosellstudio.io.UploadCsvWriter;
import com.cosellstudio.roundtrip.TestDeals;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Files of the round trip written for a test (an export, a processed file), and view models opened on them as the window does. */
public final class RoundTripFiles {
    private RoundTripFiles() {
    }

    /** A Partner Center export of deals 1..count written to {@code target}. */
    public static Path export(Path target, int count) throws IOException {
        BulkFile file = TestDeals.export(count);
        new UploadCsvWriter().write(file, Samples.ENGINE.layout(file.header()).uploadColumns(), target);
        return target;
    }

    /** An export of deals 1 and 2, deal 1 already closed as won: changing it is a TERMINAL_STATE error. */
    public static Path closedExport(Path target) throws IOException {
        String[] won = TestDeals.exportedDeal(1);
        won[TestDeals.col("Partner Referral Status")] = "Closed";
        won[TestDeals.col("Partner Referral Substatus")] = "Won";
        won[TestDeals.col("Sales Stage")] = "100";
        BulkFile file = TestDeals.file(TestDeals.HEADER, won, TestDeals.exportedDeal(2));
        new UploadCsvWriter().write(file, Samples.ENGINE.layout(file.header()).uploadColumns(), target);
        return target;
    }

    /** Deals {@code from..to} typed as new deals (no Referral ID). */
    public static Path newDeals(Path target, int from, int to) throws IOException {
        List<Row> rows = new ArrayList<>();
        for (int n = from; n <= to; n++) {
            rows.add(new Row(TestDeals.newDeal(n), rows.size() + 2));
        }
        BulkFile file = TestDeals.file(TestDeals.HEADER, rows);
        new UploadCsvWriter().write(file, Samples.ENGINE.layout(file.header()).uploadColumns(), target);
        return target;
    }

    /** Partner Center's processed-records download of an export of {@code count} deals: {@code errors} by 1-based row. */
    public static Path processed(Path target, int count, Map<Integer, String> errors) throws IOException {
        BulkFile file = TestDeals.export(count);
        new UploadCsvWriter().writeWithErrors(file, Samples.ENGINE.layout(file.header()).uploadColumns(),
                errors::get, target);
        return target;
    }

    /** A view model showing {@code path}, read and checked the way the window opens a file. */
    public static DocumentViewModel open(Path path) throws UnreadableFileException {
        DocumentViewModel viewModel = new DocumentViewModel(Samples.ENGINE);
        LoadedDocument loaded = new DocumentFiles().readAndCheck(Samples.ENGINE, path, progress -> { });
        viewModel.open(loaded.file(), loaded.checked());
        return viewModel;
    }
}
