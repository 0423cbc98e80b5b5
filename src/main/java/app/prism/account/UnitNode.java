package app.prism.account;

import java.util.List;

/** A business unit inside its account's tree (GET /accounts/{id}/units); depth 1 is a root. */
public record UnitNode(long id, Long parentId, String name, UnitKind kind, String country, String city,
        String externalId, int depth, long version, List<UnitNode> children) {}
