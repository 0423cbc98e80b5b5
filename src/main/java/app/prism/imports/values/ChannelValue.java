package app.prism.imports.values;

import app.prism.exposure.Channel;
import java.util.Map;

/**
 * CRMs type their activities in their own words (Appointment, Phone Call, Webinar); a touchpoint has one of Prism's
 * channels.
 */
public final class ChannelValue {

    private static final Map<String, Channel> CHANNELS = Map.ofEntries(
            Map.entry("meeting", Channel.MEETING), Map.entry("appointment", Channel.MEETING),
            Map.entry("visit", Channel.MEETING),
            Map.entry("call", Channel.CALL), Map.entry("phonecall", Channel.CALL), Map.entry("phone", Channel.CALL),
            Map.entry("email", Channel.EMAIL),
            Map.entry("demo", Channel.DEMO), Map.entry("demonstration", Channel.DEMO),
            Map.entry("event", Channel.EVENT), Map.entry("webinar", Channel.EVENT), Map.entry("conference", Channel.EVENT),
            Map.entry("newsletter", Channel.NEWSLETTER));

    private ChannelValue() {
    }

    /**
     * Meeting/Appointment/Visit → MEETING, Call/Phone Call → CALL, Email/E-mail → EMAIL, Demo → DEMO,
     * Event/Webinar/Conference → EVENT, Newsletter → NEWSLETTER (any case and spelling); anything else, or nothing,
     * OTHER. Never throws.
     */
    public static Channel channel(String raw) {
        var text = NullValues.text(raw);
        if (text == null) {
            return Channel.OTHER;
        }
        return CHANNELS.getOrDefault(Labels.key(text), Channel.OTHER);
    }
}
