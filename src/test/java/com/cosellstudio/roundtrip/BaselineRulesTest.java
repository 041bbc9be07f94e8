package com.cosellstudio.roundtrip;

import static com.cosellstudio.roundtrip.TestDeals.col;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.cosellstudio.domain.BulkFile;
import com.cosellstudio.domain.Row;
import com.cosellstudio.rules.CheckResult;
import com.cosellstudio.rules.Code;
import com.cosellstudio.rules.ColumnLayout;
import com.cosellstudio.rules.Issue;
import com.cosellstudio.rules.IssueMessages;
import com.cosellstudio.rules.RuleEngine;
import com.cosellstudio.rules.Severity;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Spec section 4 with a baseline: TERMINAL_STATE as an error, changed read-only columns as warnings. */
class BaselineRulesTest {
    private static final RuleEngine ENGINE = RuleEngine.shipped();

    /** Deal 1 closed as won, deal 2 closed as lost, deal 3 active. */
    private static BulkFile export() {
        String[] won = TestDeals.exportedDeal(1);
        won[col("Partner Referral Status")] = "Closed";
        won[col("Partner Referral Substatus")] = "Won";
        won[col("Sales Stage")] = "100";
        String[] lost = TestDeals.exportedDeal(2);
        lost[col("Partner Referral Status")] = "Closed";
        lost[col("Partner Referral Substatus")] = "Lost";
        lost[col("Declined/Lost reason")] = "3";
        return TestDeals.file(TestDeals.HEADER, won, lost, TestDeals.exportedDeal(3));
    }

    private final BulkFile export = export();
    private final Baseline baseline = Baseline.of(export, ENGINE.layout(export.header()));
    private final BulkFile document = TestDeals.copy(export);
    private final ColumnLayout layout = ENGINE.layout(document.header());
    private final BaselineComparison comparison = baseline.against(layout);

    private List<Issue> check(int rowNumber) {
        Row row = document.row(rowNumber);
        return ENGINE.checkRow(layout, row, rowNumber, comparison.rowBaseline(row));
    }

    private static List<Issue> withCode(List<Issue> issues, Code code) {
        return issues.stream().filter(i -> i.code() == code).collect(Collectors.toList());
    }

    @Test
    void anUnchangedTerminalDealKeepsThePlainWarning() {
        List<Issue> terminal = withCode(check(1), Code.TERMINAL_STATE);

        assertEquals(1, terminal.size());
        assertEquals(Severity.WARNING, terminal.get(0).severity());
    }

    @Test
    void changingADealThatWasAlreadyTerminalIsAnError() {
        document.row(1).set(col("Estimated Deal Value"), "99000");
        List<Issue> terminal = withCode(check(1), Code.TERMINAL_STATE);

        assertEquals(1, terminal.size(), "the error replaces the warning: " + terminal);
        Issue issue = terminal.get(0);
        assertEquals(Severity.ERROR, issue.severity());
        assertEquals("Partner Referral Status", issue.column());
        assertEquals(col("Partner Referral Status"), issue.columnIndex());
        String message = IssueMessages.english().render(issue);
        assertTrue(message.contains("Closed / Won") && message.contains("Estimated Deal Value"), message);
    }

    @Test
    void reopeningALostDealIsAnErrorThoughTheRowIsNoLongerTerminal() {
        Row row = document.row(2);
        row.set(col("Partner Referral Status"), "Active");
        row.set(col("Partner Referral Substatus"), "Accepted");
        row.set(col("Declined/Lost reason"), "");

        assertTrue(withCode(ENGINE.checkRow(layout, row, 2), Code.TERMINAL_STATE).isEmpty(), "no baseline, no finding");
        List<Issue> terminal = withCode(check(2), Code.TERMINAL_STATE);
        assertEquals(1, terminal.size());
        assertEquals(Severity.ERROR, terminal.get(0).severity());
    }

    @Test
    void closingAnOpenDealStaysAWarning() {
        document.row(3).set(col("Partner Referral Status"), "Closed");
        document.row(3).set(col("Partner Referral Substatus"), "Won");
        List<Issue> terminal = withCode(check(3), Code.TERMINAL_STATE);

        assertEquals(1, terminal.size());
        assertEquals(Severity.WARNING, terminal.get(0).severity());
    }

    @Test
    void aChangedReadOnlyColumnIsAWarningThatPartnerCenterKeepsTheOldValue() {
        document.row(3).set(col("Microsoft Referral Status"), "Won");
        document.row(3).set(col("Engagement ID"), TestDeals.engagementId(99));
        List<Issue> issues = check(3);

        Issue engagement = withCode(issues, Code.IGNORED).stream().filter(i -> i.column().equals("Engagement ID"))
                .findFirst().orElseThrow(() -> new AssertionError(issues));
        assertEquals(Severity.WARNING, engagement.severity());
        assertEquals("IGNORED.readOnlyChanged", engagement.messageKey());
        List<Issue> kept = withCode(issues, Code.READ_ONLY_CHANGE);
        assertEquals(List.of("Microsoft Referral Status"), kept.stream().map(Issue::column).toList(), issues::toString);
        assertEquals(Severity.WARNING, kept.get(0).severity());
        String message = IssueMessages.english().render(kept.get(0));
        assertEquals("Microsoft Referral Status: changed from \"Active\" to \"Won\", but Microsoft Referral Status is"
                + " always read-only; Partner Center keeps the old value", message);
        assertTrue(withCode(issues, Code.IGNORED).stream().noneMatch(i -> i.column().equals("Microsoft Referral Status")),
                "one mark on the cell");
    }

    @Test
    void anUnchangedReadOnlyValueKeepsThePlainInfo() {
        List<Issue> ignored = withCode(check(3), Code.IGNORED);

        assertEquals(1, ignored.size());
        assertEquals(Severity.INFO, ignored.get(0).severity());
        assertEquals("Microsoft Referral Status", ignored.get(0).column());
    }

    @Test
    void theWholeFileCheckCountsTheBaselineErrors() {
        document.row(1).set(col("Notes"), "late edit");
        document.row(2).set(col("Notes"), "another late edit");

        CheckResult plain = ENGINE.check(document);
        CheckResult withBaseline = ENGINE.check(layout, document, comparison::rowBaseline);
        assertEquals(0, plain.errors(), plain.issues()::toString);
        assertEquals(2, withBaseline.errors(), withBaseline.issues()::toString);
        assertEquals(2, withBaseline.rowsWithErrors());
        assertEquals(plain.warnings() - 2, withBaseline.warnings(), "the two warnings became errors");
    }
}
