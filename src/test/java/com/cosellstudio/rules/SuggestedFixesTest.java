package com.cosellstudio.rules;

import static com.cosellstudio.rules.Deal.assertClean;
import static com.cosellstudio.rules.Deal.assertSingle;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.cosellstudio.domain.SourceInfo;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Each issue's fix (issue 13): what it repairs, of which kind, and what it must leave alone. */
class SuggestedFixesTest {

    @BeforeAll
    static void english() {
        Locale.setDefault(Locale.ENGLISH);
    }

    private static List<Issue> check(String column, String value) {
        return Deal.valid().with(column, value).issues();
    }

    private static void assertFix(Issue issue, String value, FixKind kind) {
        assertEquals(new Fix(value, kind), issue.fix(), Deal.render(issue));
        assertEquals(value, issue.suggestion());
    }

    @Nested
    class Dates {
        @ParameterizedTest
        @CsvSource({"2027-01-30, 1/30/2027, DATE_ISO", "30.01.2027, 1/30/2027, DATE_DOTTED",
                "30/01/2027, 1/30/2027, DATE_DAY_FIRST", "46417, 1/30/2027, DATE_SERIAL",
                "' 2027-01-30 ', 1/30/2027, DATE_ISO", "01-30-2027, 1/30/2027, DATE_OTHER"})
        void anotherCertainFormIsFixedToMdyyyy(String value, String meant, FixKind kind) {
            Issue issue = assertSingle(check("Estimated Close Date", value), Severity.ERROR, Code.INVALID_FORMAT,
                    "Estimated Close Date");
            assertFix(issue, meant, kind);
            assertTrue(issue.fix().isSafe());
        }

        @ParameterizedTest
        @ValueSource(strings = {"03-04-2027", "03.13.2027x", "13/13/2027", "2/30/2027", "next spring"})
        void anAmbiguousOrImpossibleDateIsNeverGuessed(String value) {
            Issue issue = assertSingle(check("Estimated Close Date", value), Severity.ERROR, Code.INVALID_FORMAT,
                    "Estimated Close Date");
            assertNull(issue.fix(), Deal.render(issue));
        }

        @Test
        void aMonthFirstDateIsLeftAsItIs() {
            assertClean(check("Estimated Close Date", "03/04/2027"));
        }

        @Test
        void aTwoDigitYearAsExcelWritesItIsExcelDamageFixedToTheFullYear() {
            Issue issue = assertSingle(check("Estimated Close Date", "01/30/28"), Severity.ERROR, Code.EXCEL_DAMAGE,
                    "Estimated Close Date");
            assertFix(issue, "1/30/2028", FixKind.DATE_TWO_DIGIT_YEAR);
            assertEquals("Estimated Close Date: \"01/30/28\" has a two-digit year, as a spreadsheet shortens dates;"
                    + " Partner Center needs M/D/YYYY \u2014 did you mean 1/30/2028?", Deal.render(issue));
        }

        @Test
        void aSerialNumberIsFixedInTheWorkbooksOwnDateSystem() {
            Deal deal = Deal.valid().with("Estimated Close Date", "44955");
            ColumnLayout layout = Deal.ENGINE.layout(deal.header()).forSource(SourceInfo.workbook("Deals", true));
            Issue issue = assertSingle(Deal.ENGINE.checkRow(layout, deal.row(), 1), Severity.ERROR, Code.INVALID_FORMAT,
                    "Estimated Close Date");
            assertFix(issue, "1/30/2027", FixKind.DATE_SERIAL);
        }
    }

    @Nested
    class Countries {
        @ParameterizedTest
        @ValueSource(strings = {"Germany", "DEU", "Германия", "germany", "deu", "Deutschland"})
        void aNameOrAlpha3CodeInEnglishOrRussianIsFixedToAlpha2(String value) {
            Issue issue = assertSingle(check("Customer Country", value), Severity.ERROR, Code.INVALID_VALUE,
                    "Customer Country");
            assertFix(issue, "DE", FixKind.COUNTRY_CODE);
        }

        @Test
        void russianNamesOfOtherCountriesToo() {
            assertFix(assertSingle(check("Customer Country", "Франция"), Severity.ERROR, Code.INVALID_VALUE,
                    "Customer Country"), "FR", FixKind.COUNTRY_CODE);
            assertFix(assertSingle(check("Customer Country", "JPN"), Severity.ERROR, Code.INVALID_VALUE,
                    "Customer Country"), "JP", FixKind.COUNTRY_CODE);
            // Spellings the JDK lacks come from the pack's list.
            assertFix(assertSingle(check("Customer Country", "США"), Severity.ERROR, Code.INVALID_VALUE,
                    "Customer Country"), "US", FixKind.COUNTRY_CODE);
        }

        @Test
        void anUnknownPlaceHasNoFix() {
            assertNull(assertSingle(check("Customer Country", "Neverland"), Severity.ERROR, Code.INVALID_VALUE,
                    "Customer Country").fix());
        }
    }

    @Nested
    class ListedWords {
        @ParameterizedTest
        @CsvSource({"y, Yes", "true, Yes", "1, Yes", "Да, Yes", "да, Yes", "Нет, No", "n, No", "0, No", "FALSE, No"})
        void yesNoSynonymsAreFixed(String value, String meant) {
            Issue issue = assertSingle(check("Share with Microsoft sales team", value), Severity.ERROR,
                    Code.INVALID_VALUE, "Share with Microsoft sales team");
            assertFix(issue, meant, FixKind.YES_NO);
        }

        @ParameterizedTest
        @ValueSource(strings = {"maybe", "2", "-1"})
        void otherWordsHaveNoFix(String value) {
            assertNull(assertSingle(check("Share with Microsoft sales team", value), Severity.ERROR,
                    Code.INVALID_VALUE, "Share with Microsoft sales team").fix());
        }

        @Test
        void aStatusSynonymIsOfferedButNotSafe() {
            Issue issue = Deal.assertHas(check("Partner Referral Status", "open"), Severity.ERROR, Code.INVALID_VALUE,
                    "Partner Referral Status");
            assertFix(issue, "Active", FixKind.LISTED_SYNONYM);
            assertFalse(issue.fix().isSafe());
        }

        @Test
        void aListedWordInOtherCaseIsTidiedWithoutBeingAnIssue() {
            Deal deal = Deal.valid().with("Partner Referral Status", "new").with("Microsoft help required?", " no ");
            assertClean(deal.issues());
            ColumnLayout layout = Deal.ENGINE.layout(deal.header());
            assertEquals(new Fix("New", FixKind.LETTER_CASE),
                    CellFixes.tidy(layout, deal.row(), deal.header().indexOf("Partner Referral Status")));
            assertEquals(new Fix("No", FixKind.LETTER_CASE),
                    CellFixes.tidy(layout, deal.row(), deal.header().indexOf("Microsoft help required?")));
            assertNull(CellFixes.tidy(layout, Deal.valid().row(), deal.header().indexOf("Partner Referral Status")));
        }

        @Test
        void haveNotDecidedTakesItsListedCase() {
            Deal deal = Deal.valid2023().with("Marketplace Purchase Intent", "have not decided");
            assertClean(deal.issues());
            assertEquals(new Fix("Have not decided", FixKind.LETTER_CASE), CellFixes.tidy(
                    Deal.ENGINE.layout(deal.header()), deal.row(), deal.header().indexOf("Marketplace Purchase Intent")));
        }

        @Test
        void whiteSpaceAroundAValueIsTidiedButNotInsideNorInTheErrorsColumn() {
            Deal deal = Deal.valid().with("Deal Name", "  UK  spring deal \t").with("Errors", " old message ");
            ColumnLayout layout = Deal.ENGINE.layout(deal.header());
            assertEquals(new Fix("UK  spring deal", FixKind.WHITE_SPACE),
                    CellFixes.tidy(layout, deal.row(), deal.header().indexOf("Deal Name")));
            assertNull(CellFixes.tidy(layout, deal.row(), deal.header().indexOf("Errors")));
            assertNull(CellFixes.tidy(layout, deal.row(), deal.header().indexOf("Customer Name")));
        }
    }

    @Nested
    class Money {
        @ParameterizedTest
        @CsvSource(delimiter = ';', value = {"$12,563.50; 12563.50", "12 563,50; 12563.50", "1.234,5 EUR; 1234.5",
                "12563,5; 12563.5", "€ 1,000; 1000"})
        void anAmountWrittenAsPeopleWriteItIsFixedToAPlainDecimal(String value, String meant) {
            Issue issue = assertSingle(check("Estimated Deal Value", value), Severity.ERROR, Code.INVALID_FORMAT,
                    "Estimated Deal Value");
            assertFix(issue, meant, FixKind.PLAIN_NUMBER);
        }

        @ParameterizedTest
        @ValueSource(strings = {"-5", "ten", "1e5"})
        void aNegativeOrNoAmountHasNoFix(String value) {
            assertNull(assertSingle(check("Estimated Deal Value", value), Severity.ERROR, Code.INVALID_FORMAT,
                    "Estimated Deal Value").fix());
        }

        @ParameterizedTest
        @CsvSource({"$, USD", "€, EUR", "руб., RUB", "euro, EUR"})
        void aCurrencySymbolOrNameIsFixedToItsCode(String value, String meant) {
            Issue issue = Deal.assertHas(check("Currency", value), Severity.ERROR, Code.INVALID_VALUE, "Currency");
            assertFix(issue, meant, FixKind.CURRENCY_CODE);
        }

        @Test
        void anUnknownCurrencyHasNoFix() {
            assertNull(Deal.assertHas(check("Currency", "ZZZ"), Severity.ERROR, Code.INVALID_VALUE, "Currency").fix());
        }
    }

    @Nested
    class LeadingZeros {
        @Test
        void aDunsNumberThatLostItsLeadingZeroIsExcelDamagePadded() {
            Issue issue = assertSingle(check("Customer D-U-N-S ID", "81466849"), Severity.WARNING, Code.EXCEL_DAMAGE,
                    "Customer D-U-N-S ID");
            assertFix(issue, "081466849", FixKind.DUNS_PADDING);
            assertEquals("Customer D-U-N-S ID: \"81466849\" has 8 digits; a spreadsheet probably dropped the leading"
                    + " zeros of a 9-digit D-U-N-S number \u2014 did you mean 081466849?", Deal.render(issue));
        }

        @Test
        void aDunsNumberTypedShortIsOfferedPaddedButOnlyAsAGuess() {
            assertFix(assertSingle(check("Customer D-U-N-S ID", "8-146-6849"), Severity.WARNING, Code.INVALID_FORMAT,
                    "Customer D-U-N-S ID"), "081466849", FixKind.DUNS_PADDING_GUESS);
            assertFix(assertSingle(check("Customer D-U-N-S ID", "12345"), Severity.WARNING, Code.INVALID_FORMAT,
                    "Customer D-U-N-S ID"), "000012345", FixKind.DUNS_PADDING_GUESS);
            assertFalse(FixKind.DUNS_PADDING_GUESS.isSafe(), "a number four digits short is not made valid unasked");
        }

        @Test
        void aUsPostalCodeThatLostItsLeadingZeroIsPadded() {
            Issue issue = assertSingle(check("Customer Postal Code", "2134"), Severity.WARNING, Code.EXCEL_DAMAGE,
                    "Customer Postal Code");
            assertFix(issue, "02134", FixKind.POSTAL_CODE_PADDING);
            assertEquals("Customer Postal Code: \"2134\" has 4 digits where a postal code of this country has 5;"
                    + " a spreadsheet probably dropped its leading zeros \u2014 did you mean 02134?", Deal.render(issue));
            assertFix(assertSingle(check("Customer Postal Code", "501"), Severity.WARNING, Code.EXCEL_DAMAGE,
                    "Customer Postal Code"), "00501", FixKind.POSTAL_CODE_PADDING);
        }

        @Test
        void otherPostalCodesAreLeftAsTheyAre() {
            assertClean(check("Customer Postal Code", "02134"));
            assertClean(check("Customer Postal Code", "2134-1234"));
            assertClean(check("Customer Postal Code", "21"));
            assertClean(Deal.valid().with("Customer Country", "AT").with("Customer Postal Code", "1010").issues());
            assertClean(Deal.valid().with("Customer Country", "DE").with("Currency", "EUR")
                    .with("Customer Postal Code", "1067").issues());
        }

        @Test
        void aPhoneNumberIsNoCodeToPad() {
            assertClean(Deal.withHelp().with("Customer Contact Phone number", "4255550100").issues());
        }
    }

    @Nested
    class ScientificNotation {
        @Test
        void anIdWhoseDigitsWereRoundedAwayCannotBeRestored() {
            Issue issue = assertSingle(check("CRM ID", "1.23456789012346E+18"), Severity.WARNING, Code.EXCEL_DAMAGE,
                    "CRM ID");
            assertNull(issue.fix());
            String message = Deal.render(issue);
            assertTrue(message.contains("cannot be known") && message.contains("export"), message);
        }

        @Test
        void anIdWithEveryDigitShownIsWrittenOut() {
            assertFix(assertSingle(check("CRM ID", "1.2345E+4"), Severity.WARNING, Code.EXCEL_DAMAGE, "CRM ID"),
                    "12345", FixKind.SCIENTIFIC_NUMBER);
        }

        @ParameterizedTest
        @ValueSource(strings = {"12E45", "1E5", "CRM-1.5E+06", "1.5E+06x", "8.1e"})
        void otherIdsAreLeftAsTheyAre(String value) {
            assertClean(check("CRM ID", value));
        }

        @ParameterizedTest
        @CsvSource({"Marketing Campaign ID, 7012345678901230, 16", "CRM ID, 1234567890123460000, 19"})
        void anIdASpreadsheetRoundedToFifteenDigitsCannotBeRestored(String column, String value, int digits) {
            Issue issue = assertSingle(check(column, value), Severity.WARNING, Code.EXCEL_DAMAGE, column);
            assertNull(issue.fix());
            String message = Deal.render(issue);
            assertTrue(message.contains(digits + " digits") && message.contains("only 15 digits")
                    && message.contains("cannot be known") && message.contains("export"), message);
        }

        @ParameterizedTest
        @ValueSource(strings = {"7012345678901234", "123456789012340", "0123456789012345000", "1234567890123460001",
            "12345678901234-000"})
        void idsWithTheirDigitsOrNotStoredAsANumberAreLeftAsTheyAre(String value) {
            assertClean(check("Marketing Campaign ID", value));
        }

        @Test
        void aDealValueInScientificNotationIsAnErrorWrittenOutWhenKnown() {
            assertFix(assertSingle(check("Estimated Deal Value", "1.25E+2"), Severity.ERROR, Code.EXCEL_DAMAGE,
                    "Estimated Deal Value"), "125", FixKind.SCIENTIFIC_NUMBER);
            assertNull(assertSingle(check("Estimated Deal Value", "1.5E+12"), Severity.ERROR, Code.EXCEL_DAMAGE,
                    "Estimated Deal Value").fix());
        }
    }

    @Nested
    class Baseline {
        private List<Issue> checkAgainst(Deal deal, String column, String old) {
            RowBaseline baseline = new RowBaseline() {
                @Override
                public String oldValue(String canonicalColumn) {
                    return canonicalColumn.equals(column) ? old : "";
                }

                @Override
                public Set<String> changedColumns() {
                    return Set.of(column);
                }
            };
            return Deal.ENGINE.checkRow(Deal.ENGINE.layout(deal.header()), deal.row(), 1, baseline);
        }

        @Test
        void anIdRoundedToFifteenDigitsIsFixedWithTheExportsValue() {
            Deal deal = Deal.update("Active", "Accepted").with("Marketing Campaign ID", "7012345678901230");
            Issue issue = Deal.assertHas(checkAgainst(deal, "Marketing Campaign ID", "7012345678901234"), Severity.WARNING,
                    Code.EXCEL_DAMAGE, "Marketing Campaign ID");
            assertFix(issue, "7012345678901234", FixKind.BASELINE_VALUE);
        }

        @Test
        void damageIsFixedWithTheExportsValueEvenWhereTheDigitsWereLost() {
            Deal deal = Deal.update("Active", "Accepted").with("CRM ID", "1.23456789012346E+18");
            Issue issue = Deal.assertHas(checkAgainst(deal, "CRM ID", "1234567890123456789"), Severity.WARNING,
                    Code.EXCEL_DAMAGE, "CRM ID");
            assertFix(issue, "1234567890123456789", FixKind.BASELINE_VALUE);
            assertEquals("CRM ID: \"1.23456789012346E+18\" was changed by a spreadsheet; the baseline export has"
                    + " 1234567890123456789 for this deal", Deal.render(issue));
        }

        @Test
        void anExportValueTheDamageCannotComeFromIsAnEditNotUndone() {
            Deal date = Deal.update("Active", "Accepted").with("Estimated Close Date", "06/15/28");
            assertFix(Deal.assertHas(checkAgainst(date, "Estimated Close Date", "1/30/2027"), Severity.ERROR,
                    Code.EXCEL_DAMAGE, "Estimated Close Date"), "6/15/2028", FixKind.DATE_TWO_DIGIT_YEAR);
            Deal id = Deal.update("Active", "Accepted").with("CRM ID", "1.23456789012346E+18");
            Issue lost = Deal.assertHas(checkAgainst(id, "CRM ID", "9999999999999999999"), Severity.WARNING,
                    Code.EXCEL_DAMAGE, "CRM ID");
            assertEquals(null, lost.fix(), "digits that cannot round to the ones shown are not the export's");
        }

        @Test
        void aDateOfTheExportIsTakenOverTheGuess() {
            Deal deal = Deal.update("Active", "Accepted").with("Estimated Close Date", "01/30/28");
            assertFix(Deal.assertHas(checkAgainst(deal, "Estimated Close Date", "1/30/2028"), Severity.ERROR,
                    Code.EXCEL_DAMAGE, "Estimated Close Date"), "1/30/2028", FixKind.BASELINE_VALUE);
        }
    }
}
