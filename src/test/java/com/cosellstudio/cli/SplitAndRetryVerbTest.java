package com.cosellstudio.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.cosellstudio.domain.BulkFile;
import com.cosellstudio.roundtrip.TestDeals;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SplitAndRetryVerbTest {
    @TempDir
    Path dir;

    private static void assertFailedWithOneLine(CliRun run, String expectedInLine) {
        assertEquals(ExitStatus.FAILURE, run.status(), run::toString);
        assertEquals(1, run.errLines().size(), run::err);
        assertTrue(run.err().contains(expectedInLine), run::err);
        assertEquals("", run.out());
    }

    @Test
    void splitWritesNumberedUploadsAndPrintsThem() throws Exception {
        Path input = RoundTripFiles.write(TestDeals.export(2500), dir.resolve("deals.csv"));
        Path parts = dir.resolve("parts");

        CliRun run = CliRun.of("split", input.toString(), "--output-dir", parts.toString());

        assertEquals(ExitStatus.OK, run.status(), run::err);
        assertEquals("", run.err());
        List<Path> expected = List.of(parts.resolve("deals-part-1-of-3.csv"), parts.resolve("deals-part-2-of-3.csv"),
                parts.resolve("deals-part-3-of-3.csv"));
        assertEquals(3, run.outLines().size(), run::out);
        List<Long> sizes = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < 3; i++) {
            assertTrue(run.outLines().get(i).contains(expected.get(i).toString()), run::out);
            BulkFile part = RoundTripFiles.read(expected.get(i));
            sizes.add(RoundTripFiles.deals(part));
            ids.addAll(RoundTripFiles.column(part, "Referral ID"));
        }
        assertEquals(List.of(1000L, 1000L, 500L), sizes);
        assertEquals(2500, ids.size());
    }

    @Test
    void splitTakesASmallerSize() throws Exception {
        Path input = RoundTripFiles.write(TestDeals.export(25), dir.resolve("q3 export.csv"));

        CliRun run = CliRun.of("split", input.toString(), "--output-dir", dir.toString(), "--size", "10");

        assertEquals(ExitStatus.OK, run.status(), run::err);
        assertEquals(3, run.outLines().size());
        assertEquals(5, RoundTripFiles.deals(RoundTripFiles.read(dir.resolve("q3 export-part-3-of-3.csv"))));
    }

    @Test
    void splitRefusesABadSizeAndWritesNothing() throws Exception {
        Path input = RoundTripFiles.write(TestDeals.export(5), dir.resolve("deals.csv"));
        Path parts = dir.resolve("parts");

        assertFailedWithOneLine(CliRun.of("split", input.toString(), "--output-dir", parts.toString(), "--size", "0"), "--size");
        assertFailedWithOneLine(CliRun.of("split", input.toString(), "--output-dir", parts.toString(), "--size", "1001"), "--size");
        assertFailedWithOneLine(CliRun.of("split", input.toString(), "--output-dir", parts.toString(), "--size", "ten"), "\"ten\"");
        assertFailedWithOneLine(CliRun.of("split", input.toString()), "--output-dir");
        assertFalse(Files.exists(parts));
    }

    @Test
    void splitOfAnUnreadableOrEmptyFileWritesNothing() throws Exception {
        Path garbage = Files.write(dir.resolve("garbage.csv"), new byte[] {0, 1, 2, 3, (byte) 0xFF, 0, 0, 7});
        Path empty = RoundTripFiles.write(TestDeals.export(0), dir.resolve("empty.csv"));
        Path parts = dir.resolve("parts");

        assertFailedWithOneLine(CliRun.of("split", garbage.toString(), "--output-dir", parts.toString()), "garbage.csv");
        assertFailedWithOneLine(CliRun.of("split", empty.toString(), "--output-dir", parts.toString()), "empty.csv");
        assertFalse(Files.exists(parts));
    }

    @Test
    void splitRefusesAFileAsOutputFolder() throws Exception {
        Path input = RoundTripFiles.write(TestDeals.export(5), dir.resolve("deals.csv"));

        assertFailedWithOneLine(CliRun.of("split", input.toString(), "--output-dir", input.toString()), "deals.csv");
    }

    @Test
    void retryKeepsTheRejectedRowsAndPrintsTheCounts() throws Exception {
        Map<Integer, String> rejected = Map.of(1, "Invalid country", 5, "Missing solution", 6, "Bad date", 10, "Closed deal");
        Path input = RoundTripFiles.writeProcessed(TestDeals.export(10), rejected::get, dir.resolve("processed.csv"));
        Path output = dir.resolve("retry.csv");

        CliRun run = CliRun.of("retry", input.toString(), "--output", output.toString());

        assertEquals(ExitStatus.OK, run.status(), run::err);
        assertEquals(1, run.outLines().size());
        assertTrue(run.out().contains("kept 4") && run.out().contains("dropped 6"), run::out);
        BulkFile retry = RoundTripFiles.read(output);
        assertEquals(List.of("Deal 1", "Deal 5", "Deal 6", "Deal 10"), RoundTripFiles.column(retry, "Deal Name"));
        assertEquals(List.of("", "", "", ""), RoundTripFiles.column(retry, "Errors"));
    }

    @Test
    void retryOfAFileWithoutAnErrorsColumnWritesNothing() throws Exception {
        BulkFile noErrors = TestDeals.export(3);
        noErrors.removeColumn(0);
        Path input = RoundTripFiles.write(noErrors, dir.resolve("upload.csv"));
        // The upload writer always writes Errors; take it out of the file on disk as another tool would.
        List<String> lines = Files.readAllLines(input);
        List<String> stripped = new ArrayList<>();
        for (String line : lines) {
            stripped.add(line.substring(line.indexOf(',') + 1));
        }
        Files.write(input, stripped);
        Path output = dir.resolve("retry.csv");

        assertFailedWithOneLine(CliRun.of("retry", input.toString(), "--output", output.toString()), "Errors");
        assertFalse(Files.exists(output));
    }

    @Test
    void retryOfAFileWhoseErrorsColumnIsEmptyWritesNothing() throws Exception {
        Path input = RoundTripFiles.write(TestDeals.export(10), dir.resolve("upload.csv"));
        Path output = dir.resolve("retry.csv");

        assertFailedWithOneLine(CliRun.of("retry", input.toString(), "--output", output.toString()), "upload.csv");
        assertFalse(Files.exists(output));
    }

    @Test
    void retryWantsACsvOutput() throws Exception {
        Path input = RoundTripFiles.writeProcessed(TestDeals.export(2), n -> "x", dir.resolve("processed.csv"));

        assertFailedWithOneLine(CliRun.of("retry", input.toString(), "--output", dir.resolve("retry.xlsx").toString()), "--output");
        assertFailedWithOneLine(CliRun.of("retry", input.toString()), "--output");
    }
}
