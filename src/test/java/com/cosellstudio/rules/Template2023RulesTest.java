package com.cosellstudio.rules;

import static com.cosellstudio.rules.Deal.assertClean;
import static com.cosellstudio.rules.Deal.assertHas;
import static com.cosellstudio.rules.Deal.assertNo;
import static com.cosellstudio.rules.Deal.assertNoErrors;
import static com.cosellstudio.rules.Deal.assertSingle;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The rules the 2023 template adds or changes (template-2023.md sections 1 and 2), each broken and
 * kept, on a row of the 2023 header.
 */
class Template2023RulesTest {

    @Test
    void theFixtureIsAValidNewDealAndAValidUpdate() {
        assertClean(Deal.valid2023().issues());
        assertClean(Deal.update2023("Active", "Accepted").issues());
    }

    @Nested
    class ErrorSubstatus {
        @ParameterizedTest
        @ValueSource(strings = {"1", "2", "3", "4", "5", "7", "8"})
        void closedErrorWithAnyOfItsReasonsIsValid(String reason) {
            List<Issue> issues = Deal.update2023("Closed", "Error").with("Declined/Lost/Error reason", reason).issues();
            // An update reaching a terminal state is worth a warning, as Won or Lost are.
            assertSingle(issues, Severity.WARNING, Code.TERMINAL_STATE, "Partner Referral Status");
        }

        @Test
        void reasonNineNeedsTheNotesToExplainIt() {
            Deal closed = Deal.update2023("Closed", "Error").with("Declined/Lost/Error reason", "9");
            assertNoErrors(closed.issues());
            assertHas(closed.issues(), Severity.WARNING, Code.REQUIRED_IF, "Notes");
            List<Issue> explained = closed.with("Notes", "Customer withdrew; see thread of 3 May").issues();
            assertNo(explained, Code.REQUIRED_IF);
        }

        @Test
        void reasonSixAsksForNotesEvenWrittenWithALeadingZero() {
            Deal closed = Deal.update2023("Closed", "Error").with("Declined/Lost/Error reason", "06");
            Issue notes = assertHas(closed.issues(), Severity.WARNING, Code.REQUIRED_IF, "Notes");
            assertEquals("Notes is empty, but reason 06 asks to explain it in the notes", Deal.render(notes));
        }

        @Test
        void reasonsThatNeedNoExplanationDoNotAskForNotes() {
            assertNo(Deal.update2023("Closed", "Error").with("Declined/Lost/Error reason", "5").issues(), Code.REQUIRED_IF);
            assertNo(Deal.update2023("Closed", "Lost").with("Declined/Lost/Error reason", "6").issues(), Code.REQUIRED_IF);
        }

        @Test
        void errorNeedsAReason() {
            assertSingle(Deal.update2023("Closed", "Error").issues().stream().filter(Issue::isError).toList(),
                    Severity.ERROR, Code.REQUIRED_IF, "Declined/Lost/Error reason");
        }

        @Test
        void errorGoesWithClosedOnly() {
            Issue issue = assertHas(Deal.update2023("Active", "Error").with("Declined/Lost/Error reason", "7").issues(),
                    Severity.ERROR, Code.INVALID_COMBINATION, "Partner Referral Substatus");
            assertEquals("Partner Referral Substatus: \"Error\" does not go with status Active; Active allows Accepted",
                    Deal.render(issue));
            assertHas(Deal.update2023("New", "Error").with("Declined/Lost/Error reason", "7").issues(),
                    Severity.ERROR, Code.INVALID_COMBINATION, "Partner Referral Substatus");
        }

        @Test
        void reasonNineIsAnErrorReasonOnly() {
            Issue issue = assertSingle(Deal.update2023("Closed", "Lost").with("Declined/Lost/Error reason", "9").issues()
                    .stream().filter(Issue::isError).toList(), Severity.ERROR, Code.INVALID_VALUE, "Declined/Lost/Error reason");
            assertEquals("Declined/Lost/Error reason: \"9\" is not one of the numbers 1–8; 9 is a reason only when"
                    + " Partner Referral Substatus is Error", Deal.render(issue));
        }

        @Test
        void aNumberNoListHasIsAnError() {
            assertSingle(Deal.update2023("Closed", "Error").with("Declined/Lost/Error reason", "10").issues().stream()
                    .filter(Issue::isError).toList(), Severity.ERROR, Code.INVALID_VALUE, "Declined/Lost/Error reason");
        }

        @Test
        void aReasonBesidesAnotherSubstatusIsIgnored() {
            assertSingle(Deal.update2023("Active", "Accepted").with("Declined/Lost/Error reason", "5").issues(),
                    Severity.WARNING, Code.IGNORED, "Declined/Lost/Error reason");
        }

        @Test
        void theErrorSubstatusIsNoValueOfThe2021Template() {
            List<Issue> issues = Deal.update("Closed", "Error").with("Declined/Lost reason", "5").issues();
            assertHas(issues, Severity.ERROR, Code.INVALID_VALUE, "Partner Referral Substatus");
        }

        @Test
        void aLabelTypedForAReasonIsAnsweredWithItsNumber() {
            Issue issue = assertHas(Deal.update2023("Closed", "Error").with("Declined/Lost/Error reason", "Test referral")
                    .issues(), Severity.ERROR, Code.INVALID_FORMAT, "Declined/Lost/Error reason");
            assertEquals("7", issue.suggestion());
        }
    }

    @Nested
    class MarketplacePurchaseIntent {
        @Test
        void aNewDealMustSayIt() {
            Issue issue = assertSingle(Deal.valid2023().with("Marketplace Purchase Intent", " ").issues(),
                    Severity.ERROR, Code.REQUIRED, "Marketplace Purchase Intent");
            assertEquals("Marketplace Purchase Intent is required", Deal.render(issue));
        }

        @Test
        void anUpdateMayLeaveItEmpty() {
            assertClean(Deal.update2023("Active", "Accepted").with("Marketplace Purchase Intent", "").issues());
        }

        @ParameterizedTest
        @ValueSource(strings = {"Yes", "No", "Have not decided", "yes", "HAVE NOT DECIDED", " no "})
        void theThreeAnswersInAnyCaseAreValid(String answer) {
            assertClean(Deal.valid2023().with("Marketplace Purchase Intent", answer).issues());
        }

        @Test
        void anyOtherValueIsAnError() {
            Issue issue = assertSingle(Deal.valid2023().with("Marketplace Purchase Intent", "Maybe").issues(),
                    Severity.ERROR, Code.INVALID_VALUE, "Marketplace Purchase Intent");
            assertEquals("Marketplace Purchase Intent: \"Maybe\" is not one of Yes, No, Have not decided",
                    Deal.render(issue));
            Issue guessed = assertSingle(Deal.update2023("Active", "Accepted").with("Marketplace Purchase Intent", "undecided")
                    .issues(), Severity.ERROR, Code.INVALID_VALUE, "Marketplace Purchase Intent");
            assertEquals("Have not decided", guessed.suggestion());
        }

        @Test
        void aHeaderWithoutItIsMissingAMandatoryColumn() {
            Deal deal = Deal.valid2023().without("Marketplace Purchase Intent");
            ColumnLayout layout = Deal.ENGINE.layout(deal.header());
            assertEquals("2023", layout.revision().id());
            assertSingle(layout.headerIssues(), Severity.ERROR, Code.MISSING_COLUMN, null);
            assertEquals("The mandatory column Marketplace Purchase Intent is missing from the header",
                    Deal.render(layout.headerIssues().get(0)));
            assertClean(deal.issues());
        }
    }

    @Nested
    class AccountMatch {
        @ParameterizedTest
        @ValueSource(strings = {"MicrosoftID: 6-ABCDEFG23XB", "MicrosoftID:6-abc", "microsoftid: 33-1FG2G",
                "MicrosoftID: 54-ABCDEFG23XB, AccountName: Adventure Works \"Cycles\", AccountAddress: 77 Trail Ave",
                "DUNSID: 659410848", "DUNSID: 659410848, AccountName:JUNIOR, AccountAddress: 21 TOH GUAN ROAD EAST #07-06",
                "MicrosoftID: 13-1FG2G, AccountAddress: Königstraße 12"})
        void theAccountFormsPartnerCenterTakesAreValid(String account) {
            assertClean(Deal.valid2023().with("Final Matched Customer Account", account).issues());
        }

        @ParameterizedTest
        @ValueSource(strings = {"Contoso Ltd", "MicrosoftID: 6", "MicrosoftID: ABC-6", "MicrosoftID: 6-", "DUNSID: 12345678",
                "DUNSID: 1234567890", "MicrosoftID: 6-ABC; AccountName: Contoso", "MicrosoftID: 6-ABC, Contoso",
                "AccountName: Contoso, MicrosoftID: 6-ABC"})
        void anythingElseIsAnError(String account) {
            assertSingle(Deal.valid2023().with("Final Matched Customer Account", account).issues(),
                    Severity.ERROR, Code.INVALID_FORMAT, "Final Matched Customer Account");
        }

        @Test
        void aMissingColonIsAnsweredWithTheRightForm() {
            Issue issue = assertSingle(Deal.valid2023().with("Final Matched Customer Account", "MicrosoftID 6-ABC").issues(),
                    Severity.ERROR, Code.INVALID_FORMAT, "Final Matched Customer Account");
            assertEquals("MicrosoftID: 6-ABC", issue.suggestion());
        }

        @Test
        void theSuggestionsOfTheAccountMatchAreNeverChecked() {
            Deal deal = Deal.valid2023();
            for (String column : List.of("Matched Category", "Confidence", "Managed Account 1", "Managed Account 2",
                    "Unmanaged Account 1", "Unmanaged Account 2", "DUNS Account 1", "DUNS Account 2")) {
                deal = deal.with(column, "anything at all, 12/45/9999");
            }
            assertClean(deal.issues());
        }
    }

    @Nested
    class OtherNewColumns {
        @Test
        void aDomainNameIsWarnedAboutWhenItIsNotOne() {
            assertClean(Deal.valid2023().with("Customer Domain Name", "fabrikam.co.uk").issues());
            assertClean(Deal.valid2023().with("Customer Domain Name", "bücher-haus.de").issues());
            Issue url = assertSingle(Deal.valid2023().with("Customer Domain Name", "https://www.contoso.com/about").issues(),
                    Severity.WARNING, Code.INVALID_FORMAT, "Customer Domain Name");
            assertEquals("www.contoso.com", url.suggestion());
            for (String bad : List.of("contoso", "contoso-.com", "contoso..com", "10.0.0.1", "contoso com")) {
                assertSingle(Deal.valid2023().with("Customer Domain Name", bad).issues(), Severity.WARNING,
                        Code.INVALID_FORMAT, "Customer Domain Name");
            }
        }

        @Test
        void aPartnerIdIsDigits() {
            assertClean(Deal.valid2023().with("PartnerID (formerly MPN ID)", "2209959").issues());
            assertSingle(Deal.valid2023().with("PartnerID (formerly MPN ID)", "MPN-2209959").issues(),
                    Severity.WARNING, Code.INVALID_FORMAT, "PartnerID (formerly MPN ID)");
        }

        @Test
        void theIotListsWarnAboutValuesTheArticleDoesNotList() {
            Deal iot = Deal.valid2023().with("Device Category", "Kiosk").with("Silicon Type", "NXP 8ULP-CS")
                    .with("Azure Certified Device", "Yes").with("Attach Services", "no").with("CLA Number", "CLA-1");
            assertClean(iot.issues());
            assertSingle(iot.with("Device Category", "Toaster").issues(), Severity.WARNING, Code.INVALID_VALUE,
                    "Device Category");
            assertSingle(iot.with("Silicon Type", "Apple M3").issues(), Severity.WARNING, Code.INVALID_VALUE,
                    "Silicon Type");
            assertSingle(iot.with("Azure Certified Device", "Maybe").issues(), Severity.WARNING, Code.INVALID_VALUE,
                    "Azure Certified Device");
            assertSingle(iot.with("Attach Services", "2").issues(), Severity.WARNING, Code.INVALID_VALUE,
                    "Attach Services");
        }

        @Test
        void microsoftTeamMembersAreNeverAnError() {
            Deal deal = Deal.update2023("Active", "Accepted")
                    .with("Microsoft team member 1", "Sam, Seller, 999999, Sam.seller@Microsoft.com");
            assertClean(deal.issues());
            List<Issue> issues = deal.with("Microsoft team member 2", "Sam Seller").issues();
            assertNoErrors(issues);
            assertSingle(issues, Severity.WARNING, Code.INVALID_FORMAT, "Microsoft team member 2");
            assertNoErrors(deal.with("Microsoft team member 2", "Sam, Seller, phone, not-an-email").issues());
        }

        @Test
        void fiftyOneMicrosoftTeamMembersAreTooMany() {
            List<String> header = new java.util.ArrayList<>(Deal.HEADER_2023);
            for (int n = 3; n <= 51; n++) {
                header.add("Microsoft team member " + n);
            }
            Issue issue = assertHas(Deal.ENGINE.layout(header).headerIssues(), Severity.ERROR, Code.TOO_MANY_TEAM_MEMBERS, null);
            assertEquals("51 Microsoft team member columns: Partner Center takes at most 50", Deal.render(issue));
        }
    }
}
