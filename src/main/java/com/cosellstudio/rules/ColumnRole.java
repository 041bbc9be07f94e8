package com.cosellstudio.rules;

/**
 * The part a template column plays for the code around the rules, so that code asks the layout for
 * "the Referral ID column" instead of spelling its header: the pack marks the column that plays it.
 */
public enum ColumnRole {
    /** Partner Center's messages on a processed file (and the CSV report's). */
    ERRORS,
    /** Empty creates a deal, filled updates it; the key deals are matched by. */
    REFERRAL_ID,
    /** The friendly name a person recognises a deal by (headings of the HTML report). */
    DEAL_NAME
}
