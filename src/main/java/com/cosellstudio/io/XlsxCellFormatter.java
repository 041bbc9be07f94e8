package com.cosellstudio.io;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;

/**
 * How numeric cells of a workbook become cell text (spec section 6): the number's own value without
 * a spurious {@code .0} or exponent ({@code 12563}, {@code 12563.5}) whatever the display format says,
 * and a date-formatted number as {@code M/D/YYYY}, the form Partner Center takes.
 */
final class XlsxCellFormatter extends DataFormatter {
    private final boolean date1904;

    /** @param date1904 whether the workbook counts days from 1904 (old Mac Excel) instead of 1900 */
    XlsxCellFormatter(boolean date1904) {
        this.date1904 = date1904;
    }

    @Override
    public String formatRawCellContents(double value, int formatIndex, String formatString) {
        return formatRawCellContents(value, formatIndex, formatString, date1904);
    }

    @Override
    public String formatRawCellContents(double value, int formatIndex, String formatString, boolean use1904Windowing) {
        if (formatString != null && DateUtil.isADateFormat(formatIndex, formatString) && DateUtil.isValidExcelDate(value)) {
            LocalDateTime date = DateUtil.getLocalDateTime(value, use1904Windowing || date1904);
            if (date != null) {
                return date.getMonthValue() + "/" + date.getDayOfMonth() + "/" + date.getYear();
            }
        }
        return plainNumber(value);
    }

    /** {@code 12563.0} → "12563", {@code 1.25E7} → "12500000", {@code 84190.40} → "84190.4". */
    static String plainNumber(double value) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            return String.valueOf(value);
        }
        // valueOf goes through Double.toString: the shortest decimal that is exactly this double.
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }
}
