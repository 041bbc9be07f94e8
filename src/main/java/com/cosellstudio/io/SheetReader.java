package com.cosellstudio.io;

import com.cosellstudio.domain.ReadFault;
import com.cosellstudio.domain.Row;
import com.cosellstudio.domain.SourceInfo;
import java.util.ArrayList;
import java.util.Arrays;
import org.apache.poi.ss.util.CellReference;
import java.util.List;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Turns a sheet's XML into the sink's header and records as it is parsed. The first row holding a
 * value is the header; every later sheet row is a record, in the column its cell references name.
 * Only values cost anything: an empty cell, an empty row, a row far down the sheet or a styled cell
 * in the last column is just skipped. Rows the sheet leaves out between two rows with values are
 * blank records (row numbers keep matching the sheet), made only when a later row has a value and
 * only after the guard has accepted that row's number; blank rows after the last value are never made.
 */
final class SheetReader implements WorkbookXml.Handler {
    /** How many XML elements pass between looks at whether the read was cancelled. */
    private static final int CANCEL_CHECK_EVERY = 4096;

    private final ReadGuard guard;
    private final RowSink sink;
    private final SourceInfo source;
    private final SharedStrings strings;
    private final CellStyles styles;
    /** Cells a record may have: a value further right is refused, by the guard, with the cell's name. */
    private final long maxColumns;

    private final StringBuilder value = new StringBuilder();
    private final InlineText inline = new InlineText();
    private String[] cells = new String[64];
    private int width;
    private List<ReadFault> faults;

    private int elements;
    private boolean inSheetData;
    private long rowNumber;
    private int column;
    private String reference;
    private String type;
    private int style;
    private boolean inValue;
    private boolean inInline;
    private String inlineText;

    private long headerRow;
    private long lastDelivered;

    SheetReader(ReadGuard guard, RowSink sink, SourceInfo source, SharedStrings strings, CellStyles styles) {
        this.guard = guard;
        this.sink = sink;
        this.source = source;
        this.strings = strings;
        this.styles = styles;
        this.maxColumns = guard.limits().columns();
    }

    /** Whether a header was found: a sheet without any value has none. */
    boolean hasHeader() {
        return headerRow > 0;
    }

    /** The sheet row last started (1-based), for a message about damage; 0 before the first. */
    long rowNumber() {
        return rowNumber;
    }

    @Override
    public void start(String localName, XMLStreamReader attributes) throws UnreadableFileException, XMLStreamException {
        if (++elements % CANCEL_CHECK_EVERY == 0) {
            guard.checkCancelled();
        }
        if (inInline) {
            inline.startElement(localName);
            return;
        }
        switch (localName) {
            case "sheetData" -> inSheetData = true;
            case "row" -> {
                if (inSheetData) {
                    startRow(attributes.getAttributeValue(null, "r"));
                }
            }
            case "c" -> {
                if (inSheetData) {
                    startCell(attributes);
                }
            }
            case "v" -> inValue = inSheetData;
            case "is" -> {
                inInline = true;
                inline.start();
            }
            default -> {
                // formulas (the cached value is what counts), extensions, sheet settings
            }
        }
    }

    @Override
    public void end(String localName) throws UnreadableFileException, XMLStreamException {
        if (inInline) {
            if ("is".equals(localName)) {
                inInline = false;
                inlineText = inline.finish();
            } else {
                inline.endElement(localName);
            }
            return;
        }
        switch (localName) {
            case "v" -> inValue = false;
            case "c" -> endCell();
            case "row" -> {
                if (inSheetData) {
                    endRow();
                }
            }
            case "sheetData" -> inSheetData = false;
            default -> {
                // nothing to finish
            }
        }
    }

    @Override
    public void text(char[] ch, int start, int length) throws UnreadableFileException {
        if (inValue) {
            value.append(ch, start, length);
            if (value.length() > ReadGuard.MAX_CELL_CHARS) {
                throw (IoMessages.unreadable("xlsx.cellTooLong", guard.file(), cellName()));
            }
        } else if (inInline) {
            inline.characters(ch, start, length);
            if (inline.length() > ReadGuard.MAX_CELL_CHARS) {
                throw (IoMessages.unreadable("xlsx.cellTooLong", guard.file(), cellName()));
            }
        }
    }

    private void startRow(String r) throws XMLStreamException {
        long number = r == null ? rowNumber + 1 : parsePositive(r);
        if (number <= rowNumber) {
            // Rows out of order or numbered 0: no spreadsheet writes that.
            throw new XMLStreamException("row number " + r + " after row " + rowNumber);
        }
        rowNumber = number;
        width = 0;
        faults = null;
        column = -1;
    }

    private void startCell(XMLStreamReader attributes) throws XMLStreamException {
        // One pass over the attributes: asking for each by name scans them all every time.
        reference = null;
        type = null;
        style = 0;
        for (int i = attributes.getAttributeCount() - 1; i >= 0; i--) {
            String name = attributes.getAttributeLocalName(i);
            if ("r".equals(name)) {
                reference = attributes.getAttributeValue(i);
            } else if ("t".equals(name)) {
                type = attributes.getAttributeValue(i);
            } else if ("s".equals(name)) {
                style = (int) Math.min(Integer.MAX_VALUE, parsePositiveOrZero(attributes.getAttributeValue(i)));
            }
        }
        int next = reference == null ? column + 1 : columnOf(reference);
        if (next < 0) {
            throw new XMLStreamException("cell reference " + reference);
        }
        column = next;
        value.setLength(0);
        inlineText = null;
    }

    private void endCell() throws XMLStreamException, UnreadableFileException {
        if (rowNumber == 0 || column < 0) {
            return;
        }
        String text = cellText();
        if (text == null || text.isEmpty()) {
            return;
        }
        if (column >= maxColumns) {
            guard.cellAt(column + 1L, cellName());
        }
        if (column >= cells.length) {
            cells = Arrays.copyOf(cells, Math.max(column + 1, cells.length * 2));
        }
        if (column >= width) {
            Arrays.fill(cells, width, column, "");
            width = column + 1;
        }
        cells[column] = text;
        if (faults != null) {
            // A cell written twice: the value read last replaces the first, and so does its fault.
            faults.removeIf(fault -> fault.column() == column);
        }
        if ("e".equals(type)) {
            if (faults == null) {
                faults = new ArrayList<>(2);
            }
            faults.add(new ReadFault(column, ReadFault.Kind.ERROR_CELL, text));
        }
    }

    /** The text the user sees in the cell just read; null or empty when it holds nothing. */
    private String cellText() throws XMLStreamException, UnreadableFileException {
        if (type == null || "n".equals(type)) {
            return value.length() == 0 ? null : styles.format(style).text(value.toString(), source.dates1904());
        }
        switch (type) {
            case "s" -> {
                if (value.length() == 0) {
                    return null;
                }
                long index = parsePositiveOrZero(value);
                String text = index > Integer.MAX_VALUE ? null : strings.get((int) index);
                if (text == null) {
                    throw (IoMessages.unreadable("xlsx.damagedAtCell", guard.file(), cellName()));
                }
                return text;
            }
            case "inlineStr" -> {
                return inlineText != null ? inlineText : InlineText.unescaped(value);
            }
            case "b" -> {
                String flag = value.toString().strip();
                return "1".equals(flag) || "true".equals(flag) ? "Yes" : "0".equals(flag) || "false".equals(flag) ? "No" : flag;
            }
            case "d" -> {
                return ExcelNumbers.isoDate(value.toString());
            }
            case "str" -> {
                return InlineText.unescaped(value);
            }
            default -> {
                // "e" (an error such as #N/A, also noted as a fault)
                return value.toString();
            }
        }
    }

    private void endRow() throws XMLStreamException, UnreadableFileException {
        if (width == 0) {
            return;
        }
        if (rowNumber > Integer.MAX_VALUE) {
            throw new XMLStreamException("row number " + rowNumber);
        }
        // Every cell below the width was set by this row: those it left out were filled with "".
        String[] row = Arrays.copyOf(cells, width);
        if (headerRow == 0) {
            headerRow = rowNumber;
            lastDelivered = rowNumber;
            try {
                sink.begin(source, List.of(row));
            } catch (RuntimeException e) {
                throw new SinkFailure(e);
            }
            return;
        }
        // The row's own number first: a row two billion rows down is refused before any blank is made.
        guard.recordAtSheetRow(rowNumber - headerRow, rowNumber);
        for (long blank = lastDelivered + 1; blank < rowNumber; blank++) {
            guard.recordAtSheetRow(blank - headerRow, blank);
            deliver(new Row(new String[0], (int) blank));
        }
        Row record = new Row(row, (int) rowNumber);
        if (faults != null) {
            faults.forEach(record::addFault);
        }
        deliver(record);
        lastDelivered = rowNumber;
    }

    private void deliver(Row row) {
        try {
            sink.row(row);
        } catch (RuntimeException e) {
            throw new SinkFailure(e);
        }
    }

    /**
     * What the sink threw, carried past the reader's handling of a damaged sheet: a sink that stops
     * the read (it has seen enough) or fails is no fault of the workbook.
     */
    static final class SinkFailure extends RuntimeException {
        SinkFailure(RuntimeException cause) {
            super(cause);
        }

        @Override
        public synchronized RuntimeException getCause() {
            return (RuntimeException) super.getCause();
        }
    }

    private String cellName() {
        return reference != null ? reference : CellReference.convertNumToColString(column) + rowNumber;
    }

    /** "A" is 0, "AB" is 27, "XFD" 16383; a number past any sheet's columns stays large; -1 for no reference. */
    static int columnOf(String reference) {
        int column = 0;
        int letters = 0;
        for (int i = 0; i < reference.length(); i++) {
            char c = reference.charAt(i);
            int letter = c >= 'A' && c <= 'Z' ? c - 'A' : c >= 'a' && c <= 'z' ? c - 'a' : -1;
            if (letter < 0) {
                break;
            }
            letters++;
            column = column > (1 << 24) ? column : column * 26 + letter + 1;
        }
        return letters == 0 ? -1 : column - 1;
    }


    private static long parsePositive(String text) throws XMLStreamException {
        long number = parsePositiveOrZero(text);
        if (number == 0) {
            throw new XMLStreamException("row number " + text);
        }
        return number;
    }

    private static long parsePositiveOrZero(CharSequence text) throws XMLStreamException {
        long number = nonNegative(text);
        if (number < 0) {
            throw new XMLStreamException("not a number: " + text);
        }
        return number;
    }

    /** The whole number of up to 18 decimal digits {@code text} is, or -1 when it is none. */
    static long nonNegative(CharSequence text) {
        int length = text.length();
        if (length == 0 || length > 18) {
            return -1;
        }
        long number = 0;
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            number = number * 10 + (c - '0');
        }
        return number;
    }
}
