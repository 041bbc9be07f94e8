package com.cosellstudio.rules;

import static com.cosellstudio.rules.Deal.assertNo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.cosellstudio.domain.Row;
import com.cosellstudio.rules.TemplateRevision.Basis;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Telling a file's revision from its header (template-2023.md section 4), the other revision's
 * headers read as the file's own, and what turns a header into the 2023 template (section 5).
 */
class TemplateDetectionTest {

    private final RuleEngine engine = Deal.ENGINE;

    private static List<String> replace(List<String> header, String from, String to) {
        List<String> copy = new ArrayList<>(header);
        copy.set(copy.indexOf(from), to);
        return copy;
    }

    private static List<String> without(List<String> header, String... columns) {
        List<String> copy = new ArrayList<>(header);
        copy.removeAll(List.of(columns));
        return copy;
    }

    @Test
    void theRevisionsAreTheShippedPacksNewestLast() {
        assertEquals(List.of("2021", "2023"), engine.revisions());
        assertEquals("2023", engine.latestRevision());
    }

    @Test
    void eachTemplateIsToldByItsOwnColumns() {
        assertEquals(new TemplateRevision("2023", Basis.DETECTED), engine.detect(Deal.HEADER_2023));
        assertEquals(new TemplateRevision("2021", Basis.DETECTED), engine.detect(Deal.HEADER));
    }

    @Test
    void anyColumnOnlyThe2023TemplateHasMakesA2023File() {
        List<String> shared = without(Deal.HEADER, "Declined/Lost reason");
        for (String only2023 : List.of("Marketplace Purchase Intent", "Declined/Lost/Error reason", "CLA Number",
                "Device Category", "Final Matched Customer Account", "DUNS Account 2", "Microsoft team member 1",
                "microsoft  TEAM member 7", "PartnerID (formerly MPN ID)")) {
            List<String> header = new ArrayList<>(shared);
            header.add(only2023);
            assertEquals(new TemplateRevision("2023", Basis.DETECTED), engine.detect(header), only2023);
        }
    }

    @Test
    void a2021FileWithOne2023ColumnIsA2023FileReadingTheOldReasonHeaderAsItsOwn() {
        List<String> header = new ArrayList<>(Deal.HEADER);
        header.add("Marketplace Purchase Intent");
        ColumnLayout layout = engine.layout(header);
        assertEquals(new TemplateRevision("2023", Basis.DETECTED), layout.revision());
        int reason = header.indexOf("Declined/Lost reason");
        assertEquals("Declined/Lost/Error reason", layout.canonicalName(reason));
        assertEquals(ValueKind.CODE, layout.spec(reason).kind());
        assertNo(layout.headerIssues(), Code.UNKNOWN_COLUMN);
        assertNo(layout.headerIssues(), Code.DUPLICATE_COLUMN);
    }

    @Test
    void aHeaderOfSharedColumnsOnlyIsCheckedAs2023AndSaysItWasAssumed() {
        List<String> shared = without(Deal.HEADER, "Declined/Lost reason");
        ColumnLayout layout = engine.layout(shared);
        assertEquals(new TemplateRevision("2023", Basis.ASSUMED), layout.revision());
        assertTrue(!layout.revision().detected());
        assertEquals(new TemplateRevision("2023", Basis.ASSUMED), engine.detect(List.of()));
    }

    @Test
    void theUserMayChooseTheRevisionAndTheOtherRevisionsColumnsAreThenKnownNotUnknown() {
        ColumnLayout layout = engine.layout(Deal.HEADER_2023, "2021");
        assertEquals(new TemplateRevision("2021", Basis.CHOSEN), layout.revision());
        assertNo(layout.headerIssues(), Code.UNKNOWN_COLUMN);
        int reason = Deal.HEADER_2023.indexOf("Declined/Lost/Error reason");
        assertEquals("Declined/Lost reason", layout.canonicalName(reason));
        int intent = Deal.HEADER_2023.indexOf("Marketplace Purchase Intent");
        assertNull(layout.spec(intent), "not a column of 2021: kept as read, unchecked");
        assertEquals("Marketplace Purchase Intent", layout.canonicalName(intent));
        List<Issue> issues = engine.checkRow(layout, Deal.valid2023().with("Marketplace Purchase Intent", "Maybe")
                .with("Customer Domain Name", "not a domain").row(), 1);
        Deal.assertClean(issues);
        // An upload in the 2021 layout keeps the 2023 cells, at the end.
        List<String> written = layout.uploadColumns().stream().map(c -> c.header()).toList();
        assertTrue(written.indexOf("Marketplace Purchase Intent") > written.indexOf("Team member 1"), written::toString);
        assertTrue(written.contains("Declined/Lost reason") && !written.contains("Declined/Lost/Error reason"));
        assertThrows(IllegalArgumentException.class, () -> engine.layout(Deal.HEADER, "2019"));
    }

    @Test
    void the2021TemplateReadsThe2023ReasonHeaderAsItsReason() {
        ColumnLayout layout = engine.layout(replace(Deal.HEADER, "Declined/Lost reason", "Declined/Lost/Error reason"), "2021");
        List<Issue> issues = engine.checkRow(layout, new Row(Deal.update("Closed", "Lost").row().toArray(), 2), 1);
        Deal.assertHas(issues, Severity.ERROR, Code.REQUIRED_IF, "Declined/Lost reason");
    }

    @Test
    void aReplacedColumnPairsWithItsReplacementAcrossRevisions() {
        ColumnLayout old = engine.layout(Deal.HEADER);
        ColumnLayout today = engine.layout(Deal.HEADER_2023);
        int oldReason = Deal.HEADER.indexOf("Declined/Lost reason");
        int newReason = Deal.HEADER_2023.indexOf("Declined/Lost/Error reason");
        assertEquals(old.pairingKey(oldReason), today.pairingKey(newReason));
        assertEquals(old.pairingKey(Deal.HEADER.indexOf("Customer Postal Code")),
                today.pairingKey(Deal.HEADER_2023.indexOf("Customer Postal Code")));
    }

    @Test
    void convertingA2021HeaderAddsThe2023ColumnsInTemplateOrderAndRenamesTheReason() {
        List<String> header = new ArrayList<>(Deal.HEADER);
        header.add("Internal Owner");
        ColumnLayout target = engine.layout(header, "2023");
        TemplateConversion conversion = target.conversion();
        assertEquals(List.of(new TemplateConversion.Rename(header.indexOf("Declined/Lost reason"), "Declined/Lost reason",
                "Declined/Lost/Error reason")),
                conversion.renames());
        List<String> converted = new ArrayList<>(header);
        for (TemplateConversion.Rename rename : conversion.renames()) {
            converted.set(rename.index(), rename.header());
        }
        for (TemplateConversion.Insert insert : conversion.inserts()) {
            converted.add(insert.index(), insert.header());
        }
        List<String> expected = new ArrayList<>(Deal.HEADER_2023);
        expected.remove("Microsoft team member 2");
        // Microsoft team member 1 goes right after the team members, before the user's own column.
        expected.add("Internal Owner");
        assertEquals(expected, converted);
        ColumnLayout after = engine.layout(converted);
        assertEquals(new TemplateRevision("2023", Basis.DETECTED), after.revision());
        assertTrue(after.conversion().isEmpty());
        assertEquals(List.of(Code.UNKNOWN_COLUMN), after.headerIssues().stream().map(Issue::code).toList());
    }
}
