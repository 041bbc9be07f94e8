package com.cosellstudio.app.recovery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.cosellstudio.domain.BulkFile;
import com.cosellstudio.domain.Row;
import com.cosellstudio.domain.SourceInfo;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Only the journals of windows that are gone are offered; a running window's never is. */
class JournalFolderTest {
    @TempDir
    Path data;

    private static Snapshot snapshot(String cell) {
        return Snapshot.of(new BulkFile(null, SourceInfo.uploadReady(), List.of("Deal Name"),
                new ArrayList<>(List.of(new Row(new String[] {cell}, 0)))), null, null, null);
    }

    @Test
    void theJournalsOfEndedProcessesAreOfferedNewestFirstAndTheirLeftoversRemoved() throws IOException {
        JournalFolder mine = JournalFolder.in(data);
        mine.write(snapshot("mine"));
        Path folder = mine.own().getParent();
        // A process id no system hands out, and this process's id with another start time (a reused id).
        Path older = folder.resolve("2147483646-1" + JournalFolder.SUFFIX);
        Path newer = folder.resolve(ProcessHandle.current().pid() + "-1" + JournalFolder.SUFFIX);
        Path leftover = folder.resolve(".2147483646-1" + JournalFolder.SUFFIX + ".x1y2.tmp");
        Path runningTemp = folder.resolve("." + mine.own().getFileName() + ".a1.tmp");
        Files.copy(mine.own(), older);
        Files.copy(mine.own(), newer);
        Files.setLastModifiedTime(older, FileTime.fromMillis(1_000_000));
        Files.writeString(leftover, "{");
        Files.writeString(runningTemp, "{");

        assertEquals(List.of(newer, older), mine.orphans());
        assertFalse(Files.exists(leftover), "a write cut short by a kill leaves nothing behind");
        assertTrue(Files.exists(runningTemp), "a running window's write in progress is left alone");
        assertEquals("mine", JournalFolder.read(older).file().rows().get(0).get(0));

        mine.delete();
        assertFalse(Files.exists(mine.own()));
        assertEquals(2, mine.orphans().size());
    }

    @Test
    void anUnreadableJournalIsSetAsideAndNeverOfferedAgain() throws IOException {
        JournalFolder mine = JournalFolder.in(data);
        Path folder = mine.own().getParent();
        Files.createDirectories(folder);
        Path broken = folder.resolve("2147483646-7" + JournalFolder.SUFFIX);
        Files.writeString(broken, "{\"kind\":\"cosell-studio-unsaved-changes\",\"version\":1,\"rows\":[");
        assertEquals(List.of(broken), mine.orphans());
        Path aside = JournalFolder.setAside(broken);
        assertTrue(Files.exists(aside));
        assertEquals(List.of(), mine.orphans());
    }
}
