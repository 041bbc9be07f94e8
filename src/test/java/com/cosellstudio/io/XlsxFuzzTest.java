package com.cosellstudio.io;

import static com.cosellstudio.io.RawWorkbook.n;
import static com.cosellstudio.io.RawWorkbook.s;

import com.cosellstudio.domain.ReadLimits;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/**
 * A bounded fuzz pass over the workbook reader: a small valid workbook with every kind of cell, its
 * parts' XML or its zip bytes mutated at random. Whatever comes of it is read, or refused with an
 * {@link UnreadableFileException} of one line naming the file: never another exception, never a hang.
 */
class XlsxFuzzTest {
    private static final String[] SNIPPETS = {
        "<row r=\"2000000000\">", "<row r=\"0\">", "<row>", "</row>", "<c r=\"XFD2\"><v>1</v></c>", "<c r=\"A\">",
        "<c r=\"ZZZZZZZZ9\">", "<c t=\"e\"><v>#N/A</v></c>", "<c t=\"s\"><v>99999999999</v></c>", "<c t=\"s\"><v>-1</v></c>",
        "<v>1E+400</v>", "<v>1E-400</v>", "<v>NaN</v>", "<v></v>", "s=\"-5\"", "s=\"99999\"", "t=\"d\"", "t=\"b\"",
        "<is><t>x</t><rPh><t>y</t></rPh></is>", "<![CDATA[a<b]]>", "&amp;", "&#0;", "&#x1F600;", "&unknown;",
        "<!DOCTYPE x [<!ENTITY e \"e\">]>", "<?pi data?>", "<!-- c -->", "_x000D_", "<f>SUM(A1)</f>", "\u0000", "\uFFFF",
    };

    private static final RawWorkbook VALID = new RawWorkbook()
            .strings("<si><t>Deal Name</t></si><si><t>Value</t></si><si><r><t>Con</t></r><r><t>toso</t></r></si>")
            .styles("<numFmt numFmtId=\"164\" formatCode=\"00000\"/>",
                    "<xf numFmtId=\"0\"/><xf numFmtId=\"14\"/><xf numFmtId=\"164\"/><xf numFmtId=\"9\"/><xf numFmtId=\"20\"/>")
            .sheetData("<row r=\"1\">" + s("A1", 0) + s("B1", 1) + "</row><row r=\"2\">" + s("A2", 2) + n("B2", 0, "13819.300000000001")
                    + n("C2", 1, "46392") + n("D2", 2, "2134") + n("E2", 3, "0.4") + n("F2", 4, "0.5")
                    + "<c r=\"G2\" t=\"e\"><v>#DIV/0!</v></c><c r=\"H2\" t=\"b\"><v>1</v></c>"
                    + "<c r=\"I2\" t=\"inlineStr\"><is><t>inline</t></is></c></row><row r=\"4\">" + n("A4", 0, "1E+23") + "</row>");

    @Property(tries = 250)
    void mutatedSheetXmlIsReadOrRefusedInOneLine(@ForAll long seed, @ForAll @IntRange(min = 1, max = 6) int mutations) throws Exception {
        mutatePart("xl/worksheets/sheet1.xml", seed, mutations);
    }

    @Property(tries = 100)
    void mutatedSharedStringsAndStylesAreReadOrRefusedInOneLine(@ForAll long seed, @ForAll @IntRange(min = 1, max = 4) int mutations)
            throws Exception {
        mutatePart(seed % 2 == 0 ? "xl/sharedStrings.xml" : "xl/styles.xml", seed, mutations);
        mutatePart(seed % 2 == 0 ? "xl/workbook.xml" : "xl/_rels/workbook.xml.rels", seed, mutations);
    }

    @Property(tries = 250)
    void mutatedZipBytesAreReadOrRefusedInOneLine(@ForAll long seed, @ForAll @IntRange(min = 1, max = 8) int flips) throws Exception {
        byte[] zip = VALID.bytes();
        Random random = new Random(seed);
        for (int i = 0; i < flips; i++) {
            int at = random.nextInt(zip.length);
            zip[at] = random.nextInt(4) == 0 ? 0 : (byte) random.nextInt(256);
        }
        if (random.nextInt(8) == 0) {
            zip = java.util.Arrays.copyOf(zip, random.nextInt(zip.length));
        }
        readOrRefuse(zip);
    }

    private static void mutatePart(String part, long seed, int mutations) throws Exception {
        RawWorkbook workbook = new RawWorkbook();
        byte[] valid = VALID.bytes();
        String xml = partText(valid, part);
        Random random = new Random(seed);
        StringBuilder text = new StringBuilder(xml);
        for (int i = 0; i < mutations; i++) {
            int at = random.nextInt(text.length() + 1);
            switch (random.nextInt(4)) {
                case 0 -> text.insert(at, SNIPPETS[random.nextInt(SNIPPETS.length)]);
                case 1 -> text.delete(at, Math.min(text.length(), at + 1 + random.nextInt(12)));
                case 2 -> {
                    if (at < text.length()) {
                        text.setCharAt(at, (char) (32 + random.nextInt(96)));
                    }
                }
                default -> {
                    String digits = String.valueOf(random.nextLong());
                    text.insert(at, digits.substring(0, 1 + random.nextInt(digits.length() - 1)));
                }
            }
        }
        copyParts(valid, workbook);
        workbook.part(part, text.toString());
        readOrRefuse(workbook.bytes());
    }

    private static void readOrRefuse(byte[] bytes) throws IOException {
        Path file = Files.createTempFile("fuzz", ".xlsx");
        try {
            Files.write(file, bytes);
            try {
                new BulkFileReader(new ReadLimits(10_000, 200)).read(file);
            } catch (UnreadableFileException refused) {
                String message = refused.getMessage();
                if (message.contains("\n") || !message.startsWith(file.getFileName() + ": ")) {
                    throw new AssertionError("not one line naming the file: " + message);
                }
            }
        } finally {
            Files.deleteIfExists(file);
        }
    }

    private static String partText(byte[] zip, String part) throws IOException {
        try (var in = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(zip))) {
            for (var entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                if (entry.getName().equals(part)) {
                    return new String(in.readAllBytes(), StandardCharsets.UTF_8);
                }
            }
        }
        throw new IllegalArgumentException(part);
    }

    private static void copyParts(byte[] zip, RawWorkbook into) throws IOException {
        try (var in = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(zip))) {
            for (var entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                into.part(entry.getName(), in.readAllBytes());
            }
        }
    }
}
