package com.cosellstudio.rules;

/** What a column holds; decides its check and, in the window, its editor. */
public enum ValueKind {
    /** Written by Partner Center (Errors); ignored on input. */
    OUTPUT,
    TEXT, GUID, COUNTRY, CURRENCY, DUNS, PHONE, EMAIL,
    /** Digits only (PartnerID); anything else is reported with the column's severity. */
    DIGITS,
    /** A domain name such as contoso.com: no scheme, no path (Customer Domain Name). */
    DOMAIN,
    /**
     * An account of Partner Center's account match: {@code MicrosoftID: <digits>-<letters/digits>}
     * or {@code DUNSID: <9 digits>}, optionally followed by {@code , AccountName: …, AccountAddress: …}.
     */
    ACCOUNT_MATCH,
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
