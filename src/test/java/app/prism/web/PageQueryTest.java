package app.prism.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PageQueryTest {

    @Test
    void defaultsToTheFirstPageOfFifty() {
        PageQuery q = PageQuery.of(null, null, null);
        assertThat(q.page()).isZero();
        assertThat(q.size()).isEqualTo(50);
        assertThat(q.offset()).isZero();
        assertThat(q.likePattern()).isEqualTo("%");
    }

    @ParameterizedTest(name = "page {0}, size {1} is refused on {2}")
    @CsvSource({"-1,50,page", "0,0,size", "0,501,size"})
    void refusesPagesOutsideTheLimits(int page, int size, String field) {
        assertThatThrownBy(() -> PageQuery.of(page, size, null)).isInstanceOf(Invalid.class)
                .satisfies(e -> assertThat(((Invalid) e).errors()).extracting(Invalid.FieldProblem::field).containsExactly(field));
    }

    @Test
    void fiveHundredIsTheLargestPage() {
        assertThat(PageQuery.of(2, 500, null).offset()).isEqualTo(1000);
    }

    @Test
    void theFilterMatchesCaseInsensitivelyAndTakesWildcardsLiterally() {
        assertThat(PageQuery.of(0, 10, "  ACME ").likePattern()).isEqualTo("%acme%");
        assertThat(PageQuery.of(0, 10, "50%_off\\").likePattern()).isEqualTo("%50\\%\\_off\\\\%");
        assertThat(PageQuery.of(0, 10, "   ").q()).isNull();
    }
}
