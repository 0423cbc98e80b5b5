package app.prism.planning;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Test;

class PlanExportTest {

    @Test
    void withoutAnEmbeddedFontWhatWinAnsiCannotEncodeBecomesAQuestionMark() {
        var helvetica = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
        assertThat(PlanExport.PdfWriter.printable("Zürich – 5 € · Ω 東京\tend", helvetica))
                .isEqualTo("Zürich – 5 € · ? ?? end");
    }
}
