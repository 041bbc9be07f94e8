package com.cosellstudio.rules;

/** The issue codes of spec section 8 (and template-2023.md section 6). */
public enum Code {
    // file level
    MISSING_COLUMN, DUPLICATE_COLUMN, UNKNOWN_COLUMN, COLUMN_ORDER, TOO_MANY_ROWS,
    TOO_MANY_SOLUTIONS, TOO_MANY_TEAM_MEMBERS,
    // row level
    RAGGED_ROW, DUPLICATE_REFERRAL,
    // cell level
    REQUIRED, REQUIRED_IF, INVALID_VALUE, INVALID_FORMAT, INVALID_COMBINATION, CREATE_STATUS,
    CONSENT_REQUIRED, TERMINAL_STATE, IGNORED, FORMULA_LIKE, READ_ONLY_CHANGE, ENCODING,
    /** A value a spreadsheet changed on the way (issue 13): scientific notation, a short year, lost leading zeros. */
    EXCEL_DAMAGE
}
