package com.cosellstudio.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.cosellstudio.domain.BulkFile;
import com.cosellstudio.domain.Row;
import com.cosellstudio.domain.SourceInfo;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** {@link CellFixes#applySafe}: every safe fix, again until nothing changes, the guesses left to a person. */
class CellFixesTest {

    @BeforeAll
    static void english() {
        Locale.setDefault(Locale.ENGLISH);
    }

    private static BulkFile file(Deal... deals) {
        List<Row> rows = new ArrayList<>();
        for (Deal deal : deals) {
            rows.add(deal.row());
        }
        return new BulkFile(Path.of("deals.csv"), SourceInfo.uploadReady(), deals[0].header(), rows);
    }

    private static CellFixes.Outcome fix(BulkFile file) {
        return CellFixes.applySafe(Deal.ENGINE, Deal.ENGINE.layout(file.header()), file, row -> null);
    }

    private static String cell(BulkFile file, int row, String column) {
        return file.row(row).get(file.header().indexOf(column));
    }

    @Test
    void aFixThatMakesAnotherPossibleIsFollowedByIt() {
        // The country must be a code before the postal code is known to be a US one.
        BulkFile file = file(Deal.valid().with("Customer Country", "United States").with("Customer Postal Code", "2134"));
        CellFixes.Outcome outcome = fix(file);
        assertEquals("US", cell(file, 1, "Customer Country"));
        assertEquals("02134", cell(file, 1, "Customer Postal Code"));
        assertEquals(List.of(
                new CellFixes.Change(1, file.header().indexOf("Customer Postal Code"), "Customer Postal Code", "2134",
                        "02134", FixKind.POSTAL_CODE_PADDING),
                new CellFixes.Change(1, file.header().indexOf("Customer Country"), "Customer Country", "United States",
                        "US", FixKind.COUNTRY_CODE)), outcome.changes());
        assertTrue(outcome.result().issues().isEmpty(), outcome.result().issues().toString());
    }

    @Test
    void aCellFixedTwiceIsOneChangeFromWhatWasReadToWhatItIsNow() {
        BulkFile file = file(Deal.valid().with("Estimated Close Date", "  2027-01-30 "));
        CellFixes.Outcome outcome = fix(file);
        assertEquals(1, outcome.changes().size());
        assertEquals("  2027-01-30 ", outcome.changes().get(0).before());
        assertEquals("1/30/2027", outcome.changes().get(0).after());
    }

    @Test
    void guessesAndWhatHasNoFixAreLeftAndStillReported() {
        BulkFile file = file(Deal.valid().with("Partner Referral Status", "open"),
                Deal.valid().with("Estimated Close Date", "03-04-2027"),
                Deal.valid().with("Estimated Deal Value", "-5"),
                Deal.withHelp().with("Customer Contact Phone number", "+1 425 555 0100"));
        CellFixes.Outcome outcome = fix(file);
        assertEquals(List.of(), outcome.changes());
        assertEquals("open", cell(file, 1, "Partner Referral Status"));
        assertEquals("03-04-2027", cell(file, 2, "Estimated Close Date"));
        assertEquals("-5", cell(file, 3, "Estimated Deal Value"));
        assertEquals("+1 425 555 0100", cell(file, 4, "Customer Contact Phone number"));
        assertTrue(outcome.result().hasErrors());
    }

    @Test
    void aFormulaLikeCellStillTakesItsFix() {
        BulkFile file = file(Deal.valid().with("Estimated Deal Value", "-$1,000"));
        fix(file);
        // A negative amount is no fix's to make: left alone.
        assertEquals("-$1,000", cell(file, 1, "Estimated Deal Value"));
        // The formula warning comes first on the cell and has no fix; the address's own fix is still made.
        BulkFile mail = file(Deal.withHelp().with("Customer Contact Email Address", "-john @contoso.com"));
        CellFixes.Outcome outcome = fix(mail);
        assertEquals("-john@contoso.com", cell(mail, 1, "Customer Contact Email Address"),
                outcome.result().issues().toString());
        assertFalse(outcome.result().hasErrors());
    }

    @Test
    void everyCellLikeThisIsTheColumnsCellsWithAFixOfTheSameKind() {
        BulkFile file = file(Deal.valid().with("Estimated Close Date", "2027-01-30"),
                Deal.valid().with("Estimated Close Date", "30/01/2027"),
                Deal.valid().with("Estimated Close Date", "2027-02-01"),
                Deal.valid().with("Customer Country", "Germany").with("Currency", "EUR"),
                Deal.valid().with("Partner Referral Status", "new"),
                Deal.valid().with("Partner Referral Status", "active").with("Partner Referral Substatus", "Accepted"));
        ColumnLayout layout = Deal.ENGINE.layout(file.header());
        List<Issue> issues = Deal.ENGINE.check(layout, file).issues();
        int date = file.header().indexOf("Estimated Close Date");
        List<CellFixes.Change> iso = CellFixes.like(layout, file, issues, date, FixKind.DATE_ISO);
        assertEquals(List.of(1, 3), iso.stream().map(CellFixes.Change::row).toList());
        assertEquals("2/1/2027", iso.get(1).after());
        assertEquals("2027-02-01", file.row(3).get(date), "nothing is changed by asking");
        int status = file.header().indexOf("Partner Referral Status");
        assertEquals(List.of("New", "Active"), CellFixes.like(layout, file, issues, status, FixKind.LETTER_CASE).stream()
                .map(CellFixes.Change::after).toList());
    }

    @Test
    void letterCaseAndWhiteSpaceAreTidiedOnlyInTheTemplatesColumns() {
        BulkFile file = file(Deal.valid().with("Partner Referral Status", "new").with("Deal Name", " Spring ")
                .with("Errors", " kept "));
        fix(file);
        assertEquals("New", cell(file, 1, "Partner Referral Status"));
        assertEquals("Spring", cell(file, 1, "Deal Name"));
        assertEquals(" kept ", cell(file, 1, "Errors"));
    }
}
