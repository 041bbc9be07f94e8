package com.cosellstudio.rules;

import com.cosellstudio.domain.Row;

/**
 * A rule that reads more than one cell of a row, bound to the physical columns of one layout. Runs
 * after every cell of the row was checked, so it can skip cells that already have an error.
 */
interface CrossRule {

    void apply(Row row, CellReporter out);

    /** Whether a cell exists in the layout, is filled and has no error: only such cells are read. */
    static boolean usable(Row row, int column, CellReporter out) {
        if (column < 0 || out.hasError(column)) {
            return false;
        }
        String raw = row.get(column);
        return Syntax.trimStart(raw, 0, raw.length()) < raw.length();
    }

    /** Whether the row creates a deal: its Referral ID ({@code referral}) is empty, or the header has none (-1). */
    static boolean creates(Row row, int referral) {
        return referral < 0 || isBlank(row, referral);
    }

    /** The cell read as a whole number, blanks around it ignored (see {@link Syntax#parseWholeNumber}). */
    static int wholeNumber(Row row, int column) {
        String raw = row.get(column);
        int from = Syntax.trimStart(raw, 0, raw.length());
        return Syntax.parseWholeNumber(raw, from, Syntax.trimEnd(raw, from, raw.length()));
    }

    static boolean isBlank(Row row, int column) {
        String raw = row.get(column);
        return Syntax.trimStart(raw, 0, raw.length()) == raw.length();
    }

    /** Whether the trimmed cell equals {@code word} ignoring case. */
    static boolean cellEquals(Row row, int column, String word) {
        String raw = row.get(column);
        int from = Syntax.trimStart(raw, 0, raw.length());
        int to = Syntax.trimEnd(raw, from, raw.length());
        return Syntax.equalsIgnoreCase(raw, from, to, word);
    }

    /** Whether the trimmed cell equals one of {@code words} ignoring case. */
    static boolean cellIn(Row row, int column, String[] words) {
        return indexIn(row, column, words) >= 0;
    }

    /** The index of the first of {@code words} the trimmed cell equals ignoring case, or -1; the cell is trimmed once. */
    static int indexIn(Row row, int column, String[] words) {
        String raw = row.get(column);
        int from = Syntax.trimStart(raw, 0, raw.length());
        int to = Syntax.trimEnd(raw, from, raw.length());
        for (int i = 0; i < words.length; i++) {
            if (Syntax.equalsIgnoreCase(raw, from, to, words[i])) {
                return i;
            }
        }
        return -1;
    }

    static String trimmed(Row row, int column) {
        return row.get(column).strip();
    }
}
