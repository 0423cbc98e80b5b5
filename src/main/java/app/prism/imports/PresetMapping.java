package app.prism.imports;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The presets of PRODUCT.md section 8: which Prism field each column of a CRM export (or of Prism's own template)
 * fills, which record type a file holds judged by its name or its header, and whose export a set of files is.
 *
 * <p>A preset maps exactly the columns of the spec's table (headers matched case-insensitively, trimmed); every other
 * column is unmapped, never an error. A field is filled from one column at most: where a preset knows several columns
 * for one field (Salesforce {@code BillingCountryCode} and {@code BillingCountry}, HubSpot's company id and company
 * name), the first of its list that the header holds is mapped and the others stay unmapped. A column may fill two
 * fields, written {@code "code,externalId"}.
 */
public final class PresetMapping {

    private PresetMapping() {
    }

    private static final Map<RecordType, List<String>> FIELDS = new EnumMap<>(RecordType.class);

    static {
        FIELDS.put(RecordType.PRODUCT, List.of("externalId", "code", "name", "family", "active", "typicalAnnualValue"));
        FIELDS.put(RecordType.ACCOUNT, List.of("externalId", "name", "parent", "industry", "country", "city", "scope"));
        FIELDS.put(RecordType.UNIT, List.of("externalId", "account", "parent", "name", "kind", "country", "city"));
        FIELDS.put(RecordType.CONTACT, List.of("externalId", "account", "unit", "name", "firstName", "lastName", "title",
                "email", "phone", "buyingRole", "attitude", "relationshipStrength", "reportsTo", "active"));
        FIELDS.put(RecordType.OPPORTUNITY, List.of("externalId", "account", "unit", "product", "title", "value", "stage",
                "isWon", "isClosed", "closeDate", "actualCloseDate", "actualValue", "competitor", "lossReason",
                "probability", "salesStage", "owner"));
        FIELDS.put(RecordType.OPPORTUNITY_LINE, List.of("externalId", "opportunity", "product", "value"));
        FIELDS.put(RecordType.SALE, List.of("externalId", "account", "unit", "product", "date", "amount", "cost"));
        FIELDS.put(RecordType.CELL, List.of("account", "unit", "product", "potential", "competitor"));
        FIELDS.put(RecordType.TOUCHPOINT, List.of("externalId", "contacts", "date", "channel", "note", "products"));
    }

    /** One column a preset knows: its header (any case) and the field or fields ("f1,f2") it fills. */
    private record Column(String header, String field) {
    }

    /** Per CRM preset and type, the columns in priority order (an earlier column wins a field shared with a later). */
    private static final Map<Preset, Map<RecordType, List<Column>>> COLUMNS = new EnumMap<>(Preset.class);

    private static void columns(Preset preset, RecordType type, String... headerFieldPairs) {
        List<Column> list = new ArrayList<>();
        for (int i = 0; i < headerFieldPairs.length; i += 2) {
            String field = headerFieldPairs[i + 1];
            for (String f : field.split(",")) {
                if (!FIELDS.get(type).contains(f)) {
                    throw new IllegalStateException(type + " has no field " + f);
                }
            }
            list.add(new Column(headerFieldPairs[i], field));
        }
        COLUMNS.computeIfAbsent(preset, p -> new EnumMap<>(RecordType.class)).put(type, List.copyOf(list));
    }

    static {
        // Salesforce: Data Export / Bulk API field names (API names; Data Loader writes them upper-case, hence any case).
        columns(Preset.SALESFORCE, RecordType.PRODUCT,
                "Id", "externalId", "ProductCode", "code", "Name", "name", "Family", "family", "IsActive", "active");
        columns(Preset.SALESFORCE, RecordType.ACCOUNT,
                "Id", "externalId", "Name", "name", "ParentId", "parent", "Industry", "industry",
                "BillingCountryCode", "country", "BillingCountry", "country", "BillingCity", "city");
        columns(Preset.SALESFORCE, RecordType.CONTACT,
                "Id", "externalId", "AccountId", "account", "FirstName", "firstName", "LastName", "lastName",
                "Title", "title", "Email", "email", "Phone", "phone", "ReportsToId", "reportsTo");
        columns(Preset.SALESFORCE, RecordType.OPPORTUNITY,
                "Id", "externalId", "AccountId", "account", "Name", "title", "Amount", "value", "StageName", "stage",
                "IsWon", "isWon", "IsClosed", "isClosed", "CloseDate", "closeDate");
        columns(Preset.SALESFORCE, RecordType.OPPORTUNITY_LINE,
                "Id", "externalId", "OpportunityId", "opportunity", "Product2Id", "product", "TotalPrice", "value");
        columns(Preset.SALESFORCE, RecordType.TOUCHPOINT,
                "Id", "externalId", "WhoId", "contacts", "ActivityDate", "date", "Subject", "note", "Type", "channel");

        // HubSpot: the column names of a CRM export (property labels); associations as "Associated … IDs".
        columns(Preset.HUBSPOT, RecordType.PRODUCT,
                "Record ID", "externalId", "SKU", "code", "Name", "name", "Product Type", "family");
        columns(Preset.HUBSPOT, RecordType.ACCOUNT,
                "Record ID", "externalId", "Company name", "name", "Industry", "industry",
                "Country/Region", "country", "City", "city");
        columns(Preset.HUBSPOT, RecordType.CONTACT,
                "Record ID", "externalId", "First Name", "firstName", "Last Name", "lastName", "Email", "email",
                "Job Title", "title", "Phone Number", "phone",
                "Primary Associated Company ID", "account", "Associated Company IDs", "account",
                "Associated Company", "account");
        columns(Preset.HUBSPOT, RecordType.OPPORTUNITY,
                "Record ID", "externalId", "Deal Name", "title", "Deal Stage", "stage", "Amount", "value",
                "Close Date", "closeDate",
                "Primary Associated Company ID", "account", "Associated Company IDs", "account",
                "Associated Company", "account",
                "Associated Product IDs", "product");

        // Dynamics 365: the display names of an "Export to Excel" (or its CSV); no ids, references by name.
        columns(Preset.DYNAMICS365, RecordType.PRODUCT,
                "Product ID", "code,externalId", "Name", "name", "Status", "active");
        columns(Preset.DYNAMICS365, RecordType.ACCOUNT,
                "Account Name", "name", "Address 1: City", "city", "Address 1: Country/Region", "country");
        columns(Preset.DYNAMICS365, RecordType.CONTACT,
                "Email", "email", "Company Name", "account", "First Name", "firstName", "Last Name", "lastName",
                "Job Title", "title", "Business Phone", "phone",
                "Decision influence labels", "buyingRole", "Decision influence tag", "buyingRole");
        columns(Preset.DYNAMICS365, RecordType.OPPORTUNITY,
                "Topic", "title", "Potential Customer", "account", "Proposed Solution", "product", "Status", "stage",
                "Est. revenue", "value", "Actual Revenue", "actualValue", "Est. close date", "closeDate",
                "Actual Close Date", "actualCloseDate");
        columns(Preset.DYNAMICS365, RecordType.TOUCHPOINT,
                "Required Attendees", "contacts", "To", "contacts", "Start Time", "date", "Date Sent", "date",
                "Subject", "note");

        // Prism's own templates: the field names themselves.
        for (RecordType type : RecordType.values()) {
            List<Column> list = new ArrayList<>();
            for (String field : FIELDS.get(type)) {
                if (field.equals("owner")) continue; // owners are the user's to map (PRODUCT.md section 8)
                list.add(new Column(field, field));
            }
            COLUMNS.computeIfAbsent(Preset.PRISM, p -> new EnumMap<>(RecordType.class)).put(type, List.copyOf(list));
        }
    }

    /** Per preset, the headers (normalised) that only one of its types knows: they say which type a header is. */
    private static final Map<Preset, Set<String>> IDENTIFYING = new EnumMap<>(Preset.class);

    static {
        for (Preset preset : Preset.values()) {
            Map<String, Set<RecordType>> typesOf = new HashMap<>();
            COLUMNS.get(preset).forEach((type, cols) -> cols.forEach(
                    c -> typesOf.computeIfAbsent(key(preset, c.header()), k -> new HashSet<>()).add(type)));
            Set<String> identifying = new HashSet<>();
            typesOf.forEach((k, types) -> {
                if (types.size() == 1) {
                    identifying.add(k);
                }
            });
            IDENTIFYING.put(preset, identifying);
        }
    }

    /** The Prism field names of a type, in the order of PRODUCT.md. */
    public static List<String> fields(RecordType type) {
        return FIELDS.get(type);
    }

    /** How a header cell is compared: trimmed, any case, without a byte-order mark; PRISM also without ' ', '_', '-'. */
    static String key(Preset preset, String header) {
        String h = header == null ? "" : header.replace("\uFEFF", "").trim().toLowerCase(Locale.ROOT);
        h = h.replaceAll("\\s+", " ");
        return preset == Preset.PRISM ? h.replaceAll("[\\s_\\-]", "") : h;
    }

    /**
     * Column (as in the header) → field (or "f1,f2"), for the columns the preset maps, in header order. A field is
     * filled from one column: the one the preset lists first, and of equal columns the leftmost.
     */
    public static LinkedHashMap<String, String> mapping(Preset preset, RecordType type, List<String> header) {
        List<Column> cols = COLUMNS.get(preset).getOrDefault(type, List.of());
        Map<String, Integer> rankOf = new HashMap<>();
        for (int i = 0; i < cols.size(); i++) {
            rankOf.putIfAbsent(key(preset, cols.get(i).header()), i);
        }
        // For every field, the column that fills it: lowest rank, then leftmost.
        Map<String, Integer> chosenColumn = new HashMap<>();
        Map<String, Integer> chosenRank = new HashMap<>();
        for (int c = 0; c < header.size(); c++) {
            Integer rank = rankOf.get(key(preset, header.get(c)));
            if (rank == null) {
                continue;
            }
            String field = cols.get(rank).field();
            Integer best = chosenRank.get(field);
            if (best == null || rank < best) {
                chosenRank.put(field, rank);
                chosenColumn.put(field, c);
            }
        }
        Set<Integer> mapped = new HashSet<>(chosenColumn.values());
        LinkedHashMap<String, String> result = new LinkedHashMap<>();
        for (int c = 0; c < header.size(); c++) {
            if (mapped.contains(c)) {
                result.put(header.get(c), cols.get(rankOf.get(key(preset, header.get(c)))).field());
            }
        }
        return result;
    }

    /**
     * The type whose preset columns best cover the header: at least two mapped columns, one of them a column that only
     * this type knows; more mapped columns win, then more identifying ones; a tie is undecided (empty).
     */
    public static Optional<RecordType> typeOfHeader(Preset preset, List<String> header) {
        RecordType best = null;
        int bestMapped = 0;
        int bestIdentifying = 0;
        boolean tie = false;
        for (RecordType type : COLUMNS.get(preset).keySet()) {
            LinkedHashMap<String, String> m = mapping(preset, type, header);
            int identifying = (int) m.keySet().stream()
                    .filter(h -> IDENTIFYING.get(preset).contains(key(preset, h)))
                    .count();
            if (m.size() < 2 || identifying < 1) {
                continue;
            }
            int cmp = best == null ? 1
                    : m.size() != bestMapped ? Integer.compare(m.size(), bestMapped)
                    : Integer.compare(identifying, bestIdentifying);
            if (cmp > 0) {
                best = type;
                bestMapped = m.size();
                bestIdentifying = identifying;
                tie = false;
            } else if (cmp == 0) {
                tie = true;
            }
        }
        return tie ? Optional.empty() : Optional.ofNullable(best);
    }

    // ----------------------------------------------------------------------------------------------- file names

    /** A file-name phrase (lower-case words in sequence) and the type it names (null: known to be none of ours). */
    private record NameRule(List<String> words, RecordType type) {
    }

    private static final Map<Preset, List<NameRule>> NAME_RULES = new EnumMap<>(Preset.class);

    private static void names(Preset preset, RecordType type, String... phrases) {
        List<NameRule> rules = NAME_RULES.computeIfAbsent(preset, p -> new ArrayList<>());
        for (String phrase : phrases) {
            rules.add(new NameRule(List.of(phrase.split(" ")), type));
        }
    }

    static {
        // Salesforce Data Export: one file per object, named by its API name (Account.csv, OpportunityLineItem.csv…).
        names(Preset.SALESFORCE, RecordType.PRODUCT, "product2");
        names(Preset.SALESFORCE, RecordType.ACCOUNT, "account");
        names(Preset.SALESFORCE, RecordType.CONTACT, "contact");
        names(Preset.SALESFORCE, RecordType.OPPORTUNITY, "opportunity");
        names(Preset.SALESFORCE, RecordType.OPPORTUNITY_LINE, "opportunitylineitem");
        names(Preset.SALESFORCE, RecordType.TOUCHPOINT, "event", "task");
        // HubSpot: "hubspot-crm-exports-all-companies-2026-11-01.csv", "all-contacts.csv", "deals.csv"…
        names(Preset.HUBSPOT, RecordType.PRODUCT, "products", "product");
        names(Preset.HUBSPOT, RecordType.ACCOUNT, "companies", "company");
        names(Preset.HUBSPOT, RecordType.CONTACT, "contacts", "contact");
        names(Preset.HUBSPOT, RecordType.OPPORTUNITY, "deals", "deal");
        names(Preset.HUBSPOT, null, "line items", "line item");
        // Dynamics 365: the view's or table's name, often with a time stamp ("My Active Contacts 11-1-2026 9-30-12 AM").
        names(Preset.DYNAMICS365, RecordType.PRODUCT, "products", "product");
        names(Preset.DYNAMICS365, RecordType.ACCOUNT, "accounts", "account");
        names(Preset.DYNAMICS365, RecordType.CONTACT, "contacts", "contact");
        names(Preset.DYNAMICS365, RecordType.OPPORTUNITY, "opportunities", "opportunity");
        names(Preset.DYNAMICS365, RecordType.TOUCHPOINT, "appointments", "appointment", "emails", "email");
        names(Preset.DYNAMICS365, null, "opportunity products", "opportunity product", "opportunity lines",
                "opportunity line");
        // Prism's templates.
        names(Preset.PRISM, RecordType.PRODUCT, "products", "product");
        names(Preset.PRISM, RecordType.ACCOUNT, "accounts", "account");
        names(Preset.PRISM, RecordType.UNIT, "units", "unit");
        names(Preset.PRISM, RecordType.CONTACT, "contacts", "contact");
        names(Preset.PRISM, RecordType.OPPORTUNITY, "opportunities", "opportunity");
        names(Preset.PRISM, RecordType.OPPORTUNITY_LINE, "opportunity lines", "opportunitylines", "opportunity line",
                "opportunityline");
        names(Preset.PRISM, RecordType.SALE, "sales", "sale");
        names(Preset.PRISM, RecordType.CELL, "cells", "cell");
        names(Preset.PRISM, RecordType.TOUCHPOINT, "touchpoints", "touchpoint");
        // Longest phrase first, so that OpportunityLineItem wins over Opportunity and "opportunity lines" over both.
        NAME_RULES.values().forEach(rules -> rules.sort((a, b) -> Integer.compare(
                String.join(" ", b.words()).length(), String.join(" ", a.words()).length())));
    }

    private static final Set<String> EXTENSIONS = Set.of("csv", "txt", "xlsx");

    /** The file's base name and, for "Book.xlsx:Sheet", its sheet name; empty for another kind of file. */
    private static Optional<String[]> nameAndSheet(String fileName) {
        if (fileName == null) {
            return Optional.empty();
        }
        String last = fileName.substring(Math.max(fileName.lastIndexOf('/'), fileName.lastIndexOf('\\')) + 1).trim();
        String sheet = null;
        int xlsxColon = last.toLowerCase(Locale.ROOT).lastIndexOf(".xlsx:");
        if (xlsxColon >= 0) {
            sheet = last.substring(xlsxColon + ".xlsx:".length());
            last = last.substring(0, xlsxColon + ".xlsx".length());
        }
        int dot = last.lastIndexOf('.');
        if (dot < 0 || !EXTENSIONS.contains(last.substring(dot + 1).toLowerCase(Locale.ROOT))) {
            return Optional.empty();
        }
        return Optional.of(new String[] {last.substring(0, dot), sheet});
    }

    private static List<String> words(String name) {
        return Arrays.stream(name.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")).filter(w -> !w.isEmpty())
                .toList();
    }

    private static Optional<NameRule> rule(Preset preset, String name) {
        List<String> words = words(name);
        for (NameRule rule : NAME_RULES.get(preset)) {
            for (int i = 0; i + rule.words().size() <= words.size(); i++) {
                if (words.subList(i, i + rule.words().size()).equals(rule.words())) {
                    return Optional.of(rule);
                }
            }
        }
        return Optional.empty();
    }

    /**
     * The type a file's name says under a preset: the last path segment, any case, extension .csv, .txt or .xlsx;
     * for an XLSX sheet ("Book.xlsx:Contacts") the sheet's name when the file's says nothing.
     */
    public static Optional<RecordType> typeOfFile(Preset preset, String fileName) {
        Optional<String[]> parts = nameAndSheet(fileName);
        if (parts.isEmpty()) {
            return Optional.empty();
        }
        Optional<NameRule> byFile = rule(preset, parts.get()[0]);
        if (byFile.isPresent()) {
            return Optional.ofNullable(byFile.get().type());
        }
        if (parts.get()[1] != null) {
            return rule(preset, parts.get()[1]).map(NameRule::type);
        }
        return Optional.empty();
    }

    /** The default channel of a file's touchpoints: MEETING for Dynamics appointments, EMAIL for its e-mails. */
    public static String channelOfFile(String fileName) {
        Optional<String[]> parts = nameAndSheet(fileName);
        if (parts.isEmpty()) {
            return null;
        }
        for (String name : parts.get()) {
            if (name == null) {
                continue;
            }
            List<String> words = words(name);
            if (words.contains("appointments") || words.contains("appointment")) {
                return "MEETING";
            }
            if (words.contains("emails") || words.contains("email")) {
                return "EMAIL";
            }
        }
        return null;
    }

    // ----------------------------------------------------------------------------------------------- detection

    /** Headers that only one preset writes (normalised as for that preset). */
    private static final Map<Preset, Set<String>> MARKERS = new EnumMap<>(Preset.class);

    static {
        MARKERS.put(Preset.SALESFORCE, Set.of("id", "accountid", "stagename", "iswon", "isclosed", "productcode",
                "product2id", "opportunityid", "whoid", "whatid", "parentid", "billingcountry", "billingcountrycode",
                "billingcity", "reportstoid", "isactive", "isdeleted", "totalprice", "activitydate", "ownerid",
                "createddate", "systemmodstamp"));
        MARKERS.put(Preset.HUBSPOT, Set.of("record id", "deal stage", "deal name", "company name",
                "associated company ids", "primary associated company id", "associated product ids",
                "associated contact ids", "associated deal ids", "phone number", "product type", "contact owner",
                "company owner", "deal owner", "pipeline"));
        MARKERS.put(Preset.DYNAMICS365, Set.of("account name", "topic", "est. revenue", "est. close date",
                "potential customer", "proposed solution", "actual revenue", "address 1: city",
                "address 1: country/region", "business phone", "required attendees", "date sent", "product id",
                "(do not modify) row checksum", "(do not modify) modified on"));
        MARKERS.put(Preset.PRISM, Set.of("externalid", "typicalannualvalue", "buyingrole", "relationshipstrength",
                "reportsto", "potential", "lossreason"));
    }

    private static int markers(Preset preset, List<String> header) {
        int n = 0;
        for (String h : header) {
            String k = key(preset, h);
            if (MARKERS.get(preset).contains(k) || preset == Preset.DYNAMICS365 && k.startsWith("(do not modify)")) {
                n++;
            }
        }
        return n;
    }

    /**
     * Whose export the files are: per preset, three points for each header cell only that preset writes, one for each
     * column it maps under the type the header fits best, and two for each file whose name it knows as a type (five for
     * HubSpot's "hubspot-crm-exports" prefix); the highest score wins, a tie or nothing at all is undecided.
     */
    public static Optional<Preset> detect(List<String> fileNames, List<List<String>> headers) {
        Preset best = null;
        int bestScore = 0;
        boolean tie = false;
        for (Preset preset : Preset.values()) {
            int score = 0;
            for (List<String> header : headers == null ? List.<List<String>>of() : headers) {
                score += 3 * markers(preset, header);
                Optional<RecordType> type = typeOfHeader(preset, header);
                if (type.isPresent()) {
                    score += mapping(preset, type.get(), header).size();
                }
            }
            for (String name : fileNames == null ? List.<String>of() : fileNames) {
                if (typeOfFile(preset, name).isPresent()) {
                    score += 2;
                }
                if (preset == Preset.HUBSPOT && name != null
                        && name.toLowerCase(Locale.ROOT).contains("hubspot-crm-exports")) {
                    score += 5;
                }
            }
            if (score > bestScore) {
                best = preset;
                bestScore = score;
                tie = false;
            } else if (score == bestScore && score > 0) {
                tie = true;
            }
        }
        return tie || best == null ? Optional.empty() : Optional.of(best);
    }
}
