package app.prism.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The sample exports of docs/samples (written by docs/samples/generate.py), opened as an import would: each ZIP with
 * java.util.zip, each XLSX sheet with fastexcel-reader, each CSV decoded (UTF-8 with or without BOM, else
 * Windows-1252) with its delimiter guessed. Every file's name says its type, its header says the same type and the
 * whole ZIP says its preset; the preset maps exactly the columns expected here; the README's row counts are the files'.
 */
class SampleFilesTest {

    private static final Path SAMPLES = Path.of("docs", "samples");

    /** A file of a sample: its header and data rows as read. */
    record Table(String name, String encoding, char delimiter, List<String> header, List<List<String>> rows) {
    }

    private static final Map<String, List<String>> EXPECTED = new LinkedHashMap<>();

    private static void expect(String file, String... columnEqualsField) {
        EXPECTED.put(file, List.of(columnEqualsField));
    }

    static {
        expect("Product2.csv", "Id=externalId", "Name=name", "ProductCode=code", "IsActive=active", "Family=family");
        expect("Account.csv", "Id=externalId", "Name=name", "ParentId=parent", "BillingCity=city",
                "BillingCountryCode=country", "Industry=industry");
        expect("Contact.csv", "Id=externalId", "AccountId=account", "LastName=lastName", "FirstName=firstName",
                "Phone=phone", "ReportsToId=reportsTo", "Email=email", "Title=title");
        expect("Opportunity.csv", "Id=externalId", "AccountId=account", "Name=title", "StageName=stage",
                "Amount=value", "CloseDate=closeDate", "IsClosed=isClosed", "IsWon=isWon");
        expect("OpportunityLineItem.csv", "Id=externalId", "OpportunityId=opportunity", "Product2Id=product",
                "TotalPrice=value");
        expect("Event.csv", "Id=externalId", "WhoId=contacts", "Subject=note", "ActivityDate=date", "Type=channel");
        expect("Task.csv", "Id=externalId", "WhoId=contacts", "Subject=note", "ActivityDate=date", "Type=channel");
        expect("User.csv");
        expect("hubspot-crm-exports-all-products-2026-11-01.csv", "Record ID=externalId", "Name=name", "SKU=code",
                "Product Type=family");
        expect("hubspot-crm-exports-all-companies-2026-11-01.csv", "Record ID=externalId", "Company name=name",
                "City=city", "Country/Region=country", "Industry=industry");
        expect("hubspot-crm-exports-all-contacts-2026-11-01.csv", "Record ID=externalId", "First Name=firstName",
                "Last Name=lastName", "Email=email", "Phone Number=phone", "Primary Associated Company ID=account",
                "Job Title=title");
        expect("hubspot-crm-exports-all-deals-2026-11-01.csv", "Record ID=externalId", "Deal Name=title",
                "Deal Stage=stage", "Close Date=closeDate", "Amount=value", "Associated Company IDs=account",
                "Associated Product IDs=product");
        expect("Products.csv", "Name=name", "Product ID=code,externalId", "Status=active");
        expect("Accounts.csv", "Account Name=name", "Address 1: City=city", "Address 1: Country/Region=country");
        expect("My Active Contacts 11-1-2026 9-30-12 AM.xlsx", "First Name=firstName", "Last Name=lastName",
                "Company Name=account", "Job Title=title", "Business Phone=phone", "Email=email",
                "Decision influence tag=buyingRole");
        expect("Opportunities.xlsx", "Topic=title", "Potential Customer=account", "Proposed Solution=product",
                "Status=stage", "Est. Revenue=value", "Actual Revenue=actualValue", "Est. Close Date=closeDate",
                "Actual Close Date=actualCloseDate");
        expect("Appointments.csv", "Subject=note", "Required Attendees=contacts", "Start Time=date");
        expect("Emails.csv", "Subject=note", "To=contacts", "Date Sent=date");
    }

    static Stream<Arguments> samples() {
        return Stream.of(
                Arguments.of("salesforce-sample.zip", Preset.SALESFORCE, 8),
                Arguments.of("hubspot-sample.zip", Preset.HUBSPOT, 4),
                Arguments.of("dynamics365-sample.zip", Preset.DYNAMICS365, 6),
                Arguments.of("prism-sample.zip", Preset.PRISM, 8));
    }

    static List<Table> read(String zipName) throws IOException {
        List<Table> tables = new ArrayList<>();
        try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(SAMPLES.resolve(zipName)))) {
            for (ZipEntry e; (e = zip.getNextEntry()) != null; ) {
                byte[] bytes = zip.readAllBytes();
                tables.add(e.getName().endsWith(".xlsx") ? xlsx(e.getName(), bytes) : csv(e.getName(), bytes));
            }
        }
        return tables;
    }

    private static Table xlsx(String name, byte[] bytes) throws IOException {
        try (InputStream in = new ByteArrayInputStream(bytes); ReadableWorkbook wb = new ReadableWorkbook(in)) {
            Sheet sheet = wb.getFirstSheet();
            List<Row> rows = sheet.read();
            int width = rows.get(0).getCellCount();
            List<List<String>> values = new ArrayList<>();
            for (Row row : rows) {
                List<String> cells = new ArrayList<>();
                for (int i = 0; i < width; i++) {
                    cells.add(row.hasCell(i) ? row.getCellText(i) : "");
                }
                values.add(cells);
            }
            return new Table(name + ":" + sheet.getName(), "xlsx", '\0', values.get(0), values.subList(1, values.size()));
        }
    }

    private static Table csv(String name, byte[] bytes) throws IOException {
        String encoding;
        String text;
        if (bytes.length >= 3 && (bytes[0] & 0xff) == 0xef && (bytes[1] & 0xff) == 0xbb && (bytes[2] & 0xff) == 0xbf) {
            encoding = "UTF-8 BOM";
            text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        } else {
            try {
                text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                        .decode(ByteBuffer.wrap(bytes)).toString();
                encoding = "UTF-8";
            } catch (CharacterCodingException notUtf8) {
                text = new String(bytes, Charset.forName("windows-1252"));
                encoding = "windows-1252";
            }
        }
        String firstLine = text.lines().findFirst().orElse("");
        char delimiter = ',';
        long most = -1;
        for (char d : new char[] {',', ';', '\t', '|'}) {
            long n = firstLine.chars().filter(c -> c == d).count();
            if (n > most) {
                most = n;
                delimiter = d;
            }
        }
        CSVFormat format = CSVFormat.RFC4180.builder().setDelimiter(delimiter).get();
        List<List<String>> rows = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            for (CSVRecord r : parser) {
                rows.add(r.toList());
            }
        }
        return new Table(name, encoding, delimiter, rows.get(0), rows.subList(1, rows.size()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void everyFileSaysItsTypeByNameAndHeaderAndThePresetMapsTheExpectedColumns(String zipName, Preset preset,
            int files) throws IOException {
        List<Table> tables = read(zipName);
        assertThat(tables).hasSize(files);

        assertThat(PresetMapping.detect(tables.stream().map(Table::name).toList(),
                tables.stream().map(Table::header).toList())).as("the ZIP's preset").contains(preset);
        for (Table t : tables) {
            String file = t.name().contains(".xlsx:") ? t.name().substring(0, t.name().indexOf(':')) : t.name();
            var byName = PresetMapping.typeOfFile(preset, t.name());
            if (file.equals("User.csv")) {
                assertThat(byName).as("an unknown file, listed and left alone").isEmpty();
                continue;
            }
            assertThat(byName).as(t.name()).isPresent();
            assertThat(PresetMapping.typeOfHeader(preset, t.header())).as(t.name() + " by header").isEqualTo(byName);
            LinkedHashMap<String, String> mapping = PresetMapping.mapping(preset, byName.get(), t.header());
            List<String> pairs = mapping.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).toList();
            if (preset == Preset.PRISM) {
                assertThat(pairs).as(t.name() + ": Prism's headers are its field names")
                        .containsExactlyElementsOf(t.header().stream().map(h -> h + "=" + h).toList());
            } else {
                assertThat(pairs).as(t.name()).containsExactlyElementsOf(EXPECTED.get(file));
            }
            for (List<String> row : t.rows()) {
                assertThat(row).as(t.name() + " rows are as wide as the header").hasSize(t.header().size());
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void theReadmeCountsTheRowsOfEveryFile(String zipName, Preset preset, int files) throws IOException {
        String readme = Files.readString(SAMPLES.resolve("README.md"));
        String section = readme.substring(readme.indexOf("### `" + zipName + "`"));
        section = section.substring(0, section.indexOf("\n###") < 0 ? section.length() : section.indexOf("\n###"));
        for (Table t : read(zipName)) {
            String file = t.name().contains(".xlsx:") ? t.name().substring(0, t.name().indexOf(':')) : t.name();
            Matcher m = Pattern.compile("\\| `" + Pattern.quote(file) + "` \\| (\\d+)").matcher(section);
            assertThat(m.find()).as(file + " listed in the README").isTrue();
            assertThat(t.rows()).as(file).hasSize(Integer.parseInt(m.group(1)));
        }
    }

    @org.junit.jupiter.api.Test
    void theSamplesCarryTheTraitsOfRealExports() throws IOException {
        List<Table> salesforce = read("salesforce-sample.zip");
        assertThat(salesforce).allSatisfy(t -> assertThat(t.encoding()).as(t.name()).isEqualTo("UTF-8 BOM"));
        Table accounts = table(salesforce, "Account.csv");
        assertThat(column(accounts, "ParentId")).contains("000000000000000AAA");
        assertThat(column(accounts, "Industry")).contains("#N/A");
        assertThat(column(accounts, "Description")).anySatisfy(d -> assertThat(d).contains("\n", ",", "\""));
        assertThat(column(table(salesforce, "Event.csv"), "ActivityDateTime"))
                .allSatisfy(d -> assertThat(d).matches("20(24|25|26)-\\d\\d-\\d\\dT\\d\\d:\\d\\d:00\\.000Z"));
        Table contacts = table(salesforce, "Contact.csv");
        List<String> emails = column(contacts, "Email");
        assertThat(emails.stream().filter("masked@example.invalid"::equals).count()).isEqualTo(30);
        assertThat(column(contacts, "Id")).doesNotHaveDuplicates();
        assertThat(column(table(salesforce, "Product2.csv"), "IsActive")).containsOnlyOnce("false");

        List<Table> dynamics = read("dynamics365-sample.zip");
        Table dynAccounts = table(dynamics, "Accounts.csv");
        assertThat(dynAccounts.encoding()).isEqualTo("windows-1252");
        assertThat(dynAccounts.delimiter()).isEqualTo(';');
        assertThat(column(dynAccounts, "Account Name")).contains("Sørhavn Marine A/S", "Nordlicht AG", "Nordlicht GmbH");
        assertThat(column(dynAccounts, "Description")).allSatisfy(d -> assertThat(d).contains("€", "ü"));
        Table dynContacts = table(dynamics, "My Active Contacts 11-1-2026 9-30-12 AM.xlsx");
        assertThat(dynContacts.header().subList(0, 3)).containsExactly("(Do Not Modify) Contact",
                "(Do Not Modify) Row Checksum", "(Do Not Modify) Modified On");
        assertThat(column(table(dynamics, "Appointments.csv"), "Start Time"))
                .allSatisfy(d -> assertThat(d).matches("\\d{1,2}/\\d{1,2}/20(24|25|26) \\d{1,2}:\\d\\d (AM|PM)"));
        assertThat(column(table(dynamics, "Products.csv"), "Status")).contains("Active", "Retired");
        assertThat(PresetMapping.channelOfFile("Appointments.csv")).isEqualTo("MEETING");
        assertThat(PresetMapping.channelOfFile("Emails.csv")).isEqualTo("EMAIL");

        List<Table> hubspot = read("hubspot-sample.zip");
        List<String> ids = column(table(hubspot, "hubspot-crm-exports-all-contacts-2026-11-01.csv"), "Record ID");
        assertThat(ids.size() - ids.stream().distinct().count()).as("one contact row repeated").isEqualTo(1);
        assertThat(column(table(hubspot, "hubspot-crm-exports-all-deals-2026-11-01.csv"), "Associated Product IDs"))
                .contains("").anySatisfy(v -> assertThat(v).contains(";"));

        List<Table> prism = read("prism-sample.zip");
        List<List<String>> sales = table(prism, "sales.csv").rows();
        assertThat(sales.size() - sales.stream().distinct().count()).as("repeated sales lines").isEqualTo(3);
        // units.csv holds the units below the root units (an account's row makes its root unit): every one has a parent
        assertThat(column(table(prism, "units.csv"), "parent")).allSatisfy(p -> assertThat(p).matches("(ACC|UNIT)-.+"))
                .anySatisfy(p -> assertThat(p).startsWith("UNIT-"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void everyFileStaysSmallAndTheWonHistorySpansFourYears(String zipName, Preset preset, int files) throws IOException {
        List<Table> tables = read(zipName);
        assertThat(tables).allSatisfy(t -> assertThat(t.rows().size()).as(t.name()).isLessThanOrEqualTo(2000));
        // the history the back-test learns from: won deals (sales lines for PRISM) from December 2022 to November 2026
        List<String> days = switch (preset) {
            case SALESFORCE -> won(table(tables, "Opportunity.csv"), "StageName", "Closed Won", "CloseDate");
            case HUBSPOT -> won(table(tables, "hubspot-crm-exports-all-deals-2026-11-01.csv"), "Deal Stage",
                    "closedwon", "Close Date");
            case DYNAMICS365 -> won(table(tables, "Opportunities.xlsx"), "Status", "Won", "Actual Close Date");
            case PRISM -> column(table(tables, "sales.csv"), "date");
        };
        List<java.time.YearMonth> months = days.stream().map(SampleFilesTest::month).sorted().toList();
        assertThat(months.get(0)).as(zipName).isEqualTo(java.time.YearMonth.of(2022, 12));
        assertThat(months.get(months.size() - 1)).as(zipName).isEqualTo(java.time.YearMonth.of(2026, 11));
        // every year of the four (December to November) holds hundreds of them: renewals and new business
        java.util.Map<Integer, Long> perYear = new java.util.TreeMap<>();
        months.forEach(m -> perYear.merge(m.plusMonths(1).getYear(), 1L, Long::sum));
        assertThat(perYear.keySet()).as(zipName).containsExactly(2023, 2024, 2025, 2026);
        assertThat(perYear.values()).as(zipName + " per year " + perYear).allSatisfy(n -> assertThat(n).isGreaterThan(150));
    }

    private static List<String> won(Table t, String stageColumn, String won, String dayColumn) {
        int stage = t.header().indexOf(stageColumn);
        int day = t.header().indexOf(dayColumn);
        return t.rows().stream().filter(r -> r.get(stage).equals(won)).map(r -> r.get(day)).toList();
    }

    /** The month of an ISO date ("2024-03-15", a time may follow) or a US one ("3/15/2024"). */
    private static java.time.YearMonth month(String day) {
        Matcher us = Pattern.compile("(\\d{1,2})/\\d{1,2}/(\\d{4})").matcher(day);
        if (us.lookingAt()) return java.time.YearMonth.of(Integer.parseInt(us.group(2)), Integer.parseInt(us.group(1)));
        return java.time.YearMonth.parse(day.substring(0, 7));
    }

    private static Table table(List<Table> tables, String name) {
        return tables.stream().filter(t -> t.name().equals(name) || t.name().startsWith(name + ":")).findFirst()
                .orElseThrow();
    }

    private static List<String> column(Table t, String header) {
        int i = t.header().indexOf(header);
        assertThat(i).as(t.name() + " has " + header).isNotNegative();
        return t.rows().stream().map(r -> r.get(i)).toList();
    }
}
