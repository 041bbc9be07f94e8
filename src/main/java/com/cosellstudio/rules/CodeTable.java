package com.cosellstudio.rules;

import java.util.Collection;
import java.util.Locale;

/**
 * A set of fixed-length letter codes (ISO country or currency codes) as a bit table, so a cell is
 * looked up without building a string.
 */
final class CodeTable {
    private final int length;
    private final boolean[] present;

    CodeTable(int length, Collection<String> codes) {
        this.length = length;
        this.present = new boolean[(int) Math.pow(26, length)];
        for (String code : codes) {
            String upper = code.toUpperCase(Locale.ROOT);
            int slot = slot(upper, 0, upper.length());
            if (slot < 0) {
                throw new IllegalArgumentException("not a " + length + "-letter code: " + code);
            }
            present[slot] = true;
        }
    }

    /** Whether {@code s[from, to)} is one of the codes, ignoring case. */
    boolean contains(String s, int from, int to) {
        int slot = slot(s, from, to);
        return slot >= 0 && present[slot];
    }

    private int slot(String s, int from, int to) {
        if (to - from != length) {
            return -1;
        }
        int slot = 0;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            int letter = c >= 'a' && c <= 'z' ? c - 'a' : c >= 'A' && c <= 'Z' ? c - 'A' : -1;
            if (letter < 0) {
                return -1;
            }
            slot = slot * 26 + letter;
        }
        return slot;
    }
}
