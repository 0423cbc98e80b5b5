package app.prism.imports.values;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CountryValueTest {

    @ParameterizedTest(name = "[{0}] -> {1}")
    @CsvSource(quoteCharacter = '"', delimiter = '|', textBlock = """
            DE                             | DE
            de                             | DE
            " De "                         | DE
            DEU                            | DE
            deu                            | DE
            Germany                        | DE
            GERMANY                        | DE
            germany                        | DE
            Deutschland                    | DE
            US                             | US
            USA                            | US
            U.S.                           | US
            U.S.A.                         | US
            "United States"                | US
            "united states"                | US
            "United States of America"     | US
            "The United States"            | US
            America                        | US
            GB                             | GB
            GBR                            | GB
            "United Kingdom"               | GB
            UK                             | GB
            U.K.                           | GB
            "Great Britain"                | GB
            England                        | GB
            Scotland                       | GB
            Wales                          | GB
            "Northern Ireland"             | GB
            Holland                        | NL
            Netherlands                    | NL
            "The Netherlands"              | NL
            "the netherlands"              | NL
            "Czech Republic"               | CZ
            Czechia                        | CZ
            Russia                         | RU
            "Russian Federation"           | RU
            "South Korea"                  | KR
            Korea                          | KR
            "Korea, Republic of"           | KR
            "North Korea"                  | KP
            Türkiye                        | TR
            Turkey                         | TR
            Vietnam                        | VN
            "Viet Nam"                     | VN
            UAE                            | AE
            "United Arab Emirates"         | AE
            "Ivory Coast"                  | CI
            "Côte d'Ivoire"                | CI
            "Côte d’Ivoire"                | CI
            "Cote d'Ivoire"                | CI
            "Bosnia and Herzegovina"       | BA
            "Bosnia & Herzegovina"         | BA
            "Saint Kitts and Nevis"        | KN
            "St. Kitts & Nevis"            | KN
            "St Lucia"                     | LC
            "Åland Islands"                | AX
            "Aland Islands"                | AX
            "U.S. Virgin Islands"          | VI
            "Hong Kong"                    | HK
            "Hong Kong SAR China"          | HK
            Myanmar                        | MM
            "Myanmar (Burma)"              | MM
            "Congo - Kinshasa"             | CD
            "Democratic Republic of the Congo" | CD
            "Guinea-Bissau"                | GW
            "Guinea Bissau"                | GW
            France                         | FR
            fr                             | FR
            FRA                            | FR
            Switzerland                    | CH
            Schweiz                        | CH
            Österreich                     | AT
            Brazil                         | BR
            Japan                          | JP
            """)
    void isoCodesEnglishNamesAndCommonAliases(String raw, String expected) {
        assertThat(CountryValue.code(raw)).isEqualTo(expected);
    }

    @Test
    void everyIsoCountryIsFoundByItsCodesAndEnglishName() {
        for (var alpha2 : Locale.getISOCountries()) {
            var country = new Locale("", alpha2);
            assertThat(CountryValue.code(alpha2.toLowerCase(Locale.ROOT))).isEqualTo(alpha2);
            assertThat(CountryValue.code(country.getISO3Country())).isEqualTo(alpha2);
            assertThat(CountryValue.code(country.getDisplayCountry(Locale.ENGLISH))).as(alpha2).isEqualTo(alpha2);
        }
    }

    @ParameterizedTest(name = "[{0}] -> null")
    @CsvSource(quoteCharacter = '"', textBlock = """
            ""
            "  "
            "#N/A"
            "000000000000000AAA"
            """)
    void emptyIsNull(String raw) {
        assertThat(CountryValue.code(raw)).isNull();
    }

    @ParameterizedTest(name = "[{0}] is not a country")
    @ValueSource(strings = {"Atlantis", "XX", "ZZZ", "EU", "Europe", "Germany2", "D", "Deutsch land", "U", "123"})
    void anythingElseIsAnError(String raw) {
        assertThatThrownBy(() -> CountryValue.code(raw))
                .isInstanceOf(ValueException.class)
                .hasMessage("'" + raw + "' is not a country code or English country name");
    }
}
