package com.cosellstudio.rules;

/**
 * The sorts of repair the engine suggests. A window can offer "fix every cell like this" per kind
 * and column; the {@code fix} command applies the {@link #isSafe safe} ones.
 */
public enum FixKind {
    /** {@code 2027-01-30} → {@code 1/30/2027}. */
    DATE_ISO(true),
    /** {@code 30.01.2027} → {@code 1/30/2027}. */
    DATE_DOTTED(true),
    /** {@code 30/01/2027}, the day above 12 so the order is certain → {@code 1/30/2027}. */
    DATE_DAY_FIRST(true),
    /** A spreadsheet's serial day number, counted in the file's own date system → {@code M/D/YYYY}. */
    DATE_SERIAL(true),
    /** {@code 01/30/28}, as Excel writes a date with a short year → {@code 1/30/2028}. */
    DATE_TWO_DIGIT_YEAR(true),
    /** Another unambiguous way of writing a date (month first with dashes, a time after it). */
    DATE_OTHER(true),
    /** A country name or alpha-3 code, English or Russian → its alpha-2 code. */
    COUNTRY_CODE(true),
    /** A currency symbol or name → its ISO 4217 code. */
    CURRENCY_CODE(true),
    /** {@code y}, {@code true}, {@code 1}, {@code Да} → {@code Yes} (and the same for No). */
    YES_NO(true),
    /** A listed word in other letter case ({@code active} → {@code Active}). */
    LETTER_CASE(true),
    /** Another word the pack knows for a listed value ({@code won} → {@code Closed}): a guess a person should confirm. */
    LISTED_SYNONYM(false),
    /** A label or name typed instead of its code or stage number ({@code budget} → {@code 1}): a guess to confirm. */
    CODE_FOR_LABEL(false),
    /** White space around a value removed. */
    WHITE_SPACE(true),
    /** An amount with a currency mark, grouping or a decimal comma → a plain decimal. */
    PLAIN_NUMBER(true),
    /** A number Excel showed in scientific notation, written out in full when every digit is known. */
    SCIENTIFIC_NUMBER(true),
    /** A D-U-N-S number short of digits → zero-padded to 9, spaces and hyphens removed. */
    DUNS_PADDING(true),
    /**
     * A D-U-N-S number typed short (more digits missing than a spreadsheet drops, or written with
     * hyphens) → zero-padded to 9: a wrong number would become a valid-looking one, so a guess to confirm.
     */
    DUNS_PADDING_GUESS(false),
    /** A postal code that lost its leading zeros → zero-padded to its country's length. */
    POSTAL_CODE_PADDING(true),
    /** An e-mail address with stray spaces → the address without them. */
    EMAIL_SPACES(true),
    /** A URL or e-mail address in a domain column → the domain it holds. */
    DOMAIN_NAME(true),
    /** An account match with its label spelled loosely → spelled as Partner Center reads it. */
    ACCOUNT_LABEL(true),
    /** One part of a packed cell (Solution, Team member) repaired, the rest kept. */
    PACKED_PART(true),
    /** The value the baseline export has for this row and column, for a value damaged since. */
    BASELINE_VALUE(true);

    private final boolean safe;

    FixKind(boolean safe) {
        this.safe = safe;
    }

    /** Whether the fix can be applied without a person confirming the guess. */
    public boolean isSafe() {
        return safe;
    }
}
