package com.cosellstudio.io;

import static com.cosellstudio.io.RawWorkbook.s;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command line reading a damaged workbook, as a real process: stderr carries our one line and
 * nothing else (no log lines of the libraries, no stack trace), and the exit status is 2.
 */
class DamagedWorkbookStderrTest {
    @TempDir
    Path dir;

    @Test
    void eachDamagedPartGivesExactlyOneLineOnStderr() throws Exception {
        List<RawWorkbook> damaged = List.of(
                new RawWorkbook().part("[Content_Types].xml", "<?xml version=\"1.0\"?><Types xmlns=\"x\"><Default"),
                new RawWorkbook().part("_rels/.rels", "<Relationships><Rel"),
                new RawWorkbook().part("xl/styles.xml", "<styleSheet><numFmts"),
                new RawWorkbook().part("xl/sharedStrings.xml", "<sst><si><t>x</si></sst>"),
                new RawWorkbook().sheetData("<row r=\"1\">" + s("A1", 0) + "</row><row r=\"2\"><c r=\"A2\"><v>1</v></row>"));
        for (int i = 0; i < damaged.size(); i++) {
            Path file = damaged.get(i).write(dir.resolve("damaged-" + i + ".xlsx"));
            ProcessBuilder command = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp", System.getProperty("java.class.path"), "com.cosellstudio.Launcher", "check", file.toString());
            Process check = command.redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .redirectError(dir.resolve("stderr-" + i).toFile())
                    .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
                    .start();
            check.waitFor(60, TimeUnit.SECONDS);
            String stderr = java.nio.file.Files.readString(dir.resolve("stderr-" + i), StandardCharsets.UTF_8);
            String name = file.getFileName().toString();
            assertEquals(1, stderr.lines().count(), name + ":\n" + stderr);
            assertEquals(2, check.exitValue(), stderr);
            assertEquals(true, stderr.startsWith("cosell-studio check: " + name + ": "), stderr);
        }
    }
}
