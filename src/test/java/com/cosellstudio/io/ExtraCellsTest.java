package com.cosellstudio.io;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.cosellstudio.ShippedReader;
import com.cosellstudio.domain.BulkFile;
import com.cosellstudio.domain.ReadLimits;
import com.cosellstudio.domain.Row;
import com.cosellstudio.domain.SourceInfo;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Cells past the header are data (spec section 5): the header read gets as many added columns,
 * named by the rule pack ("Extra 1", "Extra 2" ...), as the widest row's values need, so the cells
 * are shown and written back, never dropped.
 */
class ExtraCellsTest {
    @TempDir
    Path dir;

    @Test
    void theHeaderGetsAColumnForEveryCellPastIt() throws Exception {
        BulkFile file = ShippedReader.reader().read(Samples.hostile("extra-cells.csv", dir));

        assertEquals(List.of("Deal Name", "Customer Name", "Customer City", "Extra 1", "Extra 2"), file.header());
        assertEquals(List.of("Deal A", "Contoso", "Paris", "spill 1", "spill 2"), List.of(file.row(1).toArray()));
        assertEquals(3, file.row(2).size(), "rows are kept as read");
    }

    @Test
    void emptyCellsPastTheLastValueNeedNoColumn() throws Exception {
        Path path = dir.resolve("trailing.csv");
        Files.writeString(path, "Deal Name,Customer Name\r\nA,B,,,\r\nC,D,x,,\r\n", StandardCharsets.UTF_8);

        assertEquals(List.of("Deal Name", "Customer Name", "Extra 1"), ShippedReader.reader().read(path).header());
    }

    @Test
    void aNumberTheHeaderUsesAlreadyIsSkipped() throws Exception {
        Path path = dir.resolve("again.csv");
        Files.writeString(path, "Deal Name,Extra 1\r\nA,b,c\r\n", StandardCharsets.UTF_8);

        assertEquals(List.of("Deal Name", "Extra 1", "Extra 2"), ShippedReader.reader().read(path).header());
    }

    @Test
    void aStreamingSinkIsToldTheAddedColumnsAfterTheLastRow() throws Exception {
        List<String> calls = new ArrayList<>();
        ShippedReader.reader().stream(Samples.hostile("extra-cells.csv", dir), new RowSink() {
            @Override
            public void begin(SourceInfo source, List<String> header) {
                calls.add("begin " + header);
            }

            @Override
            public void row(Row row) {
                calls.add("row");
            }

            @Override
            public void headerExtended(List<String> added) {
                calls.add("added " + added);
            }

            @Override
            public void restart() {
                calls.add("restart");
            }
        });

        assertEquals(List.of("begin [Deal Name, Customer Name, Customer City]", "row", "row", "row",
                "added [Extra 1, Extra 2]"), calls);
    }

    @Test
    void withoutANameFromThePackTheAddedColumnsAreUnnamedButThere() throws Exception {
        BulkFile file = new BulkFileReader(new ReadLimits(10, 10)).read(Samples.hostile("extra-cells.csv", dir));

        assertEquals(List.of("Deal Name", "Customer Name", "Customer City", "", ""), file.header());
    }

    /**
     * Empty cells past both the header and the columns a file may have are not kept: a file of
     * short rows each followed by thousands of delimiters reads as small as without them (before,
     * every row kept all its empty cells and such a file ran out of memory). A row within the
     * limit keeps its empty cells as read, so what {@code convert} writes is unchanged.
     */
    @Test
    void emptyCellsPastTheHeaderAndTheColumnLimitAreNotKept() throws Exception {
        Path path = dir.resolve("commas.csv");
        String commas = ",".repeat(40);
        Files.writeString(path, "Deal Name,Customer Name,Customer City" + commas + "\r\nA" + commas + "\r\nB,b,c,x" + commas
                + "\r\nC,c,,,\r\n", StandardCharsets.UTF_8);

        BulkFile file = new BulkFileReader(new ReadLimits(10, 6, "Extra")).read(path);

        assertEquals(List.of("Deal Name", "Customer Name", "Customer City", "Extra 1"), file.header());
        assertEquals(3, file.row(1).size(), "a short row keeps the header's width");
        assertEquals(List.of("B", "b", "c", "x"), List.of(file.row(2).toArray()));
        assertEquals(5, file.row(3).size(), "a row within the limit is kept as read");
    }
}
