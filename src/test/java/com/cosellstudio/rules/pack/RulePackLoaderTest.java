package com.cosellstudio.rules.pack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * The pack is read with Jackson's streaming parser; it must read exactly what Jackson's data
 * binding reads into the same records, and a pack with a mistake must fail loudly, naming the
 * resource, the line and what is wrong.
 */
class RulePackLoaderTest {

    private static final String DIR = "/com/cosellstudio/rules/";

    private static String resource(String name) throws IOException {
        try (InputStream in = RulePackLoaderTest.class.getResourceAsStream(DIR + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static IllegalStateException failure(String packText) {
        return assertThrows(IllegalStateException.class, () -> RulePackLoader.readPack("broken.json",
                new ByteArrayInputStream(packText.getBytes(StandardCharsets.UTF_8))));
    }

    /** The pack text with the first {@code from} replaced; fails the test if the text is not there. */
    private static String withFirst(String from, String to) throws IOException {
        String pack = resource("template-2021.json");
        assertTrue(pack.contains(from), from);
        return pack.replaceFirst(java.util.regex.Pattern.quote(from), java.util.regex.Matcher.quoteReplacement(to));
    }

    @Test
    void readsWhatDataBindingReads() throws IOException {
        ObjectMapper binding = new ObjectMapper().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        RulePackLoader.Loaded loaded = new RulePackLoader().load(RulePackLoader.TEMPLATE_2021);

        // As read from the JSON, before PackTexts joins the pack's bundle to it.
        assertEquals(binding.readValue(resource("template-2021.json"), RulePack.class),
                RulePackLoader.readPack("template-2021.json",
                        new java.io.ByteArrayInputStream(resource("template-2021.json").getBytes(java.nio.charset.StandardCharsets.UTF_8))));
        assertEquals(binding.readValue(resource("countries.json"), CodeLists.Countries.class),
                loaded.codeLists().countries());
        assertEquals(binding.readValue(resource("currencies.json"), CodeLists.Currencies.class),
                loaded.codeLists().currencies());
        // Not vacuous: the pack really holds its rules.
        assertEquals(34, loaded.pack().columns().size());
        assertEquals(7, loaded.pack().conditionalRules().size());
    }

    @Test
    void aMisspelledFieldFailsNamingItTheRecordAndTheLine() throws IOException {
        String pack = withFirst("\"requirement\": \"YES\"", "\"requirment\": \"YES\"");
        int line = pack.substring(0, pack.indexOf("requirment")).split("\n", -1).length;

        String message = failure(pack).getMessage();

        assertTrue(message.startsWith("rule pack broken.json: unknown field \"requirment\" in ColumnRule"), message);
        assertTrue(message.contains("requirement"), "lists the fields a column has: " + message);
        assertTrue(message.contains("(line " + line + ", column "), message);
    }

    @Test
    void aMisspelledFieldInANestedRuleFails() throws IOException {
        String message = failure(withFirst("\"negate\": true", "\"negated\": true")).getMessage();

        assertTrue(message.contains("unknown field \"negated\" in Condition"), message);
    }

    @Test
    void anUnknownConstantFailsListingTheKnownOnes() throws IOException {
        String message = failure(withFirst("\"kind\": \"GUID\"", "\"kind\": \"UUID\"")).getMessage();

        assertTrue(message.contains("\"UUID\" is not a ValueKind (one of: OUTPUT, TEXT, GUID"), message);
    }

    @Test
    void aValueOfTheWrongTypeFails() throws IOException {
        String message = failure(withFirst("\"rowsPerUpload\": 1000", "\"rowsPerUpload\": \"1000\"")).getMessage();

        assertTrue(message.contains("expected a whole number for \"rowsPerUpload\", found text"), message);
        assertTrue(message.contains("(line 4, column"), message);
    }

    @Test
    void aRepeatedFieldFailsInsteadOfKeepingTheLastOne() throws IOException {
        String message = failure(withFirst("\"requirement\": \"YES\"", "\"requirement\": \"YES\", \"requirement\": \"NO\""))
                .getMessage();

        assertTrue(message.contains("Duplicate field 'requirement'"), message);
        assertTrue(message.startsWith("rule pack broken.json: "), message);
    }

    @Test
    void malformedJsonFailsWithTheLine() throws IOException {
        String message = failure(withFirst("\"limits\": {", "\"limits\" {")).getMessage();

        assertTrue(message.startsWith("rule pack broken.json: "), message);
        assertTrue(message.contains("(line 4, column"), message);
    }

    @Test
    void textAfterThePackFails() throws IOException {
        String message = failure(resource("template-2021.json") + "\n{}").getMessage();

        assertTrue(message.contains("unexpected content after the end of the document"), message);
    }

    @Test
    void aMissingResourceIsNamed() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> new RulePackLoader().load("/com/cosellstudio/rules/no-such-pack.json"));

        assertTrue(e.getMessage().contains("no-such-pack.json"), e.getMessage());
    }
}
