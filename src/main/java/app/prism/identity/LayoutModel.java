package app.prism.identity;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.stereotype.Controller;

/** Gives every page the signed-in user, for the navigation and the user menu. */
@ControllerAdvice(annotations = Controller.class)
class LayoutModel {

    private final CurrentUser currentUser;

    LayoutModel(CurrentUser currentUser) {
        this.currentUser = currentUser;
    }

    @ModelAttribute("viewer")
    Viewer viewer() {
        return currentUser.find().orElse(null);
    }
}
