package app.prism.contact;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
class RelationshipMapApi {

    private final RelationshipMapService maps;

    RelationshipMapApi(RelationshipMapService maps) {
        this.maps = maps;
    }

    @GetMapping("/api/v1/accounts/{id}/relationship-map")
    RelationshipMap map(@PathVariable long id, @RequestParam(required = false) Long unitId) {
        return maps.map(id, unitId);
    }
}
