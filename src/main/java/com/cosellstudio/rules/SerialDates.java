package com.cosellstudio.rules;

import com.cosellstudio.domain.SourceInfo;
import java.time.LocalDate;

/** Day 0 of spreadsheet serial dates, by the date system of the file they come from. */
final class SerialDates {
    /** Excel and LibreOffice agree on it from March 1900 on. */
    static final LocalDate EPOCH_1900 = LocalDate.of(1899, 12, 30);
    /** Old Mac Excel's: serial 0 is January 1, 1904. */
    static final LocalDate EPOCH_1904 = LocalDate.of(1904, 1, 1);

    private SerialDates() {
    }

    static LocalDate epoch(SourceInfo source) {
        return source != null && source.dates1904() ? EPOCH_1904 : EPOCH_1900;
    }
}
