package app.prism.contact;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import java.util.List;

public record ContactPatch(
        Long unitId,
        @Size(max = 200) String name,
        @Size(max = 200) String title,
        @Email @Size(max = 320) String email,
        @Size(max = 50) String phone,
        BuyingRole buyingRole,
        Attitude attitude,
        @Min(0) @Max(3) Integer relationshipStrength,
        Long reportsToId,
        List<Long> ownerUserIds,
        Boolean active,
        Long version,
        @Size(max = 200) String movedToOrganisation,
        Long movedToAccountId,
        Long movedToUnitId,
        @Size(max = 200) String movedToTitle,
        @Size(max = 2000) String note,
        @Size(max = 100) String externalId) {

    public ContactPatch(Long unitId, String name, String title, String email, String phone, BuyingRole buyingRole,
            Attitude attitude, Integer relationshipStrength, Long reportsToId, List<Long> ownerUserIds, Boolean active,
            Long version, String movedToOrganisation, Long movedToAccountId, Long movedToUnitId, String movedToTitle,
            String note) {
        this(unitId, name, title, email, phone, buyingRole, attitude, relationshipStrength, reportsToId, ownerUserIds,
                active, version, movedToOrganisation, movedToAccountId, movedToUnitId, movedToTitle, note, null);
    }
}
