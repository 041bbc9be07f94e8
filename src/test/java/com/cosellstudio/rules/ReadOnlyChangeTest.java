package com.cosellstudio.rules;

import static com.cosellstudio.rules.Deal.assertClean;
import static com.cosellstudio.rules.Deal.assertHas;
import static com.cosellstudio.rules.Deal.assertNo;
import static com.cosellstudio.rules.Deal.assertSingle;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/**
 * The article's three lists of read-only fields (template-2023.md section 3), against the export a
 * row was edited from: a change Partner Center will not take is a warning READ_ONLY_CHANGE on the
 * changed cell, in either template revision.
 */
class ReadOnlyChangeTest {

    /** The deal as exported: {@code old} edited into {@code now}; the baseline is what {@code old} holds. */
    private static List<Issue> check(Deal old, Deal now) {
        ColumnLayout layout = Deal.ENGINE.layout(now.header());
        return Deal.ENGINE.checkRow(layout, now.row(), 1, new Exported(old, now));
    }

    /** A baseline as the round-trip layer gives it: old values by canonical name, the changed columns. */
    private record Exported(Deal old, Deal now) implements RowBaseline {
        @Override
        public String oldValue(String canonicalColumn) {
            int index = old.header().indexOf(canonicalColumn);
            return index < 0 ? "" : old.row().get(index);
        }

        @Override
        public Set<String> changedColumns() {
            Set<String> changed = new LinkedHashSet<>();
            for (int i = 0; i < now.header().size(); i++) {
                if (!now.row().get(i).equals(oldValue(now.header().get(i)))) {
                    changed.add(now.header().get(i));
                }
            }
            return changed;
        }
    }

    static List<Arguments> revisions() {
        return List.of(Arguments.of(Deal.update("Active", "Accepted")), Arguments.of(Deal.update2023("Active", "Accepted")));
    }

    @ParameterizedTest
    @MethodSource("revisions")
    void aColumnReadOnlyOnceTheDealIsCreatedWarnsOnEveryChange(Deal exported) {
        for (String column : List.of("Customer Name", "Customer Address Line 1", "Customer City", "Customer Country",
                "Customer D-U-N-S ID", "Consent to share Customer/Partner contact")) {
            String value = column.equals("Customer Country") ? "DE" : column.contains("D-U-N-S") ? "081466849"
                    : column.startsWith("Consent") ? "yes" : "Changed";
            Issue issue = assertSingle(check(exported, exported.with(column, value)), Severity.WARNING,
                    Code.READ_ONLY_CHANGE, column);
            assertEquals(value, issue.value());
        }
        Issue issue = assertSingle(check(exported, exported.with("Customer Name", "Contoso Ltd")), Severity.WARNING,
                Code.READ_ONLY_CHANGE, "Customer Name");
        assertEquals("Customer Name: changed from \"Contoso Corporation\" to \"Contoso Ltd\", but Customer Name is"
                + " read-only once the deal is created; Partner Center keeps the old value", Deal.render(issue));
    }

    @ParameterizedTest
    @MethodSource("revisions")
    void contactsAndNotesToMicrosoftFreezeOnceShared(Deal exported) {
        assertClean(check(exported, exported.with("Customer Contact First Name", "John")));
        assertClean(check(exported, exported.with("Notes to Microsoft", "Please help")));
        Deal shared = exported.with("Customer Contact First Name", "John").with("Notes to Microsoft", "Please help");
        assertSingle(check(shared, shared.with("Customer Contact First Name", "Johnny")), Severity.WARNING,
                Code.READ_ONLY_CHANGE, "Customer Contact First Name");
        assertSingle(check(shared, shared.with("Notes to Microsoft", "")), Severity.WARNING,
                Code.READ_ONLY_CHANGE, "Notes to Microsoft");
    }

    @ParameterizedTest
    @MethodSource("revisions")
    void shareWithSalesFreezesOnceYes(Deal exported) {
        Deal no = exported.with("Share with Microsoft sales team", "No");
        assertClean(check(no, no.with("Share with Microsoft sales team", "Yes")));
        Deal yes = exported.with("Share with Microsoft sales team", "Yes");
        Issue issue = assertSingle(check(yes, yes.with("Share with Microsoft sales team", "No")), Severity.WARNING,
                Code.READ_ONLY_CHANGE, "Share with Microsoft sales team");
        assertEquals("Share with Microsoft sales team: changed from \"Yes\" to \"No\", but Share with Microsoft sales"
                + " team is read-only once it is Yes; Partner Center keeps the old value", Deal.render(issue));
    }

    @ParameterizedTest
    @MethodSource("revisions")
    void theKindOfHelpFreezesOnceANumberWasEntered(Deal exported) {
        Deal helped = exported.with("Microsoft help required?", "Yes").with("Share with Microsoft sales team", "")
                .with("Customer Contact First Name", "John").with("Customer Contact Last Name", "Customer")
                .with("Customer Contact Phone number", "+1 425 555 0100")
                .with("Customer Contact Email Address", "john@contoso.com");
        assertClean(check(helped, helped.with("What specific help from Microsoft?", "3")));
        Deal three = helped.with("What specific help from Microsoft?", "3");
        assertSingle(check(three, three.with("What specific help from Microsoft?", "4")), Severity.WARNING,
                Code.READ_ONLY_CHANGE, "What specific help from Microsoft?");
        // Help once asked for stays asked for.
        assertHas(check(three, three.with("Microsoft help required?", "No").with("Share with Microsoft sales team", "No")),
                Severity.WARNING, Code.READ_ONLY_CHANGE, "Microsoft help required?");
    }

    @ParameterizedTest
    @MethodSource("revisions")
    void theMicrosoftReferralStatusIsAlwaysReadOnlyAndCarriesOneMark(Deal exported) {
        Deal pending = exported.with("Microsoft Referral Status", "Pending");
        List<Issue> issues = check(pending, pending.with("Microsoft Referral Status", "Accepted"));
        assertSingle(issues, Severity.WARNING, Code.READ_ONLY_CHANGE, "Microsoft Referral Status");
        assertNo(issues, Code.IGNORED);
    }

    @Test
    void theColumnsOnlyThe2023TemplateHasFollowTheirLists() {
        Deal exported = Deal.update2023("Active", "Accepted").with("Microsoft MSX ID", "7-3F2PXZ9KQ")
                .with("PartnerID (formerly MPN ID)", "2209959")
                .with("Microsoft team member 1", "Sam, Seller, 999999, Sam.seller@Microsoft.com");
        for (String[] change : new String[][] {{"Microsoft MSX ID", "7-XXXX"}, {"Migrated PSC Deal ID", "PSC-1"},
                {"PartnerID (formerly MPN ID)", "4298857"},
                {"Microsoft team member 1", "Ann, Seller, 999999, ann@microsoft.com"},
                {"Microsoft team member 2", "Ann, Seller, 999999, ann@microsoft.com"}}) {
            assertSingle(check(exported, exported.with(change[0], change[1])), Severity.WARNING, Code.READ_ONLY_CHANGE,
                    change[0]);
        }
        // The columns Partner Center takes changes to stay quiet.
        assertClean(check(exported, exported.with("Deal Name", "Renamed").with("Marketplace Purchase Intent", "Yes")
                .with("Customer Domain Name", "contoso.com").with("Final Matched Customer Account", "DUNSID: 081466849")));
    }

    @ParameterizedTest
    @CsvSource({"Customer Name, 'Contoso Corporation '", "Customer City, ' Redmond'"})
    void whiteSpaceAroundTheOldValueIsNoChange(String column, String padded) {
        Deal exported = Deal.update2023("Active", "Accepted");
        assertClean(check(exported, exported.with(column, padded)));
    }

    @Test
    void withoutABaselineNothingIsReadOnly() {
        assertClean(Deal.update2023("Active", "Accepted").with("Customer Name", "Anything").issues());
    }
}
