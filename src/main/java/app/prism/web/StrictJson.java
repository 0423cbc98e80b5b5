package app.prism.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.core.JsonParser;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.cfg.JsonNodeFeature;
import tools.jackson.databind.deser.jdk.NumberDeserializers;
import tools.jackson.databind.deser.jdk.StringDeserializer;
import tools.jackson.databind.deser.std.StdScalarDeserializer;
import tools.jackson.databind.ext.javatime.deser.LocalDateDeserializer;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.module.SimpleModule;

/**
 * How every JSON body is read: strictly. A field the endpoint does not know, a key given twice, a fraction for a whole
 * number, a NUL character, a number too large for any column or a date outside {@link DateRange} is a 400 naming the
 * field (see {@link ProblemDetailsAdvice}) instead of being ignored, truncated or stored changed.
 */
@Configuration(proxyBeanMethods = false)
class StrictJson {

    /** The widest decimal column (numeric(19, 2)) holds 17 digits before the point; narrower ones check their own. */
    static final int MAX_INTEGER_DIGITS = 17;
    static final String TOO_LARGE = "too large (at most " + MAX_INTEGER_DIGITS + " digits before the decimal point)";
    static final String NUL = "must not contain NUL characters";

    @Bean
    JsonMapperBuilderCustomizer strictJsonReading() {
        return StrictJson::configure;
    }

    static JsonMapper.Builder configure(JsonMapper.Builder builder) {
        SimpleModule module = new SimpleModule("prism-strict-json");
        module.addDeserializer(LocalDate.class, new RangedDates());
        module.addDeserializer(String.class, new NoNulStrings());
        module.addDeserializer(BigDecimal.class, new BoundedDecimals());
        return builder.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                // PATCH bodies are read as trees first: keep 1e400 or 0.1 exact instead of a double (Infinity, 0.1000…)
                .enable(JsonNodeFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .addModule(module);
    }

    /** Delegates rather than extends: Jackson's date deserializer replaces itself with a plain copy per property. */
    private static final class RangedDates extends StdScalarDeserializer<LocalDate> {
        RangedDates() {
            super(LocalDate.class);
        }

        @Override
        public LocalDate deserialize(JsonParser p, DeserializationContext ctxt) {
            LocalDate date = LocalDateDeserializer.INSTANCE.deserialize(p, ctxt);
            if (!DateRange.accepts(date)) return ctxt.reportInputMismatch(this, DateRange.MESSAGE);
            return date;
        }
    }

    private static final class NoNulStrings extends StringDeserializer {
        @Override
        public String deserialize(JsonParser p, DeserializationContext ctxt) {
            String text = super.deserialize(p, ctxt);
            if (text != null && text.indexOf('\0') >= 0) return ctxt.reportInputMismatch(this, NUL);
            return text;
        }
    }

    private static final class BoundedDecimals extends NumberDeserializers.BigDecimalDeserializer {
        @Override
        public BigDecimal deserialize(JsonParser p, DeserializationContext ctxt) {
            BigDecimal value = super.deserialize(p, ctxt);
            if (value != null && value.signum() != 0 && value.precision() - value.scale() > MAX_INTEGER_DIGITS) {
                return ctxt.reportInputMismatch(this, TOO_LARGE);
            }
            return value;
        }
    }
}
