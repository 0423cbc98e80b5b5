package app.prism.contact;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;

public record NewContact(
        @NotBlank @Size(max = 200) String name,
        @Size(max = 200) String title,
        @Email @Size(max = 320) String email,
        @Size(max = 50) String phone,
        BuyingRole buyingRole,
        Attitude attitude,
        @Min(0) @Max(3) Integer relationshipStrength,
        Long reportsToId,
        List<Long> ownerUserIds,
        Boolean active,
        @Size(max = 100) String externalId) {

    public NewContact(String name, String title, String email, String phone, BuyingRole buyingRole, Attitude attitude,
            Integer relationshipStrength, Long reportsToId, List<Long> ownerUserIds, Boolean active) {
        this(name, title, email, phone, buyingRole, attitude, relationshipStrength, reportsToId, ownerUserIds, active,
                null);
    }
}
