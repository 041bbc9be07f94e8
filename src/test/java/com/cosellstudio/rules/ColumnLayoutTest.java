package com.cosellstudio.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.cosellstudio.domain.OutputColumn;
import com.cosellstudio.domain.Row;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Headers resolved against the pack: matching, groups, header issues, the upload-ready header. */
class ColumnLayoutTest {

    private final RuleEngine engine = Deal.ENGINE;

    private static List<String> template() {
        return SampleFiles.read("template-2021.csv").header();
    }

    /** The template header with {@code extra} inserted after the column named {@code after}. */
    private static List<String> templateWith(String after, String... extra) {
        List<String> header = new ArrayList<>(template());
        header.addAll(header.indexOf(after) + 1, List.of(extra));
        return header;
    }

    private static String issues(ColumnLayout layout) {
        return layout.headerIssues().stream().map(i -> i.severity() + " " + i.code() + ": " + Deal.render(i))
                .collect(Collectors.joining("\n"));
    }

    @Nested
    class Matching {
        @ParameterizedTest
        @CsvSource(delimiter = ';', value = {
            "microsoft help required?;Microsoft help required?",
            "  Microsoft   help required ?  ;Microsoft help required?",
            "Microsoft help required;Microsoft help required?",
            "What specific help is required?;What specific help from Microsoft?",
            "What specific help from Microsoft;What specific help from Microsoft?",
            "SHARE WITH MICROSOFT SALES TEAM;Share with Microsoft sales team",
            "Customer Contact Phone Number;Customer Contact Phone number",
            "Customer DUNS ID;Customer D-U-N-S ID",
            "Declined / Lost reason;Declined/Lost reason",
            "\uFEFFErrors;Errors",
            "solution 3;Solution 3",
            "Team Member 12;Team member 12",
            "Solution07;Solution 7"})
        void headerSpellingsResolveToTheCanonicalName(String header, String canonical) {
            ColumnLayout layout = engine.layout(List.of(header));
            assertEquals(canonical, layout.canonicalName(0));
            assertNotNull(layout.spec(0));
            assertEquals(0, layout.indexOf(canonical));
        }

        @Test
        void anUnknownHeaderKeepsItsNameAndHasNoSpec() {
            ColumnLayout layout = engine.layout(templateWith("Notes", "Internal Owner"));
            int index = layout.indexOf("Internal Owner");
            assertEquals("Internal Owner", layout.canonicalName(index));
            assertNull(layout.spec(index));
            assertEquals(-1, layout.indexOf("Nonexistent"));
        }

        @Test
        void groupColumnsShareTheGroupSpec() {
            ColumnLayout layout = engine.layout(templateWith("Solution 1", "Solution 2"));
            ColumnSpec spec = layout.spec(layout.indexOf("Solution 2"));
            assertEquals(ColumnGroup.SOLUTION, spec.group());
            assertEquals(ValueKind.SOLUTION, spec.kind());
            assertEquals(spec, layout.spec(layout.indexOf("Solution 1")));
        }

        @Test
        void aHeaderIsRecognisedWhenItNamesAnyTemplateColumn() {
            assertTrue(engine.layout(template()).recognisesAnyColumn());
            assertTrue(engine.layout(List.of("root:x:0:0", "  deal   NAME ")).recognisesAnyColumn());
            assertTrue(engine.layout(List.of("Notes about", "Solution 7")).recognisesAnyColumn());
            assertTrue(engine.layout(List.of("Errors")).recognisesAnyColumn(), "Partner Center's own column counts");
            assertFalse(engine.layout(List.of("root:x:0:0:root:/root:/bin/bash")).recognisesAnyColumn());
            assertFalse(engine.layout(List.of("Name", "E-mail", "Phone", "")).recognisesAnyColumn());
            assertFalse(engine.layout(List.of("")).recognisesAnyColumn());
        }

        @Test
        void solutionZeroIsNotASolutionColumn() {
            assertNull(engine.layout(List.of("Solution 0")).spec(0));
        }
    }

    @Nested
    class HeaderIssues {
        @Test
        void theTemplateHasNone() {
            assertEquals("", issues(engine.layout(template())));
        }

        @Test
        void aMissingMandatoryColumnIsOneErrorNamingIt() {
            List<String> header = new ArrayList<>(template());
            header.remove("Customer City");
            header.remove("Team member 1");
            ColumnLayout layout = engine.layout(header);
            List<Issue> issues = layout.headerIssues();
            assertEquals(2, issues.size(), issues(layout));
            assertEquals("The mandatory column Customer City is missing from the header", Deal.render(issues.get(0)));
            assertEquals("The mandatory column Team member 1 is missing from the header", Deal.render(issues.get(1)));
            issues.forEach(i -> assertEquals(Code.MISSING_COLUMN, i.code()));
            issues.forEach(i -> assertEquals(Severity.ERROR, i.severity()));
        }

        @Test
        void aMissingMandatoryColumnIsNotReportedAgainOnEveryRow() {
            List<String> header = new ArrayList<>(Deal.HEADER);
            int city = header.indexOf("Customer City");
            header.remove(city);
            String[] cells = Deal.valid().row().toArray();
            List<String> values = new ArrayList<>(List.of(cells));
            values.remove(city);
            List<Issue> issues = engine.checkRow(engine.layout(header), new Row(values.toArray(String[]::new), 2), 1);
            Deal.assertClean(issues);
        }

        @Test
        void anOptionalOrConditionalColumnMayBeMissing() {
            List<String> header = new ArrayList<>(template());
            header.remove("Notes");
            header.remove("Customer Contact Email Address");
            header.remove("Errors");
            assertEquals("", issues(engine.layout(header)));
        }

        @Test
        void aRepeatedHeaderIsAnError() {
            ColumnLayout layout = engine.layout(templateWith("Deal Name", "deal name"));
            List<Issue> issues = layout.headerIssues();
            assertEquals(1, issues.size(), issues(layout));
            assertEquals(Code.DUPLICATE_COLUMN, issues.get(0).code());
            assertEquals(Severity.ERROR, issues.get(0).severity());
            assertEquals("The column Deal Name appears more than once (columns 4, 5)", Deal.render(issues.get(0)));
        }

        @Test
        void anUnknownHeaderIsAWarning() {
            ColumnLayout layout = engine.layout(templateWith("Notes", "Internal Owner"));
            List<Issue> issues = layout.headerIssues();
            assertEquals(1, issues.size(), issues(layout));
            assertEquals(Code.UNKNOWN_COLUMN, issues.get(0).code());
            assertEquals(Severity.WARNING, issues.get(0).severity());
            assertTrue(Deal.render(issues.get(0)).contains("\"Internal Owner\""));
        }

        @Test
        void aNumberingGapIsAColumnOrderWarning() {
            ColumnLayout layout = engine.layout(templateWith("Solution 1", "Solution 3", "Solution 6"));
            List<Issue> issues = layout.headerIssues();
            assertEquals(1, issues.size(), issues(layout));
            assertEquals(Code.COLUMN_ORDER, issues.get(0).code());
            assertEquals(Severity.WARNING, issues.get(0).severity());
            assertEquals("Solution columns skip number 2, 4–5; the upload-ready file numbers them 1..N without gaps",
                    Deal.render(issues.get(0)));
        }

        @Test
        void aGroupColumnAwayFromItsGroupIsAColumnOrderWarning() {
            ColumnLayout layout = engine.layout(templateWith("Team member 1", "Solution 2"));
            List<Issue> issues = layout.headerIssues();
            assertEquals(1, issues.size(), issues(layout));
            assertEquals(Code.COLUMN_ORDER, issues.get(0).code());
            assertTrue(Deal.render(issues.get(0)).startsWith("Solution 2 (column 35) does not stand next to"),
                    Deal.render(issues.get(0)));
        }

        @Test
        void groupColumnsSideBySideAreInOrder() {
            assertEquals("", issues(engine.layout(templateWith("Solution 1", "Solution 2", "Solution 3"))));
        }

        @Test
        void fiftySolutionsAreAllowed() {
            assertEquals("", issues(engine.layout(withGroup("Solution", 50))));
        }

        @Test
        void aFiftyFirstSolutionIsTooMany() {
            ColumnLayout layout = engine.layout(withGroup("Solution", 51));
            List<Issue> issues = layout.headerIssues();
            assertEquals(1, issues.size(), issues(layout));
            assertEquals(Code.TOO_MANY_SOLUTIONS, issues.get(0).code());
            assertEquals(Severity.ERROR, issues.get(0).severity());
            assertEquals("51 Solution columns: Partner Center takes at most 50", Deal.render(issues.get(0)));
        }

        @Test
        void aFiftyFirstTeamMemberIsTooMany() {
            ColumnLayout layout = engine.layout(withGroup("Team member", 51));
            assertEquals(List.of(Code.TOO_MANY_TEAM_MEMBERS),
                    layout.headerIssues().stream().map(Issue::code).toList(), issues(layout));
        }

        @Test
        void aSolutionNumberedAboveFiftyIsTooManyEvenAlone() {
            ColumnLayout layout = engine.layout(templateWith("Solution 1", "Solution 2", "Solution 51"));
            assertTrue(layout.headerIssues().stream().anyMatch(i -> i.code() == Code.TOO_MANY_SOLUTIONS), issues(layout));
        }

        private List<String> withGroup(String prefix, int count) {
            List<String> header = new ArrayList<>(template());
            int first = header.indexOf(prefix + " 1");
            for (int n = count; n >= 2; n--) {
                header.add(first + 1, prefix + " " + n);
            }
            return header;
        }
    }

    @Nested
    class Groups {
        @Test
        void countsTheHighestNumberAndNamesTheNext() {
            ColumnLayout layout = engine.layout(templateWith("Solution 1", "Solution 2", "Solution 3"));
            assertEquals(3, layout.groupCount(ColumnGroup.SOLUTION));
            assertEquals("Solution 4", layout.nextGroupHeader(ColumnGroup.SOLUTION));
            assertEquals(1, layout.groupCount(ColumnGroup.TEAM_MEMBER));
            assertEquals("Team member 2", layout.nextGroupHeader(ColumnGroup.TEAM_MEMBER));
        }

        @Test
        void aNewGroupColumnGoesRightAfterTheLastOne() {
            ColumnLayout layout = engine.layout(templateWith("Solution 1", "Solution 2", "Solution 3"));
            assertEquals(layout.indexOf("Solution 3") + 1, layout.nextGroupInsertIndex(ColumnGroup.SOLUTION));
            assertEquals(layout.indexOf("Team member 1") + 1, layout.nextGroupInsertIndex(ColumnGroup.TEAM_MEMBER));
        }

        @Test
        void withoutAnyGroupColumnTheNewOneGoesToItsTemplatePlace() {
            List<String> header = new ArrayList<>(template());
            header.remove("Solution 1");
            header.add("Internal Owner");
            ColumnLayout layout = engine.layout(header);
            assertEquals(0, layout.groupCount(ColumnGroup.SOLUTION));
            assertEquals("Solution 1", layout.nextGroupHeader(ColumnGroup.SOLUTION));
            assertEquals(layout.indexOf("Consent to share Customer/Partner contact") + 1,
                    layout.nextGroupInsertIndex(ColumnGroup.SOLUTION));
        }

        @Test
        void theLowestNumberedColumnOfAGroupIsTheRequiredOne() {
            List<String> header = new ArrayList<>(Deal.HEADER);
            header.set(header.indexOf("Solution 1"), "Solution 5");
            ColumnLayout layout = engine.layout(header);
            // "Solution 1" of the fixture now stands under the header "Solution 5" and is filled
            String[] cells = Deal.valid().with("Solution 2", "").row().toArray();
            List<Issue> issues = engine.checkRow(layout, new Row(cells, 2), 1);
            Deal.assertSingle(issues, Severity.ERROR, Code.REQUIRED, "Solution 2");
            String[] other = Deal.valid().with("Solution 1", "").with("Solution 2", "SOL-1-A").row().toArray();
            Deal.assertClean(engine.checkRow(layout, new Row(other, 2), 1));
        }
    }

    @Nested
    class UploadColumns {
        @Test
        void anEmptyHeaderGivesTheFullTemplateOfTheRevision() {
            List<OutputColumn> columns = engine.layout(List.of(), "2021").uploadColumns();
            assertEquals(template(), columns.stream().map(OutputColumn::header).toList());
            columns.forEach(c -> assertEquals(-1, c.sourceIndex(), c.header()));
            List<OutputColumn> today = engine.layout(List.of()).uploadColumns();
            // The sample spells one header "Customer Postal Code"; the 2023 template (the spec) writes
            // "Customer Postal code", and headers match whatever their case.
            assertEquals(lower(SampleFiles.read("template-2023.csv").header()),
                    lower(today.stream().map(OutputColumn::header).toList()));
            assertTrue(today.stream().anyMatch(c -> c.header().equals("Customer Postal code")));
            assertEquals(List.of("Errors"), today.stream().filter(OutputColumn::errors).map(OutputColumn::header).toList());
        }

        @Test
        void theTemplateMapsOntoItselfButTheErrorsColumnIsWrittenEmpty() {
            List<String> template = template();
            List<OutputColumn> columns = engine.layout(template).uploadColumns();
            assertEquals(template, columns.stream().map(OutputColumn::header).toList());
            assertEquals(-1, columns.get(0).sourceIndex());
            IntStream.range(1, template.size()).forEach(i -> assertEquals(i, columns.get(i).sourceIndex()));
        }

        @Test
        void reordersRenamesRenumbersAndKeepsUnknownColumnsAtTheEnd() {
            List<String> header = List.of("deal name", "Internal Owner", "Solution 3", "Team Member 2", "Solution 1",
                    "Errors", "customer country");
            // No column of this header tells a revision (2023 would be assumed): the 2021 one is chosen.
            List<OutputColumn> columns = engine.layout(header, "2021").uploadColumns();
            List<String> names = columns.stream().map(OutputColumn::header).toList();
            List<String> expected = new ArrayList<>(template());
            expected.add(expected.indexOf("Solution 1") + 1, "Solution 2");
            expected.add("Internal Owner");
            assertEquals(expected, names);
            assertEquals(0, source(columns, "Deal Name"));
            assertEquals(6, source(columns, "Customer Country"));
            assertEquals(4, source(columns, "Solution 1"));
            assertEquals(2, source(columns, "Solution 2"));
            assertEquals(3, source(columns, "Team member 1"));
            assertEquals(1, source(columns, "Internal Owner"));
            assertEquals(-1, source(columns, "Errors"));
            assertEquals(-1, source(columns, "Customer Name"));
        }

        private List<String> lower(List<String> headers) {
            return headers.stream().map(h -> h.toLowerCase(java.util.Locale.ROOT)).toList();
        }

        private int source(List<OutputColumn> columns, String header) {
            return columns.stream().filter(c -> c.header().equals(header)).findFirst().orElseThrow().sourceIndex();
        }
    }

    @Test
    void theTemplateHeaderNamesEveryColumnOfThePackWithItsSpec() {
        ColumnLayout layout = engine.layout(template());
        assertEquals(34, layout.size());
        List<ColumnSpec> columns = IntStream.range(0, layout.size()).mapToObj(layout::spec).toList();
        assertEquals("Errors", columns.get(0).name());
        assertEquals("Solution", columns.get(32).name());
        assertEquals(ColumnGroup.TEAM_MEMBER, columns.get(33).group());
        ColumnSpec reason = columns.get(19);
        assertEquals("Declined/Lost reason", reason.name());
        assertEquals(8, reason.allowedValues().size());
        assertEquals(new AllowedValue("6", "Proposed time line was too short"), reason.allowedValues().get(5));
        columns.forEach(c -> assertNotNull(c.format(), c.name()));
        columns.forEach(c -> assertNotNull(c.example(), c.name()));
    }
}
