package com.cosellstudio.io;

/**
 * Hands back one shared String for short values that repeat all over a bulk file ("New",
 * "Accepted", "Yes", "USD", currency codes, empty cells): a 100,000-row file then holds a few
 * thousand such strings instead of millions of copies, which keeps it well inside the memory budget
 * and spares the garbage collector. A direct-mapped table: a clash simply replaces the older value.
 */
final class ShortValueCache {
    private static final int SLOTS = 4096;
    /** Longer values are mostly unique (names, IDs, notes): caching them would only cost time. */
    private static final int MAX_LENGTH = 32;

    private final String[] slots = new String[SLOTS];

    /** The characters {@code buf[offset, offset + length)} as a String, shared when short. */
    String value(char[] buf, int offset, int length) {
        if (length == 0) {
            return "";
        }
        if (length > MAX_LENGTH) {
            return new String(buf, offset, length);
        }
        int hash = 0;
        for (int i = offset; i < offset + length; i++) {
            hash = 31 * hash + buf[i];
        }
        int slot = (hash ^ (hash >>> 12)) & (SLOTS - 1);
        String known = slots[slot];
        if (known != null && known.length() == length && sameChars(known, buf, offset)) {
            return known;
        }
        String made = new String(buf, offset, length);
        slots[slot] = made;
        return made;
    }

    private static boolean sameChars(String known, char[] buf, int offset) {
        for (int i = 0; i < known.length(); i++) {
            if (known.charAt(i) != buf[offset + i]) {
                return false;
            }
        }
        return true;
    }
}
