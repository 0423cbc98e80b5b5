package app.prism.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.prism.web.Invalid;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class MergeRequestTest {

    @Test
    void takenFieldsComeInTheOrderOfTheKnownOnesAndAnUnknownOneIsNamed() {
        var request = new MergeRequest(2L, List.of("externalId", "name", "name"), null);

        assertThat(request.taken(AccountMerge.ACCOUNT_FIELDS)).containsExactly("name", "externalId");
        assertThatThrownBy(() -> new MergeRequest(2L, List.of("name", "shoeSize"), null).taken(AccountMerge.UNIT_FIELDS))
                .isInstanceOf(Invalid.class).hasMessageContaining("take").hasMessageContaining("shoeSize");
    }

    @Test
    void aRecordDoesNotMergeWithItselfOrWithNothing() {
        assertThatThrownBy(() -> new MergeRequest(7L, null, null).requireOther(7, "unit"))
                .isInstanceOf(Invalid.class).hasMessageContaining("otherId");
        assertThatThrownBy(() -> new MergeRequest(null, null, null).requireOther(7, "unit"))
                .isInstanceOf(Invalid.class).hasMessageContaining("otherId");
        assertThat(new MergeRequest(8L, null, null).requireOther(7, "unit")).isEqualTo(8);
    }

    @Test
    void theHistorySaysWhatMovedInTheRightNumberAndLeavesOutWhatWasNotThere() {
        assertThat(Moved.describe(List.of(Moved.of(3, "touchpoint", "touchpoints"), Moved.of(0, "task", "tasks"),
                Moved.of(1, "sale", "sales")))).isEqualTo("3 touchpoints, 1 sale");
        assertThat(Moved.describe(List.of(Moved.of(0, "task", "tasks")))).isEqualTo("nothing");
        assertThat(MergeRequest.describe(Set.of())).isEqualTo("none");
    }

    @Test
    void anExternalIdIsTakenOnlyWhereTheSurvivorHasNone() {
        AccountMerge.requireExternalIdTakeable(Set.of("externalId"), null, "crm-2");
        AccountMerge.requireExternalIdTakeable(Set.of("name"), "crm-1", "crm-2");
        assertThatThrownBy(() -> AccountMerge.requireExternalIdTakeable(Set.of("externalId"), "crm-1", "crm-2"))
                .isInstanceOf(Invalid.class).hasMessageContaining("crm-1");
    }
}
