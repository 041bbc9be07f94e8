package com.cosellstudio.rules;

import static com.cosellstudio.rules.Deal.assertClean;
import static com.cosellstudio.rules.Deal.assertSingle;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Packed Solution / Team member cells of spec section 3: each part checked, messages naming the part. */
class PackedCellRulesTest {

    private static List<Issue> solution2(String value) {
        return Deal.valid().with("Solution 2", value).issues();
    }

    private static List<Issue> teamMember2(String value) {
        return Deal.valid().with("Team member 2", value).issues();
    }

    @Nested
    class Solution {
        @ParameterizedTest
        @ValueSource(strings = {"SOL-7594-SEHB", "SOL-7594-SEHB, SEK", "SOL-7594-SEHB, SEK, 192",
                "SOL-7594-SEHB, SEK, 192.50, 888", " SOL-7594-SEHB ,usd,  10 ,1 ", "SOL-7594-SEHB, , 10, 2",
                "sol-1-a"})
        void anIdWithOptionalCurrencyPriceQuantityPasses(String value) {
            assertClean(solution2(value));
        }

        @Test
        void anEmptySecondSolutionIsFine() {
            assertClean(solution2(""));
        }

        @Test
        void moreThanFourPartsIsAnError() {
            Issue issue = assertSingle(solution2("SOL-1-A, USD, 10, 100, extra"), Severity.ERROR,
                    Code.INVALID_FORMAT, "Solution 2");
            assertEquals("Solution 2: \"SOL-1-A, USD, 10, 100, extra\" has 5 parts; a Solution cell holds at most 4:"
                    + " SolutionID, Currency, Price, Quantity", Deal.render(issue));
        }

        @ParameterizedTest
        @ValueSource(strings = {", USD, 10, 100", " , USD"})
        void aMissingIdIsAnError(String value) {
            Issue issue = assertSingle(solution2(value), Severity.ERROR, Code.INVALID_FORMAT, "Solution 2");
            assertEquals("Solution 2: the solution ID (first part) is missing", Deal.render(issue));
        }

        @ParameterizedTest
        @ValueSource(strings = {"ABC-1234", "SOL-1234", "SOL-12A-XY", "1234"})
        void anIdOfAnotherShapeIsAWarning(String value) {
            assertSingle(solution2(value), Severity.WARNING, Code.INVALID_FORMAT, "Solution 2");
        }

        @Test
        void aBadCurrencyIsAnErrorWithTheFixedCellSuggested() {
            Issue issue = assertSingle(solution2("SOL-1234-PQRS, DOLLARS, 10, 100"), Severity.ERROR,
                    Code.INVALID_FORMAT, "Solution 2");
            assertEquals("SOL-1234-PQRS, USD, 10, 100", issue.suggestion());
            assertEquals("Solution 2: currency \"DOLLARS\" is not an ISO 4217 code — did you mean USD?",
                    Deal.render(issue));
        }

        @Test
        void aPriceThatIsNoNumberIsAnErrorNamingThePart() {
            Issue issue = assertSingle(solution2("SOL-1234-PQRS, USD, ten, 100"), Severity.ERROR,
                    Code.INVALID_FORMAT, "Solution 2");
            assertEquals("Solution 2: price \"ten\" is not a number", Deal.render(issue));
            assertNull(issue.suggestion());
        }

        @ParameterizedTest
        @CsvSource(delimiter = ';', value = {"SOL-1-A, USD, 10, 0", "SOL-1-A, USD, 10, 1.5", "SOL-1-A, USD, 10, -2",
                "SOL-1-A, USD, 10, many"})
        void aQuantityMustBeAPositiveWholeNumber(String value) {
            Issue issue = assertSingle(solution2(value), Severity.ERROR, Code.INVALID_FORMAT, "Solution 2");
            assertEquals(true, Deal.render(issue).contains("quantity"), Deal.render(issue));
        }

        @Test
        void twoSolutionsWithTheSameIdAreAWarningOnTheLaterOne() {
            Issue issue = assertSingle(Deal.valid().with("Solution 2", "sol-1234-pqrs, EUR").issues(),
                    Severity.WARNING, Code.INVALID_VALUE, "Solution 2");
            assertEquals("Solution 2: solution sol-1234-pqrs is already in Solution 1", Deal.render(issue));
        }

        @Test
        void differentSolutionIdsAreFine() {
            assertClean(Deal.valid().with("Solution 2", "SOL-1234-PQRT, EUR").issues());
        }
    }

    @Nested
    class TeamMember {
        @ParameterizedTest
        @ValueSource(strings = {"Bob, Partner, 999999, bob.other@contoso.com",
                "Мария , Иванова,+7 495 123-45-67 , maria@contoso.ru"})
        void fourValidPartsPass(String value) {
            assertClean(teamMember2(value));
        }

        @ParameterizedTest
        @ValueSource(strings = {"Bob, Partner, 999999", "Bob Partner", "Bob, Partner, 999999, bob@contoso.com, extra"})
        void anotherNumberOfPartsIsAnError(String value) {
            assertSingle(teamMember2(value), Severity.ERROR, Code.INVALID_FORMAT, "Team member 2");
        }

        @Test
        void oneLonePartIsCountedInTheSingular() {
            Issue issue = assertSingle(teamMember2("Bob Partner"), Severity.ERROR, Code.INVALID_FORMAT, "Team member 2");
            assertEquals("Team member 2: \"Bob Partner\" has 1 part; a Team member cell holds 4: First name, Last name,"
                    + " Mobile number, Email", Deal.render(issue));
        }

        @ParameterizedTest
        @CsvSource(delimiter = ';', value = {
            ", Partner, 999999, bob@contoso.com;Team member 2: the first name (first part) is missing",
            "Bob, , 999999, bob@contoso.com;Team member 2: the last name (second part) is missing",
            "Bob, Partner, , bob@contoso.com;Team member 2: the mobile number (third part) is missing",
            "Bob, Partner, 999999, ;Team member 2: the e-mail (fourth part) is missing",
            "Bob, Partner, call me, bob@contoso.com;Team member 2: mobile number \"call me\" is not a phone number",
            "Bob, Partner, 999999, bob.partner-at-contoso.com;"
                + "Team member 2: e-mail \"bob.partner-at-contoso.com\" is not an e-mail address"})
        void eachPartIsRequiredAndCheckedByItsRule(String value, String message) {
            Issue issue = assertSingle(teamMember2(value), Severity.ERROR, Code.INVALID_FORMAT, "Team member 2");
            assertEquals(message, Deal.render(issue));
        }

        @Test
        void twoTeamMembersWithTheSameEmailAreAWarning() {
            assertSingle(teamMember2("Robert, Partner, 111, BOB.PARTNER@contoso.com"), Severity.WARNING,
                    Code.INVALID_VALUE, "Team member 2");
        }

        @Test
        void aDuplicateIsNotReportedWhenTheCellIsInvalid() {
            List<Issue> issues = teamMember2("Robert, , 111, bob.partner@contoso.com");
            assertSingle(issues, Severity.ERROR, Code.INVALID_FORMAT, "Team member 2");
        }
    }
}
