package com.cosellstudio.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.cosellstudio.domain.ReadFault;
import com.cosellstudio.domain.Row;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A cell the reader could not read faithfully is an issue on that cell until the user sets it. */
class ReadFaultRulesTest {

    private static List<Issue> check(Row row) {
        return Deal.ENGINE.checkRow(Deal.ENGINE.layout(Deal.HEADER), row, 1);
    }

    @Test
    void aByteThatIsNotUtf8IsAnEncodingErrorOnItsCellNamingTheByte() {
        Deal deal = Deal.valid().with("Customer City", "M\u00fcnchen");
        Row row = deal.row();
        int city = Deal.HEADER.indexOf("Customer City");
        row.addFault(new ReadFault(city, ReadFault.Kind.ENCODING, "0xFC"));

        Issue issue = Deal.assertSingle(check(row), Severity.ERROR, Code.ENCODING, "Customer City");
        assertTrue(Deal.render(issue).contains("0xFC"), Deal.render(issue));

        row.set(city, "Munich");
        Deal.assertClean(check(row));
    }

    @Test
    void aWorkbookErrorCellIsAnInvalidFormatErrorAndNotCheckedAsAValue() {
        Row row = Deal.valid().with("Estimated Deal Value", "#N/A").row();
        int value = Deal.HEADER.indexOf("Estimated Deal Value");
        row.addFault(new ReadFault(value, ReadFault.Kind.ERROR_CELL, "#N/A"));

        Issue issue = Deal.assertSingle(check(row), Severity.ERROR, Code.INVALID_FORMAT, "Estimated Deal Value");
        assertEquals("Estimated Deal Value: the workbook cell holds the spreadsheet error #N/A, not a value", Deal.render(issue));
    }

    @Test
    void aFaultMovesWithItsCellWhenAColumnIsInsertedBeforeIt() {
        Row row = new Row(new String[] {"a", "b\u00e9"}, 2);
        row.addFault(new ReadFault(1, ReadFault.Kind.ENCODING, "0xE9"));
        row.insertCell(0, "");
        assertEquals("0xE9", row.faultAt(2).detail());
        assertEquals(null, row.faultAt(1));
        row.removeCell(0);
        assertEquals("0xE9", row.copy().faultAt(1).detail());
    }
}
