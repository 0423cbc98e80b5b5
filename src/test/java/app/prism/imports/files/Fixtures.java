package app.prism.imports.files;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/** Tiny import files made in the tests. */
final class Fixtures {

    static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    static final byte[] UTF16LE_BOM = {(byte) 0xFF, (byte) 0xFE};
    static final byte[] UTF16BE_BOM = {(byte) 0xFE, (byte) 0xFF};

    private Fixtures() {
    }

    static byte[] bytes(String text, Charset charset, byte[] bom) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(bom);
        out.writeBytes(text.getBytes(charset));
        return out.toByteArray();
    }

    static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    static Path write(Path dir, String name, byte[] content) {
        try {
            Path file = dir.resolve(name.replace('/', '_') + "-" + System.nanoTime());
            Files.write(file, content);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A ZIP of the given entries, in order (a null content is a folder). */
    static byte[] zip(Map<String, byte[]> entries) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (Map.Entry<String, byte[]> e : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(e.getKey()));
                if (e.getValue() != null) {
                    zip.write(e.getValue());
                }
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** A ZIP holding one stored (uncompressed) entry. */
    static byte[] storedZip(String name, byte[] content) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            ZipEntry entry = new ZipEntry(name);
            entry.setMethod(ZipEntry.STORED);
            entry.setSize(content.length);
            CRC32 crc = new CRC32();
            crc.update(content);
            entry.setCrc(crc.getValue());
            zip.putNextEntry(entry);
            zip.write(content);
            zip.closeEntry();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    static Map<String, byte[]> entries(Object... nameThenContent) {
        Map<String, byte[]> map = new LinkedHashMap<>();
        for (int i = 0; i < nameThenContent.length; i += 2) {
            Object content = nameThenContent[i + 1];
            map.put((String) nameThenContent[i], content instanceof String s ? utf8(s) : (byte[]) content);
        }
        return map;
    }

    /** An XLSX written with fastexcel; each consumer fills one sheet. */
    @SafeVarargs
    static byte[] xlsx(Map.Entry<String, Consumer<Worksheet>>... sheets) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            Workbook workbook = new Workbook(out, "Prism tests", "1.0");
            for (Map.Entry<String, Consumer<Worksheet>> sheet : sheets) {
                Worksheet ws = workbook.newWorksheet(sheet.getKey());
                sheet.getValue().accept(ws);
            }
            workbook.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    static Map.Entry<String, Consumer<Worksheet>> sheet(String name, Consumer<Worksheet> fill) {
        return Map.entry(name, fill);
    }

    /** Writes rows of strings from the top-left corner. */
    static Consumer<Worksheet> rows(String[]... rows) {
        return ws -> {
            for (int r = 0; r < rows.length; r++) {
                for (int c = 0; c < rows[r].length; c++) {
                    ws.value(r, c, rows[r][c]);
                }
            }
        };
    }

    /**
     * An XLSX written by hand as Excel writes it: shared strings, built-in number formats by id (no format code),
     * formulas with cached values, an error, an inline string.
     */
    static byte[] handMadeXlsx(boolean date1904) {
        String contentTypes = """
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
                <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
                <Default Extension="xml" ContentType="application/xml"/>
                <Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>
                <Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>
                <Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>
                <Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>
                </Types>""";
        String rels = """
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
                <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>
                </Relationships>""";
        String workbook = """
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">
                <workbookPr%s/>
                <sheets><sheet name="Opportunities" sheetId="1" r:id="rId1"/></sheets>
                </workbook>""".formatted(date1904 ? " date1904=\"1\"" : "");
        String workbookRels = """
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
                <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>
                <Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>
                <Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>
                </Relationships>""";
        // style 0: General, 1: built-in 14 (m/d/yyyy), 2: built-in 22 (m/d/yyyy h:mm), 3: custom 164 "dd.mm.yyyy",
        // 4: built-in 4 (#,##0.00), 5: custom 165 accounting with a quoted "d", 6: built-in 10 (0.00%)
        String styles = """
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">
                <numFmts count="2"><numFmt numFmtId="164" formatCode="dd\\.mm\\.yyyy"/><numFmt numFmtId="165" formatCode="#,##0.00\\ &quot;days&quot;;[Red]\\-#,##0.00"/></numFmts>
                <fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts>
                <fills count="1"><fill><patternFill patternType="none"/></fill></fills>
                <borders count="1"><border/></borders>
                <cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>
                <cellXfs count="7">
                <xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>
                <xf numFmtId="14" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>
                <xf numFmtId="22" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>
                <xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>
                <xf numFmtId="4" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>
                <xf numFmtId="165" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>
                <xf numFmtId="10" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>
                </cellXfs>
                </styleSheet>""";
        String shared = """
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="4" uniqueCount="4">
                <si><t>Name</t></si><si><t>Close Date</t></si><si><t xml:space="preserve">  Amount </t></si><si><t>Acme  GmbH </t></si>
                </sst>""";
        String sheet = """
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">
                <sheetData>
                <row r="2"><c r="A2" t="s"><v>0</v></c><c r="B2" t="s"><v>1</v></c><c r="C2" t="s"><v>2</v></c><c r="E2" t="inlineStr"><is><t>Note</t></is></c></row>
                <row r="3"><c r="A3" t="s"><v>3</v></c><c r="B3" s="1"><v>45366</v></c><c r="C3" s="4"><v>1234.5600000000002</v></c><c r="D3" s="2"><v>45366.4375</v></c><c r="E3" t="inlineStr"><is><t>first</t></is></c></row>
                <row r="4"></row>
                <row r="6"><c r="A6" t="str"><f>"Be"&amp;"ta"</f><v>Beta</v></c><c r="B6" s="3"><v>1</v></c><c r="C6"><f>0.1+0.2</f><v>0.30000000000000004</v></c><c r="D6" t="e"><f>NA()</f><v>#N/A</v></c><c r="E6" t="b"><v>1</v></c></row>
                <row r="7"><c r="A7" s="5"><v>12</v></c><c r="B7" s="6"><v>0.125</v></c><c r="C7"><v>1.5E-7</v></c><c r="D7"><v>12345678901234</v></c><c r="F7"><v>-0</v></c></row>
                </sheetData>
                </worksheet>""";
        return zip(entries(
                "[Content_Types].xml", contentTypes,
                "_rels/.rels", rels,
                "xl/workbook.xml", workbook,
                "xl/_rels/workbook.xml.rels", workbookRels,
                "xl/styles.xml", styles,
                "xl/sharedStrings.xml", shared,
                "xl/worksheets/sheet1.xml", sheet));
    }

    static List<SourceRow> all(SourceTable table) {
        List<SourceRow> rows = new ArrayList<>();
        Iterator<SourceRow> it = table.rows();
        it.forEachRemaining(rows::add);
        return rows;
    }

    static List<List<String>> values(SourceTable table) {
        return all(table).stream().map(SourceRow::values).toList();
    }

    static List<Long> lines(SourceTable table) {
        return all(table).stream().map(SourceRow::line).toList();
    }
}
