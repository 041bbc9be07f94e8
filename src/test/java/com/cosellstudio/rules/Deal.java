package com.cosellstudio.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.cosellstudio.domain.Row;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A deal row for tests: starts valid (a new deal, no Microsoft help, one solution and one team
 * member, closing after the test clock's today) and changes one cell at a time by column name.
 */
final class Deal {

    /** The 2021 template header plus Solution 2 / Team member 2, so group rules can be exercised. */
    static final List<String> HEADER = List.of("Errors", "Engagement ID", "Referral ID", "Deal Name", "Customer Name",
            "Customer Address Line 1", "Customer Address Line 2", "Customer City", "Customer State",
            "Customer Postal Code", "Customer Country", "Customer D-U-N-S ID", "Customer Contact First Name",
            "Customer Contact Last Name", "Customer Contact Phone number", "Customer Contact Email Address",
            "Partner Referral Status", "Partner Referral Substatus", "Microsoft Referral Status",
            "Declined/Lost reason", "Sales Stage", "Estimated Deal Value", "Currency", "Estimated Close Date",
            "CRM ID", "Marketing Campaign ID", "Notes", "Microsoft help required?",
            "What specific help from Microsoft?", "Share with Microsoft sales team", "Notes to Microsoft",
            "Consent to share Customer/Partner contact", "Solution 1", "Solution 2", "Team member 1",
            "Team member 2");

    /**
     * The 2023 template header (as Partner Center issues it) plus Solution 2, Team member 2 and
     * Microsoft team member 2.
     */
    static final List<String> HEADER_2023 = header2023();

    static final RuleEngine ENGINE = RuleEngine.shipped(SampleFilesTest.CLOCK);
    static final IssueMessages MESSAGES = IssueMessages.english();

    private final List<String> header;
    private final String[] cells;

    private Deal(List<String> header, String[] cells) {
        this.header = header;
        this.cells = cells;
    }

    private static List<String> header2023() {
        List<String> header = new ArrayList<>(SampleFiles.read("template-2023.csv").header());
        header.add(header.indexOf("Solution 1") + 1, "Solution 2");
        header.add(header.indexOf("Team member 1") + 1, "Team member 2");
        header.add("Microsoft team member 2");
        return List.copyOf(header);
    }

    static Deal valid() {
        return validUnder(HEADER);
    }

    /** A valid new deal in the 2023 template (which asks a new deal for its Marketplace Purchase Intent). */
    static Deal valid2023() {
        return validUnder(HEADER_2023).with("Marketplace Purchase Intent", "Have not decided");
    }

    /** An update of an existing deal in the 2023 template, in the given state. */
    static Deal update2023(String status, String substatus) {
        return valid2023().with("Referral ID", "3d05a4cb-85dd-4358-b6c4-c74f93945bed")
                .with("Partner Referral Status", status)
                .with("Partner Referral Substatus", substatus);
    }

    private static Deal validUnder(List<String> header) {
        String[] cells = new String[header.size()];
        Arrays.fill(cells, "");
        Deal deal = new Deal(header, cells);
        return deal.with("Deal Name", "UK spring deal")
                .with("Customer Name", "Contoso Corporation")
                .with("Customer Address Line 1", "One Contoso Way")
                .with("Customer City", "Redmond")
                .with("Customer Country", "US")
                .with("Partner Referral Status", "New")
                .with("Partner Referral Substatus", "Accepted")
                .with("Estimated Deal Value", "12563.50")
                .with("Currency", "USD")
                .with("Estimated Close Date", "1/30/2027")
                .with("Microsoft help required?", "No")
                .with("Share with Microsoft sales team", "Yes")
                .with("Consent to share Customer/Partner contact", "Yes")
                .with("Solution 1", "SOL-1234-PQRS, USD, 10, 100")
                .with("Team member 1", "Bob, Partner, 999999, bob.partner@contoso.com");
    }

    /** A valid deal asking for Microsoft help (so the customer contact is filled). */
    static Deal withHelp() {
        return valid().with("Microsoft help required?", "Yes")
                .with("What specific help from Microsoft?", "3")
                .with("Share with Microsoft sales team", "")
                .with("Customer Contact First Name", "John")
                .with("Customer Contact Last Name", "Customer")
                .with("Customer Contact Phone number", "+1 (425) 555-0100")
                .with("Customer Contact Email Address", "john.customer@contoso.com");
    }

    /** An update of an existing deal in the given state. */
    static Deal update(String status, String substatus) {
        return valid().with("Referral ID", "3d05a4cb-85dd-4358-b6c4-c74f93945bed")
                .with("Partner Referral Status", status)
                .with("Partner Referral Substatus", substatus);
    }

    Deal with(String column, String value) {
        int index = header.indexOf(column);
        if (index < 0) {
            throw new IllegalArgumentException("no column " + column);
        }
        String[] copy = cells.clone();
        copy[index] = value;
        return new Deal(header, copy);
    }

    /** The same deal under a header without {@code column}. */
    Deal without(String column) {
        int index = header.indexOf(column);
        List<String> shorter = new ArrayList<>(header);
        shorter.remove(index);
        List<String> values = new ArrayList<>(Arrays.asList(cells));
        values.remove(index);
        return new Deal(shorter, values.toArray(String[]::new));
    }

    List<String> header() {
        return header;
    }

    Row row() {
        return new Row(cells.clone(), 2);
    }

    List<Issue> issues() {
        return ENGINE.checkRow(ENGINE.layout(header), row(), 1);
    }

    // ---- assertions ---------------------------------------------------------------------------

    static String describe(List<Issue> issues) {
        return issues.stream().map(i -> i.severity() + " " + i.code() + " [" + i.column() + "] " + MESSAGES.render(i))
                .collect(Collectors.joining("\n  ", "\n  ", ""));
    }

    /** Asserts the row has no issue at all. */
    static void assertClean(List<Issue> issues) {
        assertTrue(issues.isEmpty(), "expected no issue, got" + describe(issues));
    }

    /** Asserts the row has no error (warnings and infos allowed). */
    static void assertNoErrors(List<Issue> issues) {
        assertTrue(issues.stream().noneMatch(Issue::isError), "expected no error, got" + describe(issues));
    }

    /** Asserts exactly one issue, of this code and severity, on this column; returns it. */
    static Issue assertSingle(List<Issue> issues, Severity severity, Code code, String column) {
        if (issues.size() != 1) {
            fail("expected exactly one " + severity + " " + code + " on " + column + ", got" + describe(issues));
        }
        Issue issue = issues.get(0);
        assertEquals(code, issue.code(), describe(issues));
        assertEquals(severity, issue.severity(), describe(issues));
        assertEquals(column, issue.column(), describe(issues));
        return issue;
    }

    /** Asserts there is an issue of this code and severity on this column; returns it. */
    static Issue assertHas(List<Issue> issues, Severity severity, Code code, String column) {
        return issues.stream()
                .filter(i -> i.code() == code && i.severity() == severity && java.util.Objects.equals(column, i.column()))
                .findFirst()
                .orElseGet(() -> fail("expected " + severity + " " + code + " on " + column + ", got" + describe(issues)));
    }

    /** Asserts no issue of this code. */
    static void assertNo(List<Issue> issues, Code code) {
        assertTrue(issues.stream().noneMatch(i -> i.code() == code), "expected no " + code + ", got" + describe(issues));
    }

    static String render(Issue issue) {
        return MESSAGES.render(issue);
    }
}
