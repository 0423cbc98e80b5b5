package app.prism.contact;

import app.prism.account.AccountService;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The contact page's privacy actions for managers and administrators: download their data, erase them. */
@Controller
class PrivacyPages {

    private final PersonalDataService personalData;
    private final ContactService contacts;
    private final AccountService accounts;

    PrivacyPages(PersonalDataService personalData, ContactService contacts, AccountService accounts) {
        this.personalData = personalData;
        this.contacts = contacts;
        this.accounts = accounts;
    }

    @GetMapping("/contacts/{id}/personal-data.json")
    ResponseEntity<PersonalDataService.PersonalData> export(@PathVariable long id) {
        return ResponseEntity.ok().header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                .filename("personal-data-contact-" + id + ".json").build().toString()).body(personalData.export(id));
    }

    @GetMapping("/contacts/{id}/erase")
    String confirm(@PathVariable long id, Model model) {
        ContactView contact = contacts.getContact(id);
        model.addAttribute("contact", contact);
        model.addAttribute("account", accounts.getAccount(contact.accountId()));
        model.addAttribute("tab", "people");
        return "contact/erase";
    }

    @PostMapping("/contacts/{id}/erase")
    String erase(@PathVariable long id, RedirectAttributes redirect) {
        long accountId = contacts.getContact(id).accountId();
        var done = personalData.erase(id);
        redirect.addFlashAttribute("notice", "The person is erased: the record now reads '" + done.name() + "'.");
        return "redirect:/accounts/" + accountId + "/people?inactive=true";
    }
}
