package com.cosellstudio.rules;

import static com.cosellstudio.rules.Deal.assertClean;
import static com.cosellstudio.rules.Deal.assertNoErrors;
import static com.cosellstudio.rules.Deal.assertSingle;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The value rules of spec sections 2 and 5, one column kind at a time, both sides of each rule. */
class CellRulesTest {

    private static List<Issue> check(String column, String value) {
        return Deal.valid().with(column, value).issues();
    }

    @Nested
    class Required {
        @ParameterizedTest
        @ValueSource(strings = {"Deal Name", "Customer Name", "Customer Address Line 1", "Customer City",
                "Customer Country", "Partner Referral Status", "Partner Referral Substatus", "Estimated Deal Value",
                "Currency", "Estimated Close Date", "Microsoft help required?",
                "Consent to share Customer/Partner contact", "Solution 1", "Team member 1"})
        void anEmptyOrBlankMandatoryCellIsAnError(String column) {
            for (String blank : new String[] {"", "   ", "\t"}) {
                List<Issue> issues = check(column, blank);
                Issue issue = Deal.assertHas(issues, Severity.ERROR, Code.REQUIRED, column);
                assertEquals(column + " is required", Deal.render(issue));
                assertEquals(blank, issue.value());
            }
        }

        @ParameterizedTest
        @ValueSource(strings = {"Engagement ID", "Referral ID", "Customer Address Line 2", "Customer State",
                "Customer Postal Code", "Customer D-U-N-S ID", "Sales Stage", "CRM ID", "Marketing Campaign ID",
                "Notes", "Notes to Microsoft", "Solution 2", "Team member 2"})
        void anEmptyOptionalCellIsFine(String column) {
            assertClean(check(column, ""));
        }
    }

    @Nested
    class Guid {
        @ParameterizedTest
        @ValueSource(strings = {"f7eaae47-0b84-4ac4-b4ea-5b2587d42cee", "F7EAAE47-0B84-4AC4-B4EA-5B2587D42CEE",
                "{f7eaae47-0b84-4ac4-b4ea-5b2587d42cee}"})
        void aGuidPasses(String value) {
            assertClean(check("Engagement ID", value));
        }

        @ParameterizedTest
        @ValueSource(strings = {"ebacdkdc-0b84-4ac4-b4ea-5b2587d42cee", "12345", "f7eaae470b844ac4b4ea5b2587d42cee"})
        void anythingElseIsOnlyAWarning(String value) {
            assertSingle(check("Engagement ID", value), Severity.WARNING, Code.INVALID_FORMAT, "Engagement ID");
            List<Issue> onReferral = Deal.update("Active", "Accepted").with("Referral ID", value).issues();
            assertSingle(onReferral, Severity.WARNING, Code.INVALID_FORMAT, "Referral ID");
        }
    }

    @Nested
    class Country {
        @ParameterizedTest
        @ValueSource(strings = {"US", "de", "Jp", " GB "})
        void anAlpha2CodeIgnoringCasePasses(String value) {
            assertClean(check("Customer Country", value));
        }

        @ParameterizedTest
        @CsvSource({"USA, US", "deu, DE", "Germany, DE", "united kingdom, GB", "UK, GB", "Russia, RU",
                "Германия, DE", "россия, RU", "Соединенные Штаты, US"})
        void anAlpha3CodeOrNameIsAnErrorSuggestingTheCode(String value, String code) {
            Issue issue = assertSingle(check("Customer Country", value), Severity.ERROR, Code.INVALID_VALUE,
                    "Customer Country");
            assertEquals(code, issue.suggestion());
            assertTrue(Deal.render(issue).endsWith("did you mean " + code + "?"), Deal.render(issue));
        }

        @ParameterizedTest
        @ValueSource(strings = {"XX", "Atlantis", "U"})
        void anUnknownCountryIsAnErrorWithoutSuggestion(String value) {
            Issue issue = assertSingle(check("Customer Country", value), Severity.ERROR, Code.INVALID_VALUE,
                    "Customer Country");
            assertNull(issue.suggestion());
        }
    }

    @Nested
    class Currency {
        @ParameterizedTest
        @ValueSource(strings = {"USD", "eur", "Jpy", "RUB"})
        void anIso4217CodeIgnoringCasePasses(String value) {
            assertClean(check("Currency", value));
        }

        @ParameterizedTest
        @CsvSource({"$, USD", "€, EUR", "Dollars, USD"})
        void aSymbolOrWordIsAnErrorSuggestingTheCode(String value, String code) {
            Issue issue = assertSingle(check("Currency", value), Severity.ERROR, Code.INVALID_VALUE, "Currency");
            assertEquals(code, issue.suggestion());
        }

        @ParameterizedTest
        @ValueSource(strings = {"ABC", "US", "DOLLARSS", "XAU", "XTS", "XXX", "XDR"})
        void anUnknownCodeOrNoMoneyAtAllIsAnError(String value) {
            Issue issue = assertSingle(check("Currency", value), Severity.ERROR, Code.INVALID_VALUE, "Currency");
            assertNull(issue.suggestion());
        }

        /** The JDK's list, not one of our own: ISO's newer codes, funds and regional units are taken. */
        @ParameterizedTest
        @ValueSource(strings = {"XCG", "BOV", "CLF", "XOF", "XAF", "SLE", "ZWG", "VES", "CHE"})
        void everyCurrentCodeTheJdkKnowsPasses(String value) {
            assertClean(check("Currency", value));
        }

        @ParameterizedTest
        @ValueSource(strings = {"DEM", "HRK", "ANG", "VED", "SLL", "CUC"})
        void aCodeThatIsNoLongerAnyCountrysCurrencyIsAWarning(String value) {
            Issue issue = assertSingle(check("Currency", value), Severity.WARNING, Code.INVALID_VALUE, "Currency");
            assertEquals("Currency: \"" + value + "\" is no longer the currency of any country; it was probably withdrawn",
                    Deal.render(issue));
        }

        @Test
        void aSolutionsCurrencyFollowsTheSameList() {
            assertClean(check("Solution 1", "SOL-1234-PQRS, XCG, 10, 100"));
            assertSingle(check("Solution 1", "SOL-1234-PQRS, DEM, 10, 100"), Severity.WARNING, Code.INVALID_VALUE,
                    "Solution 1");
            assertSingle(check("Solution 1", "SOL-1234-PQRS, XAU, 10, 100"), Severity.ERROR, Code.INVALID_FORMAT,
                    "Solution 1");
        }
    }

    @Nested
    class Duns {
        @ParameterizedTest
        @ValueSource(strings = {"081466849", "08-146-6849", "081 466 849"})
        void nineDigitsPass(String value) {
            assertClean(check("Customer D-U-N-S ID", value));
        }

        @Test
        void fewerDigitsAreAWarningSuggestingZeroPadding() {
            Issue issue = assertSingle(check("Customer D-U-N-S ID", "81466849"), Severity.WARNING,
                    Code.INVALID_FORMAT, "Customer D-U-N-S ID");
            assertEquals("081466849", issue.suggestion());
            assertEquals("Customer D-U-N-S ID: \"81466849\" has only 8 digits; a D-U-N-S number has 9 \u2014 did you mean"
                    + " 081466849?", Deal.render(issue));
        }

        @Test
        void aLoneDigitIsCountedInTheSingular() {
            Issue issue = assertSingle(check("Customer D-U-N-S ID", "7"), Severity.WARNING, Code.INVALID_FORMAT,
                    "Customer D-U-N-S ID");
            assertEquals("Customer D-U-N-S ID: \"7\" has only 1 digit; a D-U-N-S number has 9 \u2014 did you mean"
                    + " 000000007?", Deal.render(issue));
        }

        @ParameterizedTest
        @ValueSource(strings = {"1234567890", "12AB56789", "81466849x", "//", "081466849 0"})
        void moreDigitsOrOtherCharactersAreAnError(String value) {
            assertSingle(check("Customer D-U-N-S ID", value), Severity.ERROR, Code.INVALID_FORMAT, "Customer D-U-N-S ID");
        }
    }

    @Nested
    class PhoneAndEmail {
        @ParameterizedTest
        @ValueSource(strings = {"9999999999", "+1 (425) 555-0100", "+7 495 123-45-67", "425.555.0100"})
        void aPhoneNumberPasses(String value) {
            assertClean(Deal.withHelp().with("Customer Contact Phone number", value).issues());
        }

        @ParameterizedTest
        @ValueSource(strings = {"call me", "555-CALL", "()", "+1 425 555 0100 ext 5"})
        void anythingElseInThePhoneIsAnError(String value) {
            assertSingle(Deal.withHelp().with("Customer Contact Phone number", value).issues(), Severity.ERROR,
                    Code.INVALID_FORMAT, "Customer Contact Phone number");
        }

        @ParameterizedTest
        @ValueSource(strings = {"john.customer@contoso.com", "a@b.co", "Kim.O'Neil@contoso.co.uk"})
        void anEmailAddressPasses(String value) {
            assertClean(Deal.withHelp().with("Customer Contact Email Address", value).issues());
        }

        @ParameterizedTest
        @ValueSource(strings = {"john.customer-at-contoso.com", "john@contoso", "a@b@contoso.com", "john@",
                "john@.com", "john@contoso.", "john@contoso com"})
        void anythingElseInTheEmailIsAnError(String value) {
            assertSingle(Deal.withHelp().with("Customer Contact Email Address", value).issues(), Severity.ERROR,
                    Code.INVALID_FORMAT, "Customer Contact Email Address");
        }

        @Test
        void anAddressWithSpacesSuggestsItWithout() {
            Issue issue = assertSingle(Deal.withHelp().with("Customer Contact Email Address", "john @ contoso.com")
                    .issues(), Severity.ERROR, Code.INVALID_FORMAT, "Customer Contact Email Address");
            assertEquals("john@contoso.com", issue.suggestion());
        }
    }

    @Nested
    class Choices {
        @ParameterizedTest
        @CsvSource({"Partner Referral Status, new", "Partner Referral Substatus, ACCEPTED",
                "Microsoft help required?, no", "Share with Microsoft sales team, YES",
                "Consent to share Customer/Partner contact, yes"})
        void listedWordsPassIgnoringCase(String column, String value) {
            assertClean(check(column, value));
        }

        @Test
        void anUnlistedStatusIsAnErrorListingTheChoices() {
            Issue issue = assertSingle(check("Partner Referral Status", "Pending"), Severity.ERROR, Code.INVALID_VALUE,
                    "Partner Referral Status");
            assertEquals("Partner Referral Status: \"Pending\" is not one of New, Active, Closed", Deal.render(issue));
        }

        @Test
        void anUnlistedSubstatusIsAnError() {
            assertSingle(check("Partner Referral Substatus", "Approved"), Severity.ERROR, Code.INVALID_VALUE,
                    "Partner Referral Substatus");
        }

        @ParameterizedTest
        @CsvSource({"Maybe, ", "y, Yes", "FALSE, No"})
        void yesNoTakesOnlyYesOrNo(String value, String suggestion) {
            Issue issue = assertSingle(check("Microsoft help required?", value), Severity.ERROR, Code.INVALID_VALUE,
                    "Microsoft help required?");
            assertEquals(suggestion, issue.suggestion());
        }

        @ParameterizedTest
        @ValueSource(strings = {"No", "no", " NO "})
        void consentNoIsConsentRequired(String value) {
            Issue issue = assertSingle(check("Consent to share Customer/Partner contact", value), Severity.ERROR,
                    Code.CONSENT_REQUIRED, "Consent to share Customer/Partner contact");
            assertTrue(Deal.render(issue).contains("neither creates nor updates"), Deal.render(issue));
        }
    }

    @Nested
    class Codes {
        @ParameterizedTest
        @ValueSource(strings = {"1", "6", "8"})
        void aListedReasonPasses(String value) {
            assertClean(Deal.update("Closed", "Lost").with("Declined/Lost reason", value).issues()
                    .stream().filter(i -> i.code() != Code.TERMINAL_STATE).toList());
        }

        @ParameterizedTest
        @ValueSource(strings = {"0", "9", "42"})
        void aNumberOffTheListIsAnInvalidValue(String value) {
            List<Issue> issues = Deal.update("Closed", "Lost").with("Declined/Lost reason", value).issues();
            Deal.assertHas(issues, Severity.ERROR, Code.INVALID_VALUE, "Declined/Lost reason");
        }

        @Test
        void aLabelTypedInsteadOfTheNumberIsAnErrorSuggestingTheNumber() {
            List<Issue> issues = Deal.update("Closed", "Lost").with("Declined/Lost reason", "Others").issues();
            Issue issue = Deal.assertHas(issues, Severity.ERROR, Code.INVALID_FORMAT, "Declined/Lost reason");
            assertEquals("8", issue.suggestion());
        }

        @Test
        void theSuggestedNumbersLabelIsShownInTheMessagesLanguage() {
            List<Issue> issues = Deal.update("Closed", "Lost").with("Declined/Lost reason", "budget").issues();
            Issue issue = Deal.assertHas(issues, Severity.ERROR, Code.INVALID_FORMAT, "Declined/Lost reason");
            assertTrue(Deal.render(issue).endsWith("did you mean 1 (Project budget is not adequate)?"), Deal.render(issue));
            String pseudo = IssueMessages.forLocale(com.cosellstudio.i18n.Bundles.PSEUDO).render(issue);
            assertTrue(pseudo.endsWith("did you mean 1 ([!Project budget is not adequate!])?!]"), pseudo);
        }

        @ParameterizedTest
        @CsvSource({"1, ", "6, ", "7, INVALID_VALUE", "x, INVALID_FORMAT", "2.5, INVALID_FORMAT"})
        void kindsOfHelpAreOneToSix(String value, Code expected) {
            List<Issue> issues = Deal.withHelp().with("What specific help from Microsoft?", value).issues();
            if (expected == null) {
                assertClean(issues);
            } else {
                assertSingle(issues, Severity.ERROR, expected, "What specific help from Microsoft?");
            }
        }
    }

    @Nested
    class SalesStage {
        @ParameterizedTest
        @ValueSource(strings = {"10", "20", "40", "60", "80", "100", "40%", "60 %"})
        void aStagePasses(String value) {
            assertClean(check("Sales Stage", value));
        }

        @ParameterizedTest
        @ValueSource(strings = {"30", "50%", "0"})
        void anotherNumberIsAWarning(String value) {
            assertSingle(check("Sales Stage", value), Severity.WARNING, Code.INVALID_VALUE, "Sales Stage");
        }

        @ParameterizedTest
        @ValueSource(strings = {"abc", "40.5", "%", "-10"})
        void anythingElseIsAnError(String value) {
            List<Issue> issues = check("Sales Stage", value).stream().filter(i -> i.code() != Code.FORMULA_LIKE).toList();
            assertSingle(issues, Severity.ERROR, Code.INVALID_FORMAT, "Sales Stage");
        }

        @Test
        void aStageNameSuggestsItsNumber() {
            Issue issue = assertSingle(check("Sales Stage", "Qualified"), Severity.ERROR, Code.INVALID_FORMAT,
                    "Sales Stage");
            assertEquals("20", issue.suggestion());
        }
    }

    @Nested
    class Decimal {
        @ParameterizedTest
        @ValueSource(strings = {"12563", "12563.50", "0", "0.5"})
        void aPlainNonNegativeNumberPasses(String value) {
            assertClean(check("Estimated Deal Value", value));
        }

        @ParameterizedTest
        @CsvSource(delimiter = ';', value = {"12,563.50;12563.50", "$12563;12563", "12 563,50;12563.50",
                "1.234.567;1234567", "12563 USD;12563", "12563,5;12563.5"})
        void groupingOrCurrencyIsAnErrorSuggestingThePlainNumber(String value, String plain) {
            Issue issue = assertSingle(check("Estimated Deal Value", value), Severity.ERROR, Code.INVALID_FORMAT,
                    "Estimated Deal Value");
            assertEquals(plain, issue.suggestion());
            assertTrue(Deal.render(issue).endsWith("did you mean " + plain + "?"), Deal.render(issue));
        }

        @ParameterizedTest
        @ValueSource(strings = {"ten", "1e5", "12.5.5x", ".", "1,23,456"})
        void textIsAnErrorWithoutSuggestion(String value) {
            Issue issue = assertSingle(check("Estimated Deal Value", value), Severity.ERROR, Code.INVALID_FORMAT,
                    "Estimated Deal Value");
            assertNull(issue.suggestion());
        }

        @Test
        void aNegativeValueIsAnErrorButNoFormula() {
            Issue issue = assertSingle(check("Estimated Deal Value", "-5"), Severity.ERROR, Code.INVALID_FORMAT,
                    "Estimated Deal Value");
            assertEquals("Estimated Deal Value: \"-5\" is below zero", Deal.render(issue));
        }
    }

    @Nested
    class Dates {
        @ParameterizedTest
        @ValueSource(strings = {"1/30/2027", "01/30/2027", "12/31/2099", "2/29/2028", "2/29/2400", "11/25/2026"})
        void mdyOfARealDateFromTodayOnPasses(String value) {
            assertClean(check("Estimated Close Date", value));
        }

        @ParameterizedTest
        @CsvSource({"2027-01-30, 1/30/2027", "30/01/2027, 1/30/2027", "30.01.2027, 1/30/2027",
                "2027-01-30T00:00:00Z, 1/30/2027", "1/30/27, 1/30/2027", "2027/1/30, 1/30/2027",
                "1/30/2027 12:00 AM, 1/30/2027", "46417, 1/30/2027"})
        void anotherFormIsAnErrorShowingTheProbablyMeantDate(String value, String meant) {
            Issue issue = assertSingle(check("Estimated Close Date", value), Severity.ERROR, Code.INVALID_FORMAT,
                    "Estimated Close Date");
            assertEquals(meant, issue.suggestion());
        }

        @Test
        void aSerialNumberIsReadInTheDateSystemOfTheWorkbookItCameFrom() {
            // 44955 is 1/30/2027 in a workbook counting from 1904 (old Mac Excel), 1/29/2023 from 1900.
            Deal deal = Deal.valid().with("Estimated Close Date", "44955");
            ColumnLayout layout = Deal.ENGINE.layout(deal.header());
            Issue from1904 = assertSingle(Deal.ENGINE.checkRow(layout.forSource(
                    com.cosellstudio.domain.SourceInfo.workbook("Deals", true)), deal.row(), 1),
                    Severity.ERROR, Code.INVALID_FORMAT, "Estimated Close Date");
            assertEquals("1/30/2027", from1904.suggestion());
            Issue from1900 = assertSingle(Deal.ENGINE.checkRow(layout.forSource(
                    com.cosellstudio.domain.SourceInfo.workbook("Deals", false)), deal.row(), 1),
                    Severity.ERROR, Code.INVALID_FORMAT, "Estimated Close Date");
            assertEquals("1/29/2023", from1900.suggestion());
        }

        @Test
        void theMessageShowsTheMeantDate() {
            Issue issue = check("Estimated Close Date", "30/01/2027").get(0);
            assertEquals("Estimated Close Date: \"30/01/2027\" is not M/D/YYYY — did you mean 1/30/2027?",
                    Deal.render(issue));
        }

        @ParameterizedTest
        @ValueSource(strings = {"2/30/2027", "13/13/2027", "0/10/2027", "2/29/2027", "2/29/2100", "4/31/2027"})
        void anImpossibleDateIsAnError(String value) {
            assertSingle(check("Estimated Close Date", value), Severity.ERROR, Code.INVALID_FORMAT,
                    "Estimated Close Date");
        }

        @Test
        void theTwentyNinthOfFebruaryOfACommonYearSaysSo() {
            assertEquals("Estimated Close Date: \"2/29/2027\" is not a real calendar date",
                    Deal.render(check("Estimated Close Date", "2/29/2027").get(0)));
        }

        @ParameterizedTest
        @ValueSource(strings = {"soon", "Q3 2027"})
        void textIsAnErrorWithoutSuggestion(String value) {
            Issue issue = assertSingle(check("Estimated Close Date", value), Severity.ERROR, Code.INVALID_FORMAT,
                    "Estimated Close Date");
            assertNull(issue.suggestion());
        }

        @Test
        void aDateBeforeTodayIsAWarning() {
            Issue issue = assertSingle(check("Estimated Close Date", "11/24/2026"), Severity.WARNING,
                    Code.INVALID_VALUE, "Estimated Close Date");
            assertEquals("Estimated Close Date: 11/24/2026 is in the past (today is 11/25/2026)", Deal.render(issue));
        }

        @Test
        void anEngineKeptOpenPastMidnightMovesTodayOn() {
            // The window keeps one engine for hours; "today" must follow the clock, in the clock's zone.
            ZoneId tokyo = ZoneId.of("Asia/Tokyo");
            MovableClock clock = new MovableClock(Instant.parse("2026-11-25T14:59:00Z"), tokyo); // 23:59 in Tokyo
            RuleEngine engine = RuleEngine.shipped(clock);
            Deal deal = Deal.valid().with("Estimated Close Date", "11/25/2026");
            ColumnLayout layout = engine.layout(deal.header());

            assertClean(engine.checkRow(layout, deal.row(), 1));
            clock.now = Instant.parse("2026-11-25T15:00:00Z"); // midnight in Tokyo: 11/26
            Issue issue = assertSingle(engine.checkRow(layout, deal.row(), 1), Severity.WARNING, Code.INVALID_VALUE,
                    "Estimated Close Date");
            assertEquals("Estimated Close Date: 11/25/2026 is in the past (today is 11/26/2026)", Deal.render(issue));
        }
    }

    /** A clock a test sets by hand. */
    private static final class MovableClock extends Clock {
        private final ZoneId zone;
        Instant now;

        MovableClock(Instant now, ZoneId zone) {
            this.now = now;
            this.zone = zone;
        }

        @Override
        public ZoneId getZone() {
            return zone;
        }

        @Override
        public Clock withZone(ZoneId other) {
            return new MovableClock(now, other);
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    @Nested
    class ReadOnlyAndOutput {
        @ParameterizedTest
        @ValueSource(strings = {"Pending", "Active", "anything at all", "=1+1"})
        void anyMicrosoftStatusIsOnlyIgnored(String value) {
            List<Issue> issues = check("Microsoft Referral Status", value);
            assertNoErrors(issues);
            Deal.assertHas(issues, Severity.INFO, Code.IGNORED, "Microsoft Referral Status");
        }

        @ParameterizedTest
        @ValueSource(strings = {"Mandatory field Solution 1 missing", "=cmd|' /C calc'!A0", "garbage"})
        void theErrorsColumnIsIgnoredOnInput(String value) {
            assertClean(check("Errors", value));
        }
    }

    @Nested
    class FormulaLike {
        @ParameterizedTest
        @ValueSource(strings = {"=SUM(A1:A2)", "@SUM(A1)", "+A1", "-A1", "=1", "+cmd"})
        void aFormulaStartIsAWarning(String value) {
            Issue issue = assertSingle(check("Notes", value), Severity.WARNING, Code.FORMULA_LIKE, "Notes");
            assertEquals(value, issue.value());
        }

        @ParameterizedTest
        @ValueSource(strings = {"-5", "+1 (425) 555-0100", "- a list item", "+(425) 555", "a=b", "+", "-",
                "+44 20 7946 0958", "- note", " -5", "\t+1 (425) 555-0100", "  ", "-1.5 (approx.)"})
        void digitsSpacesAndBracketsAfterASignAreNotFlagged(String value) {
            assertClean(check("Notes", value));
        }

        /** DDE and function payloads behind a number, and any formula start after spaces or tabs. */
        @ParameterizedTest
        @ValueSource(strings = {"-2+3+cmd|' /C calc'!A0", "+1+cmd|' /C calc'!A0", "+1|x", "-1+HYPERLINK(\"http://x\")",
                "+1+Sheet2!A1", "- 1 + _xlfn.CONCAT(A1)", " =1+1", "\t=1+1", " \t@SUM(A1)", "  +A1", "\t-A1",
                " -2+3+cmd|' /C calc'!A0"})
        void aPayloadHiddenBehindANumberOrWhiteSpaceIsAWarning(String value) {
            Issue issue = assertSingle(check("Notes", value), Severity.WARNING, Code.FORMULA_LIKE, "Notes");
            assertEquals(value, issue.value());
        }

        @Test
        void aPhoneNumberWithPlusIsNotAFormula() {
            assertClean(Deal.withHelp().with("Customer Contact Phone number", "+1 (425) 555-0100").issues());
        }
    }
}
