package com.cosellstudio.rules.pack;

/** What one part of a packed cell holds. */
public enum PartKind {
    /** Any non-empty text. */
    TEXT,
    /** A product ID checked against the part's shape (warning when it differs). */
    SOLUTION_ID,
    /** ISO 4217 code, case-insensitive. */
    CURRENCY,
    /** A non-negative decimal with "." as decimal point. */
    DECIMAL,
    /** A whole number of at least 1. */
    POSITIVE_INTEGER,
    /** The phone rule of column 15. */
    PHONE,
    /** The e-mail rule of column 16. */
    EMAIL
}
