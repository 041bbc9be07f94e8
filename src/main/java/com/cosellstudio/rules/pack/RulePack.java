package com.cosellstudio.rules.pack;

import java.util.List;
import java.util.Map;

/**
 * A template revision's rules as data, read with Jackson from a JSON resource. A new template
 * revision is a new pack, not a change of the engine.
 *
 * @param name             what the pack describes, for people reading it
 * @param revision         the template revision the pack describes ("2023"), as users name it
 * @param texts            the bundle, next to the pack, of its texts for people ("pack2023"; see PackTexts)
 * @param limits           the upload limits of spec section 1
 * @param codeLists        resources (next to the pack) holding country and currency lists
 * @param columns          the template columns in template order; a group is one entry
 * @param packedCells      the shape of each packed cell kind, by value kind name (SOLUTION, TEAM_MEMBER)
 * @param statusRules      the status/substatus rules of spec section 4
 * @param conditionalRules the other cross-field rules of spec section 4
 * @param baselineRules    the rules that apply only with a baseline export loaded (may be null)
 * @param extraColumns     what the columns added after the header are called, numbered ("Extra" gives
 *                         "Extra 1", "Extra 2" ...): they show the cells of rows longer than the
 *                         header (spec section 5), and are known trailing columns, not unknown ones
 */
public record RulePack(String name, String revision, String texts, Limits limits, CodeListFiles codeLists, List<ColumnRule> columns,
                       Map<String, PackedCellRule> packedCells, StatusRules statusRules,
                       List<ConditionalRule> conditionalRules, BaselineRules baselineRules, String extraColumns) {
    public RulePack {
        columns = columns == null ? List.of() : List.copyOf(columns);
        packedCells = packedCells == null ? Map.of() : Map.copyOf(packedCells);
        conditionalRules = conditionalRules == null ? List.of() : List.copyOf(conditionalRules);
    }

    /** Resource names, relative to the pack, of the committed ISO lists. */
    public record CodeListFiles(String countries, String currencies) {
    }

    /**
     * @param rowsPerUpload   non-blank data rows one upload may hold
     * @param columnsPerGroup highest N of Solution N / Team member N
     * @param rowsPerFile     records a file may hold before reading it is refused: a spreadsheet's
     *                        own limit, far past the 5,000 rows of an export
     * @param columnsPerFile  cells a record may hold before reading is refused: far past the
     *                        template's columns with both groups full
     */
    public record Limits(int rowsPerUpload, int columnsPerGroup, int rowsPerFile, int columnsPerFile) {
    }
}
