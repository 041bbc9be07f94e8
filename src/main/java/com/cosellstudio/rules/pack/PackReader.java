package com.cosellstudio.rules.pack;

import com.cosellstudio.rules.AllowedValue;
import com.cosellstudio.rules.Code;
import com.cosellstudio.rules.ColumnGroup;
import com.cosellstudio.rules.ColumnRole;
import com.cosellstudio.rules.Requirement;
import com.cosellstudio.rules.Severity;
import com.cosellstudio.rules.ValueKind;
import java.io.IOException;
import java.util.List;
import java.util.Map;

/**
 * Turns the pack's JSON into the pack records, one method per record. Field names are the record
 * component names, as Jackson's data binding would map them; a field a record does not have fails
 * (see {@link PackJson}). A field left out reads as null (false / 0 for primitives), and the
 * records' constructors supply their defaults.
 */
final class PackReader {

    private PackReader() {
    }

    static RulePack rulePack(PackJson json) throws IOException {
        String name = null;
        String revision = null;
        String texts = null;
        RulePack.Limits limits = null;
        RulePack.CodeListFiles codeLists = null;
        List<ColumnRule> columns = null;
        Map<String, PackedCellRule> packedCells = null;
        StatusRules statusRules = null;
        List<ConditionalRule> conditionalRules = null;
        BaselineRules baselineRules = null;
        String extraColumns = null;
        ExcelDamageRules excelDamage = null;
        for (String field = json.firstField("the rule pack"); field != null; field = json.nextField()) {
            switch (field) {
                case "name" -> name = json.text();
                case "revision" -> revision = json.text();
                case "texts" -> texts = json.text();
                case "limits" -> limits = limits(json);
                case "codeLists" -> codeLists = codeListFiles(json);
                case "columns" -> columns = json.list(PackReader::columnRule);
                case "packedCells" -> packedCells = json.map(PackReader::packedCellRule);
                case "statusRules" -> statusRules = statusRules(json);
                case "conditionalRules" -> conditionalRules = json.list(PackReader::conditionalRule);
                case "baselineRules" -> baselineRules = baselineRules(json);
                case "extraColumns" -> extraColumns = json.text();
                case "excelDamage" -> excelDamage = excelDamage(json);
                default -> throw json.unknownField(field, RulePack.class);
            }
        }
        return new RulePack(name, revision, texts, limits, codeLists, columns, packedCells, statusRules, conditionalRules, baselineRules,
                extraColumns, excelDamage);
    }

    private static RulePack.Limits limits(PackJson json) throws IOException {
        if (json.isNull()) {
            return null;
        }
        int rowsPerUpload = 0;
        int columnsPerGroup = 0;
        int rowsPerFile = 0;
        int columnsPerFile = 0;
        for (String field = json.firstField("limits"); field != null; field = json.nextField()) {
            switch (field) {
                case "rowsPerUpload" -> rowsPerUpload = json.primitiveInt();
                case "columnsPerGroup" -> columnsPerGroup = json.primitiveInt();
                case "rowsPerFile" -> rowsPerFile = json.primitiveInt();
                case "columnsPerFile" -> columnsPerFile = json.primitiveInt();
                default -> throw json.unknownField(field, RulePack.Limits.class);
            }
        }
        return new RulePack.Limits(rowsPerUpload, columnsPerGroup, rowsPerFile, columnsPerFile);
    }

    private static RulePack.CodeListFiles codeListFiles(PackJson json) throws IOException {
        if (json.isNull()) {
            return null;
        }
        String countries = null;
        String currencies = null;
        for (String field = json.firstField("codeLists"); field != null; field = json.nextField()) {
            switch (field) {
                case "countries" -> countries = json.text();
                case "currencies" -> currencies = json.text();
                default -> throw json.unknownField(field, RulePack.CodeListFiles.class);
            }
        }
        return new RulePack.CodeListFiles(countries, currencies);
    }

    private static ColumnRule columnRule(PackJson json) throws IOException {
        if (json.isNull()) {
            return null;
        }
        String name = null;
        ColumnGroup group = null;
        ColumnRole role = null;
        String replaces = null;
        List<String> variants = null;
        Requirement requirement = null;
        ValueKind kind = null;
        List<AllowedValue> allowedValues = null;
        List<ConditionalValues> allowedValuesWhen = null;
        Map<String, String> aliases = null;
        Severity invalidSeverity = null;
        List<RejectedValue> rejectedValues = null;
        ReadOnlyRule readOnly = null;
        Code tooMany = null;
        for (String field = json.firstField("a column"); field != null; field = json.nextField()) {
            switch (field) {
                case "name" -> name = json.text();
                case "group" -> group = json.constant(ColumnGroup.class);
                case "role" -> role = json.constant(ColumnRole.class);
                case "replaces" -> replaces = json.text();
                case "variants" -> variants = json.texts();
                case "requirement" -> requirement = json.constant(Requirement.class);
                case "kind" -> kind = json.constant(ValueKind.class);
                case "allowedValues" -> allowedValues = json.list(PackReader::allowedValue);
                case "allowedValuesWhen" -> allowedValuesWhen = json.list(PackReader::conditionalValues);
                case "aliases" -> aliases = json.textMap();
                case "invalidSeverity" -> invalidSeverity = json.constant(Severity.class);
                case "rejectedValues" -> rejectedValues = json.list(PackReader::rejectedValue);
                case "readOnly" -> readOnly = readOnlyRule(json);
                case "tooMany" -> tooMany = json.constant(Code.class);
                default -> throw json.unknownField(field, ColumnRule.class);
            }
        }
        return new ColumnRule(name, group, role, replaces, variants, requirement, kind, allowedValues,
                allowedValuesWhen, aliases, null, null, invalidSeverity, rejectedValues, readOnly, tooMany);
    }

    private static ConditionalValues conditionalValues(PackJson json) throws IOException {
        if (json.isNull()) {
            return null;
        }
        ConditionalRule.Condition when = null;
        List<AllowedValue> allowedValues = null;
        for (String field = json.firstField("a conditional list"); field != null; field = json.nextField()) {
            switch (field) {
                case "when" -> when = condition(json);
                case "allowedValues" -> allowedValues = json.list(PackReader::allowedValue);
                default -> throw json.unknownField(field, ConditionalValues.class);
            }
        }
        return new ConditionalValues(when, allowedValues);
    }

    private static ReadOnlyRule readOnlyRule(PackJson json) throws IOException {
        if (json.isNull()) {
            return null;
        }
        ReadOnlyRule.When when = null;
        List<String> values = null;
        for (String field = json.firstField("a read-only rule"); field != null; field = json.nextField()) {
            switch (field) {
                case "when" -> when = json.constant(ReadOnlyRule.When.class);
                case "values" -> values = json.texts();
                default -> throw json.unknownField(field, ReadOnlyRule.class);
            }
        }
        return new ReadOnlyRule(when, values);
    }

    private static AllowedValue allowedValue(PackJson json) throws IOException {
        if (json.isNull()) {
            return null;
        }
        String value = null;
        for (String field = json.firstField("an allowed value"); field != null; field = json.nextField()) {
            switch (field) {
                case "value" -> value = json.text();
                default -> throw json.unknownField(field, AllowedValue.class);
            }
        }
        // The label is a text for people: it lives in the pack's bundle (PackTexts).
        return new AllowedValue(value, null);
    }

    private static RejectedValue rejectedValue(PackJson json) throws IOException {
        if (json.isNull()) {
            return null;
        }
        String value = null;
        Code code = null;
        Severity severity = null;
        String message = null;
        for (String field = json.firstField("a rejected value"); field != null; field = json.nextField()) {
            switch (field) {
                case "value" -> value = json.text();
                case "code" -> code = json.constant(Code.class);
                case "severity" -> severity = json.constant(Severity.class);
                case "message" -> message = json.text();
                default -> throw json.unknownField(field, RejectedValue.class);
            }
        }
        return new RejectedValue(value, code, severity, message);
    }

    private static PackedCellRule packedCellRule(PackJson json) throws IOException {
        if (json.isNull()) {
            return null;
        }
        int minParts = 0;
        List<PartRule> parts = null;
        String partsMessage = null;
        Integer duplicatePart = null;
        PackedCellRule.DuplicateRule duplicate = null;
        for (String field = json.firstField("a packed cell"); field != null; field = json.nextField()) {
            switch (field) {
                case "minParts" -> minParts = json.primitiveInt();
                case "parts" -> parts = json.list(PackReader::partRule);
                case "partsMessage" -> partsMessage = json.text();
                case "duplicatePart" -> duplicatePart = json.integer();
                case "duplicate" -> duplicate = duplicateRule(json);
                default -> throw json.unknownField(field, PackedCellRule.class);
            }
        }
        return new PackedCellRule(minParts, parts, partsMessage, duplicatePart, duplicate);
    }

    private static PartRule partRule(PackJson json) throws IOException {
        if (json.isNull()) {
            return null;
        }
        String name = null;
        PartKind kind = null;
        boolean required = false;
        String shape = null;
        for (String field = json.firstField("a part"); field != null; field = json.nextField()) {
            switch (field) {
                case "name" -> name = json.text();
                case "kind" -> kind = json.constant(PartKind.class);
                case "required" -> required = json.bool();
                case "shape" -> shape = json.text();
                default -> throw json.unknownField(field, PartRule.class);
            }
        }
        return new PartRule(name, kind, required, shape);
    }

    private static PackedCellRule.DuplicateRule duplicateRule(PackJson json) throws IOException {
        if (json.isNull()) {
            return null;
        }
        Code code = null;
        Severity severity = null;
        String message = null;
        for (String field = json.firstField("duplicate"); field != null; field = json.nextField()) {
            switch (field) {
                case "code" -> code = json.constant(Code.class);
                case "severity" -> severity = json.constant(Severity.class);
                case "message" -> message = json.text();
                default -> throw json.unknownField(field, PackedCellRule.DuplicateRule.class);
            }
        }
        return new PackedCellRule.DuplicateRule(code, severity, message);
    }

    private static StatusRules statusRules(PackJson json) throws IOException {
        if (json.isNull()) {
            return null;
        }
        String status = null;
        String substatus = null;
        Map<String, List<String>> allowedPairs = null;
        StatusRules.State create = null;
        StatusRules.State terminal = null;
        for (String field = json.firstField("statusRules"); field != null; field = json.nextField()) {
            switch (field) {
                case "status" -> status = json.text();
                case "substatus" -> substatus = json.text();
                case "allowedPairs" -> allowedPairs = json.map(PackJson::texts);
                case "create" -> create = state(json);
                case "terminal" -> terminal = state(json);
                default -> throw json.unknownField(field, StatusRules.class);
            }
        }
        return new StatusRules(status, substatus, allowedPairs, create, terminal);
    }

    private static StatusRules.State state(PackJson json) throws IOException {
        if (json.isNull()) {
            return null;
        }
        String status = null;
        List<String> substatuses = null;
        Severity severity = null;
        for (String field = json.firstField("a state"); field != null; field = json.nextField()) {
            switch (field) {
                case "status" -> status = json.text();
                case "substatuses" -> substatuses = json.texts();
                case "severity" -> severity = json.constant(Severity.class);
                default -> throw json.unknownField(field, StatusRules.State.class);
            }
        }
        return new StatusRules.State(status, substatuses, severity);
    }

    private static ConditionalRule conditionalRule(PackJson json) throws IOException {
        if (json.isNull()) {
            return null;
        }
        ConditionalRule.Condition when = null;
        ConditionalRule.Effect effect = null;
        List<String> targets = null;
        Severity severity = null;
        String message = null;
        for (String field = json.firstField("a conditional rule"); field != null; field = json.nextField()) {
            switch (field) {
                case "when" -> when = condition(json);
                case "effect" -> effect = json.constant(ConditionalRule.Effect.class);
                case "targets" -> targets = json.texts();
                case "severity" -> severity = json.constant(Severity.class);
                case "message" -> message = json.text();
                default -> throw json.unknownField(field, ConditionalRule.class);
            }
        }
        return new ConditionalRule(when, effect, targets, severity, message);
    }

    private static ConditionalRule.Condition condition(PackJson json) throws IOException {
        if (json.isNull()) {
            return null;
        }
        String column = null;
        List<String> values = null;
        boolean negate = false;
        ConditionalRule.Condition and = null;
        for (String field = json.firstField("a condition"); field != null; field = json.nextField()) {
            switch (field) {
                case "column" -> column = json.text();
                case "values" -> values = json.texts();
                case "negate" -> negate = json.bool();
                case "and" -> and = condition(json);
                default -> throw json.unknownField(field, ConditionalRule.Condition.class);
            }
        }
        return new ConditionalRule.Condition(column, values, negate, and);
    }

    private static BaselineRules baselineRules(PackJson json) throws IOException {
        if (json.isNull()) {
            return null;
        }
        BaselineRules.Effect terminalChanged = null;
        List<String> readOnlyColumns = null;
        BaselineRules.Effect readOnlyChanged = null;
        BaselineRules.Effect readOnlyRuleChanged = null;
        for (String field = json.firstField("baselineRules"); field != null; field = json.nextField()) {
            switch (field) {
                case "terminalChanged" -> terminalChanged = effect(json);
                case "readOnlyColumns" -> readOnlyColumns = json.texts();
                case "readOnlyChanged" -> readOnlyChanged = effect(json);
                case "readOnlyRuleChanged" -> readOnlyRuleChanged = effect(json);
                default -> throw json.unknownField(field, BaselineRules.class);
            }
        }
        return new BaselineRules(terminalChanged, readOnlyColumns, readOnlyChanged, readOnlyRuleChanged);
    }

    private static ExcelDamageRules excelDamage(PackJson json) throws IOException {
        List<String> numberColumns = null;
        List<ExcelDamageRules.PaddedColumn> paddedColumns = null;
        int keptDigits = 0;
        for (String field = json.firstField("excelDamage"); field != null; field = json.nextField()) {
            switch (field) {
                case "numberColumns" -> numberColumns = json.texts();
                case "keptDigits" -> keptDigits = json.primitiveInt();
                case "paddedColumns" -> paddedColumns = json.list(PackReader::paddedColumn);
                default -> throw json.unknownField(field, ExcelDamageRules.class);
            }
        }
        return new ExcelDamageRules(numberColumns, paddedColumns, keptDigits);
    }

    private static ExcelDamageRules.PaddedColumn paddedColumn(PackJson json) throws IOException {
        String column = null;
        int digits = 0;
        String countryColumn = null;
        List<String> countries = null;
        for (String field = json.firstField("a padded column"); field != null; field = json.nextField()) {
            switch (field) {
                case "column" -> column = json.text();
                case "digits" -> digits = json.primitiveInt();
                case "countryColumn" -> countryColumn = json.text();
                case "countries" -> countries = json.texts();
                default -> throw json.unknownField(field, ExcelDamageRules.PaddedColumn.class);
            }
        }
        return new ExcelDamageRules.PaddedColumn(column, digits, countryColumn, countries);
    }

    private static BaselineRules.Effect effect(PackJson json) throws IOException {
        if (json.isNull()) {
            return null;
        }
        Severity severity = null;
        String message = null;
        for (String field = json.firstField("an effect"); field != null; field = json.nextField()) {
            switch (field) {
                case "severity" -> severity = json.constant(Severity.class);
                case "message" -> message = json.text();
                default -> throw json.unknownField(field, BaselineRules.Effect.class);
            }
        }
        return new BaselineRules.Effect(severity, message);
    }

    static CodeLists.Countries countries(PackJson json) throws IOException {
        List<String> alpha2 = null;
        Map<String, String> alpha3ToAlpha2 = null;
        Map<String, String> namesToAlpha2 = null;
        for (String field = json.firstField("the country list"); field != null; field = json.nextField()) {
            switch (field) {
                case "alpha2" -> alpha2 = json.texts();
                case "alpha3ToAlpha2" -> alpha3ToAlpha2 = json.textMap();
                case "namesToAlpha2" -> namesToAlpha2 = json.textMap();
                default -> throw json.unknownField(field, CodeLists.Countries.class);
            }
        }
        return new CodeLists.Countries(alpha2, alpha3ToAlpha2, namesToAlpha2);
    }

    static CodeLists.Currencies currencies(PackJson json) throws IOException {
        List<String> excluded = null;
        List<String> notWithdrawn = null;
        Map<String, String> aliasesToCode = null;
        for (String field = json.firstField("the currency list"); field != null; field = json.nextField()) {
            switch (field) {
                case "excluded" -> excluded = json.texts();
                case "notWithdrawn" -> notWithdrawn = json.texts();
                case "aliasesToCode" -> aliasesToCode = json.textMap();
                default -> throw json.unknownField(field, CodeLists.Currencies.class);
            }
        }
        return new CodeLists.Currencies(excluded, notWithdrawn, aliasesToCode);
    }
}
