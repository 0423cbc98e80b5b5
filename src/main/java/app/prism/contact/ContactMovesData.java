package app.prism.contact;

import org.springframework.stereotype.Component;

/** The "where they went" suggestions about a person hold their new organisation and title: exported and erased. */
@Component
class ContactMovesData implements ContactDataHolder {

    private final ContactMoveRepository moves;

    ContactMovesData(ContactMoveRepository moves) {
        this.moves = moves;
    }

    @Override
    public String label() {
        return "moveSuggestions";
    }

    @Override
    public Object dataAbout(long contactId) {
        return moves.ofContact(contactId);
    }

    @Override
    public void erase(long contactId) {
        moves.deleteAllOf(contactId);
    }
}
