package app.prism.contact;

import app.prism.web.PageQuery;
import app.prism.web.Paged;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Suggestions that follow a sponsor who moved: list, accept ("add them there"), dismiss. */
@RestController
class ContactMovesApi {

    /** Body of accept: the unit to add them to when the organisation is a known account (optional). */
    record Accept(Long unitId) {}

    private final ContactMoveService moves;

    ContactMovesApi(ContactMoveService moves) {
        this.moves = moves;
    }

    @GetMapping("/api/v1/contact-moves")
    Paged<ContactMove> list(@RequestParam(required = false) ContactMove.Status status,
            @RequestParam(required = false) Long accountId, @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        return moves.list(status, accountId, PageQuery.of(page, size, null));
    }

    @GetMapping("/api/v1/contact-moves/{id}")
    ContactMove get(@PathVariable long id) {
        return moves.get(id);
    }

    @PostMapping("/api/v1/contact-moves/{id}/accept")
    ContactMove accept(@PathVariable long id, @RequestBody(required = false) Accept body) {
        return moves.accept(id, body == null ? null : body.unitId());
    }

    @PostMapping("/api/v1/contact-moves/{id}/dismiss")
    ContactMove dismiss(@PathVariable long id) {
        return moves.dismiss(id);
    }
}
