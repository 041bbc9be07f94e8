package com.cosellstudio.domain;

import java.time.LocalDate;

/** Spreadsheet serial dates: a number of days after a day 0 that depends on the workbook's date system. */
public final class SerialDates {
    /** Day 0 of a workbook counting from 1900 (Excel and LibreOffice agree on it from March 1900 on). */
    public static final LocalDate EPOCH_1900 = LocalDate.of(1899, 12, 30);
    /** How many days later a workbook counting from 1904 (old Mac Excel) starts: its day 0 is January 1, 1904. */
    public static final long DAYS_1904 = 1462;

    private SerialDates() {
    }

    /** Day 0 of the serial dates of a file read as {@code source} (1900 unless it is a 1904 workbook). */
    public static LocalDate epoch(SourceInfo source) {
        return source != null && source.dates1904() ? EPOCH_1900.plusDays(DAYS_1904) : EPOCH_1900;
    }
}
