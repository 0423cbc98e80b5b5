package app.prism.plans;

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

    @Test
    void theChartsBarsAreLabelledInTheUnitOfTheLargestBar() {
        var max = new java.math.BigDecimal("1234567");
        assertThat(PlanExport.PdfWriter.barLabel(max, max)).isEqualTo("1.2M");
        assertThat(PlanExport.PdfWriter.barLabel(new java.math.BigDecimal("950000"), max)).isEqualTo("1.0M");
        assertThat(PlanExport.PdfWriter.barLabel(new java.math.BigDecimal("45000"), max)).isEqualTo("0.0M");
        assertThat(PlanExport.PdfWriter.barLabel(java.math.BigDecimal.ZERO, max)).isEqualTo("0");
        var thousands = new java.math.BigDecimal("950000");
        assertThat(PlanExport.PdfWriter.barLabel(new java.math.BigDecimal("2400"), thousands)).isEqualTo("2.4k");
        assertThat(PlanExport.PdfWriter.barLabel(new java.math.BigDecimal("640"), new java.math.BigDecimal("900")))
                .isEqualTo("640");
    }
}
