package com.cosellstudio.rules;

/** What a column holds; decides its check and, in the window, its editor. */
public enum ValueKind {
    /** Written by Partner Center (Errors); ignored on input. */
    OUTPUT,
    TEXT, GUID, COUNTRY, CURRENCY, DUNS, PHONE, EMAIL,
    /** One of a closed list of words (statuses, substatuses). */
    CHOICE,
    /** Yes or No, case-insensitive. */
    YES_NO,
    /** A whole number from a closed list of codes with labels (reasons, kinds of help). */
    CODE,
    SALES_STAGE, DECIMAL, DATE,
    /** Read-only: Partner Center ignores any value (Microsoft Referral Status). */
    READ_ONLY,
    /** Packed {@code SolutionID, Currency, Price, Quantity}. */
    SOLUTION,
    /** Packed {@code First name, Last name, Mobile number, Email}. */
    TEAM_MEMBER
}
