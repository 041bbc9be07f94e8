package com.cosellstudio.bench;

import com.opencsv.CSVWriter;
import com.opencsv.ICSVWriter;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.UUID;

/**
 * Writes a file shaped like a Partner Center co-sell export: UTF-8 with BOM, CRLF, the 2021 header
 * with {@code Solution 1–2} and {@code Team member 1–2} (36 columns), every deal with its Engagement
 * and Referral IDs, most optional columns filled, and about one deal in fifty with a typical mistake
 * (an ISO date, a country name, a missing city). Seeded, so every run measures the same bytes.
 */
final class ExportGenerator {
    static final List<String> HEADER = List.of(
            "Errors", "Engagement ID", "Referral ID", "Deal Name", "Customer Name", "Customer Address Line 1",
            "Customer Address Line 2", "Customer City", "Customer State", "Customer Postal Code", "Customer Country",
            "Customer D-U-N-S ID", "Customer Contact First Name", "Customer Contact Last Name",
            "Customer Contact Phone number", "Customer Contact Email Address", "Partner Referral Status",
            "Partner Referral Substatus", "Microsoft Referral Status", "Declined/Lost reason", "Sales Stage",
            "Estimated Deal Value", "Currency", "Estimated Close Date", "CRM ID", "Marketing Campaign ID", "Notes",
            "Microsoft help required?", "What specific help from Microsoft?", "Share with Microsoft sales team",
            "Notes to Microsoft", "Consent to share Customer/Partner contact", "Solution 1", "Solution 2",
            "Team member 1", "Team member 2");

    private static final String[] DEALS = {"Azure migration", "Data platform \"Lakehouse\"", "Dynamics 365 rollout",
        "Security assessment", "Modern workplace", "SAP on Azure", "AI copilots pilot", "Сделка по Dynamics 365"};
    private static final String[] CUSTOMERS = {"Contoso Ltd", "Fabrikam, Inc.", "Northwind Traders GmbH",
        "Adventure Works \"Cycles\"", "Litware, Inc.", "Tailspin Toys", "Wingtip Toys", "株式会社サンプル"};
    private static final String[][] PLACES = {
        {"200 Market St", "San Francisco", "CA", "94105", "US"}, {"77 Trail Ave", "Boston", "MA", "02134", "US"},
        {"Königstraße 12", "Stuttgart", "BW", "70173", "DE"}, {"12 Queen St", "Toronto", "ON", "M5H 2M9", "CA"},
        {"Rua Augusta 1500", "São Paulo", "SP", "01304-001", "BR"}, {"千代田区1-1", "東京", "", "100-0001", "JP"},
        {"10 Downing St", "London", "", "SW1A 2AA", "GB"}, {"Tverskaya 7", "Moscow", "", "125009", "RU"}};
    private static final String[] FIRST = {"José", "Anne-Marie", "Søren", "Priya", "Kenji", "Мария", "John", "Sam"};
    private static final String[] LAST = {"Smith", "Müller", "Lee", "Brown", "Иванова", "Kierkegaard", "Garcia"};
    private static final String[] CURRENCIES = {"USD", "EUR", "GBP", "CAD", "JPY", "BRL"};
    private static final String[] STAGES = {"10", "20", "40", "60", "80", ""};
    private static final String[] NOTES = {"Follow up after Q3, \"urgent\"", "Цена согласована; ждём PO", "",
        "Customer asked for a POC", "", ""};

    private final Random random;

    ExportGenerator(long seed) {
        this.random = new Random(seed);
    }

    /** Writes {@code deals} deals to {@code target}; returns the file size in bytes. */
    long write(Path target, int deals) throws IOException {
        try (OutputStream bytes = Files.newOutputStream(target)) {
            bytes.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
            Writer text = new BufferedWriter(new OutputStreamWriter(bytes, StandardCharsets.UTF_8), 1 << 16);
            try (CSVWriter csv = new CSVWriter(text, ',', ICSVWriter.DEFAULT_QUOTE_CHARACTER,
                    ICSVWriter.DEFAULT_ESCAPE_CHARACTER, "\r\n")) {
                csv.writeNext(HEADER.toArray(new String[0]), false);
                for (int deal = 1; deal <= deals; deal++) {
                    csv.writeNext(deal(deal), false);
                }
            }
        }
        return Files.size(target);
    }

    private String[] deal(int number) {
        String[] place = pick(PLACES);
        String first = pick(FIRST);
        String last = pick(LAST);
        String currency = pick(CURRENCIES);
        boolean help = random.nextInt(3) == 0;
        List<String> row = new ArrayList<>(HEADER.size());
        row.add("");
        row.add(uuid());
        row.add(uuid());
        row.add(pick(DEALS) + " #" + number);
        row.add(pick(CUSTOMERS));
        row.add(place[0]);
        row.add(random.nextInt(4) == 0 ? "Suite " + (100 + random.nextInt(900)) : "");
        row.add(place[1]);
        row.add(place[2]);
        row.add(place[3]);
        row.add(place[4]);
        row.add(String.format(Locale.ROOT, "%09d", random.nextInt(1_000_000_000)));
        row.add(first);
        row.add(last);
        row.add("+1 (425) 555-0" + (100 + random.nextInt(900)));
        row.add("contact" + number + "@example.org");
        row.add("Active");
        row.add("Accepted");
        row.add("Active");
        row.add("");
        row.add(pick(STAGES));
        row.add(String.format(Locale.ROOT, "%d.%02d", 1000 + random.nextInt(900_000), random.nextInt(100)));
        row.add(currency);
        row.add((1 + random.nextInt(12)) + "/" + (1 + random.nextInt(28)) + "/" + (2027 + random.nextInt(3)));
        row.add(random.nextInt(3) == 0 ? random.nextInt(100_000_000) + "-crm" : "");
        row.add(random.nextInt(5) == 0 ? "BingSummer2020" : "");
        row.add(pick(NOTES));
        row.add(help ? "Yes" : "No");
        row.add(help ? String.valueOf(1 + random.nextInt(6)) : "");
        row.add(help ? "" : "Yes");
        row.add(help ? "Need help with a POC" : "");
        row.add("Yes");
        row.add(solution(currency));
        row.add(random.nextInt(5) == 0 ? solution(currency) : "");
        row.add(teamMember());
        row.add(random.nextInt(6) == 0 ? teamMember() : "");
        String[] cells = row.toArray(new String[0]);
        breakOneInFifty(cells);
        return cells;
    }

    /** The mistakes people make in real exports, so the check has issues to report and render. */
    private void breakOneInFifty(String[] cells) {
        if (random.nextInt(50) != 0) {
            return;
        }
        switch (random.nextInt(3)) {
            case 0 -> cells[HEADER.indexOf("Estimated Close Date")] = "2027-01-30";
            case 1 -> cells[HEADER.indexOf("Customer Country")] = "Germany";
            default -> cells[HEADER.indexOf("Customer City")] = "";
        }
    }

    private String solution(String currency) {
        return String.format(Locale.ROOT, "SOL-%04d-%s, %s, %d, %d", random.nextInt(10_000),
                letters(4), currency, 10 + random.nextInt(990), 1 + random.nextInt(999));
    }

    private String teamMember() {
        return pick(FIRST) + ", " + pick(LAST) + ", " + (10_000_000 + random.nextInt(89_999_999)) + ", seller"
                + random.nextInt(1000) + "@contoso.com";
    }

    private String uuid() {
        return new UUID(random.nextLong(), random.nextLong()).toString();
    }

    private String letters(int count) {
        StringBuilder text = new StringBuilder(count);
        for (int i = 0; i < count; i++) {
            text.append((char) ('A' + random.nextInt(26)));
        }
        return text.toString();
    }

    private <T> T pick(T[] choices) {
        return choices[random.nextInt(choices.length)];
    }
}
