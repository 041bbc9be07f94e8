package com.cosellstudio.app.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.cosellstudio.ShippedReader;
import com.cosellstudio.app.JournalChild;
import com.cosellstudio.app.Samples;
import com.cosellstudio.app.recovery.DataFolder;
import com.cosellstudio.app.recovery.JournalFolder;
import com.cosellstudio.app.recovery.Snapshot;
import com.cosellstudio.domain.BulkFile;
import com.cosellstudio.domain.Row;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.DialogPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The app in a JVM of its own, edited, then killed as a crash or a power cut would (kill -9) or
 * ended as logout does (SIGTERM); the next start, here, restores exactly the cells it had.
 */
class KillAndRestoreTest extends WindowTestBase {
    @TempDir
    Path temp;

    @Start
    void start(Stage stage) {
        startWindow(stage);
    }

    private Path data() {
        return temp.resolve("data");
    }

    private Path file() throws IOException {
        Path file = temp.resolve("deals.csv");
        if (!Files.exists(file)) {
            Files.copy(Samples.path("deals-with-errors.csv"), file);
        }
        return file;
    }

    /** Starts the app on the file in a child JVM (headless) and waits until it printed {@code line}. */
    private Process startEdited(String line, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"),
                "-Dglass.platform=Monocle", "-Dmonocle.platform=Headless", "-Dprism.order=sw",
                "-Djava.awt.headless=true",
                "-D" + DataFolder.OVERRIDE_PROPERTY + "=" + data(),
                "-Djava.util.prefs.userRoot=" + temp.resolve("prefs"),
                JournalChild.class.getName(), file().toString()));
        command.addAll(List.of(args));
        Process child = new ProcessBuilder(command).redirectErrorStream(true).start();
        BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
        StringBuilder seen = new StringBuilder();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        for (String read = out.readLine(); read != null; read = out.readLine()) {
            seen.append(read).append('\n');
            if (read.equals(line)) {
                return child;
            }
            if (System.nanoTime() > deadline) {
                break;
            }
        }
        child.destroyForcibly();
        throw new AssertionError("the app did not say " + line + ":\n" + seen);
    }

    private void assertTheEditsOf(BulkFile restored) throws Exception {
        BulkFile original = ShippedReader.reader().read(file());
        int name = original.header().indexOf("Deal Name");
        assertEquals(original.header().size() + 1, restored.header().size(), "the Solution column added");
        assertEquals(original.rowCount(), restored.rowCount(), "one row deleted, one added");
        List<Row> rows = restored.rows();
        assertEquals(JournalChild.RENAMED, rows.get(1).get(name));
        assertEquals(JournalChild.SECOND, rows.get(4).get(name));
        assertEquals(JournalChild.NEW_DEAL, rows.get(rows.size() - 1).get(name));
        int solution = 0;
        while (solution < original.header().size() && original.header().get(solution).equals(restored.header().get(solution))) {
            solution++;
        }
        assertTrue(restored.header().get(solution).startsWith("Solution"), restored.header().toString());
        assertEquals(JournalChild.SOLUTION, rows.get(0).get(solution));
        // Every other cell as in the file: rows after the deleted one moved up by one.
        for (int r = 0; r < original.rowCount(); r++) {
            if (r == 1 || r == 4 || r == JournalChild.DELETED_ROW - 1) {
                continue;
            }
            int at = r < JournalChild.DELETED_ROW - 1 ? r : r - 1;
            assertEquals(original.rows().get(r).get(name), rows.get(at).get(name), "row " + (r + 1));
            assertEquals(original.rows().get(r).get(0), rows.get(at).get(0), "row " + (r + 1));
        }
    }

    @Test
    void editsKilledWithKillNineAreOfferedAndRestoredAtTheNextStart(FxRobot robot) throws Exception {
        Process child = startEdited("journaled");
        child.destroyForcibly();
        assertTrue(child.waitFor(30, TimeUnit.SECONDS));
        assertEquals(137, child.exitValue(), "killed with SIGKILL");

        robot.interact(() -> {
            window.keepJournal(JournalFolder.in(data()));
            window.offerRecovery();
        });
        DialogPane offer = dialog(robot);
        assertTrue(offer.getHeaderText().contains("deals.csv"), offer.getHeaderText());
        assertFalse(offer.getContentText().contains("changed on disk"), offer.getContentText());
        robot.clickOn("Restore");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> file().equals(window.viewModel().pathProperty().get()));
        WaitForAsyncUtils.waitForFxEvents();

        assertTrue(window.viewModel().undoStack().isDirty(), "restored edits are unsaved");
        assertTrue(((Stage) robot.window(0)).getTitle().startsWith("\u25CF"));
        assertTheEditsOf(window.viewModel().document().file());
        // Marks re-checked: the sample's errors are there again.
        assertTrue(window.viewModel().totals().errors() > 0);
        // The journal is this window's now: the killed one is gone, this one holds the same edits.
        JournalFolder folder = JournalFolder.in(data());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> Files.exists(folder.own()) && folder.orphans().isEmpty());
        assertTheEditsOf(JournalFolder.read(folder.own()).file());
    }

    @Test
    void sigtermWritesTheNewestEditsBeforeTheAppEnds(FxRobot robot) throws Exception {
        // Ended at once after the edits: well before the pause after which the journal is written anyway.
        Process child = startEdited("edited", "no-wait");
        Path journal = data().resolve("recovery");
        child.destroy();
        assertTrue(child.waitFor(30, TimeUnit.SECONDS));

        JournalFolder folder = JournalFolder.in(data());
        List<Path> left = folder.orphans();
        assertEquals(1, left.size(), "journals in " + journal);
        Snapshot snapshot = JournalFolder.read(left.get(0));
        assertTheEditsOf(snapshot.file());
        assertEquals(file().toAbsolutePath(), snapshot.file().path());
    }
}
