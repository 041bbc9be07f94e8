package com.cosellstudio.roundtrip;

import com.cosellstudio.domain.BulkFile;
import com.cosellstudio.domain.Row;
import com.cosellstudio.domain.SourceInfo;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/** Bulk files made for the tests: valid deals of the 2021 template, as a Partner Center export holds them. */
public final class TestDeals {
    public static final List<String> HEADER = List.of("Errors", "Engagement ID", "Referral ID", "Deal Name",
            "Customer Name", "Customer Address Line 1", "Customer Address Line 2", "Customer City",
            "Customer State", "Customer Postal Code", "Customer Country", "Customer D-U-N-S ID",
            "Customer Contact First Name", "Customer Contact Last Name", "Customer Contact Phone number",
            "Customer Contact Email Address", "Partner Referral Status", "Partner Referral Substatus",
            "Microsoft Referral Status", "Declined/Lost reason", "Sales Stage", "Estimated Deal Value",
            "Currency", "Estimated Close Date", "CRM ID", "Marketing Campaign ID", "Notes",
            "Microsoft help required?", "What specific help from Microsoft?", "Share with Microsoft sales team",
            "Notes to Microsoft", "Consent to share Customer/Partner contact", "Solution 1", "Team member 1");

    private TestDeals() {
    }

    /** A deterministic GUID for deal {@code n}, upper case as Partner Center exports write them. */
    public static String referralId(int n) {
        return UUID.nameUUIDFromBytes(("referral-" + n).getBytes()).toString().toUpperCase(Locale.ROOT);
    }

    public static String engagementId(int n) {
        return UUID.nameUUIDFromBytes(("engagement-" + n).getBytes()).toString();
    }

    /** Deal {@code n} as an export holds it: Referral ID set, Active/Accepted, passes every rule. */
    public static String[] exportedDeal(int n) {
        String[] cells = newDeal(n);
        cells[col("Engagement ID")] = engagementId(n);
        cells[col("Referral ID")] = referralId(n);
        cells[col("Partner Referral Status")] = "Active";
        cells[col("Partner Referral Substatus")] = "Accepted";
        cells[col("Microsoft Referral Status")] = "Active";
        return cells;
    }

    /** Deal {@code n} as a user types a new one: no IDs, New/Accepted, passes every rule. */
    public static String[] newDeal(int n) {
        String[] cells = new String[HEADER.size()];
        Arrays.fill(cells, "");
        cells[col("Deal Name")] = "Deal " + n;
        cells[col("Customer Name")] = "Customer " + n;
        cells[col("Customer Address Line 1")] = n + " Main Street";
        cells[col("Customer City")] = "Seattle";
        cells[col("Customer Country")] = "US";
        cells[col("Partner Referral Status")] = "New";
        cells[col("Partner Referral Substatus")] = "Accepted";
        cells[col("Sales Stage")] = "20";
        cells[col("Estimated Deal Value")] = String.valueOf(1000 + n);
        cells[col("Currency")] = "USD";
        cells[col("Estimated Close Date")] = "6/30/2031";
        cells[col("Microsoft help required?")] = "No";
        cells[col("Share with Microsoft sales team")] = "Yes";
        cells[col("Consent to share Customer/Partner contact")] = "Yes";
        cells[col("Solution 1")] = "SOL-1234-ABCD, USD, 100, 2";
        cells[col("Team member 1")] = "Ann, Lee, +1 425 555 0100, ann" + n + "@contoso.com";
        return cells;
    }

    /** An export of deals 1..count. */
    public static BulkFile export(int count) {
        List<Row> rows = new ArrayList<>();
        for (int n = 1; n <= count; n++) {
            rows.add(new Row(exportedDeal(n), n + 1));
        }
        return file(HEADER, rows);
    }

    public static BulkFile file(List<String> header, List<Row> rows) {
        return new BulkFile(Path.of("export.csv"), SourceInfo.uploadReady(), header, rows);
    }

    public static BulkFile file(List<String> header, String[]... rows) {
        List<Row> list = new ArrayList<>();
        int line = 2;
        for (String[] cells : rows) {
            list.add(new Row(cells, line++));
        }
        return file(header, list);
    }

    /** An independent copy, as a second read of the same export would give. */
    public static BulkFile copy(BulkFile file) {
        List<Row> rows = new ArrayList<>();
        for (Row row : file.rows()) {
            rows.add(row.copy());
        }
        return new BulkFile(file.path(), file.source(), file.header(), rows);
    }

    /** Index of a template column in {@link #HEADER}. */
    public static int col(String name) {
        int index = HEADER.indexOf(name);
        if (index < 0) {
            throw new IllegalArgumentException(name);
        }
        return index;
    }
}
