package com.cosellstudio.io;

import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.XMLStreamReader;

/**
 * The shared strings table: the text of every {@code <si>} item, in order. A rich text item is its
 * runs' text joined ({@code <r><t>}); phonetic guides ({@code <rPh>}, the readings Japanese Excel
 * stores above kanji) are not part of what the cell shows and are skipped. The table is the one part
 * held whole, so its size is bounded: past {@code maxChars} characters the workbook is refused.
 */
final class SharedStrings implements WorkbookXml.Handler {
    /** What holding an item costs beyond its characters, counted as characters: its String and its slot. */
    private static final int ITEM_OVERHEAD = 32;

    private final long maxChars;
    private final ReadGuard guard;
    private final List<String> items = new ArrayList<>();
    private final InlineText text = new InlineText();
    private long chars;

    /**
     * @param maxChars how many characters the table may hold before the workbook is refused, each
     *                 item charged a little more than its characters: a table of millions of empty
     *                 items costs memory too
     */
    SharedStrings(long maxChars, ReadGuard guard) {
        this.maxChars = maxChars;
        this.guard = guard;
    }

    /** The item {@code index}, or null when the table has no such item. */
    String get(int index) {
        return index >= 0 && index < items.size() ? items.get(index) : null;
    }

    @Override
    public void start(String localName, XMLStreamReader attributes) {
        if ("si".equals(localName)) {
            text.start();
        } else {
            text.startElement(localName);
        }
    }

    @Override
    public void end(String localName) throws UnreadableFileException {
        if ("si".equals(localName)) {
            String item = text.finish();
            chars += item.length() + ITEM_OVERHEAD;
            if (chars > maxChars) {
                throw tooLarge();
            }
            items.add(item);
            if (items.size() % 4096 == 0) {
                guard.checkCancelled();
            }
        } else {
            text.endElement(localName);
        }
    }

    @Override
    public void text(char[] ch, int start, int length) throws UnreadableFileException {
        text.characters(ch, start, length);
        if (chars + text.length() > maxChars) {
            throw tooLarge();
        }
    }

    private UnreadableFileException tooLarge() {
        return IoMessages.unreadable("xlsx.tooManyStrings", guard.file(), maxChars);
    }
}
