package com.cosellstudio.domain;

/**
 * What the reader detected about a file, kept so it can be shown to the user and written back the
 * same way.
 *
 * @param format     CSV or XLSX
 * @param encoding   Java charset name ("UTF-8", "windows-1252", "UTF-16LE"); {@code null} for XLSX
 * @param bom        whether the bytes started with a byte order mark
 * @param delimiter  the field separator of a CSV; {@code null} for XLSX
 * @param lineEnding "\r\n", "\n" or "\r" as found on the header line; {@code null} for XLSX
 * @param sheet      the name of the workbook's sheet that was read (its first visible one); {@code null} for CSV
 * @param dates1904   whether the workbook counts its serial dates from 1904 (old Mac Excel), so that a
 *                    date shown as a bare number means another day than in a 1900 workbook
 */
public record SourceInfo(SourceFormat format, String encoding, boolean bom, Character delimiter, String lineEnding,
                         String sheet, boolean dates1904) {


    /** A source that is no workbook: no sheet. */
    public SourceInfo(SourceFormat format, String encoding, boolean bom, Character delimiter, String lineEnding) {
        this(format, encoding, bom, delimiter, lineEnding, null, false);
    }

    /** A workbook counting dates from 1900, read from its sheet {@code sheet}. */
    public static SourceInfo workbook(String sheet) {
        return workbook(sheet, false);
    }

    /** A workbook, read from its sheet {@code sheet}. */
    public static SourceInfo workbook(String sheet, boolean dates1904) {
        return new SourceInfo(SourceFormat.XLSX, null, false, null, null, sheet, dates1904);
    }

    /** What a new document (e.g. the empty template) is: the upload-ready form of spec section 7. */
    public static SourceInfo uploadReady() {
        return new SourceInfo(SourceFormat.CSV, "UTF-8", true, ',', "\r\n");
    }

    /**
     * Whether writing the upload-ready form keeps the file as it reads: a comma-separated CSV in
     * UTF-8. The byte order mark and line ends may differ; they change no character of a cell.
     */
    public boolean readsAsUploadReady() {
        return format == SourceFormat.CSV && "UTF-8".equals(encoding) && delimiter != null && delimiter == ',';
    }

    /** The delimiter as a printable name: "," ";" "TAB" "|" (or null). */
    public String delimiterName() {
        if (delimiter == null) {
            return null;
        }
        return delimiter == '\t' ? "TAB" : String.valueOf(delimiter);
    }
}
