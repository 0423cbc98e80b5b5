package app.prism.imports.values;

import static org.assertj.core.api.Assertions.assertThat;

import app.prism.exposure.Channel;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ChannelValueTest {

    @ParameterizedTest(name = "[{0}] -> {1}")
    @CsvSource(quoteCharacter = '"', delimiter = '|', textBlock = """
            Meeting          | MEETING
            meeting          | MEETING
            MEETING          | MEETING
            Appointment      | MEETING
            Visit            | MEETING
            Call             | CALL
            "Phone Call"     | CALL
            phonecall        | CALL
            PHONE_CALL       | CALL
            Email            | EMAIL
            E-mail           | EMAIL
            e-mail           | EMAIL
            EMAIL            | EMAIL
            Demo             | DEMO
            DEMO             | DEMO
            Event            | EVENT
            Webinar          | EVENT
            Conference       | EVENT
            Newsletter       | NEWSLETTER
            NEWSLETTER       | NEWSLETTER
            Other            | OTHER
            OTHER            | OTHER
            Task             | OTHER
            Letter           | OTHER
            Fax              | OTHER
            ""               | OTHER
                             | OTHER
            "#N/A"           | OTHER
            """)
    void prismNamesAndCrmActivityTypesReadAsChannelsAndAnythingElseIsOther(String raw, Channel expected) {
        assertThat(ChannelValue.channel(raw)).isEqualTo(expected);
    }
}
