package com.cosellstudio.app.model;

import com.cosellstudio.ShippedReader;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.cosellstudio.app.Samples;
import com.cosellstudio.domain.BulkFile;
import com.cosellstudio.domain.Row;
import com.cosellstudio.io.BulkFileReader;
import com.cosellstudio.roundtrip.Baseline;
import com.cosellstudio.roundtrip.BaselineComparison;
import com.cosellstudio.rules.ColumnLayout;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A large file is checked on two cores: the grid must get exactly what one core would give it. */
class CheckedRowsTest {
    @Test
    void twoThreadsGiveEveryRowTheIssuesAndChangesOneThreadGives() throws Exception {
        BulkFile sample = ShippedReader.reader().read(Samples.path("deals-with-errors.csv"));
        ColumnLayout layout = Samples.ENGINE.layout(sample.header());
        List<Row> rows = new ArrayList<>();
        for (int copy = 0; copy < 5; copy++) {
            rows.addAll(sample.rows()); // repeated deals: duplicate Referral IDs across both halves too
        }
        BaselineComparison comparison = Baseline.of(sample, layout).against(layout);

        for (BaselineComparison baseline : new BaselineComparison[] {null, comparison}) {
            CheckedRows one = CheckedRows.check(Samples.ENGINE, layout, rows, baseline, progress -> { }, Integer.MAX_VALUE);
            List<Double> progress = new ArrayList<>();
            CheckedRows two = CheckedRows.check(Samples.ENGINE, layout, rows, baseline, progress::add, 2);
            assertEquals(rows.size(), two.rowCount());
            for (int i = 0; i < rows.size(); i++) {
                assertEquals(one.rowIssues(i), two.rowIssues(i), "row " + (i + 1));
                assertEquals(one.diff(i), two.diff(i), "row " + (i + 1));
            }
            assertEquals(one.fileLevel(), two.fileLevel());
            assertTrue(!one.fileLevel().isEmpty(), "the repeated deals are duplicates");
            assertEquals(1.0, progress.get(progress.size() - 1));
            for (int i = 1; i < progress.size(); i++) {
                assertTrue(progress.get(i) >= progress.get(i - 1), "progress only moves forward");
            }
        }
    }
}
