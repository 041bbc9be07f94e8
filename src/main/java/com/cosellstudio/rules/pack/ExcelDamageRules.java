package com.cosellstudio.rules.pack;

import java.util.List;

/**
 * Where the pack expects a spreadsheet's damage (EXCEL_DAMAGE) besides dates and D-U-N-S numbers,
 * which their own checks know.
 *
 * @param numberColumns canonical headers of the columns holding IDs or numbers a spreadsheet may
 *                      have written in scientific notation ({@code 1.23457E+18})
 * @param paddedColumns codes of a fixed number of digits whose leading zeros a spreadsheet drops
 * @param keptDigits    how many significant digits a spreadsheet keeps of a number: past them an ID
 *                      of digits comes back rounded to zeros ({@code 7012345678901234} as
 *                      {@code 7012345678901230}); 0 where this is not looked for
 */
public record ExcelDamageRules(List<String> numberColumns, List<PaddedColumn> paddedColumns, int keptDigits) {
    public ExcelDamageRules {
        numberColumns = numberColumns == null ? List.of() : List.copyOf(numberColumns);
        paddedColumns = paddedColumns == null ? List.of() : List.copyOf(paddedColumns);
    }

    /**
     * A code of {@code digits} digits on the rows whose {@code countryColumn} is one of {@code countries}
     * (a US postal code has 5: {@code 02134}).
     */
    public record PaddedColumn(String column, int digits, String countryColumn, List<String> countries) {
        public PaddedColumn {
            countries = countries == null ? List.of() : List.copyOf(countries);
        }
    }
}
