package com.cosellstudio.rules;

import static com.cosellstudio.rules.Deal.assertClean;
import static com.cosellstudio.rules.Deal.assertNo;
import static com.cosellstudio.rules.Deal.assertSingle;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The cross-field rules of spec section 4, each reported on its cell, both sides, and never cascading. */
class ConditionalRulesTest {

    private static final String HELP = "Microsoft help required?";
    private static final String WHAT_HELP = "What specific help from Microsoft?";
    private static final String SHARE = "Share with Microsoft sales team";
    private static final String REASON = "Declined/Lost reason";
    private static final String STATUS = "Partner Referral Status";
    private static final String SUBSTATUS = "Partner Referral Substatus";

    @Nested
    class MicrosoftHelpYes {
        @Test
        void requiresTheKindOfHelp() {
            Issue issue = assertSingle(Deal.withHelp().with(WHAT_HELP, "").issues(), Severity.ERROR, Code.REQUIRED_IF,
                    WHAT_HELP);
            assertEquals("What specific help from Microsoft? is required when Microsoft help required? is Yes",
                    Deal.render(issue));
        }

        @ParameterizedTest
        @ValueSource(strings = {"Customer Contact First Name", "Customer Contact Last Name",
                "Customer Contact Phone number", "Customer Contact Email Address"})
        void requiresEachCustomerContactCell(String column) {
            assertSingle(Deal.withHelp().with(column, " ").issues(), Severity.ERROR, Code.REQUIRED_IF, column);
        }

        @Test
        void reportsEveryEmptyContactCell() {
            List<Issue> issues = Deal.valid().with(HELP, "yes").with(WHAT_HELP, "1").with(SHARE, "").issues();
            assertEquals(4, issues.size(), Deal.describe(issues));
            issues.forEach(i -> assertEquals(Code.REQUIRED_IF, i.code()));
        }

        @Test
        void aFilledShareIsIgnored() {
            Issue issue = assertSingle(Deal.withHelp().with(SHARE, "No").issues(), Severity.INFO, Code.IGNORED, SHARE);
            assertEquals("No", issue.value());
        }

        @Test
        void isCleanWhenEverythingItNeedsIsFilled() {
            assertClean(Deal.withHelp().issues());
        }
    }

    @Nested
    class MicrosoftHelpNo {
        @Test
        void requiresShareWithMicrosoftSalesTeam() {
            assertSingle(Deal.valid().with(SHARE, "").issues(), Severity.ERROR, Code.REQUIRED_IF, SHARE);
        }

        @ParameterizedTest
        @ValueSource(strings = {"Yes", "No"})
        void isCleanWithShareFilled(String share) {
            assertClean(Deal.valid().with(SHARE, share).issues());
        }

        @Test
        void aFilledKindOfHelpIsIgnored() {
            assertSingle(Deal.valid().with(WHAT_HELP, "2").issues(), Severity.INFO, Code.IGNORED, WHAT_HELP);
        }

        @Test
        void doesNotRequireTheCustomerContact() {
            assertClean(Deal.valid().issues());
        }
    }

    @Nested
    class DeclinedOrLost {
        @ParameterizedTest
        @ValueSource(strings = {"Declined", "Lost", "lost"})
        void requiresAReason(String substatus) {
            List<Issue> issues = Deal.update("Closed", substatus).issues();
            Deal.assertHas(issues, Severity.ERROR, Code.REQUIRED_IF, REASON);
            assertEquals(2, issues.size(), "the reason and the terminal-state warning" + Deal.describe(issues));
        }

        @ParameterizedTest
        @ValueSource(strings = {"Declined", "Lost"})
        void isSatisfiedByAReason(String substatus) {
            assertNo(Deal.update("Closed", substatus).with(REASON, "3").issues(), Code.REQUIRED_IF);
        }

        @ParameterizedTest
        @CsvSource({"New, Accepted", "Active, Accepted", "Closed, Won", "Closed, Expired"})
        void aReasonForAnotherSubstatusIsIgnoredWithAWarning(String status, String substatus) {
            List<Issue> issues = Deal.update(status, substatus).with(REASON, "6").issues();
            Issue issue = Deal.assertHas(issues, Severity.WARNING, Code.IGNORED, REASON);
            assertEquals("6", issue.value());
        }

        @Test
        void noReasonForAnotherSubstatusIsFine() {
            assertClean(Deal.update("Active", "Accepted").issues());
        }
    }

    @Nested
    class StatusPairs {
        @ParameterizedTest
        @CsvSource({"New, Pending", "New, Received", "New, Accepted", "Active, Accepted", "Closed, Won",
                "Closed, Lost", "Closed, Declined", "Closed, Expired", "new, accepted"})
        void allowedPairsPass(String status, String substatus) {
            assertNo(Deal.update(status, substatus).with(REASON, "1").issues(), Code.INVALID_COMBINATION);
        }

        @ParameterizedTest
        @CsvSource({"New, Won", "Active, Pending", "Active, Lost", "Closed, Accepted", "Closed, Received"})
        void otherPairsAreAnErrorOnTheSubstatus(String status, String substatus) {
            List<Issue> issues = Deal.update(status, substatus).with(REASON, "1").issues()
                    .stream().filter(i -> i.code() != Code.IGNORED).toList();
            assertSingle(issues, Severity.ERROR, Code.INVALID_COMBINATION, SUBSTATUS);
        }

        @Test
        void theMessageSaysWhatTheStatusAllows() {
            Issue issue = assertSingle(Deal.update("Active", "Pending").issues(), Severity.ERROR,
                    Code.INVALID_COMBINATION, SUBSTATUS);
            assertEquals("Partner Referral Substatus: \"Pending\" does not go with status Active; Active allows Accepted",
                    Deal.render(issue));
        }
    }

    @Nested
    class Creation {
        @Test
        void aNewDealAsNewAcceptedPasses() {
            assertClean(Deal.valid().issues());
        }

        @ParameterizedTest
        @CsvSource({"New, Pending", "New, Received", "Active, Accepted"})
        void aNewDealInAnotherStateIsCreateStatus(String status, String substatus) {
            List<Issue> issues = Deal.valid().with(STATUS, status).with(SUBSTATUS, substatus).issues();
            Issue issue = assertSingle(issues, Severity.ERROR, Code.CREATE_STATUS, STATUS);
            assertEquals("Partner Referral Status: a new deal (empty Referral ID) must be New / Accepted, not "
                    + status + " / " + substatus, Deal.render(issue));
        }

        @ParameterizedTest
        @CsvSource({"New, Pending", "New, Received", "Active, Accepted"})
        void anUpdateMayBeInThoseStates(String status, String substatus) {
            assertClean(Deal.update(status, substatus).issues());
        }
    }

    @Nested
    class TerminalState {
        @ParameterizedTest
        @ValueSource(strings = {"Won", "Expired"})
        void anUpdateToATerminalStateIsAWarningOnTheStatus(String substatus) {
            assertSingle(Deal.update("Closed", substatus).issues(), Severity.WARNING, Code.TERMINAL_STATE, STATUS);
        }

        @Test
        void anUpdateInAnOpenStateIsNoTerminalState() {
            assertNo(Deal.update("Active", "Accepted").issues(), Code.TERMINAL_STATE);
        }

        @Test
        void aNewClosedDealIsCreateStatusNotTerminalState() {
            List<Issue> issues = Deal.valid().with(STATUS, "Closed").with(SUBSTATUS, "Won").issues();
            assertSingle(issues, Severity.ERROR, Code.CREATE_STATUS, STATUS);
        }
    }

    @Nested
    class NoCascades {
        @Test
        void anInvalidStatusGivesOneErrorOnTheStatus() {
            List<Issue> issues = Deal.valid().with(STATUS, "Pending").with(SUBSTATUS, "Won").issues();
            assertSingle(issues, Severity.ERROR, Code.INVALID_VALUE, STATUS);
        }

        @Test
        void aBlankStatusGivesOneRequiredError() {
            assertSingle(Deal.update("   ", "Received").issues(), Severity.ERROR, Code.REQUIRED, STATUS);
        }

        @Test
        void anInvalidSubstatusReadsNoReasonRule() {
            List<Issue> issues = Deal.update("Closed", "Gone").with(REASON, "4").issues();
            assertSingle(issues, Severity.ERROR, Code.INVALID_VALUE, SUBSTATUS);
        }

        @Test
        void anInvalidHelpAnswerRequiresNothing() {
            List<Issue> issues = Deal.valid().with(HELP, "Maybe").with(SHARE, "").with(WHAT_HELP, "6").issues();
            assertSingle(issues, Severity.ERROR, Code.INVALID_VALUE, HELP);
        }

        @Test
        void aBlankHelpAnswerRequiresNothing() {
            List<Issue> issues = Deal.valid().with(HELP, "   ").with(SHARE, "").with(WHAT_HELP, "5").issues();
            assertSingle(issues, Severity.ERROR, Code.REQUIRED, HELP);
        }

        @Test
        void anInvalidIgnoredValueKeepsItsErrorAndIsNotAlsoIgnored() {
            List<Issue> issues = Deal.valid().with(WHAT_HELP, "9").issues();
            assertSingle(issues, Severity.ERROR, Code.INVALID_VALUE, WHAT_HELP);
        }
    }

    @Nested
    class TargetColumnMissing {
        @Test
        void aConditionalRequirementOnAColumnTheHeaderLacksNamesItWithoutACell() {
            Deal deal = Deal.withHelp().without("Customer Contact Last Name");
            List<Issue> issues = deal.issues();
            Issue issue = assertSingle(issues, Severity.ERROR, Code.REQUIRED_IF, "Customer Contact Last Name");
            assertNull(issue.columnIndex());
            assertEquals("Customer Contact Last Name is required when Microsoft help required? is Yes, but the header"
                    + " has no Customer Contact Last Name column", Deal.render(issue));
        }

        @Test
        void aMissingOptionalColumnIsFineWhenNotNeeded() {
            assertClean(Deal.valid().without("Customer Contact Last Name").issues());
        }
    }
}
