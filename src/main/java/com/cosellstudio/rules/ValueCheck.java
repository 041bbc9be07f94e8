package com.cosellstudio.rules;

/**
 * The check of one kind of value, compiled from the rule pack. Called for every filled cell of its
 * column, so an implementation must not allocate for a valid value.
 */
interface ValueCheck {

    /** A check that finds nothing (free text); the row checker does not even call it. */
    ValueCheck NONE = new ValueCheck() {
        @Override
        public boolean check(String raw, int from, int to, CellReporter out) {
            return true;
        }
    };

    /**
     * Checks a filled cell.
     *
     * @param raw  the cell as read
     * @param from start of the value inside {@code raw}, surrounding white space skipped
     * @param to   end of the value (exclusive); {@code from < to}
     * @param out  where issues go, positioned on this cell
     * @return false when an error was reported (the cell is then not read by cross-field rules)
     */
    boolean check(String raw, int from, int to, CellReporter out);
}
