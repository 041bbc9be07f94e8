package com.cosellstudio.cli;

import static com.cosellstudio.roundtrip.TestDeals.col;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.cosellstudio.domain.BulkFile;
import com.cosellstudio.roundtrip.TestDeals;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code check --baseline} and {@code convert --baseline --changed-only}. */
class BaselineVerbsTest {
    @TempDir
    Path dir;

    private Path export;
    private Path edited;

    /** An export of 20 deals, deal 4 closed as won; the edited copy changes deals 4, 9 and 15 and adds one. */
    @BeforeEach
    void files() throws Exception {
        BulkFile deals = TestDeals.export(20);
        deals.row(4).set(col("Partner Referral Status"), "Closed");
        deals.row(4).set(col("Partner Referral Substatus"), "Won");
        export = RoundTripFiles.write(deals, dir.resolve("export.csv"));
        deals.row(4).set(col("Notes"), "reopened by mistake");
        deals.row(9).set(col("Customer City"), "Redmond");
        deals.row(15).set(col("Estimated Deal Value"), "99000");
        deals.rows().add(new com.cosellstudio.domain.Row(TestDeals.newDeal(21), 0));
        edited = RoundTripFiles.write(deals, dir.resolve("edited.csv"));
    }

    @Test
    void checkWithABaselineMakesAChangedClosedDealAnError() {
        CliRun plain = CliRun.of("check", edited.toString());
        assertEquals(ExitStatus.OK, plain.status(), plain::out);

        CliRun run = CliRun.of("check", edited.toString(), "--baseline", export.toString());
        assertEquals(ExitStatus.ERRORS_FOUND, run.status(), run::out);
        assertEquals("", run.err());
        assertTrue(run.outLines().stream().anyMatch(line -> line.startsWith("row 4, Partner Referral Status: error")
                && line.contains("TERMINAL_STATE")), run::out);
        assertTrue(run.out().contains("Compared with export.csv: 3 changed deals, 1 new deal."), run::out);
    }

    @Test
    void checkWithABaselineAsJsonIsStillOneObject() throws Exception {
        CliRun run = CliRun.of("check", edited.toString(), "--baseline", export.toString(), "--format", "json");
        JsonNode json = new ObjectMapper().readTree(run.out());

        assertEquals(1, json.get("summary").get("errors").asInt(), run::out);
        List<String> codes = new ArrayList<>();
        json.get("issues").forEach(issue -> codes.add(issue.get("severity").asText() + " " + issue.get("code").asText()));
        assertTrue(codes.contains("error TERMINAL_STATE"), codes::toString);
    }

    @Test
    void checkWithAnUnreadableBaselineFails() throws Exception {
        CliRun run = CliRun.of("check", edited.toString(), "--baseline", dir.resolve("missing.csv").toString());

        assertEquals(ExitStatus.FAILURE, run.status());
        assertEquals(1, run.errLines().size(), run::err);
        assertTrue(run.err().contains("missing.csv"), run::err);
        assertEquals("", run.out());
    }

    @Test
    void convertChangedOnlyWritesTheNewAndChangedDeals() throws Exception {
        Path output = dir.resolve("upload.csv");

        CliRun run = CliRun.of("convert", edited.toString(), "--output", output.toString(),
                "--baseline", export.toString(), "--changed-only");

        assertEquals(ExitStatus.OK, run.status(), run::err);
        assertTrue(run.out().contains("4 deals: 1 new, 3 changed; 17 unchanged deals left out"), run::out);
        BulkFile upload = RoundTripFiles.read(output);
        assertEquals(List.of("Deal 4", "Deal 9", "Deal 15", "Deal 21"), RoundTripFiles.column(upload, "Deal Name"));
    }

    @Test
    void changedOnlyAndBaselineGoTogether() {
        Path output = dir.resolve("upload.csv");

        for (CliRun run : List.of(
                CliRun.of("convert", edited.toString(), "--output", output.toString(), "--changed-only"),
                CliRun.of("convert", edited.toString(), "--output", output.toString(), "--baseline", export.toString()))) {
            assertEquals(ExitStatus.FAILURE, run.status());
            assertEquals(1, run.errLines().size(), run::err);
            assertTrue(run.err().contains("--changed-only"), run::err);
        }
        assertFalse(Files.exists(output));
    }

    @Test
    void convertWithAnUnreadableBaselineWritesNothing() throws Exception {
        Path garbage = Files.write(dir.resolve("export.xlsx"), new byte[] {'P', 'K', 3, 4, 0, 0, 9, 9});
        Path output = dir.resolve("upload.csv");

        CliRun run = CliRun.of("convert", edited.toString(), "--output", output.toString(),
                "--baseline", garbage.toString(), "--changed-only");

        assertEquals(ExitStatus.FAILURE, run.status());
        assertEquals(1, run.errLines().size(), run::err);
        assertTrue(run.err().contains("export.xlsx"), run::err);
        assertFalse(Files.exists(output));
    }
}
