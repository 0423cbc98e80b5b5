package app.prism.catalog;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;

public record NewProduct(
        @NotBlank @Size(max = 40) @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9._-]*",
                message = "letters, digits, '.', '_' and '-' only") String code,
        @NotBlank @Size(max = 200) String name,
        @Size(max = 100) String family,
        Boolean active,
        @DecimalMin(value = "0", message = "must not be negative")
        @Digits(integer = 17, fraction = 2, message = "at most 2 decimals") BigDecimal typicalAnnualValue,
        @Size(max = 100) String externalId) {

    public NewProduct(String code, String name, String family, Boolean active, BigDecimal typicalAnnualValue) {
        this(code, name, family, active, typicalAnnualValue, null);
    }
}
