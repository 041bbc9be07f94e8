package com.cosellstudio.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.cosellstudio.domain.ReadLimits;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReadGuardTest {
    @TempDir
    Path folder;

    @Test
    void aFileWithMoreRowsThanTheLimitIsRefusedNamingTheLineWhereItWentPast() throws Exception {
        Path file = write("many.csv", "A,B\n1,2\n3,4\n5,6\n7,8\n");
        UnreadableFileException refused = assertThrows(UnreadableFileException.class,
                () -> new BulkFileReader(new ReadLimits(3, 10)).read(file));
        assertEquals("many.csv: line 5: more than 3 rows, more than a spreadsheet can hold: split the file", refused.getMessage());
    }

    @Test
    void aRecordWithAValuePastTheColumnLimitIsRefusedButTrailingEmptyCellsAreNot() throws Exception {
        Path emptyTail = write("tail.csv", "A,B\n1,2,,,,,,,,,,\n");
        assertEquals(1, new BulkFileReader(new ReadLimits(10, 4)).read(emptyTail).rows().size());

        Path wide = write("wide.csv", "A,B\n1,2,,,,,x\n");
        UnreadableFileException refused = assertThrows(UnreadableFileException.class,
                () -> new BulkFileReader(new ReadLimits(10, 4)).read(wide));
        assertEquals("wide.csv: line 2: a value in cell number 7 of the row; a bulk file has at most 4 columns", refused.getMessage());
    }

    @Test
    void anInterruptedReadStopsAsCancelled() throws Exception {
        StringBuilder text = new StringBuilder("A,B\n");
        for (int i = 0; i < 2000; i++) {
            text.append(i).append(",x\n");
        }
        Path file = write("long.csv", text.toString());
        Thread.currentThread().interrupt();
        try {
            ReadCancelledException cancelled = assertThrows(ReadCancelledException.class,
                    () -> new BulkFileReader(new ReadLimits(1_000_000, 100)).read(file));
            assertEquals("long.csv: opening was cancelled", cancelled.getMessage());
        } finally {
            Thread.interrupted();
        }
    }

    private Path write(String name, String text) throws Exception {
        Path file = folder.resolve(name);
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }
}
