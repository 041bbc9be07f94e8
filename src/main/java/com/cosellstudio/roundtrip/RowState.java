package com.cosellstudio.roundtrip;

/** Where a document row stands against the baseline export it was edited from. */
public enum RowState {
    /** No Referral ID, or one the baseline does not hold: the upload creates or first touches this deal. */
    NEW,
    /** The deal is in the baseline and at least one of its cells differs. */
    CHANGED,
    /** The deal is in the baseline and every compared cell is as it was. */
    UNCHANGED,
    /** A blank row: not a deal, never written. */
    BLANK;

    /** New and changed deals are what a changed-rows-only upload carries. */
    public boolean needsUpload() {
        return this == NEW || this == CHANGED;
    }
}
