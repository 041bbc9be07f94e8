package com.cosellstudio.rules;

/**
 * The message keys the engine's code emits (keys coming from the rule pack — conditional rules,
 * packed-cell parts — are collected when the pack is compiled). Every key must exist in
 * {@code messages.properties}; a test holds that. Arguments: cell issues get the column name as
 * {0} and the cell as read as {1}, then the key's own arguments.
 */
final class MessageKeys {
    // file level
    static final String MISSING_COLUMN = "MISSING_COLUMN";
    static final String DUPLICATE_COLUMN = "DUPLICATE_COLUMN";
    static final String UNKNOWN_COLUMN = "UNKNOWN_COLUMN";
    static final String COLUMN_ORDER_GAP = "COLUMN_ORDER.gap";
    static final String COLUMN_ORDER_APART = "COLUMN_ORDER.apart";
    static final String TOO_MANY_ROWS = "TOO_MANY_ROWS";
    // row level
    static final String RAGGED_ROW = "RAGGED_ROW";
    static final String DUPLICATE_REFERRAL = "DUPLICATE_REFERRAL";
    // cell level
    static final String REQUIRED = "REQUIRED";
    static final String REQUIRED_IF_COLUMN_MISSING = "REQUIRED_IF.columnMissing";
    static final String FORMULA_LIKE = "FORMULA_LIKE";
    static final String ENCODING = "ENCODING";
    static final String ERROR_CELL = "INVALID_FORMAT.errorCell";
    static final String GUID = "INVALID_FORMAT.guid";
    static final String COUNTRY = "INVALID_VALUE.country";
    static final String COUNTRY_SUGGEST = "INVALID_VALUE.country.suggest";
    static final String CURRENCY = "INVALID_VALUE.currency";
    static final String CURRENCY_SUGGEST = "INVALID_VALUE.currency.suggest";
    static final String CURRENCY_WITHDRAWN = "INVALID_VALUE.currency.withdrawn";
    static final String DIGITS = "INVALID_FORMAT.digits";
    static final String DOMAIN = "INVALID_FORMAT.domain";
    static final String DOMAIN_SUGGEST = "INVALID_FORMAT.domain.suggest";
    static final String ACCOUNT_MATCH = "INVALID_FORMAT.accountMatch";
    static final String ACCOUNT_MATCH_SUGGEST = "INVALID_FORMAT.accountMatch.suggest";
    static final String DUNS = "INVALID_FORMAT.duns";
    static final String DUNS_LONG = "INVALID_FORMAT.duns.long";
    static final String DUNS_SHORT = "INVALID_FORMAT.duns.short";
    static final String PHONE = "INVALID_FORMAT.phone";
    static final String EMAIL = "INVALID_FORMAT.email";
    static final String EMAIL_SUGGEST = "INVALID_FORMAT.email.suggest";
    static final String CHOICE = "INVALID_VALUE.choice";
    static final String CHOICE_SUGGEST = "INVALID_VALUE.choice.suggest";
    static final String YES_NO = "INVALID_VALUE.yesNo";
    static final String YES_NO_SUGGEST = "INVALID_VALUE.yesNo.suggest";
    static final String CODE_FORMAT = "INVALID_FORMAT.code";
    static final String CODE_FORMAT_SUGGEST = "INVALID_FORMAT.code.suggest";
    static final String CODE_VALUE = "INVALID_VALUE.code";
    static final String CODE_VALUE_WHEN = "INVALID_VALUE.code.when";
    static final String CODE_VALUE_UNLESS = "INVALID_VALUE.code.unless";
    static final String SALES_STAGE_FORMAT = "INVALID_FORMAT.salesStage";
    static final String SALES_STAGE_FORMAT_SUGGEST = "INVALID_FORMAT.salesStage.suggest";
    static final String SALES_STAGE_VALUE = "INVALID_VALUE.salesStage";
    static final String NUMBER = "INVALID_FORMAT.number";
    static final String NUMBER_SUGGEST = "INVALID_FORMAT.number.suggest";
    static final String NUMBER_NEGATIVE = "INVALID_FORMAT.number.negative";
    static final String DATE = "INVALID_FORMAT.date";
    static final String DATE_SUGGEST = "INVALID_FORMAT.date.suggest";
    static final String DATE_NOT_REAL = "INVALID_FORMAT.date.notReal";
    static final String DATE_PAST = "INVALID_VALUE.date.past";
    static final String READ_ONLY = "IGNORED.readOnly";
    static final String EXCEL_DAMAGE_SCIENTIFIC = "EXCEL_DAMAGE.scientific";
    static final String EXCEL_DAMAGE_DIGITS_LOST = "EXCEL_DAMAGE.digitsLost";
    static final String EXCEL_DAMAGE_YEAR = "EXCEL_DAMAGE.twoDigitYear";
    static final String EXCEL_DAMAGE_ZEROS = "EXCEL_DAMAGE.leadingZeros";
    static final String EXCEL_DAMAGE_POSTAL = "EXCEL_DAMAGE.postalCode";
    static final String EXCEL_DAMAGE_BASELINE = "EXCEL_DAMAGE.baseline";
    static final String EXCEL_DAMAGE_ROUNDED = "EXCEL_DAMAGE.rounded";
    static final String INVALID_COMBINATION = "INVALID_COMBINATION";
    static final String CREATE_STATUS = "CREATE_STATUS";
    static final String TERMINAL_STATE = "TERMINAL_STATE";
    /** Prefix of packed-cell part keys: {@code INVALID_FORMAT.part.<part>[.missing|.shape|.suggest]}. */
    static final String PART_PREFIX = "INVALID_FORMAT.part.";
    static final String PART_MISSING = ".missing";
    static final String PART_SHAPE = ".shape";
    static final String PART_SUGGEST = ".suggest";
    static final String PART_WITHDRAWN = ".withdrawn";

    private MessageKeys() {
    }
}
