package app.prism.digest;

import java.time.Instant;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1")
class DigestApi {

    record ScheduleInput(boolean enabled, Integer dayOfWeek, Integer hourUtc, Long version) {}

    record MailPreference(boolean mail) {}

    private final DigestService digests;

    DigestApi(DigestService digests) {
        this.digests = digests;
    }

    /** The signed-in user's digests, newest first. */
    @GetMapping("/me/digests")
    List<DigestView> mine() {
        return digests.inbox();
    }

    @GetMapping("/me/digests/preview")
    DigestView preview() {
        return digests.preview();
    }

    @PutMapping("/me/digest-mail")
    MailPreference setMail(@RequestBody MailPreference preference) {
        digests.setOptedOut(!preference.mail());
        return new MailPreference(!digests.isOptedOut());
    }

    @GetMapping("/digest/schedule")
    DigestService.Schedule schedule() {
        return digests.schedule();
    }

    @PutMapping("/digest/schedule")
    DigestService.Schedule setSchedule(@RequestBody ScheduleInput input,
            @org.springframework.web.bind.annotation.RequestHeader(value = "If-Match", required = false) String ifMatch) {
        return digests.updateSchedule(input.enabled(), input.dayOfWeek(), input.hourUtc(),
                app.prism.web.Patch.expectedVersion(input.version(), ifMatch));
    }

    /** Composes and sends this week's digests now (administrators). */
    @PostMapping("/digest/run")
    DigestService.RunResult run() {
        digests.requireAdmin();
        return digests.run(Instant.now(), true);
    }
}
