package app.prism.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The presets of PRODUCT.md section 8, table-driven: per preset and type a header as the CRM writes it (with the extra
 * columns a real export has, which stay unmapped) and the mapping expected.
 *
 * <p>What the headers rest on (public material, checked with the search tool; none of it copied):
 * <ul>
 *   <li>Salesforce: a Data Export ZIP holds one CSV per object named by its API name (Account.csv, Contact.csv,
 *       Opportunity.csv, OpportunityLineItem.csv, Product2.csv, Event.csv, Task.csv, User.csv …); headers are the API
 *       field names, which Data Loader writes upper-case (jsforce's test data Account.csv: NAME,TYPE,PARENTID,
 *       BILLINGSTREET,BILLINGCITY,…,BILLINGCOUNTRY,…) — hence case-insensitive matching. Event/Task fields WhoId
 *       ("Name"), ActivityDate ("Date"), ActivityDateTime, Subject, Type, Description (Salesforce Field Reference:
 *       Event, OpenActivity). Bulk API CSVs: RFC-4180 quoting, {@code #N/A} sets a null (Bulk API guide "Valid CSV
 *       Record Rows"); datetimes {@code yyyy-MM-ddTHH:mm:ss.SSSZ}.</li>
 *   <li>Dynamics 365: "Export to Excel" writes the view's display names, the file named after the view and a time stamp
 *       ("My Active Contacts 11-1-2026 9-30-12 AM.xlsx"), with three hidden columns "(Do Not Modify) &lt;Table&gt;"
 *       (the row's GUID), "(Do Not Modify) Row Checksum" and "(Do Not Modify) Modified On" (nishantrana.me, "Import
 *       Data wizard – few key points", 2022; Microsoft CRM team blog "Leverage Microsoft Excel to edit records").
 *       Opportunity display names Topic, Potential Customer, Est. Revenue, Est. Close Date, Actual Revenue, Actual Close
 *       Date, Status (statecode Open/Won/Lost), Proposed Solution (Dataverse opportunity table reference; PowerObjects
 *       CRM book). The contact's decision influence is the column msdyn_decisioninfluencetag ("Decision influence
 *       tag"), mapped besides the spec's "Decision influence labels".</li>
 *   <li>HubSpot: exports are named "hubspot-crm-exports-all-deals-&lt;date&gt;.csv" and the like; headers are property
 *       labels ("Record ID", "Deal Name", "Deal Stage", "Close Date", "Company name", "Phone Number", "SKU", "Product
 *       Type") and associations come as "Associated Company IDs", "Associated Product IDs" with several ids separated
 *       by ';' (HubSpot knowledge base on import files; CData/Progress HubSpot drivers' deal tables). No public copy of
 *       an export's exact association headers was found: they follow the spec's table.</li>
 * </ul>
 */
class PresetMappingTest {

    private static List<String> h(String... columns) {
        return Arrays.asList(columns);
    }

    /** "Column=field" pairs in header order. */
    private static LinkedHashMap<String, String> m(String... pairs) {
        LinkedHashMap<String, String> map = new LinkedHashMap<>();
        for (String pair : pairs) {
            int eq = pair.lastIndexOf('=');
            map.put(pair.substring(0, eq), pair.substring(eq + 1));
        }
        return map;
    }

    static Stream<Arguments> mappings() {
        return Stream.of(
                // ---------------------------------------------------------------- Salesforce
                Arguments.of(Preset.SALESFORCE, RecordType.PRODUCT,
                        h("Id", "Name", "ProductCode", "Description", "IsActive", "CreatedDate", "CreatedById",
                                "LastModifiedDate", "SystemModstamp", "Family", "IsDeleted", "QuantityUnitOfMeasure"),
                        m("Id=externalId", "Name=name", "ProductCode=code", "IsActive=active", "Family=family")),
                Arguments.of(Preset.SALESFORCE, RecordType.ACCOUNT,
                        h("\uFEFFId", "IsDeleted", "MasterRecordId", "Name", "Type", "ParentId", "BillingStreet",
                                "BillingCity", "BillingState", "BillingPostalCode", "BillingCountry",
                                "BillingCountryCode", "Phone", "Industry", "AnnualRevenue", "OwnerId", "Description"),
                        m("\uFEFFId=externalId", "Name=name", "ParentId=parent", "BillingCity=city",
                                "BillingCountryCode=country", "Industry=industry")),
                Arguments.of(Preset.SALESFORCE, RecordType.ACCOUNT,
                        h("ID", "NAME", "PARENTID", "BILLINGCITY", "BILLINGCOUNTRY", "INDUSTRY", "RATING"),
                        m("ID=externalId", "NAME=name", "PARENTID=parent", "BILLINGCITY=city",
                                "BILLINGCOUNTRY=country", "INDUSTRY=industry")),
                Arguments.of(Preset.SALESFORCE, RecordType.CONTACT,
                        h("Id", "IsDeleted", "AccountId", "LastName", "FirstName", "Salutation", "Name",
                                "MailingCity", "Phone", "MobilePhone", "ReportsToId", "Email", "Title", "Department",
                                "LeadSource", "OwnerId", "CreatedDate"),
                        m("Id=externalId", "AccountId=account", "LastName=lastName", "FirstName=firstName",
                                "Phone=phone", "ReportsToId=reportsTo", "Email=email", "Title=title")),
                Arguments.of(Preset.SALESFORCE, RecordType.OPPORTUNITY,
                        h("Id", "IsDeleted", "AccountId", "Name", "Description", "StageName", "Amount",
                                "Probability", "CloseDate", "Type", "NextStep", "LeadSource", "IsClosed", "IsWon",
                                "ForecastCategory", "OwnerId", "CampaignId", "HasOpportunityLineItem", "Pricebook2Id"),
                        m("Id=externalId", "AccountId=account", "Name=title", "StageName=stage", "Amount=value",
                                "CloseDate=closeDate", "IsClosed=isClosed", "IsWon=isWon")),
                Arguments.of(Preset.SALESFORCE, RecordType.OPPORTUNITY_LINE,
                        h("Id", "OpportunityId", "SortOrder", "PricebookEntryId", "Product2Id", "ProductCode", "Name",
                                "Quantity", "TotalPrice", "UnitPrice", "ListPrice", "ServiceDate", "Description"),
                        m("Id=externalId", "OpportunityId=opportunity", "Product2Id=product", "TotalPrice=value")),
                Arguments.of(Preset.SALESFORCE, RecordType.TOUCHPOINT,
                        h("Id", "WhoId", "WhatId", "Subject", "Location", "IsAllDayEvent", "ActivityDateTime",
                                "ActivityDate", "DurationInMinutes", "Description", "AccountId", "OwnerId", "Type"),
                        m("Id=externalId", "WhoId=contacts", "Subject=note", "ActivityDate=date", "Type=channel")),
                Arguments.of(Preset.SALESFORCE, RecordType.TOUCHPOINT,
                        h("Id", "WhoId", "WhatId", "Subject", "ActivityDate", "Status", "Priority", "OwnerId",
                                "Description", "IsClosed", "TaskSubtype"),
                        m("Id=externalId", "WhoId=contacts", "Subject=note", "ActivityDate=date")),
                // ---------------------------------------------------------------- HubSpot
                Arguments.of(Preset.HUBSPOT, RecordType.PRODUCT,
                        h("Record ID", "Name", "SKU", "Unit price", "Product Type", "Description", "Create Date"),
                        m("Record ID=externalId", "Name=name", "SKU=code", "Product Type=family")),
                Arguments.of(Preset.HUBSPOT, RecordType.ACCOUNT,
                        h("Record ID", "Company name", "Company Domain Name", "Company owner", "Create Date",
                                "Phone Number", "Last Activity Date", "City", "Country/Region", "Industry",
                                "Lead Status"),
                        m("Record ID=externalId", "Company name=name", "City=city", "Country/Region=country",
                                "Industry=industry")),
                Arguments.of(Preset.HUBSPOT, RecordType.CONTACT,
                        h("Record ID", "First Name", "Last Name", "Email", "Phone Number", "Contact owner",
                                "Primary Associated Company ID", "Associated Company", "Job Title", "Lead Status",
                                "Create Date"),
                        m("Record ID=externalId", "First Name=firstName", "Last Name=lastName", "Email=email",
                                "Phone Number=phone", "Primary Associated Company ID=account", "Job Title=title")),
                Arguments.of(Preset.HUBSPOT, RecordType.CONTACT,
                        h("Record ID", "First Name", "Last Name", "Associated Company", "Email"),
                        m("Record ID=externalId", "First Name=firstName", "Last Name=lastName",
                                "Associated Company=account", "Email=email")),
                Arguments.of(Preset.HUBSPOT, RecordType.CONTACT,
                        h("Record ID", "First Name", "Associated Company", "Associated Company IDs"),
                        m("Record ID=externalId", "First Name=firstName", "Associated Company IDs=account")),
                Arguments.of(Preset.HUBSPOT, RecordType.OPPORTUNITY,
                        h("Record ID", "Deal Name", "Deal Stage", "Pipeline", "Close Date", "Deal owner", "Amount",
                                "Create Date", "Associated Company IDs", "Associated Contact IDs",
                                "Associated Product IDs", "Deal Type"),
                        m("Record ID=externalId", "Deal Name=title", "Deal Stage=stage", "Close Date=closeDate",
                                "Amount=value", "Associated Company IDs=account", "Associated Product IDs=product")),
                // ---------------------------------------------------------------- Dynamics 365
                Arguments.of(Preset.DYNAMICS365, RecordType.PRODUCT,
                        h("(Do Not Modify) Product", "(Do Not Modify) Row Checksum", "(Do Not Modify) Modified On",
                                "Name", "Product ID", "Unit Group", "Default Unit", "Status", "Currency"),
                        m("Name=name", "Product ID=code,externalId", "Status=active")),
                Arguments.of(Preset.DYNAMICS365, RecordType.ACCOUNT,
                        h("(Do Not Modify) Account", "(Do Not Modify) Row Checksum", "(Do Not Modify) Modified On",
                                "Account Name", "Main Phone", "Address 1: City", "Address 1: Country/Region",
                                "Primary Contact", "Email (Primary Contact)", "Annual Revenue"),
                        m("Account Name=name", "Address 1: City=city", "Address 1: Country/Region=country")),
                Arguments.of(Preset.DYNAMICS365, RecordType.CONTACT,
                        h("(Do Not Modify) Contact", "(Do Not Modify) Row Checksum", "(Do Not Modify) Modified On",
                                "Full Name", "First Name", "Last Name", "Company Name", "Job Title", "Business Phone",
                                "Mobile Phone", "Email", "Decision influence tag", "Role", "Owner"),
                        m("First Name=firstName", "Last Name=lastName", "Company Name=account", "Job Title=title",
                                "Business Phone=phone", "Email=email", "Decision influence tag=buyingRole")),
                Arguments.of(Preset.DYNAMICS365, RecordType.OPPORTUNITY,
                        h("(Do Not Modify) Opportunity", "(Do Not Modify) Row Checksum",
                                "(Do Not Modify) Modified On", "Topic", "Potential Customer", "Proposed Solution",
                                "Status", "Status Reason", "Est. Revenue", "Actual Revenue", "Est. Close Date",
                                "Actual Close Date", "Probability", "Rating", "Owner"),
                        m("Topic=title", "Potential Customer=account", "Proposed Solution=product", "Status=stage",
                                "Est. Revenue=value", "Actual Revenue=actualValue", "Est. Close Date=closeDate",
                                "Actual Close Date=actualCloseDate")),
                Arguments.of(Preset.DYNAMICS365, RecordType.TOUCHPOINT,
                        h("(Do Not Modify) Appointment", "Subject", "Required Attendees", "Optional Attendees",
                                "Start Time", "End Time", "Regarding", "Location", "Description"),
                        m("Subject=note", "Required Attendees=contacts", "Start Time=date")),
                Arguments.of(Preset.DYNAMICS365, RecordType.TOUCHPOINT,
                        h("Subject", "From", "To", "Cc", "Date Sent", "Regarding", "Status Reason", "Description"),
                        m("Subject=note", "To=contacts", "Date Sent=date")),
                // ---------------------------------------------------------------- Prism's templates
                Arguments.of(Preset.PRISM, RecordType.PRODUCT,
                        h("externalId", "code", "name", "family", "active", "typicalAnnualValue", "comment"),
                        m("externalId=externalId", "code=code", "name=name", "family=family", "active=active",
                                "typicalAnnualValue=typicalAnnualValue")),
                Arguments.of(Preset.PRISM, RecordType.ACCOUNT,
                        h("External ID", "Name", "parent", "industry", "COUNTRY", " city ", "scope"),
                        m("External ID=externalId", "Name=name", "parent=parent", "industry=industry",
                                "COUNTRY=country", " city =city", "scope=scope")),
                Arguments.of(Preset.PRISM, RecordType.UNIT,
                        h("external_id", "account", "parent", "name", "kind", "country", "city", "owner"),
                        m("external_id=externalId", "account=account", "parent=parent", "name=name", "kind=kind",
                                "country=country", "city=city")),
                Arguments.of(Preset.PRISM, RecordType.CONTACT,
                        h("external id", "unit", "first_name", "last name", "title", "email", "phone", "buying role",
                                "attitude", "relationship_strength", "reports-to", "active", "linkedin"),
                        m("external id=externalId", "unit=unit", "first_name=firstName", "last name=lastName",
                                "title=title", "email=email", "phone=phone", "buying role=buyingRole",
                                "attitude=attitude", "relationship_strength=relationshipStrength",
                                "reports-to=reportsTo", "active=active")),
                Arguments.of(Preset.PRISM, RecordType.OPPORTUNITY,
                        h("externalId", "account", "unit", "product", "title", "value", "stage", "closeDate",
                                "actualCloseDate", "actualValue", "competitor", "lossReason", "probability"),
                        m("externalId=externalId", "account=account", "unit=unit", "product=product", "title=title",
                                "value=value", "stage=stage", "closeDate=closeDate",
                                "actualCloseDate=actualCloseDate", "actualValue=actualValue",
                                "competitor=competitor", "lossReason=lossReason", "probability=probability")),
                Arguments.of(Preset.PRISM, RecordType.OPPORTUNITY_LINE,
                        h("externalId", "opportunity", "product", "value", "quantity"),
                        m("externalId=externalId", "opportunity=opportunity", "product=product", "value=value")),
                Arguments.of(Preset.PRISM, RecordType.SALE,
                        h("account", "unit", "product", "date", "amount", "cost", "invoice"),
                        m("account=account", "unit=unit", "product=product", "date=date", "amount=amount",
                                "cost=cost")),
                Arguments.of(Preset.PRISM, RecordType.CELL,
                        h("account", "unit", "product", "potential", "competitor"),
                        m("account=account", "unit=unit", "product=product", "potential=potential",
                                "competitor=competitor")),
                Arguments.of(Preset.PRISM, RecordType.TOUCHPOINT,
                        h("externalId", "contacts", "date", "channel", "note", "products", "name", "name"),
                        m("externalId=externalId", "contacts=contacts", "date=date", "channel=channel",
                                "note=note", "products=products")));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("mappings")
    void aPresetMapsExactlyItsColumnsInHeaderOrder(Preset preset, RecordType type, List<String> header,
            LinkedHashMap<String, String> expected) {
        LinkedHashMap<String, String> mapping = PresetMapping.mapping(preset, type, header);

        assertThat(mapping).containsExactlyEntriesOf(expected);
        assertThat(mapping.values()).as("every field exists").allSatisfy(f -> assertThat(
                PresetMapping.fields(type)).containsAll(List.of(f.split(","))));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("mappings")
    void theHeaderAloneSaysItsType(Preset preset, RecordType type, List<String> header,
            LinkedHashMap<String, String> expected) {
        assertThat(PresetMapping.typeOfHeader(preset, header)).contains(type);
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("mappings")
    void theHeaderSaysWhoseExportItIs(Preset preset, RecordType type, List<String> header,
            LinkedHashMap<String, String> expected) {
        assertThat(PresetMapping.detect(List.of(), List.of(header))).contains(preset);
    }

    @Test
    void theFieldsPerTypeAreThoseOfTheImportService() {
        assertThat(PresetMapping.fields(RecordType.PRODUCT))
                .containsExactly("externalId", "code", "name", "family", "active", "typicalAnnualValue");
        assertThat(PresetMapping.fields(RecordType.ACCOUNT))
                .containsExactly("externalId", "name", "parent", "industry", "country", "city", "scope");
        assertThat(PresetMapping.fields(RecordType.UNIT))
                .containsExactly("externalId", "account", "parent", "name", "kind", "country", "city");
        assertThat(PresetMapping.fields(RecordType.CONTACT)).containsExactly("externalId", "account", "unit", "name",
                "firstName", "lastName", "title", "email", "phone", "buyingRole", "attitude", "relationshipStrength",
                "reportsTo", "active");
        assertThat(PresetMapping.fields(RecordType.OPPORTUNITY)).containsExactly("externalId", "account", "unit",
                "product", "title", "value", "stage", "isWon", "isClosed", "closeDate", "actualCloseDate",
                "actualValue", "competitor", "lossReason", "probability", "salesStage", "owner");
        assertThat(PresetMapping.fields(RecordType.OPPORTUNITY_LINE))
                .containsExactly("externalId", "opportunity", "product", "value");
        assertThat(PresetMapping.fields(RecordType.SALE))
                .containsExactly("externalId", "account", "unit", "product", "date", "amount", "cost");
        assertThat(PresetMapping.fields(RecordType.CELL))
                .containsExactly("account", "unit", "product", "potential", "competitor");
        assertThat(PresetMapping.fields(RecordType.TOUCHPOINT))
                .containsExactly("externalId", "contacts", "date", "channel", "note", "products");
    }

    @Test
    void aHeaderOfNoKnownColumnsIsAllUnmappedNeverAnError() {
        List<String> header = h("Owner", "Created By", "", "Colour");
        for (Preset preset : Preset.values()) {
            for (RecordType type : RecordType.values()) {
                assertThat(PresetMapping.mapping(preset, type, header)).isEmpty();
            }
            assertThat(PresetMapping.typeOfHeader(preset, header)).isEmpty();
        }
        assertThat(PresetMapping.detect(List.of("notes.csv"), List.of(header))).isEmpty();
        assertThat(PresetMapping.mapping(Preset.SALESFORCE, RecordType.UNIT, h("Id", "Name"))).isEmpty();
    }

    @Test
    void oneMatchingColumnOrOnlySharedOnesSayNoType() {
        assertThat(PresetMapping.typeOfHeader(Preset.SALESFORCE, h("Id", "Colour"))).isEmpty();
        assertThat(PresetMapping.typeOfHeader(Preset.SALESFORCE, h("Id", "Name"))).as("Name is Product2's, Account's "
                + "and Opportunity's").isEmpty();
        assertThat(PresetMapping.typeOfHeader(Preset.HUBSPOT, h("Record ID", "Create Date"))).isEmpty();
    }

    static Stream<Arguments> fileNames() {
        return Stream.of(
                Arguments.of(Preset.SALESFORCE, "Account.csv", RecordType.ACCOUNT),
                Arguments.of(Preset.SALESFORCE, "WE_00D5g000001abcd_1/Contact.csv", RecordType.CONTACT),
                Arguments.of(Preset.SALESFORCE, "Opportunity.csv", RecordType.OPPORTUNITY),
                Arguments.of(Preset.SALESFORCE, "OpportunityLineItem.csv", RecordType.OPPORTUNITY_LINE),
                Arguments.of(Preset.SALESFORCE, "PRODUCT2.CSV", RecordType.PRODUCT),
                Arguments.of(Preset.SALESFORCE, "Event.csv", RecordType.TOUCHPOINT),
                Arguments.of(Preset.SALESFORCE, "export\\Task.txt", RecordType.TOUCHPOINT),
                Arguments.of(Preset.SALESFORCE, "User.csv", null),
                Arguments.of(Preset.SALESFORCE, "Lead.csv", null),
                Arguments.of(Preset.SALESFORCE, "PricebookEntry.csv", null),
                Arguments.of(Preset.SALESFORCE, "AccountContactRole.csv", null),
                Arguments.of(Preset.SALESFORCE, "OpportunityContactRole.csv", null),
                Arguments.of(Preset.SALESFORCE, "Account.pdf", null),
                Arguments.of(Preset.HUBSPOT, "hubspot-crm-exports-all-companies-2026-11-01.csv", RecordType.ACCOUNT),
                Arguments.of(Preset.HUBSPOT, "all-contacts.csv", RecordType.CONTACT),
                Arguments.of(Preset.HUBSPOT, "hubspot-crm-exports-all-deals-2026-11-01.xlsx", RecordType.OPPORTUNITY),
                Arguments.of(Preset.HUBSPOT, "deals.csv", RecordType.OPPORTUNITY),
                Arguments.of(Preset.HUBSPOT, "products.csv", RecordType.PRODUCT),
                Arguments.of(Preset.HUBSPOT, "hubspot-crm-exports-all-line-items-2026-11-01.csv", null),
                Arguments.of(Preset.HUBSPOT, "tickets.csv", null),
                Arguments.of(Preset.DYNAMICS365, "Accounts.csv", RecordType.ACCOUNT),
                Arguments.of(Preset.DYNAMICS365, "My Active Contacts 11-1-2026 9-30-12 AM.xlsx", RecordType.CONTACT),
                Arguments.of(Preset.DYNAMICS365, "Opportunities.xlsx", RecordType.OPPORTUNITY),
                Arguments.of(Preset.DYNAMICS365, "Open Opportunities 3-15-2026 2-30-00 PM.csv",
                        RecordType.OPPORTUNITY),
                Arguments.of(Preset.DYNAMICS365, "Products.csv", RecordType.PRODUCT),
                Arguments.of(Preset.DYNAMICS365, "Appointments.csv", RecordType.TOUCHPOINT),
                Arguments.of(Preset.DYNAMICS365, "Emails.csv", RecordType.TOUCHPOINT),
                Arguments.of(Preset.DYNAMICS365, "Opportunity Products.csv", null),
                Arguments.of(Preset.DYNAMICS365, "Book1.xlsx:Contacts", RecordType.CONTACT),
                Arguments.of(Preset.DYNAMICS365, "Accounts.xlsx:Sheet1", RecordType.ACCOUNT),
                Arguments.of(Preset.DYNAMICS365, "Book1.xlsx:Sheet1", null),
                Arguments.of(Preset.PRISM, "products.csv", RecordType.PRODUCT),
                Arguments.of(Preset.PRISM, "accounts.csv", RecordType.ACCOUNT),
                Arguments.of(Preset.PRISM, "units.csv", RecordType.UNIT),
                Arguments.of(Preset.PRISM, "contacts.csv", RecordType.CONTACT),
                Arguments.of(Preset.PRISM, "opportunities.csv", RecordType.OPPORTUNITY),
                Arguments.of(Preset.PRISM, "opportunity-lines.csv", RecordType.OPPORTUNITY_LINE),
                Arguments.of(Preset.PRISM, "opportunity_lines.csv", RecordType.OPPORTUNITY_LINE),
                Arguments.of(Preset.PRISM, "OpportunityLines.csv", RecordType.OPPORTUNITY_LINE),
                Arguments.of(Preset.PRISM, "sales.csv", RecordType.SALE),
                Arguments.of(Preset.PRISM, "cells.csv", RecordType.CELL),
                Arguments.of(Preset.PRISM, "touchpoints.csv", RecordType.TOUCHPOINT),
                Arguments.of(Preset.PRISM, "Template.xlsx:units", RecordType.UNIT),
                Arguments.of(Preset.PRISM, "readme.md", null));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("fileNames")
    void theFileNameSaysTheType(Preset preset, String fileName, RecordType expected) {
        assertThat(PresetMapping.typeOfFile(preset, fileName)).isEqualTo(Optional.ofNullable(expected));
    }

    @Test
    void appointmentsAreMeetingsAndEmailsEmailsByDefault() {
        assertThat(PresetMapping.channelOfFile("Appointments.csv")).isEqualTo("MEETING");
        assertThat(PresetMapping.channelOfFile("export/My Appointments 3-1-2026 8-00-00 AM.xlsx")).isEqualTo("MEETING");
        assertThat(PresetMapping.channelOfFile("Emails.csv")).isEqualTo("EMAIL");
        assertThat(PresetMapping.channelOfFile("Book.xlsx:Emails")).isEqualTo("EMAIL");
        assertThat(PresetMapping.channelOfFile("Event.csv")).isNull();
        assertThat(PresetMapping.channelOfFile("Task.csv")).isNull();
        assertThat(PresetMapping.channelOfFile(null)).isNull();
    }

    @Test
    void aWholeExportIsRecognisedByItsNamesAndHeaders() {
        assertThat(PresetMapping.detect(List.of("Account.csv", "Opportunity.csv", "User.csv"), List.of(
                h("Id", "Name", "ParentId", "BillingCountry"),
                h("Id", "AccountId", "Name", "StageName", "IsWon", "CloseDate"),
                h("Id", "Username", "LastName")))).contains(Preset.SALESFORCE);
        assertThat(PresetMapping.detect(List.of("hubspot-crm-exports-all-deals-2026-11-01.csv"), List.of(
                h("Record ID", "Deal Name", "Deal Stage", "Amount")))).contains(Preset.HUBSPOT);
        assertThat(PresetMapping.detect(List.of("companies.csv"), List.of(
                h("Record ID", "Company name", "City")))).contains(Preset.HUBSPOT);
        assertThat(PresetMapping.detect(List.of("Opportunities.xlsx"), List.of(
                h("(Do Not Modify) Opportunity", "(Do Not Modify) Row Checksum", "(Do Not Modify) Modified On",
                        "Topic", "Potential Customer", "Est. revenue")))).contains(Preset.DYNAMICS365);
        assertThat(PresetMapping.detect(List.of("Accounts.csv"), List.of(
                h("Account Name", "Main Phone", "Address 1: City")))).contains(Preset.DYNAMICS365);
        assertThat(PresetMapping.detect(List.of("units.csv", "sales.csv"), List.of(
                h("externalId", "account", "parent", "name", "kind"),
                h("unit", "product", "date", "amount")))).contains(Preset.PRISM);
        assertThat(PresetMapping.detect(List.of(), List.of())).isEmpty();
        assertThat(PresetMapping.detect(List.of("data.csv"), List.of(h("Name", "Description")))).as("undecidable")
                .isEmpty();
    }
}
