package com.cosellstudio.app.recovery;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.cosellstudio.domain.BulkFile;
import com.cosellstudio.domain.ReadFault;
import com.cosellstudio.domain.Row;
import com.cosellstudio.domain.SourceFormat;
import com.cosellstudio.domain.SourceInfo;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The journal keeps exactly what the user had, and a damaged one is refused, never half-read. */
class JournalFormatTest {
    @TempDir
    Path folder;

    private static Snapshot sample(Path source) {
        List<Row> rows = new ArrayList<>();
        rows.add(new Row(new String[] {"Deal \u00e9\u00e8 \"quoted\"", "", "line\r\nbreak"}, 2));
        Row faulty = new Row(new String[] {"caf\ufffd", "#N/A"}, 5);
        faulty.addFault(new ReadFault(0, ReadFault.Kind.ENCODING, "0xE9"));
        faulty.addFault(new ReadFault(1, ReadFault.Kind.ERROR_CELL, "#N/A"));
        rows.add(faulty);
        rows.add(new Row(new String[] {"a", "b", "c", "extra beyond the header"}, 0));
        BulkFile file = new BulkFile(source, new SourceInfo(SourceFormat.CSV, "windows-1252", false, ';', "\n"),
                List.of("Deal Name", "Solution 1", "Notes"), rows);
        return Snapshot.of(file, new FileStamp(1234, 1_700_000_000_123L), Path.of("/exports/baseline.xlsx"), "2021");
    }

    private static Snapshot roundTrip(Snapshot snapshot) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        JournalFormat.write(snapshot, out);
        return JournalFormat.read(new ByteArrayInputStream(out.toByteArray()));
    }

    @Test
    void everyCellHeaderSourceFaultAndBaselineComeBackAsTheyWere() throws IOException {
        Snapshot written = sample(folder.resolve("deals.csv"));
        Snapshot read = roundTrip(written);

        assertEquals(written.file().path().toAbsolutePath(), read.file().path());
        assertEquals(written.file().source(), read.file().source());
        assertEquals(written.file().header(), read.file().header());
        assertEquals(written.stamp(), read.stamp());
        assertEquals(Path.of("/exports/baseline.xlsx").toAbsolutePath(), read.baseline());
        assertEquals("2021", read.revision());
        assertEquals(written.taken(), read.taken());
        assertEquals(3, read.file().rowCount());
        for (int r = 0; r < 3; r++) {
            Row before = written.file().rows().get(r);
            Row after = read.file().rows().get(r);
            assertArrayEquals(before.toArray(), after.toArray(), "row " + r);
            assertEquals(before.sourceLine(), after.sourceLine());
            assertEquals(before.faults(), after.faults());
        }
    }

    @Test
    void aNewDocumentOfAWorkbookKeepsWhatItLacks() throws IOException {
        BulkFile file = new BulkFile(null, SourceInfo.workbook("Deals"), List.of("Deal Name"), new ArrayList<>());
        Snapshot read = roundTrip(new Snapshot(file, null, null, null, Instant.now()));
        assertNull(read.file().path());
        assertNull(read.baseline());
        assertNull(read.stamp());
        assertEquals(SourceFormat.XLSX, read.file().source().format());
        assertEquals("Deals", read.file().source().sheet());
        assertNull(read.file().source().delimiter());
        assertEquals(0, read.file().rowCount());
    }

    @Test
    void theSnapshotIsACopyTheUserMayGoOnEditing() {
        Row row = new Row(new String[] {"before"}, 2);
        BulkFile file = new BulkFile(null, SourceInfo.uploadReady(), List.of("Deal Name"), new ArrayList<>(List.of(row)));
        Snapshot snapshot = Snapshot.of(file, null, null, null);
        row.set(0, "after");
        file.insertColumn(0, "New");
        assertEquals("before", snapshot.file().rows().get(0).get(0));
        assertEquals(List.of("Deal Name"), snapshot.file().header());
    }

    @Test
    void damagedCutShortOrForeignJournalsAreRefused() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        JournalFormat.write(sample(folder.resolve("deals.csv")), out);
        byte[] whole = out.toByteArray();
        for (byte[] bad : List.of(Arrays.copyOf(whole, whole.length / 2), "{\"kind\":\"something else\"}".getBytes(StandardCharsets.UTF_8),
                new String(whole, StandardCharsets.UTF_8).replace("\"version\":1", "\"version\":99").getBytes(StandardCharsets.UTF_8),
                new String(whole, StandardCharsets.UTF_8).replace("\"CSV\"", "\"PDF\"").getBytes(StandardCharsets.UTF_8),
                new byte[] {(byte) 0xff, 0, 1, 2}, new byte[0])) {
            assertThrows(IOException.class, () -> JournalFormat.read(new ByteArrayInputStream(bad)), new String(bad, StandardCharsets.UTF_8));
        }
    }

    @Test
    void aChangeToTheFileOnDiskIsNoticed() throws IOException {
        Path source = folder.resolve("deals.csv");
        Files.writeString(source, "Deal Name\r\nA\r\n");
        Snapshot snapshot = new Snapshot(sample(source).file(), FileStamp.of(source), null, null, Instant.now());
        assertFalse(snapshot.fileChangedSince());
        Files.writeString(source, "Deal Name\r\nA changed elsewhere\r\n");
        assertTrue(snapshot.fileChangedSince());
        Files.delete(source);
        assertTrue(snapshot.fileChangedSince());
    }

    @Test
    void theDataFolderIsEachSystemsOwnPlaceUnlessOverridden() {
        String home = "/home/u";
        assertEquals(Path.of("/home/u/.local/share/cosell-studio"), DataFolder.locate(Map.of(), "Linux", home, null).orElseThrow());
        assertEquals(Path.of("/x/data/cosell-studio"),
                DataFolder.locate(Map.of("XDG_DATA_HOME", "/x/data"), "Linux", home, null).orElseThrow());
        assertEquals(Path.of("/home/u/Library/Application Support/CosellStudio"),
                DataFolder.locate(Map.of(), "Mac OS X", home, null).orElseThrow());
        assertEquals(Path.of("C:/Users/u/AppData/Local", "CosellStudio"),
                DataFolder.locate(Map.of("LOCALAPPDATA", "C:/Users/u/AppData/Local"), "Windows 11", home, null).orElseThrow());
        assertTrue(DataFolder.locate(Map.of(), "Windows 11", home, null).isEmpty());
        assertEquals(Path.of("/tmp/t"), DataFolder.locate(Map.of("COSELL_STUDIO_DATA", "/tmp/e"), "Linux", home, "/tmp/t").orElseThrow());
        assertEquals(Path.of("/tmp/e"), DataFolder.locate(Map.of("COSELL_STUDIO_DATA", "/tmp/e"), "Linux", home, null).orElseThrow());
    }
}
