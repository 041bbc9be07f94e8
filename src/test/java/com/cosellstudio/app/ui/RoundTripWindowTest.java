package com.cosellstudio.app.ui;

import com.cosellstudio.ShippedReader;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.cosellstudio.app.RoundTripFiles;
import com.cosellstudio.domain.BulkFile;
import com.cosellstudio.domain.Row;
import com.cosellstudio.io.BulkFileReader;
import com.cosellstudio.roundtrip.TestDeals;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import javafx.css.PseudoClass;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableCell;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The Partner Center round trip end to end in the window, on files made for the test. */
class RoundTripWindowTest extends WindowTestBase {
    static final PseudoClass CHANGED = PseudoClass.getPseudoClass("changed");
    static final PseudoClass REJECTED = PseudoClass.getPseudoClass("rejected");

    @TempDir
    Path folder;

    @Start
    void start(Stage stage) {
        startWindow(stage);
    }

    private String notice(FxRobot robot) {
        return robot.lookup("#notice-text").queryAs(Label.class).getText();
    }

    private static List<String> column(BulkFile file, String name) {
        int index = file.header().indexOf(name);
        List<String> values = new ArrayList<>();
        for (Row row : file.rows()) {
            values.add(row.get(index));
        }
        return values;
    }

    @Test
    void threeCellsEditedInAnExportAreExactlyTheThreeDealsSavedAsChangedRowsOnly(FxRobot robot) throws Exception {
        open(robot, RoundTripFiles.export(folder.resolve("export.csv"), 8), 8);

        typeInto(robot, 2, "Deal Name", "Deal 2 renamed");
        typeInto(robot, 5, "Customer City", "Redmond");
        typeInto(robot, 7, "Estimated Deal Value", "4321");

        TableCell<?, ?> renamed = cell(robot, 2, "Deal Name");
        assertTrue(renamed.getPseudoClassStates().contains(CHANGED), "the changed mark");
        assertTrue(renamed.getTooltip().getText().contains("Was: Deal 2"), renamed.getTooltip().getText());
        assertEquals("3 changed \u00B7 0 new", robot.lookup("#status-changed").queryAs(Label.class).getText());

        nextSaveTarget = folder.resolve("changed.csv");
        robot.clickOn("File").clickOn("Save Changed Rows Only\u2026");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> Files.exists(nextSaveTarget));
        WaitForAsyncUtils.waitForFxEvents();

        BulkFile saved = ShippedReader.reader().read(nextSaveTarget);
        assertEquals(List.of(TestDeals.referralId(2), TestDeals.referralId(5), TestDeals.referralId(7)),
                column(saved, "Referral ID"));
        assertEquals(List.of("Deal 2 renamed", "Deal 5", "Deal 7"), column(saved, "Deal Name"));
        assertEquals("Redmond", saved.rows().get(1).get(saved.header().indexOf("Customer City")));
        assertTrue(notice(robot).startsWith("3 new and changed deals written to changed.csv"), notice(robot));
    }

    @Test
    void aProcessedFileShowsTheRejectedRowsAndTheRetryFileKeepsOnlyThem(FxRobot robot) throws Exception {
        Path processed = RoundTripFiles.processed(folder.resolve("processed.csv"), 10,
                Map.of(1, "Invalid Customer Country", 4, "Bad date", 6, "Solution not found", 9, "Duplicate deal"));
        open(robot, processed, 10);

        TableCell<?, ?> errorsCell = cell(robot, 4, "Errors");
        assertTrue(errorsCell.getPseudoClassStates().contains(REJECTED), "the rejected mark on the Errors cell");
        assertTrue(errorsCell.getTooltip().getText().contains("Rejected by Partner Center: Bad date"),
                errorsCell.getTooltip().getText());
        Labeled number = robot.lookup(".row-number-cell").match((Labeled c) -> "4".equals(c.getText()) && showing(c)).query();
        assertTrue(number.getPseudoClassStates().contains(REJECTED), "and on the row number");
        assertEquals("4 rejected by Partner Center", robot.lookup("#status-rejected").queryAs(Label.class).getText());

        robot.clickOn("File").clickOn("Prepare Retry File");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(4, window.viewModel().document().rows().size());
        assertTrue(notice(robot).contains("4 rejected deals kept") && notice(robot).contains("6 accepted deals removed"),
                notice(robot));

        nextSaveTarget = folder.resolve("retry.csv");
        robot.clickOn("File").clickOn("Save As\u2026");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> Files.exists(nextSaveTarget));
        BulkFile retry = ShippedReader.reader().read(nextSaveTarget);
        assertEquals(List.of("Deal 1", "Deal 4", "Deal 6", "Deal 9"), column(retry, "Deal Name"));
        assertEquals(List.of("", "", "", ""), column(retry, "Errors"));
    }

    @Test
    void a2500DealFileIsSavedAsThreePartsHoldingEveryDealOnce(FxRobot robot) throws Exception {
        open(robot, RoundTripFiles.newDeals(folder.resolve("deals.csv"), 1, 2500), 2500);
        nextFolder = Files.createDirectory(folder.resolve("parts"));

        robot.clickOn("File").clickOn("Save as Parts of 1,000\u2026");
        Path last = nextFolder.resolve("deals-part-3-of-3.csv");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> notice(robot).startsWith("3 upload files"));

        Set<String> names = new HashSet<>();
        int[] sizes = new int[3];
        for (int part = 1; part <= 3; part++) {
            BulkFile file = ShippedReader.reader().read(nextFolder.resolve("deals-part-" + part + "-of-3.csv"));
            assertEquals(TestDeals.HEADER.get(3), file.header().get(3), "each part has the header");
            sizes[part - 1] = file.rowCount();
            names.addAll(column(file, "Deal Name"));
        }
        assertEquals(List.of(1000, 1000, 500), List.of(sizes[0], sizes[1], sizes[2]));
        assertEquals(2500, names.size(), "every deal exactly once");
        assertTrue(Files.exists(last));
        try (var listing = Files.list(nextFolder)) {
            assertEquals(3, listing.count());
        }
    }

    @Test
    void mergeAddsTheDealsOfTwoFilesAsOneUndoStep(FxRobot robot) throws Exception {
        open(robot, RoundTripFiles.export(folder.resolve("export-a.csv"), 3), 3);
        Path more = RoundTripFiles.newDeals(folder.resolve("new.csv"), 10, 14);
        // Deals 3 and 4: deal 3 is already in the document.
        BulkFile overlap = TestDeals.file(TestDeals.HEADER, TestDeals.exportedDeal(3), TestDeals.exportedDeal(4));
        Path overlapping = folder.resolve("export-b.csv");
        new com.cosellstudio.io.UploadCsvWriter().write(overlap,
                com.cosellstudio.app.Samples.ENGINE.layout(overlap.header()).uploadColumns(), overlapping);
        nextOpenTargets = List.of(more, overlapping);

        robot.clickOn("File").clickOn("Merge\u2026");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> window.viewModel().document().rows().size() == 10);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(notice(robot).startsWith("Merged: 7 deals and 0 columns added; 1 Referral ID now used twice"),
                notice(robot));
        assertEquals("Deal 10", value(4, "Deal Name"));
        assertTrue(window.viewModel().document().rows().get(2).hasErrors(), "deal 3 twice: DUPLICATE_REFERRAL");

        robot.clickOn("Edit").clickOn("Undo Merge");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(3, window.viewModel().document().rows().size(), "one undo step");
    }
}
